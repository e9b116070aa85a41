/*
 * storport.h - clean-room Storport miniport interface for analysis.
 *
 * Part of the storport-race-check WDK shim. Written from Microsoft's public
 * documentation (the Storport, SRB and SCSI DDI reference on
 * learn.microsoft.com / MicrosoftDocs/windows-driver-docs-ddi), the SCSI
 * standards for protocol values, and enumeration values observed in the
 * public storport.sys symbols. It is NOT Microsoft's header and shares no
 * text with it, with mingw-w64 or with ReactOS. It exists so that clang can
 * parse Storport miniports on a machine without the WDK; use it for static
 * analysis only, never to build a driver.
 *
 * Layout: basic types, SRB definitions (SCSI_REQUEST_BLOCK and the extended
 * STORAGE_REQUEST_BLOCK), the SCSI protocol (operation codes, CDBs, sense,
 * inquiry, mode and VPD pages), the Storport miniport contract (callbacks,
 * HW_INITIALIZATION_DATA, PORT_CONFIGURATION_INFORMATION, locks, DPCs,
 * timers, work items, power), and the StorPort* routines. Routines that the
 * DDI reference documents as wrappers over StorPortNotification or
 * StorPortExtendedFunction are FORCEINLINE functions here that make that
 * call, so an analyser sees the same call either way.
 *
 * Values marked [PDB] were read from the public storport.sys symbols; values
 * marked [SCSI] come from the T10 standards (SPC/SBC/MMC/SSC); values marked
 * UNCONFIRMED are the best available guess and are flagged as such.
 */

#ifndef _NTSTORPORT_
#define _NTSTORPORT_

/* Storport miniports see the SRB definitions from this header only; the
 * guard keeps the older scsiport-era srb.h out. */
#ifndef _NTSRB_
#define _NTSRB_
#endif

#include <ntddk.h>
#include <ntddstor.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef STORPORT_API
#define STORPORT_API
#endif
#ifndef SCSIPORT_API
#define SCSIPORT_API
#endif

/* The shim declares every routine regardless of NTDDI_VERSION. */
#ifndef STOR_USE_SCSI_ALIASES
#define STOR_USE_SCSI_ALIASES 1
#endif

/* ======================================================================
 * Basic types
 * ====================================================================== */

typedef PHYSICAL_ADDRESS STOR_PHYSICAL_ADDRESS, *PSTOR_PHYSICAL_ADDRESS;
typedef PHYSICAL_ADDRESS SCSI_PHYSICAL_ADDRESS, *PSCSI_PHYSICAL_ADDRESS;
typedef KAFFINITY STOR_AFFINITY, *PSTOR_AFFINITY;

/* Miniport-owned spin lock used only with StorPortInterlocked*List
 * [DDI nf-storport-storportinitializespinlock]. Opaque to the miniport. */
typedef PVOID STOR_KSPIN_LOCK, *PSTOR_KSPIN_LOCK;

typedef struct _STOR_SCATTER_GATHER_ELEMENT {
    STOR_PHYSICAL_ADDRESS PhysicalAddress;
    ULONG Length;
    ULONG_PTR Reserved;
} STOR_SCATTER_GATHER_ELEMENT, *PSTOR_SCATTER_GATHER_ELEMENT;

typedef struct _STOR_SCATTER_GATHER_LIST {
    ULONG NumberOfElements;
    ULONG_PTR Reserved;
    STOR_SCATTER_GATHER_ELEMENT List[];
} STOR_SCATTER_GATHER_LIST, *PSTOR_SCATTER_GATHER_LIST;

/* Older spellings some miniports still use. */
typedef STOR_SCATTER_GATHER_ELEMENT SCSI_SCATTER_GATHER_ELEMENT;
typedef STOR_SCATTER_GATHER_LIST SCSI_SCATTER_GATHER_LIST;

typedef struct _ACCESS_RANGE {
    STOR_PHYSICAL_ADDRESS RangeStart;
    ULONG RangeLength;
    BOOLEAN RangeInMemory;
} ACCESS_RANGE, *PACCESS_RANGE;

typedef struct _MEMORY_REGION {
    PUCHAR VirtualBase;
    PHYSICAL_ADDRESS PhysicalBase;
    ULONG Length;
} MEMORY_REGION, *PMEMORY_REGION;

typedef struct _STOR_LIST_ENTRY {
    struct _STOR_LIST_ENTRY *Flink;
    struct _STOR_LIST_ENTRY *Blink;
} STOR_LIST_ENTRY, *PSTOR_LIST_ENTRY;

typedef struct DECLSPEC_ALIGN(16) _STOR_SLIST_ENTRY {
    struct _STOR_SLIST_ENTRY *Next;
} STOR_SLIST_ENTRY, *PSTOR_SLIST_ENTRY;

/* An interlocked singly linked list head. Opaque: only the Storport SList
 * routines touch it. 16 bytes on 64-bit systems, 8 on 32-bit. */
typedef union DECLSPEC_ALIGN(16) _STOR_SLIST_HEADER {
    struct {
        ULONGLONG Alignment;
        ULONGLONG Region;
    } DUMMYSTRUCTNAME;
    ULONGLONG Reserved[2];
} STOR_SLIST_HEADER, *PSTOR_SLIST_HEADER;

typedef struct _STOR_GROUP_AFFINITY {
    STOR_AFFINITY Mask;
    USHORT Group;
    USHORT Reserved[3];
} STOR_GROUP_AFFINITY, *PSTOR_GROUP_AFFINITY;

/* Storport's status codes (STOR_STATUS_*), returned by the extended
 * routines [DDI nf-storport-*: Return value tables]. */
#define STOR_STATUS_SUCCESS                     (0x00000000L)
#define STOR_STATUS_UNSUCCESSFUL                (0xC1000001L)
#define STOR_STATUS_NOT_IMPLEMENTED             (0xC1000002L)
#define STOR_STATUS_INSUFFICIENT_RESOURCES      (0xC1000003L)
#define STOR_STATUS_BUFFER_TOO_SMALL            (0xC1000004L)
#define STOR_STATUS_ACCESS_DENIED               (0xC1000005L)
#define STOR_STATUS_INVALID_PARAMETER           (0xC1000006L)
#define STOR_STATUS_INVALID_DEVICE_REQUEST      (0xC1000007L)
#define STOR_STATUS_INVALID_IRQL                (0xC1000008L)
#define STOR_STATUS_INVALID_DEVICE_STATE        (0xC1000009L)
#define STOR_STATUS_INVALID_BUFFER_SIZE         (0xC100000AL)
#define STOR_STATUS_UNSUPPORTED_VERSION         (0xC100000BL)
#define STOR_STATUS_BUSY                        (0xC100000CL)
#define STOR_STATUS_ALIGNMENT_ERROR             (0xC100000DL)

/* ======================================================================
 * SCSI request blocks [DDI ns-storport-_scsi_request_block,
 * ns-srb-_storage_request_block]
 * ====================================================================== */

/* SRB Function codes (SCSI_REQUEST_BLOCK.Function and
 * STORAGE_REQUEST_BLOCK.SrbFunction). */
#define SRB_FUNCTION_EXECUTE_SCSI               0x00
#define SRB_FUNCTION_CLAIM_DEVICE               0x01
#define SRB_FUNCTION_IO_CONTROL                 0x02
#define SRB_FUNCTION_RECEIVE_EVENT              0x03
#define SRB_FUNCTION_RELEASE_QUEUE              0x04
#define SRB_FUNCTION_ATTACH_DEVICE              0x05
#define SRB_FUNCTION_RELEASE_DEVICE             0x06
#define SRB_FUNCTION_SHUTDOWN                   0x07
#define SRB_FUNCTION_FLUSH                      0x08
#define SRB_FUNCTION_PROTOCOL_COMMAND           0x09
#define SRB_FUNCTION_ABORT_COMMAND              0x10
#define SRB_FUNCTION_RELEASE_RECOVERY           0x11
#define SRB_FUNCTION_RESET_BUS                  0x12
#define SRB_FUNCTION_RESET_DEVICE               0x13
#define SRB_FUNCTION_TERMINATE_IO               0x14
#define SRB_FUNCTION_FLUSH_QUEUE                0x15
#define SRB_FUNCTION_REMOVE_DEVICE              0x16
#define SRB_FUNCTION_WMI                        0x17
#define SRB_FUNCTION_LOCK_QUEUE                 0x18
#define SRB_FUNCTION_UNLOCK_QUEUE               0x19
#define SRB_FUNCTION_QUIESCE_DEVICE             0x1A
#define SRB_FUNCTION_RESET_LOGICAL_UNIT         0x20
#define SRB_FUNCTION_SET_LINK_TIMEOUT           0x21
#define SRB_FUNCTION_LINK_TIMEOUT_OCCURRED      0x22
#define SRB_FUNCTION_LINK_TIMEOUT_COMPLETE      0x23
#define SRB_FUNCTION_POWER                      0x24
#define SRB_FUNCTION_PNP                        0x25
#define SRB_FUNCTION_DUMP_POINTERS              0x26
#define SRB_FUNCTION_FREE_DUMP_POINTERS         0x27
#define SRB_FUNCTION_STORAGE_REQUEST_BLOCK      0x28
#define SRB_FUNCTION_CRYPTO_OPERATION           0x29
#define SRB_FUNCTION_GET_DUMP_INFO              0x2A
#define SRB_FUNCTION_FREE_DUMP_INFO             0x2B

/* SrbStatus values. */
#define SRB_STATUS_PENDING                      0x00
#define SRB_STATUS_SUCCESS                      0x01
#define SRB_STATUS_ABORTED                      0x02
#define SRB_STATUS_ABORT_FAILED                 0x03
#define SRB_STATUS_ERROR                        0x04
#define SRB_STATUS_BUSY                         0x05
#define SRB_STATUS_INVALID_REQUEST              0x06
#define SRB_STATUS_INVALID_PATH_ID              0x07
#define SRB_STATUS_NO_DEVICE                    0x08
#define SRB_STATUS_TIMEOUT                      0x09
#define SRB_STATUS_SELECTION_TIMEOUT            0x0A
#define SRB_STATUS_COMMAND_TIMEOUT              0x0B
#define SRB_STATUS_MESSAGE_REJECTED             0x0D
#define SRB_STATUS_BUS_RESET                    0x0E
#define SRB_STATUS_PARITY_ERROR                 0x0F
#define SRB_STATUS_REQUEST_SENSE_FAILED         0x10
#define SRB_STATUS_NO_HBA                       0x11
#define SRB_STATUS_DATA_OVERRUN                 0x12
#define SRB_STATUS_UNEXPECTED_BUS_FREE          0x13
#define SRB_STATUS_PHASE_SEQUENCE_FAILURE       0x14
#define SRB_STATUS_BAD_SRB_BLOCK_LENGTH         0x15
#define SRB_STATUS_REQUEST_FLUSHED              0x16
#define SRB_STATUS_INVALID_LUN                  0x20
#define SRB_STATUS_INVALID_TARGET_ID            0x21
#define SRB_STATUS_BAD_FUNCTION                 0x22
#define SRB_STATUS_ERROR_RECOVERY               0x23
#define SRB_STATUS_NOT_POWERED                  0x24
#define SRB_STATUS_LINK_DOWN                    0x25
#define SRB_STATUS_INSUFFICIENT_RESOURCES       0x26
#define SRB_STATUS_THROTTLED_REQUEST            0x27
#define SRB_STATUS_INVALID_PARAMETER            0x28
#define SRB_STATUS_INTERNAL_ERROR               0x30
#define SRB_STATUS_QUEUE_FROZEN                 0x40
#define SRB_STATUS_AUTOSENSE_VALID              0x80

/* The status with the two flag bits masked off. */
#define SRB_STATUS(Status) \
    ((Status) & ~(SRB_STATUS_AUTOSENSE_VALID | SRB_STATUS_QUEUE_FROZEN))

/* SrbFlags. */
#define SRB_FLAGS_QUEUE_ACTION_ENABLE           0x00000002
#define SRB_FLAGS_DISABLE_DISCONNECT            0x00000004
#define SRB_FLAGS_DISABLE_SYNCH_TRANSFER        0x00000008
#define SRB_FLAGS_BYPASS_FROZEN_QUEUE           0x00000010
#define SRB_FLAGS_DISABLE_AUTOSENSE             0x00000020
#define SRB_FLAGS_DATA_IN                       0x00000040
#define SRB_FLAGS_DATA_OUT                      0x00000080
#define SRB_FLAGS_NO_DATA_TRANSFER              0x00000000
#define SRB_FLAGS_UNSPECIFIED_DIRECTION         (SRB_FLAGS_DATA_IN | SRB_FLAGS_DATA_OUT)
#define SRB_FLAGS_NO_QUEUE_FREEZE               0x00000100
#define SRB_FLAGS_ADAPTER_CACHE_ENABLE          0x00000200
#define SRB_FLAGS_FREE_SENSE_BUFFER             0x00000400
#define SRB_FLAGS_D3_PROCESSING                 0x00000800
#define SRB_FLAGS_SEQUENTIAL_REQUIRED           0x00001000
#define SRB_FLAGS_IS_ACTIVE                     0x00010000
#define SRB_FLAGS_ALLOCATED_FROM_ZONE           0x00020000
#define SRB_FLAGS_SGLIST_FROM_POOL              0x00040000
#define SRB_FLAGS_BYPASS_LOCKED_QUEUE           0x00080000
#define SRB_FLAGS_NO_KEEP_AWAKE                 0x00100000
#define SRB_FLAGS_PORT_DRIVER_ALLOCSENSE        0x00200000
#define SRB_FLAGS_PORT_DRIVER_SENSEHASPORT      0x00400000
#define SRB_FLAGS_DONT_START_NEXT_PACKET        0x00800000
#define SRB_FLAGS_PORT_DRIVER_RESERVED          0x0F000000
#define SRB_FLAGS_CLASS_DRIVER_RESERVED         0xF0000000

/* QueueAction / RequestAttribute values (SCSI queue tag messages). */
#define SRB_SIMPLE_TAG_REQUEST                  0x20
#define SRB_HEAD_OF_QUEUE_TAG_REQUEST           0x21
#define SRB_ORDERED_QUEUE_TAG_REQUEST           0x22

/* "Adapter request" flags of the WMI / power / PnP / IOCTL / protocol
 * SRB_EX data blocks (and of the legacy request blocks). */
#define SRB_WMI_FLAGS_ADAPTER_REQUEST           0x01
#define SRB_POWER_FLAGS_ADAPTER_REQUEST         0x01
#define SRB_PNP_FLAGS_ADAPTER_REQUEST           0x01
#define SRB_IOCTL_FLAGS_ADAPTER_REQUEST         0x01
#define SRB_PROTOCOL_FLAGS_ADAPTER_REQUEST      0x01

#define SP_UNINITIALIZED_VALUE                  ((ULONG)~0)
#define SP_UNTAGGED                             ((UCHAR)~0)

/* Return values of HwStorFindAdapter. */
#define SP_RETURN_NOT_FOUND                     0
#define SP_RETURN_FOUND                         1
#define SP_RETURN_ERROR                         2
#define SP_RETURN_BAD_CONFIG                    3

/* Values for PORT_CONFIGURATION_INFORMATION.Dma64BitAddresses. */
#define SCSI_DMA64_MINIPORT_SUPPORTED                           0x01
#define SCSI_DMA64_SYSTEM_SUPPORTED                             0x80
#define SCSI_DMA64_MINIPORT_FULL64BIT_SUPPORTED                 0x02
#define SCSI_DMA64_MINIPORT_FULL64BIT_NO_BOUNDARY_REQ_SUPPORTED 0x04
#define SCSI_DMA64_MINIPORT_64BIT_ONE_4GB_SUPPORTED             0x08 /* UNCONFIRMED value */

#define SCSI_MAXIMUM_LOGICAL_UNITS              8
#define SCSI_MAXIMUM_TARGETS_PER_BUS            128
#define SCSI_MAXIMUM_LUNS_PER_TARGET            255
#define SCSI_MAXIMUM_BUSES                      8
#define SCSI_MINIMUM_PHYSICAL_BREAKS            16
#define SCSI_MAXIMUM_PHYSICAL_BREAKS            255
#define SCSI_MAXIMUM_TARGETS                    8
#define SCSI_COMBINE_BUS_TARGET(Bus, Target)    ((((UCHAR)(Target)) & ~(0x20 - 1)) + ((UCHAR)(Bus)))
#define SCSI_DECODE_BUS_TARGET(Value, Bus, Target) \
    ((Bus) = (UCHAR)((Value) & (0x20 - 1)), (Target) = (UCHAR)((Value) & ~(0x20 - 1)))
#define MAXIMUM_CDB_SIZE                        12

/* The classic SRB. */
typedef struct _SCSI_REQUEST_BLOCK {
    USHORT Length;
    UCHAR Function;
    UCHAR SrbStatus;
    UCHAR ScsiStatus;
    UCHAR PathId;
    UCHAR TargetId;
    UCHAR Lun;
    UCHAR QueueTag;
    UCHAR QueueAction;
    UCHAR CdbLength;
    UCHAR SenseInfoBufferLength;
    ULONG SrbFlags;
    ULONG DataTransferLength;
    ULONG TimeOutValue;
    PVOID DataBuffer;
    PVOID SenseInfoBuffer;
    struct _SCSI_REQUEST_BLOCK *NextSrb;
    PVOID OriginalRequest;
    PVOID SrbExtension;
    union {
        ULONG InternalStatus;
        ULONG QueueSortKey;
        ULONG LinkTimeoutValue;
    };
#if defined(_WIN64)
    ULONG Reserved;
#endif
    UCHAR Cdb[16];
} SCSI_REQUEST_BLOCK, *PSCSI_REQUEST_BLOCK;

#define SCSI_REQUEST_BLOCK_SIZE sizeof(SCSI_REQUEST_BLOCK)

/* A WMI request [DDI ns-storport-_scsi_wmi_request_block]. */
typedef struct _SCSI_WMI_REQUEST_BLOCK {
    USHORT Length;
    UCHAR Function;
    UCHAR SrbStatus;
    UCHAR WMISubFunction;
    UCHAR PathId;
    UCHAR TargetId;
    UCHAR Lun;
    UCHAR Reserved1;
    UCHAR WMIFlags;
    UCHAR Reserved2[2];
    ULONG SrbFlags;
    ULONG DataTransferLength;
    ULONG TimeOutValue;
    PVOID DataBuffer;
    PVOID DataPath;
    PVOID Reserved3;
    PVOID OriginalRequest;
    PVOID SrbExtension;
    ULONG Reserved4;
#if defined(_WIN64)
    ULONG Reserved6;
#endif
    UCHAR Reserved5[16];
} SCSI_WMI_REQUEST_BLOCK, *PSCSI_WMI_REQUEST_BLOCK;

/* Storport device power states [DDI ne-storport-_stor_device_power_state;
 * values PDB]. */
typedef enum _STOR_DEVICE_POWER_STATE {
    StorPowerDeviceUnspecified = 0,
    StorPowerDeviceD0 = 1,
    StorPowerDeviceD1 = 2,
    StorPowerDeviceD2 = 3,
    StorPowerDeviceD3 = 4,
    StorPowerDeviceMaximum = 5
} STOR_DEVICE_POWER_STATE, *PSTOR_DEVICE_POWER_STATE;

/* System power actions [DDI ne-storport-stor_power_action; values PDB]. */
typedef enum STOR_POWER_ACTION {
    StorPowerActionNone = 0,
    StorPowerActionReserved = 1,
    StorPowerActionSleep = 2,
    StorPowerActionHibernate = 3,
    StorPowerActionShutdown = 4,
    StorPowerActionShutdownReset = 5,
    StorPowerActionShutdownOff = 6,
    StorPowerActionWarmEject = 7
} STOR_POWER_ACTION, *PSTOR_POWER_ACTION;

/* A power request [DDI ns-storport-_scsi_power_request_block]. */
typedef struct _SCSI_POWER_REQUEST_BLOCK {
    USHORT Length;
    UCHAR Function;
    UCHAR SrbStatus;
    UCHAR SrbPowerFlags;
    UCHAR PathId;
    UCHAR TargetId;
    UCHAR Lun;
    STOR_DEVICE_POWER_STATE DevicePowerState;
    ULONG SrbFlags;
    ULONG DataTransferLength;
    ULONG TimeOutValue;
    PVOID DataBuffer;
    PVOID SenseInfoBuffer;
    struct _SCSI_REQUEST_BLOCK *NextSrb;
    PVOID OriginalRequest;
    PVOID SrbExtension;
    STOR_POWER_ACTION PowerAction;
#if defined(_WIN64)
    ULONG Reserved;
#endif
    UCHAR Reserved5[16];
} SCSI_POWER_REQUEST_BLOCK, *PSCSI_POWER_REQUEST_BLOCK;

/* Plug and Play actions [DDI ns-storport-_scsi_pnp_request_block]. */
typedef enum _STOR_PNP_ACTION {
    StorStartDevice = 0x0,
    StorRemoveDevice = 0x2,
    StorStopDevice = 0x4,
    StorQueryCapabilities = 0x9,
    StorQueryResourceRequirements = 0xB,
    StorFilterResourceRequirements = 0xD,
    StorSurpriseRemoval = 0x17
} STOR_PNP_ACTION, *PSTOR_PNP_ACTION;

/* A PnP request [DDI ns-storport-_scsi_pnp_request_block]. */
typedef struct _SCSI_PNP_REQUEST_BLOCK {
    USHORT Length;
    UCHAR Function;
    UCHAR SrbStatus;
    UCHAR PnPSubFunction;
    UCHAR PathId;
    UCHAR TargetId;
    UCHAR Lun;
    STOR_PNP_ACTION PnPAction;
    ULONG SrbFlags;
    ULONG DataTransferLength;
    ULONG TimeOutValue;
    PVOID DataBuffer;
    PVOID SenseInfoBuffer;
    struct _SCSI_REQUEST_BLOCK *NextSrb;
    PVOID OriginalRequest;
    PVOID SrbExtension;
    ULONG SrbPnPFlags;
#if defined(_WIN64)
    ULONG Reserved;
#endif
    UCHAR Reserved4[16];
} SCSI_PNP_REQUEST_BLOCK, *PSCSI_PNP_REQUEST_BLOCK;

/* Capabilities reported for StorQueryCapabilities
 * [DDI ns-storport-_stor_device_capabilities]. */
typedef struct _STOR_DEVICE_CAPABILITIES {
    USHORT Version;
    ULONG DeviceD1 : 1;
    ULONG DeviceD2 : 1;
    ULONG LockSupported : 1;
    ULONG EjectSupported : 1;
    ULONG Removable : 1;
    ULONG DockDevice : 1;
    ULONG UniqueID : 1;
    ULONG SilentInstall : 1;
    ULONG SurpriseRemovalOK : 1;
    ULONG NoDisplayInUI : 1;
} STOR_DEVICE_CAPABILITIES, *PSTOR_DEVICE_CAPABILITIES;

#define STOR_DEVICE_CAPABILITIES_EX_VERSION_1   1

