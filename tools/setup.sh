#!/bin/sh
# Installs what building and testing need, from Debian's archive, skipping
# packages that are already installed. Usage: tools/setup.sh [LLVM major...]
# (default: 19 22). Needs root (or sudo) only when something is missing.
set -eu
majors=${*:-"19 22"}
# perl: scan-build is a perl script (clang-tools-N does not depend on it).
pkgs="cmake make g++ python3 perl libgtest-dev"
for v in $majors; do
  pkgs="$pkgs clang-$v libclang-$v-dev llvm-$v-dev llvm-$v-tools clang-tools-$v"
done
missing=""
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
    missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "setup: installing$missing" >&2
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
