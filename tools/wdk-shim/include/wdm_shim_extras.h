/*
 * wdm_shim_extras.h - WDM additions shared by the shim's wdm.h and ntddk.h.
 *
 * Part of the storport-race-check WDK shim: clean-room, NOT Microsoft's
 * header and no text from it or from mingw-w64. Written from the public
 * DDI reference (MicrosoftDocs/windows-driver-docs-ddi: wdm, miniport,
 * ntddk) and the SAL / driver annotation documentation. mingw-w64's
 * kernel headers lack the pieces below; each is defined only when absent,
 * so including this after a header that has them is harmless. Analysis
 * only.
 *
 *  1. MSVC-dialect diagnostics that clang makes errors by default, and
 *     the ntdef.h string-pointer typedefs mingw-w64 lacks (PZZSTR, ...).
 *  2. SAL and driver (__drv_*) annotations mingw-w64 does not define.
 *  3. Ordered loads and stores: ReadXxxAcquire / ReadXxxNoFence /
 *     ReadXxxRaw and WriteXxxRelease / WriteXxxNoFence / WriteXxxRaw.
 *  4. The 8- and 16-bit and the Acquire / Release / NoFence forms of the
 *     Interlocked routines, as calls to clang's MSVC _Interlocked builtins;
 *     on ARM64 also the base Interlocked names (mingw-w64 maps them for
 *     x86 / x64 only) and on x86 the 64-bit routines (compare-exchange
 *     loops, as there is no other 64-bit interlocked instruction).
 *  5. A few newer pool and register-access routines.
 *
 * The names of (3) and (4) matter: storport-race-check recognises atomic
 * accesses by callee name (Interlocked*, _Interlocked*, Read*Acquire*,
 * Read*NoFence*, Write*Release*, Write*NoFence*), so every routine here
 * keeps its documented name rather than expanding to another pattern.
 */

#ifndef _STORPORT_SHIM_WDM_EXTRAS_H_
#define _STORPORT_SHIM_WDM_EXTRAS_H_

/* 1. MSVC dialect --------------------------------------------------------
 * MSVC compiles C with implicit int (C4431) and with mismatched function
 * pointer types (C4113) as warnings; clang 16 and later reject both by
 * default even with -fms-extensions. Drivers written for MSVC rely on
 * that, so the errors are downgraded to the warnings MSVC gives. */
#if defined(__clang__) && !defined(__cplusplus)
#pragma clang diagnostic warning "-Wimplicit-int"
#pragma clang diagnostic warning "-Wincompatible-function-pointer-types"
#pragma clang diagnostic warning "-Wint-conversion"
#pragma clang diagnostic warning "-Wimplicit-function-declaration"
#endif

/* String pointer typedefs of ntdef.h that mingw-w64's ntdef.h lacks
 * (double-NUL-terminated and not-necessarily-terminated strings).
 * Repeating an identical typedef is valid C11, so a later user-mode
 * winnt.h declaring them too is harmless. */
typedef CHAR *PZZSTR;
typedef CONST CHAR *PCZZSTR;
typedef WCHAR *PZZWSTR;
typedef CONST WCHAR *PCZZWSTR;
typedef CHAR *PNZCH;
typedef CONST CHAR *PCNZCH;
typedef WCHAR *PNZWCH;
typedef CONST WCHAR *PCNZWCH;

/* 2. Annotations ---------------------------------------------------------
 * Static-analysis annotations carry no meaning for the compiler; the ones
 * mingw-w64's sal.h / driverspecs.h leave out become empty. */
