# SPDX-License-Identifier: GPL-3.0-or-later
# The sanitizer reports of a test run (see VOLNUX_SANITIZER_REPORTS in cmake/VolnuxPolicy.cmake):
#   cmake -DREPORTS=<dir> -DMODE=clear -P reports.cmake   empties the directory before the tests
#   cmake -DREPORTS=<dir> -DMODE=check -P reports.cmake   prints every report and fails if any
# A report can come from a process no test looks at (a pool worker that a test expects to crash,
# a volnux-run whose exit code a test ignores): checking the files catches it all the same.
cmake_minimum_required(VERSION 3.22)

if(MODE STREQUAL "clear")
    file(REMOVE_RECURSE ${REPORTS})
    file(MAKE_DIRECTORY ${REPORTS})
    return()
endif()

file(GLOB reports ${REPORTS}/*)
if(NOT reports)
    message(STATUS "no sanitizer report in ${REPORTS}")
    return()
endif()
list(LENGTH reports count)
foreach(report IN LISTS reports)
    file(READ ${report} text)
    message("== ${report}\n${text}")
endforeach()
message(FATAL_ERROR "${count} sanitizer report(s) in ${REPORTS}: see above")
