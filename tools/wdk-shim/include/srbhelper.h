/*
 * srbhelper.h - clean-room SRB / extended-SRB accessors for analysis.
 *
 * Part of the storport-race-check WDK shim, written from Microsoft's public
 * documentation of SCSI_REQUEST_BLOCK and STORAGE_REQUEST_BLOCK (the
 * MicrosoftDocs/windows-driver-docs-ddi SRB and Storport reference). It is
 * NOT Microsoft's header and shares no text with it. Each accessor works on
 * either SRB form, the way the documented helpers do: an extended SRB is
 * recognised by Function == SRB_FUNCTION_STORAGE_REQUEST_BLOCK, and its
 * per-function data is found through SrbExDataOffset[]. The bodies are
 * plain C so a static analyser can follow them; use this header for
 * analysis only, never to build a driver.
 */

#ifndef _SRBHELPER_H_
#define _SRBHELPER_H_

#include <storport.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Extended-SRB layout --------------------------------------------------- */

FORCEINLINE BOOLEAN SrbShimIsExtended_(PVOID Srb)
{
    return ((PSCSI_REQUEST_BLOCK)Srb)->Function == SRB_FUNCTION_STORAGE_REQUEST_BLOCK;
}

FORCEINLINE PSRBEX_DATA SrbGetSrbExDataByIndex(PSTORAGE_REQUEST_BLOCK Srb,
                                               ULONG SrbExDataIndex)
{
    ULONG Offset;

    if (SrbExDataIndex >= Srb->NumSrbExData)
        return NULL;
    Offset = Srb->SrbExDataOffset[SrbExDataIndex];
    if (Offset < sizeof(STORAGE_REQUEST_BLOCK) || Offset >= Srb->SrbLength)
        return NULL;
    return (PSRBEX_DATA)((PUCHAR)Srb + Offset);
}

FORCEINLINE PSRBEX_DATA SrbGetSrbExDataByType(PSTORAGE_REQUEST_BLOCK Srb,
                                              SRBEXDATATYPE Type)
{
    ULONG i;

    for (i = 0; i < Srb->NumSrbExData; i++) {
        PSRBEX_DATA Data = SrbGetSrbExDataByIndex(Srb, i);
        if (Data != NULL && Data->Type == Type)
            return Data;
    }
    return NULL;
}

/* The data block that describes the request's own function. */
FORCEINLINE PSRBEX_DATA SrbGetPrimarySrbExData(PSTORAGE_REQUEST_BLOCK Srb)
{
    switch (Srb->SrbFunction) {
    case SRB_FUNCTION_EXECUTE_SCSI:
    case SRB_FUNCTION_POWER:
    case SRB_FUNCTION_PNP:
    case SRB_FUNCTION_WMI:
        return SrbGetSrbExDataByIndex(Srb, 0);
    default:
        return NULL;
    }
}

FORCEINLINE PSTOR_ADDRESS SrbGetAddress(PSTORAGE_REQUEST_BLOCK Srb)
{
    if (Srb->AddressOffset == 0)
        return NULL;
    return (PSTOR_ADDRESS)((PUCHAR)Srb + Srb->AddressOffset);
}

/* Header fields --------------------------------------------------------- */

FORCEINLINE ULONG SrbGetSrbFunction(PVOID Srb)
{
    if (SrbShimIsExtended_(Srb))
        return ((PSTORAGE_REQUEST_BLOCK)Srb)->SrbFunction;
    return ((PSCSI_REQUEST_BLOCK)Srb)->Function;
}

FORCEINLINE ULONG SrbGetSrbLength(PVOID Srb)
{
    if (SrbShimIsExtended_(Srb))
        return ((PSTORAGE_REQUEST_BLOCK)Srb)->SrbLength;
    return ((PSCSI_REQUEST_BLOCK)Srb)->Length;
}

