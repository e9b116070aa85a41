/* A helper declared with a PVOID parameter and defined with the typed
 * pointer: cl.exe warns (C4028) and builds it; clang rejects the
 * definition. The rest of the file is still analysed. */
#include "test-driver.h"

typedef struct _ADAPTER_EXTENSION {
  ULONG Outstanding;
  ULONG Built;
} ADAPTER_EXTENSION, *PADAPTER_EXTENSION;

VOID BuildCommand(PVOID Adapter, PSCSI_REQUEST_BLOCK Srb);

VOID BuildCommand(PADAPTER_EXTENSION Adapter, PSCSI_REQUEST_BLOCK Srb) {
  Adapter->Built++;
}

BOOLEAN MpStartIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)DeviceExtension;
  Ext->Outstanding++;
  BuildCommand(Ext, Srb);
  StorPortNotification(RequestComplete, DeviceExtension, Srb);
  return TRUE;
}

BOOLEAN MpInitialize(PVOID DeviceExtension) {
  return TestRequestConcurrentChannels(DeviceExtension, 4) == 0;
}

TEST_DRIVER_ENTRY(NULL, MpInitialize, MpStartIo)
