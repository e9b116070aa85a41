#!/bin/sh
# Builds the checker plugin against LLVM/Clang <major> into build-<major>/.
# Usage: tools/build.sh <major>   (19 or 22)
set -eu
v=${1:?usage: tools/build.sh <llvm-major>}
root=$(cd "$(dirname "$0")/.." && pwd)
prefix=/usr/lib/llvm-$v
[ -d "$prefix/lib/cmake/clang" ] || {
  echo "build: LLVM $v development files not found under $prefix;" \
       "run tools/setup.sh $v" >&2
  exit 2
}
# Built with the clang of the same release: its headers are tested with it.
cmake -S "$root" -B "$root/build-$v" -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_C_COMPILER="$prefix/bin/clang" \
  -DCMAKE_CXX_COMPILER="$prefix/bin/clang++" \
  -DLLVM_DIR="$prefix/lib/cmake/llvm" -DClang_DIR="$prefix/lib/cmake/clang" \
  >"$root/build-$v.cmake.log" 2>&1 ||
  { cat "$root/build-$v.cmake.log" >&2; exit 2; }
cmake --build "$root/build-$v" -j "$(nproc)" >&2
ls "$root/build-$v"/StorportRace-clang*[0-9].so