FORCEINLINE VOID SrbSetSrbLength(PVOID Srb, ULONG Length)
{
    if (SrbShimIsExtended_(Srb))
        ((PSTORAGE_REQUEST_BLOCK)Srb)->SrbLength = Length;
    else
        ((PSCSI_REQUEST_BLOCK)Srb)->Length = (USHORT)Length;
}

/* SrbStatus sits at the same offset in both forms. */
FORCEINLINE UCHAR SrbGetSrbStatus(PVOID Srb)
{
    return ((PSCSI_REQUEST_BLOCK)Srb)->SrbStatus;
}

FORCEINLINE VOID SrbSetSrbStatus(PVOID Srb, UCHAR Status)
{
    ((PSCSI_REQUEST_BLOCK)Srb)->SrbStatus = Status;
}

FORCEINLINE ULONG SrbGetSrbFlags(PVOID Srb)
{
    if (SrbShimIsExtended_(Srb))
        return ((PSTORAGE_REQUEST_BLOCK)Srb)->SrbFlags;
    return ((PSCSI_REQUEST_BLOCK)Srb)->SrbFlags;
}

/* Replaces the flags. */
FORCEINLINE VOID SrbAssignSrbFlags(PVOID Srb, ULONG Flags)
{
    if (SrbShimIsExtended_(Srb))
        ((PSTORAGE_REQUEST_BLOCK)Srb)->SrbFlags = Flags;
    else
        ((PSCSI_REQUEST_BLOCK)Srb)->SrbFlags = Flags;
}

/* Adds flags. */
FORCEINLINE VOID SrbSetSrbFlags(PVOID Srb, ULONG Flags)
{
    if (SrbShimIsExtended_(Srb))
        ((PSTORAGE_REQUEST_BLOCK)Srb)->SrbFlags |= Flags;
    else
        ((PSCSI_REQUEST_BLOCK)Srb)->SrbFlags |= Flags;
}

/* Removes flags. */
FORCEINLINE VOID SrbClearSrbFlags(PVOID Srb, ULONG Flags)
{
    if (SrbShimIsExtended_(Srb))
        ((PSTORAGE_REQUEST_BLOCK)Srb)->SrbFlags &= ~Flags;
    else
        ((PSCSI_REQUEST_BLOCK)Srb)->SrbFlags &= ~Flags;
}

FORCEINLINE PVOID SrbGetDataBuffer(PVOID Srb)
{
    if (SrbShimIsExtended_(Srb))
        return ((PSTORAGE_REQUEST_BLOCK)Srb)->DataBuffer;
    return ((PSCSI_REQUEST_BLOCK)Srb)->DataBuffer;
}

FORCEINLINE VOID SrbSetDataBuffer(PVOID Srb, PVOID DataBuffer)
{
    if (SrbShimIsExtended_(Srb))
        ((PSTORAGE_REQUEST_BLOCK)Srb)->DataBuffer = DataBuffer;
    else
        ((PSCSI_REQUEST_BLOCK)Srb)->DataBuffer = DataBuffer;
}

FORCEINLINE ULONG SrbGetDataTransferLength(PVOID Srb)
{
    if (SrbShimIsExtended_(Srb))
        return ((PSTORAGE_REQUEST_BLOCK)Srb)->DataTransferLength;
    return ((PSCSI_REQUEST_BLOCK)Srb)->DataTransferLength;
}

FORCEINLINE VOID SrbSetDataTransferLength(PVOID Srb, ULONG DataTransferLength)
{
    if (SrbShimIsExtended_(Srb))
        ((PSTORAGE_REQUEST_BLOCK)Srb)->DataTransferLength = DataTransferLength;
    else
        ((PSCSI_REQUEST_BLOCK)Srb)->DataTransferLength = DataTransferLength;
}

FORCEINLINE ULONG SrbGetTimeOutValue(PVOID Srb)
{
    if (SrbShimIsExtended_(Srb))
        return ((PSTORAGE_REQUEST_BLOCK)Srb)->TimeOutValue;
    return ((PSCSI_REQUEST_BLOCK)Srb)->TimeOutValue;
}

