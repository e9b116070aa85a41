/*
 * wdm.h - wrapper completing mingw-w64's WDM header for analysis.
 *
 * Part of the storport-race-check WDK shim: a clean-room wrapper written
 * from the public documentation; NOT Microsoft's header. It
 * includes mingw-w64's ddk/wdm.h (public domain) and then declares the WDM
 * routines and macros the DDI reference documents that mingw-w64 lacks,
 * each only when it is not already defined. Written from the public DDI
 * reference (MicrosoftDocs/windows-driver-docs-ddi, wdm and miniport);
 * analysis only.
 *
 * ARM64: mingw-w64's wdm.h knows no ARM64 processor section. For an aarch64
 * target, _M_ARM is defined while mingw-w64's header is read, which selects
 * its ARM branch (it includes <armddk.h>, the shim's ARM64 section), and is
 * removed again afterwards; the spin-lock routines that mingw-w64 leaves
 * out for ARM are declared here as on x64.
 */

#ifndef _STORPORT_SHIM_WDM_H_
#define _STORPORT_SHIM_WDM_H_

#if defined(__aarch64__) && !defined(_M_ARM)
#define _M_ARM 1
#define _STORPORT_SHIM_WDM_SET_M_ARM_
#endif

/* C++ only: mingw-w64's intrin-impl.h and its ddk/wdm.h both define
 * InterlockedBitTestAndSet/Reset; let wdm.h's definitions stand. */
#if defined(__cplusplus) && !defined(__INTRINSIC_DEFINED_InterlockedBitTestAndSet)
#define __INTRINSIC_DEFINED_InterlockedBitTestAndSet
#define __INTRINSIC_DEFINED_InterlockedBitTestAndReset
#endif

#include_next <wdm.h>

#if defined(__aarch64__)
#ifdef __cplusplus
extern "C" {
#endif
NTKERNELAPI KIRQL NTAPI KeAcquireSpinLockRaiseToDpc(PKSPIN_LOCK SpinLock);
#ifndef KeAcquireSpinLock
#define KeAcquireSpinLock(SpinLock, OldIrql) \
    (*(OldIrql) = KeAcquireSpinLockRaiseToDpc(SpinLock))
#endif
NTKERNELAPI VOID NTAPI KeAcquireSpinLockAtDpcLevel(PKSPIN_LOCK SpinLock);
NTKERNELAPI VOID NTAPI KeReleaseSpinLock(PKSPIN_LOCK SpinLock, KIRQL NewIrql);
NTKERNELAPI VOID NTAPI KeReleaseSpinLockFromDpcLevel(PKSPIN_LOCK SpinLock);
#ifdef __cplusplus
}
#endif
#endif

#ifdef _STORPORT_SHIM_WDM_SET_M_ARM_
#undef _M_ARM
#undef _STORPORT_SHIM_WDM_SET_M_ARM_
#endif

#include <wdm_shim_extras.h>

#endif /* _STORPORT_SHIM_WDM_H_ */
