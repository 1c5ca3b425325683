//===- cli.h - The one command-line parser of ane-opt, ane-run, ane-translate ===//
//
// The spellings of LLVM's cl that mlir-opt users know, the same in every
// tool: one or two leading dashes; `--flag=value` and `--flag value` for a
// flag that takes a value; `=value` only for a flag whose value is optional
// (`--compare[=<file>]`, `--<pass>[=<options>]`); `--` ends the flags; an
// unknown flag is exit 2 with a "did you mean" when one is close. The help
// is generated from the same table, grouped.
//
//===----------------------------------------------------------------------===//

#ifndef ANE_TOOLS_CLI_H
#define ANE_TOOLS_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef enum {
  ANE_CLI_SWITCH,         ///< --flag
  ANE_CLI_VALUE,          ///< --flag=value | --flag value
  ANE_CLI_OPTIONAL_VALUE, ///< --flag | --flag=value
} AneCliKind;

typedef struct {
  int id;                ///< Returned to the caller (its enum).
  const char *name;      ///< Without dashes: "o", "numerics".
  AneCliKind kind;
  const char *valueName; ///< For help: "<file>", "f32|ane-fp16".
  const char *group;     ///< Help heading; consecutive rows share one.
  const char *help;      ///< Help text; '\n' continues on the next line.
} AneCliOption;

typedef struct {
  const char *tool;     ///< "ane-opt"
  const char *overview; ///< First help line.
  const char *usage;    ///< Usage lines, '\n'-separated.
  const char *arguments; ///< Lines about the positional arguments, or NULL.
  const char *trailer;  ///< Printed after the options (exit status...).
  const AneCliOption *options;
  size_t numOptions;
  /// Flags outside the table (ane-opt's pass names; optional `=value`):
  /// returns true if `name` is one. May be NULL.
  bool (*isDynamic)(const char *name, size_t length);
  /// The dynamic flags' names for "did you mean" (NULL past the last).
  const char *(*dynamicName)(size_t index);
  /// Prints the tool's --version text on stdout.
  void (*printVersion)(void);
} AneCliSpec;

typedef struct {
  const AneCliOption *option;
  const char *name; ///< The flag's name as written (no dashes, no value).
  size_t nameLength;
  const char *value;
  const char *text; ///< The whole argument, for messages.
} AneCliArg;

/// What parsing a tool's command line decided.
typedef enum {
  ANE_CLI_RUN,        ///< Options parsed: run the tool.
  ANE_CLI_EXIT_OK,    ///< --help, --version (or a tool's --list-...) printed.
  ANE_CLI_EXIT_USAGE, ///< Bad usage, message printed: exit 2.
} AneCliResult;

/// The exit status of a result that ends the tool: 0, or 2 for bad usage.
static inline int aneCliExitStatus(AneCliResult result) {
  return result == ANE_CLI_EXIT_OK ? 0 : 2;
}

/// Called for each option (table or dynamic) in command-line order.
typedef AneCliResult (*AneCliOptionHandler)(const AneCliArg *arg,
                                            void *userData);

/// Parses the whole command line: `onOption` for every option, `*input` the
/// one positional argument ("-", stdin, if there is none).
AneCliResult aneCliParse(const AneCliSpec *spec, int argc, char **argv,
                         AneCliOptionHandler onOption, void *userData,
                         const char **input);

/// Prints "<tool>: <message>" and "Try: '<tool> --help'" on stderr;
/// returns ANE_CLI_EXIT_USAGE. `fmt` takes one string argument.
AneCliResult aneCliUsageError(const AneCliSpec *spec, const char *fmt,
                              const char *arg);

/// Prints the help generated from the table, grouped.
void aneCliPrintHelp(const AneCliSpec *spec, FILE *out);

#endif // ANE_TOOLS_CLI_H