FORCEINLINE VOID SrbSetTimeOutValue(PVOID Srb, ULONG TimeOutValue)
{
    if (SrbShimIsExtended_(Srb))
        ((PSTORAGE_REQUEST_BLOCK)Srb)->TimeOutValue = TimeOutValue;
    else
        ((PSCSI_REQUEST_BLOCK)Srb)->TimeOutValue = TimeOutValue;
}

FORCEINLINE ULONG SrbGetSystemStatus(PVOID Srb)
{
    if (SrbShimIsExtended_(Srb))
        return ((PSTORAGE_REQUEST_BLOCK)Srb)->SystemStatus;
    return ((PSCSI_REQUEST_BLOCK)Srb)->InternalStatus;
}

FORCEINLINE VOID SrbSetSystemStatus(PVOID Srb, ULONG Status)
{
    if (SrbShimIsExtended_(Srb))
        ((PSTORAGE_REQUEST_BLOCK)Srb)->SystemStatus = Status;
    else
        ((PSCSI_REQUEST_BLOCK)Srb)->InternalStatus = Status;
}

FORCEINLINE ULONG SrbGetQueueTag(PVOID Srb)
{
    if (SrbShimIsExtended_(Srb))
        return ((PSTORAGE_REQUEST_BLOCK)Srb)->RequestTag;
    return ((PSCSI_REQUEST_BLOCK)Srb)->QueueTag;
}

FORCEINLINE VOID SrbSetQueueTag(PVOID Srb, ULONG QueueTag)
{
    if (SrbShimIsExtended_(Srb))
        ((PSTORAGE_REQUEST_BLOCK)Srb)->RequestTag = QueueTag;
    else
        ((PSCSI_REQUEST_BLOCK)Srb)->QueueTag = (UCHAR)QueueTag;
}

#define SrbGetRequestTag SrbGetQueueTag
#define SrbSetRequestTag SrbSetQueueTag

FORCEINLINE UCHAR SrbGetQueueAction(PVOID Srb)
{
    if (SrbShimIsExtended_(Srb))
        return (UCHAR)((PSTORAGE_REQUEST_BLOCK)Srb)->RequestAttribute;
    return ((PSCSI_REQUEST_BLOCK)Srb)->QueueAction;
}

FORCEINLINE VOID SrbSetQueueAction(PVOID Srb, UCHAR QueueAction)
{
    if (SrbShimIsExtended_(Srb))
        ((PSTORAGE_REQUEST_BLOCK)Srb)->RequestAttribute = QueueAction;
    else
        ((PSCSI_REQUEST_BLOCK)Srb)->QueueAction = QueueAction;
}

#define SrbGetRequestAttribute SrbGetQueueAction
#define SrbSetRequestAttribute SrbSetQueueAction

FORCEINLINE PVOID SrbGetNextSrb(PVOID Srb)
{
    if (SrbShimIsExtended_(Srb))
        return ((PSTORAGE_REQUEST_BLOCK)Srb)->NextSrb;
    return ((PSCSI_REQUEST_BLOCK)Srb)->NextSrb;
}

FORCEINLINE VOID SrbSetNextSrb(PVOID Srb, PVOID NextSrb)
{
    if (SrbShimIsExtended_(Srb))
        ((PSTORAGE_REQUEST_BLOCK)Srb)->NextSrb = (PSTORAGE_REQUEST_BLOCK)NextSrb;
    else
        ((PSCSI_REQUEST_BLOCK)Srb)->NextSrb = (PSCSI_REQUEST_BLOCK)NextSrb;
}

FORCEINLINE PVOID SrbGetOriginalRequest(PVOID Srb)
{
    if (SrbShimIsExtended_(Srb))
        return ((PSTORAGE_REQUEST_BLOCK)Srb)->OriginalRequest;
    return ((PSCSI_REQUEST_BLOCK)Srb)->OriginalRequest;
}