#ifndef _Post_invalid_
#define _Post_invalid_
#endif
#ifndef _Pre_invalid_
#define _Pre_invalid_
#endif
#ifndef _Post_ptr_invalid_
#define _Post_ptr_invalid_
#endif
#ifndef _Post_notnull_
#define _Post_notnull_
#endif
#ifndef _Post_maybenull_
#define _Post_maybenull_
#endif
#ifndef _Notnull_
#define _Notnull_
#endif
#ifndef _Maybenull_
#define _Maybenull_
#endif
#ifndef _Frees_ptr_
#define _Frees_ptr_
#endif
#ifndef _Frees_ptr_opt_
#define _Frees_ptr_opt_
#endif
#ifndef _Enum_is_bitflag_
#define _Enum_is_bitflag_
#endif
#ifndef _Analysis_noreturn_
#define _Analysis_noreturn_
#endif
#ifndef _Inexpressible_
#define _Inexpressible_(...)
#endif
#ifndef _Dispatch_type_
#define _Dispatch_type_(...)
#endif
#ifndef _Interlocked_operand_
#define _Interlocked_operand_
#endif
#ifndef _IRQL_saves_global_
#define _IRQL_saves_global_(...)
#endif
#ifndef _IRQL_restores_global_
#define _IRQL_restores_global_(...)
#endif
#ifndef _IRQL_always_function_max_
#define _IRQL_always_function_max_(...)
#endif
#ifndef _IRQL_always_function_min_
#define _IRQL_always_function_min_(...)
#endif
#ifndef _IRQL_uses_cancel_
#define _IRQL_uses_cancel_
#endif
#ifndef _IRQL_is_cancel_
#define _IRQL_is_cancel_
#endif
#ifndef _Kernel_requires_resource_held_
#define _Kernel_requires_resource_held_(...)
#endif
#ifndef _Kernel_requires_resource_not_held_
#define _Kernel_requires_resource_not_held_(...)
#endif
#ifndef _Kernel_acquires_resource_
#define _Kernel_acquires_resource_(...)
#endif
#ifndef _Kernel_releases_resource_
#define _Kernel_releases_resource_(...)
#endif
#ifndef _Kernel_float_saved_
#define _Kernel_float_saved_
#endif
#ifndef _Kernel_float_restored_
#define _Kernel_float_restored_
#endif
#ifndef _Kernel_float_used_
#define _Kernel_float_used_
#endif
#ifndef _Kernel_clear_do_init_
#define _Kernel_clear_do_init_(...)
#endif
#ifndef _Kernel_IoGetDmaAdapter_
#define _Kernel_IoGetDmaAdapter_
#endif
#ifndef _Lock_kind_mutex_
#define _Lock_kind_mutex_
#endif
#ifndef _Lock_kind_event_
#define _Lock_kind_event_
#endif
#ifndef _Lock_kind_semaphore_
#define _Lock_kind_semaphore_
#endif
#ifndef _Lock_kind_spin_lock_
#define _Lock_kind_spin_lock_
#endif
#ifndef _Lock_kind_critical_section_
#define _Lock_kind_critical_section_
#endif
#ifndef _Global_cancel_spin_lock_
#define _Global_cancel_spin_lock_
#endif
#ifndef _Global_interlock_
#define _Global_interlock_
#endif
#ifndef _Global_priority_region_
#define _Global_priority_region_
#endif
#ifndef __drv_minIRQL
#define __drv_minIRQL(...)
#endif
#ifndef __drv_sameIRQL
#define __drv_sameIRQL
#endif
#ifndef __drv_functionClass
#define __drv_functionClass(...)
#endif
#ifndef __drv_strictType
#define __drv_strictType(...)
#endif
#ifndef __drv_strictTypeMatch
#define __drv_strictTypeMatch(...)
#endif
#ifndef __drv_preferredFunction
#define __drv_preferredFunction(...)
#endif
#ifndef __drv_reportError
#define __drv_reportError(...)
#endif
#ifndef __drv_acquiresResource
#define __drv_acquiresResource(...)
#endif
#ifndef __drv_releasesResource
#define __drv_releasesResource(...)
#endif
#ifndef __drv_acquiresExclusiveResource
#define __drv_acquiresExclusiveResource(...)
#endif
#ifndef __drv_releasesExclusiveResource
#define __drv_releasesExclusiveResource(...)
#endif
#ifndef __drv_mustHold
#define __drv_mustHold(...)
#endif
#ifndef __drv_neverHold
#define __drv_neverHold(...)
#endif
#ifndef __drv_clearDoInit
#define __drv_clearDoInit(...)
#endif
#ifndef __drv_inTry
#define __drv_inTry
#endif
#ifndef __drv_notInTry
#define __drv_notInTry
#endif
#ifndef __drv_isObjectPointer
#define __drv_isObjectPointer
#endif
#ifndef __drv_constant
#define __drv_constant
#endif
#ifndef __drv_interlocked
#define __drv_interlocked
#endif
#ifndef __drv_floatSaved
#define __drv_floatSaved
#endif
#ifndef __drv_floatRestored
#define __drv_floatRestored
#endif
#ifndef __drv_floatUsed
#define __drv_floatUsed
#endif

/* 3. Ordered single loads and stores [DDI wdm/nf-wdm-readint32acquire and
 * the other Read/Write pages]. Each is an atomic access of the given order,
 * not a read-modify-write. The bodies are plain volatile accesses: what
 * matters to an analyser is the routine's name and its pointer argument. */

#define STORPORT_SHIM_READ_(Name, Type)                                 \
    FORCEINLINE Type Name(Type const volatile *Source)                  \
    {                                                                   \
        return *Source;                                                 \
    }
#define STORPORT_SHIM_WRITE_(Name, Type)                                \
    FORCEINLINE VOID Name(Type volatile *Destination, Type Value)       \
    {                                                                   \
        *Destination = Value;                                           \
    }

#ifndef ReadAcquire8
STORPORT_SHIM_READ_(ReadAcquire8, CHAR)
STORPORT_SHIM_READ_(ReadNoFence8, CHAR)
STORPORT_SHIM_READ_(ReadRaw8, CHAR)
STORPORT_SHIM_WRITE_(WriteRelease8, CHAR)
STORPORT_SHIM_WRITE_(WriteNoFence8, CHAR)
STORPORT_SHIM_WRITE_(WriteRaw8, CHAR)
STORPORT_SHIM_READ_(ReadAcquire16, SHORT)
STORPORT_SHIM_READ_(ReadNoFence16, SHORT)
STORPORT_SHIM_READ_(ReadRaw16, SHORT)
STORPORT_SHIM_WRITE_(WriteRelease16, SHORT)
STORPORT_SHIM_WRITE_(WriteNoFence16, SHORT)
STORPORT_SHIM_WRITE_(WriteRaw16, SHORT)
STORPORT_SHIM_READ_(ReadAcquire, LONG)
STORPORT_SHIM_READ_(ReadNoFence, LONG)
STORPORT_SHIM_READ_(ReadRaw, LONG)
STORPORT_SHIM_WRITE_(WriteRelease, LONG)
STORPORT_SHIM_WRITE_(WriteNoFence, LONG)
STORPORT_SHIM_WRITE_(WriteRaw, LONG)
STORPORT_SHIM_READ_(ReadAcquire64, LONG64)
STORPORT_SHIM_READ_(ReadNoFence64, LONG64)
STORPORT_SHIM_READ_(ReadRaw64, LONG64)
STORPORT_SHIM_WRITE_(WriteRelease64, LONG64)
STORPORT_SHIM_WRITE_(WriteNoFence64, LONG64)
STORPORT_SHIM_WRITE_(WriteRaw64, LONG64)

