/*
 * What the two simulated Storport header shapes (plain/storport.h and
 * wdk/storport.h) share: types, enums, role typedefs, and the DDIs that both
 * declare as plain functions. Written from Microsoft's public documentation;
 * not the WDK header. Included inside their extern "C" block; do not include
 * directly.
 */
#ifndef SIM_STORPORT_COMMON_H
#define SIM_STORPORT_COMMON_H


/* ---- Basic types (learn.microsoft.com: "Windows Data Types", winnt.h/ntdef.h) ---- */

#ifndef VOID
#define VOID void
#endif
typedef void *PVOID;
typedef char CHAR, CCHAR;
typedef CHAR *PCHAR, *PCCHAR;
typedef const CHAR *PCSTR;
typedef unsigned char UCHAR, *PUCHAR;
typedef UCHAR BOOLEAN, *PBOOLEAN;
typedef short SHORT, *PSHORT;
typedef unsigned short USHORT, *PUSHORT;
#if defined(_WIN32)
typedef long LONG;                    /* LLP64: LONG is 'long' (32-bit). */
typedef unsigned long ULONG;
#else
typedef int LONG;                     /* LP64 host: keep LONG 32-bit. */
typedef unsigned int ULONG;
#endif
typedef LONG *PLONG;
typedef ULONG *PULONG;
typedef long long LONGLONG, LONG64, *PLONG64;
typedef unsigned long long ULONGLONG, ULONG64, *PULONG64;
typedef __INTPTR_TYPE__ LONG_PTR;
typedef __UINTPTR_TYPE__ ULONG_PTR, *PULONG_PTR;
typedef __SIZE_TYPE__ SIZE_T;
typedef UCHAR KIRQL, *PKIRQL;
typedef LONG NTSTATUS;
typedef ULONG_PTR KAFFINITY;

#ifndef TRUE
#define TRUE 1
#endif
#ifndef FALSE
#define FALSE 0
#endif
#ifndef NULL
#ifdef __cplusplus
#define NULL 0
#else
#define NULL ((void *)0)
#endif
#endif

/* ---- Annotation and helper macros (SAL / ntdef.h); all empty here ---- */

#define IN
#define OUT
#define OPTIONAL
#define _Use_decl_annotations_
#ifndef FORCEINLINE
#if defined(_MSC_VER)
#define FORCEINLINE __forceinline
#else
#define FORCEINLINE static __inline
#endif
#endif
#ifndef STORPORT_API
#define STORPORT_API
#endif
#define UNREFERENCED_PARAMETER(P) ((void)(P))
#define FIELD_OFFSET(type, field) ((LONG)__builtin_offsetof(type, field))

/* ---- LARGE_INTEGER / PHYSICAL_ADDRESS (wdm.h "LARGE_INTEGER union") ---- */

typedef union _LARGE_INTEGER {
  struct {
    ULONG LowPart;
    LONG HighPart;
  };
  struct {
    ULONG LowPart;
    LONG HighPart;
  } u;
  LONGLONG QuadPart;
} LARGE_INTEGER, *PLARGE_INTEGER;
typedef LARGE_INTEGER PHYSICAL_ADDRESS, *PPHYSICAL_ADDRESS;
typedef PHYSICAL_ADDRESS STOR_PHYSICAL_ADDRESS, *PSTOR_PHYSICAL_ADDRESS;

/* ---- GROUP_AFFINITY (miniport.h "GROUP_AFFINITY structure") ---- */

typedef struct _GROUP_AFFINITY {
  KAFFINITY Mask;
  USHORT Group;
  USHORT Reserved[3];
} GROUP_AFFINITY, *PGROUP_AFFINITY;

/* ---- Bus/interrupt/DMA enums (wdm.h "INTERFACE_TYPE", "KINTERRUPT_MODE",
 *      "DMA_WIDTH", "DMA_SPEED") ---- */

