//===- StorportModel.h - What Storport guarantees, as data ------*- C++ -*-===//
//
// The Storport synchronization contract as declarative tables: callback roles
// and their registration DDIs, lock and interlocked APIs, the locks Storport
// itself holds when it calls each role, and which roles may overlap. The
// analysis engine and the race rule only query this model; a new DDI is one
// table row in StorportModel.cpp, and users extend the model at run time with
// a JSON file (see docs/checker-reference.md, "Model file").
//
//===----------------------------------------------------------------------===//

#ifndef STORPORT_RACE_STORPORTMODEL_H
#define STORPORT_RACE_STORPORTMODEL_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace storport {

/// Whether concurrent channels are in effect: decided from the driver's
/// StorPortInitializePerfOpts calls (Auto), or forced.
enum class PerfMode : uint8_t { Auto, Concurrent, Serialized };
/// Storport's synchronization model: decided from the driver (Auto), or
/// forced.
enum class DuplexMode : uint8_t { Auto, Full, Half };

/// "auto" / "concurrent" / "serialized".
std::optional<PerfMode> parsePerfMode(llvm::StringRef S);
/// "auto" / "full" / "half".
std::optional<DuplexMode> parseDuplexMode(llvm::StringRef S);

/// A miniport callback role, named as in Microsoft's documentation.
enum class Role : uint8_t {
  HwStorStartIo,
  HwStorTimer,   ///< HW_TIMER armed by StorPortNotification(RequestTimerCall)
  HwStorTimerEx, ///< HW_TIMER_EX armed by StorPortRequestTimer
  SynchronizedAccess, ///< STOR_SYNCHRONIZED_ACCESS run by
                      ///< StorPortSynchronizeAccess inside its caller
};

/// Microsoft's name for \p R ("HwStorStartIo", ...).
llvm::StringRef roleName(Role R);
/// Parses a role name as written in a model file; accepts the documented
/// routine name or the role typedef ("HwStorStartIo" or "HW_STARTIO").
std::optional<Role> parseRole(llvm::StringRef Name);

/// How a function comes to have a role.
struct RoleSpec {
  Role TheRole;
  llvm::StringRef RoutineName; ///< "HwStorStartIo"
  llvm::StringRef RoleTypedef; ///< function role type, "HW_STARTIO"
  unsigned ExtensionParam;     ///< which parameter is the device extension
  int ContextParam;            ///< parameter receiving the registration's
                               ///< context argument, or -1
  bool IndependentEntry;       ///< Storport calls it on its own (false for
                               ///< routines that run inside their caller)
  llvm::StringRef Source;      ///< where the contract is documented
};

/// What a modelled Storport DDI does, for the analysis.
enum class DdiEffect : uint8_t {
  RegisterInitData, ///< StorPortInitialize: HW_INITIALIZATION_DATA fields
  RegisterCallback, ///< passes a callback with a role (timers)
  PerfOpts,         ///< StorPortInitializePerfOpts
  AcquireSpinLock,  ///< StorPortAcquireSpinLock(Ex): STOR_SPINLOCK kind
  ReleaseSpinLock,  ///< released by handle
  AcquireMSILock,   ///< StorPortAcquireMSISpinLock: keyed by message id
  ReleaseMSILock,
  SynchronizeAccess, ///< runs a routine under the interrupt lock
  AcquireNamedLock,  ///< user lock wrapper: acquires a fixed or argument lock
  ReleaseNamedLock,
};

constexpr int NoArg = -1;

/// One modelled DDI spelling. Named DDIs match by function name; the raw
/// forms match StorPortNotification / StorPortExtendedFunction by the name of
/// the enumerator passed as first argument (resolved from the translation
/// unit's own enum, so values never need to be hard-coded).
struct DdiSpec {
  std::string Function; ///< callee name
  std::string Code;     ///< enumerator for raw forms ("" = named DDI)
  DdiEffect Effect;
  int CallbackArg = NoArg;           ///< function registered / run
  int ContextArg = NoArg;            ///< context passed to that function
  int QueryArg = NoArg;              ///< PerfOpts: BOOLEAN Query
  int ConfigArg = NoArg;             ///< PerfOpts: PPERF_CONFIGURATION_DATA
  int LockKindArg = NoArg;           ///< STOR_SPINLOCK
  int LockCtxArg = NoArg;            ///< LockContext (STOR_DPC for DpcLock)
  int HandleArg = NoArg;             ///< PSTOR_LOCK_HANDLE
  int MessageArg = NoArg;            ///< MSI message id
  std::optional<Role> RegistersRole; ///< RegisterCallback: the role given
  bool OnlyWithoutBody = false; ///< applies only where the callee's body is
                                ///< not in the translation unit
  std::string NamedLock;        ///< AcquireNamedLock: fixed lock identity
  std::string Source;           ///< documentation reference
};

/// Kinds of atomic access an interlocked-family API performs on its target.
enum class AtomicKind : uint8_t { Load, Store, ReadModifyWrite };

/// A family of atomic APIs, matched by glob on the callee name.
struct AtomicSpec {
  std::string Pattern; ///< glob, e.g. "Interlocked*"
  AtomicKind Kind;
  unsigned TargetArg; ///< pointer argument addressing the shared object
  std::string Source;
};

/// A memory routine that writes (and maybe reads) whole objects.
struct MemoryOpSpec {
  std::string Function;
  int DestArg; ///< written object
  int SrcArg;  ///< read object, or NoArg
  std::string Source;
};

