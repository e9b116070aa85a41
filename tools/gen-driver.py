#!/usr/bin/env python3
"""Generates a synthetic but realistically shaped Storport miniport.

The driver ("genraid", prefix Gr) is spread over many .c files and a few
headers: an adapter extension with nested structures, arrays and pointers;
DriverEntry, HwFindAdapter (full duplex), HwInitialize (queries the
performance options, then requests concurrent channels, arms a HwStorTimer);
HwStartIo dispatching SRBs by SCSI opcode to handlers that call helpers in
other files (command building, queue management under the StartIo lock,
interlocked statistics, per-request SRB-extension state, target state and an
event log behind lock wrappers defined in util.c); a watchdog timer in its own
file calling timer-only helpers in other files; an MSI-X interrupt and a
completion DPC.

Every piece of shared state follows one protection discipline (read-only
after initialisation, StartIo lock, interlocked, published with
WriteULongRelease/ReadULongAcquire, timer-only, per request), except a known
number of deliberately racy fields, so the number of findings
storport-race-check should report is known. It is printed, and written to
EXPECTED.txt in the output directory with one line per expected finding.

Output: the sources, compile_commands.json (absolute paths, "command" form)
and a Makefile. Deterministic for a given set of options.

Usage: tools/gen-driver.py --out DIR [--kloc 50] [--files 40] [--seed 1]
                           [--races 5] [--shape plain|wdk] [--cc clang]
The output directory must be outside the repository, or under its build-*/.
"""

import argparse
import json
import os
import random
import shutil
import sys

REPO = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
MARKER = ".gen-driver"

# ---------------------------------------------------------------------------
# Constants of the generated driver
# ---------------------------------------------------------------------------

SCSI_OPS = [
    ("TEST_UNIT_READY", 0x00, "nodata"), ("REZERO_UNIT", 0x01, "nodata"),
    ("REQUEST_SENSE", 0x03, "datain"), ("FORMAT_UNIT", 0x04, "nodata"),
    ("READ6", 0x08, "read"), ("WRITE6", 0x0A, "write"),
    ("SEEK6", 0x0B, "nodata"), ("INQUIRY", 0x12, "datain"),
    ("VERIFY6", 0x13, "nodata"), ("MODE_SELECT", 0x15, "dataout"),
    ("RESERVE_UNIT", 0x16, "nodata"), ("RELEASE_UNIT", 0x17, "nodata"),
    ("MODE_SENSE", 0x1A, "datain"), ("START_STOP_UNIT", 0x1B, "nodata"),
    ("RECEIVE_DIAGNOSTIC", 0x1C, "datain"), ("SEND_DIAGNOSTIC", 0x1D, "dataout"),
    ("MEDIUM_REMOVAL", 0x1E, "nodata"), ("READ_CAPACITY", 0x25, "datain"),
    ("READ10", 0x28, "read"), ("WRITE10", 0x2A, "write"),
    ("SEEK10", 0x2B, "nodata"), ("WRITE_VERIFY", 0x2E, "write"),
    ("VERIFY10", 0x2F, "nodata"), ("SYNCHRONIZE_CACHE", 0x35, "nodata"),
    ("READ_DEFECT_DATA", 0x37, "datain"), ("WRITE_BUFFER", 0x3B, "dataout"),
    ("READ_BUFFER", 0x3C, "datain"), ("WRITE_SAME10", 0x41, "write"),
    ("UNMAP", 0x42, "dataout"), ("READ_TOC", 0x43, "datain"),
    ("GET_CONFIGURATION", 0x46, "datain"), ("LOG_SELECT", 0x4C, "dataout"),
    ("LOG_SENSE", 0x4D, "datain"), ("MODE_SELECT10", 0x55, "dataout"),
    ("RESERVE_UNIT10", 0x56, "nodata"), ("RELEASE_UNIT10", 0x57, "nodata"),
    ("MODE_SENSE10", 0x5A, "datain"), ("PERSISTENT_RESERVE_IN", 0x5E, "datain"),
    ("PERSISTENT_RESERVE_OUT", 0x5F, "dataout"), ("EXTENDED_COPY", 0x83, "dataout"),
    ("RECEIVE_COPY_RESULTS", 0x84, "datain"), ("ATA_PASSTHROUGH16", 0x85, "datain"),
    ("READ16", 0x88, "read"), ("COMPARE_AND_WRITE", 0x89, "write"),
    ("WRITE16", 0x8A, "write"), ("READ_ATTRIBUTE", 0x8C, "datain"),
    ("WRITE_ATTRIBUTE", 0x8D, "dataout"), ("WRITE_VERIFY16", 0x8E, "write"),
    ("VERIFY16", 0x8F, "nodata"), ("SYNCHRONIZE_CACHE16", 0x91, "nodata"),
    ("WRITE_SAME16", 0x93, "write"), ("SERVICE_ACTION_IN16", 0x9E, "datain"),
    ("REPORT_LUNS", 0xA0, "datain"), ("ATA_PASSTHROUGH12", 0xA1, "datain"),
    ("SECURITY_PROTOCOL_IN", 0xA2, "datain"), ("MAINTENANCE_IN", 0xA3, "datain"),
    ("MAINTENANCE_OUT", 0xA4, "dataout"), ("READ12", 0xA8, "read"),
    ("WRITE12", 0xAA, "write"), ("VERIFY12", 0xAF, "nodata"),
    ("SECURITY_PROTOCOL_OUT", 0xB5, "dataout"),
] + [("VENDOR_%02X" % op, op, ("read", "write", "datain", "dataout", "nodata")[op % 5])
     for op in range(0xC0, 0x100)]

# Counters in GR_STATS updated with Interlocked* on the StartIo path.
STAT_COUNTERS = ["Requests", "Reads", "Writes", "Flushes", "Errors", "Busy",
                 "Retries", "Aborts", "Resets", "Timeouts", "SenseReturned",
                 "InvalidRequests", "Splits", "Coalesced", "UnitAttentions",
                 "Reservations", "Passthrough", "Unmaps", "Verifies",
                 "DataInRequests", "DataOutRequests", "NoDataRequests"]

EVENT_CODES = ["SUBMIT", "COMPLETE", "ERROR", "RETRY", "ABORT", "RESET", "SENSE",
               "RESERVE", "RELEASE", "THROTTLE", "SPLIT", "UNMAP", "PASSTHRU",
               "CONFIG", "QUEUE_FULL", "TAG_EXHAUSTED"]

# Deliberately racy fields: kind -> (struct, candidate names, findings).
RACE_KINDS = [
    # K1: plain read-modify-write on the StartIo path, nothing else touches
    # it: StartIo x StartIo.
    ("K1", "GR_STATS", ["UnalignedRequests", "ZeroLengthRequests",
                        "ShortTransfers", "CacheBypassRequests"], 1),
    # K2: written plainly by the watchdog, read plainly on the StartIo path:
    # StartIo x timer.
    ("K2", "GR_POLICY", ["SplitThresholdBlocks", "CoalesceLimit",
                         "ReadAheadBlocks", "BurstLimit"], 1),
    # K3: plain update on the StartIo path outside the queue's lock, read by
    # the watchdog: StartIo x StartIo and StartIo x timer.
    ("K3", "GR_QUEUE", ["BytesQueued", "BlocksQueued", "SubmitBursts",
                        "LastSubmitBlocks"], 2),
    # K4: updated under the StartIo lock (through the lock wrapper) on one
    # path and without it on another: StartIo x StartIo.
    ("K4", "GR_TAG_POOL", ["Reclaimed", "ForcedReleases", "Collisions",
                           "StaleTags"], 1),
    # K5: interlocked on the StartIo path, reset with a plain store by the
    # watchdog: StartIo x timer.
    ("K5", "GR_STATS", ["IntervalRequests", "IntervalErrors",
                        "IntervalBusy", "IntervalRetries"], 1),
]

HEADER_COMMENT = """/*
 * genraid: a synthetic Storport miniport generated by tools/gen-driver.py
 * (seed {seed}, {kloc} KLOC target, shape {shape}) to benchmark and test
 * storport.CallbackRace and storport-race-check. It is not a working driver.
 */
"""

# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------


def indent(lines, n):
    pad = " " * n
    return [(pad + l) if l else l for l in lines]


class Func:
    """A generated function: its code lines and what others need to know."""

    def __init__(self, name, kind, group, lines, proto=None, static=False):
        self.name = name
        self.kind = kind      # req, val, tmr, handler, ioctl, leaf...
        self.group = group
        self.lines = lines
        self.proto = proto
        self.static = static
        self.calls = 0

    def inject(self, marker, code):
        out = []
        done = False
        for l in self.lines:
            if l.strip() == marker and not done:
                pad = l[: len(l) - len(l.lstrip())]
                out.extend(indent(code, len(pad)))
                done = True
            else:
                out.append(l)
        self.lines = out
        return done

    def has(self, marker):
        return any(l.strip() == marker for l in self.lines)

    def strip_markers(self):
        self.lines = [l for l in self.lines if not l.strip().startswith("@@")]


SIG = {
    "req": "ULONG {n}(PGR_ADAPTER Ext, PSCSI_REQUEST_BLOCK Srb, PGR_SRB_EXT SrbExt)",
    "val": "VOID {n}(PGR_ADAPTER Ext, ULONG Value)",
    "tmr": "ULONG {n}(PGR_ADAPTER Ext, ULONG Now)",
    "handler": "VOID {n}(PGR_ADAPTER Ext, PSCSI_REQUEST_BLOCK Srb)",
}


class Ctx:
    """Generation state shared by all files."""

    def __init__(self, rng):
        self.rng = rng
        self.pools = {}       # group -> [Func] public functions, in order
        self.counter = 0

    def uniq(self, base):
        self.counter += 1
        return "%s%d" % (base, self.counter)

    def add(self, f):
        self.pools.setdefault(f.group, []).append(f)

    def pick(self, groups, kind, n, exclude=()):
        """Picks up to n callees of `kind` from `groups`, preferring
        functions nobody calls yet (so that everything is reachable)."""
        cands = [f for g in groups for f in self.pools.get(g, [])
                 if f.kind == kind and f.name not in exclude]
        if not cands:
            return []
        uncalled = [f for f in cands if f.calls == 0]
        out = []
        for _ in range(n):
            src = uncalled if uncalled else cands
            f = self.rng.choice(src)
            if f in out:
                continue
            out.append(f)
            f.calls += 1
            if f in uncalled:
                uncalled.remove(f)
        return out


class FileCtx:
    """Per-file state: the static leaf helpers the file's functions use."""

    def __init__(self, ctx, prefix):
        self.ctx = ctx
        self.prefix = prefix
        self.leaves = {}   # leaf kind -> [Func]
        self.order = []

    def leaf(self, kind):
        have = self.leaves.setdefault(kind, [])
        rng = self.ctx.rng
        if have and (len(have) >= 2 or rng.random() < 0.6):
            return rng.choice(have).name
        f = LEAF_TEMPLATES[kind](self.ctx, self.prefix)
        have.append(f)
        self.order.append(f)
        return f.name


# ---------------------------------------------------------------------------
# Static leaf helpers (file-local)
# ---------------------------------------------------------------------------


def leaf_be32(ctx, p):
    n = ctx.uniq("%sGetBe32_" % p)
    return Func(n, "leaf", None, [
        "/* Reads a big-endian 32-bit CDB field. */",
        "static ULONG %s(const UCHAR *P) {" % n,
        "  return ((ULONG)P[0] << 24) | ((ULONG)P[1] << 16) | ((ULONG)P[2] << 8) |",
        "         (ULONG)P[3];",
        "}",
    ], static=True)


def leaf_be16(ctx, p):
    n = ctx.uniq("%sGetBe16_" % p)
    return Func(n, "leaf", None, [
        "/* Reads a big-endian 16-bit CDB field. */",
        "static ULONG %s(const UCHAR *P) {" % n,
        "  return ((ULONG)P[0] << 8) | (ULONG)P[1];",
        "}",
    ], static=True)


def leaf_min(ctx, p):
    n = ctx.uniq("%sMin" % p)
    return Func(n, "leaf", None, [
        "static ULONG %s(ULONG A, ULONG B) {" % n,
        "  return A < B ? A : B;",
        "}",
    ], static=True)


def leaf_crc(ctx, p):
    n = ctx.uniq("%sCrcStep" % p)
    poly = ctx.rng.choice(["0xEDB88320U", "0x82F63B78U", "0xEB31D82EU"])
    return Func(n, "leaf", None, [
        "/* One byte of a reflected CRC-32, without branches. */",
        "static ULONG %s(ULONG Crc, UCHAR Byte) {" % n,
        "  ULONG Bit;",
        "",
        "  Crc ^= Byte;",
        "  for (Bit = 0; Bit < 8; Bit++)",
        "    Crc = (Crc >> 1) ^ (%s & (0U - (Crc & 1U)));" % poly,
        "  return Crc;",
        "}",
    ], static=True)


def leaf_lun(ctx, p):
    n = ctx.uniq("%sLunOf" % p)
    return Func(n, "leaf", None, [
        "/* The logical unit a request addresses. */",
        "static PGR_LUN %s(PGR_ADAPTER Ext, PGR_SRB_EXT SrbExt) {" % n,
        "  return &Ext->Targets[SrbExt->Target % GR_MAX_TARGETS]",
        "              .Luns[SrbExt->Lun % GR_MAX_LUNS];",
        "}",
    ], static=True)


def leaf_queue(ctx, p):
    n = ctx.uniq("%sQueueOf" % p)
    return Func(n, "leaf", None, [
        "/* The hardware queue a request was assigned to. */",
        "static PGR_QUEUE %s(PGR_ADAPTER Ext, PGR_SRB_EXT SrbExt) {" % n,
        "  return &Ext->Queues[SrbExt->Queue % GR_MAX_QUEUES];",
        "}",
    ], static=True)


def leaf_zerobit(ctx, p):
    n = ctx.uniq("%sFirstZeroBit" % p)
    return Func(n, "leaf", None, [
        "/* Index of the lowest clear bit of Word; 32 when all are set. */",
        "static ULONG %s(ULONG Word) {" % n,
        "  ULONG Bit = 0;",
        "",
        "  while (Bit < 32 && (Word & (1U << Bit)) != 0)",
        "    Bit++;",
        "  return Bit;",
        "}",
    ], static=True)


def leaf_isdata(ctx, p):
    n = ctx.uniq("%sHasData" % p)
    return Func(n, "leaf", None, [
        "static BOOLEAN %s(PSCSI_REQUEST_BLOCK Srb) {" % n,
        "  return (Srb->SrbFlags & (SRB_FLAGS_DATA_IN | SRB_FLAGS_DATA_OUT)) != 0 &&",
        "         Srb->DataTransferLength != 0;",
        "}",
    ], static=True)


LEAF_TEMPLATES = {
    "be32": leaf_be32, "be16": leaf_be16, "min": leaf_min, "crc": leaf_crc,
    "lun": leaf_lun, "queue": leaf_queue, "zerobit": leaf_zerobit,
    "isdata": leaf_isdata,
}

# ---------------------------------------------------------------------------
# Templates. Each returns (name stem, body lines without the signature).
# req:  ULONG f(PGR_ADAPTER Ext, PSCSI_REQUEST_BLOCK Srb, PGR_SRB_EXT SrbExt)
# val:  VOID  f(PGR_ADAPTER Ext, ULONG Value)
# tmr:  ULONG f(PGR_ADAPTER Ext, ULONG Now)
# Bodies may contain "@@INJECT@@" (top level, no lock held) and
# "@@INJECT_LOCKED@@" (inside the StartIo-locked region).
# ---------------------------------------------------------------------------


def call_lines(ctx, groups, kind, n):
    """Calls to helpers in lower layers, with the usual error checks."""
    out = []
    for f in ctx.pick(groups, kind, n):
        if kind == "req":
            out += ["if (%s(Ext, Srb, SrbExt) != SRB_STATUS_SUCCESS)" % f.name,
                    "  return SRB_STATUS_ERROR;"]
        elif kind == "val":
            arg = ctx.rng.choice(["SrbExt->Blocks", "Srb->DataTransferLength",
                                  "(ULONG)Srb->Cdb[0]", "SrbExt->Tag",
                                  "SrbExt->Queue", "(ULONG)Srb->SrbStatus"])
            out += ["%s(Ext, %s);" % (f.name, arg)]
        elif kind == "tmr":
            out += ["Problems += %s(Ext, Now);" % f.name]
    return out


def val_calls(ctx, groups, n, arg="Value"):
    return ["%s(Ext, %s);" % (f.name, arg) for f in ctx.pick(groups, "val", n)]


# ---- cmd: command building (per request; reads configuration) -------------


