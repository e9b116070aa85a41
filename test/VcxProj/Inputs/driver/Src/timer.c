#include "adapter.h"

#ifdef STARTIO_ONLY
#error "STARTIO_ONLY belongs to startio.c only"
#endif

VOID MpTimer(PVOID DeviceExtension) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)DeviceExtension;
  Ext->Ticks = Ext->Pending + Ext->Queued;
  CountCompletion(Ext);
  StorPortNotification(RequestTimerCall, DeviceExtension, MpTimer, 500000);
}
