#!/bin/sh
# The README's first command: installs what is missing, builds the checker
# for one LLVM release and runs storport-race-check on the example miniport's
# Visual Studio project, examples/virtdisk/virtdisk.vcxproj, printing each
# warning with its notes. Without the WDK (always, on Linux) the tool says
# so and analyses the example against its bundled WDK shim headers.
# Usage: tools/demo.sh [LLVM major]   (default: 19)
# Writes only to build-<major>/ (and build-<major>.cmake.log); the analysis
# itself writes nothing. Exits 0 when the analysis ran, whatever it found.
set -eu
v=${1:-19}
root=$(cd "$(dirname "$0")/.." && pwd)
project=examples/virtdisk/virtdisk.vcxproj

# The demo needs no SARIF validator.
STORPORT_NO_SARIF_MULTITOOL=1 "$root/tools/setup.sh" "$v"
# build.sh logs to stderr and prints what it built on stdout.
"$root/tools/build.sh" "$v" >/dev/null
tool=$root/build-$v/storport-race-check
if [ ! -x "$tool" ]; then
  echo "demo: the build did not produce $tool" >&2
  exit 2
fi

cd "$root" # report paths relative to the repository
# Exit status 1 means findings, which is what the example is for.
status=0
"$tool" --vcxproj "$project" || status=$?
if [ "$status" -gt 1 ]; then
  echo "demo: analysing $project failed (exit status $status)" >&2
  exit 1
fi
