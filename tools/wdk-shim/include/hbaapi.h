/*
 * hbaapi.h - clean-room Fibre Channel / SM-HBA API constants and types.
 *
 * Part of the storport-race-check WDK shim. Written from the public
 * documentation (Microsoft's "HBA_STATUS" and HBA WMI class pages and the
 * T11 FC-HBA / SM-HBA specifications the values come from). It is NOT
 * Microsoft's header and shares no text with it. Miniports that implement
 * the HBA WMI classes use these status, port-type and port-state codes;
 * use this header for static analysis only.
 */

#ifndef _HBAAPI_H_
#define _HBAAPI_H_

#ifdef __cplusplus
extern "C" {
#endif

typedef ULONG HBA_STATUS;
typedef ULONG HBA_HANDLE;
typedef ULONG HBA_UINT32;
typedef ULONGLONG HBA_UINT64;
typedef LONGLONG HBA_INT64;
typedef USHORT HBA_UINT16;
typedef UCHAR HBA_UINT8;
typedef HBA_UINT32 HBA_PORTTYPE;
typedef HBA_UINT32 HBA_PORTSTATE;
typedef HBA_UINT32 HBA_PORTSPEED;
typedef HBA_UINT32 HBA_COS;
typedef HBA_UINT32 HBA_BIND_TYPE;
typedef HBA_UINT32 HBA_BIND_CAPABILITY;

typedef struct HBA_wwn {
    UCHAR wwn[8];
} HBA_WWN, *PHBA_WWN;

typedef struct HBA_fc4types {
    UCHAR bits[32];
} HBA_FC4TYPES, *PHBA_FC4TYPES;

/* Status codes (FC-HBA; 35 and 36 from SM-HBA). */
#define HBA_STATUS_OK                           0
#define HBA_STATUS_ERROR                        1
#define HBA_STATUS_ERROR_NOT_SUPPORTED          2
#define HBA_STATUS_ERROR_INVALID_HANDLE         3
#define HBA_STATUS_ERROR_ARG                    4
#define HBA_STATUS_ERROR_ILLEGAL_WWN            5
#define HBA_STATUS_ERROR_ILLEGAL_INDEX          6
#define HBA_STATUS_ERROR_MORE_DATA              7
#define HBA_STATUS_ERROR_STALE_DATA             8
#define HBA_STATUS_SCSI_CHECK_CONDITION         9
#define HBA_STATUS_ERROR_BUSY                   10
#define HBA_STATUS_ERROR_TRY_AGAIN              11
#define HBA_STATUS_ERROR_UNAVAILABLE            12
#define HBA_STATUS_ERROR_ELS_REJECT             13
#define HBA_STATUS_ERROR_INVALID_LUN            14
#define HBA_STATUS_ERROR_INCOMPATIBLE           15
#define HBA_STATUS_ERROR_AMBIGUOUS_WWN          16
#define HBA_STATUS_ERROR_LOCAL_BUS              17
#define HBA_STATUS_ERROR_LOCAL_TARGET           18
#define HBA_STATUS_ERROR_LOCAL_LUN              19
#define HBA_STATUS_ERROR_LOCAL_SCSIID_BOUND     20
#define HBA_STATUS_ERROR_TARGET_FCID            21
#define HBA_STATUS_ERROR_TARGET_NODE_WWN        22
#define HBA_STATUS_ERROR_TARGET_PORT_WWN        23
#define HBA_STATUS_ERROR_TARGET_LUN             24
#define HBA_STATUS_ERROR_TARGET_LUID            25
#define HBA_STATUS_ERROR_NO_SUCH_BINDING        26
#define HBA_STATUS_ERROR_NOT_A_TARGET           27
#define HBA_STATUS_ERROR_UNSUPPORTED_FC4        28
#define HBA_STATUS_ERROR_INCAPABLE              29
#define HBA_STATUS_ERROR_TARGET_BUSY            30
#define HBA_STATUS_ERROR_NOT_LOADED             31
#define HBA_STATUS_ERROR_ALREADY_LOADED         32
#define HBA_STATUS_ERROR_ILLEGAL_FCID           33
#define HBA_STATUS_ERROR_NOT_ASCSIDEVICE        34
#define HBA_STATUS_ERROR_INVALID_PROTOCOL_TYPE  35
#define HBA_STATUS_ERROR_BAD_EVENT_TYPE         36

/* Port types. */
#define HBA_PORTTYPE_UNKNOWN                    1
#define HBA_PORTTYPE_OTHER                      2
#define HBA_PORTTYPE_NOTPRESENT                 3
#define HBA_PORTTYPE_NPORT                      5
#define HBA_PORTTYPE_NLPORT                     6
#define HBA_PORTTYPE_FLPORT                     7
#define HBA_PORTTYPE_FPORT                      8
#define HBA_PORTTYPE_EPORT                      9
#define HBA_PORTTYPE_GPORT                      10
#define HBA_PORTTYPE_LPORT                      20
#define HBA_PORTTYPE_PTP                        21
#define HBA_PORTTYPE_SASDEVICE                  30
#define HBA_PORTTYPE_SATADEVICE                 31
#define HBA_PORTTYPE_SASEXPANDER                32

/* Port states. */
#define HBA_PORTSTATE_UNKNOWN                   1
#define HBA_PORTSTATE_ONLINE                    2
#define HBA_PORTSTATE_OFFLINE                   3
#define HBA_PORTSTATE_BYPASSED                  4
#define HBA_PORTSTATE_DIAGNOSTICS               5
#define HBA_PORTSTATE_LINKDOWN                  6
#define HBA_PORTSTATE_ERROR                     7
#define HBA_PORTSTATE_LOOPBACK                  8
#define HBA_PORTSTATE_DEGRADED                  9

/* Port speeds (bit mask). */
#define HBA_PORTSPEED_UNKNOWN                   0
#define HBA_PORTSPEED_1GBIT                     1
#define HBA_PORTSPEED_2GBIT                     2
#define HBA_PORTSPEED_10GBIT                    4
#define HBA_PORTSPEED_4GBIT                     8
#define HBA_PORTSPEED_8GBIT                     16
#define HBA_PORTSPEED_16GBIT                    32
#define HBA_PORTSPEED_32GBIT                    64
#define HBA_PORTSPEED_20GBIT                    128
#define HBA_PORTSPEED_40GBIT                    256
#define HBA_PORTSPEED_NOT_NEGOTIATED            (1 << 15)

/* SAS port protocols (SM-HBA). */
#define HBA_SASPORTPROTOCOL_SSP                 1
#define HBA_SASPORTPROTOCOL_STP                 2
#define HBA_SASPORTPROTOCOL_SMP                 4
#define HBA_SASPORTPROTOCOL_SATA                8

/* SM-HBA protocol types for SM_GetProtocolStatistics. */
#define HBA_PROTOCOLTYPE_SCSIFCP                1
#define HBA_PROTOCOLTYPE_IPFC                   2
#define HBA_PROTOCOLTYPE_SSP                    3
#define HBA_PROTOCOLTYPE_STP                    4
#define HBA_PROTOCOLTYPE_SMP                    5

/* SAS phy link rates (SM-HBA). */
#define HBA_SASSTATE_UNKNOWN                    0x00
#define HBA_SASSTATE_DISABLED                   0x01
#define HBA_SASSTATE_FAILED                     0x02
#define HBA_SASSTATE_SATASPINUP                 0x03
#define HBA_SASSTATE_SATAPORTSEL                0x04
#define HBA_SASSPEED_1_5GBIT                    0x08
#define HBA_SASSPEED_3GBIT                      0x09
#define HBA_SASSPEED_6GBIT                      0x0A
#define HBA_SASSPEED_12GBIT                     0x0B

/* FC phy types (SM-HBA). */
#define HBA_FCPHYTYPE_UNKNOWN                   1
#define HBA_FCPHYTYPE_OPTICAL                   2
#define HBA_FCPHYTYPE_COPPER                    4

/* Persistent-binding capabilities. */
#define HBA_CAN_BIND_TO_D_ID                    0x0001
#define HBA_CAN_BIND_TO_WWPN                    0x0002
#define HBA_CAN_BIND_TO_WWNN                    0x0004
#define HBA_CAN_BIND_TO_LUID                    0x0008
#define HBA_CAN_BIND_ANY_LUNS                   0x0400
#define HBA_CAN_BIND_TARGETS                    0x0800
#define HBA_CAN_BIND_AUTOMAP                    0x1000
#define HBA_CAN_BIND_CONFIGURED                 0x2000

/* Event types. */
#define HBA_EVENT_ADAPTER_UNKNOWN               0x100
#define HBA_EVENT_ADAPTER_ADD                   0x101
#define HBA_EVENT_ADAPTER_REMOVE                0x102
#define HBA_EVENT_ADAPTER_CHANGE                0x103
#define HBA_EVENT_PORT_UNKNOWN                  0x200
#define HBA_EVENT_PORT_OFFLINE                  0x201
#define HBA_EVENT_PORT_ONLINE                   0x202
#define HBA_EVENT_PORT_NEW_TARGETS              0x203
#define HBA_EVENT_PORT_FABRIC                   0x204
#define HBA_EVENT_PORT_BROADCAST_CHANGE         0x205
#define HBA_EVENT_PORT_BROADCAST_D24_0          0x206
#define HBA_EVENT_PORT_BROADCAST_D27_4          0x207
#define HBA_EVENT_PORT_BROADCAST_SES            0x208
#define HBA_EVENT_PORT_BROADCAST_D01_4          0x209
#define HBA_EVENT_PORT_BROADCAST_D04_7          0x20A
#define HBA_EVENT_PORT_BROADCAST_D16_7          0x20B
#define HBA_EVENT_PORT_BROADCAST_D29_7          0x20C
#define HBA_EVENT_PORT_ALL                      0x2FF
#define HBA_EVENT_PORT_STAT_THRESHOLD           0x301
#define HBA_EVENT_PORT_STAT_GROWTH              0x302
#define HBA_EVENT_PHY_STAT_THRESHOLD            0x351
#define HBA_EVENT_PHY_STAT_GROWTH               0x352
#define HBA_EVENT_TARGET_UNKNOWN                0x400
#define HBA_EVENT_TARGET_OFFLINE                0x401
#define HBA_EVENT_TARGET_ONLINE                 0x402
#define HBA_EVENT_TARGET_REMOVED                0x403
#define HBA_EVENT_LINK_UNKNOWN                  0x500
#define HBA_EVENT_LINK_INCIDENT                 0x501

#ifdef __cplusplus
}
#endif

#endif /* _HBAAPI_H_ */
