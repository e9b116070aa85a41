/*
 * ntddstor.h - wrapper completing mingw-w64's storage IOCTL header.
 *
 * Part of the storport-race-check WDK shim; NOT Microsoft's header. It
 * includes mingw-w64's ntddstor.h (public domain, Windows 8-era content) and
 * adds the later storage-class definitions that Storport miniports use in
 * their IOCTL and property handlers: protocol-specific queries, temperature,
 * physical topology, form factors, firmware IOCTLs, newer property ids and
 * bus types. Clean-room: written from Microsoft's public DDI reference
 * (ntddstor section of learn.microsoft.com / MicrosoftDocs/
 * windows-driver-docs-ddi); numeric values are the documented ones or those
 * published in Microsoft's Windows metadata. For static analysis only.
 *
 * mingw-w64 already declares STORAGE_PROPERTY_ID and STORAGE_BUS_TYPE as
 * enumerations without the newer members; the newer members are provided
 * here as constants of the enumeration type, defined after mingw-w64's
 * enumeration so they never collide with it.
 */

#ifndef _STORPORT_SHIM_NTDDSTOR_H_
#define _STORPORT_SHIM_NTDDSTOR_H_

#include_next <ntddstor.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ----------------------------------------------------------------------
 * IOCTLs missing from mingw-w64
 * ---------------------------------------------------------------------- */
#ifndef IOCTL_STORAGE_GET_DEVICE_NUMBER_EX
#define IOCTL_STORAGE_GET_DEVICE_NUMBER_EX  CTL_CODE(IOCTL_STORAGE_BASE, 0x0421, METHOD_BUFFERED, FILE_ANY_ACCESS)
#endif
#ifndef IOCTL_STORAGE_SET_TEMPERATURE_THRESHOLD
#define IOCTL_STORAGE_SET_TEMPERATURE_THRESHOLD CTL_CODE(IOCTL_STORAGE_BASE, 0x0480, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#endif
#ifndef IOCTL_STORAGE_PROTOCOL_COMMAND
#define IOCTL_STORAGE_PROTOCOL_COMMAND      CTL_CODE(IOCTL_STORAGE_BASE, 0x04F0, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#endif
#ifndef IOCTL_STORAGE_SET_PROPERTY
#define IOCTL_STORAGE_SET_PROPERTY          CTL_CODE(IOCTL_STORAGE_BASE, 0x04FF, METHOD_BUFFERED, FILE_WRITE_ACCESS)
#endif
#ifndef IOCTL_STORAGE_FIRMWARE_GET_INFO
#define IOCTL_STORAGE_FIRMWARE_GET_INFO     CTL_CODE(IOCTL_STORAGE_BASE, 0x0700, METHOD_BUFFERED, FILE_ANY_ACCESS)
#endif
#ifndef IOCTL_STORAGE_FIRMWARE_DOWNLOAD
#define IOCTL_STORAGE_FIRMWARE_DOWNLOAD     CTL_CODE(IOCTL_STORAGE_BASE, 0x0701, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#endif
#ifndef IOCTL_STORAGE_FIRMWARE_ACTIVATE
#define IOCTL_STORAGE_FIRMWARE_ACTIVATE     CTL_CODE(IOCTL_STORAGE_BASE, 0x0702, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#endif

/* ----------------------------------------------------------------------
 * Newer STORAGE_PROPERTY_ID and STORAGE_BUS_TYPE members
 * [DDI ne-ntddstor-storage_property_id, ne-ntddstor-storage_bus_type]
 * ---------------------------------------------------------------------- */