/* [DDI ns-storport-_stor_device_capabilities_ex]. */
typedef struct _STOR_DEVICE_CAPABILITIES_EX {
    USHORT Version;
    USHORT Size;
    ULONG DeviceD1 : 1;
    ULONG DeviceD2 : 1;
    ULONG LockSupported : 1;
    ULONG EjectSupported : 1;
    ULONG Removable : 1;
    ULONG DockDevice : 1;
    ULONG UniqueID : 1;
    ULONG SilentInstall : 1;
    ULONG SurpriseRemovalOK : 1;
    ULONG NoDisplayInUI : 1;
    ULONG RawDeviceOK : 1;
    ULONG DefaultWriteCacheEnabled : 1;
    ULONG Reserved0 : 20;
    ULONG Address;
    ULONG UINumber;
    ULONG Reserved1[2];
} STOR_DEVICE_CAPABILITIES_EX, *PSTOR_DEVICE_CAPABILITIES_EX;

/* Extended SRBs ------------------------------------------------------- */

#define SRB_SIGNATURE                           0x53524258 /* "SRBX" */
#define STORAGE_REQUEST_BLOCK_VERSION_1         0x1

#ifndef SRB_TYPE_SCSI_REQUEST_BLOCK
#define SRB_TYPE_SCSI_REQUEST_BLOCK             0
#endif
#ifndef SRB_TYPE_STORAGE_REQUEST_BLOCK
#define SRB_TYPE_STORAGE_REQUEST_BLOCK          1
#endif
#define SRB_TYPE_FLAG_SCSI_REQUEST_BLOCK        0x1
#define SRB_TYPE_FLAG_STORAGE_REQUEST_BLOCK     0x2

#ifndef STORAGE_ADDRESS_TYPE_BTL8
#define STORAGE_ADDRESS_TYPE_BTL8               0
#endif
#define ADDRESS_TYPE_FLAG_BTL8                  0x1

/* Storage address forms [DDI ns-storport-_stor_address]. */
#define STOR_ADDRESS_TYPE_UNKNOWN               0x0
#define STOR_ADDRESS_TYPE_BTL8                  0x1
#define STOR_ADDRESS_TYPE_MAX                   0xFFFF

#define STOR_ADDR_BTL8_ADDRESS_LENGTH           4

typedef struct DECLSPEC_ALIGN(8) _STOR_ADDRESS {
    USHORT Type;
    USHORT Port;
    ULONG AddressLength;
    UCHAR AddressData[ANYSIZE_ARRAY];
} STOR_ADDRESS, *PSTOR_ADDRESS;

typedef struct DECLSPEC_ALIGN(8) _STOR_ADDR_BTL8 {
    USHORT Type;
    USHORT Port;
    ULONG AddressLength;
    UCHAR Path;
    UCHAR Target;
    UCHAR Lun;
    UCHAR Reserved;
} STOR_ADDR_BTL8, *PSTOR_ADDR_BTL8;

#define STOR_ADDR_BTL8_SIZE sizeof(STOR_ADDR_BTL8)

/* Extended SRB data types [DDI ns-storport-_srbex_data; values PDB]. */
typedef enum _SRBEXDATATYPE {
    SrbExDataTypeUnknown = 0,
    SrbExDataTypeBidirectional,
    SrbExDataTypeScsiCdb16 = 0x40,
    SrbExDataTypeScsiCdb32,
    SrbExDataTypeScsiCdbVar,
    SrbExDataTypeNvmeCommand,
    SrbExDataTypeWmi = 0x60,
    SrbExDataTypePower,
    SrbExDataTypePnP,
    SrbExDataTypeIoInfo = 0x80,
    SrbExDataTypeMSReservedStart = 0xF0000000,
    SrbExDataTypeReserved = 0xFFFFFFFF
} SRBEXDATATYPE, *PSRBEXDATATYPE;

typedef struct DECLSPEC_ALIGN(8) _SRBEX_DATA {
    SRBEXDATATYPE Type;
    ULONG Length;
    UCHAR Data[ANYSIZE_ARRAY];
} SRBEX_DATA, *PSRBEX_DATA;

#define SRBEX_DATA_BIDIRECTIONAL_LENGTH \
    ((2 * sizeof(ULONG)) + sizeof(PVOID))

typedef struct DECLSPEC_ALIGN(8) _SRBEX_DATA_BIDIRECTIONAL {
    SRBEXDATATYPE Type;
    ULONG Length;
    ULONG DataInTransferLength;
    ULONG Reserved1;
    PVOID DataInBuffer;
} SRBEX_DATA_BIDIRECTIONAL, *PSRBEX_DATA_BIDIRECTIONAL;

#define SRBEX_DATA_SCSI_CDB16_LENGTH \
    ((20 * sizeof(UCHAR)) + sizeof(ULONG) + sizeof(PVOID))

typedef struct DECLSPEC_ALIGN(8) _SRBEX_DATA_SCSI_CDB16 {
    SRBEXDATATYPE Type;
    ULONG Length;
    UCHAR ScsiStatus;
    UCHAR SenseInfoBufferLength;
    UCHAR CdbLength;
    UCHAR Reserved;
    ULONG Reserved1;
    PVOID SenseInfoBuffer;
    UCHAR Cdb[16];
} SRBEX_DATA_SCSI_CDB16, *PSRBEX_DATA_SCSI_CDB16;

#define SRBEX_DATA_SCSI_CDB32_LENGTH \
    ((36 * sizeof(UCHAR)) + sizeof(ULONG) + sizeof(PVOID))

typedef struct DECLSPEC_ALIGN(8) _SRBEX_DATA_SCSI_CDB32 {
    SRBEXDATATYPE Type;
    ULONG Length;
    UCHAR ScsiStatus;
    UCHAR SenseInfoBufferLength;
    UCHAR CdbLength;
    UCHAR Reserved;
    ULONG Reserved1;
    PVOID SenseInfoBuffer;
    UCHAR Cdb[32];
} SRBEX_DATA_SCSI_CDB32, *PSRBEX_DATA_SCSI_CDB32;

#define SRBEX_DATA_SCSI_CDB_VAR_LENGTH_MIN \
    ((4 * sizeof(UCHAR)) + (3 * sizeof(ULONG)) + sizeof(PVOID))
#define SRBEX_DATA_SCSI_CDB_VAR_LENGTH_MAX 0xFFFFFFFF

typedef struct DECLSPEC_ALIGN(8) _SRBEX_DATA_SCSI_CDB_VAR {
    SRBEXDATATYPE Type;
    ULONG Length;
    UCHAR ScsiStatus;
    UCHAR SenseInfoBufferLength;
    UCHAR Reserved[2];
    ULONG CdbLength;
    ULONG Reserved1[2];
    PVOID SenseInfoBuffer;
    UCHAR Cdb[ANYSIZE_ARRAY];
} SRBEX_DATA_SCSI_CDB_VAR, *PSRBEX_DATA_SCSI_CDB_VAR;

#define SRBEX_DATA_WMI_LENGTH \
    ((4 * sizeof(UCHAR)) + sizeof(ULONG) + sizeof(PVOID))

typedef struct DECLSPEC_ALIGN(8) _SRBEX_DATA_WMI {
    SRBEXDATATYPE Type;
    ULONG Length;
    UCHAR WMISubFunction;
    UCHAR WMIFlags;
    UCHAR Reserved[2];
    ULONG Reserved1;
    PVOID DataPath;
} SRBEX_DATA_WMI, *PSRBEX_DATA_WMI;

#define SRBEX_DATA_POWER_LENGTH \
    ((4 * sizeof(UCHAR)) + sizeof(STOR_DEVICE_POWER_STATE) + sizeof(STOR_POWER_ACTION))

typedef struct DECLSPEC_ALIGN(8) _SRBEX_DATA_POWER {
    SRBEXDATATYPE Type;
    ULONG Length;
    UCHAR SrbPowerFlags;
    UCHAR Reserved[3];
    STOR_DEVICE_POWER_STATE DevicePowerState;
    STOR_POWER_ACTION PowerAction;
} SRBEX_DATA_POWER, *PSRBEX_DATA_POWER;

#define SRBEX_DATA_PNP_LENGTH \
    ((4 * sizeof(UCHAR)) + sizeof(STOR_PNP_ACTION) + (2 * sizeof(ULONG)))

typedef struct DECLSPEC_ALIGN(8) _SRBEX_DATA_PNP {
    SRBEXDATATYPE Type;
    ULONG Length;
    UCHAR PnPSubFunction;
    UCHAR Reserved[3];
    STOR_PNP_ACTION PnPAction;
    ULONG SrbPnPFlags;
    ULONG Reserved1;
} SRBEX_DATA_PNP, *PSRBEX_DATA_PNP;

/* Flags of SRBEX_DATA_IO_INFO and STOR_REQUEST_INFO
 * [DDI ns-storport-_srbex_data_io_info]. */
#define REQUEST_INFO_NO_CACHE_FLAG              0x00000001
#define REQUEST_INFO_PAGING_IO_FLAG             0x00000002
#define REQUEST_INFO_SEQUENTIAL_IO_FLAG         0x00000004
#define REQUEST_INFO_TEMPORARY_FLAG             0x00000008
#define REQUEST_INFO_WRITE_THROUGH_FLAG         0x00000010
#define REQUEST_INFO_HYBRID_WRITE_THROUGH_FLAG  0x00000020
#define REQUEST_INFO_NO_FILE_OBJECT_FLAG        0x00000040
#define REQUEST_INFO_VOLSNAP_IO_FLAG            0x00000080
#define REQUEST_INFO_STREAM_FLAG                0x00000100
#define REQUEST_INFO_VALID_CACHEPRIORITY_FLAG   0x80000000

#define SRBEX_DATA_IO_INFO_VERSION_1            1

#define SRBEX_DATA_IO_INFO_LENGTH \
    ((5 * sizeof(ULONG)) + (4 * sizeof(UCHAR)))

typedef struct DECLSPEC_ALIGN(8) _SRBEX_DATA_IO_INFO {
    SRBEXDATATYPE Type;
    ULONG Length;
    ULONG Flags;
    ULONG Key;
    ULONG RWLength;
    BOOLEAN IsWriteRequest;
    UCHAR CachePriority;
    UCHAR Reserved[2];
    ULONG Reserved1[2];
} SRBEX_DATA_IO_INFO, *PSRBEX_DATA_IO_INFO;

/* NVMe command pass-through data [DDI ns-storport-srbex_data_nvme_command]. */
typedef enum SRBEX_DATA_NVME_COMMAND_TYPE {
    SRBEX_DATA_NVME_COMMAND_TYPE_NVM = 0,
    SRBEX_DATA_NVME_COMMAND_TYPE_ADMIN = 1
} SRBEX_DATA_NVME_COMMAND_TYPE;

typedef enum SRBEX_DATA_NVME_COMMAND_FLAG {
    SRBEX_DATA_NVME_COMMAND_FLAG_REQUIRE_DATA_TRANSFER_IN = 0x1,
    SRBEX_DATA_NVME_COMMAND_FLAG_REQUIRE_DATA_TRANSFER_OUT = 0x2,
    SRBEX_DATA_NVME_COMMAND_FLAG_PRP_SET_ALREADY = 0x4,
    SRBEX_DATA_NVME_COMMAND_FLAG_SIGNATURE_ENABLED = 0x8
} SRBEX_DATA_NVME_COMMAND_FLAG;

typedef struct DECLSPEC_ALIGN(8) _SRBEX_DATA_NVME_COMMAND {
    SRBEXDATATYPE Type;
    ULONG Length;
    ULONG CommandDWORD0;
    ULONG CommandNSID;
    ULONG Reserved0[2];
    ULONGLONG CommandMPTR;
    ULONGLONG CommandPRP1;
    ULONGLONG CommandPRP2;
    ULONG CommandCDW10;
    ULONG CommandCDW11;
    ULONG CommandCDW12;
    ULONG CommandCDW13;
    ULONG CommandCDW14;
    ULONG CommandCDW15;
    UCHAR CommandType;
    UCHAR CommandFlags;
    union {
        struct {
            USHORT P : 1;
            USHORT SC : 8;
            USHORT SCT : 3;
            USHORT Reserved : 2;
            USHORT M : 1;
            USHORT DNR : 1;
        } DUMMYSTRUCTNAME;
        USHORT AsUshort;
    } CommandStatus;
    ULONG QID;
    ULONG CommandTag;
    ULONG CQEntryDW0;
    ULONG CQEntryDW1;
} SRBEX_DATA_NVME_COMMAND, *PSRBEX_DATA_NVME_COMMAND;

/* I/O priority hints [values PDB]. */
typedef enum _STOR_IO_PRIORITY_HINT {
    StorIoPriorityVeryLow = 0,
    StorIoPriorityLow,
    StorIoPriorityNormal,
    StorIoPriorityHigh,
    StorIoPriorityCritical,
    StorIoMaxPriorityTypes
} STOR_IO_PRIORITY_HINT, *PSTOR_IO_PRIORITY_HINT;

/* The extended SRB [DDI ns-srb-_storage_request_block]. A miniport that
 * sets SrbType = SRB_TYPE_STORAGE_REQUEST_BLOCK receives these; Function is
 * then SRB_FUNCTION_STORAGE_REQUEST_BLOCK and SrbFunction holds the code. */
typedef struct DECLSPEC_ALIGN(8) _STORAGE_REQUEST_BLOCK_HEADER {
    USHORT Length;
    UCHAR Function;
    UCHAR SrbStatus;
    ULONG NotUsed;
} STORAGE_REQUEST_BLOCK_HEADER, *PSTORAGE_REQUEST_BLOCK_HEADER;

typedef struct DECLSPEC_ALIGN(8) _STORAGE_REQUEST_BLOCK {
    USHORT Length;
    UCHAR Function;
    UCHAR SrbStatus;
    ULONG ReservedUlong1;
    ULONG Signature;
    ULONG Version;
    ULONG SrbLength;
    ULONG SrbFunction;
    ULONG SrbFlags;
    ULONG ReservedUlong2;
    ULONG RequestTag;
    USHORT RequestPriority;
    USHORT RequestAttribute;
    ULONG TimeOutValue;
    union {
        ULONG SystemStatus;
        ULONG RequestTagHigh4Bytes;
    } DUMMYUNIONNAME;
    ULONG ZeroGuard1;
    ULONG AddressOffset;
    ULONG NumSrbExData;
    ULONG DataTransferLength;
    PVOID DataBuffer;
    PVOID ZeroGuard2;
    PVOID OriginalRequest;
    PVOID ClassContext;
    PVOID PortContext;
    PVOID MiniportContext;
    struct _STORAGE_REQUEST_BLOCK *NextSrb;
    ULONG SrbExDataOffset[ANYSIZE_ARRAY];
} STORAGE_REQUEST_BLOCK, *PSTORAGE_REQUEST_BLOCK;

/* Alignment the WDK applies to SRB-related pointers on 64-bit systems. */
#if defined(_WIN64)
#define SRB_ALIGN DECLSPEC_ALIGN(8)
#define POINTER_ALIGN DECLSPEC_ALIGN(8)
#else
#define SRB_ALIGN
#define POINTER_ALIGN
#endif
#define STORAGE_REQUEST_BLOCK_HEADER_SIZE FIELD_OFFSET(STORAGE_REQUEST_BLOCK, Signature)

/* Request information [DDI ns-storport-_stor_request_info_v1]. */
#define STOR_REQUEST_INFO_VER_1                 1
#define STOR_REQUEST_INFO_VER_2                 2
#define STOR_REQUEST_INFO_VER_3                 3

typedef struct _STOR_UNICODE_STRING {
    USHORT Length;
    USHORT MaximumLength;
    PWCHAR Buffer;
} STOR_UNICODE_STRING, *PSTOR_UNICODE_STRING;

typedef struct _STOR_REQUEST_INFO_V1 {
    USHORT Version;
    USHORT Size;
    STOR_IO_PRIORITY_HINT PriorityHint;
    ULONG Flags;
    ULONG Key;
    ULONG Length;
    BOOLEAN IsWriteRequest;
    UCHAR Reserved[3];
} STOR_REQUEST_INFO_V1, *PSTOR_REQUEST_INFO_V1;

typedef struct _STOR_REQUEST_INFO_V2 {
    USHORT Version;
    USHORT Size;
    STOR_IO_PRIORITY_HINT PriorityHint;
    ULONG Flags;
    ULONG Key;
    ULONG Length;
    BOOLEAN IsWriteRequest;
    UCHAR Reserved[3];
    PSTOR_UNICODE_STRING FileName;
    ULONG ProcessId;
} STOR_REQUEST_INFO_V2, *PSTOR_REQUEST_INFO_V2;

typedef STOR_REQUEST_INFO_V2 STOR_REQUEST_INFO, *PSTOR_REQUEST_INFO;
#define STOR_REQUEST_INFO_VER_CURRENT           STOR_REQUEST_INFO_VER_2

/* The SCSI protocol (device types, status and operation codes, CDBs,
 * sense, inquiry, mode and VPD data) comes from mingw-w64-common's
 * <scsi.h>, which this shim is layered on; scsi-extras.h adds what
 * miniports use that it lacks. */
#define _INQUIRYDATA_DEFINED /* scsi-extras.h has the current form */
#include <scsi.h>
#include "scsi-extras.h"

/* ======================================================================
 * The Storport miniport contract
 * ====================================================================== */

/* Notification types for StorPortNotification
 * [DDI nf-storport-storportnotification; values PDB, the 0x100C..0x1010
 * tail from a third-party symbol listing, UNCONFIRMED]. */
typedef enum _SCSI_NOTIFICATION_TYPE {
    RequestComplete = 0,
    NextRequest = 1,
    NextLuRequest = 2,
    ResetDetected = 3,
    _obsolete1 = 4,
    _obsolete2 = 5,
    RequestTimerCall = 6,
    BusChangeDetected = 7,
    WMIEvent = 8,
    WMIReregister = 9,
    LinkUp = 10,
    LinkDown = 11,
    QueryTickCount = 12,
    BufferOverrunDetected = 13,
    TraceNotification = 14,
    GetExtendedFunctionTable = 15,

    EnablePassiveInitialization = 0x1000,
    InitializeDpc = 0x1001,
    IssueDpc = 0x1002,
    AcquireSpinLock = 0x1003,
    ReleaseSpinLock = 0x1004,
    StateChangeDetectedCall = 0x1005,
    IoTargetRequestServiceTime = 0x1006,
    AsyncNotificationDetected = 0x1007,
    RequestDirectComplete = 0x1008,
    InitializeDpcWithContext = 0x1009,
    InitializeThreadedDpc = 0x100A,
    SetTargetProcessorDpc = 0x100B,
    MarkDeviceFailed = 0x100C,
    MarkDeviceFailedEx = 0x100D,
    TerminateSystemThread = 0x100E,
    NvmeofNotification = 0x100F,
    StorMQControllerStartInitialization = 0x1010
} SCSI_NOTIFICATION_TYPE, *PSCSI_NOTIFICATION_TYPE;

/* Function codes of StorPortExtendedFunction. Codes 0..95 are from the
 * public storport.sys symbols [PDB]; 96 and later follow the order of a
 * third-party listing that agrees with [PDB] on 0..95 (UNCONFIRMED). */
typedef enum _STORPORT_FUNCTION_CODE {
    ExtFunctionAllocatePool = 0,
    ExtFunctionFreePool = 1,
    ExtFunctionAllocateMdl = 2,
    ExtFunctionFreeMdl = 3,
    ExtFunctionBuildMdlForNonPagedPool = 4,
    ExtFunctionGetSystemAddress = 5,
    ExtFunctionGetOriginalMdl = 6,
    ExtFunctionCompleteServiceIrp = 7,
    ExtFunctionGetDeviceObjects = 8,
    ExtFunctionBuildScatterGatherList = 9,
    ExtFunctionPutScatterGatherList = 10,
    ExtFunctionAcquireMSISpinLock = 11,
    ExtFunctionReleaseMSISpinLock = 12,
    ExtFunctionGetMessageInterruptInformation = 13,
    ExtFunctionInitializePerformanceOptimizations = 14,
    ExtFunctionGetStartIoPerformanceParameters = 15,
    ExtFunctionLogSystemEvent = 16,
    ExtFunctionGetCurrentProcessorNumber = 17,
    ExtFunctionGetActiveGroupCount = 18,
    ExtFunctionGetGroupAffinity = 19,
    ExtFunctionGetActiveNodeCount = 20,
    ExtFunctionGetNodeAffinity = 21,
    ExtFunctionGetHighestNodeNumber = 22,
    ExtFunctionGetLogicalProcessorRelationship = 23,
    ExtFunctionAllocateContiguousMemorySpecifyCacheNode = 24,
    ExtFunctionFreeContiguousMemorySpecifyCache = 25,
    ExtFunctionSetPowerSettingNotificationGuids = 26,
    ExtFunctionInvokeAcpiMethod = 27,
    ExtFunctionGetRequestInfo = 28,
    ExtFunctionInitializeWorker = 29,
    ExtFunctionQueueWorkItem = 30,
    ExtFunctionFreeWorker = 31,
    ExtFunctionInitializeTimer = 32,
    ExtFunctionRequestTimer = 33,
    ExtFunctionFreeTimer = 34,
    ExtFunctionInitializeSListHead = 35,
    ExtFunctionInterlockedFlushSList = 36,
    ExtFunctionInterlockedPopEntrySList = 37,
    ExtFunctionInterlockedPushEntrySList = 38,
    ExtFunctionQueryDepthSList = 39,
    ExtFunctionGetActivityId = 40,
    ExtFunctionGetSystemPortNumber = 41,
    ExtFunctionGetDataInBufferMdl = 42,
    ExtFunctionGetDataInBufferSystemAddress = 43,
    ExtFunctionGetDataInBufferScatterGatherList = 44,
    ExtFunctionMarkDumpMemory = 45,
    ExtFunctionSetUnitAttributes = 46,
    ExtFunctionQueryPerformanceCounter = 47,
    ExtFunctionInitializePoFxPower = 48,
    ExtFunctionPoFxActivateComponent = 49,
    ExtFunctionPoFxIdleComponent = 50,
    ExtFunctionPoFxSetComponentLatency = 51,
    ExtFunctionPoFxSetComponentResidency = 52,
    ExtFunctionPoFxPowerControl = 53,
    ExtFunctionFlushDataBufferMdl = 54,
    ExtFunctionDeviceOperationAllowed = 55,
    ExtFunctionGetProcessorIndexFromNumber = 56,
    ExtFunctionPoFxSetIdleTimeout = 57,
    ExtFunctionMiniportEtwEvent2 = 58,
    ExtFunctionMiniportEtwEvent4 = 59,
    ExtFunctionMiniportEtwEvent8 = 60,
    ExtFunctionCurrentOsInstallationUpgrade = 61,
    ExtFunctionRegistryReadAdapterKey = 62,
    ExtFunctionRegistryWriteAdapterKey = 63,
    ExtFunctionSetAdapterBusType = 64,
    ExtFunctionPoFxRegisterPerfStates = 65,
    ExtFunctionPoFxSetPerfState = 66,
    ExtFunctionGetD3ColdSupport = 67,
    ExtFunctionInitializeRpmb = 68,
    ExtFunctionAllocateHmb = 69,
    ExtFunctionFreeHmb = 70,
    ExtFunctionPropagateIrpExtension = 71,
    ExtFunctionInterlockedInsertHeadList = 72,
    ExtFunctionInterlockedInsertTailList = 73,
    ExtFunctionInterlockedRemoveHeadList = 74,
    ExtFunctionInitializeSpinlock = 75,
    ExtFunctionGetPfns = 76,
    ExtFunctionInitializeCryptoEngine = 77,
    ExtFunctionGetRequestCryptoInfo = 78,
    ExtFunctionMiniportTelemetry = 79,
    ExtFunctionUpdateAdapterMaxIO = 80,
    ExtFunctionDelayExecution = 81,
    ExtFunctionAllocateDmaMemory = 82,
    ExtFunctionFreeDmaMemory = 83,
    ExtFunctionUpdateAdapterMaxIOInfo = 84,
    ExtFunctionMiniportChannelEtwEvent2 = 85,
    ExtFunctionMiniportChannelEtwEvent4 = 86,
    ExtFunctionMiniportChannelEtwEvent8 = 87,
    ExtFunctionInitializeHighResolutionTimer = 88,
    ExtFunctionRequestHighResolutionTimer = 89,
    ExtFunctionCancelHighResolutionTimer = 90,
    ExtFunctionFreeHighResolutionTimer = 91,
    ExtFunctionGetCurrentProcessorIndex = 92,
    ExtFunctionAcquireSpinLock = 93,
    ExtFunctionGetProcessorCount = 94,
    ExtFunctionCancelDpc = 95,
    /* UNCONFIRMED from here on (see above). */
    ExtFunctionMiniportTelemetryEx = 96,
    ExtFunctionQueryConfiguration = 97,
    ExtFunctionLogHardwareError = 98,
    ExtFunctionInitializeEvent = 99,
    ExtFunctionWaitForEvent = 100,
    ExtFunctionSetEvent = 101,
    ExtFunctionDeviceReset = 102,
    ExtFunctionSetFeatureList = 103,
    ExtFunctionCaptureLiveDump = 104,
    ExtFunctionMiniportLogByteStream = 105,
    ExtFunctionQueryDpcWatchdogInformation = 106,
    ExtFunctionQueryTimerMinInterval = 107,
    ExtFunctionMaskPciMsixEntry = 108,
    ExtFunctionGetCurrentIrql = 109,
    ExtFunctionCreateSystemThread = 110,
    ExtFunctionSetPriorityThread = 111,
    ExtFunctionSetSystemGroupAffinityThread = 112,
    ExtFunctionRevertToUserGroupAffinityThread = 113,
    ExtFunctionDeviceResetEx = 114,
    ExtFunctionMiniportReportInternalData = 115,
    ExtFunctionGetMessageInterruptIDFromProcessorIndex = 116,
    ExtFunctionGetNodeAffinity2 = 117,
    ExtFunctionEnableRegistryKeyNotification = 118,
    ExtFunctionPoFxRegisterPerfStatesEx = 119,
    ExtFunctionReadRegistryKey = 120,
    ExtFunctionGetDeviceBase2 = 121
} STORPORT_FUNCTION_CODE, *PSTORPORT_FUNCTION_CODE;

