#include "adapter.h"

BOOLEAN Adapter::submit(PSCSI_REQUEST_BLOCK Srb) {
  ++Outstanding;
  InterlockedIncrement(&Completions);
  Srb->SrbStatus = SRB_STATUS_PENDING;
  return TRUE;
}

void Adapter::tick() {
  Ticks = Ticks + 1;
  InterlockedExchange(&Completions, 0);
}