typedef enum _INTERFACE_TYPE {
  InterfaceTypeUndefined = -1, Internal = 0, Isa, Eisa, MicroChannel,
  TurboChannel, PCIBus, VMEBus, NuBus, PCMCIABus,
  CBus, MPIBus, MPSABus, ProcessorInternal, InternalPowerBus,
  PNPISABus, PNPBus, Vmcs, ACPIBus, MaximumInterfaceType
} INTERFACE_TYPE, *PINTERFACE_TYPE;

typedef enum _KINTERRUPT_MODE { LevelSensitive, Latched } KINTERRUPT_MODE;

typedef enum _DMA_WIDTH {
  Width8Bits, Width16Bits, Width32Bits, Width64Bits, WidthNoWrap, MaximumDmaWidth
} DMA_WIDTH, *PDMA_WIDTH;

typedef enum _DMA_SPEED {
  Compatible, TypeA, TypeB, TypeC, TypeF, MaximumDmaSpeed
} DMA_SPEED, *PDMA_SPEED;

/* ---- Status codes (storport.h: HwStorFindAdapter return values; STOR_STATUS_*
 *      return codes of the extended routines, e.g. StorPortInitializeTimer) ---- */

#define SP_RETURN_NOT_FOUND 0
#define SP_RETURN_FOUND 1
#define SP_RETURN_ERROR 2
#define SP_RETURN_BAD_CONFIG 3

#define STOR_STATUS_SUCCESS 0x00000000
#define STOR_STATUS_UNSUCCESSFUL 0xC1000001
#define STOR_STATUS_NOT_IMPLEMENTED 0xC1000002
#define STOR_STATUS_INSUFFICIENT_RESOURCES 0xC1000003
#define STOR_STATUS_BUFFER_TOO_SMALL 0xC1000004
#define STOR_STATUS_ACCESS_DENIED 0xC1000005
#define STOR_STATUS_INVALID_PARAMETER 0xC1000006
#define STOR_STATUS_INVALID_DEVICE_REQUEST 0xC1000007
#define STOR_STATUS_INVALID_IRQL 0xC1000008
#define STOR_STATUS_INVALID_DEVICE_STATE 0xC1000009
#define STOR_STATUS_INVALID_BUFFER_SIZE 0xC100000A
#define STOR_STATUS_UNSUPPORTED_VERSION 0xC100000B
#define STOR_STATUS_BUSY 0xC100000C

/* ---- SCSI_REQUEST_BLOCK (srb.h "SCSI_REQUEST_BLOCK structure") ---- */

