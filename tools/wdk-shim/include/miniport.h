/*
 * miniport.h - clean-room miniport base header for analysis.
 *
 * Part of the storport-race-check WDK shim; NOT Microsoft's header. In the
 * WDK, miniport.h gives port-driver miniports (Storport, video, ...) the
 * NT base types, bus and DMA enumerations, interlocked and register-access
 * routines without the whole kernel header. Here those come from the
 * kernel headers (ntddk.h, layered on mingw-w64's), whose definitions are
 * the same; this file adds what is specific to miniport.h and keeps
 * mingw-w64's older miniport.h, which redefines the kernel types, out.
 * Written from the public miniport.h DDI reference; analysis only.
 */

#ifndef _MINIPORT_
#define _MINIPORT_

#include <ntddk.h>

#ifdef __cplusplus
extern "C" {
#endif

/* x86 emulator port access [DDI ns-miniport-_emulator_access_entry]. */
#define EMULATOR_READ_ACCESS            0x01
#define EMULATOR_WRITE_ACCESS           0x02

typedef enum _EMULATOR_PORT_ACCESS_TYPE {
    Uchar,
    Ushort,
    Ulong
} EMULATOR_PORT_ACCESS_TYPE, *PEMULATOR_PORT_ACCESS_TYPE;

typedef struct _EMULATOR_ACCESS_ENTRY {
    ULONG BasePort;
    ULONG NumConsecutivePorts;
    EMULATOR_PORT_ACCESS_TYPE AccessType;
    UCHAR AccessMode;
    UCHAR StringSupport;
    PVOID Routine;
} EMULATOR_ACCESS_ENTRY, *PEMULATOR_ACCESS_ENTRY;

typedef VOID (*PBANKED_SECTION_ROUTINE)(ULONG ReadBank, ULONG WriteBank, PVOID Context);

#ifdef __cplusplus
}
#endif

#endif /* _MINIPORT_ */
