#include "shimdisk.h"
#include "timer.tmh"

_Use_decl_annotations_
VOID SdWatchdog(PVOID DeviceExtension) {
  PSD_ADAPTER Adapter = (PSD_ADAPTER)DeviceExtension;
  STOR_LOCK_HANDLE Lock = {0};
  LONG64 Bytes = Adapter->SubmittedBytes; /* BUG: StartIo adds unguarded */

  Adapter->WatchdogTicks++;
  WriteULongRelease(&Adapter->Health, Adapter->WatchdogTicks);
  if (InterlockedCompareExchange(&Adapter->Outstanding, 0, 0) > 0) {
    StorPortAcquireSpinLock(Adapter, InterruptLock, NULL, &Lock);
    Adapter->QueueDepth = 0;
    StorPortReleaseSpinLock(Adapter, &Lock);
  }
  SdTrace(TRACE_LEVEL_VERBOSE, TRACE_TIMER, "%I64d bytes", Bytes);
  StorPortNotification(RequestTimerCall, Adapter, SdWatchdog, 500 * 1000);
}

_Use_decl_annotations_
BOOLEAN SdResetBus(PVOID DeviceExtension, ULONG PathId) {
  StorPortCompleteRequest(DeviceExtension, (UCHAR)PathId, SP_UNTAGGED,
                          SP_UNTAGGED, SRB_STATUS_BUS_RESET);
  return TRUE;
}

_Use_decl_annotations_
SCSI_ADAPTER_CONTROL_STATUS SdAdapterControl(PVOID DeviceExtension,
                                             SCSI_ADAPTER_CONTROL_TYPE Type,
                                             PVOID Parameters) {
  PSCSI_SUPPORTED_CONTROL_TYPE_LIST List;
  PBOOLEAN Supported;
  UNREFERENCED_PARAMETER(DeviceExtension);
  switch (Type) {
  case ScsiQuerySupportedControlTypes:
    List = (PSCSI_SUPPORTED_CONTROL_TYPE_LIST)Parameters;
    Supported = List->SupportedTypeList; /* ANYSIZE_ARRAY */
    if (List->MaxControlType > ScsiStopAdapter)
      Supported[ScsiStopAdapter] = TRUE;
    return ScsiAdapterControlSuccess;
  case ScsiStopAdapter:
    return ScsiAdapterControlSuccess;
  default:
    return ScsiAdapterControlUnsuccessful;
  }
}
