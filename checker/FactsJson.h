//===- FactsJson.h - Facts as JSON ------------------------------*- C++ -*-===//
//
// The serialised form of a translation unit's facts: what the analyzer
// plugin writes with the SummaryDir option and what `storport-race-check
// --merge` reads. Deterministic (sets are written in order, object members
// sorted), so identical analyses give identical files.
//
//===----------------------------------------------------------------------===//

#ifndef STORPORT_RACE_FACTSJSON_H
#define STORPORT_RACE_FACTSJSON_H

#include "Facts.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/JSON.h"

namespace storport {

/// Version of the summary format; readers reject other versions.
constexpr int64_t SummaryFormatVersion = 1;

llvm::json::Value factsToJson(const TUFacts &F, llvm::StringRef MainFile);
/// Parses a summary; the error names what is wrong and where.
llvm::Expected<TUFacts> factsFromJson(const llvm::json::Value &V);

/// Reads a summary file written by writeSummaryFile.
llvm::Expected<TUFacts> readSummaryFile(llvm::StringRef Path);

/// Writes the facts of \p MainFile into directory \p Dir (created if
/// needed) as `<file name>-<hash of its absolute path>.json`, atomically.
llvm::Error writeSummaryFile(llvm::StringRef Dir, const TUFacts &F,
                             llvm::StringRef MainFile);

/// Writes \p Text to \p Path atomically (a temporary file renamed over it).
llvm::Error writeFileAtomically(llvm::StringRef Path, llvm::StringRef Text);

} // namespace storport

#endif // STORPORT_RACE_FACTSJSON_H
