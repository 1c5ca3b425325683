#!/usr/bin/env python3
"""Runs every input file through ane-opt and through stock mlir-opt with
libAneMLIRPlugin.so, for each pipeline, and compares the two byte for byte.

Usage: plugin_diff.py ANE_OPT MLIR_OPT PLUGIN FILE...
Each (file, pipeline) pair must give the same stdout and the same exit
status from both tools; stderr is not compared (the tools word their own
errors). Prints one line per difference and a summary
`identical: F files x P pipelines, N outputs with ane ops changed`; exits 1
on any difference.
"""
import subprocess
import sys

PIPELINES = [
    "builtin.module(func.func(lower-norms{strategy=l2}))",
    "builtin.module(func.func(lower-norms{strategy=reduce-sum}))",
    "builtin.module(func.func(lower-norms{strategy=layer-norm}))",
    "builtin.module(func.func(fuse-norms))",
    "builtin.module(func.func(fuse-norms,lower-norms,ane-cse,ane-dce),"
    "canonicalize)",
    "builtin.module(fuse-norms,lower-norms{strategy=reduce-sum},ane-dce)",
]


def run(argv):
    p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return p.returncode, p.stdout


def main(argv):
    if len(argv) < 5:
        sys.stderr.write(__doc__)
        return 2
    ane_opt, mlir_opt, plugin, files = argv[1], argv[2], argv[3], argv[4:]
    plugin_flags = ["--load-dialect-plugin=" + plugin,
                    "--load-pass-plugin=" + plugin]
    differences = changed = 0
    for path in files:
        plain = run([ane_opt, path, "--split-input-file"])
        for pipeline in PIPELINES:
            flags = [path, "--split-input-file", "--pass-pipeline=" + pipeline]
            ours = run([ane_opt] + flags)
            stock = run([mlir_opt] + plugin_flags + flags)
            if ours != stock:
                differences += 1
                print("DIFFERENT: %s with %s (exit %d vs %d)"
                      % (path, pipeline, ours[0], stock[0]))
            elif ours[0] == 0 and ours[1] != plain[1]:
                changed += 1
    if differences:
        print("%d differences" % differences)
        return 1
    print("identical: %d files x %d pipelines, %d outputs changed by the "
          "passes" % (len(files), len(PIPELINES), changed))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
