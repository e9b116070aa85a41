/*
 * ntddscsi.h - wrapper completing mingw-w64's SCSI IOCTL header.
 *
 * Part of the storport-race-check WDK shim; NOT Microsoft's header. It
 * includes mingw-w64's ntddscsi.h (public domain), which stops at the
 * Windows XP-era definitions, and then adds the miniport IOCTL interfaces
 * that Storport miniports implement (SMART, NV cache, hybrid disk, firmware
 * update, diagnostics, endurance, extended pass-through). Clean-room: written
 * from Microsoft's public DDI reference (ntddscsi section of
 * learn.microsoft.com / MicrosoftDocs/windows-driver-docs-ddi); numeric
 * values are the documented ones or, where the reference does not print
 * them, the values published in Microsoft's Windows metadata. For static
 * analysis only.
 */

#ifndef _STORPORT_SHIM_NTDDSCSI_H_
#define _STORPORT_SHIM_NTDDSCSI_H_

#include_next <ntddscsi.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef FILE_DEVICE_SCSI
#define FILE_DEVICE_SCSI                        0x0000001B
#endif

/* ----------------------------------------------------------------------
 * IOCTL codes missing from mingw-w64
 * ---------------------------------------------------------------------- */
#ifndef IOCTL_IDE_PASS_THROUGH
#define IOCTL_IDE_PASS_THROUGH          CTL_CODE(IOCTL_SCSI_BASE, 0x040A, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#endif
#ifndef IOCTL_ATA_PASS_THROUGH
#define IOCTL_ATA_PASS_THROUGH          CTL_CODE(IOCTL_SCSI_BASE, 0x040B, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#endif
#ifndef IOCTL_ATA_PASS_THROUGH_DIRECT
#define IOCTL_ATA_PASS_THROUGH_DIRECT   CTL_CODE(IOCTL_SCSI_BASE, 0x040C, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#endif
#ifndef IOCTL_ATA_MINIPORT
#define IOCTL_ATA_MINIPORT              CTL_CODE(IOCTL_SCSI_BASE, 0x040D, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#endif
#ifndef IOCTL_MINIPORT_PROCESS_SERVICE_IRP
#define IOCTL_MINIPORT_PROCESS_SERVICE_IRP CTL_CODE(IOCTL_SCSI_BASE, 0x040E, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#endif
#ifndef IOCTL_MPIO_PASS_THROUGH_PATH
#define IOCTL_MPIO_PASS_THROUGH_PATH    CTL_CODE(IOCTL_SCSI_BASE, 0x040F, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#endif
#ifndef IOCTL_MPIO_PASS_THROUGH_PATH_DIRECT
#define IOCTL_MPIO_PASS_THROUGH_PATH_DIRECT CTL_CODE(IOCTL_SCSI_BASE, 0x0410, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#endif
#ifndef IOCTL_SCSI_PASS_THROUGH_EX
#define IOCTL_SCSI_PASS_THROUGH_EX      CTL_CODE(IOCTL_SCSI_BASE, 0x0411, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#endif
#ifndef IOCTL_SCSI_PASS_THROUGH_DIRECT_EX
#define IOCTL_SCSI_PASS_THROUGH_DIRECT_EX CTL_CODE(IOCTL_SCSI_BASE, 0x0412, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#endif
#ifndef IOCTL_MPIO_PASS_THROUGH_PATH_EX
#define IOCTL_MPIO_PASS_THROUGH_PATH_EX CTL_CODE(IOCTL_SCSI_BASE, 0x0413, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#endif
#ifndef IOCTL_MPIO_PASS_THROUGH_PATH_DIRECT_EX
#define IOCTL_MPIO_PASS_THROUGH_PATH_DIRECT_EX CTL_CODE(IOCTL_SCSI_BASE, 0x0414, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#endif

/* Control codes carried in SRB_IO_CONTROL.ControlCode of an
 * IOCTL_SCSI_MINIPORT request (not CTL_CODE values). */
