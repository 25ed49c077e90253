import { describe, expect, it } from "vitest";
import { analyzeFile, analyzeText } from "../../src/analysis/analyze.js";
import type { Rule, RuleSet } from "../../src/analysis/rule-types.js";
import { goRules } from "../../src/analysis/rules/go.js";
import { rustRules } from "../../src/analysis/rules/rust.js";
import { javaRules } from "../../src/analysis/rules/java.js";
import { cppRules } from "../../src/analysis/rules/cpp.js";
import { dotnetRules } from "../../src/analysis/rules/dotnet.js";
// @ts-expect-error plain JS module shared with the benchmark
import { aggregate, loadCorpus, scoreCase } from "../../bench/corpus-score.mjs";

interface Case {
  id: string;
  log: string;
  label: { category: string; locations?: Array<{ file: string; line?: number }>; keyLines?: string[] };
}

/** The first rule of `set` that claims `line`, the way the engine picks (keywords, match, unless). */
function ruleFor(set: RuleSet, line: string): Rule | undefined {
  return set.rules.find(
    (r) => r.keywords.some((k) => line.includes(k)) && r.match.test(line) && !r.unless?.test(line),
  );
}

function expectRule(set: RuleSet, line: string, id: string | undefined, groups?: Record<string, string>) {
  const r = ruleFor(set, line);
  expect(r?.id, line).toBe(id);
  if (r && groups) {
    const m = r.match.exec(line)!;
    expect(m.groups, line).toMatchObject(groups);
  }
}

describe("go rules", () => {
  it("classifies compiler, vet, gofmt and golangci-lint lines", () => {
    expectRule(
      goRules,
      "./main.go:10:20: syntax error: unexpected newline in argument list; possibly missing comma or )",
      "go.syntax",
      { file: "./main.go", line: "10", column: "20" },
    );
    expectRule(goRules, "calc/calc.go:5:17: undefined: offset", "go.compile");
    expectRule(goRules, "calc/format.go:7:30: undefined: strings", "go.missing-std-import", {
      name: "strings",
    });
    expectRule(goRules, 'calc/calc.go:3:8: imported and not used: "os"', "go.unused-import");
    expectRule(goRules, 'calc/calc.go:3:8: "os" imported and not used', "go.unused-import");
    expectRule(goRules, "calc/calc.go:10:2: declared and not used: x", "go.compile");
    expectRule(
      goRules,
      "main.go:5:2: package encoding/yaml is not in GOROOT (/usr/lib/go-1.19/src/encoding/yaml)",
      "go.package-not-found",
    );
    expectRule(
      goRules,
      "main.go:6:2: no required module provides package github.com/acme/strutil; to add it:",
      "go.module",
    );
    expectRule(goRules, "go: github.com/acme/strutil@v1.2.0: missing go.sum entry; to add it:", "go.module");
    expectRule(goRules, "go: updates to go.mod needed; to update it:", "go.module");
    expectRule(
      goRules,
      'go: github.com/x/y@v1.0.0: Get "https://proxy.golang.org/github.com/x/y/@v/v1.0.0.mod": dial tcp 142.250.1.1:443: i/o timeout',
      "go.proxy-network",
    );
    expectRule(
      goRules,
      "./main.go:11:2: fmt.Printf format %s has arg calc.Add(2, 3) of wrong type int",
      "go.vet",
    );
    expectRule(
      goRules,
      "calc/lock.go:12:17: Snapshot passes lock by value: example.com/widgets/calc.Counter contains sync.Mutex",
      "go.vet",
    );
    expectRule(goRules, "pkg/a.go:30:2: unreachable code", "go.vet");
    expectRule(
      goRules,
      "internal/db/db.go:42:12: Error return value of `rows.Close` is not checked (errcheck)",
      "go.golangci-lint",
      { code: "errcheck" },
    );
    expectRule(goRules, "cmd/main.go:17:6: func `unused` is unused (unused)", "go.golangci-lint");
    expectRule(
      goRules,
      "api/h.go:9:2: SA4006: this value of `err` is never used (staticcheck)",
      "go.golangci-lint",
    );
    expectRule(goRules, "api/h.go:9:2: should omit type int from declaration (ST1023)", "go.golangci-lint", {
      code: "ST1023",
    });
    expectRule(goRules, "api/h.go:1: File is not `gofmt`-ed with `-s` (gofmt)", "go.golangci-format");
    expectRule(goRules, "api/h.go:12:3: undefined: Foo (typecheck)", "go.golangci-typecheck");
    expectRule(goRules, "diff -u calc/calc.go.orig calc/calc.go", "go.gofmt-diff", { file: "calc/calc.go" });
    expectRule(goRules, "calc/calc.go", "go.gofmt-list");
  });

  it("classifies go test output and runtime panics", () => {
    expectRule(goRules, "--- FAIL: TestAdd (0.00s)", "go.test-fail", { name: "TestAdd" });
    expectRule(goRules, "    --- FAIL: TestMulTable/negative (0.01s)", "go.test-fail");
    expectRule(goRules, "    table_test.go:20: Mul(4, -2) = 0, want -8", "go.test-log");
    expectRule(goRules, "    table_test.go:18: checking 2*3", undefined);
    expectRule(goRules, "        \tError Trace:\t/home/runner/work/a/a/calc_test.go:12", "go.testify-trace");
    expectRule(goRules, "FAIL\texample.com/widgets/calc\t0.012s", "go.test-summary");
    expectRule(goRules, "panic: test timed out after 10m0s", "go.test-timeout");
    expectRule(goRules, "panic: runtime error: index out of range [3] with length 3 [recovered]", "go.panic");
    expectRule(goRules, "fatal error: all goroutines are asleep - deadlock!", "go.fatal");
    expectRule(goRules, "\t/home/runner/work/widgets/widgets/calc/index.go:5 +0x1d", "go.stack-frame");
    expectRule(goRules, "\t/usr/lib/go-1.19/src/testing/testing.go:1446 +0x10b", undefined);
    expectRule(goRules, "\t/opt/hostedtoolcache/go/1.22.1/x64/src/runtime/panic.go:770 +0x132", undefined);
    expectRule(
      goRules,
      "\t/home/runner/go/pkg/mod/github.com/stretchr/testify@v1.8.4/assert/assertions.go:12",
      undefined,
    );
    // Red herrings: passing tests, ok lines, downloads.
    expectRule(goRules, "--- PASS: TestAdd (0.00s)", undefined);
    expectRule(goRules, "ok  \texample.com/widgets/calc\t0.003s", undefined);
    expectRule(goRules, "go: downloading github.com/stretchr/testify v1.8.4", undefined);
  });
});

