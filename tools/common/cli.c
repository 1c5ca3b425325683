//===- cli.c - The one command-line parser of ane-opt, ane-run, ane-translate
//===//

#include "cli.h"
#include "support/spelling.h"

#include <stdlib.h>
#include <string.h>

// What the parser has read of one command line.
typedef struct {
  const AneCliSpec *spec;
  int argc;
  char **argv;
  int next;
  bool onlyPositional;
  bool sawPositional;
} Parser;

typedef enum {
  EVENT_END,        // no more arguments
  EVENT_OPTION,     // arg.option (NULL for a dynamic flag), arg.value
  EVENT_POSITIONAL, // arg.value
  EVENT_ERROR,      // bad usage, reported: exit 2
  EVENT_EXIT,       // --help or --version printed: exit 0
} Event;

AneCliResult aneCliUsageError(const AneCliSpec *spec, const char *fmt,
                              const char *arg) {
  fprintf(stderr, "%s: ", spec->tool);
  fprintf(stderr, fmt, arg);
  fprintf(stderr, "\nTry: '%s --help'\n", spec->tool);
  return ANE_CLI_EXIT_USAGE;
}

static Event badUsage(const AneCliSpec *spec, const char *fmt,
                      const char *arg) {
  aneCliUsageError(spec, fmt, arg);
  return EVENT_ERROR;
}

// The closest known flag to `name`, if it is close enough to be a typo
// (at most 2 edits, and fewer than a third of the name).
static const char *closestFlag(const AneCliSpec *spec, const char *name,
                               size_t length) {
  const char *best = NULL;
  size_t bestDistance = (size_t)-1;
  for (size_t i = 0; i < spec->numOptions; ++i) {
    size_t d = aneEditDistance(name, length, spec->options[i].name);
    if (d < bestDistance) {
      bestDistance = d;
      best = spec->options[i].name;
    }
  }
  static const char *const kBuiltIn[] = {"help", "version"};
  for (size_t i = 0; i < 2; ++i) {
    size_t d = aneEditDistance(name, length, kBuiltIn[i]);
    if (d < bestDistance) {
      bestDistance = d;
      best = kBuiltIn[i];
    }
  }
  for (size_t i = 0; spec->dynamicName && spec->dynamicName(i); ++i) {
    size_t d = aneEditDistance(name, length, spec->dynamicName(i));
    if (d < bestDistance) {
      bestDistance = d;
      best = spec->dynamicName(i);
    }
  }
  return aneIsLikelyTypo(bestDistance, length) ? best : NULL;
}

static Event unknownFlag(const AneCliSpec *spec, const char *text,
                         const char *name, size_t length) {
  const char *suggestion = closestFlag(spec, name, length);
  fprintf(stderr, "%s: Unknown command line argument '%s'.", spec->tool, text);
  if (suggestion)
    fprintf(stderr, " Did you mean '--%s'?", suggestion);
  fprintf(stderr, "\nTry: '%s --help'\n", spec->tool);
  return EVENT_ERROR;
}

