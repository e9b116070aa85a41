#!/usr/bin/env python3
"""Prints what the test/Tool tests compare in a SARIF log, one line per item.

Usage: sarif-summary.py [--fingerprints] FILE

Default: each result as `RESULT <uri>:<line>:<col> <fingerprint> <hash>`,
then its related locations and code-flow steps. With --fingerprints: only
the results' partialFingerprints, sorted (what must survive unrelated
edits).
"""
import json
import sys

args = sys.argv[1:]
only_prints = args[:1] == ["--fingerprints"]
if only_prints:
    args = args[1:]
with open(args[0], encoding="utf-8") as f:
    log = json.load(f)


def where(loc):
    phys = loc.get("physicalLocation", {})
    art = phys.get("artifactLocation", {})
    reg = phys.get("region", {})
    base = art.get("uriBaseId")
    uri = (base + "/" if base else "") + art.get("uri", "?")
    return f"{uri}:{reg.get('startLine', '?')}:{reg.get('startColumn', '?')}"


lines = []
for run in log["runs"]:
    for res in run["results"]:
        fp = res["partialFingerprints"]
        if only_prints:
            lines.append(" ".join(f"{k}={v}" for k, v in sorted(fp.items())))
            continue
        print(f"RESULT {where(res['locations'][0])} "
              f"{fp['storportRaceFingerprint/v1']} "
              f"{fp['storportRaceFingerprintHash/v1']}")
        for rel in res.get("relatedLocations", []):
            print(f"  RELATED {rel['id']} {where(rel)} "
                  f"{rel['message']['text']}")
        for flow in res.get("codeFlows", []):
            for thread in flow["threadFlows"]:
                for step in thread["locations"]:
                    print(f"  STEP {where(step['location'])} "
                          f"{step['location']['message']['text']}")
for line in sorted(lines):
    print(line)
