# Script mode: turn a text file into a C source holding it as a NUL-terminated
# byte array, so the library needs no run-time file lookups.
#   cmake -DINPUT=<file> -DOUTPUT=<file.c> -DSYMBOL=<name> -P EmbedText.cmake
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_len)
math(EXPR size "${hex_len} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
# Break the initializer into lines of 16 bytes to keep the file readable.
string(REGEX REPLACE "((0x[0-9a-f][0-9a-f],){16})" "\\1\n  " bytes "${bytes}")
get_filename_component(name "${INPUT}" NAME)
file(WRITE "${OUTPUT}.tmp"
"/* Generated from ${name} by EmbedText.cmake; do not edit. */
#include <stddef.h>
const char ${SYMBOL}[] = {\n  ${bytes}0x00};
const size_t ${SYMBOL}Size = ${size};
")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
