#!/bin/sh
# Installs what building and testing need, from Debian's archive, skipping
# packages that are already installed, and Microsoft's SARIF Multitool (from
# the npm registry, into build-tools/node/, which git ignores) for the tests
# that validate storport-race-check's SARIF output.
# Usage: tools/setup.sh [LLVM major...]   (default: 19 22)
# Needs root (or sudo) only when a Debian package is missing.
# STORPORT_NO_SARIF_MULTITOOL=1 skips the Multitool (its tests are then
# reported as unsupported).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
majors=${*:-"19 22"}
# perl: scan-build is a perl script (clang-tools-N does not depend on it).
# mingw-w64-common: the NT kernel headers under the WDK shim.
pkgs="cmake make g++ python3 perl libgtest-dev mingw-w64-common"
for v in $majors; do
  pkgs="$pkgs clang-$v libclang-$v-dev llvm-$v-dev llvm-$v-tools clang-tools-$v"
done
missing=""
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
    missing="$missing $p"
done
# The SARIF tests check the log against the SARIF schema with jsonschema
# (the Multitool skips some schema errors), and install the Multitool with
# npm. Node.js may come from elsewhere than Debian: only a missing command
# brings in Debian's.
python3 -c 'import jsonschema' 2>/dev/null || missing="$missing python3-jsonschema"
multitool=${STORPORT_NO_SARIF_MULTITOOL:-}
if [ -z "$multitool" ] && ! command -v npm >/dev/null 2>&1; then
  missing="$missing nodejs npm"
fi
if [ -n "$missing" ]; then
  echo "setup: installing$missing" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  # shellcheck disable=SC2086
  $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

[ -z "$multitool" ] || exit 0
# A pinned version: its findings are part of what the tests expect. The
# Linux package, pinned too (the wrapper accepts any ^5.7.0), ships a
# self-contained .NET executable: no .NET install is needed.
mt_version=5.7.0
mt_dir=$root/build-tools/node
mt_pkg=$mt_dir/node_modules/@microsoft/sarif-multitool-linux
have=$(sed -n 's/^[[:space:]]*"version": *"\([^"]*\)".*/\1/p' \
  "$mt_pkg/package.json" 2>/dev/null || true)
if [ "$have" != "$mt_version" ] || [ ! -f "$mt_pkg/Sarif.Multitool" ]; then
  echo "setup: installing @microsoft/sarif-multitool@$mt_version" \
       "into build-tools/node" >&2
  mkdir -p "$mt_dir"
  npm install --prefix "$mt_dir" --no-audit --no-fund --no-save \
    --include=optional --loglevel=error \
    "@microsoft/sarif-multitool@$mt_version" \
    "@microsoft/sarif-multitool-linux@$mt_version" >/dev/null ||
    {
      echo "setup: npm could not install the SARIF Multitool; set" \
           "STORPORT_NO_SARIF_MULTITOOL=1 to test without it" >&2
      exit 1
    }
fi
# Its postinstall script (chmod u+x) does not run where npm blocks install
# scripts.
chmod u+x "$mt_pkg/Sarif.Multitool"
