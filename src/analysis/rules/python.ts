import type { Rule, RuleSet } from "../rule-types.js";

/**
 * Python: interpreter tracebacks (syntax, import, runtime), pytest, unittest/nose/Django runners,
 * flake8/ruff/pylint, black/isort/ruff-format, mypy/pyright, pip/conda/poetry/uv.
 *
 * Tracebacks are one group per step ("python:traceback"): the `Traceback` header is a summary
 * that follows the frames (locations come from project frames), and the exception line that
 * ends it is the primary hit, so the exception's type decides the category. pytest's failure
 * sections and its collection errors are separate groups for the same reason: a collection error
 * is an import or syntax problem, not a failing assertion.
 */

// A CI workspace root in front of a path: left out of the `file` group so that messages and
// suggestions name the file as the repository does (locations are relativised by the engine anyway).
const WS = String.raw`(?:(?:\/home\/runner\/work|\/Users\/runner\/work|\/__w|\/home\/travis\/build|\/builds)\/[^/\s"']+\/[^/\s"']+\/|\/github\/workspace\/|\.\/)?`;

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
const INFRA_TEXT = String.raw`No space left on device|\[Errno 28\]|Name or service not known|Temporary failure in name resolution|nodename nor servname|getaddrinfo failed|\[Errno -[23]\]|Network is unreachable|Connection reset by peer|Max retries exceeded with url|RemoteDisconnected|Cannot allocate memory`;
const TIMEOUT_EXC = String.raw`subprocess\.TimeoutExpired|(?:socket\.|asyncio\.(?:exceptions\.)?|concurrent\.futures\.(?:_base\.)?)?TimeoutError|socket\.timeout|(?:requests\.exceptions\.|httpx\.)(?:Read|Connect|Pool)?Timeout|urllib3\.exceptions\.(?:ReadTimeout|ConnectTimeout)Error|(?:pytest_timeout\.)?Failed: Timeout`;

// Lines shaped like Python exceptions that other languages print (their rule sets may run later):
// JavaScript, Java/Kotlin/Scala, .NET and Ruby.
const JS_ISM =
  /^ReferenceError|^(?:TypeError|SyntaxError|RangeError): .*(?:is not a function|Cannot (?:read|set) propert|Unexpected (?:token|identifier|end of input)|is not a constructor|undefined)/;
// A two-letter first segment is a reversed domain (eu.stamp_project..., fr.inria...): Java.
const FOREIGN =
  /^(?!py\.|gi\.)[a-z]{2}\.|^(?:java|javax|jdk|sun|com|org|net|edu|gov|kotlin|kotlinx|scala|sbt|akka|play|android|androidx|groovy|junit|hudson|jenkins|okhttp3|retrofit2?|reactor|lombok|clojure|System|Microsoft|NUnit|Xunit)\.|undefined method|uninitialized constant|for nil:NilClass|^ReferenceError|^(?:TypeError|SyntaxError|RangeError): .*(?:is not a function|Cannot (?:read|set) propert|Unexpected (?:token|identifier|end of input)|is not a constructor|undefined)/;

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
    message: "No module named '$<module>'",
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
    message: "No module named '$<module>'",
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

// Linters: `file.py:line:col: CODE message` (flake8, pycodestyle, pyflakes, ruff concise, pylint).
const LINT_LOC = String.raw`^${WS}(?<file>[^\s:]+\.(?:py|pyi|ipynb)):(?<line>\d+):(?<column>\d+): `;
// Whitespace, blank-line, indentation and line-length codes a formatter fixes by itself.
const STYLE_CODES = String.raw`E1\d\d|E2\d\d|E3\d\d|E501|W[1-6]\d\d|I001|I002|F401|C0301|C0303|C0304|C0305`;

