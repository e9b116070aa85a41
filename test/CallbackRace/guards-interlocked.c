// Interlocked operations guard shared state in every spelling real headers
// produce: plain functions (plain shape) and macros over MSVC _Interlocked*
// intrinsics (WDK shape); 8/16/64/Pointer sizes; Acquire/Release/NoFence;
// bit test-and-set/reset; GCC/Clang __atomic_* and __sync_* builtins; C11
// atomics; the ReadAcquire/WriteRelease/Read*NoFence family. volatile is not
// a guard, and plain accesses to interlocked-written state still race.
//
// RUN: %clang_analyze_cc1 %plain -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify %s
// RUN: %clang_analyze_cc1 %wdk -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify %s
// expected-note-re@*:* 0+ {{{{.*}}}}

#include "test-driver.h"

typedef struct _ADAPTER_EXTENSION {
  LONG Outstanding;
  LONG Exchanged;
  LONG Added;
  LONG Compared;
  LONG Masked;
  LONG Ordered;
  SHORT Small;
  CHAR Tiny;
  LONG64 Large;
  PVOID Current;
  LONG Bits;
  LONG64 Bits64;
  LONG Published;
  ULONG State;
  BOOLEAN Ready;
  LONG Builtin;
  LONG Synced;
  _Atomic LONG C11Counter;
  LONG C11Builtin;
  // Races:
  volatile LONG VolatileCount;
  LONG MixedCount;
  LONG MixedFlag;
} ADAPTER_EXTENSION, *PADAPTER_EXTENSION;

BOOLEAN MpStartIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)DeviceExtension;
  PVOID Old;

  InterlockedIncrement(&Ext->Outstanding);
  InterlockedExchange(&Ext->Exchanged, 1);
  InterlockedExchangeAdd(&Ext->Added, 4);
  InterlockedAdd(&Ext->Added, 4);
  InterlockedCompareExchange(&Ext->Compared, 1, 0);
  InterlockedOr(&Ext->Masked, 0x10);
  InterlockedAnd(&Ext->Masked, ~0x10);
  InterlockedXor(&Ext->Masked, 1);
  InterlockedIncrementAcquire(&Ext->Ordered);
  InterlockedDecrementRelease(&Ext->Ordered);
  InterlockedIncrementNoFence(&Ext->Ordered);
  InterlockedCompareExchangeAcquire(&Ext->Ordered, 2, 1);
  InterlockedIncrement16(&Ext->Small);
  InterlockedExchange8(&Ext->Tiny, 1);
  InterlockedIncrement64(&Ext->Large);
  InterlockedExchangeAdd64(&Ext->Large, 8);
  Old = InterlockedExchangePointer(&Ext->Current, Srb);
  InterlockedCompareExchangePointer(&Ext->Current, NULL, Old);
  InterlockedBitTestAndSet(&Ext->Bits, 3);
  InterlockedBitTestAndSet64(&Ext->Bits64, 40);
  WriteRelease(&Ext->Published, 1);
  WriteULongRelease(&Ext->State, 2);
  WriteBooleanRelease(&Ext->Ready, TRUE);
  __atomic_fetch_add(&Ext->Builtin, 1, __ATOMIC_SEQ_CST);
  __sync_fetch_and_add(&Ext->Synced, 1);
  Ext->C11Counter++;
  __c11_atomic_fetch_add((_Atomic LONG *)&Ext->C11Builtin, 1,
                         __ATOMIC_RELAXED);

  Ext->VolatileCount++; // expected-warning{{'ADAPTER_EXTENSION.VolatileCount' is written in HwStorStartIo 'MpStartIo' and read in HwStorTimer 'MpTimer'}}
  // expected-warning@-1{{'ADAPTER_EXTENSION.VolatileCount' is written in HwStorStartIo 'MpStartIo' and written in another instance of HwStorStartIo 'MpStartIo'}}
  InterlockedIncrement(&Ext->MixedCount);
  InterlockedBitTestAndReset(&Ext->MixedFlag, 0);
  return TRUE;
}

VOID MpTimer(PVOID DeviceExtension) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)DeviceExtension;
  LONG Sum = 0;

  Sum += InterlockedDecrement(&Ext->Outstanding);
  Sum += InterlockedExchange(&Ext->Exchanged, 0);
  Sum += InterlockedCompareExchange(&Ext->Added, 0, 0);
  Sum += InterlockedCompareExchange(&Ext->Compared, 0, 1);
  Sum += InterlockedOrNoFence(&Ext->Masked, 0);
  Sum += InterlockedDecrementAcquire(&Ext->Ordered);
  Sum += InterlockedCompareExchange16(&Ext->Small, 0, 0);
  Sum += InterlockedOr8(&Ext->Tiny, 0);
  Sum += (LONG)InterlockedCompareExchange64(&Ext->Large, 0, 0);
  Sum += InterlockedAndNoFence64(&Ext->Large, -1) != 0;
  Sum += InterlockedExchangePointer(&Ext->Current, NULL) != NULL;
  Sum += InterlockedBitTestAndReset(&Ext->Bits, 3);
  Sum += InterlockedBitTestAndReset64(&Ext->Bits64, 40);
  Sum += ReadAcquire(&Ext->Published);
  Sum += ReadNoFence(&Ext->Published);
  Sum += (LONG)ReadULongAcquire(&Ext->State);
  Sum += ReadBooleanAcquire(&Ext->Ready);
  Sum += __atomic_load_n(&Ext->Builtin, __ATOMIC_ACQUIRE);
  Sum += __sync_fetch_and_sub(&Ext->Synced, 1);
  Sum += Ext->C11Counter;
  Sum += __c11_atomic_load((_Atomic LONG *)&Ext->C11Builtin, __ATOMIC_RELAXED);

  Sum += Ext->VolatileCount;
  // Plain reads of state the other side changes with interlocked operations.
  Sum += Ext->MixedCount; // expected-warning{{'ADAPTER_EXTENSION.MixedCount' is read in HwStorTimer 'MpTimer' and written with an interlocked operation in HwStorStartIo 'MpStartIo' without an interlocked operation or a common lock}}
  if (Ext->MixedFlag & 1) // expected-warning{{'ADAPTER_EXTENSION.MixedFlag' is read in HwStorTimer 'MpTimer' and written with an interlocked operation in HwStorStartIo 'MpStartIo'}}
    Sum++;
  StorPortDebugPrint(0, "%d\n", Sum);
}

BOOLEAN MpInitialize(PVOID DeviceExtension) {
  StorPortNotification(RequestTimerCall, DeviceExtension, MpTimer, 1000);
  return TRUE;
}

TEST_DRIVER_ENTRY(NULL, MpInitialize, MpStartIo)
