// --verify-diagnostics: every designator form and regex matching, all of
// which must pass here.
// RUN: ane-opt %s --split-input-file --verify-diagnostics

func.func @plus(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{'ane.softmax' op attribute "axis" is expected but not provided}}
  %0 = "ane.softmax"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @minus(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "ane.softmax"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  // expected-error@-1 {{attribute "axis" is expected}}
  return %0 : tensor<4xf32>
}

// -----

func.func @above_below(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@below {{attribute "{{[a-z]+}}" is expected but {{(not )?}}provided}}
  %0 = "ane.softmax"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @above(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "ane.softmax"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  // expected-error@above {{is expected but not provided}}
  return %0 : tensor<4xf32>
}

// -----

func.func @same_line(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "ane.softmax"(%x) : (tensor<4xf32>) -> tensor<4xf32> // expected-error {{"axis"}}
  return %0 : tensor<4xf32>
}

// -----

func.func @unknown_loc(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@unknown {{'ane.softmax' op attribute "axis"}}
  %0 = "ane.softmax"(%x) : (tensor<4xf32>) -> tensor<4xf32> loc(unknown)
  return %0 : tensor<4xf32>
}

// -----

// A chunk with no diagnostics and no expectations passes too.
func.func @clean(%x: tensor<4xf32>) -> tensor<4xf32> {
  return %x : tensor<4xf32>
}
