#include "adapter.h"

void AccountSubmission(PADAPTER_EXTENSION Ext) {
  Ext->Pending++;
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
