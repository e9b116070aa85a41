// Timers: the HW_TIMER passed to StorPortNotification(RequestTimerCall, ...)
// from any function (DriverEntry is not one of them: HwStorInitialize,
// HwStorStartIo, the timer re-arming itself), and the HW_TIMER_EX callback
// passed to StorPortRequestTimer, named or through StorPortExtendedFunction.
//
// RUN: %clang_analyze_cc1 %plain -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify=pos -DARM_IN_INIT %s
// RUN: %clang_analyze_cc1 %wdk -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify=pos -DARM_IN_INIT %s
// RUN: %clang_analyze_cc1 %plain -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify=pos -DARM_IN_STARTIO %s
// RUN: %clang_analyze_cc1 %wdk -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify=pos -DARM_IN_STARTIO %s
// RUN: %clang_analyze_cc1 %plain -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify=pos -DARM_SELF %s
// RUN: %clang_analyze_cc1 %wdk -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify=pos -DARM_SELF %s
// RUN: %clang_analyze_cc1 %plain -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify=pos -DARM_IN_HELPER %s
// RUN: %clang_analyze_cc1 %wdk -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify=pos -DARM_IN_HELPER %s
// RUN: %clang_analyze_cc1 %plain -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify=ex -DTIMER_EX %s
// RUN: %clang_analyze_cc1 %wdk -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify=ex -DTIMER_EX %s
// RUN: %clang_analyze_cc1 %plain -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify=ex -DTIMER_EX_RAW %s
// RUN: %clang_analyze_cc1 %wdk -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify=ex -DTIMER_EX_RAW %s
// RUN: %clang_analyze_cc1 %plain -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify=none -DNOT_ARMED %s
// RUN: %clang_analyze_cc1 %wdk -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify=none -DNOT_ARMED %s
// RUN: %clang_analyze_cc1 %plain -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify=none -DOTHER_NOTIFICATION %s
// RUN: %clang_analyze_cc1 %wdk -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify=none -DOTHER_NOTIFICATION %s
// none-no-diagnostics
// pos-note-re@*:* 0+ {{{{.*}}}}
// ex-note-re@*:* 0+ {{{{.*}}}}

#include "storport.h"

typedef struct _ADAPTER_EXTENSION {
  ULONG Watchdog;
  PVOID TimerHandle;
} ADAPTER_EXTENSION, *PADAPTER_EXTENSION;

// Plain prototypes: the role comes from the registration, not the shape.
VOID MpTimer(PVOID DeviceExtension);
VOID MpTimerEx(PVOID DeviceExtension, PVOID Context);

BOOLEAN MpStartIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)DeviceExtension;
  // StartIo only reads: the only possible race is with a timer.
  if (Ext->Watchdog > 10) // pos-warning{{'ADAPTER_EXTENSION.Watchdog' is read in HwStorStartIo 'MpStartIo' and written in HwStorTimer 'MpTimer'}}
    // ex-warning@-1{{'ADAPTER_EXTENSION.Watchdog' is read in HwStorStartIo 'MpStartIo' and written in HwStorTimerEx 'MpTimerEx'}}
    Srb->SrbStatus = SRB_STATUS_BUSY;
#if defined(ARM_IN_STARTIO)
  StorPortNotification(RequestTimerCall, DeviceExtension, MpTimer, 1000);
#endif
#if defined(OTHER_NOTIFICATION)
  // Completing a request is not a timer registration.
  StorPortNotification(RequestComplete, DeviceExtension, Srb);
  StorPortNotification(NextRequest, DeviceExtension);
#endif
  return TRUE;
}

VOID MpTimer(PVOID DeviceExtension) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)DeviceExtension;
  Ext->Watchdog++;
#if defined(ARM_SELF)
  StorPortNotification(RequestTimerCall, DeviceExtension, MpTimer, 1000);
#endif
}

VOID MpTimerEx(PVOID DeviceExtension, PVOID Context) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)DeviceExtension;
  Ext->Watchdog++;
}

#if defined(ARM_IN_HELPER)
static void ArmWatchdog(PVOID DeviceExtension, ULONG Microseconds) {
  StorPortNotification(RequestTimerCall, DeviceExtension, MpTimer,
                       Microseconds);
}
#endif

BOOLEAN MpInitialize(PVOID DeviceExtension) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)DeviceExtension;
#if defined(ARM_IN_INIT)
  StorPortNotification(RequestTimerCall, DeviceExtension, MpTimer, 1000);
#elif defined(ARM_IN_HELPER)
  ArmWatchdog(DeviceExtension, 1000);
#elif defined(TIMER_EX)
  StorPortInitializeTimer(DeviceExtension, &Ext->TimerHandle);
  StorPortRequestTimer(DeviceExtension, Ext->TimerHandle, MpTimerEx, NULL,
                       1000, 100);
#elif defined(TIMER_EX_RAW)
  StorPortExtendedFunction(ExtFunctionRequestTimer, DeviceExtension,
                           Ext->TimerHandle, MpTimerEx, NULL, 1000ULL, 100ULL);
#endif
  // NOT_ARMED: MpTimer and MpTimerEx have timer shapes but are never armed.
  return TRUE;
}

ULONG DriverEntry(PVOID DriverObject, PVOID RegistryPath) {
  HW_INITIALIZATION_DATA Init = {0};
  Init.HwInitializationDataSize = sizeof(Init);
  Init.HwInitialize = MpInitialize;
  Init.HwStartIo = MpStartIo;
  return StorPortInitialize(DriverObject, RegistryPath, &Init, NULL);
}
