// Every --lower-norms strategy computes what the unlowered graph computes:
// each function lowered, run on the same inputs (x ~ N(0,1); a gamma
// argument ~ |N(0,1)| + 0.5, or gamma = 1 as a constant), compared with the
// unlowered function under the same numerics. Tolerances (max relative
// error, docs/numerics.md): 1e-3 under f32 (the f16 graph stores the folded
// gamma * sqrt(D) and the floor as f16 constants: up to 2^-11 each), 4e-3
// under ane-fp16 (a few fp16 roundings more than the one-op RMSNorm).
// RUN: ane-opt %s --lower-norms=strategy=l2 -o %t.l2.mlir
// RUN: ane-opt %s --lower-norms=strategy=reduce-sum -o %t.reduce-sum.mlir
// RUN: ane-opt %s --lower-norms=strategy=layer-norm -o %t.layer-norm.mlir
// RUN: ane-run %t.l2.mlir --func=gamma_arg_1x8 --input=1:normal,abs,mean=0.5 --numerics=f32 --compare=%s --compare-func=gamma_arg_1x8 --compare-numerics=f32 --tol=1e-3 | FileCheck %s
// RUN: ane-run %t.l2.mlir --func=gamma_one_1x8 --numerics=f32 --compare=%s --compare-func=gamma_one_1x8 --compare-numerics=f32 --tol=1e-3 | FileCheck %s
// RUN: ane-run %t.l2.mlir --func=gamma_arg_4x64 --input=1:normal,abs,mean=0.5 --numerics=f32 --compare=%s --compare-func=gamma_arg_4x64 --compare-numerics=f32 --tol=1e-3 | FileCheck %s
// RUN: ane-run %t.l2.mlir --func=gamma_one_4x64 --numerics=f32 --compare=%s --compare-func=gamma_one_4x64 --compare-numerics=f32 --tol=1e-3 | FileCheck %s
// RUN: ane-run %t.l2.mlir --func=gamma_arg_32x256 --input=1:normal,abs,mean=0.5 --numerics=f32 --compare=%s --compare-func=gamma_arg_32x256 --compare-numerics=f32 --tol=1e-3 | FileCheck %s
// RUN: ane-run %t.l2.mlir --func=gamma_one_32x256 --numerics=f32 --compare=%s --compare-func=gamma_one_32x256 --compare-numerics=f32 --tol=1e-3 | FileCheck %s
// RUN: ane-run %t.l2.mlir --func=gamma_arg_256x512 --input=1:normal,abs,mean=0.5 --numerics=f32 --compare=%s --compare-func=gamma_arg_256x512 --compare-numerics=f32 --tol=1e-3 | FileCheck %s
// RUN: ane-run %t.l2.mlir --func=gamma_one_256x512 --numerics=f32 --compare=%s --compare-func=gamma_one_256x512 --compare-numerics=f32 --tol=1e-3 | FileCheck %s
// RUN: ane-run %t.l2.mlir --func=gamma_arg_1024x1024 --input=1:normal,abs,mean=0.5 --numerics=f32 --compare=%s --compare-func=gamma_arg_1024x1024 --compare-numerics=f32 --tol=1e-3 | FileCheck %s
// RUN: ane-run %t.l2.mlir --func=gamma_one_1024x1024 --numerics=f32 --compare=%s --compare-func=gamma_one_1024x1024 --compare-numerics=f32 --tol=1e-3 | FileCheck %s
// RUN: ane-run %t.l2.mlir --func=gamma_arg_2048x1024 --input=1:normal,abs,mean=0.5 --numerics=f32 --compare=%s --compare-func=gamma_arg_2048x1024 --compare-numerics=f32 --tol=1e-3 | FileCheck %s
// RUN: ane-run %t.l2.mlir --func=gamma_one_2048x1024 --numerics=f32 --compare=%s --compare-func=gamma_one_2048x1024 --compare-numerics=f32 --tol=1e-3 | FileCheck %s
// RUN: ane-run %t.l2.mlir --func=gamma_arg_1x8 --input=1:normal,abs,mean=0.5 --numerics=ane-fp16 --compare=%s --compare-func=gamma_arg_1x8 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s
// RUN: ane-run %t.l2.mlir --func=gamma_one_1x8 --numerics=ane-fp16 --compare=%s --compare-func=gamma_one_1x8 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s
// RUN: ane-run %t.l2.mlir --func=gamma_arg_4x64 --input=1:normal,abs,mean=0.5 --numerics=ane-fp16 --compare=%s --compare-func=gamma_arg_4x64 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s
// RUN: ane-run %t.l2.mlir --func=gamma_one_4x64 --numerics=ane-fp16 --compare=%s --compare-func=gamma_one_4x64 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s
// RUN: ane-run %t.l2.mlir --func=gamma_arg_32x256 --input=1:normal,abs,mean=0.5 --numerics=ane-fp16 --compare=%s --compare-func=gamma_arg_32x256 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s
// RUN: ane-run %t.l2.mlir --func=gamma_one_32x256 --numerics=ane-fp16 --compare=%s --compare-func=gamma_one_32x256 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s
// RUN: ane-run %t.l2.mlir --func=gamma_arg_256x512 --input=1:normal,abs,mean=0.5 --numerics=ane-fp16 --compare=%s --compare-func=gamma_arg_256x512 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s
// RUN: ane-run %t.l2.mlir --func=gamma_one_256x512 --numerics=ane-fp16 --compare=%s --compare-func=gamma_one_256x512 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s
// RUN: ane-run %t.l2.mlir --func=gamma_arg_1024x1024 --input=1:normal,abs,mean=0.5 --numerics=ane-fp16 --compare=%s --compare-func=gamma_arg_1024x1024 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s
// RUN: ane-run %t.l2.mlir --func=gamma_one_1024x1024 --numerics=ane-fp16 --compare=%s --compare-func=gamma_one_1024x1024 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s
// RUN: ane-run %t.l2.mlir --func=gamma_arg_2048x1024 --input=1:normal,abs,mean=0.5 --numerics=ane-fp16 --compare=%s --compare-func=gamma_arg_2048x1024 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s
// RUN: ane-run %t.l2.mlir --func=gamma_one_2048x1024 --numerics=ane-fp16 --compare=%s --compare-func=gamma_one_2048x1024 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s
// RUN: ane-run %t.reduce-sum.mlir --func=gamma_arg_1x8 --input=1:normal,abs,mean=0.5 --numerics=f32 --compare=%s --compare-func=gamma_arg_1x8 --compare-numerics=f32 --tol=1e-3 | FileCheck %s
// RUN: ane-run %t.reduce-sum.mlir --func=gamma_one_1x8 --numerics=f32 --compare=%s --compare-func=gamma_one_1x8 --compare-numerics=f32 --tol=1e-3 | FileCheck %s
// RUN: ane-run %t.reduce-sum.mlir --func=gamma_arg_4x64 --input=1:normal,abs,mean=0.5 --numerics=f32 --compare=%s --compare-func=gamma_arg_4x64 --compare-numerics=f32 --tol=1e-3 | FileCheck %s
// RUN: ane-run %t.reduce-sum.mlir --func=gamma_one_4x64 --numerics=f32 --compare=%s --compare-func=gamma_one_4x64 --compare-numerics=f32 --tol=1e-3 | FileCheck %s
// RUN: ane-run %t.reduce-sum.mlir --func=gamma_arg_32x256 --input=1:normal,abs,mean=0.5 --numerics=f32 --compare=%s --compare-func=gamma_arg_32x256 --compare-numerics=f32 --tol=1e-3 | FileCheck %s
// RUN: ane-run %t.reduce-sum.mlir --func=gamma_one_32x256 --numerics=f32 --compare=%s --compare-func=gamma_one_32x256 --compare-numerics=f32 --tol=1e-3 | FileCheck %s
// RUN: ane-run %t.reduce-sum.mlir --func=gamma_arg_256x512 --input=1:normal,abs,mean=0.5 --numerics=f32 --compare=%s --compare-func=gamma_arg_256x512 --compare-numerics=f32 --tol=1e-3 | FileCheck %s
// RUN: ane-run %t.reduce-sum.mlir --func=gamma_one_256x512 --numerics=f32 --compare=%s --compare-func=gamma_one_256x512 --compare-numerics=f32 --tol=1e-3 | FileCheck %s
// RUN: ane-run %t.reduce-sum.mlir --func=gamma_arg_1024x1024 --input=1:normal,abs,mean=0.5 --numerics=f32 --compare=%s --compare-func=gamma_arg_1024x1024 --compare-numerics=f32 --tol=1e-3 | FileCheck %s
// RUN: ane-run %t.reduce-sum.mlir --func=gamma_one_1024x1024 --numerics=f32 --compare=%s --compare-func=gamma_one_1024x1024 --compare-numerics=f32 --tol=1e-3 | FileCheck %s
// RUN: ane-run %t.reduce-sum.mlir --func=gamma_arg_2048x1024 --input=1:normal,abs,mean=0.5 --numerics=f32 --compare=%s --compare-func=gamma_arg_2048x1024 --compare-numerics=f32 --tol=1e-3 | FileCheck %s
// RUN: ane-run %t.reduce-sum.mlir --func=gamma_one_2048x1024 --numerics=f32 --compare=%s --compare-func=gamma_one_2048x1024 --compare-numerics=f32 --tol=1e-3 | FileCheck %s
// RUN: ane-run %t.reduce-sum.mlir --func=gamma_arg_1x8 --input=1:normal,abs,mean=0.5 --numerics=ane-fp16 --compare=%s --compare-func=gamma_arg_1x8 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s
// RUN: ane-run %t.reduce-sum.mlir --func=gamma_one_1x8 --numerics=ane-fp16 --compare=%s --compare-func=gamma_one_1x8 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s
// RUN: ane-run %t.reduce-sum.mlir --func=gamma_arg_4x64 --input=1:normal,abs,mean=0.5 --numerics=ane-fp16 --compare=%s --compare-func=gamma_arg_4x64 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s
// RUN: ane-run %t.reduce-sum.mlir --func=gamma_one_4x64 --numerics=ane-fp16 --compare=%s --compare-func=gamma_one_4x64 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s
// RUN: ane-run %t.reduce-sum.mlir --func=gamma_arg_32x256 --input=1:normal,abs,mean=0.5 --numerics=ane-fp16 --compare=%s --compare-func=gamma_arg_32x256 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s
// RUN: ane-run %t.reduce-sum.mlir --func=gamma_one_32x256 --numerics=ane-fp16 --compare=%s --compare-func=gamma_one_32x256 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s
// RUN: ane-run %t.reduce-sum.mlir --func=gamma_arg_256x512 --input=1:normal,abs,mean=0.5 --numerics=ane-fp16 --compare=%s --compare-func=gamma_arg_256x512 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s
// RUN: ane-run %t.reduce-sum.mlir --func=gamma_one_256x512 --numerics=ane-fp16 --compare=%s --compare-func=gamma_one_256x512 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s
// RUN: ane-run %t.reduce-sum.mlir --func=gamma_arg_1024x1024 --input=1:normal,abs,mean=0.5 --numerics=ane-fp16 --compare=%s --compare-func=gamma_arg_1024x1024 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s
// RUN: ane-run %t.reduce-sum.mlir --func=gamma_one_1024x1024 --numerics=ane-fp16 --compare=%s --compare-func=gamma_one_1024x1024 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s
// RUN: ane-run %t.reduce-sum.mlir --func=gamma_arg_2048x1024 --input=1:normal,abs,mean=0.5 --numerics=ane-fp16 --compare=%s --compare-func=gamma_arg_2048x1024 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s
// RUN: ane-run %t.reduce-sum.mlir --func=gamma_one_2048x1024 --numerics=ane-fp16 --compare=%s --compare-func=gamma_one_2048x1024 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s
// RUN: ane-run %t.layer-norm.mlir --func=gamma_arg_1x8 --input=1:normal,abs,mean=0.5 --numerics=f32 --compare=%s --compare-func=gamma_arg_1x8 --compare-numerics=f32 --tol=1e-3 | FileCheck %s
// RUN: ane-run %t.layer-norm.mlir --func=gamma_one_1x8 --numerics=f32 --compare=%s --compare-func=gamma_one_1x8 --compare-numerics=f32 --tol=1e-3 | FileCheck %s
// RUN: ane-run %t.layer-norm.mlir --func=gamma_arg_4x64 --input=1:normal,abs,mean=0.5 --numerics=f32 --compare=%s --compare-func=gamma_arg_4x64 --compare-numerics=f32 --tol=1e-3 | FileCheck %s
// RUN: ane-run %t.layer-norm.mlir --func=gamma_one_4x64 --numerics=f32 --compare=%s --compare-func=gamma_one_4x64 --compare-numerics=f32 --tol=1e-3 | FileCheck %s
// RUN: ane-run %t.layer-norm.mlir --func=gamma_arg_32x256 --input=1:normal,abs,mean=0.5 --numerics=f32 --compare=%s --compare-func=gamma_arg_32x256 --compare-numerics=f32 --tol=1e-3 | FileCheck %s
// RUN: ane-run %t.layer-norm.mlir --func=gamma_one_32x256 --numerics=f32 --compare=%s --compare-func=gamma_one_32x256 --compare-numerics=f32 --tol=1e-3 | FileCheck %s
// RUN: ane-run %t.layer-norm.mlir --func=gamma_arg_256x512 --input=1:normal,abs,mean=0.5 --numerics=f32 --compare=%s --compare-func=gamma_arg_256x512 --compare-numerics=f32 --tol=1e-3 | FileCheck %s
// RUN: ane-run %t.layer-norm.mlir --func=gamma_one_256x512 --numerics=f32 --compare=%s --compare-func=gamma_one_256x512 --compare-numerics=f32 --tol=1e-3 | FileCheck %s
// RUN: ane-run %t.layer-norm.mlir --func=gamma_arg_1024x1024 --input=1:normal,abs,mean=0.5 --numerics=f32 --compare=%s --compare-func=gamma_arg_1024x1024 --compare-numerics=f32 --tol=1e-3 | FileCheck %s
// RUN: ane-run %t.layer-norm.mlir --func=gamma_one_1024x1024 --numerics=f32 --compare=%s --compare-func=gamma_one_1024x1024 --compare-numerics=f32 --tol=1e-3 | FileCheck %s
// RUN: ane-run %t.layer-norm.mlir --func=gamma_arg_2048x1024 --input=1:normal,abs,mean=0.5 --numerics=f32 --compare=%s --compare-func=gamma_arg_2048x1024 --compare-numerics=f32 --tol=1e-3 | FileCheck %s
// RUN: ane-run %t.layer-norm.mlir --func=gamma_one_2048x1024 --numerics=f32 --compare=%s --compare-func=gamma_one_2048x1024 --compare-numerics=f32 --tol=1e-3 | FileCheck %s
// RUN: ane-run %t.layer-norm.mlir --func=gamma_arg_1x8 --input=1:normal,abs,mean=0.5 --numerics=ane-fp16 --compare=%s --compare-func=gamma_arg_1x8 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s
// RUN: ane-run %t.layer-norm.mlir --func=gamma_one_1x8 --numerics=ane-fp16 --compare=%s --compare-func=gamma_one_1x8 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s
// RUN: ane-run %t.layer-norm.mlir --func=gamma_arg_4x64 --input=1:normal,abs,mean=0.5 --numerics=ane-fp16 --compare=%s --compare-func=gamma_arg_4x64 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s
// RUN: ane-run %t.layer-norm.mlir --func=gamma_one_4x64 --numerics=ane-fp16 --compare=%s --compare-func=gamma_one_4x64 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s
// RUN: ane-run %t.layer-norm.mlir --func=gamma_arg_32x256 --input=1:normal,abs,mean=0.5 --numerics=ane-fp16 --compare=%s --compare-func=gamma_arg_32x256 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s
// RUN: ane-run %t.layer-norm.mlir --func=gamma_one_32x256 --numerics=ane-fp16 --compare=%s --compare-func=gamma_one_32x256 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s
// RUN: ane-run %t.layer-norm.mlir --func=gamma_arg_256x512 --input=1:normal,abs,mean=0.5 --numerics=ane-fp16 --compare=%s --compare-func=gamma_arg_256x512 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s
// RUN: ane-run %t.layer-norm.mlir --func=gamma_one_256x512 --numerics=ane-fp16 --compare=%s --compare-func=gamma_one_256x512 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s
// RUN: ane-run %t.layer-norm.mlir --func=gamma_arg_1024x1024 --input=1:normal,abs,mean=0.5 --numerics=ane-fp16 --compare=%s --compare-func=gamma_arg_1024x1024 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s
// RUN: ane-run %t.layer-norm.mlir --func=gamma_one_1024x1024 --numerics=ane-fp16 --compare=%s --compare-func=gamma_one_1024x1024 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s
// RUN: ane-run %t.layer-norm.mlir --func=gamma_arg_2048x1024 --input=1:normal,abs,mean=0.5 --numerics=ane-fp16 --compare=%s --compare-func=gamma_arg_2048x1024 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s
// RUN: ane-run %t.layer-norm.mlir --func=gamma_one_2048x1024 --numerics=ane-fp16 --compare=%s --compare-func=gamma_one_2048x1024 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s

