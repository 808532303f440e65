# SPDX-License-Identifier: GPL-3.0-or-later
# One interface target carries the project's compile policy; every target links it.
add_library(volnux_policy INTERFACE)
add_library(Volnux::Policy ALIAS volnux_policy)
target_compile_features(volnux_policy INTERFACE cxx_std_20)
# Tests may write string literals where QString is expected (QT_RESTRICTED_CAST_FROM_ASCII);
# product code may not.
target_compile_definitions(volnux_policy INTERFACE
    $<IF:$<BOOL:$<TARGET_PROPERTY:VOLNUX_TEST>>,QT_RESTRICTED_CAST_FROM_ASCII,QT_NO_CAST_FROM_ASCII>
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH)
target_compile_options(volnux_policy INTERFACE -Wall -Wextra -pedantic)
# Sanitizer reports of every process a test starts (the test itself, volnux-run, pool workers)
# go to files in this directory, so one in a child whose crash a test tolerates is not lost; the
# CTest fixture in tests/sanitizers fails the run when it finds any.
set(VOLNUX_SANITIZER_REPORTS ${CMAKE_BINARY_DIR}/sanitizer-reports)
set(volnux_supp ${CMAKE_SOURCE_DIR}/tests/sanitizers)
if(VOLNUX_TSAN)
    # -Wno-maybe-uninitialized: see the AddressSanitizer build below.
    target_compile_options(volnux_policy INTERFACE -fsanitize=thread -g -O1 -Wno-maybe-uninitialized)
    target_link_options(volnux_policy INTERFACE -fsanitize=thread)
    # Every test (and every process it starts: pool workers, volnux-run) runs with these. A report
    # fails the test (halt_on_error). The suppressions cover Qt-internal races only, see the file.
    # die_after_fork=0: the CLI tests start volnux-run with QProcess, which forks from a threaded
    # process; the child only execs, which is safe, but TSan would otherwise kill it on principle.
    # (The command kind and the process pool use posix_spawn, whose child runs no intercepted code.)
    set(VOLNUX_TSAN_OPTIONS
        "halt_on_error=1:second_deadlock_stack=1:die_after_fork=0:suppressions=${volnux_supp}/tsan.supp:log_path=${VOLNUX_SANITIZER_REPORTS}/tsan"
        CACHE STRING "TSAN_OPTIONS for the tests of a VOLNUX_TSAN build")
endif()
if(VOLNUX_ASAN)
    # Memory errors (use after free, overflows), leaks and undefined behaviour, core and CLI. Any
    # report fails the test: UBSan does not recover, and each sanitizer aborts on its first
    # report (exiting with 1 instead would pass for volnux-run's "the run failed" in a CLI test
    # that expects exactly that). LeakSanitizer checks at exit; its suppressions name Qt and
    # system libraries only, see the file.
    # -Wno-maybe-uninitialized: at -O1 with a sanitizer's instrumentation GCC 12 reports
    # std::optional<RetryPolicy> members as maybe-uninitialized (false positives the normal and
    # Release builds, which keep the warning, do not show).
    target_compile_options(volnux_policy INTERFACE -fsanitize=address,undefined
        -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g -O1 -Wno-maybe-uninitialized)
    target_link_options(volnux_policy INTERFACE -fsanitize=address,undefined)
    set(VOLNUX_ASAN_OPTIONS
        "detect_leaks=1:abort_on_error=1:log_path=${VOLNUX_SANITIZER_REPORTS}/asan"
        CACHE STRING "ASAN_OPTIONS for the tests of a VOLNUX_ASAN build")
    set(VOLNUX_LSAN_OPTIONS "suppressions=${volnux_supp}/lsan.supp:print_suppressions=0"
        CACHE STRING "LSAN_OPTIONS for the tests of a VOLNUX_ASAN build")
    set(VOLNUX_UBSAN_OPTIONS
        "print_stacktrace=1:halt_on_error=1:abort_on_error=1:log_path=${VOLNUX_SANITIZER_REPORTS}/ubsan"
        CACHE STRING "UBSAN_OPTIONS for the tests of a VOLNUX_ASAN build")
endif()

# Registers a Qt Test executable with CTest. Usage:
#   volnux_add_test(NAME tst_x SOURCES a.cpp LIBS volnux_core LABELS core)
function(volnux_add_test)
    cmake_parse_arguments(T "" "NAME" "SOURCES;LIBS;LABELS" ${ARGN})
    qt_add_executable(${T_NAME} ${T_SOURCES})
    set_target_properties(${T_NAME} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests
        VOLNUX_TEST ON)
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test volnux_policy ${T_LIBS})
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    # Each test keeps its settings and its run store (XDG_DATA_HOME) in the build tree, never in
    # the home folder of whoever runs the suite.
    set(env "QT_QPA_PLATFORM=offscreen;VOLNUX_BIN_DIR=${CMAKE_BINARY_DIR}/bin;VOLNUX_SOURCE_DIR=${CMAKE_SOURCE_DIR}"
        "XDG_DATA_HOME=${CMAKE_BINARY_DIR}/test-home/${T_NAME}/data"
        "XDG_CONFIG_HOME=${CMAKE_BINARY_DIR}/test-home/${T_NAME}/config")
    if(VOLNUX_TSAN)
        list(APPEND env "TSAN_OPTIONS=${VOLNUX_TSAN_OPTIONS}")
    endif()
    if(VOLNUX_ASAN)
        list(APPEND env "ASAN_OPTIONS=${VOLNUX_ASAN_OPTIONS}" "LSAN_OPTIONS=${VOLNUX_LSAN_OPTIONS}"
             "UBSAN_OPTIONS=${VOLNUX_UBSAN_OPTIONS}")
    endif()
    if(VOLNUX_TSAN OR VOLNUX_ASAN)
        set_tests_properties(${T_NAME} PROPERTIES FIXTURES_REQUIRED sanitizer_reports)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES
        LABELS "${T_LABELS}"
        ENVIRONMENT "${env}"
        TIMEOUT 300)
endfunction()
