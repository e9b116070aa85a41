#include "adapter.h"

#ifndef STARTIO_ONLY
#error "STARTIO_ONLY (this item's own PreprocessorDefinitions) missing"
#endif

BOOLEAN MpStartIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)DeviceExtension;
  STOR_LOCK_HANDLE Handle;
  AccountSubmission(Ext);
  LockAdapter(Ext, &Handle);
  Ext->Queued++;
  UnlockAdapter(Ext, &Handle);
  CountCompletion(Ext);
  Srb->SrbStatus = SRB_STATUS_PENDING;
  return TRUE;
}
