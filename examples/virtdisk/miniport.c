/*
 * virtdisk: an example Storport miniport for a paravirtual disk controller,
 * written to show what storport.CallbackRace finds. It is not a working
 * driver (no real device, no power management, no error recovery).
 *
 * HwStorInitialize requests concurrent channels, one channel per hardware
 * queue. From then on Storport calls HwStorStartIo on several processors at
 * once without taking the StartIo lock, and the HwStorTimer watchdog (which
 * Storport calls holding the StartIo lock) runs alongside them. Every piece
 * of adapter state touched by both is listed here with its protection:
 *
 *   ADAPTER_EXTENSION member   protection
 *   -------------------------  ---------------------------------------------
 *   Stats.TotalRequests        InterlockedIncrement; timer uses ReadAcquire
 *   Stats.CompletedRequests    InterlockedIncrement; timer uses ReadAcquire
 *   Queues[].InFlight          InterlockedIncrement/Decrement; timer uses
 *                              ReadNoFence
 *   Ring->Head/Tail/Entries[]  StartIo and the DPC take the StartIo lock;
 *                              the timer runs with it held by Storport
 *   CurrentTick, Health        WriteULongRelease (timer) /
 *                              ReadULongAcquire (StartIo)
 *   Stats.WatchdogTicks, ...   touched by the timer only
 *   NumQueues, Doorbell, ...   written before I/O starts, then read-only
 *   VD_SRB_EXTENSION           per request: never shared
 *
 *   Stats.OutstandingIo        BUG 1: incremented in StartIo without the
 *                              lock; races with the watchdog's read and
 *                              with other StartIo calls
 *   LastTag                    BUG 2: incremented in StartIo without the
 *                              lock; two channels can issue the same tag
 *
 * Both bugs are the usual result of turning on concurrent channels in a
 * driver written when Storport serialized HwStorStartIo.
 */
#include "adapter.h"

sp_DRIVER_INITIALIZE DriverEntry;
HW_FIND_ADAPTER VdHwFindAdapter;
HW_INITIALIZE VdHwInitialize;
HW_STARTIO VdHwStartIo;
HW_RESET_BUS VdHwResetBus;
HW_ADAPTER_CONTROL VdHwAdapterControl;
HW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE VdHwMessageInterrupt;
HW_DPC_ROUTINE VdCompletionDpc;
HW_TIMER VdWatchdogTimer;

/* ---- Request completion ------------------------------------------------ */

static VOID VdCompleteSrb(PADAPTER_EXTENSION Ext, PSCSI_REQUEST_BLOCK Srb,
                          UCHAR SrbStatus) {
  Srb->SrbStatus = SrbStatus;
  StorPortNotification(RequestComplete, Ext, Srb);
}

/* ---- HwStorStartIo and its helpers ------------------------------------- */

/* Maps the request's concurrent channel to a hardware queue. */
static ULONG VdSelectQueue(PADAPTER_EXTENSION Ext, PSCSI_REQUEST_BLOCK Srb) {
  STARTIO_PERFORMANCE_PARAMETERS Params;

  if (!Ext->ConcurrentChannels)
    return 0;
  RtlZeroMemory(&Params, sizeof(Params));
  Params.Version = STOR_PERF_VERSION;
  Params.Size = sizeof(Params);
  if (StorPortGetStartIoPerfParams(Ext, Srb, &Params) != STOR_STATUS_SUCCESS ||
      Params.ChannelNumber == 0)
    return 0;
  /* Channels are numbered from 1; channel N is hardware queue N - 1. */
  return (Params.ChannelNumber - 1) % Ext->NumQueues;
}

/*
 * BUG 2 (StartIo x StartIo): the tag is a plain read-modify-write of adapter
 * state. With concurrent channels two StartIo calls can read the same
 * LastTag and put two commands with one tag on the ring, although the
 * backend requires the tags of outstanding commands to be unique.
 * InterlockedIncrement, or taking the tag inside VdSubmitCommand's locked
 * region, fixes it.
 */
static ULONG VdNextTag(PADAPTER_EXTENSION Ext) { return ++Ext->LastTag; }

/*
 * BUG 1 (StartIo x StartIo, StartIo x HwStorTimer): the outstanding-command
 * counter is maintained under the StartIo lock everywhere except here. The
 * completion DPC decrements it holding the lock and the watchdog reads it
 * with the lock held by Storport, but this increment runs after
 * VdSubmitCommand has released the lock: two StartIo calls can lose an
 * update, an update can be lost against the DPC's decrement, and the
 * watchdog can act on a count that is being changed. Incrementing inside
 * VdSubmitCommand's locked region fixes it.
 */
