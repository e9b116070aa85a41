/* Spelt "src\UTIL.C" in driver.vcxproj: found case-insensitively. */
#include "adapter.h"

void AccountSubmission(PADAPTER_EXTENSION Ext) {
#ifdef TRACK_PENDING
  Ext->Pending++;
#endif
}

void CountCompletion(PADAPTER_EXTENSION Ext) {
  InterlockedIncrement(&Ext->Completed);
}

void LockAdapter(PADAPTER_EXTENSION Ext, PSTOR_LOCK_HANDLE Handle) {
  StorPortAcquireSpinLock(Ext, StartIoLock, NULL, Handle);
}

void UnlockAdapter(PADAPTER_EXTENSION Ext, PSTOR_LOCK_HANDLE Handle) {
  StorPortReleaseSpinLock(Ext, Handle);
}
