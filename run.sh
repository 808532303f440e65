#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and starts Volnux Studio on the bundled example project.
# Without a display it runs the same project with the headless runner, volnux-run.
# Extra arguments are passed to the program.
set -euo pipefail
cd "$(dirname "$0")"

installer/install-deps.sh
cmake --preset default # CMakePresets.json: build/
cmake --build build -j "$(nproc)"

example=resources/examples/nightly-build.vxproj
if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" && -x build/bin/volnux-studio ]]; then
    exec build/bin/volnux-studio "$example" "$@"
fi
echo "No display found: running $example with the headless runner (build/bin/volnux-run)."
exec build/bin/volnux-run "$@" "$example"
