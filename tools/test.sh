#!/bin/sh
# Installs what is missing, builds the plugin for every supported LLVM
# release and runs the whole lit test suite against each.
# Usage: tools/test.sh [LLVM major...]   (default: 19 22)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
majors=${*:-"19 22"}
# shellcheck disable=SC2086
"$root/tools/setup.sh" $majors
status=0
for v in $majors; do
  echo "== LLVM $v"
  "$root/tools/build.sh" "$v" >/dev/null
  lit=/usr/lib/llvm-$v/build/utils/lit/lit.py
  [ -f "$lit" ] || lit=/usr/lib/llvm-$v/utils/lit/lit.py
  [ -f "$lit" ] || lit=/usr/lib/llvm-$v/bin/lit
  python3 "$lit" -sv "$root/build-$v/test" || status=1
done
exit $status