describe("rust rules", () => {
  it("classifies rustc diagnostics by code and shape", () => {
    expectRule(rustRules, "error[E0308]: mismatched types", "rust.error-code", { code: "E0308" });
    expectRule(rustRules, "error[E0432]: unresolved import `widgets::stats::median`", "rust.unresolved");
    expectRule(rustRules, "error[E0425]: cannot find value `totl` in this scope", "rust.unresolved");
    expectRule(
      rustRules,
      "error[E0433]: failed to resolve: use of undeclared type `HashMap`",
      "rust.unresolved",
    );
    expectRule(rustRules, "error[E0463]: can't find crate for `serde`", "rust.crate-missing");
    expectRule(rustRules, "error[E0382]: borrow of moved value: `names`", "rust.error-code");
    expectRule(rustRules, "error: expected `;`, found `Some`", "rust.syntax");
    expectRule(rustRules, "error: this file contains an unclosed delimiter", "rust.syntax");
    expectRule(
      rustRules,
      "error: expected one of `.`, `;`, `?`, `}`, or an operator, found `let`",
      "rust.syntax",
    );
    expectRule(rustRules, "error: cannot find macro `json` in this scope", "rust.unresolved-macro");
    expectRule(rustRules, "error: unneeded `return` statement", "rust.lint");
    expectRule(rustRules, "error: unused variable: `count`", "rust.lint");
    expectRule(rustRules, "error: length comparison to zero", "rust.lint");
    expectRule(rustRules, "error: no matching package named `serde` found", "rust.cargo-dependency");
    expectRule(
      rustRules,
      'error: failed to select a version for the requirement `tokio = "^9"`',
      "rust.cargo-dependency",
    );
    expectRule(
      rustRules,
      "error: the lock file /w/Cargo.lock needs to be updated but --locked was passed to prevent this",
      "rust.cargo-dependency",
    );
    expectRule(rustRules, "error: linking with `cc` failed: exit status: 1", "rust.link");
    expectRule(
      rustRules,
      "error: failed to run custom build command for `openssl-sys v0.9.102`",
      "rust.link",
    );
    expectRule(
      rustRules,
      "warning: spurious network error (3 tries remaining): [6] Couldn't resolve host name (Could not resolve host: index.crates.io)",
      "rust.network",
    );
    const arrow = rustRules.rules.find((r) => r.id === "rust.error-code")!.followLocation!;
    expect(arrow.exec("  --> src/lib.rs:13:16")?.groups).toMatchObject({
      file: "src/lib.rs",
      line: "13",
      column: "16",
    });
    // Red herrings: summaries, warnings, other tools' `error:` lines without code in backticks.
    expectRule(rustRules, "error: could not compile `widgets` (lib) due to 1 previous error", undefined);
    expectRule(rustRules, "warning: unused variable: `count`", undefined);
    expectRule(rustRules, "error: failed to push some refs to 'https://github.com/acme/widgets'", undefined);
    expectRule(rustRules, "error: pathspec 'main' did not match any file(s) known to git", undefined);
  });

  it("classifies cargo test, panics and rustfmt", () => {
    expectRule(rustRules, "test tests::adds ... FAILED", "rust.test-failed-line", { name: "tests::adds" });
    expectRule(rustRules, "test tests::overflow_panics - should panic ... FAILED", "rust.test-failed-line");
    expectRule(rustRules, "thread 'tests::adds' (22189) panicked at src/lib.rs:21:9:", "rust.test-panic", {
      file: "src/lib.rs",
      line: "21",
    });
    expectRule(rustRules, "thread 'tests::adds' panicked at src/lib.rs:21:9:", "rust.test-panic");
    expectRule(
      rustRules,
      "thread 'tests::adds' panicked at 'assertion failed: `(left == right)`",
      "rust.test-panic-legacy",
    );
    expectRule(rustRules, "thread 'it_works' panicked at 'boom', tests/a.rs:4:5", "rust.test-panic-legacy", {
      file: "tests/a.rs",
      line: "4",
    });
    expectRule(rustRules, "thread 'main' (23012) panicked at src/main.rs:4:38:", "rust.program-panic");
    expectRule(
      rustRules,
      "thread 'main' panicked at 'index out of bounds: the len is 3 but the index is 5', src/main.rs:4:20",
      "rust.program-panic-legacy",
    );
    expectRule(rustRules, "note: test did not panic as expected at src/lib.rs:26:8", "rust.test-no-panic");
    expectRule(
      rustRules,
      "test result: FAILED. 1 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.37s",
      "rust.test-result",
    );
    expectRule(rustRules, "Diff in /home/runner/work/w/w/src/stats.rs:3:", "rust.rustfmt", { line: "3" });
    expectRule(rustRules, "Diff in /home/runner/work/w/w/src/stats.rs at line 3:", "rust.rustfmt", {
      line: "3",
    });
    expectRule(
      rustRules,
      "test result: ok. 2 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out",
      undefined,
    );
    expectRule(rustRules, "test tests::adds ... ok", undefined);
  });
});

