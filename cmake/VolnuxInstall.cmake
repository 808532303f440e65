# SPDX-License-Identifier: GPL-3.0-or-later
# Where the project installs, and the one call per program or library that installs it. Two
# components, which CPack turns into two Debian packages (installer/CMakeLists.txt):
#   Runtime      the programs, the core library, man pages, desktop integration, examples
#   Development  the core library's headers and CMake package (find_package(Volnux))
# A new program is one call: volnux_install_program(TARGET volnux-worker SUMMARY "...").
include(CMakePackageConfigHelpers)

set(VOLNUX_INSTALL_BINDIR bin)
# A private directory: the library is for this project's programs, its plugins and SDK users
# linking it through the CMake package, not a system-wide library with a stable ABI. Below the
# multiarch directory where there is one (Debian's /usr/lib/<triplet>/<package>): ldconfig never
# looks there, and CPack then writes no maintainer scripts that call it (lintian:
# maintscript-calls-ldconfig), as it does for any library directly below /usr/lib.
if(CMAKE_LIBRARY_ARCHITECTURE)
    set(VOLNUX_INSTALL_PRIVATE_LIBDIR lib/${CMAKE_LIBRARY_ARCHITECTURE}/volnux-studio)
else()
    set(VOLNUX_INSTALL_PRIVATE_LIBDIR lib/volnux-studio)
endif()
set(VOLNUX_INSTALL_INCLUDEDIR include/volnux)
set(VOLNUX_INSTALL_CMAKEDIR lib/cmake/Volnux)
set(VOLNUX_INSTALL_DATADIR share/volnux-studio)
set(VOLNUX_INSTALL_MANDIR share/man/man1)

# Every binary, in the build tree (bin/, tests/, plugins/, bench/ are all one level below it, as
# the core library's lib/ is) and installed, finds the core through its own location. Built
# with that RUNPATH, so CMake never pads a build RUNPATH to rewrite it at install (padding is empty
# entries, which mean the current directory: tests/cli/check_runpath.cmake).
set(CMAKE_INSTALL_RPATH "$ORIGIN/../${VOLNUX_INSTALL_PRIVATE_LIBDIR}")
set(CMAKE_BUILD_WITH_INSTALL_RPATH ON)
# Libraries from outside the system directories (a Qt in /opt) keep their absolute paths.
set(CMAKE_INSTALL_RPATH_USE_LINK_PATH ON)

set(VOLNUX_MAN_PAGE_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/ManPage.cmake)

# Installs an executable in the Runtime component with a man page made from its --help text.
#   volnux_install_program(TARGET name SUMMARY "one line for the NAME section")
function(volnux_install_program)
    cmake_parse_arguments(P "" "TARGET;SUMMARY" "" ${ARGN})
    install(TARGETS ${P_TARGET} RUNTIME DESTINATION ${VOLNUX_INSTALL_BINDIR} COMPONENT Runtime)
    set(page ${CMAKE_BINARY_DIR}/man/${P_TARGET}.1)
    add_custom_command(OUTPUT ${page}.gz
        COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:${P_TARGET}> -DNAME=${P_TARGET}
                "-DSUMMARY=${P_SUMMARY}" -DVERSION=${PROJECT_VERSION} -DOUTPUT=${page}
                -P ${VOLNUX_MAN_PAGE_SCRIPT}
        COMMAND gzip -9nf ${page}
        DEPENDS ${P_TARGET} ${VOLNUX_MAN_PAGE_SCRIPT}
        COMMENT "Man page of ${P_TARGET} from its --help"
        VERBATIM)
    add_custom_target(${P_TARGET}-man ALL DEPENDS ${page}.gz)
    install(FILES ${page}.gz DESTINATION ${VOLNUX_INSTALL_MANDIR} COMPONENT Runtime)
endfunction()

# Installs a library: the shared object (Runtime), its headers and its exported target in the
# Volnux CMake package (Development). Headers keep their paths below core/, so code includes
# "core/engine/Run.h" in this tree and against the installed package alike.
function(volnux_install_library target)
    install(TARGETS ${target} EXPORT VolnuxTargets
        LIBRARY DESTINATION ${VOLNUX_INSTALL_PRIVATE_LIBDIR} COMPONENT Runtime
                NAMELINK_COMPONENT Development)
    get_target_property(source_dir ${target} SOURCE_DIR)
    file(RELATIVE_PATH relative ${PROJECT_SOURCE_DIR} ${source_dir})
    install(DIRECTORY ${source_dir}/ DESTINATION ${VOLNUX_INSTALL_INCLUDEDIR}/${relative}
        COMPONENT Development FILES_MATCHING PATTERN "*.h")
endfunction()

# The CMake package: call once, after every volnux_install_library().
function(volnux_install_package)
    install(EXPORT VolnuxTargets NAMESPACE Volnux:: DESTINATION ${VOLNUX_INSTALL_CMAKEDIR}
        COMPONENT Development)
    configure_package_config_file(${CMAKE_CURRENT_FUNCTION_LIST_DIR}/VolnuxConfig.cmake.in
        ${CMAKE_BINARY_DIR}/cmake/VolnuxConfig.cmake
        INSTALL_DESTINATION ${VOLNUX_INSTALL_CMAKEDIR})
    write_basic_package_version_file(${CMAKE_BINARY_DIR}/cmake/VolnuxConfigVersion.cmake
        VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
    install(FILES ${CMAKE_BINARY_DIR}/cmake/VolnuxConfig.cmake
                  ${CMAKE_BINARY_DIR}/cmake/VolnuxConfigVersion.cmake
        DESTINATION ${VOLNUX_INSTALL_CMAKEDIR} COMPONENT Development)
endfunction()
