#!/bin/sh
# The README's first command: installs what is missing, builds the checker
# for one LLVM release and runs it on the example miniport in
# examples/virtdisk, printing each warning with its notes.
# Usage: tools/demo.sh [LLVM major]   (default: 19)
# Writes only to build-<major>/ (and build-<major>.cmake.log); the analysis
# itself writes nothing. Exits 0 when the analysis ran, whatever it found.
set -eu
v=${1:-19}
root=$(cd "$(dirname "$0")/.." && pwd)
example=examples/virtdisk

# The demo needs no SARIF validator.
STORPORT_NO_SARIF_MULTITOOL=1 "$root/tools/setup.sh" "$v"
# build.sh logs to stderr and prints the plugin path on stdout.
built=$("$root/tools/build.sh" "$v")
clang=/usr/lib/llvm-$v/bin/clang
plugin=$root/build-$v/StorportRace-clang$("$clang" -dumpversion).so
case "$built" in
*"$plugin"*) ;;
*)
  echo "demo: the build did not produce $plugin (got: $built)" >&2
  exit 2
  ;;
esac

cd "$root" # report paths relative to the repository
warnings=0
for src in "$example"/*.c; do
  # -o /dev/null: --analyze would otherwise write a .plist next to the source.
  if ! out=$("$clang" --analyze --target=x86_64-pc-windows-msvc \
    -fms-extensions -I "$root/test/Inputs/wdk" \
    -Xclang -load -Xclang "$plugin" \
    -Xclang -analyzer-checker=storport.CallbackRace \
    -Xclang -analyzer-output=text -o /dev/null "$src" 2>&1); then
    printf '%s\n' "$out" >&2
    echo "demo: analyzing $src failed" >&2
    exit 1
  fi
  [ -z "$out" ] || printf '%s\n' "$out"
  n=$(printf '%s\n' "$out" | grep -c ': warning: ' || true)
  warnings=$((warnings + n))
done
echo "$warnings warnings in $example"
