/*
 * Simulated Storport header for tests, written from Microsoft's public
 * documentation; not the WDK header.
 *
 * SHAPE "wdk": laid out like the real WDK header set. Only routines that
 * storport.sys exports are prototypes; the other DDIs are FORCEINLINE wrappers
 * that call StorPortNotification / StorPortExtendedFunction with their
 * function code, Interlocked* are macros over the MSVC compiler intrinsics and
 * Read*Acquire / Write*Release are FORCEINLINE volatile accesses (the x64
 * forms). Needs an MSVC-mode compile, e.g.
 *   clang --target=x86_64-pc-windows-msvc -fms-extensions
 * Declares exactly the same names as test/Inputs/plain/storport.h.
 * Define STOR_SIM_DDI_MACROS to turn a few wrappers into function-like macros
 * (the "DDI as macro" shape).
 */
#ifndef SIM_STORPORT_H
#define SIM_STORPORT_H

#if !defined(_MSC_VER)
#error "wdk-shaped storport.h needs an MSVC-mode compile (--target=x86_64-pc-windows-msvc)"
#endif

#define SIM_STORPORT_SHAPE_WDK 1

#ifdef __cplusplus
extern "C" {
#endif

#include "../common/storport-common.h"
/* ---- DDIs implemented as FORCEINLINE wrappers over StorPortNotification
 *      (storport.h pages: StorPortAcquireSpinLock, StorPortReleaseSpinLock,
 *      StorPortInitializeDpc, StorPortIssueDpc,
 *      StorPortEnablePassiveInitialization) ---- */

FORCEINLINE VOID StorPortAcquireSpinLock(PVOID DeviceExtension, STOR_SPINLOCK SpinLock,
                                         PVOID LockContext, PSTOR_LOCK_HANDLE LockHandle) {
  StorPortNotification(AcquireSpinLock, DeviceExtension, SpinLock, LockContext, LockHandle);
}

FORCEINLINE VOID StorPortReleaseSpinLock(PVOID DeviceExtension, PSTOR_LOCK_HANDLE LockHandle) {
  StorPortNotification(ReleaseSpinLock, DeviceExtension, LockHandle);
}

FORCEINLINE VOID StorPortInitializeDpc(PVOID DeviceExtension, PSTOR_DPC Dpc,
                                       PHW_DPC_ROUTINE HwDpcRoutine) {
  StorPortNotification(InitializeDpc, DeviceExtension, Dpc, HwDpcRoutine);
}

FORCEINLINE BOOLEAN StorPortIssueDpc(PVOID DeviceExtension, PSTOR_DPC Dpc, PVOID SystemArgument1,
                                     PVOID SystemArgument2) {
  BOOLEAN Queued = FALSE; /* result comes back through an out parameter */
  StorPortNotification(IssueDpc, DeviceExtension, Dpc, SystemArgument1, SystemArgument2, &Queued);
  return Queued;
}

FORCEINLINE BOOLEAN StorPortEnablePassiveInitialization(
    PVOID DeviceExtension, PHW_PASSIVE_INITIALIZE_ROUTINE HwPassiveInitializeRoutine) {
  BOOLEAN Enabled = FALSE;
  StorPortNotification(EnablePassiveInitialization, DeviceExtension, HwPassiveInitializeRoutine,
                       &Enabled);
  return Enabled;
}

/* ---- DDIs implemented as FORCEINLINE wrappers over StorPortExtendedFunction
 *      (storport.h pages: StorPortInitializePerfOpts, StorPortRequestTimer,
 *      StorPortAcquireMSISpinLock, StorPortAcquireSpinLockEx, ...) ---- */

FORCEINLINE ULONG StorPortInitializePerfOpts(PVOID HwDeviceExtension, BOOLEAN Query,
                                             PPERF_CONFIGURATION_DATA PerfConfigData) {
  return StorPortExtendedFunction(ExtFunctionInitializePerformanceOptimizations, HwDeviceExtension,
                                  Query, PerfConfigData);
}

FORCEINLINE ULONG StorPortGetStartIoPerfParams(PVOID HwDeviceExtension, PSCSI_REQUEST_BLOCK Srb,
                                               PSTARTIO_PERFORMANCE_PARAMETERS StartIoPerfParams) {
  return StorPortExtendedFunction(ExtFunctionGetStartIoPerformanceParameters, HwDeviceExtension,
                                  Srb, StartIoPerfParams);
}

FORCEINLINE ULONG StorPortAcquireMSISpinLock(PVOID HwDeviceExtension, ULONG MessageId,
                                             PULONG OldIrql) {
  return StorPortExtendedFunction(ExtFunctionAcquireMSISpinLock, HwDeviceExtension, MessageId,
                                  OldIrql);
}

FORCEINLINE ULONG StorPortReleaseMSISpinLock(PVOID HwDeviceExtension, ULONG MessageId,
                                             ULONG OldIrql) {
  return StorPortExtendedFunction(ExtFunctionReleaseMSISpinLock, HwDeviceExtension, MessageId,
                                  OldIrql);
}

FORCEINLINE ULONG StorPortInitializeTimer(PVOID HwDeviceExtension, PVOID *TimerHandle) {
  return StorPortExtendedFunction(ExtFunctionInitializeTimer, HwDeviceExtension, TimerHandle);
}

FORCEINLINE ULONG StorPortRequestTimer(PVOID HwDeviceExtension, PVOID TimerHandle,
                                       PHW_TIMER_EX TimerCallback, PVOID CallbackContext,
                                       ULONGLONG TimerValue, ULONGLONG TolerableDelay) {
  return StorPortExtendedFunction(ExtFunctionRequestTimer, HwDeviceExtension, TimerHandle,
                                  TimerCallback, CallbackContext, TimerValue, TolerableDelay);
}

FORCEINLINE ULONG StorPortFreeTimer(PVOID HwDeviceExtension, PVOID TimerHandle) {
  return StorPortExtendedFunction(ExtFunctionFreeTimer, HwDeviceExtension, TimerHandle);
}

FORCEINLINE ULONG StorPortAcquireSpinLockEx(PVOID DeviceExtension, STOR_SPINLOCK SpinLock,
                                            PVOID LockContext, PSTOR_LOCK_HANDLE LockHandle) {
  return StorPortExtendedFunction(ExtFunctionAcquireSpinLock, DeviceExtension, SpinLock,
                                  LockContext, LockHandle);
}

/* Optional "DDI as function-like macro" shape: the call site then names
 * StorPortNotification / StorPortExtendedFunction directly. */
#if defined(STOR_SIM_DDI_MACROS)
#define StorPortInitializePerfOpts(Ext, Query, Data) \
  StorPortExtendedFunction(ExtFunctionInitializePerformanceOptimizations, (Ext), (Query), (Data))
#define StorPortAcquireSpinLock(Ext, Lock, Ctx, Handle) \
  StorPortNotification(AcquireSpinLock, (Ext), (Lock), (Ctx), (Handle))
#define StorPortReleaseSpinLock(Ext, Handle) StorPortNotification(ReleaseSpinLock, (Ext), (Handle))
#endif

/* ---- Interlocked operations: macros over MSVC intrinsics (wdm.h, x64).
 *      On x64 the Acquire/Release/NoFence forms are the plain intrinsics.
 *      The 32/16/8-bit and pointer intrinsics are implicit clang builtins in
 *      MSVC mode; the 64-bit ones are library builtins that need a
 *      declaration (types must match clang's builtin signatures). ---- */

LONG64 _InterlockedIncrement64(LONG64 volatile *Addend);
LONG64 _InterlockedDecrement64(LONG64 volatile *Addend);
LONG64 _InterlockedExchange64(LONG64 volatile *Target, LONG64 Value);
LONG64 _InterlockedExchangeAdd64(LONG64 volatile *Addend, LONG64 Value);
LONG64 _InterlockedAnd64(LONG64 volatile *Destination, LONG64 Value);

#define InterlockedIncrement _InterlockedIncrement
#define InterlockedDecrement _InterlockedDecrement
#define InterlockedExchange _InterlockedExchange
#define InterlockedExchangeAdd _InterlockedExchangeAdd
#define InterlockedAdd(Addend, Value) (_InterlockedExchangeAdd((Addend), (Value)) + (Value))
#define InterlockedCompareExchange _InterlockedCompareExchange
#define InterlockedAnd _InterlockedAnd
#define InterlockedOr _InterlockedOr
#define InterlockedXor _InterlockedXor
#define InterlockedIncrement16 _InterlockedIncrement16
#define InterlockedDecrement16 _InterlockedDecrement16
#define InterlockedCompareExchange16 _InterlockedCompareExchange16
#define InterlockedAnd8 _InterlockedAnd8
#define InterlockedOr8 _InterlockedOr8
#define InterlockedExchange8 _InterlockedExchange8
#define InterlockedIncrement64 _InterlockedIncrement64
#define InterlockedDecrement64 _InterlockedDecrement64
#define InterlockedExchange64 _InterlockedExchange64
#define InterlockedExchangeAdd64 _InterlockedExchangeAdd64
#define InterlockedCompareExchange64 _InterlockedCompareExchange64
#define InterlockedExchangePointer _InterlockedExchangePointer
#define InterlockedCompareExchangePointer _InterlockedCompareExchangePointer
#define InterlockedIncrementAcquire _InterlockedIncrement
#define InterlockedIncrementRelease _InterlockedIncrement
#define InterlockedIncrementNoFence _InterlockedIncrement
#define InterlockedDecrementAcquire _InterlockedDecrement
#define InterlockedDecrementRelease _InterlockedDecrement
#define InterlockedCompareExchangeAcquire _InterlockedCompareExchange
#define InterlockedCompareExchangeRelease _InterlockedCompareExchange
#define InterlockedOrNoFence _InterlockedOr
#define InterlockedAndNoFence64 _InterlockedAnd64
#define InterlockedIncrementAcquire16 _InterlockedIncrement16
#define InterlockedBitTestAndSet _interlockedbittestandset
#define InterlockedBitTestAndReset _interlockedbittestandreset
#define InterlockedBitTestAndSet64 _interlockedbittestandset64
#define InterlockedBitTestAndReset64 _interlockedbittestandreset64

/* ---- Ordered loads/stores (wdm.h ReadAcquire / WriteRelease family; x64
 *      forms are plain volatile accesses) ---- */

FORCEINLINE CHAR ReadAcquire8(CHAR const volatile *Source) {
  CHAR Value = *Source;
  return Value;
}
FORCEINLINE CHAR ReadNoFence8(CHAR const volatile *Source) {
  CHAR Value = *Source;
  return Value;
}
FORCEINLINE SHORT ReadAcquire16(SHORT const volatile *Source) {
  SHORT Value = *Source;
  return Value;
}
FORCEINLINE SHORT ReadNoFence16(SHORT const volatile *Source) {
  SHORT Value = *Source;
  return Value;
}
FORCEINLINE LONG ReadAcquire(LONG const volatile *Source) {
  LONG Value = *Source;
  return Value;
}
FORCEINLINE LONG ReadNoFence(LONG const volatile *Source) {
  LONG Value = *Source;
  return Value;
}
FORCEINLINE LONG64 ReadAcquire64(LONG64 const volatile *Source) {
  LONG64 Value = *Source;
  return Value;
}
FORCEINLINE LONG64 ReadNoFence64(LONG64 const volatile *Source) {
  LONG64 Value = *Source;
  return Value;
}
FORCEINLINE PVOID ReadPointerAcquire(PVOID const volatile *Source) {
  PVOID Value = *Source;
  return Value;
}
FORCEINLINE PVOID ReadPointerNoFence(PVOID const volatile *Source) {
  PVOID Value = *Source;
  return Value;
}
FORCEINLINE VOID WriteRelease8(CHAR volatile *Destination, CHAR Value) {
  *Destination = Value;
}
FORCEINLINE VOID WriteRelease16(SHORT volatile *Destination, SHORT Value) {
  *Destination = Value;
}
FORCEINLINE VOID WriteRelease(LONG volatile *Destination, LONG Value) {
  *Destination = Value;
}
FORCEINLINE VOID WriteNoFence(LONG volatile *Destination, LONG Value) {
  *Destination = Value;
}
FORCEINLINE VOID WriteRelease64(LONG64 volatile *Destination, LONG64 Value) {
  *Destination = Value;
}
FORCEINLINE VOID WriteNoFence64(LONG64 volatile *Destination, LONG64 Value) {
  *Destination = Value;
}
FORCEINLINE VOID WritePointerRelease(PVOID volatile *Destination, PVOID Value) {
  *Destination = Value;
}
FORCEINLINE VOID WritePointerNoFence(PVOID volatile *Destination, PVOID Value) {
  *Destination = Value;
}

/* Typed wrappers forward to the sized primitives, as wdm.h does. */
FORCEINLINE ULONG ReadULongAcquire(ULONG const volatile *Source) {
  return (ULONG)ReadAcquire((LONG const volatile *)Source);
}
FORCEINLINE ULONG ReadULongNoFence(ULONG const volatile *Source) {
  return (ULONG)ReadNoFence((LONG const volatile *)Source);
}
FORCEINLINE VOID WriteULongRelease(ULONG volatile *Destination, ULONG Value) {
  WriteRelease((LONG volatile *)Destination, (LONG)Value);
}
FORCEINLINE BOOLEAN ReadBooleanAcquire(BOOLEAN const volatile *Source) {
  return (BOOLEAN)ReadAcquire8((CHAR const volatile *)Source);
}
FORCEINLINE VOID WriteBooleanRelease(BOOLEAN volatile *Destination, BOOLEAN Value) {
  WriteRelease8((CHAR volatile *)Destination, (CHAR)Value);
}
FORCEINLINE UCHAR ReadUCharAcquire(UCHAR const volatile *Source) {
  return (UCHAR)ReadAcquire8((CHAR const volatile *)Source);
}
FORCEINLINE VOID WriteUCharRelease(UCHAR volatile *Destination, UCHAR Value) {
  WriteRelease8((CHAR volatile *)Destination, (CHAR)Value);
}

#ifdef __cplusplus
}
#endif

#endif /* SIM_STORPORT_H */
