//===- passes.c - The passes ane-opt knows and how it builds pipelines ----===//

#include "passes.h"

#include "output.h"

#include "mlir-c/Transforms.h"

#include <stdlib.h>
#include <string.h>

// Upstream passes from MLIR's core Transforms library that make sense on ANE
// IR. (Debug-only passes such as view-op-graph are left out.)
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
};

#define NUM_UPSTREAM (sizeof(kUpstreamPasses) / sizeof(kUpstreamPasses[0]))

void aneOptRegisterPasses(void) { mlirRegisterTransformsPasses(); }

bool aneOptIsPassName(const char *name, size_t length) {
  for (size_t i = 0; i < NUM_UPSTREAM; ++i)
    if (strlen(kUpstreamPasses[i].name) == length &&
        strncmp(kUpstreamPasses[i].name, name, length) == 0)
      return true;
  return false;
}

void aneOptPrintPassList(FILE *out) {
  fprintf(out, "Passes (use as --<pass>[=<options>] or in --pass-pipeline):\n");
  for (size_t i = 0; i < NUM_UPSTREAM; ++i)
    fprintf(out, "  %-28s %s\n", kUpstreamPasses[i].name,
            kUpstreamPasses[i].description);
}

static void appendToBuffer(MlirStringRef s, void *userData) {
  aneBufferAppend(userData, s.data, s.length);
}

bool aneOptBuildPipeline(MlirPassManager pm, const AneOptOptions *options) {
  MlirOpPassManager top = mlirPassManagerGetAsOpPassManager(pm);
  for (size_t i = 0; i < options->numPasses; ++i) {
    const AnePassRequest *request = &options->passes[i];
    MlirStringRef text = mlirStringRefCreateFromCString(request->text);
    AneBuffer why = {0};
    MlirLogicalResult result =
        request->isPipeline
            ? mlirParsePassPipeline(top, text, appendToBuffer, &why)
            : mlirOpPassManagerAddPipeline(top, text, appendToBuffer, &why);
    if (mlirLogicalResultIsFailure(result)) {
      // MLIR's message has no position of its own; name the flag it came from.
      fprintf(stderr, "ane-opt: error: invalid %s '%s': %s\n",
              request->isPipeline ? "--pass-pipeline" : "pass flag",
              request->text, why.data ? why.data : "");
    }
    aneBufferDestroy(&why);
    if (mlirLogicalResultIsFailure(result))
      return false;
  }
  return true;
}