/* Adapter control [DDI nc-storport-hw_adapter_control,
 * ne-storport-scsi_adapter_control_type; values PDB to 18, later ones
 * follow the documented order, UNCONFIRMED]. */
typedef enum _SCSI_ADAPTER_CONTROL_TYPE {
    ScsiQuerySupportedControlTypes = 0,
    ScsiStopAdapter = 1,
    ScsiRestartAdapter = 2,
    ScsiSetBootConfig = 3,
    ScsiSetRunningConfig = 4,
    ScsiPowerSettingNotification = 5,
    ScsiAdapterPower = 6,
    ScsiAdapterPoFxPowerRequired = 7,
    ScsiAdapterPoFxPowerActive = 8,
    ScsiAdapterPoFxPowerSetFState = 9,
    ScsiAdapterPoFxPowerControl = 10,
    ScsiAdapterPrepareForBusReScan = 11,
    ScsiAdapterSystemPowerHints = 12,
    ScsiAdapterFilterResourceRequirements = 13,
    ScsiAdapterPoFxMaxOperationalPower = 14,
    ScsiAdapterPoFxSetPerfState = 15,
    ScsiAdapterSurpriseRemoval = 16,
    ScsiAdapterSerialNumber = 17,
    ScsiAdapterCryptoOperation = 18,
    ScsiAdapterQueryFruId = 19,
    ScsiAdapterSetEventLogging = 20,
    ScsiAdapterReportInternalData = 21,
    ScsiAdapterResetBusSynchronous = 22,
    ScsiAdapterPostHwInitialize = 23,
    ScsiAdapterPrepareEarlyDumpData = 24,
    ScsiAdapterRestoreEarlyDumpData = 25,
    ScsiAdapterControlMax,
    MakeAdapterControlTypeSizeOfUlong = 0xFFFFFFFF
} SCSI_ADAPTER_CONTROL_TYPE, *PSCSI_ADAPTER_CONTROL_TYPE;

typedef enum _SCSI_ADAPTER_CONTROL_STATUS {
    ScsiAdapterControlSuccess = 0,
    ScsiAdapterControlUnsuccessful
} SCSI_ADAPTER_CONTROL_STATUS, *PSCSI_ADAPTER_CONTROL_STATUS;

/* Parameters of ScsiQuerySupportedControlTypes
 * [DDI ns-storport-scsi_supported_control_type_list]. */
typedef struct _SCSI_SUPPORTED_CONTROL_TYPE_LIST {
    ULONG MaxControlType;
    BOOLEAN SupportedTypeList[ANYSIZE_ARRAY];
} SCSI_SUPPORTED_CONTROL_TYPE_LIST, *PSCSI_SUPPORTED_CONTROL_TYPE_LIST;

/* Unit control [DDI nc-storport-hw_unit_control,
 * ne-storport-scsi_unit_control_type; values PDB to 11]. */
typedef enum _SCSI_UNIT_CONTROL_TYPE {
    ScsiQuerySupportedUnitControlTypes = 0,
    ScsiUnitUsage = 1,
    ScsiUnitStart = 2,
    ScsiUnitPower = 3,
    ScsiUnitPoFxPowerInfo = 4,
    ScsiUnitPoFxPowerRequired = 5,
    ScsiUnitPoFxPowerActive = 6,
    ScsiUnitPoFxPowerSetFState = 7,
    ScsiUnitPoFxPowerControl = 8,
    ScsiUnitRemove = 9,
    ScsiUnitSurpriseRemoval = 10,
    ScsiUnitRichDescription = 11,
    ScsiUnitQueryBusType = 12,
    ScsiUnitQueryFruId = 13,
    ScsiUnitReportInternalData = 14,
    ScsiUnitNamespaceControl = 15,
    ScsiUnitControlMax,
    MakeUnitControlTypeSizeOfUlong = 0xFFFFFFFF
} SCSI_UNIT_CONTROL_TYPE, *PSCSI_UNIT_CONTROL_TYPE;

typedef enum _SCSI_UNIT_CONTROL_STATUS {
    ScsiUnitControlSuccess = 0,
    ScsiUnitControlUnsuccessful
} SCSI_UNIT_CONTROL_STATUS, *PSCSI_UNIT_CONTROL_STATUS;

/* ScsiUnitUsage [DDI ne-storport-scsi_uc_device_usage_type]. */
typedef enum _SCSI_UC_DEVICE_USAGE_TYPE {
    ScsiDeviceUsageTypeUndefined = 0,
    ScsiDeviceUsageTypePaging,
    ScsiDeviceUsageTypeHibernation,
    ScsiDeviceUsageTypeDumpFile,
    ScsiDeviceUsageTypeBoot
} SCSI_UC_DEVICE_USAGE_TYPE, *PSCSI_UC_DEVICE_USAGE_TYPE;

typedef struct _STOR_UC_DEVICE_USAGE {
    PSTOR_ADDRESS Address;
    SCSI_UC_DEVICE_USAGE_TYPE UsageType;
    BOOLEAN InUse;
} STOR_UC_DEVICE_USAGE, *PSTOR_UC_DEVICE_USAGE;

/* Storport spin locks [DDI ne-storport-_stor_spinlock; values PDB;
 * InvalidLock from the current DDI reference]. StorPortAcquireSpinLock
 * takes DpcLock, StartIoLock and InterruptLock; StorPortAcquireSpinLockEx
 * takes them all. */
typedef enum _STOR_SPINLOCK {
    InvalidLock = 0,
    DpcLock = 1,
    StartIoLock = 2,
    InterruptLock = 3,
    ThreadedDpcLock = 4,
    DpcLevelLock = 5
} STOR_SPINLOCK, *PSTOR_SPINLOCK;

/* The lock handle filled in by StorPortAcquireSpinLock [PDB layout]. */
typedef struct _STOR_LOCK_HANDLE {
    STOR_SPINLOCK Lock;
    struct {
        struct {
            PVOID Next;
            PVOID Lock;
        } LockQueue;
        KIRQL OldIrql;
    } Context;
} STOR_LOCK_HANDLE, *PSTOR_LOCK_HANDLE;

/* Synchronization model [DDI ns-storport-_port_configuration_information;
 * values PDB]. Storport's default is half duplex. */
typedef enum _STOR_SYNCHRONIZATION_MODEL {
    StorSynchronizeHalfDuplex = 0,
    StorSynchronizeFullDuplex = 1
} STOR_SYNCHRONIZATION_MODEL, *PSTOR_SYNCHRONIZATION_MODEL;

/* MSI synchronization [DDI ne-storport-_interrupt_synchronization_mode;
 * values PDB]. */
typedef enum _INTERRUPT_SYNCHRONIZATION_MODE {
    InterruptSupportNone = 0,
    InterruptSynchronizeAll = 1,
    InterruptSynchronizePerMessage = 2
} INTERRUPT_SYNCHRONIZATION_MODE, *PINTERRUPT_SYNCHRONIZATION_MODE;

/* A Storport DPC object: opaque [DDI ns-storport-_stor_dpc; PDB layout
 * mirrors the kernel KDPC]. */
typedef struct _DPC_BUFFER {
    CSHORT Type;
    UCHAR Number;
    UCHAR Importance;
    struct {
        PVOID F;
        PVOID B;
    };
    PVOID DeferredRoutine;
    PVOID DeferredContext;
    PVOID SystemArgument1;
    PVOID SystemArgument2;
    PVOID DpcData;
} DPC_BUFFER;

typedef struct _STOR_DPC {
    DPC_BUFFER Dpc;
    ULONG_PTR Lock;
} STOR_DPC, *PSTOR_DPC;

/* Events [DDI ns-storport-stor_event, stor_dispatcher_header]. */
typedef enum _STOR_EVENT_TYPE {
    StorNotificationEvent = 0,
    StorSynchronizationEvent = 1
} STOR_EVENT_TYPE, *PSTOR_EVENT_TYPE;

typedef struct _STOR_DISPATCHER_HEADER {
    union {
        struct {
            UCHAR Type;
            UCHAR Flags;
            UCHAR Size;
            UCHAR Inserted;
        };
        UCHAR DebugActive;
    } Data;
    LONG Lock;
    LONG SignalState;
    STOR_LIST_ENTRY WaitListHead;
} STOR_DISPATCHER_HEADER, *PSTOR_DISPATCHER_HEADER;

typedef struct _STOR_EVENT {
    STOR_DISPATCHER_HEADER Header;
} STOR_EVENT, *PSTOR_EVENT;

/* Thread priorities [DDI ne-storport-stor_thread_priority]. The numeric
 * values of the enumerators are not documented (UNCONFIRMED order). */
typedef enum _STOR_THREAD_PRIORITY {
    StorThreadPriorityBackground,
    StorThreadPriorityNormal,
    StorThreadPriorityDelayed,
    StorThreadPriorityCritical,
    StorThreadPrioritySuperCritical,
    StorThreadPriorityHyperCritical,
    StorThreadPriorityRealTime
} STOR_THREAD_PRIORITY, *PSTOR_THREAD_PRIORITY;

typedef VOID STOR_THREAD_START_ROUTINE(PVOID StartContext);
typedef STOR_THREAD_START_ROUTINE *PSTOR_THREAD_START_ROUTINE;

/* Device reset [DDI ne-storport-stor_device_reset_type] (UNCONFIRMED
 * values). */
typedef enum _STOR_DEVICE_RESET_TYPE {
    StorFunctionLevelReset = 0,
    StorPlatformLevelReset = 1,
    StorBusSpecificReset = 2
} STOR_DEVICE_RESET_TYPE, *PSTOR_DEVICE_RESET_TYPE;

/* Feature list for StorPortSetFeatureList [DDI
 * ne-storport-storport_feature_type] (UNCONFIRMED values). */
typedef enum _STORPORT_FEATURE_TYPE {
    StorportFeatureBusTypeUnitControl = 1,
    StorportFeatureFruIdUnitControl,
    StorportFeatureFruIdAdapterControl,
    StorportFeatureSetEventLoggingAdapterControl,
    StorportFeatureReportInternalDataUnitControl,
    StorportFeatureReportInternalDataAdapterControl,
    StorportFeatureEarlyDumpAdapterControl,
    StorportFeatureMax
} STORPORT_FEATURE_TYPE, *PSTORPORT_FEATURE_TYPE;

/* [DDI ne-storport-storport_query_configuration_type]. */
typedef enum _STORPORT_QUERY_CONFIGURATION_TYPE {
    StorportQueryConfigurationD3 = 0,
    StorportQueryConfigurationMax
} STORPORT_QUERY_CONFIGURATION_TYPE, *PSTORPORT_QUERY_CONFIGURATION_TYPE;

/* Live dumps [DDI ns-storport-storport_capture_livedump]. */
typedef enum _STORPORT_CAPTURE_LIVEDUMP_TYPE {
    StorportCaptureLiveDumpTypeUndefined = 0,
    StorportCaptureLiveDumpTypeMini,
    StorportCaptureLiveDumpTypeFull
} STORPORT_CAPTURE_LIVEDUMP_TYPE;

typedef enum _STORPORT_LIVEDUMP_ISSUE_TYPE {
    StorportLivedumpIssueTypeUndefined = 0,
    StorportLivedumpIssueTypeDevicePanic
} STORPORT_LIVEDUMP_ISSUE_TYPE;

typedef enum _STORPORT_LIVEDUMP_DATA_TYPE {
    StorportLivedumpDataTypeUndefined = 0,
    StorportLivedumpDataTypeDeviceTelemetryLog
} STORPORT_LIVEDUMP_DATA_TYPE;

typedef struct _STORPORT_LIVEDUMP_DEVICE_TELEMETRY_LOG {
    ULONG Version;
    ULONG Size;
    UCHAR BucketId[16];
    UCHAR OrganizationID[3];
    UCHAR Reserved;
    ULONG TelemetryLength;
    PVOID DeviceTelemetry;
} STORPORT_LIVEDUMP_DEVICE_TELEMETRY_LOG, *PSTORPORT_LIVEDUMP_DEVICE_TELEMETRY_LOG;

typedef struct _STORPORT_CAPTURE_LIVEDUMP {
    ULONG Version;
    ULONG Size;
    STORPORT_CAPTURE_LIVEDUMP_TYPE LiveDumpType;
    STORPORT_LIVEDUMP_ISSUE_TYPE IssueType;
    PCSTR ComponentName;
    STORPORT_LIVEDUMP_DATA_TYPE DataType;
    PVOID Data;
} STORPORT_CAPTURE_LIVEDUMP, *PSTORPORT_CAPTURE_LIVEDUMP;

/* DPC watchdog [DDI ns-storport-stor_dpc_watchdog_information]. */
typedef struct _STOR_DPC_WATCHDOG_INFORMATION {
    ULONG DpcTimeLimit;
    ULONG DpcTimeCount;
    ULONG DpcWatchdogLimit;
    ULONG DpcWatchdogCount;
    ULONG Reserved;
} STOR_DPC_WATCHDOG_INFORMATION, *PSTOR_DPC_WATCHDOG_INFORMATION;

/* Message-signaled interrupts [DDI ns-storport-_message_interrupt_information]. */
typedef struct _MESSAGE_INTERRUPT_INFORMATION {
    ULONG MessageId;
    ULONG MessageData;
    STOR_PHYSICAL_ADDRESS MessageAddress;
    ULONG InterruptVector;
    ULONG InterruptLevel;
    KINTERRUPT_MODE InterruptMode;
} MESSAGE_INTERRUPT_INFORMATION, *PMESSAGE_INTERRUPT_INFORMATION;

/* Performance options [DDI ns-storport-_perf_configuration_data;
 * flag values: third-party headers and disassembly, see the team notes]. */
#define STOR_PERF_DPC_REDIRECTION                       0x00000001
#define STOR_PERF_CONCURRENT_CHANNELS                   0x00000002
#define STOR_PERF_INTERRUPT_MESSAGE_RANGES              0x00000004
#define STOR_PERF_ADV_CONFIG_LOCALITY                   0x00000008
#define STOR_PERF_OPTIMIZE_FOR_COMPLETION_DURING_STARTIO 0x00000010
#define STOR_PERF_DPC_REDIRECTION_CURRENT_CPU           0x00000020
#define STOR_PERF_NO_SGL                                0x00000040
#define STOR_PERF_SOFT_NUMA                             0x00000080 /* UNCONFIRMED */
#define STOR_PERF_HETEROGENEOUS_CPU                     0x00000100 /* UNCONFIRMED */

#define STOR_PERF_VERSION_2                             0x00000002
#define STOR_PERF_VERSION_3                             0x00000003
#define STOR_PERF_VERSION_4                             0x00000004
#define STOR_PERF_VERSION_5                             0x00000005
#define STOR_PERF_VERSION_6                             0x00000006 /* UNCONFIRMED */
#define STOR_PERF_VERSION_7                             0x00000007 /* UNCONFIRMED */
#define STOR_PERF_VERSION_8                             0x00000008 /* UNCONFIRMED */
#define STOR_PERF_VERSION                               STOR_PERF_VERSION_5

typedef struct _PERF_CONFIGURATION_DATA {
    ULONG Version;
    ULONG Size;
    ULONG Flags;
    ULONG ConcurrentChannels;
    ULONG FirstRedirectionMessageNumber;
    ULONG LastRedirectionMessageNumber;
    ULONG DeviceNode;
    ULONG Reserved;
    PGROUP_AFFINITY MessageTargets;
} PERF_CONFIGURATION_DATA, *PPERF_CONFIGURATION_DATA;

#define STARTIO_PERFORMANCE_PARAMETERS_VERSION_1        1
#define STARTIO_PERFORMANCE_PARAMETERS_VERSION          STARTIO_PERFORMANCE_PARAMETERS_VERSION_1

/* [DDI ns-storport-_startio_performance_parameters] */
typedef struct _STARTIO_PERFORMANCE_PARAMETERS {
    ULONG Version;
    ULONG Size;
    ULONG MessageNumber;
    ULONG ChannelNumber;
} STARTIO_PERFORMANCE_PARAMETERS, *PSTARTIO_PERFORMANCE_PARAMETERS;

/* Feature bits for HW_INITIALIZATION_DATA.FeatureSupport
 * [DDI ns-storport-_hw_initialization_data]. */
#define STOR_FEATURE_VIRTUAL_MINIPORT                   0x00000001
#define STOR_FEATURE_ATA_PASS_THROUGH                   0x00000002
#define STOR_FEATURE_FULL_PNP_DEVICE_CAPABILITIES       0x00000004
#define STOR_FEATURE_DUMP_POINTERS                      0x00000008
#define STOR_FEATURE_DEVICE_NAME_NO_SUFFIX              0x00000010
#define STOR_FEATURE_DUMP_RESUME_CAPABLE                0x00000020
#define STOR_FEATURE_DEVICE_DESCRIPTOR_FROM_ATA_INFO_VPD 0x00000040
#define STOR_FEATURE_EXTRA_IO_INFORMATION               0x00000080
#define STOR_FEATURE_ADAPTER_CONTROL_PRE_FINDADAPTER    0x00000100
#define STOR_FEATURE_ADAPTER_NOT_REQUIRE_IO_PORT        0x00000200
#define STOR_FEATURE_DUMP_16_BYTE_ALIGNMENT             0x00000400
#define STOR_FEATURE_SET_ADAPTER_INTERFACE_TYPE         0x00000800
#define STOR_FEATURE_DUMP_INFO                          0x00001000
#define STOR_FEATURE_DMA_ALLOCATION_NO_BOUNDARY         0x00002000
#define STOR_FEATURE_SUPPORTS_NVME_ADAPTER              0x00004000
#define STOR_FEATURE_REPORT_INTERNAL_DATA               0x00008000
#define STOR_FEATURE_EARLY_DUMP                         0x00010000
#define STOR_FEATURE_NVME_ICE                           0x00020000

/* Bits for PORT_CONFIGURATION_INFORMATION.FeatureSupport
 * [DDI ns-storport-_port_configuration_information]. */
#define STOR_ADAPTER_FEATURE_DEVICE_TELEMETRY           0x00000001
#define STOR_ADAPTER_FEATURE_STOP_UNIT_DURING_POWER_DOWN 0x00000002
#define STOR_ADAPTER_UNCACHED_EXTENSION_NUMA_NODE_PREFERRED 0x00000004
#define STOR_ADAPTER_DMA_V3_PREFERRED                   0x00000008
#define STOR_ADAPTER_FEATURE_ABORT_COMMAND              0x00000010
#define STOR_ADAPTER_FEATURE_RICH_TEMPERATURE_THRESHOLD 0x00000020
#define STOR_ADAPTER_DMA_ADDRESS_WIDTH_SPECIFIED        0x00000040
#define STOR_ADAPTER_FEATURE_PREFER_NATIVE_AERIAL_IO    0x00000080 /* UNCONFIRMED */

/* MapBuffers values [DDI ns-storport-_hw_initialization_data]. */
#define STOR_MAP_NO_BUFFERS                             0
#define STOR_MAP_ALL_BUFFERS                            1
#define STOR_MAP_NON_READ_WRITE_BUFFERS                 2
#define STOR_MAP_ALL_BUFFERS_INCLUDING_READ_WRITE       3

/* DumpMode values [DDI ns-storport-_port_configuration_information]
 * (UNCONFIRMED numbering). */
#define DUMP_MODE_CRASH                                 0x01
#define DUMP_MODE_HIBER                                 0x02
#define DUMP_MODE_MARK_MEMORY                           0x03
#define DUMP_MODE_RESUME                                0x04

/* Port version flags (HW_INITIALIZATION_DATA.PortVersionFlags). */
#define SP_VER_TRACE_SUPPORT                            0x0010

/* Dump pointers [DDI ns-storport-_miniport_dump_pointers]. */
#define DUMP_MINIPORT_VERSION_1                         0x0100
#define DUMP_MINIPORT_VERSION                           0x0200
#define DUMP_MINIPORT_NAME_LENGTH                       15

