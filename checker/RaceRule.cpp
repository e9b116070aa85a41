//===- RaceRule.cpp - Deciding races from facts ---------------------------===//

#include "RaceRule.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace storport {

namespace {

/// The parameter holding the device extension in functions that have no
/// modelled role (HwStorInitialize, HwStorFindAdapter, ...): every Storport
/// callback that receives the extension receives it first.
constexpr int DefaultExtensionParam = 0;

/// One way a callback runs: a role of a function, with its accesses already
/// mapped to extension-relative paths.
struct Instance {
  std::string Function;
  Role TheRole = Role::HwStorStartIo;
  const Registration *Reg = nullptr;
  std::vector<Access> Accesses;
  /// Accesses by their path's parameter and first member: paths that may
  /// overlap share both, so only accesses in the same bucket are compared.
  std::map<std::pair<int, std::string>, std::vector<const Access *>> ByHead;
};

std::pair<int, std::string> headOf(const AccessPath &P) {
  return {P.Param, P.Elems.empty() ? std::string() : P.Elems.front().Name};
}

bool isUnknownLock(const std::string &L) {
  return L.find("(?)") != std::string::npos;
}

/// Do two locks exclude each other? The interrupt lock acquires every MSI
/// message lock [DDI nf-storport-storportacquiremsispinlock].
bool locksExclude(const std::string &A, const std::string &B) {
  if (isUnknownLock(A) || isUnknownLock(B))
    return false;
  if (A == B)
    return true;
  auto IsMsi = [](const std::string &L) { return L.rfind("MSILock(", 0) == 0; };
  return (A == "InterruptLock" && IsMsi(B)) ||
         (B == "InterruptLock" && IsMsi(A));
}

bool haveCommonLock(const std::vector<HeldLock> &A,
                    const std::vector<HeldLock> &B) {
  for (const HeldLock &X : A)
    for (const HeldLock &Y : B)
      if (locksExclude(X.Name, Y.Name))
        return true;
  return false;
}

bool conditionHolds(LockCondition C, const ModeDecision &Mode) {
  switch (C) {
  case LockCondition::Always:
    return true;
  case LockCondition::WithoutConcurrentChannels:
    return !Mode.ConcurrentChannels;
  case LockCondition::HalfDuplex:
    return !Mode.FullDuplex;
  }
  return false;
}

std::vector<HeldLock> locksOf(const Access &A, Role R, const StorportModel &M,
                              const ModeDecision &Mode) {
  std::vector<HeldLock> Out;
  for (const ImplicitLockSpec &L : M.implicitLocks())
    if (L.TheRole == R && conditionHolds(L.When, Mode))
      Out.push_back({L.Lock, true});
  for (const std::string &L : A.Locks)
    Out.push_back({L, false});
  return Out;
}

/// Accesses of \p Root relative to extension parameter \p ExtParam, and
/// through \p CtxParam when the registration says what the context is.
/// Access \p A of \p Callee as made in \p Root: at \p Path, reached through
/// \p Chain and a call to \p Callee at \p Where (run by DDI \p Via, or a
/// direct call when empty), with \p Locks held at that call as well.
Access reachedThrough(const Access &A, const std::string &Root, AccessPath Path,
                      const std::vector<CallStep> &Chain,
                      const std::string &Callee, const Site &Where,
                      const std::string &Via,
                      const std::vector<std::string> &Locks) {
  Access M = A;
  M.Root = Root;
  M.Path = std::move(Path);
  M.Locks.insert(M.Locks.end(), Locks.begin(), Locks.end());
  std::sort(M.Locks.begin(), M.Locks.end());
  M.Locks.erase(std::unique(M.Locks.begin(), M.Locks.end()), M.Locks.end());
  M.Chain = Chain;
  M.Chain.push_back(
      {Chain.empty() ? Root : Chain.back().Callee, Callee, Where, Via});
  M.Chain.insert(M.Chain.end(), A.Chain.begin(), A.Chain.end());
  return M;
}

/// Accesses of a function relative to its own parameters, including those
/// of the functions it calls without the analyzer entering them (bodies in
/// other files, or beyond the budget), composed through the calls'
/// argument mapping: the compositional summary of the function.
class Composer {
public:
  explicit Composer(const TUFacts &F) {
    for (const Access &A : F.Accesses)
      Own[A.Root].push_back(&A);
    for (const CallRecord &C : F.Calls)
      Calls[C.Root].push_back(&C);
  }

