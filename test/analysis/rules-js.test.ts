import { describe, expect, it } from "vitest";
import { analyzeFile, analyzeText } from "../../src/analysis/analyze.js";
import type { Rule, RuleSet } from "../../src/analysis/rule-types.js";
import { typescriptRules } from "../../src/analysis/rules/typescript.js";
import { eslintRules } from "../../src/analysis/rules/eslint.js";
import { prettierRules } from "../../src/analysis/rules/prettier.js";
import { jsTestRules } from "../../src/analysis/rules/js-test.js";
import { nodeRules } from "../../src/analysis/rules/node.js";
import { npmRules } from "../../src/analysis/rules/npm.js";
// @ts-expect-error plain JS module shared with the benchmark
import { aggregate, loadCorpus, perCategory, scoreCase } from "../../bench/corpus-score.mjs";

interface Case {
  id: string;
  log: string;
  label: { category: string; locations?: Array<{ file: string; line?: number }>; keyLines?: string[] };
}

const JS_SETS = [typescriptRules, eslintRules, prettierRules, jsTestRules, nodeRules, npmRules];

/**
 * The first JS rule that claims `line` on its own, the way the engine picks (set order, keywords,
 * match, unless); rules that need a line above them are tested through the engine.
 */
function ruleFor(line: string): Rule | undefined {
  for (const set of JS_SETS as RuleSet[]) {
    const r = set.rules.find(
      (x) =>
        !x.requirePrecede &&
        x.keywords.some((k) => line.includes(k)) &&
        x.match.test(line) &&
        !x.unless?.test(line),
    );
    if (r) return r;
  }
  return undefined;
}

function expectRule(line: string, id: string | undefined, groups?: Record<string, string>) {
  const r = ruleFor(line);
  expect(r?.id, line).toBe(id);
  if (r && groups) expect(r.match.exec(line)!.groups, line).toMatchObject(groups);
}

describe("typescript rules", () => {
  it("picks the category from the TS code, in plain, pretty and config shapes", () => {
    expectRule("src/a.ts(4,9): error TS2322: Type 'string' is not assignable to type 'number'.", "tsc.type", {
      file: "src/a.ts",
      line: "4",
      column: "9",
      code: "TS2322",
    });
    expectRule(
      "src/handlers.ts:1:25 - error TS7006: Parameter 'event' implicitly has an 'any' type.",
      "tsc.type",
      {
        file: "src/handlers.ts",
        line: "1",
      },
    );
    expectRule("src/index.ts(4,1): error TS1005: ',' expected.", "tsc.syntax");
    expectRule("src/routes.ts(5,1): error TS1128: Declaration or statement expected.", "tsc.syntax");
    expectRule("src/invoice.ts(2,24): error TS2304: Cannot find name 'formatPrice'.", "tsc.import");
    expectRule(
      "src/index.ts(1,25): error TS2307: Cannot find module './util/strings.js' or its corresponding type declarations.",
      "tsc.import",
    );
    expectRule(
      "src/index.ts(1,19): error TS2307: Cannot find module 'zod' or its corresponding type declarations.",
      "tsc.missing-package",
      { name: "zod" },
    );
    expectRule(
      "src/a.test.ts(3,1): error TS2582: Cannot find name 'describe'. Do you need to install type definitions for a test runner?",
      "tsc.missing-types",
    );
    expectRule(
      "tsconfig.json(10,5): error TS5025: Unknown compiler option 'strictNullCheck'. Did you mean 'strictNullChecks'?",
      "tsc.config",
      { file: "tsconfig.json" },
    );
    expectRule(
      "error TS5083: Cannot read file '/home/runner/work/w/w/tsconfig.base.json'.",
      "tsc.config-config",
      { file: "/home/runner/work/w/w/tsconfig.base.json" },
    );
    expectRule("web:build: src/a.ts(1,7): error TS2322: Type 'string' is not assignable.", "tsc.type", {
      file: "src/a.ts",
    });
    expectRule("Found 2 errors in the same file, starting at: src/handlers.ts:1", undefined);
  });
});

