/* A file of the shimdisk driver that includes a header its build generates
 * (not a WPP .tmh): it cannot be parsed here, the other files can. */
#include "shimdisk.h"
#include "generated_power_table.h"

ULONG SdPowerState(PSD_ADAPTER Adapter) { return Adapter->AllFlags; }
