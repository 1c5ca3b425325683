//===- conventions.c - How MIL facts without an ANE op are kept in MLIR ----===//

#include "conventions.h"

#include <stdio.h>
#include <string.h>

const char *const milDefaultBuildInfo[][2] = {
    {"coremlc-component-MIL", "3520.4.1"},
    {"coremlc-version", "3520.5.1"},
};
const size_t milDefaultBuildInfoCount =
    sizeof(milDefaultBuildInfo) / sizeof(milDefaultBuildInfo[0]);

void milDefaultArgName(size_t index, char *out, size_t size) {
  snprintf(out, size, "arg%zu", index);
}

void milDefaultResultName(size_t index, char *out, size_t size) {
  snprintf(out, size, "out%zu", index);
}

bool milIsIdentifier(MlirStringRef s) {
  if (s.length == 0)
    return false;
  for (size_t i = 0; i < s.length; ++i) {
    char c = s.data[i];
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    if (!letter && !(i > 0 && c >= '0' && c <= '9'))
      return false;
  }
  return true;
}

bool milIsWritableString(MlirStringRef s) {
  for (size_t i = 0; i < s.length; ++i) {
    unsigned char c = (unsigned char)s.data[i];
    if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
      return false;
  }
  return true;
}

const char *milFormatForMessage(MlirStringRef s, char *buf, size_t cap) {
  size_t used = 0;
  buf[0] = '\0';
  for (size_t i = 0; i < s.length; ++i) {
    unsigned char c = (unsigned char)s.data[i];
    char piece[8];
    if (c >= 0x20 && c < 0x7f && c != '\\')
      snprintf(piece, sizeof(piece), "%c", c);
    else
      snprintf(piece, sizeof(piece), "\\x%02x", c);
    size_t n = strlen(piece);
    if (used + n + 4 > cap) {
      snprintf(buf + used, cap - used, "...");
      break;
    }
    memcpy(buf + used, piece, n + 1);
    used += n;
  }
  return buf;
}
