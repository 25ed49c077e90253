import type { RuleSet } from "../rule-types.js";

/**
 * JavaScript test runners: Vitest, Jest, Mocha, Playwright Test, Karma and node:test (and TAP).
 *
 * Each failure block is long (diff, code frame, stack), and a group's excerpt is capped, so rules
 * take only the lines that state the failure (the test's name, the assertion message, the line the
 * runner points at) and leave the rest to the reader.
 *
 * Timeouts: a single test exceeding its timeout ("Test timed out in 5000ms", "Exceeded timeout of
 * 5000 ms for a test", Mocha's "Timeout of 2000ms exceeded") is a failing test: the runner reported
 * it and the job ended normally, so it is `test_failure`. Only a job the runner had to kill is a
 * `timeout`; of the runners' own lines only Jest's "did not exit" says the process will hang.
 *
 * A snapshot mismatch gets its own group with the `tests` strategy: updating the snapshot is a
 * mechanical fix once a person agrees the new output is right.
 */

// The line a code frame points at ("    >  9 |   expect(x).toBe(1);"): runners print it only for failures.
const CODE_FRAME_POINTER = /^\s*>\s*\d+ \|/;
// A source frame the runner points at, relative to the repo: `test/a.test.ts:9:31`.
const SRC = String.raw`(?<file>(?![./]|node:|file:)[^\s():]*\.[cm]?[jt]sx?):(?<line>\d+):(?<column>\d+)`;