  const std::vector<Access> &accessesOf(const std::string &Fn) {
    auto Done = Memo.find(Fn);
    if (Done != Memo.end())
      return Done->second;
    static const std::vector<Access> None;
    if (InProgress.count(Fn) || InProgress.size() > MaxDepth)
      return None; // recursion, or a call chain too deep to follow
    InProgress.insert(Fn);
    std::vector<Access> Out;
    for (const Access *A : Own[Fn])
      Out.push_back(*A);
    for (const CallRecord *C : Calls[Fn]) {
      const std::vector<Access> &Callee = accessesOf(C->Callee);
      for (const Access &A : Callee) {
        const AccessPath *Arg = nullptr;
        for (const auto &B : C->Args)
          if (B.first == A.Path.Param)
            Arg = &B.second;
        if (!Arg)
          continue;
        Out.push_back(reachedThrough(A, Fn, Arg->append(A.Path), C->Chain,
                                     C->Callee, C->Where, "", C->Locks));
      }
    }
    std::sort(Out.begin(), Out.end());
    Out.erase(std::unique(Out.begin(), Out.end(),
                          [](const Access &X, const Access &Y) {
                            return !(X < Y) && !(Y < X);
                          }),
              Out.end());
    InProgress.erase(Fn);
    return Memo[Fn] = std::move(Out);
  }

private:
  static constexpr size_t MaxDepth = 16;
  std::map<std::string, std::vector<const Access *>> Own;
  std::map<std::string, std::vector<const CallRecord *>> Calls;
  std::map<std::string, std::vector<Access>> Memo;
  std::set<std::string> InProgress;
};

void collectRootAccesses(Composer &Comp, const std::string &Root, int ExtParam,
                         int CtxParam, const std::optional<AccessPath> &Ctx,
                         std::vector<Access> &Out) {
  for (const Access &A : Comp.accessesOf(Root)) {
    if (A.Path.Param == ExtParam) {
      Out.push_back(A);
    } else if (CtxParam >= 0 && A.Path.Param == CtxParam && Ctx &&
               Ctx->Param == DefaultExtensionParam) {
      Access Mapped = A;
      Mapped.Path = Ctx->append(A.Path);
      Mapped.Path.Param = ExtParam;
      Out.push_back(std::move(Mapped));
    }
  }
}

void collectSynchronizedAccesses(const TUFacts &F, Composer &Comp,
                                 const StorportModel &M,
                                 const std::string &Root, int ExtParam,
                                 std::vector<Access> &Out) {
  const RoleSpec *Sync = M.roleSpec(Role::SynchronizedAccess);
  for (const Registration &R : F.Registrations) {
    if (R.TheRole != Role::SynchronizedAccess || R.ByRoot != Root)
      continue;
    std::vector<Access> Inner;
    collectRootAccesses(Comp, R.Function, Sync->ExtensionParam,
                        Sync->ContextParam, R.Context, Inner);
    // The routine runs inside its caller, under the locks Storport takes.
    std::vector<std::string> Locks = R.Locks;
    for (const ImplicitLockSpec &L : M.implicitLocks())
      if (L.TheRole == Role::SynchronizedAccess)
        Locks.push_back(L.Lock);
    for (const Access &A : Inner) {
      AccessPath Path = A.Path;
      Path.Param = ExtParam;
      Out.push_back(reachedThrough(A, Root, std::move(Path), R.Chain,
                                   R.Function, R.Where,
                                   "StorPortSynchronizeAccess", Locks));
    }
  }
}

/// Prefer the registration that names a DDI over a role declaration, then the
/// first in source order, so notes are stable.
const Registration *bestRegistration(const TUFacts &F, const std::string &Fn,
                                     Role R) {
  const Registration *Best = nullptr;
  auto Rank = [](const Registration &X) {
    return X.How.rfind("declared", 0) == 0 ? 1 : 0;
  };
  for (const Registration &Reg : F.Registrations) {
    if (Reg.Function != Fn || Reg.TheRole != R)
      continue;
    if (!Best || std::make_tuple(Rank(Reg), Reg.Where) <
                     std::make_tuple(Rank(*Best), Best->Where))
      Best = &Reg;
  }
  return Best;
}

std::vector<Instance> buildInstances(const TUFacts &F, const StorportModel &M) {
  Composer Comp(F);
  std::map<std::pair<std::string, Role>, Instance> ByKey;
  for (const Registration &R : F.Registrations) {
    const RoleSpec *Spec = M.roleSpec(R.TheRole);
    if (!Spec || !Spec->IndependentEntry)
      continue;
    auto Key = std::make_pair(R.Function, R.TheRole);
    if (ByKey.count(Key))
      continue;
    Instance I;
    I.Function = R.Function;
    I.TheRole = R.TheRole;
    I.Reg = bestRegistration(F, R.Function, R.TheRole);
    // The context of the first registration that says what it points to.
    std::optional<AccessPath> Ctx;
    for (const Registration &Other : F.Registrations)
      if (Other.Function == R.Function && Other.TheRole == R.TheRole &&
          Other.Context) {
        Ctx = Other.Context;
        break;
      }
    collectRootAccesses(Comp, R.Function, Spec->ExtensionParam,
                        Spec->ContextParam, Ctx, I.Accesses);
    collectSynchronizedAccesses(F, Comp, M, R.Function, Spec->ExtensionParam,
                                I.Accesses);
    ByKey.emplace(Key, std::move(I));
  }
  std::vector<Instance> Out;
  for (auto &KV : ByKey)
    Out.push_back(std::move(KV.second));
  for (Instance &I : Out)
    for (const Access &A : I.Accesses)
      I.ByHead[headOf(A.Path)].push_back(&A);
  return Out;
}

bool isWrite(const Access &A) { return A.Kind == AccessKind::Write; }

/// Orders candidate warnings: the unguarded side first (a plain access
/// rather than an atomic one, one holding no lock rather than one holding
/// some), then writes before reads, StartIo before other roles, source order.
auto warnRank(const Access &A, Role R, const std::vector<HeldLock> &Locks) {
  return std::make_tuple(A.Atomic, !Locks.empty(), !isWrite(A),
                         static_cast<int>(R), A.Where);
}

} // namespace

