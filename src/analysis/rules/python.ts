import type { Rule, RuleSet } from "../rule-types.js";
import { dependencyRules, lintRules, WS } from "./python-tools.js";

/**
 * Python: interpreter tracebacks (syntax, import, runtime), pytest, unittest/nose/Django runners;
 * the tools around the code (linters, formatters, type checkers, installers) are in python-tools.ts.
 *
 * Tracebacks are one group per step ("python:traceback"): the `Traceback` header is a summary
 * that follows the frames (locations come from project frames), and the exception line that
 * ends it is the primary hit, so the exception's type decides the category. pytest's failure
 * sections and its collection errors are separate groups for the same reason: a collection error
 * is an import or syntax problem, not a failing assertion.
 */

// A frame in the project, not in the interpreter, site-packages or a tool's install.
const PROJECT_FILE = String.raw`(?!<)(?![^"]*(?:site-packages|dist-packages|[\\/]lib[\\/]python\d|[\\/]Lib[\\/]|\.pyenv|hostedtoolcache|[\\/]importlib[\\/]))`;
const FRAME_LOCATION = new RegExp(String.raw`^\s*File "${PROJECT_FILE}(?<file>[^"]+)", line (?<line>\d+)`);
// A traceback's body: frames, their code and caret lines. People label the whole traceback as
// the failure, so all of it is followed; only the project's frames become locations.
const TRACE_FOLLOW = /^\s+\S|^\s*[\^~]+\s*$/;

// Exception class names as Python prints them: `KeyError`, `shop.errors.ConfigError`, `requests.exceptions.HTTPError`.
const EXC = String.raw`(?:[A-Za-z_]\w*\.)*[A-Z]\w*(?:Error|Exception|Exit|Interrupt|Expired|Failure|Fault|Timeout|Denied|Invalid|NotFound|Exists|Conflict|Refused)`;
// Python prints a class without its module only for builtins (and __main__): an undotted
// `RuntimeException:` is PHP, `ParameterBindingException:` PowerShell, so undotted means builtin.
const BUILTIN = String.raw`(?:Arithmetic|Assertion|Attribute|BlockingIO|BrokenPipe|Buffer|ChildProcess|ConnectionAborted|ConnectionRefused|ConnectionReset|Connection|EOF|Environment|FileExists|FileNotFound|FloatingPoint|IO|Import|Indentation|Index|Interrupted|IsADirectory|Key|Lookup|Memory|ModuleNotFound|Name|NotADirectory|NotImplemented|OS|Overflow|Permission|ProcessLookup|Recursion|Reference|Runtime|Syntax|System|Tab|Timeout|Type|UnboundLocal|UnicodeDecode|UnicodeEncode|UnicodeTranslate|Unicode|Value|ZeroDivision|Standard)Error|(?:Base)?Exception(?:Group)?|KeyboardInterrupt|StopIteration|StopAsyncIteration|SystemExit|GeneratorExit`;
const DOTTED_EXC = String.raw`(?:[A-Za-z_]\w*\.)+[A-Z]\w*(?:Error|Exception|Exit|Interrupt|Expired|Failure|Fault|Timeout|Denied|Invalid|NotFound|Exists|Conflict|Refused)`;
const BARE_EXC = String.raw`AssertionError|KeyboardInterrupt|StopIteration|StopAsyncIteration|MemoryError|SystemExit|NotImplementedError|RecursionError|GeneratorExit`;

// What infrastructure looks like when Python is the one that hits it.
const INFRA_TEXT = String.raw`No space left on device|\[Errno 28\]|Name or service not known|Temporary failure in name resolution|nodename nor servname|getaddrinfo failed|\[Errno -[23]\]|Network is unreachable|Connection reset by peer|Max retries exceeded with url|RemoteDisconnected|Cannot allocate memory|could not connect to server|Can't connect to MySQL server|Connection refused`;
const TIMEOUT_EXC = String.raw`subprocess\.TimeoutExpired|(?:socket\.|asyncio\.(?:exceptions\.)?|concurrent\.futures\.(?:_base\.)?)?TimeoutError|socket\.timeout|(?:requests\.exceptions\.|httpx\.)(?:Read|Connect|Pool)?Timeout|urllib3\.exceptions\.(?:ReadTimeout|ConnectTimeout)Error|(?:pytest_timeout\.)?Failed: Timeout`;