#ifndef IOCTL_SCSI_MINIPORT_SMART_VERSION
#define IOCTL_SCSI_MINIPORT_SMART_VERSION               ((FILE_DEVICE_SCSI << 16) + 0x0500)
#define IOCTL_SCSI_MINIPORT_IDENTIFY                    ((FILE_DEVICE_SCSI << 16) + 0x0501)
#define IOCTL_SCSI_MINIPORT_READ_SMART_ATTRIBS          ((FILE_DEVICE_SCSI << 16) + 0x0502)
#define IOCTL_SCSI_MINIPORT_READ_SMART_THRESHOLDS       ((FILE_DEVICE_SCSI << 16) + 0x0503)
#define IOCTL_SCSI_MINIPORT_ENABLE_SMART                ((FILE_DEVICE_SCSI << 16) + 0x0504)
#define IOCTL_SCSI_MINIPORT_DISABLE_SMART               ((FILE_DEVICE_SCSI << 16) + 0x0505)
#define IOCTL_SCSI_MINIPORT_RETURN_STATUS               ((FILE_DEVICE_SCSI << 16) + 0x0506)
#define IOCTL_SCSI_MINIPORT_ENABLE_DISABLE_AUTOSAVE     ((FILE_DEVICE_SCSI << 16) + 0x0507)
#define IOCTL_SCSI_MINIPORT_SAVE_ATTRIBUTE_VALUES       ((FILE_DEVICE_SCSI << 16) + 0x0508)
#define IOCTL_SCSI_MINIPORT_EXECUTE_OFFLINE_DIAGS       ((FILE_DEVICE_SCSI << 16) + 0x0509)
#define IOCTL_SCSI_MINIPORT_ENABLE_DISABLE_AUTO_OFFLINE ((FILE_DEVICE_SCSI << 16) + 0x050A)
#define IOCTL_SCSI_MINIPORT_READ_SMART_LOG              ((FILE_DEVICE_SCSI << 16) + 0x050B)
#define IOCTL_SCSI_MINIPORT_WRITE_SMART_LOG             ((FILE_DEVICE_SCSI << 16) + 0x050C)
#endif
#ifndef IOCTL_SCSI_MINIPORT_NOT_QUORUM_CAPABLE
#define IOCTL_SCSI_MINIPORT_NOT_QUORUM_CAPABLE          ((FILE_DEVICE_SCSI << 16) + 0x0520)
#define IOCTL_SCSI_MINIPORT_NOT_CLUSTER_CAPABLE         ((FILE_DEVICE_SCSI << 16) + 0x0521)
#endif
#ifndef IOCTL_SCSI_MINIPORT_NVCACHE
#define IOCTL_SCSI_MINIPORT_NVCACHE                     ((FILE_DEVICE_SCSI << 16) + 0x0600)
#endif
#ifndef IOCTL_SCSI_MINIPORT_HYBRID
#define IOCTL_SCSI_MINIPORT_HYBRID                      ((FILE_DEVICE_SCSI << 16) + 0x0620)
#endif
#ifndef IOCTL_SCSI_MINIPORT_DSM
#define IOCTL_SCSI_MINIPORT_DSM                         ((FILE_DEVICE_SCSI << 16) + 0x0720)
#endif
#ifndef IOCTL_SCSI_MINIPORT_DSM_GENERAL
#define IOCTL_SCSI_MINIPORT_DSM_GENERAL                 ((FILE_DEVICE_SCSI << 16) + 0x0721)
#endif
#ifndef IOCTL_SCSI_MINIPORT_FIRMWARE
#define IOCTL_SCSI_MINIPORT_FIRMWARE                    ((FILE_DEVICE_SCSI << 16) + 0x0780)
#endif
#ifndef IOCTL_SCSI_MINIPORT_BOOT_PARTITION
#define IOCTL_SCSI_MINIPORT_BOOT_PARTITION              ((FILE_DEVICE_SCSI << 16) + 0x0790)
#endif
#ifndef IOCTL_SCSI_MINIPORT_DIAGNOSTIC
#define IOCTL_SCSI_MINIPORT_DIAGNOSTIC                  ((FILE_DEVICE_SCSI << 16) + 0x0900)
#endif

/* SRB_IO_CONTROL.Signature values (8 characters, not NUL-terminated in the
 * structure). */
#define IOCTL_MINIPORT_SIGNATURE_SCSIDISK               "SCSIDISK"
#define IOCTL_MINIPORT_SIGNATURE_HYBRDISK               "HYBRDISK"
#define IOCTL_MINIPORT_SIGNATURE_DSM_NOTIFICATION       "MPDSM   "
#define IOCTL_MINIPORT_SIGNATURE_DSM_GENERAL            "MPDSMGEN"
#define IOCTL_MINIPORT_SIGNATURE_FIRMWARE               "FIRMWARE"
#define IOCTL_MINIPORT_SIGNATURE_QUERY_PROTOCOL         "PROTOCOL"
#define IOCTL_MINIPORT_SIGNATURE_SET_PROTOCOL           "SETPROTO"
#define IOCTL_MINIPORT_SIGNATURE_QUERY_TEMPERATURE      "TEMPERAT"
#define IOCTL_MINIPORT_SIGNATURE_SET_TEMPERATURE_THRESHOLD "SETTEMPT"
#define IOCTL_MINIPORT_SIGNATURE_QUERY_PHYSICAL_TOPOLOGY "TOPOLOGY"
#define IOCTL_MINIPORT_SIGNATURE_ENDURANCE_INFO         "ENDURINF"
#define IOCTL_MINIPORT_SIGNATURE_BOOT_PARTITION         "BOOTPINF"

#ifndef ATA_FLAGS_NO_MULTIPLE
#define ATA_FLAGS_NO_MULTIPLE                           (1 << 5)
#endif
#ifndef SCSI_IOCTL_DATA_BIDIRECTIONAL
#define SCSI_IOCTL_DATA_BIDIRECTIONAL                   3
#endif

/* ----------------------------------------------------------------------
 * Extended pass-through [DDI ns-ntddscsi-_scsi_pass_through_ex etc.]
 * ---------------------------------------------------------------------- */
typedef struct _SCSI_PASS_THROUGH_EX {
    ULONG Version;
    ULONG Length;
    ULONG CdbLength;
    ULONG StorAddressLength;
    UCHAR ScsiStatus;
    UCHAR SenseInfoLength;
    UCHAR DataDirection;
    UCHAR Reserved;
    ULONG TimeOutValue;
    ULONG StorAddressOffset;
    ULONG SenseInfoOffset;
    ULONG DataOutTransferLength;
    ULONG DataInTransferLength;
    ULONG_PTR DataOutBufferOffset;
    ULONG_PTR DataInBufferOffset;
    UCHAR Cdb[ANYSIZE_ARRAY];
} SCSI_PASS_THROUGH_EX, *PSCSI_PASS_THROUGH_EX;

