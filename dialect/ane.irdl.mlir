// The ANE dialect, v1: the op vocabulary of the Apple Neural Engine's MIL
// programs. This file is the single source of truth for the op set; it is
// embedded into libane-mlir at build time and installed, so stock
// `mlir-opt --irdl-file=ane.irdl.mlir` reads ANE IR too.
//
// IRDL checks operand/result counts and attribute kinds. Everything it cannot
// say (ranks, element types, broadcast and reduction shapes, axes, epsilon
// values) is checked by dialect/verifier.c. Notes on IRDL 22:
//  - each operand gets its own irdl.base: one SSA constraint shared by two
//    operands would force them to have the same type;
//  - there is no #builtin.bool: booleans are any_of(is true, is false);
//  - IRDL ops have no custom syntax; write and read them in generic form.
irdl.dialect @ane {
  // y = x / sqrt(mean(x^2 over the last axis) + epsilon) * gamma
  irdl.operation @rms_norm {
    %x = irdl.base "!builtin.tensor"
    %gamma = irdl.base "!builtin.tensor"
    %result = irdl.base "!builtin.tensor"
    %epsilon = irdl.base "#builtin.float"
    irdl.operands(x: %x, gamma: optional %gamma)
    irdl.results(result: %result)
    irdl.attributes {"epsilon" = %epsilon}
  }
  // (x - mean) / sqrt(var + epsilon) * gamma + beta over the last axis
  irdl.operation @layer_norm {
    %x = irdl.base "!builtin.tensor"
    %gamma = irdl.base "!builtin.tensor"
    %beta = irdl.base "!builtin.tensor"
    %result = irdl.base "!builtin.tensor"
    %epsilon = irdl.base "#builtin.float"
    irdl.operands(x: %x, gamma: %gamma, beta: %beta)
    irdl.results(result: %result)
    irdl.attributes {"epsilon" = %epsilon}
  }
  // x / max(norm2(x over axis), sqrt(epsilon))
  irdl.operation @l2_norm {
    %x = irdl.base "!builtin.tensor"
    %result = irdl.base "!builtin.tensor"
    %axis = irdl.base "#builtin.integer"
    %epsilon = irdl.base "#builtin.float"
    irdl.operands(x: %x)
    irdl.results(result: %result)
    irdl.attributes {"axis" = %axis, "epsilon" = %epsilon}
  }
  // reduction over axes
  irdl.operation @reduce_sum {
    %x = irdl.base "!builtin.tensor"
    %result = irdl.base "!builtin.tensor"
    %axes = irdl.base "#builtin.dense_array"
    %keep_dims_true = irdl.is true
    %keep_dims_false = irdl.is false
    %keep_dims = irdl.any_of(%keep_dims_true, %keep_dims_false)
    irdl.operands(x: %x)
    irdl.results(result: %result)
    irdl.attributes {"axes" = %axes, "keep_dims" = %keep_dims}
  }
  // reduction over axes
  irdl.operation @reduce_mean {
    %x = irdl.base "!builtin.tensor"
    %result = irdl.base "!builtin.tensor"
    %axes = irdl.base "#builtin.dense_array"
    %keep_dims_true = irdl.is true
    %keep_dims_false = irdl.is false
    %keep_dims = irdl.any_of(%keep_dims_true, %keep_dims_false)
    irdl.operands(x: %x)
    irdl.results(result: %result)
    irdl.attributes {"axes" = %axes, "keep_dims" = %keep_dims}
  }
  // reduction over axes
  irdl.operation @reduce_max {
    %x = irdl.base "!builtin.tensor"
    %result = irdl.base "!builtin.tensor"
    %axes = irdl.base "#builtin.dense_array"
    %keep_dims_true = irdl.is true
    %keep_dims_false = irdl.is false
    %keep_dims = irdl.any_of(%keep_dims_true, %keep_dims_false)
    irdl.operands(x: %x)
    irdl.results(result: %result)
    irdl.attributes {"axes" = %axes, "keep_dims" = %keep_dims}
  }
  // reduction over axes
  irdl.operation @reduce_min {
    %x = irdl.base "!builtin.tensor"
    %result = irdl.base "!builtin.tensor"
    %axes = irdl.base "#builtin.dense_array"
    %keep_dims_true = irdl.is true
    %keep_dims_false = irdl.is false
    %keep_dims = irdl.any_of(%keep_dims_true, %keep_dims_false)
    irdl.operands(x: %x)
    irdl.results(result: %result)
    irdl.attributes {"axes" = %axes, "keep_dims" = %keep_dims}
  }
  // reduction over axes
  irdl.operation @reduce_l1_norm {
    %x = irdl.base "!builtin.tensor"
    %result = irdl.base "!builtin.tensor"
    %axes = irdl.base "#builtin.dense_array"
    %keep_dims_true = irdl.is true
    %keep_dims_false = irdl.is false
    %keep_dims = irdl.any_of(%keep_dims_true, %keep_dims_false)
    irdl.operands(x: %x)
    irdl.results(result: %result)
    irdl.attributes {"axes" = %axes, "keep_dims" = %keep_dims}
  }
  // reduction over axes
  irdl.operation @reduce_l2_norm {
    %x = irdl.base "!builtin.tensor"
    %result = irdl.base "!builtin.tensor"
    %axes = irdl.base "#builtin.dense_array"
    %keep_dims_true = irdl.is true
    %keep_dims_false = irdl.is false
    %keep_dims = irdl.any_of(%keep_dims_true, %keep_dims_false)
    irdl.operands(x: %x)
    irdl.results(result: %result)
    irdl.attributes {"axes" = %axes, "keep_dims" = %keep_dims}
  }
  // reduction over axes
  irdl.operation @reduce_sum_square {
    %x = irdl.base "!builtin.tensor"
    %result = irdl.base "!builtin.tensor"
    %axes = irdl.base "#builtin.dense_array"
    %keep_dims_true = irdl.is true
    %keep_dims_false = irdl.is false
    %keep_dims = irdl.any_of(%keep_dims_true, %keep_dims_false)
    irdl.operands(x: %x)
    irdl.results(result: %result)
    irdl.attributes {"axes" = %axes, "keep_dims" = %keep_dims}
  }
  // reduction over axes
  irdl.operation @reduce_log_sum_exp {
    %x = irdl.base "!builtin.tensor"
    %result = irdl.base "!builtin.tensor"
    %axes = irdl.base "#builtin.dense_array"
    %keep_dims_true = irdl.is true
    %keep_dims_false = irdl.is false
    %keep_dims = irdl.any_of(%keep_dims_true, %keep_dims_false)
    irdl.operands(x: %x)
    irdl.results(result: %result)
    irdl.attributes {"axes" = %axes, "keep_dims" = %keep_dims}
  }
  // elementwise, numpy broadcasting
  irdl.operation @add {
    %x = irdl.base "!builtin.tensor"
    %y = irdl.base "!builtin.tensor"
    %result = irdl.base "!builtin.tensor"
    irdl.operands(x: %x, y: %y)
    irdl.results(result: %result)
  }
  // elementwise, numpy broadcasting
  irdl.operation @sub {
    %x = irdl.base "!builtin.tensor"
    %y = irdl.base "!builtin.tensor"
    %result = irdl.base "!builtin.tensor"
    irdl.operands(x: %x, y: %y)
    irdl.results(result: %result)
  }
  // elementwise, numpy broadcasting
  irdl.operation @mul {
    %x = irdl.base "!builtin.tensor"
    %y = irdl.base "!builtin.tensor"
    %result = irdl.base "!builtin.tensor"
    irdl.operands(x: %x, y: %y)
    irdl.results(result: %result)
  }
  // elementwise, numpy broadcasting
  irdl.operation @real_div {
    %x = irdl.base "!builtin.tensor"
    %y = irdl.base "!builtin.tensor"
    %result = irdl.base "!builtin.tensor"
    irdl.operands(x: %x, y: %y)
    irdl.results(result: %result)
  }
  // elementwise, numpy broadcasting
  irdl.operation @maximum {
    %x = irdl.base "!builtin.tensor"
    %y = irdl.base "!builtin.tensor"
    %result = irdl.base "!builtin.tensor"
    irdl.operands(x: %x, y: %y)
    irdl.results(result: %result)
  }
  // elementwise, numpy broadcasting
  irdl.operation @minimum {
    %x = irdl.base "!builtin.tensor"
    %y = irdl.base "!builtin.tensor"
    %result = irdl.base "!builtin.tensor"
    irdl.operands(x: %x, y: %y)
    irdl.results(result: %result)
  }
  // elementwise, numpy broadcasting
  irdl.operation @pow {
    %x = irdl.base "!builtin.tensor"
    %y = irdl.base "!builtin.tensor"
    %result = irdl.base "!builtin.tensor"
    irdl.operands(x: %x, y: %y)
    irdl.results(result: %result)
  }
  // elementwise of x + epsilon
  irdl.operation @rsqrt {
    %x = irdl.base "!builtin.tensor"
    %result = irdl.base "!builtin.tensor"
    %epsilon = irdl.base "#builtin.float"
    irdl.operands(x: %x)
    irdl.results(result: %result)
    irdl.attributes {"epsilon" = %epsilon}
  }
  // elementwise of x + epsilon
  irdl.operation @inverse {
    %x = irdl.base "!builtin.tensor"
    %result = irdl.base "!builtin.tensor"
    %epsilon = irdl.base "#builtin.float"
    irdl.operands(x: %x)
    irdl.results(result: %result)
    irdl.attributes {"epsilon" = %epsilon}
  }
  // elementwise of x + epsilon
  irdl.operation @log {
    %x = irdl.base "!builtin.tensor"
    %result = irdl.base "!builtin.tensor"
    %epsilon = irdl.base "#builtin.float"
    irdl.operands(x: %x)
    irdl.results(result: %result)
    irdl.attributes {"epsilon" = %epsilon}
  }
  // elementwise
  irdl.operation @sqrt {
    %x = irdl.base "!builtin.tensor"
    %result = irdl.base "!builtin.tensor"
    irdl.operands(x: %x)
    irdl.results(result: %result)
  }
  // elementwise
  irdl.operation @exp {
    %x = irdl.base "!builtin.tensor"
    %result = irdl.base "!builtin.tensor"
    irdl.operands(x: %x)
    irdl.results(result: %result)
  }
  // elementwise
  irdl.operation @relu {
    %x = irdl.base "!builtin.tensor"
    %result = irdl.base "!builtin.tensor"
    irdl.operands(x: %x)
    irdl.results(result: %result)
  }
  // elementwise
  irdl.operation @silu {
    %x = irdl.base "!builtin.tensor"
    %result = irdl.base "!builtin.tensor"
    irdl.operands(x: %x)
    irdl.results(result: %result)
  }
  // elementwise
  irdl.operation @sigmoid {
    %x = irdl.base "!builtin.tensor"
    %result = irdl.base "!builtin.tensor"
    irdl.operands(x: %x)
    irdl.results(result: %result)
  }
  // elementwise
  irdl.operation @tanh {
    %x = irdl.base "!builtin.tensor"
    %result = irdl.base "!builtin.tensor"
    irdl.operands(x: %x)
    irdl.results(result: %result)
  }
  // elementwise
  irdl.operation @abs {
    %x = irdl.base "!builtin.tensor"
    %result = irdl.base "!builtin.tensor"
    irdl.operands(x: %x)
    irdl.results(result: %result)
  }
  // elementwise
  irdl.operation @square {
    %x = irdl.base "!builtin.tensor"
    %result = irdl.base "!builtin.tensor"
    irdl.operands(x: %x)
    irdl.results(result: %result)
  }
  // mode is "EXACT" or "TANH_APPROXIMATION"
  irdl.operation @gelu {
    %x = irdl.base "!builtin.tensor"
    %result = irdl.base "!builtin.tensor"
    %mode = irdl.base "#builtin.string"
    irdl.operands(x: %x)
    irdl.results(result: %result)
    irdl.attributes {"mode" = %mode}
  }
  // batched matmul
  irdl.operation @matmul {
    %x = irdl.base "!builtin.tensor"
    %y = irdl.base "!builtin.tensor"
    %result = irdl.base "!builtin.tensor"
    %transpose_x_true = irdl.is true
    %transpose_x_false = irdl.is false
    %transpose_x = irdl.any_of(%transpose_x_true, %transpose_x_false)
    %transpose_y_true = irdl.is true
    %transpose_y_false = irdl.is false
    %transpose_y = irdl.any_of(%transpose_y_true, %transpose_y_false)
    irdl.operands(x: %x, y: %y)
    irdl.results(result: %result)
    irdl.attributes {"transpose_x" = %transpose_x, "transpose_y" = %transpose_y}
  }
  // x @ weight^T + bias
  irdl.operation @linear {
    %x = irdl.base "!builtin.tensor"
    %weight = irdl.base "!builtin.tensor"
    %bias = irdl.base "!builtin.tensor"
    %result = irdl.base "!builtin.tensor"
    irdl.operands(x: %x, weight: %weight, bias: %bias)
    irdl.results(result: %result)
  }
  // softmax along axis
  irdl.operation @softmax {
    %x = irdl.base "!builtin.tensor"
    %result = irdl.base "!builtin.tensor"
    %axis = irdl.base "#builtin.integer"
    irdl.operands(x: %x)
    irdl.results(result: %result)
    irdl.attributes {"axis" = %axis}
  }
  // element count preserved
  irdl.operation @reshape {
    %x = irdl.base "!builtin.tensor"
    %result = irdl.base "!builtin.tensor"
    %shape = irdl.base "#builtin.dense_array"
    irdl.operands(x: %x)
    irdl.results(result: %result)
    irdl.attributes {"shape" = %shape}
  }
  // permute dims
  irdl.operation @transpose {
    %x = irdl.base "!builtin.tensor"
    %result = irdl.base "!builtin.tensor"
    %perm = irdl.base "#builtin.dense_array"
    irdl.operands(x: %x)
    irdl.results(result: %result)
    irdl.attributes {"perm" = %perm}
  }
  // join along axis
  irdl.operation @concat {
    %xs = irdl.base "!builtin.tensor"
    %result = irdl.base "!builtin.tensor"
    %axis = irdl.base "#builtin.integer"
    %interleave_true = irdl.is true
    %interleave_false = irdl.is false
    %interleave = irdl.any_of(%interleave_true, %interleave_false)
    irdl.operands(xs: variadic %xs)
    irdl.results(result: %result)
    irdl.attributes {"axis" = %axis, "interleave" = %interleave}
  }
  // static window
  irdl.operation @slice_by_size {
    %x = irdl.base "!builtin.tensor"
    %result = irdl.base "!builtin.tensor"
    %begin = irdl.base "#builtin.dense_array"
    %size = irdl.base "#builtin.dense_array"
    irdl.operands(x: %x)
    irdl.results(result: %result)
    irdl.attributes {"begin" = %begin, "size" = %size}
  }
  // element type taken from the result type
  irdl.operation @cast {
    %x = irdl.base "!builtin.tensor"
    %result = irdl.base "!builtin.tensor"
    irdl.operands(x: %x)
    irdl.results(result: %result)
  }
}
