import type { RuleSet } from "../rule-types.js";

/**
 * Node.js processes dying (scripts, servers, CLIs built on node) and the bundlers that run in
 * `npm run build` (Vite with Rollup or Rolldown, webpack, esbuild).
 *
 * Node prints a crash as a `file:line` header, the source line, a caret, then `Name: message` and
 * the stack. The header gives the location (taken through `precede`); the stack's first frames
 * go into the excerpt. Python also prints `TypeError:`/`SyntaxError:` at column 0, so those two
 * names are only claimed with messages V8 writes (Python's never start with a capital
 * "Unexpected", "Cannot read properties", ...).
 *
 * Module resolution failures are `import_error`; a bare package name that does not resolve is
 * fixed by installing it (strategy `dependencies`), a relative path by fixing the import.
 */

// node's crash header: the script and line, alone on a line (`file:///…/src/a.js:4`, `/…/a.js:4`).
// Node's own modules head the crash when they threw (`node:fs:440`); they name no user file.
const CRASH_HEADER =
  /^(?:node:[\w/]+:\d+|(?:file:\/\/)?\/\S*node_modules\/\S+:\d+|(?:file:\/\/)?(?<file>\/\S+?\.[cm]?[jt]sx?):(?<line>\d+))$/;
// First stack frames in user code (absolute, not node internals, not node_modules).
const USER_FRAME =
  /^\s+at (?:.+? \()?(?:file:\/\/)?(?<file>\/(?![^():]*node_modules\/)[^():]+):(?<line>\d+):(?<column>\d+)\)?$/;
const STACK = /^\s+at \S/;
// webpack names the failing module above its error: "ERROR in ./src/index.js 1:0-41".
// Next.js prints the importing file alone instead: "./src/app/page.tsx:3:1".
const WEBPACK_HEADER =
  /^(?=ERROR in |\.\/\S+:\d+:\d+$)(?:ERROR in )?(?<file>\S+?)(?:[ :](?<line>\d+):(?<column>\d+)(?:-\d+(?::\d+)?)?)?$/;

const V8_TYPE_ERROR = String.raw`(?:Cannot (?:read|set) propert|Cannot destructure|Cannot convert|Cannot access|\S+ is not (?:a function|iterable|a constructor|defined)|Assignment to constant|Converting circular|Class constructor|Reduce of empty|Cannot mix BigInt|Do not know how to serialize)`;
const V8_SYNTAX = String.raw`(?:Unexpected (?:token|identifier|end of input|string|number|strict mode reserved word|reserved word|template string)|Invalid or unexpected token|missing \) after argument list|Identifier '[^']+' has already been declared|await is only valid|Cannot use import statement outside a module|Invalid regular expression|Unterminated |Illegal (?:return|break|continue)|Invalid destructuring|Invalid left-hand side|Unexpected eval or arguments|Octal literals are not allowed|Duplicate export)`;