FORCEINLINE VOID SrbSetOriginalRequest(PVOID Srb, PVOID OriginalRequest)
{
    if (SrbShimIsExtended_(Srb))
        ((PSTORAGE_REQUEST_BLOCK)Srb)->OriginalRequest = OriginalRequest;
    else
        ((PSCSI_REQUEST_BLOCK)Srb)->OriginalRequest = OriginalRequest;
}

/* The per-request miniport storage (SrbExtension / MiniportContext). */
FORCEINLINE PVOID SrbGetMiniportContext(PVOID Srb)
{
    if (SrbShimIsExtended_(Srb))
        return ((PSTORAGE_REQUEST_BLOCK)Srb)->MiniportContext;
    return ((PSCSI_REQUEST_BLOCK)Srb)->SrbExtension;
}

FORCEINLINE VOID SrbSetMiniportContext(PVOID Srb, PVOID Context)
{
    if (SrbShimIsExtended_(Srb))
        ((PSTORAGE_REQUEST_BLOCK)Srb)->MiniportContext = Context;
    else
        ((PSCSI_REQUEST_BLOCK)Srb)->SrbExtension = Context;
}

FORCEINLINE PVOID SrbGetPortContext(PVOID Srb)
{
    if (SrbShimIsExtended_(Srb))
        return ((PSTORAGE_REQUEST_BLOCK)Srb)->PortContext;
    return NULL;
}

FORCEINLINE VOID SrbSetPortContext(PVOID Srb, PVOID Context)
{
    if (SrbShimIsExtended_(Srb))
        ((PSTORAGE_REQUEST_BLOCK)Srb)->PortContext = Context;
}

FORCEINLINE PVOID SrbGetClassContext(PVOID Srb)
{
    if (SrbShimIsExtended_(Srb))
        return ((PSTORAGE_REQUEST_BLOCK)Srb)->ClassContext;
    return NULL;
}

FORCEINLINE VOID SrbSetClassContext(PVOID Srb, PVOID Context)
{
    if (SrbShimIsExtended_(Srb))
        ((PSTORAGE_REQUEST_BLOCK)Srb)->ClassContext = Context;
}

/* Addressing ------------------------------------------------------------ */

FORCEINLINE VOID SrbGetPathTargetLun(PVOID Srb, PUCHAR PathId, PUCHAR TargetId, PUCHAR Lun)
{
    if (SrbShimIsExtended_(Srb)) {
        PSTOR_ADDRESS Address = SrbGetAddress((PSTORAGE_REQUEST_BLOCK)Srb);
        if (Address != NULL && Address->Type == STOR_ADDRESS_TYPE_BTL8) {
            PSTOR_ADDR_BTL8 Btl8 = (PSTOR_ADDR_BTL8)Address;
            if (PathId != NULL)
                *PathId = Btl8->Path;
            if (TargetId != NULL)
                *TargetId = Btl8->Target;
            if (Lun != NULL)
                *Lun = Btl8->Lun;
        }
        return;
    }
    if (PathId != NULL)
        *PathId = ((PSCSI_REQUEST_BLOCK)Srb)->PathId;
    if (TargetId != NULL)
        *TargetId = ((PSCSI_REQUEST_BLOCK)Srb)->TargetId;
    if (Lun != NULL)
        *Lun = ((PSCSI_REQUEST_BLOCK)Srb)->Lun;
}

FORCEINLINE UCHAR SrbGetPathId(PVOID Srb)
{
    UCHAR PathId = 0;
    SrbGetPathTargetLun(Srb, &PathId, NULL, NULL);
    return PathId;
}

FORCEINLINE UCHAR SrbGetTargetId(PVOID Srb)
{
    UCHAR TargetId = 0;
    SrbGetPathTargetLun(Srb, NULL, &TargetId, NULL);
    return TargetId;
}

FORCEINLINE UCHAR SrbGetLun(PVOID Srb)
{
    UCHAR Lun = 0;
    SrbGetPathTargetLun(Srb, NULL, NULL, &Lun);
    return Lun;
}

