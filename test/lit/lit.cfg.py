# lit configuration for ane-mlir, in the style of MLIR's own test/lit.cfg.py.
import os

import lit.formats
from lit.llvm import llvm_config

config.name = "ane-mlir"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir", ".test", ".c"]
config.excludes = ["lit.cfg.py", "lit.site.cfg.py", "Inputs"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = config.ane_test_binary_dir

llvm_config.use_default_substitutions()
config.environment["FILECHECK_OPTS"] = "--dump-input=fail"
# ane-run's GEMM kernel and threads (docs/performance.md): passed through so
# the suite can be run on each OpenBLAS core, e.g. OPENBLAS_CORETYPE=Haswell.
for name in ("OPENBLAS_CORETYPE", "OPENBLAS_NUM_THREADS"):
    if name in os.environ:
        config.environment[name] = os.environ[name]

# Our tools first, then FileCheck/not/count/split-file/mlir-opt.
config.environment["PATH"] = os.pathsep.join(
    [config.ane_tools_dir, config.llvm_tools_dir, os.environ.get("PATH", "")])

# Generated from lib/dialect/ane_ops.def at build time (lib/dialect/CMakeLists.txt).
irdl = os.path.join(config.ane_binary_dir, "share", "ane-mlir", "ane.irdl.mlir")
config.substitutions.append(("%ane_irdl", irdl))
config.substitutions.append(("%ane_src", config.ane_source_dir))
config.substitutions.append(("%ane_bin", config.ane_binary_dir))
config.substitutions.append(("%cmake_generator", '"' + config.cmake_generator + '"'))
config.substitutions.append(("%cmake", config.cmake))
config.substitutions.append(("%cc", config.c_compiler))
config.substitutions.append(("%cxx", config.cxx_compiler))
config.substitutions.append(("%mlir_opt_ane", "mlir-opt --irdl-file=" + irdl))

# The mlir-opt plugin is built where the sanitizers are not
# (lib/plugin/CMakeLists.txt).
if os.path.exists(os.path.join(config.ane_binary_dir, "lib", "libAneMLIRPlugin.so")):
    config.available_features.add("mlir-plugin")

# ane-fuzz-replay is built where libFuzzer is not (fuzz/CMakeLists.txt).
if os.path.exists(os.path.join(config.ane_tools_dir, "ane-fuzz-replay")):
    config.available_features.add("fuzz-replay")
