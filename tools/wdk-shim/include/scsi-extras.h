/*
 * scsi-extras.h - WDK shim, for analysis only.
 *
 * SCSI definitions that Storport miniports use and mingw-w64-common's
 * <scsi.h> lacks or has in an older form, written for this project from the
 * T10 standards (SPC-5, SBC-4, SAT-4) with the member names of the public
 * DDI reference (learn.microsoft.com, scsi.h). storport.h includes it right
 * after <scsi.h>; <scsi.h>'s own INQUIRYDATA, which predates the version
 * descriptors, is kept out by defining _INQUIRYDATA_DEFINED first.
 */
#ifndef STORPORT_SHIM_SCSI_EXTRAS_H
#define STORPORT_SHIM_SCSI_EXTRAS_H

#pragma pack(push, 1)

/* Standard INQUIRY data (SPC-5 6.7.2), with the version descriptors. */
typedef struct _INQUIRYDATA {
  UCHAR DeviceType : 5;
  UCHAR DeviceTypeQualifier : 3;
  UCHAR DeviceTypeModifier : 7;
  UCHAR RemovableMedia : 1;
  union {
    UCHAR Versions;
    struct {
      UCHAR ANSIVersion : 3;
      UCHAR ECMAVersion : 3;
      UCHAR ISOVersion : 2;
    };
  };
  UCHAR ResponseDataFormat : 4;
  UCHAR HiSupport : 1;
  UCHAR NormACA : 1;
  UCHAR TerminateTask : 1;
  UCHAR AERC : 1;
  UCHAR AdditionalLength;
  union {
    UCHAR Reserved;
    struct {
      UCHAR PROTECT : 1;
      UCHAR Reserved_1 : 2;
      UCHAR ThirdPartyCoppy : 1;
      UCHAR TPGS : 2;
      UCHAR ACC : 1;
      UCHAR SCCS : 1;
    };
  };
  UCHAR Addr16 : 1;
  UCHAR Addr32 : 1;
  UCHAR AckReqQ : 1;
  UCHAR MediumChanger : 1;
  UCHAR MultiPort : 1;
  UCHAR ReservedBit2 : 1;
  UCHAR EnclosureServices : 1;
  UCHAR ReservedBit3 : 1;
  UCHAR SoftReset : 1;
  UCHAR CommandQueue : 1;
  UCHAR TransferDisable : 1;
  UCHAR LinkedCommands : 1;
  UCHAR Synchronous : 1;
  UCHAR Wide16Bit : 1;
  UCHAR Wide32Bit : 1;
  UCHAR RelativeAddressing : 1;
  UCHAR VendorId[8];
  UCHAR ProductId[16];
  UCHAR ProductRevisionLevel[4];
  UCHAR VendorSpecific[20];
  UCHAR Reserved3[2];
  USHORT VersionDescriptors[8];
  UCHAR Reserved4[30];
} INQUIRYDATA, *PINQUIRYDATA;

/* Version descriptor for IEEE 1667 (SPC-5 table 38). */
#define VER_DESCRIPTOR_1667_NOVERSION 0xFFC0

/* Sense data response codes (SPC-5 4.4). */
#define SCSI_SENSE_ERRORCODE_FIXED_CURRENT 0x70
#define SCSI_SENSE_ERRORCODE_FIXED_DEFERRED 0x71
#define SCSI_SENSE_ERRORCODE_DESCRIPTOR_CURRENT 0x72
#define SCSI_SENSE_ERRORCODE_DESCRIPTOR_DEFERRED 0x73

/* Additional sense codes and qualifiers used by miniports (SPC-5 annex F). */
#ifndef SCSI_ADSENSE_INTERNAL_TARGET_FAILURE
#define SCSI_ADSENSE_INTERNAL_TARGET_FAILURE 0x44
#endif
#ifndef SCSI_SENSEQ_CAPACITY_DATA_CHANGED
#define SCSI_SENSEQ_CAPACITY_DATA_CHANGED 0x09 /* ASC 0x2A */
#endif
#ifndef SCSI_SENSEQ_SPACE_ALLOC_FAILED_WRITE_PROTECT
#define SCSI_SENSEQ_SPACE_ALLOC_FAILED_WRITE_PROTECT 0x07 /* ASC 0x27 */
#endif

