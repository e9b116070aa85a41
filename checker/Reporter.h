//===- Reporter.h - A race as an analyzer report ----------------*- C++ -*-===//
//
// Turns a Finding into one clang BugReport carrying the words Explain.h
// chose: the warning at the unguarded access and one note per explanation
// step. Deciding is done in RaceRule.h, wording in Explain.h.
//
//===----------------------------------------------------------------------===//

#ifndef STORPORT_RACE_REPORTER_H
#define STORPORT_RACE_REPORTER_H

#include "Explain.h"

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
  ModeDecision Mode;
};

/// Emits \p F through the analyzer's BugReporter as a \p Bug.
void emitFinding(ReportContext &RC, const clang::ento::BugType &Bug,
                 const Finding &F);

} // namespace storport

#endif // STORPORT_RACE_REPORTER_H
