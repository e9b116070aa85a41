//===- CallbackRaceChecker.h - storport.CallbackRace ------------*- C++ -*-===//
//
// The analyzer checker: records facts while clang explores each function and
// reports races at the end of the translation unit. See
// docs/checker-reference.md for what it finds and its options.
//
//===----------------------------------------------------------------------===//

#ifndef STORPORT_RACE_CALLBACKRACECHECKER_H
#define STORPORT_RACE_CALLBACKRACECHECKER_H

#include "Compat.h"
#include "Facts.h"
#include "RaceRule.h"
#include "StorportModel.h"

#include "clang/StaticAnalyzer/Core/BugReporter/BugType.h"
#include "clang/StaticAnalyzer/Core/Checker.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/CallEvent.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/CheckerContext.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

#include <functional>
#include <map>
#include <memory>
#include <set>
#include <tuple>

namespace storport {

struct ReportContext;

class CallbackRaceChecker
    : public clang::ento::Checker<
          clang::ento::check::BeginFunction, clang::ento::check::Location,
          clang::ento::check::Bind, clang::ento::eval::Call,
          clang::ento::check::PreCall, clang::ento::check::PostCall,
          clang::ento::check::EndFunction,
          clang::ento::check::PreStmt<clang::AtomicExpr>,
          clang::ento::check::EndAnalysis,
          clang::ento::check::EndOfTranslationUnit> {
public:
  static constexpr const char *FullName = "storport.CallbackRace";

  CallbackRaceChecker();
  ~CallbackRaceChecker();

  /// Configuration, set once at registration.
  StorportModel Model;
  RuleOptions Options;
  bool PrintStats = false;

  /// One bug type per pair of roles ("Data race between HwStorStartIo and
  /// HwStorTimer"): report viewers group by it, and clang's issue hashes
  /// include it, so two races found at one access stay two reports.
  const clang::ento::BugType &bugTypeFor(Role A, Role B, bool Same) const;

  void checkBeginFunction(clang::ento::CheckerContext &C) const;
  void checkLocation(clang::ento::SVal Loc, bool IsLoad, const clang::Stmt *S,
                     clang::ento::CheckerContext &C) const;
  void checkBind(STORPORT_CHECK_BIND_PARAMS) const;
  bool evalCall(const clang::ento::CallEvent &Call,
                clang::ento::CheckerContext &C) const;
  void checkPreCall(const clang::ento::CallEvent &Call,
                    clang::ento::CheckerContext &C) const;
  void checkPostCall(const clang::ento::CallEvent &Call,
                     clang::ento::CheckerContext &C) const;
  void checkEndFunction(const clang::ReturnStmt *RS,
                        clang::ento::CheckerContext &C) const;
  void checkPreStmt(const clang::AtomicExpr *AE,
                    clang::ento::CheckerContext &C) const;
  void checkEndAnalysis(clang::ento::ExplodedGraph &G,
                        clang::ento::BugReporter &BR,
                        clang::ento::ExprEngine &Eng) const;
  /// Shows the Storport locks held on a path in analyzer state dumps.
  void printState(llvm::raw_ostream &Out, clang::ento::ProgramStateRef State,
                  const char *NL, const char *Sep) const override;
  void checkEndOfTranslationUnit(const clang::TranslationUnitDecl *TU,
                                 clang::ento::AnalysisManager &Mgr,
                                 clang::ento::BugReporter &BR) const;

  /// What the analysis has learnt so far (for tools that reuse the engine).
  const TUFacts &facts() const { return Facts; }

  /// When set, the facts of the translation unit are handed to this sink at
  /// its end instead of being reported (the whole-driver tool reports after
  /// combining every file).
  std::function<void(TUFacts &&)> FactsSink;
  /// When not empty, the facts are also written as JSON into this directory
  /// (one file per translation unit) for `storport-race-check --merge`.
  std::string SummaryDir;

private:
  /// How a callee is modelled, computed once per declaration.
  struct CalleeInfo {
    std::vector<const DdiSpec *> Ddis;
    bool Raw = false;
    const AtomicSpec *Atomic = nullptr;
    const MemoryOpSpec *MemoryOp = nullptr;
  };

  const CalleeInfo &classify(const clang::FunctionDecl *FD) const;
  std::optional<AccessPath> pathOf(const clang::ento::MemRegion *R,
                                   const clang::StackFrameContext *Top) const;
  Site siteOf(clang::SourceLocation Loc, const clang::SourceManager &SM) const;
  std::vector<CallStep> chainOf(const clang::LocationContext *LC,
                                const clang::SourceManager &SM) const;
  std::vector<std::string> locksHeld(clang::ento::ProgramStateRef State) const;
  void recordAccess(const clang::ento::MemRegion *R, AccessKind Kind,
                    bool Atomic, const clang::Stmt *S,
                    clang::ento::CheckerContext &C, bool RMW = false) const;
  void modelDdi(const DdiSpec &Spec, const clang::ento::CallEvent &Call,
                clang::ento::CheckerContext &C) const;
  clang::ento::ProgramStateRef
  modelPerfOpts(const DdiSpec &Spec, const clang::ento::CallEvent &Call,
                clang::ento::CheckerContext &C,
                clang::ento::ProgramStateRef State) const;
  void modelAtomic(const AtomicSpec &Spec, const clang::ento::CallEvent &Call,
                   clang::ento::CheckerContext &C) const;
  std::string lockName(const DdiSpec &Spec, const clang::ento::CallEvent &Call,
                       clang::ento::CheckerContext &C) const;
  int64_t enumValue(llvm::StringRef Name, clang::ASTContext &Ctx) const;
  /// The parameter of the root a lock handle is, if it is one (-1 if not).
  int handleParam(const clang::ento::MemRegion *Handle,
                  const clang::StackFrameContext *Top) const;
  const char *intern(llvm::StringRef S) const;
  void collectDeclaredRoles(const clang::DeclContext *DC,
                            const clang::SourceManager &SM) const;
  void printStats(llvm::raw_ostream &OS, size_t Findings) const;
  void writeSummary(const clang::SourceManager &SM) const;

  mutable std::map<std::tuple<int, int, bool>,
                   std::unique_ptr<clang::ento::BugType>>
      BugTypes;
  mutable TUFacts Facts;
  mutable std::map<std::string, const clang::FunctionDecl *> Functions;
  mutable std::set<std::string> NotAnalysedReported;
  mutable llvm::StringSet<> Interned;
  mutable llvm::StringMap<int64_t> EnumCache;
  mutable llvm::DenseMap<const clang::FunctionDecl *, CalleeInfo> CalleeCache;
  // Per-root caches, cleared when a new root starts.
  mutable llvm::DenseMap<const clang::ento::MemRegion *,
                         std::optional<AccessPath>>
      PathCache;
  mutable llvm::DenseMap<const clang::StackFrameContext *,
                         std::vector<CallStep>>
      ChainCache;
  mutable llvm::DenseSet<std::tuple<const void *, const void *, const void *,
                                    const void *, unsigned>>
      SeenAccesses;
};

} // namespace storport

#endif // STORPORT_RACE_CALLBACKRACECHECKER_H
