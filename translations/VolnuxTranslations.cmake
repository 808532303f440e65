# SPDX-License-Identifier: GPL-3.0-or-later
# The shipped translations, one .ts file per language, and how lupdate writes them: shared by
# the build (ui/CMakeLists.txt) and the completeness test (check_translations.cmake).
set(VOLNUX_TS_LANGUAGES de fr es ja)
set(VOLNUX_TS_FILES)
foreach(code IN LISTS VOLNUX_TS_LANGUAGES)
    list(APPEND VOLNUX_TS_FILES ${CMAKE_CURRENT_LIST_DIR}/volnux_${code}.ts)
endforeach()
# No file names or line numbers in the .ts files: a moved line does not change a translation.
set(VOLNUX_LUPDATE_OPTIONS -locations none)