typedef struct _MINIPORT_DUMP_POINTERS {
    USHORT Version;
    USHORT Size;
    WCHAR DriverName[DUMP_MINIPORT_NAME_LENGTH];
    struct _ADAPTER_OBJECT *AdapterObject;
    PVOID MappedRegisterBase;
    ULONG CommonBufferSize;
    PVOID MiniportPrivateDumpData;
    ULONG SystemIoBusNumber;
    INTERFACE_TYPE AdapterInterfaceType;
    ULONG MaximumTransferLength;
    ULONG NumberOfPhysicalBreaks;
    ULONG AlignmentMask;
    ULONG NumberOfAccessRanges;
    ACCESS_RANGE (*AccessRanges)[];
    UCHAR NumberOfBuses;
    BOOLEAN Master;
    BOOLEAN MapBuffers;
    UCHAR MaximumNumberOfTargets;
} MINIPORT_DUMP_POINTERS, *PMINIPORT_DUMP_POINTERS;

/* Declared ahead so the callback prototypes below name the same types. */
struct _PORT_CONFIGURATION_INFORMATION;
struct _HW_INITIALIZATION_DATA;

/* DriverEntry of a Storport miniport, as the SDV role type names it. */
typedef ULONG sp_DRIVER_INITIALIZE(PVOID Argument1, PVOID Argument2);
typedef sp_DRIVER_INITIALIZE *Psp_DRIVER_INITIALIZE;

/* Callbacks a miniport implements. Each is a function type so drivers can
 * declare their routines with it (`HW_STARTIO MyStartIo;`), plus the
 * pointer type HW_INITIALIZATION_DATA stores. */

typedef BOOLEAN HW_INITIALIZE(PVOID DeviceExtension);
typedef HW_INITIALIZE *PHW_INITIALIZE;

typedef BOOLEAN HW_BUILDIO(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb);
typedef HW_BUILDIO *PHW_BUILDIO;

typedef BOOLEAN HW_STARTIO(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb);
typedef HW_STARTIO *PHW_STARTIO;

typedef BOOLEAN HW_INTERRUPT(PVOID DeviceExtension);
typedef HW_INTERRUPT *PHW_INTERRUPT;

typedef VOID HW_TIMER(PVOID DeviceExtension);
typedef HW_TIMER *PHW_TIMER;

typedef VOID HW_DMA_STARTED(PVOID DeviceExtension);
typedef HW_DMA_STARTED *PHW_DMA_STARTED;

typedef ULONG HW_FIND_ADAPTER(PVOID DeviceExtension, PVOID HwContext,
                              PVOID BusInformation, PCHAR ArgumentString,
                              struct _PORT_CONFIGURATION_INFORMATION *ConfigInfo,
                              PBOOLEAN Reserved3);
typedef HW_FIND_ADAPTER *PHW_FIND_ADAPTER;

typedef BOOLEAN HW_RESET_BUS(PVOID DeviceExtension, ULONG PathId);
typedef HW_RESET_BUS *PHW_RESET_BUS;

typedef BOOLEAN HW_ADAPTER_STATE(PVOID DeviceExtension, PVOID Context,
                                 BOOLEAN SaveState);
typedef HW_ADAPTER_STATE *PHW_ADAPTER_STATE;

typedef SCSI_ADAPTER_CONTROL_STATUS HW_ADAPTER_CONTROL(
    PVOID DeviceExtension, SCSI_ADAPTER_CONTROL_TYPE ControlType,
    PVOID Parameters);
typedef HW_ADAPTER_CONTROL *PHW_ADAPTER_CONTROL;

typedef SCSI_UNIT_CONTROL_STATUS HW_UNIT_CONTROL(
    PVOID DeviceExtension, SCSI_UNIT_CONTROL_TYPE ControlType,
    PVOID Parameters);
typedef HW_UNIT_CONTROL *PHW_UNIT_CONTROL;

typedef BOOLEAN HW_PASSIVE_INITIALIZE_ROUTINE(PVOID DeviceExtension);
typedef HW_PASSIVE_INITIALIZE_ROUTINE *PHW_PASSIVE_INITIALIZE_ROUTINE;

/* The DDI page shows a BOOLEAN result; Storport ignores it and the WDK
 * declares VOID (see the team notes). */
typedef VOID HW_DPC_ROUTINE(PSTOR_DPC Dpc, PVOID HwDeviceExtension,
                            PVOID SystemArgument1, PVOID SystemArgument2);
typedef HW_DPC_ROUTINE *PHW_DPC_ROUTINE;

typedef BOOLEAN HW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE(PVOID HwDeviceExtension,
                                                      ULONG MessageId);
typedef HW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE *PHW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE;

typedef VOID HW_TIMER_EX(PVOID DeviceExtension, PVOID Context);
typedef HW_TIMER_EX *PHW_TIMER_EX;

typedef VOID HW_WORKITEM(PVOID HwDeviceExtension, PVOID Context, PVOID Worker);
typedef HW_WORKITEM *PHW_WORKITEM;

typedef VOID HW_STATE_CHANGE(PVOID HwDeviceExtension, PVOID Context,
                             SHORT AddressType, PVOID Address, ULONG Status);
typedef HW_STATE_CHANGE *PHW_STATE_CHANGE;

typedef VOID HW_TRACING_ENABLED(PVOID HwDeviceExtension, BOOLEAN Enabled);
typedef HW_TRACING_ENABLED *PHW_TRACING_ENABLED;

typedef VOID HW_CLEANUP_TRACING(PVOID Arg1);
typedef HW_CLEANUP_TRACING *PHW_CLEANUP_TRACING;

typedef VOID HW_INITIALIZE_TRACING(PVOID Arg1, PVOID Arg2);
typedef HW_INITIALIZE_TRACING *PHW_INITIALIZE_TRACING;

typedef VOID HW_FREE_ADAPTER_RESOURCES(PVOID DeviceExtension);
typedef HW_FREE_ADAPTER_RESOURCES *PHW_FREE_ADAPTER_RESOURCES;

typedef VOID HW_PROCESS_SERVICE_REQUEST(PVOID DeviceExtension, PVOID Irp);
typedef HW_PROCESS_SERVICE_REQUEST *PHW_PROCESS_SERVICE_REQUEST;

typedef VOID HW_COMPLETE_SERVICE_IRP(PVOID DeviceExtension);
typedef HW_COMPLETE_SERVICE_IRP *PHW_COMPLETE_SERVICE_IRP;

typedef ULONG VIRTUAL_HW_FIND_ADAPTER(
    PVOID DeviceExtension, PVOID HwContext, PVOID BusInformation,
    PVOID LowerDevice, PCHAR ArgumentString,
    struct _PORT_CONFIGURATION_INFORMATION *ConfigInfo, PBOOLEAN Again);
typedef VIRTUAL_HW_FIND_ADAPTER *PVIRTUAL_HW_FIND_ADAPTER;

typedef VOID HW_REGISTRY_NOTIFICATION_ROUTINE(PVOID HwDeviceExtension);
typedef HW_REGISTRY_NOTIFICATION_ROUTINE *PHW_REGISTRY_NOTIFICATION_ROUTINE;

/* Runs synchronized with the ISR [DDI nf-storport-storportsynchronizeaccess]. */
typedef BOOLEAN STOR_SYNCHRONIZED_ACCESS(PVOID HwDeviceExtension, PVOID Context);
typedef STOR_SYNCHRONIZED_ACCESS *PSTOR_SYNCHRONIZED_ACCESS;

/* Callback of StorPortBuildScatterGatherList. */
typedef VOID STOR_DMA_EXECUTION_ROUTINE(PVOID DeviceObject, PVOID Irp,
                                        PSTOR_SCATTER_GATHER_LIST ScatterGather,
                                        PVOID Context);
typedef STOR_DMA_EXECUTION_ROUTINE *PSTOR_DMA_EXECUTION_ROUTINE;
/* Older name of the same callback type. */
typedef VOID (*PpostScaterGatherExecute)(PVOID DeviceObject, PVOID Irp,
                                         PSTOR_SCATTER_GATHER_LIST ScatterGather,
                                         PVOID Context);

/* Registration data [DDI ns-storport-_hw_initialization_data]. */
typedef struct _HW_INITIALIZATION_DATA {
    ULONG HwInitializationDataSize;
    INTERFACE_TYPE AdapterInterfaceType;
    PHW_INITIALIZE HwInitialize;
    PHW_STARTIO HwStartIo;
    PHW_INTERRUPT HwInterrupt;
    PHW_FIND_ADAPTER HwFindAdapter;
    PHW_RESET_BUS HwResetBus;
    PHW_DMA_STARTED HwDmaStarted;
    PHW_ADAPTER_STATE HwAdapterState;
    ULONG DeviceExtensionSize;
    ULONG SpecificLuExtensionSize;
    ULONG SrbExtensionSize;
    ULONG NumberOfAccessRanges;
    PVOID Reserved;
    UCHAR MapBuffers;
    BOOLEAN NeedPhysicalAddresses;
    BOOLEAN TaggedQueuing;
    BOOLEAN AutoRequestSense;
    BOOLEAN MultipleRequestPerLu;
    BOOLEAN ReceiveEvent;
    USHORT VendorIdLength;
    PVOID VendorId;
    union {
        USHORT ReservedUshort;
        USHORT PortVersionFlags;
    };
    USHORT DeviceIdLength;
    PVOID DeviceId;
    PHW_ADAPTER_CONTROL HwAdapterControl;
    PHW_BUILDIO HwBuildIo;
    PHW_FREE_ADAPTER_RESOURCES HwFreeAdapterResources;
    PHW_PROCESS_SERVICE_REQUEST HwProcessServiceRequest;
    PHW_COMPLETE_SERVICE_IRP HwCompleteServiceIrp;
    PHW_INITIALIZE_TRACING HwInitializeTracing;
    PHW_CLEANUP_TRACING HwCleanupTracing;
    PHW_TRACING_ENABLED HwTracingEnabled;
    ULONG FeatureSupport;
    ULONG SrbTypeFlags;
    ULONG AddressTypeFlags;
    ULONG Reserved1;
    PHW_UNIT_CONTROL HwUnitControl;
} HW_INITIALIZATION_DATA, *PHW_INITIALIZATION_DATA;

/* Registration data of a virtual miniport
 * [DDI ns-storport-_virtual_hw_initialization_data]. The DDI page lists the
 * members up to HwCleanupTracing; the tail mirrors HW_INITIALIZATION_DATA
 * (UNCONFIRMED) so both can be passed to StorPortInitialize. */
typedef struct _VIRTUAL_HW_INITIALIZATION_DATA {
    ULONG HwInitializationDataSize;
    INTERFACE_TYPE AdapterInterfaceType;
    PHW_INITIALIZE HwInitialize;
    PHW_STARTIO HwStartIo;
    PHW_INTERRUPT HwInterrupt;
    PVIRTUAL_HW_FIND_ADAPTER HwFindAdapter;
    PHW_RESET_BUS HwResetBus;
    PHW_DMA_STARTED HwDmaStarted;
    PHW_ADAPTER_STATE HwAdapterState;
    ULONG DeviceExtensionSize;
    ULONG SpecificLuExtensionSize;
    ULONG SrbExtensionSize;
    ULONG NumberOfAccessRanges;
    PVOID Reserved;
    UCHAR MapBuffers;
    BOOLEAN NeedPhysicalAddresses;
    BOOLEAN TaggedQueuing;
    BOOLEAN AutoRequestSense;
    BOOLEAN MultipleRequestPerLu;
    BOOLEAN ReceiveEvent;
    USHORT VendorIdLength;
    PVOID VendorId;
    union {
        USHORT ReservedUshort;
        USHORT PortVersionFlags;
    };
    USHORT DeviceIdLength;
    PVOID DeviceId;
    PHW_ADAPTER_CONTROL HwAdapterControl;
    PHW_BUILDIO HwBuildIo;
    PHW_FREE_ADAPTER_RESOURCES HwFreeAdapterResources;
    PHW_PROCESS_SERVICE_REQUEST HwProcessServiceRequest;
    PHW_COMPLETE_SERVICE_IRP HwCompleteServiceIrp;
    PHW_INITIALIZE_TRACING HwInitializeTracing;
    PHW_CLEANUP_TRACING HwCleanupTracing;
    PHW_TRACING_ENABLED HwTracingEnabled;
    ULONG FeatureSupport;
    ULONG SrbTypeFlags;
    ULONG AddressTypeFlags;
    ULONG Reserved1;
    PHW_UNIT_CONTROL HwUnitControl;
} VIRTUAL_HW_INITIALIZATION_DATA, *PVIRTUAL_HW_INITIALIZATION_DATA;

/* Per-adapter configuration handed to HwStorFindAdapter
 * [DDI ns-storport-_port_configuration_information]. */
typedef struct _PORT_CONFIGURATION_INFORMATION {
    ULONG Length;
    ULONG SystemIoBusNumber;
    INTERFACE_TYPE AdapterInterfaceType;
    ULONG BusInterruptLevel;
    ULONG BusInterruptVector;
    KINTERRUPT_MODE InterruptMode;
    ULONG MaximumTransferLength;
    ULONG NumberOfPhysicalBreaks;
    ULONG DmaChannel;
    ULONG DmaPort;
    DMA_WIDTH DmaWidth;
    DMA_SPEED DmaSpeed;
    ULONG AlignmentMask;
    ULONG NumberOfAccessRanges;
    ACCESS_RANGE (*AccessRanges)[];
    /* The documentation lists "Reserved" (before Windows 8) and
     * MiniportDumpData (Windows 8 and later) for this one slot. */
    union {
        PVOID MiniportDumpData;
        PVOID Reserved;
    };
    UCHAR NumberOfBuses;
    CCHAR InitiatorBusId[8];
    BOOLEAN ScatterGather;
    BOOLEAN Master;
    BOOLEAN CachesData;
    BOOLEAN AdapterScansDown;
    BOOLEAN AtdiskPrimaryClaimed;
    BOOLEAN AtdiskSecondaryClaimed;
    BOOLEAN Dma32BitAddresses;
    BOOLEAN DemandMode;
    UCHAR MapBuffers;
    BOOLEAN NeedPhysicalAddresses;
    BOOLEAN TaggedQueuing;
    BOOLEAN AutoRequestSense;
    BOOLEAN MultipleRequestPerLu;
    BOOLEAN ReceiveEvent;
    BOOLEAN RealModeInitialized;
    BOOLEAN BufferAccessScsiPortControlled;
    UCHAR MaximumNumberOfTargets;
    /* SrbType and AddressType (Windows 8 and later) occupy the bytes the
     * documentation lists as ReservedUchars before Windows 8. */
    UCHAR SrbType;
    UCHAR AddressType;
    ULONG SlotNumber;
    ULONG BusInterruptLevel2;
    ULONG BusInterruptVector2;
    KINTERRUPT_MODE InterruptMode2;
    ULONG DmaChannel2;
    ULONG DmaPort2;
    DMA_WIDTH DmaWidth2;
    DMA_SPEED DmaSpeed2;
    ULONG DeviceExtensionSize;
    ULONG SpecificLuExtensionSize;
    ULONG SrbExtensionSize;
    UCHAR Dma64BitAddresses;
    BOOLEAN ResetTargetSupported;
    UCHAR MaximumNumberOfLogicalUnits;
    BOOLEAN WmiDataProvider;
    STOR_SYNCHRONIZATION_MODEL SynchronizationModel;
    PHW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE HwMSInterruptRoutine;
    INTERRUPT_SYNCHRONIZATION_MODE InterruptSynchronizationMode;
    MEMORY_REGION DumpRegion;
    ULONG RequestedDumpBufferSize;
    BOOLEAN VirtualDevice;
    UCHAR DumpMode;
    UCHAR DmaAddressWidth;
    ULONG ExtendedFlags1;
    ULONG MaxNumberOfIO;
    ULONG MaxIOsPerLun;
    ULONG InitialLunQueueDepth;
    ULONG BusResetHoldTime;
    ULONG FeatureSupport;
} PORT_CONFIGURATION_INFORMATION, *PPORT_CONFIGURATION_INFORMATION;

#define CONFIG_INFO_VERSION_2 sizeof(PORT_CONFIGURATION_INFORMATION)

/* ExtendedFlags1 bits (UNCONFIRMED). */
#define EXTENDED_FLAG_POFX                              0x00000001

/* Power management (runtime / PoFx) ----------------------------------- */

#define STOR_POFX_UNKNOWN_POWER                         0xFFFFFFFF
#define STOR_POFX_UNKNOWN_TIME                          0xFFFFFFFFFFFFFFFFULL

#define STOR_POFX_COMPONENT_IDLE_STATE_VERSION_V1       1
#define STOR_POFX_COMPONENT_VERSION_V1                  1
#define STOR_POFX_COMPONENT_VERSION_V2                  2
#define STOR_POFX_DEVICE_VERSION_V1                     1
#define STOR_POFX_DEVICE_VERSION_V2                     2
#define STOR_POFX_DEVICE_VERSION_V3                     3

/* PoFx device flags [DDI ns-storport-_stor_pofx_device]. */
#define STOR_POFX_DEVICE_FLAG_NO_D0                     0x01
#define STOR_POFX_DEVICE_FLAG_NO_D3                     0x02
#define STOR_POFX_DEVICE_FLAG_ENABLE_D3_COLD            0x04
#define STOR_POFX_DEVICE_FLAG_NO_DUMP_ACTIVE            0x08
#define STOR_POFX_DEVICE_FLAG_IDLE_TIMEOUT              0x10
#define STOR_POFX_DEVICE_FLAG_ADAPTIVE_D3_IDLE_TIMEOUT  0x20
#define STOR_POFX_DEVICE_FLAG_NO_UNIT_REGISTRATION      0x40
#define STOR_POFX_DEVICE_FLAG_PERF_STATE_PEP_OPTIONAL   0x80
#define STOR_POFX_DEVICE_FLAG_NO_IDLE_DEBOUNCE          0x100
#define STOR_POFX_DEVICE_FLAG_DUMP_ALWAYS_POWER_ON      0x200
#define STOR_POFX_DEVICE_FLAG_DISABLE_INTERRUPTS_ON_D3  0x400
#define STOR_POFX_DEVICE_FLAG_ADAPTER_D3_WAKE           0x800
#define STOR_POFX_DEVICE_FLAG_GET_PERF_STATE_FROM_PEP   0x1000

typedef struct _STOR_POFX_COMPONENT_IDLE_STATE {
    ULONG Version;
    ULONG Size;
    ULONGLONG TransitionLatency;
    ULONGLONG ResidencyRequirement;
    ULONG NominalPower;
} STOR_POFX_COMPONENT_IDLE_STATE, *PSTOR_POFX_COMPONENT_IDLE_STATE;

#define STOR_POFX_COMPONENT_IDLE_STATE_SIZE sizeof(STOR_POFX_COMPONENT_IDLE_STATE)

typedef struct _STOR_POFX_COMPONENT {
    ULONG Version;
    ULONG Size;
    ULONG FStateCount;
    ULONG DeepestWakeableFState;
    GUID Id;
    STOR_POFX_COMPONENT_IDLE_STATE FStates[ANYSIZE_ARRAY];
} STOR_POFX_COMPONENT, *PSTOR_POFX_COMPONENT;

#define STOR_POFX_COMPONENT_SIZE ((ULONG)FIELD_OFFSET(STOR_POFX_COMPONENT, FStates))

typedef struct _STOR_POFX_COMPONENT_V2 {
    ULONG Version;
    ULONG Size;
    ULONG FStateCount;
    ULONG DeepestWakeableFState;
    GUID Id;
    ULONG DeepestAdapterPowerRequiredFState;
    ULONG DeepestCrashDumpReadyFState;
    STOR_POFX_COMPONENT_IDLE_STATE FStates[ANYSIZE_ARRAY];
} STOR_POFX_COMPONENT_V2, *PSTOR_POFX_COMPONENT_V2;

#define STOR_POFX_COMPONENT_V2_SIZE ((ULONG)FIELD_OFFSET(STOR_POFX_COMPONENT_V2, FStates))

typedef struct _STOR_POFX_DEVICE {
    ULONG Version;
    ULONG Size;
    ULONG ComponentCount;
    ULONG Flags;
    STOR_POFX_COMPONENT Components[ANYSIZE_ARRAY];
} STOR_POFX_DEVICE, *PSTOR_POFX_DEVICE;

#define STOR_POFX_DEVICE_SIZE ((ULONG)FIELD_OFFSET(STOR_POFX_DEVICE, Components))

typedef struct _STOR_POFX_DEVICE_V2 {
    ULONG Version;
    ULONG Size;
    ULONG ComponentCount;
    ULONG Flags;
    ULONG UnitMinIdleTimeoutInMS;
    ULONG AdapterIdleTimeoutInMS;
    STOR_POFX_COMPONENT Components[ANYSIZE_ARRAY];
} STOR_POFX_DEVICE_V2, *PSTOR_POFX_DEVICE_V2;

#define STOR_POFX_DEVICE_V2_SIZE ((ULONG)FIELD_OFFSET(STOR_POFX_DEVICE_V2, Components))

typedef struct _STOR_POFX_DEVICE_V3 {
    ULONG Version;
    ULONG Size;
    ULONG ComponentCount;
    ULONG Flags;
    ULONG UnitMinIdleTimeoutInMS;
    ULONG AdapterIdleTimeoutInMS;
    ULONG MinimumPowerCyclePeriodInMS;
    STOR_POFX_COMPONENT Components[ANYSIZE_ARRAY];
} STOR_POFX_DEVICE_V3, *PSTOR_POFX_DEVICE_V3;

#define STOR_POFX_DEVICE_V3_SIZE ((ULONG)FIELD_OFFSET(STOR_POFX_DEVICE_V3, Components))

/* Perf states [values PDB]. */
typedef enum _STOR_POFX_PERF_STATE_UNIT {
    StorPoFxPerfStateUnitOther = 0,
    StorPoFxPerfStateUnitFrequency,
    StorPoFxPerfStateUnitBandwidth,
    StorPoFxPerfStateUnitMilliwatts,
    StorPoFxPerfStateUnitMaximum
} STOR_POFX_PERF_STATE_UNIT, *PSTOR_POFX_PERF_STATE_UNIT;

typedef enum _STOR_POFX_PERF_STATE_TYPE {
    StorPoFxPerfStateTypeDiscrete = 0,
    StorPoFxPerfStateTypeRange,
    StorPoFxPerfStateTypeMaximum
} STOR_POFX_PERF_STATE_TYPE, *PSTOR_POFX_PERF_STATE_TYPE;

typedef struct _STOR_POFX_PERF_STATE {
    ULONG Version;
    ULONG Size;
    ULONGLONG Value;
    PVOID Context;
} STOR_POFX_PERF_STATE, *PSTOR_POFX_PERF_STATE;