typedef struct _SCSI_PASS_THROUGH_DIRECT_EX {
    ULONG Version;
    ULONG Length;
    ULONG CdbLength;
    ULONG StorAddressLength;
    UCHAR ScsiStatus;
    UCHAR SenseInfoLength;
    UCHAR DataDirection;
    UCHAR Reserved;
    ULONG TimeOutValue;
    ULONG StorAddressOffset;
    ULONG SenseInfoOffset;
    ULONG DataOutTransferLength;
    ULONG DataInTransferLength;
    PVOID DataOutBuffer;
    PVOID DataInBuffer;
    UCHAR Cdb[ANYSIZE_ARRAY];
} SCSI_PASS_THROUGH_DIRECT_EX, *PSCSI_PASS_THROUGH_DIRECT_EX;

#if defined(_WIN64)
typedef struct _SCSI_PASS_THROUGH32_EX {
    ULONG Version;
    ULONG Length;
    ULONG CdbLength;
    ULONG StorAddressLength;
    UCHAR ScsiStatus;
    UCHAR SenseInfoLength;
    UCHAR DataDirection;
    UCHAR Reserved;
    ULONG TimeOutValue;
    ULONG StorAddressOffset;
    ULONG SenseInfoOffset;
    ULONG DataOutTransferLength;
    ULONG DataInTransferLength;
    ULONG DataOutBufferOffset;
    ULONG DataInBufferOffset;
    UCHAR Cdb[ANYSIZE_ARRAY];
} SCSI_PASS_THROUGH32_EX, *PSCSI_PASS_THROUGH32_EX;

typedef struct _SCSI_PASS_THROUGH_DIRECT32_EX {
    ULONG Version;
    ULONG Length;
    ULONG CdbLength;
    ULONG StorAddressLength;
    UCHAR ScsiStatus;
    UCHAR SenseInfoLength;
    UCHAR DataDirection;
    UCHAR Reserved;
    ULONG TimeOutValue;
    ULONG StorAddressOffset;
    ULONG SenseInfoOffset;
    ULONG DataOutTransferLength;
    ULONG DataInTransferLength;
    VOID * POINTER_32 DataOutBuffer;
    VOID * POINTER_32 DataInBuffer;
    UCHAR Cdb[ANYSIZE_ARRAY];
} SCSI_PASS_THROUGH_DIRECT32_EX, *PSCSI_PASS_THROUGH_DIRECT32_EX;
#endif

/* MPIO path pass-through [DDI ns-ntddscsi-_mpio_pass_through_path*]. */
#define MPIO_IOCTL_FLAG_USE_PATHID                      1
#define MPIO_IOCTL_FLAG_USE_SCSIADDRESS                 2
#define MPIO_IOCTL_FLAG_INVOLVE_DSM                     4

typedef struct _MPIO_PASS_THROUGH_PATH {
    SCSI_PASS_THROUGH PassThrough;
    ULONG Version;
    USHORT Length;
    UCHAR Flags;
    UCHAR PortNumber;
    ULONGLONG MpioPathId;
} MPIO_PASS_THROUGH_PATH, *PMPIO_PASS_THROUGH_PATH;

typedef struct _MPIO_PASS_THROUGH_PATH_DIRECT {
    SCSI_PASS_THROUGH_DIRECT PassThrough;
    ULONG Version;
    USHORT Length;
    UCHAR Flags;
    UCHAR PortNumber;
    ULONGLONG MpioPathId;
} MPIO_PASS_THROUGH_PATH_DIRECT, *PMPIO_PASS_THROUGH_PATH_DIRECT;

typedef struct _MPIO_PASS_THROUGH_PATH_EX {
    ULONG PassThroughOffset;
    ULONG Version;
    USHORT Length;
    UCHAR Flags;
    UCHAR PortNumber;
    ULONGLONG MpioPathId;
} MPIO_PASS_THROUGH_PATH_EX, *PMPIO_PASS_THROUGH_PATH_EX;

typedef struct _MPIO_PASS_THROUGH_PATH_DIRECT_EX {
    ULONG PassThroughOffset;
    ULONG Version;
    USHORT Length;
    UCHAR Flags;
    UCHAR PortNumber;
    ULONGLONG MpioPathId;
} MPIO_PASS_THROUGH_PATH_DIRECT_EX, *PMPIO_PASS_THROUGH_PATH_DIRECT_EX;

/* IDE_IO_CONTROL header of IOCTL_ATA_MINIPORT requests. */
typedef struct _IDE_IO_CONTROL {
    ULONG HeaderLength;
    UCHAR Signature[8];
    ULONG Timeout;
    ULONG ControlCode;
    ULONG ReturnStatus;
    ULONG DataLength;
} IDE_IO_CONTROL, *PIDE_IO_CONTROL;

/* [DDI ns-ntddscsi-ntscsi_unicode_string] */
typedef struct _NTSCSI_UNICODE_STRING {
    USHORT Length;
    USHORT MaximumLength;
    PWSTR Buffer;
} NTSCSI_UNICODE_STRING, *PNTSCSI_UNICODE_STRING;

/* ----------------------------------------------------------------------
 * Crash-dump pointers (IOCTL_SCSI_GET_DUMP_POINTERS, newer versions)
 * ---------------------------------------------------------------------- */
#define DUMP_POINTERS_VERSION_1                         1
#define DUMP_POINTERS_VERSION_2                         2
#define DUMP_POINTERS_VERSION_3                         3
#define DUMP_POINTERS_VERSION_4                         4