def t_cmd_decode(ctx, fc):
    r = ctx.rng
    be32 = fc.leaf("be32")
    be16 = fc.leaf("be16")
    body = [
        "ULONG Group = Srb->Cdb[0] & 0xE0;",
        "ULONGLONG Lba = 0;",
        "ULONG Blocks = 0;",
        "PGR_TARGET Target;",
        "",
        "@@INJECT@@",
        "if (Srb->CdbLength < 6)",
        "  return SRB_STATUS_INVALID_REQUEST;",
        "switch (Group) {",
        "case 0x00: /* 6-byte CDB */",
        "  Lba = ((ULONG)(Srb->Cdb[1] & 0x1F) << 16) | %s(&Srb->Cdb[2]);" % be16,
        "  Blocks = Srb->Cdb[4] ? Srb->Cdb[4] : 256;",
        "  break;",
        "case 0x20:",
        "case 0x40: /* 10-byte CDB */",
        "  Lba = %s(&Srb->Cdb[2]);" % be32,
        "  Blocks = %s(&Srb->Cdb[7]);" % be16,
        "  break;",
        "case 0xA0: /* 12-byte CDB */",
        "  Lba = %s(&Srb->Cdb[2]);" % be32,
        "  Blocks = %s(&Srb->Cdb[6]);" % be32,
        "  break;",
        "case 0x80: /* 16-byte CDB */",
        "  Lba = ((ULONGLONG)%s(&Srb->Cdb[2]) << 32) | %s(&Srb->Cdb[6]);" % (be32, be32),
        "  Blocks = %s(&Srb->Cdb[10]);" % be32,
        "  break;",
        "default:",
        "  return SRB_STATUS_INVALID_REQUEST;",
        "}",
        "Target = &Ext->Targets[SrbExt->Target % GR_MAX_TARGETS];",
        "if (!Target->Present)",
        "  return SRB_STATUS_NO_DEVICE;",
        "if (Lba + Blocks > Target->Capacity || Blocks > Target->MaxBlocks)",
        "  return SRB_STATUS_INVALID_REQUEST;",
        "SrbExt->Lba = Lba;",
        "SrbExt->Blocks = Blocks;",
    ]
    if r.random() < 0.5:
        body += ["if (Blocks * Target->BlockSize != Srb->DataTransferLength)",
                 "  SrbExt->Flags |= GR_SRBX_RESIDUAL;"]
    body += ["return SRB_STATUS_SUCCESS;"]
    return "CmdDecodeCdb", "Decodes the LBA and transfer length of a block command.", body


def t_cmd_prp(ctx, fc):
    mn = fc.leaf("min")
    body = [
        "STOR_PHYSICAL_ADDRESS Phys;",
        "ULONG Length = 0;",
        "ULONG Pages;",
        "ULONG Max;",
        "ULONG I;",
        "",
        "@@INJECT@@",
        "if (Srb->DataTransferLength == 0) {",
        "  SrbExt->PrpCount = 0;",
        "  return SRB_STATUS_SUCCESS;",
        "}",
        "Phys = StorPortGetPhysicalAddress(Ext, Srb, Srb->DataBuffer, &Length);",
        "if (Length == 0)",
        "  return SRB_STATUS_ERROR;",
        "Pages = (Srb->DataTransferLength + GR_PAGE_SIZE - 1) / GR_PAGE_SIZE;",
        "Max = %s(Ext->Config.MaxPrp, GR_MAX_PRP);" % mn,
        "if (Pages > Max)",
        "  return SRB_STATUS_INVALID_REQUEST;",
        "for (I = 0; I < Pages && I < GR_MAX_PRP; I++)",
        "  SrbExt->Prp[I] = (ULONGLONG)Phys.QuadPart + (ULONGLONG)I * GR_PAGE_SIZE;",
        "SrbExt->PrpCount = Pages;",
        "SrbExt->Cmd.Prp1 = SrbExt->Prp[0];",
        "SrbExt->Cmd.Prp2 = Pages > 1 ? SrbExt->Prp[1] : 0;",
        "return SRB_STATUS_SUCCESS;",
    ]
    return "CmdBuildPrpList", "Builds the PRP list of a data transfer in the SRB extension.", body


def t_cmd_fill(ctx, fc):
    r = ctx.rng
    ops = r.sample(["GR_HWOP_READ", "GR_HWOP_WRITE", "GR_HWOP_FLUSH",
                    "GR_HWOP_VERIFY", "GR_HWOP_DSM", "GR_HWOP_WRITE_ZEROES",
                    "GR_HWOP_COMPARE", "GR_HWOP_ADMIN"], 5)
    body = [
        "PGR_HW_CMD Cmd = &SrbExt->Cmd;",
        "",
        "@@INJECT@@",
        "RtlZeroMemory(Cmd, sizeof(*Cmd));",
        "switch (SrbExt->OpClass) {",
    ]
    for i, op in enumerate(ops):
        body += ["case %d:" % i, "  Cmd->Opcode = %s;" % op]
        if i % 2 == 0:
            body += ["  Cmd->Flags |= GR_HWCMD_FUA_IF(Srb->Cdb[1]);"]
        body += ["  break;"]
    body += [
        "default:",
        "  Cmd->Opcode = GR_HWOP_VENDOR;",
        "  Cmd->Dw[0] = Srb->Cdb[0];",
        "  break;",
        "}",
        "Cmd->CommandId = (USHORT)SrbExt->Tag;",
        "Cmd->Nsid = SrbExt->Lun + 1;",
        "Cmd->Lba = SrbExt->Lba;",
        "Cmd->Blocks = SrbExt->Blocks ? SrbExt->Blocks - 1 : 0;",
        "if (Ext->Config.Features & GR_FEATURE_PROTECTION)",
        "  Cmd->Control |= GR_HWCMD_PRINFO;",
        "if (Srb->SrbFlags & SRB_FLAGS_DATA_IN)",
        "  Cmd->Flags |= GR_HWCMD_DIR_IN;",
        "else if (Srb->SrbFlags & SRB_FLAGS_DATA_OUT)",
        "  Cmd->Flags |= GR_HWCMD_DIR_OUT;",
        "return SRB_STATUS_SUCCESS;",
    ]
    return "CmdFillHwCommand", "Fills the device command from the decoded request.", body


def t_cmd_validate(ctx, fc):
    isdata = fc.leaf("isdata")
    body = [
        "ULONG Align = Ext->Config.AlignmentMask;",
        "",
        "@@INJECT@@",
        "if (Srb->DataTransferLength > Ext->Config.MaxTransfer)",
        "  return SRB_STATUS_INVALID_REQUEST;",
        "if (%s(Srb) && ((ULONG_PTR)Srb->DataBuffer & Align) != 0) {" % isdata,
        "  SrbExt->Flags |= GR_SRBX_BOUNCE;",
        "  if (!(Ext->Config.Features & GR_FEATURE_BOUNCE))",
        "    return SRB_STATUS_INVALID_REQUEST;",
        "}",
        "if ((Srb->SrbFlags & SRB_FLAGS_DATA_IN) &&",
        "    (Srb->SrbFlags & SRB_FLAGS_DATA_OUT))",
        "  return SRB_STATUS_INVALID_REQUEST;",
        "if (SrbExt->Lun >= GR_MAX_LUNS || SrbExt->Target >= Ext->Config.NumTargets)",
        "  return SRB_STATUS_NO_DEVICE;",
        "return SRB_STATUS_SUCCESS;",
    ]
    return "CmdValidateTransfer", "Checks a transfer against the adapter's limits.", body


def t_cmd_checksum(ctx, fc):
    crc = fc.leaf("crc")
    body = [
        "ULONG Crc = 0xFFFFFFFFU;",
        "ULONG I;",
        "",
        "@@INJECT@@",
        "if (!(Ext->Config.Features & GR_FEATURE_CDB_CRC))",
        "  return SRB_STATUS_SUCCESS;",
        "for (I = 0; I < Srb->CdbLength && I < sizeof(Srb->Cdb); I++)",
        "  Crc = %s(Crc, Srb->Cdb[I]);" % crc,
        "SrbExt->Cmd.Dw[5] = ~Crc;",
        "return SRB_STATUS_SUCCESS;",
    ]
    return "CmdCdbChecksum", "Protects the CDB with a CRC when the device asks for it.", body


def t_cmd_sense(ctx, fc):
    mn = fc.leaf("min")
    body = [
        "UCHAR Key;",
        "UCHAR Asc;",
        "ULONG Length;",
        "ULONG I;",
        "PUCHAR Out = (PUCHAR)Srb->SenseInfoBuffer;",
        "",
        "@@INJECT@@",
        "switch (SrbExt->HwStatus & 0xFF) {",
        "case GR_HWSTS_SUCCESS:",
        "  return SRB_STATUS_SUCCESS;",
        "case GR_HWSTS_LBA_RANGE:",
        "  Key = 0x05; /* ILLEGAL REQUEST */",
        "  Asc = 0x21;",
        "  break;",
        "case GR_HWSTS_MEDIA_ERROR:",
        "  Key = 0x03; /* MEDIUM ERROR */",
        "  Asc = 0x11;",
        "  break;",
        "case GR_HWSTS_WRITE_PROTECT:",
        "  Key = 0x07; /* DATA PROTECT */",
        "  Asc = 0x27;",
        "  break;",
        "default:",
        "  Key = 0x04; /* HARDWARE ERROR */",
        "  Asc = 0x44;",
        "  break;",
        "}",
        "RtlZeroMemory(SrbExt->Sense, sizeof(SrbExt->Sense));",
        "SrbExt->Sense[0] = 0x70;",
        "SrbExt->Sense[2] = Key;",
        "SrbExt->Sense[7] = 10;",
        "SrbExt->Sense[12] = Asc;",
        "if (Out == NULL || Srb->SenseInfoBufferLength == 0)",
        "  return SRB_STATUS_ERROR;",
        "Length = %s(Srb->SenseInfoBufferLength, sizeof(SrbExt->Sense));" % mn,
        "for (I = 0; I < Length; I++)",
        "  Out[I] = SrbExt->Sense[I];",
        "Srb->ScsiStatus = 0x02; /* CHECK CONDITION */",
        "return SRB_STATUS_ERROR;",
    ]
    return "CmdBuildSense", "Turns a device status into fixed-format sense data.", body


def t_cmd_split(ctx, fc):
    mn = fc.leaf("min")
    body = [
        "PGR_TARGET Target = &Ext->Targets[SrbExt->Target % GR_MAX_TARGETS];",
        "ULONG Chunk;",
        "ULONG Remaining;",
        "ULONG Pieces = 0;",
        "",
        "@@INJECT@@",
        "if (SrbExt->Blocks <= Target->MaxBlocks)",
        "  return SRB_STATUS_SUCCESS;",
        "if (!(Ext->Config.Features & GR_FEATURE_SPLIT))",
        "  return SRB_STATUS_INVALID_REQUEST;",
        "Remaining = SrbExt->Blocks;",
        "while (Remaining != 0 && Pieces < GR_MAX_SPLIT) {",
        "  Chunk = %s(Remaining, Target->MaxBlocks);" % mn,
        "  SrbExt->SplitBlocks[Pieces++] = Chunk;",
        "  Remaining -= Chunk;",
        "}",
        "if (Remaining != 0)",
        "  return SRB_STATUS_INVALID_REQUEST;",
        "SrbExt->SplitCount = Pieces;",
        "SrbExt->Flags |= GR_SRBX_SPLIT;",
        "return SRB_STATUS_SUCCESS;",
    ]
    return "CmdSplitRequest", "Splits a request larger than the target's limit.", body


def t_cmd_inquiry(ctx, fc):
    mn = fc.leaf("min")
    vendor = ctx.rng.choice(["GENRAID ", "SYNTHDSK", "BENCHVND"])
    body = [
        "UCHAR Data[GR_INQUIRY_LENGTH];",
        "PGR_TARGET Target = &Ext->Targets[SrbExt->Target % GR_MAX_TARGETS];",
        "const char *Vendor = \"%s\";" % vendor,
        "ULONG I;",
        "",
        "@@INJECT@@",
        "if (Srb->DataBuffer == NULL)",
        "  return SRB_STATUS_INVALID_REQUEST;",
        "RtlZeroMemory(Data, sizeof(Data));",
        "Data[0] = Target->Present ? 0x00 : 0x7F;",
        "Data[2] = 0x06; /* SPC-4 */",
        "Data[3] = 0x02;",
        "Data[4] = GR_INQUIRY_LENGTH - 5;",
        "Data[7] = (Ext->Config.Features & GR_FEATURE_TCQ) ? 0x02 : 0x00;",
        "for (I = 0; I < 8; I++)",
        "  Data[8 + I] = (UCHAR)Vendor[I];",
        "StorPortMoveMemory(Srb->DataBuffer, Data,",
        "                   %s(Srb->DataTransferLength, sizeof(Data)));" % mn,
        "return SRB_STATUS_SUCCESS;",
    ]
    return "CmdBuildInquiry", "Builds standard INQUIRY data into the request's buffer.", body


def t_cmd_capacity(ctx, fc):
    mn = fc.leaf("min")
    body = [
        "UCHAR Data[32];",
        "PGR_TARGET Target = &Ext->Targets[SrbExt->Target % GR_MAX_TARGETS];",
        "ULONGLONG Last;",
        "ULONG I;",
        "",
        "@@INJECT@@",
        "if (Srb->DataBuffer == NULL || !Target->Present)",
        "  return SRB_STATUS_NO_DEVICE;",
        "RtlZeroMemory(Data, sizeof(Data));",
        "Last = Target->Capacity ? Target->Capacity - 1 : 0;",
        "for (I = 0; I < 8; I++)",
        "  Data[I] = (UCHAR)(Last >> (56 - 8 * I));",
        "Data[8] = (UCHAR)(Target->BlockSize >> 24);",
        "Data[9] = (UCHAR)(Target->BlockSize >> 16);",
        "Data[10] = (UCHAR)(Target->BlockSize >> 8);",
        "Data[11] = (UCHAR)Target->BlockSize;",
        "if (Ext->Config.Features & GR_FEATURE_UNMAP)",
        "  Data[14] = 0x80;",
        "StorPortMoveMemory(Srb->DataBuffer, Data,",
        "                   %s(Srb->DataTransferLength, sizeof(Data)));" % mn,
        "return SRB_STATUS_SUCCESS;",
    ]
    return "CmdBuildCapacity", "Builds READ CAPACITY(16) data.", body


CMD_TEMPLATES = [t_cmd_decode, t_cmd_prp, t_cmd_fill, t_cmd_validate,
                 t_cmd_checksum, t_cmd_sense, t_cmd_split, t_cmd_inquiry,
                 t_cmd_capacity]

# ---- srbx: per-request state in the SRB extension ------------------------


def t_sx_init(ctx, fc):
    body = [
        "@@INJECT@@",
        "RtlZeroMemory(SrbExt, sizeof(*SrbExt));",
        "SrbExt->Srb = Srb;",
        "SrbExt->State = GR_SRBX_NEW;",
        "SrbExt->Target = Srb->TargetId;",
        "SrbExt->Lun = Srb->Lun;",
        "SrbExt->SubmitTick = ReadULongAcquire(&Ext->Health.CurrentTick);",
        "if (Srb->SrbFlags & SRB_FLAGS_DATA_IN)",
        "  SrbExt->Flags |= GR_SRBX_DATA_IN;",
        "if (Srb->SrbFlags & SRB_FLAGS_DATA_OUT)",
        "  SrbExt->Flags |= GR_SRBX_DATA_OUT;",
        "if (SrbExt->Target >= Ext->Config.NumTargets)",
        "  return SRB_STATUS_NO_DEVICE;",
        "return SRB_STATUS_SUCCESS;",
    ]
    return "SxInitRequest", "Initialises the per-request state of a new SRB.", body


def t_sx_advance(ctx, fc):
    body = [
        "ULONG Next;",
        "",
        "@@INJECT@@",
        "switch (SrbExt->State) {",
        "case GR_SRBX_NEW:",
        "  Next = GR_SRBX_DECODED;",
        "  break;",
        "case GR_SRBX_DECODED:",
        "  Next = (SrbExt->Flags & GR_SRBX_SPLIT) ? GR_SRBX_SPLITTING : GR_SRBX_BUILT;",
        "  break;",
        "case GR_SRBX_SPLITTING:",
        "  if (SrbExt->SplitIndex + 1 < SrbExt->SplitCount) {",
        "    SrbExt->SplitIndex++;",
        "    Next = GR_SRBX_SPLITTING;",
        "  } else {",
        "    Next = GR_SRBX_BUILT;",
        "  }",
        "  break;",
        "case GR_SRBX_BUILT:",
        "  Next = GR_SRBX_SUBMITTED;",
        "  break;",
        "case GR_SRBX_SUBMITTED:",
        "  Next = GR_SRBX_COMPLETING;",
        "  break;",
        "default:",
        "  return SRB_STATUS_ERROR;",
        "}",
        "SrbExt->PrevState = SrbExt->State;",
        "SrbExt->State = Next;",
        "return SRB_STATUS_SUCCESS;",
    ]
    return "SxAdvanceState", "Moves a request to its next state.", body


