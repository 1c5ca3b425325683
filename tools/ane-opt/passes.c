//===- passes.c - The passes ane-opt knows and how it builds pipelines ----===//
//
// Pipelines are parsed by the library (aneParsePassPipeline), so ane-opt and
// embedders accept the same text. This file adds the command-line side:
// which flags name passes, where per-pass flags go, and the messages.
//
//===----------------------------------------------------------------------===//

#include "passes.h"

#include "ane-c/Passes.h"

#include "mlir-c/Transforms.h"
#include "support/buffer.h"

#include <string.h>

// Upstream passes from MLIR's core Transforms library that make sense on ANE
// IR, accepted as flags. (Any registered pass works in --pass-pipeline.)
static const struct {
  const char *name;
  const char *description;
} kUpstreamPasses[] = {
    {"canonicalize", "upstream: canonicalize operations"},
    {"cse", "upstream: eliminate common sub-expressions"},
    {"inline", "upstream: inline function calls"},
    {"sccp", "upstream: sparse conditional constant propagation"},
    {"symbol-dce", "upstream: eliminate dead symbols"},
    {"symbol-privatize", "upstream: mark symbols private"},
    {"strip-debuginfo", "upstream: strip debug info from all operations"},
    {"remove-dead-values", "upstream: remove dead values"},
    {"topological-sort", "upstream: sort regions without SSA dominance"},
    {"loop-invariant-code-motion", "upstream: hoist loop invariant code"},
    {"control-flow-sink", "upstream: sink operations into conditional blocks"},
    {"print-op-stats", "upstream: print operation statistics"},
    {"view-op-graph", "upstream: print the IR as a Graphviz DOT graph (on "
                      "stderr)"},
};

#define NUM_UPSTREAM (sizeof(kUpstreamPasses) / sizeof(kUpstreamPasses[0]))

void aneOptRegisterPasses(void) { mlirRegisterTransformsPasses(); }

bool aneOptIsPassName(const char *name, size_t length) {
  if (aneIsPassArgument(mlirStringRefCreate(name, length)))
    return true;
  for (size_t i = 0; i < NUM_UPSTREAM; ++i)
    if (strlen(kUpstreamPasses[i].name) == length &&
        strncmp(kUpstreamPasses[i].name, name, length) == 0)
      return true;
  return false;
}

const char *aneOptPassName(size_t index) {
  size_t numAne = (size_t)aneGetNumPasses();
  if (index < numAne)
    return aneGetPassArgument((intptr_t)index).data; // NUL-terminated names
  index -= numAne;
  return index < NUM_UPSTREAM ? kUpstreamPasses[index].name : NULL;
}

void aneOptPrintPassList(FILE *out) {
  fprintf(out, "Passes (use as --<pass>[=<options>] or in --pass-pipeline):\n");
  for (intptr_t i = 0; i < aneGetNumPasses(); ++i) {
    MlirStringRef name = aneGetPassArgument(i);
    MlirStringRef description = aneGetPassDescription(i);
    fprintf(out, "  %-28.*s %.*s\n", (int)name.length, name.data,
            (int)description.length, description.data);
  }
  for (size_t i = 0; i < NUM_UPSTREAM; ++i)
    fprintf(out, "  %-28s %s\n", kUpstreamPasses[i].name,
            kUpstreamPasses[i].description);
}

// Prints the library's "column N: ..." error under the flag it came from.
static void printError(MlirStringRef message, void *userData) {
  fprintf(stderr, "ane-opt: error: invalid %s at %.*s\n",
          (const char *)userData, (int)message.length, message.data);
}

bool aneOptBuildPipeline(MlirPassManager pm, const AneOptOptions *options) {
  MlirOpPassManager top = mlirPassManagerGetAsOpPassManager(pm);
  for (size_t i = 0; i < options->numPasses; ++i) {
    const AnePassRequest *request = &options->passes[i];
    MlirStringRef text = mlirStringRefCreateFromCString(request->text);
    MlirLogicalResult result;
    if (request->isPipeline) {
      result =
          aneParsePassPipeline(top, text, printError, (void *)"--pass-pipeline");
    } else {
      // ANE passes nest under func.func (functions run in parallel);
      // upstream ones go where mlir-opt puts them, on the module.
      size_t nameLength = strcspn(request->text, "{");
      bool isAne =
          aneIsPassArgument(mlirStringRefCreate(request->text, nameLength));
      MlirOpPassManager target =
          isAne ? mlirOpPassManagerGetNestedUnder(
                      top, mlirStringRefCreateFromCString("func.func"))
                : top;
      result = aneOpPassManagerAddPipeline(target, text, printError,
                                           (void *)"pass flag");
    }
    if (mlirLogicalResultIsFailure(result))
      return false;
  }
  return true;
}

static void appendToBuffer(MlirStringRef text, void *userData) {
  aneBufferAppend(userData, text.data, text.length);
}

static void indent(FILE *out, int depth) {
  for (int i = 0; i < depth; ++i)
    fputs("  ", out);
}

void aneOptDumpPipeline(MlirPassManager pm, FILE *out) {
  AneBuffer text = {0};
  mlirPrintPassPipeline(mlirPassManagerGetAsOpPassManager(pm), appendToBuffer,
                        &text);
  if (!text.data || text.outOfMemory) {
    fputs("ane-opt: error: out of memory\n", stderr);
    aneBufferDestroy(&text);
    return;
  }
  // The pass count is the number of top-level elements; options in {...}
  // are printed as they are (they may hold ',' and '(').
  size_t numPasses = 0;
  int depth = 0, braces = 0;
  for (size_t i = 0; i < text.length; ++i) {
    char c = text.data[i];
    braces += c == '{' ? 1 : c == '}' ? -1 : 0;
    if (braces)
      continue;
    if (c == '(' && depth++ == 0 && text.data[i + 1] != ')')
      numPasses = 1;
    else if (c == ')')
      --depth;
    else if (c == ',' && depth == 1)
      ++numPasses;
  }
  fprintf(out, "Pass Manager with %zu passes:\n", numPasses);
  depth = braces = 0;
  for (size_t i = 0; i < text.length; ++i) {
    char c = text.data[i];
    braces += c == '{' ? 1 : c == '}' ? -1 : 0;
    if (braces || c == '}') {
      fputc(c, out);
    } else if (c == '(' && text.data[i + 1] == ')') {
      fputs("()", out);
      ++i;
    } else if (c == '(') {
      fputs("(\n", out);
      indent(out, ++depth);
    } else if (c == ',') {
      fputs(",\n", out);
      indent(out, depth);
    } else if (c == ')') {
      fputc('\n', out);
      indent(out, --depth);
      fputc(')', out);
    } else {
      fputc(c, out);
    }
  }
  fputs("\n\n", out);
  aneBufferDestroy(&text);
}

bool aneOptPassesVerifyThemselves(const AneOptOptions *options) {
  for (size_t i = 0; i < options->numPasses; ++i) {
    const AnePassRequest *request = &options->passes[i];
    // Every ANE pass leaves valid ANE IR by construction (the library's
    // pass table, lib/patterns/pipeline.c, admits only such passes).
    if (request->isPipeline ||
        !aneIsPassArgument(mlirStringRefCreate(
            request->text, strcspn(request->text, "{"))))
      return false;
  }
  return true;
}
