/*
 * scsiwmi.h - clean-room SCSI/Storport miniport WMI library interface.
 *
 * Part of the storport-race-check WDK shim, written from Microsoft's public
 * documentation (the scsiwmi.h DDI reference in
 * MicrosoftDocs/windows-driver-docs-ddi). It is NOT Microsoft's header and
 * shares no text with it or with mingw-w64. It declares the WMI helper
 * library a miniport links (scsiwmi.lib) so that drivers which handle
 * SRB_FUNCTION_WMI parse; use it for static analysis only.
 */

#ifndef _SCSIWMI_
#define _SCSIWMI_
/* The guard mingw-w64's scsiwmi.h uses, so it never adds a second copy. */
#ifndef __SCSIWMI_H
#define __SCSIWMI_H
#endif

#include <storport.h>
#include <wmistr.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Per-request context the library keeps [DDI ns-scsiwmi-scsiwmi_request_context]. */
typedef struct _SCSIWMI_REQUEST_CONTEXT {
    PVOID UserContext;
    ULONG BufferSize;
    PUCHAR Buffer;
    UCHAR MinorFunction;
    UCHAR ReturnStatus;
    ULONG ReturnSize;
} SCSIWMI_REQUEST_CONTEXT, *PSCSIWMI_REQUEST_CONTEXT;

/* One registered data block [DDI ns-scsiwmi-scsiwmiguidreginfo]. */
typedef struct _SCSIWMIGUIDREGINFO {
    LPCGUID Guid;
    ULONG InstanceCount;
    ULONG Flags;
} SCSIWMIGUIDREGINFO, *PSCSIWMIGUIDREGINFO;

/* [DDI ne-scsiwmi-scsiwmi_enable_disable_control] */
typedef enum {
    ScsiWmiEventControl,
    ScsiWmiDataBlockControl
} SCSIWMI_ENABLE_DISABLE_CONTROL;

/* Miniport callbacks [DDI nc-scsiwmi-pscsiwmi_*]. Each returns an SRB
 * status (SRB_STATUS_PENDING when it completes later). */
typedef UCHAR (*PSCSIWMI_QUERY_REGINFO)(PVOID DeviceContext,
                                        PSCSIWMI_REQUEST_CONTEXT RequestContext,
                                        PWCHAR *MofResourceName);

typedef BOOLEAN (*PSCSIWMI_QUERY_DATABLOCK)(PVOID Context,
                                            PSCSIWMI_REQUEST_CONTEXT DispatchContext,
                                            ULONG GuidIndex, ULONG InstanceIndex,
                                            ULONG InstanceCount,
                                            PULONG InstanceLengthArray,
                                            ULONG BufferAvail, PUCHAR Buffer);

typedef BOOLEAN (*PSCSIWMI_SET_DATABLOCK)(PVOID DeviceContext,
                                          PSCSIWMI_REQUEST_CONTEXT RequestContext,
                                          ULONG GuidIndex, ULONG InstanceIndex,
                                          ULONG BufferSize, PUCHAR Buffer);

typedef BOOLEAN (*PSCSIWMI_SET_DATAITEM)(PVOID DeviceContext,
                                         PSCSIWMI_REQUEST_CONTEXT RequestContext,
                                         ULONG GuidIndex, ULONG InstanceIndex,
                                         ULONG DataItemId, ULONG BufferSize,
                                         PUCHAR Buffer);

typedef BOOLEAN (*PSCSIWMI_EXECUTE_METHOD)(PVOID DeviceContext,
                                           PSCSIWMI_REQUEST_CONTEXT RequestContext,
                                           ULONG GuidIndex, ULONG InstanceIndex,
                                           ULONG MethodId, ULONG InBufferSize,
                                           ULONG OutBufferSize, PUCHAR Buffer);

typedef BOOLEAN (*PSCSIWMI_FUNCTION_CONTROL)(PVOID DeviceContext,
                                             PSCSIWMI_REQUEST_CONTEXT RequestContext,
                                             ULONG GuidIndex,
                                             SCSIWMI_ENABLE_DISABLE_CONTROL Function,
                                             BOOLEAN Enable);

/* The miniport's WMI registration [DDI ns-scsiwmi-_scsiwmilib_context]. */
typedef struct _SCSIWMILIB_CONTEXT {
    ULONG GuidCount;
    PSCSIWMIGUIDREGINFO GuidList;
    PSCSIWMI_QUERY_REGINFO QueryWmiRegInfo;
    PSCSIWMI_QUERY_DATABLOCK QueryWmiDataBlock;
    PSCSIWMI_SET_DATABLOCK SetWmiDataBlock;
    PSCSIWMI_SET_DATAITEM SetWmiDataItem;
    PSCSIWMI_EXECUTE_METHOD ExecuteWmiMethod;
    PSCSIWMI_FUNCTION_CONTROL WmiFunctionControl;
} SCSI_WMILIB_CONTEXT, *PSCSI_WMILIB_CONTEXT;

/* Library routines [DDI nf-scsiwmi-*]. */
BOOLEAN ScsiPortWmiDispatchFunction(PSCSI_WMILIB_CONTEXT WmiLibInfo, UCHAR MinorFunction,
                                    PVOID DeviceContext,
                                    PSCSIWMI_REQUEST_CONTEXT RequestContext,
                                    PVOID DataPath, ULONG BufferSize, PVOID Buffer);

VOID ScsiPortWmiPostProcess(PSCSIWMI_REQUEST_CONTEXT RequestContext, UCHAR SrbStatus,
                            ULONG BufferUsed);

#define ScsiPortWmiGetReturnStatus(RequestContext) ((RequestContext)->ReturnStatus)
#define ScsiPortWmiGetReturnSize(RequestContext) ((RequestContext)->ReturnSize)

VOID ScsiPortWmiFireLogicalUnitEvent(PVOID HwDeviceExtension, UCHAR PathId,
                                     UCHAR TargetId, UCHAR Lun, LPGUID Guid,
                                     ULONG InstanceIndex, ULONG EventDataSize,
                                     PVOID EventData);

#define ScsiPortWmiFireAdapterEvent(HwDeviceExtension, Guid, InstanceIndex, \
                                    EventDataSize, EventData)               \
    ScsiPortWmiFireLogicalUnitEvent(HwDeviceExtension, 0xFF, 0, 0, Guid,    \
                                    InstanceIndex, EventDataSize, EventData)

PWCHAR ScsiPortWmiGetInstanceName(PSCSIWMI_REQUEST_CONTEXT RequestContext);

PVOID ScsiPortWmiSetInstanceName(PSCSIWMI_REQUEST_CONTEXT RequestContext,
                                 ULONG InstanceIndex, ULONG InstanceNameLength,
                                 PULONG BufferAvail, PULONG SizeNeeded);

PVOID ScsiPortWmiSetData(PSCSIWMI_REQUEST_CONTEXT RequestContext, ULONG InstanceIndex,
                         ULONG DataLength, PULONG BufferAvail, PULONG SizeNeeded);

BOOLEAN ScsiPortWmiSetInstanceCount(PSCSIWMI_REQUEST_CONTEXT RequestContext,
                                    ULONG InstanceCount, PULONG BufferAvail,
                                    PULONG SizeNeeded);

#ifdef __cplusplus
}
#endif

#endif /* _SCSIWMI_ */
