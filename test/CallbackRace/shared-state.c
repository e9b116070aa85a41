// Shared state is memory reached from the device extension passed to the
// callback: fields, nested structs, array elements, objects reached through
// pointers stored in the extension; through casts, local aliases, macros and
// helper calls. Per-request state (SRB, SRB extension) and locals are not.
// Under concurrent channels StartIo also races with itself, hence the second
// warning at each StartIo write.
//
// RUN: %clang_analyze_cc1 %plain -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify %s
// RUN: %clang_analyze_cc1 %wdk -analyzer-config storport.CallbackRace:PerfMode=concurrent -verify %s
// expected-note-re@*:* 0+ {{{{.*}}}}

#include "test-driver.h"

typedef struct _STATS {
  ULONG Reads;
  ULONG Writes;
  ULONG Quiet; // touched by the timer only
} STATS;

typedef struct _RING {
  ULONG Head;
  ULONG Tail;
} RING, *PRING;

typedef struct _QUEUE_STATE {
  ULONG Depth;
  BOOLEAN Busy;
} QUEUE_STATE;

typedef struct _ADAPTER_EXTENSION {
  ULONG Flags;
  STATS Stats;
  QUEUE_STATE Queues[4];
  ULONG Slots[8];
  PRING Ring;
  ULONG AliasTarget;
  ULONG MacroField;
  ULONG HelperField;
  ULONG DeepField;
  ULONG ReadOnly;
  STATS Cleared;
  UCHAR Inquiry[36];
} ADAPTER_EXTENSION, *PADAPTER_EXTENSION;

typedef struct _SRB_EXTENSION {
  ULONG Retries;
} SRB_EXTENSION, *PSRB_EXTENSION;

#define EXT_MACRO_FIELD(DevExt) (((PADAPTER_EXTENSION)(DevExt))->MacroField)

static void SetHelperField(PADAPTER_EXTENSION Ext, ULONG V) {
  Ext->HelperField = V; // expected-warning{{'ADAPTER_EXTENSION.HelperField' is written in HwStorStartIo 'MpStartIo' and read in HwStorTimer 'MpTimer'}}
  // expected-warning@-1{{'ADAPTER_EXTENSION.HelperField' is written in HwStorStartIo 'MpStartIo' and written in another instance of HwStorStartIo 'MpStartIo'}}
}

static void Level2(PADAPTER_EXTENSION Ext) {
  Ext->DeepField = 1; // expected-warning{{'ADAPTER_EXTENSION.DeepField' is written in HwStorStartIo 'MpStartIo' and read in HwStorTimer 'MpTimer'}}
  // expected-warning@-1{{'ADAPTER_EXTENSION.DeepField' is written in HwStorStartIo 'MpStartIo' and written in another instance of HwStorStartIo 'MpStartIo'}}
}
static void Level1(PADAPTER_EXTENSION Ext) { Level2(Ext); }

