//===- untrusted_parse.c - Parse untrusted MLIR text or bytecode safely ---===//
//
// aneParseSourceUntrusted (ane-c/Parse.h): what the tools and embedders call
// to read IR from anyone (docs/robustness.md). Text is checked before
// parsing (NUL bytes, UTF-8, nesting depth, alias expansion) and parsed on a
// large stack. MLIR's bytecode reader never runs in the caller's process: a
// child process reads the bytecode and sends back its diagnostics and the
// module printed as text, which is checked and parsed like any text input.
// The reader's crashes, hangs, memory blow-ups, fatal errors and silent heap
// corruption stay in the child.
//
//===----------------------------------------------------------------------===//

// strsignal() is POSIX 2008 (in _POSIX_C_SOURCE); nothing else beyond it.
#include "ane-c/Parse.h"

#include "ane-c/Dialect.h"
#include "parallel_parse.h"
#include "support/buffer.h"
#include "support/format.h"
#include "support/hash_map.h"
#include "support/location.h"

#include "llvm-c/ErrorHandling.h"
#include "mlir-c/Diagnostics.h"

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(leak_sanitizer)
#define ANE_HAVE_LSAN 1
#endif
#if __has_feature(address_sanitizer) || __has_feature(undefined_behavior_sanitizer)
#include <sanitizer/common_interface_defs.h>
#define ANE_HAVE_SANITIZER_RUNTIME 1
#endif
#endif

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

// The input: the caller's buffer or a NUL-terminated copy of it, its display
// name and the limits it is held to.
typedef struct {
  const char *name;
  const char *text; // text[length] is NUL
  size_t length;
  const AneParseOptions *options;
} Input;

static bool isBytecode(const Input *src) {
  return src->length >= 4 && memcmp(src->text, "ML\xefR", 4) == 0;
}

static bool isIdentChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '$' ||
         c == '-';
}

// The one lexical rule every scan of MLIR text here shares: strings
// ("...", with \ escapes, ended by a newline if unterminated) and `//`
// comments hold no code. At a '"' or a `//`, returns the offset of the last
// byte they cover (a newline that ends them is left to the caller);
// anywhere else returns `i`.
static size_t skipStringOrComment(const char *t, size_t n, size_t i) {
  if (t[i] == '"') {
    for (++i; i < n && t[i] != '"' && t[i] != '\n'; ++i)
      if (t[i] == '\\')
        ++i;
    if (i >= n)
      return n - 1;
    return t[i] == '\n' ? i - 1 : i;
  }
  if (t[i] == '/' && i + 1 < n && t[i + 1] == '/') {
    const char *eol = memchr(t + i, '\n', n - i);
    return eol ? (size_t)(eol - t) - 1 : n - 1;
  }
  return i;
}

// Finds the first `ane.<op>` written as a bare op name (custom syntax),
// outside strings and comments. Returns its offset or -1.
static long findCustomSyntaxAneOp(const Input *src) {
  const char *t = src->text;
  size_t n = src->length;
  for (size_t i = 0; i < n; ++i) {
    size_t skipped = skipStringOrComment(t, n, i);
    if (skipped != i || t[i] == '"') {
      i = skipped;
      continue;
    }
    if (t[i] == 'a' && i + 4 < n && memcmp(t + i, "ane.", 4) == 0 &&
        (i == 0 || (!isIdentChar(t[i - 1]) && t[i - 1] != '%' &&
                    t[i - 1] != '@' && t[i - 1] != '#' && t[i - 1] != '!' &&
                    t[i - 1] != '^')))
      return (long)i;
  }
  return -1;
}

// MLIR's parser gave up without saying why; say it here.
static void reportSilentFailure(MlirContext context, Input *src) {
  long offset = isBytecode(src) ? -1 : findCustomSyntaxAneOp(src);
  unsigned line = 1, col = 1;
  char message[512];
  if (offset >= 0) {
    for (long i = 0; i < offset; ++i) {
      if (src->text[i] == '\n') {
        ++line;
        col = 1;
      } else {
        ++col;
      }
    }
    size_t len = 4;
    while (offset + (long)len < (long)src->length &&
           isIdentChar(src->text[offset + len]) && len < 64)
      ++len;
    snprintf(message, sizeof(message),
             "custom assembly syntax is not supported for '%.*s': ANE ops "
             "are defined in IRDL and must be written in generic form, e.g. "
             "\"%.*s\"(%%x) {...} : (...) -> ...",
             (int)len, src->text + offset, (int)len, src->text + offset);
  } else {
    snprintf(message, sizeof(message),
             "failed to parse the input (the MLIR parser reported no "
             "reason)");
  }
  MlirLocation loc = mlirLocationFileLineColGet(
      context, mlirStringRefCreateFromCString(src->name), line, col);
  mlirEmitError(loc, message);
}

//===----------------------------------------------------------------------===//
// Nesting guard
//
// MLIR's parser, verifier and printer recurse once per level of nesting, so
// deeply nested input overflows the stack (stock mlir-opt crashes on ~20k
// nested regions, and on 30k nested tuple types). Text is checked before it
// reaches the parser: the depth of (), [], {} and <> outside strings and
// comments, where a use of an alias (`!t`, `#a`) counts as deep as the
// alias's own definition, so chains of aliases cannot hide depth. The same
// scan bounds how far aliases expand: an alias used twice by the next one
// doubles at every step ("a billion laughs"), and the printer writes types
// out in full.
//===----------------------------------------------------------------------===//

// An alias definition, `!name = ...` or `#name = ...` at the top level.
typedef struct {
  const char *name; // Points into the scanned text (the sigil).
  size_t length;    // Including the sigil.
  unsigned ownDepth;
  uint64_t ownSize;
  size_t firstRef, numRefs; // Its references, in NestScan.refs.
  unsigned depth;   // ownDepth and what its references add (pass 2).
  uint64_t size;    // Expanded size in bytes, saturating (pass 2).
  int state;        // Pass 2: 0 new, 1 being computed, 2 done.
} AliasDef;

// A use of an alias inside a definition.
typedef struct {
  const char *name;
  size_t length;
  unsigned at; // Bracket depth at the use.
  long def;    // The definition it names, or -1 (pass 2).
} AliasRef;

typedef struct {
  AliasDef *defs;
  size_t numDefs, capDefs;
  AliasRef *refs;
  size_t numRefs, capRefs;
  AneHashMap names; // Name (in the scanned text) -> def index + 1.
  bool outOfMemory;
} NestScan;

