/*
 * Simulated Storport header for tests, written from Microsoft's public
 * documentation; not the WDK header.
 *
 * SHAPE "plain": every DDI, Interlocked and Read/Write-fence routine is an
 * ordinary external prototype (no bodies, no macros, no intrinsics). Works
 * natively (LP64: LONG/ULONG become int) and with --target=*-windows-msvc.
 * Declares exactly the same names as test/Inputs/wdk/storport.h.
 */
#ifndef SIM_STORPORT_H
#define SIM_STORPORT_H

#define SIM_STORPORT_SHAPE_PLAIN 1

#ifdef __cplusplus
extern "C" {
#endif

#include "../common/storport-common.h"
/* ---- DDIs that the WDK implements as inline wrappers; plain prototypes here
 *      (storport.h function pages, e.g. StorPortAcquireSpinLock,
 *      StorPortInitializePerfOpts, StorPortRequestTimer, StorPortIssueDpc) ---- */

VOID StorPortAcquireSpinLock(PVOID DeviceExtension, STOR_SPINLOCK SpinLock, PVOID LockContext,
                             PSTOR_LOCK_HANDLE LockHandle);
VOID StorPortReleaseSpinLock(PVOID DeviceExtension, PSTOR_LOCK_HANDLE LockHandle);
ULONG StorPortAcquireSpinLockEx(PVOID DeviceExtension, STOR_SPINLOCK SpinLock, PVOID LockContext,
                                PSTOR_LOCK_HANDLE LockHandle);
ULONG StorPortInitializePerfOpts(PVOID HwDeviceExtension, BOOLEAN Query,
                                 PPERF_CONFIGURATION_DATA PerfConfigData);
ULONG StorPortGetStartIoPerfParams(PVOID HwDeviceExtension, PSCSI_REQUEST_BLOCK Srb,
                                   PSTARTIO_PERFORMANCE_PARAMETERS StartIoPerfParams);
ULONG StorPortInitializeTimer(PVOID HwDeviceExtension, PVOID *TimerHandle);
ULONG StorPortRequestTimer(PVOID HwDeviceExtension, PVOID TimerHandle, PHW_TIMER_EX TimerCallback,
                           PVOID CallbackContext, ULONGLONG TimerValue, ULONGLONG TolerableDelay);
ULONG StorPortFreeTimer(PVOID HwDeviceExtension, PVOID TimerHandle);
ULONG StorPortAcquireMSISpinLock(PVOID HwDeviceExtension, ULONG MessageId, PULONG OldIrql);
ULONG StorPortReleaseMSISpinLock(PVOID HwDeviceExtension, ULONG MessageId, ULONG OldIrql);
VOID StorPortInitializeDpc(PVOID DeviceExtension, PSTOR_DPC Dpc, PHW_DPC_ROUTINE HwDpcRoutine);
BOOLEAN StorPortIssueDpc(PVOID DeviceExtension, PSTOR_DPC Dpc, PVOID SystemArgument1,
                         PVOID SystemArgument2);
BOOLEAN
StorPortEnablePassiveInitialization(PVOID DeviceExtension,
                                    PHW_PASSIVE_INITIALIZE_ROUTINE HwPassiveInitializeRoutine);

/* ---- Interlocked operations (wdm.h/winnt.h InterlockedXxx pages) ---- */

LONG InterlockedIncrement(LONG volatile *Addend);
LONG InterlockedDecrement(LONG volatile *Addend);
LONG InterlockedExchange(LONG volatile *Target, LONG Value);
LONG InterlockedExchangeAdd(LONG volatile *Addend, LONG Value);
LONG InterlockedAdd(LONG volatile *Addend, LONG Value);
LONG InterlockedCompareExchange(LONG volatile *Destination, LONG ExChange, LONG Comperand);
LONG InterlockedAnd(LONG volatile *Destination, LONG Value);
LONG InterlockedOr(LONG volatile *Destination, LONG Value);
LONG InterlockedXor(LONG volatile *Destination, LONG Value);
SHORT InterlockedIncrement16(SHORT volatile *Addend);
SHORT InterlockedDecrement16(SHORT volatile *Addend);
SHORT InterlockedCompareExchange16(SHORT volatile *Destination, SHORT ExChange, SHORT Comperand);
CHAR InterlockedAnd8(CHAR volatile *Destination, CHAR Value);
CHAR InterlockedOr8(CHAR volatile *Destination, CHAR Value);
CHAR InterlockedExchange8(CHAR volatile *Target, CHAR Value);
LONG64 InterlockedIncrement64(LONG64 volatile *Addend);
LONG64 InterlockedDecrement64(LONG64 volatile *Addend);
LONG64 InterlockedExchange64(LONG64 volatile *Target, LONG64 Value);
LONG64 InterlockedExchangeAdd64(LONG64 volatile *Addend, LONG64 Value);
LONG64 InterlockedCompareExchange64(LONG64 volatile *Destination, LONG64 ExChange,
                                    LONG64 Comperand);
PVOID InterlockedExchangePointer(PVOID volatile *Target, PVOID Value);
PVOID InterlockedCompareExchangePointer(PVOID volatile *Destination, PVOID Exchange,
                                        PVOID Comperand);
LONG InterlockedIncrementAcquire(LONG volatile *Addend);
LONG InterlockedIncrementRelease(LONG volatile *Addend);
LONG InterlockedIncrementNoFence(LONG volatile *Addend);
LONG InterlockedDecrementAcquire(LONG volatile *Addend);
LONG InterlockedDecrementRelease(LONG volatile *Addend);
LONG InterlockedCompareExchangeAcquire(LONG volatile *Destination, LONG ExChange, LONG Comperand);
LONG InterlockedCompareExchangeRelease(LONG volatile *Destination, LONG ExChange, LONG Comperand);
LONG InterlockedOrNoFence(LONG volatile *Destination, LONG Value);
LONG64 InterlockedAndNoFence64(LONG64 volatile *Destination, LONG64 Value);
SHORT InterlockedIncrementAcquire16(SHORT volatile *Addend);
BOOLEAN InterlockedBitTestAndSet(LONG volatile *Base, LONG Offset);
BOOLEAN InterlockedBitTestAndReset(LONG volatile *Base, LONG Offset);
BOOLEAN InterlockedBitTestAndSet64(LONG64 volatile *Base, LONG64 Offset);
BOOLEAN InterlockedBitTestAndReset64(LONG64 volatile *Base, LONG64 Offset);

/* ---- Ordered loads/stores (wdm.h ReadAcquire / WriteRelease family) ---- */

CHAR ReadAcquire8(CHAR const volatile *Source);
CHAR ReadNoFence8(CHAR const volatile *Source);
SHORT ReadAcquire16(SHORT const volatile *Source);
SHORT ReadNoFence16(SHORT const volatile *Source);
LONG ReadAcquire(LONG const volatile *Source);
LONG ReadNoFence(LONG const volatile *Source);
LONG64 ReadAcquire64(LONG64 const volatile *Source);
LONG64 ReadNoFence64(LONG64 const volatile *Source);
PVOID ReadPointerAcquire(PVOID const volatile *Source);
PVOID ReadPointerNoFence(PVOID const volatile *Source);
VOID WriteRelease8(CHAR volatile *Destination, CHAR Value);
VOID WriteRelease16(SHORT volatile *Destination, SHORT Value);
VOID WriteRelease(LONG volatile *Destination, LONG Value);
VOID WriteNoFence(LONG volatile *Destination, LONG Value);
VOID WriteRelease64(LONG64 volatile *Destination, LONG64 Value);
VOID WriteNoFence64(LONG64 volatile *Destination, LONG64 Value);
VOID WritePointerRelease(PVOID volatile *Destination, PVOID Value);
VOID WritePointerNoFence(PVOID volatile *Destination, PVOID Value);
ULONG ReadULongAcquire(ULONG const volatile *Source);
ULONG ReadULongNoFence(ULONG const volatile *Source);
VOID WriteULongRelease(ULONG volatile *Destination, ULONG Value);
BOOLEAN ReadBooleanAcquire(BOOLEAN const volatile *Source);
VOID WriteBooleanRelease(BOOLEAN volatile *Destination, BOOLEAN Value);
UCHAR ReadUCharAcquire(UCHAR const volatile *Source);
VOID WriteUCharRelease(UCHAR volatile *Destination, UCHAR Value);

#ifdef __cplusplus
}
#endif

#endif /* SIM_STORPORT_H */