/* SCSI command data ----------------------------------------------------- */

/* Fills in whichever outputs are non-NULL from the SCSI CDB data of an
 * extended SRB and returns its CDB (NULL when it carries none). */
FORCEINLINE PCDB SrbGetScsiData(PSTORAGE_REQUEST_BLOCK SrbEx, PUCHAR CdbLength8,
                                PULONG CdbLength32, PUCHAR ScsiStatus,
                                PVOID *SenseInfoBuffer, PUCHAR SenseInfoBufferLength)
{
    PSRBEX_DATA Data;

    if (SrbEx->SrbFunction != SRB_FUNCTION_EXECUTE_SCSI)
        return NULL;
    Data = SrbGetPrimarySrbExData(SrbEx);
    if (Data == NULL)
        return NULL;
    switch (Data->Type) {
    case SrbExDataTypeScsiCdb16: {
        PSRBEX_DATA_SCSI_CDB16 Cdb16 = (PSRBEX_DATA_SCSI_CDB16)Data;
        if (CdbLength8 != NULL)
            *CdbLength8 = Cdb16->CdbLength;
        if (CdbLength32 != NULL)
            *CdbLength32 = Cdb16->CdbLength;
        if (ScsiStatus != NULL)
            *ScsiStatus = Cdb16->ScsiStatus;
        if (SenseInfoBuffer != NULL)
            *SenseInfoBuffer = Cdb16->SenseInfoBuffer;
        if (SenseInfoBufferLength != NULL)
            *SenseInfoBufferLength = Cdb16->SenseInfoBufferLength;
        return (PCDB)Cdb16->Cdb;
    }
    case SrbExDataTypeScsiCdb32: {
        PSRBEX_DATA_SCSI_CDB32 Cdb32 = (PSRBEX_DATA_SCSI_CDB32)Data;
        if (CdbLength8 != NULL)
            *CdbLength8 = Cdb32->CdbLength;
        if (CdbLength32 != NULL)
            *CdbLength32 = Cdb32->CdbLength;
        if (ScsiStatus != NULL)
            *ScsiStatus = Cdb32->ScsiStatus;
        if (SenseInfoBuffer != NULL)
            *SenseInfoBuffer = Cdb32->SenseInfoBuffer;
        if (SenseInfoBufferLength != NULL)
            *SenseInfoBufferLength = Cdb32->SenseInfoBufferLength;
        return (PCDB)Cdb32->Cdb;
    }
    case SrbExDataTypeScsiCdbVar: {
        PSRBEX_DATA_SCSI_CDB_VAR CdbVar = (PSRBEX_DATA_SCSI_CDB_VAR)Data;
        if (CdbLength8 != NULL)
            *CdbLength8 = (UCHAR)(CdbVar->CdbLength <= 0xFF ? CdbVar->CdbLength : 0);
        if (CdbLength32 != NULL)
            *CdbLength32 = CdbVar->CdbLength;
        if (ScsiStatus != NULL)
            *ScsiStatus = CdbVar->ScsiStatus;
        if (SenseInfoBuffer != NULL)
            *SenseInfoBuffer = CdbVar->SenseInfoBuffer;
        if (SenseInfoBufferLength != NULL)
            *SenseInfoBufferLength = CdbVar->SenseInfoBufferLength;
        return (PCDB)CdbVar->Cdb;
    }
    default:
        return NULL;
    }
}

/* Stores whichever inputs are non-NULL into the SCSI CDB data of an
 * extended SRB. */
