import type { Rule } from "../rule-types.js";

/**
 * Python tooling around the code: linters (flake8, ruff, pylint), formatters (black, isort,
 * ruff format), pre-commit, coverage gates, docs builds, type checkers (mypy, pyright) and
 * installers (pip, conda, poetry, uv). The interpreter and test runners live in python.ts.
 */

// A CI workspace root in front of a path: left out of the `file` group so that messages and
// suggestions name the file as the repository does (locations are relativised by the engine anyway).
export const WS = String.raw`(?:(?:\/home\/runner\/work|\/Users\/runner\/work|\/__w|\/home\/travis\/build|\/builds)\/[^/\s"']+\/[^/\s"']+\/|\/github\/workspace\/|\.\/)?`;

// Linters: `file.py:line:col: CODE message` (flake8, pycodestyle, pyflakes, ruff concise, pylint).
const LINT_LOC = String.raw`^${WS}(?<file>[^\s:]+\.(?:py|pyi|ipynb)):(?<line>\d+):(?<column>\d+): `;
// Whitespace, blank-line, indentation and line-length codes a formatter fixes by itself.
const STYLE_CODES = String.raw`E1\d\d|E2\d\d|E3\d\d|E501|W[1-6]\d\d|I001|I002|F401|C0301|C0303|C0304|C0305`;

export const lintRules: Rule[] = [
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

export const dependencyRules: Rule[] = [
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
