//===- Output.h - Rendering whole-driver findings ---------------*- C++ -*-===//
//
// Formats for storport-race-check: compiler-style text (editors, CI problem
// matchers), SARIF 2.1.0 (code scanning, IDE viewers) and plist
// (CodeChecker / scan-build tooling); and the gate's filters: inline
// suppressions and the baseline of known findings.
//
//===----------------------------------------------------------------------===//

#ifndef STORPORT_RACE_CHECK_OUTPUT_H
#define STORPORT_RACE_CHECK_OUTPUT_H

#include "Explain.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace storport {

/// One finding, ready to render.
struct Report {
  Explanation E;
  /// Stable across unrelated edits: rule, state and the two callbacks, never
  /// lines.
  std::string Fingerprint;
};

/// About the run, for formats that record it.
struct RunInfo {
  std::string ToolVersion;  ///< "1.0.0"
  std::string ClangVersion; ///< the analyzer it ran on
  std::string WorkingDir;   ///< paths are shown relative to it when inside
  unsigned Suppressed = 0;  ///< findings hidden by inline suppressions
  unsigned Baselined = 0;   ///< findings hidden by the baseline
};

/// `file:line:col: warning: ... [storport.CallbackRace]` and `note:` lines.
void writeText(llvm::raw_ostream &OS, const std::vector<Report> &Reports,
               const RunInfo &Info);
/// A SARIF 2.1.0 log with one run, rule metadata, related locations and a
/// code flow per finding, and partialFingerprints.
std::string sarifText(const std::vector<Report> &Reports, const RunInfo &Info);
/// A plist in the layout clang's plist output uses (one file list, one
/// diagnostic per finding with its notes as path events).
std::string plistText(const std::vector<Report> &Reports, const RunInfo &Info);

/// The lines of the source files reports point into, each file read once.
class SourceLines {
public:
  /// The lines of \p File (none when it cannot be read).
  const std::vector<std::string> &linesOf(const std::string &File);
  /// \p S's column (1-based, in bytes as clang counts) in UTF-16 code units,
  /// SARIF's default column kind; the byte column when the line is unknown.
  unsigned utf16Column(const Site &S);

private:
  std::map<std::string, std::vector<std::string>> Files;
};

/// Inline suppressions: `storport-race: ignore` (or `NOLINT(storport...)`)
/// in a comment on the warned line or the line above it, or
/// `#pragma prefast(suppress: ...storport...)` on the line above.
class Suppressions {
public:
  bool isSuppressed(const Site &Where);

private:
  SourceLines Lines;
};

/// Fingerprints of known findings. The file is JSON:
/// {"version": 1, "fingerprints": ["...", ...]}.
llvm::Expected<std::set<std::string>> readBaseline(llvm::StringRef Path);
std::string baselineText(const std::vector<Report> &Reports);

/// \p Path relative to \p Dir when it is inside it, else unchanged.
std::string displayPath(llvm::StringRef Path, llvm::StringRef Dir);

} // namespace storport

#endif // STORPORT_RACE_CHECK_OUTPUT_H
