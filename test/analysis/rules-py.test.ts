import { describe, expect, it } from "vitest";
import { analyzeFile, analyzeText } from "../../src/analysis/analyze.js";
import type { Failure } from "../../src/analysis/types.js";
// @ts-expect-error plain JS module shared with the benchmark
import { aggregate, loadCorpus, scoreCase } from "../../bench/corpus-score.mjs";

interface Case {
  id: string;
  log: string;
  label: { category: string; locations?: Array<{ file: string; line?: number }>; keyLines?: string[] };
}

const MINE = /^(?:py|sh|infra|sec)-/;
const cases: Case[] = (loadCorpus() as Case[]).filter((c) => MINE.test(c.id));

describe("python/shell/runner corpus", () => {
  it("has at least 45 logs, 6+ per Python category, timeout and infrastructure", () => {
    const count = (cat: string) => cases.filter((c) => c.label.category === cat).length;
    expect(cases.length).toBeGreaterThanOrEqual(45);
    for (const cat of [
      "test_failure",
      "import_error",
      "syntax_error",
      "runtime_error",
      "lint_error",
      "format_error",
      "type_error",
      "dependency_error",
      "timeout",
      "infrastructure_error",
    ])
      expect(count(cat), cat).toBeGreaterThanOrEqual(6);
  });

  it("gives the labelled category, locations and key lines (>= 97% / 95% / 95%)", async () => {
    const scores = [];
    const misses: string[] = [];
    for (const c of cases) {
      const r = await analyzeFile(c.log);
      const s = scoreCase(c.label, r);
      scores.push(s);
      const why: string[] = [];
      if (!s.categoryOk) why.push(`category ${s.got} (want ${c.label.category})`);
      s.locationHits.forEach((hit: boolean, i: number) => {
        if (!hit) why.push(`location ${JSON.stringify(c.label.locations![i])}`);
      });
      s.keyHits.forEach((hit: boolean, i: number) => {
        if (!hit) why.push(`key line ${JSON.stringify(c.label.keyLines![i])}`);
      });
      if (why.length)
        misses.push(
          `${c.id}: ${why.join("; ")}\n  got: ${JSON.stringify(
            r.failures.map((f) => ({ c: f.category, rule: f.rule, loc: f.locations, ex: f.excerpt })),
          ).slice(0, 1500)}`,
        );
    }
    const agg = aggregate(scores);
    if (misses.length) console.log(misses.join("\n"));
    expect(agg.categoryAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(agg.locationRecall).toBeGreaterThanOrEqual(0.95);
    expect(agg.keyLineRecall).toBeGreaterThanOrEqual(0.95);
  });
});

// ---- inline shapes: real output of each tool (trimmed), run through the whole analyzer

async function failures(lines: string[]): Promise<Failure[]> {
  return (await analyzeText(lines.join("\n") + "\n")).failures;
}
async function first(lines: string[]): Promise<Failure> {
  const f = (await failures(lines))[0];
  expect(f, "a failure").toBeDefined();
  return f;
}
// Rule ids of this file's rule sets; a raw log with error-ish lines always yields some failure
// (the generic fallback), so red-herring checks ask that none of these rules fired.
const MY_RULES =
  /^(?:python|pytest|flake8|ruff|black|isort|mypy|pyright|pip|conda|poetry|uv|shellcheck|shell|rspec|ruby|minitest|rubocop|bundler|docker|hadolint|trivy|grype|osv-scanner|snyk|pip-audit|safety|bandit|semgrep|codeql|govulncheck|cargo-audit|gitleaks|trufflehog|runner)\./;
const mine = async (lines: string[]) => (await failures(lines)).filter((f) => MY_RULES.test(f.rule));
const has = (f: Failure, file: string, line?: number) =>
  f.locations.some((l) => l.file === file && (line === undefined || l.line === line));

describe("python rules", () => {
  it("reads a script traceback: exception type, project frames, whole trace in the excerpt", async () => {
    const f = await first([
      "Traceback (most recent call last):",
      '  File "/home/runner/work/shop/shop/scripts/report.py", line 27, in <module>',
      "    main(sys.argv)",
      '  File "/usr/lib/python3.11/json/__init__.py", line 293, in load',
      "    return loads(fp.read(),",
      "           ^^^^^^^^^^^^^^^^",
      '  File "/home/runner/work/shop/shop/shop/cart.py", line 28, in subtotal',
      "    return round(sum(i.price * i.qty for i in self.items), 2)",
      "TypeError: unsupported operand type(s) for +: 'int' and 'str'",
    ]);
    expect(f.category).toBe("runtime_error");
    expect(f.tool).toBe("python");
    expect(has(f, "scripts/report.py", 27) && has(f, "shop/cart.py", 28)).toBe(true);
    expect(f.locations.some((l) => l.file.includes("json"))).toBe(false);
    expect(f.excerpt).toContain("TypeError: unsupported operand type(s) for +: 'int' and 'str'");
  });

  it("tells a missing package (install it) from a wrong module path (fix the import)", async () => {
    const pkg = await first([
      "Traceback (most recent call last):",
      '  File "app.py", line 1, in <module>',
      "    import yaml",
      "ModuleNotFoundError: No module named 'yaml'",
    ]);
    expect([pkg.category, pkg.strategy]).toEqual(["import_error", "dependencies"]);
    expect(pkg.message).toBe("No module named 'yaml' (provided by PyYAML)");
    const local = await first(["ModuleNotFoundError: No module named 'shop.basket'"]);
    expect([local.category, local.strategy]).toEqual(["import_error", "imports"]);
    const name = await first(["ImportError: cannot import name 'Order' from 'shop.cart' (/w/shop/cart.py)"]);
    expect(name.strategy).toBe("imports");
  });

  it("places a SyntaxError at the line Python points to", async () => {
    const f = await first([
      '  File "/home/runner/work/shop/shop/scripts/report.py", line 19',
      "    def main(argv)",
      "                  ^",
      "SyntaxError: expected ':'",
    ]);
    expect(f.category).toBe("syntax_error");
    expect(has(f, "scripts/report.py", 19)).toBe(true);
  });

  it("pytest: failures, their locations, and collection errors by cause", async () => {
    const t = await first([
      "tests/test_cart.py F.                                                    [100%]",
      "=================================== FAILURES ===================================",
      "_________________________ test_subtotal_counts_quantity _________________________",
      "    def test_subtotal_counts_quantity():",
      ">       assert make_cart().subtotal() == 18.0",
      "E       assert 13.5 == 18.0",
      "",
      "tests/test_cart.py:12: AssertionError",
      "=========================== short test summary info ============================",
      "FAILED tests/test_cart.py::test_subtotal_counts_quantity - assert 13.5 == 18.0",
      "========================= 1 failed, 1 passed in 0.07s ==========================",
    ]);
    expect(t.category).toBe("test_failure");
    expect(has(t, "tests/test_cart.py", 12)).toBe(true);
    expect(t.excerpt).toContain("E       assert 13.5 == 18.0");
    expect(t.excerpt).not.toContain("    def test_subtotal_counts_quantity():");

    const c = await first([
      "______________________ ERROR collecting tests/test_cart.py ______________________",
      "ImportError while importing test module '/home/runner/work/shop/shop/tests/test_cart.py'.",
      "Traceback:",
      "/usr/lib/python3.11/importlib/__init__.py:126: in import_module",
      "    return _bootstrap._gcd_import(name[level:], package, level)",
      "tests/test_cart.py:1: in <module>",
      "    from shop.basket import Cart, Item",
      "E   ModuleNotFoundError: No module named 'shop.basket'",
      "=========================== short test summary info ============================",
      "ERROR tests/test_cart.py",
      "!!!!!!!!!!!!!!!!!!!! Interrupted: 1 error during collection !!!!!!!!!!!!!!!!!!!!",
    ]);
    expect(c.category).toBe("import_error");
    expect(has(c, "tests/test_cart.py", 1)).toBe(true);
  });

  it("unittest and nose FAIL/ERROR blocks are test failures; a loader ImportError is an import error", async () => {
    for (const head of [
      "FAIL: test_tax (tests.test_legacy.PricingTest.test_tax)",
      "FAIL: numpy.core.tests.test_x.TestY.test_2d",
    ]) {
      const f = await first([
        "======================================================================",
        head,
        "----------------------------------------------------------------------",
        "Traceback (most recent call last):",
        '  File "/home/runner/work/shop/shop/tests/test_legacy.py", line 12, in test_tax',
        "    self.assertEqual(with_tax(19.99), 23.98)",
        "AssertionError: 23.99 != 23.98",
        "",
        "FAILED (failures=1)",
      ]);
      expect(f.category).toBe("test_failure");
      expect(has(f, "tests/test_legacy.py", 12)).toBe(true);
    }
  });

  it("flake8/ruff are lint, E999 is syntax, black/isort are format, mypy/pyright are types", async () => {
    expect((await first(["./shop/cart.py:1:1: F401 'os' imported but unused"])).category).toBe("lint_error");
    expect((await first(["shop/cart.py:12:5: E999 SyntaxError: invalid syntax"])).category).toBe(
      "syntax_error",
    );
    const ruff = await first([
      "F401 [*] `os` imported but unused",
      " --> shop/cart.py:1:8",
      "Found 1 error.",
    ]);
    expect(ruff.category).toBe("lint_error");
    expect(has(ruff, "shop/cart.py", 1)).toBe(true);
    const rs = await first([
      "invalid-syntax: Expected `:`, found newline",
      " --> shop/cart.py:19:39",
      "Found 1 error.",
    ]);
    expect(rs.category).toBe("syntax_error");
    expect(has(rs, "shop/cart.py", 19)).toBe(true);
    const rf = await first([
      "shop/stock.py:1:1: unformatted: File would be reformatted",
      "1 file would be reformatted",
    ]);
    expect([rf.category, rf.strategy]).toEqual(["format_error", "format"]);
    const black = await first([
      "would reformat /home/runner/work/shop/shop/shop/stock.py",
      "",
      "Oh no! 💥 💔 💥",
      "1 file would be reformatted, 5 files would be left unchanged.",
    ]);
    expect([black.category, black.strategy]).toEqual(["format_error", "format"]);
    expect(has(black, "shop/stock.py")).toBe(true);
    const isort = await first([
      "ERROR: /home/runner/work/shop/shop/shop/dump.py Imports are incorrectly sorted and/or formatted.",
    ]);
    expect(isort.category).toBe("format_error");
    const mypy = await first([
      'shop/totals.py:6: error: Incompatible types in assignment (expression has type "float", variable has type "int")  [assignment]',
      "Found 1 error in 1 file (checked 5 source files)",
    ]);
    expect(mypy.category).toBe("type_error");
    expect(has(mypy, "shop/totals.py", 6)).toBe(true);
    const stub = await first([
      'shop/upload.py:1: error: Cannot find implementation or library stub for module named "httpx"  [import-not-found]',
    ]);
    expect([stub.category, stub.strategy]).toEqual(["import_error", "dependencies"]);
    const pyright = await first([
      '  /w/shop/totals.py:6:18 - error: Type "float" is not assignable to declared type "int" (reportAssignmentType)',
      "1 error, 0 warnings, 0 informations",
    ]);
    expect(pyright.category).toBe("type_error");
  });

  it("pip, conda and poetry failures are dependency errors; pip's resolver notice is not", async () => {
    const pip = await first([
      "ERROR: Could not find a version that satisfies the requirement shop-utils==9.9.9 (from versions: 1.0.0, 1.1.0)",
      "ERROR: No matching distribution found for shop-utils==9.9.9",
    ]);
    expect([pip.category, pip.tool]).toEqual(["dependency_error", "pip"]);
    const inDocker = await first(["#8 0.512 ERROR: No matching distribution found for shop-utilz==1.0"]);
    expect(inDocker.category).toBe("dependency_error");
    const conda = await first([
      "PackagesNotFoundError: The following packages are not available from current channels:",
      "",
      "  - numpy=1.10.4",
      "  - python=3.4",
      "",
      "Current channels:",
      "",
      "  - https://repo.anaconda.com/pkgs/main/linux-64",
    ]);
    expect(conda.category).toBe("dependency_error");
    expect(conda.excerpt).toContain("  - numpy=1.10.4");
    // The blank line the rule took ends its paragraph: the channel list is the next one.
    expect(conda.excerpt).not.toContain("Current channels:");
    expect(conda.excerpt).not.toContain("  - https://repo.anaconda.com/pkgs/main/linux-64");
    expect(
      (
        await first([
          "Because shop depends on foo (^2.0) which doesn't match any versions, version solving failed.",
        ])
      ).category,
    ).toBe("dependency_error");
    const notice = await mine([
      "ERROR: pip's dependency resolver does not currently take into account all the packages that are installed. This behaviour is the source of the following dependency conflicts.",
      "Successfully installed shop-1.0",
    ]);
    expect(notice).toEqual([]);
  });

  it("pytest that cannot start: missing plugin, missing path, internal error; pip check conflicts", async () => {
    const plugin = await first([
      "ERROR: usage: __main__.py [options] [file_or_dir] [file_or_dir] [...]",
      "__main__.py: error: unrecognized arguments: --cov=shop",
    ]);
    expect([plugin.category, plugin.strategy]).toEqual(["dependency_error", "dependencies"]);
    const path = await first(["ERROR: file or directory not found: tests/test_nope.py"]);
    expect(path.category).toBe("build_failure");
    expect(has(path, "tests/test_nope.py")).toBe(true);
    const internal = await first([
      "INTERNALERROR> Traceback (most recent call last):",
      'INTERNALERROR>   File "/usr/lib/python3/dist-packages/_pytest/main.py", line 270, in wrap_session',
      "INTERNALERROR>     session.exitstatus = doit(config, session) or 0",
      "INTERNALERROR> ValueError: option names {'--foo'} already added",
    ]);
    expect(internal.category).toBe("runtime_error");
    expect(internal.excerpt).toContain("INTERNALERROR> ValueError: option names {'--foo'} already added");
    const check = await first(["shop 1.0.0 has requirement requests>=2.31, but you have requests 2.28.0."]);
    expect(check.category).toBe("dependency_error");
  });

  it("coverage gates", async () => {
    for (const line of [
      "FAIL Required test coverage of 90% not reached. Total coverage: 85.23%",
      "Coverage failure: total of 85 is less than fail-under=90",
    ])
      expect((await first([line])).tool).toBe("coverage");
  });

  it("docs builds that turn warnings into errors", async () => {
    const s = await first([
      "Warning, treated as error:",
      "/home/runner/work/shop/shop/docs/usage.rst:12: WARNING: undefined label: 'install'",
    ]);
    expect([s.category, s.tool]).toEqual(["build_failure", "sphinx"]);
    expect(has(s, "docs/usage.rst", 12)).toBe(true);
    const m = await first(["Aborted with 3 warnings in strict mode!"]);
    expect(m.category).toBe("build_failure");
  });

  it("an interrupted pytest or a subprocess timeout is a timeout", async () => {
    expect(
      (
        await first([
          "!!!!!!!!!!!!!!!!!!!! KeyboardInterrupt !!!!!!!!!!!!!!!!!!!!",
          "tests/test_lock.py:10: KeyboardInterrupt",
        ])
      ).category,
    ).toBe("timeout");
    expect(
      (await first(["subprocess.TimeoutExpired: Command '['sleep', '5']' timed out after 1 seconds"]))
        .category,
    ).toBe("timeout");
  });

  it("leaves other languages' exceptions and passing output alone", async () => {
    for (const line of [
      "java.lang.IllegalStateException: Failed to load ApplicationContext",
      "RuntimeException: Undefined property: CI_DB_mysql_driver::$_is_unbuffered",
      "sbt.ResolveException: unresolved dependency: org.scala-lang#scala-compiler;2.12.9: not found",
      "retrofit.RetrofitError",
    ])
      expect(await mine([line])).toEqual([]);
    const ok = await failures([
      "/opt/hostedtoolcache/Python/3.11.9/x64/lib/python3.11/site-packages/pkg_resources/__init__.py:121: DeprecationWarning: pkg_resources is deprecated as an API",
      "Success: no issues found in 5 source files",
      "All done! ✨ 🍰 ✨",
      "5 files would be left unchanged.",
      "========================= 12 passed in 0.31s =========================",
    ]);
    expect(ok).toEqual([]);
  });
});

describe("shell rules", () => {
  it("shellcheck in tty and gcc formats", async () => {
    const tty = await first([
      "In scripts/deploy.sh line 5:",
      "cd $target",
      "^--------^ SC2164 (warning): Use 'cd ... || exit' or 'cd ... || return' in case cd fails.",
      "   ^-----^ SC2086 (info): Double quote to prevent globbing and word splitting.",
    ]);
    expect([tty.category, tty.tool]).toEqual(["lint_error", "shellcheck"]);
    expect(has(tty, "scripts/deploy.sh", 5)).toBe(true);
    expect(tty.excerpt).toContain(
      "^--------^ SC2164 (warning): Use 'cd ... || exit' or 'cd ... || return' in case cd fails.",
    );
    const gcc = await first([
      "scripts/release.sh:6:15: error: > is for string comparisons. Use -gt instead. [SC2071]",
    ]);
    expect(has(gcc, "scripts/release.sh", 6)).toBe(true);
  });

  it("bash syntax errors, unset variables and missing commands", async () => {
    const syn = await first([
      "scripts/check.sh: line 9: syntax error near unexpected token `fi'",
      "scripts/check.sh: line 9: `fi'",
    ]);
    expect(syn.category).toBe("syntax_error");
    expect(has(syn, "scripts/check.sh", 9)).toBe(true);
    expect((await first(["scripts/deploy.sh: line 5: VERSION: unbound variable"])).category).toBe(
      "runtime_error",
    );
    const cnf = await first(["/home/runner/work/_temp/3d95.sh: line 1: pnpm: command not found"]);
    expect([cnf.category, cnf.message]).toEqual(["dependency_error", "pnpm: command not found"]);
    expect(
      await mine(["/Users/travis/.travis/job_stages: line 166: shell_session_update: command not found"]),
    ).toEqual([]);
  });
});

describe("ruby rules", () => {
  it("RSpec failures and re-run lines", async () => {
    const f = await first([
      "Failures:",
      "",
      "  1) Cart#total applies the discount",
      "     Failure/Error: expect(cart.total).to eq(19.44)",
      "",
      "       expected: 19.44",
      "            got: 14.58",
      "     # ./spec/cart_spec.rb:12:in `block (2 levels) in <top (required)>'",
      "",
      "Finished in 0.02 seconds (files took 0.1 seconds to load)",
      "3 examples, 1 failure",
      "",
      "Failed examples:",
      "",
      "rspec ./spec/cart_spec.rb:10 # Cart#total applies the discount",
    ]);
    expect(f.category).toBe("test_failure");
    expect(has(f, "spec/cart_spec.rb", 12) && has(f, "spec/cart_spec.rb", 10)).toBe(true);
    expect(await mine(["3 examples, 0 failures"])).toEqual([]);
  });

  it("Minitest Failure blocks count, Skipped blocks do not", async () => {
    const f = await first([
      "Failure:",
      "TestKramdown#test_highlighter [/home/travis/build/jekyll/jekyll/test/test_kramdown.rb:106]",
      "Minitest::Assertion: Expected true to not be truthy.",
    ]);
    expect(f.category).toBe("test_failure");
    expect(has(f, "test/test_kramdown.rb", 106)).toBe(true);
    const skipped = await mine([
      "Skipped:",
      "TestServe#test_reload [/home/travis/build/jekyll/jekyll/test/test_serve.rb:47]:",
      "Skipping on Windows",
    ]);
    expect(skipped).toEqual([]);
  });

  it("RuboCop offenses, Bundler resolution, LoadError and interpreter errors", async () => {
    const rc = await first([
      "Offenses:",
      "",
      "lib/jekyll/excerpt.rb:158:17: C: [Correctable] Performance/RegexpMatch: Use match? instead of =~ when MatchData is not used.",
      "        next if head =~ endtag_regex_stash(tag_name)",
      "                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
      "",
      "129 files inspected, 1 offense detected, 1 offense autocorrectable",
    ]);
    expect([rc.category, rc.tool]).toEqual(["lint_error", "rubocop"]);
    expect(has(rc, "lib/jekyll/excerpt.rb", 158)).toBe(true);
    expect(await mine(["129 files inspected, no offenses detected"])).toEqual([]);
    expect((await first(["Could not find gem 'rails (~> 7.1)' in locally installed gems."])).category).toBe(
      "dependency_error",
    );
    expect(
      (await first(["/app/lib/x.rb:1:in `require': cannot load such file -- nokogiri (LoadError)"])).category,
    ).toBe("import_error");
    const ex = await first(["lib/cart.rb:12:in 'total': undefined method 'price' for nil (NoMethodError)"]);
    expect(ex.category).toBe("runtime_error");
    expect(has(ex, "lib/cart.rb", 12)).toBe(true);
  });
});

describe("docker rules", () => {
  it("a failed RUN: the Dockerfile line, and the tool's own error first", async () => {
    const all = await failures([
      "#8 [4/5] RUN pip install -r requirements.txt",
      "#8 0.513 ERROR: No matching distribution found for shop-utilz==1.0",
      '#8 ERROR: process "/bin/sh -c pip install -r requirements.txt" did not complete successfully: exit code: 1',
      "Dockerfile:5",
      "--------------------",
      "   4 |     COPY requirements.txt .",
      "   5 | >>> RUN pip install -r requirements.txt",
      "--------------------",
      'ERROR: failed to solve: process "/bin/sh -c pip install -r requirements.txt" did not complete successfully: exit code: 1',
    ]);
    expect(all[0].category).toBe("dependency_error");
    const build = all.find((f) => f.tool === "docker")!;
    expect(build.category).toBe("build_failure");
    expect(has(build, "Dockerfile", 5)).toBe(true);
    expect(build.excerpt).toContain("   5 | >>> RUN pip install -r requirements.txt");
  });

  it("legacy builder, registry limits, cache failures and hadolint", async () => {
    expect((await first(["The command '/bin/sh -c npm ci' returned a non-zero code: 1"])).category).toBe(
      "build_failure",
    );
    expect(
      (
        await first([
          "ERROR: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit",
        ])
      ).category,
    ).toBe("infrastructure_error");
    expect(
      (
        await first([
          "ERROR: failed to solve: error writing layer blob: GET https://example.blob.core.windows.net/actions-cache/2d3: unexpected EOF",
        ])
      ).category,
    ).toBe("infrastructure_error");
    const h = await first([
      "Dockerfile:3 DL3008 warning: Pin versions in apt get install. Instead of `apt-get install <package>` use `apt-get install <package>=<version>`",
    ]);
    expect([h.category, h.tool]).toEqual(["lint_error", "hadolint"]);
  });
});

describe("security rules", () => {
  it("Trivy and Grype tables, with clean reports left alone", async () => {
    const t = await first([
      "requirements.txt (pip)",
      "======================",
      "Total: 2 (UNKNOWN: 0, LOW: 0, MEDIUM: 1, HIGH: 1, CRITICAL: 0)",
      "",
      "┌──────────┬────────────────┬──────────┬────────┬───────────────────┬───────────────┬────────────────────────────┐",
      "│ Library  │ Vulnerability  │ Severity │ Status │ Installed Version │ Fixed Version │           Title            │",
      "├──────────┼────────────────┼──────────┼────────┼───────────────────┼───────────────┼────────────────────────────┤",
      "│ jinja2   │ CVE-2024-22195 │ MEDIUM   │ fixed  │ 3.1.2             │ 3.1.3         │ jinja2: HTML attribute ... │",
      "│ requests │ CVE-2023-32681 │ HIGH     │ fixed  │ 2.28.0            │ 2.31.0        │ python-requests: leak ...  │",
      "└──────────┴────────────────┴──────────┴────────┴───────────────────┴───────────────┴────────────────────────────┘",
    ]);
    expect([t.category, t.tool, t.strategy]).toEqual(["security_vulnerability", "trivy", "dependencies"]);
    expect(t.excerpt.some((l) => l.includes("CVE-2023-32681"))).toBe(true);
    expect(await mine(["Total: 0 (UNKNOWN: 0, LOW: 0, MEDIUM: 0, HIGH: 0, CRITICAL: 0)"])).toEqual([]);
    const g = await first([
      "NAME     INSTALLED  FIXED-IN  TYPE    VULNERABILITY        SEVERITY",
      "libssl3  3.0.11-1   3.0.13-1  deb     CVE-2024-0727        Medium",
      "1 error occurred:",
      "\t* discovered vulnerabilities at or above the severity threshold",
    ]);
    expect(g.tool).toBe("grype");
  });

  it("gitleaks: location from File:, and the secret itself never in the excerpt", async () => {
    const f = await first([
      'Finding:     aws_secret = "AKIAIOSFODNN7EXAMPLE"',
      "Secret:      AKIAIOSFODNN7EXAMPLE",
      "RuleID:      aws-access-token",
      "Entropy:     3.684184",
      "File:        config/settings.py",
      "Line:        12",
      "Commit:      1b6da43b82b22e4eaa10bcf8ee591e91abbfc587",
      "",
      "12:00PM INF 1 commits scanned.",
      "12:00PM WRN leaks found: 1",
    ]);
    expect([f.category, f.strategy]).toEqual(["security_vulnerability", "none"]);
    expect(has(f, "config/settings.py")).toBe(true);
    expect(f.excerpt.join("\n")).not.toContain("AKIAIOSFODNN7EXAMPLE");
    expect(await mine(["12:00PM INF no leaks found"])).toEqual([]);
  });

  it("bandit, pip-audit, safety and snyk", async () => {
    const b = await first([
      ">> Issue: [B602:subprocess_popen_with_shell_equals_true] subprocess call with shell=True identified, security issue.",
      "   Severity: High   Confidence: High",
      "   CWE: CWE-78 (https://cwe.mitre.org/data/definitions/78.html)",
      "   Location: ./shop/run.py:12:4",
    ]);
    expect([b.tool, b.category]).toEqual(["bandit", "security_vulnerability"]);
    expect(has(b, "shop/run.py", 12)).toBe(true);
    const pa = await first([
      "Found 2 known vulnerabilities in 1 package",
      "Name   Version ID                  Fix Versions",
      "jinja2 3.1.2   GHSA-h5c8-rqwp-cp95 3.1.3",
    ]);
    expect(pa.tool).toBe("pip-audit");
    expect(await mine(["No known vulnerabilities found"])).toEqual([]);
    expect((await first(["-> Vulnerability found in jinja2 version 2.11.3"])).tool).toBe("safety");
    const cq = await first([
      "##[error]We were unable to automatically build your code. Please replace the call to the autobuild action with your custom build steps.",
    ]);
    expect([cq.tool, cq.category]).toEqual(["codeql", "build_failure"]);
    const snyk = await first([
      "  ✗ Prototype Pollution [High Severity][https://security.snyk.io/vuln/SNYK-JS-LODASH-567746] in lodash@4.17.15",
    ]);
    expect(snyk.tool).toBe("snyk");
  });
});

describe("runner rules", () => {
  it("job and step time limits; the cancel line joins the timeout", async () => {
    const f = await first([
      "tests/test_lock.py::test_waits_for_lock ",
      "##[error]The job running on runner GitHub Actions 12 has exceeded the maximum execution time of 360 minutes.",
      "##[error]The operation was canceled.",
    ]);
    expect([f.category, f.strategy]).toEqual(["timeout", "none"]);
    expect(f.excerpt).toEqual([
      "The job running on runner GitHub Actions 12 has exceeded the maximum execution time of 360 minutes.",
      "The operation was canceled.",
    ]);
    expect((await first(["The job has exceeded the maximum execution time of 1h0m0s"])).category).toBe(
      "timeout",
    );
    expect(
      (await first(["##[error]The action 'Run npm test' has timed out after 10 minutes."])).category,
    ).toBe("timeout");
    expect((await first(["timeout: sending signal TERM to command ‘python3’"])).category).toBe("timeout");
    expect(
      (
        await first([
          "No output has been received in the last 10m0s, this potentially indicates a stalled build or something wrong with the build itself.",
        ])
      ).category,
    ).toBe("timeout");
    expect((await first(["Build timed out (after 10 minutes). Marking the build as failed."])).category).toBe(
      "timeout",
    );
  });

  it("lost runners, full disks, killed processes and network failures are infrastructure", async () => {
    for (const line of [
      "##[error]The runner has received a shutdown signal. This can happen when the runner service is stopped, or a manually started runner is canceled.",
      "The self-hosted runner: ci-runner-03 lost communication with the server. Verify the machine is running and has a healthy network connection.",
      "cp: error writing '/dev/full': No space left on device",
      "build.sh: line 2: 13435 Killed                  python3 scripts/index.py",
      "curl: (6) Could not resolve host: downloads.example.invalid",
      "fatal: unable to access 'https://github.com/acme/x.git/': Could not resolve host: github.com",
      "curl: (22) The requested URL returned error: 503",
      "Error: getaddrinfo ENOTFOUND registry.example.invalid",
    ]) {
      const f = await first([line]);
      expect(f.category, line).toBe("infrastructure_error");
      expect(f.strategy).toBe("none");
    }
  });

  it("workflow setup: missing action or tool versions, missing permissions", async () => {
    const a = await first([
      "##[error]Unable to resolve action `actions/checkout@v9`, unable to find version `v9`",
    ]);
    expect([a.category, a.strategy]).toEqual(["dependency_error", "none"]);
    const py = await first([
      "##[error]The version '3.6' with architecture 'x64' was not found for Ubuntu 24.04. The list of all available versions can be found here: https://raw.githubusercontent.com/actions/python-versions/main/versions-manifest.json",
    ]);
    expect(py.category).toBe("dependency_error");
    expect(
      (
        await first([
          "##[error]Unable to locate executable file: python3. Please verify either the file path exists",
        ])
      ).category,
    ).toBe("dependency_error");
    const perm = await first(["##[error]Resource not accessible by integration"]);
    expect([perm.category, perm.strategy]).toEqual(["infrastructure_error", "none"]);
  });

  it("ignores cache warnings and debug noise that mention network errors", async () => {
    expect(
      await mine([
        "Failed to save: Cache service responded with 503",
        "Apr 12 14:43:53.968 DEBUG detour: dial tcp 10.0.0.1:80: i/o timeout",
      ]),
    ).toEqual([]);
  });
});

describe("a green job full of look-alikes", () => {
  it("gives no failure from these rules (warnings, skips, xfails, clean linters)", async () => {
    const { readFileSync } = await import("node:fs");
    const log = readFileSync(new URL("../fixtures/corpus/py-passing/log.txt", import.meta.url), "utf8");
    const r = await analyzeText(log);
    expect(r.failures.filter((f) => MY_RULES.test(f.rule))).toEqual([]);
    expect(r.status).not.toBe("failed");
  });
});

describe("fingerprints of these failures", () => {
  // A second run of the same failure: other timestamps, durations, PIDs, temp dirs.
  function rerun(log: string): string {
    return log
      .replace(/^(\d{4}-\d\d-\d\dT\d\d):(\d\d)/gm, (_m, h: string, min: string) =>
        `${h}:${(Number(min) + 7) % 60}`.padEnd(16, "0"),
      )
      .replace(/\b(\d+\.\d+)s\b/g, (_m, d: string) => `${(Number(d) * 3 + 0.41).toFixed(2)}s`)
      .replace(
        /line (\d+): +(\d+) Killed/g,
        (_m, l: string, pid: string) => `line ${l}: ${Number(pid) + 4242} Killed`,
      )
      .replace(/py-corpus-index-\w+/g, "py-corpus-index-Zz9Yx8");
  }
  const pick = [
    "py-pytest-assert",
    "infra-oom-killed",
    "py-pip-requires-python",
    "py-runtime-typeerror",
    "sh-shellcheck-gcc",
  ];

  it("stay the same across runs and differ between failures", async () => {
    const { readFileSync } = await import("node:fs");
    const seen = new Set<string>();
    for (const id of pick) {
      const c = cases.find((x) => x.id === id);
      expect(c, id).toBeDefined();
      const log = readFileSync(c!.log, "utf8");
      expect(rerun(log)).not.toBe(log);
      const a = (await analyzeText(log)).failures.map((f) => f.fingerprint);
      const b = (await analyzeText(rerun(log))).failures.map((f) => f.fingerprint);
      expect(b, id).toEqual(a);
      expect(seen.has(a[0]), id).toBe(false);
      seen.add(a[0]);
    }
  });
});

describe("the same tool output in Travis, GitLab and Jenkins logs", () => {
  // Runner endings are GitHub's own words; the tool output is what must be recognised anywhere.
  const GHA_ONLY = /^infra-(?:timeout-job-limit|timeout-step-limit|runner-shutdown|runner-lost)$/;

  function steps(log: string): Array<{ cmd: string; out: string[] }> {
    const out: Array<{ cmd: string; out: string[] }> = [];
    for (const raw of log.split("\n")) {
      const line = raw.replace(/^\S+Z /, "");
      const m = /^##\[group\]Run (.*)$/.exec(line);
      if (m) out.push({ cmd: m[1], out: [] });
      else if (out.length && !/^##\[|^(?:shell|env):|^ {2}CI: true$|^Post job cleanup/.test(line))
        out[out.length - 1].out.push(line);
    }
    return out;
  }
  const travis = (s: ReturnType<typeof steps>) =>
    s
      .flatMap((st, i) => [
        `$ ${st.cmd}`,
        ...st.out,
        `The command "${st.cmd}" exited with ${i === s.length - 1 ? 1 : 0}.`,
      ])
      .join("\n") + "\n\nDone. Your build exited with 1.\n";
  const gitlab = (s: ReturnType<typeof steps>) =>
    s.flatMap((st) => [`$ ${st.cmd}`, ...st.out]).join("\n") + "\nERROR: Job failed: exit code 1\n";
  const jenkins = (s: ReturnType<typeof steps>) =>
    s
      .flatMap((st) => [
        `[Pipeline] { (${st.cmd.slice(0, 40)})`,
        `[Pipeline] sh`,
        `+ ${st.cmd}`,
        ...st.out,
        "[Pipeline] }",
      ])
      .join("\n") + "\nERROR: script returned exit code 1\nFinished: FAILURE\n";

  it("keeps the category and key lines (>= 95% / 90%)", async () => {
    const { readFileSync } = await import("node:fs");
    let n = 0;
    let ok = 0;
    let keys = 0;
    let keyHits = 0;
    const misses: string[] = [];
    for (const c of cases.filter((x) => !GHA_ONLY.test(x.id))) {
      const s = steps(readFileSync(c.log, "utf8"));
      for (const [name, text] of [
        ["travis", travis(s)],
        ["gitlab", gitlab(s)],
        ["jenkins", jenkins(s)],
      ] as const) {
        const r = await analyzeText(text);
        const score = scoreCase(c.label, r);
        n++;
        if (score.categoryOk) ok++;
        else misses.push(`${c.id} (${name}): ${score.got}`);
        keys += score.keyHits.length;
        keyHits += score.keyHits.filter(Boolean).length;
      }
    }
    console.log(
      `other CI formats: ${ok}/${n} categories, ${keyHits}/${keys} key lines\n${misses.join("\n")}`,
    );
    expect(n).toBeGreaterThan(150);
    expect(ok / n).toBeGreaterThanOrEqual(0.95);
    expect(keyHits / keys).toBeGreaterThanOrEqual(0.9);
  });
});

describe("a chained Python traceback", () => {
  it("keeps the line that links the two tracebacks", async () => {
    const log = [
      "[job] $ python /tmp/script.py",
      "Traceback (most recent call last):",
      '  File "/tmp/script.py", line 23, in <module>',
      "    gh = Github(login,token)",
      "NameError: name 'Github' is not defined",
      "",
      "During handling of the above exception, another exception occurred:",
      "",
      "Traceback (most recent call last):",
      '  File "/tmp/script.py", line 35, in <module>',
      "    except GithubException as e:",
      "NameError: name 'GithubException' is not defined",
      "Build step 'Execute Python script' marked build as failure",
      "Finished: FAILURE",
    ].join("\n");
    const f = (await analyzeText(log)).failures[0];
    expect(f.category).toBe("runtime_error");
    expect(f.excerpt).toContain("During handling of the above exception, another exception occurred:");
    expect(f.excerpt).toContain("NameError: name 'GithubException' is not defined");
  });
});
