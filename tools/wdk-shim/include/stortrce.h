/*
 * stortrce.h - clean-room stand-in for the Storport WPP tracing header.
 *
 * Part of the storport-race-check WDK shim; NOT Microsoft's header. In the
 * WDK this header adapts WPP software tracing to Storport miniports (the
 * km-StorDefault.tpl template's generated .tmh files rely on it). The WPP
 * preprocessor does not run during analysis: storport-race-check maps the
 * generated .tmh headers to empty files and defines the trace macros away,
 * so all this header has to provide is what a driver's own trace
 * configuration header may name directly. Use it for analysis only.
 */

#ifndef _STORTRCE_H_
#define _STORTRCE_H_

#include <storport.h>

/* Trace levels of evntrace.h, for drivers that use them without it. */
#ifndef TRACE_LEVEL_NONE
#define TRACE_LEVEL_NONE        0
#define TRACE_LEVEL_CRITICAL    1
#define TRACE_LEVEL_FATAL       1
#define TRACE_LEVEL_ERROR       2
#define TRACE_LEVEL_WARNING     3
#define TRACE_LEVEL_INFORMATION 4
#define TRACE_LEVEL_VERBOSE     5
#define TRACE_LEVEL_RESERVED6   6
#define TRACE_LEVEL_RESERVED7   7
#define TRACE_LEVEL_RESERVED8   8
#define TRACE_LEVEL_RESERVED9   9
#endif

/* Registration data a Storport miniport passes to WPP_INIT_TRACING
 * (fields as virtio-win's viostor and the WDK samples fill them in;
 * UNCONFIRMED order and types). */
typedef VOID (*PSTORAGE_TRACE_CLEANUP_ROUTINE)(PVOID Arg1);

typedef struct _STORAGE_TRACE_INIT_INFO {
    ULONG Size;
    PVOID DriverObject;
    ULONG NumErrorLogRecords;
    PSTORAGE_TRACE_CLEANUP_ROUTINE TraceCleanupRoutine;
    PVOID TraceContext;
} STORAGE_TRACE_INIT_INFO, *PSTORAGE_TRACE_INIT_INFO;

/* WPP's per-module hooks; the generated code that expands them is absent. */
#ifndef WPP_CHECK_FOR_NULL_STRING
#define WPP_CHECK_FOR_NULL_STRING
#endif

#endif /* _STORTRCE_H_ */
