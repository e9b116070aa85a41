#include "adapter.h"

VOID MpTimer(PVOID DeviceExtension) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)DeviceExtension;
  Ext->Ticks = Ext->Pending + Ext->Queued;
  CountCompletion(Ext);
  StorPortNotification(RequestTimerCall, DeviceExtension, MpTimer, 500000);
}