export const jsTestRules: RuleSet = {
  ecosystem: "js-test",
  rules: [
    // ---- Vitest
    {
      id: "vitest.snapshot",
      tool: "vitest",
      category: "test_failure",
      severity: "medium",
      strategy: "tests",
      keywords: ["Snapshot `"],
      match: /^Error: Snapshot `(?<name>.+)` mismatched$/,
      group: "vitest:snapshot",
      priority: 73,
      message: "Snapshot `$<name>` does not match",
      suggestion:
        "If the new output is intended, update the snapshot (`npx vitest run -u`) and commit it; otherwise fix the code.",
    },
    {
      id: "vitest.fail",
      tool: "vitest",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["FAIL "],
      match: /^\s*FAIL\s+(?<file>\S+\.\w+) > (?<name>.+)$/,
      // The assertion or error right under the test name (not a snapshot line: that has its own rule).
      follow: /^(?!Error: Snapshot )\w*(?:Error|Exception)\b.*$/,
      maxFollow: 1,
      message: "$<file> > $<name>",
      suggestion: "Fix the failing test $<name> in $<file> (or the code it tests).",
    },
    {
      id: "vitest.fail-suite",
      tool: "vitest",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["FAIL "],
      match: /^\s*FAIL\s+(?<file>\S+\.\w+) \[ \S+ \]$/,
      message: "$<file>: the test file failed to load",
      suggestion: "The test file $<file> failed before any test ran; see the error under it.",
    },
    {
      id: "vitest.location",
      tool: "vitest",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["❯ "],
      match: new RegExp(String.raw`^\s*❯ (?:\S+ )?${SRC}$`),
      unless: /node_modules\//,
      group: "vitest:test_failure",
      suggestion: "Fix the failing test at $<file>:$<line>.",
    },
    {
      id: "vitest.unhandled",
      tool: "vitest",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["unhandled error"],
      match: /^(?<message>Vitest caught \d+ unhandled errors? during the test run\..*)$/,
      // The error itself follows the explanation lines.
      suggestion:
        "An error escaped a test (a rejected promise or a throw in a timer); the error under this line names it. Await or catch it in the test.",
    },
    {
      id: "js-test.no-tests",
      tool: null,
      category: "test_failure",
      severity: "medium",
      strategy: "llm",
      keywords: ["No test", "must contain at least one test"],
      match:
        /^\s*(?<message>No tests found, exiting with code 1|No test files found, exiting with code 1|Your test suite must contain at least one test\.)/,
      suggestion:
        "The test runner found no tests: check the test file pattern (testMatch / include) and the paths the workflow passes.",
    },
    {
      id: "vitest.summary",
      tool: "vitest",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      role: "summary",
      keywords: ["Tests  "],
      match: /^\s*Tests\s+\d+ failed\b/,
      suggestion: "Fix the failing tests.",
    },
    // ---- Jest
    {
      id: "jest.snapshot",
      tool: "jest",
      category: "test_failure",
      severity: "medium",
      strategy: "tests",
      keywords: ["Snapshot name: "],
      match: /^\s+Snapshot name: `(?<name>.+)`$/,
      group: "jest:snapshot",
      priority: 73,
      message: "Snapshot `$<name>` does not match",
      suggestion:
        "If the new output is intended, update the snapshot (`npx jest --ci=false -u`) and commit it; otherwise fix the code.",
    },
    {
      id: "jest.did-not-exit",
      tool: "jest",
      category: "timeout",
      severity: "high",
      strategy: "none",
      keywords: ["Jest did not exit"],
      match: /^Jest did not exit one second after the test run has completed\.?$/,
      suggestion:
        "A test leaves a handle open (server, timer, DB connection), so Jest never exits and the job times out. Close it in afterAll, or find it with `--detectOpenHandles`.",
    },
    {
      id: "jest.cannot-find-package",
      tool: "jest",
      category: "import_error",
      severity: "high",
      strategy: "dependencies",
      keywords: ["Cannot find module '"],
      match: /^\s+Cannot find module '(?<name>(?![./])[^']+)' from '(?<file>[^']+)'$/,
      message: "$<file>: cannot find package '$<name>'",
      suggestion: "Install '$<name>' (add it to package.json) or fix the require/import in $<file>.",
    },
    {
      id: "jest.cannot-find-module",
      tool: "jest",
      category: "import_error",
      severity: "high",
      strategy: "imports",
      keywords: ["Cannot find module '"],
      match: /^\s+Cannot find module '(?<name>[^']+)' from '(?<file>[^']+)'$/,
      message: "$<file>: cannot find module '$<name>'",
      suggestion: "Fix the path '$<name>' required from $<file> (a moved or renamed file?).",
    },
    {
      id: "jest.syntax",
      tool: "jest",
      category: "syntax_error",
      severity: "high",
      strategy: "llm",
      keywords: ["SyntaxError: "],
      match: /^\s+SyntaxError: (?<file>[^\s:]+): (?<message>.+?) \((?<line>\d+):(?<column>\d+)\)$/,
      suggestion: "Fix the syntax error at $<file>:$<line>; Jest (Babel) could not parse it.",
    },
    {
      id: "jest.test",
      tool: "jest",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["● "],
      match: /^\s+● (?<name>.+)$/,
      unless: /● Test suite failed to run$/,
      // The assertion under the name: "", "    expect(received).toBe(expected)", "".
      follow: /^(?:\s*| {4}\S.*)$/,
      maxFollow: 3,
      message: "$<name>",
      suggestion: "Fix the failing test '$<name>' (or the code it tests).",
    },
    {
      id: "jest.fail-file",
      tool: "jest",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["FAIL "],
      match: /^\s*FAIL\s+(?<file>[^\s>]+\.\w+)$/,
      group: "jest:test_failure",
      // The test names under it make the better message; the frames give the locations.
      role: "summary",
      suggestion: "Fix the failing tests in $<file>.",
    },
    {
      id: "jest.frame",
      tool: "jest",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      keywords: [".js:", ".ts:", ".jsx:", ".tsx:"],
      // Jest prints frames relative to rootDir; node and Mocha print absolute ones.
      match: new RegExp(String.raw`^\s+at (?:\S+ \()?${SRC}\)?$`),
      unless: /node_modules\/|\(<anonymous>\)/,
      // Jest also prints a frame (and a code frame) under every console.log/warn/error; a
      // failure's frame comes a few lines under its "●" title or expected/received lines.
      precede: 12,
      precedeMatch:
        /^\s+● |^\s+(?:Expected|Received)(?: [\w ]+)?: |^\s+[-+] (?:Expected|Received|Snapshot)\b|^\s+[-+] {2,}\S|^\s+thrown: /,
      requirePrecede: true,
      group: "jest:test_failure",
      suggestion: "Fix the failing test at $<file>:$<line>.",
    },
    {
      id: "jest.summary",
      tool: "jest",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      role: "summary",
      keywords: ["Tests:"],
      match: /^Tests:\s+\d+ failed\b/,
      suggestion: "Fix the failing tests.",
    },
    // ---- coverage thresholds: the tests pass but cover too little; still a test-suite failure.
    {
      id: "jest.coverage",
      tool: "jest",
      category: "test_failure",
      severity: "medium",
      strategy: "llm",
      keywords: ["coverage threshold for", "Coverage for "],
      // Jest 30: 'Coverage for lines (60%) does not meet "global" threshold (90%)'; before:
      // '"global" coverage threshold for lines (90%) not met: 60%'.
      match:
        /^Jest: (?<message>Coverage for \w+ \([\d.]+%\) does not meet .*threshold.*|"[^"]+" coverage threshold for \w+ \([\d.]+%\) not met: [\d.]+%)$/,
      suggestion:
        "Add tests for the uncovered code (the coverage table above shows which files), or lower the threshold deliberately.",
    },
    {
      id: "vitest.coverage",
      tool: "vitest",
      category: "test_failure",
      severity: "medium",
      strategy: "llm",
      keywords: ["does not meet"],
      match:
        /^ERROR: (?<message>Coverage for \w+ \([\d.]+%\) does not meet (?:global |"[^"]+" )?threshold \([\d.]+%\).*)$/,
      suggestion:
        "Add tests for the uncovered code (the coverage table above shows which files), or lower the threshold deliberately.",
    },
    // ---- Mocha
    {
      id: "mocha.timeout",
      tool: "mocha",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["Error: Timeout of "],
      match: /^\s*Error: (?<message>Timeout of \d+ms exceeded\..*?)(?: \((?<file>[^()]+)\))?$/,
      group: "mocha:test_failure",
      suggestion:
        "The test in $<file> never finished: call done() / resolve its promise, or raise its timeout with this.timeout().",
    },
    {
      id: "mocha.failing",
      tool: "mocha",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      keywords: [" failing"],
      match: /^\s+(?<count>\d+) failing$/,
      // The first failure's title and error follow: "", "  1) suite", "       test:", "", "      AssertionError ...".
      follow: /^(?:\s*|\s+\d+\) .+|\s+\S.*:|\s+(?!Error: Timeout of )\w*Error\b.*)$/,
      maxFollow: 5,
      message: "$<count> failing Mocha tests",
      suggestion: "Fix the failing tests listed under it.",
    },
    {
      id: "mocha.frame",
      tool: "mocha",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      keywords: [".js:", ".ts:", ".jsx:", ".tsx:"],
      // Any user frame of the failure ("at Context.<anonymous> (…)", or source-mapped
      // "at Object.<anonymous> (src/a.test.ts:137:10)").
      match:
        /^\s+at (?:async )?(?:\S+(?: \[as \w+\])? )?\((?<file>(?:file:\/\/)?[^()\s]+\.[cm]?[jt]sx?):(?<line>\d+):(?<column>\d+)\)$/,
      unless: /node_modules\/|\(node:|\(internal\/|\/_actions\//,
      // Tests that log errors on purpose print the same frames while passing; a failure's
      // frames come under its "1) title:" block or Mocha's "+ expected - actual" diff.
      precede: 12,
      precedeMatch: /^\s+\d+\) \S|^ {5,}\S.*:$|^\s+\+ expected - actual$|^\s+AssertionError\b/,
      requirePrecede: true,
      group: "mocha:test_failure",
      suggestion: "Fix the failing test at $<file>:$<line>.",
    },
    // ---- Playwright Test
    {
      id: "playwright.test",
      tool: "playwright",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      keywords: [" › "],
      // "  1) [chromium] › tests/a.spec.ts:8:1 › suite › name ──────"
      match:
        /^\s+\d+\) (?:\[[\w .-]+\] › )?(?<file>[^\s:]+):(?<line>\d+):(?<column>\d+) › (?<name>.+?)\s*─*$/,
      // The error under it: "", "    Error: expect(received).toBe(expected)" or "    Test timeout of 30000ms exceeded."
      follow:
        /^(?:\s*| {4}(?!Error: expect\(.*\)\.to(?:HaveScreenshot|MatchSnapshot|MatchAriaSnapshot)\b)\S.*)$/,
      maxFollow: 2,
      group: "playwright:test_failure",
      message: "$<file> › $<name>",
      suggestion: "Fix the failing test $<name> in $<file> (or the code it tests).",
    },
    {
      id: "playwright.snapshot",
      tool: "playwright",
      category: "test_failure",
      severity: "medium",
      strategy: "tests",
      keywords: ["toHaveScreenshot", "toMatchSnapshot", "toMatchAriaSnapshot"],
      match: /^\s+Error: expect\(.*\)\.(?<name>toHaveScreenshot|toMatchSnapshot|toMatchAriaSnapshot)\b/,
      group: "playwright:snapshot",
      priority: 73,
      message: "Playwright $<name> does not match the stored snapshot",
      suggestion:
        "If the new rendering is intended, update the snapshots (`npx playwright test --update-snapshots`) and commit them; otherwise fix the change.",
    },
    {
      id: "playwright.frame",
      tool: "playwright",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      keywords: [".spec.", ".test."],
      // Playwright prints the failing line as a frame with an absolute path ("at /…/tests/a.spec.ts:9:24").
      match:
        /^\s+at (?:.+ \()?(?<file>\/[^():]+\.(?:spec|test)\.[cm]?[jt]sx?):(?<line>\d+):(?<column>\d+)\)?$/,
      unless: /node_modules\/|Context\./,
      precede: 12,
      precedeMatch: new RegExp(`${CODE_FRAME_POINTER.source}|^\\s+\\d+\\) .* › `),
      requirePrecede: true,
      group: "playwright:test_failure",
      suggestion: "Fix the failing test at $<file>:$<line>.",
    },
    // ---- Karma (Jasmine/Mocha in browsers): "Chrome Headless 120.0 (Linux x86_64) suite spec FAILED"
    {
      id: "karma.failed",
      tool: "karma",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      keywords: [" FAILED"],
      match:
        /^(?:Headless)?(?:Chrome|Chromium|Firefox|Safari|Edge|PhantomJS|Electron)[\w .]*\([^)]*\) (?<name>.+) FAILED$/,
      follow: /^\s+\S.*$/,
      maxFollow: 2,
      suggestion: "Fix the failing browser test $<name>.",
    },
    // ---- node:test and plain assert
    {
      id: "node-test.fail",
      tool: "node",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["✖ ", "not ok "],
      // node --test's spec reporter ("✖ name (1.2ms)") and TAP from node --test, tape, node-tap.
      match: /^\s*(?:✖ (?<name>.+?) \([\d.]+m?s\)|not ok \d+ (?:- )?(?<name2>.+))$/,
      unless: /✖ failing tests:|# Subtest|# (?:TODO|SKIP)\b/i,
      group: "node:test_failure",
      message: (g, line) => (g.name ?? g.name2 ?? line).trim(),
      suggestion: "Fix the failing node:test test (or the code it tests).",
    },
    {
      id: "node-test.location",
      tool: "node",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["test at "],
      match: /^\s*test at (?<file>\S+?):(?<line>\d+):(?<column>\d+)$/,
      group: "node:test_failure",
      suggestion: "Fix the failing test at $<file>:$<line>.",
    },
    {
      id: "tap.location",
      tool: "node",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["at: "],
      // TAP's YAML block under "not ok": "    at: Test.<anonymous> (/…/test/a.js:57:7)".
      match: /^\s+at: (?:.+? \()?(?<file>[^()\s]+):(?<line>\d+):(?<column>\d+)\)?$/,
      unless: /node_modules\//,
      group: "node:test_failure",
      suggestion: "Fix the failing test at $<file>:$<line>.",
    },
    {
      id: "node-test.frame",
      tool: "node",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["at TestContext."],
      match: /^\s+at TestContext\.\S+ \((?<file>[^()]+):(?<line>\d+):(?<column>\d+)\)$/,
      group: "node:test_failure",
      suggestion: "Fix the failing test at $<file>:$<line>.",
    },
    {
      id: "assert.error",
      tool: null,
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["AssertionError"],
      // Indented: Mocha and node:test print the error inside the failure's block.
      match: /^ {2,}(?<name>AssertionError)(?: \[ERR_ASSERTION\])?: (?<message>.+)$/,
      group: "assert:test_failure",
      suggestion: "An assertion failed: compare expected and actual above and fix the test or the code.",
    },
  ],
};
