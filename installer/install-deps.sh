#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages the build, the tests and the GUI need, when any is missing.
# Usage: installer/install-deps.sh [--with-fuzz] [--with-package]
#   --with-package  also what tests/package/check.sh needs to build and check the packages
set -euo pipefail

packages=(cmake ninja-build g++ qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
          libqcustomplot-dev libqt6svg6-dev libgl-dev libsqlite3-dev sqlite3 libhiredis-dev redis-server
          xvfb xauth fonts-noto-cjk qt6-translations-l10n)
for arg in "$@"; do
    case "$arg" in
        --with-fuzz) packages+=(clang libclang-rt-dev) ;;
        --with-package) packages+=(lintian appstream desktop-file-utils shared-mime-info dpkg-dev
                                   file binutils) ;;
    esac
done

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
    exit 0
fi

echo "Installing: ${missing[*]}"
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