FORCEINLINE VOID SrbSetScsiData(PSTORAGE_REQUEST_BLOCK SrbEx, PUCHAR CdbLength8,
                                PULONG CdbLength32, PUCHAR ScsiStatus,
                                PVOID *SenseInfoBuffer, PUCHAR SenseInfoBufferLength)
{
    PSRBEX_DATA Data;

    if (SrbEx->SrbFunction != SRB_FUNCTION_EXECUTE_SCSI)
        return;
    Data = SrbGetPrimarySrbExData(SrbEx);
    if (Data == NULL)
        return;
    switch (Data->Type) {
    case SrbExDataTypeScsiCdb16: {
        PSRBEX_DATA_SCSI_CDB16 Cdb16 = (PSRBEX_DATA_SCSI_CDB16)Data;
        if (CdbLength8 != NULL)
            Cdb16->CdbLength = *CdbLength8;
        if (ScsiStatus != NULL)
            Cdb16->ScsiStatus = *ScsiStatus;
        if (SenseInfoBuffer != NULL)
            Cdb16->SenseInfoBuffer = *SenseInfoBuffer;
        if (SenseInfoBufferLength != NULL)
            Cdb16->SenseInfoBufferLength = *SenseInfoBufferLength;
        break;
    }
    case SrbExDataTypeScsiCdb32: {
        PSRBEX_DATA_SCSI_CDB32 Cdb32 = (PSRBEX_DATA_SCSI_CDB32)Data;
        if (CdbLength8 != NULL)
            Cdb32->CdbLength = *CdbLength8;
        if (ScsiStatus != NULL)
            Cdb32->ScsiStatus = *ScsiStatus;
        if (SenseInfoBuffer != NULL)
            Cdb32->SenseInfoBuffer = *SenseInfoBuffer;
        if (SenseInfoBufferLength != NULL)
            Cdb32->SenseInfoBufferLength = *SenseInfoBufferLength;
        break;
    }
    case SrbExDataTypeScsiCdbVar: {
        PSRBEX_DATA_SCSI_CDB_VAR CdbVar = (PSRBEX_DATA_SCSI_CDB_VAR)Data;
        if (CdbLength32 != NULL)
            CdbVar->CdbLength = *CdbLength32;
        else if (CdbLength8 != NULL)
            CdbVar->CdbLength = *CdbLength8;
        if (ScsiStatus != NULL)
            CdbVar->ScsiStatus = *ScsiStatus;
        if (SenseInfoBuffer != NULL)
            CdbVar->SenseInfoBuffer = *SenseInfoBuffer;
        if (SenseInfoBufferLength != NULL)
            CdbVar->SenseInfoBufferLength = *SenseInfoBufferLength;
        break;
    }
    default:
        break;
    }
}

FORCEINLINE PCDB SrbGetCdb(PVOID Srb)
{
    if (SrbShimIsExtended_(Srb))
        return SrbGetScsiData((PSTORAGE_REQUEST_BLOCK)Srb, NULL, NULL, NULL, NULL, NULL);
    return (PCDB)((PSCSI_REQUEST_BLOCK)Srb)->Cdb;
}

FORCEINLINE UCHAR SrbGetCdbLength(PVOID Srb)
{
    UCHAR Length = 0;
    if (SrbShimIsExtended_(Srb))
        SrbGetScsiData((PSTORAGE_REQUEST_BLOCK)Srb, &Length, NULL, NULL, NULL, NULL);
    else
        Length = ((PSCSI_REQUEST_BLOCK)Srb)->CdbLength;
    return Length;
}

FORCEINLINE VOID SrbSetCdbLength(PVOID Srb, UCHAR CdbLength)
{
    if (SrbShimIsExtended_(Srb))
        SrbSetScsiData((PSTORAGE_REQUEST_BLOCK)Srb, &CdbLength, NULL, NULL, NULL, NULL);
    else
        ((PSCSI_REQUEST_BLOCK)Srb)->CdbLength = CdbLength;
}

FORCEINLINE UCHAR SrbGetScsiStatus(PVOID Srb)
{
    UCHAR Status = SCSISTAT_GOOD;
    if (SrbShimIsExtended_(Srb))
        SrbGetScsiData((PSTORAGE_REQUEST_BLOCK)Srb, NULL, NULL, &Status, NULL, NULL);
    else
        Status = ((PSCSI_REQUEST_BLOCK)Srb)->ScsiStatus;
    return Status;
}