static VOID VdAccountSubmission(PADAPTER_EXTENSION Ext) {
  Ext->Stats.OutstandingIo++;
}

/* Fills in the ring entry. Only per-request state (the SRB, its extension
 * and the local command) is written. */
static VOID VdBuildCommand(PSCSI_REQUEST_BLOCK Srb, PVD_SRB_EXTENSION SrbExt,
                           PVD_COMMAND Cmd) {
  ULONG I;

  RtlZeroMemory(Cmd, sizeof(*Cmd));
  Cmd->Tag = SrbExt->Tag;
  Cmd->Queue = SrbExt->Queue;
  Cmd->SubmitTick = SrbExt->SubmitTick;
  Cmd->Length = Srb->DataTransferLength;
  if (Srb->SrbFlags & SRB_FLAGS_DATA_IN)
    Cmd->Flags |= VD_CMD_DATA_IN;
  if (Srb->SrbFlags & SRB_FLAGS_DATA_OUT)
    Cmd->Flags |= VD_CMD_DATA_OUT;
  Cmd->CdbLength = Srb->CdbLength;
  for (I = 0; I < Srb->CdbLength && I < sizeof(Cmd->Cdb); I++)
    Cmd->Cdb[I] = Srb->Cdb[I];
  Cmd->Srb = Srb;
}

/* Puts a command on the ring. Correctly guarded: the ring indices and
 * entries are shared with other StartIo calls, the completion DPC and the
 * watchdog, so they are only touched under the StartIo lock. */
static BOOLEAN VdSubmitCommand(PADAPTER_EXTENSION Ext, PVD_COMMAND Cmd) {
  PVD_COMMAND_RING Ring;
  STOR_LOCK_HANDLE Lock;
  BOOLEAN Queued = FALSE;

  StorPortAcquireSpinLock(Ext, StartIoLock, NULL, &Lock);
  Ring = Ext->Ring;
  if (Ring->Tail - Ring->Head < VD_RING_SIZE) {
    Ring->Entries[Ring->Tail % VD_RING_SIZE] = *Cmd;
    Ring->Tail++;
    Queued = TRUE;
  }
  StorPortReleaseSpinLock(Ext, &Lock);
  return Queued;
}

static VOID VdStartScsi(PADAPTER_EXTENSION Ext, PSCSI_REQUEST_BLOCK Srb) {
  PVD_SRB_EXTENSION SrbExt = (PVD_SRB_EXTENSION)Srb->SrbExtension;
  VD_COMMAND Cmd;

  /* Health is published by the watchdog with WriteULongRelease. */
  if (ReadULongAcquire(&Ext->Health) != VD_HEALTH_OK) {
    VdCompleteSrb(Ext, Srb, SRB_STATUS_BUSY);
    return;
  }
  if (Srb->CdbLength > sizeof(Cmd.Cdb) ||
      Srb->DataTransferLength > VD_MAX_TRANSFER) {
    VdCompleteSrb(Ext, Srb, SRB_STATUS_INVALID_REQUEST);
    return;
  }

  /* Per-request state lives in the SRB extension: no lock needed. */
  SrbExt->Queue = VdSelectQueue(Ext, Srb);
  SrbExt->Tag = VdNextTag(Ext);
  SrbExt->SubmitTick = ReadULongAcquire(&Ext->CurrentTick);
  VdBuildCommand(Srb, SrbExt, &Cmd);

  /* Per-queue counter: other channels update other elements, but nothing
   * stops two calls from using the same queue, so it is interlocked. */
  InterlockedIncrement(&Ext->Queues[SrbExt->Queue].InFlight);
  if (!VdSubmitCommand(Ext, &Cmd)) {
    InterlockedDecrement(&Ext->Queues[SrbExt->Queue].InFlight);
    VdCompleteSrb(Ext, Srb, SRB_STATUS_BUSY);
    return;
  }
  VdAccountSubmission(Ext);
  StorPortWriteRegisterUlong(Ext, Ext->Doorbell, SrbExt->Queue);
}