// CHECK: within tolerance

func.func @gamma_arg_1x8(%x: tensor<1x8xf16>, %g: tensor<8xf16>) -> tensor<1x8xf16> {
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<1x8xf16>, tensor<8xf16>) -> tensor<1x8xf16>
  return %0 : tensor<1x8xf16>
}

func.func @gamma_one_1x8(%x: tensor<1x8xf16>) -> tensor<1x8xf16> {
  %g = arith.constant dense<1.0> : tensor<8xf16>
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<1x8xf16>, tensor<8xf16>) -> tensor<1x8xf16>
  return %0 : tensor<1x8xf16>
}

func.func @gamma_arg_4x64(%x: tensor<4x64xf16>, %g: tensor<64xf16>) -> tensor<4x64xf16> {
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x64xf16>, tensor<64xf16>) -> tensor<4x64xf16>
  return %0 : tensor<4x64xf16>
}

func.func @gamma_one_4x64(%x: tensor<4x64xf16>) -> tensor<4x64xf16> {
  %g = arith.constant dense<1.0> : tensor<64xf16>
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x64xf16>, tensor<64xf16>) -> tensor<4x64xf16>
  return %0 : tensor<4x64xf16>
}

func.func @gamma_arg_32x256(%x: tensor<32x256xf16>, %g: tensor<256xf16>) -> tensor<32x256xf16> {
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<32x256xf16>, tensor<256xf16>) -> tensor<32x256xf16>
  return %0 : tensor<32x256xf16>
}