static bool isAliasStart(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '$';
}

static long findDef(const NestScan *scan, const char *s, size_t n) {
  void **found = aneHashMapFind(&scan->names, s, n);
  return found ? (long)(uintptr_t)*found - 1 : -1;
}

// Adds a definition; a second definition of a name (MLIR's error to report)
// gets no entry. Returns its index, or -1.
static long addDef(NestScan *scan, const char *s, size_t n) {
  if (findDef(scan, s, n) >= 0)
    return -1;
  if (scan->numDefs == scan->capDefs) {
    size_t cap = scan->capDefs ? scan->capDefs * 2 : 16;
    AliasDef *defs = realloc(scan->defs, cap * sizeof(AliasDef));
    if (!defs) {
      scan->outOfMemory = true;
      return -1;
    }
    scan->defs = defs;
    scan->capDefs = cap;
  }
  size_t index = scan->numDefs;
  if (!aneHashMapPut(&scan->names, s, n, (void *)(uintptr_t)(index + 1))) {
    scan->outOfMemory = true;
    return -1;
  }
  ++scan->numDefs;
  scan->defs[index] = (AliasDef){.name = s, .length = n};
  return (long)index;
}

static void addRef(NestScan *scan, const char *s, size_t n, unsigned at) {
  if (scan->numRefs == scan->capRefs) {
    size_t cap = scan->capRefs ? scan->capRefs * 2 : 64;
    AliasRef *refs = realloc(scan->refs, cap * sizeof(AliasRef));
    if (!refs) {
      scan->outOfMemory = true;
      return;
    }
    scan->refs = refs;
    scan->capRefs = cap;
  }
  scan->refs[scan->numRefs++] = (AliasRef){s, n, at, -1};
}

static uint64_t addSaturating(uint64_t a, uint64_t b) {
  return a > UINT64_MAX - b ? UINT64_MAX : a + b;
}

// Pass 2: each definition's depth and expanded size, from its references
// (definitions form a DAG; MLIR rejects cycles, which count as 0 here).
// Iterative, so a long chain of aliases cannot overflow this stack either.
static void computeAliases(NestScan *scan) {
  for (size_t r = 0; r < scan->numRefs; ++r)
    scan->refs[r].def = findDef(scan, scan->refs[r].name, scan->refs[r].length);
  size_t *stack = malloc((scan->numDefs ? scan->numDefs : 1) * sizeof(size_t));
  if (!stack) {
    scan->outOfMemory = true;
    return;
  }
  for (size_t root = 0; root < scan->numDefs; ++root) {
    if (scan->defs[root].state)
      continue;
    size_t top = 0;
    stack[top++] = root;
    scan->defs[root].state = 1;
    while (top) {
      AliasDef *def = &scan->defs[stack[top - 1]];
      bool pushed = false;
      for (size_t r = def->firstRef; r < def->firstRef + def->numRefs; ++r) {
        long child = scan->refs[r].def;
        if (child >= 0 && scan->defs[child].state == 0) {
          scan->defs[child].state = 1;
          stack[top++] = (size_t)child;
          pushed = true;
          break;
        }
      }
      if (pushed)
        continue;
      unsigned depth = def->ownDepth;
      uint64_t size = def->ownSize;
      for (size_t r = def->firstRef; r < def->firstRef + def->numRefs; ++r) {
        const AliasRef *ref = &scan->refs[r];
        if (ref->def < 0 || scan->defs[ref->def].state != 2)
          continue; // Not an alias (e.g. `!llvm.ptr`), or a cycle.
        const AliasDef *child = &scan->defs[ref->def];
        unsigned d = child->depth > UINT32_MAX / 2 - ref->at
                         ? UINT32_MAX / 2
                         : ref->at + child->depth;
        if (d > depth)
          depth = d;
        size = addSaturating(size, child->size);
      }
      def->depth = depth;
      def->size = size;
      def->state = 2;
      --top;
    }
  }
  free(stack);
}

typedef enum { NEST_OK, NEST_TOO_DEEP, NEST_TOO_LARGE } NestResult;

typedef struct {
  NestResult result;
  size_t offset;     // Where the limit is exceeded.
  long alias;        // The alias whose use exceeds it, or -1.
} NestViolation;

// The bytes the scan stops at; everything else is skipped in a tight loop.
// The terminator (t[n], a NUL) is one, so that loop needs no bound.
static const bool kInteresting[256] = {
    ['\0'] = true, ['\n'] = true, ['"'] = true, ['/'] = true, ['-'] = true,
    ['('] = true,  ['['] = true,  ['{'] = true, ['<'] = true, [')'] = true,
    [']'] = true,  ['}'] = true,  ['>'] = true, ['!'] = true, ['#'] = true,
};

static bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// True if only blanks precede offset `i` on its line.
static bool atLineStart(const char *t, size_t i) {
  while (i > 0 && isBlank(t[i - 1]))
    --i;
  return i == 0 || t[i - 1] == '\n';
}

// True if t[begin, end) has a non-blank byte.
static bool hasNonBlank(const char *t, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i)
    if (!isBlank(t[i]))
      return true;
  return false;
}