BOOLEAN VdHwStartIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)DeviceExtension;

  InterlockedIncrement(&Ext->Stats.TotalRequests);
  switch (Srb->Function) {
  case SRB_FUNCTION_EXECUTE_SCSI:
    VdStartScsi(Ext, Srb);
    break;
  case SRB_FUNCTION_FLUSH:
  case SRB_FUNCTION_SHUTDOWN:
    /* The backend writes through: nothing to flush. */
    VdCompleteSrb(Ext, Srb, SRB_STATUS_SUCCESS);
    break;
  case SRB_FUNCTION_RESET_DEVICE:
  case SRB_FUNCTION_RESET_LOGICAL_UNIT:
    /* Outstanding commands finish on their own; the watchdog reports the
     * ones that do not. */
    VdCompleteSrb(Ext, Srb, SRB_STATUS_SUCCESS);
    break;
  default:
    VdCompleteSrb(Ext, Srb, SRB_STATUS_INVALID_REQUEST);
    break;
  }
  return TRUE;
}

/* ---- Completion: MSI-X interrupt and DPC -------------------------------- */

BOOLEAN VdHwMessageInterrupt(PVOID DeviceExtension, ULONG MessageId) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)DeviceExtension;

  UNREFERENCED_PARAMETER(MessageId);
  StorPortIssueDpc(Ext, &Ext->CompletionDpc, NULL, NULL);
  return TRUE;
}

/* Reaps the commands the backend has finished, one at a time, under the
 * StartIo lock, and completes them after dropping it. */
VOID VdCompletionDpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension,
                     PVOID SystemArgument1, PVOID SystemArgument2) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)HwDeviceExtension;
  PVD_COMMAND_RING Ring = Ext->Ring;

  UNREFERENCED_PARAMETER(Dpc);
  UNREFERENCED_PARAMETER(SystemArgument1);
  UNREFERENCED_PARAMETER(SystemArgument2);
  for (;;) {
    STOR_LOCK_HANDLE Lock;
    PSCSI_REQUEST_BLOCK Srb = NULL;
    PVD_SRB_EXTENSION SrbExt;

    StorPortAcquireSpinLock(Ext, StartIoLock, NULL, &Lock);
    if (Ring->Head != ReadULongAcquire(&Ring->DeviceHead)) {
      PVD_COMMAND Cmd = &Ring->Entries[Ring->Head % VD_RING_SIZE];
      Srb = Cmd->Srb;
      Cmd->Srb = NULL;
      Ring->Head++;
      Ext->Stats.OutstandingIo--;
    }
    StorPortReleaseSpinLock(Ext, &Lock);
    if (!Srb)
      break;

    SrbExt = (PVD_SRB_EXTENSION)Srb->SrbExtension;
    InterlockedDecrement(&Ext->Queues[SrbExt->Queue].InFlight);
    InterlockedIncrement(&Ext->Stats.CompletedRequests);
    VdCompleteSrb(Ext, Srb, SRB_STATUS_SUCCESS);
  }
}

/* ---- HwStorTimer: the watchdog ------------------------------------------ */

/* Storport calls the timer holding the StartIo lock (and, in half duplex,
 * the interrupt lock), so the ring can be read here without taking the lock
 * again; acquiring it here would deadlock. */
static ULONG VdCountExpiredCommands(PADAPTER_EXTENSION Ext, ULONG Now) {
  PVD_COMMAND_RING Ring = Ext->Ring;
  ULONG Expired = 0;
  ULONG I;

  for (I = Ring->Head; I != Ring->Tail; I++) {
    PVD_COMMAND Cmd = &Ring->Entries[I % VD_RING_SIZE];
    if (Now - Cmd->SubmitTick > VD_COMMAND_TIMEOUT_TICKS)
      Expired++;
  }
  return Expired;
}

/* Counts queues that have commands in flight and made no progress since the
 * last tick. InFlight is read with ReadNoFence to pair with the interlocked
 * updates in StartIo and the DPC; IdleTicks and LastInFlight belong to the
 * timer. */
static ULONG VdCountIdleQueues(PADAPTER_EXTENSION Ext) {
  ULONG Idle = 0;
  ULONG Q;

  for (Q = 0; Q < Ext->NumQueues && Q < VD_MAX_QUEUES; Q++) {
    PVD_QUEUE Queue = &Ext->Queues[Q];
    LONG InFlight = ReadNoFence(&Queue->InFlight);

    if (InFlight > 0 && InFlight >= Queue->LastInFlight)
      Queue->IdleTicks++;
    else
      Queue->IdleTicks = 0;
    Queue->LastInFlight = InFlight;
    if (Queue->IdleTicks > VD_COMMAND_TIMEOUT_TICKS)
      Idle++;
  }
  return Idle;
}