#define StorageDeviceMediumProductType          ((STORAGE_PROPERTY_ID)15)
#define StorageAdapterRpmbProperty              ((STORAGE_PROPERTY_ID)16)
#define StorageAdapterCryptoProperty            ((STORAGE_PROPERTY_ID)17)
#define StorageDeviceTieringProperty            ((STORAGE_PROPERTY_ID)18)
#define StorageDeviceFaultDomainProperty        ((STORAGE_PROPERTY_ID)19)
#define StorageDeviceClusportProperty           ((STORAGE_PROPERTY_ID)20)
#define StorageDeviceDependantDevicesProperty   ((STORAGE_PROPERTY_ID)21)
#define StorageDeviceIoCapabilityProperty       ((STORAGE_PROPERTY_ID)48)
#define StorageAdapterProtocolSpecificProperty  ((STORAGE_PROPERTY_ID)49)
#define StorageDeviceProtocolSpecificProperty   ((STORAGE_PROPERTY_ID)50)
#define StorageAdapterTemperatureProperty       ((STORAGE_PROPERTY_ID)51)
#define StorageDeviceTemperatureProperty        ((STORAGE_PROPERTY_ID)52)
#define StorageAdapterPhysicalTopologyProperty  ((STORAGE_PROPERTY_ID)53)
#define StorageDevicePhysicalTopologyProperty   ((STORAGE_PROPERTY_ID)54)
#define StorageDeviceAttributesProperty         ((STORAGE_PROPERTY_ID)55)
#define StorageDeviceManagementStatus           ((STORAGE_PROPERTY_ID)56)
#define StorageAdapterSerialNumberProperty      ((STORAGE_PROPERTY_ID)57)
#define StorageDeviceLocationProperty           ((STORAGE_PROPERTY_ID)58)
#define StorageDeviceNumaProperty               ((STORAGE_PROPERTY_ID)59)
#define StorageDeviceZonedDeviceProperty        ((STORAGE_PROPERTY_ID)60)
#define StorageDeviceUnsafeShutdownCount        ((STORAGE_PROPERTY_ID)61)
#define StorageDeviceEnduranceProperty          ((STORAGE_PROPERTY_ID)62)
#define StorageDeviceLedStateProperty           ((STORAGE_PROPERTY_ID)63)
#define StorageDeviceSelfEncryptionProperty     ((STORAGE_PROPERTY_ID)64)
#define StorageFruIdProperty                    ((STORAGE_PROPERTY_ID)65)

#define BusTypeNvme                             ((STORAGE_BUS_TYPE)0x11)
#define BusTypeSCM                              ((STORAGE_BUS_TYPE)0x12)
#define BusTypeUfs                              ((STORAGE_BUS_TYPE)0x13)
#define BusTypeNvmeof                           ((STORAGE_BUS_TYPE)0x14)

/* ----------------------------------------------------------------------
 * Data set management additions [DDI ns-ntddstor-_device_dsm_*]
 * ---------------------------------------------------------------------- */
#ifndef DeviceDsmAction_Allocation
#define DeviceDsmAction_Allocation              (5 | DeviceDsmActionFlag_NonDestructive)
#endif
#ifndef DeviceDsmAction_OffloadRead
#define DeviceDsmAction_OffloadRead             (3 | DeviceDsmActionFlag_NonDestructive)
#endif
#define DeviceDsmAction_Reserved                11
#define DeviceDsmAction_Reserved1               12
#define DeviceDsmAction_Reserved2               13
#define DeviceDsmAction_NvCache_Change_Priority (14 | DeviceDsmActionFlag_NonDestructive)
#define DeviceDsmAction_NvCache_Evict           (15 | DeviceDsmActionFlag_NonDestructive)

typedef struct _DEVICE_DSM_NVCACHE_CHANGE_PRIORITY_PARAMETERS {
    ULONG Size;
    UCHAR TargetPriority;
    UCHAR Reserved[3];
} DEVICE_DSM_NVCACHE_CHANGE_PRIORITY_PARAMETERS, *PDEVICE_DSM_NVCACHE_CHANGE_PRIORITY_PARAMETERS;

/* ----------------------------------------------------------------------
 * Protocol-specific queries and commands
 * [DDI ne-ntddstor-_storage_protocol_type, ns-..._storage_protocol_*]
 * ---------------------------------------------------------------------- */
typedef enum _STORAGE_PROTOCOL_TYPE {
    ProtocolTypeUnknown = 0x00,
    ProtocolTypeScsi,
    ProtocolTypeAta,
    ProtocolTypeNvme,
    ProtocolTypeSd,
    ProtocolTypeUfs,
    ProtocolTypeProprietary = 0x7E,
    ProtocolTypeMaxReserved = 0x7F
} STORAGE_PROTOCOL_TYPE, *PSTORAGE_PROTOCOL_TYPE;

typedef enum _STORAGE_PROTOCOL_NVME_DATA_TYPE {
    NVMeDataTypeUnknown = 0,
    NVMeDataTypeIdentify,
    NVMeDataTypeLogPage,
    NVMeDataTypeFeature
} STORAGE_PROTOCOL_NVME_DATA_TYPE, *PSTORAGE_PROTOCOL_NVME_DATA_TYPE;