/* Typed forms. */
STORPORT_SHIM_READ_(ReadUCharAcquire, UCHAR)
STORPORT_SHIM_READ_(ReadUCharNoFence, UCHAR)
STORPORT_SHIM_READ_(ReadUCharRaw, UCHAR)
STORPORT_SHIM_WRITE_(WriteUCharRelease, UCHAR)
STORPORT_SHIM_WRITE_(WriteUCharNoFence, UCHAR)
STORPORT_SHIM_WRITE_(WriteUCharRaw, UCHAR)
STORPORT_SHIM_READ_(ReadBooleanAcquire, BOOLEAN)
STORPORT_SHIM_READ_(ReadBooleanNoFence, BOOLEAN)
STORPORT_SHIM_READ_(ReadBooleanRaw, BOOLEAN)
STORPORT_SHIM_WRITE_(WriteBooleanRelease, BOOLEAN)
STORPORT_SHIM_WRITE_(WriteBooleanNoFence, BOOLEAN)
STORPORT_SHIM_WRITE_(WriteBooleanRaw, BOOLEAN)
STORPORT_SHIM_READ_(ReadUShortAcquire, USHORT)
STORPORT_SHIM_READ_(ReadUShortNoFence, USHORT)
STORPORT_SHIM_READ_(ReadUShortRaw, USHORT)
STORPORT_SHIM_WRITE_(WriteUShortRelease, USHORT)
STORPORT_SHIM_WRITE_(WriteUShortNoFence, USHORT)
STORPORT_SHIM_WRITE_(WriteUShortRaw, USHORT)
STORPORT_SHIM_READ_(ReadULongAcquire, ULONG)
STORPORT_SHIM_READ_(ReadULongNoFence, ULONG)
STORPORT_SHIM_READ_(ReadULongRaw, ULONG)
STORPORT_SHIM_WRITE_(WriteULongRelease, ULONG)
STORPORT_SHIM_WRITE_(WriteULongNoFence, ULONG)
STORPORT_SHIM_WRITE_(WriteULongRaw, ULONG)
STORPORT_SHIM_READ_(ReadInt32Acquire, INT32)
STORPORT_SHIM_READ_(ReadInt32NoFence, INT32)
STORPORT_SHIM_READ_(ReadInt32Raw, INT32)
STORPORT_SHIM_WRITE_(WriteInt32Release, INT32)
STORPORT_SHIM_WRITE_(WriteInt32NoFence, INT32)
STORPORT_SHIM_WRITE_(WriteInt32Raw, INT32)
STORPORT_SHIM_READ_(ReadUInt32Acquire, UINT32)
STORPORT_SHIM_READ_(ReadUInt32NoFence, UINT32)
STORPORT_SHIM_READ_(ReadUInt32Raw, UINT32)
STORPORT_SHIM_WRITE_(WriteUInt32Release, UINT32)
STORPORT_SHIM_WRITE_(WriteUInt32NoFence, UINT32)
STORPORT_SHIM_WRITE_(WriteUInt32Raw, UINT32)
STORPORT_SHIM_READ_(ReadULong64Acquire, ULONG64)
STORPORT_SHIM_READ_(ReadULong64NoFence, ULONG64)
STORPORT_SHIM_READ_(ReadULong64Raw, ULONG64)
STORPORT_SHIM_WRITE_(WriteULong64Release, ULONG64)
STORPORT_SHIM_WRITE_(WriteULong64NoFence, ULONG64)
STORPORT_SHIM_WRITE_(WriteULong64Raw, ULONG64)
STORPORT_SHIM_READ_(ReadLongPtrAcquire, LONG_PTR)
STORPORT_SHIM_READ_(ReadLongPtrNoFence, LONG_PTR)
STORPORT_SHIM_READ_(ReadLongPtrRaw, LONG_PTR)
STORPORT_SHIM_WRITE_(WriteLongPtrRelease, LONG_PTR)
STORPORT_SHIM_WRITE_(WriteLongPtrNoFence, LONG_PTR)
STORPORT_SHIM_WRITE_(WriteLongPtrRaw, LONG_PTR)
STORPORT_SHIM_READ_(ReadULongPtrAcquire, ULONG_PTR)
STORPORT_SHIM_READ_(ReadULongPtrNoFence, ULONG_PTR)
STORPORT_SHIM_READ_(ReadULongPtrRaw, ULONG_PTR)
STORPORT_SHIM_WRITE_(WriteULongPtrRelease, ULONG_PTR)
STORPORT_SHIM_WRITE_(WriteULongPtrNoFence, ULONG_PTR)
STORPORT_SHIM_WRITE_(WriteULongPtrRaw, ULONG_PTR)
STORPORT_SHIM_READ_(ReadSizeTAcquire, SIZE_T)
STORPORT_SHIM_READ_(ReadSizeTNoFence, SIZE_T)
STORPORT_SHIM_READ_(ReadSizeTRaw, SIZE_T)
STORPORT_SHIM_WRITE_(WriteSizeTRelease, SIZE_T)
STORPORT_SHIM_WRITE_(WriteSizeTNoFence, SIZE_T)
STORPORT_SHIM_WRITE_(WriteSizeTRaw, SIZE_T)
STORPORT_SHIM_READ_(ReadPointerAcquire, PVOID)
STORPORT_SHIM_READ_(ReadPointerNoFence, PVOID)
STORPORT_SHIM_READ_(ReadPointerRaw, PVOID)
STORPORT_SHIM_WRITE_(WritePointerRelease, PVOID)
STORPORT_SHIM_WRITE_(WritePointerNoFence, PVOID)
STORPORT_SHIM_WRITE_(WritePointerRaw, PVOID)