// Pass 1 (`check` false) records definitions and the references inside
// them, and finds the plain bracket depth; pass 3 (`check` true) adds alias
// depths and expansions at every use. Returns the first violation. `t[n]`
// is a NUL.
static NestViolation scanNesting(const char *t, size_t n, NestScan *scan,
                                 bool check, unsigned maxDepth,
                                 uint64_t maxGrowth) {
  NestViolation v = {NEST_OK, 0, -1};
  unsigned depth = 0;
  uint64_t growth = 0;
  long inDef = -1; // The definition whose body is being scanned.
  size_t defBegin = 0;
  bool skipDef = false; // In the body of a repeated definition.
  const unsigned char *u = (const unsigned char *)t;
  for (size_t i = 0; i < n; ++i) {
    while (!kInteresting[u[i]])
      ++i;
    if (i >= n)
      break;
    switch (t[i]) {
    case '\n':
      // A definition ends at the first newline outside brackets after its
      // body has begun (`#a =` may continue on the next line).
      if ((inDef >= 0 || skipDef) && depth == 0 &&
          hasNonBlank(t, defBegin, i)) {
        if (!check && inDef >= 0) {
          scan->defs[inDef].ownSize = i - defBegin;
          scan->defs[inDef].numRefs =
              scan->numRefs - scan->defs[inDef].firstRef;
        }
        inDef = -1;
        skipDef = false;
      }
      break;
    case '"':
    case '/':
      i = skipStringOrComment(t, n, i); // a newline ending it ends the line
      break;
    case '-':
      if (i + 1 < n && t[i + 1] == '>')
        ++i; // `->` closes nothing.
      break;
    case '(':
    case '[':
    case '{':
    case '<':
      if (++depth > maxDepth && v.result == NEST_OK) {
        v = (NestViolation){NEST_TOO_DEEP, i, -1};
        if (check || !scan)
          return v;
      }
      if (!check && inDef >= 0 && depth > scan->defs[inDef].ownDepth)
        scan->defs[inDef].ownDepth = depth;
      break;
    case ')':
    case ']':
    case '}':
    case '>':
      if (depth)
        --depth;
      break;
    case '!':
    case '#': {
      size_t len = 1;
      if (i + 1 < n && isAliasStart(t[i + 1]))
        while (i + len < n && isIdentChar(t[i + len]))
          ++len;
      if (len == 1 || !scan) {
        i += len - 1;
        break;
      }
      size_t after = i + len;
      while (after < n && isBlank(t[after]))
        ++after;
      bool isDef = depth == 0 && inDef < 0 && !skipDef && after < n &&
                   t[after] == '=' && (after + 1 >= n || t[after + 1] != '=') &&
                   atLineStart(t, i);
      if (isDef) {
        if (!check) {
          inDef = addDef(scan, t + i, len);
          if (inDef >= 0)
            scan->defs[inDef].firstRef = scan->numRefs;
        } else {
          inDef = findDef(scan, t + i, len);
          if (inDef >= 0 && scan->defs[inDef].name != t + i)
            inDef = -1; // A repeated definition (MLIR reports it).
        }
        skipDef = inDef < 0;
        defBegin = after + 1;
        i = after;
        break;
      }
      if (!check) {
        if (inDef >= 0)
          addRef(scan, t + i, len, depth);
      } else {
        long def = findDef(scan, t + i, len);
        if (def >= 0 && scan->defs[def].state == 2) {
          const AliasDef *d = &scan->defs[def];
          if ((uint64_t)depth + d->depth > maxDepth)
            return (NestViolation){NEST_TOO_DEEP, i, def};
          if (inDef < 0 && !skipDef) {
            growth = addSaturating(growth, d->size);
            if (growth > maxGrowth)
              return (NestViolation){NEST_TOO_LARGE, i, def};
          }
        }
      }
      i += len - 1;
      break;
    }
    default:
      break;
    }
  }
  if (!check && inDef >= 0) {
    scan->defs[inDef].ownSize = n - defBegin;
    scan->defs[inDef].numRefs = scan->numRefs - scan->defs[inDef].firstRef;
  }
  return v;
}

// Checks `t` against the limits of `options`; returns the first violation.
static NestViolation checkNesting(const char *t, size_t n,
                                  const AneParseOptions *options,
                                  char **aliasName) {
  *aliasName = NULL;
  NestScan scan = {0};
  unsigned maxDepth = options->maxNestingDepth;
  uint64_t maxExpansion = options->maxAliasExpansion;
  NestViolation v = scanNesting(t, n, &scan, false, maxDepth, maxExpansion);
  // Without aliases the plain bracket depth of pass 1 is the answer.
  if (v.result == NEST_OK && scan.numDefs && !scan.outOfMemory) {
    computeAliases(&scan);
    if (!scan.outOfMemory)
      v = scanNesting(t, n, &scan, true, maxDepth, maxExpansion);
  }
  if (v.alias >= 0) {
    const AliasDef *d = &scan.defs[v.alias];
    *aliasName = malloc(d->length + 1);
    if (*aliasName) {
      memcpy(*aliasName, d->name, d->length);
      (*aliasName)[d->length] = '\0';
    }
  }
  free(scan.defs);
  free(scan.refs);
  aneHashMapClear(&scan.names);
  return v;
}