def t_sx_retry(ctx, fc):
    body = [
        "ULONG Now = ReadULongAcquire(&Ext->Health.CurrentTick);",
        "",
        "@@INJECT@@",
        "if (!(SrbExt->Flags & GR_SRBX_RETRYABLE))",
        "  return SRB_STATUS_SUCCESS;",
        "if (SrbExt->Retries >= Ext->Config.MaxRetries) {",
        "  SrbExt->Flags &= ~GR_SRBX_RETRYABLE;",
        "  return SRB_STATUS_ERROR;",
        "}",
        "SrbExt->Retries++;",
        "SrbExt->SubmitTick = Now;",
        "SrbExt->State = GR_SRBX_BUILT;",
    ]
    body += ["%s(Ext, SrbExt->Retries);" % f.name
             for f in ctx.pick(["stats"], "val", 1)]
    body += ["return SRB_STATUS_SUCCESS;"]
    return "SxPrepareRetry", "Prepares a failed request for another attempt.", body


def t_sx_timeout(ctx, fc):
    body = [
        "ULONG Now = ReadULongAcquire(&Ext->Health.CurrentTick);",
        "ULONG Limit = Ext->Config.TimeoutTicks;",
        "",
        "@@INJECT@@",
        "if (Srb->TimeOutValue != 0 && Srb->TimeOutValue * 2 < Limit)",
        "  Limit = Srb->TimeOutValue * 2;",
        "if (Now - SrbExt->SubmitTick <= Limit)",
        "  return SRB_STATUS_SUCCESS;",
        "SrbExt->Flags |= GR_SRBX_TIMED_OUT;",
        "SrbExt->State = GR_SRBX_COMPLETING;",
        "return SRB_STATUS_TIMEOUT;",
    ]
    return "SxCheckDeadline", "Fails a request that waited longer than its timeout.", body


def t_sx_classify(ctx, fc):
    r = ctx.rng
    groups = [("0x08", "0x28", "0x88", "0xA8"), ("0x0A", "0x2A", "0x8A", "0xAA"),
              ("0x35", "0x91"), ("0x2F", "0x8F", "0xAF", "0x13"),
              ("0x42",), ("0x41", "0x93"), ("0x89",)]
    body = ["@@INJECT@@", "switch (Srb->Cdb[0]) {"]
    for i, g in enumerate(groups):
        for op in g:
            body.append("case %s:" % op)
        body += ["  SrbExt->OpClass = %d;" % i, "  break;"]
    body += ["default:",
             "  SrbExt->OpClass = GR_OPCLASS_OTHER;",
             "  break;",
             "}"]
    if r.random() < 0.5:
        body += ["if (SrbExt->OpClass == 1 && (Ext->Config.Features & GR_FEATURE_WRITE_CACHE))",
                 "  SrbExt->Flags |= GR_SRBX_CACHED;"]
    body += ["return SRB_STATUS_SUCCESS;"]
    return "SxClassify", "Classifies a request for statistics and command building.", body


def t_sx_abort(ctx, fc):
    body = [
        "@@INJECT@@",
        "if (SrbExt->State == GR_SRBX_COMPLETING)",
        "  return SRB_STATUS_SUCCESS;",
        "SrbExt->Flags |= GR_SRBX_ABORTED;",
        "SrbExt->PrevState = SrbExt->State;",
        "SrbExt->State = GR_SRBX_COMPLETING;",
        "Srb->SrbStatus = SRB_STATUS_ABORTED;",
    ]
    body += ["%s(Ext, SrbExt->Tag);" % f.name
             for f in ctx.pick(["stats", "evlog"], "val", 2)]
    body += ["return SRB_STATUS_ABORTED;"]
    return "SxAbortRequest", "Marks a request aborted before it reaches the device.", body


def t_sx_complete_prep(ctx, fc):
    body = [
        "ULONG Done;",
        "",
        "@@INJECT@@",
        "if (SrbExt->Flags & GR_SRBX_SPLIT) {",
        "  Done = 0;",
        "  for (SrbExt->SplitIndex = 0; SrbExt->SplitIndex < SrbExt->SplitCount &&",
        "                               SrbExt->SplitIndex < GR_MAX_SPLIT;",
        "       SrbExt->SplitIndex++)",
        "    Done += SrbExt->SplitBlocks[SrbExt->SplitIndex];",
        "  if (Done != SrbExt->Blocks)",
        "    return SRB_STATUS_ERROR;",
        "}",
        "if (SrbExt->Flags & GR_SRBX_RESIDUAL)",
        "  Srb->DataTransferLength = SrbExt->Blocks * GR_SECTOR_SIZE;",
        "SrbExt->State = GR_SRBX_COMPLETING;",
        "return SRB_STATUS_SUCCESS;",
    ]
    return "SxPrepareCompletion", "Checks a request's bookkeeping before completion.", body


SRBX_TEMPLATES = [t_sx_init, t_sx_advance, t_sx_retry, t_sx_timeout,
                  t_sx_classify, t_sx_abort, t_sx_complete_prep]

# ---- stats: interlocked counters (StartIo side, "val") -------------------


def t_st_count(ctx, fc):
    r = ctx.rng
    ctrs = r.sample(STAT_COUNTERS, 5)
    body = ["@@INJECT@@", "switch (Value & 7) {"]
    for i, c in enumerate(ctrs):
        body += ["case %d:" % i, "  InterlockedIncrement(&Ext->Stats.%s);" % c,
                 "  break;"]
    body += ["default:", "  InterlockedIncrement(&Ext->Stats.%s);" % r.choice(STAT_COUNTERS),
             "  break;", "}"]
    return "StCountEvent", "Counts one request event.", body


def t_st_bytes(ctx, fc):
    body = [
        "LONG64 Bytes = (LONG64)(Value & GR_STAT_LENGTH_MASK);",
        "",
        "@@INJECT@@",
        "if (Value & GR_STAT_DIR_WRITE) {",
        "  InterlockedExchangeAdd64(&Ext->Stats.BytesWritten, Bytes);",
        "  InterlockedIncrement(&Ext->Stats.Writes);",
        "} else {",
        "  InterlockedExchangeAdd64(&Ext->Stats.BytesRead, Bytes);",
        "  InterlockedIncrement(&Ext->Stats.Reads);",
        "}",
    ]
    return "StAccountBytes", "Accounts the bytes a request transfers.", body


def t_st_latency(ctx, fc):
    body = [
        "ULONG Bucket = 0;",
        "ULONG Ticks = Value;",
        "",
        "@@INJECT@@",
        "while (Ticks > 1 && Bucket < GR_LAT_BUCKETS - 1) {",
        "  Ticks >>= 1;",
        "  Bucket++;",
        "}",
        "InterlockedIncrement(&Ext->Stats.LatencyHist[Bucket]);",
    ]
    return "StRecordLatency", "Adds a latency sample to the histogram.", body


def t_st_opclass(ctx, fc):
    body = [
        "@@INJECT@@",
        "InterlockedIncrement(&Ext->Stats.OpCounts[Value % GR_NUM_OPCLASSES]);",
        "if ((Value % GR_NUM_OPCLASSES) == GR_OPCLASS_OTHER)",
        "  InterlockedIncrement(&Ext->Stats.%s);" % ctx.rng.choice(STAT_COUNTERS),
    ]
    return "StCountOpClass", "Counts a request by operation class.", body


def t_st_error(ctx, fc):
    body = [
        "@@INJECT@@",
        "switch (Value & 0x3F) {",
        "case SRB_STATUS_BUSY:",
        "  InterlockedIncrement(&Ext->Stats.Busy);",
        "  break;",
        "case SRB_STATUS_TIMEOUT:",
        "  InterlockedIncrement(&Ext->Stats.Timeouts);",
        "  break;",
        "case SRB_STATUS_ABORTED:",
        "  InterlockedIncrement(&Ext->Stats.Aborts);",
        "  break;",
        "case SRB_STATUS_INVALID_REQUEST:",
        "  InterlockedIncrement(&Ext->Stats.InvalidRequests);",
        "  break;",
        "case SRB_STATUS_SUCCESS:",
        "case SRB_STATUS_PENDING:",
        "  return;",
        "default:",
        "  break;",
        "}",
        "InterlockedIncrement(&Ext->Stats.Errors);",
    ]
    return "StCountError", "Counts a failed request by status.", body


def t_st_peak(ctx, fc):
    body = [
        "LONG Old;",
        "",
        "@@INJECT@@",
        "do {",
        "  Old = ReadNoFence(&Ext->Stats.PeakInFlight);",
        "  if ((LONG)Value <= Old)",
        "    return;",
        "} while (InterlockedCompareExchange(&Ext->Stats.PeakInFlight, (LONG)Value,",
        "                                    Old) != Old);",
    ]
    return "StUpdatePeak", "Raises the peak in-flight count without a lock.", body


def t_st_lun(ctx, fc):
    body = [
        "PGR_LUN Lun = &Ext->Targets[(Value >> 8) % GR_MAX_TARGETS]",
        "                  .Luns[Value % GR_MAX_LUNS];",
        "",
        "@@INJECT@@",
        "if (Value & GR_STAT_LUN_DONE)",
        "  InterlockedDecrement(&Lun->Outstanding);",
        "else",
        "  InterlockedIncrement(&Lun->Outstanding);",
    ]
    return "StLunOutstanding", "Tracks the requests outstanding on a logical unit.", body


STATS_TEMPLATES = [t_st_count, t_st_bytes, t_st_latency, t_st_opclass,
                   t_st_error, t_st_peak, t_st_lun]

# ---- evlog: event log behind the lock wrappers ("val") -------------------


def t_ev_log(ctx, fc):
    code = ctx.rng.choice(EVENT_CODES)
    body = [
        "STOR_LOCK_HANDLE Lock;",
        "PGR_EVENT_LOG Log = Ext->EventLog;",
        "PGR_EVENT Ev;",
        "",
        "@@INJECT@@",
        "if (Log == NULL || !(Ext->Config.EventMask & GR_EVMASK(GR_EV_%s)))" % code,
        "  return;",
        "GrAcquireIoLock(Ext, &Lock);",
        "@@INJECT_LOCKED@@",
        "if (Log->Count < GR_EVENT_LOG_SIZE)",
        "  Log->Count++;",
        "else",
        "  Log->Dropped++;",
        "Ev = &Log->Entries[Log->Head % GR_EVENT_LOG_SIZE];",
        "Ev->Code = GR_EV_%s;" % code,
        "Ev->Arg0 = Value;",
        "Ev->Arg1 = Log->Sequence++;",
        "Ev->Tick = ReadULongAcquire(&Ext->Health.CurrentTick);",
        "Log->Head++;",
        "GrReleaseIoLock(Ext, &Lock);",
    ]
    return "EvLog", "Appends an event to the adapter's event log.", body


def t_ev_trace(ctx, fc):
    body = [
        "@@INJECT@@",
        "if (Ext->Config.DebugLevel < GR_DEBUG_TRACE)",
        "  return;",
        "StorPortDebugPrint(GR_DEBUG_TRACE,",
        "                   \"genraid: event %lu, requests %ld, errors %ld\\n\",",
        "                   Value, ReadNoFence(&Ext->Stats.Requests),",
        "                   ReadNoFence(&Ext->Stats.Errors));",
    ]
    return "EvTrace", "Traces an event to the debugger when tracing is on.", body


def t_ev_burst(ctx, fc):
    code = ctx.rng.choice(EVENT_CODES)
    body = [
        "STOR_LOCK_HANDLE Lock;",
        "PGR_EVENT_LOG Log = Ext->EventLog;",
        "ULONG I;",
        "ULONG Same = 0;",
        "",
        "@@INJECT@@",
        "if (Log == NULL)",
        "  return;",
        "GrAcquireIoLock(Ext, &Lock);",
        "@@INJECT_LOCKED@@",
        "for (I = 1; I <= 4 && I <= Log->Count; I++) {",
        "  PGR_EVENT Prev = &Log->Entries[(Log->Head - I) % GR_EVENT_LOG_SIZE];",
        "  if (Prev->Code == GR_EV_%s && Prev->Arg0 == Value)" % code,
        "    Same++;",
        "}",
        "if (Same == 4)",
        "  Log->Suppressed++;",
        "GrReleaseIoLock(Ext, &Lock);",
    ]
    return "EvCheckBurst", "Suppresses repeated identical events.", body


EVLOG_TEMPLATES = [t_ev_log, t_ev_log, t_ev_trace, t_ev_burst]

# ---- target: logical-unit state behind the lock wrappers ("req") ---------


def t_tg_ua(ctx, fc):
    lun = fc.leaf("lun")
    body = [
        "STOR_LOCK_HANDLE Lock;",
        "PGR_LUN Lun = %s(Ext, SrbExt);" % lun,
        "ULONG Pending = 0;",
        "",
        "@@INJECT@@",
        "if (Srb->Cdb[0] == SCSIOP_INQUIRY || Srb->Cdb[0] == SCSIOP_REPORT_LUNS ||",
        "    Srb->Cdb[0] == SCSIOP_REQUEST_SENSE)",
        "  return SRB_STATUS_SUCCESS;",
        "GrAcquireIoLock(Ext, &Lock);",
        "@@INJECT_LOCKED@@",
        "if (Lun->UnitAttention != 0) {",
        "  Pending = Lun->UnitAttention;",
        "  Lun->UnitAttention = 0;",
        "}",
        "GrReleaseIoLock(Ext, &Lock);",
        "if (Pending == 0)",
        "  return SRB_STATUS_SUCCESS;",
        "SrbExt->HwStatus = GR_HWSTS_UNIT_ATTENTION | (Pending << 8);",
    ]
    body += val_calls(ctx, ["stats", "evlog"], 1, "Pending")
    body += ["return SRB_STATUS_ERROR;"]
    return "TgReportUnitAttention", "Reports a pending unit attention once.", body


def t_tg_reserve(ctx, fc):
    lun = fc.leaf("lun")
    be32 = fc.leaf("be32")
    body = [
        "STOR_LOCK_HANDLE Lock;",
        "PGR_LUN Lun = %s(Ext, SrbExt);" % lun,
        "ULONGLONG Key;",
        "ULONG Status = SRB_STATUS_SUCCESS;",
        "",
        "@@INJECT@@",
        "Key = ((ULONGLONG)%s(&Srb->Cdb[2]) << 32) | %s(&Srb->Cdb[6]);" % (be32, be32),
        "GrAcquireIoLock(Ext, &Lock);",
        "@@INJECT_LOCKED@@",
        "switch (Srb->Cdb[1] & 0x1F) {",
        "case GR_PR_REGISTER:",
        "  Lun->RegisteredKey = Key;",
        "  break;",
        "case GR_PR_RESERVE:",
        "  if (Lun->ReservationKey != 0 && Lun->ReservationKey != Key)",
        "    Status = SRB_STATUS_ERROR;",
        "  else",
        "    Lun->ReservationKey = Key;",
        "  break;",
        "case GR_PR_RELEASE:",
        "  if (Lun->ReservationKey == Key)",
        "    Lun->ReservationKey = 0;",
        "  break;",
        "case GR_PR_CLEAR:",
        "  Lun->ReservationKey = 0;",
        "  Lun->RegisteredKey = 0;",
        "  Lun->UnitAttention = GR_UA_RESERVATIONS_RELEASED;",
        "  break;",
        "default:",
        "  Status = SRB_STATUS_INVALID_REQUEST;",
        "  break;",
        "}",
        "Lun->Generation++;",
        "GrReleaseIoLock(Ext, &Lock);",
    ]
    body += val_calls(ctx, ["evlog", "stats"], 1, "Status")
    body += ["return Status;"]
    return "TgPersistentReserve", "Applies a PERSISTENT RESERVE OUT service action.", body


def t_tg_reset(ctx, fc):
    body = [
        "STOR_LOCK_HANDLE Lock;",
        "PGR_TARGET Target = &Ext->Targets[SrbExt->Target % GR_MAX_TARGETS];",
        "ULONG L;",
        "",
        "@@INJECT@@",
        "if (!Target->Present)",
        "  return SRB_STATUS_NO_DEVICE;",
        "GrAcquireIoLock(Ext, &Lock);",
        "@@INJECT_LOCKED@@",
        "for (L = 0; L < GR_MAX_LUNS; L++) {",
        "  Target->Luns[L].ResetPending = TRUE;",
        "  Target->Luns[L].UnitAttention = GR_UA_RESET;",
        "}",
        "GrReleaseIoLock(Ext, &Lock);",
    ]
    body += val_calls(ctx, ["evlog", "stats"], 2, "SrbExt->Target")
    body += ["return SRB_STATUS_SUCCESS;"]
    return "TgResetTarget", "Flags every logical unit of a target for reset.", body


