/*
 * Boilerplate for tests whose subject is not callback registration or the
 * perf-mode decision (those tests spell both out): a DriverEntry that
 * registers the given routines through HW_INITIALIZATION_DATA, and a helper
 * that requests concurrent channels from HwStorInitialize.
 */
#ifndef TEST_DRIVER_H
#define TEST_DRIVER_H

#include "storport.h"

#define TEST_DRIVER_ENTRY(FindAdapter, Initialize, StartIo)                   \
  ULONG DriverEntry(PVOID DriverObject, PVOID RegistryPath) {                  \
    HW_INITIALIZATION_DATA Init = {0};                                         \
    Init.HwInitializationDataSize = sizeof(Init);                              \
    Init.HwFindAdapter = FindAdapter;                                          \
    Init.HwInitialize = Initialize;                                            \
    Init.HwStartIo = StartIo;                                                  \
    return StorPortInitialize(DriverObject, RegistryPath, &Init, NULL);        \
  }

static ULONG TestRequestConcurrentChannels(PVOID DeviceExtension,
                                           ULONG Channels) {
  PERF_CONFIGURATION_DATA Cfg = {0};
  Cfg.Version = STOR_PERF_VERSION;
  Cfg.Size = sizeof(Cfg);
  Cfg.Flags = STOR_PERF_CONCURRENT_CHANNELS;
  Cfg.ConcurrentChannels = Channels;
  return StorPortInitializePerfOpts(DeviceExtension, FALSE, &Cfg);
}

#endif /* TEST_DRIVER_H */