#define DUMP_DRIVER_NAME_LENGTH                         15

#define DUMP_EX_FLAG_SUPPORT_64BITMEMORY                0x00000001
#define DUMP_EX_FLAG_SUPPORT_DD_TELEMETRY               0x00000002
#define DUMP_EX_FLAG_RESUME_SUPPORT                     0x00000004
#define DUMP_EX_FLAG_DRIVER_FULL_PATH_SUPPORT           0x00000008

typedef struct _DUMP_POINTERS_VERSION {
    ULONG Version;
    ULONG Size;
} DUMP_POINTERS_VERSION, *PDUMP_POINTERS_VERSION;

typedef NTSTATUS DUMP_DEVICE_POWERON_ROUTINE(PVOID Context);
typedef DUMP_DEVICE_POWERON_ROUTINE *PDUMP_DEVICE_POWERON_ROUTINE;

typedef struct _DUMP_POINTERS_EX {
    DUMP_POINTERS_VERSION Header;
    PVOID DumpData;
    PVOID CommonBufferVa;
    ULONG CommonBufferSize;
    BOOLEAN AllocateCommonBuffers;
    PVOID DeviceObject;
    PVOID DriverList;
    ULONG dwPortFlags;
    ULONG MaxDeviceDumpSectionSize;
    ULONG MaxDeviceDumpLevel;
    ULONG MaxTransferSize;
    PVOID AdapterObject;
    PVOID MappedRegisterBase;
    PBOOLEAN DeviceReady;
    PDUMP_DEVICE_POWERON_ROUTINE DumpDevicePowerOn;
    PVOID DumpDevicePowerOnContext;
} DUMP_POINTERS_EX, *PDUMP_POINTERS_EX;

typedef struct _DUMP_DRIVER {
    PVOID DumpDriverList;
    WCHAR DriverName[DUMP_DRIVER_NAME_LENGTH];
    WCHAR BaseName[DUMP_DRIVER_NAME_LENGTH];
} DUMP_DRIVER, *PDUMP_DRIVER;

typedef struct _DUMP_DRIVER_EX {
    PVOID DumpDriverList;
    WCHAR DriverName[DUMP_DRIVER_NAME_LENGTH];
    WCHAR BaseName[DUMP_DRIVER_NAME_LENGTH];
    NTSCSI_UNICODE_STRING DriverFullPath;
} DUMP_DRIVER_EX, *PDUMP_DRIVER_EX;

/* ----------------------------------------------------------------------
 * NV cache (IOCTL_SCSI_MINIPORT_NVCACHE)
 * [DDI ns-ntddscsi-_nvcache_request_block, _nv_feature_parameter]
 * ---------------------------------------------------------------------- */
typedef struct _NVCACHE_REQUEST_BLOCK {
    ULONG NRBSize;
    USHORT Function;
    ULONG NRBFlags;
    ULONG NRBStatus;
    ULONG Count;
    ULONGLONG LBA;
    ULONG DataBufSize;
    ULONG NVCacheStatus;
    ULONG NVCacheSubStatus;
} NVCACHE_REQUEST_BLOCK, *PNVCACHE_REQUEST_BLOCK;

/* NRB function codes. */
#define NRB_FUNCTION_NVCACHE_INFO                       0xEC
#define NRB_FUNCTION_SPINDLE_STATUS                     0xE5
#define NRB_FUNCTION_NVCACHE_POWER_MODE_SET             0x00
#define NRB_FUNCTION_NVCACHE_POWER_MODE_RETURN          0x01
#define NRB_FUNCTION_FLUSH_NVCACHE                      0x14
#define NRB_FUNCTION_QUERY_PINNED_SET                   0x12
#define NRB_FUNCTION_QUERY_CACHE_MISS                   0x13
#define NRB_FUNCTION_ADD_LBAS_PINNED_SET                0x10
#define NRB_FUNCTION_REMOVE_LBAS_PINNED_SET             0x11
#define NRB_FUNCTION_QUERY_ASCENDER_STATUS              0xD0
#define NRB_FUNCTION_QUERY_HYBRID_DISK_STATUS           0xD1
#define NRB_FUNCTION_PASS_HINT_PAYLOAD                  0xE0
#define NRB_FUNCTION_NVSEPARATED_INFO                   0xC0
#define NRB_FUNCTION_NVSEPARATED_FLUSH                  0xC1
#define NRB_FUNCTION_NVSEPARATED_WB_DISABLE             0xC2
#define NRB_FUNCTION_NVSEPARATED_WB_REVERT_DEFAULT      0xC3

/* NRBStatus values. */
#define NRB_SUCCESS                                     0
#define NRB_ILLEGAL_REQUEST                             1
#define NRB_INVALID_PARAMETER                           2
#define NRB_INPUT_DATA_OVERRUN                          3
#define NRB_INPUT_DATA_UNDERRUN                         4
#define NRB_OUTPUT_DATA_OVERRUN                         5
#define NRB_OUTPUT_DATA_UNDERRUN                        6

typedef struct _NV_FEATURE_PARAMETER {
    USHORT NVPowerModeEnabled;
    USHORT NVParameterReserv1;
    USHORT NVCmdEnabled;
    USHORT NVParameterReserv2;
    USHORT NVPowerModeVer;
    USHORT NVCmdVer;
    ULONG NVSize;
    USHORT NVReadSpeed;
    USHORT NVWrtSpeed;
    ULONG DeviceSpinUpTime;
} NV_FEATURE_PARAMETER, *PNV_FEATURE_PARAMETER;

