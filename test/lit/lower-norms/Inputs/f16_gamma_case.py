"""Writes an f16 RMSNorm with a 128-element constant gamma, and a FileCheck
file holding the folded gamma * sqrt(128) that IEEE arithmetic gives: each
element widened to f32, multiplied by sqrtf(128) in f32, rounded to f16 (ties
to even). Python's struct does the roundings, independently of ane-mlir.

usage: f16_gamma_case.py OUT.mlir OUT.check
"""
import math
import struct
import sys


def f16(v):
    return struct.unpack("<e", struct.pack("<e", v))[0]


def f32(v):
    return struct.unpack("<f", struct.pack("<f", v))[0]


n = 128
# Values spread over signs and magnitudes, including ties after scaling.
gamma = [f16((i - 60) / 7.0) for i in range(n)]
scale = f32(math.sqrt(n))
folded = [f16(f32(g * scale)) for g in gamma]  # g * scale is exact in double


def hex_of(values):
    return b"".join(struct.pack("<e", v) for v in values).hex().upper()


with open(sys.argv[1], "w") as out:
    out.write(
        "func.func @f(%x: tensor<2x128xf16>) -> tensor<2x128xf16> {\n"
        '  %g = arith.constant dense<"0x' + hex_of(gamma) + '"> : tensor<128xf16>\n'
        '  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32}'
        " : (tensor<2x128xf16>, tensor<128xf16>) -> tensor<2x128xf16>\n"
        "  return %0 : tensor<2x128xf16>\n}\n")
with open(sys.argv[2], "w") as out:
    out.write('CHECK: arith.constant dense<"0x' + hex_of(folded) +
              '"> : tensor<128xf16>\n')