FORCEINLINE VOID SrbSetScsiStatus(PVOID Srb, UCHAR ScsiStatus)
{
    if (SrbShimIsExtended_(Srb))
        SrbSetScsiData((PSTORAGE_REQUEST_BLOCK)Srb, NULL, NULL, &ScsiStatus, NULL, NULL);
    else
        ((PSCSI_REQUEST_BLOCK)Srb)->ScsiStatus = ScsiStatus;
}

FORCEINLINE PVOID SrbGetSenseInfoBuffer(PVOID Srb)
{
    PVOID Buffer = NULL;
    if (SrbShimIsExtended_(Srb))
        SrbGetScsiData((PSTORAGE_REQUEST_BLOCK)Srb, NULL, NULL, NULL, &Buffer, NULL);
    else
        Buffer = ((PSCSI_REQUEST_BLOCK)Srb)->SenseInfoBuffer;
    return Buffer;
}

FORCEINLINE VOID SrbSetSenseInfoBuffer(PVOID Srb, PVOID SenseInfoBuffer)
{
    if (SrbShimIsExtended_(Srb))
        SrbSetScsiData((PSTORAGE_REQUEST_BLOCK)Srb, NULL, NULL, NULL, &SenseInfoBuffer, NULL);
    else
        ((PSCSI_REQUEST_BLOCK)Srb)->SenseInfoBuffer = SenseInfoBuffer;
}

FORCEINLINE UCHAR SrbGetSenseInfoBufferLength(PVOID Srb)
{
    UCHAR Length = 0;
    if (SrbShimIsExtended_(Srb))
        SrbGetScsiData((PSTORAGE_REQUEST_BLOCK)Srb, NULL, NULL, NULL, NULL, &Length);
    else
        Length = ((PSCSI_REQUEST_BLOCK)Srb)->SenseInfoBufferLength;
    return Length;
}

FORCEINLINE VOID SrbSetSenseInfoBufferLength(PVOID Srb, UCHAR SenseInfoBufferLength)
{
    if (SrbShimIsExtended_(Srb))
        SrbSetScsiData((PSTORAGE_REQUEST_BLOCK)Srb, NULL, NULL, NULL, NULL,
                       &SenseInfoBufferLength);
    else
        ((PSCSI_REQUEST_BLOCK)Srb)->SenseInfoBufferLength = SenseInfoBufferLength;
}

/* Whole-SRB helpers ----------------------------------------------------- */

FORCEINLINE VOID SrbZeroSrb(PVOID Srb)
{
    if (SrbShimIsExtended_(Srb)) {
        PSTORAGE_REQUEST_BLOCK SrbEx = (PSTORAGE_REQUEST_BLOCK)Srb;
        ULONG Length = SrbEx->SrbLength;
        memset(Srb, 0, Length);
        SrbEx->Function = SRB_FUNCTION_STORAGE_REQUEST_BLOCK;
        SrbEx->Length = (USHORT)STORAGE_REQUEST_BLOCK_HEADER_SIZE;
        SrbEx->Signature = SRB_SIGNATURE;
        SrbEx->Version = STORAGE_REQUEST_BLOCK_VERSION_1;
        SrbEx->SrbLength = Length;
        return;
    }
    memset(Srb, 0, sizeof(SCSI_REQUEST_BLOCK));
}

FORCEINLINE ULONG SrbCopySrb(PVOID DestinationSrb, ULONG DestinationSrbLength, PVOID SourceSrb)
{
    ULONG Length = SrbGetSrbLength(SourceSrb);
    if (SrbShimIsExtended_(SourceSrb) == FALSE)
        Length = sizeof(SCSI_REQUEST_BLOCK);
    if (DestinationSrbLength < Length)
        return STOR_STATUS_BUFFER_TOO_SMALL;
    memcpy(DestinationSrb, SourceSrb, Length);
    return STOR_STATUS_SUCCESS;
}

#ifdef __cplusplus
}
#endif

#endif /* _SRBHELPER_H_ */
