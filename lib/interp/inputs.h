//===- inputs.h - Deterministic random inputs for ane-run -----------------===//

#ifndef ANE_INTERP_INPUTS_H
#define ANE_INTERP_INPUTS_H

#include "tensor.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum {
  ANE_INPUT_NORMAL,  ///< mean + std * N(0,1), or |N(0,1)| with `abs`.
  ANE_INPUT_UNIFORM, ///< uniform in [lo, hi).
  ANE_INPUT_FILL,    ///< every element `value`.
  ANE_INPUT_NPY,     ///< read from the .npy file `path`.
} AneInputKind;

typedef struct {
  AneInputKind kind;
  double mean, std, lo, hi, value;
  bool abs;
  bool hasSeed;
  uint64_t seed;
  char path[1024];
} AneInputSpec;

/// The default: normal(mean=0, std=1) or uniform(lo=-1, hi=1).
void aneInputSpecDefault(AneInputSpec *spec, AneInputKind kind);

/// Parses "normal[,mean=M][,std=S][,abs][,seed=N]", "uniform[,lo=A][,hi=B]
/// [,seed=N]", "fill=V" or "npy=PATH". Returns false with a reason.
bool aneInputSpecParse(const char *text, AneInputSpec *spec, char *error,
                       size_t errorSize);

/// Fills `t` (allocated with the argument's shape and dtype) from `spec`;
/// random specs without a seed use `defaultSeed`. Values are drawn in double;
/// the interpreter rounds them to the argument's storage type.
bool aneInputFill(const AneInputSpec *spec, uint64_t defaultSeed, AneTensor *t,
                  char *error, size_t errorSize);

#endif // ANE_INTERP_INPUTS_H
