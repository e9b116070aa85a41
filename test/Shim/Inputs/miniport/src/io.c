#include "shimdisk.h"
#include "io.tmh"

static __forceinline ULONG SdNextTag(_Inout_ PSD_ADAPTER Adapter) {
  return ++Adapter->LastTag; /* BUG: two channels can issue the same tag */
}

_Use_decl_annotations_
VOID SdSubmit(PSD_ADAPTER Adapter, PSTORAGE_REQUEST_BLOCK Srb, ULONG Channel) {
  PSD_SRB_EXTENSION Ext = (PSD_SRB_EXTENSION)SrbGetMiniportContext(Srb);
  STOR_LOCK_HANDLE Lock = {0};
  ULONG Length = SrbGetDataTransferLength(Srb);

  Ext->Tag = SdNextTag(Adapter);
  Adapter->SubmittedBytes += Length; /* BUG: not interlocked */
  InterlockedIncrement(&Adapter->Outstanding);
  InterlockedIncrement((LONG volatile *)&Adapter->Queues[Channel].InFlight);
  if (ReadULongAcquire(&Adapter->Health) == 0)
    SdTrace(TRACE_LEVEL_WARNING, TRACE_IO, "%!FUNC! watchdog not started");

  StorPortAcquireSpinLock(Adapter, InterruptLock, NULL, &Lock);
  Adapter->QueueDepth++;
  StorPortReleaseSpinLock(Adapter, &Lock);
  SdTrace(TRACE_LEVEL_VERBOSE, TRACE_IO, "tag %u on channel %u", Ext->Tag,
          Channel);
}

static UCHAR SdCheckCdb(_In_ PCDB Cdb, _In_ ULONG Length) {
  UCHAR Status = SRB_STATUS_SUCCESS;
  __try {
    if (Length < 6 || Cdb->CDB6GENERIC.OperationCode == SCSIOP_TEST_UNIT_READY)
      Status = SRB_STATUS_INVALID_REQUEST;
  } __except (EXCEPTION_EXECUTE_HANDLER) {
    Status = SRB_STATUS_ERROR;
  }
  return Status;
}

_Use_decl_annotations_
BOOLEAN SdStartIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Request) {
  PSD_ADAPTER Adapter = (PSD_ADAPTER)DeviceExtension;
  PSTORAGE_REQUEST_BLOCK Srb = (PSTORAGE_REQUEST_BLOCK)Request;
  STARTIO_PERFORMANCE_PARAMETERS Params = {0};
  ULONG Channel = 0;
  UCHAR Status;

  switch (SrbGetSrbFunction(Srb)) {
  case SRB_FUNCTION_EXECUTE_SCSI:
    Status = SdCheckCdb(SrbGetCdb(Srb), SrbGetCdbLength(Srb));
    if (Status != SRB_STATUS_SUCCESS)
      break;
    Params.Version = STOR_PERF_VERSION;
    Params.Size = sizeof(Params);
    if (StorPortGetStartIoPerfParams(Adapter, Request, &Params) ==
            STOR_STATUS_SUCCESS &&
        Params.ChannelNumber < Adapter->NumQueues)
      Channel = Params.ChannelNumber;
    SdSubmit(Adapter, Srb, Channel);
    return TRUE;
  case SRB_FUNCTION_RESET_BUS:
  case SRB_FUNCTION_RESET_LOGICAL_UNIT:
    Status = SRB_STATUS_SUCCESS;
    break;
  default:
    Status = SRB_STATUS_INVALID_REQUEST;
    break;
  }
  SrbSetSrbStatus(Srb, Status);
  StorPortNotification(RequestComplete, Adapter, Srb);
  return TRUE;
}

_Use_decl_annotations_
VOID SdCompletionDpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID Arg1,
                     PVOID Arg2) {
  PSD_ADAPTER Adapter = (PSD_ADAPTER)HwDeviceExtension;
  PSTORAGE_REQUEST_BLOCK Srb = (PSTORAGE_REQUEST_BLOCK)Arg1;
  UNREFERENCED_PARAMETER(Dpc);
  UNREFERENCED_PARAMETER(Arg2);
  InterlockedDecrement(&Adapter->Outstanding);
  SrbSetSrbStatus(Srb, SRB_STATUS_SUCCESS);
  StorPortNotification(RequestComplete, Adapter, Srb);
}
