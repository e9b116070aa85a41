// Concurrent channels are requested when some feasible path calls
// StorPortInitializePerfOpts(Ext, FALSE, &Cfg) -- or its raw
// StorPortExtendedFunction form -- with Cfg.Flags possibly containing
// STOR_PERF_CONCURRENT_CHANNELS and Cfg.ConcurrentChannels possibly > 1.
//
// RUN: %clang_analyze_cc1 %plain -verify=cc -DSET_DIRECT %s
// RUN: %clang_analyze_cc1 %wdk -verify=cc -DSET_DIRECT %s
// RUN: %clang_analyze_cc1 %wdk -DSTOR_SIM_DDI_MACROS -verify=cc -DSET_DIRECT %s
// RUN: %clang_analyze_cc1 %plain -verify=cc -DQUERY_THEN_SET %s
// RUN: %clang_analyze_cc1 %wdk -verify=cc -DQUERY_THEN_SET %s
// RUN: %clang_analyze_cc1 %plain -verify=cc -DFLAG_UNDER_CONDITION %s
// RUN: %clang_analyze_cc1 %wdk -verify=cc -DFLAG_UNDER_CONDITION %s
// RUN: %clang_analyze_cc1 %plain -verify=cc -DCHANNELS_FROM_EXTENSION %s
// RUN: %clang_analyze_cc1 %wdk -verify=cc -DCHANNELS_FROM_EXTENSION %s
// RUN: %clang_analyze_cc1 %plain -verify=cc -DRAW_FORM %s
// RUN: %clang_analyze_cc1 %wdk -verify=cc -DRAW_FORM %s
// RUN: %clang_analyze_cc1 %plain -verify=cc -DIN_HELPER %s
// RUN: %clang_analyze_cc1 %wdk -verify=cc -DIN_HELPER %s
// RUN: %clang_analyze_cc1 %plain -verify=cc -analyzer-config storport.CallbackRace:PerfMode=concurrent %s
// RUN: %clang_analyze_cc1 %wdk -verify=cc -analyzer-config storport.CallbackRace:PerfMode=concurrent %s
//
// RUN: %clang_analyze_cc1 %plain -verify=none %s
// RUN: %clang_analyze_cc1 %wdk -verify=none %s
// RUN: %clang_analyze_cc1 %plain -verify=none -DONE_CHANNEL %s
// RUN: %clang_analyze_cc1 %wdk -verify=none -DONE_CHANNEL %s
// RUN: %clang_analyze_cc1 %plain -verify=none -DOTHER_FLAGS %s
// RUN: %clang_analyze_cc1 %wdk -verify=none -DOTHER_FLAGS %s
// RUN: %clang_analyze_cc1 %plain -verify=none -DQUERY_ONLY %s
// RUN: %clang_analyze_cc1 %wdk -verify=none -DQUERY_ONLY %s
// RUN: %clang_analyze_cc1 %wdk -DSTOR_SIM_DDI_MACROS -verify=none -DQUERY_ONLY %s
// RUN: %clang_analyze_cc1 %plain -verify=none -DQUERY_THEN_MASK_OFF %s
// RUN: %clang_analyze_cc1 %wdk -verify=none -DQUERY_THEN_MASK_OFF %s
// RUN: %clang_analyze_cc1 %plain -verify=none -DINFEASIBLE %s
// RUN: %clang_analyze_cc1 %wdk -verify=none -DINFEASIBLE %s
// RUN: %clang_analyze_cc1 %plain -verify=none -DSET_DIRECT -analyzer-config storport.CallbackRace:PerfMode=serialized %s
// RUN: %clang_analyze_cc1 %wdk -verify=none -DSET_DIRECT -analyzer-config storport.CallbackRace:PerfMode=serialized %s
// none-no-diagnostics
// cc-note-re@*:* 0+ {{{{.*}}}}

#include "storport.h"

typedef struct _ADAPTER_EXTENSION {
  ULONG LastTag;
  ULONG NumberOfQueues;
  BOOLEAN MultiQueue;
} ADAPTER_EXTENSION, *PADAPTER_EXTENSION;

BOOLEAN MpStartIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)DeviceExtension;
  Srb->QueueTag = (UCHAR)Ext->LastTag++; // cc-warning{{'ADAPTER_EXTENSION.LastTag' is written in HwStorStartIo 'MpStartIo' and written in another instance of HwStorStartIo 'MpStartIo' without an interlocked operation or a common lock}}
  return TRUE;
}