def t_tg_present(ctx, fc):
    body = [
        "PGR_TARGET Target = &Ext->Targets[SrbExt->Target % GR_MAX_TARGETS];",
        "",
        "@@INJECT@@",
        "if (SrbExt->Target >= Ext->Config.NumTargets || !Target->Present)",
        "  return SRB_STATUS_NO_DEVICE;",
        "if (SrbExt->Lun >= Target->NumLuns)",
        "  return SRB_STATUS_NO_DEVICE;",
        "if (Target->BlockSize == 0 || Target->Capacity == 0)",
        "  return SRB_STATUS_NO_DEVICE;",
        "return SRB_STATUS_SUCCESS;",
    ]
    return "TgCheckPresent", "Checks that the addressed unit exists.", body


def t_tg_flags(ctx, fc):
    lun = fc.leaf("lun")
    body = [
        "STOR_LOCK_HANDLE Lock;",
        "PGR_LUN Lun = %s(Ext, SrbExt);" % lun,
        "ULONG Status = SRB_STATUS_SUCCESS;",
        "",
        "@@INJECT@@",
        "GrAcquireIoLock(Ext, &Lock);",
        "@@INJECT_LOCKED@@",
        "if (Lun->ResetPending) {",
        "  Status = SRB_STATUS_BUS_RESET;",
        "} else {",
        "  switch (Srb->Cdb[0]) {",
        "  case SCSIOP_START_STOP_UNIT:",
        "    if (Srb->Cdb[4] & 1)",
        "      Lun->Flags &= ~GR_LUN_STOPPED;",
        "    else",
        "      Lun->Flags |= GR_LUN_STOPPED;",
        "    break;",
        "  case SCSIOP_MEDIUM_REMOVAL:",
        "    if (Srb->Cdb[4] & 1)",
        "      Lun->Flags |= GR_LUN_LOCKED;",
        "    else",
        "      Lun->Flags &= ~GR_LUN_LOCKED;",
        "    break;",
        "  default:",
        "    if (Lun->Flags & GR_LUN_STOPPED)",
        "      Status = SRB_STATUS_ERROR;",
        "    break;",
        "  }",
        "}",
        "GrReleaseIoLock(Ext, &Lock);",
        "return Status;",
    ]
    return "TgUpdateUnitFlags", "Applies START STOP UNIT and medium-removal state.", body


TARGET_TEMPLATES = [t_tg_ua, t_tg_reserve, t_tg_reset, t_tg_present, t_tg_flags]

# ---- queue: rings and tags under the StartIo lock ("req") -----------------


def t_q_submit(ctx, fc):
    qof = fc.leaf("queue")
    body = [
        "STOR_LOCK_HANDLE Lock;",
        "PGR_QUEUE Queue = %s(Ext, SrbExt);" % qof,
        "PGR_RING Ring = Queue->Ring;",
        "PGR_RING_ENTRY Entry;",
        "ULONG Tail = 0;",
        "BOOLEAN Queued = FALSE;",
        "",
        "@@INJECT@@",
        "InterlockedIncrement(&Queue->InFlight);",
        "StorPortAcquireSpinLock(Ext, StartIoLock, NULL, &Lock);",
        "if (Ring->Tail - Ring->Head < Queue->Depth) {",
        "  Entry = &Ring->Entries[Ring->Tail % GR_RING_SIZE];",
        "  Entry->Cmd = SrbExt->Cmd;",
        "  Entry->Srb = Srb;",
        "  Entry->Tag = SrbExt->Tag;",
        "  Entry->SubmitTick = SrbExt->SubmitTick;",
        "  Ring->Tail++;",
        "  Tail = Ring->Tail;",
        "  Queue->SubmitCount++;",
        "  @@INJECT_LOCKED@@",
        "  Queued = TRUE;",
        "} else {",
        "  Queue->FullCount++;",
        "}",
        "StorPortReleaseSpinLock(Ext, &Lock);",
        "if (!Queued) {",
        "  InterlockedDecrement(&Queue->InFlight);",
    ]
    body += indent(val_calls(ctx, ["stats", "evlog"], 1, "SrbExt->Queue"), 2)
    body += [
        "  return SRB_STATUS_BUSY;",
        "}",
        "SrbExt->State = GR_SRBX_SUBMITTED;",
        "StorPortWriteRegisterUlong(Ext, Queue->Doorbell, Tail);",
        "return SRB_STATUS_SUCCESS;",
    ]
    return "QSubmit", "Puts a built command on its queue's ring and rings the doorbell.", body


def t_q_select(ctx, fc):
    body = [
        "STARTIO_PERFORMANCE_PARAMETERS Params;",
        "",
        "@@INJECT@@",
        "SrbExt->Queue = 0;",
        "if (!Ext->Config.ConcurrentChannels || Ext->Config.NumQueues <= 1)",
        "  return SRB_STATUS_SUCCESS;",
        "RtlZeroMemory(&Params, sizeof(Params));",
        "Params.Version = STOR_PERF_VERSION;",
        "Params.Size = sizeof(Params);",
        "if (StorPortGetStartIoPerfParams(Ext, Srb, &Params) != STOR_STATUS_SUCCESS ||",
        "    Params.ChannelNumber == 0)",
        "  return SRB_STATUS_SUCCESS;",
        "/* Channels are numbered from 1. */",
        "SrbExt->Queue = (Params.ChannelNumber - 1) % Ext->Config.NumQueues;",
        "return SRB_STATUS_SUCCESS;",
    ]
    return "QSelectQueue", "Maps the request's concurrent channel to a hardware queue.", body


def t_q_tag_alloc(ctx, fc):
    zb = fc.leaf("zerobit")
    body = [
        "STOR_LOCK_HANDLE Lock;",
        "ULONG W;",
        "ULONG Word;",
        "ULONG Bit;",
        "ULONG Status = SRB_STATUS_BUSY;",
        "",
        "@@INJECT@@",
        "GrAcquireIoLock(Ext, &Lock);",
        "for (W = 0; W < GR_TAG_WORDS; W++) {",
        "  ULONG Index = (Ext->Tags.NextHint + W) % GR_TAG_WORDS;",
        "  Word = Ext->Tags.Bitmap[Index];",
        "  if (Word == 0xFFFFFFFFU)",
        "    continue;",
        "  Bit = %s(Word);" % zb,
        "  Ext->Tags.Bitmap[Index] = Word | (1U << Bit);",
        "  Ext->Tags.NextHint = Index;",
        "  Ext->Tags.InUse++;",
        "  if (Ext->Tags.InUse > Ext->Tags.HighWater)",
        "    Ext->Tags.HighWater = Ext->Tags.InUse;",
        "  @@INJECT_LOCKED@@",
        "  SrbExt->Tag = Index * 32 + Bit;",
        "  Status = SRB_STATUS_SUCCESS;",
        "  break;",
        "}",
        "GrReleaseIoLock(Ext, &Lock);",
        "return Status;",
    ]
    return "QAllocateTag", "Allocates a command tag from the adapter's tag bitmap.", body


def t_q_tag_free(ctx, fc):
    body = [
        "STOR_LOCK_HANDLE Lock;",
        "ULONG Index = (SrbExt->Tag / 32) % GR_TAG_WORDS;",
        "ULONG Mask = 1U << (SrbExt->Tag % 32);",
        "",
        "@@INJECT@@",
        "GrAcquireIoLock(Ext, &Lock);",
        "if (Ext->Tags.Bitmap[Index] & Mask) {",
        "  Ext->Tags.Bitmap[Index] &= ~Mask;",
        "  Ext->Tags.InUse--;",
        "  @@INJECT_LOCKED@@",
        "}",
        "GrReleaseIoLock(Ext, &Lock);",
        "SrbExt->Tag = GR_INVALID_TAG;",
        "return SRB_STATUS_SUCCESS;",
    ]
    return "QReleaseTag", "Returns a request's tag to the bitmap.", body


def t_q_pending_push(ctx, fc):
    body = [
        "STOR_LOCK_HANDLE Lock;",
        "ULONG Status = SRB_STATUS_PENDING;",
        "",
        "@@INJECT@@",
        "Srb->NextSrb = NULL;",
        "StorPortAcquireSpinLock(Ext, StartIoLock, NULL, &Lock);",
        "if (Ext->Pending.Count >= GR_MAX_PENDING) {",
        "  Status = SRB_STATUS_BUSY;",
        "} else {",
        "  if (Ext->Pending.Tail != NULL)",
        "    Ext->Pending.Tail->NextSrb = Srb;",
        "  else",
        "    Ext->Pending.Head = Srb;",
        "  Ext->Pending.Tail = Srb;",
        "  Ext->Pending.Count++;",
        "  @@INJECT_LOCKED@@",
        "}",
        "StorPortReleaseSpinLock(Ext, &Lock);",
        "if (Status == SRB_STATUS_PENDING)",
        "  SrbExt->Flags |= GR_SRBX_DEFERRED;",
        "return Status == SRB_STATUS_PENDING ? SRB_STATUS_SUCCESS : Status;",
    ]
    return "QDeferRequest", "Parks a request on the pending list while its queue is full.", body


def t_q_pending_pop(ctx, fc):
    body = [
        "STOR_LOCK_HANDLE Lock;",
        "PSCSI_REQUEST_BLOCK Next = NULL;",
        "ULONG Moved = 0;",
        "",
        "@@INJECT@@",
        "StorPortAcquireSpinLock(Ext, StartIoLock, NULL, &Lock);",
        "while (Ext->Pending.Head != NULL && Moved < GR_PENDING_BATCH) {",
        "  Next = Ext->Pending.Head;",
        "  Ext->Pending.Head = Next->NextSrb;",
        "  if (Ext->Pending.Head == NULL)",
        "    Ext->Pending.Tail = NULL;",
        "  Ext->Pending.Count--;",
        "  Next->NextSrb = NULL;",
        "  Moved++;",
        "}",
        "@@INJECT_LOCKED@@",
        "StorPortReleaseSpinLock(Ext, &Lock);",
        "SrbExt->Resubmitted += Moved;",
        "return SRB_STATUS_SUCCESS;",
    ]
    return "QTakeDeferred", "Takes a batch of deferred requests off the pending list.", body


def t_q_depth(ctx, fc):
    qof = fc.leaf("queue")
    body = [
        "STOR_LOCK_HANDLE Lock;",
        "PGR_QUEUE Queue = %s(Ext, SrbExt);" % qof,
        "ULONG Used;",
        "",
        "@@INJECT@@",
        "StorPortAcquireSpinLock(Ext, StartIoLock, NULL, &Lock);",
        "Used = Queue->Ring->Tail - Queue->Ring->Head;",
        "@@INJECT_LOCKED@@",
        "StorPortReleaseSpinLock(Ext, &Lock);",
        "if (Used + 1 >= Queue->Depth)",
        "  return SRB_STATUS_BUSY;",
        "if (ReadULongAcquire(&Ext->Policy.ThrottleLevel) > GR_THROTTLE_NONE &&",
        "    Used * 2 >= Queue->Depth)",
        "  return SRB_STATUS_BUSY;",
        "return SRB_STATUS_SUCCESS;",
    ]
    return "QCheckDepth", "Refuses a request when its queue is (nearly) full.", body


QUEUE_TEMPLATES = [t_q_submit, t_q_select, t_q_tag_alloc, t_q_tag_free,
                   t_q_pending_push, t_q_pending_pop, t_q_depth]

# ---- wd: watchdog helpers, timer only ("tmr") -----------------------------


def t_wd_queues(ctx, fc):
    body = [
        "ULONG Q;",
        "ULONG Stalled = 0;",
        "",
        "@@INJECT@@",
        "for (Q = 0; Q < Ext->Config.NumQueues && Q < GR_MAX_QUEUES; Q++) {",
        "  PGR_QUEUE Queue = &Ext->Queues[Q];",
        "  LONG InFlight = ReadNoFence(&Queue->InFlight);",
        "  /* Storport holds the StartIo lock for the timer: the ring can be",
        "   * read directly. */",
        "  ULONG Used = Queue->Ring->Tail - Queue->Ring->Head;",
        "",
        "  if (InFlight > 0 && Used != 0 && InFlight >= Queue->Watch.LastInFlight)",
        "    Queue->Watch.IdleTicks++;",
        "  else",
        "    Queue->Watch.IdleTicks = 0;",
        "  Queue->Watch.LastInFlight = InFlight;",
        "  if (Queue->Watch.IdleTicks > Ext->Config.TimeoutTicks) {",
        "    Queue->Watch.Stalls++;",
        "    Stalled++;",
        "  }",
        "}",
        "return Stalled;",
    ]
    return "WdScanQueues", "Finds queues that made no progress since the last tick.", body


def t_wd_expire(ctx, fc):
    body = [
        "PGR_QUEUE Queue = &Ext->Queues[Now % GR_MAX_QUEUES];",
        "PGR_RING Ring = Queue->Ring;",
        "ULONG I;",
        "ULONG Expired = 0;",
        "",
        "@@INJECT@@",
        "if (Ring == NULL)",
        "  return 0;",
        "for (I = Ring->Head; I != Ring->Tail; I++) {",
        "  PGR_RING_ENTRY Entry = &Ring->Entries[I % GR_RING_SIZE];",
        "  if (Now - Entry->SubmitTick > Ext->Config.TimeoutTicks)",
        "    Expired++;",
        "}",
        "Ext->Watchdog.ExpiredCommands += Expired;",
        "return Expired;",
    ]
    return "WdCountExpired", "Counts the commands of one queue older than the timeout.", body


def t_wd_rates(ctx, fc):
    c = ctx.rng.choice(["Requests", "Errors", "Busy", "Reads", "Writes"])
    body = [
        "LONG Current = ReadNoFence(&Ext->Stats.%s);" % c,
        "LONG Delta;",
        "",
        "@@INJECT@@",
        "Delta = Current - Ext->Watchdog.Last%s;" % c,
        "Ext->Watchdog.Last%s = Current;" % c,
        "Ext->Watchdog.History[Now % GR_WD_HISTORY] = (ULONG)Delta;",
        "if (Delta < 0)",
        "  return 1;",
        "return 0;",
    ]
    return "WdSampleRate", "Samples the request rate for the history window.", body


def t_wd_health(ctx, fc):
    body = [
        "ULONG State = GR_HEALTH_OK;",
        "ULONG Throttle = GR_THROTTLE_NONE;",
        "LONG Errors = ReadNoFence(&Ext->Stats.Errors);",
        "LONG Busy = ReadNoFence(&Ext->Stats.Busy);",
        "",
        "@@INJECT@@",
        "if (Errors - Ext->Watchdog.LastErrors > GR_ERROR_BURST)",
        "  State = GR_HEALTH_DEGRADED;",
        "if (Busy - Ext->Watchdog.LastBusy > GR_BUSY_BURST)",
        "  Throttle = GR_THROTTLE_HALF;",
        "if (Ext->Watchdog.StallReports > GR_STALL_LIMIT)",
        "  State = GR_HEALTH_FAILED;",
        "Ext->Watchdog.LastErrors = Errors;",
        "Ext->Watchdog.LastBusy = Busy;",
        "/* Published for StartIo, which reads them with ReadULongAcquire. */",
        "WriteULongRelease(&Ext->Health.State, State);",
        "WriteULongRelease(&Ext->Policy.ThrottleLevel, Throttle);",
        "return State != GR_HEALTH_OK;",
    ]
    return "WdPublishHealth", "Publishes the adapter's health and throttling level.", body


def t_wd_targets(ctx, fc):
    body = [
        "ULONG T;",
        "ULONG Resets = 0;",
        "",
        "@@INJECT@@",
        "for (T = 0; T < Ext->Config.NumTargets && T < GR_MAX_TARGETS; T++) {",
        "  PGR_LUN Lun = &Ext->Targets[T].Luns[Now % GR_MAX_LUNS];",
        "  if (!Ext->Targets[T].Present)",
        "    continue;",
        "  /* The StartIo lock is held by Storport for the timer. */",
        "  if (Lun->ResetPending && ReadNoFence(&Lun->Outstanding) == 0) {",
        "    Lun->ResetPending = FALSE;",
        "    Resets++;",
        "  }",
        "}",
        "Ext->Watchdog.ResetsCompleted += Resets;",
        "return 0;",
    ]
    return "WdFinishResets", "Clears resets of units with nothing outstanding.", body


def t_wd_evlog(ctx, fc):
    body = [
        "PGR_EVENT_LOG Log = Ext->EventLog;",
        "",
        "@@INJECT@@",
        "if (Log == NULL)",
        "  return 0;",
        "if (Log->Dropped != Ext->Watchdog.LastDropped) {",
        "  StorPortDebugPrint(GR_DEBUG_WARN, \"genraid: %lu events dropped\\n\",",
        "                     Log->Dropped - Ext->Watchdog.LastDropped);",
        "  Ext->Watchdog.LastDropped = Log->Dropped;",
        "  return 1;",
        "}",
        "return 0;",
    ]
    return "WdCheckEventLog", "Reports events the log had to drop.", body