typedef struct _SCSI_REQUEST_BLOCK {
  USHORT Length;
  UCHAR Function, SrbStatus, ScsiStatus, PathId, TargetId, Lun;
  UCHAR QueueTag, QueueAction, CdbLength, SenseInfoBufferLength;
  ULONG SrbFlags, DataTransferLength, TimeOutValue;
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

#define SRB_FUNCTION_EXECUTE_SCSI 0x00
#define SRB_FUNCTION_IO_CONTROL 0x02
#define SRB_FUNCTION_SHUTDOWN 0x07
#define SRB_FUNCTION_FLUSH 0x08
#define SRB_FUNCTION_ABORT_COMMAND 0x10
#define SRB_FUNCTION_RESET_BUS 0x12
#define SRB_FUNCTION_RESET_DEVICE 0x13
#define SRB_FUNCTION_RESET_LOGICAL_UNIT 0x20
#define SRB_FUNCTION_POWER 0x24
#define SRB_FUNCTION_PNP 0x25
#define SRB_FUNCTION_STORAGE_REQUEST_BLOCK 0x28

#define SRB_STATUS_PENDING 0x00
#define SRB_STATUS_SUCCESS 0x01
#define SRB_STATUS_ABORTED 0x02
#define SRB_STATUS_ERROR 0x04
#define SRB_STATUS_BUSY 0x05
#define SRB_STATUS_INVALID_REQUEST 0x06
#define SRB_STATUS_NO_DEVICE 0x08
#define SRB_STATUS_TIMEOUT 0x09
#define SRB_STATUS_BUS_RESET 0x0E
#define SRB_STATUS_BAD_FUNCTION 0x22

#define SRB_FLAGS_DATA_IN 0x00000040
#define SRB_FLAGS_DATA_OUT 0x00000080

/* ---- Miniport callback enums (storport.h "SCSI_ADAPTER_CONTROL_TYPE",
 *      "SCSI_UNIT_CONTROL_TYPE", "HwStorAdapterControl", "HwStorUnitControl") ---- */

typedef enum _SCSI_ADAPTER_CONTROL_TYPE {
  ScsiQuerySupportedControlTypes = 0, ScsiStopAdapter, ScsiRestartAdapter,
  ScsiSetBootConfig, ScsiSetRunningConfig, ScsiPowerSettingNotification,
  ScsiAdapterPower, ScsiAdapterPoFxPowerRequired, ScsiAdapterPoFxPowerActive,
  ScsiAdapterPoFxPowerSetFState, ScsiAdapterPoFxPowerControl,
  ScsiAdapterPrepareForBusReScan, ScsiAdapterSystemPowerHints,
  ScsiAdapterFilterResourceRequirements, ScsiAdapterPoFxMaxOperationalPower,
  ScsiAdapterPoFxSetPerfState, ScsiAdapterSurpriseRemoval, ScsiAdapterControlMax,
  MakeAdapterControlTypeSizeOfUlong = 0xffffffff
} SCSI_ADAPTER_CONTROL_TYPE, *PSCSI_ADAPTER_CONTROL_TYPE;

typedef enum _SCSI_ADAPTER_CONTROL_STATUS {
  ScsiAdapterControlSuccess = 0,
  ScsiAdapterControlUnsuccessful
} SCSI_ADAPTER_CONTROL_STATUS, *PSCSI_ADAPTER_CONTROL_STATUS;

typedef enum _SCSI_UNIT_CONTROL_TYPE {
  ScsiQuerySupportedUnitControlTypes = 0, ScsiUnitUsage, ScsiUnitStart,
  ScsiUnitPower, ScsiUnitPoFxPowerInfo, ScsiUnitPoFxPowerRequired,
  ScsiUnitPoFxPowerActive, ScsiUnitPoFxPowerSetFState, ScsiUnitPoFxPowerControl,
  ScsiUnitRemove, ScsiUnitSurpriseRemoval, ScsiUnitControlMax,
  MakeUnitControlTypeSizeOfUlong = 0xffffffff
} SCSI_UNIT_CONTROL_TYPE, *PSCSI_UNIT_CONTROL_TYPE;

typedef enum _SCSI_UNIT_CONTROL_STATUS {
  ScsiUnitControlSuccess = 0,
  ScsiUnitControlUnsuccessful
} SCSI_UNIT_CONTROL_STATUS, *PSCSI_UNIT_CONTROL_STATUS;

typedef struct _SCSI_SUPPORTED_CONTROL_TYPE_LIST {
  ULONG MaxControlType;
  BOOLEAN SupportedTypeList[0];
} SCSI_SUPPORTED_CONTROL_TYPE_LIST, *PSCSI_SUPPORTED_CONTROL_TYPE_LIST;

/* ---- Storport enums (storport.h "SCSI_NOTIFICATION_TYPE" via
 *      StorPortNotification, "STOR_SPINLOCK", "STOR_SYNCHRONIZATION_MODEL",
 *      "INTERRUPT_SYNCHRONIZATION_MODE") ---- */

typedef enum _SCSI_NOTIFICATION_TYPE {
  RequestComplete = 0, NextRequest, NextLuRequest, ResetDetected,
  CallDisableInterrupts, CallEnableInterrupts, RequestTimerCall, BusChangeDetected,
  WMIEvent, WMIReregister, LinkUp, LinkDown,
  QueryTickCount, BufferOverrunDetected, TraceNotification, GetExtendedFunctionTable,
  EnablePassiveInitialization = 0x1000, InitializeDpc, IssueDpc, AcquireSpinLock,
  ReleaseSpinLock
} SCSI_NOTIFICATION_TYPE, *PSCSI_NOTIFICATION_TYPE;

typedef enum _STOR_SPINLOCK {
  InvalidLock = 0,
  DpcLock = 1,
  StartIoLock = 2,
  InterruptLock = 3,
  ThreadedDpcLock = 4,
  DpcLevelLock = 5
} STOR_SPINLOCK;

typedef enum _STOR_SYNCHRONIZATION_MODEL {
  StorSynchronizeHalfDuplex = 0,
  StorSynchronizeFullDuplex = 1
} STOR_SYNCHRONIZATION_MODEL;

typedef enum _INTERRUPT_SYNCHRONIZATION_MODE {
  InterruptSupportNone,
  InterruptSynchronizeAll,
  InterruptSynchronizePerMessage
} INTERRUPT_SYNCHRONIZATION_MODE;

/* ---- Extended function codes (storport.h StorPortExtendedFunction; order as
 *      in the documented Storport extended-function list) ---- */

typedef enum _STORPORT_FUNCTION_CODE {
  ExtFunctionUndefined = 0,
  ExtFunctionAllocatePool,
  ExtFunctionFreePool,
  ExtFunctionAllocateMdl,
  ExtFunctionFreeMdl,
  ExtFunctionBuildMdlForNonPagedPool,
  ExtFunctionGetSystemAddress,
  ExtFunctionGetOriginalMdl,
  ExtFunctionCompleteServiceIrp,
  ExtFunctionGetDeviceObjects,
  ExtFunctionBuildScatterGatherList,
  ExtFunctionPutScatterGatherList,
  ExtFunctionAcquireMSISpinLock,                      /* 12 */
  ExtFunctionReleaseMSISpinLock,                      /* 13 */
  ExtFunctionGetMessageInterruptInformation,
  ExtFunctionInitializePerformanceOptimizations,      /* 15 */
  ExtFunctionGetStartIoPerformanceParameters,         /* 16 */
  ExtFunctionLogSystemEvent,
  ExtFunctionGetCurrentProcessorNumber,
  ExtFunctionGetActiveGroupCount,
  ExtFunctionGetGroupAffinity,
  ExtFunctionGetActiveNodeCount,
  ExtFunctionGetNodeAffinity,
  ExtFunctionGetHighestNodeNumber,
  ExtFunctionGetLogicalProcessorRelationship,
  ExtFunctionAllocateContiguousMemorySpecifyCacheNode,
  ExtFunctionFreeContiguousMemorySpecifyCache,
  ExtFunctionSetPowerSettingNotificationGuids,
  ExtFunctionInvokeAcpiMethod,
  ExtFunctionGetRequestInfo,
  ExtFunctionInitializeWorker,                        /* 30 */
  ExtFunctionQueueWorkItem,
  ExtFunctionFreeWorker,
  ExtFunctionInitializeTimer,                         /* 33 */
  ExtFunctionRequestTimer,                            /* 34 */
  ExtFunctionFreeTimer,                               /* 35 */
  /* StorPortAcquireSpinLockEx (released with StorPortReleaseSpinLock); far
   * from the others, as in the real enum (93 there). */
  ExtFunctionAcquireSpinLock = 0x1000
} STORPORT_FUNCTION_CODE, *PSTORPORT_FUNCTION_CODE;

/* ---- Performance options (storport.h "PERF_CONFIGURATION_DATA",
 *      "STARTIO_PERFORMANCE_PARAMETERS") ---- */

#define STOR_PERF_DPC_REDIRECTION 0x00000001
#define STOR_PERF_CONCURRENT_CHANNELS 0x00000002
#define STOR_PERF_INTERRUPT_MESSAGE_RANGES 0x00000004
#define STOR_PERF_ADV_CONFIG_LOCALITY 0x00000008
#define STOR_PERF_OPTIMIZE_FOR_COMPLETION_DURING_STARTIO 0x00000010
#define STOR_PERF_DPC_REDIRECTION_CURRENT_CPU 0x00000020
#define STOR_PERF_NO_SGL 0x00000040

#define STOR_PERF_VERSION_2 0x00000002
#define STOR_PERF_VERSION_3 0x00000003
#define STOR_PERF_VERSION_4 0x00000004
#define STOR_PERF_VERSION_5 0x00000005
#define STOR_PERF_VERSION STOR_PERF_VERSION_5

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

typedef struct _STARTIO_PERFORMANCE_PARAMETERS {
  ULONG Version;
  ULONG Size;
  ULONG MessageNumber;
  ULONG ChannelNumber;
} STARTIO_PERFORMANCE_PARAMETERS, *PSTARTIO_PERFORMANCE_PARAMETERS;

/* ---- Locks and DPCs (storport.h "STOR_LOCK_HANDLE", "STOR_DPC") ---- */

typedef ULONG_PTR STOR_KSPIN_LOCK, *PSTOR_KSPIN_LOCK;

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

typedef struct _STOR_DPC {
  UCHAR Dpc[64];                      /* opaque stand-in for a KDPC */
  STOR_KSPIN_LOCK Lock;
} STOR_DPC, *PSTOR_DPC;

/* ---- Access ranges and dump region (storport.h "ACCESS_RANGE",
 *      "MEMORY_REGION") ---- */

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

/* ---- Miniport routine role types ("Declaring Functions by Using Function Role
 *      Types for Storport Drivers" and the HwStorXxx reference pages) ---- */

typedef ULONG sp_DRIVER_INITIALIZE(PVOID DriverObject, PVOID RegistryPath);
typedef sp_DRIVER_INITIALIZE DRIVER_INITIALIZE, *PDRIVER_INITIALIZE;

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
typedef VOID HW_TIMER_EX(PVOID DeviceExtension, PVOID Context);
typedef HW_TIMER_EX *PHW_TIMER_EX;
typedef BOOLEAN HW_DMA_STARTED(PVOID DeviceExtension);
typedef HW_DMA_STARTED *PHW_DMA_STARTED;
typedef BOOLEAN HW_RESET_BUS(PVOID DeviceExtension, ULONG PathId);

typedef HW_RESET_BUS *PHW_RESET_BUS;
typedef BOOLEAN HW_ADAPTER_STATE(PVOID DeviceExtension, PVOID Context, BOOLEAN SaveState);
typedef HW_ADAPTER_STATE *PHW_ADAPTER_STATE;
typedef SCSI_ADAPTER_CONTROL_STATUS HW_ADAPTER_CONTROL(PVOID DeviceExtension,
                                                       SCSI_ADAPTER_CONTROL_TYPE ControlType,
                                                       PVOID Parameters);
typedef HW_ADAPTER_CONTROL *PHW_ADAPTER_CONTROL;
typedef SCSI_UNIT_CONTROL_STATUS HW_UNIT_CONTROL(PVOID DeviceExtension,
                                                 SCSI_UNIT_CONTROL_TYPE ControlType,
                                                 PVOID Parameters);
typedef HW_UNIT_CONTROL *PHW_UNIT_CONTROL;
typedef VOID HW_DPC_ROUTINE(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1,
                            PVOID SystemArgument2);
typedef HW_DPC_ROUTINE *PHW_DPC_ROUTINE;
typedef BOOLEAN HW_PASSIVE_INITIALIZE_ROUTINE(PVOID DeviceExtension);
typedef HW_PASSIVE_INITIALIZE_ROUTINE *PHW_PASSIVE_INITIALIZE_ROUTINE;
typedef BOOLEAN HW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE(PVOID HwDeviceExtension, ULONG MessageId);
typedef HW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE *PHW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE;
typedef VOID HW_STATE_CHANGE(PVOID HwDeviceExtension, PVOID Context, SHORT AddressType,
                             PVOID Address, ULONG Status);
typedef HW_STATE_CHANGE *PHW_STATE_CHANGE;
typedef VOID HW_WORKITEM(PVOID HwDeviceExtension, PVOID Context, PVOID Worker);
typedef HW_WORKITEM *PHW_WORKITEM;
typedef BOOLEAN STOR_SYNCHRONIZED_ACCESS(PVOID HwDeviceExtension, PVOID Context);
typedef STOR_SYNCHRONIZED_ACCESS *PSTOR_SYNCHRONIZED_ACCESS;
typedef VOID HW_FREE_ADAPTER_RESOURCES(PVOID DeviceExtension);
typedef HW_FREE_ADAPTER_RESOURCES *PHW_FREE_ADAPTER_RESOURCES;
typedef VOID HW_PROCESS_SERVICE_REQUEST(PVOID DeviceExtension, PVOID Irp);
typedef HW_PROCESS_SERVICE_REQUEST *PHW_PROCESS_SERVICE_REQUEST;
typedef VOID HW_COMPLETE_SERVICE_IRP(PVOID DeviceExtension);
typedef HW_COMPLETE_SERVICE_IRP *PHW_COMPLETE_SERVICE_IRP;
typedef VOID HW_INITIALIZE_TRACING(PVOID Arg1, PVOID Arg2);
typedef HW_INITIALIZE_TRACING *PHW_INITIALIZE_TRACING;
typedef VOID HW_CLEANUP_TRACING(PVOID Arg1);
typedef HW_CLEANUP_TRACING *PHW_CLEANUP_TRACING;
typedef VOID HW_TRACING_ENABLED(PVOID HwDeviceExtension, BOOLEAN Enabled);
typedef HW_TRACING_ENABLED *PHW_TRACING_ENABLED;

/* ---- PORT_CONFIGURATION_INFORMATION (storport.h structure page) ---- */

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
  PVOID MiniportDumpData;
  PVOID Reserved;
  UCHAR NumberOfBuses;
  CCHAR InitiatorBusId[8];
  BOOLEAN ScatterGather, Master, CachesData, AdapterScansDown;
  BOOLEAN AtdiskPrimaryClaimed, AtdiskSecondaryClaimed;
  BOOLEAN Dma32BitAddresses, DemandMode;
  UCHAR MapBuffers;
  BOOLEAN NeedPhysicalAddresses, TaggedQueuing, AutoRequestSense;
  BOOLEAN MultipleRequestPerLu, ReceiveEvent, RealModeInitialized;
  BOOLEAN BufferAccessScsiPortControlled;
  UCHAR MaximumNumberOfTargets, SrbType, AddressType, ReservedUchars[2];
  ULONG SlotNumber;
  ULONG BusInterruptLevel2;
  ULONG BusInterruptVector2;
  KINTERRUPT_MODE InterruptMode2;
  ULONG DmaChannel2;
  ULONG DmaPort2;
  DMA_WIDTH DmaWidth2;
  DMA_SPEED DmaSpeed2;
  ULONG DeviceExtensionSize, SpecificLuExtensionSize, SrbExtensionSize;
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
  ULONG MaxNumberOfIO, MaxIOsPerLun, InitialLunQueueDepth;
  ULONG BusResetHoldTime, FeatureSupport;
} PORT_CONFIGURATION_INFORMATION, *PPORT_CONFIGURATION_INFORMATION;

