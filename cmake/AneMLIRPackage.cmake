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

# A copy of the MLIR C headers whose every function the shared aggregate
# exports (the ANE_MLIR_CAPI_LIBS parts: IR, func, arith, IRDL, PDL,
# pdl_interp, Transforms), and the generated files they include, so hosts
# without an MLIR install can use the aggregate. Other mlir-c headers would
# declare functions it does not have; test/lit/embed/installed-headers.test
# compiles each installed header and checks its functions are exported.
set(ANE_MLIR_C_HEADERS
  AffineExpr.h AffineMap.h BuiltinAttributes.h BuiltinTypes.h Diagnostics.h
  IR.h IntegerSet.h Pass.h Rewrite.h Support.h Transforms.h
  Dialect/Arith.h Dialect/Func.h Dialect/IRDL.h Dialect/PDL.h
  Dialect/PDLInterp.h)
set(ANE_MLIR_GENERATED_HEADERS
  Config/mlir-config.h
  Transforms/Transforms.capi.h.inc
  Dialect/Arith/Transforms/Passes.capi.h.inc
  Dialect/Func/Transforms/Passes.capi.h.inc)
foreach(header ${ANE_MLIR_C_HEADERS})
  get_filename_component(dir ${header} DIRECTORY)
  install(FILES ${MLIR_INCLUDE_DIRS}/mlir-c/${header}
    DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/ane-mlir/mlir/mlir-c/${dir})
endforeach()
foreach(header ${ANE_MLIR_GENERATED_HEADERS})
  get_filename_component(dir ${header} DIRECTORY)
  install(FILES ${MLIR_INCLUDE_DIRS}/mlir/${header}
    DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/ane-mlir/mlir/mlir/${dir})
endforeach()

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

# The way from the .pc file's folder up to the prefix (`../..` for
# lib/pkgconfig), whatever prefix the tree is installed to.
file(RELATIVE_PATH ANE_PC_PREFIX_FROM_PCDIR
  /prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig /prefix)
string(REGEX REPLACE "/$" "" ANE_PC_PREFIX_FROM_PCDIR "${ANE_PC_PREFIX_FROM_PCDIR}")
# A sanitizer build's library needs the sanitizer runtime in the program,
# as the CMake targets say with their link options.
set(ANE_PC_EXTRA_LIBS "")
if(ANE_SANITIZE)
  set(ANE_PC_EXTRA_LIBS " -fsanitize=${ANE_SANITIZE}")
endif()
configure_file(${PROJECT_SOURCE_DIR}/cmake/ane-mlir.pc.in
  ${CMAKE_CURRENT_BINARY_DIR}/ane-mlir.pc @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/ane-mlir.pc
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