def t_wd_latency(ctx, fc):
    body = [
        "ULONG B;",
        "LONG Total = 0;",
        "LONG Seen = 0;",
        "",
        "@@INJECT@@",
        "for (B = 0; B < GR_LAT_BUCKETS; B++)",
        "  Total += ReadNoFence(&Ext->Stats.LatencyHist[B]);",
        "if (Total == 0)",
        "  return 0;",
        "for (B = 0; B < GR_LAT_BUCKETS; B++) {",
        "  Seen += ReadNoFence(&Ext->Stats.LatencyHist[B]);",
        "  if (Seen * 100 >= Total * 99)",
        "    break;",
        "}",
        "Ext->Watchdog.P99Bucket = B;",
        "return B > GR_LAT_SLOW_BUCKET;",
    ]
    return "WdLatencyPercentile", "Computes the 99th-percentile latency bucket.", body


def t_wd_tags(ctx, fc):
    body = [
        "@@INJECT@@",
        "if (Ext->Tags.InUse > Ext->Tags.HighWater)",
        "  Ext->Watchdog.TagAnomalies++;",
        "Ext->Watchdog.TagsInUse[Now % GR_WD_HISTORY] = Ext->Tags.InUse;",
        "if (Ext->Pending.Count != 0 && Ext->Tags.InUse == 0)",
        "  return 1;",
        "return 0;",
    ]
    return "WdCheckTags", "Samples tag usage; the timer holds the StartIo lock.", body


WD_TEMPLATES = [t_wd_queues, t_wd_expire, t_wd_rates, t_wd_health,
                t_wd_targets, t_wd_evlog, t_wd_latency, t_wd_tags]

# ---- ioctl: SRB_FUNCTION_IO_CONTROL sub-functions ("req") ------------------


def t_io_stats(ctx, fc):
    body = [
        "PGR_IOCTL_STATS Out;",
        "ULONG I;",
        "",
        "@@INJECT@@",
        "if (Srb->DataTransferLength < sizeof(GR_IOCTL_HEADER) + sizeof(GR_IOCTL_STATS))",
        "  return SRB_STATUS_INVALID_REQUEST;",
        "Out = (PGR_IOCTL_STATS)((PUCHAR)Srb->DataBuffer + sizeof(GR_IOCTL_HEADER));",
        "Out->Requests = ReadNoFence(&Ext->Stats.Requests);",
        "Out->Errors = ReadNoFence(&Ext->Stats.Errors);",
        "Out->BytesRead = ReadNoFence64(&Ext->Stats.BytesRead);",
        "Out->BytesWritten = ReadNoFence64(&Ext->Stats.BytesWritten);",
        "for (I = 0; I < GR_LAT_BUCKETS; I++)",
        "  Out->LatencyHist[I] = ReadNoFence(&Ext->Stats.LatencyHist[I]);",
        "return SRB_STATUS_SUCCESS;",
    ]
    return "IoQueryStatistics", "Copies the adapter statistics to the caller.", body


def t_io_health(ctx, fc):
    body = [
        "PGR_IOCTL_HEALTH Out;",
        "",
        "@@INJECT@@",
        "if (Srb->DataTransferLength < sizeof(GR_IOCTL_HEADER) + sizeof(GR_IOCTL_HEALTH))",
        "  return SRB_STATUS_INVALID_REQUEST;",
        "Out = (PGR_IOCTL_HEALTH)((PUCHAR)Srb->DataBuffer + sizeof(GR_IOCTL_HEADER));",
        "Out->State = ReadULongAcquire(&Ext->Health.State);",
        "Out->Tick = ReadULongAcquire(&Ext->Health.CurrentTick);",
        "Out->Throttle = ReadULongAcquire(&Ext->Policy.ThrottleLevel);",
        "Out->Queues = Ext->Config.NumQueues;",
        "return SRB_STATUS_SUCCESS;",
    ]
    return "IoQueryHealth", "Reports the health the watchdog published.", body


def t_io_evlog(ctx, fc):
    mn = fc.leaf("min")
    body = [
        "STOR_LOCK_HANDLE Lock;",
        "PGR_EVENT_LOG Log = Ext->EventLog;",
        "PGR_EVENT Out;",
        "ULONG Max;",
        "ULONG I;",
        "ULONG N;",
        "",
        "@@INJECT@@",
        "if (Log == NULL || Srb->DataTransferLength < sizeof(GR_IOCTL_HEADER))",
        "  return SRB_STATUS_INVALID_REQUEST;",
        "Out = (PGR_EVENT)((PUCHAR)Srb->DataBuffer + sizeof(GR_IOCTL_HEADER));",
        "Max = (Srb->DataTransferLength - sizeof(GR_IOCTL_HEADER)) / sizeof(GR_EVENT);",
        "GrAcquireIoLock(Ext, &Lock);",
        "N = %s(Max, Log->Count);" % mn,
        "for (I = 0; I < N; I++)",
        "  Out[I] = Log->Entries[(Log->Head - N + I) % GR_EVENT_LOG_SIZE];",
        "if (Srb->Cdb[1] & 1) {",
        "  Log->Count = 0;",
        "  Log->Dropped = 0;",
        "}",
        "GrReleaseIoLock(Ext, &Lock);",
        "SrbExt->Blocks = N;",
        "return SRB_STATUS_SUCCESS;",
    ]
    return "IoReadEventLog", "Copies (and optionally clears) the event log.", body


IOCTL_TEMPLATES = [t_io_stats, t_io_health, t_io_evlog]

GROUPS = {
    # group: (file stem, function kind, templates, lower groups it may call)
    "stats": ("stats", "val", STATS_TEMPLATES, []),
    "evlog": ("evlog", "val", EVLOG_TEMPLATES, ["stats"]),
    "srbx": ("srbext", "req", SRBX_TEMPLATES, ["stats", "evlog"]),
    "cmd": ("cmdbuild", "req", CMD_TEMPLATES, ["stats", "evlog"]),
    "target": ("target", "req", TARGET_TEMPLATES, ["stats", "evlog"]),
    "queue": ("queue", "req", QUEUE_TEMPLATES, ["stats", "evlog", "srbx"]),
    "ioctl": ("ioctl", "req", IOCTL_TEMPLATES, ["stats", "evlog"]),
    "wd": ("watchdog", "tmr", WD_TEMPLATES, []),
}
GROUP_ORDER = ["stats", "evlog", "srbx", "cmd", "target", "queue", "ioctl",
               "wd", "scsi"]
GROUP_WEIGHT = {"scsi": 0.17, "cmd": 0.17, "queue": 0.14, "stats": 0.10,
                "srbx": 0.14, "target": 0.11, "evlog": 0.05, "wd": 0.08,
                "ioctl": 0.04}
PREFIX = {"stats": "St", "evlog": "Ev", "srbx": "Sx", "cmd": "Cmd",
          "target": "Tg", "queue": "Q", "ioctl": "Io", "wd": "Wd",
          "scsi": "Scsi"}
FIXED_FILES = 4  # main.c, timer.c, util.c, isr.c

# ---------------------------------------------------------------------------
# Function rendering
# ---------------------------------------------------------------------------


def render_public(ctx, fc, group, kind, template):
    stem, doc, body = template(ctx, fc)
    lower = GROUPS[group][3]
    # Most helpers also call a helper of a lower layer in another file.
    if lower and ctx.rng.random() < 0.55:
        extra = []
        if kind == "req":
            g = [x for x in lower if x in ("srbx",)]
            if g and ctx.rng.random() < 0.4:
                extra = call_lines(ctx, g, "req", 1)
            else:
                extra = ["%s(Ext, %s);" % (f.name, ctx.rng.choice(
                    ["SrbExt->Blocks", "SrbExt->Tag", "(ULONG)Srb->Cdb[0]",
                     "SrbExt->OpClass", "Srb->DataTransferLength"]))
                    for f in ctx.pick([x for x in lower if x != "srbx"], "val", 1)]
        elif kind == "val":
            extra = ["%s(Ext, Value);" % f.name for f in ctx.pick(lower, "val", 1)]
        # after the inject marker, so early returns in the template keep
        # working; only where no lock is held.
        pos = body.index("@@INJECT@@") + 1
        body = body[:pos] + extra + body[pos:]
    name = "Gr" + stem + str(ctx.uniq(""))
    sig = SIG[kind].format(n=name)
    lines = ["/* %s */" % doc, sig + " {"] + indent(body, 2) + ["}"]
    if kind == "val" and not any("Value" in l for l in body):
        lines.insert(2, "  UNREFERENCED_PARAMETER(Value);")
    if kind == "tmr" and not any("Now" in l for l in body):
        lines.insert(2, "  UNREFERENCED_PARAMETER(Now);")
    if kind == "req":
        used = "\n".join(body)
        if "Srb" not in used.replace("SrbExt", ""):
            lines.insert(2, "  UNREFERENCED_PARAMETER(Srb);")
        if "SrbExt" not in used:
            lines.insert(2, "  UNREFERENCED_PARAMETER(SrbExt);")
    return Func(name, kind, group, lines, proto=sig + ";")


def render_handler(ctx, fc, op):
    opname, opcode, data = op
    r = ctx.rng
    name = "GrScsi" + "".join(w.capitalize() for w in opname.split("_"))
    body = [
        "PGR_SRB_EXT SrbExt = (PGR_SRB_EXT)Srb->SrbExtension;",
        "ULONG Status;",
        "",
    ]
    init = ctx.pick(["srbx"], "req", 1)
    if init:
        body += ["Status = %s(Ext, Srb, SrbExt);" % init[0].name,
                 "if (Status != SRB_STATUS_SUCCESS) {",
                 "  GrCompleteSrb(Ext, Srb, Status);",
                 "  return;",
                 "}"]
    body += ["if (ReadULongAcquire(&Ext->Health.State) == GR_HEALTH_FAILED) {",
             "  GrCompleteSrb(Ext, Srb, SRB_STATUS_NO_DEVICE);",
             "  return;",
             "}"]
    if data in ("datain", "dataout") and r.random() < 0.5:
        body += ["if (Srb->DataBuffer == NULL || Srb->DataTransferLength == 0) {",
                 "  GrCompleteSrb(Ext, Srb, SRB_STATUS_INVALID_REQUEST);",
                 "  return;",
                 "}"]
    if opname in ("MAINTENANCE_IN", "SERVICE_ACTION_IN16", "PERSISTENT_RESERVE_OUT",
                  "MAINTENANCE_OUT") or r.random() < 0.15:
        body += ["switch (Srb->Cdb[1] & 0x1F) {",
                 "case 0x00:",
                 "case 0x10:",
                 "case 0x0A:",
                 "  break;",
                 "default:",
                 "  GrCompleteSrb(Ext, Srb, SRB_STATUS_INVALID_REQUEST);",
                 "  return;",
                 "}"]
    steps = r.randint(3, 6)
    for _ in range(steps):
        g = r.choice(["cmd", "cmd", "srbx", "target", "queue", "val"])
        if g == "val":
            for f in ctx.pick(["stats", "evlog"], "val", 1):
                body += ["%s(Ext, %s);" % (f.name, r.choice(
                    ["SrbExt->Blocks", "Srb->DataTransferLength", "SrbExt->OpClass",
                     "(ULONG)Srb->Cdb[0]", "SrbExt->Tag"]))]
            continue
        for f in ctx.pick([g], "req", 1, exclude=()):
            body += ["Status = %s(Ext, Srb, SrbExt);" % f.name,
                     "if (Status != SRB_STATUS_SUCCESS) {"]
            for e in ctx.pick(["stats"], "val", 1):
                body += ["  %s(Ext, Status);" % e.name]
            body += ["  GrCompleteSrb(Ext, Srb, Status);", "  return;", "}"]
    if data in ("read", "write"):
        acct = "GR_STAT_DIR_WRITE | " if data == "write" else ""
        for f in ctx.pick(["stats"], "val", 1):
            body += ["%s(Ext, %sSrb->DataTransferLength);" % (f.name, acct)]
        subs = [f for f in ctx.pools.get("queue", []) if f.name.startswith("GrQSubmit")]
        sub = r.choice(subs) if subs else None
        if sub:
            sub.calls += 1
            body += ["Status = %s(Ext, Srb, SrbExt);" % sub.name,
                     "if (Status != SRB_STATUS_SUCCESS)",
                     "  GrCompleteSrb(Ext, Srb, Status);"]
        else:
            body += ["GrCompleteSrb(Ext, Srb, SRB_STATUS_SUCCESS);"]
    else:
        body += ["GrCompleteSrb(Ext, Srb, SRB_STATUS_SUCCESS);"]
    if not any("Status" in l for l in body[3:]):
        body.append("UNREFERENCED_PARAMETER(Status);")
    lines = ["/* SCSIOP_%s (0x%02X). */" % (opname, opcode),
             SIG["handler"].format(n=name) + " {"] + indent(body, 2) + ["}"]
    return Func(name, "handler", "scsi", lines,
                proto=SIG["handler"].format(n=name) + ";")


def render_flush(ctx, name, kind, groups, per_fn, comment):
    """Functions that call every helper nobody calls yet (the dispatch of
    rarely used helpers: the timer's phases, the ioctl fallbacks)."""
    funcs = []
    i = 0
    while True:
        left = [f for g in groups for f in ctx.pools.get(g, [])
                if f.kind == kind and f.calls == 0]
        if not left:
            break
        i += 1
        chunk = left[:per_fn]
        fname = "%s%d" % (name, i)
        if kind == "tmr":
            body = ["ULONG Problems = 0;", ""]
            for f in chunk:
                f.calls += 1
                body += ["Problems += %s(Ext, Now);" % f.name]
            body += ["return Problems;"]
            sig = "static ULONG %s(PGR_ADAPTER Ext, ULONG Now)" % fname
        else:
            body = ["ULONG Status = SRB_STATUS_SUCCESS;", ""]
            for f in chunk:
                f.calls += 1
                body += ["if (Status == SRB_STATUS_SUCCESS)",
                         "  Status = %s(Ext, Srb, SrbExt);" % f.name]
            body += ["return Status;"]
            sig = ("ULONG %s(PGR_ADAPTER Ext, PSCSI_REQUEST_BLOCK Srb, "
                   "PGR_SRB_EXT SrbExt)" % fname)
        funcs.append(Func(fname, kind, None,
                          ["/* %s */" % comment, sig + " {"] + indent(body, 2) + ["}"],
                          proto=None if kind == "tmr" else sig + ";"))
    return funcs


def file_text(args, includes, funcs, leaves, title):
    out = [HEADER_COMMENT.format(seed=args.seed, kloc=args.kloc,
                                 shape=args.shape).rstrip("\n"),
           "/* %s */" % title, ""]
    out += ['#include "%s"' % i for i in includes]
    out.append("")
    for f in leaves:
        out += f.lines + [""]
    for f in funcs:
        f.strip_markers()
        out += f.lines + [""]
    return "\n".join(out).rstrip("\n") + "\n"

# ---------------------------------------------------------------------------
# Headers
# ---------------------------------------------------------------------------


