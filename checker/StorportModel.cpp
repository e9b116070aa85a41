//===- StorportModel.cpp - The built-in Storport model --------------------===//
//
// Every row cites where the fact comes from. [DDI x] is Microsoft's Storport
// DDI reference page x (learn.microsoft.com/windows-hardware/drivers/ddi/
// storport/x); [WDD x] is the Windows driver docs page x. UNCONFIRMED rows are
// assumptions the documentation does not settle; each is listed in
// docs/checker-reference.md with the option that changes it.
//
//===----------------------------------------------------------------------===//

#include "StorportModel.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLParser.h"

#include <functional>

using namespace llvm;

namespace storport {

StringRef roleName(Role R) {
  switch (R) {
  case Role::HwStorStartIo:
    return "HwStorStartIo";
  case Role::HwStorTimer:
    return "HwStorTimer";
  case Role::HwStorTimerEx:
    return "HwStorTimerEx";
  case Role::SynchronizedAccess:
    return "StorPortSynchronizeAccess routine";
  }
  return "?";
}

StorportModel::StorportModel() {
  // Roles --------------------------------------------------------------------
  // {role, routine, role typedef, extension param, context param, entry, src}
  Roles = {
      {Role::HwStorStartIo, "HwStorStartIo", "HW_STARTIO", 0, -1, true,
       "[DDI nc-storport-hw_startio]"},
      {Role::HwStorTimer, "HwStorTimer", "HW_TIMER", 0, -1, true,
       "[DDI nc-storport-hw_timer]"},
      {Role::HwStorTimerEx, "HwStorTimerEx", "HW_TIMER_EX", 0, 1, true,
       "[DDI nc-storport-hw_timer_ex]"},
      {Role::SynchronizedAccess, "SynchronizedAccessRoutine",
       "STOR_SYNCHRONIZED_ACCESS", 0, 1, false,
       "[DDI nf-storport-storportsynchronizeaccess]"},
  };

  // HW_INITIALIZATION_DATA members [DDI ns-storport-_hw_initialization_data].
  InitDataFields = {{"HwStartIo", Role::HwStorStartIo}};

  // DDIs ---------------------------------------------------------------------
  auto Named = [](StringRef Fn, DdiEffect E) {
    DdiSpec S;
    S.Function = Fn.str();
    S.Effect = E;
    return S;
  };
  auto Raw = [](StringRef Fn, StringRef Code, DdiEffect E) {
    DdiSpec S;
    S.Function = Fn.str();
    S.Code = Code.str();
    S.Effect = E;
    return S;
  };
  // Registration.
  {
    DdiSpec S = Named("StorPortInitialize", DdiEffect::RegisterInitData);
    S.ConfigArg = 2; // PHW_INITIALIZATION_DATA
    S.Source = "[DDI nf-storport-storportinitialize]";
    Ddis.push_back(S);
  }
  {
    DdiSpec S = Raw("StorPortNotification", "RequestTimerCall",
                    DdiEffect::RegisterCallback);
    S.CallbackArg = 2;
    S.RegistersRole = Role::HwStorTimer;
    S.Source = "[DDI nf-storport-storportnotification]";
    Ddis.push_back(S);
  }
  {
    DdiSpec S = Named("StorPortRequestTimer", DdiEffect::RegisterCallback);
    S.CallbackArg = 2;
    S.ContextArg = 3;
    S.RegistersRole = Role::HwStorTimerEx;
    S.Source = "[DDI nf-storport-storportrequesttimer]";
    Ddis.push_back(S);
    DdiSpec R = Raw("StorPortExtendedFunction", "ExtFunctionRequestTimer",
                    DdiEffect::RegisterCallback);
    R.CallbackArg = 3;
    R.ContextArg = 4;
    R.RegistersRole = Role::HwStorTimerEx;
    R.Source = S.Source;
    Ddis.push_back(R);
  }
  // Performance options.
  {
    DdiSpec S = Named("StorPortInitializePerfOpts", DdiEffect::PerfOpts);
    S.QueryArg = 1;
    S.ConfigArg = 2;
    S.Source = "[DDI nf-storport-storportinitializeperfopts]";
    Ddis.push_back(S);
    DdiSpec R = Raw("StorPortExtendedFunction",
                    "ExtFunctionInitializePerformanceOptimizations",
                    DdiEffect::PerfOpts);
    R.QueryArg = 2;
    R.ConfigArg = 3;
    R.Source = S.Source;
    Ddis.push_back(R);
  }
  // Storport spin locks: identity is the STOR_SPINLOCK kind (and LockContext
  // for DpcLock); release is keyed by the lock handle.
  for (StringRef Fn :
       {"StorPortAcquireSpinLock", "StorPortAcquireSpinLockEx"}) {
    DdiSpec S = Named(Fn, DdiEffect::AcquireSpinLock);
    S.LockKindArg = 1;
    S.LockCtxArg = 2;
    S.HandleArg = 3;
    S.Source = "[DDI nf-storport-storportacquirespinlock]";
    Ddis.push_back(S);
  }
  // StorPortAcquireSpinLockEx has no Ex release: StorPortReleaseSpinLock
  // releases both.
  {
    DdiSpec S = Named("StorPortReleaseSpinLock", DdiEffect::ReleaseSpinLock);
    S.HandleArg = 1;
    S.Source = "[DDI nf-storport-storportreleasespinlock]";
    Ddis.push_back(S);
  }
  {
    DdiSpec A = Raw("StorPortNotification", "AcquireSpinLock",
                    DdiEffect::AcquireSpinLock);
    A.LockKindArg = 2;
    A.LockCtxArg = 3;
    A.HandleArg = 4;
    A.Source = "[DDI nf-storport-storportnotification]";
    Ddis.push_back(A);
    DdiSpec R = Raw("StorPortNotification", "ReleaseSpinLock",
                    DdiEffect::ReleaseSpinLock);
    R.HandleArg = 2;
    R.Source = A.Source;
    Ddis.push_back(R);
    DdiSpec AX = A;
    AX.Function = "StorPortExtendedFunction";
    AX.Code = "ExtFunctionAcquireSpinLock";
    AX.Source = "[DDI nf-storport-storportacquirespinlockex]";
    Ddis.push_back(AX);
  }
  // MSI per-message locks, keyed by message id.
  {
    DdiSpec A = Named("StorPortAcquireMSISpinLock", DdiEffect::AcquireMSILock);
    A.MessageArg = 1;
    A.Source = "[DDI nf-storport-storportacquiremsispinlock]";
    Ddis.push_back(A);
    DdiSpec R = Named("StorPortReleaseMSISpinLock", DdiEffect::ReleaseMSILock);
    R.MessageArg = 1;
    R.Source = "[DDI nf-storport-storportreleasemsispinlock]";
    Ddis.push_back(R);
    DdiSpec AR =
        Raw("StorPortExtendedFunction", "ExtFunctionAcquireMSISpinLock",
            DdiEffect::AcquireMSILock);
    AR.MessageArg = 2;
    AR.Source = A.Source;
    Ddis.push_back(AR);
    DdiSpec RR =
        Raw("StorPortExtendedFunction", "ExtFunctionReleaseMSISpinLock",
            DdiEffect::ReleaseMSILock);
    RR.MessageArg = 2;
    RR.Source = R.Source;
    Ddis.push_back(RR);
  }
  // The routine runs synchronized with the ISR: under the interrupt lock.
  {
    DdiSpec S =
        Named("StorPortSynchronizeAccess", DdiEffect::SynchronizeAccess);
    S.CallbackArg = 1;
    S.ContextArg = 2;
    S.RegistersRole = Role::SynchronizedAccess;
    S.Source = "[DDI nf-storport-storportsynchronizeaccess]";
    Ddis.push_back(S);
  }

  // Atomic (interlocked) families --------------------------------------------
  // Read*/Write* families are atomic single accesses, not read-modify-write.
  Atomics = {
      {"Interlocked*", AtomicKind::ReadModifyWrite, 0,
       "[DDI wdm/nf-wdm-interlocked*]"},
      {"_Interlocked*", AtomicKind::ReadModifyWrite, 0,
       "MSVC intrinsics, clang builtins in MS mode"},
      {"_interlocked*", AtomicKind::ReadModifyWrite, 0,
       "MSVC _interlockedbittestand* intrinsics"},
      {"__sync_*", AtomicKind::ReadModifyWrite, 0, "GCC __sync builtins"},
      {"Read*Acquire*", AtomicKind::Load, 0, "[DDI wdm/nf-wdm-readacquire]"},
      {"Read*NoFence*", AtomicKind::Load, 0, "[DDI wdm/nf-wdm-readnofence]"},
      {"Write*Release*", AtomicKind::Store, 0, "[DDI wdm/nf-wdm-writerelease]"},
      {"Write*NoFence*", AtomicKind::Store, 0, "[DDI wdm/nf-wdm-writenofence]"},
  };

  // Whole-object writes: the destination (and source) are accessed.
  for (StringRef Fn :
       {"memset", "__builtin_memset", "RtlZeroMemory", "RtlFillMemory",
        "RtlSecureZeroMemory", "StorPortZeroMemory"})
    MemoryOps.push_back({Fn.str(), 0, NoArg, "C library / wdm.h"});
  for (StringRef Fn :
       {"memcpy", "memmove", "__builtin_memcpy", "__builtin_memmove",
        "RtlCopyMemory", "RtlMoveMemory", "StorPortMoveMemory"})
    MemoryOps.push_back({Fn.str(), 0, 1, "C library / wdm.h / storport.h"});

  // Locks Storport holds when it calls a role --------------------------------
  ImplicitLocks = {
      {Role::HwStorStartIo, "StartIoLock",
       LockCondition::WithoutConcurrentChannels,
       "[DDI nf-storport-storportacquirespinlock] table; [DDI hw_startio]"},
      {Role::HwStorTimer, "StartIoLock", LockCondition::Always,
       "[DDI nc-storport-hw_timer]"},
      {Role::HwStorTimer, "InterruptLock", LockCondition::HalfDuplex,
       "[DDI nf-storport-storportacquirespinlock] table"},
      // UNCONFIRMED: the docs are silent; Microsoft's StorAHCI sample states
      // Storport holds the StartIo lock around HW_TIMER_EX callbacks.
      {Role::HwStorTimerEx, "StartIoLock", LockCondition::Always,
       "UNCONFIRMED (storahci sample comment)"},
      {Role::SynchronizedAccess, "InterruptLock", LockCondition::Always,
       "[DDI nf-storport-storportsynchronizeaccess]"},
  };

  // Which roles may overlap (before locks) -----------------------------------
  Overlaps = {
      {Role::HwStorStartIo, Role::HwStorStartIo,
       "[DDI nc-storport-hw_startio]: concurrent channels"},
      {Role::HwStorStartIo, Role::HwStorTimer, "[DDI nc-storport-hw_timer]"},
      {Role::HwStorStartIo, Role::HwStorTimerEx,
       "UNCONFIRMED, by analogy with HW_TIMER"},
      {Role::HwStorTimer, Role::HwStorTimerEx, "UNCONFIRMED"},
      {Role::HwStorTimerEx, Role::HwStorTimerEx,
       "UNCONFIRMED: distinct timer objects"},
  };

  SpinLockKinds = {{"DpcLock", 1},
                   {"StartIoLock", 2},
                   {"InterruptLock", 3},
                   {"ThreadedDpcLock", 4},
                   {"DpcLevelLock", 5}};
  // Documented order of SCSI_NOTIFICATION_TYPE and STORPORT_FUNCTION_CODE;
  // used only when the translation unit does not declare the enums.
  Fallbacks = {{"RequestTimerCall", 6},
               {"AcquireSpinLock", 0x1003},
               {"ReleaseSpinLock", 0x1004},
               // STORPORT_FUNCTION_CODE values, from the public storport.sys
               // symbols [PDB].
               {"ExtFunctionAcquireMSISpinLock", 11},
               {"ExtFunctionReleaseMSISpinLock", 12},
               {"ExtFunctionInitializePerformanceOptimizations", 14},
               {"ExtFunctionAcquireSpinLock", 93},
               {"StorSynchronizeFullDuplex", 1}};
}

const RoleSpec *StorportModel::roleSpec(Role R) const {
  for (const RoleSpec &S : Roles)
    if (S.TheRole == R)
      return &S;
  return nullptr;
}

bool StorportModel::isInitDataRecord(StringRef RecordName) const {
  RecordName.consume_front("_");
  return RecordName == "HW_INITIALIZATION_DATA" ||
         RecordName == "VIRTUAL_HW_INITIALIZATION_DATA";
}

const RoleSpec *StorportModel::roleForTypedef(StringRef TypedefName) const {
  for (const RoleSpec &S : Roles)
    if (S.RoleTypedef == TypedefName)
      return &S;
  return nullptr;
}

std::vector<const DdiSpec *> StorportModel::ddisFor(StringRef Function) const {
  std::vector<const DdiSpec *> Out;
  for (const DdiSpec &S : Ddis)
    if (S.Function == Function)
      Out.push_back(&S);
  return Out;
}

bool StorportModel::isRawDispatcher(StringRef Function) const {
  return Function == "StorPortNotification" ||
         Function == "StorPortExtendedFunction";
}

const AtomicSpec *StorportModel::atomicFor(StringRef Function) const {
  // User entries are appended last but must win over built-in globs.
  for (const AtomicSpec &S : llvm::reverse(Atomics))
    if (globMatch(S.Pattern, Function))
      return &S;
  return nullptr;
}

const MemoryOpSpec *StorportModel::memoryOpFor(StringRef Function) const {
  for (const MemoryOpSpec &S : MemoryOps)
    if (S.Function == Function)
      return &S;
  return nullptr;
}

bool StorportModel::mayOverlap(Role A, Role B) const {
  for (const OverlapSpec &O : Overlaps)
    if ((O.A == A && O.B == B) || (O.A == B && O.B == A))
      return true;
  return false;
}

int64_t StorportModel::fallbackValue(StringRef Enumerator) const {
  for (const KnownConstant &K : Fallbacks)
    if (K.Name == Enumerator)
      return K.Fallback;
  for (const KnownConstant &K : SpinLockKinds)
    if (K.Name == Enumerator)
      return K.Fallback;
  return -1;
}

std::optional<Role> parseRole(StringRef Name) {
  for (Role R : {Role::HwStorStartIo, Role::HwStorTimer, Role::HwStorTimerEx,
                 Role::SynchronizedAccess}) {
    if (Name == roleName(R))
      return R;
  }
  if (Name == "HW_STARTIO")
    return Role::HwStorStartIo;
  if (Name == "HW_TIMER")
    return Role::HwStorTimer;
  if (Name == "HW_TIMER_EX")
    return Role::HwStorTimerEx;
  if (Name == "STOR_SYNCHRONIZED_ACCESS")
    return Role::SynchronizedAccess;
  return std::nullopt;
}

std::optional<PerfMode> parsePerfMode(StringRef S) {
  if (S == "auto")
    return PerfMode::Auto;
  if (S == "concurrent")
    return PerfMode::Concurrent;
  if (S == "serialized")
    return PerfMode::Serialized;
  return std::nullopt;
}

std::optional<DuplexMode> parseDuplexMode(StringRef S) {
  if (S == "auto")
    return DuplexMode::Auto;
  if (S == "full")
    return DuplexMode::Full;
  if (S == "half")
    return DuplexMode::Half;
  return std::nullopt;
}

bool globMatch(StringRef P, StringRef T) {
  // Iterative matcher with single-star backtracking.
  size_t PI = 0, TI = 0, Star = StringRef::npos, Mark = 0;
  while (TI < T.size()) {
    if (PI < P.size() && (P[PI] == '?' || P[PI] == T[TI])) {
      ++PI;
      ++TI;
    } else if (PI < P.size() && P[PI] == '*') {
      Star = PI++;
      Mark = TI;
    } else if (Star != StringRef::npos) {
      PI = Star + 1;
      TI = ++Mark;
    } else {
      return false;
    }
  }
  while (PI < P.size() && P[PI] == '*')
    ++PI;
  return PI == P.size();
}

// Model file ---------------------------------------------------------------

void StorportModel::addLockWrapper(StringRef Function, bool Acquire,
                                   StringRef Lock, int HandleParam) {
  DdiSpec S;
  S.Function = Function.str();
  S.OnlyWithoutBody = true;
  S.Source = "summary of " + Function.str();
  if (Acquire) {
    S.Effect = DdiEffect::AcquireNamedLock;
    S.NamedLock = Lock.str();
    S.HandleArg = HandleParam;
  } else if (HandleParam >= 0) {
    S.Effect = DdiEffect::ReleaseSpinLock;
    S.HandleArg = HandleParam;
  } else {
    S.Effect = DdiEffect::ReleaseNamedLock;
    S.NamedLock = Lock.str();
  }
  Ddis.push_back(std::move(S));
}

/// The config file as JSON: YAML is parsed with LLVM's YAML parser (JSON
/// is YAML too) and converted, so one loader checks both.
Expected<std::string> configFileAsJson(StringRef Path) {
  auto Buf = MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buf)
    return createStringError(Buf.getError(), "cannot read model file '%s': %s",
                             Path.str().c_str(),
                             Buf.getError().message().c_str());
  StringRef Text = (*Buf)->getBuffer();
  if (!Path.ends_with(".yaml") && !Path.ends_with(".yml"))
    return Text.str(); // JSON, checked by loadExtensionText
  SourceMgr SM;
  std::string Errors;
  SM.setDiagHandler(
      [](const SMDiagnostic &D, void *Ctx) {
        std::string &E = *static_cast<std::string *>(Ctx);
        if (E.empty())
          E = (Twine(D.getLineNo()) + ":" + Twine(D.getColumnNo() + 1) + ": " +
               D.getMessage())
                  .str();
      },
      &Errors);
  yaml::Stream Stream(Text, SM);
  auto It = Stream.begin();
  if (It == Stream.end() || !It->getRoot())
    return createStringError(inconvertibleErrorCode(), "%s: empty config",
                             Path.str().c_str());
  std::function<std::optional<json::Value>(yaml::Node *)> Convert =
      [&](yaml::Node *N) -> std::optional<json::Value> {
    if (auto *M = dyn_cast_or_null<yaml::MappingNode>(N)) {
      json::Object O;
      for (yaml::KeyValueNode &KV : *M) {
        auto *K = dyn_cast_or_null<yaml::ScalarNode>(KV.getKey());
        if (!K)
          return std::nullopt;
        SmallString<32> KS;
        std::optional<json::Value> V = Convert(KV.getValue());
        if (!V)
          return std::nullopt;
        O[K->getValue(KS).str()] = std::move(*V);
      }
      return json::Value(std::move(O));
    }
    if (auto *S = dyn_cast_or_null<yaml::SequenceNode>(N)) {
      json::Array A;
      for (yaml::Node &E : *S) {
        std::optional<json::Value> V = Convert(&E);
        if (!V)
          return std::nullopt;
        A.push_back(std::move(*V));
      }
      return json::Value(std::move(A));
    }
    if (auto *S = dyn_cast_or_null<yaml::ScalarNode>(N)) {
      SmallString<32> Storage;
      StringRef V = S->getValue(Storage);
      int64_t I;
      if (!V.getAsInteger(10, I) && !V.empty() && S->getRawValue() == V)
        return json::Value(I);
      if (S->getRawValue() == "true" || S->getRawValue() == "false")
        return json::Value(S->getRawValue() == "true");
      return json::Value(V.str());
    }
    return std::nullopt;
  };
  std::optional<json::Value> V = Convert(It->getRoot());
  if (!Errors.empty() || Stream.failed() || !V)
    return createStringError(inconvertibleErrorCode(), "%s: invalid YAML%s%s",
                             Path.str().c_str(), Errors.empty() ? "" : " at ",
                             Errors.c_str());
  std::string Out;
  raw_string_ostream OS(Out);
  OS << *V;
  return OS.str();
}

