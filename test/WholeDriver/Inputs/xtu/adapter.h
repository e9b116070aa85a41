/* A miniport split over several files, as real ones are: registration and
 * perf options in init.c, StartIo in startio.c, the timer in timer.c, and
 * the helpers and lock wrappers both use in util.c. */
#include "storport.h"

typedef struct _ADAPTER_EXTENSION {
  ULONG Pending;   /* race: helper in util.c, called from StartIo */
  ULONG Queued;    /* guarded by the lock wrappers in util.c */
  LONG Completed;  /* guarded: interlocked helper in util.c */
  ULONG Ticks;     /* the timer's own */
} ADAPTER_EXTENSION, *PADAPTER_EXTENSION;

HW_STARTIO MpStartIo;
HW_TIMER MpTimer;
HW_INITIALIZE MpInitialize;

void AccountSubmission(PADAPTER_EXTENSION Ext);
void CountCompletion(PADAPTER_EXTENSION Ext);
void LockAdapter(PADAPTER_EXTENSION Ext, PSTOR_LOCK_HANDLE Handle);
void UnlockAdapter(PADAPTER_EXTENSION Ext, PSTOR_LOCK_HANDLE Handle);