export const nodeRules: RuleSet = {
  ecosystem: "node",
  rules: [
    // ---- module resolution
    {
      id: "node.missing-export",
      tool: "node",
      category: "import_error",
      severity: "high",
      strategy: "imports",
      keywords: ["does not provide an export named"],
      match:
        /^SyntaxError: (?<message>The requested module '(?<name>[^']+)' does not provide an export named '[^']+')$/,
      precede: 4,
      precedeMatch: CRASH_HEADER,
      suggestion: "Fix the import in $<file>: '$<name>' has no such export (renamed, or a default export?).",
    },
    {
      id: "node.missing-package",
      tool: "node",
      category: "import_error",
      severity: "high",
      strategy: "dependencies",
      keywords: ["Cannot find package '", "Cannot find module '"],
      match:
        /^(?:Error(?: \[ERR_MODULE_NOT_FOUND\])?: )?(?<message>Cannot find (?:package|module) '(?<name>(?![./]|[A-Za-z]:\\)[^']+)'(?: imported from (?<file>\S+))?)$/,
      // CommonJS names the requiring file under "Require stack:".
      follow: /^(?:Require stack:|- \S+)$/,
      maxFollow: 2,
      followLocation: /^- (?<file>\S+)$/,
      suggestion: "Install the package '$<name>' (add it to package.json) or fix the import in $<file>.",
    },
    {
      id: "node.module-not-found",
      tool: "node",
      category: "import_error",
      severity: "high",
      strategy: "imports",
      keywords: ["Cannot find module '"],
      match:
        /^(?:Error(?: \[ERR_MODULE_NOT_FOUND\])?: )?(?<message>Cannot find module '(?<name>[^']+)'(?: imported from (?<file>\S+))?)$/,
      follow: /^(?:Require stack:|- \S+)$/,
      maxFollow: 2,
      followLocation: /^- (?<file>\S+)$/,
      suggestion:
        "Fix the import of '$<name>' in $<file> (a moved or renamed file, or a missing extension?).",
    },
    {
      id: "node.module-system",
      tool: "node",
      category: "import_error",
      severity: "high",
      strategy: "llm",
      keywords: ["Error [ERR_"],
      match:
        /^(?:\w*Error) \[(?<code>ERR_REQUIRE_ESM|ERR_REQUIRE_ASYNC_MODULE|ERR_UNKNOWN_FILE_EXTENSION|ERR_PACKAGE_PATH_NOT_EXPORTED|ERR_UNSUPPORTED_DIR_IMPORT|ERR_IMPORT_ATTRIBUTE_MISSING|ERR_UNSUPPORTED_ESM_URL_SCHEME)\]: (?<message>.+)$/,
      precede: 4,
      precedeMatch: CRASH_HEADER,
      suggestion:
        "ESM/CommonJS mismatch: check package.json `type`, file extensions and the package's `exports`.",
    },
    {
      id: "vite.unresolved-import",
      tool: "vite",
      category: "import_error",
      severity: "high",
      strategy: "imports",
      keywords: ["failed to resolve import", "Failed to resolve import"],
      match:
        /(?:^|\s)(?<message>(?:Rollup )?[Ff]ailed to resolve import "(?<name>[^"]+)" from "(?<file>[^"]+)".*)$/,
      suggestion: "Fix the import of '$<name>' in $<file> (wrong path, or a package that is not installed).",
    },
    {
      id: "rolldown.unresolved-import",
      tool: "vite",
      category: "import_error",
      severity: "high",
      strategy: "imports",
      keywords: ["[UNRESOLVED_IMPORT]"],
      match: /^\[UNRESOLVED_IMPORT\] (?<message>Could not resolve '(?<name>[^']+)' in (?<file>\S+?)\.?)$/,
      // Rolldown's code frame opens with "╭─[ src/main.js:1:23 ]".
      follow: /^\s*╭─\[/,
      maxFollow: 1,
      followLocation: /╭─\[ (?<file>[^\s:]+):(?<line>\d+):(?<column>\d+) \]/,
      suggestion:
        "Fix the import of '$<name>' in $<file> (wrong path or case, or a package that is not installed).",
    },
    {
      id: "esbuild.unresolved",
      tool: "esbuild",
      category: "import_error",
      severity: "high",
      strategy: "imports",
      keywords: ["[ERROR] Could not resolve"],
      match: /^\s*[✘×X] \[ERROR\] (?<message>Could not resolve "(?<name>[^"]+)")/,
      follow: /^\s*$|^\s+\S+:\d+:\d+:$/,
      maxFollow: 2,
      followLocation: /^\s+(?<file>[^\s:]+):(?<line>\d+):(?<column>\d+):$/,
      suggestion: "Fix the import of '$<name>' (wrong path, or a package that is not installed).",
    },
    {
      id: "webpack.package-not-found",
      tool: "webpack",
      category: "import_error",
      severity: "high",
      strategy: "dependencies",
      keywords: ["Module not found: "],
      // Next.js drops webpack's "Error: " and the "in '<dir>'" part; "@/x" and "~/x" are path aliases.
      match:
        /^Module not found: (?:Error: )?(?<message>Can't resolve '(?<name>(?![./]|@\/|~\/)[^']+)'(?: in '[^']+')?)$/,
      // The module that imports it is in the "ERROR in ./src/a.js 1:0-41" header just above.
      precede: 2,
      precedeMatch: WEBPACK_HEADER,
      suggestion: "Install the package '$<name>' (add it to package.json) or fix the import.",
    },
    {
      id: "webpack.module-not-found",
      tool: "webpack",
      category: "import_error",
      severity: "high",
      strategy: "imports",
      keywords: ["Module not found: "],
      match: /^Module not found: (?:Error: )?(?<message>Can't resolve '(?<name>[^']+)'(?: in '[^']+')?)$/,
      precede: 2,
      precedeMatch: WEBPACK_HEADER,
      // "Did you mean './components/App.js'?" when only the case differs.
      follow: /^Did you mean .+\?$/,
      maxFollow: 1,
      suggestion: "Fix the import of '$<name>' (a wrong path, or a case that only matches on macOS/Windows).",
    },
    // ---- syntax
    {
      id: "webpack.parse",
      tool: "webpack",
      category: "syntax_error",
      severity: "high",
      strategy: "llm",
      keywords: ["Module parse failed: "],
      match: /^Module parse failed: (?<message>.+?)(?: \((?<line>\d+):(?<column>\d+)\))?$/,
      precede: 2,
      precedeMatch: WEBPACK_HEADER,
      suggestion:
        "Fix the syntax error at $<file>:$<line>, or configure a loader if the file is not plain JavaScript.",
    },
    {
      id: "rolldown.parse",
      tool: "vite",
      category: "syntax_error",
      severity: "high",
      strategy: "llm",
      keywords: ["[PARSE_ERROR]"],
      match: /^\[PARSE_ERROR\] (?<message>.+)$/,
      follow: /^\s*╭─\[/,
      maxFollow: 1,
      followLocation: /╭─\[ (?<file>[^\s:]+):(?<line>\d+):(?<column>\d+) \]/,
      suggestion: "Fix the syntax error at $<file>:$<line>.",
    },
    {
      id: "esbuild.syntax",
      tool: "esbuild",
      category: "syntax_error",
      severity: "high",
      strategy: "llm",
      keywords: ["[ERROR] Expected", "[ERROR] Unexpected", "ERROR: Expected", "ERROR: Unexpected"],
      match:
        /^\s*(?:[✘×X] \[ERROR\] |(?<file>[^\s:]+):(?<line>\d+):(?<column>\d+): ERROR: )(?<message>(?:Expected|Unexpected) .+)$/,
      follow: /^\s*$|^\s+\S+:\d+:\d+:$/,
      maxFollow: 2,
      followLocation: /^\s+(?<file>[^\s:]+):(?<line>\d+):(?<column>\d+):$/,
      suggestion: "Fix the syntax error at $<file>:$<line>.",
    },
    {
      id: "node.syntax",
      tool: "node",
      category: "syntax_error",
      severity: "high",
      strategy: "llm",
      keywords: ["SyntaxError: "],
      match: new RegExp(String.raw`^(?:Uncaught )?SyntaxError: (?<message>${V8_SYNTAX}.*)$`),
      precede: 4,
      precedeMatch: CRASH_HEADER,
      suggestion: "Fix the syntax error at $<file>:$<line>.",
    },
    {
      id: "esbuild.error",
      tool: "esbuild",
      category: "build_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["[ERROR] "],
      match: /^\s*[✘×X] \[ERROR\] (?<message>.+)$/,
      follow: /^\s*$|^\s+\S+:\d+:\d+:$/,
      maxFollow: 2,
      followLocation: /^\s+(?<file>[^\s:]+):(?<line>\d+):(?<column>\d+):$/,
      suggestion: "Fix the esbuild error at $<file>:$<line>.",
    },
    {
      id: "size-limit.exceeded",
      tool: "size-limit",
      category: "build_failure",
      severity: "medium",
      strategy: "llm",
      keywords: ["size limit has exceeded", "Size limit has exceeded"],
      match: /^\s*(?<message>(?:Package|Total|\S+)? ?[Ss]ize limit has exceeded by .+)$/,
      follow: /^\s+(?:Size limit|Package size|Size|Loading time|Running time|With all dependencies).*/,
      maxFollow: 4,
      suggestion:
        "The bundle grew past its size budget: find what added weight, or raise the limit in the size-limit config deliberately.",
    },
    {
      id: "gulp.task",
      tool: "gulp",
      category: "build_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["Task never defined", "errored after", "Error in plugin"],
      match:
        /^(?:\[\d\d:\d\d:\d\d\] )?(?<message>Task never defined: .+|'[^']+' errored after .+|Error in plugin ["']?[\w@/.-]+["']?.*)$/,
      suggestion: "A gulp task failed; the lines around it name the task and the plugin's error.",
    },
    // ---- build setup
    {
      id: "vite.config",
      tool: "vite",
      category: "build_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["failed to load config from"],
      match: /^(?<message>failed to load config from (?<file>\S+))$/,
      suggestion: "Fix the Vite config: it throws while loading (the error is printed under this line).",
    },
    {
      id: "rolldown.error",
      tool: "vite",
      category: "build_failure",
      severity: "high",
      strategy: "llm",
      keywords: [
        "[UNRESOLVED_ENTRY]",
        "[MISSING_EXPORT]",
        "[PLUGIN_ERROR]",
        "[CIRCULAR_DEPENDENCY]",
        "_ERROR] ",
      ],
      match: /^\[(?<code>[A-Z][A-Z_]+)\] (?<message>.+)$/,
      unless: /^\[(?:UNRESOLVED_IMPORT|PARSE_ERROR)\]/,
      follow: /^\s*╭─\[/,
      maxFollow: 1,
      followLocation: /╭─\[ (?<file>[^\s:]+):(?<line>\d+):(?<column>\d+) \]/,
      suggestion: "Fix the build error above ($<code>): check the bundler configuration and entry points.",
    },
    // ---- runtime
    {
      id: "node.heap-oom",
      tool: "node",
      category: "runtime_error",
      severity: "high",
      strategy: "llm",
      keywords: ["JavaScript heap out of memory"],
      match: /^FATAL ERROR: (?<message>.*JavaScript heap out of memory)$/,
      suggestion:
        "The process ran out of heap: look for unbounded growth, or raise the limit with NODE_OPTIONS=--max-old-space-size=4096.",
    },
    {
      id: "node.crash",
      tool: "node",
      category: "runtime_error",
      severity: "high",
      strategy: "llm",
      keywords: ["Error: ", "Error [", "UnhandledPromiseRejection"],
      match: new RegExp(
        String.raw`^(?:Uncaught )?(?:(?<name>ReferenceError|RangeError|URIError|EvalError|AggregateError|UnhandledPromiseRejection)(?: \[(?<code>[A-Z0-9_]+)\])?: (?<message>.+)|(?<name2>TypeError)(?: \[(?<code2>[A-Z0-9_]+)\])?: (?<message2>${V8_TYPE_ERROR}.*)|(?<name3>\w*Error) \[(?<code3>ERR_[A-Z0-9_]+)\]: (?<message3>.+)|Error: (?<message4>E[A-Z]{2,}: .+))$`,
      ),
      precede: 4,
      precedeMatch: CRASH_HEADER,
      follow: STACK,
      maxFollow: 3,
      followLocation: USER_FRAME,
      message: (g, line) => line.trim().replace(/^Uncaught /, "") || (g.message ?? ""),
      suggestion: "The process crashed; the stack points at the code that threw.",
    },
    {
      id: "node.crash-error",
      tool: "node",
      category: "runtime_error",
      severity: "high",
      strategy: "llm",
      keywords: ["Error: "],
      // A plain `Error: ...` is every CLI's wording; it is node's crash only under node's header.
      match: /^(?:Uncaught )?(?:\w*Error): (?<message>.+)$/,
      // execa/child_process wrappers: the child's own output above is the failure.
      unless: /\b(?:Command failed|failed) with exit code \d+/,
      precede: 4,
      precedeMatch: CRASH_HEADER,
      requirePrecede: true,
      follow: STACK,
      maxFollow: 3,
      followLocation: USER_FRAME,
      message: (g, line) => line.trim().replace(/^Uncaught /, "") || (g.message ?? ""),
      suggestion: "The process crashed; the stack points at the code that threw.",
    },
  ],
};
