#!/usr/bin/env bash
# Runs the Pointy parser fuzzer for a bounded time. Build it first:
#   CXX=clang++ CC=clang cmake -S . -B build-fuzz -G Ninja -DVOLNUX_FUZZ=ON -DVOLNUX_BUILD_GUI=OFF
#   cmake --build build-fuzz --target fuzz_pointy
# Usage: tests/fuzz/run.sh BUILD_DIR [SECONDS=60]
# New interesting inputs go to a scratch corpus (BUILD_DIR/fuzz/corpus), not to the seed corpus in
# the repository; a crash, a hang (an input taking over 10 s) or a leak is saved under
# BUILD_DIR/fuzz/artifacts/ and makes this script exit non-zero.
set -euo pipefail

if [[ $# -lt 1 ]]; then
    echo "usage: $0 BUILD_DIR [SECONDS]" >&2
    exit 2
fi
build=$1
seconds=${2:-60}
here=$(cd "$(dirname "$0")" && pwd)
fuzzer=$build/fuzz/fuzz_pointy
if [[ ! -x $fuzzer ]]; then
    echo "$fuzzer not found: build the fuzz_pointy target with -DVOLNUX_FUZZ=ON first" >&2
    exit 2
fi

mkdir -p "$build/fuzz/corpus" "$build/fuzz/artifacts"
"$fuzzer" "$build/fuzz/corpus" "$here/corpus" \
    -dict="$here/pointy.dict" \
    -max_total_time="$seconds" \
    -timeout=10 \
    -max_len=8192 \
    -rss_limit_mb=2048 \
    -print_final_stats=1 \
    -artifact_prefix="$build/fuzz/artifacts/"