/* Marks the routines as present for later includes. */
#define ReadAcquire8 ReadAcquire8
#endif /* ReadAcquire8 */

/* 4. Interlocked variants ------------------------------------------------
 * x86 and x64 order every interlocked instruction fully, so the Acquire,
 * Release and NoFence forms are the plain ones there; ARM64 has distinct
 * clang builtins (_acq, _rel, _nf). */

#if defined(__aarch64__)
/* mingw-w64's wdm.h maps the Interlocked names to the compiler intrinsics
 * for x86 and x64 only. On ARM64 the same mapping applies; clang knows the
 * intrinsics as builtins but wants the ones below declared first (MSVC
 * declares them in <intrin.h>). */
#ifdef __cplusplus
extern "C" {
#endif
__int64 _InterlockedIncrement64(__int64 volatile *);
__int64 _InterlockedDecrement64(__int64 volatile *);
__int64 _InterlockedExchange64(__int64 volatile *, __int64);
__int64 _InterlockedExchangeAdd64(__int64 volatile *, __int64);
__int64 _InterlockedAnd64(__int64 volatile *, __int64);
__int64 _InterlockedOr64(__int64 volatile *, __int64);
__int64 _InterlockedXor64(__int64 volatile *, __int64);
#define STORPORT_SHIM_ILK32_(Op) \
    long _Interlocked##Op##_acq(long volatile *); \
    long _Interlocked##Op##_rel(long volatile *); \
    long _Interlocked##Op##_nf(long volatile *);
#define STORPORT_SHIM_ILK32V_(Op) \
    long _Interlocked##Op##_acq(long volatile *, long); \
    long _Interlocked##Op##_rel(long volatile *, long); \
    long _Interlocked##Op##_nf(long volatile *, long);
#define STORPORT_SHIM_ILK64_(Op) \
    __int64 _Interlocked##Op##64_acq(__int64 volatile *); \
    __int64 _Interlocked##Op##64_rel(__int64 volatile *); \
    __int64 _Interlocked##Op##64_nf(__int64 volatile *);
#define STORPORT_SHIM_ILK64V_(Op) \
    __int64 _Interlocked##Op##64_acq(__int64 volatile *, __int64); \
    __int64 _Interlocked##Op##64_rel(__int64 volatile *, __int64); \
    __int64 _Interlocked##Op##64_nf(__int64 volatile *, __int64);
STORPORT_SHIM_ILK32_(Increment)
STORPORT_SHIM_ILK32_(Decrement)
STORPORT_SHIM_ILK32V_(Exchange)
STORPORT_SHIM_ILK32V_(ExchangeAdd)
STORPORT_SHIM_ILK32V_(And)
STORPORT_SHIM_ILK32V_(Or)
STORPORT_SHIM_ILK32V_(Xor)
STORPORT_SHIM_ILK64_(Increment)
STORPORT_SHIM_ILK64_(Decrement)
STORPORT_SHIM_ILK64V_(Exchange)
STORPORT_SHIM_ILK64V_(ExchangeAdd)
STORPORT_SHIM_ILK64V_(And)
STORPORT_SHIM_ILK64V_(Or)
STORPORT_SHIM_ILK64V_(Xor)
#undef STORPORT_SHIM_ILK32_
#undef STORPORT_SHIM_ILK32V_
#undef STORPORT_SHIM_ILK64_
#undef STORPORT_SHIM_ILK64V_
long _InterlockedCompareExchange_acq(long volatile *, long, long);
long _InterlockedCompareExchange_rel(long volatile *, long, long);
long _InterlockedCompareExchange_nf(long volatile *, long, long);
__int64 _InterlockedCompareExchange64_acq(__int64 volatile *, __int64, __int64);
__int64 _InterlockedCompareExchange64_rel(__int64 volatile *, __int64, __int64);
__int64 _InterlockedCompareExchange64_nf(__int64 volatile *, __int64, __int64);
void *_InterlockedCompareExchangePointer_acq(void * volatile *, void *, void *);
void *_InterlockedCompareExchangePointer_rel(void * volatile *, void *, void *);
void *_InterlockedCompareExchangePointer_nf(void * volatile *, void *, void *);
void *_InterlockedExchangePointer_acq(void * volatile *, void *);
void *_InterlockedExchangePointer_nf(void * volatile *, void *);
unsigned char _interlockedbittestandset_acq(long volatile *, long);
unsigned char _interlockedbittestandset_rel(long volatile *, long);
unsigned char _interlockedbittestandset_nf(long volatile *, long);
unsigned char _interlockedbittestandreset_acq(long volatile *, long);
unsigned char _interlockedbittestandreset_rel(long volatile *, long);
unsigned char _interlockedbittestandreset_nf(long volatile *, long);
#ifndef _ReadWriteBarrier
void _ReadWriteBarrier(void);
#endif
#ifndef __yield
void __yield(void);
#endif
#ifndef __break
void __break(int);
#endif
#ifdef __cplusplus
}
#endif

