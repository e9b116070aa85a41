// The core race: a device-extension counter written in HwStorStartIo and
// read in HwStorTimer once concurrent channels are requested.
// RUN: %clang_analyze_cc1 %plain -verify %s
// RUN: %clang_analyze_cc1 %wdk -verify %s
// RUN: %clang_analyze_cc1 %plain -verify=serial -DNO_PERF %s
// RUN: %clang_analyze_cc1 %wdk -verify=serial -DNO_PERF %s
// serial-no-diagnostics
// Notes are verified in notes.c; here only the warnings matter.
// expected-note-re@*:* 0+ {{{{.*}}}}

#include "storport.h"

typedef struct _ADAPTER_EXTENSION {
  ULONG PendingCount;
  ULONG TimerTicks;
} ADAPTER_EXTENSION, *PADAPTER_EXTENSION;

BOOLEAN MpStartIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)DeviceExtension;
  Ext->PendingCount++; // expected-warning{{'ADAPTER_EXTENSION.PendingCount' is written in HwStorStartIo 'MpStartIo' and read in HwStorTimer 'MpTimer' without an interlocked operation or a common lock (concurrent channels are requested)}}
  // expected-warning@-1{{'ADAPTER_EXTENSION.PendingCount' is written in HwStorStartIo 'MpStartIo' and written in another instance of HwStorStartIo 'MpStartIo'}}
  return TRUE;
}

VOID MpTimer(PVOID DeviceExtension) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)DeviceExtension;
  if (Ext->PendingCount > 4)
    Ext->TimerTicks = 0;
}

BOOLEAN MpInitialize(PVOID DeviceExtension) {
#ifndef NO_PERF
  PERF_CONFIGURATION_DATA Cfg = {0};
  Cfg.Version = STOR_PERF_VERSION;
  Cfg.Size = sizeof(Cfg);
  Cfg.Flags = STOR_PERF_CONCURRENT_CHANNELS;
  Cfg.ConcurrentChannels = 4;
  StorPortInitializePerfOpts(DeviceExtension, FALSE, &Cfg);
#endif
  StorPortNotification(RequestTimerCall, DeviceExtension, MpTimer, 1000000);
  return TRUE;
}

ULONG DriverEntry(PVOID DriverObject, PVOID RegistryPath) {
  HW_INITIALIZATION_DATA Init = {0};
  Init.HwInitializationDataSize = sizeof(Init);
  Init.HwInitialize = MpInitialize;
  Init.HwStartIo = MpStartIo;
  return StorPortInitialize(DriverObject, RegistryPath, &Init, NULL);
}
