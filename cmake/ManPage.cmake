# SPDX-License-Identifier: GPL-3.0-or-later
# Writes a man page (roff) from a program's --help text, so the page says what --help says.
#   cmake -DPROGRAM=<exe> -DNAME=<name> -DSUMMARY=<line> -DVERSION=<v> -DOUTPUT=<file.1>
#         -P ManPage.cmake
# Reads QCommandLineParser's layout: "Usage: ..." then the description, then "Options:" and
# "Arguments:" sections whose entries start two spaces in, continuation lines further in.
cmake_minimum_required(VERSION 3.22)

# A fixed home, so defaults that name the user's folders read "~/..." whoever builds the page.
set(home /nonexistent-volnux-home)
set(ENV{HOME} ${home})
unset(ENV{XDG_DATA_HOME})
unset(ENV{XDG_CONFIG_HOME})
set(ENV{QT_QPA_PLATFORM} offscreen)
set(ENV{LC_ALL} C.UTF-8)
# In a sanitizer build, Qt's singletons kept until exit are no reason to fail the build.
set(ENV{ASAN_OPTIONS} detect_leaks=0)
execute_process(COMMAND ${PROGRAM} --help OUTPUT_VARIABLE help RESULT_VARIABLE status
                ERROR_VARIABLE errors)
if(NOT status EQUAL 0 OR help STREQUAL "")
    message(FATAL_ERROR "${PROGRAM} --help failed (${status}): ${errors}")
endif()
string(REPLACE "${home}/" "~/" help "${help}")

# roff: a backslash is \e, a minus is \-, a line must not start with a control character.
function(roff_escape text out)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    string(REGEX REPLACE "^([.'])" "\\\\&\\1" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# CMake lists split on ';': protect it while walking the lines.
string(REPLACE ";" "@SEMICOLON@" help "${help}")
string(REPLACE "\n" ";" lines "${help}")
string(TOUPPER "${NAME}" title)
roff_escape("${NAME}" name_roff)
roff_escape("${SUMMARY}" summary_roff)
set(page ".TH ${title} 1 \"\" \"${NAME} ${VERSION}\" \"User Commands\"\n")
string(APPEND page ".SH NAME\n${name_roff} \\- ${summary_roff}\n")
set(section "")
set(paragraph "")
foreach(line IN LISTS lines)
    if(paragraph STREQUAL "description" AND NOT line MATCHES "^(Options|Arguments):$")
        string(APPEND page ".PP\n")
    endif()
    set(paragraph "")
    if(line MATCHES "^Usage: [^ ]+ ?(.*)$")
        roff_escape("${CMAKE_MATCH_1}" synopsis)
        string(APPEND page ".SH SYNOPSIS\n.B ${name_roff}\n${synopsis}\n.SH DESCRIPTION\n")
        set(section description)
    elseif(line MATCHES "^(Options|Arguments):$")
        string(TOUPPER "${CMAKE_MATCH_1}" heading)
        string(APPEND page ".SH ${heading}\n")
        set(section entries)
    elseif(line STREQUAL "")
        # A paragraph break, written only when more description follows.
        set(paragraph ${section})
        continue()
    elseif(section STREQUAL "entries" AND line MATCHES "^  ([^ ]+( [^ ]+)*)(  +(.*))?$")
        # The term is words one space apart; two or more spaces start its description.
        roff_escape("${CMAKE_MATCH_1}" term)
        roff_escape("${CMAKE_MATCH_4}" text)
        string(APPEND page ".TP\n.B ${term}\n")
        if(NOT text STREQUAL "")
            string(APPEND page "${text}\n")
        endif()
    else()
        string(STRIP "${line}" line)
        roff_escape("${line}" text)
        string(APPEND page "${text}\n")
    endif()
endforeach()
string(REPLACE "@SEMICOLON@" ";" page "${page}")
file(WRITE ${OUTPUT} "${page}")
