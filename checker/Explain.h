//===- Explain.h - What a race report says ----------------------*- C++ -*-===//
//
// The words of a report, independent of any output format: the warning, its
// location, and the notes (call chains, locks, the other access,
// registrations, the perf-mode request). The analyzer plugin turns this into
// a clang BugReport; the whole-driver tool renders it as text, SARIF or
// plist. Both therefore say exactly the same thing.
//
//===----------------------------------------------------------------------===//

#ifndef STORPORT_RACE_EXPLAIN_H
#define STORPORT_RACE_EXPLAIN_H

#include "Facts.h"
#include "RaceRule.h"

#include <string>
#include <vector>

namespace storport {

struct Note {
  Site Where;
  std::string Text;
};

struct Explanation {
  std::string Message; ///< the warning text
  std::string BugType; ///< "Data race between HwStorStartIo and HwStorTimer"
  Site Where;          ///< the unguarded access
  std::vector<Note> Notes;
};

/// The checker's name, as clang and every output format show it.
inline constexpr const char *CheckerName = "storport.CallbackRace";
/// Category of every report.
inline constexpr const char *BugCategory = "Storport concurrency";

/// "Data race between HwStorStartIo and HwStorTimer", or "... between
/// concurrent HwStorStartIo calls" for two instances of one callback.
std::string bugTypeName(Role A, Role B, bool Same);

/// The warning text for \p F.
std::string warningMessage(const Finding &F);
/// "no lock", "StartIoLock (taken by Storport) and DpcLock(...)".
std::string describeLocks(const std::vector<HeldLock> &Locks);

/// Everything a report of \p F says, in order.
Explanation explain(const Finding &F, const ModeDecision &Mode);

} // namespace storport

#endif // STORPORT_RACE_EXPLAIN_H