#if defined(IN_HELPER)
static ULONG EnablePerf(PVOID DeviceExtension, ULONG Channels) {
  PERF_CONFIGURATION_DATA Cfg = {0};
  Cfg.Version = STOR_PERF_VERSION;
  Cfg.Size = sizeof(Cfg);
  Cfg.Flags = STOR_PERF_DPC_REDIRECTION | STOR_PERF_CONCURRENT_CHANNELS;
  Cfg.ConcurrentChannels = Channels;
  return StorPortInitializePerfOpts(DeviceExtension, FALSE, &Cfg);
}
#endif

BOOLEAN MpInitialize(PVOID DeviceExtension) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)DeviceExtension;
  PERF_CONFIGURATION_DATA Cfg = {0};
  Cfg.Version = STOR_PERF_VERSION;
  Cfg.Size = sizeof(Cfg);
#if defined(SET_DIRECT)
  Cfg.Flags = STOR_PERF_CONCURRENT_CHANNELS;
  Cfg.ConcurrentChannels = 8;
  StorPortInitializePerfOpts(DeviceExtension, FALSE, &Cfg);
#elif defined(QUERY_THEN_SET)
  if (StorPortInitializePerfOpts(DeviceExtension, TRUE, &Cfg) ==
      STOR_STATUS_SUCCESS) {
    Cfg.Flags &= STOR_PERF_DPC_REDIRECTION | STOR_PERF_CONCURRENT_CHANNELS;
    if (Cfg.Flags & STOR_PERF_CONCURRENT_CHANNELS)
      Cfg.ConcurrentChannels = 4;
    StorPortInitializePerfOpts(DeviceExtension, FALSE, &Cfg);
  }
#elif defined(FLAG_UNDER_CONDITION)
  Cfg.Flags = STOR_PERF_DPC_REDIRECTION;
  if (Ext->MultiQueue) {
    Cfg.Flags |= STOR_PERF_CONCURRENT_CHANNELS;
    Cfg.ConcurrentChannels = 2;
  }
  StorPortInitializePerfOpts(DeviceExtension, FALSE, &Cfg);
#elif defined(CHANNELS_FROM_EXTENSION)
  Cfg.Flags = STOR_PERF_CONCURRENT_CHANNELS;
  Cfg.ConcurrentChannels = Ext->NumberOfQueues;
  StorPortInitializePerfOpts(DeviceExtension, FALSE, &Cfg);
#elif defined(RAW_FORM)
  Cfg.Flags = STOR_PERF_CONCURRENT_CHANNELS;
  Cfg.ConcurrentChannels = 8;
  StorPortExtendedFunction(ExtFunctionInitializePerformanceOptimizations,
                           DeviceExtension, FALSE, &Cfg);
#elif defined(IN_HELPER)
  EnablePerf(DeviceExtension, 4);
#elif defined(ONE_CHANNEL)
  // One channel: Storport still takes the StartIo lock.
  Cfg.Flags = STOR_PERF_CONCURRENT_CHANNELS;
  Cfg.ConcurrentChannels = 1;
  StorPortInitializePerfOpts(DeviceExtension, FALSE, &Cfg);
#elif defined(OTHER_FLAGS)
  Cfg.Flags = STOR_PERF_DPC_REDIRECTION | STOR_PERF_INTERRUPT_MESSAGE_RANGES;
  Cfg.ConcurrentChannels = 8;
  StorPortInitializePerfOpts(DeviceExtension, FALSE, &Cfg);
#elif defined(QUERY_ONLY)
  // Asking what Storport supports enables nothing.
  StorPortInitializePerfOpts(DeviceExtension, TRUE, &Cfg);
#elif defined(QUERY_THEN_MASK_OFF)
  StorPortInitializePerfOpts(DeviceExtension, TRUE, &Cfg);
  Cfg.Flags &= STOR_PERF_DPC_REDIRECTION;
  Cfg.ConcurrentChannels = 4;
  StorPortInitializePerfOpts(DeviceExtension, FALSE, &Cfg);
#elif defined(INFEASIBLE)
  Cfg.Flags = STOR_PERF_CONCURRENT_CHANNELS;
  Cfg.ConcurrentChannels = 4;
  Cfg.Size = 0;
  if (Cfg.Size != 0) // never true
    StorPortInitializePerfOpts(DeviceExtension, FALSE, &Cfg);
#endif
  return TRUE;
}

ULONG DriverEntry(PVOID DriverObject, PVOID RegistryPath) {
  HW_INITIALIZATION_DATA Init = {0};
  Init.HwInitializationDataSize = sizeof(Init);
  Init.HwInitialize = MpInitialize;
  Init.HwStartIo = MpStartIo;
  return StorPortInitialize(DriverObject, RegistryPath, &Init, NULL);
}
