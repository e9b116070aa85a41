//===- RaceRule.h - The one place that decides what is a race --*- C++ -*-===//
//
// A pure function from facts (Facts.h) and the Storport model to findings.
// Two accesses race when their callbacks may overlap on one adapter, their
// paths may name the same memory, at least one writes, they are not both
// atomic, and no lock is held by both (explicit locks plus the locks Storport
// holds for each callback in the driver's mode).
//
//===----------------------------------------------------------------------===//

#ifndef STORPORT_RACE_RACERULE_H
#define STORPORT_RACE_RACERULE_H

#include "Facts.h"
#include "StorportModel.h"

#include <string>
#include <vector>

namespace storport {

struct RuleOptions {
  PerfMode Perf = PerfMode::Auto;
  DuplexMode Duplex = DuplexMode::Auto;
};

/// A lock held at an access, and why.
struct HeldLock {
  std::string Name;
  bool Implicit = false; ///< taken by Storport before calling the callback
};

/// One side of a race: an access as seen from a callback instance.
struct RaceSide {
  std::string Callback; ///< the callback function
  Role TheRole;
  Access Acc; ///< path mapped to the device extension, full chain
  std::vector<HeldLock> Locks;
  const Registration *Reg = nullptr; ///< how the callback got its role
};

struct Finding {
  std::string State; ///< "ADAPTER_EXTENSION.PendingCount"
  RaceSide Warned;   ///< the unguarded access the warning points at
  RaceSide Other;
  bool SameCallback = false; ///< two instances of one callback
  std::string Why;           ///< "concurrent channels are requested"
  const PerfRequest *Request = nullptr;
  std::string Fingerprint; ///< rule + state + callbacks, line-independent
};

/// The driver's mode as the rule sees it.
struct ModeDecision {
  bool ConcurrentChannels = false;
  bool ForcedByOption = false;
  bool FullDuplex = false;
  const PerfRequest *Request = nullptr;
};

ModeDecision decideMode(const TUFacts &F, const StorportModel &M,
                        const RuleOptions &O);

/// All races, each (state, pair of callbacks) once, in a deterministic order.
std::vector<Finding> findRaces(const TUFacts &F, const StorportModel &M,
                               const RuleOptions &O);

/// "written", "read", "written with an interlocked operation", ...
std::string describeAccess(const Access &A);

} // namespace storport

#endif // STORPORT_RACE_RACERULE_H
