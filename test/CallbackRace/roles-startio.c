// HwStorStartIo is the function stored in HW_INITIALIZATION_DATA.HwStartIo
// of init data that reaches StorPortInitialize: by assignment, designated
// initializer, or a helper filling the structure through a pointer. A
// function of the right shape that is never registered is not a callback.
// Concurrent channels are forced so that only role discovery is tested.
//
// RUN: %clang_analyze_cc1 %plain -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify=pos -DREG_ASSIGN %s
// RUN: %clang_analyze_cc1 %wdk -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify=pos -DREG_ASSIGN %s
// RUN: %clang_analyze_cc1 %plain -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify=pos -DREG_DESIGNATED %s
// RUN: %clang_analyze_cc1 %wdk -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify=pos -DREG_DESIGNATED %s
// RUN: %clang_analyze_cc1 %plain -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify=pos -DREG_HELPER %s
// RUN: %clang_analyze_cc1 %wdk -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify=pos -DREG_HELPER %s
// RUN: %clang_analyze_cc1 %plain -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify=pos -DREG_CAST %s
// RUN: %clang_analyze_cc1 %wdk -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify=pos -DREG_CAST %s
// RUN: %clang_analyze_cc1 %plain -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify=none -DREG_NEVER %s
// RUN: %clang_analyze_cc1 %wdk -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify=none -DREG_NEVER %s
// RUN: %clang_analyze_cc1 %plain -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify=none -DREG_NOT_PASSED %s
// RUN: %clang_analyze_cc1 %wdk -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify=none -DREG_NOT_PASSED %s
// RUN: %clang_analyze_cc1 %plain -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify=none -DREG_OTHER_FIELD %s
// RUN: %clang_analyze_cc1 %wdk -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify=none -DREG_OTHER_FIELD %s
// none-no-diagnostics
// pos-note-re@*:* 0+ {{{{.*}}}}

#include "storport.h"

typedef struct _ADAPTER_EXTENSION {
  ULONG ResetCount;
} ADAPTER_EXTENSION, *PADAPTER_EXTENSION;

// StartIo reads, the timer writes: the only possible race is StartIo x timer,
// reported at StartIo's access (the timer holds the StartIo lock).
BOOLEAN MpStartIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)DeviceExtension;
  if (Ext->ResetCount > 3) // pos-warning{{'ADAPTER_EXTENSION.ResetCount' is read in HwStorStartIo 'MpStartIo' and written in HwStorTimer 'MpTimer' without an interlocked operation or a common lock}}
    Srb->SrbStatus = SRB_STATUS_BUSY;
  return TRUE;
}

VOID MpTimer(PVOID DeviceExtension) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)DeviceExtension;
  Ext->ResetCount = 0; // under the StartIo lock Storport takes for timers
  StorPortNotification(RequestTimerCall, DeviceExtension, MpTimer, 500000);
}

#if defined(REG_HELPER)
static void FillInitData(PHW_INITIALIZATION_DATA Data) {
  Data->HwInitializationDataSize = sizeof(*Data);
  Data->HwStartIo = MpStartIo;
}
#endif

ULONG DriverEntry(PVOID DriverObject, PVOID RegistryPath) {
#if defined(REG_DESIGNATED)
  HW_INITIALIZATION_DATA Init = {.HwInitializationDataSize =
                                     sizeof(HW_INITIALIZATION_DATA),
                                 .HwStartIo = MpStartIo};
#else
  HW_INITIALIZATION_DATA Init = {0};
  Init.HwInitializationDataSize = sizeof(Init);
#endif
#if defined(REG_ASSIGN)
  Init.HwStartIo = MpStartIo;
#elif defined(REG_CAST)
  Init.HwStartIo = (PHW_STARTIO)MpStartIo;
#elif defined(REG_HELPER)
  FillInitData(&Init);
#elif defined(REG_NOT_PASSED)
  // Filled, but this structure never reaches StorPortInitialize.
  HW_INITIALIZATION_DATA Unused = {0};
  Unused.HwStartIo = MpStartIo;
#elif defined(REG_OTHER_FIELD)
  // The right shape in another member is not a StartIo registration.
  Init.HwBuildIo = MpStartIo;
#endif
  // REG_NEVER: MpStartIo has the HW_STARTIO shape but is never registered.
  return StorPortInitialize(DriverObject, RegistryPath, &Init, NULL);
}