typedef struct _STOR_POFX_COMPONENT_PERF_SET {
    ULONG Version;
    ULONG Size;
    ULONGLONG Flags;
    STOR_POFX_PERF_STATE_UNIT PStateUnit;
    STOR_POFX_PERF_STATE_TYPE PStateType;
    union {
        struct {
            ULONG Count;
            ULONG Offset;
        } Discrete;
        struct {
            ULONGLONG Minimum;
            ULONGLONG Maximum;
        } Range;
    } PStates;
} STOR_POFX_COMPONENT_PERF_SET, *PSTOR_POFX_COMPONENT_PERF_SET;

typedef struct _STOR_POFX_COMPONENT_PERF_INFO {
    ULONG Version;
    ULONG Size;
    BOOLEAN PerfStateSetsInitialized;
    ULONG PerfStateSetsCount;
    STOR_POFX_COMPONENT_PERF_SET PerfStateSets[ANYSIZE_ARRAY];
} STOR_POFX_COMPONENT_PERF_INFO, *PSTOR_POFX_COMPONENT_PERF_INFO;

/* Power control headers and contexts [DDI ns-storport-stor_*]. */
typedef struct _STOR_POWER_CONTROL_HEADER {
    ULONG Version;
    ULONG Size;
    PSTOR_ADDRESS Address;
} STOR_POWER_CONTROL_HEADER, *PSTOR_POWER_CONTROL_HEADER;

typedef struct _STOR_ADAPTER_CONTROL_POWER {
    STOR_POWER_CONTROL_HEADER Header;
    STOR_POWER_ACTION PowerAction;
    STOR_DEVICE_POWER_STATE PowerState;
} STOR_ADAPTER_CONTROL_POWER, *PSTOR_ADAPTER_CONTROL_POWER;

typedef struct _STOR_UNIT_CONTROL_POWER {
    PSTOR_ADDRESS Address;
    STOR_POWER_ACTION PowerAction;
    STOR_DEVICE_POWER_STATE PowerState;
} STOR_UNIT_CONTROL_POWER, *PSTOR_UNIT_CONTROL_POWER;

typedef struct _STOR_POFX_UNIT_POWER_INFO {
    STOR_POWER_CONTROL_HEADER Header;
    BOOLEAN IdlePowerEnabled;
} STOR_POFX_UNIT_POWER_INFO, *PSTOR_POFX_UNIT_POWER_INFO;

typedef struct _STOR_POFX_POWER_REQUIRED_CONTEXT {
    STOR_POWER_CONTROL_HEADER Header;
    BOOLEAN PowerRequired;
} STOR_POFX_POWER_REQUIRED_CONTEXT, *PSTOR_POFX_POWER_REQUIRED_CONTEXT;

typedef struct _STOR_POFX_ACTIVE_CONTEXT {
    STOR_POWER_CONTROL_HEADER Header;
    ULONG ComponentIndex;
    BOOLEAN Active;
} STOR_POFX_ACTIVE_CONTEXT, *PSTOR_POFX_ACTIVE_CONTEXT;

typedef struct _STOR_POFX_FSTATE_CONTEXT {
    STOR_POWER_CONTROL_HEADER Header;
    ULONG ComponentIndex;
    ULONG FState;
} STOR_POFX_FSTATE_CONTEXT, *PSTOR_POFX_FSTATE_CONTEXT;

typedef struct _STOR_POFX_POWER_CONTROL {
    STOR_POWER_CONTROL_HEADER Header;
    ULONG ComponentIndex;
    GUID PowerControlCode;
    SIZE_T InBufferSize;
    SIZE_T OutBufferSize;
    PVOID InBuffer;
    PVOID OutBuffer;
    PSIZE_T BytesReturned;
} STOR_POFX_POWER_CONTROL, *PSTOR_POFX_POWER_CONTROL;

typedef struct _STOR_POFX_PERF_STATE_CONTEXT {
    ULONG Version;
    ULONG Size;
    ULONG ComponentIndex;
    BOOLEAN Succeeded;
    PVOID Context;
} STOR_POFX_PERF_STATE_CONTEXT, *PSTOR_POFX_PERF_STATE_CONTEXT;

typedef struct _STOR_MAX_OPERATIONAL_POWER {
    ULONG Version;
    ULONG Size;
    ULONG Value;
} STOR_MAX_OPERATIONAL_POWER, *PSTOR_MAX_OPERATIONAL_POWER;

typedef struct _STOR_POWER_SETTING_INFO {
    GUID PowerSettingGuid;
    PVOID Value;
    ULONG ValueLength;
} STOR_POWER_SETTING_INFO, *PSTOR_POWER_SETTING_INFO;

/* System power hints [DDI ns-storport-stor_system_power_hints; enum PDB]. */
typedef enum _RAID_SYSTEM_POWER {
    RaidSystemPowerUnknown = 0,
    RaidSystemPowerLowest,
    RaidSystemPowerLow,
    RaidSystemPowerMedium,
    RaidSystemPowerHigh
} RAID_SYSTEM_POWER, *PRAID_SYSTEM_POWER;

#define STOR_SYSTEM_POWER_HINTS_V1                      1

typedef struct _STOR_SYSTEM_POWER_HINTS {
    ULONG Version;
    ULONG Size;
    RAID_SYSTEM_POWER SystemPower;
    ULONG ResumeLatencyMSec;
} STOR_SYSTEM_POWER_HINTS, *PSTOR_SYSTEM_POWER_HINTS;

#define STOR_FILTER_RESOURCE_REQUIREMENTS_V1            1

typedef struct _STOR_FILTER_RESOURCE_REQUIREMENTS {
    ULONG Version;
    ULONG Size;
    PIO_RESOURCE_REQUIREMENTS_LIST IoResourceRequirementsList;
} STOR_FILTER_RESOURCE_REQUIREMENTS, *PSTOR_FILTER_RESOURCE_REQUIREMENTS;

typedef struct _STOR_SERIAL_NUMBER {
    ULONG Version;
    ULONG Size;
    BOOLEAN Unicode;
    UCHAR Reserved[3];
    UCHAR SerialNumber[ANYSIZE_ARRAY];
} STOR_SERIAL_NUMBER, *PSTOR_SERIAL_NUMBER;

#define STOR_FRU_ID_DESCRIPTION_STRUCTURE_VERSION_1     1

typedef struct _STOR_FRU_ID_DESCRIPTION {
    ULONG Version;
    ULONG Size;
    PSTOR_ADDRESS Address;
    UCHAR FruId[ANYSIZE_ARRAY];
} STOR_FRU_ID_DESCRIPTION, *PSTOR_FRU_ID_DESCRIPTION;

typedef struct _STOR_UNIT_CONTROL_QUERY_BUS_TYPE {
    PSTOR_ADDRESS Address;
    STORAGE_BUS_TYPE BusType;
} STOR_UNIT_CONTROL_QUERY_BUS_TYPE, *PSTOR_UNIT_CONTROL_QUERY_BUS_TYPE;

typedef struct _STOR_RESET_BUS_SYNCHRONOUS_PARAMETER {
    ULONG Version;
    ULONG Size;
    ULONG PathId;
    ULONG Reserved;
} STOR_RESET_BUS_SYNCHRONOUS_PARAMETER, *PSTOR_RESET_BUS_SYNCHRONOUS_PARAMETER;

/* Rich device description [DDI ns-storport-stor_rich_device_description]. */
#define STOR_VENDOR_ID_LENGTH                           16
#define STOR_MODEL_NUMBER_LENGTH                        64
#define STOR_FIRMWARE_REVISION_LENGTH                   16
#define STOR_RICH_DEVICE_DESCRIPTION_STRUCTURE_VERSION   1
#define STOR_RICH_DEVICE_DESCRIPTION_STRUCTURE_VERSION_2 2

typedef struct _STOR_RICH_DEVICE_DESCRIPTION {
    ULONG Version;
    ULONG Size;
    CHAR VendorId[STOR_VENDOR_ID_LENGTH + 1];
    CHAR ModelNumber[STOR_MODEL_NUMBER_LENGTH + 1];
    CHAR FirmwareRevision[STOR_FIRMWARE_REVISION_LENGTH + 1];
} STOR_RICH_DEVICE_DESCRIPTION, *PSTOR_RICH_DEVICE_DESCRIPTION;

typedef struct _STOR_RICH_DEVICE_DESCRIPTION_V2 {
    ULONG Version;
    ULONG Size;
    CHAR VendorId[STOR_VENDOR_ID_LENGTH + 1];
    CHAR ModelNumber[STOR_MODEL_NUMBER_LENGTH + 1];
    CHAR FirmwareRevision[STOR_FIRMWARE_REVISION_LENGTH + 1];
    STOR_ADDRESS Address;
} STOR_RICH_DEVICE_DESCRIPTION_V2, *PSTOR_RICH_DEVICE_DESCRIPTION_V2;

/* Unit attributes [DDI nf-storport-storportsetunitattributes]. */
typedef struct _STOR_UNIT_ATTRIBUTES {
    ULONG DeviceAttentionSupported : 1;
    ULONG AsyncNotificationSupported : 1;
    ULONG D3ColdNotSupported : 1;
    ULONG BypassIOSupported : 1;
    ULONG Reserved : 28;
} STOR_UNIT_ATTRIBUTES, *PSTOR_UNIT_ATTRIBUTES;

/* State change [DDI nf-storport-storportstatechangedetected]. */
#define STATE_CHANGE_LUN                                0x1
#define STATE_CHANGE_TARGET                             0x2
#define STATE_CHANGE_BUS                                0x4

#define ATTRIBUTE_VM_PASSTHROUGH_LUN                    0x1 /* UNCONFIRMED */

/* Asynchronous notification [DDI nf-storport-storportasyncnotificationdetected]. */
#define RAID_ASYNC_NOTIFY_FLAG_MEDIA_STATUS             0x1
#define RAID_ASYNC_NOTIFY_FLAG_DEVICE_STATUS            0x2
#define RAID_ASYNC_NOTIFY_FLAG_DEVICE_OPERATION         0x4

/* StorPortMarkDumpMemory flags. */
#define STOR_MARK_DUMP_MEMORY_FLAG_NONE                 0x0 /* UNCONFIRMED */

/* Device operations for StorPortIsDeviceOperationAllowed
 * [DDI nf-storport-storportisdeviceoperationallowed] and the PoFx component
 * IDs [DDI ns-storport-_stor_pofx_component]. The DDI reference names them
 * without values; the values below agree across two third-party headers
 * and are UNCONFIRMED against the WDK. */
DEFINE_GUID(STORPORT_DEVICEOPERATION_SECURE_REPROVISION_GUID,
            0xdcaf9c10, 0x895f, 0x481f, 0xa4, 0x92, 0xd4, 0xce, 0xd2, 0xf5, 0x56, 0x33);
DEFINE_GUID(STORPORT_DEVICEOPERATION_USE_INLINE_CRYPTO_ENGINE_GUID,
            0xd52ce820, 0x2b37, 0x444b, 0xa6, 0x33, 0x00, 0x92, 0xe5, 0x91, 0xd0, 0x7b);
DEFINE_GUID(STORPORT_DEVICEOPERATION_CACHED_SETTINGS_INIT_GUID,
            0x2b9443ac, 0xf89b, 0x48e8, 0xb2, 0x92, 0x2c, 0xb6, 0xc9, 0x6e, 0xfd, 0x5a);
DEFINE_GUID(STORPORT_POFX_ADAPTER_GUID,
            0xdcaf9c10, 0x895f, 0x481f, 0xa4, 0x92, 0xd4, 0xce, 0xd2, 0xf5, 0x56, 0x33);
DEFINE_GUID(STORPORT_POFX_LUN_GUID,
            0x585d326b, 0x0b3a, 0x4088, 0x89, 0x39, 0x88, 0xb0, 0x0f, 0x69, 0x58, 0xbe);

#define STOR_POFX_UNIT_MIN_COMPONENTS                   1
#define STOR_POFX_UNIT_MAX_COMPONENTS                   1
#define STOR_POFX_ADAPTER_MIN_COMPONENTS                1
#define STOR_POFX_ADAPTER_MAX_COMPONENTS                1
#define STOR_POFX_UNIT_MIN_IDLE_STATES                  1
#define STOR_POFX_UNIT_MAX_IDLE_STATES                  2
#define STOR_POFX_ADAPTER_MIN_IDLE_STATES               1
#define STOR_POFX_ADAPTER_MAX_IDLE_STATES               8

/* Logging ------------------------------------------------------------- */

/* Error codes for StorPortLogError (shared with ScsiPortLogError). */
#define SP_BUS_PARITY_ERROR                             0x0001
#define SP_UNEXPECTED_DISCONNECT                        0x0002
#define SP_INVALID_RESELECTION                          0x0003
#define SP_BUS_TIME_OUT                                 0x0004
#define SP_PROTOCOL_ERROR                               0x0005
#define SP_INTERNAL_ADAPTER_ERROR                       0x0006
#define SP_REQUEST_TIMEOUT                              0x0007
#define SP_IRQ_NOT_RESPONDING                           0x0008
#define SP_BAD_FW_WARNING                               0x0009
#define SP_BAD_FW_ERROR                                 0x000A
#define SP_LOST_WMI_MINIPORT_REQUEST                    0x000B

#define SP_VER_TRACE_SUPPORT_EX                         SP_VER_TRACE_SUPPORT

/* Event association [DDI ne-storport-_stor_event_association_enum; PDB]. */
typedef enum _STOR_EVENT_ASSOCIATION_ENUM {
    StorEventAdapterAssociation = 0,
    StorEventLunAssociation,
    StorEventTargetAssociation,
    StorEventInvalidAssociation
} STOR_EVENT_ASSOCIATION_ENUM;

#define STOR_CURRENT_LOG_INTERFACE_REVISION             0x0100

/* [DDI ns-storport-_stor_log_event_details] */
typedef struct _STOR_LOG_EVENT_DETAILS {
    ULONG InterfaceRevision;
    ULONG Size;
    ULONG Flags;
    STOR_EVENT_ASSOCIATION_ENUM EventAssociation;
    ULONG PathId;
    ULONG TargetId;
    ULONG LunId;
    BOOLEAN StorportSpecificErrorCode;
    ULONG ErrorCode;
    ULONG UniqueId;
    ULONG DumpDataSize;
    PVOID DumpData;
    ULONG StringCount;
    PWSTR *StringList;
} STOR_LOG_EVENT_DETAILS, *PSTOR_LOG_EVENT_DETAILS;

/* ETW [DDI ne-storport-storport_etw_*; values PDB]. */
typedef enum _STORPORT_ETW_LEVEL {
    StorportEtwLevelLogAlways = 0,
    StorportEtwLevelCritical = 1,
    StorportEtwLevelError = 2,
    StorportEtwLevelWarning = 3,
    StorportEtwLevelInformational = 4,
    StorportEtwLevelVerbose = 5,
    StorportEtwLevelMax = StorportEtwLevelVerbose
} STORPORT_ETW_LEVEL, *PSTORPORT_ETW_LEVEL;

typedef enum _STORPORT_ETW_EVENT_OPCODE {
    StorportEtwEventOpcodeInfo = 0,
    StorportEtwEventOpcodeStart = 1,
    StorportEtwEventOpcodeStop = 2,
    StorportEtwEventOpcodeDC_Start = 3,
    StorportEtwEventOpcodeDC_Stop = 4,
    StorportEtwEventOpcodeExtension = 5,
    StorportEtwEventOpcodeReply = 6,
    StorportEtwEventOpcodeResume = 7,
    StorportEtwEventOpcodeSuspend = 8,
    StorportEtwEventOpcodeSend = 9,
    StorportEtwEventOpcodeReceive = 240
} STORPORT_ETW_EVENT_OPCODE, *PSTORPORT_ETW_EVENT_OPCODE;

typedef enum _STORPORT_ETW_EVENT_CHANNEL {
    StorportEtwEventDiagnostic = 0,
    StorportEtwEventOperational = 1,
    StorportEtwEventHealth = 2
} STORPORT_ETW_EVENT_CHANNEL, *PSTORPORT_ETW_EVENT_CHANNEL;

/* Keywords miniports pass with StorPortEtwEvent* (UNCONFIRMED values). */
#define STORPORT_ETW_EVENT_KEYWORD_IO                   0x01
#define STORPORT_ETW_EVENT_KEYWORD_PERFORMANCE          0x02
#define STORPORT_ETW_EVENT_KEYWORD_POWER                0x04
#define STORPORT_ETW_EVENT_KEYWORD_ENUMERATION          0x08
#define STORPORT_ETW_EVENT_KEYWORD_COMMAND_TRACE        0x10

#define STORPORT_ETW_MAX_PARAM_NAME_LENGTH              32
#define STORPORT_ETW_MAX_DESCRIPTION_LENGTH             32

/* ScsiAdapterSetEventLogging [DDI ns-storport-stor_set_event_logging]. */
typedef struct _STOR_SET_EVENT_LOGGING {
    STORPORT_ETW_EVENT_CHANNEL Channel;
    BOOLEAN Enabled;
} STOR_SET_EVENT_LOGGING, *PSTOR_SET_EVENT_LOGGING;

/* Telemetry [DDI ns-storport-_storport_telemetry_event]. */
typedef enum _STOR_TELEMETRY_CATEGORY {
    StorTelemetryCategory = 0,
    StorMeasuresCategory = 1
} STOR_TELEMETRY_CATEGORY, *PSTOR_TELEMETRY_CATEGORY;

/* Names as used by the documentation; 32-byte arrays per the public PDB,
   buffer limit "4KB" per the documentation. */
#define EVENT_NAME_MAX_LENGTH       32
#define EVENT_MAX_PARAM_NAME_LEN    32
#define EVENT_BUFFER_MAX_LENGTH     0x1000

typedef struct _STORPORT_TELEMETRY_EVENT {
    ULONG DriverVersion;
    ULONG EventId;
    UCHAR EventName[EVENT_NAME_MAX_LENGTH];
    ULONG EventVersion;
    ULONG Flags;
    ULONG EventBufferLength;
    PUCHAR EventBuffer;
    UCHAR ParameterName0[EVENT_MAX_PARAM_NAME_LEN];
    ULONGLONG ParameterValue0;
    UCHAR ParameterName1[EVENT_MAX_PARAM_NAME_LEN];
    ULONGLONG ParameterValue1;
    UCHAR ParameterName2[EVENT_MAX_PARAM_NAME_LEN];
    ULONGLONG ParameterValue2;
    UCHAR ParameterName3[EVENT_MAX_PARAM_NAME_LEN];
    ULONGLONG ParameterValue3;
    UCHAR ParameterName4[EVENT_MAX_PARAM_NAME_LEN];
    ULONGLONG ParameterValue4;
    UCHAR ParameterName5[EVENT_MAX_PARAM_NAME_LEN];
    ULONGLONG ParameterValue5;
    UCHAR ParameterName6[EVENT_MAX_PARAM_NAME_LEN];
    ULONGLONG ParameterValue6;
    UCHAR ParameterName7[EVENT_MAX_PARAM_NAME_LEN];
    ULONGLONG ParameterValue7;
} STORPORT_TELEMETRY_EVENT, *PSTORPORT_TELEMETRY_EVENT;

/* Crypto (reserved for system use) [DDI ne-storport-_stor_crypto_*; PDB]. */
typedef enum _STOR_CRYPTO_ALGORITHM_ID {
    StorCryptoAlgorithmUnknown = 0,
    StorCryptoAlgorithmXTSAES = 1,
    StorCryptoAlgorithmBitlockerAESCBC,
    StorCryptoAlgorithmAESECB,
    StorCryptoAlgorithmESSIVAESCBC,
    StorCryptoAlgorithmMax
} STOR_CRYPTO_ALGORITHM_ID, *PSTOR_CRYPTO_ALGORITHM_ID;

typedef enum _STOR_CRYPTO_KEY_SIZE {
    StorCryptoKeySizeUnknown = 0,
    StorCryptoKeySize128Bits = 1,
    StorCryptoKeySize192Bits,
    StorCryptoKeySize256Bits,
    StorCryptoKeySize512Bits,
    StorCryptoKeySizeMax
} STOR_CRYPTO_KEY_SIZE, *PSTOR_CRYPTO_KEY_SIZE;

typedef enum _STOR_CRYPTO_OPERATION_TYPE {
    StorCryptoOperationInsertKey = 1,
    StorCryptoOperationMax
} STOR_CRYPTO_OPERATION_TYPE, *PSTOR_CRYPTO_OPERATION_TYPE;

#define STOR_CRYPTO_CAPABILITY_VERSION_1                1
#define STOR_CRYPTO_CAPABILITIES_DATA_VERSION_1         1
#define STOR_CRYPTO_KEY_INFO_VERSION_1                  1
#define STOR_CRYPTO_OPERATION_INSERT_KEY_VERSION_1      1

typedef struct _STOR_CRYPTO_CAPABILITY {
    ULONG Version;
    ULONG Size;
    USHORT CryptoCapabilityIndex;
    USHORT DataUnitSizeBitmask;
    STOR_CRYPTO_ALGORITHM_ID AlgorithmId;
    STOR_CRYPTO_KEY_SIZE KeySize;
} STOR_CRYPTO_CAPABILITY, *PSTOR_CRYPTO_CAPABILITY;

typedef struct _STOR_CRYPTO_CAPABILITIES_DATA {
    ULONG Version;
    ULONG Size;
    USHORT NumKeysSupported;
    USHORT NumCryptoCapabilities;
    STOR_CRYPTO_CAPABILITY CryptoCapabilities[ANYSIZE_ARRAY];
} STOR_CRYPTO_CAPABILITIES_DATA, *PSTOR_CRYPTO_CAPABILITIES_DATA;

typedef struct _STOR_CRYPTO_KEY_INFO {
    ULONG Version;
    ULONG Size;
    ULONG KeyIndex;
    ULONGLONG Tweak;
} STOR_CRYPTO_KEY_INFO, *PSTOR_CRYPTO_KEY_INFO;

typedef struct _STOR_CRYPTO_OPERATION_INSERT_KEY {
    ULONG Version;
    ULONG Size;
    ULONG KeyIndex;
    ULONG CryptoCapabilityIndex;
    ULONG DataUnitSizeBitmask;
    STOR_CRYPTO_KEY_SIZE KeySize;
    ULONG Reserved;
    PVOID KeyVirtualAddress;
    PHYSICAL_ADDRESS KeyPhysicalAddress;
} STOR_CRYPTO_OPERATION_INSERT_KEY, *PSTOR_CRYPTO_OPERATION_INSERT_KEY;

typedef struct _STOR_CRYPTO_OPERATION {
    STOR_CRYPTO_OPERATION_TYPE OperationType;
    ULONG OperationBufferLength;
    union {
        STOR_CRYPTO_OPERATION_INSERT_KEY InsertKey;
    } OperationBuffer;
} STOR_CRYPTO_OPERATION, *PSTOR_CRYPTO_OPERATION;

/* DMA width for StorPortAllocateDmaMemory [values PDB]. */
typedef enum _STOR_DMA_WIDTH {
    DmaUnknown = 0,
    Dma32Bit,
    Dma64BitScatterGather,
    Dma64Bit
} STOR_DMA_WIDTH;

