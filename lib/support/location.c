//===- location.c - The file position a location refers to ----------------===//

#include "support/location.h"

#include <stdlib.h>

bool aneLocationFindFilePosition(MlirLocation loc, MlirIdentifier *file,
                                 unsigned *line, unsigned *col) {
  if (mlirLocationIsAFileLineColRange(loc)) {
    *file = mlirLocationFileLineColRangeGetFilename(loc);
    *line = (unsigned)mlirLocationFileLineColRangeGetStartLine(loc);
    *col = (unsigned)mlirLocationFileLineColRangeGetStartColumn(loc);
    return true;
  }
  if (mlirLocationIsAName(loc))
    return aneLocationFindFilePosition(mlirLocationNameGetChildLoc(loc), file,
                                       line, col);
  if (mlirLocationIsACallSite(loc))
    return aneLocationFindFilePosition(mlirLocationCallSiteGetCallee(loc), file,
                                       line, col);
  if (mlirLocationIsAFused(loc)) {
    unsigned n = mlirLocationFusedGetNumLocations(loc);
    MlirLocation *parts = malloc((n ? n : 1) * sizeof(MlirLocation));
    mlirLocationFusedGetLocations(loc, parts);
    bool found = false;
    for (unsigned i = 0; i < n && !found; ++i)
      found = aneLocationFindFilePosition(parts[i], file, line, col);
    free(parts);
    return found;
  }
  return false;
}
