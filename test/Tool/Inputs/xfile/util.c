/* Helpers shared by the callbacks. */
#include "ext.h"

VOID UtilCountRequest(PADAPTER_EXTENSION Ext) { Ext->Outstanding++; }
