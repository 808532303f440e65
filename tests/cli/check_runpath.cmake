# SPDX-License-Identifier: GPL-3.0-or-later
# Checks that no executable or shared library of the build, nor any file `cmake --install` puts in
# place, has an empty or relative entry in its RPATH/RUNPATH. The dynamic loader reads an empty
# entry ("::", a leading or trailing ':') and a relative one as directories relative to the
# *current* directory, so starting the program from a directory holding a library of the right
# name would load that library. Entries starting with $ORIGIN are anchored to the binary's own
# directory and allowed.
#
#   cmake -DBUILD_DIR=<build> -DREADELF=<readelf> -P check_runpath.cmake
cmake_minimum_required(VERSION 3.22)

if(NOT BUILD_DIR OR NOT IS_DIRECTORY "${BUILD_DIR}")
    message(FATAL_ERROR "BUILD_DIR must name the build directory")
endif()
if(NOT READELF)
    find_program(READELF readelf)
endif()
if(NOT READELF)
    message(FATAL_ERROR "readelf (binutils) is needed to read RUNPATH entries")
endif()

# What an installation would contain, installed into the build tree.
set(prefix "${BUILD_DIR}/runpath-check/install")
file(REMOVE_RECURSE "${BUILD_DIR}/runpath-check")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${prefix}"
                RESULT_VARIABLE installed OUTPUT_QUIET ERROR_VARIABLE install_error)
if(NOT installed EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${install_error}")
endif()

file(GLOB_RECURSE candidates LIST_DIRECTORIES false
     "${BUILD_DIR}/bin/*" "${BUILD_DIR}/tests/*" "${BUILD_DIR}/plugins/*" "${BUILD_DIR}/lib/*"
     "${BUILD_DIR}/*.so" "${BUILD_DIR}/*.so.*" "${prefix}/*")
list(REMOVE_DUPLICATES candidates)

set(checked 0)
set(problems "")
foreach(file IN LISTS candidates)
    if(IS_SYMLINK "${file}" OR file MATCHES "/CMakeFiles/")
        continue()
    endif()
    file(READ "${file}" magic LIMIT 4 HEX)
    if(NOT magic STREQUAL "7f454c46") # not ELF
        continue()
    endif()
    execute_process(COMMAND "${READELF}" -d "${file}" OUTPUT_VARIABLE dynamic
                    RESULT_VARIABLE read ERROR_QUIET)
    if(NOT read EQUAL 0)
        string(APPEND problems "\n  ${file}: readelf -d failed")
        continue()
    endif()
    if(NOT dynamic MATCHES "\\(NEEDED\\)")
        continue() # an object file or a static executable: no dynamic loading
    endif()
    math(EXPR checked "${checked} + 1")
    string(REGEX MATCHALL "\\((RPATH|RUNPATH)\\)[^\n]*\\[[^]\n]*\\]" entries "${dynamic}")
    foreach(entry IN LISTS entries)
        string(REGEX REPLACE ".*\\[([^]\n]*)\\].*" "\\1" path "${entry}")
        # Empty elements first: CMake lists cannot hold them reliably.
        if(path STREQUAL "" OR path MATCHES "^:" OR path MATCHES ":$" OR path MATCHES "::")
            string(APPEND problems "\n  ${file}: empty entry in [${path}] (means the current directory)")
            continue()
        endif()
        string(REPLACE ":" ";" dirs "${path}")
        foreach(dir IN LISTS dirs)
            if(NOT dir MATCHES "^/" AND NOT dir MATCHES "^\\$ORIGIN" AND NOT dir MATCHES "^\\$\\{ORIGIN\\}")
                string(APPEND problems "\n  ${file}: relative entry \"${dir}\" in [${path}]")
            endif()
        endforeach()
    endforeach()
endforeach()

file(REMOVE_RECURSE "${BUILD_DIR}/runpath-check")
if(checked EQUAL 0)
    message(FATAL_ERROR "no dynamically linked binary found under ${BUILD_DIR}: nothing checked")
endif()
if(problems)
    message(FATAL_ERROR "RUNPATH entries that search the current directory:${problems}")
endif()
message(STATUS "${checked} binaries checked: no empty or relative RUNPATH entry")