describe("eslint, biome and prettier rules", () => {
  it("classifies problems, parse errors and unformatted files", () => {
    expectRule("  2:9  error  'tax' is assigned a value but never used  no-unused-vars", "eslint.problem", {
      line: "2",
      name: "no-unused-vars",
    });
    expectRule("  5:6  error  Parsing error: ',' expected", "eslint.parsing-error");
    expectRule(
      "  0:0  error  Parsing error: /home/runner/work/w/w/scripts/x.ts was not found by the project service. Consider either including it in the tsconfig.json or including it in allowDefaultProject",
      "eslint.project-service",
    );
    expectRule("  2:3  warning  Unexpected console statement  no-console", undefined);
    expectRule("✖ 3 problems (3 errors, 0 warnings)", undefined);
    expectRule("ESLint found too many warnings (maximum: 0).", "eslint.max-warnings");
    expectRule("src/app.js:6:3 lint/suspicious/noDebugger  FIXABLE  ━━━━━━━━━━", "biome.lint", {
      file: "src/app.js",
      line: "6",
    });
    expectRule("src/index.js:3:2 parse ━━━━━━━━━━━━━━━━━━━━", "biome.parse");
    expectRule("src/index.ts format ━━━━━━━━━━━━━━━━━━━━━━━━━", "biome.format", { file: "src/index.ts" });
    expectRule("[warn] src/server.ts", "prettier.check", { file: "src/server.ts" });
    expectRule(
      "[warn] Code style issues found in 2 files. Run Prettier with --write to fix.",
      "prettier.summary",
    );
    expectRule("[error] src/theme.ts: SyntaxError: ',' expected. (4:3)", "prettier.syntax", { line: "4" });
    expectRule("[warn] jsxBracketSameLine is deprecated.", undefined);
    expectRule(
      "Code style issues found in the above file(s). Forgot to run Prettier?",
      "prettier.check-legacy",
    );
    expectRule("src/grammar-registry.js:1 Strings must use singlequote. (quotes)", "eslint.compact", {
      file: "src/grammar-registry.js",
      line: "1",
      name: "quotes",
    });
    expectRule("  /home/runner/work/w/w/src/a.js:3:10: Extra semicolon. (semi)", "eslint.compact");
    expectRule('  3:3  ✖  Unknown property "colr"   property-no-unknown', "stylelint.problem", { line: "3" });
    expectRule(
      'README.md:3:5 error MD034/no-bare-urls Bare URL used [Context: "https://example.com"]',
      "markdownlint.problem",
      {
        file: "README.md",
        line: "3",
      },
    );
    expectRule("react/README.md: 750: MD034/no-bare-urls Bare URL used", "markdownlint.problem", {
      file: "react/README.md",
      line: "750",
    });
  });
});

describe("test runner rules", () => {
  it("names failing tests, snapshots and the lines they point at", () => {
    expectRule(" FAIL  test/cart.test.js > cart > applies a discount", "vitest.fail", {
      file: "test/cart.test.js",
    });
    expectRule(" FAIL  test/cart.test.js [ test/cart.test.js ]", "vitest.fail-suite");
    expectRule(" ❯ test/cart.test.js:9:31", "vitest.location", { line: "9" });
    expectRule(" ❯ initials src/profile.js:2:20", "vitest.location", { file: "src/profile.js" });
    expectRule("Error: Snapshot `renders a card 1` mismatched", "vitest.snapshot");
    expectRule("  ● cart › applies a discount", "jest.test", { name: "cart › applies a discount" });
    expectRule("  ● Test suite failed to run", undefined);
    expectRule("    Snapshot name: `renders a card 1`", "jest.snapshot");
    expectRule(
      "      at Resolver._throwModNotFoundError (node_modules/jest-resolve/build/index.js:1031:11)",
      undefined,
    );
    expectRule("    Cannot find module '../src/basket' from 'test/cart.test.js'", "jest.cannot-find-module");
    expectRule("    Cannot find module 'lodash' from 'src/a.js'", "jest.cannot-find-package");
    expectRule("Jest did not exit one second after the test run has completed.", "jest.did-not-exit");
    expectRule("No tests found, exiting with code 1", "js-test.no-tests");
    expectRule("Vitest caught 1 unhandled error during the test run.", "vitest.unhandled");
    expectRule("  2 failing", "mocha.failing");
    expectRule("✖ applies a discount (1.66ms)", "node-test.fail");
    expectRule("✖ failing tests:", undefined);
    expectRule("not ok 1 - applies a discount", "node-test.fail");
    expectRule("not ok 6 no errors", "node-test.fail");
    expectRule("not ok 3 - flaky # TODO fix later", undefined);
    expectRule(
      "    at: Test.<anonymous> (/home/travis/build/a/b/test/test-react-order.js:57:7)",
      "tap.location",
      { line: "57" },
    );
    expectRule("test at test/cart.test.js:5:1", "node-test.location", { file: "test/cart.test.js" });
    expectRule(
      "  1) [chromium] › tests/example.spec.ts:3:5 › has title ─────────────────────────────",
      "playwright.test",
      { file: "tests/example.spec.ts", line: "3", name: "has title" },
    );
    expectRule("    Error: expect(page).toHaveScreenshot(expected)", "playwright.snapshot");
    expectRule(
      "Chrome Headless 120.0.6099.109 (Linux x86_64) upgrade injectorFactory should throw FAILED",
      "karma.failed",
    );
  });
});