VOID VdWatchdogTimer(PVOID DeviceExtension) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)DeviceExtension;
  ULONG Now;
  ULONG Expired;
  ULONG IdleQueues;

  /* Timer-only state: Storport never runs two instances of one HW_TIMER. */
  Now = ++Ext->Stats.WatchdogTicks;
  WriteULongRelease(&Ext->CurrentTick, Now);

  Expired = VdCountExpiredCommands(Ext, Now);
  IdleQueues = VdCountIdleQueues(Ext);

  /* Reads BUG 1's counter: StartIo increments it without the lock. */
  if (Ext->Stats.OutstandingIo != 0 && (Expired != 0 || IdleQueues != 0)) {
    Ext->Stats.StallReports++;
    StorPortDebugPrint(0,
                       "virtdisk: %lu commands outstanding, %lu expired, "
                       "%ld submitted, %ld completed\n",
                       Ext->Stats.OutstandingIo, Expired,
                       ReadAcquire(&Ext->Stats.TotalRequests),
                       ReadAcquire(&Ext->Stats.CompletedRequests));
    /* New requests are refused with SRB_STATUS_BUSY until the backend
     * catches up. */
    WriteULongRelease(&Ext->Health, VD_HEALTH_STALLED);
  } else {
    WriteULongRelease(&Ext->Health, VD_HEALTH_OK);
  }

  /* HW_TIMER is one-shot: re-arm it. */
  StorPortNotification(RequestTimerCall, Ext, VdWatchdogTimer,
                       VD_WATCHDOG_INTERVAL_US);
}

/* ---- Initialization ------------------------------------------------------ */

ULONG VdHwFindAdapter(PVOID DeviceExtension, PVOID HwContext,
                      PVOID BusInformation, PCHAR ArgumentString,
                      PPORT_CONFIGURATION_INFORMATION ConfigInfo,
                      PBOOLEAN Reserved3) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)DeviceExtension;
  ACCESS_RANGE *Registers;
  ULONG Q;

  UNREFERENCED_PARAMETER(HwContext);
  UNREFERENCED_PARAMETER(BusInformation);
  UNREFERENCED_PARAMETER(ArgumentString);
  UNREFERENCED_PARAMETER(Reserved3);

  if (ConfigInfo->NumberOfAccessRanges < 1)
    return SP_RETURN_NOT_FOUND;
  Registers = &(*ConfigInfo->AccessRanges)[0];
  Ext->Doorbell = (PULONG)StorPortGetDeviceBase(
      Ext, ConfigInfo->AdapterInterfaceType, ConfigInfo->SystemIoBusNumber,
      Registers->RangeStart, Registers->RangeLength,
      (BOOLEAN)!Registers->RangeInMemory);
  if (Ext->Doorbell == NULL)
    return SP_RETURN_ERROR;

  /* Full duplex: the timer does not hold the interrupt lock, only the
   * StartIo lock. */
  ConfigInfo->SynchronizationModel = StorSynchronizeFullDuplex;
  ConfigInfo->InterruptSynchronizationMode = InterruptSynchronizePerMessage;
  ConfigInfo->HwMSInterruptRoutine = VdHwMessageInterrupt;
  ConfigInfo->MaximumTransferLength = VD_MAX_TRANSFER;
  ConfigInfo->NumberOfPhysicalBreaks = VD_MAX_BREAKS;
  ConfigInfo->ScatterGather = TRUE;
  ConfigInfo->Master = TRUE;
  ConfigInfo->Dma64BitAddresses = 1; /* SCSI_DMA64_MINIPORT_SUPPORTED */
  ConfigInfo->NumberOfBuses = 1;
  ConfigInfo->MaximumNumberOfTargets = 1;
  ConfigInfo->MaximumNumberOfLogicalUnits = 1;
  ConfigInfo->MaxNumberOfIO = VD_RING_SIZE;

  Ext->Ring = (PVD_COMMAND_RING)StorPortGetUncachedExtension(
      Ext, ConfigInfo, sizeof(VD_COMMAND_RING));
  if (Ext->Ring == NULL)
    return SP_RETURN_ERROR;
  RtlZeroMemory(Ext->Ring, sizeof(VD_COMMAND_RING));

  Ext->NumQueues = VD_MAX_QUEUES;
  for (Q = 0; Q < VD_MAX_QUEUES; Q++)
    Ext->Queues[Q].MessageId = Q + 1; /* message 0 is for configuration */
  Ext->ConcurrentChannels = FALSE;
  Ext->Health = VD_HEALTH_OK;
  return SP_RETURN_FOUND;
}