typedef ULONG HW_FIND_ADAPTER(PVOID DeviceExtension, PVOID HwContext,
                              PVOID BusInformation, PCHAR ArgumentString,
                              PPORT_CONFIGURATION_INFORMATION ConfigInfo,
                              PBOOLEAN Reserved3);
typedef HW_FIND_ADAPTER *PHW_FIND_ADAPTER;
typedef ULONG VIRTUAL_HW_FIND_ADAPTER(PVOID DeviceExtension, PVOID HwContext,
                                      PVOID BusInformation, PVOID LowerDevice,
                                      PCHAR ArgumentString,
                                      PPORT_CONFIGURATION_INFORMATION ConfigInfo,
                                      PBOOLEAN Again);
typedef VIRTUAL_HW_FIND_ADAPTER *PVIRTUAL_HW_FIND_ADAPTER;

/* ---- HW_INITIALIZATION_DATA / VIRTUAL_HW_INITIALIZATION_DATA (storport.h
 *      structure pages; the docs show HwFindAdapter as PVOID, typed here) ---- */

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
  ULONG DeviceExtensionSize, SpecificLuExtensionSize, SrbExtensionSize;
  ULONG NumberOfAccessRanges;
  PVOID Reserved;
  UCHAR MapBuffers;
  BOOLEAN NeedPhysicalAddresses, TaggedQueuing, AutoRequestSense;
  BOOLEAN MultipleRequestPerLu, ReceiveEvent;
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
  ULONG FeatureSupport, SrbTypeFlags, AddressTypeFlags, Reserved1;
  PHW_UNIT_CONTROL HwUnitControl;
} HW_INITIALIZATION_DATA, *PHW_INITIALIZATION_DATA;

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
  ULONG DeviceExtensionSize, SpecificLuExtensionSize, SrbExtensionSize;
  ULONG NumberOfAccessRanges;
  PVOID Reserved;
  UCHAR MapBuffers;
  BOOLEAN NeedPhysicalAddresses, TaggedQueuing, AutoRequestSense;
  BOOLEAN MultipleRequestPerLu, ReceiveEvent;
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
  ULONG FeatureSupport, SrbTypeFlags, AddressTypeFlags, Reserved1;
  PHW_UNIT_CONTROL HwUnitControl;
} VIRTUAL_HW_INITIALIZATION_DATA, *PVIRTUAL_HW_INITIALIZATION_DATA;

