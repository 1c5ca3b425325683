//===- opgen.c - Build-time generator for the ANE op registry -------------===//
//
// ane-opgen reads the rows of ane_ops.def (compiled in through the X-macro)
// and writes what the C preprocessor cannot derive from them:
//   ane-opgen irdl FILE      the IRDL definition of the dialect (loaded by
//                            the library, installed for mlir-opt --irdl-file)
//   ane-opgen registry FILE  the parsed operand and attribute lists and the
//                            name-sorted index, included by op_registry.c
//   ane-opgen list           one line per op: name, MIL name or "-", the
//                            verifier group, the kernel (for tests)
//   ane-opgen doc-table FILE rewrites the op table between FILE's
//                            generated-table markers (docs/dialect.md)
// A malformed row is a build error naming the op. Files are written to a
// temporary and renamed, so a failed run leaves no partial file.
//
//===----------------------------------------------------------------------===//

#include <ctype.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "op_flags.h"

// The registry to read; test/lit/dialect/opgen-errors.test builds the
// generator against malformed ones.
#ifndef ANE_OPS_DEF
#define ANE_OPS_DEF "ane_ops.def"
#endif

typedef struct {
  const char *name, *camel, *operands, *attributes, *verify, *milName,
      *milParams, *summary;
  unsigned flags; // ANE_OPF_* (op_flags.h)
} Row;

static const Row kRows[] = {
#define ANE_OP(Name, Camel, Operands, Attributes, Verify, Flags, MilName,      \
               MilKind, MilEpsilon, MilParams, Summary)                        \
  {#Name,    #Camel,    Operands,  Attributes, #Verify,                        \
   MilName,  MilParams, Summary,   (Flags)},
#include ANE_OPS_DEF
};
enum { kNumRows = sizeof(kRows) / sizeof(kRows[0]) };

enum { kMaxItems = 8, kMaxName = 64 };

typedef struct {
  char name[kMaxName];
  char mod;            // operands: '?', '.' (variadic) or 0; attributes: unused
  char kind[kMaxName]; // attributes only, as written
  int kindIndex;       // attributes only: index into kAttrKinds
} Item;

typedef struct {
  Item items[kMaxItems];
  int count;
} List;

// A row's specs, parsed and checked once by parseRows.
typedef struct {
  List operands, attributes;
  int minOperands, maxOperands; // maxOperands -1: variadic
} Signature;

static Signature kSignatures[sizeof(kRows) / sizeof(kRows[0])];

// "constant" is a scalar or a dense tensor: IRDL only says "any attribute",
// the C verifier checks which.
static const char *const kAttrKinds[] = {"float", "integer", "array", "bool",
                                         "string", "constant"};
static const char *const kAttrIrdl[] = {"#builtin.float", "#builtin.integer",
                                        "#builtin.dense_array", NULL,
                                        "#builtin.string", "any"};
static const char *const kAttrEnum[] = {"AneAttrFloat", "AneAttrInteger",
                                        "AneAttrArray", "AneAttrBool",
                                        "AneAttrString", "AneAttrConstant"};
enum { kNumAttrKinds = 6 };

static void die(const Row *row, const char *what) {
  fprintf(stderr, "ane_ops.def: op '%s': %s\n", row ? row->name : "?", what);
  exit(1);
}

static bool isIdent(const char *s, size_t n) {
  if (n == 0 || n >= kMaxName || !(isalpha((unsigned char)s[0]) || s[0] == '_'))
    return false;
  for (size_t i = 1; i < n; ++i)
    if (!isalnum((unsigned char)s[i]) && s[i] != '_')
      return false;
  return true;
}

// Splits "a, b?, c..." (operands) or "a: kind, b: kind" (attributes).
static List parseList(const Row *row, const char *spec, bool attributes) {
  List list;
  memset(&list, 0, sizeof(list));
  const char *p = spec;
  while (*p) {
    while (*p == ' ')
      ++p;
    const char *end = strchr(p, ',');
    size_t n = end ? (size_t)(end - p) : strlen(p);
    while (n && p[n - 1] == ' ')
      --n;
    if (list.count == kMaxItems)
      die(row, "too many operands or attributes");
    Item *item = &list.items[list.count++];
    if (attributes) {
      const char *colon = memchr(p, ':', n);
      if (!colon)
        die(row, "attribute without ': kind'");
      size_t nameLen = (size_t)(colon - p);
      const char *kind = colon + 1;
      while (*kind == ' ')
        ++kind;
      size_t kindLen = n - (size_t)(kind - p);
      if (!isIdent(p, nameLen) || !isIdent(kind, kindLen))
        die(row, "malformed attribute");
      memcpy(item->name, p, nameLen);
      memcpy(item->kind, kind, kindLen);
    } else {
      if (n > 3 && memcmp(p + n - 3, "...", 3) == 0) {
        item->mod = '.';
        n -= 3;
      } else if (n > 1 && p[n - 1] == '?') {
        item->mod = '?';
        n -= 1;
      }
      if (!isIdent(p, n))
        die(row, "malformed operand name");
      memcpy(item->name, p, n);
    }
    p = end ? end + 1 : p + strlen(p);
  }
  return list;
}

