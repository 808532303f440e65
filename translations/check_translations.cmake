# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a shipped translation is not complete: runs lupdate over the sources into copies of
# the .ts files (the originals stay untouched) and counts the messages that are unfinished (new or
# changed texts) or vanished/obsolete (texts the sources no longer have).
# Usage: cmake -DLUPDATE=<lupdate> -DSOURCE_DIR=<repo> -DWORK_DIR=<scratch> -P check_translations.cmake
include(${CMAKE_CURRENT_LIST_DIR}/VolnuxTranslations.cmake)

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(copies)
foreach(ts IN LISTS VOLNUX_TS_FILES)
    file(COPY ${ts} DESTINATION ${WORK_DIR})
    get_filename_component(name ${ts} NAME)
    list(APPEND copies ${WORK_DIR}/${name})
endforeach()

execute_process(
    COMMAND ${LUPDATE} -silent ${VOLNUX_LUPDATE_OPTIONS} -extensions cpp,h -I ${SOURCE_DIR}
            ${SOURCE_DIR}/ui ${SOURCE_DIR}/app/studio/main.cpp -ts ${copies}
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result})")
endif()

set(failures 0)
foreach(copy IN LISTS copies)
    file(READ ${copy} content)
    get_filename_component(name ${copy} NAME)
    foreach(state unfinished vanished obsolete)
        string(REGEX MATCHALL "type=\"${state}\"" hits "${content}")
        list(LENGTH hits count)
        if(count GREATER 0)
            message(SEND_ERROR "${name}: ${count} ${state} message(s)")
            math(EXPR failures "${failures} + ${count}")
        endif()
    endforeach()
    # Say which, so the fix is one look away.
    string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*(<oldsource>[^<]*</oldsource>[ \n]*)?<translation type=\"(unfinished|vanished|obsolete)\""
           open "${content}")
    foreach(entry IN LISTS open)
        string(REGEX REPLACE "^<source>([^<]*)</source>.*type=\"([a-z]+)\"$" "  \\2: \\1" line "${entry}")
        message(STATUS "${name}${line}")
    endforeach()
endforeach()
if(failures GREATER 0)
    message(FATAL_ERROR "${failures} translation(s) to finish: run `cmake --build <build> --target "
                        "update_translations`, translate, and commit (docs/translations.md)")
endif()
message(STATUS "All ${VOLNUX_TS_LANGUAGES} translations complete")