describe("node and npm rules", () => {
  it("tells crashes, module errors, install failures and audit findings apart", () => {
    expectRule("TypeError: Cannot read properties of undefined (reading 'port')", "node.crash");
    expectRule("ReferenceError: titleCase is not defined", "node.crash");
    expectRule("Error: ENOENT: no such file or directory, open 'config/app.json'", "node.crash");
    // Python prints the same names with its own messages; those are the Python rules' to take.
    expectRule("TypeError: unsupported operand type(s) for +: 'int' and 'str'", undefined);
    expectRule("SyntaxError: invalid syntax", undefined);
    expectRule("SyntaxError: Unexpected identifier 'contact'", "node.syntax");
    expectRule(
      "SyntaxError: The requested module './math.js' does not provide an export named 'mul'",
      "node.missing-export",
    );
    expectRule(
      "Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'eslint-plugin-react' imported from /home/runner/work/w/w/eslint.config.js",
      "node.missing-package",
      { name: "eslint-plugin-react" },
    );
    expectRule(
      "Error [ERR_MODULE_NOT_FOUND]: Cannot find module '/home/runner/work/w/w/src/lib/strings.js' imported from /home/runner/work/w/w/src/index.js",
      "node.module-not-found",
    );
    expectRule("Error: Cannot find module 'express'", "node.missing-package");
    expectRule("Package size limit has exceeded by 49 B", "size-limit.exceeded");
    expectRule("[02:22:53] Task never defined: default", "gulp.task");
    expectRule(
      "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory",
      "node.heap-oom",
    );
    expectRule(
      '[vite]: Rollup failed to resolve import "./x" from "src/main.ts".',
      "vite.unresolved-import",
      {
        file: "src/main.ts",
      },
    );
    expectRule(
      "[UNRESOLVED_IMPORT] Could not resolve './components/App.js' in src/main.js",
      "rolldown.unresolved-import",
    );
    expectRule("[PARSE_ERROR] Expected `,` or `]` but found `;`", "rolldown.parse");
    expectRule("[UNRESOLVED_ENTRY] Cannot resolve entry module src/entry.html.", "rolldown.error");
    expectRule('✘ [ERROR] Could not resolve "./missing"', "esbuild.unresolved");
    expectRule("failed to load config from /home/runner/work/w/w/vite.config.js", "vite.config");
    expectRule(
      "Module not found: Error: Can't resolve './components/app' in '/home/runner/work/w/w/src'",
      "webpack.module-not-found",
    );
    expectRule(
      "Module not found: Error: Can't resolve 'dayjs' in '/home/runner/work/w/w/src'",
      "webpack.package-not-found",
    );
    expectRule("Module parse failed: Unexpected token (1:22)", "webpack.parse", { line: "1" });
    expectRule('✘ [ERROR] Unexpected "}"', "esbuild.syntax");
    expectRule('✘ [ERROR] No loader is configured for ".node" files: native.node', "esbuild.error");
    expectRule("npm error code ERESOLVE", "npm.code", { code: "ERESOLVE" });
    expectRule("npm ERR! code ETARGET", "npm.code");
    expectRule("npm error code E404", "npm.code");
    expectRule(
      "npm error 404 Not Found - GET https://registry.npmjs.org/lefty-pad-utils - Not found",
      "npm.resolve",
    );
    expectRule("npm error ERESOLVE unable to resolve dependency tree", "npm.resolve");
    expectRule("npm ERR! notarget No matching version found for lodash@^5.0.0.", "npm.resolve");
    expectRule(
      "npm error FetchError: request to http://127.0.0.1:9/left-pad failed, reason: connect ECONNREFUSED 127.0.0.1:9",
      "npm.network",
    );
    expectRule("npm error code ECONNREFUSED", "npm.network");
    expectRule("npm error code ELIFECYCLE", undefined);
    expectRule(
      "npm error `npm ci` can only install packages when your package.json and package-lock.json or npm-shrinkwrap.json are in sync. Please update your lock file with `npm install` before continuing.",
      "npm.lockfile-out-of-sync",
    );
    expectRule('npm error Missing script: "build"', "npm.missing-script");
    expectRule("Severity: high", "npm.audit");
    // npm install prints this line too, failing or not.
    expectRule("4 vulnerabilities (3 high, 1 critical)", undefined);
    expectRule("found 0 vulnerabilities", undefined);
    expectRule("Error: ERR_PNPM_OUTDATED_LOCKFILE", "pnpm.install");
    expectRule(
      ' ERR_PNPM_OUTDATED_LOCKFILE  Cannot install with "frozen-lockfile" because pnpm-lock.yaml is not up to date with package.json',
      "pnpm.install",
      { file: "pnpm-lock.yaml" },
    );
    expectRule("Error: ERR_PNPM_NO_SCRIPT", "pnpm.no-script");
    expectRule(
      " ERR_PNPM_META_FETCH_FAIL  GET https://registry.npmjs.org/x: request to ... failed",
      "pnpm.network",
    );
    expectRule("│ critical            │ Prototype Pollution in minimist                   │", "pnpm.audit");
    expectRule(
      "error Your lockfile needs to be updated, but yarn was run with `--frozen-lockfile`.",
      "yarn.lockfile",
    );
    expectRule(
      'error An unexpected error occurred: "https://registry.yarnpkg.com/x: Not found".',
      "yarn.resolve",
    );
    expectRule('error Couldn\'t find any versions for "lodash" that matches "^5.0.0"', "yarn.resolve");
    expectRule('error Command "build" not found.', "yarn.missing-script");
    expectRule("error Command failed with exit code 1.", undefined);
    expectRule(
      "➤ YN0028: │ The lockfile would have been modified by this install, which is explicitly forbidden.",
      "yarn-berry.lockfile",
    );
    expectRule("➤ YN0082: │ lodash@npm:^5.0.0: No candidates found", "yarn-berry.resolve");
    expectRule("➤ YN0000: │ Done in 0s 194ms", undefined);
    expectRule(
      "➤ YN0060: │ react is listed by your project with version 18.3.1, which doesn't satisfy",
      undefined,
    );
    expectRule("➤ YN0001: │ RequestError: connect ECONNREFUSED 127.0.0.1:4873", "yarn-berry.network");
  });

  it("takes test frames only inside a failure, not under console.log or logged errors", async () => {
    const consoleLog = ["  console.log", "    hello", "", "      at Object.log (test/a.test.js:3:11)"].join(
      "\n",
    );
    expect((await analyzeText(consoleLog)).failures).toEqual([]);
    const loggedError = [
      "Error: Fail to fetch tier",
      "    at Context.<anonymous> (/home/runner/work/w/w/test/tiers.test.js:40:19)",
    ].join("\n");
    expect((await analyzeText(loggedError)).failures.map((f) => f.rule)).not.toContain("mocha.frame");
    const mochaFailure = [
      "  1) window namespace tests",
      "       default column when opening a file:",
      "      AssertionError: wanted 1 but got 2",
      "      + expected - actual",
      "      -false",
      "      +true",
      "      at Object.anonymous> (extensions/api-tests/src/window.test.ts:137:10)",
      "      at Context.<anonymous> (extensions/api-tests/src/window.test.ts:140:3)",
    ].join("\n");
    const locs = (await analyzeText(mochaFailure)).failures.flatMap((f) => f.locations);
    expect(locs).toContainEqual({ file: "extensions/api-tests/src/window.test.ts", line: 140, column: 3 });
    const jestFailure = [
      "  ● cart › applies a discount",
      "",
      "    expect(received).toBe(expected) // Object.is equality",
      "",
      "    >  9 |     expect(discount(100, 10)).toBe(90);",
      "         |                               ^",
      "",
      "      at Object.toBe (test/cart.test.js:9:31)",
    ].join("\n");
    const r = await analyzeText(jestFailure);
    expect(r.failures[0]?.locations).toContainEqual({ file: "test/cart.test.js", line: 9, column: 31 });
  });

  it("reads the file of an eslint problem from the header above it", async () => {
    const log = [
      "/home/runner/work/w/w/src/cart.js",
      "  2:9  error  'tax' is assigned a value but never used  no-unused-vars",
      "",
      "/home/runner/work/w/w/src/util.js",
      "  1:10  error  'total' is defined but never used  no-unused-vars",
      "  4:7   error  Expected '===' and instead saw '=='  eqeqeq",
    ].join("\n");
    const r = await analyzeText(log);
    expect(r.failures[0]?.category).toBe("lint_error");
    expect(r.failures[0]?.locations).toEqual([
      { file: "src/cart.js", line: 2, column: 9 },
      { file: "src/util.js", line: 1, column: 10 },
      { file: "src/util.js", line: 4, column: 7 },
    ]);
  });

  it("takes a plain `Error:` as a node crash only under node's crash header", async () => {
    const crash = [
      "file:///home/runner/work/w/w/scripts/seed.js:3",
      "    if (!r.email) throw new Error(`row ${r.id} has no email`);",
      "                        ^",
      "",
      "Error: row 2 has no email",
      "    at seed (file:///home/runner/work/w/w/scripts/seed.js:3:25)",
      "",
      "Node.js v24.9.0",
    ].join("\n");
    const r = await analyzeText(crash);
    expect(r.failures[0]?.rule).toBe("node.crash-error");
    expect(r.failures[0]?.locations[0]).toEqual({ file: "scripts/seed.js", line: 3 });
    const wrapper = await analyzeText('Error: running "go test ./..." failed with exit code 1\n');
    expect(wrapper.failures.map((f) => f.rule)).not.toContain("node.crash-error");
  });

  it("reads next build's type and module errors with the location line above them", async () => {
    const typeErr = [
      "./src/app/page.tsx:12:5",
      "Type error: Type 'string' is not assignable to type 'number'.",
    ];
    const t = await analyzeText(typeErr.join("\n"));
    expect(t.failures[0]).toMatchObject({ category: "type_error", rule: "tsc.next-build" });
    expect(t.failures[0]?.locations).toContainEqual({ file: "src/app/page.tsx", line: 12, column: 5 });
    const modErr = ["./src/app/page.tsx:3:1", "Module not found: Can't resolve '@/components/Header'"];
    const m = await analyzeText(modErr.join("\n"));
    expect(m.failures[0]).toMatchObject({ category: "import_error", rule: "webpack.module-not-found" });
    expect(m.failures[0]?.locations).toContainEqual({ file: "src/app/page.tsx", line: 3, column: 1 });
    const tsl = [
      "[tsl] ERROR in /home/runner/work/w/w/src/a.ts(3,7)",
      "      TS2322: Type 'string' is not assignable",
    ];
    expect((await analyzeText(tsl.join("\n"))).failures[0]?.locations).toContainEqual({
      file: "src/a.ts",
      line: 3,
      column: 7,
    });
  });

  it("does not report npm's own script-failed lines as the failure", async () => {
    const log = [
      "src/a.ts(1,7): error TS2322: Type 'string' is not assignable to type 'number'.",
      "npm error Lifecycle script `build` failed with error:",
      "npm error code 2",
      "npm error path /home/runner/work/w/w",
    ].join("\n");
    const r = await analyzeText(log);
    expect(r.failures.map((f) => f.rule)).toEqual(["tsc.type"]);
  });
});