// Lines shaped like Python exceptions that other languages print (their rule sets may run later):
// JavaScript, Java/Kotlin/Scala, .NET and Ruby.
const JS_ISM =
  /^ReferenceError|^(?:TypeError|SyntaxError|RangeError): .*(?:is not a function|Cannot (?:read|set) propert|Unexpected (?:token|identifier|end of input)|is not a constructor|undefined)/;
// A two-letter first segment is a reversed domain (eu.stamp_project..., fr.inria...): Java.
const FOREIGN =
  /^(?!py\.|gi\.)[a-z]{2}\.|^(?:java|javax|jdk|sun|com|org|net|edu|gov|kotlin|kotlinx|scala|sbt|akka|play|android|androidx|groovy|junit|hudson|jenkins|okhttp3|retrofit2?|reactor|lombok|clojure|System|Microsoft|NUnit|Xunit)\.|undefined method|uninitialized constant|for nil:NilClass|^ReferenceError|^(?:TypeError|SyntaxError|RangeError): .*(?:is not a function|Cannot (?:read|set) propert|Unexpected (?:token|identifier|end of input)|is not a constructor|undefined)/;

// Import names whose distribution on PyPI is named differently: installing the import name
// would fail or, worse, fetch an unrelated package. The message names the right one.
const DISTRIBUTION: Record<string, string> = {
  yaml: "PyYAML",
  PIL: "Pillow",
  cv2: "opencv-python",
  sklearn: "scikit-learn",
  skimage: "scikit-image",
  bs4: "beautifulsoup4",
  dateutil: "python-dateutil",
  dotenv: "python-dotenv",
  jwt: "PyJWT",
  attr: "attrs",
  Crypto: "pycryptodome",
  OpenSSL: "pyOpenSSL",
  serial: "pyserial",
  git: "GitPython",
  docx: "python-docx",
  fitz: "PyMuPDF",
  zmq: "pyzmq",
  MySQLdb: "mysqlclient",
  magic: "python-magic",
};

function missingModule(module: string): string {
  const dist = Object.hasOwn(DISTRIBUTION, module) ? DISTRIBUTION[module] : undefined;
  return `No module named '${module}'${dist ? ` (provided by ${dist})` : ""}`;
}

const tb = (r: Omit<Rule, "group" | "tool"> & { tool?: string | null }): Rule => ({
  tool: "python",
  group: "python:traceback",
  ...r,
});

