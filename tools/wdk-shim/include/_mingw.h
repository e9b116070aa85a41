/*
 * _mingw.h - wrapper around mingw-w64's base configuration header.
 *
 * Part of the storport-race-check WDK shim: a clean-room wrapper, written
 * for analysis only (NOT a Microsoft or mingw-w64 header). mingw-w64 defines __forceinline as a macro for GCC
 * ("extern __inline__ __attribute__((gnu_inline))"). Code written for MSVC
 * uses __forceinline as the keyword it is there, e.g. "static __forceinline"
 * or "#define inline __forceinline" followed by "static inline"; with the
 * macro such declarations are ill-formed. clang provides __forceinline as a
 * keyword under -fms-extensions, so the macro is removed and the keyword
 * left to clang. FORCEINLINE (winnt.h) expands to __forceinline at each use
 * and so also gets the keyword.
 */

/* With -fms-compatibility on a *-windows-gnu target clang defines neither
 * GCC's __GNUC__ nor MSVC's _MSC_VER (the latter only with
 * -fms-compatibility-version). mingw-w64 then takes no compiler branch at
 * all: vadefs.h stops with "VARARGS not implemented" and _mingw.h defines
 * __attribute__(x) away, which breaks clang's own intrinsic headers. The
 * mingw-w64 headers are written for the GNU dialect that clang implements,
 * so in that configuration present clang as the GCC level it normally
 * reports (4.2.1). Nothing changes when either macro is already defined. */
#if defined(__clang__) && !defined(__GNUC__) && !defined(_MSC_VER)
#define __GNUC__ 4
#define __GNUC_MINOR__ 2
#define __GNUC_PATCHLEVEL__ 1
#endif

#include_next <_mingw.h>

#if defined(__clang__) && defined(__forceinline)
#undef __forceinline
#endif