// Returns the offset of the first byte of `t` that is not part of a valid
// UTF-8 sequence (RFC 3629: no overlong forms, surrogates or code points
// past U+10FFFF), or -1.
static long findInvalidUtf8(const char *text, size_t n) {
  const unsigned char *t = (const unsigned char *)text;
  size_t i = 0;
  while (i < n) {
    // ASCII, eight bytes at a time.
    while (i + 8 <= n) {
      uint64_t word;
      memcpy(&word, t + i, 8);
      if (word & 0x8080808080808080ull)
        break;
      i += 8;
    }
    if (i == n)
      break;
    unsigned char c = t[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t need;
    unsigned char lo = 0x80, hi = 0xBF; // Range of the second byte.
    if (c >= 0xC2 && c <= 0xDF) {
      need = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      if (c == 0xE0)
        lo = 0xA0;
      else if (c == 0xED)
        hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      if (c == 0xF0)
        lo = 0x90;
      else if (c == 0xF4)
        hi = 0x8F;
    } else {
      return (long)i;
    }
    if (need >= n - i) // Cut off by the end of the input.
      return (long)i;
    if (t[i + 1] < lo || t[i + 1] > hi)
      return (long)i;
    for (size_t k = 2; k <= need; ++k)
      if ((t[i + k] & 0xC0) != 0x80)
        return (long)i;
    i += need + 1;
  }
  return -1;
}

static void offsetToLineCol(const char *t, size_t offset, unsigned *line,
                            unsigned *col) {
  *line = 1;
  *col = 1;
  for (size_t i = 0; i < offset; ++i) {
    if (t[i] == '\n') {
      ++*line;
      *col = 1;
    } else {
      ++*col;
    }
  }
}

// Emits the error for a violation found in `t`; `line` 0 means the text is
// not the input (bytecode printed back), so the error names only the file.
static void reportNesting(MlirContext context, const Input *src,
                          const char *t, NestViolation v,
                          const char *aliasName, bool inPrintedBytecode) {
  unsigned line = 0, col = 0;
  if (!inPrintedBytecode)
    offsetToLineCol(t, v.offset, &line, &col);
  MlirLocation loc = mlirLocationFileLineColGet(
      context, mlirStringRefCreateFromCString(src->name), line, col);
  unsigned long long maxExpansion = src->options->maxAliasExpansion;
  unsigned maxDepth = src->options->maxNestingDepth;
  const char *where =
      inPrintedBytecode ? " (in the IR this bytecode holds)" : "";
  const char *when = inPrintedBytecode ? "" : " before parsing";
  if (v.result == NEST_TOO_LARGE && inPrintedBytecode && !aliasName)
    aneEmitErrorf(loc,
                  "the IR this bytecode holds prints to more than %llu "
                  "bytes: such input (types or attributes shared many times "
                  "over) is rejected, the printer would write it out in full",
                  maxExpansion);
  else if (v.result == NEST_TOO_LARGE)
    aneEmitErrorf(loc,
                  "aliases expand to more than %llu bytes%s at this use of "
                  "'%s': input whose aliases expand beyond that (each alias "
                  "using the previous one several times) is rejected, the "
                  "printer would write it out in full",
                  maxExpansion, where, aliasName ? aliasName : "?");
  else if (aliasName)
    aneEmitErrorf(loc,
                  "nesting exceeds the limit of %u levels of (), [], {} and "
                  "<>%s through alias '%s': deeper input is rejected%s, "
                  "MLIR's recursive parser and printer would overflow the "
                  "stack",
                  maxDepth, where, aliasName, when);
  else
    aneEmitErrorf(loc,
                  "nesting exceeds the limit of %u levels of (), [], {} and "
                  "<>%s: deeper input is rejected%s, MLIR's recursive parser "
                  "and printer would overflow the stack",
                  maxDepth, where, when);
}

//===----------------------------------------------------------------------===//
// Parsing on a thread with a large stack
//
// Text within the nesting limit parses in well under the default 8 MiB of
// stack, but bytecode cannot be checked before MLIR reads it (and verifies
// it, recursively, inside mlirModuleCreateParse): the child reads bytecode on
// a thread with a large stack (reserved address space; only the pages used
// are touched) and prints it back there; that text is held to the text
// limits here before anything else walks the IR on an ordinary stack.
//===----------------------------------------------------------------------===//

typedef struct {
  MlirContext context;
  const Input *src;
  MlirModule module;
  // The child's printed form of a module read from bytecode, capped.
  AneBuffer printed;
  bool printedTooLarge;
} ParseJob;

// The pipe of the child process that reads bytecode (-1 elsewhere).
static int childPipe = -1;

static void writeRecord(int fd, char kind, const void *data, uint32_t length);

// LLVM's fatal error handler in the child that reads bytecode (where
// corrupt bytecode can make the reader ask for a 9 GB vector): nothing may
// unwind through MLIR's frames, so the reason goes to the parent, which
// reports it as a located error, and the child ends.
static void onFatalErrorInChild(const char *reason) {
  writeRecord(childPipe, 'F', reason, (uint32_t)strlen(reason));
  _exit(0);
}

static void appendPrinted(MlirStringRef s, void *userData) {
  ParseJob *job = userData;
  if (job->printedTooLarge)
    return;
  if (job->printed.length + s.length > job->src->options->maxAliasExpansion ||
      !aneBufferTryAppend(&job->printed, s.data, s.length))
    job->printedTooLarge = true;
}

// Stack reserved for the thread that parses (and, in the child, prints
// back): 512 MiB of address space, touched only as used.
#define ANE_PARSE_STACK_SIZE ((size_t)512 << 20)

static void *runParseJob(void *arg) {
  ParseJob *job = arg;
  if (!isBytecode(job->src))
    job->module = aneParseFunctionsInParallel(
        job->context, job->src->text, job->src->length,
        job->src->options->maxParseThreads, ANE_PARSE_STACK_SIZE);
  if (mlirModuleIsNull(job->module))
    job->module = mlirModuleCreateParse(
        job->context, mlirStringRefCreate(job->src->text, job->src->length));
  if (!mlirModuleIsNull(job->module) && isBytecode(job->src)) {
    // The child's answer: the whole module as text, every element of every
    // attribute, generic form, with its locations.
    MlirOpPrintingFlags flags = mlirOpPrintingFlagsCreate();
    mlirOpPrintingFlagsEnableDebugInfo(flags, true, false);
    mlirOpPrintingFlagsPrintGenericOpForm(flags);
    mlirOpPrintingFlagsAssumeVerified(flags);
    mlirOperationPrintWithFlags(mlirModuleGetOperation(job->module), flags,
                                appendPrinted, job);
    mlirOpPrintingFlagsDestroy(flags);
  }
  return NULL;
}

// Runs `fn(arg)` on a thread with ANE_PARSE_STACK_SIZE bytes of stack, or
// less, or on this thread if no thread can be started.
static void runOnLargeStack(void *(*fn)(void *), void *arg) {
  size_t sizes[] = {ANE_PARSE_STACK_SIZE, ANE_PARSE_STACK_SIZE / 8};
  for (size_t k = 0; k < sizeof(sizes) / sizeof(sizes[0]); ++k) {
    pthread_attr_t attr;
    if (pthread_attr_init(&attr) != 0)
      break;
    pthread_t thread;
    bool started = pthread_attr_setstacksize(&attr, sizes[k]) == 0 &&
                   pthread_create(&thread, &attr, fn, arg) == 0;
    pthread_attr_destroy(&attr);
    if (started) {
      pthread_join(thread, NULL);
      return;
    }
  }
  fn(arg);
}

typedef struct {
  MlirContext context;
  MlirStringRef name;
} RenameState;

static MlirLocation renamed(RenameState *state, MlirLocation loc) {
  if (!mlirLocationIsAFileLineColRange(loc))
    return loc;
  MlirStringRef file =
      mlirIdentifierStr(mlirLocationFileLineColRangeGetFilename(loc));
  if (file.length != 1 || file.data[0] != '-')
    return loc;
  return mlirLocationFileLineColRangeGet(
      state->context, state->name,
      (unsigned)mlirLocationFileLineColRangeGetStartLine(loc),
      (unsigned)mlirLocationFileLineColRangeGetStartColumn(loc),
      (unsigned)mlirLocationFileLineColRangeGetEndLine(loc),
      (unsigned)mlirLocationFileLineColRangeGetEndColumn(loc));
}

static MlirWalkResult renameOpLocations(MlirOperation op, void *userData) {
  RenameState *state = userData;
  mlirOperationSetLocation(op, renamed(state, mlirOperationGetLocation(op)));
  intptr_t numRegions = mlirOperationGetNumRegions(op);
  for (intptr_t r = 0; r < numRegions; ++r) {
    MlirRegion region = mlirOperationGetRegion(op, r);
    for (MlirBlock b = mlirRegionGetFirstBlock(region); !mlirBlockIsNull(b);
         b = mlirBlockGetNextInRegion(b)) {
      intptr_t numArgs = mlirBlockGetNumArguments(b);
      for (intptr_t a = 0; a < numArgs; ++a) {
        MlirValue arg = mlirBlockGetArgument(b, a);
        mlirBlockArgumentSetLocation(arg,
                                     renamed(state, mlirValueGetLocation(arg)));
      }
    }
  }
  return MlirWalkResultAdvance;
}

//===----------------------------------------------------------------------===//
// Bytecode, read in a child process
//
// MLIR's bytecode reader is not hardened against corrupt input: a flipped
// byte can make it dereference a wild pointer, loop, ask for 60 GB, stop
// with a fatal error, or overflow a heap buffer without crashing (MLIR 22's
// AttrTypeReader::initialize, docs/robustness.md). C cannot contain that
// in-process, so the reader only ever runs in a child process. The child
// parses the bytecode (MLIR verifies it), and sends back over a pipe
// records of:
//   'D' a diagnostic (severity, position, message), one per diagnostic;
//   'F' the reason of an LLVM fatal error (the child ends there);
//   'L' the printed IR passed a limit (1: too deep, 2: too large);
//   'T' the module printed as text (generic form, locations, every element);
//   'E' the end: the child finished.
// This process then parses that text with the text parser, under the same
// checks as any text input. Each record is a kind byte, a u32 length and
// the bytes.
//===----------------------------------------------------------------------===//

static void writeAll(int fd, const void *data, size_t length) {
  const char *p = data;
  while (length > 0) {
    ssize_t n = write(fd, p, length);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      _exit(0); // the parent is gone or gave up
    p += n;
    length -= (size_t)n;
  }
}

static void writeRecord(int fd, char kind, const void *data, uint32_t length) {
  unsigned char head[5] = {(unsigned char)kind, (unsigned char)length,
                           (unsigned char)(length >> 8),
                           (unsigned char)(length >> 16),
                           (unsigned char)(length >> 24)};
  writeAll(fd, head, sizeof(head));
  writeAll(fd, data, length);
}

// A diagnostic record: severity, hasPosition, line, col (u32 each), file
// length (u32), file, message.
static void writeDiagnostic(int fd, MlirDiagnosticSeverity severity,
                            bool hasPosition, MlirStringRef file,
                            unsigned line, unsigned col, MlirStringRef message) {
  size_t fileLength = file.length < (1u << 20) ? file.length : 1u << 20;
  size_t messageLength =
      message.length < (1u << 20) ? message.length : 1u << 20;
  size_t n = 20 + fileLength + messageLength;
  unsigned char *r = malloc(n);
  if (!r)
    _exit(0);
  uint32_t fields[5] = {(uint32_t)severity, hasPosition, line, col,
                        (uint32_t)fileLength};
  for (int i = 0; i < 5; ++i)
    for (int k = 0; k < 4; ++k)
      r[4 * i + k] = (unsigned char)(fields[i] >> (8 * k));
  if (fileLength)
    memcpy(r + 20, file.data, fileLength);
  if (messageLength)
    memcpy(r + 20 + fileLength, message.data, messageLength);
  writeRecord(fd, 'D', r, (uint32_t)n);
  free(r);
}

static void appendToBuffer(MlirStringRef s, void *userData) {
  aneBufferAppendBytes(userData, s.data, s.length);
}

// Sends one diagnostic (position and message) to the parent.
static void sendDiagnostic(MlirDiagnostic diag) {
  AneBuffer message = {0};
  mlirDiagnosticPrint(diag, appendToBuffer, &message);
  MlirIdentifier file;
  unsigned line = 0, col = 0;
  bool hasPosition = aneLocationFindFilePosition(
      mlirDiagnosticGetLocation(diag), &file, &line, &col);
  writeDiagnostic(childPipe, mlirDiagnosticGetSeverity(diag), hasPosition,
                  hasPosition ? mlirIdentifierStr(file)
                              : mlirStringRefCreate(NULL, 0),
                  line, col,
                  mlirStringRefCreate(message.data ? message.data : "",
                                      message.length));
  aneBufferDestroy(&message);
}

// The child's diagnostic handler: every diagnostic and its notes go to the
// parent (except MLIR's "see current operation" dumps).
static MlirLogicalResult sendDiagnostics(MlirDiagnostic diag, void *userData) {
  (void)userData;
  sendDiagnostic(diag);
  intptr_t numNotes = mlirDiagnosticGetNumNotes(diag);
  for (intptr_t i = 0; i < numNotes; ++i)
    sendDiagnostic(mlirDiagnosticGetNote(diag, i));
  return mlirLogicalResultSuccess();
}

static uint32_t readU32(const unsigned char *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
         (uint32_t)p[3] << 24;
}

static MlirLogicalResult ignoreDiagnostic(MlirDiagnostic diag,
                                          void *userData) {
  (void)diag;
  (void)userData;
  return mlirLogicalResultSuccess();
}

static void *verifyModule(void *arg) {
  ParseJob *job = arg;
  aneVerifyOperation(mlirModuleGetOperation(job->module));
  return NULL;
}

// The child's time limit: generous for what MLIR reads per second.
static unsigned probeSeconds(const Input *src) {
  return src->options->bytecodeSeconds + (unsigned)(src->length >> 19);
}

// The memory the child may use: corrupt bytecode can make the reader fill
// gigabytes (one 438-byte file took 3.7 GB). Real IR takes far less than
// 64 bytes of memory per byte of bytecode, plus its printed form.
static uint64_t probeMemoryLimit(const Input *src) {
  return ((uint64_t)1 << 30) + 64 * (uint64_t)src->length;
}

enum { kProbeTooMuchMemory = 3 };

// In the child: read the bytecode and answer on `fd` (see above).
static void runBytecodeChild(const Input *src, bool allowUnregistered,
                             int fd) {
  childPipe = fd;
  LLVMResetFatalErrorHandler();
  LLVMInstallFatalErrorHandler(onFatalErrorInChild);
  // Die of any fault without reports: no sanitizer report or fuzzer
  // artifact for a crash inside MLIR that the parent reports as an error.
  int signals[] = {SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL, SIGTRAP, SIGALRM};
  for (size_t i = 0; i < sizeof(signals) / sizeof(signals[0]); ++i)
    signal(signals[i], SIG_DFL);
  signal(SIGPIPE, SIG_DFL);
  // Corrupt bytecode can also send the reader into a loop that does not end
  // in any useful time: the child gets a time limit (SIGALRM ends it).
  alarm(probeSeconds(src));
#ifdef ANE_HAVE_SANITIZER_RUNTIME
  __sanitizer_set_death_callback(NULL);
#endif
#ifndef ANE_HAVE_LSAN
  // Fail allocations well before the machine runs out (LLVM then aborts,
  // which the parent reports). Not under AddressSanitizer, whose shadow
  // memory is terabytes of address space; the peak RSS check below holds.
  uint64_t addressSpace = probeMemoryLimit(src) + ((uint64_t)2 << 30);
  struct rlimit limit = {(rlim_t)addressSpace, (rlim_t)addressSpace};
  struct rlimit current;
  if (getrlimit(RLIMIT_AS, &current) == 0 &&
      (current.rlim_max == RLIM_INFINITY || current.rlim_max > limit.rlim_max))
    setrlimit(RLIMIT_AS, &limit);
#endif
  int devnull = open("/dev/null", O_WRONLY);
  if (devnull >= 0) {
    dup2(devnull, STDOUT_FILENO);
    dup2(devnull, STDERR_FILENO);
  }
  MlirContext context = mlirContextCreateWithThreading(false);
  mlirContextSetAllowUnregisteredDialects(context, allowUnregistered);
  if (mlirLogicalResultIsFailure(aneContextLoadDialect(context)))
    _exit(0);
  MlirDiagnosticHandlerID handler =
      mlirContextAttachDiagnosticHandler(context, sendDiagnostics, NULL, NULL);
  ParseJob job = {.context = context, .src = src};
  runOnLargeStack(runParseJob, &job);
  if (!mlirModuleIsNull(job.module)) {
    if (job.printedTooLarge) {
      char which = 2;
      writeRecord(fd, 'L', &which, 1);
    } else {
      // What the parent will do with the IR must not crash here either
      // (its errors are the parent's to report).
      mlirContextDetachDiagnosticHandler(context, handler);
      mlirContextAttachDiagnosticHandler(context, ignoreDiagnostic, NULL,
                                         NULL);
      runOnLargeStack(verifyModule, &job);
      writeRecord(fd, 'T', job.printed.data ? job.printed.data : "",
                  (uint32_t)job.printed.length);
    }
  }
  struct rusage usage;
  if (getrusage(RUSAGE_SELF, &usage) == 0 &&
      (uint64_t)usage.ru_maxrss * 1024 > probeMemoryLimit(src))
    _exit(kProbeTooMuchMemory);
  writeRecord(fd, 'E', "", 0);
  _exit(0);
}

// What the child sent, and how it ended.
typedef struct {
  AneBuffer bytes; ///< The records as received.
  bool tooLarge;   ///< More than the limit arrived (the child was killed).
  int status;      ///< From waitpid; -1 if the child could not be started.
} ChildAnswer;

// Runs the child and collects its answer.
static void readBytecodeInChild(const Input *src, bool allowUnregistered,
                                ChildAnswer *answer) {
  *answer = (ChildAnswer){.status = -1};
  int fds[2];
  if (pipe(fds) != 0)
    return;
  fflush(stdout);
  fflush(stderr);
  pid_t pid = fork();
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    return;
  }
  if (pid == 0) {
    close(fds[0]);
    runBytecodeChild(src, allowUnregistered, fds[1]);
  }
  close(fds[1]);
  // The printed IR is held to maxAliasExpansion; diagnostics get a
  // little room beside it.
  const size_t cap = (size_t)src->options->maxAliasExpansion + (16u << 20);
  char chunk[1 << 16];
  for (;;) {
    ssize_t n = read(fds[0], chunk, sizeof(chunk));
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      break;
    if (answer->bytes.length + (size_t)n > cap ||
        !aneBufferTryAppend(&answer->bytes, chunk, (size_t)n)) {
      answer->tooLarge = true;
      kill(pid, SIGKILL);
      break;
    }
  }
  close(fds[0]);
  int status;
  while (waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) {
      status = -1;
      break;
    }
  answer->status = status;
}