static int attrKind(const Row *row, const Item *item) {
  for (int k = 0; k < kNumAttrKinds; ++k)
    if (strcmp(item->kind, kAttrKinds[k]) == 0)
      return k;
  die(row, "unknown attribute kind (float, integer, array, bool, string)");
  return -1;
}

// Parses every row into kSignatures and checks it as a whole; every
// generator mode runs this first.
static void parseRows(void) {
  for (int r = 0; r < kNumRows; ++r) {
    const Row *row = &kRows[r];
    if (!isIdent(row->name, strlen(row->name)))
      die(row, "name is not an identifier");
    for (int s = 0; s < r; ++s)
      if (strcmp(kRows[s].name, row->name) == 0)
        die(row, "defined twice");
    if (!row->summary[0])
      die(row, "empty summary");
    Signature *sig = &kSignatures[r];
    List operands = parseList(row, row->operands, false);
    bool optionalSeen = false;
    sig->maxOperands = operands.count;
    for (int i = 0; i < operands.count; ++i) {
      char mod = operands.items[i].mod;
      // IRDL needs an operand_segment_sizes attribute in the IR once an op
      // has two optional or variadic operands: the registry allows one.
      if ((mod == '?' || mod == '.') && optionalSeen)
        die(row, "at most one operand may be optional or variadic");
      if (mod == '.' && i != operands.count - 1)
        die(row, "a variadic operand must be the last operand");
      if (mod == '.')
        sig->maxOperands = -1;
      if (mod == '?' || mod == '.')
        optionalSeen = true;
      else if (optionalSeen)
        die(row, "a required operand follows an optional one");
      else
        ++sig->minOperands;
    }
    sig->operands = operands;
    List attrs = parseList(row, row->attributes, true);
    for (int i = 0; i < attrs.count; ++i)
      attrs.items[i].kindIndex = attrKind(row, &attrs.items[i]);
    sig->attributes = attrs;
    // MIL parameters: sorted, distinct, and none without a MIL op.
    List params = parseList(row, row->milParams, false);
    if (!row->milName && params.count)
      die(row, "MIL parameters without a MIL op");
    for (int i = 1; i < params.count; ++i)
      if (strcmp(params.items[i - 1].name, params.items[i].name) >= 0)
        die(row, "MIL parameters must be sorted and distinct");
  }
}

//===----------------------------------------------------------------------===//
// Outputs
//===----------------------------------------------------------------------===//

static void writeIrdl(FILE *out) {
  fputs("// The ANE dialect in IRDL. Generated from lib/dialect/ane_ops.def by "
        "ane-opgen;\n"
        "// do not edit. The library loads this text; installed, it lets "
        "stock\n"
        "// `mlir-opt --irdl-file=ane.irdl.mlir` read ANE IR too.\n"
        "//\n"
        "// IRDL checks operand/result counts and attribute kinds. Everything "
        "it cannot\n"
        "// say (ranks, element types, broadcast and reduction shapes, axes, "
        "epsilon\n"
        "// values) is checked by lib/dialect/verifier.c. Notes on IRDL 22:\n"
        "//  - each operand gets its own irdl.base: one SSA constraint shared "
        "by two\n"
        "//    operands would force them to have the same type;\n"
        "//  - there is no #builtin.bool: booleans are any_of(is true, is "
        "false);\n"
        "//  - IRDL ops have no custom syntax; write and read them in generic "
        "form.\n"
        "irdl.dialect @ane {\n",
        out);
  for (int r = 0; r < kNumRows; ++r) {
    const Row *row = &kRows[r];
    const List operands = kSignatures[r].operands;
    const List attrs = kSignatures[r].attributes;
    fprintf(out, "  // %s\n  irdl.operation @%s {\n", row->summary, row->name);
    for (int i = 0; i < operands.count; ++i)
      fprintf(out, "    %%%s = irdl.base \"!builtin.tensor\"\n",
              operands.items[i].name);
    fputs("    %result = irdl.base \"!builtin.tensor\"\n", out);
    for (int i = 0; i < attrs.count; ++i) {
      const char *name = attrs.items[i].name;
      int kind = attrs.items[i].kindIndex;
      if (kAttrIrdl[kind] && strcmp(kAttrIrdl[kind], "any") == 0) {
        fprintf(out, "    %%%s = irdl.any\n", name);
        continue;
      }
      if (kAttrIrdl[kind]) {
        fprintf(out, "    %%%s = irdl.base \"%s\"\n", name, kAttrIrdl[kind]);
        continue;
      }
      fprintf(out,
              "    %%%s_true = irdl.is true\n"
              "    %%%s_false = irdl.is false\n"
              "    %%%s = irdl.any_of(%%%s_true, %%%s_false)\n",
              name, name, name, name, name);
    }
    fputs("    irdl.operands(", out);
    for (int i = 0; i < operands.count; ++i) {
      const Item *item = &operands.items[i];
      fprintf(out, "%s%s: %s%%%s", i ? ", " : "", item->name,
              item->mod == '?'   ? "optional "
              : item->mod == '.' ? "variadic "
                                 : "",
              item->name);
    }
    fputs((row->flags & ANE_OPF_VARIADIC_RESULTS)
              ? ")\n    irdl.results(results: variadic %result)\n"
              : ")\n    irdl.results(result: %result)\n",
          out);
    if (attrs.count) {
      fputs("    irdl.attributes {", out);
      for (int i = 0; i < attrs.count; ++i)
        fprintf(out, "%s\"%s\" = %%%s", i ? ", " : "", attrs.items[i].name,
                attrs.items[i].name);
      fputs("}\n", out);
    }
    fputs("  }\n", out);
  }
  fputs("}\n", out);
}

