//===- Explain.cpp - What a race report says ------------------------------===//

#include "Explain.h"

namespace storport {

static std::string callbackName(const RaceSide &S) {
  return roleName(S.TheRole).str() + " '" + displayName(S.Callback) + "'";
}

std::string bugTypeName(Role A, Role B, bool Same) {
  if (B < A)
    std::swap(A, B);
  if (Same)
    return "Data race between concurrent " + roleName(A).str() + " calls";
  return "Data race between " + roleName(A).str() + " and " + roleName(B).str();
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

static void addChainNotes(std::vector<Note> &Out, const RaceSide &Side) {
  for (const CallStep &Step : Side.Acc.Chain)
    Out.push_back(
        {Step.CallSite, Step.Via.empty()
                            ? "'" + displayName(Step.Caller) + "' calls '" +
                                  displayName(Step.Callee) + "'"
                            : "'" + displayName(Step.Caller) + "' runs '" +
                                  displayName(Step.Callee) + "' through " +
                                  Step.Via});
}

static void addRegistrationNote(std::vector<Note> &Out, const RaceSide &Side) {
  if (!Side.Reg)
    return;
  Out.push_back({Side.Reg->Where,
                 "'" + displayName(Side.Callback) + "' is registered as " +
                     roleName(Side.TheRole).str() + " here, " + Side.Reg->How});
}

/// Why the StartIo side holds no StartIo lock, when that matters.
static std::string lockContext(const RaceSide &S, const ModeDecision &Mode) {
  if (S.TheRole == Role::HwStorStartIo && Mode.ConcurrentChannels)
    return "; with concurrent channels Storport does not take the StartIo "
           "lock before calling it";
  return "";
}

Explanation explain(const Finding &F, const ModeDecision &Mode) {
  Explanation E;
  E.Message = warningMessage(F);
  E.BugType = bugTypeName(F.Warned.TheRole, F.Other.TheRole, F.SameCallback);
  E.Where = F.Warned.Acc.Where;
  // How the warned access is reached, and what it holds.
  addChainNotes(E.Notes, F.Warned);
  E.Notes.push_back({F.Warned.Acc.Where, callbackName(F.Warned) + " holds " +
                                             describeLocks(F.Warned.Locks) +
                                             " here" +
                                             lockContext(F.Warned, Mode)});
  // The other access (its chain, unless it is the same as the warned one).
  if (!(F.SameCallback && F.Other.Acc.Chain == F.Warned.Acc.Chain))
    addChainNotes(E.Notes, F.Other);
  E.Notes.push_back({F.Other.Acc.Where,
                     "the other access: '" + F.Other.Acc.Path.str() + "' is " +
                         describeAccess(F.Other.Acc) + " here in " +
                         (F.SameCallback ? "another instance of " : "") +
                         callbackName(F.Other) + ", holding " +
                         describeLocks(F.Other.Locks)});
  // Registrations.
  addRegistrationNote(E.Notes, F.Warned);
  if (!F.SameCallback)
    addRegistrationNote(E.Notes, F.Other);
  // The mode switch.
  if (F.Request)
    E.Notes.push_back(
        {F.Request->Where,
         "concurrent channels are requested here "
         "(STOR_PERF_CONCURRENT_CHANNELS with more than one channel): "
         "HwStorStartIo runs without the StartIo lock, concurrently with "
         "itself and with timers"});
  return E;
}

} // namespace storport