def hw_header(args):
    lines = [HEADER_COMMENT.format(seed=args.seed, kloc=args.kloc, shape=args.shape),
             "#ifndef GR_HW_H", "#define GR_HW_H", "",
             "/* Limits. */",
             "#define GR_MAX_QUEUES 8", "#define GR_RING_SIZE 256",
             "#define GR_MAX_TARGETS 16", "#define GR_MAX_LUNS 8",
             "#define GR_MAX_PRP 32", "#define GR_MAX_SPLIT 8",
             "#define GR_TAG_WORDS 32", "#define GR_INVALID_TAG 0xFFFFFFFFU",
             "#define GR_EVENT_LOG_SIZE 512", "#define GR_LAT_BUCKETS 16",
             "#define GR_LAT_SLOW_BUCKET 12", "#define GR_NUM_OPCLASSES 8",
             "#define GR_OPCLASS_OTHER 7", "#define GR_WD_HISTORY 16",
             "#define GR_PAGE_SIZE 4096", "#define GR_SECTOR_SIZE 512",
             "#define GR_MAX_TRANSFER (2 * 1024 * 1024)",
             "#define GR_MAX_PENDING 1024", "#define GR_PENDING_BATCH 4",
             "#define GR_INQUIRY_LENGTH 36",
             "#define GR_WATCHDOG_INTERVAL_US 250000",
             "#define GR_DEFAULT_TIMEOUT_TICKS 120",
             "#define GR_ERROR_BURST 64", "#define GR_BUSY_BURST 256",
             "#define GR_STALL_LIMIT 8", "",
             "/* Health, published by the watchdog. */",
             "#define GR_HEALTH_OK 0", "#define GR_HEALTH_DEGRADED 1",
             "#define GR_HEALTH_FAILED 2", "#define GR_THROTTLE_NONE 0",
             "#define GR_THROTTLE_HALF 1", "",
             "/* Debug levels. */",
             "#define GR_DEBUG_ERROR 1", "#define GR_DEBUG_WARN 2",
             "#define GR_DEBUG_TRACE 4", "",
             "/* Feature bits read from the capability register. */",
             "#define GR_FEATURE_PROTECTION 0x0001", "#define GR_FEATURE_BOUNCE 0x0002",
             "#define GR_FEATURE_CDB_CRC 0x0004", "#define GR_FEATURE_SPLIT 0x0008",
             "#define GR_FEATURE_TCQ 0x0010", "#define GR_FEATURE_UNMAP 0x0020",
             "#define GR_FEATURE_WRITE_CACHE 0x0040", "#define GR_FEATURE_MSIX 0x0080",
             "",
             "/* Device command opcodes and flags. */",
             "#define GR_HWOP_FLUSH 0x00", "#define GR_HWOP_WRITE 0x01",
             "#define GR_HWOP_READ 0x02", "#define GR_HWOP_WRITE_ZEROES 0x08",
             "#define GR_HWOP_DSM 0x09", "#define GR_HWOP_VERIFY 0x0C",
             "#define GR_HWOP_COMPARE 0x05", "#define GR_HWOP_ADMIN 0x7F",
             "#define GR_HWOP_VENDOR 0xC0",
             "#define GR_HWCMD_DIR_IN 0x01", "#define GR_HWCMD_DIR_OUT 0x02",
             "#define GR_HWCMD_FUA 0x04", "#define GR_HWCMD_PRINFO 0x0100",
             "#define GR_HWCMD_FUA_IF(Cdb1) (((Cdb1) & 0x08) ? GR_HWCMD_FUA : 0)",
             "",
             "/* Device completion status. */",
             "#define GR_HWSTS_SUCCESS 0x00", "#define GR_HWSTS_LBA_RANGE 0x80",
             "#define GR_HWSTS_MEDIA_ERROR 0x81", "#define GR_HWSTS_WRITE_PROTECT 0x82",
             "#define GR_HWSTS_UNIT_ATTENTION 0x83", "",
             "/* Persistent reservation service actions. */",
             "#define GR_PR_REGISTER 0x00", "#define GR_PR_RESERVE 0x01",
             "#define GR_PR_RELEASE 0x02", "#define GR_PR_CLEAR 0x03", "",
             "/* Unit attention codes and unit flags. */",
             "#define GR_UA_RESET 0x29", "#define GR_UA_RESERVATIONS_RELEASED 0x2A",
             "#define GR_LUN_STOPPED 0x01", "#define GR_LUN_LOCKED 0x02", "",
             "/* Statistics argument encoding. */",
             "#define GR_STAT_DIR_WRITE 0x80000000U",
             "#define GR_STAT_LUN_DONE 0x40000000U",
             "#define GR_STAT_LENGTH_MASK 0x3FFFFFFFU", "",
             "/* Event codes. */"]
    for i, c in enumerate(EVENT_CODES):
        lines.append("#define GR_EV_%s %d" % (c, i))
    lines += ["#define GR_EVMASK(Code) (1U << (Code))", "",
              "/* I/O-control codes (SRB_FUNCTION_IO_CONTROL). */",
              "#define GR_IOCTL_SIGNATURE \"GENRAID\""]
    lines += ["", "/* SCSI operation codes. */"]
    for n, op, _ in SCSI_OPS:
        lines.append("#define SCSIOP_%s 0x%02X" % (n, op))
    lines += ["", "/* SRB-extension states and flags. */",
              "#define GR_SRBX_NEW 0", "#define GR_SRBX_DECODED 1",
              "#define GR_SRBX_SPLITTING 2", "#define GR_SRBX_BUILT 3",
              "#define GR_SRBX_SUBMITTED 4", "#define GR_SRBX_COMPLETING 5",
              "#define GR_SRBX_DATA_IN 0x0001", "#define GR_SRBX_DATA_OUT 0x0002",
              "#define GR_SRBX_SPLIT 0x0004", "#define GR_SRBX_RESIDUAL 0x0008",
              "#define GR_SRBX_BOUNCE 0x0010", "#define GR_SRBX_RETRYABLE 0x0020",
              "#define GR_SRBX_TIMED_OUT 0x0040", "#define GR_SRBX_ABORTED 0x0080",
              "#define GR_SRBX_CACHED 0x0100", "#define GR_SRBX_DEFERRED 0x0200",
              "", "#endif /* GR_HW_H */", ""]
    return "\n".join(lines)


def adapter_header(args, racy):
    """racy: struct name -> [(field, type, comment)] of deliberately racy fields."""
    def extra(struct):
        return ["  %s %s; /* %s */" % (t, f, c) for f, t, c in racy.get(struct, [])]

    L = [HEADER_COMMENT.format(seed=args.seed, kloc=args.kloc, shape=args.shape),
         "#ifndef GR_ADAPTER_H", "#define GR_ADAPTER_H", "",
         "#include <storport.h>", '#include "gr_hw.h"', "",
         "/*",
         " * Protection of adapter state (PROTECTION column):",
         " *   config    written in HwFindAdapter/HwInitialize, read-only afterwards",
         " *   lock      StartIo lock (StartIo and the DPC take it; the timer runs",
         " *             with it held by Storport)",
         " *   atomic    Interlocked* updates, ReadNoFence/ReadAcquire reads",
         " *   publish   written by the watchdog with WriteULongRelease, read with",
         " *             ReadULongAcquire",
         " *   timer     touched by the watchdog only",
         " */", "",
         "/* Device registers. */",
         "typedef struct _GR_REGS {",
         "  ULONG Capabilities;", "  ULONG Version;", "  ULONG Control;",
         "  ULONG Status;", "  ULONG InterruptMask;",
         "  ULONG Doorbell[GR_MAX_QUEUES];",
         "} GR_REGS, *PGR_REGS;", "",
         "/* A device command. */",
         "typedef struct _GR_HW_CMD {",
         "  UCHAR Opcode;", "  UCHAR Reserved;", "  USHORT CommandId;",
         "  ULONG Flags;", "  ULONG Nsid;", "  ULONG Control;",
         "  ULONGLONG Lba;", "  ULONG Blocks;", "  ULONG Dw[6];",
         "  ULONGLONG Prp1;", "  ULONGLONG Prp2;",
         "} GR_HW_CMD, *PGR_HW_CMD;", "",
         "typedef struct _GR_RING_ENTRY {",
         "  GR_HW_CMD Cmd;", "  PSCSI_REQUEST_BLOCK Srb;", "  ULONG Tag;",
         "  ULONG SubmitTick;",
         "} GR_RING_ENTRY, *PGR_RING_ENTRY;", "",
         "/* A submission ring in uncached memory. PROTECTION: lock. */",
         "typedef struct _GR_RING {",
         "  ULONG Head;", "  ULONG Tail;",
         "  ULONG volatile DeviceHead; /* written by the device */",
         "  ULONG Phase;", "  GR_RING_ENTRY Entries[GR_RING_SIZE];",
         "} GR_RING, *PGR_RING;", "",
         "/* Watchdog view of a queue. PROTECTION: timer. */",
         "typedef struct _GR_QUEUE_WATCH {",
         "  ULONG IdleTicks;", "  LONG LastInFlight;", "  ULONG Stalls;",
         "} GR_QUEUE_WATCH, *PGR_QUEUE_WATCH;", "",
         "typedef struct _GR_QUEUE {",
         "  ULONG MessageId;       /* config */",
         "  ULONG Depth;           /* config */",
         "  PULONG Doorbell;       /* config */",
         "  PGR_RING Ring;         /* config (the ring itself: lock) */",
         "  LONG InFlight;         /* atomic */",
         "  ULONG SubmitCount;     /* lock */",
         "  ULONG FullCount;       /* lock */",
         "  ULONG CompleteCount;   /* lock */",
         "  GR_QUEUE_WATCH Watch;  /* timer */"]
    L += extra("GR_QUEUE")
    L += ["} GR_QUEUE, *PGR_QUEUE;", "",
          "typedef struct _GR_LUN {",
          "  ULONG Flags;             /* lock */",
          "  ULONG UnitAttention;     /* lock */",
          "  BOOLEAN ResetPending;    /* lock */",
          "  ULONGLONG ReservationKey; /* lock */",
          "  ULONGLONG RegisteredKey; /* lock */",
          "  ULONG Generation;        /* lock */",
          "  LONG Outstanding;        /* atomic */",
          "} GR_LUN, *PGR_LUN;", "",
          "typedef struct _GR_TARGET {",
          "  BOOLEAN Present;     /* config */",
          "  ULONG NumLuns;       /* config */",
          "  ULONG BlockSize;     /* config */",
          "  ULONG MaxBlocks;     /* config */",
          "  ULONGLONG Capacity;  /* config */",
          "  GR_LUN Luns[GR_MAX_LUNS];",
          "} GR_TARGET, *PGR_TARGET;", "",
          "/* PROTECTION: atomic. */",
          "typedef struct _GR_STATS {"]
    L += ["  LONG %s;" % c for c in STAT_COUNTERS]
    L += ["  LONG PeakInFlight;", "  LONG OpCounts[GR_NUM_OPCLASSES];",
          "  LONG LatencyHist[GR_LAT_BUCKETS];", "  LONG64 BytesRead;",
          "  LONG64 BytesWritten;"]
    L += extra("GR_STATS")
    L += ["} GR_STATS, *PGR_STATS;", "",
          "/* PROTECTION: lock. */",
          "typedef struct _GR_TAG_POOL {",
          "  ULONG Bitmap[GR_TAG_WORDS];", "  ULONG InUse;", "  ULONG HighWater;",
          "  ULONG NextHint;"]
    L += extra("GR_TAG_POOL")
    L += ["} GR_TAG_POOL, *PGR_TAG_POOL;", "",
          "/* PROTECTION: lock. */",
          "typedef struct _GR_PENDING {",
          "  PSCSI_REQUEST_BLOCK Head;", "  PSCSI_REQUEST_BLOCK Tail;",
          "  ULONG Count;",
          "} GR_PENDING, *PGR_PENDING;", "",
          "typedef struct _GR_EVENT {",
          "  ULONG Code;", "  ULONG Arg0;", "  ULONG Arg1;", "  ULONG Tick;",
          "} GR_EVENT, *PGR_EVENT;", "",
          "/* PROTECTION: lock (through GrAcquireIoLock). */",
          "typedef struct _GR_EVENT_LOG {",
          "  ULONG Head;", "  ULONG Count;", "  ULONG Dropped;", "  ULONG Suppressed;",
          "  ULONG Sequence;", "  GR_EVENT Entries[GR_EVENT_LOG_SIZE];",
          "} GR_EVENT_LOG, *PGR_EVENT_LOG;", "",
          "/* PROTECTION: publish. */",
          "typedef struct _GR_HEALTH {",
          "  ULONG State;", "  ULONG CurrentTick;",
          "} GR_HEALTH, *PGR_HEALTH;", "",
          "/* I/O policy tuned by the watchdog. PROTECTION: publish. */",
          "typedef struct _GR_POLICY {",
          "  ULONG ThrottleLevel;"]
    L += extra("GR_POLICY")
    L += ["} GR_POLICY, *PGR_POLICY;", "",
          "/* PROTECTION: timer. */",
          "typedef struct _GR_WATCHDOG {",
          "  ULONG Ticks;", "  ULONG StallReports;", "  ULONG ExpiredCommands;",
          "  ULONG ResetsCompleted;", "  ULONG TagAnomalies;", "  ULONG P99Bucket;",
          "  ULONG LastDropped;", "  LONG LastRequests;", "  LONG LastErrors;",
          "  LONG LastBusy;", "  LONG LastReads;", "  LONG LastWrites;",
          "  ULONG History[GR_WD_HISTORY];", "  ULONG TagsInUse[GR_WD_HISTORY];",
          "} GR_WATCHDOG, *PGR_WATCHDOG;", "",
          "/* PROTECTION: config. */",
          "typedef struct _GR_CONFIG {",
          "  PGR_REGS Regs;", "  ULONG NumQueues;", "  ULONG QueueDepth;",
          "  ULONG NumTargets;", "  ULONG MaxTransfer;", "  ULONG MaxPrp;",
          "  ULONG AlignmentMask;", "  ULONG Features;", "  ULONG MaxRetries;",
          "  ULONG TimeoutTicks;", "  ULONG EventMask;", "  ULONG DebugLevel;",
          "  BOOLEAN ConcurrentChannels;",
          "} GR_CONFIG, *PGR_CONFIG;", "",
          "typedef struct _GR_ADAPTER {",
          "  GR_CONFIG Config;",
          "  GR_QUEUE Queues[GR_MAX_QUEUES];",
          "  GR_TARGET Targets[GR_MAX_TARGETS];",
          "  GR_STATS Stats;",
          "  GR_TAG_POOL Tags;",
          "  GR_PENDING Pending;",
          "  PGR_EVENT_LOG EventLog;",
          "  GR_HEALTH Health;",
          "  GR_POLICY Policy;",
          "  GR_WATCHDOG Watchdog;",
          "  STOR_DPC CompletionDpc;",
          "} GR_ADAPTER, *PGR_ADAPTER;", "",
          "/* Per-request state in the SRB extension: never shared. */",
          "typedef struct _GR_SRB_EXT {",
          "  PSCSI_REQUEST_BLOCK Srb;", "  ULONG State;", "  ULONG PrevState;",
          "  ULONG Flags;", "  ULONG OpClass;", "  ULONG Queue;", "  ULONG Tag;",
          "  ULONG Target;", "  ULONG Lun;", "  ULONGLONG Lba;", "  ULONG Blocks;",
          "  ULONG Retries;", "  ULONG SubmitTick;", "  ULONG HwStatus;",
          "  ULONG Resubmitted;", "  ULONG PrpCount;", "  ULONGLONG Prp[GR_MAX_PRP];",
          "  ULONG SplitCount;", "  ULONG SplitIndex;",
          "  ULONG SplitBlocks[GR_MAX_SPLIT];", "  GR_HW_CMD Cmd;",
          "  UCHAR Sense[18];",
          "} GR_SRB_EXT, *PGR_SRB_EXT;", "",
          "/* I/O-control payloads. */",
          "typedef struct _GR_IOCTL_HEADER {",
          "  ULONG HeaderLength;", "  UCHAR Signature[8];", "  ULONG Timeout;",
          "  ULONG ControlCode;", "  ULONG ReturnCode;", "  ULONG Length;",
          "} GR_IOCTL_HEADER, *PGR_IOCTL_HEADER;", "",
          "typedef struct _GR_IOCTL_STATS {",
          "  LONG Requests;", "  LONG Errors;", "  LONG64 BytesRead;",
          "  LONG64 BytesWritten;", "  LONG LatencyHist[GR_LAT_BUCKETS];",
          "} GR_IOCTL_STATS, *PGR_IOCTL_STATS;", "",
          "typedef struct _GR_IOCTL_HEALTH {",
          "  ULONG State;", "  ULONG Tick;", "  ULONG Throttle;", "  ULONG Queues;",
          "} GR_IOCTL_HEALTH, *PGR_IOCTL_HEALTH;", "",
          "#endif /* GR_ADAPTER_H */", ""]
    return "\n".join(L)


# ---------------------------------------------------------------------------
# Fixed files
# ---------------------------------------------------------------------------


def util_c(args):
    return HEADER_COMMENT.format(seed=args.seed, kloc=args.kloc, shape=args.shape) + \
        """/* Lock wrappers and small helpers used from every file. */

#include "gr_proto.h"

/* The adapter's I/O lock is Storport's StartIo lock: it serializes the
 * submission path with the completion DPC and the watchdog timer. Never
 * taken from the timer, which Storport calls holding it. */
VOID GrAcquireIoLock(PGR_ADAPTER Ext, PSTOR_LOCK_HANDLE Handle) {
  StorPortAcquireSpinLock(Ext, StartIoLock, NULL, Handle);
}

VOID GrReleaseIoLock(PGR_ADAPTER Ext, PSTOR_LOCK_HANDLE Handle) {
  StorPortReleaseSpinLock(Ext, Handle);
}

/* Completes a request with the given SRB status. */
VOID GrCompleteSrb(PGR_ADAPTER Ext, PSCSI_REQUEST_BLOCK Srb, ULONG Status) {
  Srb->SrbStatus = (UCHAR)Status;
  StorPortNotification(RequestComplete, Ext, Srb);
}

/* Reads a device register. */
ULONG GrReadReg(PGR_ADAPTER Ext, PULONG Register) {
  return StorPortReadRegisterUlong(Ext, Register);
}

/* Writes a device register. */
VOID GrWriteReg(PGR_ADAPTER Ext, PULONG Register, ULONG Value) {
  StorPortWriteRegisterUlong(Ext, Register, Value);
}

/* Polls the status register until Mask is set or the budget runs out. */
BOOLEAN GrWaitStatus(PGR_ADAPTER Ext, ULONG Mask, ULONG Budget) {
  ULONG I;

  for (I = 0; I < Budget; I++) {
    if (GrReadReg(Ext, &Ext->Config.Regs->Status) & Mask)
      return TRUE;
    StorPortStallExecution(10);
  }
  return FALSE;
}
"""