typedef struct _NVCACHE_HINT_PAYLOAD {
    UCHAR Command;
    UCHAR Feature7_0;
    UCHAR Feature15_8;
    UCHAR Count15_8;
    UCHAR LBA7_0;
    UCHAR LBA15_8;
    UCHAR LBA23_16;
    UCHAR LBA31_24;
    UCHAR LBA39_32;
    UCHAR LBA47_40;
    UCHAR Auxiliary7_0;
    UCHAR Auxiliary23_16;
    UCHAR Reserved[4];
} NVCACHE_HINT_PAYLOAD, *PNVCACHE_HINT_PAYLOAD;

typedef enum _NV_SEP_WRITE_CACHE_TYPE {
    NVSEPWriteCacheTypeUnknown = 0,
    NVSEPWriteCacheTypeNone = 1,
    NVSEPWriteCacheTypeWriteBack = 2,
    NVSEPWriteCacheTypeWriteThrough = 3
} NV_SEP_WRITE_CACHE_TYPE, *PNV_SEP_WRITE_CACHE_TYPE;

/* ----------------------------------------------------------------------
 * Hybrid disk (IOCTL_SCSI_MINIPORT_HYBRID)
 * [DDI ni-ntddscsi-ioctl_scsi_miniport_hybrid, ns-ntddscsi-_hybrid_information]
 * ---------------------------------------------------------------------- */
typedef enum _NVCACHE_TYPE {
    NvCacheTypeUnknown = 0,
    NvCacheTypeNone = 1,
    NvCacheTypeWriteBack = 2,
    NvCacheTypeWriteThrough = 3
} NVCACHE_TYPE;

typedef enum _NVCACHE_STATUS {
    NvCacheStatusUnknown = 0,
    NvCacheStatusDisabling = 1,
    NvCacheStatusDisabled = 2,
    NvCacheStatusEnabled = 3
} NVCACHE_STATUS;

typedef struct _NVCACHE_PRIORITY_LEVEL_DESCRIPTOR {
    UCHAR PriorityLevel;
    UCHAR Reserved0[3];
    ULONG ConsumedNVMSizeFraction;
    ULONG ConsumedMappingResourcesFraction;
    ULONG ConsumedNVMSizeForDirtyDataFraction;
    ULONG ConsumedMappingResourcesForDirtyDataFraction;
    ULONG Reserved1;
} NVCACHE_PRIORITY_LEVEL_DESCRIPTOR, *PNVCACHE_PRIORITY_LEVEL_DESCRIPTOR;

#define HYBRID_FUNCTION_GET_INFO                        0x01
#define HYBRID_FUNCTION_DISABLE_CACHING_MEDIUM          0x10
#define HYBRID_FUNCTION_ENABLE_CACHING_MEDIUM           0x11
#define HYBRID_FUNCTION_SET_DIRTY_THRESHOLD             0x12
#define HYBRID_FUNCTION_DEMOTE_BY_SIZE                  0x13

#define HYBRID_STATUS_SUCCESS                           0x0
#define HYBRID_STATUS_ILLEGAL_REQUEST                   0x1
#define HYBRID_STATUS_INVALID_PARAMETER                 0x2
#define HYBRID_STATUS_OUTPUT_BUFFER_TOO_SMALL           0x3
#define HYBRID_STATUS_ENABLE_REFCOUNT_HOLD              0x10

#define HYBRID_REQUEST_BLOCK_STRUCTURE_VERSION          0x1
#define HYBRID_REQUEST_INFO_STRUCTURE_VERSION           0x1

typedef struct _HYBRID_REQUEST_BLOCK {
    ULONG Version;
    ULONG Size;
    ULONG Function;
    ULONG Flags;
    ULONG DataBufferOffset;
    ULONG DataBufferLength;
} HYBRID_REQUEST_BLOCK, *PHYBRID_REQUEST_BLOCK;

typedef struct _HYBRID_INFORMATION {
    ULONG Version;
    ULONG Size;
    BOOLEAN HybridSupported;
    NVCACHE_STATUS Status;
    NVCACHE_TYPE CacheTypeEffective;
    NVCACHE_TYPE CacheTypeDefault;
    ULONG FractionBase;
    ULONGLONG CacheSize;
    struct {
        ULONG WriteCacheChangeable : 1;
        ULONG WriteThroughIoSupported : 1;
        ULONG FlushCacheSupported : 1;
        ULONG Removable : 1;
        ULONG ReservedBits : 28;
    } Attributes;
    struct {
        UCHAR PriorityLevelCount;
        BOOLEAN MaxPriorityBehavior;
        UCHAR OptimalWriteGranularity;
        UCHAR Reserved;
        ULONG DirtyThresholdLow;
        ULONG DirtyThresholdHigh;
        struct {
            ULONG CacheDisable : 1;
            ULONG SetDirtyThreshold : 1;
            ULONG PriorityDemoteBySize : 1;
            ULONG PriorityChangeByLbaRange : 1;
            ULONG Evict : 1;
            ULONG ReservedBits : 27;
            ULONG MaxEvictCommands;
            ULONG MaxLbaRangeCountForEvict;
            ULONG MaxLbaRangeCountForChangeLba;
        } SupportedCommands;
        NVCACHE_PRIORITY_LEVEL_DESCRIPTOR Priority[0];
    } Priorities;
} HYBRID_INFORMATION, *PHYBRID_INFORMATION;

