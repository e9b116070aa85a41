/* HwStorStartIo counts each request through a helper in util.c. */
#include "ext.h"

BOOLEAN MpStartIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)DeviceExtension;
  UtilCountRequest(Ext);
  Srb->SrbStatus = SRB_STATUS_SUCCESS;
  StorPortNotification(RequestComplete, Ext, Srb);
  return TRUE;
}
