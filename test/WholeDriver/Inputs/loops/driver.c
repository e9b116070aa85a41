/* HwStorInitialize sets up one queue per processor in a loop over a count
 * read from the device, and only then, with more than two queues, requests
 * concurrent channels: the request is reached only on paths that went
 * round the loop more often than the tool unrolls it. */
#include "test-driver.h"

#define MAX_QUEUES 16

typedef struct _ADAPTER_EXTENSION {
  ULONG NumQueues;
  ULONG QueueReady[MAX_QUEUES];
  ULONG Outstanding;
} ADAPTER_EXTENSION, *PADAPTER_EXTENSION;

BOOLEAN MpStartIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)DeviceExtension;
  Ext->Outstanding++;
  StorPortNotification(RequestComplete, DeviceExtension, Srb);
  return TRUE;
}

BOOLEAN MpInitialize(PVOID DeviceExtension) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)DeviceExtension;
  ULONG I;
  for (I = 0; I < Ext->NumQueues && I < MAX_QUEUES; I++)
    Ext->QueueReady[I] = 1;
  if (Ext->NumQueues > 2)
    TestRequestConcurrentChannels(DeviceExtension, Ext->NumQueues);
  return TRUE;
}

TEST_DRIVER_ENTRY(NULL, MpInitialize, MpStartIo)