#ifndef InterlockedIncrement
#define InterlockedIncrement _InterlockedIncrement
#define InterlockedDecrement _InterlockedDecrement
#define InterlockedExchange _InterlockedExchange
#define InterlockedExchangeAdd _InterlockedExchangeAdd
#define InterlockedCompareExchange _InterlockedCompareExchange
#define InterlockedAnd _InterlockedAnd
#define InterlockedOr _InterlockedOr
#define InterlockedXor _InterlockedXor
#define InterlockedIncrement64 _InterlockedIncrement64
#define InterlockedDecrement64 _InterlockedDecrement64
#define InterlockedExchange64 _InterlockedExchange64
#define InterlockedExchangeAdd64 _InterlockedExchangeAdd64
#define InterlockedCompareExchange64 _InterlockedCompareExchange64
#define InterlockedAnd64 _InterlockedAnd64
#define InterlockedOr64 _InterlockedOr64
#define InterlockedXor64 _InterlockedXor64
#define InterlockedCompareExchangePointer _InterlockedCompareExchangePointer
#define InterlockedExchangePointer _InterlockedExchangePointer
#define InterlockedBitTestAndSet _interlockedbittestandset
#define InterlockedBitTestAndReset _interlockedbittestandreset
#define InterlockedBitTestAndSet64 _interlockedbittestandset64
#define InterlockedBitTestAndReset64 _interlockedbittestandreset64
#define InterlockedExchangeAddSizeT(a, b) InterlockedExchangeAdd64((LONG64 *)(a), (LONG64)(b))
#define InterlockedIncrementSizeT(a) InterlockedIncrement64((LONG64 *)(a))
#define InterlockedDecrementSizeT(a) InterlockedDecrement64((LONG64 *)(a))
#endif
#endif /* __aarch64__ */

/* InterlockedAdd / InterlockedAdd64 return the new value. */
#if !defined(InterlockedAdd) && !defined(_AMD64_)
FORCEINLINE LONG InterlockedAdd(LONG volatile *Addend, LONG Value)
{
    return InterlockedExchangeAdd(Addend, Value) + Value;
}
#define InterlockedAdd InterlockedAdd
#endif

/* x86 has no 64-bit interlocked instructions other than compare-exchange;
 * the 64-bit routines are compare-exchange loops there [DDI
 * wdm/nf-wdm-interlockedexchangeadd64 etc.]. */
#if defined(_X86_) && !defined(InterlockedIncrement64)
#define STORPORT_SHIM_ILK64_LOOP_(Name, NewValue, Result)                 \
    FORCEINLINE LONG64 Name(LONG64 volatile *Target, LONG64 Value)        \
    {                                                                     \
        LONG64 Old;                                                       \
        do {                                                              \
            Old = *Target;                                                \
        } while (_InterlockedCompareExchange64(Target, (NewValue), Old) != Old); \
        return (Result);                                                  \
    }
STORPORT_SHIM_ILK64_LOOP_(InterlockedExchangeAdd64, Old + Value, Old)
STORPORT_SHIM_ILK64_LOOP_(InterlockedAdd64, Old + Value, Old + Value)
STORPORT_SHIM_ILK64_LOOP_(InterlockedExchange64, Value, Old)
STORPORT_SHIM_ILK64_LOOP_(InterlockedAnd64, Old & Value, Old)
STORPORT_SHIM_ILK64_LOOP_(InterlockedOr64, Old | Value, Old)
STORPORT_SHIM_ILK64_LOOP_(InterlockedXor64, Old ^ Value, Old)
#undef STORPORT_SHIM_ILK64_LOOP_
FORCEINLINE LONG64 InterlockedIncrement64(LONG64 volatile *Addend)
{
    return InterlockedAdd64(Addend, 1);
}
FORCEINLINE LONG64 InterlockedDecrement64(LONG64 volatile *Addend)
{
    return InterlockedAdd64(Addend, -1);
}
#ifndef InterlockedCompareExchange64
#define InterlockedCompareExchange64 _InterlockedCompareExchange64
#endif
#define InterlockedIncrement64 InterlockedIncrement64
#define InterlockedDecrement64 InterlockedDecrement64
#define InterlockedExchangeAdd64 InterlockedExchangeAdd64
#define InterlockedAdd64 InterlockedAdd64
#define InterlockedExchange64 InterlockedExchange64
#define InterlockedAnd64 InterlockedAnd64
#define InterlockedOr64 InterlockedOr64
#define InterlockedXor64 InterlockedXor64
#endif
#if !defined(InterlockedAdd64) && !defined(_AMD64_)
FORCEINLINE LONG64 InterlockedAdd64(LONG64 volatile *Addend, LONG64 Value)
{
    return InterlockedExchangeAdd64(Addend, Value) + Value;
}
#define InterlockedAdd64 InterlockedAdd64
#endif