static void reportProbeFailure(MlirContext context, const Input *src,
                               int signalNumber);

static void emitErrorAt(MlirContext context, const Input *src,
                        unsigned line, unsigned col, const char *message) {
  mlirEmitError(mlirLocationFileLineColGet(
                    context, mlirStringRefCreateFromCString(src->name), line,
                    col),
                message);
}

// The checks on text before MLIR sees it: NUL bytes, UTF-8, nesting and
// alias expansion. Emits the error and returns false on the first failure.
static bool checkText(MlirContext context, const Input *src) {
  unsigned line, col;
  // MLIR's lexer skips NUL bytes like blanks (a file of NULs parses as an
  // empty module): text with one is a binary file or a broken one.
  const char *nul = memchr(src->text, '\0', src->length);
  if (nul) {
    offsetToLineCol(src->text, (size_t)(nul - src->text), &line, &col);
    emitErrorAt(context, src, line, col,
                "unexpected NUL byte: MLIR text cannot contain one (MLIR "
                "bytecode would start with the bytes 'ML\\xEFR')");
    return false;
  }
  // MLIR's lexer takes any bytes in names, strings and comments; text that
  // is not UTF-8 is a wrong encoding or a corrupt file.
  long bad = findInvalidUtf8(src->text, src->length);
  if (bad >= 0) {
    offsetToLineCol(src->text, (size_t)bad, &line, &col);
    char message[200];
    snprintf(message, sizeof(message),
             "invalid UTF-8 (byte 0x%02X): MLIR text must be UTF-8, names, "
             "strings and comments included",
             (unsigned char)src->text[bad]);
    emitErrorAt(context, src, line, col, message);
    return false;
  }
  char *aliasName;
  NestViolation v =
      checkNesting(src->text, src->length, src->options, &aliasName);
  if (v.result != NEST_OK)
    reportNesting(context, src, src->text, v, aliasName, false);
  free(aliasName);
  return v.result == NEST_OK;
}

