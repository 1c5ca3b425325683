# Sanitizer and fuzzer instrumentation for every target this project builds
# (MLIR's prebuilt static libraries are not instrumented; they are not ours).
#
#   -DANE_SANITIZE=address,undefined   ASan + UBSan, errors fatal (clang)
#   -DANE_BUILD_FUZZER=ON              also build fuzz/ane-fuzz (clang, libFuzzer)
#
# Both need clang for C and C++: the link step goes through the C++ driver
# (MLIR is C++), and it must bring the same sanitizer runtime that compiled
# our objects. Configure with CC=clang CXX=clang++. See docs/robustness.md.
#
# Included from the top-level CMakeLists.txt before any target is defined, so
# the flags reach every target in every subdirectory.

set(ANE_SANITIZE "" CACHE STRING
  "Comma-separated -fsanitize= list for our targets, e.g. address,undefined (clang)")
option(ANE_BUILD_FUZZER "Build the libFuzzer harness fuzz/ane-fuzz (clang)" OFF)

# A fuzzer without ASan/UBSan finds only crashes: the fuzzer build is always
# a sanitizer build.
if(ANE_BUILD_FUZZER AND NOT ANE_SANITIZE)
  set(ANE_SANITIZE address,undefined CACHE STRING "" FORCE)
endif()

if(ANE_SANITIZE OR ANE_BUILD_FUZZER)
  if(NOT CMAKE_C_COMPILER_ID MATCHES "Clang" OR NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR
      "ANE_SANITIZE / ANE_BUILD_FUZZER need clang for both C and C++ "
      "(found C: ${CMAKE_C_COMPILER_ID}, C++: ${CMAKE_CXX_COMPILER_ID}); "
      "configure a fresh build directory with CC=clang CXX=clang++")
  endif()
endif()

if(ANE_SANITIZE)
  message(STATUS "Sanitizers for ane-mlir targets: ${ANE_SANITIZE}")
  # Errors abort (no recovery), stacks stay readable, and debug info gives
  # file:line in reports.
  add_compile_options(-fsanitize=${ANE_SANITIZE} -fno-sanitize-recover=all
                      -fno-omit-frame-pointer -g)
  add_link_options(-fsanitize=${ANE_SANITIZE})
  # tools/common/source.c then compiles in default ASAN/UBSAN/LSAN_OPTIONS
  # (halt and abort on the first error), so every way of running the tools --
  # ctest, lit by hand, a shell -- fails loudly. The environment still
  # overrides them.
  add_compile_definitions(ANE_SANITIZER_DEFAULT_OPTIONS=1)
endif()

if(ANE_BUILD_FUZZER)
  # Coverage feedback for libFuzzer from our code (the library and the tool
  # support code the harness calls); the harness itself links the fuzzer.
  add_compile_options(-fsanitize=fuzzer-no-link)
  add_link_options(-fsanitize=fuzzer-no-link)
endif()

# Shared libraries: sanitized objects reference the sanitizer runtime, which
# clang links only into executables (which export it to the libraries they
# load). So in a sanitizer build, a shared library may leave those symbols
# undefined (overriding any -Wl,--no-undefined), and whatever links our
# libraries -- in the tree or through the installed CMake package -- links
# with -fsanitize too. Done at the end of the top-level directory, once every
# target exists.
function(_ane_sanitizer_fixups)
  get_property(dirs DIRECTORY ${PROJECT_SOURCE_DIR} PROPERTY SUBDIRECTORIES)
  set(pending ${PROJECT_SOURCE_DIR} ${dirs})
  while(pending)
    list(POP_FRONT pending dir)
    get_property(sub DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
    list(APPEND pending ${sub})
    get_property(targets DIRECTORY ${dir} PROPERTY BUILDSYSTEM_TARGETS)
    foreach(target ${targets})
      get_target_property(type ${target} TYPE)
      if(type STREQUAL "SHARED_LIBRARY" OR type STREQUAL "MODULE_LIBRARY")
        target_link_options(${target} PRIVATE -Wl,-z,undefs)
      endif()
      if(type MATCHES "^(STATIC|SHARED)_LIBRARY$")
        set_property(TARGET ${target} APPEND PROPERTY
          INTERFACE_LINK_OPTIONS -fsanitize=${ANE_SANITIZE})
      endif()
    endforeach()
  endwhile()
endfunction()
if(ANE_SANITIZE)
  cmake_language(DEFER DIRECTORY ${PROJECT_SOURCE_DIR} CALL _ane_sanitizer_fixups)
endif()
