//===- Facts.h - What the path-sensitive engine learns about a driver -----===//
//
// Plain value types recorded while the analyzer explores a translation unit:
// shared-state accesses with the locks held, callback registrations, perf-mode
// requests and duplex settings. They carry no analyzer state, so the race rule
// (RaceRule.h) is a pure function of them and can be unit-tested, and they
// can be serialised for whole-driver analysis.
//
//===----------------------------------------------------------------------===//

#ifndef STORPORT_RACE_FACTS_H
#define STORPORT_RACE_FACTS_H

#include "StorportModel.h"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace storport {

/// A source position: file/line/column for rendering anywhere, plus the raw
/// clang SourceLocation when the facts come from the current translation unit.
struct Site {
  std::string File;
  unsigned Line = 0, Col = 0;
  unsigned RawLoc = 0; ///< clang::SourceLocation raw encoding (0 = none)

  bool operator<(const Site &O) const {
    return std::tie(File, Line, Col) < std::tie(O.File, O.Line, O.Col);
  }
  bool operator==(const Site &O) const {
    return File == O.File && Line == O.Line && Col == O.Col;
  }
};

/// One step of a path in memory, from a function parameter to the state.
struct PathElem {
  enum Kind : uint8_t {
    Field, ///< member of the object reached so far
    Deref, ///< follow the pointer value reached so far
    Index, ///< array element; Idx empty means "some element"
  };
  Kind K;
  std::string Name;           ///< Field: member name
  std::optional<int64_t> Idx; ///< Index: constant index, if known

  bool operator<(const PathElem &O) const {
    return std::tie(K, Name, Idx) < std::tie(O.K, O.Name, O.Idx);
  }
  bool operator==(const PathElem &O) const {
    return K == O.K && Name == O.Name && Idx == O.Idx;
  }
};

/// Memory named relative to a parameter of the function analysed as a root:
/// "the PendingCount member of what parameter 0 points to".
struct AccessPath {
  /// The implicit object of a C++ member function, as a parameter index.
  static constexpr int ThisParam = -2;
  int Param = -1;       ///< parameter index of the root function, ThisParam
  std::string RootType; ///< type of the object the parameter points to
  std::vector<PathElem> Elems;

  /// "ADAPTER_EXTENSION.Queue->Head", "ADAPTER_EXTENSION.Slots[].Busy".
  std::string str() const;
  /// This path with every array index replaced by "some element".
  AccessPath withoutIndices() const;
  /// True when the two paths may name overlapping memory (one is a prefix
  /// of the other, unknown indices matching any index).
  bool mayOverlap(const AccessPath &O) const;
  /// This path with \p Suffix appended (used to map a context parameter).
  AccessPath append(const AccessPath &Suffix) const;

  bool operator<(const AccessPath &O) const {
    return std::tie(Param, RootType, Elems) <
           std::tie(O.Param, O.RootType, O.Elems);
  }
  bool operator==(const AccessPath &O) const {
    return Param == O.Param && RootType == O.RootType && Elems == O.Elems;
  }
};

/// A call from one function to another on the way to an access.
struct CallStep {
  std::string Caller, Callee;
  Site CallSite;
  std::string Via; ///< DDI that runs Callee for Caller ("" = direct call)
  bool operator<(const CallStep &O) const {
    return std::tie(Caller, Callee, CallSite, Via) <
           std::tie(O.Caller, O.Callee, O.CallSite, O.Via);
  }
  bool operator==(const CallStep &O) const {
    return Caller == O.Caller && Callee == O.Callee && CallSite == O.CallSite &&
           Via == O.Via;
  }
};

enum class AccessKind : uint8_t { Read, Write };

/// A load or store of parameter-relative memory in a root function.
struct Access {
  std::string Root; ///< function analysed as top level
  AccessPath Path;
  AccessKind Kind = AccessKind::Read;
  bool Atomic = false;            ///< interlocked / atomic access
  bool ReadModifyWrite = false;   ///< atomic read-modify-write (Interlocked*)
  std::vector<std::string> Locks; ///< explicit locks held, sorted
  Site Where;
  std::vector<CallStep> Chain; ///< calls from Root to the access

