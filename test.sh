#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and runs the whole test suite (CTest). Exits non-zero on any
# failure. Options:
#   --tsan   build the core with ThreadSanitizer in build-tsan/ and run the core and CLI tests there
#   --asan   build the core with AddressSanitizer, LeakSanitizer and UBSan in build-asan/ and run
#            the core and CLI tests there
#   --fuzz   build the libFuzzer targets (Pointy parser, project loader) with clang in build-fuzz/
#            and run each for 60 seconds (tests/fuzz/run.sh)
# When ccache is installed, every build goes through it (CI keeps its cache between runs).
set -euo pipefail
cd "$(dirname "$0")"

mode=normal
for arg in "$@"; do
    case "$arg" in
        --tsan) mode=tsan ;;
        --asan) mode=asan ;;
        --fuzz) mode=fuzz ;;
        *) echo "usage: ./test.sh [--tsan|--asan|--fuzz]" >&2; exit 2 ;;
    esac
done

installer/install-deps.sh $([[ $mode == fuzz ]] && echo --with-fuzz)
jobs=$(nproc)
export QT_QPA_PLATFORM=offscreen
if command -v ccache >/dev/null; then
    export CMAKE_CXX_COMPILER_LAUNCHER=ccache CMAKE_C_COMPILER_LAUNCHER=ccache
fi

if [[ $mode == tsan ]]; then
    cmake --preset tsan # CMakePresets.json: build-tsan/, core and CLI only
    cmake --build build-tsan -j "$jobs"
    # Each test gets TSAN_OPTIONS (halt_on_error, Qt-only suppressions in tests/sanitizers) from
    # its CTest environment, see cmake/VolnuxPolicy.cmake; child processes inherit them. Reports
    # go to build-tsan/sanitizer-reports/, and any there fails the test sanitizer_reports_check.
    ctest --test-dir build-tsan -L 'core|cli' --output-on-failure -j "$jobs"
    exit
fi

if [[ $mode == asan ]]; then
    cmake --preset asan # CMakePresets.json: build-asan/, core and CLI only
    cmake --build build-asan -j "$jobs"
    # As for --tsan: ASAN_OPTIONS, LSAN_OPTIONS and UBSAN_OPTIONS come from each test's CTest
    # environment, and any report in build-asan/sanitizer-reports/ fails the run.
    ctest --test-dir build-asan -L 'core|cli' --output-on-failure -j "$jobs"
    exit
fi

if [[ $mode == fuzz ]]; then
    cmake --preset fuzz # CMakePresets.json: build-fuzz/, clang
    cmake --build build-fuzz -j "$jobs" --target fuzz_pointy fuzz_project
    tests/fuzz/run.sh build-fuzz 60
    exit
fi

cmake --preset default # CMakePresets.json: build/
cmake --build build -j "$jobs"
ctest --test-dir build --output-on-failure -j "$jobs"