static int compareRowNames(const void *a, const void *b) {
  return strcmp(kRows[*(const int *)a].name, kRows[*(const int *)b].name);
}

static void writeRegistry(FILE *out) {
  fputs("/* Generated from lib/dialect/ane_ops.def by ane-opgen; do not edit. */\n",
        out);
  // Per op: its operand and attribute arrays, then the AneOpDef fields from
  // operandNames to numAttributes.
  for (int r = 0; r < kNumRows; ++r) {
    const Row *row = &kRows[r];
    const Signature *sig = &kSignatures[r];
    const List *operands = &sig->operands, *attrs = &sig->attributes;
    if (operands->count) {
      fprintf(out, "static const char *const kOperands_%s[] = {", row->name);
      for (int i = 0; i < operands->count; ++i)
        fprintf(out, "%s\"%s\"", i ? ", " : "", operands->items[i].name);
      fputs("};\n", out);
    }
    if (attrs->count) {
      fprintf(out, "static const AneOpAttrDef kAttributes_%s[] = {", row->name);
      for (int i = 0; i < attrs->count; ++i)
        fprintf(out, "%s{\"%s\", %s}", i ? ", " : "", attrs->items[i].name,
                kAttrEnum[attrs->items[i].kindIndex]);
      fputs("};\n", out);
    }
    char names[kMaxName + 16], attributes[kMaxName + 16];
    snprintf(names, sizeof(names), operands->count ? "kOperands_%s" : "NULL",
             row->name);
    snprintf(attributes, sizeof(attributes),
             attrs->count ? "kAttributes_%s" : "NULL", row->name);
    fprintf(out, "#define ANE_OPGEN_SIGNATURE_%s %s, %d, %d, %d, %s, %d\n",
            row->name, names, operands->count, sig->minOperands,
            sig->maxOperands, attributes, attrs->count);
  }
  int sorted[kNumRows];
  for (int r = 0; r < kNumRows; ++r)
    sorted[r] = r;
  qsort(sorted, kNumRows, sizeof(int), compareRowNames);
  fputs("static const AneOpId kSortedOps[] = {\n", out);
  for (int r = 0; r < kNumRows; ++r)
    fprintf(out, "    ANE_OP_%s,\n", kRows[sorted[r]].name);
  fputs("};\n", out);
}

static void writeList(FILE *out) {
  for (int r = 0; r < kNumRows; ++r)
    fprintf(out, "%s %s %s %s\n", kRows[r].name,
            kRows[r].milName ? kRows[r].milName : "-", kRows[r].verify,
            kRows[r].camel);
}

// What each ANE_OPF_* element flag adds to the op table's element types,
// in the verifier's message order.
static const struct {
  unsigned flag;
  const char *elements;
} kFlagElements[] = {
    {ANE_OPF_I32, "i32"},
    {ANE_OPF_I8, "i8, ui8"},
    {ANE_OPF_BOOL, "i1"},
};
enum { kNumFlags = sizeof(kFlagElements) / sizeof(kFlagElements[0]) };

