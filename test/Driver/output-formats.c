// The checker reports at the end of the translation unit, outside any path
// the analyzer explored. Every diagnostic consumer must still accept those
// reports, also with -analyzer-display-progress and
// -analyzer-note-analysis-entry-points (both need an analysis entry point).
//
// RUN: rm -rf %t && mkdir -p %t
//
// Text, with entry-point notes.
// RUN: %clang_analyze_cc1 %plain -analyzer-display-progress \
// RUN:   -analyzer-note-analysis-entry-points -analyzer-output=text %s 2>&1 \
// RUN:   | FileCheck %s --check-prefix=TEXT
// TEXT-DAG: warning: 'ADAPTER_EXTENSION.Busy' is read in HwStorStartIo 'MpStartIo' and written in HwStorTimer 'MpTimer' without an interlocked operation or a common lock (concurrent channels are requested) [storport.CallbackRace]
// TEXT-DAG: warning: 'ADAPTER_EXTENSION.NextTag' is written in HwStorStartIo 'MpStartIo' and written in another instance of HwStorStartIo 'MpStartIo' without an interlocked operation or a common lock (concurrent channels are requested) [storport.CallbackRace]
// TEXT-DAG: note: [debug] analyzing from
// TEXT: 2 warnings generated.
// TEXT-NOT: {{Stack dump|PLEASE submit}}
//
// plist.
// RUN: %clang_analyze_cc1 %plain -analyzer-display-progress \
// RUN:   -analyzer-note-analysis-entry-points -analyzer-output=plist \
// RUN:   -o %t/out.plist %s 2>&1 | FileCheck %s --check-prefix=NOCRASH
// RUN: FileCheck %s --check-prefix=PLIST --input-file=%t/out.plist
// PLIST-DAG: <key>description</key><string>&apos;ADAPTER_EXTENSION.Busy&apos; is read in HwStorStartIo &apos;MpStartIo&apos; and written in HwStorTimer &apos;MpTimer&apos; without an interlocked operation or a common lock (concurrent channels are requested)</string>
// PLIST-DAG: <key>description</key><string>&apos;ADAPTER_EXTENSION.NextTag&apos; is written in HwStorStartIo &apos;MpStartIo&apos; and written in another instance of HwStorStartIo &apos;MpStartIo&apos; without an interlocked operation or a common lock (concurrent channels are requested)</string>
// PLIST-DAG: <key>check_name</key><string>storport.CallbackRace</string>
// PLIST-DAG: <key>category</key><string>Storport concurrency</string>
// PLIST-DAG: <key>type</key><string>Data race between HwStorStartIo and HwStorTimer</string>
// PLIST-DAG: <key>type</key><string>Data race between concurrent HwStorStartIo calls</string>
//
// plist-multi-file, same content.
// RUN: %clang_analyze_cc1 %plain -analyzer-display-progress \
// RUN:   -analyzer-note-analysis-entry-points \
// RUN:   -analyzer-output=plist-multi-file -o %t/multi.plist %s 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NOCRASH
// RUN: FileCheck %s --check-prefix=PLIST --input-file=%t/multi.plist
//
// HTML output, one report file per finding (they are on different lines).
// RUN: %clang_analyze_cc1 %plain -analyzer-display-progress \
// RUN:   -analyzer-note-analysis-entry-points -analyzer-output=html \
// RUN:   -o %t/html %s 2>&1 | FileCheck %s --check-prefix=NOCRASH
// RUN: find %t/html -name 'report-*.html' -exec cat {} + | FileCheck %s --check-prefix=HTML
// The reports also list this file, so match the header markup around the
// message ("column 3</a><br />msg"), which the listing escapes.
// HTML-DAG: </a><br />'ADAPTER_EXTENSION.Busy' is read in HwStorStartIo 'MpStartIo' and written in HwStorTimer 'MpTimer'
// HTML-DAG: </a><br />'ADAPTER_EXTENSION.NextTag' is written in HwStorStartIo 'MpStartIo' and written in another instance
//
// SARIF output: clang's SARIF for plugin checkers is known to be poor, so
// only check that it is written without a crash.
// RUN: %clang_analyze_cc1 %plain -analyzer-display-progress \
// RUN:   -analyzer-note-analysis-entry-points -analyzer-output=sarif \
// RUN:   -o %t/out.sarif %s 2>&1 | FileCheck %s --check-prefix=NOCRASH
// RUN: %clang_analyze_cc1 %plain -analyzer-display-progress \
// RUN:   -analyzer-output=sarif-html -o %t/sarif-html %s 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NOCRASH
//
// The WDK header shape takes other paths through the engine.
// RUN: %clang_analyze_cc1 %wdk -analyzer-display-progress \
// RUN:   -analyzer-note-analysis-entry-points -analyzer-output=plist \
// RUN:   -o %t/wdk.plist %s 2>&1 | FileCheck %s --check-prefix=NOCRASH
// RUN: FileCheck %s --check-prefix=PLIST --input-file=%t/wdk.plist
//
// NOCRASH-NOT: {{Stack dump|PLEASE submit|error:}}
// NOCRASH: ANALYZE (Path,{{ +}}Inline_Regular): {{.*}}output-formats.c MpStartIo
// NOCRASH-NOT: {{Stack dump|PLEASE submit|error:}}
// NOCRASH: {{[0-9]+}} warnings generated.
// NOCRASH-NOT: {{Stack dump|PLEASE submit|error:}}

#include "test-driver.h"

typedef struct _ADAPTER_EXTENSION {
  ULONG NextTag;
  BOOLEAN Busy;
} ADAPTER_EXTENSION, *PADAPTER_EXTENSION;

BOOLEAN MpStartIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)DeviceExtension;
  if (Ext->Busy) {
    Srb->SrbStatus = SRB_STATUS_BUSY;
    StorPortNotification(RequestComplete, Ext, Srb);
    return TRUE;
  }
  Srb->QueueTag = (UCHAR)++Ext->NextTag;
  return TRUE;
}

VOID MpTimer(PVOID DeviceExtension) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)DeviceExtension;
  Ext->Busy = FALSE;
  StorPortNotification(RequestTimerCall, Ext, MpTimer, 1000000);
}

// The request is spelt out here: single-file plist output drops reports with
// notes in other files (clang's plist-multi-file keeps them).
BOOLEAN MpInitialize(PVOID DeviceExtension) {
  PERF_CONFIGURATION_DATA Cfg = {0};
  Cfg.Version = STOR_PERF_VERSION;
  Cfg.Size = sizeof(Cfg);
  Cfg.Flags = STOR_PERF_CONCURRENT_CHANNELS;
  Cfg.ConcurrentChannels = 4;
  StorPortInitializePerfOpts(DeviceExtension, FALSE, &Cfg);
  StorPortNotification(RequestTimerCall, DeviceExtension, MpTimer, 1000000);
  return TRUE;
}

TEST_DRIVER_ENTRY(NULL, MpInitialize, MpStartIo)
