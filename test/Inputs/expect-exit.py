#!/usr/bin/env python3
"""Runs a command and fails unless it exits with the given status.

Usage: expect-exit.py STATUS COMMAND [ARGS...]; standard streams pass through.
"""
import subprocess
import sys

want = int(sys.argv[1])
got = subprocess.call(sys.argv[2:])
if got != want:
    sys.stderr.write(f"expect-exit: '{sys.argv[2]}' exited with {got}, "
                     f"expected {want}\n")
    sys.exit(1)