/* SCSI pass-through of StorPortGetPfns etc. use PFN_NUMBER from wdm.h. */

/* NVMe namespace control [DDI nc-storport-hw_namespace_control] is newer
 * than the DDI snapshot this header follows and is not declared. */

/* Non-power-of-two helpers the DDI reference documents under storport.h. */
#ifndef FIELD_OFFSET
#define FIELD_OFFSET(type, field) ((LONG)(LONG_PTR)&(((type *)0)->field))
#endif

/* RPMB [values PDB]. */
typedef enum _STOR_RPMB_FRAME_TYPE {
    StorRpmbFrameTypeUnknown = 0,
    StorRpmbFrameTypeStandard,
    StorRpmbFrameTypeMax
} STOR_RPMB_FRAME_TYPE, *PSTOR_RPMB_FRAME_TYPE;

typedef struct _STOR_RPMB_CAPABILITIES_DATA {
    ULONG Version;
    ULONG Size;
    ULONG RpmbSize;
    ULONG MaxReliableRpmbWriteSize;
    UCHAR SecurityProtocol;
    USHORT SecurityProtocolSpecifier;
    STOR_ADDRESS RpmbTarget;
    STOR_RPMB_FRAME_TYPE FrameFormat;
} STOR_RPMB_CAPABILITIES_DATA, *PSTOR_RPMB_CAPABILITIES_DATA;

/* ======================================================================
 * StorPort routines exported by storport.sys
 * [DDI nf-storport-*]
 * ====================================================================== */

STORPORT_API ULONG StorPortInitialize(PVOID Argument1, PVOID Argument2,
                                      struct _HW_INITIALIZATION_DATA *HwInitializationData,
                                      PVOID HwContext);

STORPORT_API VOID StorPortNotification(SCSI_NOTIFICATION_TYPE NotificationType,
                                       PVOID HwDeviceExtension, ...);

STORPORT_API ULONG StorPortExtendedFunction(STORPORT_FUNCTION_CODE FunctionCode,
                                            PVOID HwDeviceExtension, ...);

STORPORT_API VOID StorPortFreeDeviceBase(PVOID HwDeviceExtension, PVOID MappedAddress);

STORPORT_API ULONG StorPortGetBusData(PVOID DeviceExtension, ULONG BusDataType,
                                      ULONG SystemIoBusNumber, ULONG SlotNumber,
                                      PVOID Buffer, ULONG Length);

STORPORT_API ULONG StorPortSetBusDataByOffset(PVOID DeviceExtension, ULONG BusDataType,
                                              ULONG SystemIoBusNumber, ULONG SlotNumber,
                                              PVOID Buffer, ULONG Offset, ULONG Length);

STORPORT_API PVOID StorPortGetDeviceBase(PVOID HwDeviceExtension, INTERFACE_TYPE BusType,
                                         ULONG SystemIoBusNumber,
                                         STOR_PHYSICAL_ADDRESS IoAddress,
                                         ULONG NumberOfBytes, BOOLEAN InIoSpace);

STORPORT_API PVOID StorPortGetLogicalUnit(PVOID HwDeviceExtension, UCHAR PathId,
                                          UCHAR TargetId, UCHAR Lun);

STORPORT_API STOR_PHYSICAL_ADDRESS StorPortGetPhysicalAddress(PVOID HwDeviceExtension,
                                                              PSCSI_REQUEST_BLOCK Srb,
                                                              PVOID VirtualAddress,
                                                              ULONG *Length);

STORPORT_API PVOID StorPortGetVirtualAddress(PVOID HwDeviceExtension,
                                             STOR_PHYSICAL_ADDRESS PhysicalAddress);

STORPORT_API PVOID StorPortGetUncachedExtension(PVOID HwDeviceExtension,
                                                PPORT_CONFIGURATION_INFORMATION ConfigInfo,
                                                ULONG NumberOfBytes);

STORPORT_API PSTOR_SCATTER_GATHER_LIST StorPortGetScatterGatherList(PVOID HwDeviceExtension,
                                                                    PSCSI_REQUEST_BLOCK Srb);

STORPORT_API BOOLEAN StorPortPause(PVOID HwDeviceExtension, ULONG Timeout);
STORPORT_API BOOLEAN StorPortResume(PVOID HwDeviceExtension);
STORPORT_API BOOLEAN StorPortPauseDevice(PVOID HwDeviceExtension, UCHAR PathId,
                                         UCHAR TargetId, UCHAR Lun, ULONG Timeout);
STORPORT_API BOOLEAN StorPortResumeDevice(PVOID HwDeviceExtension, UCHAR PathId,
                                          UCHAR TargetId, UCHAR Lun);
STORPORT_API BOOLEAN StorPortBusy(PVOID HwDeviceExtension, ULONG RequestsToComplete);
STORPORT_API BOOLEAN StorPortReady(PVOID HwDeviceExtension);
STORPORT_API BOOLEAN StorPortDeviceBusy(PVOID HwDeviceExtension, UCHAR PathId,
                                        UCHAR TargetId, UCHAR Lun,
                                        ULONG RequestsToComplete);
STORPORT_API BOOLEAN StorPortDeviceReady(PVOID HwDeviceExtension, UCHAR PathId,
                                         UCHAR TargetId, UCHAR Lun);
STORPORT_API BOOLEAN StorPortSetDeviceQueueDepth(PVOID HwDeviceExtension, UCHAR PathId,
                                                 UCHAR TargetId, UCHAR Lun, ULONG Depth);

STORPORT_API VOID StorPortCompleteRequest(PVOID HwDeviceExtension, UCHAR PathId,
                                          UCHAR TargetId, UCHAR Lun, UCHAR SrbStatus);

STORPORT_API VOID StorPortLogError(PVOID HwDeviceExtension, PSCSI_REQUEST_BLOCK Srb,
                                   UCHAR PathId, UCHAR TargetId, UCHAR Lun,
                                   ULONG ErrorCode, ULONG UniqueId);

STORPORT_API VOID StorPortMoveMemory(PVOID WriteBuffer, PVOID ReadBuffer, ULONG Length);

STORPORT_API VOID StorPortStallExecution(ULONG Delay);

STORPORT_API STOR_PHYSICAL_ADDRESS StorPortConvertUlongToPhysicalAddress(ULONG_PTR UlongAddress);

STORPORT_API VOID StorPortQuerySystemTime(PLARGE_INTEGER CurrentTime);

STORPORT_API VOID StorPortDebugPrint(ULONG DebugPrintLevel, PCCHAR DebugMessage, ...);

STORPORT_API BOOLEAN StorPortValidateRange(PVOID HwDeviceExtension, INTERFACE_TYPE BusType,
                                           ULONG SystemIoBusNumber,
                                           STOR_PHYSICAL_ADDRESS IoAddress,
                                           ULONG NumberOfBytes, BOOLEAN InIoSpace);

/* Calls SynchronizedAccessRoutine synchronized with the interrupt service
 * routine and returns its result. */
STORPORT_API BOOLEAN StorPortSynchronizeAccess(PVOID HwDeviceExtension,
                                               PSTOR_SYNCHRONIZED_ACCESS SynchronizedAccessRoutine,
                                               PVOID Context);

STORPORT_API BOOLEAN StorPortRegistryRead(PVOID HwDeviceExtension, PUCHAR ValueName,
                                          ULONG Global, ULONG Type, PUCHAR Buffer,
                                          PULONG BufferLength);
STORPORT_API BOOLEAN StorPortRegistryWrite(PVOID HwDeviceExtension, PUCHAR ValueName,
                                           ULONG Global, ULONG Type, PUCHAR Buffer,
                                           ULONG BufferLength);
STORPORT_API PUCHAR StorPortAllocateRegistryBuffer(PVOID HwDeviceExtension, PULONG Length);
STORPORT_API VOID StorPortFreeRegistryBuffer(PVOID HwDeviceExtension, PUCHAR Buffer);

/* Legacy logging routine documented next to StorPortEtwEvent*. */
STORPORT_API ULONG StorPortEtwLogError(PVOID HwDeviceExtension, PSTOR_ADDRESS Address,
                                       ULONG Id, PWSTR Description,
                                       ULONG DataBufferLength, PVOID DataBuffer);

/* Register and port access. */
STORPORT_API UCHAR StorPortReadPortUchar(PVOID HwDeviceExtension, PUCHAR Port);
STORPORT_API USHORT StorPortReadPortUshort(PVOID HwDeviceExtension, PUSHORT Port);
STORPORT_API ULONG StorPortReadPortUlong(PVOID HwDeviceExtension, PULONG Port);
STORPORT_API VOID StorPortReadPortBufferUchar(PVOID HwDeviceExtension, PUCHAR Port,
                                              PUCHAR Buffer, ULONG Count);
STORPORT_API VOID StorPortReadPortBufferUshort(PVOID HwDeviceExtension, PUSHORT Port,
                                               PUSHORT Buffer, ULONG Count);
STORPORT_API VOID StorPortReadPortBufferUlong(PVOID HwDeviceExtension, PULONG Port,
                                              PULONG Buffer, ULONG Count);
STORPORT_API UCHAR StorPortReadRegisterUchar(PVOID HwDeviceExtension, PUCHAR Register);
STORPORT_API USHORT StorPortReadRegisterUshort(PVOID HwDeviceExtension, PUSHORT Register);
STORPORT_API ULONG StorPortReadRegisterUlong(PVOID HwDeviceExtension, PULONG Register);
STORPORT_API ULONG64 StorPortReadRegisterUlong64(PVOID HwDeviceExtension, PULONG64 Register);
STORPORT_API VOID StorPortReadRegisterBufferUchar(PVOID HwDeviceExtension, PUCHAR Register,
                                                  PUCHAR Buffer, ULONG Count);
STORPORT_API VOID StorPortReadRegisterBufferUshort(PVOID HwDeviceExtension, PUSHORT Register,
                                                   PUSHORT Buffer, ULONG Count);
STORPORT_API VOID StorPortReadRegisterBufferUlong(PVOID HwDeviceExtension, PULONG Register,
                                                  PULONG Buffer, ULONG Count);
STORPORT_API VOID StorPortReadRegisterBufferUlong64(PVOID HwDeviceExtension, PULONG64 Register,
                                                    PULONG64 Buffer, ULONG Count);
STORPORT_API VOID StorPortWritePortUchar(PVOID HwDeviceExtension, PUCHAR Port, UCHAR Value);
STORPORT_API VOID StorPortWritePortUshort(PVOID HwDeviceExtension, PUSHORT Port, USHORT Value);
STORPORT_API VOID StorPortWritePortUlong(PVOID HwDeviceExtension, PULONG Port, ULONG Value);
STORPORT_API VOID StorPortWritePortBufferUchar(PVOID HwDeviceExtension, PUCHAR Port,
                                               PUCHAR Buffer, ULONG Count);
STORPORT_API VOID StorPortWritePortBufferUshort(PVOID HwDeviceExtension, PUSHORT Port,
                                                PUSHORT Buffer, ULONG Count);
STORPORT_API VOID StorPortWritePortBufferUlong(PVOID HwDeviceExtension, PULONG Port,
                                               PULONG Buffer, ULONG Count);
STORPORT_API VOID StorPortWriteRegisterUchar(PVOID HwDeviceExtension, PUCHAR Register,
                                             UCHAR Value);
STORPORT_API VOID StorPortWriteRegisterUshort(PVOID HwDeviceExtension, PUSHORT Register,
                                              USHORT Value);
STORPORT_API VOID StorPortWriteRegisterUlong(PVOID HwDeviceExtension, PULONG Register,
                                             ULONG Value);
STORPORT_API VOID StorPortWriteRegisterUlong64(PVOID HwDeviceExtension, PULONG64 Register,
                                               ULONG64 Value);
STORPORT_API VOID StorPortWriteRegisterBufferUchar(PVOID HwDeviceExtension, PUCHAR Register,
                                                   PUCHAR Buffer, ULONG Count);
STORPORT_API VOID StorPortWriteRegisterBufferUshort(PVOID HwDeviceExtension, PUSHORT Register,
                                                    PUSHORT Buffer, ULONG Count);
STORPORT_API VOID StorPortWriteRegisterBufferUlong(PVOID HwDeviceExtension, PULONG Register,
                                                   PULONG Buffer, ULONG Count);
STORPORT_API VOID StorPortWriteRegisterBufferUlong64(PVOID HwDeviceExtension, PULONG64 Register,
                                                     PULONG64 Buffer, ULONG Count);

/* ScsiPort-named register access that the DDI reference lists under
 * storport.h, for miniports written against both port drivers. */
#define ScsiPortReadPortUchar(Port)             StorPortReadPortUchar(NULL, Port)
#define ScsiPortReadPortUshort(Port)            StorPortReadPortUshort(NULL, Port)
#define ScsiPortReadPortUlong(Port)             StorPortReadPortUlong(NULL, Port)
#define ScsiPortReadPortBufferUchar(Port, Buffer, Count)  StorPortReadPortBufferUchar(NULL, Port, Buffer, Count)
#define ScsiPortReadPortBufferUshort(Port, Buffer, Count) StorPortReadPortBufferUshort(NULL, Port, Buffer, Count)
#define ScsiPortReadPortBufferUlong(Port, Buffer, Count)  StorPortReadPortBufferUlong(NULL, Port, Buffer, Count)
#define ScsiPortReadRegisterUchar(Register)     StorPortReadRegisterUchar(NULL, Register)
#define ScsiPortReadRegisterUshort(Register)    StorPortReadRegisterUshort(NULL, Register)
#define ScsiPortReadRegisterUlong(Register)     StorPortReadRegisterUlong(NULL, Register)
#define ScsiPortReadRegisterBufferUchar(Register, Buffer, Count)  StorPortReadRegisterBufferUchar(NULL, Register, Buffer, Count)
#define ScsiPortReadRegisterBufferUshort(Register, Buffer, Count) StorPortReadRegisterBufferUshort(NULL, Register, Buffer, Count)
#define ScsiPortReadRegisterBufferUlong(Register, Buffer, Count)  StorPortReadRegisterBufferUlong(NULL, Register, Buffer, Count)
#define ScsiPortWritePortUchar(Port, Value)     StorPortWritePortUchar(NULL, Port, Value)
#define ScsiPortWritePortUshort(Port, Value)    StorPortWritePortUshort(NULL, Port, Value)
#define ScsiPortWritePortUlong(Port, Value)     StorPortWritePortUlong(NULL, Port, Value)
#define ScsiPortWritePortBufferUchar(Port, Buffer, Count)  StorPortWritePortBufferUchar(NULL, Port, Buffer, Count)
#define ScsiPortWritePortBufferUshort(Port, Buffer, Count) StorPortWritePortBufferUshort(NULL, Port, Buffer, Count)
#define ScsiPortWritePortBufferUlong(Port, Buffer, Count)  StorPortWritePortBufferUlong(NULL, Port, Buffer, Count)
#define ScsiPortWriteRegisterUchar(Register, Value)  StorPortWriteRegisterUchar(NULL, Register, Value)
#define ScsiPortWriteRegisterUshort(Register, Value) StorPortWriteRegisterUshort(NULL, Register, Value)
#define ScsiPortWriteRegisterUlong(Register, Value)  StorPortWriteRegisterUlong(NULL, Register, Value)
#define ScsiPortWriteRegisterBufferUchar(Register, Buffer, Count)  StorPortWriteRegisterBufferUchar(NULL, Register, Buffer, Count)
#define ScsiPortWriteRegisterBufferUshort(Register, Buffer, Count) StorPortWriteRegisterBufferUshort(NULL, Register, Buffer, Count)
#define ScsiPortWriteRegisterBufferUlong(Register, Buffer, Count)  StorPortWriteRegisterBufferUlong(NULL, Register, Buffer, Count)

/* Memory helpers. */
#define StorPortCopyMemory(Destination, Source, Length) \
    memcpy((Destination), (Source), (Length))
#define StorPortConvertPhysicalAddressToUlong(Address) ((Address).LowPart)
#define StorPortConvertPhysicalAddressToULong64(Address) ((Address).QuadPart)
#define MINIPORT_REG_SZ                         1
#define MINIPORT_REG_BINARY                     3
#define MINIPORT_REG_DWORD                      4
#define MINIPORT_REG_MULTI_SZ                   7

/* ======================================================================
 * Routines implemented over StorPortNotification
 * [DDI nf-storport-storportnotification and the routine pages]
 * ====================================================================== */

/* Acquires a Storport lock; the handle receives what Release needs. */
FORCEINLINE VOID StorPortAcquireSpinLock(PVOID DeviceExtension, STOR_SPINLOCK SpinLock,
                                         PVOID LockContext, PSTOR_LOCK_HANDLE LockHandle)
{
    StorPortNotification(AcquireSpinLock, DeviceExtension, SpinLock, LockContext,
                         LockHandle);
}

FORCEINLINE VOID StorPortReleaseSpinLock(PVOID DeviceExtension, PSTOR_LOCK_HANDLE LockHandle)
{
    StorPortNotification(ReleaseSpinLock, DeviceExtension, LockHandle);
}

/* Legal only from HwStorInitialize. */
FORCEINLINE BOOLEAN StorPortEnablePassiveInitialization(
    PVOID DeviceExtension, PHW_PASSIVE_INITIALIZE_ROUTINE HwPassiveInitializeRoutine)
{
    LONG Succeeded = FALSE;
    StorPortNotification(EnablePassiveInitialization, DeviceExtension,
                         HwPassiveInitializeRoutine, &Succeeded);
    return (BOOLEAN)Succeeded;
}

FORCEINLINE VOID StorPortInitializeDpc(PVOID DeviceExtension, PSTOR_DPC Dpc,
                                       PHW_DPC_ROUTINE HwDpcRoutine)
{
    StorPortNotification(InitializeDpc, DeviceExtension, Dpc, HwDpcRoutine);
}

FORCEINLINE BOOLEAN StorPortIssueDpc(PVOID DeviceExtension, PSTOR_DPC Dpc,
                                     PVOID SystemArgument1, PVOID SystemArgument2)
{
    BOOLEAN Inserted = FALSE;
    StorPortNotification(IssueDpc, DeviceExtension, Dpc, SystemArgument1,
                         SystemArgument2, &Inserted);
    return Inserted;
}

FORCEINLINE ULONG StorPortStateChangeDetected(PVOID HwDeviceExtension, ULONG ChangedEntity,
                                              PSTOR_ADDRESS Address, ULONG Attributes,
                                              PHW_STATE_CHANGE HwStateChange,
                                              PVOID HwStateChangeContext)
{
    ULONG Status = STOR_STATUS_NOT_IMPLEMENTED;
    StorPortNotification(StateChangeDetectedCall, HwDeviceExtension, ChangedEntity,
                         Address, Attributes, HwStateChange, HwStateChangeContext,
                         &Status);
    return Status;
}

FORCEINLINE ULONG StorPortAsyncNotificationDetected(PVOID HwDeviceExtension,
                                                    PSTOR_ADDRESS Address,
                                                    ULONGLONG Flags)
{
    ULONG Status = STOR_STATUS_NOT_IMPLEMENTED;
    StorPortNotification(AsyncNotificationDetected, HwDeviceExtension, Address, Flags,
                         &Status);
    return Status;
}

#define STORPORT_MARK_DEVICE_FAILED_FLAG_REMOVE_DEVICE  0x1

FORCEINLINE VOID StorPortMarkDeviceFailed(PVOID HwDeviceExtension, PSTOR_ADDRESS StorAddress,
                                          ULONG Flags, PWSTR FailReason)
{
    StorPortNotification(MarkDeviceFailed, HwDeviceExtension, StorAddress, Flags,
                         FailReason);
}

FORCEINLINE ULONG StorPortMarkDeviceFailedEx(PVOID HwDeviceExtension,
                                             PSTOR_ADDRESS StorAddress, ULONG Flags,
                                             ULONG FaultCode, PWSTR FaultDescription,
                                             ULONG AdditionalDataSize, PVOID AdditionalData,
                                             ULONG CriticalDataSize, PVOID CriticalData)
{
    ULONG Status = STOR_STATUS_NOT_IMPLEMENTED;
    StorPortNotification(MarkDeviceFailedEx, HwDeviceExtension, StorAddress, Flags,
                         FaultCode, FaultDescription, AdditionalDataSize,
                         AdditionalData, CriticalDataSize, CriticalData, &Status);
    return Status;
}

FORCEINLINE ULONG StorPortTerminateSystemThread(PVOID HwDeviceExtension, PVOID ThreadContext)
{
    ULONG Status = STOR_STATUS_NOT_IMPLEMENTED;
    StorPortNotification(TerminateSystemThread, HwDeviceExtension, ThreadContext, &Status);
    return Status;
}

/* ======================================================================
 * Routines implemented over StorPortExtendedFunction
 * ====================================================================== */

/* Memory. */
FORCEINLINE ULONG StorPortAllocatePool(PVOID HwDeviceExtension, ULONG NumberOfBytes,
                                       ULONG Tag, PVOID *BufferPointer)
{
    return StorPortExtendedFunction(ExtFunctionAllocatePool, HwDeviceExtension,
                                    NumberOfBytes, Tag, BufferPointer);
}

FORCEINLINE ULONG StorPortFreePool(PVOID HwDeviceExtension, PVOID BufferPointer)
{
    return StorPortExtendedFunction(ExtFunctionFreePool, HwDeviceExtension, BufferPointer);
}

FORCEINLINE ULONG StorPortAllocateMdl(PVOID HwDeviceExtension, PVOID BufferPointer,
                                      ULONG NumberOfBytes, PVOID *Mdl)
{
    return StorPortExtendedFunction(ExtFunctionAllocateMdl, HwDeviceExtension,
                                    BufferPointer, NumberOfBytes, Mdl);
}

FORCEINLINE ULONG StorPortFreeMdl(PVOID HwDeviceExtension, PVOID Mdl)
{
    return StorPortExtendedFunction(ExtFunctionFreeMdl, HwDeviceExtension, Mdl);
}

FORCEINLINE ULONG StorPortBuildMdlForNonPagedPool(PVOID HwDeviceExtension, PVOID Mdl)
{
    return StorPortExtendedFunction(ExtFunctionBuildMdlForNonPagedPool, HwDeviceExtension,
                                    Mdl);
}

FORCEINLINE ULONG StorPortGetSystemAddress(PVOID HwDeviceExtension, PSCSI_REQUEST_BLOCK Srb,
                                           PVOID *SystemAddress)
{
    return StorPortExtendedFunction(ExtFunctionGetSystemAddress, HwDeviceExtension, Srb,
                                    SystemAddress);
}

FORCEINLINE ULONG StorPortGetOriginalMdl(PVOID HwDeviceExtension, PSCSI_REQUEST_BLOCK Srb,
                                         PVOID *Mdl)
{
    return StorPortExtendedFunction(ExtFunctionGetOriginalMdl, HwDeviceExtension, Srb, Mdl);
}

FORCEINLINE ULONG StorPortCompleteServiceIrp(PVOID HwDeviceExtension, PVOID Irp)
{
    return StorPortExtendedFunction(ExtFunctionCompleteServiceIrp, HwDeviceExtension, Irp);
}

