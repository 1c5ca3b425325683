//===- tool_name.h - The running tool's name, for its messages ------------===//

#ifndef ANE_TOOLS_TOOL_NAME_H
#define ANE_TOOLS_TOOL_NAME_H

/// Set by each tool's main ("ane-opt", "ane-run"); prefixes messages that
/// have no source location, as LLVM tools do.
extern const char *aneToolName;

#endif // ANE_TOOLS_TOOL_NAME_H
