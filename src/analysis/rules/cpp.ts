import type { Rule, RuleSet } from "../rule-types.js";
import type { Category, Strategy } from "../types.js";

/**
 * C and C++: gcc/clang/MSVC diagnostics, the linker (GNU ld, lld, Apple ld, MSVC link), make,
 * ninja, CMake configure errors, ctest, and the ways a native program dies (signals, assert,
 * sanitizers). Compiler diagnostics share one shape; the message decides the category.
 */

const SRC_EXT = String.raw`(?:c|cc|cpp|cxx|c\+\+|h|hh|hpp|hxx|h\+\+|m|mm|cu|cuh|ino|inl|ipp|tcc|tpp|s|S)`;
// `src/a.c:12:5: error: ...` (column optional for old gcc and some front ends).
const GCC = String.raw`^(?:In file included from .*?, )?(?<file>(?:[A-Za-z]:)?[^\s:]+\.${SRC_EXT}):(?<line>\d+)(?::(?<column>\d+))?: `;

const HEADER_MISSING = String.raw`(?:(?<name>[^\s:]+): No such file or directory|'(?<name2>[^']+)' file not found)`;
const SYNTAX = String.raw`(?:expected .+|stray '.*' in program|missing terminating .* character|unterminated .*|extraneous closing brace.*|extra tokens? .*|#endif without #if|unterminated conditional directive|#else without #if|invalid preprocessing directive .*|(?:macro names must be identifiers|no macro name given).*|redefinition of '.*' as different kind of symbol)`;

interface Kind {
  kind: string;
  category: Category;
  strategy: Strategy;
  body: string;
  suggestion: string;
}

const KINDS: Kind[] = [
  {
    kind: "missing-header",
    category: "import_error",
    strategy: "imports",
    body: String.raw`fatal error: ${HEADER_MISSING}`,
    suggestion:
      "The header is not on the include path: fix the #include, add the directory with -I/target_include_directories, or install the library's -dev package.",
  },
  {
    kind: "werror",
    category: "lint_error",
    strategy: "llm",
    body: String.raw`(?:fatal )?error: .+ \[-Werror(?:=[\w+=-]+|,-W[\w+=-]+)\]`,
    suggestion:
      "A warning promoted by -Werror: fix it at $<file>:$<line> (the flag in brackets names the warning).",
  },
  {
    kind: "syntax",
    category: "syntax_error",
    strategy: "llm",
    body: String.raw`(?:fatal )?error: ${SYNTAX}`,
    suggestion: "Fix the C/C++ syntax at $<file>:$<line>.",
  },
  {
    kind: "compile",
    category: "type_error",
    strategy: "llm",
    body: String.raw`(?:fatal )?error: .+`,
    suggestion: "Fix the compile error at $<file>:$<line>.",
  },
];

function compilerRules(): Rule[] {
  return KINDS.map((k) => ({
    id: `cpp.${k.kind}`,
    tool: "gcc",
    category: k.category,
    severity: "high",
    strategy: k.strategy,
    keywords: ["error: ", "fatal error: "],
    match: new RegExp(GCC + `(?<message>${k.body})$`),
    suggestion: k.suggestion,
  }));
}

// MSVC: `C:\a\w\w\src\a.cpp(12,5): error C2065: 'x': undeclared identifier [C:\...\a.vcxproj]`.
const MSVC = String.raw`^(?:\s*\d+>)?(?<file>(?:[A-Za-z]:)?[^:(]+\.${SRC_EXT})\((?<line>\d+)(?:,(?<column>\d+))?\): (?:fatal )?error (?<code>C\d{4}): `;

