//===- Reporter.cpp - Explaining a race as an analyzer report -------------===//

#include "Reporter.h"

#include "clang/Analysis/PathDiagnostic.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;
using namespace ento;

namespace storport {

static std::string callbackName(const RaceSide &S) {
  return (roleName(S.TheRole) + " '" + S.Callback + "'").str();
}

std::string warningMessage(const Finding &F) {
  std::string Msg = "'" + F.State + "' is " + describeAccess(F.Warned.Acc) +
                    " in " + callbackName(F.Warned) + " and " +
                    describeAccess(F.Other.Acc) + " in ";
  if (F.SameCallback)
    Msg += "another instance of " + callbackName(F.Other);
  else
    Msg += callbackName(F.Other);
  Msg += " without an interlocked operation or a common lock (" + F.Why + ")";
  return Msg;
}

std::string describeLocks(const std::vector<HeldLock> &Locks) {
  if (Locks.empty())
    return "no lock";
  std::string S;
  for (size_t I = 0; I < Locks.size(); ++I) {
    if (I)
      S += I + 1 == Locks.size() ? " and " : ", ";
    S += Locks[I].Name;
    if (Locks[I].Implicit)
      S += " (taken by Storport)";
  }
  return S;
}

static PathDiagnosticLocation locOf(const Site &S, const SourceManager &SM) {
  return PathDiagnosticLocation(SourceLocation::getFromRawEncoding(S.RawLoc),
                                SM);
}

static void addChainNotes(BugReport &R, const RaceSide &Side,
                          const SourceManager &SM) {
  for (const CallStep &Step : Side.Acc.Chain)
    if (Step.CallSite.RawLoc)
      R.addNote(Step.Via.empty()
                    ? "'" + Step.Caller + "' calls '" + Step.Callee + "'"
                    : "'" + Step.Caller + "' runs '" + Step.Callee +
                          "' through " + Step.Via,
                locOf(Step.CallSite, SM));
}

static void addRegistrationNote(BugReport &R, const RaceSide &Side,
                                const SourceManager &SM) {
  if (!Side.Reg || !Side.Reg->Where.RawLoc)
    return;
  R.addNote("'" + Side.Callback + "' is registered as " +
                roleName(Side.TheRole).str() + " here, " + Side.Reg->How,
            locOf(Side.Reg->Where, SM));
}

/// Why the StartIo side holds no StartIo lock, when that matters.
static std::string lockContext(const RaceSide &S, const ModeDecision &Mode) {
  if (S.TheRole == Role::HwStorStartIo && Mode.ConcurrentChannels)
    return "; with concurrent channels Storport does not take the StartIo "
           "lock before calling it";
  return "";
}

void emitFinding(ReportContext &RC, const BugType &Bug, const Finding &F) {
  const SourceManager &SM = RC.Mgr.getSourceManager();
  auto R = std::make_unique<BasicBugReport>(Bug, warningMessage(F),
                                            locOf(F.Warned.Acc.Where, SM));
  const FunctionDecl *Root = nullptr;
  auto It = RC.Functions.find(F.Warned.Callback);
  if (It != RC.Functions.end())
    Root = It->second;
  else if (!RC.Functions.empty())
    Root = RC.Functions.begin()->second;

  // How the warned access is reached, and what it holds.
  addChainNotes(*R, F.Warned, SM);
  R->addNote(callbackName(F.Warned) + " holds " +
                 describeLocks(F.Warned.Locks) + " here" +
                 lockContext(F.Warned, RC.Mode),
             locOf(F.Warned.Acc.Where, SM));
  // The other access (its chain, unless it is the same as the warned one).
  if (!(F.SameCallback && F.Other.Acc.Chain == F.Warned.Acc.Chain))
    addChainNotes(*R, F.Other, SM);
  R->addNote("the other access: '" + F.Other.Acc.Path.str() + "' is " +
                 describeAccess(F.Other.Acc) + " here in " +
                 (F.SameCallback ? "another instance of " : "") +
                 callbackName(F.Other) + ", holding " +
                 describeLocks(F.Other.Locks),
             locOf(F.Other.Acc.Where, SM));
  // Registrations.
  addRegistrationNote(*R, F.Warned, SM);
  if (!F.SameCallback)
    addRegistrationNote(*R, F.Other, SM);
  // The mode switch.
  if (F.Request && F.Request->Where.RawLoc)
    R->addNote("concurrent channels are requested here "
               "(STOR_PERF_CONCURRENT_CHANNELS with more than one channel): "
               "HwStorStartIo runs without the StartIo lock, concurrently "
               "with itself and with timers",
               locOf(F.Request->Where, SM));

  if (Root) {
    R->setDeclWithIssue(Root);
    // Reports from the end of the translation unit need an analysis entry
    // point, or plist/HTML/SARIF output crashes when progress display is on.
    RC.BR.setAnalysisEntryPoint(Root);
  }
  RC.BR.emitReport(std::move(R));
}

} // namespace storport
