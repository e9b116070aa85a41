#include "adapter.h"

VOID WatchdogTimer(PVOID DeviceExtension) {
  Adapter &A = *static_cast<Adapter *>(DeviceExtension);
  if (A.outstanding() > 16)
    A.tick();
}
