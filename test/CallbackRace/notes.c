// Every report explains itself: the call chain to each access, the locks
// each side holds, the other access, where each callback was registered and
// where concurrent channels were requested. All notes are verified here.
//
// RUN: %clang_analyze_cc1 %plain -analyzer-output=text -verify %s
// RUN: %clang_analyze_cc1 %wdk -analyzer-output=text -verify %s

#include "storport.h"

typedef struct _STATISTICS {
  ULONG Outstanding;
} STATISTICS;

typedef struct _ADAPTER_EXTENSION {
  STATISTICS Stats;
  ULONG Sequence;
} ADAPTER_EXTENSION, *PADAPTER_EXTENSION;

static void AccountIo(PADAPTER_EXTENSION Ext) {
  Ext->Stats.Outstanding++; // expected-warning{{'ADAPTER_EXTENSION.Stats.Outstanding' is written in HwStorStartIo 'MpStartIo' and read in HwStorTimer 'MpTimer' without an interlocked operation or a common lock (concurrent channels are requested)}}
  // expected-note@-1{{'ADAPTER_EXTENSION.Stats.Outstanding' is written in HwStorStartIo 'MpStartIo' and read in HwStorTimer 'MpTimer' without an interlocked operation or a common lock (concurrent channels are requested)}}
  // expected-note@-2 2 {{HwStorStartIo 'MpStartIo' holds no lock here; with concurrent channels Storport does not take the StartIo lock before calling it}}
  // Under concurrent channels, StartIo also races with itself:
  // expected-warning@-4{{'ADAPTER_EXTENSION.Stats.Outstanding' is written in HwStorStartIo 'MpStartIo' and written in another instance of HwStorStartIo 'MpStartIo' without an interlocked operation or a common lock (concurrent channels are requested)}}
  // expected-note@-5{{'ADAPTER_EXTENSION.Stats.Outstanding' is written in HwStorStartIo 'MpStartIo' and written in another instance of HwStorStartIo 'MpStartIo' without an interlocked operation or a common lock (concurrent channels are requested)}}
  // expected-note@-6{{the other access: 'ADAPTER_EXTENSION.Stats.Outstanding' is written here in another instance of HwStorStartIo 'MpStartIo', holding no lock}}
}

static void SubmitIo(PADAPTER_EXTENSION Ext) {
  AccountIo(Ext); // expected-note 2 {{'SubmitIo' calls 'AccountIo'}}
}

HW_STARTIO MpStartIo;
BOOLEAN MpStartIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)DeviceExtension;
  SubmitIo(Ext); // expected-note 2 {{'MpStartIo' calls 'SubmitIo'}}
  Srb->QueueTag = (UCHAR)InterlockedIncrement((LONG *)&Ext->Sequence);
  return TRUE;
}

static ULONG ReadOutstanding(PADAPTER_EXTENSION Ext) {
  return Ext->Stats.Outstanding; // expected-note{{the other access: 'ADAPTER_EXTENSION.Stats.Outstanding' is read here in HwStorTimer 'MpTimer', holding StartIoLock (taken by Storport)}}
}

VOID MpTimer(PVOID DeviceExtension) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)DeviceExtension;
  if (ReadOutstanding(Ext) > 100) // expected-note{{'MpTimer' calls 'ReadOutstanding'}}
    StorPortDebugPrint(0, "stalled\n");
}

ULONG MpFindAdapter(PVOID DeviceExtension, PVOID HwContext,
                    PVOID BusInformation, PCHAR ArgumentString,
                    PPORT_CONFIGURATION_INFORMATION ConfigInfo,
                    PBOOLEAN Reserved3) {
  ConfigInfo->SynchronizationModel = StorSynchronizeFullDuplex;
  return SP_RETURN_FOUND;
}

BOOLEAN MpInitialize(PVOID DeviceExtension) {
  PERF_CONFIGURATION_DATA Cfg = {0};
  Cfg.Version = STOR_PERF_VERSION;
  Cfg.Size = sizeof(Cfg);
  StorPortInitializePerfOpts(DeviceExtension, TRUE, &Cfg);
  Cfg.Flags &= STOR_PERF_CONCURRENT_CHANNELS;
  Cfg.ConcurrentChannels = 2;
  StorPortInitializePerfOpts(DeviceExtension, FALSE, &Cfg); // expected-note 2 {{concurrent channels are requested here (STOR_PERF_CONCURRENT_CHANNELS with more than one channel): HwStorStartIo runs without the StartIo lock, concurrently with itself and with timers}}
  StorPortNotification(RequestTimerCall, DeviceExtension, MpTimer, 1000); // expected-note{{'MpTimer' is registered as HwStorTimer here, by StorPortNotification(RequestTimerCall)}}
  return TRUE;
}

ULONG DriverEntry(PVOID DriverObject, PVOID RegistryPath) {
  HW_INITIALIZATION_DATA Init = {0};
  Init.HwInitializationDataSize = sizeof(Init);
  Init.HwFindAdapter = MpFindAdapter;
  Init.HwInitialize = MpInitialize;
  Init.HwStartIo = MpStartIo; // expected-note 2 {{'MpStartIo' is registered as HwStorStartIo here, as HwStartIo of the HW_INITIALIZATION_DATA passed to StorPortInitialize}}
  return StorPortInitialize(DriverObject, RegistryPath, &Init, NULL);
}