typedef struct _HYBRID_DIRTY_THRESHOLDS {
    ULONG Version;
    ULONG Size;
    ULONG DirtyLowThreshold;
    ULONG DirtyHighThreshold;
} HYBRID_DIRTY_THRESHOLDS, *PHYBRID_DIRTY_THRESHOLDS;

typedef struct _HYBRID_DEMOTE_BY_SIZE {
    ULONG Version;
    ULONG Size;
    UCHAR SourcePriority;
    UCHAR TargetPriority;
    USHORT Reserved0;
    ULONG Reserved1;
    ULONGLONG LbaCount;
} HYBRID_DEMOTE_BY_SIZE, *PHYBRID_DEMOTE_BY_SIZE;

/* ----------------------------------------------------------------------
 * Firmware update (IOCTL_SCSI_MINIPORT_FIRMWARE)
 * ---------------------------------------------------------------------- */
#define FIRMWARE_FUNCTION_GET_INFO                      0x01
#define FIRMWARE_FUNCTION_DOWNLOAD                      0x02
#define FIRMWARE_FUNCTION_ACTIVATE                      0x03

#define FIRMWARE_REQUEST_BLOCK_STRUCTURE_VERSION        0x1

#define FIRMWARE_REQUEST_FLAG_CONTROLLER                0x00000001
#define FIRMWARE_REQUEST_FLAG_LAST_SEGMENT              0x00000002
#define FIRMWARE_REQUEST_FLAG_FIRST_SEGMENT             0x00000004
#define FIRMWARE_REQUEST_FLAG_SWITCH_TO_FIRMWARE_WITHOUT_RESET 0x10000000
#define FIRMWARE_REQUEST_FLAG_REPLACE_AND_SWITCH_UPON_RESET    0x20000000
#define FIRMWARE_REQUEST_FLAG_REPLACE_EXISTING_IMAGE    0x40000000
#define FIRMWARE_REQUEST_FLAG_SWITCH_TO_EXISTING_FIRMWARE      0x80000000

#define FIRMWARE_STATUS_SUCCESS                         0x00
#define FIRMWARE_STATUS_ERROR                           0x01
#define FIRMWARE_STATUS_ILLEGAL_REQUEST                 0x02
#define FIRMWARE_STATUS_INVALID_PARAMETER               0x03
#define FIRMWARE_STATUS_INPUT_BUFFER_TOO_BIG            0x04
#define FIRMWARE_STATUS_OUTPUT_BUFFER_TOO_SMALL         0x05
#define FIRMWARE_STATUS_INVALID_SLOT                    0x06
#define FIRMWARE_STATUS_INVALID_IMAGE                   0x07
#define FIRMWARE_STATUS_CONTROLLER_ERROR                0x10
#define FIRMWARE_STATUS_POWER_CYCLE_REQUIRED            0x20
#define FIRMWARE_STATUS_DEVICE_ERROR                    0x40
#define FIRMWARE_STATUS_INTERFACE_CRC_ERROR             0x80
#define FIRMWARE_STATUS_UNCORRECTABLE_DATA_ERROR        0x81
#define FIRMWARE_STATUS_MEDIA_CHANGE                    0x82
#define FIRMWARE_STATUS_ID_NOT_FOUND                    0x83
#define FIRMWARE_STATUS_MEDIA_CHANGE_REQUEST            0x84
#define FIRMWARE_STATUS_COMMAND_ABORT                   0x85
#define FIRMWARE_STATUS_END_OF_MEDIA                    0x86
#define FIRMWARE_STATUS_ILLEGAL_LENGTH                  0x87

typedef struct _FIRMWARE_REQUEST_BLOCK {
    ULONG Version;
    ULONG Size;
    ULONG Function;
    ULONG Flags;
    ULONG DataBufferOffset;
    ULONG DataBufferLength;
} FIRMWARE_REQUEST_BLOCK, *PFIRMWARE_REQUEST_BLOCK;

#define STORAGE_FIRMWARE_INFO_STRUCTURE_VERSION         0x1
#define STORAGE_FIRMWARE_INFO_STRUCTURE_VERSION_V2      0x2
#define STORAGE_FIRMWARE_INFO_INVALID_SLOT              0xFF

typedef struct _STORAGE_FIRMWARE_SLOT_INFO {
    UCHAR SlotNumber;
    BOOLEAN ReadOnly;
    UCHAR Reserved[6];
    union {
        UCHAR Info[8];
        ULONGLONG AsUlonglong;
    } Revision;
} STORAGE_FIRMWARE_SLOT_INFO, *PSTORAGE_FIRMWARE_SLOT_INFO;

#define STORAGE_FIRMWARE_SLOT_INFO_V2_REVISION_LENGTH   16

typedef struct _STORAGE_FIRMWARE_SLOT_INFO_V2 {
    UCHAR SlotNumber;
    BOOLEAN ReadOnly;
    UCHAR Reserved[6];
    UCHAR Revision[STORAGE_FIRMWARE_SLOT_INFO_V2_REVISION_LENGTH];
} STORAGE_FIRMWARE_SLOT_INFO_V2, *PSTORAGE_FIRMWARE_SLOT_INFO_V2;