std::string describeAccess(const Access &A) {
  if (A.Atomic && A.ReadModifyWrite)
    return "written with an interlocked operation";
  if (A.Atomic)
    return isWrite(A) ? "written with an atomic store"
                      : "read with an atomic load";
  return isWrite(A) ? "written" : "read";
}

ModeDecision decideMode(const TUFacts &F, const StorportModel &M,
                        const RuleOptions &O) {
  ModeDecision D;
  // A command-line option wins over the model file's default.
  PerfMode Perf = O.Perf == PerfMode::Auto ? M.PerfModeDefault : O.Perf;
  switch (Perf) {
  case PerfMode::Concurrent:
    D.ConcurrentChannels = true;
    D.ForcedByOption = true;
    break;
  case PerfMode::Serialized:
    break;
  case PerfMode::Auto:
    if (!F.PerfRequests.empty()) {
      D.ConcurrentChannels = true;
      D.Request = &*F.PerfRequests.begin();
    }
    break;
  }
  DuplexMode Dup = O.Duplex == DuplexMode::Auto ? M.DuplexDefault : O.Duplex;
  switch (Dup) {
  case DuplexMode::Full:
    D.FullDuplex = true;
    break;
  case DuplexMode::Half:
    break;
  case DuplexMode::Auto:
    // Conservative: the timer is assumed not to hold the interrupt lock as
    // soon as full duplex may be selected on some path.
    D.FullDuplex = F.FullDuplexSite.has_value();
    break;
  }
  return D;
}

