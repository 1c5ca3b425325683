//===- AneMLIRPlugin.cpp - mlir-opt pass and dialect plugin ---------------===//
//
// The project's one C++ file: mlir-opt finds plugins through C++ entry points
// (mlirGetPassPluginInfo / mlirGetDialectPluginInfo return structs whose
// callbacks take C++ registries). Everything they do is the C library's:
//   - each ANE pass is registered under its own name with a function that
//     hands the pipeline's options text to aneCreatePassFromString, so
//     `lower-norms{strategy=layer-norm}` parses exactly as in ane-opt;
//   - the ANE dialect (IRDL) is loaded by aneContextLoadDialect whenever a
//     context loads `func`, where ANE ops live.
// The plugin links libMLIR.so, like mlir-opt itself, so there is one copy of
// MLIR in the process (docs/embedding.md).
//
//===----------------------------------------------------------------------===//

#include "ane-c/Dialect.h"
#include "ane-c/Passes.h"

#include "mlir/CAPI/IR.h"
#include "mlir/CAPI/Pass.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Tools/Plugins/DialectPlugin.h"
#include "mlir/Tools/Plugins/PassPlugin.h"

#include <string>

using namespace mlir;

#define ANE_PLUGIN_ENTRY extern "C" __attribute__((visibility("default")))

static void appendText(MlirStringRef text, void *userData) {
  static_cast<std::string *>(userData)->append(text.data, text.length);
}

static StringRef toStringRef(MlirStringRef text) {
  return StringRef(text.data, text.length);
}

static void registerAnePasses() {
  for (intptr_t pos = 0, e = aneGetNumPasses(); pos < e; ++pos) {
    // The library owns the argument and description for the process's life.
    MlirStringRef argument = aneGetPassArgument(pos);
    registerPassPipeline(
        toStringRef(argument), toStringRef(aneGetPassDescription(pos)),
        [argument](OpPassManager &pm, StringRef options,
                   function_ref<LogicalResult(const Twine &)> errorHandler) {
          std::string error;
          MlirPass pass = aneCreatePassFromString(
              argument, mlirStringRefCreate(options.data(), options.size()),
              appendText, &error);
          if (!pass.ptr)
            return errorHandler(error);
          pm.addPass(std::unique_ptr<Pass>(unwrap(pass)));
          return success();
        },
        // The options are text for aneCreatePassFromString; there are no
        // PassOptions to describe.
        [](function_ref<void(const detail::PassOptions &)>) {});
  }
}

static void registerAneDialect(DialectRegistry *registry) {
  registry->addExtension(+[](MLIRContext *context, func::FuncDialect *) {
    if (mlirLogicalResultIsFailure(aneContextLoadDialect(wrap(context))))
      emitError(UnknownLoc::get(context), "ane-mlir: cannot load the ANE "
                                          "dialect");
  });
}

ANE_PLUGIN_ENTRY PassPluginLibraryInfo mlirGetPassPluginInfo() {
  return {MLIR_PLUGIN_API_VERSION, "AneMLIR", ANE_VERSION_STRING,
          registerAnePasses};
}

ANE_PLUGIN_ENTRY DialectPluginLibraryInfo mlirGetDialectPluginInfo() {
  return {MLIR_PLUGIN_API_VERSION, "AneMLIR", ANE_VERSION_STRING,
          registerAneDialect};
}
