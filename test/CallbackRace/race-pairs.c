// Which pairs race: StartIo x timer and StartIo x StartIo under concurrent
// channels; timers never race with each other (Storport holds the StartIo
// lock for both). Each (state, pair of callbacks) is reported once, however
// many accesses there are, at the same place in every run.
//
// RUN: %clang_analyze_cc1 %plain -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify=cc %s
// RUN: %clang_analyze_cc1 %wdk -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify=cc %s
// RUN: %clang_analyze_cc1 %plain -verify=serial %s
// RUN: %clang_analyze_cc1 %wdk -verify=serial %s
// serial-no-diagnostics
// cc-note-re@*:* 0+ {{{{.*}}}}
//
// Deterministic output: two runs print the same thing.
// RUN: %clang_analyze_cc1 %plain -analyzer-config storport.CallbackRace:PerfMode=concurrent %s 2> %t.1
// RUN: %clang_analyze_cc1 %plain -analyzer-config storport.CallbackRace:PerfMode=concurrent %s 2> %t.2
// RUN: diff %t.1 %t.2
// RUN: grep -c "warning:" %t.1 | FileCheck --check-prefix=COUNT %s
// COUNT: 4

#include "test-driver.h"

typedef struct _ADAPTER_EXTENSION {
  ULONG Tag;         // StartIo x StartIo only (the timer never touches it)
  ULONG Busy;        // written in StartIo in three places, read by the timer
  ULONG TimerShared; // written by both timers only
  ULONG Context;     // HW_TIMER_EX reaches it through its context argument
  PVOID TimerHandle;
} ADAPTER_EXTENSION, *PADAPTER_EXTENSION;

VOID MpTimer(PVOID DeviceExtension);
VOID MpTimerEx(PVOID DeviceExtension, PVOID Context);

BOOLEAN MpStartIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)DeviceExtension;
  Srb->QueueTag = (UCHAR)Ext->Tag;
  Ext->Tag = Ext->Tag + 1; // cc-warning{{'ADAPTER_EXTENSION.Tag' is written in HwStorStartIo 'MpStartIo' and written in another instance of HwStorStartIo 'MpStartIo'}}
  if (Srb->Function == SRB_FUNCTION_EXECUTE_SCSI)
    Ext->Busy = 1; // cc-warning{{'ADAPTER_EXTENSION.Busy' is written in HwStorStartIo 'MpStartIo' and read in HwStorTimer 'MpTimer'}}
    // cc-warning@-1{{'ADAPTER_EXTENSION.Busy' is written in HwStorStartIo 'MpStartIo' and written in another instance of HwStorStartIo 'MpStartIo'}}
  else
    Ext->Busy = 2;
  Ext->Busy = 0;
  if (Ext->Context == 0) // cc-warning{{'ADAPTER_EXTENSION.Context' is read in HwStorStartIo 'MpStartIo' and written in HwStorTimerEx 'MpTimerEx'}}
    Srb->SrbStatus = SRB_STATUS_BUSY;
  return TRUE;
}

VOID MpTimer(PVOID DeviceExtension) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)DeviceExtension;
  if (Ext->Busy)
    Ext->TimerShared++;
  if (Ext->Busy > 1)
    Ext->TimerShared = 0;
}

// The context is the extension itself: accesses through it are shared state.
VOID MpTimerEx(PVOID DeviceExtension, PVOID Context) {
  PADAPTER_EXTENSION Self = (PADAPTER_EXTENSION)Context;
  Self->TimerShared++;
  Self->Context = 5;
}

BOOLEAN MpInitialize(PVOID DeviceExtension) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)DeviceExtension;
  StorPortNotification(RequestTimerCall, DeviceExtension, MpTimer, 1000);
  StorPortInitializeTimer(DeviceExtension, &Ext->TimerHandle);
  StorPortRequestTimer(DeviceExtension, Ext->TimerHandle, MpTimerEx,
                       DeviceExtension, 1000, 0);
  return TRUE;
}

TEST_DRIVER_ENTRY(NULL, MpInitialize, MpStartIo)