typedef enum _STORAGE_PROTOCOL_ATA_DATA_TYPE {
    AtaDataTypeUnknown = 0,
    AtaDataTypeIdentify,
    AtaDataTypeLogPage
} STORAGE_PROTOCOL_ATA_DATA_TYPE, *PSTORAGE_PROTOCOL_ATA_DATA_TYPE;

typedef enum _STORAGE_PROTOCOL_UFS_DATA_TYPE {
    UfsDataTypeUnknown = 0,
    UfsDataTypeQueryDescriptor,
    UfsDataTypeQueryAttribute,
    UfsDataTypeQueryFlag,
    UfsDataTypeQueryDmeAttribute,
    UfsDataTypeQueryDmePeerAttribute,
    UfsDataTypeMax
} STORAGE_PROTOCOL_UFS_DATA_TYPE, *PSTORAGE_PROTOCOL_UFS_DATA_TYPE;

typedef struct _STORAGE_PROTOCOL_SPECIFIC_DATA {
    STORAGE_PROTOCOL_TYPE ProtocolType;
    ULONG DataType;
    ULONG ProtocolDataRequestValue;
    ULONG ProtocolDataRequestSubValue;
    ULONG ProtocolDataOffset;
    ULONG ProtocolDataLength;
    ULONG FixedProtocolReturnData;
    ULONG ProtocolDataRequestSubValue2;
    ULONG ProtocolDataRequestSubValue3;
    ULONG ProtocolDataRequestSubValue4;
} STORAGE_PROTOCOL_SPECIFIC_DATA, *PSTORAGE_PROTOCOL_SPECIFIC_DATA;

typedef struct _STORAGE_PROTOCOL_SPECIFIC_DATA_EXT {
    STORAGE_PROTOCOL_TYPE ProtocolType;
    ULONG DataType;
    ULONG ProtocolDataValue;
    ULONG ProtocolDataSubValue;
    ULONG ProtocolDataOffset;
    ULONG ProtocolDataLength;
    ULONG FixedProtocolReturnData;
    ULONG ProtocolDataSubValue2;
    ULONG ProtocolDataSubValue3;
    ULONG ProtocolDataSubValue4;
    ULONG ProtocolDataSubValue5;
    ULONG Reserved[5];
} STORAGE_PROTOCOL_SPECIFIC_DATA_EXT, *PSTORAGE_PROTOCOL_SPECIFIC_DATA_EXT;

typedef struct _STORAGE_PROTOCOL_DATA_DESCRIPTOR {
    ULONG Version;
    ULONG Size;
    STORAGE_PROTOCOL_SPECIFIC_DATA ProtocolSpecificData;
} STORAGE_PROTOCOL_DATA_DESCRIPTOR, *PSTORAGE_PROTOCOL_DATA_DESCRIPTOR;

typedef struct _STORAGE_PROTOCOL_DATA_DESCRIPTOR_EXT {
    ULONG Version;
    ULONG Size;
    STORAGE_PROTOCOL_SPECIFIC_DATA_EXT ProtocolSpecificData;
} STORAGE_PROTOCOL_DATA_DESCRIPTOR_EXT, *PSTORAGE_PROTOCOL_DATA_DESCRIPTOR_EXT;

#define STORAGE_PROTOCOL_STRUCTURE_VERSION              0x1

typedef struct _STORAGE_PROTOCOL_COMMAND {
    ULONG Version;
    ULONG Length;
    STORAGE_PROTOCOL_TYPE ProtocolType;
    ULONG Flags;
    ULONG ReturnStatus;
    ULONG ErrorCode;
    ULONG CommandLength;
    ULONG ErrorInfoLength;
    ULONG DataToDeviceTransferLength;
    ULONG DataFromDeviceTransferLength;
    ULONG TimeOutValue;
    ULONG ErrorInfoOffset;
    ULONG DataToDeviceBufferOffset;
    ULONG DataFromDeviceBufferOffset;
    ULONG CommandSpecific;
    ULONG Reserved0;
    ULONG FixedProtocolReturnData;
    ULONG Reserved1[3];
    UCHAR Command[ANYSIZE_ARRAY];
} STORAGE_PROTOCOL_COMMAND, *PSTORAGE_PROTOCOL_COMMAND;