BOOLEAN MpStartIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)DeviceExtension;
  PSRB_EXTENSION SrbExt = (PSRB_EXTENSION)Srb->SrbExtension;
  ULONG Local = 0;
  ULONG *Alias = &Ext->AliasTarget;
  ULONG Index = Srb->QueueTag & 3;

  // Through the cast parameter.
  Ext->Flags = 1; // expected-warning{{'ADAPTER_EXTENSION.Flags' is written in HwStorStartIo 'MpStartIo' and read in HwStorTimer 'MpTimer'}}
  // expected-warning@-1{{'ADAPTER_EXTENSION.Flags' is written in HwStorStartIo 'MpStartIo' and written in another instance of HwStorStartIo 'MpStartIo'}}
  // Nested struct member.
  Ext->Stats.Reads++; // expected-warning{{'ADAPTER_EXTENSION.Stats.Reads' is written in HwStorStartIo 'MpStartIo' and read in HwStorTimer 'MpTimer'}}
  // expected-warning@-1{{'ADAPTER_EXTENSION.Stats.Reads' is written in HwStorStartIo 'MpStartIo' and written in another instance of HwStorStartIo 'MpStartIo'}}
  // Array element with an unknown index.
  Ext->Queues[Index].Depth++; // expected-warning{{'ADAPTER_EXTENSION.Queues[].Depth' is written in HwStorStartIo 'MpStartIo' and read in HwStorTimer 'MpTimer'}}
  // expected-warning@-1{{'ADAPTER_EXTENSION.Queues[].Depth' is written in HwStorStartIo 'MpStartIo' and written in another instance of HwStorStartIo 'MpStartIo'}}
  // Constant index 2; the timer reads only element 5.
  Ext->Slots[2] = 7; // expected-warning{{'ADAPTER_EXTENSION.Slots[2]' is written in HwStorStartIo 'MpStartIo' and written in another instance of HwStorStartIo 'MpStartIo'}}
  // Through a pointer stored in the extension.
  Ext->Ring->Head++; // expected-warning{{'ADAPTER_EXTENSION.Ring->Head' is written in HwStorStartIo 'MpStartIo' and read in HwStorTimer 'MpTimer'}}
  // expected-warning@-1{{'ADAPTER_EXTENSION.Ring->Head' is written in HwStorStartIo 'MpStartIo' and written in another instance of HwStorStartIo 'MpStartIo'}}
  // Through a local alias.
  *Alias = 3; // expected-warning{{'ADAPTER_EXTENSION.AliasTarget' is written in HwStorStartIo 'MpStartIo' and read in HwStorTimer 'MpTimer'}}
  // expected-warning@-1{{'ADAPTER_EXTENSION.AliasTarget' is written in HwStorStartIo 'MpStartIo' and written in another instance of HwStorStartIo 'MpStartIo'}}
  // Through a macro and an inline cast of the untyped parameter.
  EXT_MACRO_FIELD(DeviceExtension) = 5; // expected-warning{{'ADAPTER_EXTENSION.MacroField' is written in HwStorStartIo 'MpStartIo' and read in HwStorTimer 'MpTimer'}}
  // expected-warning@-1{{'ADAPTER_EXTENSION.MacroField' is written in HwStorStartIo 'MpStartIo' and written in another instance of HwStorStartIo 'MpStartIo'}}
  // Through helpers.
  SetHelperField(Ext, 9);
  Level1(Ext);
  // Whole objects written by memory routines.
  RtlZeroMemory(&Ext->Cleared, sizeof(Ext->Cleared)); // expected-warning{{'ADAPTER_EXTENSION.Cleared' is written in HwStorStartIo 'MpStartIo' and read in HwStorTimer 'MpTimer'}}
  // expected-warning@-1{{'ADAPTER_EXTENSION.Cleared' is written in HwStorStartIo 'MpStartIo' and written in another instance of HwStorStartIo 'MpStartIo'}}
  StorPortMoveMemory(Ext->Inquiry, Srb->DataBuffer, sizeof(Ext->Inquiry)); // expected-warning{{'ADAPTER_EXTENSION.Inquiry' is written in HwStorStartIo 'MpStartIo' and read in HwStorTimer 'MpTimer'}}
  // expected-warning@-1{{'ADAPTER_EXTENSION.Inquiry' is written in HwStorStartIo 'MpStartIo' and written in another instance of HwStorStartIo 'MpStartIo'}}

  // Not shared: per-request state and locals.
  SrbExt->Retries++;
  Srb->SrbStatus = SRB_STATUS_SUCCESS;
  Srb->DataTransferLength = 0;
  Local++;
  // Reads on both sides are not a race.
  if (Ext->ReadOnly)
    Local++;
  // A copy of the extension is local.
  {
    ADAPTER_EXTENSION Copy = *Ext;
    Copy.Stats.Writes++;
  }
  return TRUE;
}

VOID MpTimer(PVOID DeviceExtension) {
  PADAPTER_EXTENSION Ext = (PADAPTER_EXTENSION)DeviceExtension;
  ULONG Sum = Ext->Flags + Ext->Stats.Reads + Ext->Queues[1].Depth +
              Ext->Slots[5] + Ext->Ring->Head + Ext->AliasTarget +
              Ext->MacroField + Ext->HelperField + Ext->DeepField +
              Ext->ReadOnly + Ext->Cleared.Writes + Ext->Inquiry[8];
  Ext->Stats.Quiet = Sum; // StartIo never touches it.
}

BOOLEAN MpInitialize(PVOID DeviceExtension) {
  StorPortNotification(RequestTimerCall, DeviceExtension, MpTimer, 1000);
  return TRUE;
}

TEST_DRIVER_ENTRY(NULL, MpInitialize, MpStartIo)
