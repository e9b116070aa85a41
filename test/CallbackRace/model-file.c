// The model file adds lock wrappers and interlocked helpers whose bodies are
// out of view, and per-driver defaults, without recompiling; every mistake
// in it is a clear error.
//
// RUN: %clang_analyze_cc1 %plain -analyzer-config storport.CallbackRace:ModelFile=%S/Inputs/wrappers.json -verify=model %s
// RUN: %clang_analyze_cc1 %wdk -analyzer-config storport.CallbackRace:ModelFile=%S/Inputs/wrappers.json -verify=model %s
// RUN: %clang_analyze_cc1 %plain -verify=model,nomodel %s
// RUN: %clang_analyze_cc1 %wdk -verify=model,nomodel %s
// RUN: %clang_analyze_cc1 %plain -analyzer-config storport.CallbackRace:ModelFile=%S/Inputs/serialized.json -verify=serial %s
// serial-no-diagnostics
// model-note-re@*:* 0+ {{{{.*}}}}
//
// RUN: %not %clang_analyze_cc1 %plain -analyzer-config storport.CallbackRace:ModelFile=%S/Inputs/bad-role.json %s 2>&1 | FileCheck --check-prefix=BADROLE %s
// BADROLE: error: storport.CallbackRace: {{.*}}bad-role.json: roles[0]: unknown role 'HwStorBuildIoo'
// RUN: %not %clang_analyze_cc1 %plain -analyzer-config storport.CallbackRace:ModelFile=%S/Inputs/bad-lock.json %s 2>&1 | FileCheck --check-prefix=BADLOCK %s
// BADLOCK: error: storport.CallbackRace: {{.*}}bad-lock.json: locks[0]: needs "lock"
// RUN: %not %clang_analyze_cc1 %plain -analyzer-config storport.CallbackRace:ModelFile=%S/Inputs/bad-key.json %s 2>&1 | FileCheck --check-prefix=BADKEY %s
// BADKEY: error: storport.CallbackRace: {{.*}}bad-key.json: rolez: unknown key
// RUN: %not %clang_analyze_cc1 %plain -analyzer-config storport.CallbackRace:ModelFile=%S/Inputs/bad-json.json %s 2>&1 | FileCheck --check-prefix=BADJSON %s
// BADJSON: error: storport.CallbackRace: {{.*}}bad-json.json: invalid JSON
// RUN: %not %clang_analyze_cc1 %plain -analyzer-config storport.CallbackRace:ModelFile=%S/Inputs/missing.json %s 2>&1 | FileCheck --check-prefix=MISSING %s
// MISSING: error: storport.CallbackRace: cannot read model file '{{.*}}missing.json'
// RUN: %not %clang_analyze_cc1 %plain -analyzer-config storport.CallbackRace:PerfMode=sometimes %s 2>&1 | FileCheck --check-prefix=BADOPT %s
// BADOPT: error: storport.CallbackRace: invalid value 'sometimes' for option PerfMode; expected auto, concurrent or serialized
// RUN: %not %clang_analyze_cc1 %plain -analyzer-config storport.CallbackRace:Duplex=quarter %s 2>&1 | FileCheck --check-prefix=BADDUPLEX %s
// BADDUPLEX: error: storport.CallbackRace: invalid value 'quarter' for option Duplex; expected auto, full or half

#include "test-driver.h"

typedef struct _LIST {
  PVOID Head;
  ULONG Lock;
} LIST, *PLIST;

typedef struct _ADAPTER_EXTENSION {
  ULONG Queued;   // under the adapter lock wrapper
  LIST Pending;   // under its own lock, passed by address
  LONG Counter;   // through out-of-view atomic helpers
  ULONG Unguarded;
} ADAPTER_EXTENSION, *PADAPTER_EXTENSION;

// An OS abstraction layer whose bodies live in another library.
void OsAcquireAdapterLock(PVOID DevExt);
void OsReleaseAdapterLock(PVOID DevExt);
void OsAcquireListLock(PULONG Lock);
void OsReleaseListLock(PULONG Lock);
LONG OsAtomicBump(LONG Delta, LONG *Target);
LONG OsAtomicPeek(LONG *Target);

BOOLEAN MpStartIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)DeviceExtension;
  OsAcquireAdapterLock(Ext);
  Ext->Queued++; // nomodel-warning{{'ADAPTER_EXTENSION.Queued' is written in HwStorStartIo 'MpStartIo' and written in another instance of HwStorStartIo 'MpStartIo'}}
  OsReleaseAdapterLock(Ext);
  OsAcquireListLock(&Ext->Pending.Lock);
  Ext->Pending.Head = Srb; // nomodel-warning{{'ADAPTER_EXTENSION.Pending.Head' is written in HwStorStartIo 'MpStartIo' and written in another instance of HwStorStartIo 'MpStartIo'}}
  // nomodel-warning@-1{{'ADAPTER_EXTENSION.Pending.Head' is written in HwStorStartIo 'MpStartIo' and written in HwStorTimer 'MpTimer'}}
  OsReleaseListLock(&Ext->Pending.Lock);
  OsAtomicBump(1, &Ext->Counter);
  Ext->Unguarded = 1; // model-warning{{'ADAPTER_EXTENSION.Unguarded' is written in HwStorStartIo 'MpStartIo' and written in another instance of HwStorStartIo 'MpStartIo'}}
  return TRUE;
}

VOID MpTimer(PVOID DeviceExtension) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)DeviceExtension;
  OsAcquireListLock(&Ext->Pending.Lock);
  Ext->Pending.Head = NULL;
  OsReleaseListLock(&Ext->Pending.Lock);
  if (OsAtomicPeek(&Ext->Counter) > 10)
    StorPortDebugPrint(0, "busy\n");
}

BOOLEAN MpInitialize(PVOID DeviceExtension) {
  TestRequestConcurrentChannels(DeviceExtension, 4);
  StorPortNotification(RequestTimerCall, DeviceExtension, MpTimer, 1000);
  return TRUE;
}

TEST_DRIVER_ENTRY(NULL, MpInitialize, MpStartIo)
