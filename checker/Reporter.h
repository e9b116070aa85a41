//===- Reporter.h - Explaining a race as an analyzer report -----*- C++ -*-===//
//
// Turns a Finding into one clang BugReport: the warning at the unguarded
// access, and notes for the call chain to each access, the other access with
// its locks, where each callback was registered, and where concurrent
// channels were requested. Deciding is done elsewhere (RaceRule.h).
//
//===----------------------------------------------------------------------===//

#ifndef STORPORT_RACE_REPORTER_H
#define STORPORT_RACE_REPORTER_H

#include "Facts.h"
#include "RaceRule.h"

#include "clang/AST/Decl.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugReporter.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/AnalysisManager.h"

#include <map>
#include <string>

namespace storport {

struct ReportContext {
  clang::ento::AnalysisManager &Mgr;
  clang::ento::BugReporter &BR;
  const std::map<std::string, const clang::FunctionDecl *> &Functions;
  const TUFacts &Facts;
  const StorportModel &Model;
  ModeDecision Mode;
};

/// The warning text for \p F.
std::string warningMessage(const Finding &F);
/// "no lock", "StartIoLock (taken by Storport) and DpcLock(...)".
std::string describeLocks(const std::vector<HeldLock> &Locks);

/// Emits \p F through the analyzer's BugReporter as a \p Bug.
void emitFinding(ReportContext &RC, const clang::ento::BugType &Bug,
                 const Finding &F);

} // namespace storport

#endif // STORPORT_RACE_REPORTER_H
