// ane-fuzz finding: an op with several results exported to MIL, imported
// and exported again must give the same text (the results after the first
// lost their names on import).
module {
  func.func @split_results(%arg0: tensor<3x6x2xf16>) -> (tensor<3x2x2xf16>, tensor<3x2x2xf16>) {
    %0:3 = "ane.split"(%arg0) {axis = 1 : i64, split_sizes = array<i64: 2, 2, 2>} : (tensor<3x6x2xf16>) -> (tensor<3x2x2xf16>, tensor<3x2x2xf16>, tensor<3x2x2xf16>)
    %1:3 = "ane.split"(%arg0) {axis = 0 : i64, split_sizes = array<i64: 1, 1, 1>} : (tensor<3x6x2xf16>) -> (tensor<1x6x2xf16>, tensor<1x6x2xf16>, tensor<1x6x2xf16>)
    %2:3 = "ane.split"(%arg0) {axis = 1 : i64, split_sizes = array<i64: 2, 2, 2>} : (tensor<3x6x2xf16>) -> (tensor<3x2x2xf16>, tensor<3x2x2xf16>, tensor<3x2x2xf16>)
    return %0#2, %2#0 : tensor<3x2x2xf16>, tensor<3x2x2xf16>
  }
}

