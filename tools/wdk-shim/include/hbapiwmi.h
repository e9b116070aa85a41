/*
 * hbapiwmi.h - clean-room HBA WMI classes for storage miniports.
 *
 * Part of the storport-race-check WDK shim. Written from Microsoft's public
 * documentation of the HBA WMI classes (the hbapiwmi DDI reference in
 * MicrosoftDocs/windows-driver-docs-ddi); class GUIDs are the published
 * class identifiers. It is NOT Microsoft's (MOF-generated) header and
 * shares no text with it. Only the commonly implemented classes are
 * declared: the FC adapter/port classes (MSFC_HBA_API, the default) and
 * the SM-HBA adapter and port-information classes (MS_SM_HBA_API). String
 * members are fixed WCHAR arrays of the class's maximum length plus one,
 * as WMI lays them out. Use this header for static analysis only.
 */

#ifndef _HBAPIWMI_H_
#define _HBAPIWMI_H_

#ifdef __cplusplus
extern "C" {
#endif

#if !defined(MS_SM_HBA_API) && !defined(MSFC_HBA_API)
#define MSFC_HBA_API
#endif

#ifndef HBA_EVENT_ADAPTER_UNKNOWN
#include <hbaapi.h>
#endif

/* Classes shared by both APIs ------------------------------------------- */

#define MSFC_HBAPortStatisticsGuid \
    { 0x3ce7904f, 0x459f, 0x480d, { 0x9a, 0x3c, 0x01, 0x3e, 0xde, 0x3b, 0xdd, 0xe8 } }
DEFINE_GUID(MSFC_HBAPortStatistics_GUID,
            0x3ce7904f, 0x459f, 0x480d, 0x9a, 0x3c, 0x01, 0x3e, 0xde, 0x3b, 0xdd, 0xe8);

typedef struct _MSFC_HBAPortStatistics {
    LONGLONG SecondsSinceLastReset;
    LONGLONG TxFrames;
    LONGLONG TxWords;
    LONGLONG RxFrames;
    LONGLONG RxWords;
    LONGLONG LIPCount;
    LONGLONG NOSCount;
    LONGLONG ErrorFrames;
    LONGLONG DumpedFrames;
    LONGLONG LinkFailureCount;
    LONGLONG LossOfSyncCount;
    LONGLONG LossOfSignalCount;
    LONGLONG PrimitiveSeqProtocolErrCount;
    LONGLONG InvalidTxWordCount;
    LONGLONG InvalidCRCCount;
} MSFC_HBAPortStatistics, *PMSFC_HBAPortStatistics;

#define MSFC_HBAPortStatistics_SIZE sizeof(MSFC_HBAPortStatistics)

#define HBAFC3MgmtInfoGuid \
    { 0x5966a24f, 0x6aa5, 0x418e, { 0xb7, 0x5c, 0x2f, 0x21, 0x4d, 0xfb, 0x4b, 0x18 } }
DEFINE_GUID(HBAFC3MgmtInfo_GUID,
            0x5966a24f, 0x6aa5, 0x418e, 0xb7, 0x5c, 0x2f, 0x21, 0x4d, 0xfb, 0x4b, 0x18);

typedef struct _HBAFC3MgmtInfo {
    ULONGLONG UniqueAdapterId;
    UCHAR wwn[8];
    ULONG unittype;
    ULONG PortId;
    ULONG NumberOfAttachedNodes;
    USHORT IPVersion;
    USHORT UDPPort;
    UCHAR IPAddress[16];
    USHORT reserved;
    USHORT TopologyDiscoveryFlags;
    ULONG reserved1;
} HBAFC3MgmtInfo, *PHBAFC3MgmtInfo;

#define HBAScsiIDGuid \
    { 0xa76f5058, 0xb1f0, 0x4622, { 0x9e, 0x88, 0x5c, 0xc4, 0x1e, 0x34, 0x45, 0x4a } }
DEFINE_GUID(HBAScsiID_GUID,
            0xa76f5058, 0xb1f0, 0x4622, 0x9e, 0x88, 0x5c, 0xc4, 0x1e, 0x34, 0x45, 0x4a);

typedef struct _HBAScsiID {
    ULONG ScsiBusNumber;
    ULONG ScsiTargetNumber;
    ULONG ScsiOSLun;
    USHORT OSDeviceName[257]; /* counted string: first USHORT is the byte length */
} HBAScsiID, *PHBAScsiID;

#define MSFC_LinkEventGuid \
    { 0xc66015ee, 0x014b, 0x498a, { 0x94, 0x51, 0x99, 0xfe, 0xad, 0x0a, 0xb4, 0x51 } }
DEFINE_GUID(MSFC_LinkEvent_GUID,
            0xc66015ee, 0x014b, 0x498a, 0x94, 0x51, 0x99, 0xfe, 0xad, 0x0a, 0xb4, 0x51);

typedef struct _MSFC_LinkEvent {
    ULONG EventType;
    UCHAR AdapterWWN[8];
    ULONG RLIRBufferSize;
    UCHAR RLIRBuffer[1];
} MSFC_LinkEvent, *PMSFC_LinkEvent;

/* Fibre Channel HBA API classes (MSFC_HBA_API) ---------------------------- */

#ifdef MSFC_HBA_API

#define MSFC_FCAdapterHBAAttributesGuid \
    { 0xf8f3ea26, 0xab2c, 0x4593, { 0x8b, 0x84, 0xc5, 0x64, 0x28, 0xe6, 0xbe, 0xdb } }
DEFINE_GUID(MSFC_FCAdapterHBAAttributes_GUID,
            0xf8f3ea26, 0xab2c, 0x4593, 0x8b, 0x84, 0xc5, 0x64, 0x28, 0xe6, 0xbe, 0xdb);

/* [DDI ns-hbapiwmi-_msfc_fcadapterhbaattributes] */
typedef struct _MSFC_FCAdapterHBAAttributes {
    ULONGLONG UniqueAdapterId;
    ULONG HBAStatus;
    UCHAR NodeWWN[8];
    ULONG VendorSpecificID;
    ULONG NumberOfPorts;
    WCHAR Manufacturer[64 + 1];
    WCHAR SerialNumber[64 + 1];
    WCHAR Model[256 + 1];
    WCHAR ModelDescription[256 + 1];
    WCHAR NodeSymbolicName[256 + 1];
    WCHAR HardwareVersion[256 + 1];
    WCHAR DriverVersion[256 + 1];
    WCHAR OptionROMVersion[256 + 1];
    WCHAR FirmwareVersion[256 + 1];
    WCHAR DriverName[256 + 1];
    WCHAR MfgDomain[256 + 1];
} MSFC_FCAdapterHBAAttributes, *PMSFC_FCAdapterHBAAttributes;

#define MSFC_HBAPortAttributesResultsGuid \
    { 0xa76bd4e3, 0x9961, 0x4d9b, { 0xb6, 0xbe, 0x86, 0xe6, 0x98, 0x26, 0x0f, 0x68 } }
DEFINE_GUID(MSFC_HBAPortAttributesResults_GUID,
            0xa76bd4e3, 0x9961, 0x4d9b, 0xb6, 0xbe, 0x86, 0xe6, 0x98, 0x26, 0x0f, 0x68);

/* [DDI ns-hbapiwmi-_msfc_hbaportattributesresults] */
typedef struct _MSFC_HBAPortAttributesResults {
    UCHAR NodeWWN[8];
    UCHAR PortWWN[8];
    ULONG PortFcId;
    ULONG PortType;
    ULONG PortState;
    ULONG PortSupportedClassofService;
    UCHAR PortSupportedFc4Types[32];
    UCHAR PortActiveFc4Types[32];
    ULONG PortSupportedSpeed;
    ULONG PortSpeed;
    ULONG PortMaxFrameSize;
    UCHAR FabricName[8];
    ULONG NumberofDiscoveredPorts;
} MSFC_HBAPortAttributesResults, *PMSFC_HBAPortAttributesResults;

#define MSFC_HBAPortAttributesResults_SIZE sizeof(MSFC_HBAPortAttributesResults)

#define MSFC_FibrePortHBAAttributesGuid \
    { 0x61b397fd, 0xf5ae, 0x4950, { 0x97, 0x58, 0x0e, 0xe5, 0x98, 0xe3, 0xc6, 0xe6 } }
DEFINE_GUID(MSFC_FibrePortHBAAttributes_GUID,
            0x61b397fd, 0xf5ae, 0x4950, 0x97, 0x58, 0x0e, 0xe5, 0x98, 0xe3, 0xc6, 0xe6);

/* [DDI ns-hbapiwmi-_msfc_fibreporthbaattributes] */
typedef struct _MSFC_FibrePortHBAAttributes {
    ULONGLONG UniquePortId;
    ULONG HBAStatus;
    MSFC_HBAPortAttributesResults Attributes;
} MSFC_FibrePortHBAAttributes, *PMSFC_FibrePortHBAAttributes;

/* [DDI ns-hbapiwmi-_msfc_fibreporthbastatistics] */
typedef struct _MSFC_FibrePortHBAStatistics {
    ULONGLONG UniquePortId;
    ULONG HBAStatus;
    MSFC_HBAPortStatistics Statistics;
} MSFC_FibrePortHBAStatistics, *PMSFC_FibrePortHBAStatistics;

#endif /* MSFC_HBA_API */

/* SM-HBA classes (MS_SM_HBA_API) ------------------------------------------ */

#ifdef MS_SM_HBA_API

#define MS_SM_AdapterInformationQueryGuid \
    { 0xbdc67efa, 0xe5e7, 0x4777, { 0xb1, 0x3c, 0x62, 0x14, 0x59, 0x65, 0x70, 0x99 } }
DEFINE_GUID(MS_SM_AdapterInformationQuery_GUID,
            0xbdc67efa, 0xe5e7, 0x4777, 0xb1, 0x3c, 0x62, 0x14, 0x59, 0x65, 0x70, 0x99);

/* [DDI ns-hbapiwmi-_ms_sm_adapterinformationquery] */
typedef struct _MS_SM_AdapterInformationQuery {
    ULONGLONG UniqueAdapterId;
    ULONG HBAStatus;
    ULONG NumberOfPorts;
    ULONG VendorSpecificID;
    WCHAR Manufacturer[64 + 1];
    WCHAR SerialNumber[64 + 1];
    WCHAR Model[256 + 1];
    WCHAR ModelDescription[256 + 1];
    WCHAR HardwareVersion[256 + 1];
    WCHAR DriverVersion[256 + 1];
    WCHAR OptionROMVersion[256 + 1];
    WCHAR FirmwareVersion[256 + 1];
    WCHAR DriverName[256 + 1];
    WCHAR HBASymbolicName[256 + 1];
    WCHAR RedundantOptionROMVersion[256 + 1];
    WCHAR RedundantFirmwareVersion[256 + 1];
    WCHAR MfgDomain[256 + 1];
} MS_SM_AdapterInformationQuery, *PMS_SM_AdapterInformationQuery;

/* Port-type specific attributes [DDI ns-hbapiwmi-_ms_smhba_fc_port,
 * _ms_smhba_sas_port]. */
typedef struct _MS_SMHBA_FC_Port {
    UCHAR NodeWWN[8];
    UCHAR PortWWN[8];
    ULONG FcId;
    ULONG PortSupportedClassofService;
    UCHAR PortSupportedFc4Types[32];
    UCHAR PortActiveFc4Types[32];
    UCHAR FabricName[8];
    ULONG NumberofDiscoveredPorts;
    UCHAR NumberofPhys;
    WCHAR PortSymbolicName[256 + 1];
} MS_SMHBA_FC_Port, *PMS_SMHBA_FC_Port;

typedef struct _MS_SMHBA_SAS_Port {
    ULONG PortProtocol;
    UCHAR LocalSASAddress[8];
    UCHAR AttachedSASAddress[8];
    ULONG NumberofDiscoveredPorts;
    ULONG NumberofPhys;
} MS_SMHBA_SAS_Port, *PMS_SMHBA_SAS_Port;

/* [DDI ns-hbapiwmi-_ms_smhba_portattributes] */
typedef struct _MS_SMHBA_PORTATTRIBUTES {
    ULONG PortType;
    ULONG PortState;
    ULONG PortSpecificAttributesSize;
    WCHAR OSDeviceName[256 + 1];
    ULONGLONG Reserved;
    UCHAR PortSpecificAttributes[1];
} MS_SMHBA_PORTATTRIBUTES, *PMS_SMHBA_PORTATTRIBUTES;

typedef struct _MS_SMHBA_PROTOCOLSTATISTICS {
    LONGLONG SecondsSinceLastReset;
    LONGLONG InputRequests;
    LONGLONG OutputRequests;
    LONGLONG ControlRequests;
    LONGLONG InputMegabytes;
    LONGLONG OutputMegabytes;
} MS_SMHBA_PROTOCOLSTATISTICS, *PMS_SMHBA_PROTOCOLSTATISTICS;

typedef struct _MS_SMHBA_SASPHYSTATISTICS {
    LONGLONG SecondsSinceLastReset;
    LONGLONG TxFrames;
    LONGLONG TxWords;
    LONGLONG RxFrames;
    LONGLONG RxWords;
    LONGLONG InvalidDwordCount;
    LONGLONG RunningDisparityErrorCount;
    LONGLONG LossofDwordSyncCount;
    LONGLONG PhyResetProblemCount;
} MS_SMHBA_SASPHYSTATISTICS, *PMS_SMHBA_SASPHYSTATISTICS;

typedef struct _MS_SMHBA_FC_PHY {
    ULONG PhySupportSpeed;
    ULONG PhySpeed;
    UCHAR PhyType;
    ULONG MaxFrameSize;
} MS_SMHBA_FC_PHY, *PMS_SMHBA_FC_PHY;

typedef struct _MS_SMHBA_SAS_PHY {
    UCHAR PhyIdentifier;
    ULONG NegotiatedLinkRate;
    ULONG ProgrammedMinLinkRate;
    ULONG HardwareMinLinkRate;
    ULONG ProgrammedMaxLinkRate;
    ULONG HardwareMaxLinkRate;
    UCHAR domainPortWWN[8];
} MS_SMHBA_SAS_PHY, *PMS_SMHBA_SAS_PHY;

#define SM_PORT_SPECIFIC_ATTRIBUTES_MAXSIZE \
    (sizeof(MS_SMHBA_FC_Port) > sizeof(MS_SMHBA_SAS_Port) ? sizeof(MS_SMHBA_FC_Port) \
                                                          : sizeof(MS_SMHBA_SAS_Port))

/* MS_SM_PortInformationMethods: method ids and their parameter blocks
 * (UNCONFIRMED method-id numbering: declaration order). */
#define MS_SM_PortInformationMethodsGuid \
    { 0x5b6a8b86, 0x708d, 0x4ec6, { 0x82, 0xa6, 0x39, 0xad, 0xcf, 0x6f, 0x64, 0x33 } }
DEFINE_GUID(MS_SM_PortInformationMethods_GUID,
            0x5b6a8b86, 0x708d, 0x4ec6, 0x82, 0xa6, 0x39, 0xad, 0xcf, 0x6f, 0x64, 0x33);

#define SM_GetPortType                  1
#define SM_GetAdapterPortAttributes     2
#define SM_GetDiscoveredPortAttributes  3
#define SM_GetPortAttributesByWWN       4
#define SM_GetProtocolStatistics        5
#define SM_GetPhyStatistics             6
#define SM_GetFCPhyAttributes           7
#define SM_GetSASPhyAttributes          8
#define SM_RefreshInformation           10

typedef struct _SM_GetPortType_IN {
    ULONG PortIndex;
} SM_GetPortType_IN, *PSM_GetPortType_IN;

typedef struct _SM_GetPortType_OUT {
    ULONG HBAStatus;
    ULONG PortType;
} SM_GetPortType_OUT, *PSM_GetPortType_OUT;

typedef struct _SM_GetAdapterPortAttributes_IN {
    ULONG PortIndex;
    ULONG PortSpecificAttributesMaxSize;
} SM_GetAdapterPortAttributes_IN, *PSM_GetAdapterPortAttributes_IN;

typedef struct _SM_GetAdapterPortAttributes_OUT {
    ULONG HBAStatus;
    MS_SMHBA_PORTATTRIBUTES PortAttributes;
} SM_GetAdapterPortAttributes_OUT, *PSM_GetAdapterPortAttributes_OUT;

typedef struct _SM_GetDiscoveredPortAttributes_IN {
    ULONG PortIndex;
    ULONG DiscoveredPortIndex;
    ULONG PortSpecificAttributesMaxSize;
} SM_GetDiscoveredPortAttributes_IN, *PSM_GetDiscoveredPortAttributes_IN;

typedef struct _SM_GetDiscoveredPortAttributes_OUT {
    ULONG HBAStatus;
    MS_SMHBA_PORTATTRIBUTES PortAttributes;
} SM_GetDiscoveredPortAttributes_OUT, *PSM_GetDiscoveredPortAttributes_OUT;

typedef struct _SM_GetPortAttributesByWWN_IN {
    UCHAR PortWWN[8];
    UCHAR DomainPortWWN[8];
    ULONG PortSpecificAttributesMaxSize;
} SM_GetPortAttributesByWWN_IN, *PSM_GetPortAttributesByWWN_IN;

typedef struct _SM_GetPortAttributesByWWN_OUT {
    ULONG HBAStatus;
    MS_SMHBA_PORTATTRIBUTES PortAttributes;
} SM_GetPortAttributesByWWN_OUT, *PSM_GetPortAttributesByWWN_OUT;

typedef struct _SM_GetProtocolStatistics_IN {
    ULONG PortIndex;
    ULONG ProtocolType;
} SM_GetProtocolStatistics_IN, *PSM_GetProtocolStatistics_IN;

typedef struct _SM_GetProtocolStatistics_OUT {
    ULONG HBAStatus;
    MS_SMHBA_PROTOCOLSTATISTICS ProtocolStatistics;
} SM_GetProtocolStatistics_OUT, *PSM_GetProtocolStatistics_OUT;

typedef struct _SM_GetPhyStatistics_IN {
    ULONG PortIndex;
    ULONG PhyIndex;
    ULONG InNumOfPhyCounters;
} SM_GetPhyStatistics_IN, *PSM_GetPhyStatistics_IN;

typedef struct _SM_GetPhyStatistics_OUT {
    ULONG HBAStatus;
    ULONG TotalNumOfPhyCounters;
    ULONG OutNumOfPhyCounters;
    LONGLONG PhyCounter[1];
} SM_GetPhyStatistics_OUT, *PSM_GetPhyStatistics_OUT;

typedef struct _SM_GetFCPhyAttributes_IN {
    ULONG PortIndex;
    ULONG PhyIndex;
} SM_GetFCPhyAttributes_IN, *PSM_GetFCPhyAttributes_IN;

typedef struct _SM_GetFCPhyAttributes_OUT {
    ULONG HBAStatus;
    MS_SMHBA_FC_PHY PhyType;
} SM_GetFCPhyAttributes_OUT, *PSM_GetFCPhyAttributes_OUT;

typedef struct _SM_GetSASPhyAttributes_IN {
    ULONG PortIndex;
    ULONG PhyIndex;
} SM_GetSASPhyAttributes_IN, *PSM_GetSASPhyAttributes_IN;

typedef struct _SM_GetSASPhyAttributes_OUT {
    ULONG HBAStatus;
    MS_SMHBA_SAS_PHY PhyType;
} SM_GetSASPhyAttributes_OUT, *PSM_GetSASPhyAttributes_OUT;

typedef struct _SM_RefreshInformation_OUT {
    ULONG HBAStatus;
} SM_RefreshInformation_OUT, *PSM_RefreshInformation_OUT;

/* Sizes of the parameter blocks as WMI transfers them: up to the end of
 * the last member (no tail padding). */
#define SMHBA_PARAMS_END_(Type, Member) \
    (FIELD_OFFSET(Type, Member) + sizeof(((Type *)0)->Member))
#define SM_GetPortType_IN_SIZE SMHBA_PARAMS_END_(SM_GetPortType_IN, PortIndex)
#define SM_GetPortType_OUT_SIZE SMHBA_PARAMS_END_(SM_GetPortType_OUT, PortType)
#define SM_GetAdapterPortAttributes_IN_SIZE \
    SMHBA_PARAMS_END_(SM_GetAdapterPortAttributes_IN, PortSpecificAttributesMaxSize)
#define SM_GetAdapterPortAttributes_OUT_SIZE \
    SMHBA_PARAMS_END_(SM_GetAdapterPortAttributes_OUT, PortAttributes)
#define SM_GetDiscoveredPortAttributes_IN_SIZE \
    SMHBA_PARAMS_END_(SM_GetDiscoveredPortAttributes_IN, PortSpecificAttributesMaxSize)
#define SM_GetDiscoveredPortAttributes_OUT_SIZE \
    SMHBA_PARAMS_END_(SM_GetDiscoveredPortAttributes_OUT, PortAttributes)
#define SM_GetPortAttributesByWWN_IN_SIZE \
    SMHBA_PARAMS_END_(SM_GetPortAttributesByWWN_IN, PortSpecificAttributesMaxSize)
#define SM_GetPortAttributesByWWN_OUT_SIZE \
    SMHBA_PARAMS_END_(SM_GetPortAttributesByWWN_OUT, PortAttributes)
#define SM_GetProtocolStatistics_IN_SIZE \
    SMHBA_PARAMS_END_(SM_GetProtocolStatistics_IN, ProtocolType)
#define SM_GetProtocolStatistics_OUT_SIZE \
    SMHBA_PARAMS_END_(SM_GetProtocolStatistics_OUT, ProtocolStatistics)
#define SM_GetPhyStatistics_IN_SIZE \
    SMHBA_PARAMS_END_(SM_GetPhyStatistics_IN, InNumOfPhyCounters)
#define SM_GetFCPhyAttributes_IN_SIZE SMHBA_PARAMS_END_(SM_GetFCPhyAttributes_IN, PhyIndex)
#define SM_GetFCPhyAttributes_OUT_SIZE SMHBA_PARAMS_END_(SM_GetFCPhyAttributes_OUT, PhyType)
#define SM_GetSASPhyAttributes_IN_SIZE SMHBA_PARAMS_END_(SM_GetSASPhyAttributes_IN, PhyIndex)
#define SM_GetSASPhyAttributes_OUT_SIZE SMHBA_PARAMS_END_(SM_GetSASPhyAttributes_OUT, PhyType)

#endif /* MS_SM_HBA_API */

#ifdef __cplusplus
}
#endif

#endif /* _HBAPIWMI_H_ */
