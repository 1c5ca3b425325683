//===- print_ir.h - Print a module as text through a buffered stream ------===//

#ifndef ANE_TOOLS_PRINT_IR_H
#define ANE_TOOLS_PRINT_IR_H

#include "output.h"

#include "mlir-c/IR.h"

/// Appends `module` (a builtin.module) printed with `flags`, and a newline,
/// to `out`: the bytes of mlirOperationPrintWithFlags, written through a
/// buffered stream when the module is large and that is possible (print_ir.c
/// says how). May run a pass
/// manager on the module (it changes nothing); call it on verified IR, as
/// the printer does not check it.
void anePrintModule(AneOutput *out, MlirContext context, MlirOperation module,
                    MlirOpPrintingFlags flags);

/// The buffered way only: false (and nothing appended) where it cannot be
/// taken, e.g. without a writable scratch folder.
bool anePrintModuleBuffered(AneOutput *out, MlirContext context,
                            MlirOperation module, MlirOpPrintingFlags flags);

#endif // ANE_TOOLS_PRINT_IR_H
