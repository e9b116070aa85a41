#include "shimdisk.h"
#include "init.tmh"

#ifdef ALLOC_PRAGMA
#pragma alloc_text(INIT, DriverEntry)
#endif

_Use_decl_annotations_
ULONG SdFindAdapter(PVOID DeviceExtension, PVOID HwContext, PVOID BusInformation,
                    PCHAR ArgumentString,
                    PPORT_CONFIGURATION_INFORMATION ConfigInfo, PBOOLEAN Again) {
  PSD_ADAPTER Adapter = (PSD_ADAPTER)DeviceExtension;
  UNREFERENCED_PARAMETER(HwContext);
  UNREFERENCED_PARAMETER(BusInformation);
  UNREFERENCED_PARAMETER(ArgumentString);
  *Again = FALSE;
  ConfigInfo->SynchronizationModel = StorSynchronizeFullDuplex;
  ConfigInfo->MaximumTransferLength = SP_UNINITIALIZED_VALUE;
  ConfigInfo->SrbType = SRB_TYPE_STORAGE_REQUEST_BLOCK;
  ConfigInfo->AddressType = STORAGE_ADDRESS_TYPE_BTL8;
  ConfigInfo->Dma64BitAddresses = SCSI_DMA64_MINIPORT_FULL64BIT_SUPPORTED;
  Adapter->NumQueues =
      min(KeQueryActiveProcessorCountEx(ALL_PROCESSOR_GROUPS), SD_MAX_QUEUES);
  SdTrace(TRACE_LEVEL_INFORMATION, TRACE_INIT, "%!FUNC! queues %u",
          Adapter->NumQueues);
  return SP_RETURN_FOUND;
}

_Use_decl_annotations_
BOOLEAN SdInitialize(PVOID DeviceExtension) {
  PSD_ADAPTER Adapter = (PSD_ADAPTER)DeviceExtension;
  ULONG Status;
  RtlZeroMemory(&Adapter->Perf, sizeof(Adapter->Perf));
  Adapter->Perf.Version = STOR_PERF_VERSION;
  Adapter->Perf.Size = sizeof(PERF_CONFIGURATION_DATA);
  Status = StorPortInitializePerfOpts(Adapter, TRUE, &Adapter->Perf);
  if (Status == STOR_STATUS_SUCCESS &&
      (Adapter->Perf.Flags & STOR_PERF_CONCURRENT_CHANNELS)) {
    Adapter->Perf.Flags = STOR_PERF_CONCURRENT_CHANNELS;
    Adapter->Perf.ConcurrentChannels = Adapter->NumQueues;
    Status = StorPortInitializePerfOpts(Adapter, FALSE, &Adapter->Perf);
  }
  StorPortEnablePassiveInitialization(Adapter, SdPassiveInitialize);
  StorPortNotification(RequestTimerCall, Adapter, SdWatchdog, 500 * 1000);
  return Status == STOR_STATUS_SUCCESS;
}

_Use_decl_annotations_
BOOLEAN SdPassiveInitialize(PVOID DeviceExtension) {
  PSD_ADAPTER Adapter = (PSD_ADAPTER)DeviceExtension;
  StorPortInitializeDpc(Adapter, &Adapter->CompletionDpc, SdCompletionDpc);
  return TRUE;
}

_Use_decl_annotations_
ULONG DriverEntry(PVOID DriverObject, PVOID RegistryPath) {
  HW_INITIALIZATION_DATA Init;
  ULONG Status;
  WPP_INIT_TRACING(DriverObject, RegistryPath);
  RtlZeroMemory(&Init, sizeof(Init));
  Init.HwInitializationDataSize = sizeof(HW_INITIALIZATION_DATA);
  Init.AdapterInterfaceType = PCIBus;
  Init.HwFindAdapter = SdFindAdapter;
  Init.HwInitialize = SdInitialize;
  Init.HwStartIo = SdStartIo;
  Init.HwResetBus = SdResetBus;
  Init.HwAdapterControl = SdAdapterControl;
  Init.DeviceExtensionSize = sizeof(SD_ADAPTER);
  Init.SrbExtensionSize = sizeof(SD_SRB_EXTENSION);
  Init.NumberOfAccessRanges = 1;
  Init.MapBuffers = STOR_MAP_NON_READ_WRITE_BUFFERS;
  Init.TaggedQueuing = TRUE;
  Init.AutoRequestSense = TRUE;
  Init.MultipleRequestPerLu = TRUE;
  Init.FeatureSupport |= STOR_FEATURE_FULL_PNP_DEVICE_CAPABILITIES;
  Status = StorPortInitialize(DriverObject, RegistryPath, &Init, NULL);
  if (Status != STATUS_SUCCESS)
    WPP_CLEANUP(DriverObject);
  return Status;
}