// Reports a child that did not finish reading bytecode: `signalNumber` is
// the signal that ended it, -1 for too much memory, 0 for any other end.
static void reportProbeFailure(MlirContext context, const Input *src,
                               int signalNumber) {
  char message[400];
  unsigned long long megabytes = probeMemoryLimit(src) >> 20;
  if (signalNumber == -1)
    snprintf(message, sizeof(message),
             "the bytecode is corrupt: reading it takes more than %llu MB of "
             "memory (in the child process that reads bytecode); "
             "regenerate it with --emit-bytecode",
             megabytes);
  else if (signalNumber == SIGALRM)
    snprintf(message, sizeof(message),
             "the bytecode is corrupt: MLIR's bytecode reader did not finish "
             "reading it within %u s (in the child process that reads "
             "bytecode); regenerate it with --emit-bytecode",
             probeSeconds(src));
  else if (signalNumber == SIGABRT) // LLVM aborts when an allocation fails.
    snprintf(message, sizeof(message),
             "the bytecode is corrupt: MLIR's bytecode reader aborted on it "
             "(a crash, or more than %llu MB of memory; in the child process "
             "that reads bytecode); regenerate it with "
             "--emit-bytecode",
             megabytes);
  else
    snprintf(message, sizeof(message),
             "the bytecode is corrupt: MLIR's bytecode reader crashed on it "
             "(%s, in the child process that reads bytecode); "
             "regenerate it with --emit-bytecode",
             signalNumber ? strsignal(signalNumber) : "unexpected exit");
  emitErrorAt(context, src, 0, 0, message);
}

