//===- lower_norms_pass.c - The lower-norms pass ---------------------------===//
//
// Wraps the frozen lower_norms.pdll pattern set in an external pass. The set
// is compiled once per pass instance (in `initialize`, under a lock, since
// clones may initialize concurrently) and shared read-only by every clone;
// the clones running on functions in parallel only read it.
//
//===----------------------------------------------------------------------===//

#include "lower_norms.h"

#include "ane-c/Dialect.h"
#include "external_pass.h"
#include "pdl_natives.h"
#include "dialect/op_names.h"

#include "mlir-c/Rewrite.h"
#include "mlir-c/Support.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// Generated from lower_norms.pdll by mlir-pdll at build time.
extern const char aneLowerNormsPdlText[];
extern const size_t aneLowerNormsPdlTextSize;

static const char *const kStrategyNames[] = {"l2", "reduce-sum", "layer-norm"};

bool aneLowerNormsStrategyFromString(MlirStringRef name,
                                     AneLowerNormsStrategy *strategy) {
  for (int i = 0; i < 3; ++i) {
    if (strlen(kStrategyNames[i]) == name.length &&
        memcmp(kStrategyNames[i], name.data, name.length) == 0) {
      *strategy = (AneLowerNormsStrategy)i;
      return true;
    }
  }
  return false;
}

MlirStringRef aneLowerNormsStrategyGetName(AneLowerNormsStrategy strategy) {
  if ((unsigned)strategy >= 3)
    return mlirStringRefCreateFromCString("");
  return mlirStringRefCreateFromCString(kStrategyNames[strategy]);
}

// The native functions read the strategy through their userData, which must
// outlive every pattern set: point at these.
static const AneLowerNormsStrategy kStrategies[] = {
    ANE_LOWER_NORMS_L2, ANE_LOWER_NORMS_REDUCE_SUM,
    ANE_LOWER_NORMS_LAYER_NORM};

static bool isValidStrategy(AneLowerNormsStrategy strategy) {
  return (unsigned)strategy < sizeof(kStrategies) / sizeof(kStrategies[0]);
}

MlirRewritePatternSet
aneLowerNormsPatternSetCreate(MlirContext context,
                              AneLowerNormsStrategy strategy) {
  // Without the dialect, PDL would parse but skip its op checks.
  if (mlirContextIsNull(context) || !isValidStrategy(strategy) ||
      !aneContextIsDialectLoaded(context))
    return (MlirRewritePatternSet){NULL};
  anePdlLoadDialects(context);
  MlirModule pdl = mlirModuleCreateParse(
      context, mlirStringRefCreate(aneLowerNormsPdlText, aneLowerNormsPdlTextSize));
  // Takes ownership of the module.
  MlirPDLPatternModule patterns = mlirPDLPatternModuleFromModule(pdl);
  aneRegisterLowerNormsNatives(patterns, &kStrategies[strategy]);
  MlirRewritePatternSet set = mlirRewritePatternSetFromPDLPatternModule(patterns);
  mlirPDLPatternModuleDestroy(patterns);
  return set;
}

MlirFrozenRewritePatternSet
aneBuildLowerNormsPatterns(MlirContext context,
                           AneLowerNormsStrategy strategy) {
  // Compiles the PDL to bytecode. mlirFreezeRewritePattern moves the
  // patterns out of the set but never frees the set, which still owns the PDL
  // module (MLIR 22's C API): free it, or every pass instance leaks it.
  MlirRewritePatternSet set = aneLowerNormsPatternSetCreate(context, strategy);
  if (!set.ptr)
    return (MlirFrozenRewritePatternSet){NULL};
  MlirFrozenRewritePatternSet frozen = mlirFreezeRewritePattern(set);
  mlirRewritePatternSetDestroy(set);
  return frozen;
}

typedef struct {
  atomic_int refs;
  AneLowerNormsStrategy strategy;
  pthread_mutex_t lock;
  bool ready;
  MlirFrozenRewritePatternSet patterns;
  MlirFrozenRewritePatternSet noPatterns; // the driver's clean-up sweeps
  // Op names isPlainBlock accepts besides ane.* (set with the patterns).
  MlirIdentifier constantName, returnName;
} LowerNormsState;

static void release(void *userData) {
  LowerNormsState *state = userData;
  if (atomic_fetch_sub(&state->refs, 1) != 1)
    return;
  if (state->ready) {
    mlirFrozenRewritePatternSetDestroy(state->patterns);
    mlirFrozenRewritePatternSetDestroy(state->noPatterns);
  }
  pthread_mutex_destroy(&state->lock);
  free(state);
}

static void *retain(void *userData) {
  LowerNormsState *state = userData;
  atomic_fetch_add(&state->refs, 1);
  return state;
}

static void construct(void *userData) { (void)userData; }

static MlirLogicalResult initialize(MlirContext context, void *userData) {
  LowerNormsState *state = userData;
  pthread_mutex_lock(&state->lock);
  if (!state->ready) {
    // The patterns match ane.* ops: without the dialect there are none to
    // build, and run() checks that there is nothing to match.
    if (!aneContextIsDialectLoaded(context)) {
      pthread_mutex_unlock(&state->lock);
      return mlirLogicalResultSuccess();
    }
    state->patterns = aneBuildLowerNormsPatterns(context, state->strategy);
    // Freezing moves the patterns out but leaves the set to free (see
    // aneBuildLowerNormsPatterns).
    MlirRewritePatternSet empty = mlirRewritePatternSetCreate(context);
    state->noPatterns = mlirFreezeRewritePattern(empty);
    mlirRewritePatternSetDestroy(empty);
    state->constantName = mlirIdentifierGet(
        context, mlirStringRefCreateFromCString("arith.constant"));
    state->returnName = mlirIdentifierGet(
        context, mlirStringRefCreateFromCString("func.return"));
    state->ready = true;
  }
  pthread_mutex_unlock(&state->lock);
  return mlirLogicalResultSuccess();
}

