#include "adapter.h"

BOOLEAN MpInitialize(PVOID DeviceExtension) {
  PERF_CONFIGURATION_DATA Cfg = {0};
  Cfg.Version = STOR_PERF_VERSION;
  Cfg.Size = sizeof(Cfg);
  StorPortInitializePerfOpts(DeviceExtension, TRUE, &Cfg);
  Cfg.Flags &= STOR_PERF_CONCURRENT_CHANNELS | STOR_PERF_DPC_REDIRECTION;
  Cfg.ConcurrentChannels = 4;
  StorPortInitializePerfOpts(DeviceExtension, FALSE, &Cfg);
  StorPortNotification(RequestTimerCall, DeviceExtension, MpTimer, 500000);
  return TRUE;
}

ULONG DriverEntry(PVOID DriverObject, PVOID RegistryPath) {
  HW_INITIALIZATION_DATA Init = {0};
  Init.HwInitializationDataSize = sizeof(Init);
  Init.HwInitialize = MpInitialize;
  Init.HwStartIo = MpStartIo;
  return StorPortInitialize(DriverObject, RegistryPath, &Init, NULL);
}