#define STORAGE_PROTOCOL_COMMAND_FLAG_ADAPTER_REQUEST   0x80000000

#define STORAGE_PROTOCOL_STATUS_PENDING                 0x0
#define STORAGE_PROTOCOL_STATUS_SUCCESS                 0x1
#define STORAGE_PROTOCOL_STATUS_ERROR                   0x2
#define STORAGE_PROTOCOL_STATUS_INVALID_REQUEST         0x3
#define STORAGE_PROTOCOL_STATUS_NO_DEVICE               0x4
#define STORAGE_PROTOCOL_STATUS_BUSY                    0x5
#define STORAGE_PROTOCOL_STATUS_DATA_OVERRUN            0x6
#define STORAGE_PROTOCOL_STATUS_INSUFFICIENT_RESOURCES  0x7
#define STORAGE_PROTOCOL_STATUS_THROTTLED_REQUEST       0x8
#define STORAGE_PROTOCOL_STATUS_NOT_SUPPORTED           0xFF

#define STORAGE_PROTOCOL_COMMAND_LENGTH_NVME            0x40
#define STORAGE_PROTOCOL_SPECIFIC_NVME_ADMIN_COMMAND    0x01
#define STORAGE_PROTOCOL_SPECIFIC_NVME_NVM_COMMAND      0x02

/* ----------------------------------------------------------------------
 * Temperature [DDI ns-ntddstor-_storage_temperature_*]
 * ---------------------------------------------------------------------- */
typedef struct _STORAGE_TEMPERATURE_INFO {
    USHORT Index;
    SHORT Temperature;
    SHORT OverThreshold;
    SHORT UnderThreshold;
    BOOLEAN OverThresholdChangable;
    BOOLEAN UnderThresholdChangable;
    BOOLEAN EventGenerated;
    UCHAR Reserved0;
    ULONG Reserved1;
} STORAGE_TEMPERATURE_INFO, *PSTORAGE_TEMPERATURE_INFO;

typedef struct _STORAGE_TEMPERATURE_DATA_DESCRIPTOR {
    ULONG Version;
    ULONG Size;
    SHORT CriticalTemperature;
    SHORT WarningTemperature;
    USHORT InfoCount;
    UCHAR Reserved0[2];
    ULONG Reserved1[2];
    STORAGE_TEMPERATURE_INFO TemperatureInfo[ANYSIZE_ARRAY];
} STORAGE_TEMPERATURE_DATA_DESCRIPTOR, *PSTORAGE_TEMPERATURE_DATA_DESCRIPTOR;

#define STORAGE_TEMPERATURE_VALUE_NOT_REPORTED          0x8000

typedef struct _STORAGE_TEMPERATURE_THRESHOLD {
    ULONG Version;
    ULONG Size;
    USHORT Flags;
    USHORT Index;
    SHORT Threshold;
    BOOLEAN OverThreshold;
    UCHAR Reserved;
} STORAGE_TEMPERATURE_THRESHOLD, *PSTORAGE_TEMPERATURE_THRESHOLD;

#define STORAGE_TEMPERATURE_THRESHOLD_FLAG_ADAPTER_REQUEST 0x0001

/* ----------------------------------------------------------------------
 * Physical topology [DDI ns-ntddstor-_storage_physical_*,
 * ne-ntddstor-_storage_device_form_factor, _storage_component_health_status,
 * ns-ntddstor-_storage_spec_version]
 * ---------------------------------------------------------------------- */
typedef enum _STORAGE_DEVICE_FORM_FACTOR {
    FormFactorUnknown = 0,
    FormFactor3_5,
    FormFactor2_5,
    FormFactor1_8,
    FormFactor1_8Less,
    FormFactorEmbedded,
    FormFactorMemoryCard,
    FormFactormSata,
    FormFactorM_2,
    FormFactorPCIeBoard,
    FormFactorDimm
} STORAGE_DEVICE_FORM_FACTOR, *PSTORAGE_DEVICE_FORM_FACTOR;

typedef enum _STORAGE_COMPONENT_HEALTH_STATUS {
    HealthStatusUnknown = 0,
    HealthStatusNormal,
    HealthStatusThrottled,
    HealthStatusWarning,
    HealthStatusDisabled,
    HealthStatusFailed
} STORAGE_COMPONENT_HEALTH_STATUS, *PSTORAGE_COMPONENT_HEALTH_STATUS;

