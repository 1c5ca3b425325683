# Install rules, the CMake package (find_package(AneMLIR)) and pkg-config.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(ANE_PACKAGE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/AneMLIR)

install(TARGETS ane-mlir AneMLIR-C
  EXPORT AneMLIRTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
if(TARGET AneMLIRPlugin)
  install(TARGETS AneMLIRPlugin
    EXPORT AneMLIRTargets
    LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR})
endif()
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/ane-c
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

# A copy of MLIR's C headers and the generated files they include, so hosts
# without an MLIR install can use the shared aggregate. (Dialect headers whose
# pass registrations are not in the aggregate still install, unused.)
install(DIRECTORY ${MLIR_INCLUDE_DIRS}/mlir-c
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/ane-mlir/mlir
  PATTERN Bindings EXCLUDE)
install(FILES ${MLIR_INCLUDE_DIRS}/mlir/Config/mlir-config.h
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/ane-mlir/mlir/mlir/Config)
install(FILES ${MLIR_INCLUDE_DIRS}/mlir/Transforms/Transforms.capi.h.inc
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/ane-mlir/mlir/mlir/Transforms)

# The dialect and the generated PDL, for stock mlir-opt --irdl-file and for
# reading; the library embeds its own copies.
install(FILES
  ${ANE_IRDL_FILE}
  ${ANE_LOWER_NORMS_PDL}
  ${ANE_FUSE_NORMS_PDL}
  DESTINATION ${CMAKE_INSTALL_DATADIR}/ane-mlir)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/
  DESTINATION ${CMAKE_INSTALL_DOCDIR} FILES_MATCHING PATTERN "*.md")

install(EXPORT AneMLIRTargets
  NAMESPACE AneMLIR::
  DESTINATION ${ANE_PACKAGE_DIR})
configure_package_config_file(
  ${PROJECT_SOURCE_DIR}/cmake/AneMLIRConfig.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/AneMLIRConfig.cmake
  INSTALL_DESTINATION ${ANE_PACKAGE_DIR}
  PATH_VARS CMAKE_INSTALL_DATADIR)
write_basic_package_version_file(
  ${CMAKE_CURRENT_BINARY_DIR}/AneMLIRConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES
  ${CMAKE_CURRENT_BINARY_DIR}/AneMLIRConfig.cmake
  ${CMAKE_CURRENT_BINARY_DIR}/AneMLIRConfigVersion.cmake
  DESTINATION ${ANE_PACKAGE_DIR})

configure_file(${PROJECT_SOURCE_DIR}/cmake/ane-mlir.pc.in
  ${CMAKE_CURRENT_BINARY_DIR}/ane-mlir.pc @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/ane-mlir.pc
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