/* Descriptor-format sense data (SPC-5 4.4.2). */
typedef struct _DESCRIPTOR_SENSE_DATA {
  UCHAR ErrorCode : 7;
  UCHAR Reserved1 : 1;
  UCHAR SenseKey : 4;
  UCHAR Reserved2 : 4;
  UCHAR AdditionalSenseCode;
  UCHAR AdditionalSenseCodeQualifier;
  UCHAR Reserved3[3];
  UCHAR AdditionalSenseLength;
  UCHAR DescriptorBuffer[ANYSIZE_ARRAY];
} DESCRIPTOR_SENSE_DATA, *PDESCRIPTOR_SENSE_DATA;

typedef struct _SCSI_SENSE_DESCRIPTOR_HEADER {
  UCHAR DescriptorType;
  UCHAR AdditionalLength;
} SCSI_SENSE_DESCRIPTOR_HEADER, *PSCSI_SENSE_DESCRIPTOR_HEADER;

/* ATA Status Return sense data descriptor (SAT-4 12.2.2.7). */
#define SCSI_SENSE_DESCRIPTOR_TYPE_ATA_STATUS_RETURN 0x09

typedef struct _SCSI_SENSE_DESCRIPTOR_ATA_STATUS_RETURN {
  SCSI_SENSE_DESCRIPTOR_HEADER Header;
  UCHAR Extend : 1;
  UCHAR Reserved0 : 7;
  UCHAR Error;
  UCHAR SectorCount15_8;
  UCHAR SectorCount7_0;
  UCHAR LbaLow15_8;
  UCHAR LbaLow7_0;
  UCHAR LbaMid15_8;
  UCHAR LbaMid7_0;
  UCHAR LbaHigh15_8;
  UCHAR LbaHigh7_0;
  UCHAR Device;
  UCHAR Status;
} SCSI_SENSE_DESCRIPTOR_ATA_STATUS_RETURN,
    *PSCSI_SENSE_DESCRIPTOR_ATA_STATUS_RETURN;

/* READ CAPACITY (16) parameter data (SBC-4 5.20.2). */
typedef struct _READ_CAPACITY16_DATA {
  LARGE_INTEGER LogicalBlockAddress;
  ULONG BytesPerBlock;
  UCHAR ProtectionEnable : 1;
  UCHAR ProtectionType : 3;
  UCHAR Reserved : 4;
  UCHAR LogicalPerPhysicalExponent : 4;
  UCHAR Reserved1 : 4;
  UCHAR LowestAlignedBlock_MSB : 6;
  UCHAR LBPRZ : 1;
  UCHAR LBPME : 1;
  UCHAR LowestAlignedBlock_LSB;
  UCHAR Reserved3[16];
} READ_CAPACITY16_DATA, *PREAD_CAPACITY16_DATA;

/* UNMAP parameter list (SBC-4 5.32.2). */
typedef struct _UNMAP_BLOCK_DESCRIPTOR {
  UCHAR StartingLba[8];
  UCHAR LbaCount[4];
  UCHAR Reserved[4];
} UNMAP_BLOCK_DESCRIPTOR, *PUNMAP_BLOCK_DESCRIPTOR;

typedef struct _UNMAP_LIST_HEADER {
  UCHAR DataLength[2];
  UCHAR BlockDescrDataLength[2];
  UCHAR Reserved[4];
  UNMAP_BLOCK_DESCRIPTOR Descriptors[0];
} UNMAP_LIST_HEADER, *PUNMAP_LIST_HEADER;