#ifndef InterlockedIncrement16
#define InterlockedIncrement16 _InterlockedIncrement16
#define InterlockedDecrement16 _InterlockedDecrement16
#define InterlockedExchange16 _InterlockedExchange16
#define InterlockedExchangeAdd16 _InterlockedExchangeAdd16
#define InterlockedCompareExchange16 _InterlockedCompareExchange16
#define InterlockedAnd16 _InterlockedAnd16
#define InterlockedOr16 _InterlockedOr16
#define InterlockedXor16 _InterlockedXor16
#endif
#ifndef InterlockedExchange8
#define InterlockedExchange8 _InterlockedExchange8
#define InterlockedExchangeAdd8 _InterlockedExchangeAdd8
#define InterlockedCompareExchange8 _InterlockedCompareExchange8
#define InterlockedAnd8 _InterlockedAnd8
#define InterlockedOr8 _InterlockedOr8
#define InterlockedXor8 _InterlockedXor8
#endif
#if !defined(InterlockedCompareExchange128) && (defined(_AMD64_) || defined(__aarch64__))
#define InterlockedCompareExchange128 _InterlockedCompareExchange128
#endif
#ifndef InterlockedExchangeSubtract
#define InterlockedExchangeSubtract(Addend, Value) \
    ((ULONG)InterlockedExchangeAdd((LONG volatile *)(Addend), -(LONG)(Value)))
#endif
#if !defined(InterlockedBitTestAndComplement) && \
    !defined(__INTRINSIC_DEFINED_InterlockedBitTestAndComplement)
FORCEINLINE BOOLEAN InterlockedBitTestAndComplement(LONG volatile *Base, LONG Offset)
{
    LONG Mask = (LONG)(1UL << (Offset & 31));
    return (BOOLEAN)((InterlockedXor(&Base[Offset >> 5], Mask) & Mask) != 0);
}
#define InterlockedBitTestAndComplement InterlockedBitTestAndComplement
#endif