def isr_c(args):
    return HEADER_COMMENT.format(seed=args.seed, kloc=args.kloc, shape=args.shape) + \
        """/* MSI-X interrupt and completion DPC. */

#include "gr_proto.h"

BOOLEAN GrHwMessageInterrupt(PVOID DeviceExtension, ULONG MessageId) {
  PGR_ADAPTER Ext = (PGR_ADAPTER)DeviceExtension;

  UNREFERENCED_PARAMETER(MessageId);
  StorPortIssueDpc(Ext, &Ext->CompletionDpc, NULL, NULL);
  return TRUE;
}

/* Reaps the commands the device finished, one queue at a time, under the
 * StartIo lock; completes them after dropping it. */
VOID GrCompletionDpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension,
                     PVOID SystemArgument1, PVOID SystemArgument2) {
  PGR_ADAPTER Ext = (PGR_ADAPTER)HwDeviceExtension;
  ULONG Q;

  UNREFERENCED_PARAMETER(Dpc);
  UNREFERENCED_PARAMETER(SystemArgument1);
  UNREFERENCED_PARAMETER(SystemArgument2);
  for (Q = 0; Q < Ext->Config.NumQueues && Q < GR_MAX_QUEUES; Q++) {
    PGR_QUEUE Queue = &Ext->Queues[Q];
    PGR_RING Ring = Queue->Ring;

    for (;;) {
      STOR_LOCK_HANDLE Lock;
      PSCSI_REQUEST_BLOCK Srb = NULL;

      StorPortAcquireSpinLock(Ext, StartIoLock, NULL, &Lock);
      if (Ring->Head != ReadULongAcquire(&Ring->DeviceHead)) {
        PGR_RING_ENTRY Entry = &Ring->Entries[Ring->Head % GR_RING_SIZE];
        Srb = Entry->Srb;
        Entry->Srb = NULL;
        Ring->Head++;
        Queue->CompleteCount++;
      }
      StorPortReleaseSpinLock(Ext, &Lock);
      if (Srb == NULL)
        break;
      InterlockedDecrement(&Queue->InFlight);
      GrCompleteSrb(Ext, Srb, SRB_STATUS_SUCCESS);
    }
  }
}
"""


def main_c(args, handlers, ioctl_fns):
    out = [HEADER_COMMENT.format(seed=args.seed, kloc=args.kloc, shape=args.shape),
           "/* DriverEntry, initialization and HwStartIo dispatch. */", "",
           '#include "gr_proto.h"', ""]
    # StartIo dispatch
    out += ["/* Dispatches a SCSI request by operation code. */",
            "static VOID GrDispatchScsi(PGR_ADAPTER Ext, PSCSI_REQUEST_BLOCK Srb) {",
            "  switch (Srb->Cdb[0]) {"]
    for h, op in handlers:
        out += ["  case SCSIOP_%s:" % op[0], "    %s(Ext, Srb);" % h.name, "    break;"]
    out += ["  default:",
            "    GrCompleteSrb(Ext, Srb, SRB_STATUS_INVALID_REQUEST);",
            "    break;", "  }", "}", ""]
    out += ["/* Dispatches SRB_FUNCTION_IO_CONTROL by control code. */",
            "static VOID GrDispatchIoctl(PGR_ADAPTER Ext, PSCSI_REQUEST_BLOCK Srb) {",
            "  PGR_IOCTL_HEADER Header = (PGR_IOCTL_HEADER)Srb->DataBuffer;",
            "  PGR_SRB_EXT SrbExt = (PGR_SRB_EXT)Srb->SrbExtension;",
            "  ULONG Status;", "",
            "  if (Header == NULL || Srb->DataTransferLength < sizeof(*Header)) {",
            "    GrCompleteSrb(Ext, Srb, SRB_STATUS_INVALID_REQUEST);",
            "    return;", "  }",
            "  switch (Header->ControlCode) {"]
    for i, f in enumerate(ioctl_fns):
        out += ["  case 0x%X:" % (0x1000 + i), "    Status = %s(Ext, Srb, SrbExt);" % f.name,
                "    break;"]
    out += ["  default:", "    Status = SRB_STATUS_INVALID_REQUEST;", "    break;", "  }",
            "  Header->ReturnCode = Status;",
            "  GrCompleteSrb(Ext, Srb, Status);", "}", ""]
    out += ["BOOLEAN GrHwStartIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb) {",
            "  PGR_ADAPTER Ext = (PGR_ADAPTER)DeviceExtension;", "",
            "  InterlockedIncrement(&Ext->Stats.Requests);",
            "  switch (Srb->Function) {",
            "  case SRB_FUNCTION_EXECUTE_SCSI:",
            "    GrDispatchScsi(Ext, Srb);",
            "    break;",
            "  case SRB_FUNCTION_IO_CONTROL:",
            "    GrDispatchIoctl(Ext, Srb);",
            "    break;",
            "  case SRB_FUNCTION_FLUSH:",
            "  case SRB_FUNCTION_SHUTDOWN:",
            "    InterlockedIncrement(&Ext->Stats.Flushes);",
            "    GrCompleteSrb(Ext, Srb, SRB_STATUS_SUCCESS);",
            "    break;",
            "  case SRB_FUNCTION_RESET_DEVICE:",
            "  case SRB_FUNCTION_RESET_LOGICAL_UNIT:",
            "    InterlockedIncrement(&Ext->Stats.Resets);",
            "    GrCompleteSrb(Ext, Srb, SRB_STATUS_SUCCESS);",
            "    break;",
            "  default:",
            "    GrCompleteSrb(Ext, Srb, SRB_STATUS_INVALID_REQUEST);",
            "    break;",
            "  }",
            "  return TRUE;",
            "}", ""]
    out += ["""/* Sets up the queues, rings, targets and the event log. Runs before any
 * I/O or timer callback. */
ULONG GrHwFindAdapter(PVOID DeviceExtension, PVOID HwContext,
                      PVOID BusInformation, PCHAR ArgumentString,
                      PPORT_CONFIGURATION_INFORMATION ConfigInfo,
                      PBOOLEAN Reserved3) {
  PGR_ADAPTER Ext = (PGR_ADAPTER)DeviceExtension;
  ACCESS_RANGE *Registers;
  PUCHAR Uncached;
  ULONG Q;
  ULONG T;
  ULONG Caps;

  UNREFERENCED_PARAMETER(HwContext);
  UNREFERENCED_PARAMETER(BusInformation);
  UNREFERENCED_PARAMETER(ArgumentString);
  UNREFERENCED_PARAMETER(Reserved3);

  if (ConfigInfo->NumberOfAccessRanges < 1)
    return SP_RETURN_NOT_FOUND;
  Registers = &(*ConfigInfo->AccessRanges)[0];
  Ext->Config.Regs = (PGR_REGS)StorPortGetDeviceBase(
      Ext, ConfigInfo->AdapterInterfaceType, ConfigInfo->SystemIoBusNumber,
      Registers->RangeStart, Registers->RangeLength,
      (BOOLEAN)!Registers->RangeInMemory);
  if (Ext->Config.Regs == NULL)
    return SP_RETURN_ERROR;
  Caps = GrReadReg(Ext, &Ext->Config.Regs->Capabilities);

  /* Full duplex: the timer holds the StartIo lock but not the interrupt
   * lock. */
  ConfigInfo->SynchronizationModel = StorSynchronizeFullDuplex;
  ConfigInfo->InterruptSynchronizationMode = InterruptSynchronizePerMessage;
  ConfigInfo->HwMSInterruptRoutine = GrHwMessageInterrupt;
  ConfigInfo->MaximumTransferLength = GR_MAX_TRANSFER;
  ConfigInfo->NumberOfPhysicalBreaks = GR_MAX_PRP + 1;
  ConfigInfo->ScatterGather = TRUE;
  ConfigInfo->Master = TRUE;
  ConfigInfo->Dma64BitAddresses = 1;
  ConfigInfo->NumberOfBuses = 1;
  ConfigInfo->MaximumNumberOfTargets = GR_MAX_TARGETS;
  ConfigInfo->MaximumNumberOfLogicalUnits = GR_MAX_LUNS;
  ConfigInfo->MaxNumberOfIO = GR_RING_SIZE * GR_MAX_QUEUES;

  Uncached = (PUCHAR)StorPortGetUncachedExtension(
      Ext, ConfigInfo,
      sizeof(GR_RING) * GR_MAX_QUEUES + sizeof(GR_EVENT_LOG));
  if (Uncached == NULL)
    return SP_RETURN_ERROR;
  RtlZeroMemory(Uncached, sizeof(GR_RING) * GR_MAX_QUEUES + sizeof(GR_EVENT_LOG));

  Ext->Config.NumQueues = (Caps & 0x7) + 1;
  Ext->Config.QueueDepth = GR_RING_SIZE - 1;
  Ext->Config.NumTargets = GR_MAX_TARGETS;
  Ext->Config.MaxTransfer = GR_MAX_TRANSFER;
  Ext->Config.MaxPrp = GR_MAX_PRP;
  Ext->Config.AlignmentMask = 3;
  Ext->Config.Features = Caps >> 8;
  Ext->Config.MaxRetries = 3;
  Ext->Config.TimeoutTicks = GR_DEFAULT_TIMEOUT_TICKS;
  Ext->Config.EventMask = 0xFFFFFFFFU;
  Ext->Config.DebugLevel = GR_DEBUG_WARN;
  Ext->Config.ConcurrentChannels = FALSE;
  for (Q = 0; Q < GR_MAX_QUEUES; Q++) {
    Ext->Queues[Q].MessageId = Q + 1;
    Ext->Queues[Q].Depth = Ext->Config.QueueDepth;
    Ext->Queues[Q].Doorbell = &Ext->Config.Regs->Doorbell[Q];
    Ext->Queues[Q].Ring = (PGR_RING)(Uncached + Q * sizeof(GR_RING));
  }
  Ext->EventLog = (PGR_EVENT_LOG)(Uncached + GR_MAX_QUEUES * sizeof(GR_RING));
  for (T = 0; T < GR_MAX_TARGETS; T++) {
    Ext->Targets[T].Present = T < 4;
    Ext->Targets[T].NumLuns = 1;
    Ext->Targets[T].BlockSize = GR_SECTOR_SIZE;
    Ext->Targets[T].MaxBlocks = GR_MAX_TRANSFER / GR_SECTOR_SIZE;
    Ext->Targets[T].Capacity = 0x100000000ULL;
  }
  Ext->Health.State = GR_HEALTH_OK;
  Ext->Policy.ThrottleLevel = GR_THROTTLE_NONE;
  return SP_RETURN_FOUND;
}

/* Asks Storport which performance options it supports, then requests DPC
 * redirection and one concurrent channel per hardware queue; arms the
 * watchdog. */
BOOLEAN GrHwInitialize(PVOID DeviceExtension) {
  PGR_ADAPTER Ext = (PGR_ADAPTER)DeviceExtension;
  PERF_CONFIGURATION_DATA Perf;
  ULONG Supported;

  RtlZeroMemory(&Perf, sizeof(Perf));
  Perf.Version = STOR_PERF_VERSION;
  Perf.Size = sizeof(Perf);
  if (StorPortInitializePerfOpts(Ext, TRUE, &Perf) == STOR_STATUS_SUCCESS) {
    Supported = Perf.Flags;
    Perf.Flags = 0;
    if (Supported & STOR_PERF_DPC_REDIRECTION)
      Perf.Flags |= STOR_PERF_DPC_REDIRECTION;
    if ((Supported & STOR_PERF_CONCURRENT_CHANNELS) &&
        Ext->Config.NumQueues > 1) {
      Perf.Flags |= STOR_PERF_CONCURRENT_CHANNELS;
      Perf.ConcurrentChannels = Ext->Config.NumQueues;
    }
    if (StorPortInitializePerfOpts(Ext, FALSE, &Perf) == STOR_STATUS_SUCCESS)
      Ext->Config.ConcurrentChannels =
          (Perf.Flags & STOR_PERF_CONCURRENT_CHANNELS) != 0;
  }

  StorPortInitializeDpc(Ext, &Ext->CompletionDpc, GrCompletionDpc);
  GrWriteReg(Ext, &Ext->Config.Regs->Control, 1);
  if (!GrWaitStatus(Ext, 1, 1000))
    return FALSE;
  StorPortNotification(RequestTimerCall, Ext, GrWatchdogTimer,
                       GR_WATCHDOG_INTERVAL_US);
  return TRUE;
}

BOOLEAN GrHwResetBus(PVOID DeviceExtension, ULONG PathId) {
  PGR_ADAPTER Ext = (PGR_ADAPTER)DeviceExtension;

  UNREFERENCED_PARAMETER(PathId);
  GrWriteReg(Ext, &Ext->Config.Regs->Control, 2);
  StorPortNotification(ResetDetected, Ext, 0);
  return TRUE;
}

SCSI_ADAPTER_CONTROL_STATUS
GrHwAdapterControl(PVOID DeviceExtension, SCSI_ADAPTER_CONTROL_TYPE ControlType,
                   PVOID Parameters) {
  PSCSI_SUPPORTED_CONTROL_TYPE_LIST List;

  UNREFERENCED_PARAMETER(DeviceExtension);
  switch (ControlType) {
  case ScsiQuerySupportedControlTypes:
    List = (PSCSI_SUPPORTED_CONTROL_TYPE_LIST)Parameters;
    if (List->MaxControlType > ScsiQuerySupportedControlTypes)
      List->SupportedTypeList[ScsiQuerySupportedControlTypes] = TRUE;
    if (List->MaxControlType > ScsiStopAdapter)
      List->SupportedTypeList[ScsiStopAdapter] = TRUE;
    return ScsiAdapterControlSuccess;
  case ScsiStopAdapter:
    return ScsiAdapterControlSuccess;
  default:
    return ScsiAdapterControlUnsuccessful;
  }
}

NTSTATUS DriverEntry(PVOID DriverObject, PVOID RegistryPath) {
  HW_INITIALIZATION_DATA Init;

  RtlZeroMemory(&Init, sizeof(Init));
  Init.HwInitializationDataSize = sizeof(Init);
  Init.AdapterInterfaceType = PCIBus;
  Init.HwFindAdapter = GrHwFindAdapter;
  Init.HwInitialize = GrHwInitialize;
  Init.HwStartIo = GrHwStartIo;
  Init.HwResetBus = GrHwResetBus;
  Init.HwAdapterControl = GrHwAdapterControl;
  Init.DeviceExtensionSize = sizeof(GR_ADAPTER);
  Init.SrbExtensionSize = sizeof(GR_SRB_EXT);
  Init.NumberOfAccessRanges = 1;
  Init.MapBuffers = 2; /* STOR_MAP_NON_READ_WRITE_BUFFERS */
  Init.TaggedQueuing = TRUE;
  Init.AutoRequestSense = TRUE;
  Init.MultipleRequestPerLu = TRUE;
  return (NTSTATUS)StorPortInitialize(DriverObject, RegistryPath, &Init, NULL);
}
"""]
    return "\n".join(out)


def timer_c(args, phases):
    out = [HEADER_COMMENT.format(seed=args.seed, kloc=args.kloc, shape=args.shape),
           "/* The watchdog: a HwStorTimer re-armed every GR_WATCHDOG_INTERVAL_US.",
           " * Storport calls it holding the StartIo lock. */", "",
           '#include "gr_proto.h"', ""]
    for f in phases:
        out += f.lines + [""]
    out += ["VOID GrWatchdogTimer(PVOID DeviceExtension) {",
            "  PGR_ADAPTER Ext = (PGR_ADAPTER)DeviceExtension;",
            "  ULONG Now;",
            "  ULONG Problems = 0;", "",
            "  Now = ++Ext->Watchdog.Ticks;",
            "  WriteULongRelease(&Ext->Health.CurrentTick, Now);"]
    for f in phases:
        out += ["  Problems += %s(Ext, Now);" % f.name]
    out += ["  if (Problems != 0) {",
            "    Ext->Watchdog.StallReports++;",
            "    StorPortDebugPrint(GR_DEBUG_WARN, \"genraid: %lu problems at tick %lu\\n\",",
            "                       Problems, Now);",
            "  }",
            "  StorPortNotification(RequestTimerCall, Ext, GrWatchdogTimer,",
            "                       GR_WATCHDOG_INTERVAL_US);",
            "}", ""]
    return "\n".join(out)