static bool parseTextOnLargeStack(MlirContext context, const Input *src,
                                  MlirModule *module) {
  ParseJob job = {.context = context, .src = src};
  runOnLargeStack(runParseJob, &job);
  *module = job.module;
  return !mlirModuleIsNull(job.module);
}

// Replays the child's diagnostics on `context`: errors as errors at their
// position; notes, warnings and remarks (which the C API cannot emit) as
// lines of the error they follow, or, before any error, as errors of their
// own saying what they are.
typedef struct {
  MlirContext context;
  const Input *src;
  AneBuffer pending; ///< The error being assembled (message + notes).
  MlirLocation pendingLoc;
  bool hasPending;
} Replay;

static MlirLocation diagnosticLocation(const Replay *r, bool hasPosition,
                                       const char *file, unsigned line,
                                       unsigned col) {
  // Positions in the bytecode buffer itself ("-") name the input.
  bool isBuffer = !hasPosition || strcmp(file, "-") == 0;
  return mlirLocationFileLineColGet(
      r->context,
      mlirStringRefCreateFromCString(isBuffer ? r->src->name : file),
      hasPosition ? line : 0, hasPosition ? col : 0);
}

static void flushPending(Replay *r) {
  if (!r->hasPending)
    return;
  mlirEmitError(r->pendingLoc,
                r->pending.outOfMemory ? "out of memory" : r->pending.data);
  aneBufferDestroy(&r->pending);
  r->hasPending = false;
}

static void replayDiagnostic(Replay *r, MlirDiagnosticSeverity severity,
                             bool hasPosition, const char *file,
                             unsigned line, unsigned col,
                             const char *message) {
  MlirLocation loc = diagnosticLocation(r, hasPosition, file, line, col);
  if (severity == MlirDiagnosticError || !r->hasPending) {
    flushPending(r);
    r->pendingLoc = loc;
    r->hasPending = true;
    if (severity != MlirDiagnosticError)
      aneBufferAppendString(&r->pending,
                            severity == MlirDiagnosticWarning ? "warning: "
                            : severity == MlirDiagnosticNote  ? "note: "
                                                              : "remark: ");
    aneBufferAppendString(&r->pending, message);
    return;
  }
  aneBufferAppendf(&r->pending, "\n%s:%u:%u: note: %s",
                   hasPosition && strcmp(file, "-") != 0 ? file
                                                          : r->src->name,
                   line, col, message);
}

// Turns the child's answer into a module: replays its diagnostics, reports
// its failures, and parses the text it sent (held to the text limits).
// Returns a null module on failure, with the errors reported.
static MlirModule moduleFromChild(MlirContext context, const Input *src,
                                  const ChildAnswer *answer) {
  const unsigned char *p = (const unsigned char *)answer->bytes.data;
  size_t left = answer->bytes.length;
  const char *text = NULL;
  size_t textLength = 0;
  bool ended = false, limit = false;
  Replay replay = {.context = context, .src = src};
  while (left >= 5) {
    char kind = (char)p[0];
    uint32_t n = readU32(p + 1);
    if (left - 5 < n)
      break;
    const unsigned char *data = p + 5;
    if (kind == 'D' && n >= 20 && readU32(data + 16) <= n - 20) {
      uint32_t fileLength = readU32(data + 16);
      char *file = strndup((const char *)data + 20, fileLength);
      char *message = strndup((const char *)data + 20 + fileLength,
                              n - 20 - fileLength);
      if (file && message)
        replayDiagnostic(&replay, (MlirDiagnosticSeverity)readU32(data),
                         readU32(data + 4) != 0, file, readU32(data + 8),
                         readU32(data + 12), message);
      free(file);
      free(message);
    } else if (kind == 'F') {
      flushPending(&replay);
      aneEmitErrorf(diagnosticLocation(&replay, false, NULL, 0, 0),
                    "MLIR's bytecode reader stopped with a fatal error: %.*s "
                    "(the input is corrupt or asks for more than MLIR can "
                    "hold)",
                    (int)n, (const char *)data);
      return (MlirModule){NULL};
    } else if (kind == 'L' && n == 1) {
      flushPending(&replay);
      NestViolation v = {NEST_TOO_LARGE, 0, -1};
      reportNesting(context, src, NULL, v, NULL, true);
      limit = true;
    } else if (kind == 'T') {
      text = (const char *)data;
      textLength = n;
    } else if (kind == 'E') {
      ended = true;
    }
    p += 5 + n;
    left -= 5 + n;
  }
  flushPending(&replay);
  if (answer->tooLarge) {
    NestViolation v = {NEST_TOO_LARGE, 0, -1};
    reportNesting(context, src, NULL, v, NULL, true);
    return (MlirModule){NULL};
  }
  int status = answer->status;
  if (!ended || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    int signalNumber = status == -1          ? 0
                       : WIFSIGNALED(status) ? WTERMSIG(status)
                       : WIFEXITED(status) &&
                               WEXITSTATUS(status) == kProbeTooMuchMemory
                           ? -1
                           : 0;
    reportProbeFailure(context, src, signalNumber);
    return (MlirModule){NULL};
  }
  if (!text || limit)
    return (MlirModule){NULL}; // the child's diagnostics say why
  // The child's text, checked and parsed like any text input.
  Input printed = {.name = src->name, .length = textLength,
                   .options = src->options};
  char *copy = malloc(textLength + 1);
  if (!copy) {
    emitErrorAt(context, src, 0, 0, "out of memory");
    return (MlirModule){NULL};
  }
  memcpy(copy, text, textLength);
  copy[textLength] = '\0';
  printed.text = copy;
  char *aliasName = NULL;
  NestViolation v =
      checkNesting(printed.text, printed.length, src->options, &aliasName);
  MlirModule module = {NULL};
  if (v.result != NEST_OK)
    reportNesting(context, src, printed.text, v, aliasName, true);
  else
    parseTextOnLargeStack(context, &printed, &module);
  free(aliasName);
  free(copy);
  return module;
}