/* Vital product data pages (SPC-5 7.8, SBC-4 6.6, SAT-4 12.4). */
#ifndef VPD_EXTENDED_INQUIRY_DATA
#define VPD_EXTENDED_INQUIRY_DATA 0x86
#endif
#ifndef VPD_ATA_INFORMATION
#define VPD_ATA_INFORMATION 0x89
#endif
#ifndef VPD_BLOCK_LIMITS
#define VPD_BLOCK_LIMITS 0xB0
#endif
#ifndef VPD_BLOCK_DEVICE_CHARACTERISTICS
#define VPD_BLOCK_DEVICE_CHARACTERISTICS 0xB1
#endif
#ifndef VPD_LOGICAL_BLOCK_PROVISIONING
#define VPD_LOGICAL_BLOCK_PROVISIONING 0xB2
#endif

typedef struct _VPD_EXTENDED_INQUIRY_DATA_PAGE {
  UCHAR DeviceType : 5;
  UCHAR DeviceTypeQualifier : 3;
  UCHAR PageCode;
  UCHAR PageLength[2];
  UCHAR RefChk : 1;
  UCHAR AppChk : 1;
  UCHAR GrdChk : 1;
  UCHAR Spt : 3;
  UCHAR ActivateMicrocode : 2;
  UCHAR SimpSup : 1;
  UCHAR OrdSup : 1;
  UCHAR HeadSup : 1;
  UCHAR PriorSup : 1;
  UCHAR GroupSup : 1;
  UCHAR UaskSup : 1;
  UCHAR Reserved0 : 2;
  UCHAR VSup : 1;
  UCHAR NvSup : 1;
  UCHAR CrdSup : 1;
  UCHAR WuSup : 1;
  UCHAR Reserved1 : 4;
  UCHAR LuiClr : 1;
  UCHAR Reserved2 : 3;
  UCHAR PIISup : 1;
  UCHAR Reserved3 : 3;
  UCHAR Reserved4 : 4;
  UCHAR HssRelef : 1;
  UCHAR Reserved5 : 1;
  UCHAR RtdSup : 1;
  UCHAR RSup : 1;
  UCHAR LuCollType : 3;
  UCHAR Reserved6 : 4;
  UCHAR MultiITNexusMicrocodeDownload : 4;
  UCHAR ExtendedSelfTestCompletionMinutes[2];
  UCHAR Reserved7 : 5;
  UCHAR VsaSup : 1;
  UCHAR HraSup : 1;
  UCHAR PoaSup : 1;
  UCHAR MaxSupportedSenseDataLength;
  UCHAR Reserved8[50];
} VPD_EXTENDED_INQUIRY_DATA_PAGE, *PVPD_EXTENDED_INQUIRY_DATA_PAGE;

typedef struct _VPD_ATA_INFORMATION_PAGE {
  UCHAR DeviceType : 5;
  UCHAR DeviceTypeQualifier : 3;
  UCHAR PageCode;
  UCHAR PageLength[2];
  UCHAR Reserved0[4];
  UCHAR VendorId[8];
  UCHAR ProductId[16];
  UCHAR ProductRevisionLevel[4];
  UCHAR DeviceSignature[20];
  UCHAR CommandCode;
  UCHAR Reserved1[3];
  UCHAR IdentifyDeviceData[512];
} VPD_ATA_INFORMATION_PAGE, *PVPD_ATA_INFORMATION_PAGE;

