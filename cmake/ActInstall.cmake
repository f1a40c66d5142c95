# What `cmake --install` puts under the prefix, for a reader's project:
#
#   include/act/...                  every header of code/include/act, all subfolders
#   share/cmake/act/actConfig.cmake  find_package(act): imports act::act
#     actConfigVersion.cmake         0.1.x satisfies find_package(act 0.1)
#     actTargets.cmake               the exported target
#   share/pkgconfig/act.pc           pkg-config --cflags act
#
# The library is header-only, so nothing depends on the architecture: the
# package files go under share/ (CMake and pkg-config both look there), and
# installing needs no build. Directories are GNUInstallDirs'.
include(CMakePackageConfigHelpers)

set(ACT_INSTALL_CMAKEDIR ${CMAKE_INSTALL_DATADIR}/cmake/act
    CACHE STRING "Where to install actConfig.cmake, relative to the prefix")
set(ACT_INSTALL_PKGCONFIGDIR ${CMAKE_INSTALL_DATADIR}/pkgconfig
    CACHE STRING "Where to install act.pc, relative to the prefix")
mark_as_advanced(ACT_INSTALL_CMAKEDIR ACT_INSTALL_PKGCONFIGDIR)

# The whole tree, recursively: a new subfolder of code/include/act is
# installed without a change here.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/code/include/act
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
        FILES_MATCHING PATTERN "*.hpp")

install(TARGETS act EXPORT actTargets)
install(EXPORT actTargets
        NAMESPACE act::
        DESTINATION ${ACT_INSTALL_CMAKEDIR})

configure_package_config_file(
  ${PROJECT_SOURCE_DIR}/cmake/actConfig.cmake.in
  ${PROJECT_BINARY_DIR}/actConfig.cmake
  INSTALL_DESTINATION ${ACT_INSTALL_CMAKEDIR})
write_basic_package_version_file(
  ${PROJECT_BINARY_DIR}/actConfigVersion.cmake
  VERSION ${PROJECT_VERSION}
  COMPATIBILITY SameMajorVersion
  ARCH_INDEPENDENT)
install(FILES ${PROJECT_BINARY_DIR}/actConfig.cmake
              ${PROJECT_BINARY_DIR}/actConfigVersion.cmake
        DESTINATION ${ACT_INSTALL_CMAKEDIR})

# act.pc finds the prefix from its own place (${pcfiledir}), so it stays
# right when the prefix is chosen at install time (cmake --install --prefix).
if(IS_ABSOLUTE "${ACT_INSTALL_PKGCONFIGDIR}")
  message(FATAL_ERROR "ACT_INSTALL_PKGCONFIGDIR must be relative to the install prefix")
endif()
file(RELATIVE_PATH ACT_PC_PREFIX "/${ACT_INSTALL_PKGCONFIGDIR}" "/")
string(REGEX REPLACE "/$" "" ACT_PC_PREFIX "\${pcfiledir}/${ACT_PC_PREFIX}")
if(IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  set(ACT_PC_INCLUDEDIR "${CMAKE_INSTALL_INCLUDEDIR}")
else()
  set(ACT_PC_INCLUDEDIR "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
endif()
configure_file(${PROJECT_SOURCE_DIR}/cmake/act.pc.in ${PROJECT_BINARY_DIR}/act.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/act.pc DESTINATION ${ACT_INSTALL_PKGCONFIGDIR})