typedef struct _STORAGE_FIRMWARE_INFO {
    ULONG Version;
    ULONG Size;
    BOOLEAN UpgradeSupport;
    UCHAR SlotCount;
    UCHAR ActiveSlot;
    UCHAR PendingActivateSlot;
    ULONG Reserved;
    STORAGE_FIRMWARE_SLOT_INFO Slot[0];
} STORAGE_FIRMWARE_INFO, *PSTORAGE_FIRMWARE_INFO;

typedef struct _STORAGE_FIRMWARE_INFO_V2 {
    ULONG Version;
    ULONG Size;
    BOOLEAN UpgradeSupport;
    UCHAR SlotCount;
    UCHAR ActiveSlot;
    UCHAR PendingActivateSlot;
    BOOLEAN FirmwareShared;
    UCHAR Reserved[3];
    ULONG ImagePayloadAlignment;
    ULONG ImagePayloadMaxSize;
    STORAGE_FIRMWARE_SLOT_INFO_V2 Slot[0];
} STORAGE_FIRMWARE_INFO_V2, *PSTORAGE_FIRMWARE_INFO_V2;

#define STORAGE_FIRMWARE_DOWNLOAD_STRUCTURE_VERSION     0x1
#define STORAGE_FIRMWARE_DOWNLOAD_STRUCTURE_VERSION_V2  0x2

typedef struct _STORAGE_FIRMWARE_DOWNLOAD {
    ULONG Version;
    ULONG Size;
    ULONGLONG Offset;
    ULONGLONG BufferSize;
    UCHAR ImageBuffer[0];
} STORAGE_FIRMWARE_DOWNLOAD, *PSTORAGE_FIRMWARE_DOWNLOAD;

typedef struct _STORAGE_FIRMWARE_DOWNLOAD_V2 {
    ULONG Version;
    ULONG Size;
    ULONGLONG Offset;
    ULONGLONG BufferSize;
    UCHAR Slot;
    UCHAR Reserved[3];
    ULONG ImageSize;
    UCHAR ImageBuffer[0];
} STORAGE_FIRMWARE_DOWNLOAD_V2, *PSTORAGE_FIRMWARE_DOWNLOAD_V2;

#define STORAGE_FIRMWARE_ACTIVATE_STRUCTURE_VERSION     0x1

typedef struct _STORAGE_FIRMWARE_ACTIVATE {
    ULONG Version;
    ULONG Size;
    UCHAR SlotToActivate;
    UCHAR Reserved0[3];
} STORAGE_FIRMWARE_ACTIVATE, *PSTORAGE_FIRMWARE_ACTIVATE;

/* ----------------------------------------------------------------------
 * Boot partition (IOCTL_SCSI_MINIPORT_BOOT_PARTITION)
 * ---------------------------------------------------------------------- */
#define BOOT_PARTITION_FUNCTION_DOWNLOAD                1
#define BOOT_PARTITION_FUNCTION_ACTIVATE                2
#define BOOT_PARTITION_FUNCTION_GET_INFO                3

#define BOOT_PARTITION_REQUEST_BLOCK_STRUCTURE_VERSION  1

#define BOOT_PARTITION_STATUS_SUCCESS                   0
#define BOOT_PARTITION_STATUS_ERROR                     1
#define BOOT_PARTITION_STATUS_ILLEGAL_REQUEST           2
#define BOOT_PARTITION_STATUS_INVALID_PARAMETER         3
#define BOOT_PARTITION_STATUS_INPUT_BUFFER_TOO_BIG      4
#define BOOT_PARTITION_STATUS_OUTPUT_BUFFER_TOO_SMALL   5
#define BOOT_PARTITION_STATUS_INVALID_SLOT              6
#define BOOT_PARTITION_STATUS_INVALID_IMAGE             7
#define BOOT_PARTITION_STATUS_INVALID_ALIGNMENT         8
#define BOOT_PARTITION_STATUS_WRITE_PROHIBITED          9

typedef struct _BOOT_PARTITION_REQUEST_BLOCK {
    ULONG Version;
    ULONG Size;
    ULONG Function;
    ULONG Flags;
    ULONG DataBufferOffset;
    ULONG DataBufferLength;
} BOOT_PARTITION_REQUEST_BLOCK, *PBOOT_PARTITION_REQUEST_BLOCK;

#define STORAGE_BOOT_PARTITION_GET_INFO_STRUCTURE_VERSION_V1 1
#define STORAGE_BOOT_PARTITION_DOWNLOAD_STRUCTURE_VERSION    1
#define STORAGE_BOOT_PARTITION_ACTIVATE_STRUCTURE_VERSION    1

typedef struct _STORAGE_BOOT_PARTITION_INFO {
    ULONG Version;
    ULONG Size;
    ULONGLONG BPSZ;
    ULONG ImagePayloadAlignment;
    ULONG ImagePayloadMaxSize;
    UCHAR SlotCount;
    UCHAR ABPID;
} STORAGE_BOOT_PARTITION_INFO, *PSTORAGE_BOOT_PARTITION_INFO;

typedef struct _STORAGE_BOOT_PARTITION_DOWNLOAD {
    ULONG Version;
    ULONG Size;
    UCHAR BPID;
    ULONGLONG Offset;
    ULONGLONG BufferSize;
    UCHAR ImageBuffer[ANYSIZE_ARRAY];
} STORAGE_BOOT_PARTITION_DOWNLOAD, *PSTORAGE_BOOT_PARTITION_DOWNLOAD;