// The op table of docs/dialect.md: one row per op, in registry order.
static void writeDocTable(FILE *out) {
  fputs("| op | operands | attributes | element types | MIL op | computes |\n"
        "|---|---|---|---|---|---|\n",
        out);
  for (int r = 0; r < kNumRows; ++r) {
    const Row *row = &kRows[r];
    fprintf(out, "| `ane.%s` | ", row->name);
    fputs(row->operands[0] ? "" : "none", out);
    if (row->operands[0])
      fprintf(out, "`%s`", row->operands);
    fputs(" | ", out);
    if (row->attributes[0])
      fprintf(out, "`%s`", row->attributes);
    fputs(" | f16, f32", out);
    for (int f = 0; f < kNumFlags; ++f)
      if (row->flags & kFlagElements[f].flag)
        fprintf(out, ", %s", kFlagElements[f].elements);
    fputs((row->flags & ANE_OPF_MIXED_ELEMENTS) ? " (per operand) | " : " | ",
          out);
    if (row->milName)
      fprintf(out, "`%s`", row->milName);
    else
      fputs("none", out);
    fputs(" | ", out);
    for (const char *c = row->summary; *c; ++c) {
      if (*c == '|')
        fputc('\\', out);
      fputc(*c, out);
    }
    fputs(" |\n", out);
  }
}

static int writeFile(const char *path, void (*write)(FILE *)) {
  size_t n = strlen(path);
  char *tmp = malloc(n + 5);
  if (!tmp)
    return 1;
  memcpy(tmp, path, n);
  memcpy(tmp + n, ".tmp", 5);
  FILE *out = fopen(tmp, "w");
  if (!out) {
    fprintf(stderr, "ane-opgen: cannot write %s\n", tmp);
    free(tmp);
    return 1;
  }
  write(out);
  bool ok = !ferror(out);
  ok = fclose(out) == 0 && ok;
  ok = ok && rename(tmp, path) == 0;
  if (!ok) {
    fprintf(stderr, "ane-opgen: cannot write %s\n", path);
    remove(tmp);
  }
  free(tmp);
  return ok ? 0 : 1;
}

// doc-table: the document around the table, kept as it is.
static const char kTableBegin[] =
    "<!-- op table: generated from lib/dialect/ane_ops.def by "
    "`ane-opgen doc-table`; do not edit -->\n";
static const char kTableEnd[] = "<!-- end of the op table -->\n";
static const char *gDocText;
static size_t gDocHead, gDocTail; // end of the begin marker, start of the end

static void writeDoc(FILE *out) {
  fwrite(gDocText, 1, gDocHead, out);
  writeDocTable(out);
  fputs(gDocText + gDocTail, out);
}

static char *readText(const char *path) {
  FILE *in = fopen(path, "rb");
  if (!in)
    return NULL;
  char *text = NULL;
  size_t size = 0, capacity = 0, n;
  do {
    if (size + 4096 + 1 > capacity) {
      capacity = (size + 4096 + 1) * 2;
      char *grown = realloc(text, capacity);
      if (!grown) {
        free(text);
        fclose(in);
        return NULL;
      }
      text = grown;
    }
    n = fread(text + size, 1, 4096, in);
    size += n;
  } while (n > 0);
  bool ok = !ferror(in);
  fclose(in);
  if (!ok) {
    free(text);
    return NULL;
  }
  text[size] = 0;
  return text;
}

// Replaces the lines between the two markers of `path` with the table.
static int updateDocTable(const char *path) {
  char *text = readText(path);
  if (!text) {
    fprintf(stderr, "ane-opgen: cannot read %s\n", path);
    return 1;
  }
  const char *begin = strstr(text, kTableBegin);
  const char *end = begin ? strstr(begin, kTableEnd) : NULL;
  if (!end) {
    fprintf(stderr, "ane-opgen: %s has no '%.*s' ... '%.*s' markers\n", path,
            (int)strlen(kTableBegin) - 1, kTableBegin,
            (int)strlen(kTableEnd) - 1, kTableEnd);
    free(text);
    return 1;
  }
  gDocText = text;
  gDocHead = (size_t)(begin - text) + strlen(kTableBegin);
  gDocTail = (size_t)(end - text);
  int status = writeFile(path, writeDoc);
  free(text);
  return status;
}

int main(int argc, char **argv) {
  parseRows();
  if (argc == 2 && strcmp(argv[1], "list") == 0) {
    writeList(stdout);
    return fflush(stdout) == 0 ? 0 : 1;
  }
  if (argc == 3 && strcmp(argv[1], "irdl") == 0)
    return writeFile(argv[2], writeIrdl);
  if (argc == 3 && strcmp(argv[1], "registry") == 0)
    return writeFile(argv[2], writeRegistry);
  if (argc == 3 && strcmp(argv[1], "doc-table") == 0)
    return updateDocTable(argv[2]);
  fputs("usage: ane-opgen irdl FILE | registry FILE | list | doc-table FILE\n",
        stderr);
  return 2;
}
