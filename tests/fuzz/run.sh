#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs each libFuzzer target for a bounded time, one after the other. Build them first:
#   CXX=clang++ CC=clang cmake -S . -B build-fuzz -G Ninja -DVOLNUX_FUZZ=ON -DVOLNUX_BUILD_GUI=OFF
#   cmake --build build-fuzz --target fuzz_pointy fuzz_project
# Usage: tests/fuzz/run.sh BUILD_DIR [SECONDS=60]   (SECONDS per fuzzer)
#
#   fuzz_pointy   the Pointy pipeline parser; seeds in tests/fuzz/corpus, dictionary pointy.dict
#   fuzz_project  the project loader (bytes -> load -> validate -> save -> load -> toRunSpec);
#                 seeds are the malformed projects in tests/data/malformed and the bundled
#                 examples in resources/examples, dictionary project.dict
#
# New interesting inputs go to a scratch corpus per fuzzer (BUILD_DIR/fuzz/corpus-NAME), never to
# the seeds in the repository. A crash, an input taking over 10 s, a leak or more than 2 GB of
# memory is saved under BUILD_DIR/fuzz/artifacts/ and makes this script exit non-zero.
set -euo pipefail

if [[ $# -lt 1 ]]; then
    echo "usage: $0 BUILD_DIR [SECONDS]" >&2
    exit 2
fi
build=$1
seconds=${2:-60}
here=$(cd "$(dirname "$0")" && pwd)
source=$(cd "$here/../.." && pwd)

# fuzz NAME DICTIONARY MAX_LEN SEED_DIR...
fuzz() {
    local name=$1 dict=$2 max_len=$3
    shift 3
    local fuzzer=$build/fuzz/$name
    if [[ ! -x $fuzzer ]]; then
        echo "$fuzzer not found: build the $name target with -DVOLNUX_FUZZ=ON first" >&2
        exit 2
    fi
    mkdir -p "$build/fuzz/corpus-$name" "$build/fuzz/artifacts"
    echo "== $name: $seconds s"
    "$fuzzer" "$build/fuzz/corpus-$name" "$@" \
        -dict="$dict" \
        -max_total_time="$seconds" \
        -timeout=10 \
        -max_len="$max_len" \
        -rss_limit_mb=2048 \
        -print_final_stats=1 \
        -artifact_prefix="$build/fuzz/artifacts/$name-"
}

fuzz fuzz_pointy "$here/pointy.dict" 8192 "$here/corpus"
fuzz fuzz_project "$here/project.dict" 65536 "$source/tests/data/malformed" \
    "$source/resources/examples"