const PREFIXES = ["go-", "rs-", "java-", "c-"];
const cases: Case[] = (loadCorpus() as Case[]).filter((c) => PREFIXES.some((p) => c.id.startsWith(p)));

describe("analyzer on the Go, Rust, Java and C/C++ corpus", () => {
  it("meets the bars: category >= 97%, locations >= 95%, key lines >= 95%", async () => {
    const scores = [];
    const misses: string[] = [];
    for (const c of cases) {
      const result = await analyzeFile(c.log);
      const s = scoreCase(c.label, result);
      scores.push(s);
      const detail = () =>
        result.failures
          .slice(0, 4)
          .map(
            (f) =>
              `    ${f.rule} ${f.category} ${JSON.stringify(f.locations)}\n      ${f.excerpt.join("\n      ")}`,
          )
          .join("\n");
      if (!s.categoryOk || s.locationHits.includes(false) || s.keyHits.includes(false)) {
        misses.push(
          `${c.id}: category ${s.got} (want ${c.label.category}) locations ${s.locationHits} keys ${s.keyHits}\n${detail()}`,
        );
      }
    }
    const agg = aggregate(scores);
    if (misses.length) console.log(misses.join("\n"));
    console.log(`native corpus: ${JSON.stringify(agg)}`);
    expect(cases.length).toBeGreaterThan(0);
    expect(agg.categoryAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(agg.locationRecall).toBeGreaterThanOrEqual(0.95);
    expect(agg.keyLineRecall).toBeGreaterThanOrEqual(0.95);
  });
});

void analyzeText;
void javaRules;
void cppRules;
void dotnetRules;
