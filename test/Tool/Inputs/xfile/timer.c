/* The timer reads the counter that HwStorStartIo increments. */
#include "ext.h"

VOID MpTimer(PVOID DeviceExtension) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)DeviceExtension;
  if (Ext->Outstanding > 64)
    Ext->Stalls = 1;
  StorPortNotification(RequestTimerCall, Ext, MpTimer, 1000000);
}
