#!/usr/bin/env python3
"""Loads a plist with plistlib (so it must be a valid XML plist) and prints
each diagnostic: its keys, then its path events as `EVENT file:line:col
message`.

Usage: plist-summary.py FILE
"""
import plistlib
import sys

with open(sys.argv[1], "rb") as f:
    plist = plistlib.load(f)
files = plist["files"]
print(f"FILES {len(files)}")
for d in plist["diagnostics"]:
    loc = d["location"]
    print(f"DIAG {files[loc['file']]}:{loc['line']}:{loc['col']}")
    for key in ("check_name", "category", "type", "description",
                "issue_hash_content_of_line_in_context"):
        print(f"  {key}: {d[key]}")
    for ev in d["path"]:
        loc = ev["location"]
        print(f"  EVENT {ev['kind']} {files[loc['file']]}:{loc['line']}:"
              f"{loc['col']} depth={ev['depth']} {ev['message']}")
        if ev["message"] != ev["extended_message"]:
            print("  error: message and extended_message differ")