func.func @gamma_one_32x256(%x: tensor<32x256xf16>) -> tensor<32x256xf16> {
  %g = arith.constant dense<1.0> : tensor<256xf16>
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<32x256xf16>, tensor<256xf16>) -> tensor<32x256xf16>
  return %0 : tensor<32x256xf16>
}

func.func @gamma_arg_256x512(%x: tensor<256x512xf16>, %g: tensor<512xf16>) -> tensor<256x512xf16> {
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<256x512xf16>, tensor<512xf16>) -> tensor<256x512xf16>
  return %0 : tensor<256x512xf16>
}

func.func @gamma_one_256x512(%x: tensor<256x512xf16>) -> tensor<256x512xf16> {
  %g = arith.constant dense<1.0> : tensor<512xf16>
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<256x512xf16>, tensor<512xf16>) -> tensor<256x512xf16>
  return %0 : tensor<256x512xf16>
}

func.func @gamma_arg_1024x1024(%x: tensor<1024x1024xf16>, %g: tensor<1024xf16>) -> tensor<1024x1024xf16> {
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<1024x1024xf16>, tensor<1024xf16>) -> tensor<1024x1024xf16>
  return %0 : tensor<1024x1024xf16>
}

func.func @gamma_one_1024x1024(%x: tensor<1024x1024xf16>) -> tensor<1024x1024xf16> {
  %g = arith.constant dense<1.0> : tensor<1024xf16>
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<1024x1024xf16>, tensor<1024xf16>) -> tensor<1024x1024xf16>
  return %0 : tensor<1024x1024xf16>
}

func.func @gamma_arg_2048x1024(%x: tensor<2048x1024xf16>, %g: tensor<1024xf16>) -> tensor<2048x1024xf16> {
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<2048x1024xf16>, tensor<1024xf16>) -> tensor<2048x1024xf16>
  return %0 : tensor<2048x1024xf16>
}

func.func @gamma_one_2048x1024(%x: tensor<2048x1024xf16>) -> tensor<2048x1024xf16> {
  %g = arith.constant dense<1.0> : tensor<1024xf16>
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<2048x1024xf16>, tensor<1024xf16>) -> tensor<2048x1024xf16>
  return %0 : tensor<2048x1024xf16>
}
