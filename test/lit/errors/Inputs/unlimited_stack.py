#!/usr/bin/env python3
"""Runs a command with the largest stack the hard limit allows (for stock
mlir-opt writing deeply nested test inputs)."""
import os
import resource
import sys

soft, hard = resource.getrlimit(resource.RLIMIT_STACK)
resource.setrlimit(resource.RLIMIT_STACK, (hard, hard))
os.execvp(sys.argv[1], sys.argv[1:])