std::vector<Finding> findRaces(const TUFacts &F, const StorportModel &M,
                               const RuleOptions &O) {
  ModeDecision Mode = decideMode(F, M, O);
  std::vector<Instance> Instances = buildInstances(F, M);

  // Best finding per (state, callback pair). Elements of one array are one
  // state: a loop over it must not produce a report per unrolled index.
  std::map<std::tuple<std::string, std::string, int, std::string, int>, Finding>
      Best;
  std::map<std::tuple<std::string, std::string, int, std::string, int>,
           std::set<std::string>>
      PathsPerKey;

  for (size_t I = 0; I < Instances.size(); ++I) {
    for (size_t J = I; J < Instances.size(); ++J) {
      const Instance &X = Instances[I], &Y = Instances[J];
      if (!M.mayOverlap(X.TheRole, Y.TheRole))
        continue;
      bool Same = I == J;
      for (const auto &Bucket : X.ByHead) {
        auto Other = Y.ByHead.find(Bucket.first);
        if (Other == Y.ByHead.end())
          continue;
        for (const Access *PA : Bucket.second) {
          const Access &A = *PA;
          std::vector<HeldLock> LA = locksOf(A, X.TheRole, M, Mode);
          for (const Access *PB : Other->second) {
            const Access &B = *PB;
            if (!isWrite(A) && !isWrite(B))
              continue;
            if (A.Atomic && B.Atomic)
              continue;
            if (!A.Path.mayOverlap(B.Path))
              continue;
            std::vector<HeldLock> LB = locksOf(B, Y.TheRole, M, Mode);
            if (haveCommonLock(LA, LB))
              continue;
            // Which side gets the warning.
            bool WarnA =
                warnRank(A, X.TheRole, LA) <= warnRank(B, Y.TheRole, LB);
            RaceSide SA{X.Function, X.TheRole, A, LA, X.Reg};
            RaceSide SB{Y.Function, Y.TheRole, B, LB, Y.Reg};
            Finding Fd;
            Fd.Warned = WarnA ? SA : SB;
            Fd.Other = WarnA ? SB : SA;
            Fd.SameCallback = Same;
            Fd.State = Fd.Warned.Acc.Path.withoutIndices().str();
            Fd.Request = Mode.Request;
            Fd.Why = Mode.ForcedByOption
                         ? "concurrent channels assumed by option"
                         : "concurrent channels are requested";
            // Key: state + unordered callback pair.
            auto KX = std::make_pair(X.Function, static_cast<int>(X.TheRole));
            auto KY = std::make_pair(Y.Function, static_cast<int>(Y.TheRole));
            if (KY < KX)
              std::swap(KX, KY);
            auto Key = std::make_tuple(Fd.State, KX.first, KX.second, KY.first,
                                       KY.second);
            Fd.Fingerprint =
                "storport.CallbackRace|" + Fd.State + "|" + KX.first + "/" +
                std::string(roleName(static_cast<Role>(KX.second))) + "|" +
                KY.first + "/" +
                std::string(roleName(static_cast<Role>(KY.second)));
            PathsPerKey[Key].insert(Fd.Warned.Acc.Path.str());
            auto It = Best.find(Key);
            auto Rank = [](const Finding &G) {
              return std::make_tuple(
                  G.Warned.Acc.Atomic, !G.Warned.Locks.empty(),
                  !isWrite(G.Warned.Acc), !isWrite(G.Other.Acc),
                  G.Warned.Acc.Where, G.Other.Acc.Where, G.Warned.Acc.Chain,
                  G.Other.Acc.Chain, G.Warned.Acc.Locks, G.Other.Acc.Locks);
            };
            if (It == Best.end())
              Best.emplace(Key, std::move(Fd));
            else if (Rank(Fd) < Rank(It->second))
              It->second = std::move(Fd);
          }
        }
      }
    }
  }

  std::vector<Finding> Out;
  for (auto &KV : Best) {
    // A single element keeps its index in the message.
    if (PathsPerKey[KV.first].size() == 1)
      KV.second.State = KV.second.Warned.Acc.Path.str();
    Out.push_back(std::move(KV.second));
  }
  // Fingerprints are unique per finding, so this order is total.
  std::sort(Out.begin(), Out.end(), [](const Finding &A, const Finding &B) {
    return std::tie(A.Warned.Acc.Where, A.State, A.Fingerprint) <
           std::tie(B.Warned.Acc.Where, B.State, B.Fingerprint);
  });
  return Out;
}

} // namespace storport
