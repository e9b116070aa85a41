#include "adapter.h"

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