// True if `op` has one region of one block holding only ane.* ops,
// constants and a return (the shape of a lowered model function).
static bool isPlainBlock(const LowerNormsState *state, MlirOperation op) {
  if (mlirOperationGetNumRegions(op) != 1)
    return false;
  MlirBlock block = mlirRegionGetFirstBlock(mlirOperationGetRegion(op, 0));
  if (mlirBlockIsNull(block) ||
      !mlirBlockIsNull(mlirBlockGetNextInRegion(block)))
    return false;
  for (MlirOperation child = mlirBlockGetFirstOperation(block);
       !mlirOperationIsNull(child);
       child = mlirOperationGetNextInBlock(child)) {
    MlirStringRef shortName;
    if (mlirOperationGetNumRegions(child) != 0)
      return false;
    if (aneGetOpShortName(child, &shortName))
      continue;
    MlirIdentifier name = mlirOperationGetName(child);
    if (!mlirIdentifierEqual(name, state->constantName) &&
        !mlirIdentifierEqual(name, state->returnName))
      return false;
  }
  return true;
}

static void run(MlirOperation op, MlirExternalPass pass, void *userData) {
  LowerNormsState *state = userData;
  if (!state->ready) { // no ANE dialect in this context
    if (!aneCheckNoUnregisteredAneOps(op, "lower-norms"))
      mlirExternalPassSignalFailure(pass);
    return;
  }
  MlirGreedyRewriteDriverConfig config = mlirGreedyRewriteDriverConfigCreate();
  // On a plain block the driver's folding and region simplification cannot
  // change anything: ANE ops (IRDL) have no folders, constants are never
  // folded (only deduplicated, which stays on), a return has no folder, and
  // one block has no unreachable blocks or block arguments to drop (dead ops
  // are erased by the driver itself). Skipping them saves 10% of a
  // --lower-norms run (docs/performance.md).
  if (isPlainBlock(state, op)) {
    mlirGreedyRewriteDriverConfigEnableFolding(config, false);
    mlirGreedyRewriteDriverConfigSetRegionSimplificationLevel(
        config, MLIR_GREEDY_SIMPLIFY_REGION_LEVEL_DISABLED);
  }
  // The driver sweeps until a sweep changes nothing: the first lowers every
  // norm (ops a rewrite creates or touches are revisited within it), the
  // second deduplicates and hoists the constants the first created, then
  // matches every op again. No pattern can match then: the roots (norms)
  // that are left failed on types and attributes that the second sweep does
  // not change, and no rewrite creates a root. So the first sweep runs with
  // the patterns, and the later ones, which do everything else the same
  // way, without (6% of the pass on scale 10x, docs/performance.md).
  mlirGreedyRewriteDriverConfigSetMaxIterations(config, 1);
  aneLowerNormsMemoBegin();
  mlirApplyPatternsAndFoldGreedilyWithOp(op, state->patterns, config);
  aneLowerNormsMemoEnd();
  mlirGreedyRewriteDriverConfigSetMaxIterations(config, 10);
  MlirLogicalResult converged =
      mlirApplyPatternsAndFoldGreedilyWithOp(op, state->noPatterns, config);
  mlirGreedyRewriteDriverConfigDestroy(config);
  // The rewrite must leave valid ANE IR behind; check it here, since the C
  // API has no pass instrumentation to run the ANE verifier after each pass.
  if (mlirLogicalResultIsFailure(converged) ||
      mlirLogicalResultIsFailure(aneVerifyOperation(op)))
    mlirExternalPassSignalFailure(pass);
}

// One TypeID for every lower-norms pass; must be 8-byte aligned.
static _Alignas(8) const char kLowerNormsPassId = 0;

MlirPass aneCreateLowerNormsPass(AneLowerNormsStrategy strategy) {
  if (!isValidStrategy(strategy))
    return (MlirPass){NULL};
  LowerNormsState *state = calloc(1, sizeof(LowerNormsState));
  atomic_init(&state->refs, 1);
  state->strategy = strategy;
  pthread_mutex_init(&state->lock, NULL);
  MlirExternalPassCallbacks callbacks = {construct, release, initialize,
                                         retain, run};
  MlirDialectHandle dialects[ANE_PDL_NUM_DIALECTS];
  anePdlDialects(dialects);
  // External passes cannot print options, so the argument carries them:
  // a printed pipeline (mlirPrintPassPipeline, --dump-pass-pipeline) then
  // parses back to the same pass. MLIR copies the string.
  char argument[64];
  snprintf(argument, sizeof(argument), "lower-norms{strategy=%s}",
           kStrategyNames[strategy]);
  return mlirCreateExternalPass(
      mlirTypeIDCreate(&kLowerNormsPassId),
      mlirStringRefCreateFromCString("AneLowerNorms"),
      mlirStringRefCreateFromCString(argument),
      mlirStringRefCreateFromCString(
          "Lower ane.rms_norm and ane.l2_norm to fast ANE op sequences"),
      mlirStringRefCreate(NULL, 0), ANE_PDL_NUM_DIALECTS, dialects, callbacks,
      state);
}
