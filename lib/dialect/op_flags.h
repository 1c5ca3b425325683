//===- op_flags.h - The Flags column of ane_ops.def ------------------------===//
//
// ANE_OPF_* bits: element-type, shape and result-count rules of an op. A
// header of its own, with no includes, so that ane-opgen (which reads the
// VARIADIC_RESULTS bit) builds without MLIR.
//
//===----------------------------------------------------------------------===//

#ifndef ANE_DIALECT_OP_FLAGS_H
#define ANE_DIALECT_OP_FLAGS_H

/// i32 is allowed besides f16 and f32 on the operands and the result.
#define ANE_OPF_I32 0x1u
/// Operand and result element types may differ (ane.cast).
#define ANE_OPF_MIXED_ELEMENTS 0x2u
/// A rank-0 result is left to the op's verifier, which can say why the rank
/// would be 0 (full reductions with keep_dims = false).
#define ANE_OPF_RANK0_RESULT 0x4u
/// i1 (bool) is allowed on the operands and the result.
#define ANE_OPF_BOOL 0x8u
/// i8 and ui8 (MIL's int8 and uint8 activations) are allowed on the
/// operands and the result.
#define ANE_OPF_I8 0x10u
/// The op has one or more results (IRDL: `variadic`), all checked by the
/// op's verifier group; the interpreter allocates each from its type and
/// the kernel fills call->results[0 .. numResults). ane.split.
#define ANE_OPF_VARIADIC_RESULTS 0x20u

#endif // ANE_DIALECT_OP_FLAGS_H