typedef struct _STORAGE_BOOT_PARTITION_ACTIVATE {
    ULONG Version;
    ULONG Size;
    UCHAR BPID;
    UCHAR Reserved0[3];
} STORAGE_BOOT_PARTITION_ACTIVATE, *PSTORAGE_BOOT_PARTITION_ACTIVATE;

/* ----------------------------------------------------------------------
 * DSM notification (IOCTL_SCSI_MINIPORT_DSM)
 * ---------------------------------------------------------------------- */
#define MINIPORT_DSM_NOTIFICATION_VERSION_1             1
#define MINIPORT_DSM_NOTIFICATION_VERSION               MINIPORT_DSM_NOTIFICATION_VERSION_1

#define MINIPORT_DSM_PROFILE_UNKNOWN                    0
#define MINIPORT_DSM_PROFILE_PAGE_FILE                  1
#define MINIPORT_DSM_PROFILE_HIBERNATION_FILE           2
#define MINIPORT_DSM_PROFILE_CRASHDUMP_FILE             3

#define MINIPORT_DSM_NOTIFY_FLAG_BEGIN                  0x00000001
#define MINIPORT_DSM_NOTIFY_FLAG_END                    0x00000002

typedef struct _MP_DEVICE_DATA_SET_RANGE {
    LONGLONG StartingOffset;
    ULONGLONG LengthInBytes;
} MP_DEVICE_DATA_SET_RANGE, *PMP_DEVICE_DATA_SET_RANGE;

typedef struct _DSM_NOTIFICATION_REQUEST_BLOCK {
    ULONG Size;
    ULONG Version;
    ULONG NotifyFlags;
    ULONG DataSetProfile;
    ULONG Reserved[3];
    ULONG DataSetRangesCount;
    MP_DEVICE_DATA_SET_RANGE DataSetRanges[ANYSIZE_ARRAY];
} DSM_NOTIFICATION_REQUEST_BLOCK, *PDSM_NOTIFICATION_REQUEST_BLOCK;

/* ----------------------------------------------------------------------
 * Diagnostics (IOCTL_SCSI_MINIPORT_DIAGNOSTIC)
 * [DDI ne-ntddscsi-_mp_storage_diagnostic_*, ns-..._storage_diagnostic_mp_request]
 * ---------------------------------------------------------------------- */
typedef enum _MP_STORAGE_DIAGNOSTIC_LEVEL {
    MpStorageDiagnosticLevelDefault = 0,
    MpStorageDiagnosticLevelMax
} MP_STORAGE_DIAGNOSTIC_LEVEL, *PMP_STORAGE_DIAGNOSTIC_LEVEL;

typedef enum _MP_STORAGE_DIAGNOSTIC_TARGET_TYPE {
    MpStorageDiagnosticTargetTypeUndefined = 0,
    MpStorageDiagnosticTargetTypeMiniport = 2,
    MpStorageDiagnosticTargetTypeHbaFirmware,
    MpStorageDiagnosticTargetTypeMax
} MP_STORAGE_DIAGNOSTIC_TARGET_TYPE, *PMP_STORAGE_DIAGNOSTIC_TARGET_TYPE;

#define STORAGE_DIAGNOSTIC_STATUS_SUCCESS               0
#define STORAGE_DIAGNOSTIC_STATUS_BUFFER_TOO_SMALL      1
#define STORAGE_DIAGNOSTIC_STATUS_UNSUPPORTED_VERSION   2
#define STORAGE_DIAGNOSTIC_STATUS_INVALID_PARAMETER     3
#define STORAGE_DIAGNOSTIC_STATUS_INVALID_SIGNATURE     4
#define STORAGE_DIAGNOSTIC_STATUS_INVALID_TARGET_TYPE   5
#define STORAGE_DIAGNOSTIC_STATUS_MORE_DATA             6

typedef struct _STORAGE_DIAGNOSTIC_MP_REQUEST {
    ULONG Version;
    ULONG Size;
    MP_STORAGE_DIAGNOSTIC_TARGET_TYPE TargetType;
    MP_STORAGE_DIAGNOSTIC_LEVEL Level;
    GUID ProviderId;
    ULONG BufferSize;
    ULONG Reserved;
    UCHAR DataBuffer[ANYSIZE_ARRAY];
} STORAGE_DIAGNOSTIC_MP_REQUEST, *PSTORAGE_DIAGNOSTIC_MP_REQUEST;

/* ----------------------------------------------------------------------
 * Endurance information [DDI ns-ntddscsi-storage_endurance_info]
 * ---------------------------------------------------------------------- */
typedef struct _STORAGE_ENDURANCE_INFO {
    ULONG ValidFields;
    ULONG GroupId;
    struct {
        ULONG Shared : 1;
        ULONG Reserved : 31;
    } Flags;
    ULONG LifePercentage;
    UCHAR BytesReadCount[16];
    UCHAR ByteWriteCount[16];
} STORAGE_ENDURANCE_INFO, *PSTORAGE_ENDURANCE_INFO;

typedef struct _STORAGE_ENDURANCE_DATA_DESCRIPTOR {
    ULONG Version;
    ULONG Size;
    STORAGE_ENDURANCE_INFO EnduranceInfo;
} STORAGE_ENDURANCE_DATA_DESCRIPTOR, *PSTORAGE_ENDURANCE_DATA_DESCRIPTOR;

#ifdef __cplusplus
}
#endif

#endif /* _STORPORT_SHIM_NTDDSCSI_H_ */
