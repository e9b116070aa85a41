/* The shared device extension of the cross-file test driver. */
#ifndef XFILE_EXT_H
#define XFILE_EXT_H

#include "storport.h"

typedef struct _ADAPTER_EXTENSION {
  ULONG Outstanding;
  ULONG Stalls;
} ADAPTER_EXTENSION, *PADAPTER_EXTENSION;

VOID UtilCountRequest(PADAPTER_EXTENSION Ext);
BOOLEAN MpStartIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb);
VOID MpTimer(PVOID DeviceExtension);

#endif /* XFILE_EXT_H */
