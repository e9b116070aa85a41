/*
 * ntddk.h - wrapper completing mingw-w64's NT DDK header for analysis.
 *
 * Part of the storport-race-check WDK shim: a clean-room wrapper written
 * from the public documentation; NOT Microsoft's header. It
 * includes mingw-w64's ddk/ntddk.h (public domain; it includes wdm.h,
 * which resolves to this shim's wdm.h wrapper) and adds what the DDI
 * reference documents and mingw-w64 lacks, guarded so that nothing is
 * defined twice. For aarch64 targets _M_ARM is defined while mingw-w64's
 * header is read (see wdm.h). Analysis only.
 */

#ifndef _STORPORT_SHIM_NTDDK_H_
#define _STORPORT_SHIM_NTDDK_H_

#if defined(__aarch64__) && !defined(_M_ARM)
#define _M_ARM 1
#define _STORPORT_SHIM_NTDDK_SET_M_ARM_
#endif

#include_next <ntddk.h>

#ifdef _STORPORT_SHIM_NTDDK_SET_M_ARM_
#undef _M_ARM
#undef _STORPORT_SHIM_NTDDK_SET_M_ARM_
#endif

#include <wdm_shim_extras.h>

#endif /* _STORPORT_SHIM_NTDDK_H_ */