const lintRules: Rule[] = [
  // ruff ≥ 0.5 names its own diagnostics: `invalid-syntax: ...` and `unformatted: ...`, either
  // after `file:line:col: ` (concise) or followed by ` --> file:line:col` (full).
  {
    id: "ruff.syntax",
    tool: "ruff",
    category: "syntax_error",
    severity: "high",
    strategy: "llm",
    keywords: ["invalid-syntax: "],
    match:
      /^(?:(?<file>[^\s:]+\.(?:py|pyi|ipynb)):(?<line>\d+):(?<column>\d+): )?invalid-syntax: (?<message>.+)$/,
    follow: /^\s*--> /,
    maxFollow: 1,
    followLocation: /^\s*--> (?<file>[^\s:]+):(?<line>\d+):(?<column>\d+)/,
    suggestion: "Fix the syntax error ruff reports: $<message>",
  },
  {
    id: "ruff.unformatted",
    tool: "ruff",
    category: "format_error",
    severity: "low",
    strategy: "format",
    group: "python:format",
    keywords: ["unformatted: File would be reformatted"],
    match:
      /^(?:(?<file>[^\s:]+\.(?:py|pyi|ipynb)):(?<line>\d+):(?<column>\d+): )?unformatted: File would be reformatted$/,
    follow: /^\s*--> /,
    maxFollow: 1,
    followLocation: /^\s*--> (?<file>[^\s:]+):(?<line>\d+):(?<column>\d+)/,
    message: "File is not formatted (ruff format)",
    suggestion: "Run `ruff format` and commit the result.",
  },
  {
    id: "flake8.syntax",
    tool: "flake8",
    category: "syntax_error",
    severity: "high",
    strategy: "llm",
    keywords: [" E999 ", "E902"],
    match: new RegExp(LINT_LOC + String.raw`(?<code>E999|E902) (?<message>.+)$`),
    suggestion: "Fix the syntax error at $<file>:$<line>; nothing else can be checked until it parses.",
  },
  {
    id: "flake8.style",
    tool: "flake8",
    category: "lint_error",
    severity: "medium",
    strategy: "format",
    group: "python:lint",
    keywords: [".py:", ".pyi:", ".ipynb:"],
    match: new RegExp(LINT_LOC + String.raw`(?<code>${STYLE_CODES})(?: \[\*\])? (?<message>.+)$`),
    suggestion:
      "Run the formatter/fixer (`ruff check --fix` or `black` + `autoflake`) on $<file>, or fix $<code> at line $<line>.",
  },
  {
    id: "flake8.error",
    tool: "flake8",
    category: "lint_error",
    severity: "medium",
    strategy: "llm",
    group: "python:lint",
    keywords: [".py:", ".pyi:", ".ipynb:"],
    match: new RegExp(LINT_LOC + String.raw`(?<code>[A-Z]{1,4}\d{2,4})(?: \[\*\])?:? (?<message>.+)$`),
    suggestion: "Fix $<code> at $<file>:$<line>: $<message>",
  },
  // ruff's default ("full") output: `F401 [*] \`os\` imported but unused` then ` --> file.py:1:8`.
  // Most of its messages quote a name in backticks; those lines carry the rule and the message.
  {
    id: "ruff.full-code",
    tool: "ruff",
    category: "lint_error",
    severity: "medium",
    strategy: "llm",
    group: "python:lint",
    keywords: ["`"],
    match: /^(?<code>[A-Z]{1,4}\d{2,4}) (?:\[\*\] )?(?<message>.*`.*)$/,
    follow: /^\s*--> /,
    maxFollow: 1,
    followLocation: /^\s*--> (?<file>[^\s:]+):(?<line>\d+):(?<column>\d+)/,
    message: "$<code>: $<message>",
    suggestion: "Run `ruff check --fix` (or fix $<code> by hand): $<message>",
  },
  {
    id: "ruff.full",
    tool: "ruff",
    category: "lint_error",
    severity: "medium",
    strategy: "llm",
    group: "python:lint",
    keywords: ["--> "],
    match: /^\s*--> (?<file>[^\s:]+\.(?:py|pyi|ipynb)):(?<line>\d+):(?<column>\d+)$/,
    precede: 1,
    precedeMatch: /^[A-Z]{1,4}\d{2,4} /,
    suggestion: "Run `ruff check --fix` or fix the rule reported at $<file>:$<line>.",
  },
  // black / isort / ruff format
  {
    id: "black.cannot-parse",
    tool: "black",
    category: "syntax_error",
    severity: "high",
    strategy: "llm",
    keywords: ["error: cannot format"],
    match:
      /^error: cannot format (?<file>[^:]+): Cannot parse(?: for target version [\w. ]+)?: (?<line>\d+):(?<column>\d+): (?<message>.*)$/,
    suggestion: "black cannot parse $<file>: fix the syntax at line $<line>.",
  },
  {
    id: "black.would-reformat",
    tool: "black",
    category: "format_error",
    severity: "low",
    strategy: "format",
    group: "python:format",
    keywords: ["would reformat ", "Would reformat: ", "reformatted "],
    // `reformatted x.py` is black fixing files in CI (pre-commit): the commit was not formatted.
    match: new RegExp(
      String.raw`^(?:would reformat|Would reformat:|reformatted) ${WS}(?<file>\S+\.pyi?|\S+\.ipynb)$`,
    ),
    message: "$<file> is not formatted",
    suggestion: "Run `black $<file>` (or `ruff format`) and commit the result.",
  },
  {
    id: "black.summary",
    tool: "black",
    category: "format_error",
    severity: "low",
    strategy: "format",
    group: "python:format",
    role: "summary",
    keywords: ["would be reformatted", "Oh no!"],
    match: /^(?:Oh no! .*|\d+ files? would be reformatted.*)$/,
    suggestion: "Run `black .` and commit the result.",
  },
  {
    id: "isort.unsorted",
    tool: "isort",
    category: "format_error",
    severity: "low",
    strategy: "format",
    group: "python:format",
    keywords: ["Imports are incorrectly sorted"],
    match: new RegExp(
      String.raw`^ERROR: ${WS}(?<file>\S.*?) Imports are incorrectly sorted(?: and\/or formatted)?\.?$`,
    ),
    message: "$<file>: imports are not sorted",
    suggestion: "Run `isort $<file>` and commit the result.",
  },
  // pre-commit: `hook name.....Failed`, `- hook id: x`, `- files were modified by this hook`.
  // A hook that only rewrote files is a formatting failure; otherwise its own output says more,
  // so the pre-commit lines rank below the tool's (or stand alone when the tool said nothing known).
  {
    id: "pre-commit.modified",
    tool: "pre-commit",
    category: "format_error",
    severity: "low",
    strategy: "format",
    group: "pre-commit",
    keywords: ["files were modified by this hook", "hook(s) made changes"],
    match: /^(?:- files were modified by this hook|pre-commit hook\(s\) made changes\.)$/,
    precede: 2,
    precedeMatch: /\.{4,}Failed$|^- hook id: /,
    message: "pre-commit hooks changed files",
    suggestion: "Run `pre-commit run --all-files` locally and commit the changes it makes.",
  },
  {
    id: "pre-commit.failed",
    tool: "pre-commit",
    category: "lint_error",
    severity: "medium",
    strategy: "llm",
    group: "pre-commit",
    role: "summary",
    priority: 70,
    keywords: ["Failed"],
    match: /^(?<name>\S.*?)\.{4,}(?:\(no files to check\))?Failed$/,
    follow: /^- (?:hook id|exit code|duration): /,
    maxFollow: 3,
    message: "pre-commit hook '$<name>' failed",
    suggestion: "Run `pre-commit run --all-files` locally and fix what the hook reports.",
  },
  // Coverage gates (pytest-cov --cov-fail-under, coverage report --fail-under).
  {
    id: "coverage.fail-under",
    tool: "coverage",
    category: "test_failure",
    severity: "medium",
    strategy: "llm",
    group: "coverage",
    keywords: ["Required test coverage of", "Coverage failure: total of"],
    match:
      /^(?:FAIL )?(?<message>Required test coverage of [\d.]+% not reached\. Total coverage: [\d.]+%|Coverage failure: total of [\d.]+ is less than fail-under=[\d.]+)$/,
    suggestion:
      "Coverage fell below the required minimum: add tests for the new code (or lower the threshold deliberately).",
  },
  // Docs builds (Sphinx, MkDocs) fail only when warnings are made errors: those signals, not
  // every docutils WARNING/ERROR line (passing builds print plenty of them).
  {
    id: "sphinx.warning-as-error",
    tool: "sphinx",
    category: "build_failure",
    severity: "medium",
    strategy: "llm",
    group: "docs",
    keywords: ["Warning, treated as error:"],
    match: /^Warning, treated as error:$/,
    follow: /^\S+:(?:\d+)?:? ?(?:WARNING|ERROR): /,
    maxFollow: 1,
    followLocation: /^(?<file>[^\s:]+\.\w+):(?<line>\d+): /,
    message: "Sphinx: a warning was treated as an error",
    suggestion: "Fix the documentation warning shown (or the reference it names); the build runs with -W.",
  },
  {
    id: "docs.strict-failed",
    tool: "sphinx",
    category: "build_failure",
    severity: "medium",
    strategy: "llm",
    group: "docs",
    keywords: ["with warnings treated as errors", "in strict mode"],
    match:
      /^(?:build finished with problems, (?<message>\d+ warnings?) \(with warnings treated as errors\)\.|Aborted with (?<message2>\d+ warnings?) in strict mode!)$/,
    suggestion: "Fix the documentation warnings listed above; the docs build treats warnings as errors.",
  },
  // mypy / pyright
  {
    id: "mypy.import",
    tool: "mypy",
    category: "import_error",
    severity: "medium",
    strategy: "dependencies",
    keywords: [
      "Cannot find implementation or library stub",
      "Library stubs not installed",
      "import-not-found",
    ],
    match:
      /^(?<file>[^\s:]+\.pyi?):(?<line>\d+)(?::(?<column>\d+))?: error: (?<message>(?:Cannot find implementation or library stub|Library stubs not installed) for (?:module named )?"(?<module>[^"]+)".*?)(?:\s+\[(?<code>[\w-]+)\])?$/,
    suggestion:
      "Install `$<module>` (or its `types-` stub package) where mypy runs, or set `ignore_missing_imports` for it.",
  },
  {
    id: "mypy.error",
    tool: "mypy",
    category: "type_error",
    severity: "medium",
    strategy: "llm",
    keywords: [": error: "],
    match:
      /^(?<file>[^\s:]+\.pyi?):(?<line>\d+)(?::(?<column>\d+))?: error: (?<message>.+?)(?:\s+\[(?<code>[\w-]+)\])?$/,
    // --pretty wraps the message onto unindented lines, then shows the code and a caret line.
    follow:
      /^(?![^\s:]+\.pyi?:\d+(?::\d+)?: (?:error|note|warning):)(?!Found \d+ errors?\b)(?!Success:)(?=.*\S)/,
    maxFollow: 4,
    suggestion: "Fix the type error at $<file>:$<line>: $<message>",
  },
  {
    id: "mypy.summary",
    tool: "mypy",
    category: "type_error",
    severity: "medium",
    strategy: "llm",
    role: "summary",
    keywords: ["Found "],
    match: /^Found [1-9]\d* errors? in \d+ files? \(checked \d+ source files?\)$/,
    suggestion: "Fix the type errors listed above.",
  },
  {
    id: "pyright.import",
    tool: "pyright",
    category: "import_error",
    severity: "medium",
    strategy: "dependencies",
    keywords: ["could not be resolved"],
    match:
      /^\s*(?<file>\S+\.pyi?):(?<line>\d+):(?<column>\d+) - error: (?<message>Import "(?<module>[^"]+)" could not be resolved.*?)(?: \((?<code>report\w+)\))?$/,
    suggestion: "Install `$<module>` where pyright runs, or fix the import path.",
  },
  {
    id: "pyright.error",
    tool: "pyright",
    category: "type_error",
    severity: "medium",
    strategy: "llm",
    keywords: [" - error: "],
    match:
      /^\s*(?<file>\S+\.pyi?):(?<line>\d+):(?<column>\d+) - error: (?<message>.+?)(?: \((?<code>report\w+)\))?$/,
    suggestion: "Fix the type error at $<file>:$<line>: $<message>",
  },
];

// pip, conda, poetry, uv: the project's dependencies cannot be installed as declared.
const dep = (r: Omit<Rule, "category" | "severity" | "strategy" | "group"> & Partial<Rule>): Rule => ({
  category: "dependency_error",
  severity: "high",
  strategy: "dependencies",
  group: "python:dependencies",
  ...r,
});

const dependencyRules: Rule[] = [
  dep({
    id: "pip.no-version",
    tool: "pip",
    keywords: ["Could not find a version that satisfies", "No matching distribution found"],
    match:
      /^(?:#\d+ )?(?:\d+\.\d+ )?\s*(?:ERROR: )?(?:Could not find a version that satisfies the requirement|No matching distribution found for) (?<name>\S+)(?<message>.*)$/,
    message: (g, line) => line.replace(/^(?:#\d+ )?(?:\d+\.\d+ )?\s*(?:ERROR: )?/, "").trim(),
    suggestion:
      "`$<name>` is not available as pinned: check the name and version on the index (and its Python-version support), then fix the requirement.",
  }),
  dep({
    id: "pip.conflict",
    tool: "pip",
    keywords: ["Cannot install", "ResolutionImpossible", "conflicting dependencies"],
    match:
      /^(?:#\d+ )?(?:\d+\.\d+ )?(?:ERROR: )?(?:Cannot install (?<message>(?:-r (?<file>\S+) \(line (?<line>\d+)\))?.+?) because these package versions have conflicting dependencies\.|ResolutionImpossible.*)$/,
    message: (g, line) => line.replace(/^(?:#\d+ )?(?:\d+\.\d+ )?(?:ERROR: )?/, "").trim(),
    suggestion: "Relax or align the conflicting pins so one version satisfies every requirement.",
  }),
  dep({
    id: "pip.error",
    tool: "pip",
    keywords: ["ERROR: ", "error: "],
    match:
      /^(?:#\d+ )?(?:\d+\.\d+ )?(?:ERROR|error): (?<message>(?:Could not open requirements file|Invalid requirement|THESE PACKAGES DO NOT MATCH THE HASHES|Package '[^']+' requires a different Python|Failed building wheel for|Could not build wheels for|Could not install packages due to|Hashes are required in --require-hashes mode|In --require-hashes mode|Double requirement given|Cannot unpack file|Directory '[^']+' is not installable|File "setup\.py" (?:or "setup\.cfg" )?not found|subprocess-exited-with-error|metadata-generation-failed|externally-managed-environment|Requirement already satisfied: .* but).*)$/,
    unless: /No space left on device|Errno 28/,
    suggestion:
      "Fix the install step: the requirement file, pin, hash or Python version does not match what the index offers.",
  }),
  // A build subprocess (build dependencies, metadata, the wheel) failed: pip frames its output.
  dep({
    id: "pip.subprocess",
    tool: "pip",
    keywords: ["did not run successfully"],
    match: /^\s*× (?<message>.+ did not run successfully\.)$/,
    suggestion:
      "Building a package failed: read the subprocess output pip shows (a missing build dependency, compiler or header); pin a version that ships wheels or add what it needs.",
  }),
  dep({
    id: "pip.check",
    tool: "pip",
    keywords: [" has requirement ", "which is not installed", "which is incompatible"],
    match:
      /^(?<name>[\w.-]+) [\w.+!-]+ (?:has requirement (?<message>.+), but you have .+|requires (?<missing>\S+), which is not installed|has requirement .+ which is incompatible)\.?$/,
    suggestion:
      "Installed packages conflict (`pip check`): align the pins so $<name>'s requirements are met.",
  }),
  dep({
    id: "pip.legacy-egg-info",
    tool: "pip",
    keywords: ["failed with error code"],
    match: /^Command "(?<message>python setup\.py egg_info|[^"]+)" failed with error code \d+/,
    suggestion: "A dependency failed to build: check its build requirements or pin a version with wheels.",
  }),
  dep({
    id: "conda.unavailable",
    tool: "conda",
    keywords: ["PackagesNotFoundError", "ResolvePackageNotFound", "UnsatisfiableError"],
    match: /^(?<name>PackagesNotFoundError|ResolvePackageNotFound|UnsatisfiableError):?(?<message>.*)$/,
    follow: /^(?:\s*|\s+- \S.*)$/,
    maxFollow: 16,
    suggestion:
      "The pinned conda packages are not available from the configured channels: update the pins or channels.",
  }),
  dep({
    id: "poetry.solver",
    tool: "poetry",
    keywords: ["version solving failed", "SolverProblemError", "poetry.lock", "pyproject.toml changed"],
    match:
      /^(?:\s*)(?<message>.*version solving failed\.?|SolverProblemError.*|.*pyproject\.toml changed significantly since poetry\.lock was last generated.*|poetry\.lock is not consistent with pyproject\.toml.*)$/,
    suggestion: "Fix the dependency constraints, then regenerate the lock file with `poetry lock`.",
  }),
  dep({
    id: "uv.resolution",
    tool: "uv",
    keywords: [
      "No solution found when resolving",
      "needs to be updated, but `--locked`",
      "was not found in the package registry",
    ],
    match:
      /^(?:\s*[×╰─▶]+\s*)?(?<message>No solution found when resolving.*|The lockfile at `[^`]+` needs to be updated, but `--locked` was provided.*|Because .* was not found in the package registry.*)$/,
    suggestion: "Fix the constraints in pyproject.toml, then run `uv lock` and commit uv.lock.",
  }),
];

export const pythonRules: RuleSet = {
  ecosystem: "python",
  rules: [...pytestRules, ...dependencyRules, ...tracebackRules, ...lintRules],
};
