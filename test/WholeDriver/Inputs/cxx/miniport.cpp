#include "adapter.h"

BOOLEAN Adapter::HwStartIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb) {
  return static_cast<Adapter *>(DeviceExtension)->submit(Srb);
}

BOOLEAN Adapter::HwInitialize(PVOID DeviceExtension) {
  PERF_CONFIGURATION_DATA Cfg = {};
  Cfg.Version = STOR_PERF_VERSION;
  Cfg.Size = sizeof(Cfg);
  Cfg.Flags = STOR_PERF_CONCURRENT_CHANNELS;
  Cfg.ConcurrentChannels = 2;
  StorPortInitializePerfOpts(DeviceExtension, FALSE, &Cfg);
  StorPortNotification(RequestTimerCall, DeviceExtension, WatchdogTimer,
                       1000000);
  return TRUE;
}

extern "C" ULONG DriverEntry(PVOID DriverObject, PVOID RegistryPath) {
  HW_INITIALIZATION_DATA Init = {};
  Init.HwInitializationDataSize = sizeof(Init);
  Init.HwInitialize = Adapter::HwInitialize;
  Init.HwStartIo = Adapter::HwStartIo;
  return StorPortInitialize(DriverObject, RegistryPath, &Init, NULL);
}