FORCEINLINE ULONG StorPortGetDeviceObjects(PVOID HwDeviceExtension,
                                           PVOID *AdapterDeviceObject,
                                           PVOID *PhysicalDeviceObject,
                                           PVOID *LowerDeviceObject)
{
    return StorPortExtendedFunction(ExtFunctionGetDeviceObjects, HwDeviceExtension,
                                    AdapterDeviceObject, PhysicalDeviceObject,
                                    LowerDeviceObject);
}

FORCEINLINE ULONG StorPortBuildScatterGatherList(PVOID HwDeviceExtension, PVOID Mdl,
                                                 PVOID CurrentVa, ULONG Length,
                                                 PpostScaterGatherExecute ExecutionRoutine,
                                                 PVOID Context, BOOLEAN WriteToDevice,
                                                 PVOID ScatterGatherBuffer,
                                                 ULONG ScatterGatherBufferLength)
{
    return StorPortExtendedFunction(ExtFunctionBuildScatterGatherList, HwDeviceExtension,
                                    Mdl, CurrentVa, Length, ExecutionRoutine, Context,
                                    WriteToDevice, ScatterGatherBuffer,
                                    ScatterGatherBufferLength);
}

FORCEINLINE ULONG StorPortPutScatterGatherList(PVOID HwDeviceExtension,
                                               PSTOR_SCATTER_GATHER_LIST ScatterGatherList,
                                               BOOLEAN WriteToDevice)
{
    return StorPortExtendedFunction(ExtFunctionPutScatterGatherList, HwDeviceExtension,
                                    ScatterGatherList, WriteToDevice);
}

FORCEINLINE ULONG StorPortAllocateContiguousMemorySpecifyCacheNode(
    PVOID HwDeviceExtension, SIZE_T NumberOfBytes,
    PHYSICAL_ADDRESS LowestAcceptableAddress, PHYSICAL_ADDRESS HighestAcceptableAddress,
    PHYSICAL_ADDRESS BoundaryAddressMultiple, MEMORY_CACHING_TYPE CacheType,
    NODE_REQUIREMENT PreferredNode, PVOID *BufferPointer)
{
    return StorPortExtendedFunction(ExtFunctionAllocateContiguousMemorySpecifyCacheNode,
                                    HwDeviceExtension, NumberOfBytes,
                                    LowestAcceptableAddress, HighestAcceptableAddress,
                                    BoundaryAddressMultiple, CacheType, PreferredNode,
                                    BufferPointer);
}

FORCEINLINE ULONG StorPortFreeContiguousMemorySpecifyCache(PVOID HwDeviceExtension,
                                                           PVOID BaseAddress,
                                                           SIZE_T NumberOfBytes,
                                                           MEMORY_CACHING_TYPE CacheType)
{
    return StorPortExtendedFunction(ExtFunctionFreeContiguousMemorySpecifyCache,
                                    HwDeviceExtension, BaseAddress, NumberOfBytes,
                                    CacheType);
}

FORCEINLINE ULONG StorPortAllocateDmaMemory(PVOID HwDeviceExtension, SIZE_T NumberOfBytes,
                                            PHYSICAL_ADDRESS LowestAcceptableAddress,
                                            PHYSICAL_ADDRESS HighestAcceptableAddress,
                                            PHYSICAL_ADDRESS BoundaryAddressMultiple,
                                            MEMORY_CACHING_TYPE CacheType,
                                            NODE_REQUIREMENT PreferredNode,
                                            PVOID *BufferPointer,
                                            PPHYSICAL_ADDRESS PhysicalAddress)
{
    return StorPortExtendedFunction(ExtFunctionAllocateDmaMemory, HwDeviceExtension,
                                    NumberOfBytes, LowestAcceptableAddress,
                                    HighestAcceptableAddress, BoundaryAddressMultiple,
                                    CacheType, PreferredNode, BufferPointer,
                                    PhysicalAddress);
}

FORCEINLINE ULONG StorPortFreeDmaMemory(PVOID HwDeviceExtension, PVOID BaseAddress,
                                        SIZE_T NumberOfBytes, MEMORY_CACHING_TYPE CacheType,
                                        PHYSICAL_ADDRESS PhysicalAddress)
{
    return StorPortExtendedFunction(ExtFunctionFreeDmaMemory, HwDeviceExtension,
                                    BaseAddress, NumberOfBytes, CacheType,
                                    PhysicalAddress);
}

FORCEINLINE ULONG StorPortAllocateHostMemoryBuffer(
    PVOID HwDeviceExtension, SIZE_T MinimumBytes, SIZE_T PreferredBytes,
    ULONGLONG UtilizationBytes, ULONG AlignmentBytes,
    PHYSICAL_ADDRESS LowestAcceptableAddress, PHYSICAL_ADDRESS HighestAcceptableAddress,
    PHYSICAL_ADDRESS BoundaryAddressMultiple, PACCESS_RANGE PhysicalAddressRanges,
    PULONG PhysicalAddressRangeCount)
{
    return StorPortExtendedFunction(ExtFunctionAllocateHmb, HwDeviceExtension, MinimumBytes,
                                    PreferredBytes, UtilizationBytes, AlignmentBytes,
                                    LowestAcceptableAddress, HighestAcceptableAddress,
                                    BoundaryAddressMultiple, PhysicalAddressRanges,
                                    PhysicalAddressRangeCount);
}

FORCEINLINE ULONG StorPortFreeHostMemoryBuffer(PVOID HwDeviceExtension,
                                               PACCESS_RANGE PhysicalAddressRanges,
                                               ULONG PhysicalAddressRangeCount)
{
    return StorPortExtendedFunction(ExtFunctionFreeHmb, HwDeviceExtension,
                                    PhysicalAddressRanges, PhysicalAddressRangeCount);
}

FORCEINLINE ULONG StorPortMarkDumpMemory(PVOID HwDeviceExtension, PVOID Address,
                                         ULONG_PTR Length, ULONG Flags)
{
    return StorPortExtendedFunction(ExtFunctionMarkDumpMemory, HwDeviceExtension, Address,
                                    Length, Flags);
}

FORCEINLINE ULONG StorPortGetPfns(PVOID HwDeviceExtension, PSCSI_REQUEST_BLOCK Srb,
                                  PMDL Mdl, PPFN_NUMBER *Pfns, PULONG PfnCount,
                                  PULONG StartingOffset)
{
    return StorPortExtendedFunction(ExtFunctionGetPfns, HwDeviceExtension, Srb, Mdl, Pfns,
                                    PfnCount, StartingOffset);
}

FORCEINLINE ULONG StorPortGetDataInBufferMdl(PVOID HwDeviceExtension,
                                             PSCSI_REQUEST_BLOCK Srb, PVOID *Mdl)
{
    return StorPortExtendedFunction(ExtFunctionGetDataInBufferMdl, HwDeviceExtension, Srb,
                                    Mdl);
}

FORCEINLINE ULONG StorPortGetDataInBufferSystemAddress(PVOID HwDeviceExtension,
                                                       PSCSI_REQUEST_BLOCK Srb,
                                                       PVOID *SystemAddress)
{
    return StorPortExtendedFunction(ExtFunctionGetDataInBufferSystemAddress,
                                    HwDeviceExtension, Srb, SystemAddress);
}

FORCEINLINE ULONG StorPortGetDataInBufferScatterGatherList(PVOID HwDeviceExtension,
                                                           PSCSI_REQUEST_BLOCK Srb,
                                                           PSTOR_SCATTER_GATHER_LIST *SgList)
{
    return StorPortExtendedFunction(ExtFunctionGetDataInBufferScatterGatherList,
                                    HwDeviceExtension, Srb, SgList);
}

/* Interrupts. */
FORCEINLINE ULONG StorPortAcquireMSISpinLock(PVOID HwDeviceExtension, ULONG MessageId,
                                             PULONG OldIrql)
{
    return StorPortExtendedFunction(ExtFunctionAcquireMSISpinLock, HwDeviceExtension,
                                    MessageId, OldIrql);
}

FORCEINLINE ULONG StorPortReleaseMSISpinLock(PVOID HwDeviceExtension, ULONG MessageId,
                                             ULONG OldIrql)
{
    return StorPortExtendedFunction(ExtFunctionReleaseMSISpinLock, HwDeviceExtension,
                                    MessageId, OldIrql);
}

FORCEINLINE ULONG StorPortGetMSIInfo(PVOID HwDeviceExtension, ULONG MessageId,
                                     PMESSAGE_INTERRUPT_INFORMATION InterruptInfo)
{
    return StorPortExtendedFunction(ExtFunctionGetMessageInterruptInformation,
                                    HwDeviceExtension, MessageId, InterruptInfo);
}

FORCEINLINE ULONG StorPortMaskMsixInterrupt(PVOID HwDeviceExtension, ULONG MessageId,
                                            BOOLEAN Mask)
{
    return StorPortExtendedFunction(ExtFunctionMaskPciMsixEntry, HwDeviceExtension,
                                    MessageId, Mask);
}

FORCEINLINE ULONG StorPortGetMessageInterruptIDFromProcessorIndex(PVOID HwDeviceExtension,
                                                                  ULONG ProcessorIndex,
                                                                  PULONG MessageInterruptID)
{
    return StorPortExtendedFunction(ExtFunctionGetMessageInterruptIDFromProcessorIndex,
                                    HwDeviceExtension, ProcessorIndex, MessageInterruptID);
}

/* Spin lock of any STOR_SPINLOCK kind (Windows 10 1809 and later). */
FORCEINLINE ULONG StorPortAcquireSpinLockEx(PVOID HwDeviceExtension, STOR_SPINLOCK SpinLock,
                                            PVOID LockContext, PSTOR_LOCK_HANDLE LockHandle)
{
    return StorPortExtendedFunction(ExtFunctionAcquireSpinLock, HwDeviceExtension, SpinLock,
                                    LockContext, LockHandle);
}

/* Performance options. Query == FALSE with STOR_PERF_CONCURRENT_CHANNELS
 * set makes Storport call HwStorStartIo without the StartIo lock. */
FORCEINLINE ULONG StorPortInitializePerfOpts(PVOID HwDeviceExtension, BOOLEAN Query,
                                             PPERF_CONFIGURATION_DATA PerfConfigData)
{
    return StorPortExtendedFunction(ExtFunctionInitializePerformanceOptimizations,
                                    HwDeviceExtension, Query, PerfConfigData);
}

FORCEINLINE ULONG StorPortGetStartIoPerfParams(PVOID HwDeviceExtension,
                                               PSCSI_REQUEST_BLOCK Srb,
                                               PSTARTIO_PERFORMANCE_PARAMETERS StartIoPerfParams)
{
    return StorPortExtendedFunction(ExtFunctionGetStartIoPerformanceParameters,
                                    HwDeviceExtension, Srb, StartIoPerfParams);
}

/* Processors and NUMA. */
FORCEINLINE ULONG StorPortGetCurrentProcessorNumber(PVOID HwDeviceExtension,
                                                    PPROCESSOR_NUMBER ProcNumber)
{
    return StorPortExtendedFunction(ExtFunctionGetCurrentProcessorNumber, HwDeviceExtension,
                                    ProcNumber);
}

FORCEINLINE ULONG StorPortGetActiveGroupCount(PVOID HwDeviceExtension, PUSHORT NumberGroups)
{
    return StorPortExtendedFunction(ExtFunctionGetActiveGroupCount, HwDeviceExtension,
                                    NumberGroups);
}

FORCEINLINE ULONG StorPortGetGroupAffinity(PVOID HwDeviceExtension, USHORT GroupNumber,
                                           PKAFFINITY GroupAffinityMask)
{
    return StorPortExtendedFunction(ExtFunctionGetGroupAffinity, HwDeviceExtension,
                                    GroupNumber, GroupAffinityMask);
}

FORCEINLINE ULONG StorPortGetActiveNodeCount(PVOID HwDeviceExtension, PULONG NumberNodes)
{
    return StorPortExtendedFunction(ExtFunctionGetActiveNodeCount, HwDeviceExtension,
                                    NumberNodes);
}

FORCEINLINE ULONG StorPortGetNodeAffinity(PVOID HwDeviceExtension, ULONG NodeNumber,
                                          PGROUP_AFFINITY NodeAffinityMask)
{
    return StorPortExtendedFunction(ExtFunctionGetNodeAffinity, HwDeviceExtension,
                                    NodeNumber, NodeAffinityMask);
}

FORCEINLINE ULONG StorPortGetNodeAffinity2(PVOID HwDeviceExtension, ULONG NodeNumber,
                                           PGROUP_AFFINITY GroupAffinities,
                                           USHORT GroupAffinitiesCount,
                                           PUSHORT GroupAffinitiesCountRequired)
{
    return StorPortExtendedFunction(ExtFunctionGetNodeAffinity2, HwDeviceExtension,
                                    NodeNumber, GroupAffinities, GroupAffinitiesCount,
                                    GroupAffinitiesCountRequired);
}

FORCEINLINE ULONG StorPortGetHighestNodeNumber(PVOID HwDeviceExtension, PULONG HighestNode)
{
    return StorPortExtendedFunction(ExtFunctionGetHighestNodeNumber, HwDeviceExtension,
                                    HighestNode);
}

FORCEINLINE ULONG StorPortGetLogicalProcessorRelationship(
    PVOID HwDeviceExtension, PPROCESSOR_NUMBER ProcessorNumber,
    LOGICAL_PROCESSOR_RELATIONSHIP RelationshipType,
    PSYSTEM_LOGICAL_PROCESSOR_INFORMATION_EX Information, PULONG Length)
{
    return StorPortExtendedFunction(ExtFunctionGetLogicalProcessorRelationship,
                                    HwDeviceExtension, ProcessorNumber, RelationshipType,
                                    Information, Length);
}

FORCEINLINE ULONG StorPortGetCurrentIrql(PVOID HwDeviceExtension, PKIRQL Irql)
{
    return StorPortExtendedFunction(ExtFunctionGetCurrentIrql, HwDeviceExtension, Irql);
}

/* Work items [DDI nf-storport-storportinitializeworker, queueworkitem,
 * freeworker]. The callback runs at PASSIVE_LEVEL holding no lock. */
FORCEINLINE ULONG StorPortInitializeWorker(PVOID HwDeviceExtension, PVOID *Worker)
{
    return StorPortExtendedFunction(ExtFunctionInitializeWorker, HwDeviceExtension, Worker);
}

FORCEINLINE ULONG StorPortQueueWorkItem(PVOID HwDeviceExtension,
                                        PHW_WORKITEM WorkItemCallback, PVOID Worker,
                                        PVOID Context)
{
    return StorPortExtendedFunction(ExtFunctionQueueWorkItem, HwDeviceExtension,
                                    WorkItemCallback, Worker, Context);
}

FORCEINLINE ULONG StorPortFreeWorker(PVOID HwDeviceExtension, PVOID Worker)
{
    return StorPortExtendedFunction(ExtFunctionFreeWorker, HwDeviceExtension, Worker);
}

/* Timers [DDI nf-storport-storportinitializetimer, requesttimer, freetimer].
 * TimerValue and TolerableDelay are in microseconds; 0 cancels. */
FORCEINLINE ULONG StorPortInitializeTimer(PVOID HwDeviceExtension, PVOID *TimerHandle)
{
    return StorPortExtendedFunction(ExtFunctionInitializeTimer, HwDeviceExtension,
                                    TimerHandle);
}

FORCEINLINE ULONG StorPortRequestTimer(PVOID HwDeviceExtension, PVOID TimerHandle,
                                       PHW_TIMER_EX TimerCallback, PVOID CallbackContext,
                                       ULONGLONG TimerValue, ULONGLONG TolerableDelay)
{
    return StorPortExtendedFunction(ExtFunctionRequestTimer, HwDeviceExtension, TimerHandle,
                                    TimerCallback, CallbackContext, TimerValue,
                                    TolerableDelay);
}

FORCEINLINE ULONG StorPortFreeTimer(PVOID HwDeviceExtension, PVOID TimerHandle)
{
    return StorPortExtendedFunction(ExtFunctionFreeTimer, HwDeviceExtension, TimerHandle);
}

FORCEINLINE ULONG StorPortQueryTimerMinInterval(PVOID HwDeviceExtension,
                                                PULONG TimerMinInterval)
{
    return StorPortExtendedFunction(ExtFunctionQueryTimerMinInterval, HwDeviceExtension,
                                    TimerMinInterval);
}

FORCEINLINE ULONG StorPortDelayExecution(PVOID HwDeviceExtension, ULONG DelayInMicroseconds)
{
    return StorPortExtendedFunction(ExtFunctionDelayExecution, HwDeviceExtension,
                                    DelayInMicroseconds);
}

/* DPCs. */
FORCEINLINE ULONG StorPortCancelDpc(PVOID HwDeviceExtension, PSTOR_DPC Dpc,
                                    PBOOLEAN ReturnValue)
{
    return StorPortExtendedFunction(ExtFunctionCancelDpc, HwDeviceExtension, Dpc,
                                    ReturnValue);
}

FORCEINLINE ULONG StorPortQueryDpcWatchdogInformation(
    PVOID HwDeviceExtension, PSTOR_DPC_WATCHDOG_INFORMATION DpcWatchdogInformation)
{
    return StorPortExtendedFunction(ExtFunctionQueryDpcWatchdogInformation,
                                    HwDeviceExtension, DpcWatchdogInformation);
}

/* Interlocked lists [DDI nf-storport-storportinterlocked*]. */
FORCEINLINE VOID StorPortInitializeListHead(PVOID HwDeviceExtension,
                                            PSTOR_LIST_ENTRY ListHead)
{
    UNREFERENCED_PARAMETER(HwDeviceExtension);
    ListHead->Flink = ListHead->Blink = ListHead;
}

FORCEINLINE ULONG StorPortInitializeSpinlock(PVOID HwDeviceExtension, PSTOR_KSPIN_LOCK Lock)
{
    return StorPortExtendedFunction(ExtFunctionInitializeSpinlock, HwDeviceExtension, Lock);
}

FORCEINLINE ULONG StorPortInterlockedInsertHeadList(PVOID HwDeviceExtension,
                                                    PSTOR_LIST_ENTRY ListHead,
                                                    PSTOR_LIST_ENTRY ListEntry,
                                                    PSTOR_LIST_ENTRY *Result,
                                                    PSTOR_KSPIN_LOCK Lock)
{
    return StorPortExtendedFunction(ExtFunctionInterlockedInsertHeadList, HwDeviceExtension,
                                    ListHead, ListEntry, Result, Lock);
}

FORCEINLINE ULONG StorPortInterlockedInsertTailList(PVOID HwDeviceExtension,
                                                    PSTOR_LIST_ENTRY ListHead,
                                                    PSTOR_LIST_ENTRY ListEntry,
                                                    PSTOR_LIST_ENTRY *Result,
                                                    PSTOR_KSPIN_LOCK Lock)
{
    return StorPortExtendedFunction(ExtFunctionInterlockedInsertTailList, HwDeviceExtension,
                                    ListHead, ListEntry, Result, Lock);
}

FORCEINLINE ULONG StorPortInterlockedRemoveHeadList(PVOID HwDeviceExtension,
                                                    PSTOR_LIST_ENTRY ListHead,
                                                    PSTOR_LIST_ENTRY *Result,
                                                    PSTOR_KSPIN_LOCK Lock)
{
    return StorPortExtendedFunction(ExtFunctionInterlockedRemoveHeadList, HwDeviceExtension,
                                    ListHead, Result, Lock);
}

FORCEINLINE ULONG StorPortInitializeSListHead(PVOID HwDeviceExtension,
                                              PSTOR_SLIST_HEADER SListHead)
{
    return StorPortExtendedFunction(ExtFunctionInitializeSListHead, HwDeviceExtension,
                                    SListHead);
}

FORCEINLINE ULONG StorPortInterlockedFlushSList(PVOID HwDeviceExtension,
                                                PSTOR_SLIST_HEADER SListHead,
                                                PSTOR_SLIST_ENTRY *Result)
{
    return StorPortExtendedFunction(ExtFunctionInterlockedFlushSList, HwDeviceExtension,
                                    SListHead, Result);
}

FORCEINLINE ULONG StorPortInterlockedPopEntrySList(PVOID HwDeviceExtension,
                                                   PSTOR_SLIST_HEADER SListHead,
                                                   PSTOR_SLIST_ENTRY *Result)
{
    return StorPortExtendedFunction(ExtFunctionInterlockedPopEntrySList, HwDeviceExtension,
                                    SListHead, Result);
}

FORCEINLINE ULONG StorPortInterlockedPushEntrySList(PVOID HwDeviceExtension,
                                                    PSTOR_SLIST_HEADER SListHead,
                                                    PSTOR_SLIST_ENTRY SListEntry,
                                                    PSTOR_SLIST_ENTRY *Result)
{
    return StorPortExtendedFunction(ExtFunctionInterlockedPushEntrySList, HwDeviceExtension,
                                    SListHead, SListEntry, Result);
}

FORCEINLINE ULONG StorPortQueryDepthSList(PVOID HwDeviceExtension,
                                          PSTOR_SLIST_HEADER SListHead, PUSHORT Result)
{
    return StorPortExtendedFunction(ExtFunctionQueryDepthSList, HwDeviceExtension,
                                    SListHead, Result);
}

/* Requests. */
FORCEINLINE ULONG StorPortGetRequestInfo(PVOID HwDeviceExtension, PSCSI_REQUEST_BLOCK Srb,
                                         PSTOR_REQUEST_INFO RequestInfo)
{
    return StorPortExtendedFunction(ExtFunctionGetRequestInfo, HwDeviceExtension, Srb,
                                    RequestInfo);
}

FORCEINLINE ULONG StorPortGetActivityIdSrb(PVOID HwDeviceExtension, PSCSI_REQUEST_BLOCK Srb,
                                           LPGUID ActivityId)
{
    return StorPortExtendedFunction(ExtFunctionGetActivityId, HwDeviceExtension, Srb,
                                    ActivityId);
}

FORCEINLINE ULONG StorPortGetRequestCryptoInfo(PVOID HwDeviceExtension,
                                               PSCSI_REQUEST_BLOCK Srb,
                                               PSTOR_CRYPTO_KEY_INFO CryptoKeyInfo)
{
    return StorPortExtendedFunction(ExtFunctionGetRequestCryptoInfo, HwDeviceExtension, Srb,
                                    CryptoKeyInfo);
}

FORCEINLINE ULONG StorPortInitializeCryptoEngine(
    PVOID HwDeviceExtension, PSTOR_CRYPTO_CAPABILITIES_DATA CryptoCapabilitiesData)
{
    return StorPortExtendedFunction(ExtFunctionInitializeCryptoEngine, HwDeviceExtension,
                                    CryptoCapabilitiesData);
}

/* Adapter and units. */
FORCEINLINE ULONG StorPortGetSystemPortNumber(PVOID HwDeviceExtension, PSTOR_ADDRESS Address)
{
    return StorPortExtendedFunction(ExtFunctionGetSystemPortNumber, HwDeviceExtension,
                                    Address);
}

