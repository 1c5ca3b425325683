#!/usr/bin/env python3
"""Checks the headers of an installed ane-mlir prefix.

Usage: check_installed_headers.py PREFIX CC CXX
Every header under PREFIX/include must compile on its own, as C (-std=c17)
and as C++, with warnings as errors, against the installed include
directories only; and every function it declares for export
(ANE_CAPI_EXPORTED, MLIR_CAPI_EXPORTED, MLIR_DECLARE_CAPI_DIALECT_REGISTRATION)
must be exported by PREFIX/lib/libAneMLIR-C.so. Prints
`N headers, M functions: all compile, all exported`, or the problems on
stderr (exit 1).
"""
import os
import re
import subprocess
import sys
import tempfile

DECL = re.compile(r"(?:ANE|MLIR)_CAPI_EXPORTED\b[^;{}]*?\b((?:ane|mlir)\w+)\s*\(",
                  re.S)
REGISTRATION = re.compile(
    r"(?<!#define )MLIR_DECLARE_CAPI_DIALECT_REGISTRATION\(\s*\w+\s*,\s*(\w+)\s*\)")
INCLUDE = re.compile(r'^#include "([^"]+)"', re.M)


def main(argv):
    if len(argv) != 4:
        sys.stderr.write(__doc__)
        return 2
    prefix, cc, cxx = argv[1:]
    include = os.path.join(prefix, "include")
    mlir_include = os.path.join(include, "ane-mlir", "mlir")
    library = os.path.join(prefix, "lib", "libAneMLIR-C.so")
    nm = subprocess.run(["nm", "-D", "--defined-only", library],
                        stdout=subprocess.PIPE, check=True, text=True)
    exported = {line.split()[-1] for line in nm.stdout.splitlines() if line}
    headers = []
    for root, _, files in os.walk(include):
        for name in files:
            if name.endswith(".h"):
                headers.append(os.path.join(root, name))
    problems = []
    functions = set()
    with tempfile.TemporaryDirectory() as tmp:
        for header in sorted(headers):
            rel = os.path.relpath(header, include)
            # Headers are included as the API says: <ane-c/X.h>, <mlir-c/X.h>.
            name = rel if rel.startswith("ane-c") else os.path.relpath(
                header, mlir_include)
            for compiler, suffix, std in ((cc, "c", "-std=c17"),
                                          (cxx, "cpp", "-std=c++17")):
                src = os.path.join(tmp, "t." + suffix)
                with open(src, "w") as f:
                    f.write('#include "%s"\n' % name)
                p = subprocess.run(
                    [compiler, std, "-fsyntax-only", "-Wall", "-Wextra",
                     "-Werror", "-I" + include, "-I" + mlir_include, src],
                    stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                    text=True)
                if p.returncode:
                    first = p.stdout.strip().splitlines()[:2]
                    problems.append("%s does not compile as %s: %s"
                                    % (name, suffix, " | ".join(first)))
            text = open(header, encoding="utf-8").read()
            # Generated files it includes declare functions too.
            for inc in INCLUDE.findall(text):
                path = os.path.join(mlir_include, inc)
                if inc.endswith(".inc") and os.path.exists(path):
                    text += open(path, encoding="utf-8").read()
            declared = set(DECL.findall(text))
            declared |= {"mlirGetDialectHandle__%s__" % ns
                         for ns in REGISTRATION.findall(text)}
            for fn in sorted(declared - exported):
                problems.append("%s declares %s, which libAneMLIR-C.so does "
                                "not export" % (name, fn))
            functions |= declared
    for p in problems:
        sys.stderr.write("error: " + p + "\n")
    if problems:
        return 1
    print("%d headers, %d functions: all compile, all exported"
          % (len(headers), len(functions)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
