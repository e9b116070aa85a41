// Interprocedural inside the translation unit: helpers several calls deep,
// lock wrappers that acquire in one function and release in another, and
// accessor macros. Where the analyzer's budget stops exploring a callback,
// the Stats option says so.
//
// RUN: %clang_analyze_cc1 %plain -verify %s
// RUN: %clang_analyze_cc1 %wdk -verify %s
// expected-note-re@*:* 0+ {{{{.*}}}}
//
// RUN: %clang_analyze_cc1 %plain -analyzer-config storport.CallbackRace:Stats=true %s 2>&1 | FileCheck --check-prefix=STATS %s
// STATS: storport.CallbackRace statistics:
// STATS: roots analysed: 4
// STATS: roots stopped by the budget: 0
// STATS: roots with paths cut at loops: 2
// STATS: callbacks not analysed as roots: 0
// STATS: concurrent-channel requests: 1
// STATS: races reported: 3
//
// A tiny node budget stops the exploration of the callbacks: the statistics
// name them instead of the checker guessing.
// RUN: %clang_analyze_cc1 %plain -analyzer-config max-nodes=20 -analyzer-config storport.CallbackRace:Stats=true %s 2>&1 | FileCheck --check-prefix=BUDGET %s
// BUDGET: roots stopped by the budget: {{[1-9]}}
// BUDGET-DAG: budget exhausted in: MpStartIo
// BUDGET-DAG: budget exhausted in: MpTimer

#include "test-driver.h"

typedef struct _ADAPTER_EXTENSION {
  ULONG Submitted;
  ULONG Completed;
  ULONG Guarded;
  ULONG Loop[16];
} ADAPTER_EXTENSION, *PADAPTER_EXTENSION;

#define ADAPTER(DevExt) ((PADAPTER_EXTENSION)(DevExt))
#define BUMP_SUBMITTED(DevExt) (ADAPTER(DevExt)->Submitted++)

static void QueueLock(PVOID DevExt, PSTOR_LOCK_HANDLE Handle) {
  StorPortAcquireSpinLock(DevExt, StartIoLock, NULL, Handle);
}
static void QueueUnlock(PVOID DevExt, PSTOR_LOCK_HANDLE Handle) {
  StorPortReleaseSpinLock(DevExt, Handle);
}

static void Account(PVOID DevExt) {
  BUMP_SUBMITTED(DevExt); // expected-warning{{'ADAPTER_EXTENSION.Submitted' is written in HwStorStartIo 'MpStartIo' and read in HwStorTimer 'MpTimer'}}
  // expected-warning@-1{{'ADAPTER_EXTENSION.Submitted' is written in HwStorStartIo 'MpStartIo' and written in another instance of HwStorStartIo 'MpStartIo'}}
}
static void Build(PVOID DevExt) { Account(DevExt); }
static void Dispatch(PVOID DevExt, PSCSI_REQUEST_BLOCK Srb) {
  STOR_LOCK_HANDLE Handle;
  Build(DevExt);
  QueueLock(DevExt, &Handle);
  ADAPTER(DevExt)->Guarded++;
  QueueUnlock(DevExt, &Handle);
}

BOOLEAN MpStartIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb) {
  int I;
  Dispatch(DeviceExtension, Srb);
  for (I = 0; I < 16; ++I)
    ADAPTER(DeviceExtension)->Loop[I] = 0; // expected-warning{{'ADAPTER_EXTENSION.Loop[]' is written in HwStorStartIo 'MpStartIo' and written in another instance of HwStorStartIo 'MpStartIo'}}
  return TRUE;
}

VOID MpTimer(PVOID DeviceExtension) {
  int I;
  ULONG Sum = ADAPTER(DeviceExtension)->Submitted +
              ADAPTER(DeviceExtension)->Guarded;
  for (I = 0; I < 16; ++I)
    Sum += ADAPTER(DeviceExtension)->Completed;
  StorPortDebugPrint(0, "%u\n", Sum);
}

BOOLEAN MpInitialize(PVOID DeviceExtension) {
  TestRequestConcurrentChannels(DeviceExtension, 4);
  StorPortNotification(RequestTimerCall, DeviceExtension, MpTimer, 1000);
  return TRUE;
}

TEST_DRIVER_ENTRY(NULL, MpInitialize, MpStartIo)
