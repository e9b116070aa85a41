// A callback that another callback also calls directly is inlined there, and
// clang then skips it as a root of its own (-analyzer-inlining-mode=
// noredundancy, the default): the statistics say so instead of the checker
// guessing, and -analyzer-inlining-mode=all analyses it.
//
// RUN: %clang_analyze_cc1 %plain -analyzer-config storport.CallbackRace:PerfMode=concurrent -analyzer-config storport.CallbackRace:Stats=true -verify=default %s 2>&1 | FileCheck --check-prefix=STATS %s
// RUN: %clang_analyze_cc1 %plain -analyzer-config storport.CallbackRace:PerfMode=concurrent -analyzer-inlining-mode=all -verify=all %s
// RUN: %clang_analyze_cc1 %wdk -analyzer-config storport.CallbackRace:PerfMode=concurrent -analyzer-inlining-mode=all -verify=all %s
// STATS: callbacks not analysed as roots: 1
// default-note-re@*:* 0+ {{{{.*}}}}
// all-note-re@*:* 0+ {{{{.*}}}}

#include "storport.h"

typedef struct _ADAPTER_EXTENSION {
  ULONG Kicks;
} ADAPTER_EXTENSION, *PADAPTER_EXTENSION;

HW_TIMER MpTimer;
HW_STARTIO MpStartIo;

VOID MpTimer(PVOID DeviceExtension) {
  ((PADAPTER_EXTENSION)DeviceExtension)->Kicks++; // all-warning{{'ADAPTER_EXTENSION.Kicks' is written in HwStorStartIo 'MpStartIo' and written in HwStorTimer 'MpTimer'}}
  // default-warning@-1{{'ADAPTER_EXTENSION.Kicks' is written in HwStorStartIo 'MpStartIo' and written in another instance of HwStorStartIo 'MpStartIo'}}
  // all-warning@-2{{'ADAPTER_EXTENSION.Kicks' is written in HwStorStartIo 'MpStartIo' and written in another instance of HwStorStartIo 'MpStartIo'}}
}

BOOLEAN MpStartIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb) {
  // Kick the watchdog by hand.
  MpTimer(DeviceExtension);
  return TRUE;
}
