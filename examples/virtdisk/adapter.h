/*
 * virtdisk: an example Storport miniport for a paravirtual disk controller.
 *
 * The device exposes one command ring in shared memory and a doorbell
 * register. The driver asks Storport for concurrent channels, one channel per
 * hardware queue, so several HwStorStartIo calls run at the same time, and a
 * HwStorTimer watchdog runs alongside them.
 *
 * Written for the storport.CallbackRace checker's documentation; it is not a
 * working driver. See miniport.c for which state is shared and how each
 * piece is (or is not) protected.
 */
#ifndef VIRTDISK_ADAPTER_H
#define VIRTDISK_ADAPTER_H

#include <storport.h>

#define VD_MAX_QUEUES 4
#define VD_RING_SIZE 128
#define VD_MAX_TRANSFER (1024 * 1024)
#define VD_MAX_BREAKS 257

/* The watchdog runs every 500 ms; a command older than 60 ticks (30 s) is
 * considered stuck. */
#define VD_WATCHDOG_INTERVAL_US 500000
#define VD_COMMAND_TIMEOUT_TICKS 60

/* Values of ADAPTER_EXTENSION.Health. */
#define VD_HEALTH_OK 0
#define VD_HEALTH_STALLED 1

/* Command-ring entry flags. */
#define VD_CMD_DATA_IN 0x1
#define VD_CMD_DATA_OUT 0x2

/* One command as the backend sees it. */
typedef struct _VD_COMMAND {
  ULONG Tag;        /* echoed back by the backend on completion */
  ULONG Flags;      /* VD_CMD_* */
  ULONG Queue;      /* hardware queue the command was issued on */
  ULONG SubmitTick; /* watchdog tick at submission */
  ULONG Length;     /* bytes to transfer */
  UCHAR CdbLength;
  UCHAR Cdb[16];
  PSCSI_REQUEST_BLOCK Srb; /* the request, owned by the driver */
} VD_COMMAND, *PVD_COMMAND;

/* The command ring shared with the backend. The driver produces at Tail and
 * consumes completions at Head; the backend advances DeviceHead as it
 * finishes commands, in order. */
typedef struct _VD_COMMAND_RING {
  ULONG Head;                /* next command to complete (driver) */
  ULONG Tail;                /* next free slot (driver) */
  ULONG volatile DeviceHead; /* completions published by the backend */
  VD_COMMAND Entries[VD_RING_SIZE];
} VD_COMMAND_RING, *PVD_COMMAND_RING;

/* Per-hardware-queue state. */
typedef struct _VD_QUEUE {
  ULONG MessageId;   /* MSI-X message; set once in HwFindAdapter */
  LONG InFlight;     /* commands issued on this queue and not done */
  ULONG IdleTicks;   /* watchdog ticks without progress (timer only) */
  LONG LastInFlight; /* InFlight at the previous tick (timer only) */
} VD_QUEUE, *PVD_QUEUE;

/* Adapter-wide counters. */
typedef struct _VD_STATISTICS {
  LONG TotalRequests;     /* SRBs seen by HwStorStartIo */
  LONG CompletedRequests; /* SRBs completed by the completion DPC */
  ULONG OutstandingIo;    /* commands on the ring and not yet completed */
  ULONG WatchdogTicks;    /* timer invocations (timer only) */
  ULONG StallReports;     /* watchdog stall reports (timer only) */
} VD_STATISTICS, *PVD_STATISTICS;

typedef struct _ADAPTER_EXTENSION {
  /* Configuration: written in HwFindAdapter / HwInitialize, before any I/O
   * or timer callback can run, and only read afterwards. */
  PULONG Doorbell;
  ULONG NumQueues;
  BOOLEAN ConcurrentChannels;

  VD_STATISTICS Stats;
  VD_QUEUE Queues[VD_MAX_QUEUES];
  PVD_COMMAND_RING Ring;

  /* Tag of the last command issued. */
  ULONG LastTag;

  /* Published by the watchdog, read by StartIo. */
  ULONG CurrentTick;
  ULONG Health;

  STOR_DPC CompletionDpc;
} ADAPTER_EXTENSION, *PADAPTER_EXTENSION;

/* Per-request state, in the SRB extension Storport allocates for each
 * request: only the code handling that request touches it. */
typedef struct _VD_SRB_EXTENSION {
  ULONG Tag;
  ULONG Queue;
  ULONG SubmitTick;
} VD_SRB_EXTENSION, *PVD_SRB_EXTENSION;

#endif /* VIRTDISK_ADAPTER_H */
