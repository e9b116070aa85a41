// Locks, with identity: StorPortAcquireSpinLock/Release (and ...Ex, and the
// StorPortNotification(AcquireSpinLock, ...) form the WDK header expands to)
// by STOR_SPINLOCK kind, a DpcLock keyed by its STOR_DPC; MSI locks by
// message id; StorPortSynchronizeAccess routines under the interrupt lock;
// lock wrapper functions. Implicit locks: the timer holds the StartIo lock,
// and the interrupt lock in half duplex (Storport's default); under
// concurrent channels StartIo holds none but may take StartIoLock itself.
//
// Full duplex, from HwStorFindAdapter or from the option:
// RUN: %clang_analyze_cc1 %plain -verify=common,full -DSET_FULL_DUPLEX %s
// RUN: %clang_analyze_cc1 %wdk -verify=common,full -DSET_FULL_DUPLEX %s
// RUN: %clang_analyze_cc1 %wdk -DSTOR_SIM_DDI_MACROS -verify=common,full -DSET_FULL_DUPLEX %s
// RUN: %clang_analyze_cc1 %plain -verify=common,full -analyzer-config storport.CallbackRace:Duplex=full %s
// RUN: %clang_analyze_cc1 %wdk -verify=common,full -analyzer-config storport.CallbackRace:Duplex=full %s
// Half duplex, by default or forced by the option:
// RUN: %clang_analyze_cc1 %plain -verify=common %s
// RUN: %clang_analyze_cc1 %wdk -verify=common %s
// RUN: %clang_analyze_cc1 %wdk -DSTOR_SIM_DDI_MACROS -verify=common %s
// RUN: %clang_analyze_cc1 %plain -verify=common -DSET_FULL_DUPLEX -analyzer-config storport.CallbackRace:Duplex=half %s
// RUN: %clang_analyze_cc1 %wdk -verify=common -DSET_FULL_DUPLEX -analyzer-config storport.CallbackRace:Duplex=half %s
// common-note-re@*:* 0+ {{{{.*}}}}

#include "test-driver.h"

typedef struct _ADAPTER_EXTENSION {
  STOR_DPC CompletionDpc;
  STOR_DPC ResetDpc;
  ULONG Queued;        // StartIoLock on both sides
  ULONG AfterRelease;  // written after the lock is released
  ULONG ByInterrupt;   // StartIo: InterruptLock; timer: implicit only
  ULONG ByDpc;         // DpcLock(CompletionDpc) on both sides
  ULONG ByOtherDpc;    // DpcLock(CompletionDpc) vs DpcLock(ResetDpc)
  ULONG ByMsi;         // MSI lock 1 on both sides
  ULONG ByOtherMsi;    // MSI lock 1 vs MSI lock 2
  ULONG BySync;        // written in a StorPortSynchronizeAccess routine
  ULONG ByWrapper;     // through lock wrapper functions
  ULONG ByEx;          // StorPortAcquireSpinLockEx
  ULONG ByRaw;         // StorPortNotification(AcquireSpinLock, ...)
  ULONG OnePath;       // locked on one StartIo path, not on the other
  struct _RING {
    ULONG Tail;
  } *Ring;             // the pointer is read unlocked, the ring written locked
} ADAPTER_EXTENSION, *PADAPTER_EXTENSION;

static void LockAdapter(PADAPTER_EXTENSION Ext, PSTOR_LOCK_HANDLE Handle) {
  StorPortAcquireSpinLock(Ext, StartIoLock, NULL, Handle);
}
static void UnlockAdapter(PADAPTER_EXTENSION Ext, PSTOR_LOCK_HANDLE Handle) {
  StorPortReleaseSpinLock(Ext, Handle);
}

static BOOLEAN SyncUpdate(PVOID DeviceExtension, PVOID Context) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)DeviceExtension;
  Ext->BySync++; // full-warning{{'ADAPTER_EXTENSION.BySync' is written in HwStorStartIo 'MpStartIo' and read in HwStorTimer 'MpTimer'}}
  return TRUE;
}