// Counts the errors emitted while it is attached; lets every diagnostic
// through to the caller's handlers.
static MlirLogicalResult countErrors(MlirDiagnostic diag, void *userData) {
  if (mlirDiagnosticGetSeverity(diag) == MlirDiagnosticError)
    ++*(unsigned *)userData;
  return mlirLogicalResultFailure();
}

// With acceptMilOps, the context allows every unregistered op while
// parsing; this walk then refuses those outside `mil.`.
typedef struct {
  RenameState rename; // the error is located in the buffer's `name`
  bool failed;
  // Names already accepted, by their (uniqued) data pointer: a module
  // repeats a few op names, and looking one up hashes the string.
  const char *accepted[16];
} ForeignOpScan;

static MlirWalkResult refuseForeignOp(MlirOperation op, void *userData) {
  ForeignOpScan *scan = userData;
  MlirStringRef name = mlirIdentifierStr(mlirOperationGetName(op));
  const char **seen = &scan->accepted[((uintptr_t)name.data >> 4) & 15];
  if (*seen == name.data)
    return MlirWalkResultAdvance;
  if ((name.length > 4 && memcmp(name.data, "mil.", 4) == 0) ||
      mlirContextIsRegisteredOperation(scan->rename.context, name)) {
    *seen = name.data;
    return MlirWalkResultAdvance;
  }
  aneEmitErrorf(renamed(&scan->rename, mlirOperationGetLocation(op)),
                "unregistered operation '%.*s': only the opaque MIL ops "
                "('mil.*') may be unregistered (-allow-unregistered-dialect "
                "accepts any)",
                (int)name.length, name.data);
  scan->failed = true;
  return MlirWalkResultInterrupt;
}

AneParseOptions aneParseOptionsGetDefault(void) {
  AneParseOptions options = {ANE_PARSE_MAX_NESTING_DEPTH,
                             ANE_PARSE_MAX_ALIAS_EXPANSION,
                             ANE_PARSE_BYTECODE_SECONDS, false, true, false, 1};
  const char *env = getenv("ANE_BYTECODE_PROBE_SECONDS");
  if (env && *env) {
    char *end;
    unsigned long v = strtoul(env, &end, 10);
    if (*end == '\0' && v > 0 && v < 100000)
      options.bytecodeSeconds = (unsigned)v;
  }
  return options;
}

MlirModule aneParseSourceUntrusted(MlirContext context, MlirStringRef buffer,
                                   MlirStringRef name,
                                   const AneParseOptions *options) {
  if (mlirContextIsNull(context))
    return (MlirModule){NULL};
  AneParseOptions defaults = aneParseOptionsGetDefault();
  Input src = {.length = buffer.length,
               .options = options ? options : &defaults};
  // MLIR's lexer relies on a terminator: the text is copied unless the
  // caller says it has one; names are C strings here.
  char *textCopy = NULL;
  if (src.options->textIsNulTerminated && buffer.data)
    src.text = buffer.data;
  else
    src.text = textCopy = malloc(buffer.length + 1);
  char *nameCopy = strndup(name.data ? name.data : "", name.length);
  if (!src.text || !nameCopy) {
    free(textCopy);
    free(nameCopy);
    mlirEmitError(mlirLocationUnknownGet(context), "out of memory");
    return (MlirModule){NULL};
  }
  if (textCopy) {
    if (buffer.length)
      memcpy(textCopy, buffer.data, buffer.length);
    textCopy[buffer.length] = '\0';
  }
  src.name = nameCopy;

  bool allowedAll = mlirContextGetAllowUnregisteredDialects(context);
  bool scanForeign = src.options->acceptMilOps && !allowedAll;
  if (scanForeign)
    mlirContextSetAllowUnregisteredDialects(context, true);
  unsigned errors = 0;
  MlirDiagnosticHandlerID counter =
      mlirContextAttachDiagnosticHandler(context, countErrors, &errors, NULL);
  MlirModule module = {NULL};
  if (isBytecode(&src)) {
    ChildAnswer answer;
    readBytecodeInChild(&src, mlirContextGetAllowUnregisteredDialects(context),
                        &answer);
    module = moduleFromChild(context, &src, &answer);
    aneBufferDestroy(&answer.bytes);
  } else if (checkText(context, &src)) {
    parseTextOnLargeStack(context, &src, &module);
  }
  if (mlirModuleIsNull(module) && errors == 0)
    reportSilentFailure(context, &src);
  if (!mlirModuleIsNull(module) && scanForeign) {
    ForeignOpScan scan = {
        {context, mlirStringRefCreateFromCString(src.name)}, false, {NULL}};
    mlirOperationWalk(mlirModuleGetOperation(module), refuseForeignOp, &scan,
                      MlirWalkPreOrder);
    if (scan.failed) {
      mlirModuleDestroy(module);
      module = (MlirModule){NULL};
    }
  }
  if (mlirModuleIsNull(module) && scanForeign)
    mlirContextSetAllowUnregisteredDialects(context, false);
  mlirContextDetachDiagnosticHandler(context, counter);
  if (!mlirModuleIsNull(module) && src.options->renameLocations) {
    RenameState state = {context, mlirStringRefCreateFromCString(src.name)};
    mlirOperationWalk(mlirModuleGetOperation(module), renameOpLocations,
                      &state, MlirWalkPreOrder);
  }
  free(textCopy);
  free(nameCopy);
  return module;
}