const tracebackRules: Rule[] = [
  tb({
    id: "python.traceback",
    category: "runtime_error",
    severity: "high",
    strategy: "llm",
    role: "summary",
    keywords: ["Traceback (most recent call last)"],
    match: /^\s*Traceback \(most recent call last\):\s*$/,
    follow: TRACE_FOLLOW,
    maxFollow: 60,
    followLocation: FRAME_LOCATION,
    suggestion: "Read the traceback: the last project frame is where it failed.",
  }),
  // The line between two tracebacks of one chain: the chain is one report.
  tb({
    id: "python.traceback-chain",
    category: "runtime_error",
    severity: "high",
    strategy: "llm",
    role: "summary",
    keywords: ["another exception occurred", "direct cause of the following exception"],
    match:
      /^\s*(?:During handling of the above exception, another exception occurred|The above exception was the direct cause of the following exception):\s*$/,
    suggestion: "Read the traceback: the last project frame is where it failed.",
  }),
  // Python 3.11 exception groups (asyncio.TaskGroup, trio, anyio): the whole report is drawn
  // with `|` and `+` borders, sub-tracebacks inside.
  tb({
    id: "python.exception-group",
    category: "runtime_error",
    severity: "high",
    strategy: "llm",
    keywords: ["Exception Group Traceback"],
    match: /^\s*\+ Exception Group Traceback \(most recent call last\):$/,
    follow: /^\s*[|+]/,
    maxFollow: 80,
    followLocation: new RegExp(String.raw`^[\s|]*File "${PROJECT_FILE}(?<file>[^"]+)", line (?<line>\d+)`),
    message: "An exception group was raised (see the sub-exceptions)",
    suggestion: "Fix the sub-exceptions the group lists; each has its own traceback inside the group.",
  }),
  tb({
    id: "python.frame",
    category: "runtime_error",
    severity: "high",
    strategy: "llm",
    role: "summary",
    keywords: ['File "'],
    match: new RegExp(String.raw`^\s*File "${PROJECT_FILE}(?<file>[^"]+)", line (?<line>\d+), in `),
    follow: TRACE_FOLLOW,
    maxFollow: 60,
    followLocation: FRAME_LOCATION,
    suggestion: "Read the traceback: the last project frame is where it failed.",
  }),
  tb({
    id: "python.compileall",
    category: "syntax_error",
    severity: "high",
    strategy: "llm",
    keywords: ["*** Error compiling"],
    match: new RegExp(String.raw`^\*\*\* Error compiling '${WS}(?<file>[^']+)'`),
    follow: TRACE_FOLLOW,
    maxFollow: 4,
    followLocation: FRAME_LOCATION,
    message: "$<file> does not compile",
    suggestion: "Fix the syntax error in $<file>.",
  }),
  // A SyntaxError's own frame has no ", in <func>": it points at the bad line, then code and caret.
  tb({
    id: "python.syntax-location",
    category: "syntax_error",
    severity: "high",
    strategy: "llm",
    keywords: ['File "'],
    match: new RegExp(String.raw`^\s*File "${PROJECT_FILE}${WS}(?<file>[^"]+\.py)", line (?<line>\d+)$`),
    follow: /^(?:\s+\S|\s*\^+\s*$)/,
    maxFollow: 3,
    followLocation: FRAME_LOCATION,
    message: "$<file>:$<line>: invalid syntax",
    suggestion: "Fix the syntax at $<file>:$<line>.",
  }),
  tb({
    id: "python.syntax-error",
    category: "syntax_error",
    severity: "high",
    strategy: "llm",
    keywords: ["SyntaxError", "IndentationError", "TabError"],
    match: /^(?<name>SyntaxError|IndentationError|TabError)(?:: (?<message>.+))?$/,
    unless: JS_ISM,
    message: "$<name>: $<message>",
    suggestion: "Fix the $<name> at the location the traceback points to (the line above the caret).",
  }),
  tb({
    id: "python.infrastructure",
    category: "infrastructure_error",
    severity: "high",
    strategy: "none",
    keywords: ["Error", "Exception"],
    match: new RegExp(String.raw`^(?<name>${BUILTIN}|${DOTTED_EXC}): (?<message>.*(?:${INFRA_TEXT}).*)$`),
    unless: FOREIGN,
    suggestion:
      "The runner's disk, memory or network failed, not the code: free space or memory, check the host is reachable, then re-run.",
  }),
  tb({
    id: "python.memory",
    category: "infrastructure_error",
    severity: "high",
    strategy: "none",
    keywords: ["MemoryError"],
    match: /^(?<name>MemoryError)(?:: (?<message>.*))?$/,
    suggestion: "The process ran out of memory: reduce what it loads at once or use a larger runner.",
  }),
  tb({
    id: "python.timeout",
    category: "timeout",
    severity: "high",
    strategy: "none",
    keywords: ["Timeout", "timeout", "KeyboardInterrupt"],
    match: new RegExp(String.raw`^(?<name>${TIMEOUT_EXC}|KeyboardInterrupt)(?:: (?<message>.*))?$`),
    suggestion:
      "Something did not finish in time (or the job was interrupted): find what it waited on, or raise the timeout.",
  }),
  // `No module named 'yaml'`: a package that is not installed; `'shop.basket'`: a wrong module path.
  tb({
    id: "python.missing-package",
    category: "import_error",
    severity: "high",
    strategy: "dependencies",
    keywords: ["No module named"],
    match: /^(?<name>ModuleNotFoundError|ImportError): No module named '?(?<module>[\w-]+)'?$/,
    message: (g) => missingModule(g.module ?? ""),
    suggestion:
      "Install `$<module>`: add its distribution to requirements.txt / pyproject.toml (or fix the import if '$<module>' is meant to be a local module).",
  }),
  tb({
    id: "python.import",
    category: "import_error",
    severity: "high",
    strategy: "imports",
    keywords: ["ModuleNotFoundError", "ImportError"],
    match: /^(?<name>ModuleNotFoundError|ImportError): (?<message>.+)$/,
    message: "$<name>: $<message>",
    suggestion:
      "Fix the import: check the module path and that the imported name exists (a circular import shows as 'partially initialized module').",
  }),
  // unittest / nose / Django runners: `FAIL: test_x (pkg.tests.Case.test_x)`.
  tb({
    id: "python.unittest-import",
    category: "import_error",
    severity: "high",
    strategy: "imports",
    tool: "unittest",
    keywords: ["ERROR: Failure: "],
    match: /^ERROR: Failure: (?<name>ImportError|ModuleNotFoundError) \((?<message>.+)\)$/,
    suggestion: "Fix the import the test module needs.",
  }),
  tb({
    id: "python.unittest-failure",
    category: "test_failure",
    severity: "high",
    strategy: "llm",
    tool: "unittest",
    keywords: ["FAIL: ", "ERROR: "],
    // `FAIL: test_x (pkg.Case)`, nose's `FAIL: pkg.tests.Case.test_x`, a docstring, a parametrized call.
    match:
      /^(?<kind>FAIL): (?<name>\S.*)$|^(?<kind2>ERROR): (?<name2>[\w.]*[Tt]est\w*\b.*|.+ \([\w.]+\)(?: \(.*\))?)$/,
    // `FAIL: //pkg:target` is Bazel's.
    unless: /unittest\.loader\._?Failed|\(unittest\.loader|^FAIL: \/\//,
    message: (g, line) => line.trim(),
    suggestion:
      "Fix the code under test or the failing test; the traceback below the header shows where it failed.",
  }),
  tb({
    id: "python.unittest-summary",
    category: "test_failure",
    severity: "high",
    strategy: "llm",
    tool: "unittest",
    role: "summary",
    keywords: ["FAILED ("],
    match: /^FAILED \((?:failures|errors)=\d+/,
    suggestion: "Fix the failing tests listed above.",
  }),
  // A wrapper around a failed command: the command's own error above it says more.
  tb({
    id: "python.called-process",
    category: "runtime_error",
    severity: "high",
    strategy: "llm",
    priority: 40,
    keywords: ["CalledProcessError"],
    match: /^subprocess\.CalledProcessError: (?<message>.+)$/,
    suggestion: "A command run from Python failed: read that command's own output above the traceback.",
  }),
  tb({
    id: "python.exception",
    category: "runtime_error",
    severity: "high",
    strategy: "llm",
    keywords: ["Error", "Exception", "Exit", "Interrupt", "Expired", "Failure", "Fault", "StopIteration"],
    // A dotted name needs a message: a bare `retrofit.RetrofitError` is Java's way, not Python's.
    match: new RegExp(String.raw`^(?<name>${BUILTIN}|${DOTTED_EXC}): (?<message>.*)$|^(?<bare>${BUILTIN})$`),
    unless: FOREIGN,
    message: (g, line) => line.trim(),
    suggestion: "Fix the code at the last project frame of the traceback.",
  }),
];

// pytest. `E   ` lines carry the failure; only the first-level ones (at most 7 spaces) are taken,
// not the long diffs below them.
const PYTEST_FRAME = String.raw`(?!<)(?![^:]*(?:site-packages|dist-packages|\/lib\/python\d))${WS}(?<file>[^\s:]+\.py):(?<line>\d+)`;

const pytestRules: Rule[] = [
  {
    id: "pytest.collect-header",
    tool: "pytest",
    category: "test_failure",
    severity: "high",
    strategy: "llm",
    group: "pytest:collect",
    role: "summary",
    // A summary group ranks 30 below its rule's priority; when no import/syntax line joins
    // (a NameError at import time), the collection error must still rank as a test failure (72).
    priority: 102,
    keywords: ["ERROR collecting"],
    match: /^_+ ERROR collecting (?<file>\S+) _+$/,
    // The section's traceback. An import or syntax error line ends it: that line decides the
    // category; any other error (a NameError at import time) stays a test failure.
    follow: new RegExp(
      String.raw`^(?!E {1,7}(?:ModuleNotFoundError|ImportError|SyntaxError|IndentationError|TabError)\b)(?!_{3,} |={3,}|!{3,})(?=.*\S)`,
    ),
    maxFollow: 40,
    followLocation: new RegExp(
      String.raw`^(?:E\s+File "${PROJECT_FILE}(?<file>[^"]+)", line (?<line>\d+)$|${PYTEST_FRAME}: in )`,
    ),
    message: "pytest could not collect $<file>",
    suggestion: "Fix what stops $<file> from importing (see the error below the header).",
  },
  {
    id: "pytest.collect-syntax",
    tool: "pytest",
    category: "syntax_error",
    severity: "high",
    strategy: "llm",
    group: "pytest:collect",
    keywords: ["SyntaxError", "IndentationError", "TabError"],
    match: /^E {1,7}(?<name>SyntaxError|IndentationError|TabError): (?<message>.+)$/,
    message: "$<name>: $<message>",
    suggestion: "Fix the syntax error at the file and line shown above it; pytest cannot import the module.",
  },
  {
    id: "pytest.collect-missing-package",
    tool: "pytest",
    category: "import_error",
    severity: "high",
    strategy: "dependencies",
    group: "pytest:collect",
    keywords: ["No module named"],
    match: /^E {1,7}(?<name>ModuleNotFoundError|ImportError): No module named '?(?<module>[\w-]+)'?$/,
    message: (g) => missingModule(g.module ?? ""),
    suggestion:
      "Install `$<module>` in the test environment (requirements/pyproject), or fix the import if it is a local module.",
  },
  {
    id: "pytest.collect-import",
    tool: "pytest",
    category: "import_error",
    severity: "high",
    strategy: "imports",
    group: "pytest:collect",
    keywords: ["ModuleNotFoundError", "ImportError"],
    match: /^E {1,7}(?<name>ModuleNotFoundError|ImportError): (?<message>.+)$/,
    message: "$<name>: $<message>",
    suggestion: "Fix the import: the module path or the imported name does not exist.",
  },
  {
    id: "pytest.collect-summary",
    tool: "pytest",
    category: "test_failure",
    severity: "high",
    strategy: "llm",
    group: "pytest:collect",
    role: "summary",
    keywords: ["ERROR ", "Interrupted: "],
    match:
      /^(?:ERROR (?<file>[^\s:]+\.py)(?: - (?<message>.+))?|!+ Interrupted: \d+ errors? during collection !+)$/,
    suggestion: "Fix the collection errors listed above.",
  },
  // pytest refusing to start: an option from a plugin that is not installed (--cov, -n), a test
  // path that does not exist, or pytest itself crashing (INTERNALERROR).
  {
    id: "pytest.unrecognized-option",
    tool: "pytest",
    category: "dependency_error",
    severity: "high",
    strategy: "dependencies",
    group: "pytest:usage",
    keywords: ["error: unrecognized arguments"],
    match: /^(?:pytest|py\.test|__main__\.py): error: unrecognized arguments: (?<message>.+)$/,
    message: "pytest does not know $<message> (a plugin is missing?)",
    suggestion:
      "Install the pytest plugin that provides $<message> (pytest-cov for --cov, pytest-xdist for -n, ...) in the test environment, or drop the option.",
  },
  {
    id: "pytest.path-not-found",
    tool: "pytest",
    category: "build_failure",
    severity: "high",
    strategy: "llm",
    group: "pytest:usage",
    keywords: ["ERROR: file or directory not found: ", "ERROR: not found: "],
    match: /^ERROR: (?:file or directory not found|not found): (?<file>\S+?)(?:::\S+)?$/,
    message: "pytest was given a test path that does not exist: $<file>",
    suggestion: "Fix the test path in the workflow or pytest configuration ($<file> does not exist).",
  },
  {
    id: "pytest.internal-error",
    tool: "pytest",
    category: "runtime_error",
    severity: "high",
    strategy: "llm",
    group: "pytest:internal",
    keywords: ["INTERNALERROR> "],
    match: new RegExp(String.raw`^INTERNALERROR> (?<name>${BUILTIN}|${DOTTED_EXC}): (?<message>.*)$`),
    precede: 3,
    precedeMatch: /^INTERNALERROR> /,
    suggestion: "pytest itself crashed (a plugin or conftest.py): read the INTERNALERROR traceback.",
  },
  {
    id: "pytest.interrupted",
    tool: "pytest",
    category: "timeout",
    severity: "high",
    strategy: "none",
    group: "pytest:interrupt",
    keywords: ["KeyboardInterrupt", "Timeout"],
    match:
      /^(?:!+ KeyboardInterrupt !+|\++ Timeout \++|E\s+Failed: Timeout >[\d.]+s|(?<file>[^\s:]+\.py):(?<line>\d+): KeyboardInterrupt)$/,
    message: "pytest was interrupted (killed by a time limit or cancelled)",
    suggestion:
      "A test hung until the run was stopped: find the test that waits forever (the location above), or raise the time limit.",
  },
  {
    id: "pytest.failed",
    tool: "pytest",
    category: "test_failure",
    severity: "high",
    strategy: "llm",
    group: "pytest",
    // `FAIL tests/x.py::t` is what old pytest's -rf printed.
    keywords: ["FAILED ", "ERROR ", "FAIL "],
    // Parametrized ids may hold spaces: `test_x[a b-1]`.
    match:
      /^(?:FAILED|FAIL|ERROR) (?<file>[^\s:]+\.py)::(?<name>[^\s[]+(?:\[[^\]]*\])?)(?: - (?<message>.*))?$/,
    message: (g) => `${g.file}::${g.name}${g.message ? ` - ${g.message}` : ""}`,
    suggestion: "Fix the code under test or the test $<name> in $<file>.",
  },
  {
    id: "pytest.location",
    tool: "pytest",
    category: "test_failure",
    severity: "high",
    strategy: "llm",
    group: "pytest",
    keywords: [".py:"],
    // `file:line: AssertionError` (long), `file:line: AssertionError: assert 1 == 2` (--tb=line)
    match: new RegExp(
      String.raw`^${PYTEST_FRAME}: (?<name>${EXC}|${BARE_EXC}|Failed|assert)(?<rest>[: ].*)?$`,
    ),
    message: (g) => `${g.name}${g.rest ?? ""}`,
    suggestion: "Fix the failing test at $<file>:$<line>.",
  },
  {
    id: "pytest.frame",
    tool: "pytest",
    category: "test_failure",
    severity: "high",
    strategy: "llm",
    group: "pytest",
    keywords: [".py:"],
    match: new RegExp(String.raw`^${PYTEST_FRAME}: in (?<name>\S+)$`),
    message: "$<file>:$<line>: failure in $<name>",
    suggestion: "Fix the failing test (the E lines below this frame say what failed).",
  },
  // A missing fixture: pytest names the test's definition as `file /abs/tests/x.py, line 8`.
  {
    id: "pytest.fixture-location",
    tool: "pytest",
    category: "test_failure",
    severity: "high",
    strategy: "llm",
    group: "pytest",
    keywords: ["file "],
    match: new RegExp(String.raw`^file ${WS}(?<file>\S+\.py), line (?<line>\d+)$`),
    message: "$<file>:$<line>: the test could not be set up (missing fixture?)",
    suggestion: "Define the missing fixture (conftest.py) or fix its name in the test at $<file>:$<line>.",
  },
  {
    id: "pytest.e-line",
    tool: "pytest",
    category: "test_failure",
    severity: "high",
    strategy: "llm",
    group: "pytest",
    keywords: ["E "],
    match: /^E {1,7}(?<message>\S.*)$/,
    suggestion:
      "Fix what the E lines show failing (an assertion or an exception) in the test or the code under test.",
  },
  {
    id: "pytest.test-header",
    tool: "pytest",
    category: "test_failure",
    severity: "high",
    strategy: "llm",
    group: "pytest",
    role: "summary",
    keywords: ["___ "],
    match: /^_{3,} (?<name>(?:ERROR at (?:setup|teardown) of )?[\w.]+(?:\[.*\])?) _{3,}$/,
    unless: /_ summary _/,
    suggestion: "Fix the failing test $<name>.",
  },
  {
    id: "pytest.summary",
    tool: "pytest",
    category: "test_failure",
    severity: "high",
    strategy: "llm",
    group: "pytest",
    role: "summary",
    keywords: [" failed"],
    // pytest < 6 said "in 0.12 seconds".
    match:
      /^(?:=+ )?(?<message>(?:\d+ \w+, )*\d+ failed(?:, \d+ \w+)* in [\d.]+ ?s(?:econds)?(?: \([\d:]+\))?)(?: =+)?$/,
    suggestion: "Fix the failing tests listed above.",
  },
];

export const pythonRules: RuleSet = {
  ecosystem: "python",
  rules: [...pytestRules, ...dependencyRules, ...tracebackRules, ...lintRules],
};
