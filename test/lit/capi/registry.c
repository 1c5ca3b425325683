// Every table built from the op registry (lib/dialect/ane_ops.def) agrees with
// it: the IRDL the library loads (and the one installed), the verifier's and
// the interpreter's lookups, and both directions of the MIL op table. The
// program prints one line per op of the loaded IRDL, from the tables alone;
// the registry's own listing must be the same, in the same order.
// RUN: ane-capi-registry > %t.tables
// RUN: ane-opgen list | cut -d' ' -f1,2 > %t.registry
// RUN: diff %t.registry %t.tables
// RUN: grep -c "irdl.operation @" %ane_irdl | FileCheck %s --check-prefix=COUNT
// COUNT: 67
// RUN: ane-capi-registry --count | FileCheck %s --check-prefix=COUNT

#include "ane-c/Dialect.h"
#include "interp/kernels.h"
#include "dialect/op_registry.h"
#include "mil/op_table.h"

#include "mlir-c/BuiltinAttributes.h"
#include "mlir-c/IR.h"

#include <stdio.h>
#include <string.h>

static int fail(const char *what, MlirStringRef name) {
  fprintf(stderr, "error: %s: %.*s\n", what, (int)name.length, name.data);
  return 1;
}

// Checks one op of the loaded IRDL against every table; prints its row.
static int checkOp(MlirContext ctx, MlirStringRef name) {
  char full[80];
  snprintf(full, sizeof(full), "ane.%.*s", (int)name.length, name.data);
  if (!mlirContextIsRegisteredOperation(ctx,
                                        mlirStringRefCreateFromCString(full)))
    return fail("not registered by the loaded dialect", name);
  const AneOpDef *def = aneOpDefLookup(name);
  if (!def || def != aneOpDefGet(def->id))
    return fail("not in the registry", name);
  if (!aneLookupKernel(name))
    return fail("no interpreter kernel", name);
  const MilOpInfo *mil = milLookupAneOp(full, strlen(full));
  if (!mil)
    return fail("no row in the MIL op table", name);
  if ((mil->milName == NULL) != (def->milName == NULL) ||
      (mil->milName && strcmp(mil->milName, def->milName) != 0))
    return fail("MIL name differs from the registry", name);
  if (mil->milName && milLookupMilOp(mil->milName) != mil)
    return fail("MIL name does not map back", name);
  printf("%s %s\n", def->name, mil->milName ? mil->milName : "-");
  return 0;
}

int main(int argc, char **argv) {
  MlirContext ctx = mlirContextCreate();
  if (mlirLogicalResultIsFailure(aneContextLoadDialect(ctx)))
    return 1;
  // The IRDL text the library embeds, read back as IR.
  MlirModule irdl = mlirModuleCreateParse(ctx, aneGetDialectIRDL());
  if (mlirModuleIsNull(irdl))
    return 1;
  MlirOperation dialect =
      mlirBlockGetFirstOperation(mlirModuleGetBody(irdl));
  MlirBlock body = mlirRegionGetFirstBlock(mlirOperationGetRegion(dialect, 0));
  int errors = 0, count = 0;
  for (MlirOperation op = mlirBlockGetFirstOperation(body);
       !mlirOperationIsNull(op); op = mlirOperationGetNextInBlock(op)) {
    MlirAttribute sym = mlirOperationGetAttributeByName(
        op, mlirStringRefCreateFromCString("sym_name"));
    ++count;
    if (argc == 1)
      errors += checkOp(ctx, mlirStringAttrGetValue(sym));
  }
  if (count != ANE_OP_COUNT) {
    fprintf(stderr, "error: the IRDL has %d ops, the registry %d\n", count,
            (int)ANE_OP_COUNT);
    ++errors;
  }
  if (argc == 2 && strcmp(argv[1], "--count") == 0)
    printf("%d\n", count);
  mlirModuleDestroy(irdl);
  mlirContextDestroy(ctx);
  return errors ? 1 : 0;
}