BOOLEAN VdHwInitialize(PVOID DeviceExtension) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)DeviceExtension;
  PERF_CONFIGURATION_DATA Perf;
  ULONG Supported;

  /* Ask Storport what it supports, then turn on what the device can use:
   * DPC redirection and one concurrent channel per hardware queue. */
  RtlZeroMemory(&Perf, sizeof(Perf));
  Perf.Version = STOR_PERF_VERSION;
  Perf.Size = sizeof(Perf);
  if (StorPortInitializePerfOpts(Ext, TRUE, &Perf) == STOR_STATUS_SUCCESS) {
    Supported = Perf.Flags;
    Perf.Flags = 0;
    if (Supported & STOR_PERF_DPC_REDIRECTION)
      Perf.Flags |= STOR_PERF_DPC_REDIRECTION;
    if ((Supported & STOR_PERF_CONCURRENT_CHANNELS) && Ext->NumQueues > 1) {
      Perf.Flags |= STOR_PERF_CONCURRENT_CHANNELS;
      Perf.ConcurrentChannels = Ext->NumQueues;
    }
    if (StorPortInitializePerfOpts(Ext, FALSE, &Perf) == STOR_STATUS_SUCCESS)
      Ext->ConcurrentChannels =
          (Perf.Flags & STOR_PERF_CONCURRENT_CHANNELS) != 0;
  }

  StorPortInitializeDpc(Ext, &Ext->CompletionDpc, VdCompletionDpc);
  StorPortNotification(RequestTimerCall, Ext, VdWatchdogTimer,
                       VD_WATCHDOG_INTERVAL_US);
  return TRUE;
}

BOOLEAN VdHwResetBus(PVOID DeviceExtension, ULONG PathId) {
  UNREFERENCED_PARAMETER(DeviceExtension);
  UNREFERENCED_PARAMETER(PathId);
  /* The backend has no bus to reset; the watchdog handles stuck commands. */
  return TRUE;
}

SCSI_ADAPTER_CONTROL_STATUS
VdHwAdapterControl(PVOID DeviceExtension, SCSI_ADAPTER_CONTROL_TYPE ControlType,
                   PVOID Parameters) {
  PSCSI_SUPPORTED_CONTROL_TYPE_LIST List;

  UNREFERENCED_PARAMETER(DeviceExtension);
  switch (ControlType) {
  case ScsiQuerySupportedControlTypes:
    List = (PSCSI_SUPPORTED_CONTROL_TYPE_LIST)Parameters;
    if (List->MaxControlType > ScsiQuerySupportedControlTypes)
      List->SupportedTypeList[ScsiQuerySupportedControlTypes] = TRUE;
    if (List->MaxControlType > ScsiStopAdapter)
      List->SupportedTypeList[ScsiStopAdapter] = TRUE;
    return ScsiAdapterControlSuccess;
  case ScsiStopAdapter:
    return ScsiAdapterControlSuccess;
  default:
    return ScsiAdapterControlUnsuccessful;
  }
}

ULONG DriverEntry(PVOID DriverObject, PVOID RegistryPath) {
  HW_INITIALIZATION_DATA Init;

  RtlZeroMemory(&Init, sizeof(Init));
  Init.HwInitializationDataSize = sizeof(Init);
  Init.AdapterInterfaceType = PCIBus;
  Init.HwFindAdapter = VdHwFindAdapter;
  Init.HwInitialize = VdHwInitialize;
  Init.HwStartIo = VdHwStartIo;
  Init.HwResetBus = VdHwResetBus;
  Init.HwAdapterControl = VdHwAdapterControl;
  Init.DeviceExtensionSize = sizeof(ADAPTER_EXTENSION);
  Init.SrbExtensionSize = sizeof(VD_SRB_EXTENSION);
  Init.NumberOfAccessRanges = 1;
  Init.MapBuffers = 2; /* STOR_MAP_NON_READ_WRITE_BUFFERS */
  Init.TaggedQueuing = TRUE;
  Init.AutoRequestSense = TRUE;
  Init.MultipleRequestPerLu = TRUE;
  return (NTSTATUS)StorPortInitialize(DriverObject, RegistryPath, &Init, NULL);
}
