// Function role declarations identify callbacks whose registration is in
// another translation unit; so does a role given in the model file. Without
// either, functions of the right shape are not callbacks.
//
// RUN: %clang_analyze_cc1 %plain -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify=timer -DDECLARE_STARTIO -DDECLARE_TIMER %s
// RUN: %clang_analyze_cc1 %wdk -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify=timer -DDECLARE_STARTIO -DDECLARE_TIMER %s
// RUN: %clang_analyze_cc1 %plain -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify=ex -DDECLARE_STARTIO -DDECLARE_TIMER_EX %s
// RUN: %clang_analyze_cc1 %wdk -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify=ex -DDECLARE_STARTIO -DDECLARE_TIMER_EX %s
// RUN: %clang_analyze_cc1 %plain -analyzer-config storport.CallbackRace:PerfMode=concurrent -analyzer-config storport.CallbackRace:ModelFile=%S/Inputs/roles.json -verify=timer %s
// RUN: %clang_analyze_cc1 %wdk -analyzer-config storport.CallbackRace:PerfMode=concurrent -analyzer-config storport.CallbackRace:ModelFile=%S/Inputs/roles.json -verify=timer %s
// RUN: %clang_analyze_cc1 %plain -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify=late -DDECLARE_LATE %s
// RUN: %clang_analyze_cc1 %wdk -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify=late -DDECLARE_LATE %s
// RUN: %clang_analyze_cc1 %plain -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify=none -DDECLARE_STARTIO %s
// RUN: %clang_analyze_cc1 %wdk -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify=none -DDECLARE_TIMER %s
// RUN: %clang_analyze_cc1 %plain -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify=none %s
// RUN: %clang_analyze_cc1 %wdk -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify=none %s
// none-no-diagnostics
// timer-note-re@*:* 0+ {{{{.*}}}}
// ex-note-re@*:* 0+ {{{{.*}}}}
// late-note-re@*:* 0+ {{{{.*}}}}

#include "storport.h"

typedef struct _ADAPTER_EXTENSION {
  ULONG QueueDepth;
} ADAPTER_EXTENSION, *PADAPTER_EXTENSION;

#ifdef DECLARE_STARTIO
HW_STARTIO MpStartIo;
#endif
#ifdef DECLARE_TIMER
HW_TIMER MpTimer;
#endif
#ifdef DECLARE_TIMER_EX
HW_TIMER_EX MpTimerEx;
#endif

_Use_decl_annotations_
BOOLEAN MpStartIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)DeviceExtension;
  if (Ext->QueueDepth == 0) // timer-warning{{'ADAPTER_EXTENSION.QueueDepth' is read in HwStorStartIo 'MpStartIo' and written in HwStorTimer 'MpTimer'}}
    // ex-warning@-1{{'ADAPTER_EXTENSION.QueueDepth' is read in HwStorStartIo 'MpStartIo' and written in HwStorTimerEx 'MpTimerEx'}}
    // late-warning@-2{{'ADAPTER_EXTENSION.QueueDepth' is read in HwStorStartIo 'MpStartIo' and written in HwStorTimerEx 'MpTimerEx'}}
    Srb->SrbStatus = SRB_STATUS_BUSY;
  return TRUE;
}

_Use_decl_annotations_
VOID MpTimer(PVOID DeviceExtension) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)DeviceExtension;
  Ext->QueueDepth = 32;
}

_Use_decl_annotations_
VOID MpTimerEx(PVOID DeviceExtension, PVOID Context) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)DeviceExtension;
  Ext->QueueDepth = 16;
}

// A role declaration may also follow the definition.
#ifdef DECLARE_LATE
HW_STARTIO MpStartIo;
HW_TIMER_EX MpTimerEx;
#endif