typedef struct _VPD_BLOCK_LIMITS_PAGE {
  UCHAR DeviceType : 5;
  UCHAR DeviceTypeQualifier : 3;
  UCHAR PageCode;
  UCHAR PageLength[2];
  union {
    struct {
      union {
        UCHAR Reserved0;
        struct {
          UCHAR WSNZ : 1;
          UCHAR Reserved0Bits : 7;
        };
      };
      UCHAR MaximumCompareAndWriteLength;
      UCHAR OptimalTransferLengthGranularity[2];
      UCHAR MaximumTransferLength[4];
      UCHAR OptimalTransferLength[4];
      UCHAR MaxPrefetchXDReadXDWriteTransferLength[4];
      UCHAR MaximumUnmapLBACount[4];
      UCHAR MaximumUnmapBlockDescriptorCount[4];
      UCHAR OptimalUnmapGranularity[4];
      union {
        struct {
          UCHAR UnmapGranularityAlignmentByte3 : 7;
          UCHAR UGAValid : 1;
          UCHAR UnmapGranularityAlignmentByte2;
          UCHAR UnmapGranularityAlignmentByte1;
          UCHAR UnmapGranularityAlignmentByte0;
        };
        UCHAR UnmapGranularityAlignment[4];
      };
      UCHAR MaxWriteSameLength[8];
      UCHAR MaxAtomicTransferLength[4];
      UCHAR AtomicAlignment[4];
      UCHAR AtomicTransferLengthGranularity[4];
      UCHAR MaxAtomicTransferLengthWithAtomicBoundary[4];
      UCHAR MaxAtomicBoundarySize[4];
    };
    UCHAR Descriptors[0];
  };
} VPD_BLOCK_LIMITS_PAGE, *PVPD_BLOCK_LIMITS_PAGE;

typedef struct _VPD_BLOCK_DEVICE_CHARACTERISTICS_PAGE {
  UCHAR DeviceType : 5;
  UCHAR DeviceTypeQualifier : 3;
  UCHAR PageCode;
  UCHAR Reserved0;
  UCHAR PageLength;
  UCHAR MediumRotationRateMsb;
  UCHAR MediumRotationRateLsb;
  UCHAR MediumProductType;
  UCHAR NominalFormFactor : 4;
  UCHAR Reserved1 : 2;
  UCHAR WACEREQ : 2;
  UCHAR WABEREQ : 2;
  UCHAR FUAB : 1;
  UCHAR VBULS : 1;
  UCHAR Reserved2 : 4;
  UCHAR Reserved3[55];
} VPD_BLOCK_DEVICE_CHARACTERISTICS_PAGE,
    *PVPD_BLOCK_DEVICE_CHARACTERISTICS_PAGE;

/* Logical block provisioning VPD page: ProvisioningType values. */
#define PROVISIONING_TYPE_UNKNOWN 0x0
#define PROVISIONING_TYPE_RESOURCE 0x1
#define PROVISIONING_TYPE_THIN 0x2

typedef struct _VPD_LOGICAL_BLOCK_PROVISIONING_PAGE {
  UCHAR DeviceType : 5;
  UCHAR DeviceTypeQualifier : 3;
  UCHAR PageCode;
  UCHAR PageLength[2];
  UCHAR ThresholdExponent;
  UCHAR DP : 1;
  UCHAR ANC_SUP : 1;
  UCHAR LBPRZ : 1;
  UCHAR Reserved0 : 2;
  UCHAR LBPWS10 : 1;
  UCHAR LBPWS : 1;
  UCHAR LBPU : 1;
  UCHAR ProvisioningType : 3;
  UCHAR Reserved1 : 5;
  UCHAR Reserved2;
  UCHAR ProvisioningGroupDescr[ANYSIZE_ARRAY];
} VPD_LOGICAL_BLOCK_PROVISIONING_PAGE, *PVPD_LOGICAL_BLOCK_PROVISIONING_PAGE;

/* READ BUFFER error history (SPC-5 6.17.9) and WRITE BUFFER mode 0Dh. */
#define READ_BUFFER_MODE_ERROR_HISTORY 0x1C
#define BUFFER_ID_RETURN_ERROR_HISTORY_DIRECTORY 0x00
#define BUFFER_ID_RETURN_ERROR_HISTORY_DIRECTORY_CREATE_NEW 0x01
#define BUFFER_ID_RETURN_ERROR_HISTORY_MINIMUM_THRESHOLD 0x10
#define BUFFER_ID_RETURN_ERROR_HISTORY_MAXIMUM_THRESHOLD 0xEF
#define BUFFER_SOURCE_UNKNOWN 0x0
#define BUFFER_SOURCE_CREATED_DUE_TO_CURRENT_COMMAND 0x1
#define BUFFER_SOURCE_CREATED_DUE_TO_OTHER 0x2
#define BUFFER_FORMAT_VENDOR_SPECIFIC 0x00
#define BUFFER_FORMAT_CURRENT_INTERNAL_STATUS_DATA 0x01
#define BUFFER_FORMAT_SAVED_INTERNAL_STATUS_DATA 0x02
#define SCSI_WRITE_BUFFER_MODE_0D_MODE_SPECIFIC_PO_ACT 0x04
#define SCSI_WRITE_BUFFER_MODE_0D_MODE_SPECIFIC_HR_ACT 0x02