/// A lock Storport holds when it calls a role, under a condition.
enum class LockCondition : uint8_t {
  Always,
  WithoutConcurrentChannels, ///< only when concurrent channels are off
  HalfDuplex,                ///< only in half-duplex synchronization
};

struct ImplicitLockSpec {
  Role TheRole;
  std::string Lock; ///< lock identity, as explicit locks are named
  LockCondition When;
  std::string Source;
};

/// Two roles whose instances Storport may run at the same time on one adapter
/// (before implicit locks are taken into account).
struct OverlapSpec {
  Role A, B;
  std::string Source;
};

/// The complete model: built-in tables plus any user extensions.
class StorportModel {
public:
  /// The built-in model.
  StorportModel();

  /// Adds the entries of a JSON model file. Returns an error message, or ""
  /// on success. The file format is documented in the checker reference.
  std::string loadExtensionFile(llvm::StringRef Path);
  /// Models a function whose summary (from another file) says it acquires
  /// or releases a lock: \p Acquire, the lock, and the handle parameter.
  void addLockWrapper(llvm::StringRef Function, bool Acquire,
                      llvm::StringRef Lock, int HandleParam);

  /// Same as loadExtensionFile for an in-memory document.
  std::string loadExtensionText(llvm::StringRef Text, llvm::StringRef Origin);

  const std::vector<RoleSpec> &roles() const { return Roles; }
  const RoleSpec *roleSpec(Role R) const;
  const RoleSpec *roleForTypedef(llvm::StringRef TypedefName) const;

  /// The DDI rows for callee \p Function (named and raw spellings).
  std::vector<const DdiSpec *> ddisFor(llvm::StringRef Function) const;
  /// True when \p Function is a raw dispatcher (first argument is a code).
  bool isRawDispatcher(llvm::StringRef Function) const;

  /// The atomic family \p Function belongs to, if any.
  const AtomicSpec *atomicFor(llvm::StringRef Function) const;

  /// The memory routine \p Function is, if any (memset, StorPortMoveMemory).
  const MemoryOpSpec *memoryOpFor(llvm::StringRef Function) const;

  /// HW_INITIALIZATION_DATA members that register a callback role.
  const std::vector<std::pair<std::string, Role>> &initDataFields() const {
    return InitDataFields;
  }
  /// Names of the init-data structures passed to StorPortInitialize.
  bool isInitDataRecord(llvm::StringRef RecordName) const;

  const std::vector<ImplicitLockSpec> &implicitLocks() const {
    return ImplicitLocks;
  }
  bool mayOverlap(Role A, Role B) const;

  /// Roles given to functions by name in a model file.
  const std::vector<std::pair<std::string, Role>> &declaredRoles() const {
    return DeclaredRoles;
  }

  /// Per-driver defaults from a model file (Auto when not set).
  PerfMode PerfModeDefault = PerfMode::Auto;
  DuplexMode DuplexDefault = DuplexMode::Auto;

  /// Enumerator names the engine needs, with documented fallback values used
  /// when the translation unit does not declare the enum.
  struct KnownConstant {
    std::string Name;
    int64_t Fallback;
  };
  const std::vector<KnownConstant> &spinLockKinds() const {
    return SpinLockKinds;
  }
  /// PERF_CONFIGURATION_DATA as StorPortInitializePerfOpts reads it
  /// [DDI ns-storport-_perf_configuration_data].
  struct PerfConfigSpec {
    std::string FlagsField = "Flags";
    std::string ChannelsField = "ConcurrentChannels";
    uint64_t ConcurrentChannelsFlag = 0x2; ///< STOR_PERF_CONCURRENT_CHANNELS
    int64_t ConcurrentAbove = 1; ///< StartIo lock still taken for 1 channel
  };
  const PerfConfigSpec &perfConfig() const { return PerfConfig; }

  /// PORT_CONFIGURATION_INFORMATION.SynchronizationModel and the value that
  /// selects full duplex [WDD storage/full-duplex-mode].
  struct DuplexSpec {
    std::string Field = "SynchronizationModel";
    std::string FullDuplexEnumerator = "StorSynchronizeFullDuplex";
  };
  const DuplexSpec &duplex() const { return Duplex; }

  /// The STOR_SPINLOCK kind whose identity includes its LockContext (the
  /// STOR_DPC) [DDI ne-storport-_stor_spinlock].
  bool isContextKeyedSpinLock(llvm::StringRef Kind) const {
    return Kind == "DpcLock";
  }
  int64_t fallbackValue(llvm::StringRef Enumerator) const;

private:
  std::vector<RoleSpec> Roles;
  std::vector<DdiSpec> Ddis;
  std::vector<AtomicSpec> Atomics;
  std::vector<MemoryOpSpec> MemoryOps;
  std::vector<ImplicitLockSpec> ImplicitLocks;
  std::vector<OverlapSpec> Overlaps;
  std::vector<std::pair<std::string, Role>> InitDataFields;
  std::vector<std::pair<std::string, Role>> DeclaredRoles;
  std::vector<KnownConstant> SpinLockKinds;
  std::vector<KnownConstant> Fallbacks;
  PerfConfigSpec PerfConfig;
  DuplexSpec Duplex;
};

/// The text of a model/config file as JSON: `.yaml`/`.yml` files are parsed
/// as YAML and converted, anything else is returned as is (JSON).
llvm::Expected<std::string> configFileAsJson(llvm::StringRef Path);

/// Glob match used for atomic families ('*' and '?').
bool globMatch(llvm::StringRef Pattern, llvm::StringRef Text);

} // namespace storport

#endif // STORPORT_RACE_STORPORTMODEL_H