export const cppRules: RuleSet = {
  ecosystem: "cpp",
  rules: [
    {
      id: "cpp.sanitizer",
      tool: null,
      category: "runtime_error",
      severity: "high",
      strategy: "llm",
      keywords: ["Sanitizer", "runtime error: "],
      match:
        /^(?:==\d+==ERROR: (?<message>\w+Sanitizer: .+)|(?<file>[^\s:]+\.(?:c|cc|cpp|cxx|h|hpp)):(?<line>\d+):(?<column>\d+): runtime error: (?<message2>.+)|SUMMARY: \w+Sanitizer: .+)$/,
      group: "native-crash",
      suggestion:
        "A sanitizer caught memory or undefined behaviour: the report's first frame in your code is where to look.",
    },
    {
      id: "cpp.assert",
      tool: "libc",
      category: "runtime_error",
      severity: "high",
      strategy: "llm",
      keywords: ["Assertion `"],
      // glibc: `app: src/main.c:7: main: Assertion `v == 3' failed.`
      match: /^(?:\S+: )?(?<file>[^\s:]+):(?<line>\d+): (?<name>[^:]+): Assertion `(?<message>.+)' failed\.$/,
      group: "native-crash",
      message: "assertion failed in $<name>: $<message>",
      suggestion: "An assert() failed at $<file>:$<line>: the condition does not hold for this input.",
    },
    {
      id: "cpp.signal",
      tool: null,
      category: "runtime_error",
      severity: "high",
      strategy: "llm",
      keywords: [
        "Segmentation fault",
        "Aborted",
        "Bus error",
        "Illegal instruction",
        "Floating point exception",
        "stack smashing detected",
        "double free",
        "free(): invalid",
      ],
      match:
        /^(?:.*: line \d+: +\d+ |g?make(?:\[\d+\])?: \*\*\* \[[^\]]+\] |\/bin\/sh: .*|)(?<message>Segmentation fault|Aborted|Bus error|Illegal instruction|Floating point exception|\*\*\* stack smashing detected \*\*\*|free\(\): (?:double free detected.*|invalid .*)|double free or corruption.*)(?: +\(core dumped\))?(?:\s.*|: terminated)?$/,
      group: "native-crash",
      suggestion:
        "The program crashed with a signal: reproduce it under gdb or with -fsanitize=address to find the faulting line.",
    },
    {
      id: "cpp.ld-missing-lib",
      tool: "ld",
      category: "dependency_error",
      severity: "high",
      strategy: "dependencies",
      keywords: ["cannot find -l", "library not found for -l", "unable to find library -l"],
      match:
        /^(?:\S*ld(?:\.\w+)?: )?(?:error: )?(?<message>(?:cannot find|library not found for|unable to find library) -l(?<name>\S+?))(?:: No such file or directory)?$/,
      suggestion:
        "The linker cannot find lib$<name>: install its development package or add its directory with -L.",
    },
    {
      id: "cpp.ld-undefined",
      tool: "ld",
      category: "build_failure",
      severity: "high",
      strategy: "llm",
      keywords: [
        "undefined reference to",
        "Undefined symbols for architecture",
        "undefined symbol: ",
        "unresolved external symbol",
        "multiple definition of",
        "duplicate symbol",
        "can not be used when making a",
      ],
      // GNU ld: `main.c:(.text+0x1d): undefined reference to `clamp'` (with -g: `/w/src/main.c:5: undefined ...`).
      match:
        /^(?:\S*ld(?:\.\w+)?: )?(?:(?<file>[^\s:()]+?\.(?:c|cc|cpp|cxx|o|a|obj|so|rs|go))(?::(?<line>\d+)|:\([^)]*\))?: )?(?<message>(?:undefined reference to [`'].+'|multiple definition of [`'].+|relocation .* can not be used when making a .*)|(?:error: )?(?:undefined symbol: .+|duplicate symbol: .+)|Undefined symbols for architecture \S+:|.*error LNK\d+: unresolved external symbol .+|duplicate symbol '.+' in:)$/,
      group: "ld",
      precede: 1,
      precedeMatch: /: in function [`'].+':$/,
      suggestion:
        "The linker could not resolve a symbol: define it, link the object/library that provides it (order matters with static libs), or fix its declaration.",
    },
    {
      id: "cpp.ld-summary",
      tool: "ld",
      category: "build_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["ld returned", "linker command failed", "symbol(s) not found"],
      match:
        /^(?:collect2: error: ld returned \d+ exit status|(?:clang|gcc|g\+\+|c\+\+|cc)(?:-\d+)?: error: linker command failed with exit code \d+.*|ld: symbol\(s\) not found for architecture \S+)$/,
      group: "ld",
      role: "summary",
      suggestion: "The link step failed: see the undefined or duplicate symbols reported just above.",
    },
    {
      id: "cpp.msvc-header",
      tool: "msvc",
      category: "import_error",
      severity: "high",
      strategy: "imports",
      keywords: ["error C1083"],
      match: new RegExp(MSVC.replace("C\\d{4}", "C1083") + "(?<message>.+)$"),
      suggestion: "The include file is missing: fix the #include or the include directories.",
    },
    {
      id: "cpp.msvc",
      tool: "msvc",
      category: "type_error",
      severity: "high",
      strategy: "llm",
      keywords: [": error C", ": fatal error C"],
      match: new RegExp(MSVC + "(?<message>.+)$"),
      suggestion: "Fix the compile error $<code> at $<file>:$<line>.",
    },
    ...compilerRules(),
    {
      id: "cpp.cc-fatal",
      tool: "gcc",
      category: "build_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["fatal error: ", "error: unrecognized command-line option", "error: unknown argument"],
      // The driver itself: `cc1plus: fatal error: x.cpp: No such file or directory`, bad flags.
      match: /^(?:cc1\w*|gcc|g\+\+|cc|c\+\+|clang(?:\+\+)?)(?:-\d+)?: (?:fatal )?error: (?<message>.+)$/,
      // "Killed signal terminated program cc1plus": the kernel killed the compiler (out of
      // memory), which runner.killed reports; the code compiles fine on a bigger runner.
      unless: /linker command failed|Killed signal terminated program/,
      suggestion: "The compiler driver failed before compiling: check the file list and flags it was given.",
    },
    {
      id: "cpp.autoconf",
      tool: "configure",
      category: "build_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["configure: error: "],
      match: /^configure: error: (?<message>.+)$/,
      priority: 77,
      suggestion:
        "./configure failed: the message names the missing compiler, header or library (see config.log).",
    },
    {
      id: "cpp.cmake-find-module",
      tool: "cmake",
      category: "dependency_error",
      severity: "high",
      strategy: "dependencies",
      keywords: ["CMake Error at "],
      // Errors raised inside CMake's Find modules (FindBoost, FindPackageHandleStandardArgs, ...).
      match:
        /^CMake Error at (?<file>\S*\/(?:Find\w+|FindPackageHandleStandardArgs|FindPkgConfig)\.cmake):(?<line>\d+) \((?<name>[^)]+)\):$/,
      group: "cmake-config",
      follow: /^ {2}\S.*$/,
      maxFollow: 3,
      message: (g, line) => line,
      suggestion:
        "CMake could not find a required package: install it (its -dev package) or point CMAKE_PREFIX_PATH/<Pkg>_DIR at it.",
    },
    {
      id: "cpp.cmake-find",
      tool: "cmake",
      category: "dependency_error",
      severity: "high",
      strategy: "dependencies",
      keywords: ["CMake Error at "],
      match:
        /^CMake Error at (?<file>[^\s:]+):(?<line>\d+) \((?<name>find_package|pkg_check_modules|pkg_search_module|find_library|find_path|find_program|FetchContent_MakeAvailable|FetchContent_Populate|CPMAddPackage|ExternalProject_Add)\):$/,
      group: "cmake-config",
      follow: /^ {2}\S.*$/,
      maxFollow: 3,
      message: "$<name> failed at $<file>:$<line>",
      suggestion:
        "CMake could not find a required package: install it (its -dev package) or point CMAKE_PREFIX_PATH/<Pkg>_DIR at it.",
    },
    {
      id: "cpp.cmake-missing-package",
      tool: "cmake",
      category: "dependency_error",
      severity: "high",
      strategy: "dependencies",
      keywords: ["Could NOT find"],
      // Indented inside a CMake Error block; `-- Could NOT find X` alone is an optional package's status.
      match: /^\s+(?<message>Could NOT find (?<name>\S+).*)$/,
      group: "cmake-config",
      suggestion:
        "CMake could not find a required package: install it (its -dev package) or point CMAKE_PREFIX_PATH/<Pkg>_DIR at it.",
    },
    {
      id: "cpp.pkg-config",
      tool: "pkg-config",
      category: "dependency_error",
      severity: "high",
      strategy: "dependencies",
      keywords: ["No package '", "required by '", "was not found in the pkg-config search path"],
      match:
        /^\s*(?<message>No package '(?<name>[^']+)' found|Package '?[^' ,]+'?,? required by '[^']+', not found|Package \S+ was not found in the pkg-config search path\.?)$/,
      suggestion:
        "pkg-config cannot find a required library: install its -dev package (or set PKG_CONFIG_PATH).",
    },
    {
      id: "cpp.cmake-error",
      tool: "cmake",
      category: "build_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["CMake Error"],
      match:
        /^CMake Error(?: (?:at|in) (?<file>[^\s:]+)(?::(?<line>\d+))?(?: \((?<name>[^)]+)\))?)?: ?(?<message>.*)$/,
      group: "cmake",
      follow: /^ {2}\S.*$/,
      maxFollow: 3,
      message: (g, line) => line,
      suggestion: "Fix the CMake project at the place shown (command spelling, arguments, paths).",
    },
    {
      id: "cpp.cmake-incomplete",
      tool: "cmake",
      category: "build_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["Configuring incomplete, errors occurred!"],
      match: /^-- Configuring incomplete, errors occurred!$/,
      group: "cmake",
      role: "summary",
      suggestion: "CMake configuration failed: see the CMake Error above.",
    },
    {
      id: "cpp.ctest-timeout",
      tool: "ctest",
      category: "timeout",
      severity: "high",
      strategy: "llm",
      keywords: ["***Timeout", "(Timeout)"],
      match:
        /^(?:\s*\d+\/\d+ Test +#\d+: (?<name>\S+) \.*\s*\*\*\*Timeout\b.*|\s+\d+ - (?<name2>\S+) \(Timeout\))$/,
      group: "ctest",
      suggestion:
        "The test ran past its ctest TIMEOUT: find what it waits on, or raise the TIMEOUT property.",
    },
    {
      id: "cpp.ctest-failed",
      tool: "ctest",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      keywords: [
        "***Failed",
        "***Exception",
        "***Not Run",
        "(Failed)",
        "(SEGFAULT)",
        "(Subprocess aborted)",
        "(Child aborted)",
      ],
      match:
        /^(?:\s*\d+\/\d+ Test +#\d+: (?<name>\S+) \.*\s*\*\*\*(?:Failed|Exception|Not Run)\b.*|\s+\d+ - (?<name2>\S+) \((?:Failed|SEGFAULT|Subprocess aborted|Child aborted|Not Run|Exception)\))$/,
      group: "ctest",
      // With --output-on-failure the test's own output follows the status line.
      follow: /^(?!\s*Start \d+: |\s*\d+\/\d+ Test |\d+% tests passed)\S.*$/,
      maxFollow: 6,
      followLocation: /^(?<file>[^\s:]+\.(?:c|cc|cpp|cxx|h|hpp)):(?<line>\d+)/,
      message: (g, line) => line.trim(),
      suggestion: "Run `ctest --output-on-failure -R <name>` locally and fix the failing check.",
    },
    {
      id: "cpp.ctest-summary",
      tool: "ctest",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["tests failed out of", "Errors while running CTest"],
      match: /^(?:\d+% tests passed, [1-9]\d* tests? failed out of \d+|Errors while running CTest)$/,
      group: "ctest",
      role: "summary",
      suggestion: "Run `ctest --output-on-failure` locally.",
    },
    {
      id: "cpp.make-stop",
      tool: "make",
      category: "build_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["***"],
      // `make: *** No rule to make target 'x', needed by 'y'.  Stop.` / `Makefile:6: *** missing separator.  Stop.`
      match:
        /^(?:g?make(?:\[\d+\])?: \*\*\* |(?<file>[^\s:]+):(?<line>\d+): \*\*\* )(?<message>(?!\[).+?)\.?\s+Stop\.$/,
      group: "make",
      suggestion: "Fix the Makefile (the rule, target name or tab-indented recipe make points at).",
    },
    {
      id: "cpp.make-command",
      tool: "make",
      category: "build_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["***"],
      // `make: *** [Makefile:18: check] Error 127`: make could not run the recipe's command.
      match:
        /^g?make(?:\[\d+\])?: \*\*\* \[(?:(?<file>[^\s:\]]+):(?<line>\d+): )?(?<name>[^\]]+)\] (?<message>Error 12[67])$/,
      group: "make",
      // 126/127: make could not run the recipe's command at all, so the recipe line is the culprit.
      precede: 2,
      precedeMatch:
        /^(?:g?make(?:\[\d+\])?: (?!\*\*\*|(?:Entering|Leaving) directory)|\/bin\/sh: |.*: (?:command not found|No such file or directory|Permission denied)$)/,
      message: "make target $<name> failed ($<message>)",
      suggestion: "The recipe for $<name> failed: read the command output just above this line.",
    },
    {
      id: "cpp.make-error",
      tool: "make",
      category: "build_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["***"],
      // `make: *** [Makefile:9: src/math.o] Error 1`: the recipe's command failed and said why above.
      match:
        /^g?make(?:\[\d+\])?: \*\*\* \[(?:(?<file>[^\s:\]]+):(?<line>\d+): )?(?<name>[^\]]+)\] (?<message>Error (?!12[67]$)\d+)$/,
      group: "make",
      // A wrapper: the recipe's own output above says what failed, so this only joins a make
      // failure and otherwise leaves the step to the generic error-block fallback.
      role: "summary",
      priority: 40,
      precede: 2,
      precedeMatch:
        /^(?:g?make(?:\[\d+\])?: (?!\*\*\*|(?:Entering|Leaving) directory)|\/bin\/sh: |.*: (?:command not found|No such file or directory|Permission denied)$)/,
      message: "make target $<name> failed ($<message>)",
      suggestion: "The recipe for $<name> failed: read the command output just above this line.",
    },
    {
      id: "cpp.ninja",
      tool: "ninja",
      category: "build_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["FAILED: ", "ninja: build stopped"],
      match: /^(?:FAILED: (?<name>.+)|ninja: build stopped: .*)$/,
      group: "make",
      role: "summary",
      suggestion: "A build edge failed: read the command output right after the FAILED line.",
    },
  ],
};
