//===- fuse_norms_pass.c - The fuse-norms pass -----------------------------===//
//
// Wraps the frozen fuse_norms.pdll pattern set in an external pass, like
// lower_norms_pass.c: the set is compiled once per pass instance (in
// `initialize`, under a lock, since clones may initialize concurrently) and
// shared read-only by every clone running on functions in parallel.
//
// Identical ane.cast and ane.sub ops are merged first (lib/patterns/cse.h).
// The greedy driver then runs with constant CSE, folding and region
// simplification off: besides those merges, the canonicalizations and the
// operand-order swaps (fuse_norms.pdll), the pass changes only the chains
// it fuses (plus the driver's unconditional erasure of trivially dead ops,
// such as a constant whose last user was fused away).
//
//===----------------------------------------------------------------------===//

#include "fuse_norms.h"

#include "ane-c/Dialect.h"
#include "cse.h"
#include "external_pass.h"
#include "pdl_natives.h"

#include "mlir-c/Rewrite.h"
#include "mlir-c/Support.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>

// Generated from fuse_norms.pdll by mlir-pdll at build time.
extern const char aneFuseNormsPdlText[];
extern const size_t aneFuseNormsPdlTextSize;

MlirRewritePatternSet aneFuseNormsPatternSetCreate(MlirContext context) {
  // Without the dialect, PDL would parse but skip its op checks.
  if (mlirContextIsNull(context) || !aneContextIsDialectLoaded(context))
    return (MlirRewritePatternSet){NULL};
  anePdlLoadDialects(context);
  MlirModule pdl = mlirModuleCreateParse(
      context, mlirStringRefCreate(aneFuseNormsPdlText, aneFuseNormsPdlTextSize));
  // Takes ownership of the module.
  MlirPDLPatternModule patterns = mlirPDLPatternModuleFromModule(pdl);
  aneRegisterFuseNormsNatives(patterns);
  MlirRewritePatternSet set = mlirRewritePatternSetFromPDLPatternModule(patterns);
  mlirPDLPatternModuleDestroy(patterns);
  return set;
}

MlirFrozenRewritePatternSet aneBuildFuseNormsPatterns(MlirContext context) {
  // Compiles the PDL to bytecode. mlirFreezeRewritePattern moves the
  // patterns out of the set but never frees the set, which still owns the PDL
  // module (MLIR 22's C API): free it, or every pass instance leaks it.
  MlirRewritePatternSet set = aneFuseNormsPatternSetCreate(context);
  if (!set.ptr)
    return (MlirFrozenRewritePatternSet){NULL};
  MlirFrozenRewritePatternSet frozen = mlirFreezeRewritePattern(set);
  mlirRewritePatternSetDestroy(set);
  return frozen;
}

typedef struct {
  atomic_int refs;
  pthread_mutex_t lock;
  bool ready;
  MlirFrozenRewritePatternSet patterns;
} FuseNormsState;

static void release(void *userData) {
  FuseNormsState *state = userData;
  if (atomic_fetch_sub(&state->refs, 1) != 1)
    return;
  if (state->ready)
    mlirFrozenRewritePatternSetDestroy(state->patterns);
  pthread_mutex_destroy(&state->lock);
  free(state);
}

static void *retain(void *userData) {
  FuseNormsState *state = userData;
  atomic_fetch_add(&state->refs, 1);
  return state;
}

static void construct(void *userData) { (void)userData; }

static MlirLogicalResult initialize(MlirContext context, void *userData) {
  FuseNormsState *state = userData;
  pthread_mutex_lock(&state->lock);
  if (!state->ready) {
    // The patterns match ane.* ops: without the dialect there are none to
    // build, and run() checks that there is nothing to match.
    if (!aneContextIsDialectLoaded(context)) {
      pthread_mutex_unlock(&state->lock);
      return mlirLogicalResultSuccess();
    }
    state->patterns = aneBuildFuseNormsPatterns(context);
    state->ready = true;
  }
  pthread_mutex_unlock(&state->lock);
  return mlirLogicalResultSuccess();
}

static void run(MlirOperation op, MlirExternalPass pass, void *userData) {
  FuseNormsState *state = userData;
  if (!state->ready) { // no ANE dialect in this context
    if (!aneCheckNoUnregisteredAneOps(op, "fuse-norms"))
      mlirExternalPassSignalFailure(pass);
    return;
  }
  // Duplicated casts and subtractions hide a chain's single x or c from
  // the patterns (which match one value by identity); merge them first.
  // Running out of memory only leaves some unmerged.
  aneMergeIdenticalCastsAndSubs(op);
  MlirGreedyRewriteDriverConfig config = mlirGreedyRewriteDriverConfigCreate();
  mlirGreedyRewriteDriverConfigEnableConstantCSE(config, false);
  mlirGreedyRewriteDriverConfigEnableFolding(config, false);
  mlirGreedyRewriteDriverConfigSetRegionSimplificationLevel(
      config, MLIR_GREEDY_SIMPLIFY_REGION_LEVEL_DISABLED);
  MlirLogicalResult converged =
      mlirApplyPatternsAndFoldGreedilyWithOp(op, state->patterns, config);
  mlirGreedyRewriteDriverConfigDestroy(config);
  // The C API has no pass instrumentation to run the ANE verifier after
  // each pass: check the fused IR here.
  if (mlirLogicalResultIsFailure(converged) ||
      mlirLogicalResultIsFailure(aneVerifyOperation(op)))
    mlirExternalPassSignalFailure(pass);
}

// One TypeID for every fuse-norms pass; must be 8-byte aligned.
static _Alignas(8) const char kFuseNormsPassId = 0;

MlirPass aneCreateFuseNormsPass(void) {
  FuseNormsState *state = calloc(1, sizeof(FuseNormsState));
  atomic_init(&state->refs, 1);
  pthread_mutex_init(&state->lock, NULL);
  MlirExternalPassCallbacks callbacks = {construct, release, initialize,
                                         retain, run};
  MlirDialectHandle dialects[ANE_PDL_NUM_DIALECTS];
  anePdlDialects(dialects);
  return mlirCreateExternalPass(
      mlirTypeIDCreate(&kFuseNormsPassId),
      mlirStringRefCreateFromCString("AneFuseNorms"),
      mlirStringRefCreateFromCString("fuse-norms"),
      mlirStringRefCreateFromCString(
          "Raise decomposed normalization chains into ane.rms_norm, "
          "ane.layer_norm and ane.l2_norm"),
      mlirStringRefCreate(NULL, 0), ANE_PDL_NUM_DIALECTS, dialects, callbacks,
      state);
}