BOOLEAN MpStartIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)DeviceExtension;
  STOR_LOCK_HANDLE Handle = {0};
  ULONG OldIrql = 0;

  StorPortAcquireSpinLock(Ext, StartIoLock, NULL, &Handle);
  Ext->Queued++;
  StorPortReleaseSpinLock(Ext, &Handle);
  Ext->AfterRelease++; // common-warning{{'ADAPTER_EXTENSION.AfterRelease' is written in HwStorStartIo 'MpStartIo' and read in HwStorTimer 'MpTimer'}}
  // common-warning@-1{{'ADAPTER_EXTENSION.AfterRelease' is written in HwStorStartIo 'MpStartIo' and written in another instance of HwStorStartIo 'MpStartIo'}}

  StorPortAcquireSpinLock(Ext, InterruptLock, NULL, &Handle);
  Ext->ByInterrupt++; // full-warning{{'ADAPTER_EXTENSION.ByInterrupt' is written in HwStorStartIo 'MpStartIo' and read in HwStorTimer 'MpTimer'}}
  StorPortReleaseSpinLock(Ext, &Handle);

  StorPortAcquireSpinLock(Ext, DpcLock, &Ext->CompletionDpc, &Handle);
  Ext->ByDpc++;
  Ext->ByOtherDpc++; // common-warning{{'ADAPTER_EXTENSION.ByOtherDpc' is written in HwStorStartIo 'MpStartIo' and read in HwStorTimer 'MpTimer'}}
  StorPortReleaseSpinLock(Ext, &Handle);

  StorPortAcquireMSISpinLock(Ext, 1, &OldIrql);
  Ext->ByMsi++;
  Ext->ByOtherMsi++; // full-warning{{'ADAPTER_EXTENSION.ByOtherMsi' is written in HwStorStartIo 'MpStartIo' and read in HwStorTimer 'MpTimer'}}
  StorPortReleaseMSISpinLock(Ext, 1, OldIrql);

  StorPortSynchronizeAccess(Ext, SyncUpdate, NULL);

  LockAdapter(Ext, &Handle);
  Ext->ByWrapper++;
  UnlockAdapter(Ext, &Handle);

  StorPortAcquireSpinLockEx(Ext, StartIoLock, NULL, &Handle);
  Ext->ByEx++;
  StorPortReleaseSpinLock(Ext, &Handle); // no Ex release exists

  StorPortNotification(AcquireSpinLock, Ext, StartIoLock, NULL, &Handle);
  Ext->ByRaw++;
  StorPortNotification(ReleaseSpinLock, Ext, &Handle);

  // The warning points at the unlocked write, not at the locked one that
  // comes first.
  if (Srb->Function == SRB_FUNCTION_EXECUTE_SCSI) {
    StorPortAcquireSpinLock(Ext, StartIoLock, NULL, &Handle);
    Ext->OnePath++;
    StorPortReleaseSpinLock(Ext, &Handle);
  } else {
    Ext->OnePath = 0; // common-warning{{'ADAPTER_EXTENSION.OnePath' is written in HwStorStartIo 'MpStartIo' and read in HwStorTimer 'MpTimer'}}
    // common-warning@-1{{'ADAPTER_EXTENSION.OnePath' is written in HwStorStartIo 'MpStartIo' and written in another instance of HwStorStartIo 'MpStartIo'}}
  }

  // Reading the pointer member races with nothing: no one writes it; the
  // ring it points to is only written under the StartIo lock.
  {
    struct _RING *Ring = Ext->Ring;
    StorPortAcquireSpinLock(Ext, StartIoLock, NULL, &Handle);
    Ring->Tail++;
    StorPortReleaseSpinLock(Ext, &Handle);
  }
  return TRUE;
}

VOID MpTimer(PVOID DeviceExtension) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)DeviceExtension;
  STOR_LOCK_HANDLE Handle = {0};
  ULONG OldIrql = 0;
  ULONG Sum = Ext->Queued + Ext->AfterRelease + Ext->ByInterrupt +
              Ext->BySync + Ext->ByWrapper + Ext->ByEx + Ext->ByRaw +
              Ext->OnePath;

  StorPortAcquireSpinLock(Ext, DpcLock, &Ext->CompletionDpc, &Handle);
  Sum += Ext->ByDpc;
  StorPortReleaseSpinLock(Ext, &Handle);
  StorPortAcquireSpinLock(Ext, DpcLock, &Ext->ResetDpc, &Handle);
  Sum += Ext->ByOtherDpc;
  StorPortReleaseSpinLock(Ext, &Handle);

  StorPortAcquireMSISpinLock(Ext, 1, &OldIrql);
  Sum += Ext->ByMsi;
  StorPortReleaseMSISpinLock(Ext, 1, OldIrql);
  StorPortAcquireMSISpinLock(Ext, 2, &OldIrql);
  Sum += Ext->ByOtherMsi;
  StorPortReleaseMSISpinLock(Ext, 2, OldIrql);
  Ext->Ring->Tail = 0; // the timer holds the StartIo lock
  StorPortDebugPrint(0, "%u\n", Sum);
}

ULONG MpFindAdapter(PVOID DeviceExtension, PVOID HwContext,
                    PVOID BusInformation, PCHAR ArgumentString,
                    PPORT_CONFIGURATION_INFORMATION ConfigInfo,
                    PBOOLEAN Reserved3) {
#ifdef SET_FULL_DUPLEX
  ConfigInfo->SynchronizationModel = StorSynchronizeFullDuplex;
#endif
  ConfigInfo->InterruptSynchronizationMode = InterruptSynchronizePerMessage;
  return SP_RETURN_FOUND;
}

BOOLEAN MpInitialize(PVOID DeviceExtension) {
  TestRequestConcurrentChannels(DeviceExtension, 4);
  StorPortNotification(RequestTimerCall, DeviceExtension, MpTimer, 1000);
  return TRUE;
}

TEST_DRIVER_ENTRY(MpFindAdapter, MpInitialize, MpStartIo)