#if defined(__aarch64__)
#ifndef InterlockedIncrementAcquire
#define InterlockedIncrementAcquire _InterlockedIncrement_acq
#define InterlockedIncrementRelease _InterlockedIncrement_rel
#define InterlockedIncrementNoFence _InterlockedIncrement_nf
#define InterlockedDecrementAcquire _InterlockedDecrement_acq
#define InterlockedDecrementRelease _InterlockedDecrement_rel
#define InterlockedDecrementNoFence _InterlockedDecrement_nf
#define InterlockedExchangeAcquire _InterlockedExchange_acq
#define InterlockedExchangeRelease _InterlockedExchange_rel
#define InterlockedExchangeNoFence _InterlockedExchange_nf
#define InterlockedExchangeAddAcquire _InterlockedExchangeAdd_acq
#define InterlockedExchangeAddRelease _InterlockedExchangeAdd_rel
#define InterlockedExchangeAddNoFence _InterlockedExchangeAdd_nf
#define InterlockedCompareExchangeAcquire _InterlockedCompareExchange_acq
#define InterlockedCompareExchangeRelease _InterlockedCompareExchange_rel
#define InterlockedCompareExchangeNoFence _InterlockedCompareExchange_nf
#define InterlockedAndAcquire _InterlockedAnd_acq
#define InterlockedAndRelease _InterlockedAnd_rel
#define InterlockedAndNoFence _InterlockedAnd_nf
#define InterlockedOrAcquire _InterlockedOr_acq
#define InterlockedOrRelease _InterlockedOr_rel
#define InterlockedOrNoFence _InterlockedOr_nf
#define InterlockedXorAcquire _InterlockedXor_acq
#define InterlockedXorRelease _InterlockedXor_rel
#define InterlockedXorNoFence _InterlockedXor_nf
#define InterlockedIncrementAcquire64 _InterlockedIncrement64_acq
#define InterlockedIncrementRelease64 _InterlockedIncrement64_rel
#define InterlockedIncrementNoFence64 _InterlockedIncrement64_nf
#define InterlockedDecrementAcquire64 _InterlockedDecrement64_acq
#define InterlockedDecrementRelease64 _InterlockedDecrement64_rel
#define InterlockedDecrementNoFence64 _InterlockedDecrement64_nf
#define InterlockedExchangeAcquire64 _InterlockedExchange64_acq
#define InterlockedExchangeNoFence64 _InterlockedExchange64_nf
#define InterlockedExchangeAddAcquire64 _InterlockedExchangeAdd64_acq
#define InterlockedExchangeAddRelease64 _InterlockedExchangeAdd64_rel
#define InterlockedExchangeAddNoFence64 _InterlockedExchangeAdd64_nf
#define InterlockedCompareExchangeAcquire64 _InterlockedCompareExchange64_acq
#define InterlockedCompareExchangeRelease64 _InterlockedCompareExchange64_rel
#define InterlockedCompareExchangeNoFence64 _InterlockedCompareExchange64_nf
#define InterlockedAndAcquire64 _InterlockedAnd64_acq
#define InterlockedAndRelease64 _InterlockedAnd64_rel
#define InterlockedAndNoFence64 _InterlockedAnd64_nf
#define InterlockedOrAcquire64 _InterlockedOr64_acq
#define InterlockedOrRelease64 _InterlockedOr64_rel
#define InterlockedOrNoFence64 _InterlockedOr64_nf
#define InterlockedXorAcquire64 _InterlockedXor64_acq
#define InterlockedXorRelease64 _InterlockedXor64_rel
#define InterlockedXorNoFence64 _InterlockedXor64_nf
#define InterlockedCompareExchangePointerAcquire _InterlockedCompareExchangePointer_acq
#define InterlockedCompareExchangePointerRelease _InterlockedCompareExchangePointer_rel
#define InterlockedCompareExchangePointerNoFence _InterlockedCompareExchangePointer_nf
#define InterlockedExchangePointerAcquire _InterlockedExchangePointer_acq
#define InterlockedExchangePointerNoFence _InterlockedExchangePointer_nf
#define InterlockedBitTestAndSetAcquire _interlockedbittestandset_acq
#define InterlockedBitTestAndSetRelease _interlockedbittestandset_rel
#define InterlockedBitTestAndSetNoFence _interlockedbittestandset_nf
#define InterlockedBitTestAndResetAcquire _interlockedbittestandreset_acq
#define InterlockedBitTestAndResetRelease _interlockedbittestandreset_rel
#define InterlockedBitTestAndResetNoFence _interlockedbittestandreset_nf
#endif
#else /* x86, x64 */
#ifndef InterlockedIncrementAcquire
#define InterlockedIncrementAcquire InterlockedIncrement
#define InterlockedIncrementRelease InterlockedIncrement
#define InterlockedIncrementNoFence InterlockedIncrement
#define InterlockedDecrementAcquire InterlockedDecrement
#define InterlockedDecrementRelease InterlockedDecrement
#define InterlockedDecrementNoFence InterlockedDecrement
#define InterlockedExchangeAcquire InterlockedExchange
#define InterlockedExchangeRelease InterlockedExchange
#define InterlockedExchangeNoFence InterlockedExchange
#define InterlockedExchangeAddAcquire InterlockedExchangeAdd
#define InterlockedExchangeAddRelease InterlockedExchangeAdd
#define InterlockedExchangeAddNoFence InterlockedExchangeAdd
#define InterlockedCompareExchangeAcquire InterlockedCompareExchange
#define InterlockedCompareExchangeRelease InterlockedCompareExchange
#define InterlockedCompareExchangeNoFence InterlockedCompareExchange
#define InterlockedAndAcquire InterlockedAnd
#define InterlockedAndRelease InterlockedAnd
#define InterlockedAndNoFence InterlockedAnd
#define InterlockedOrAcquire InterlockedOr
#define InterlockedOrRelease InterlockedOr
#define InterlockedOrNoFence InterlockedOr
#define InterlockedXorAcquire InterlockedXor
#define InterlockedXorRelease InterlockedXor
#define InterlockedXorNoFence InterlockedXor
#define InterlockedIncrementAcquire64 InterlockedIncrement64
#define InterlockedIncrementRelease64 InterlockedIncrement64
#define InterlockedIncrementNoFence64 InterlockedIncrement64
#define InterlockedDecrementAcquire64 InterlockedDecrement64
#define InterlockedDecrementRelease64 InterlockedDecrement64
#define InterlockedDecrementNoFence64 InterlockedDecrement64
#define InterlockedExchangeAcquire64 InterlockedExchange64
#define InterlockedExchangeNoFence64 InterlockedExchange64
#define InterlockedExchangeAddAcquire64 InterlockedExchangeAdd64
#define InterlockedExchangeAddRelease64 InterlockedExchangeAdd64
#define InterlockedExchangeAddNoFence64 InterlockedExchangeAdd64
#define InterlockedCompareExchangeAcquire64 InterlockedCompareExchange64
#define InterlockedCompareExchangeRelease64 InterlockedCompareExchange64
#define InterlockedCompareExchangeNoFence64 InterlockedCompareExchange64
#define InterlockedAndAcquire64 InterlockedAnd64
#define InterlockedAndRelease64 InterlockedAnd64
#define InterlockedAndNoFence64 InterlockedAnd64
#define InterlockedOrAcquire64 InterlockedOr64
#define InterlockedOrRelease64 InterlockedOr64
#define InterlockedOrNoFence64 InterlockedOr64
#define InterlockedXorAcquire64 InterlockedXor64
#define InterlockedXorRelease64 InterlockedXor64
#define InterlockedXorNoFence64 InterlockedXor64
#define InterlockedCompareExchangePointerAcquire InterlockedCompareExchangePointer
#define InterlockedCompareExchangePointerRelease InterlockedCompareExchangePointer
#define InterlockedCompareExchangePointerNoFence InterlockedCompareExchangePointer
#define InterlockedExchangePointerAcquire InterlockedExchangePointer
#define InterlockedExchangePointerNoFence InterlockedExchangePointer
#define InterlockedBitTestAndSetAcquire InterlockedBitTestAndSet
#define InterlockedBitTestAndSetRelease InterlockedBitTestAndSet
#define InterlockedBitTestAndSetNoFence InterlockedBitTestAndSet
#define InterlockedBitTestAndResetAcquire InterlockedBitTestAndReset
#define InterlockedBitTestAndResetRelease InterlockedBitTestAndReset
#define InterlockedBitTestAndResetNoFence InterlockedBitTestAndReset
#endif
#endif /* architecture */

