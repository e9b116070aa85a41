#!/bin/sh
# Installs what is missing, builds the plugin for every supported LLVM
# release and runs the whole lit test suite against each.
# Usage: tools/test.sh [LLVM major...]   (default: 19 22)
# Every release is built before any is tested: the version-mismatch tests of
# one release load the plugin built for the others (and are skipped when that
# build does not exist, e.g. with a single major on the command line).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
majors=${*:-"19 22"}
# shellcheck disable=SC2086
"$root/tools/setup.sh" $majors
for v in $majors; do
  echo "== build LLVM $v"
  "$root/tools/build.sh" "$v" >/dev/null
done
status=0
for v in $majors; do
  echo "== test LLVM $v"
  lit=/usr/lib/llvm-$v/build/utils/lit/lit.py
  [ -f "$lit" ] || lit=/usr/lib/llvm-$v/utils/lit/lit.py
  [ -f "$lit" ] || lit=/usr/lib/llvm-$v/bin/lit
  python3 "$lit" -sv "$root/build-$v/test" || status=1
done
exit $status
