/*
 * armddk.h - ARM64 processor section of the kernel headers, for analysis.
 *
 * Part of the storport-race-check WDK shim: clean-room, written from the
 * public documentation for analysis only; NOT Microsoft's header and no
 * text from it or from mingw-w64. mingw-w64's ddk/wdm.h has processor
 * sections for x86 and x64 only and stops with "Unknown Architecture" on
 * ARM64; for an aarch64 target the shim's wdm.h / ntddk.h wrappers select
 * mingw-w64's (empty) ARM branch, which includes this file, and supply the
 * processor-specific kernel definitions below. Written from the public DDI
 * reference (wdm: IRQL levels, KeGetCurrentIrql, KeRaiseIrql, KeLowerIrql,
 * KeGetCurrentThread, PAGE_SIZE). Analysis only.
 */

#ifndef _STORPORT_SHIM_ARMDDK_H_
#define _STORPORT_SHIM_ARMDDK_H_

#if !defined(__aarch64__)
#error "storport-race-check WDK shim: only ARM64 is supported among ARM targets"
#endif

/* Interrupt request levels (same numbering as x64). */
#define PASSIVE_LEVEL           0
#define LOW_LEVEL               0
#define APC_LEVEL               1
#define DISPATCH_LEVEL          2
#define CLOCK_LEVEL             13
#define IPI_LEVEL               14
#define DRS_LEVEL               14
#define POWER_LEVEL             14
#define PROFILE_LEVEL           15
#define HIGH_LEVEL              15

#define KI_USER_SHARED_DATA     0xFFFFF78000000000ULL
#define SharedUserData          ((PKUSER_SHARED_DATA const)KI_USER_SHARED_DATA)

#define PAGE_SIZE               0x1000
#define PAGE_SHIFT              12L

typedef struct _KFLOATING_SAVE {
    ULONG Dummy;
} KFLOATING_SAVE, *PKFLOATING_SAVE;

#define KeGetDcacheFillSize()   1L
#define YieldProcessor()        __yield()
#define DbgRaiseAssertionFailure() __break(0xF001)

NTHALAPI KIRQL NTAPI KeGetCurrentIrql(VOID);
NTHALAPI VOID NTAPI KeLowerIrql(KIRQL NewIrql);
NTHALAPI KIRQL NTAPI KfRaiseIrql(KIRQL NewIrql);
#define KeRaiseIrql(NewIrql, OldIrql) (*(OldIrql) = KfRaiseIrql(NewIrql))
NTKERNELAPI KIRQL NTAPI KeRaiseIrqlToDpcLevel(VOID);
NTKERNELAPI KIRQL NTAPI KeRaiseIrqlToSynchLevel(VOID);
NTKERNELAPI struct _KTHREAD * NTAPI KeGetCurrentThread(VOID);

/* Caches are coherent with DMA on the supported systems. */
#define KeFlushIoBuffers(Mdl, ReadOperation, DmaOperation)

#endif /* _STORPORT_SHIM_ARMDDK_H_ */
