// A miniport written in C++: the device extension is a class, callbacks are
// static members or free functions that call member functions.
#include "storport.h"

class Adapter {
public:
  static HW_STARTIO HwStartIo;
  static HW_INITIALIZE HwInitialize;

  BOOLEAN submit(PSCSI_REQUEST_BLOCK Srb); // queue.cpp
  void tick();                             // queue.cpp
  ULONG outstanding() const { return Outstanding; }

  ULONG Outstanding; // race: submit() in StartIo, tick() in the timer
  LONG Completions;  // interlocked on both sides
  ULONG Ticks;
};

HW_TIMER WatchdogTimer;