FORCEINLINE ULONG StorPortSetUnitAttributes(PVOID HwDeviceExtension, PSTOR_ADDRESS Address,
                                            STOR_UNIT_ATTRIBUTES Attributes)
{
    return StorPortExtendedFunction(ExtFunctionSetUnitAttributes, HwDeviceExtension,
                                    Address, Attributes);
}

FORCEINLINE ULONG StorPortSetAdapterBusType(PVOID HwDeviceExtension, ULONG BusType)
{
    return StorPortExtendedFunction(ExtFunctionSetAdapterBusType, HwDeviceExtension,
                                    BusType);
}

FORCEINLINE ULONG StorPortUpdateAdapterMaxIO(PVOID HwDeviceExtension, ULONG MaxIoCount)
{
    return StorPortExtendedFunction(ExtFunctionUpdateAdapterMaxIO, HwDeviceExtension,
                                    MaxIoCount);
}

FORCEINLINE ULONG StorPortIsDeviceOperationAllowed(PVOID HwDeviceExtension,
                                                   PSTOR_ADDRESS Address,
                                                   LPCGUID DeviceOperation,
                                                   ULONG *AllowedFlag)
{
    return StorPortExtendedFunction(ExtFunctionDeviceOperationAllowed, HwDeviceExtension,
                                    Address, DeviceOperation, AllowedFlag);
}

FORCEINLINE ULONG StorPortIsCurrentOsInstallationUpgrade(PVOID HwDeviceExtension,
                                                         PBOOLEAN Upgraded)
{
    return StorPortExtendedFunction(ExtFunctionCurrentOsInstallationUpgrade,
                                    HwDeviceExtension, Upgraded);
}

FORCEINLINE ULONG StorPortInvokeAcpiMethod(PVOID HwDeviceExtension, PSTOR_ADDRESS Address,
                                           ULONG MethodName, PVOID InputBuffer,
                                           ULONG InputBufferLength, PVOID OutputBuffer,
                                           ULONG OutputBufferLength, PULONG BytesReturned)
{
    return StorPortExtendedFunction(ExtFunctionInvokeAcpiMethod, HwDeviceExtension, Address,
                                    MethodName, InputBuffer, InputBufferLength,
                                    OutputBuffer, OutputBufferLength, BytesReturned);
}

FORCEINLINE ULONG StorPortQueryPerformanceCounter(PVOID HwDeviceExtension,
                                                  PLARGE_INTEGER PerformanceFrequency,
                                                  PLARGE_INTEGER PerformanceCounter)
{
    return StorPortExtendedFunction(ExtFunctionQueryPerformanceCounter, HwDeviceExtension,
                                    PerformanceFrequency, PerformanceCounter);
}

FORCEINLINE ULONG StorPortQueryConfiguration(PVOID HwDeviceExtension,
                                             STORPORT_QUERY_CONFIGURATION_TYPE Type,
                                             PBOOLEAN Enabled)
{
    return StorPortExtendedFunction(ExtFunctionQueryConfiguration, HwDeviceExtension, Type,
                                    Enabled);
}

FORCEINLINE ULONG StorPortSetFeatureList(PVOID HwDeviceExtension, ULONG FeatureCount,
                                         PSTORPORT_FEATURE_TYPE FeatureList)
{
    return StorPortExtendedFunction(ExtFunctionSetFeatureList, HwDeviceExtension,
                                    FeatureCount, FeatureList);
}

FORCEINLINE ULONG StorPortHardwareReset(PVOID HwDeviceExtension, STOR_DEVICE_RESET_TYPE Type)
{
    return StorPortExtendedFunction(ExtFunctionDeviceReset, HwDeviceExtension, Type);
}

FORCEINLINE ULONG StorPortCaptureLiveDump(PVOID HwDeviceExtension, PSTOR_ADDRESS StorAddress,
                                          PSTORPORT_CAPTURE_LIVEDUMP CaptureLivedump)
{
    return StorPortExtendedFunction(ExtFunctionCaptureLiveDump, HwDeviceExtension,
                                    StorAddress, CaptureLivedump);
}

FORCEINLINE ULONG StorPortEnableRegistryKeyNotification(
    PVOID HwDeviceExtension, PHW_REGISTRY_NOTIFICATION_ROUTINE NotificationCallback)
{
    return StorPortExtendedFunction(ExtFunctionEnableRegistryKeyNotification,
                                    HwDeviceExtension, NotificationCallback);
}

/* Registry (adapter key). */
FORCEINLINE ULONG StorPortRegistryReadAdapterKey(PVOID HwDeviceExtension, PUCHAR SubKeyName,
                                                 PUCHAR ValueName, ULONG ValueType,
                                                 PVOID *ValueData, PULONG ValueDataLength)
{
    return StorPortExtendedFunction(ExtFunctionRegistryReadAdapterKey, HwDeviceExtension,
                                    SubKeyName, ValueName, ValueType, ValueData,
                                    ValueDataLength);
}

FORCEINLINE ULONG StorPortRegistryWriteAdapterKey(PVOID HwDeviceExtension, PUCHAR SubKeyName,
                                                  PUCHAR ValueName, ULONG ValueType,
                                                  PVOID ValueData, ULONG ValueDataLength)
{
    return StorPortExtendedFunction(ExtFunctionRegistryWriteAdapterKey, HwDeviceExtension,
                                    SubKeyName, ValueName, ValueType, ValueData,
                                    ValueDataLength);
}

FORCEINLINE ULONG StorPortSetPowerSettingNotificationGuids(PVOID HwDeviceExtension,
                                                           ULONG GuidCount, LPGUID Guid)
{
    return StorPortExtendedFunction(ExtFunctionSetPowerSettingNotificationGuids,
                                    HwDeviceExtension, GuidCount, Guid);
}

/* Runtime power (PoFx). */
FORCEINLINE ULONG StorPortInitializePoFxPower(PVOID HwDeviceExtension, PSTOR_ADDRESS Address,
                                              PSTOR_POFX_DEVICE Device,
                                              PBOOLEAN D3ColdEnabled)
{
    return StorPortExtendedFunction(ExtFunctionInitializePoFxPower, HwDeviceExtension,
                                    Address, Device, D3ColdEnabled);
}

FORCEINLINE ULONG StorPortPoFxActivateComponent(PVOID HwDeviceExtension, PSTOR_ADDRESS Address,
                                                PSCSI_REQUEST_BLOCK Srb, ULONG Component,
                                                ULONG Flags)
{
    return StorPortExtendedFunction(ExtFunctionPoFxActivateComponent, HwDeviceExtension,
                                    Address, Srb, Component, Flags);
}

FORCEINLINE ULONG StorPortPoFxIdleComponent(PVOID HwDeviceExtension, PSTOR_ADDRESS Address,
                                            PSCSI_REQUEST_BLOCK Srb, ULONG Component,
                                            ULONG Flags)
{
    return StorPortExtendedFunction(ExtFunctionPoFxIdleComponent, HwDeviceExtension,
                                    Address, Srb, Component, Flags);
}

FORCEINLINE ULONG StorPortPoFxSetComponentLatency(PVOID HwDeviceExtension,
                                                  PSTOR_ADDRESS Address, ULONG Component,
                                                  ULONGLONG Latency)
{
    return StorPortExtendedFunction(ExtFunctionPoFxSetComponentLatency, HwDeviceExtension,
                                    Address, Component, Latency);
}

FORCEINLINE ULONG StorPortPoFxSetComponentResidency(PVOID HwDeviceExtension,
                                                    PSTOR_ADDRESS Address, ULONG Component,
                                                    ULONGLONG Residency)
{
    return StorPortExtendedFunction(ExtFunctionPoFxSetComponentResidency, HwDeviceExtension,
                                    Address, Component, Residency);
}

FORCEINLINE ULONG StorPortPoFxPowerControl(PVOID HwDeviceExtension, PSTOR_ADDRESS Address,
                                           LPCGUID PowerControlCode, PVOID InBuffer,
                                           SIZE_T InBufferSize, PVOID OutBuffer,
                                           SIZE_T OutBufferSize, PSIZE_T BytesReturned)
{
    return StorPortExtendedFunction(ExtFunctionPoFxPowerControl, HwDeviceExtension, Address,
                                    PowerControlCode, InBuffer, InBufferSize, OutBuffer,
                                    OutBufferSize, BytesReturned);
}

FORCEINLINE ULONG StorPortPoFxSetIdleTimeout(PVOID HwDeviceExtension, PSTOR_ADDRESS Address,
                                             ULONG IdleTimeoutInMS)
{
    return StorPortExtendedFunction(ExtFunctionPoFxSetIdleTimeout, HwDeviceExtension,
                                    Address, IdleTimeoutInMS);
}

FORCEINLINE ULONG StorPortPoFxRegisterPerfStates(PVOID HwDeviceExtension,
                                                 PSTOR_ADDRESS Address,
                                                 PSTOR_POFX_COMPONENT_PERF_INFO PerfInfo)
{
    return StorPortExtendedFunction(ExtFunctionPoFxRegisterPerfStates, HwDeviceExtension,
                                    Address, PerfInfo);
}

FORCEINLINE ULONG StorPortPoFxSetPerfState(PVOID HwDeviceExtension, PSTOR_ADDRESS Address,
                                           ULONG Component, ULONGLONG Flags, ULONG SetIndex,
                                           ULONGLONG State, PVOID Context)
{
    return StorPortExtendedFunction(ExtFunctionPoFxSetPerfState, HwDeviceExtension, Address,
                                    Component, Flags, SetIndex, State, Context);
}

/* Not in the DDI reference snapshot; named after its function code and used
 * by Microsoft's StorAHCI sample (Address may be NULL for the adapter). */
FORCEINLINE ULONG StorPortGetD3ColdSupport(PVOID HwDeviceExtension, PSTOR_ADDRESS Address,
                                           PBOOLEAN Supported)
{
    return StorPortExtendedFunction(ExtFunctionGetD3ColdSupport, HwDeviceExtension, Address,
                                    Supported);
}

/* Events and system threads (Windows 10 2004 and later). */
FORCEINLINE ULONG StorPortInitializeEvent(PVOID HwDeviceExtension, PSTOR_EVENT Event,
                                          STOR_EVENT_TYPE Type, BOOLEAN State)
{
    return StorPortExtendedFunction(ExtFunctionInitializeEvent, HwDeviceExtension, Event,
                                    Type, State);
}

FORCEINLINE ULONG StorPortSetEvent(PVOID HwDeviceExtension, PSTOR_EVENT Event)
{
    return StorPortExtendedFunction(ExtFunctionSetEvent, HwDeviceExtension, Event);
}

FORCEINLINE ULONG StorPortWaitForSingleObject(PVOID HwDeviceExtension, PVOID Object,
                                              BOOLEAN Alertable, PLARGE_INTEGER Timeout)
{
    return StorPortExtendedFunction(ExtFunctionWaitForEvent, HwDeviceExtension, Object,
                                    Alertable, Timeout);
}

FORCEINLINE ULONG StorPortCreateSystemThread(PVOID HwDeviceExtension,
                                             PSTOR_THREAD_START_ROUTINE StartRoutine,
                                             PVOID StartContext,
                                             PSTOR_THREAD_PRIORITY Priority,
                                             PVOID *ThreadContext)
{
    return StorPortExtendedFunction(ExtFunctionCreateSystemThread, HwDeviceExtension,
                                    StartRoutine, StartContext, Priority, ThreadContext);
}

FORCEINLINE ULONG StorPortSetPriorityThread(PVOID HwDeviceExtension, PVOID ThreadContext,
                                            STOR_THREAD_PRIORITY Priority)
{
    return StorPortExtendedFunction(ExtFunctionSetPriorityThread, HwDeviceExtension,
                                    ThreadContext, Priority);
}

FORCEINLINE ULONG StorPortSetSystemGroupAffinityThread(PVOID HwDeviceExtension,
                                                       PVOID ThreadContext,
                                                       PSTOR_GROUP_AFFINITY Affinity,
                                                       PSTOR_GROUP_AFFINITY PreviousAffinity)
{
    return StorPortExtendedFunction(ExtFunctionSetSystemGroupAffinityThread,
                                    HwDeviceExtension, ThreadContext, Affinity,
                                    PreviousAffinity);
}

FORCEINLINE ULONG StorPortRevertToUserGroupAffinityThread(PVOID HwDeviceExtension,
                                                          PVOID ThreadContext,
                                                          PSTOR_GROUP_AFFINITY PreviousAffinity)
{
    return StorPortExtendedFunction(ExtFunctionRevertToUserGroupAffinityThread,
                                    HwDeviceExtension, ThreadContext, PreviousAffinity);
}

/* Logging and tracing. */
FORCEINLINE ULONG StorPortLogSystemEvent(PVOID HwDeviceExtension,
                                         PSTOR_LOG_EVENT_DETAILS LogDetails,
                                         PULONG MaximumSize)
{
    return StorPortExtendedFunction(ExtFunctionLogSystemEvent, HwDeviceExtension,
                                    LogDetails, MaximumSize);
}

FORCEINLINE ULONG StorPortLogTelemetry(PVOID HwDeviceExtension, PSTOR_ADDRESS StorAddress,
                                       PSTORPORT_TELEMETRY_EVENT Event)
{
    return StorPortExtendedFunction(ExtFunctionMiniportTelemetry, HwDeviceExtension,
                                    StorAddress, Event);
}

FORCEINLINE ULONG StorPortLogTelemetryEx(PVOID HwDeviceExtension, PSTOR_ADDRESS StorAddress,
                                         PSTORPORT_TELEMETRY_EVENT Event,
                                         STOR_TELEMETRY_CATEGORY Category)
{
    return StorPortExtendedFunction(ExtFunctionMiniportTelemetryEx, HwDeviceExtension,
                                    StorAddress, Event, Category);
}

#define STORPORT_ETW_MAX_BYTE_STREAM_LENGTH     0x1000 /* UNCONFIRMED */

FORCEINLINE ULONG StorPortEtwLogByteStream(PVOID HwDeviceExtension, PSTOR_ADDRESS Address,
                                           STORPORT_ETW_EVENT_CHANNEL EventChannel,
                                           USHORT EventId, PWSTR EventDescription,
                                           ULONGLONG EventKeywords,
                                           STORPORT_ETW_LEVEL EventLevel,
                                           STORPORT_ETW_EVENT_OPCODE EventOpcode,
                                           USHORT DataLength, PUCHAR Data)
{
    return StorPortExtendedFunction(ExtFunctionMiniportLogByteStream, HwDeviceExtension,
                                    Address, EventChannel, EventId, EventDescription,
                                    EventKeywords, EventLevel, EventOpcode, DataLength,
                                    Data);
}

FORCEINLINE ULONG StorPortEtwEvent2(PVOID HwDeviceExtension, PSTOR_ADDRESS Address,
                                    ULONG EventId, PWSTR EventDescription,
                                    ULONGLONG EventKeywords, STORPORT_ETW_LEVEL EventLevel,
                                    STORPORT_ETW_EVENT_OPCODE EventOpcode,
                                    PSCSI_REQUEST_BLOCK Srb,
                                    PWSTR Parameter1Name, ULONGLONG Parameter1Value,
                                    PWSTR Parameter2Name, ULONGLONG Parameter2Value)
{
    return StorPortExtendedFunction(ExtFunctionMiniportEtwEvent2, HwDeviceExtension, Address,
                                    EventId, EventDescription, EventKeywords, EventLevel,
                                    EventOpcode, Srb, Parameter1Name, Parameter1Value,
                                    Parameter2Name, Parameter2Value);
}

FORCEINLINE ULONG StorPortEtwEvent4(PVOID HwDeviceExtension, PSTOR_ADDRESS Address,
                                    ULONG EventId, PWSTR EventDescription,
                                    ULONGLONG EventKeywords, STORPORT_ETW_LEVEL EventLevel,
                                    STORPORT_ETW_EVENT_OPCODE EventOpcode,
                                    PSCSI_REQUEST_BLOCK Srb,
                                    PWSTR Parameter1Name, ULONGLONG Parameter1Value,
                                    PWSTR Parameter2Name, ULONGLONG Parameter2Value,
                                    PWSTR Parameter3Name, ULONGLONG Parameter3Value,
                                    PWSTR Parameter4Name, ULONGLONG Parameter4Value)
{
    return StorPortExtendedFunction(ExtFunctionMiniportEtwEvent4, HwDeviceExtension, Address,
                                    EventId, EventDescription, EventKeywords, EventLevel,
                                    EventOpcode, Srb, Parameter1Name, Parameter1Value,
                                    Parameter2Name, Parameter2Value, Parameter3Name,
                                    Parameter3Value, Parameter4Name, Parameter4Value);
}

FORCEINLINE ULONG StorPortEtwEvent8(PVOID HwDeviceExtension, PSTOR_ADDRESS Address,
                                    ULONG EventId, PWSTR EventDescription,
                                    ULONGLONG EventKeywords, STORPORT_ETW_LEVEL EventLevel,
                                    STORPORT_ETW_EVENT_OPCODE EventOpcode,
                                    PSCSI_REQUEST_BLOCK Srb,
                                    PWSTR Parameter1Name, ULONGLONG Parameter1Value,
                                    PWSTR Parameter2Name, ULONGLONG Parameter2Value,
                                    PWSTR Parameter3Name, ULONGLONG Parameter3Value,
                                    PWSTR Parameter4Name, ULONGLONG Parameter4Value,
                                    PWSTR Parameter5Name, ULONGLONG Parameter5Value,
                                    PWSTR Parameter6Name, ULONGLONG Parameter6Value,
                                    PWSTR Parameter7Name, ULONGLONG Parameter7Value,
                                    PWSTR Parameter8Name, ULONGLONG Parameter8Value)
{
    return StorPortExtendedFunction(ExtFunctionMiniportEtwEvent8, HwDeviceExtension, Address,
                                    EventId, EventDescription, EventKeywords, EventLevel,
                                    EventOpcode, Srb, Parameter1Name, Parameter1Value,
                                    Parameter2Name, Parameter2Value, Parameter3Name,
                                    Parameter3Value, Parameter4Name, Parameter4Value,
                                    Parameter5Name, Parameter5Value, Parameter6Name,
                                    Parameter6Value, Parameter7Name, Parameter7Value,
                                    Parameter8Name, Parameter8Value);
}

/* Channel variants: the same events on an explicit ETW channel. */
FORCEINLINE ULONG StorPortEtwChannelEvent2(PVOID HwDeviceExtension, PSTOR_ADDRESS Address,
                                           STORPORT_ETW_EVENT_CHANNEL EventChannel,
                                           ULONG EventId, PWSTR EventDescription,
                                           ULONGLONG EventKeywords,
                                           STORPORT_ETW_LEVEL EventLevel,
                                           STORPORT_ETW_EVENT_OPCODE EventOpcode,
                                           PSCSI_REQUEST_BLOCK Srb,
                                           PWSTR Parameter1Name, ULONGLONG Parameter1Value,
                                           PWSTR Parameter2Name, ULONGLONG Parameter2Value)
{
    return StorPortExtendedFunction(ExtFunctionMiniportChannelEtwEvent2, HwDeviceExtension,
                                    Address, EventChannel, EventId, EventDescription,
                                    EventKeywords, EventLevel, EventOpcode, Srb,
                                    Parameter1Name, Parameter1Value, Parameter2Name,
                                    Parameter2Value);
}

FORCEINLINE ULONG StorPortEtwChannelEvent4(PVOID HwDeviceExtension, PSTOR_ADDRESS Address,
                                           STORPORT_ETW_EVENT_CHANNEL EventChannel,
                                           ULONG EventId, PWSTR EventDescription,
                                           ULONGLONG EventKeywords,
                                           STORPORT_ETW_LEVEL EventLevel,
                                           STORPORT_ETW_EVENT_OPCODE EventOpcode,
                                           PSCSI_REQUEST_BLOCK Srb,
                                           PWSTR Parameter1Name, ULONGLONG Parameter1Value,
                                           PWSTR Parameter2Name, ULONGLONG Parameter2Value,
                                           PWSTR Parameter3Name, ULONGLONG Parameter3Value,
                                           PWSTR Parameter4Name, ULONGLONG Parameter4Value)
{
    return StorPortExtendedFunction(ExtFunctionMiniportChannelEtwEvent4, HwDeviceExtension,
                                    Address, EventChannel, EventId, EventDescription,
                                    EventKeywords, EventLevel, EventOpcode, Srb,
                                    Parameter1Name, Parameter1Value, Parameter2Name,
                                    Parameter2Value, Parameter3Name, Parameter3Value,
                                    Parameter4Name, Parameter4Value);
}

FORCEINLINE ULONG StorPortEtwChannelEvent8(PVOID HwDeviceExtension, PSTOR_ADDRESS Address,
                                           STORPORT_ETW_EVENT_CHANNEL EventChannel,
                                           ULONG EventId, PWSTR EventDescription,
                                           ULONGLONG EventKeywords,
                                           STORPORT_ETW_LEVEL EventLevel,
                                           STORPORT_ETW_EVENT_OPCODE EventOpcode,
                                           PSCSI_REQUEST_BLOCK Srb,
                                           PWSTR Parameter1Name, ULONGLONG Parameter1Value,
                                           PWSTR Parameter2Name, ULONGLONG Parameter2Value,
                                           PWSTR Parameter3Name, ULONGLONG Parameter3Value,
                                           PWSTR Parameter4Name, ULONGLONG Parameter4Value,
                                           PWSTR Parameter5Name, ULONGLONG Parameter5Value,
                                           PWSTR Parameter6Name, ULONGLONG Parameter6Value,
                                           PWSTR Parameter7Name, ULONGLONG Parameter7Value,
                                           PWSTR Parameter8Name, ULONGLONG Parameter8Value)
{
    return StorPortExtendedFunction(ExtFunctionMiniportChannelEtwEvent8, HwDeviceExtension,
                                    Address, EventChannel, EventId, EventDescription,
                                    EventKeywords, EventLevel, EventOpcode, Srb,
                                    Parameter1Name, Parameter1Value, Parameter2Name,
                                    Parameter2Value, Parameter3Name, Parameter3Value,
                                    Parameter4Name, Parameter4Value, Parameter5Name,
                                    Parameter5Value, Parameter6Name, Parameter6Value,
                                    Parameter7Name, Parameter7Value, Parameter8Name,
                                    Parameter8Value);
}

/* Copies Count bytes when they fit [DDI nf-storport-storportsecurecopymemory]. */
FORCEINLINE ULONG StorPortSecureCopyMemory(PVOID Dest, SIZE_T DestSizeInBytes,
                                           const VOID *Src, SIZE_T Count)
{
    if (Dest == NULL || Src == NULL)
        return STOR_STATUS_INVALID_PARAMETER;
    if (Count > DestSizeInBytes)
        return STOR_STATUS_BUFFER_TOO_SMALL;
    memcpy(Dest, Src, Count);
    return STOR_STATUS_SUCCESS;
}

#ifdef __cplusplus
}
#endif

#endif /* _NTSTORPORT_ */