  auto key() const {
    return std::tie(Root, Path, Kind, Atomic, ReadModifyWrite, Locks, Where,
                    Chain);
  }
  bool operator<(const Access &O) const { return key() < O.key(); }
};

/// A function given a role: by a registration DDI, by a role-type
/// declaration, or by the user's model file.
struct Registration {
  std::string Function;
  Role TheRole;
  Site Where;
  std::string How;    ///< "through StorPortInitialize", "declared HW_TIMER"
  std::string ByRoot; ///< root whose analysis saw the registration
  std::vector<std::string> Locks;    ///< explicit locks held at the call
  std::vector<CallStep> Chain;       ///< calls from ByRoot to the call
  std::optional<AccessPath> Context; ///< what the context argument points to

  auto key() const {
    return std::tie(Function, TheRole, Where, How, ByRoot, Locks, Chain,
                    Context);
  }
  bool operator<(const Registration &O) const { return key() < O.key(); }
};

/// A feasible StorPortInitializePerfOpts(Query = FALSE) call that may enable
/// STOR_PERF_CONCURRENT_CHANNELS with more than one channel.
struct PerfRequest {
  std::string Root;
  Site Where;
  std::vector<CallStep> Chain;
  bool operator<(const PerfRequest &O) const {
    return std::tie(Where, Root, Chain) < std::tie(O.Where, O.Root, O.Chain);
  }
};

/// A call the analyzer did not enter (no body in this translation unit, or
/// not inlined): the callee's own summary is composed in at this point.
struct CallRecord {
  std::string Root;   ///< root whose analysis made the call
  std::string Callee; ///< function key of the callee
  /// For each pointer argument reaching memory of the root's parameters:
  /// (callee parameter index, what the argument points to).
  /// (ThisParam for the object of a member call).
  std::vector<std::pair<int, AccessPath>> Args;
  std::vector<std::string> Locks; ///< explicit locks held at the call
  Site Where;
  std::vector<CallStep> Chain; ///< calls from Root to the call

  auto key() const { return std::tie(Root, Callee, Args, Locks, Where, Chain); }
  bool operator<(const CallRecord &O) const { return key() < O.key(); }
};

/// What a function does to locks, as seen by its callers: a lock wrapper in
/// another file is a lock operation.
struct LockEffect {
  std::string Function;
  bool Acquire = true;  ///< acquires (still held at return) or releases
  std::string Lock;     ///< lock identity ("" = the one behind HandleParam)
  int HandleParam = -1; ///< parameter holding the PSTOR_LOCK_HANDLE, or -1

  auto key() const { return std::tie(Function, Acquire, Lock, HandleParam); }
  bool operator<(const LockEffect &O) const { return key() < O.key(); }
};

/// Counters for `-analyzer-config storport.CallbackRace:Stats=true`.
struct Stats {
  unsigned RootsAnalysed = 0;
  unsigned RootsStoppedByBudget = 0; ///< exploration hit the node budget
  unsigned RootsCutByBlockLimit = 0; ///< paths cut by the block-visit limit
                                     ///< (loop unrolling bound)
  unsigned UnknownLockReleases = 0;  ///< release with an untracked handle
  unsigned CallbacksNotAnalysed = 0; ///< callbacks never analysed as roots
  std::set<std::string> StoppedRoots;
};

/// A function's name for messages: its key without the "@file" that tells
/// functions with internal linkage apart across files.
inline std::string displayName(const std::string &Key) {
  return Key.substr(0, Key.find('@'));
}

/// Everything learnt about one translation unit.
struct TUFacts {
  std::set<Access> Accesses;
  std::set<Registration> Registrations;
  std::set<PerfRequest> PerfRequests;
  std::set<CallRecord> Calls;
  std::set<LockEffect> LockEffects;
  std::optional<Site> FullDuplexSite; ///< SynchronizationModel may be full
  std::set<std::string> AnalysedRoots;
  Stats Counters;
};

} // namespace storport

#endif // STORPORT_RACE_FACTS_H