std::string StorportModel::loadExtensionFile(StringRef Path) {
  Expected<std::string> Text = configFileAsJson(Path);
  if (!Text)
    return toString(Text.takeError());
  return loadExtensionText(*Text, Path);
}

std::string StorportModel::loadExtensionText(StringRef Text, StringRef Origin) {
  Expected<json::Value> Doc = json::parse(Text);
  if (!Doc)
    return Origin.str() + ": invalid JSON: " + toString(Doc.takeError());
  const json::Object *Top = Doc->getAsObject();
  if (!Top)
    return Origin.str() + ": the top level must be a JSON object";
  auto Err = [&](const Twine &Where, const Twine &What) {
    return (Origin + ": " + Where + ": " + What).str();
  };
  // Calls Each(object, "key[i]") for every element of the array under Key;
  // returns the first error.
  auto ForEachObject = [&](StringRef Key,
                           llvm::function_ref<std::string(const json::Object &,
                                                          const std::string &)>
                               Each) -> std::string {
    const json::Value *V = Top->get(Key);
    if (!V)
      return "";
    const json::Array *A = V->getAsArray();
    if (!A)
      return Err(Key, "expected an array");
    for (size_t I = 0; I < A->size(); ++I) {
      std::string Where = (Key + "[" + Twine(I) + "]").str();
      const json::Object *O = (*A)[I].getAsObject();
      if (!O)
        return Err(Where, "expected an object");
      std::string E = Each(*O, Where);
      if (!E.empty())
        return E;
    }
    return "";
  };
  for (const auto &KV : *Top) {
    StringRef Key = KV.first;
    if (Key != "roles" && Key != "locks" && Key != "interlocked" &&
        Key != "perfMode" && Key != "duplex" && Key != "version")
      return Err(Key, "unknown key (expected roles, locks, interlocked, "
                      "perfMode, duplex)");
  }
  if (const json::Value *V = Top->get("perfMode")) {
    std::optional<StringRef> S = V->getAsString();
    std::optional<PerfMode> M = S ? parsePerfMode(*S) : std::nullopt;
    if (!M)
      return Err("perfMode", "expected \"auto\", \"concurrent\" or "
                             "\"serialized\"");
    PerfModeDefault = *M;
  }
  if (const json::Value *V = Top->get("duplex")) {
    std::optional<StringRef> S = V->getAsString();
    std::optional<DuplexMode> M = S ? parseDuplexMode(*S) : std::nullopt;
    if (!M)
      return Err("duplex", "expected \"auto\", \"full\" or \"half\"");
    DuplexDefault = *M;
  }
  std::string E = ForEachObject(
      "roles", [&](const json::Object &O, const std::string &Where) {
        std::optional<StringRef> Fn = O.getString("function");
        std::optional<StringRef> R = O.getString("role");
        if (!Fn || !R)
          return Err(Where, "needs string members \"function\" and \"role\"");
        std::optional<Role> Parsed = parseRole(*R);
        if (!Parsed)
          return Err(Where, "unknown role '" + *R +
                                "' (expected HwStorStartIo, HwStorTimer, "
                                "HwStorTimerEx or their HW_* typedefs)");
        DeclaredRoles.emplace_back(Fn->str(), *Parsed);
        return std::string();
      });
  if (!E.empty())
    return E;
  E = ForEachObject("locks", [&](const json::Object &O,
                                 const std::string &Where) {
    std::optional<StringRef> Acq = O.getString("acquire");
    std::optional<StringRef> Rel = O.getString("release");
    if (!Acq == !Rel)
      return Err(Where, "needs exactly one of \"acquire\" or \"release\"");
    DdiSpec S;
    S.Function = (Acq ? *Acq : *Rel).str();
    S.Effect = Acq ? DdiEffect::AcquireNamedLock : DdiEffect::ReleaseNamedLock;
    S.Source = (Origin + ":" + Where).str();
    if (std::optional<StringRef> L = O.getString("lock"))
      S.NamedLock = L->str();
    if (std::optional<int64_t> Arg = O.getInteger("lockArg"))
      S.LockCtxArg = static_cast<int>(*Arg);
    if (S.NamedLock.empty() && S.LockCtxArg == NoArg)
      return Err(Where, "needs \"lock\" (a lock name such as "
                        "StartIoLock) or \"lockArg\" (index of the lock "
                        "argument)");
    Ddis.push_back(std::move(S));
    return std::string();
  });
  if (!E.empty())
    return E;
  return ForEachObject("interlocked", [&](const json::Object &O,
                                          const std::string &Where) {
    std::optional<StringRef> Fn = O.getString("function");
    if (!Fn)
      return Err(Where, "needs a string member \"function\" (a glob)");
    AtomicSpec S{Fn->str(), AtomicKind::ReadModifyWrite, 0,
                 (Origin + ":" + Where).str()};
    if (std::optional<StringRef> K = O.getString("kind")) {
      if (*K == "rmw")
        S.Kind = AtomicKind::ReadModifyWrite;
      else if (*K == "load")
        S.Kind = AtomicKind::Load;
      else if (*K == "store")
        S.Kind = AtomicKind::Store;
      else
        return Err(Where, "\"kind\" must be \"rmw\", \"load\" or \"store\"");
    }
    if (std::optional<int64_t> Arg = O.getInteger("arg")) {
      if (*Arg < 0)
        return Err(Where, "\"arg\" must be a parameter index >= 0");
      S.TargetArg = static_cast<unsigned>(*Arg);
    }
    Atomics.push_back(std::move(S));
    return std::string();
  });
}

} // namespace storport