typedef struct _ERROR_HISTORY_DIRECTORY_ENTRY {
  UCHAR SupportedBufferId;
  UCHAR BufferFormat;
  UCHAR BufferSource : 4;
  UCHAR Reserved : 4;
  UCHAR Reserved2;
  UCHAR MaxAvailableLength[4];
} ERROR_HISTORY_DIRECTORY_ENTRY, *PERROR_HISTORY_DIRECTORY_ENTRY;

typedef struct _ERROR_HISTORY_DIRECTORY {
  UCHAR T10VendorId[8];
  UCHAR Version;
  UCHAR EHS_Retrieved : 2;
  UCHAR EHS_Source : 2;
  UCHAR CLR_Support : 1;
  UCHAR Reserved : 3;
  UCHAR Reserved2[22];
  UCHAR DirectoryLength[2];
  ERROR_HISTORY_DIRECTORY_ENTRY ErrorHistoryDirectoryList[ANYSIZE_ARRAY];
} ERROR_HISTORY_DIRECTORY, *PERROR_HISTORY_DIRECTORY;

/* Current internal status parameter data (SPC-5 6.17.10). */
typedef struct _CURRENT_INTERNAL_STATUS_PARAMETER_DATA {
  UCHAR LogIdentifier;
  UCHAR Reserved[3];
  UCHAR IEEECompanyId[4];
  UCHAR CurrentInternalStatusDataSetOneLength[2];
  UCHAR CurrentInternalStatusDataSetTwoLength[2];
  UCHAR CurrentInternalStatusDataSetThreeLength[2];
  UCHAR CurrentInternalStatusDataSetFourLength[4];
  UCHAR Reserved1[364];
  UCHAR NewSavedDataAvailable;
  UCHAR SavedDataGenerationNumber;
  UCHAR CurrentReasonIdentifier[128];
  UCHAR CurrentInternalStatusData[ANYSIZE_ARRAY];
} CURRENT_INTERNAL_STATUS_PARAMETER_DATA,
    *PCURRENT_INTERNAL_STATUS_PARAMETER_DATA;

/* GET PHYSICAL ELEMENT STATUS parameter data (SBC-4 5.7.2). */
typedef struct _PHYSICAL_ELEMENT_STATUS_DATA_DESCRIPTOR {
  UCHAR Reserved1[4];
  UCHAR ElementIdentifier[4];
  UCHAR Reserved2[6];
  UCHAR PhysicalElementType;
  UCHAR PhysicalElementHealth;
  UCHAR AssociatedCapacity[8];
  UCHAR Reserved3[8];
} PHYSICAL_ELEMENT_STATUS_DATA_DESCRIPTOR,
    *PPHYSICAL_ELEMENT_STATUS_DATA_DESCRIPTOR;

typedef struct _PHYSICAL_ELEMENT_STATUS_PARAMETER_DATA {
  UCHAR DescriptorCount[4];
  UCHAR ReturnedDescriptorCount[4];
  UCHAR ElementIdentifierBeingDepoped[4];
  UCHAR Reserved[20];
  PHYSICAL_ELEMENT_STATUS_DATA_DESCRIPTOR Descriptors[ANYSIZE_ARRAY];
} PHYSICAL_ELEMENT_STATUS_PARAMETER_DATA,
    *PPHYSICAL_ELEMENT_STATUS_PARAMETER_DATA;

#pragma pack(pop)

#endif /* STORPORT_SHIM_SCSI_EXTRAS_H */
