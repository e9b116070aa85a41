/* util.c with a non-ASCII comment before the access on its line. */
#include "ext.h"

VOID UtilCountRequest(PADAPTER_EXTENSION Ext) { /* ±1 → 𝛿 */ Ext->Outstanding++; }