const cases: Case[] = (loadCorpus() as Case[]).filter((c) => c.id.startsWith("js-"));

describe("analyzer on the JavaScript/TypeScript corpus", () => {
  it("has at least 55 logs and at least 6 per category it covers", () => {
    const per = perCategory(
      cases,
      cases.map(() => ({ categoryOk: true })),
    ) as Record<string, { n: number }>;
    expect(cases.length).toBeGreaterThanOrEqual(55);
    const short = Object.entries(per)
      .filter(([, v]) => v.n < 6)
      .map(([c, v]) => `${c}: ${v.n}`);
    expect(short).toEqual([]);
  });

  it("meets the bars: category >= 97%, locations >= 95%, key lines >= 95%", async () => {
    const scores = [];
    const misses: string[] = [];
    for (const c of cases) {
      const s = scoreCase(c.label, await analyzeFile(c.log));
      scores.push(s);
      if (!s.categoryOk) misses.push(`${c.id}: category ${s.got} (want ${c.label.category})`);
      s.locationHits.forEach((hit: boolean, i: number) => {
        if (!hit) misses.push(`${c.id}: missed location ${JSON.stringify(c.label.locations![i])}`);
      });
      s.keyHits.forEach((hit: boolean, i: number) => {
        if (!hit) misses.push(`${c.id}: missed key line ${c.label.keyLines![i]}`);
      });
    }
    const agg = aggregate(scores);
    if (misses.length) console.log(misses.join("\n"));
    console.log(`js corpus: ${JSON.stringify(agg)}`);
    expect(agg.categoryAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(agg.locationRecall).toBeGreaterThanOrEqual(0.95);
    expect(agg.keyLineRecall).toBeGreaterThanOrEqual(0.95);
  });
});

describe("mocha: the failure under the count explains the step", () => {
  it("reports mocha's failure block, not the progress line of the same test", async () => {
    const log = [
      "$ script/lint && script/test",
      "  AtomApplication",
      "  1) AtomApplication opens a window:",
      "    ․ AtomApplication reuses the socket: 17ms",
      "",
      "  1 passing (3s)",
      "  1 failing",
      "",
      "  1) AtomApplication opens a window:",
      "     Error: timeout of 2000ms exceeded. Ensure the done() callback is being called in this test.",
      "",
      "Error! The 'main-process' test step finished with a non-zero exit code",
      'The command "script/lint && script/test" exited with 1.',
    ].join("\n");
    const res = await analyzeText(log);
    const f = res.failures[0];
    expect(f.rule).toBe("mocha.failing");
    expect(f.category).toBe("test_failure");
    expect(f.excerpt.join("\n")).toContain("Error: timeout of 2000ms exceeded.");
  });
});

describe("standard: the whole report under its header", () => {
  it("takes the header, the --fix hint and every problem line with its location", async () => {
    const log = [
      "$ npm test",
      "> app@1.0.0 test /home/travis/build/o/app",
      "> standard && tape test/*.js",
      "standard: Use JavaScript Standard Style (https://standardjs.com)",
      "standard: Run `standard --fix` to automatically fix some problems.",
      "  /home/travis/build/o/app/lib/a.js:178:40: A space is required after ','.",
      "  /home/travis/build/o/app/lib/b.js:17:4: Parsing error: Unexpected string",
      "npm ERR! Test failed.  See above for more details.",
      'The command "npm test" exited with 1.',
    ].join("\n");
    const res = await analyzeText(log);
    const f = res.failures[0];
    expect(f.rule).toBe("standard.report");
    expect(f.category).toBe("lint_error");
    expect(f.excerpt).toHaveLength(4);
    expect(f.locations).toEqual([
      { file: "lib/a.js", line: 178, column: 40 },
      { file: "lib/b.js", line: 17, column: 4 },
    ]);
  });
});