/* ---- DDIs exported by storport.sys in both shapes (storport.h function
 *      pages: StorPortInitialize, StorPortNotification, ...) ---- */

STORPORT_API ULONG StorPortInitialize(PVOID Argument1, PVOID Argument2,
                                      PHW_INITIALIZATION_DATA HwInitializationData,
                                      PVOID HwContext);
STORPORT_API VOID StorPortNotification(SCSI_NOTIFICATION_TYPE NotificationType,
                                       PVOID HwDeviceExtension, ...);
STORPORT_API ULONG StorPortExtendedFunction(STORPORT_FUNCTION_CODE FunctionCode,
                                            PVOID HwDeviceExtension, ...);
STORPORT_API BOOLEAN StorPortSynchronizeAccess(PVOID HwDeviceExtension,
                                               PSTOR_SYNCHRONIZED_ACCESS SynchronizedAccessRoutine,
                                               PVOID Context);
STORPORT_API VOID StorPortDebugPrint(ULONG DebugPrintLevel, PCSTR DebugMessage, ...);
STORPORT_API VOID StorPortMoveMemory(PVOID WriteBuffer, PVOID ReadBuffer, ULONG Length);
VOID RtlZeroMemory(PVOID Destination, SIZE_T Length);
STORPORT_API PVOID StorPortGetUncachedExtension(PVOID HwDeviceExtension,
                                                PPORT_CONFIGURATION_INFORMATION ConfigInfo,
                                                ULONG NumberOfBytes);
STORPORT_API STOR_PHYSICAL_ADDRESS StorPortGetPhysicalAddress(PVOID HwDeviceExtension,
                                                              PSCSI_REQUEST_BLOCK Srb,
                                                              PVOID VirtualAddress, ULONG *Length);
STORPORT_API PVOID StorPortGetDeviceBase(PVOID HwDeviceExtension, INTERFACE_TYPE BusType,
                                         ULONG SystemIoBusNumber, STOR_PHYSICAL_ADDRESS IoAddress,
                                         ULONG NumberOfBytes, BOOLEAN InIoSpace);
STORPORT_API ULONG StorPortReadRegisterUlong(PVOID HwDeviceExtension, PULONG Register);
STORPORT_API VOID StorPortWriteRegisterUlong(PVOID HwDeviceExtension, PULONG Register, ULONG Value);
STORPORT_API VOID StorPortStallExecution(ULONG Delay);
STORPORT_API BOOLEAN StorPortPause(PVOID HwDeviceExtension, ULONG TimeOut);
STORPORT_API BOOLEAN StorPortResume(PVOID HwDeviceExtension);


#endif /* SIM_STORPORT_COMMON_H */