typedef union _STORAGE_SPEC_VERSION {
    struct {
        union {
            struct {
                UCHAR SubMinor;
                UCHAR Minor;
            } DUMMYSTRUCTNAME;
            USHORT AsUshort;
        } MinorVersion;
        USHORT MajorVersion;
    } DUMMYSTRUCTNAME;
    ULONG AsUlong;
} STORAGE_SPEC_VERSION, *PSTORAGE_SPEC_VERSION;

/* Device roles (bit mask, several may be set). */
#define STORAGE_COMPONENT_ROLE_CACHE                    0x00000001
#define STORAGE_COMPONENT_ROLE_TIERING                  0x00000002
#define STORAGE_COMPONENT_ROLE_DATA                     0x00000004

typedef struct _STORAGE_PHYSICAL_DEVICE_DATA {
    ULONG DeviceId;
    ULONG Role;
    STORAGE_COMPONENT_HEALTH_STATUS HealthStatus;
    STORAGE_PROTOCOL_TYPE CommandProtocol;
    STORAGE_SPEC_VERSION SpecVersion;
    STORAGE_DEVICE_FORM_FACTOR FormFactor;
    UCHAR Vendor[8];
    UCHAR Model[40];
    UCHAR FirmwareRevision[16];
    ULONGLONG Capacity;
    UCHAR PhysicalLocation[32];
    ULONG Reserved[2];
} STORAGE_PHYSICAL_DEVICE_DATA, *PSTORAGE_PHYSICAL_DEVICE_DATA;

typedef struct _STORAGE_PHYSICAL_ADAPTER_DATA {
    ULONG AdapterId;
    STORAGE_COMPONENT_HEALTH_STATUS HealthStatus;
    STORAGE_PROTOCOL_TYPE CommandProtocol;
    STORAGE_SPEC_VERSION SpecVersion;
    UCHAR Vendor[8];
    UCHAR Model[40];
    UCHAR FirmwareRevision[16];
    UCHAR PhysicalLocation[32];
    BOOLEAN ExpanderConnected;
    UCHAR Reserved0[3];
    ULONG Reserved1[3];
} STORAGE_PHYSICAL_ADAPTER_DATA, *PSTORAGE_PHYSICAL_ADAPTER_DATA;

typedef struct _STORAGE_PHYSICAL_NODE_DATA {
    ULONG NodeId;
    ULONG AdapterCount;
    ULONG AdapterDataLength;
    ULONG AdapterDataOffset;
    ULONG DeviceCount;
    ULONG DeviceDataLength;
    ULONG DeviceDataOffset;
    ULONG Reserved[3];
} STORAGE_PHYSICAL_NODE_DATA, *PSTORAGE_PHYSICAL_NODE_DATA;

typedef struct _STORAGE_PHYSICAL_TOPOLOGY_DESCRIPTOR {
    ULONG Version;
    ULONG Size;
    ULONG NodeCount;
    ULONG Reserved;
    STORAGE_PHYSICAL_NODE_DATA Node[ANYSIZE_ARRAY];
} STORAGE_PHYSICAL_TOPOLOGY_DESCRIPTOR, *PSTORAGE_PHYSICAL_TOPOLOGY_DESCRIPTOR;

/* ----------------------------------------------------------------------
 * Other property descriptors used by miniports
 * [DDI ns-ntddstor-_storage_device_io_capability_descriptor,
 *  _storage_device_attributes_descriptor, _storage_device_number_ex]
 * ---------------------------------------------------------------------- */
typedef struct _STORAGE_DEVICE_IO_CAPABILITY_DESCRIPTOR {
    ULONG Version;
    ULONG Size;
    ULONG LunMaxIoCount;
    ULONG AdapterMaxIoCount;
} STORAGE_DEVICE_IO_CAPABILITY_DESCRIPTOR, *PSTORAGE_DEVICE_IO_CAPABILITY_DESCRIPTOR;

typedef struct _STORAGE_DEVICE_ATTRIBUTES_DESCRIPTOR {
    ULONG Version;
    ULONG Size;
    ULONG64 Attributes;
} STORAGE_DEVICE_ATTRIBUTES_DESCRIPTOR, *PSTORAGE_DEVICE_ATTRIBUTES_DESCRIPTOR;

