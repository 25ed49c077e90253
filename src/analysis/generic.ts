import type { Category, Strategy } from "./types.js";

/**
 * What every CI system prints around a failure, independent of the tool: the markers that say a
 * step or job ended (and with which code) and the shape of an "error-ish" line. The engine uses
 * these to find the failing step and, when no ecosystem rule matched, the error lines nearest
 * the failing exit.
 */

export interface ExitMarker {
  code: number | null;
  /** True when this line alone says the job failed (as opposed to success markers). */
  failed: boolean;
}

// Each pattern with the fixed text every line it matches starts with.
const EXIT_PATTERNS: Array<[string, RegExp, (m: RegExpExecArray) => ExitMarker]> = [
  [
    "Process completed with exit code ",
    /^Process completed with exit code (\d+)/,
    (m) => ({ code: +m[1], failed: +m[1] !== 0 }),
  ],
  [
    'The command "',
    /^The command "[\s\S]*" (?:failed and )?exited with (\d+)\.?$/,
    (m) => ({ code: +m[1], failed: +m[1] !== 0 }),
  ],
  [
    'The command "',
    /^The command "[\s\S]*" failed and exited with (\d+) during/,
    (m) => ({ code: +m[1], failed: true }),
  ],
  // A script that ends in a newline splits Travis's line: `The command "a && b` / `" exited with 1.`
  ['" ', /^" (?:failed and )?exited with (\d+)\.?$/, (m) => ({ code: +m[1], failed: +m[1] !== 0 })],
  [
    "ERROR: Job failed",
    /^ERROR: Job failed(?:: exit code (\d+))?/,
    (m) => ({ code: m[1] ? +m[1] : null, failed: true }),
  ],
  [
    "ERROR: script returned exit code ",
    /^ERROR: script returned exit code (\d+)/,
    (m) => ({ code: +m[1], failed: true }),
  ],
  ["Finished: ", /^Finished: (FAILURE|UNSTABLE|ABORTED)/, () => ({ code: null, failed: true })],
  [
    "Done. Your build exited with ",
    /^Done\. Your build exited with (\d+)\./,
    (m) => ({ code: +m[1], failed: +m[1] !== 0 }),
  ],
  ["Finished: SUCCESS", /^Finished: SUCCESS/, () => ({ code: 0, failed: false })],
  ["Job succeeded", /^Job succeeded/, () => ({ code: 0, failed: false })],
];

// The patterns by their prefix's first character, in the order above: most lines that get here
// ("Found 0 errors.", "Downloading ...") cost a lookup and a startsWith instead of ten regexes.
const EXIT_BY_FIRST = new Map<number, typeof EXIT_PATTERNS>();
for (const p of EXIT_PATTERNS) {
  const c = p[0].charCodeAt(0);
  EXIT_BY_FIRST.set(c, [...(EXIT_BY_FIRST.get(c) ?? []), p]);
}

export function exitMarker(text: string): ExitMarker | null {
  const list = EXIT_BY_FIRST.get(text.charCodeAt(0));
  if (!list) return null;
  for (const [prefix, re, f] of list) {
    if (!text.startsWith(prefix)) continue;
    const m = re.exec(text);
    if (m) return f(m);
  }
  return null;
}

const ERRORISH =
  /(?:\b(?:error|errors|ERROR|ERRORS|Error|FAIL|FAILED|FAILURE|Failed|failed|failure|Failure|FATAL|Fatal|fatal|panic|panicked|Exception|Traceback|Segmentation fault|Killed|Aborted|abort(?:ed|ing))\b|\w(?:Error|Exception)\b|^\s*\*\* \(\w+|^\s*\d+\) [\w"'<([]|\bis not installed\b|\bcommand not found\b|\bnot (?:be )?(?:found|defined|declared)\b|\bundefined\b|\bunresolved\b|\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to) [a-z]|\bnot found\b|\bNo such file\b|\bPermission denied\b|\bundefined reference\b|\bis not defined\b|[✖✗✘×❌]|\bdid not find expected\b|\bmapping values are not allowed\b|\bwhile (?:scanning|parsing) (?:a|an|the|for)\b)/;
const NOT_ERRORISH =
  /\b(?:0|no|zero) (?:errors?|failures?|failed|problems?)\b|\b(?:errors?|failures?|failed)[:=] ?0\b|\bwithout errors?\b|^(?!\s*[✖✗✘❌])(?!.*\berror).*\bwarn(?:ing)?s?\b|-W(?:no-)?error|error_reporting|\bonerror\b|\bignore[_-]?errors?\b|continue-on-error|\bif: failure\(\)|\bErrorProne\b|\[DEBUG\]|^\s*DEBUG\b|^\s*at [\w$.<>]+ ?\(|^\s*\d+ (?:passing|passed|pending)|^\s*(?:\[\s*\d+ of \d+\]\s+)?Compiling [\w.:@/-]+(?: v?\d[\w.+-]*)?(?: \(.*\))?\s*$/i;

/** An error-ish line: mentions failure in a way people grep for, minus the usual red herrings. */
export function isErrorish(text: string): boolean {
  if (text.length < 4) return false;
  if (!ERRORISH.test(text) || NOT_ERRORISH.test(text)) return false;
  // "Compiling Error.swift", "handled-error.js": a file named after errors is not one.
  return !FILE_NAMED_ERROR.test(text) || ERRORISH.test(text.replace(FILE_NAMED_ERROR_G, ""));
}

const FILE_NAMED_ERROR = /(?:[Ee]rror|ERROR|[Ff]ail|[Ee]xception)[\w-]*\.[a-z]{1,5}\b/;
const FILE_NAMED_ERROR_G = /[\w-]*(?:[Ee]rror|ERROR|[Ff]ail|[Ee]xception)[\w-]*\.[a-z]{1,5}\b/g;

/**
 * Whether text.trim() is not empty, without building the trimmed string when either end is a
 * printable ASCII character (no whitespace is): the engine asks it of every line it reads.
 */
export function hasText(text: string): boolean {
  const n = text.length;
  if (!n) return false;
  const a = text.charCodeAt(0);
  if (a > 32 && a < 127) return true;
  const z = text.charCodeAt(n - 1);
  if (z > 32 && z < 127) return true;
  return text.trim() !== "";
}

/** Leading whitespace width (a tab counts 4): details of an error are indented under it. */
export function indentOf(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) w++;
    else if (c === 9) w += 4;
    else break;
  }
  return w;
}

// How strongly a line states a failure. 3: it opens with the failure ("error: ...", "FAILED",
// "SomethingError: ...", "** (RuntimeError)", "1) test ...", "--- FAIL") or is a compiler
// diagnostic ("file:1:2: error ..."); 2: it says so mid-line ("... <<< FAILURE!", "... FAILED");
// 1: it only mentions a failure.
const HEAD =
  /^[\s❌✖✗✘×•*>!|-]*(?:\[(?:ERROR|FATAL|FAIL(?:ED|URE)?|E)\]|E: (?=\S)|(?:error|ERROR|Error|fatal|FATAL|Fatal|FAIL|FAILED|FAILURE|Failure|failed|Failed|panic|Traceback|Exception)\b|\*\* \(|\d+\)(?: [\w"'<([]|$)|--- FAIL|E {2,}|[\w.$]+(?:Error|Exception|Failure)\b(?!\.java)|thread '[^']*' panicked|(?:Failures?|Errors?|Failed tests|Tests in error):\s*$)/;
const DIAGNOSTIC = /:\d+(?::\d+)?:? (?:fatal )?error\b|\berror(?:\[\w+\])?: |\((?:\d+),(?:\d+)\): error /;
const MIDLINE =
  /<<< (?:FAILURE|ERROR)!|\bFAILED\b|\b[A-Z]\w*(?:Error|Exception): |\b(?:Assertion|assertion) failed|\bpanicked at\b/;
// Passing tests and progress lines mention errors in their names; they are not errors.
const PASSING =
  /(?:\s(?:ok|OK|PASS(?:ED)?|passed|✓|✔)\s*(?:\(\d[^)]*\))?$|\.{3,} ok\s+\d+ ms\b|^\s*Starting (?:test )?discovery in \d+ files?\.$|^\s+Finished:\s+[\w.-]+$|^\s+(?:Compiling|Checking|Downloaded|Fresh) [\w-]+ v\d[\w.+-]*(?: \(.*\))?$|^\s+[\w.-]+ -> (?:\/|[A-Za-z]:\\)\S+$|^\s*(?:✓|✔|√|PASS\b|ok\s+\d|--- (?:PASS|SKIP): )|^ok\s+\S+\s+(?:[\d.]+m?s|\(cached\))|^\?\s+\S+\s+\[no test files\])/;
/** A line that reports a passing test or check ("test x ... ok", "--- PASS: T"). */
export function isPassing(text: string): boolean {
  return PASSING.test(text);
}

// Application log lines at a quiet level ("INFO: ... 404 Client Error") report, not fail.
const QUIET_LEVEL = /^.{0,60}?\b(?:INFO|DEBUG|TRACE)\b/;

/** 0 when the line is not error-ish, else how strongly it states a failure (1 to 3). */
export function errorStrength(text: string, marker: string | null): number {
  if (marker === "error") return 3;
  // (Every DIAGNOSTIC alternative holds "error": the substring test rules most lines out cheaply.)
  const diagnostic = text.includes("error") && DIAGNOSTIC.test(text);
  // A compiler diagnostic ("x.hs:40:1: error: [-Werror=unused-imports]") is an error even when
  // it names the flag that made it one.
  if (diagnostic && !QUIET_LEVEL.test(text)) return 3;
  // A diff in a failed step is what a format or generated-files check found; it ranks below
  // any line that says why, and is taken only when nothing else does.
  if (text.startsWith("diff --git a/")) return 1;
  if (!isErrorish(text) || PASSING.test(text) || QUIET_LEVEL.test(text)) return 0;
  if (diagnostic || HEAD.test(text)) return 3;
  return MIDLINE.test(text) ? 2 : 1;
}

// The lines that carry an error's details: stack frames, source pointers, expected/actual
// values, diffs, code frames, "Caused by", wrapped continuation of the message.
const CONTINUATION =
  /^\s+at\s|^\s*at [\w$.<]|^\s*(?:Caused by|Suppressed|Error|Exception)\b|^\s*File ".*", line \d+|^\s*\.\.\. \d+ (?:more|common frames)|^\s+(?:from|in|on line|by|during|while)\s|^\s*[~^]+\s*$|^\s*~*\^~*|^\s*#\d+\s|^\s*\d+:\s+0x[0-9a-f]+|^\s*(?:\(\S+\)\s+)?[\w./\\@-]+\.\w+:\d+|^goroutine \d+ \[|^\s*(?:[Ee]xpected|[Aa]ctual|[Bb]ut was|[Gg]ot|[Ww]ant|[Rr]eceived)\b|^\s*[-+]|^@@ |^\s*\|\s|^\s*>?\s*\d+\s*\||^\s*[A-Z][\w -]{0,24}:\s+\S/;

const WARNING = /\bwarn(?:ing)?s?\b/i;

/**
 * True when the line continues the error block above it (anchored at `indent`). After a heading
 * ("Failure:", "Error:") every line continues the block until a blank line.
 */
export function continuesBlock(text: string, indent: number, heading = false): boolean {
  if (PASSING.test(text)) return false;
  // A paragraph runs on until a blank line, but another tool's warning or log line is not in it.
  if (heading && !QUIET_LEVEL.test(text) && !WARNING.test(text)) return true;
  return indentOf(text) > indent || CONTINUATION.test(text);
}

// The log-level prefix a tool puts on every line of one report ("[ERROR] ", "npm ERR! ").
const REPORT_PREFIX = /^\s*(\[[A-Za-z]+\]|npm (?:ERR!|error)|\w+:)/;

/**
 * True when a wrapper line right under a block belongs to that block's report: Maven's
 * "[ERROR] -> [Help 1]" under its "[ERROR]" compile errors does; npm's "npm ERR! Test failed"
 * under a linter's message does not.
 */
export function sameReport(wrapperLine: string, blockFirstLine: string): boolean {
  const a = REPORT_PREFIX.exec(wrapperLine);
  return !!a && a[1] === REPORT_PREFIX.exec(blockFirstLine)?.[1];
}

const HEADING_END = /(?::|!|\.\.\. (?:ERROR|FAILED|FAIL))\s*$/;

/** A line that announces the details below it: "Failure:", "Errors:", "Caused by:". */
export function isHeading(text: string): boolean {
  if (text.startsWith("diff --git a/")) return true;
  return HEADING_END.test(text) && text.trim().length <= 120;
}

// Lines that only repeat that something already reported failed: the wrapper's summary, not
// the reason. Kept out of the excerpt when the reason is also in the step.
const WRAPPER =
  /^\s*(?:Process exited with code: ExitFailure|Command failed with status|(?:\[[\d:]+\] )?(?:'[\w:-]+' errored after|Error: Process exited with code)|\d+ (?:failing|failed|failures?|errors?)\b(?![:=])|.*make(?:\[\d+\])?: \*\*\* .*Error \d+|npm (?:ERR!|error)\s*$|npm (?:ERR!|error) (?:code|errno|syscall|Exit status|Failed at|This is probably|A complete log|\s*$|Test failed|[\w@./-]+ [\w:.-]+: `)|(?:error )?Command failed with exit code|ERROR: "[\w:.-]+" exited with \d+\.$|ERROR: Job failed|BUILD FAILED|FAILURE: Build failed with an exception|\[ERROR\] (?:-> \[Help|To see the full|Re-run Maven|For more information|\s*$|\[Help \d)|Error: Process completed with exit code|\*{2,3} ?(?:[A-Z]+ )*(?:FAILED|Failed|FAILURE)(?: [A-Z]+)* ?\*{2,3}\s*$|error: Recipe `|ELIFECYCLE|Tests? failed\. See above|(?:ERROR|Error):? (?:Command|Script) .*(?:failed|returned non-zero|exited with)|.*returned (?:a )?non-zero exit status)/;

export function isWrapper(text: string): boolean {
  return WRAPPER.test(text);
}

// Lines that repeat a failure another line states, count it or tell how to learn more: a test
// runner's tally ("2 failing", "Tests run: 5, Failures: 1"), a hint ("Use --trace for backtrace."),
// a build tool's give-up line ("recipe for target 'x' failed", "Execution halted") and separator
// rules ("- - - - -", "!!!!!!!!"), and the frames of an installed test framework's own code
// (Pester's `at Invoke-Assertion, .../Modules/Pester/4.2.0/...`). They say
// nothing the excerpt's other lines do not, so the excerpt leaves them to `context` (see
// trimExcerpt).
const TALLY =
  /^\s*(?:\d+ (?:failing|passing|pending)\s*$|\d+ tests? completed, \d+ failed|\d+ (?:tests|runs), \d+ assertions, \d+ failures, \d+ errors|Tests run: \d+, Failures: \d+, Errors: \d+(?!.*<<< (?:FAILURE|ERROR)!)|Tests:\s+\d+ failed\b|Tests Passed: \d+, Failed: \d+|FAILED:\s+\d+ Tests?\s*$|(?:\d+> )?Testing [\w.-]+: (?:TEST COMPLETE, \d+ ok, \d+ failed|\*\*\* FAILED test case \d+ of \d+ \*\*\*)|Test Suites:\s+\d+ failed\b|\s*Executed \d+ tests?, with \d+ failures?|\d+ files? inspected, \d+ offenses? detected|✖ \d+ problems? \(\d+ errors?|failed \d+ and passed \d+ tests?|(?:\[error\] )?Failed: Total \d+, Failed \d+|=+ (?:\d+ (?:failed|passed|errors?|skipped|warnings?|xfailed|xpassed|deselected)(?:, )?)+ in [\d.]+ ?s(?:econds)? =+|There (?:was|were) \d+ (?:failures?|errors?):?\s*$|FAIL\s*$|Found \d+ errors?(?: in \d+ files?)?\.?\s*$|Done linting! Found \d+ violations?\b|Tests? (?:ok|passed|failed):? \d+\/\d+\s*$|\d+ (?:Warning|Error)\(s\)\s*$|Build FAILED\.\s*$|\d+ FAILED:?\s*$|\[ERROR\] Found \d+ errors?\s*$|Status: \d+ ERRORs?(?:, \d+ (?:WARNING|NOTE)s?)*\s*$|(?:FAILURE!*\s+)?\d+ (?:files?|tests?|documents?) (?:were|was) unable to be \w+!?$|Failed \d+ tests?!*$|error: aborting due to (?:\d+ )?previous errors?)/;
const HINT =
  /^\s*(?:(?:---|\.\.\.)\s*$|\(See full trace by running task with --trace\)|Use --trace for backtrace\.|info Visit https:\/\/yarnpkg\.com\/|For more information about this error, try `rustc --explain|note: [Rr]un with `RUST_BACKTRACE=(?:1|full)` |Run with --(?:stacktrace|info|debug|scan)\b|(?:> )?There were failing tests\. See the report at:|rake aborted!$|Failing due to -Werror\.|(?:[\w.-]+: )?(?:all )?warnings being treated as errors|-- Configuring incomplete, errors occurred!|error: Could not compile `[\w.-]+`\.$|To learn more, run the command again with --verbose\.|See '[\w. -]+ --help'\.$|(?:bin\/)?rails test \S+:\d+\s*$|Please (?:check|see|refer to|read|report|include|consider|contact)\b|Execution halted\s*$|(?:\[\w+\] )?Total time: \d+ s, completed |(?:\[error\] )?(?:\(.*\) )?sbt\.TestsFailedException: Tests unsuccessful|.*\bfinished with a non-zero exit code\b|(?:[\w./-]*Makefile|[\w.-]+\.mk):\d+: recipe for target '[^']*' failed|at [^,]+, \S*[\\/]Modules[\\/]Pester[\\/]\d[^\\/]*[\\/])/;

// A separator rule ("- - - - -", "!!!!!!!!", BuildKit's "------").
const SEPARATOR = /^\s*(?:[-=*#!_+|.]\s*){5,}$/;

/** A wrapper that only repeats the failure (not a KEEP_WRAPPER) or a tally. */
function repeatsFailure(text: string): boolean {
  return (WRAPPER.test(text) && !KEEP_WRAPPER.test(text)) || TALLY.test(text);
}

/**
 * A trailer that, between two lines of one report, is part of its shape: a separator rule
 * (BuildKit's "------" frame), a wrapper or a tally ("FAILURE: Build failed with an exception."
 * under a Gradle test's name, go test's "FAIL"). Hints and framework frames are not.
 */
export function isShapeTrailer(text: string): boolean {
  return SEPARATOR.test(text) || repeatsFailure(text);
}

/** True for a line the excerpt can do without when other lines state the failure (see TALLY). */
export function isTrailer(text: string): boolean {
  return repeatsFailure(text) || SEPARATOR.test(text) || HINT.test(text);
}

// A stack frame in installed code: a Ruby frame in a gem (`.../gems/rake-12.0.0/exe/rake:27:in
// `<top (required)>'`, rubygems' executable hooks), a JavaScript frame in node_modules or in
// node's own modules (`at Module._compile (module.js:409:26)`, `(node:internal/...)`).
const LIBRARY_FRAME =
  /^\s*(?:from\s+)?\S*[\\/]gems[\\/]\S+:\d+:in [`']|^\s*at .*(?:[\\/]node_modules[\\/]|\((?:node:)?(?:internal[\\/][\w/]*|(?:events|module|domain|timers|net|fs|util|vm|assert|child_process|_stream_\w+|bootstrap_node|next_tick|stream|tty|readline|zlib|dns|cluster|loader|run_main|task_queues|async_hooks|_tls_wrap|http|https)\.js:\d+:\d+\)$))/;

/** True for a stack frame of installed code (a gem, node_modules, node's core modules). */
export function isLibraryFrame(text: string): boolean {
  return LIBRARY_FRAME.test(text);
}

// Wrapper lines that still tell something: Maven's `[ERROR]` report keeps its closing lines
// ("-> [Help 1]", "Re-run Maven using the -X switch"), as people who mark a Maven failure mark the
// report whole (CiDiff's labels do); make's names the target that failed; npm's `code E404` names
// the error.
const KEEP_WRAPPER = /^\s*\[ERROR\]|make(?:\[\d+\])?: \*\*\*|npm (?:ERR!|error) code (?!ELIFECYCLE)/;

// A step header's key line ("shell:", "env:", "with:") and npm's pointer to its own log file.
const STEP_KEY = /^(?:shell|env|with):\s*$/;
// make's account of where it runs each sub-make.
const MAKE_DIRECTORY = /^g?make(?:\[\d+\])?: (?:Entering|Leaving) directory /;
const NPM_LOG_NOTE =
  /^npm (?:ERR!|error) (?:A complete log of this run|\s*$|Log files were not written)|^npm (?:ERR!|error) +\/\S+\/_logs\//;

/** Lines that are the CI's own bookkeeping; never worth an excerpt line on their own. */
export function isNoise(text: string): boolean {
  // (/^\s*$/ is !hasText: \s and trim() know the same blanks. The other patterns open with s, e,
  // w, m, g or n: a line starting otherwise skips their regexes; most lines the engine reads do.)
  if (!hasText(text)) return true;
  const c = text.charCodeAt(0);
  if (c === 115 || c === 101 || c === 119) return STEP_KEY.test(text);
  if (c === 109 || c === 103) return MAKE_DIRECTORY.test(text);
  return c === 110 && NPM_LOG_NOTE.test(text);
}

const GENERIC_CLASSES: Array<[RegExp, Category]> = [
  [
    /No space left on device|ENOSPC|out of memory|OOM|Killed\b|exit code 137|lost communication|runner has received a shutdown|Could not resolve host|Temporary failure in name resolution|ETIMEDOUT|ECONNRESET|ECONNREFUSED|503 Service|502 Bad Gateway|rate limit|Unable to access|unable to access|Could not read from remote repository|Connection (?:reset|refused|timed out)|Network is unreachable/i,
    "infrastructure_error",
  ],
  [/timed? ?out|timeout|exceeded the maximum execution time|deadline exceeded/i, "timeout"],
  [/\bvulnerabilit|CVE-\d{4}-\d+|GHSA-/i, "security_vulnerability"],
  [/SyntaxError|syntax error|Unexpected token|parse error/i, "syntax_error"],
  [
    /ModuleNotFoundError|ImportError|Cannot find module|cannot find package|No module named|unresolved import/i,
    "import_error",
  ],
  [
    /Could not resolve dependenc|could not find artifact|ERESOLVE|E404|No matching distribution|PackagesNotFoundError|Failed to install|npm ERR! code|dependency|lockfile|lock file/i,
    "dependency_error",
  ],
  [
    /\b(?:tests?|specs?|examples?)\b.*\b(?:fail|failed|failing|failures?)\b|\b(?:fail|failed|failing|failures?)\b.*\btests?\b|AssertionError|assert/i,
    "test_failure",
  ],
  [/\blint|checkstyle|rubocop|flake8|pylint|eslint|style/i, "lint_error"],
  [/\bformat|prettier|gofmt|rustfmt|black\b/i, "format_error"],
  [
    /TypeError|ReferenceError|NullPointerException|Traceback|panic:|Segmentation fault|Uncaught|unhandled/i,
    "runtime_error",
  ],
];

// What a build tool says when it gives up names the phase that failed; that phase is the
// failure's kind whatever the error lines above it look like. Maven names the plugin, Gradle
// the task.
const GRADLE_TASK = /(?:Execution failed for task '|> Task )[\w:-]*:(\w+)'?(?: FAILED)?/;
const VERDICTS: Array<[RegExp, Category]> = [
  [/Failed to execute goal [\w.:-]*(?:spotless|fmt-maven|formatter|prettier)[\w.:-]*/i, "format_error"],
  [
    /Failed to execute goal [\w.:-]*(?:checkstyle|pmd|spotbugs|findbugs|license|apache-rat|forbiddenapis|modernizer|dependency-check|sortpom|scalastyle)[\w.:-]*|You have \d+ Checkstyle violations?|There (?:is|are) \d+ errors? reported by Checkstyle/i,
    "lint_error",
  ],
  [
    /Failed to execute goal [\w.:-]*(?:surefire|failsafe|scalatest|karma|jest|frontend-maven-plugin:[\d.]+:(?:npm|yarn) \(test)[\w.:-]*|There (?:are|were) test failures/i,
    "test_failure",
  ],
  [
    /Failed to execute goal on project [\w.-]+: Could not resolve dependencies|Could not resolve dependencies for project|Failed to collect dependencies|Non-resolvable (?:parent POM|import POM)|Plugin [\w.:-]+ or one of its dependencies could not be resolved|Could not find artifact [\w.:-]+ in |Could not resolve all (?:dependencies|files|artifacts) for configuration/i,
    "dependency_error",
  ],
  [
    /Failed to execute goal [\w.:-]*(?:compiler|javadoc|japicmp|revapi|clirr|animal-sniffer|scala-maven|kotlin-maven|gmavenplus|maven-plugin-plugin|bundle|assembly|shade|enforcer)[\w.:-]*|COMPILATION ERROR|Compilation failure/i,
    "build_failure",
  ],
];

function gradleTaskCategory(task: string): Category | null {
  if (/^(?:checkstyle|pmd|spotbugs|findbugs|lint|ktlint|detekt|errorprone|license)/i.test(task))
    return "lint_error";
  if (/^spotless|format/i.test(task)) return "format_error";
  if (/test$|^test/i.test(task)) return "test_failure";
  if (/^(?:compile|javadoc|kapt|assemble|jar|japicmp|revapi)/i.test(task)) return "build_failure";
  return null;
}

/** The failure's kind when the line is a build tool's final verdict naming the failed phase. */
export function verdictCategory(text: string): Category | null {
  if (
    text.includes("Failed to execute goal") ||
    text.includes("COMPILATION ERROR") ||
    text.includes("Could not")
  ) {
    for (const [re, c] of VERDICTS) if (re.test(text)) return c;
  } else if (text.includes("Execution failed for task") || text.includes("> Task ")) {
    const m = GRADLE_TASK.exec(text);
    if (m) return gradleTaskCategory(m[1]);
  } else if (/Checkstyle|test failures|Compilation failure|Non-resolvable/.test(text)) {
    for (const [re, c] of VERDICTS) if (re.test(text)) return c;
  }
  return null;
}

/** Category for a generic failure: its own words first, then the step's name. */
export function classifyGeneric(lines: string[], step: string | undefined): Category {
  const text = lines.join("\n");
  for (const [re, c] of GENERIC_CLASSES) if (re.test(text)) return c;
  if (step) {
    // Travis and GitLab run the clone as a command of its own.
    if (/^git (?:clone|fetch|submodule|checkout)\b/.test(step)) return "infrastructure_error";
    if (/\btest|spec|pytest|jest|vitest|mocha|rspec|junit|ctest/i.test(step)) return "test_failure";
    if (/lint|eslint|flake8|ruff|clippy|rubocop|checkstyle|vet\b/i.test(step)) return "lint_error";
    if (/format|prettier|fmt|black/i.test(step)) return "format_error";
    if (/install|deps|dependenc|npm ci|pip|bundle|restore/i.test(step)) return "dependency_error";
    if (/audit|scan|trivy|codeql|gitleaks|security/i.test(step)) return "security_vulnerability";
  }
  return "build_failure";
}

export const GENERIC_STRATEGY: Record<Category, Strategy> = {
  syntax_error: "llm",
  import_error: "llm",
  type_error: "llm",
  lint_error: "llm",
  format_error: "format",
  test_failure: "llm",
  build_failure: "llm",
  dependency_error: "dependencies",
  security_vulnerability: "dependencies",
  runtime_error: "llm",
  timeout: "none",
  infrastructure_error: "none",
};
