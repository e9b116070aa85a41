/* A miniport split over several files (as test/WholeDriver/Inputs/xtu),
 * built from a Visual Studio project. Found through the include directory
 * that props/common.props adds. */
#include "storport.h"

#ifndef FORCED_INCLUDE
#error "force.h (ForcedIncludeFiles of props/common.props) was not included"
#endif
#ifndef FROM_PROPS
#error "FROM_PROPS (PreprocessorDefinitions of props/common.props) missing"
#endif
#ifndef FROM_PROJECT
#error "FROM_PROJECT (PreprocessorDefinitions of driver.vcxproj) missing"
#endif
/* driver.vcxproj defines CONFIG_not_debug outside Debug by property
 * functions, CONFIG_ (nothing) in Debug. */
#if defined(CHECK_CONFIG) && defined(TRACK_PENDING) == defined(CONFIG_not_debug)
#error "TRACK_PENDING must be defined exactly when CONFIG_not_debug is not"
#endif

typedef struct _ADAPTER_EXTENSION {
  ULONG Pending;   /* race in Debug: TRACK_PENDING counts it in StartIo */
  ULONG Queued;    /* guarded by the lock wrappers in Util.c */
  LONG Completed;  /* guarded: interlocked helper in Util.c */
  ULONG Ticks;     /* the timer's own */
} ADAPTER_EXTENSION, *PADAPTER_EXTENSION;

HW_STARTIO MpStartIo;
HW_TIMER MpTimer;
HW_INITIALIZE MpInitialize;

void AccountSubmission(PADAPTER_EXTENSION Ext);
void CountCompletion(PADAPTER_EXTENSION Ext);
void LockAdapter(PADAPTER_EXTENSION Ext, PSTOR_LOCK_HANDLE Handle);
void UnlockAdapter(PADAPTER_EXTENSION Ext, PSTOR_LOCK_HANDLE Handle);