// Reads the next argument. --help/-h and --version are answered here; a
// second positional argument is bad usage (each tool takes one input).
static Event next(Parser *p, AneCliArg *arg) {
  const AneCliSpec *spec = p->spec;
  *arg = (AneCliArg){0};
  if (p->next >= p->argc)
    return EVENT_END;
  const char *text = p->argv[p->next++];
  arg->text = text;
  if (p->onlyPositional || text[0] != '-' || strcmp(text, "-") == 0) {
    if (p->sawPositional)
      return badUsage(spec, "Too many positional arguments specified: '%s'",
                      text);
    p->sawPositional = true;
    arg->value = text;
    return EVENT_POSITIONAL;
  }
  if (strcmp(text, "--") == 0) {
    p->onlyPositional = true;
    return next(p, arg);
  }
  const char *name = text + (text[1] == '-' ? 2 : 1);
  const char *eq = strchr(name, '=');
  size_t length = eq ? (size_t)(eq - name) : strlen(name);
  arg->name = name;
  arg->nameLength = length;
  arg->value = eq ? eq + 1 : NULL;
  bool isHelp = (length == 4 && strncmp(name, "help", 4) == 0) ||
                (length == 1 && name[0] == 'h');
  bool isVersion = length == 7 && strncmp(name, "version", 7) == 0;
  if ((isHelp || isVersion) && arg->value)
    return badUsage(spec, "option '%s' does not take a value", text);
  if (isHelp) {
    aneCliPrintHelp(spec, stdout);
    return EVENT_EXIT;
  }
  if (isVersion) {
    spec->printVersion();
    return EVENT_EXIT;
  }
  for (size_t i = 0; i < spec->numOptions; ++i) {
    const AneCliOption *o = &spec->options[i];
    if (strlen(o->name) != length || strncmp(o->name, name, length) != 0)
      continue;
    arg->option = o;
    if (o->kind == ANE_CLI_SWITCH && arg->value)
      return badUsage(spec, "option '%s' does not take a value", text);
    if (o->kind == ANE_CLI_VALUE && !arg->value) {
      if (p->next >= p->argc)
        return badUsage(spec, "option '%s' requires a value", text);
      arg->value = p->argv[p->next++];
    }
    return EVENT_OPTION;
  }
  if (spec->isDynamic && spec->isDynamic(name, length))
    return EVENT_OPTION;
  return unknownFlag(spec, text, name, length);
}

AneCliResult aneCliParse(const AneCliSpec *spec, int argc, char **argv,
                         AneCliOptionHandler onOption, void *userData,
                         const char **input) {
  Parser parser = {spec, argc, argv, 1, false, false};
  *input = "-";
  for (;;) {
    AneCliArg arg;
    switch (next(&parser, &arg)) {
    case EVENT_END:
      return ANE_CLI_RUN;
    case EVENT_ERROR:
      return ANE_CLI_EXIT_USAGE;
    case EVENT_EXIT:
      return ANE_CLI_EXIT_OK;
    case EVENT_POSITIONAL:
      *input = arg.value;
      break;
    case EVENT_OPTION: {
      AneCliResult result = onOption(&arg, userData);
      if (result != ANE_CLI_RUN)
        return result;
      break;
    }
    }
  }
}

void aneCliPrintHelp(const AneCliSpec *spec, FILE *out) {
  fprintf(out, "OVERVIEW: %s\n\nUSAGE: ", spec->overview);
  for (const char *u = spec->usage; *u; ++u) {
    fputc(*u, out);
    if (*u == '\n')
      fputs("       ", out);
  }
  fputc('\n', out);
  if (spec->arguments)
    fprintf(out, "\n%s\n", spec->arguments);
  const char *group = NULL;
  for (size_t i = 0; i < spec->numOptions; ++i) {
    const AneCliOption *o = &spec->options[i];
    if (!o->help)
      continue; // an alias (-h)
    if (!group || strcmp(group, o->group) != 0) {
      group = o->group;
      fprintf(out, "\n%s:\n", group);
    }
    char left[64];
    const char *dashes = strlen(o->name) == 1 ? "-" : "--";
    if (o->kind == ANE_CLI_SWITCH)
      snprintf(left, sizeof(left), "%s%s", dashes, o->name);
    else if (o->kind == ANE_CLI_OPTIONAL_VALUE)
      snprintf(left, sizeof(left), "%s%s[=%s]", dashes, o->name, o->valueName);
    else if (strlen(o->name) == 1)
      snprintf(left, sizeof(left), "%s%s %s", dashes, o->name, o->valueName);
    else
      snprintf(left, sizeof(left), "%s%s=%s", dashes, o->name, o->valueName);
    // Left column 31 wide, as LLVM tools print it; long names get a line
    // of their own.
    const char *h = o->help;
    if (strlen(left) > 28)
      fprintf(out, "  %s\n%31s", left, "");
    else
      fprintf(out, "  %-29s", left);
    for (; *h; ++h) {
      fputc(*h, out);
      if (*h == '\n')
        fprintf(out, "%31s", "");
    }
    fputc('\n', out);
  }
  fprintf(out, "\nGeneral:\n  %-29s%s\n  %-29s%s\n", "--version",
          "Print the version", "--help, -h", "Print this help");
  if (spec->trailer)
    fprintf(out, "\n%s", spec->trailer);
}
