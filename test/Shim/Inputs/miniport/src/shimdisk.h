/*
 * shimdisk: a small paravirtual-disk miniport written the way production
 * Storport miniports are (WDK headers, SAL annotations, SRB_EX through the
 * srbhelper.h inline functions, WPP tracing, MSVC extensions), to test
 * that storport-race-check analyses such sources on a machine without the
 * WDK. Only the WDK shim and the project file make it parse.
 */
#pragma once

#include <ntddk.h>
#include <storport.h>
#include <srbhelper.h>
#include <ntstrsafe.h>

#include "trace.h"

#pragma warning(push)
#pragma warning(disable : 4201) /* nameless struct/union */

#define SD_POOL_TAG 'ksDS'
#define SD_MAX_QUEUES 8

typedef struct _SD_QUEUE {
  ULONG InFlight;  /* per-channel: indexed by the StartIo channel */
  ULONG Doorbell;
} SD_QUEUE, *PSD_QUEUE;

typedef struct DECLSPEC_CACHEALIGN _SD_ADAPTER {
  union {
    struct {
      ULONG Online : 1;
      ULONG Resetting : 1;
    };
    ULONG AllFlags;
  };
  __int64 SubmittedBytes;     /* BUG: += in StartIo, read by the timer */
  ULONG LastTag;              /* BUG: StartIo against StartIo */
  volatile LONG Outstanding;  /* interlocked everywhere */
  ULONG Health;               /* WriteULongRelease / ReadULongAcquire */
  ULONG QueueDepth;           /* under the InterruptLock in both */
  ULONG WatchdogTicks;        /* the timer's own */
  ULONG NumQueues;            /* written before I/O starts */
  SD_QUEUE Queues[SD_MAX_QUEUES];
  STOR_DPC CompletionDpc;
  PERF_CONFIGURATION_DATA Perf;
} SD_ADAPTER, *PSD_ADAPTER;

C_ASSERT(FIELD_OFFSET(SD_ADAPTER, AllFlags) == 0);

#pragma warning(pop)

typedef struct _SD_SRB_EXTENSION {
  LIST_ENTRY Link;
  ULONG Tag;
} SD_SRB_EXTENSION, *PSD_SRB_EXTENSION;

sp_DRIVER_INITIALIZE DriverEntry;
HW_FIND_ADAPTER SdFindAdapter;
HW_INITIALIZE SdInitialize;
HW_PASSIVE_INITIALIZE_ROUTINE SdPassiveInitialize;
HW_STARTIO SdStartIo;
HW_TIMER SdWatchdog;
HW_DPC_ROUTINE SdCompletionDpc;
HW_RESET_BUS SdResetBus;
HW_ADAPTER_CONTROL SdAdapterControl;

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID SdSubmit(_In_ PSD_ADAPTER Adapter, _In_ PSTORAGE_REQUEST_BLOCK Srb,
              _In_ ULONG Channel);