#define STORAGE_ATTRIBUTE_BYTE_ADDRESSABLE_IO           0x01
#define STORAGE_ATTRIBUTE_BLOCK_IO                      0x02
#define STORAGE_ATTRIBUTE_DYNAMIC_PERSISTENCE           0x04
#define STORAGE_ATTRIBUTE_VOLATILE                      0x08
#define STORAGE_ATTRIBUTE_ASYNC_EVENT_NOTIFICATION      0x10
#define STORAGE_ATTRIBUTE_PERF_SIZE_INDEPENDENT         0x20

typedef struct _STORAGE_DEVICE_NUMBER_EX {
    ULONG Version;
    ULONG Size;
    ULONG Flags;
    DEVICE_TYPE DeviceType;
    ULONG DeviceNumber;
    GUID DeviceGuid;
    ULONG PartitionNumber;
} STORAGE_DEVICE_NUMBER_EX, *PSTORAGE_DEVICE_NUMBER_EX;

/* ----------------------------------------------------------------------
 * Firmware (class interface) [DDI ns-ntddstor-_storage_hw_firmware_*]
 * ---------------------------------------------------------------------- */
#define STORAGE_HW_FIRMWARE_REQUEST_FLAG_CONTROLLER                 0x00000001
#define STORAGE_HW_FIRMWARE_REQUEST_FLAG_LAST_SEGMENT               0x00000002
#define STORAGE_HW_FIRMWARE_REQUEST_FLAG_FIRST_SEGMENT              0x00000004
#define STORAGE_HW_FIRMWARE_REQUEST_FLAG_REPLACE_EXISTING_IMAGE     0x40000000
#define STORAGE_HW_FIRMWARE_REQUEST_FLAG_SWITCH_TO_EXISTING_FIRMWARE 0x80000000

#define STORAGE_HW_FIRMWARE_INVALID_SLOT                0xFF
#define STORAGE_HW_FIRMWARE_REVISION_LENGTH             16

typedef struct _STORAGE_HW_FIRMWARE_INFO_QUERY {
    ULONG Version;
    ULONG Size;
    ULONG Flags;
    ULONG Reserved;
} STORAGE_HW_FIRMWARE_INFO_QUERY, *PSTORAGE_HW_FIRMWARE_INFO_QUERY;

typedef struct _STORAGE_HW_FIRMWARE_SLOT_INFO {
    ULONG Version;
    ULONG Size;
    UCHAR SlotNumber;
    UCHAR ReadOnly : 1;
    UCHAR Reserved0 : 7;
    UCHAR Reserved1[6];
    UCHAR Revision[STORAGE_HW_FIRMWARE_REVISION_LENGTH];
} STORAGE_HW_FIRMWARE_SLOT_INFO, *PSTORAGE_HW_FIRMWARE_SLOT_INFO;

typedef struct _STORAGE_HW_FIRMWARE_INFO {
    ULONG Version;
    ULONG Size;
    UCHAR SupportUpgrade : 1;
    UCHAR Reserved0 : 7;
    UCHAR SlotCount;
    UCHAR ActiveSlot;
    UCHAR PendingActivateSlot;
    BOOLEAN FirmwareShared;
    UCHAR Reserved[3];
    ULONG ImagePayloadAlignment;
    ULONG ImagePayloadMaxSize;
    STORAGE_HW_FIRMWARE_SLOT_INFO Slot[ANYSIZE_ARRAY];
} STORAGE_HW_FIRMWARE_INFO, *PSTORAGE_HW_FIRMWARE_INFO;

typedef struct _STORAGE_HW_FIRMWARE_DOWNLOAD {
    ULONG Version;
    ULONG Size;
    ULONG Flags;
    UCHAR Slot;
    UCHAR Reserved[3];
    ULONGLONG Offset;
    ULONGLONG BufferSize;
    UCHAR ImageBuffer[ANYSIZE_ARRAY];
} STORAGE_HW_FIRMWARE_DOWNLOAD, *PSTORAGE_HW_FIRMWARE_DOWNLOAD;

typedef struct _STORAGE_HW_FIRMWARE_ACTIVATE {
    ULONG Version;
    ULONG Size;
    ULONG Flags;
    UCHAR Slot;
    UCHAR Reserved0[3];
} STORAGE_HW_FIRMWARE_ACTIVATE, *PSTORAGE_HW_FIRMWARE_ACTIVATE;

#ifdef __cplusplus
}
#endif

#endif /* _STORPORT_SHIM_NTDDSTOR_H_ */