/* Spellings with the width before the ordering word, as the Win32
 * documentation also uses them. */
#ifndef InterlockedIncrement16Acquire
#define InterlockedIncrement16Acquire InterlockedIncrement16
#define InterlockedDecrement16Acquire InterlockedDecrement16
#define InterlockedCompareExchange16Acquire InterlockedCompareExchange16
#define InterlockedAnd8Acquire InterlockedAnd8
#define InterlockedOr8Acquire InterlockedOr8
#define InterlockedXor8Acquire InterlockedXor8
#define InterlockedAnd16Acquire InterlockedAnd16
#define InterlockedOr16Acquire InterlockedOr16
#define InterlockedXor16Acquire InterlockedXor16
#define InterlockedAnd8Release InterlockedAnd8
#define InterlockedOr8Release InterlockedOr8
#define InterlockedXor8Release InterlockedXor8
#define InterlockedAnd8NoFence InterlockedAnd8
#define InterlockedOr8NoFence InterlockedOr8
#define InterlockedXor8NoFence InterlockedXor8
#endif

/* Affinity masks are pointer-sized. */
#ifndef InterlockedAndAffinity
#if defined(_WIN64)
#define InterlockedAndAffinity InterlockedAnd64
#define InterlockedOrAffinity InterlockedOr64
#else
#define InterlockedAndAffinity InterlockedAnd
#define InterlockedOrAffinity InterlockedOr
#endif
#endif

/* Barriers [DDI wdm/nf-wdm-kememorybarrier, miniport/_readwritebarrier]. */
#ifndef KeMemoryBarrierWithoutFence
#define KeMemoryBarrierWithoutFence() _ReadWriteBarrier()
#endif
#if !defined(KeMemoryBarrier) && (defined(_AMD64_) || defined(__aarch64__))
#define KeMemoryBarrier() __sync_synchronize()
#endif
#ifndef BarrierAfterRead
#define BarrierAfterRead() _ReadWriteBarrier()
#endif

/* 5. Newer routines ------------------------------------------------------ */

/* Pool allocation with POOL_FLAGS [DDI wdm/nf-wdm-exallocatepool2]. */
#ifndef POOL_FLAG_NON_PAGED
typedef ULONG64 POOL_FLAGS;
#define POOL_FLAG_REQUIRED_START            0x0000000000000001ULL
#define POOL_FLAG_USE_QUOTA                 0x0000000000000001ULL
#define POOL_FLAG_UNINITIALIZED             0x0000000000000002ULL
#define POOL_FLAG_SESSION                   0x0000000000000004ULL
#define POOL_FLAG_CACHE_ALIGNED             0x0000000000000008ULL
#define POOL_FLAG_RAISE_ON_FAILURE          0x0000000000000020ULL
#define POOL_FLAG_NON_PAGED                 0x0000000000000040ULL
#define POOL_FLAG_NON_PAGED_EXECUTE         0x0000000000000080ULL
#define POOL_FLAG_PAGED                     0x0000000000000100ULL
#define POOL_FLAG_NON_PAGED_NX              POOL_FLAG_NON_PAGED
PVOID NTAPI ExAllocatePool2(POOL_FLAGS Flags, SIZE_T NumberOfBytes, ULONG Tag);
PVOID NTAPI ExAllocatePoolZero(POOL_TYPE PoolType, SIZE_T NumberOfBytes, ULONG Tag);
#endif

/* 64-bit register access on 64-bit systems
 * [DDI wdm/nf-wdm-read_register_ulong64]. */
#if defined(_WIN64) && !defined(READ_REGISTER_ULONG64)
FORCEINLINE ULONG64 READ_REGISTER_ULONG64(volatile ULONG64 *Register)
{
    return *Register;
}
FORCEINLINE VOID WRITE_REGISTER_ULONG64(volatile ULONG64 *Register, ULONG64 Value)
{
    *Register = Value;
}
FORCEINLINE VOID READ_REGISTER_BUFFER_ULONG64(volatile ULONG64 *Register, PULONG64 Buffer,
                                              ULONG Count)
{
    while (Count-- != 0)
        *Buffer++ = *Register;
}
FORCEINLINE VOID WRITE_REGISTER_BUFFER_ULONG64(volatile ULONG64 *Register, PULONG64 Buffer,
                                               ULONG Count)
{
    while (Count-- != 0)
        *Register = *Buffer++;
}
#define READ_REGISTER_ULONG64 READ_REGISTER_ULONG64
#endif

#endif /* _STORPORT_SHIM_WDM_EXTRAS_H_ */