def proto_header(args, files):
    out = [HEADER_COMMENT.format(seed=args.seed, kloc=args.kloc, shape=args.shape),
           "#ifndef GR_PROTO_H", "#define GR_PROTO_H", "",
           '#include "gr_adapter.h"', "",
           "/* Miniport routines, declared with their role types. */",
           "DRIVER_INITIALIZE DriverEntry;", "HW_FIND_ADAPTER GrHwFindAdapter;",
           "HW_INITIALIZE GrHwInitialize;", "HW_STARTIO GrHwStartIo;",
           "HW_RESET_BUS GrHwResetBus;", "HW_ADAPTER_CONTROL GrHwAdapterControl;",
           "HW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE GrHwMessageInterrupt;",
           "HW_DPC_ROUTINE GrCompletionDpc;", "HW_TIMER GrWatchdogTimer;", "",
           "/* util.c */",
           "VOID GrAcquireIoLock(PGR_ADAPTER Ext, PSTOR_LOCK_HANDLE Handle);",
           "VOID GrReleaseIoLock(PGR_ADAPTER Ext, PSTOR_LOCK_HANDLE Handle);",
           "VOID GrCompleteSrb(PGR_ADAPTER Ext, PSCSI_REQUEST_BLOCK Srb, ULONG Status);",
           "ULONG GrReadReg(PGR_ADAPTER Ext, PULONG Register);",
           "VOID GrWriteReg(PGR_ADAPTER Ext, PULONG Register, ULONG Value);",
           "BOOLEAN GrWaitStatus(PGR_ADAPTER Ext, ULONG Mask, ULONG Budget);", ""]
    for fname, funcs in files:
        protos = [f.proto for f in funcs if f.proto and not f.static]
        if protos:
            out += ["/* %s */" % fname] + protos + [""]
    out += ["#endif /* GR_PROTO_H */", ""]
    return "\n".join(out)

# ---------------------------------------------------------------------------
# Races
# ---------------------------------------------------------------------------


def plan_races(ctx, n):
    """Chooses the racy fields; returns ([(kind, struct, field, findings)],
    {struct: [(field, type, comment)]})."""
    used = set()
    plan = []
    fields = {}
    for i in range(n):
        kind, struct, names, findings = RACE_KINDS[i % len(RACE_KINDS)]
        base = names[(i // len(RACE_KINDS)) % len(names)]
        name = base
        k = 2
        while (struct, name) in used:
            name = "%s%d" % (base, k)
            k += 1
        used.add((struct, name))
        ftype = "LONG" if kind in ("K1", "K5") else "ULONG"
        comment = {"K1": "RACE K1: plain increment on the StartIo path",
                   "K2": "RACE K2: written plainly by the watchdog",
                   "K3": "RACE K3: updated outside the lock",
                   "K4": "RACE K4: lock forgotten on one path",
                   "K5": "RACE K5: interlocked, but reset plainly by the watchdog"}[kind]
        fields.setdefault(struct, []).append((name, ftype, comment))
        plan.append((kind, struct, name, findings))
    return plan, fields


def inject_races(ctx, plan):
    """Puts the racy accesses into generated functions. Returns the expected
    findings as text lines."""
    r = ctx.rng
    expected = []

    def host(groups, kind, marker="@@INJECT@@", name_prefix=None):
        c = [f for g in groups for f in ctx.pools.get(g, [])
             if f.kind == kind and f.has(marker) and
             (name_prefix is None or f.name.startswith(name_prefix))]
        if not c:
            raise SystemExit("gen-driver: no host for a racy access in %s "
                             "(driver too small?)" % groups)
        return r.choice(c)

    for kind, struct, field, findings in plan:
        if kind == "K1":
            h = host(["stats"], "val")
            h.inject("@@INJECT@@", ["if (Value == 0)",
                                    "  Ext->Stats.%s++;" % field])
            expected.append("GR_ADAPTER.Stats.%s: HwStorStartIo x HwStorStartIo "
                            "(written in %s)" % (field, h.name))
        elif kind == "K2":
            w = host(["wd"], "tmr")
            w.inject("@@INJECT@@", [
                "if (ReadULongAcquire(&Ext->Policy.ThrottleLevel) != GR_THROTTLE_NONE)",
                "  Ext->Policy.%s = Ext->Targets[0].MaxBlocks / 2;" % field,
                "else",
                "  Ext->Policy.%s = Ext->Targets[0].MaxBlocks;" % field])
            rd = host(["cmd"], "req")
            rd.inject("@@INJECT@@", [
                "if (Ext->Policy.%s != 0 && SrbExt->Blocks > Ext->Policy.%s)" % (field, field),
                "  SrbExt->Flags |= GR_SRBX_SPLIT;"])
            expected.append("GR_ADAPTER.Policy.%s: HwStorStartIo x HwStorTimer "
                            "(read in %s, written in %s)" % (field, rd.name, w.name))
        elif kind == "K3":
            w = host(["queue"], "req", name_prefix="GrQSubmit")
            w.inject("@@INJECT@@", [
                "Ext->Queues[SrbExt->Queue %% GR_MAX_QUEUES].%s += SrbExt->Blocks;" % field])
            rd = host(["wd"], "tmr")
            rd.inject("@@INJECT@@", [
                "if (Ext->Queues[Now %% GR_MAX_QUEUES].%s > 0x40000000U)" % field,
                "  Ext->Watchdog.StallReports++;"])
            expected.append("GR_ADAPTER.Queues[].%s: HwStorStartIo x HwStorStartIo "
                            "(written in %s)" % (field, w.name))
            expected.append("GR_ADAPTER.Queues[].%s: HwStorStartIo x HwStorTimer "
                            "(read in %s)" % (field, rd.name))
        elif kind == "K4":
            lk = host(["queue"], "req", marker="@@INJECT_LOCKED@@", name_prefix="GrQ")
            lk.inject("@@INJECT_LOCKED@@", ["Ext->Tags.%s++;" % field])
            un = host(["srbx"], "req")
            un.inject("@@INJECT@@", ["if (SrbExt->Flags & GR_SRBX_ABORTED)",
                                     "  Ext->Tags.%s++;" % field])
            expected.append("GR_ADAPTER.Tags.%s: HwStorStartIo x HwStorStartIo "
                            "(locked in %s, unlocked in %s)" % (field, lk.name, un.name))
        elif kind == "K5":
            st = host(["stats", "target"], r.choice(["val", "req"]))
            st.inject("@@INJECT@@", ["InterlockedIncrement(&Ext->Stats.%s);" % field])
            w = host(["wd"], "tmr")
            w.inject("@@INJECT@@", ["if ((Now % GR_WD_HISTORY) == 0)",
                                    "  Ext->Stats.%s = 0;" % field])
            expected.append("GR_ADAPTER.Stats.%s: HwStorStartIo x HwStorTimer "
                            "(interlocked in %s, reset in %s)" % (field, st.name, w.name))
    return expected

# ---------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------


def shape_flags(shape):
    common = os.path.join(REPO, "test", "Inputs", "common")
    inc = os.path.join(REPO, "test", "Inputs", shape)
    flags = []
    if shape == "wdk":
        flags += ["--target=x86_64-pc-windows-msvc", "-fms-extensions"]
    flags += ["-I" + inc, "-I" + common]
    return flags


def check_out_dir(out):
    real = os.path.realpath(out)
    rel = os.path.relpath(real, REPO)
    if rel == "." or not (rel == ".." or rel.startswith(".." + os.sep)):
        first = rel.split(os.sep)[0]
        if not first.startswith("build-") or rel == first:
            sys.exit("gen-driver: refusing to write into the repository's source "
                     "tree (%s); use a directory outside it or under build-*/" % real)
    if os.path.isdir(real) and os.listdir(real) and \
            not os.path.exists(os.path.join(real, MARKER)):
        sys.exit("gen-driver: %s exists, is not empty and was not made by "
                 "gen-driver; not touching it" % real)
    return real


def generate(args):
    rng = random.Random(args.seed)
    ctx = Ctx(rng)
    if args.files < FIXED_FILES + len(GROUP_WEIGHT):
        sys.exit("gen-driver: --files must be at least %d"
                 % (FIXED_FILES + len(GROUP_WEIGHT)))
    ngroup = args.files - FIXED_FILES
    # Files per group: at least one each, the rest by weight.
    counts = {g: 1 for g in GROUP_WEIGHT}
    rest = ngroup - len(counts)
    raw = {g: GROUP_WEIGHT[g] * rest for g in GROUP_WEIGHT}
    for g in GROUP_WEIGHT:
        counts[g] += int(raw[g])
    left = ngroup - sum(counts.values())
    for g in sorted(GROUP_WEIGHT, key=lambda g: -(raw[g] - int(raw[g]))):
        if left <= 0:
            break
        counts[g] += 1
        left -= 1
    # Fixed files and headers are about 1200 lines (plus prototypes).
    target_total = args.kloc * 1000
    per_file = max(150, (target_total - 1500 - target_total // 40) // ngroup)

    plan, racy_fields = plan_races(ctx, args.races)

    files = []  # (filename, [funcs], [leaves], title)
    for g in GROUP_ORDER:
        if g == "scsi":
            continue
        stem, kind, templates, _ = GROUPS[g]
        for i in range(counts[g]):
            fc = FileCtx(ctx, "Gr" + PREFIX[g])
            funcs = []
            lines = 0
            order = list(templates)
            rng.shuffle(order)
            k = 0
            while lines < per_file:
                t = order[k % len(order)]
                k += 1
                f = render_public(ctx, fc, g, kind, t)
                funcs.append(f)
                ctx.add(f)
                lines += len(f.lines) + 1
            lines += sum(len(l.lines) + 1 for l in fc.order)
            title = {"stats": "Request statistics: interlocked counters.",
                     "evlog": "The adapter event log, behind the I/O lock wrappers.",
                     "srbx": "Per-request state kept in the SRB extension.",
                     "cmd": "Command building: CDB decoding, PRP lists, device commands.",
                     "target": "Target and logical-unit state under the I/O lock.",
                     "queue": "Submission rings, tags and the pending list (StartIo lock).",
                     "ioctl": "SRB_FUNCTION_IO_CONTROL requests.",
                     "wd": "Watchdog helpers; called from the timer only."}[g]
            files.append(("%s%d.c" % (stem, i + 1), funcs, fc, title))

    # SCSI handlers, last: they call into every layer.
    ops = list(SCSI_OPS)
    handlers = []
    scsi_files = []
    for i in range(counts["scsi"]):
        fc = FileCtx(ctx, "GrScsi")
        funcs = []
        lines = 0
        while lines < per_file and ops:
            op = ops.pop(0)
            h = render_handler(ctx, fc, op)
            funcs.append(h)
            handlers.append((h, op))
            lines += len(h.lines) + 1
        # No opcodes left: fill with generic request helpers.
        k = 0
        while lines < per_file:
            t = CMD_TEMPLATES[k % len(CMD_TEMPLATES)]
            k += 1
            f = render_public(ctx, fc, "cmd", "req", t)
            f.group = "scsi"
            ctx.pools.setdefault("scsi_extra", []).append(f)
            funcs.append(f)
            lines += len(f.lines) + 1
        scsi_files.append(("scsi%d.c" % (i + 1), funcs, fc,
                           "SCSI command handlers, dispatched from GrHwStartIo."))

    # Racy accesses go into functions that are reachable by now.
    expected = inject_races(ctx, plan)

    # Everything nobody calls yet is called from the dispatchers, so that
    # every helper is reachable from a callback.
    ioctl_fns = [f for f in ctx.pools.get("ioctl", [])]
    for f in ioctl_fns:
        f.calls += 1
    flush_req = render_flush(ctx, "GrScsiMaintenanceStep", "req",
                             ["srbx", "cmd", "target", "queue", "scsi_extra"], 6,
                             "Vendor maintenance step: runs rarely used request helpers.")
    # They live in the (first) ioctl file, which the I/O-control dispatch
    # calls, so they reach the helpers across files like the rest of the
    # driver (and the analyzer does not inline a row of them per function).
    ioctl_file = next(f for f in files if f[0].startswith(GROUPS["ioctl"][0]))
    if flush_req:
        ioctl_file[1].extend(flush_req)
        ioctl_fns += flush_req
    # val helpers nobody calls: call them from a trailing ioctl helper.
    left_val = [f for g in ("stats", "evlog") for f in ctx.pools.get(g, [])
                if f.calls == 0]
    if left_val:
        name = "GrIoTouchCounters"
        body = ["UNREFERENCED_PARAMETER(Srb);"]
        for f in left_val:
            f.calls += 1
            body.append("%s(Ext, SrbExt->Blocks);" % f.name)
        body.append("return SRB_STATUS_SUCCESS;")
        sig = SIG["req"].format(n=name)
        fn = Func(name, "req", "ioctl",
                  ["/* Self-test: exercises every counter once. */", sig + " {"] +
                  indent(body, 2) + ["}"], proto=sig + ";")
        ioctl_file[1].append(fn)
        ioctl_fns.append(fn)
    phases = render_flush(ctx, "GrWatchdogPhase", "tmr", ["wd"], 8,
                          "One phase of the watchdog: a group of checks.")

    return files, scsi_files, handlers, ioctl_fns, phases, plan, racy_fields, expected


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True, help="output directory")
    ap.add_argument("--kloc", type=int, default=50)
    ap.add_argument("--files", type=int, default=40)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--races", type=int, default=5)
    ap.add_argument("--shape", choices=["plain", "wdk"], default="wdk")
    ap.add_argument("--cc", default="clang",
                    help="compiler named in compile_commands.json and the Makefile")
    args = ap.parse_args()
    if args.kloc < 1 or args.races < 0:
        sys.exit("gen-driver: --kloc must be >= 1 and --races >= 0")

    out = check_out_dir(args.out)
    (files, scsi_files, handlers, ioctl_fns, phases, plan, racy_fields,
     expected) = generate(args)

    texts = {}
    for fname, funcs, fc, title in files + scsi_files:
        texts[fname] = file_text(args, ["gr_proto.h"], funcs, fc.order, title)
    texts["util.c"] = util_c(args)
    texts["isr.c"] = isr_c(args)
    texts["timer.c"] = timer_c(args, phases)
    texts["main.c"] = main_c(args, handlers, ioctl_fns)
    texts["gr_hw.h"] = hw_header(args)
    texts["gr_adapter.h"] = adapter_header(args, racy_fields)
    texts["gr_proto.h"] = proto_header(
        args, [(f[0], f[1]) for f in files + scsi_files])

    # Write, replacing an earlier generation.
    os.makedirs(out, exist_ok=True)
    marker = os.path.join(out, MARKER)
    if os.path.exists(marker):
        with open(marker) as fh:
            for old in fh.read().split():
                p = os.path.join(out, os.path.basename(old))
                if os.path.isfile(p):
                    os.remove(p)
    sources = sorted(n for n in texts if n.endswith(".c"))
    headers = sorted(n for n in texts if n.endswith(".h"))
    flags = shape_flags(args.shape)
    cdb = []
    for s in sources:
        src = os.path.join(out, s)
        obj = os.path.join(out, s[:-2] + ".o")
        cdb.append({"directory": out,
                    "command": " ".join([args.cc] + flags + ["-Wall", "-c", src,
                                                               "-o", obj]),
                    "file": src})
    texts["compile_commands.json"] = json.dumps(cdb, indent=2) + "\n"
    texts["Makefile"] = makefile(args, sources, headers, flags)
    total_findings = sum(p[3] for p in plan)
    texts["EXPECTED.txt"] = (
        "# storport-race-check findings this driver should produce\n"
        "# (racy fields: %d, findings: %d)\n" % (len(plan), total_findings) +
        "".join(l + "\n" for l in expected))
    for name, text in texts.items():
        with open(os.path.join(out, name), "w") as fh:
            fh.write(text)
    with open(marker, "w") as fh:
        fh.write("\n".join(sorted(texts)) + "\n")
        fh.write(".o\n")

    code_lines = sum(t.count("\n") for n, t in texts.items() if n.endswith((".c", ".h")))
    nfuncs = sum(len(f[1]) + len(f[2].order) for f in files + scsi_files)
    print("gen-driver: wrote %d .c files and %d headers, %d lines, %d functions "
          "into %s" % (len(sources), len(headers), code_lines, nfuncs, out))
    print("gen-driver: racy fields: %d" % len(plan))
    for l in expected:
        print("  " + l)
    print("expected findings: %d" % total_findings)


def makefile(args, sources, headers, flags):
    objs = " ".join(s[:-2] + ".o" for s in sources)
    return """# Builds the objects of the generated genraid miniport (nothing is linked:
# a real driver links against the WDK's storport.lib). Generated by
# tools/gen-driver.py --seed %(seed)d --kloc %(kloc)d --files %(files)d --shape %(shape)s
#
#   make                 build the objects
#   make CC=clang-22     another compiler
#   make clean

ifeq ($(origin CC),default)
CC = %(cc)s
endif
CFLAGS = %(flags)s -Wall

SRCS = %(srcs)s
HDRS = %(hdrs)s
OBJS = %(objs)s

all: $(OBJS)

%%.o: %%.c $(HDRS)
\t$(CC) $(CFLAGS) -c $< -o $@

clean:
\trm -f $(OBJS)

.PHONY: all clean
""" % {"seed": args.seed, "kloc": args.kloc, "files": args.files,
       "shape": args.shape, "cc": args.cc, "flags": " ".join(flags),
       "srcs": " ".join(sources), "hdrs": " ".join(headers), "objs": objs}


if __name__ == "__main__":
    main()
