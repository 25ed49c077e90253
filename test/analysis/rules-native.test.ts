import { describe, expect, it } from "vitest";
import { analyzeFile, analyzeText } from "../../src/analysis/analyze.js";
import type { Rule, RuleSet } from "../../src/analysis/rule-types.js";
import { goRules } from "../../src/analysis/rules/go.js";
import { rustRules } from "../../src/analysis/rules/rust.js";
import { javaRules } from "../../src/analysis/rules/java.js";
import { cppRules } from "../../src/analysis/rules/cpp.js";
import { dotnetRules } from "../../src/analysis/rules/dotnet.js";
import { haskellRules } from "../../src/analysis/rules/haskell.js";
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
    expectRule(goRules, "appdir_test.go:4: log redeclared as imported package name", "go.compile");
    expectRule(goRules, "server.go:45: listening on :8080", undefined);
    expectRule(
      goRules,
      "package example.com/w/internal/win: build constraints exclude all Go files in /w/internal/win",
      "go.package-not-found",
    );
  });

  it("classifies go test output and runtime panics", () => {
    expectRule(goRules, "--- FAIL: TestAdd (0.00s)", "go.test-fail", { name: "TestAdd" });
    expectRule(goRules, "    --- FAIL: TestMulTable/negative (0.01s)", "go.test-fail");
    expectRule(goRules, "    table_test.go:20: Mul(4, -2) = 0, want -8", "go.test-log");
    expectRule(goRules, "    table_test.go:18: checking 2*3", undefined);
    expectRule(goRules, "        \tError Trace:\t/home/runner/work/a/a/calc_test.go:12", "go.testify-trace");
    expectRule(goRules, "FAIL	example.com/widgets/calc	0.012s", undefined);
    expectRule(goRules, "panic: test timed out after 10m0s", "go.test-timeout");
    expectRule(goRules, "panic: runtime error: index out of range [3] with length 3 [recovered]", "go.panic");
    expectRule(goRules, "fatal error: all goroutines are asleep - deadlock!", "go.fatal");
    expectRule(goRules, "WARNING: DATA RACE", "go.data-race");
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
      "rust.build-script",
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
      "  Could not find directory of OpenSSL installation, and this `-sys` crate cannot",
      "rust.system-library",
    );
    expectRule(rustRules, "test src/lib.rs - add (line 7) ... FAILED", "rust.test-failed-line", {
      name: "src/lib.rs - add (line 7)",
    });
    expectRule(rustRules, "error: doctest failed, to rerun pass `--doc`", "rust.test-result");
    expectRule(
      rustRules,
      "test result: ok. 2 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out",
      undefined,
    );
    expectRule(rustRules, "test tests::adds ... ok", undefined);
  });
});

describe("java rules", () => {
  it("classifies javac, Maven and Kotlin compiler lines by message", () => {
    expectRule(javaRules, "src/main/java/a/App.java:5: error: cannot find symbol", "java.javac-compile", {
      line: "5",
    });
    expectRule(
      javaRules,
      "src/main/java/a/Text.java:3: error: package org.apache.commons.lang3 does not exist",
      "java.javac-import",
    );
    expectRule(javaRules, "src/main/java/a/Calc.java:12: error: ';' expected", "java.javac-syntax");
    expectRule(
      javaRules,
      "src/main/java/a/Calc.java:40: error: reached end of file while parsing",
      "java.javac-syntax",
    );
    expectRule(javaRules, "error: warnings found and -Werror specified", "java.werror");
    expectRule(
      javaRules,
      "[ERROR] /home/runner/work/w/w/src/main/java/a/Calc.java:[14,22] cannot find symbol",
      "java.maven-javac-compile",
      { line: "14", column: "22" },
    );
    expectRule(
      javaRules,
      "[ERROR] /w/src/main/java/a/Calc.java:[12,25] ')' expected",
      "java.maven-javac-syntax",
    );
    expectRule(
      javaRules,
      "[ERROR] /w/src/main/java/a/Json.java:[3,38] package com.fasterxml.jackson.databind does not exist",
      "java.maven-javac-import",
    );
    expectRule(
      javaRules,
      "[ERROR] C:\\a\\w\\w\\src\\A.java:[3,38] incompatible types: String cannot be converted to int",
      "java.maven-javac-compile",
    );
    expectRule(
      javaRules,
      "e: file:///home/runner/work/w/w/src/main/kotlin/App.kt:12:5 Unresolved reference: foo",
      "java.kotlin",
      { line: "12" },
    );
    expectRule(
      javaRules,
      "e: /w/src/main/kotlin/App.kt: (12, 5): Type mismatch: inferred type is String but Int was expected",
      "java.kotlin-legacy",
      { line: "12" },
    );
    expectRule(
      javaRules,
      "e: file:///w/src/App.kt:3:1 Expecting a top level declaration",
      "java.kotlin-syntax",
    );
  });

  it("classifies Maven goals, Surefire, Gradle and static analysis", () => {
    expectRule(
      javaRules,
      "[ERROR] Failed to execute goal on project widgets: Could not resolve dependencies for project com.acme:widgets:jar:1.0: Could not find artifact com.acme:core:jar:2.4.1 in central",
      "java.maven-dependency",
    );
    expectRule(
      javaRules,
      "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-jar-plugin:2.4:jar (default-jar) on project widgets: Execution default-jar of goal org.apache.maven.plugins:maven-jar-plugin:2.4:jar failed: Plugin org.apache.maven.plugins:maven-jar-plugin:2.4 or one of its dependencies could not be resolved: x",
      "java.maven-dependency",
    );
    expectRule(
      javaRules,
      "[ERROR] Failed to execute goal on project x: Could not transfer artifact a:b:pom:1 from/to central (https://repo.maven.apache.org/maven2): Connect timed out",
      "java.maven-network",
    );
    expectRule(
      javaRules,
      "[FATAL] Non-parseable POM /w/pom.xml: end tag name </dependency> must match start tag name <dependencies> from line 11 (position: TEXT seen ...</dependency>\\n  </dependency>... @18:16)  @ line 18, column 16",
      "java.maven-pom",
      { line: "18" },
    );
    expectRule(javaRules, "[ERROR]   CalcTest.adds:11 expected: <3> but was: <4>", "java.surefire-result");
    expectRule(
      javaRules,
      '[ERROR]   ParseTest.parsesCount:10 » NumberFormat For input string: "12 widgets"',
      "java.surefire-result",
    );
    expectRule(
      javaRules,
      "[ERROR]   SlowTest.finishesQuickly » Timeout finishesQuickly() timed out after 1 second",
      "java.surefire-timeout",
    );
    expectRule(
      javaRules,
      "[ERROR] com.acme.CalcTest.adds -- Time elapsed: 0.018 s <<< FAILURE!",
      "java.surefire-case",
    );
    expectRule(
      javaRules,
      "adds(com.acme.CalcTest)  Time elapsed: 0.018 sec  <<< FAILURE!",
      "java.surefire-case",
    );
    // A stack frame alone is no failure (passing tests log stack traces); under a failing test
    // it gives the location.
    expectRule(javaRules, "\tat com.acme.widgets.CalcTest.adds(CalcTest.java:11)", undefined);
    const testFrame = javaRules.rules.find((r) => r.id === "java.surefire-case")!.followLocation!;
    expect(testFrame.exec("\tat com.acme.widgets.CalcTest.adds(CalcTest.java:11)")?.groups).toMatchObject({
      file: "CalcTest.java",
      line: "11",
    });
    expectRule(
      javaRules,
      "[ERROR] Tests run: 2, Failures: 1, Errors: 0, Skipped: 0",
      "java.surefire-summary",
    );
    expectRule(
      javaRules,
      "[ERROR] The forked VM terminated without properly saying goodbye. VM crash or System.exit called?",
      "java.surefire-crash",
    );
    expectRule(javaRules, "CalcTest > adds() FAILED", "java.gradle-test", { name: "CalcTest > adds()" });
    expectRule(
      javaRules,
      "> Could not resolve all files for configuration ':app:compileClasspath'.",
      "java.gradle-dependency",
    );
    expectRule(javaRules, "   > Could not find com.acme:core:2.4.1.", "java.gradle-dependency");
    expectRule(javaRules, "> Task :app:compileJava FAILED", "java.gradle-task-failed");
    expectRule(
      javaRules,
      "[ERROR] /w/src/main/java/a/App.java:12:5: Missing a Javadoc comment. [MissingJavadocMethod]",
      "java.checkstyle",
      { code: "MissingJavadocMethod" },
    );
    expectRule(
      javaRules,
      "[ant:checkstyle] [WARN] /w/src/main/java/a/App.java:40: Line is longer than 100 characters (found 120). [LineLength]",
      "java.checkstyle",
    );
    expectRule(
      javaRules,
      "[ERROR] src/main/java/a/App.java:[3,8] (imports) UnusedImports: Unused import - java.util.List.",
      "java.checkstyle-maven",
      { code: "UnusedImports" },
    );
    expectRule(
      javaRules,
      "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-checkstyle-plugin:3.3.1:check (validate) on project x: You have 3 Checkstyle violations. -> [Help 1]",
      "java.checkstyle-summary",
    );
    expectRule(
      javaRules,
      "[ERROR] Failed to execute goal com.diffplug.spotless:spotless-maven-plugin:2.43.0:check (default-cli) on project x: The following files had format violations:",
      "java.spotless",
    );
    expectRule(
      javaRules,
      'Exception in thread "main" java.lang.NullPointerException: Cannot invoke "String.length()"',
      "java.uncaught",
    );
    const S = "[error] /home/travis/build/a/a/src/main/scala/a";
    expectRule(javaRules, `${S}/Vote.scala:93:15: Unused import`, "java.sbt-lint", {
      line: "93",
      column: "15",
    });
    expectRule(
      javaRules,
      `${S}/B.scala:10:8: object Logger is not a member of package akka.actor.typed`,
      "java.sbt-import",
    );
    expectRule(javaRules, `${S}/B.scala:66:31: type mismatch;`, "java.sbt-compile");
    expectRule(javaRules, `${S}/B.scala:12: ')' expected but '}' found.`, "java.sbt-syntax", { line: "12" });
    expectRule(javaRules, "[info] - should parse a header *** FAILED ***", "java.sbt-test", {
      name: "should parse a header",
    });
    expectRule(
      javaRules,
      "[error] (Test / test) sbt.TestsFailedException: Tests unsuccessful",
      "java.sbt-test",
    );
    expectRule(
      javaRules,
      "[error] java.lang.RuntimeException: akka-cluster: Binary compatibility check failed!",
      "java.mima",
    );
    expectRule(
      javaRules,
      "/w/BaragonCore/src/main/java/a/Key.java:27: 'if' construct must use '{}'s.",
      "java.checkstyle-plain",
      { line: "27" },
    );
    expectRule(
      javaRules,
      "/w/src/main/java/a/MethodGraph.java:10:8: error: Unused import - a.b.C.",
      "java.checkstyle-plain",
      { column: "8" },
    );
    expectRule(
      javaRules,
      "/w/src/main/java/a/Binder.java:558: error: First sentence should end with a period.",
      "java.checkstyle-plain",
    );
    expectRule(javaRules, "    [junit] Test com.acme.CalcTest FAILED", "java.ant-junit", {
      name: "com.acme.CalcTest",
    });
    expectRule(javaRules, "> Lint found errors in the project; aborting build.", "java.android-lint");
    expectRule(
      javaRules,
      "ERROR: /w/app/src/main/res/layout/main.xml:12: AAPT: error: resource string/title not found.",
      "java.aapt",
      { line: "12" },
    );
    expectRule(javaRules, "[INFO] BugInstance size is 0", undefined);
    expectRule(
      javaRules,
      "[WARNING] /w/src/main/java/a/Graphs.java:182: warning - Tag @author cannot be used in method documentation.",
      undefined,
    );
    expectRule(
      javaRules,
      "Tests run: 7, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.05 sec <<< FAILURE!",
      "java.surefire-summary",
    );
    expectRule(javaRules, "src/a/Calc.kt:4:20: error: expecting an element", "java.kotlinc-cli-syntax", {
      line: "4",
    });
    expectRule(javaRules, "src/a/Calc.kt:5:20: error: unresolved reference: offset", "java.kotlinc-cli");
    // Gradle 4 plain console glues the task name to the compiler's first line.
    expectRule(
      javaRules,
      ":compileJava/w/src/main/java/a/Calc.java:5: error: incompatible types: String cannot be converted to int",
      "java.javac-compile",
      { file: "/w/src/main/java/a/Calc.java", line: "5" },
    );
    expectRule(javaRules, ":test FAILED", "java.gradle-task-failed");
    // Red herrings.
    expectRule(javaRules, "[INFO] Tests run: 12, Failures: 0, Errors: 0, Skipped: 0", undefined);
    expectRule(javaRules, "[ERROR] Tests run: 4, Failures: 0, Errors: 0, Skipped: 0", undefined);
    expectRule(javaRules, "[INFO] BUILD SUCCESS", undefined);
    expectRule(
      javaRules,
      "src/main/java/a/Legacy.java:7: warning: [rawtypes] found raw type: List",
      undefined,
    );
  });
});

describe("cpp rules", () => {
  it("classifies gcc/clang/MSVC diagnostics by message", () => {
    expectRule(cppRules, "src/math.c:4:17: error: expected ';' before '}' token", "cpp.syntax", {
      file: "src/math.c",
      line: "4",
      column: "17",
    });
    expectRule(
      cppRules,
      "src/main.c:5:27: error: 'scale' undeclared (first use in this function)",
      "cpp.compile",
    );
    expectRule(cppRules, "src/a.cpp:3:10: error: use of undeclared identifier 'foo'", "cpp.compile");
    expectRule(
      cppRules,
      "src/main.c:3:10: fatal error: config.h: No such file or directory",
      "cpp.missing-header",
    );
    expectRule(cppRules, "src/main.cpp:3:10: fatal error: 'fmt/core.h' file not found", "cpp.missing-header");
    expectRule(
      cppRules,
      "src/math.c:8:9: error: unused variable 'unused' [-Werror=unused-variable]",
      "cpp.werror",
    );
    expectRule(
      cppRules,
      "src/a.cc:8:9: error: unused variable 'x' [-Werror,-Wunused-variable]",
      "cpp.werror",
    );
    expectRule(
      cppRules,
      "C:\\a\\w\\w\\src\\main.cpp(12,5): error C2065: 'x': undeclared identifier [C:\\a\\w\\w\\app.vcxproj]",
      "cpp.msvc",
      { line: "12", code: "C2065" },
    );
    expectRule(
      cppRules,
      "C:\\w\\src\\main.cpp(2,10): fatal error C1083: Cannot open include file: 'curl/curl.h': No such file or directory",
      "cpp.msvc-header",
    );
    expectRule(cppRules, "cc1plus: fatal error: src/missing.cpp: No such file or directory", "cpp.cc-fatal");
    // Warnings and notes are not failures.
    expectRule(
      cppRules,
      "src/main.c:5:27: warning: implicit declaration of function 'cube' [-Wimplicit-function-declaration]",
      undefined,
    );
    expectRule(
      cppRules,
      "src/main.c:5:27: note: each undeclared identifier is reported only once",
      undefined,
    );
  });

  it("classifies the linker, make, CMake, ctest and crashes", () => {
    expectRule(cppRules, "main.c:(.text.startup+0x1d): undefined reference to `clamp'", "cpp.ld-undefined", {
      file: "main.c",
    });
    expectRule(cppRules, "/usr/bin/ld: /w/src/main.c:5: undefined reference to `clamp'", "cpp.ld-undefined", {
      file: "/w/src/main.c",
      line: "5",
    });
    expectRule(
      cppRules,
      "math.c:(.text+0x0): multiple definition of `add'; src/main.o:main.c:(.text+0x0): first defined here",
      "cpp.ld-undefined",
    );
    expectRule(cppRules, "ld.lld: error: undefined symbol: foo()", "cpp.ld-undefined");
    expectRule(cppRules, "Undefined symbols for architecture arm64:", "cpp.ld-undefined");
    expectRule(
      cppRules,
      "/usr/bin/ld: cannot find -lwidgetsextra: No such file or directory",
      "cpp.ld-missing-lib",
      { name: "widgetsextra" },
    );
    expectRule(cppRules, "ld: library not found for -lssl", "cpp.ld-missing-lib");
    expectRule(cppRules, "collect2: error: ld returned 1 exit status", "cpp.ld-summary");
    expectRule(
      cppRules,
      "clang: error: linker command failed with exit code 1 (use -v to see invocation)",
      "cpp.ld-summary",
    );
    expectRule(
      cppRules,
      "make: *** No rule to make target 'src/format.o', needed by 'app'.  Stop.",
      "cpp.make-stop",
    );
    expectRule(cppRules, "Makefile:6: *** missing separator.  Stop.", "cpp.make-stop", {
      file: "Makefile",
      line: "6",
    });
    expectRule(cppRules, "make: *** [Makefile:18: check] Error 127", "cpp.make-command", {
      file: "Makefile",
      line: "18",
    });
    expectRule(cppRules, "make: *** [Makefile:9: src/math.o] Error 1", "cpp.make-error");
    expectRule(cppRules, "gmake[2]: *** [CMakeFiles/app.dir/build.make:98: app] Error 1", "cpp.make-error");
    expectRule(cppRules, "make[1]: *** [all] Error 2", "cpp.make-error");
    expectRule(cppRules, "make: *** [Makefile:12: test] Segmentation fault", "cpp.signal");
    expectRule(cppRules, "bash: line 1:  4242 Segmentation fault      (core dumped) ./app", "cpp.signal");
    expectRule(cppRules, "Aborted (core dumped)", "cpp.signal");
    expectRule(cppRules, "app: src/main.c:7: main: Assertion `v == add(3, 4)' failed.", "cpp.assert", {
      file: "src/main.c",
      line: "7",
    });
    expectRule(
      cppRules,
      "==4242==ERROR: AddressSanitizer: heap-buffer-overflow on address 0x602000000014",
      "cpp.sanitizer",
    );
    expectRule(cppRules, "CMake Error at CMakeLists.txt:7 (find_package):", "cpp.cmake-find", { line: "7" });
    expectRule(cppRules, "CMake Error at CMakeLists.txt:7 (add_exectuable):", "cpp.cmake-error", {
      name: "add_exectuable",
    });
    expectRule(
      cppRules,
      "  Could NOT find ZLIB (missing: ZLIB_LIBRARY ZLIB_INCLUDE_DIR)",
      "cpp.cmake-missing-package",
    );
    expectRule(cppRules, "-- Could NOT find PkgConfig (missing: PKG_CONFIG_EXECUTABLE)", undefined);
    expectRule(
      cppRules,
      "1/2 Test #1: math .............................***Failed    0.01 sec",
      "cpp.ctest-failed",
      { name: "math" },
    );
    expectRule(
      cppRules,
      "2/2 Test #2: slow .............................***Timeout   2.01 sec",
      "cpp.ctest-timeout",
    );
    expectRule(cppRules, "\t  1 - math (Failed)", "cpp.ctest-failed");
    expectRule(cppRules, "50% tests passed, 1 tests failed out of 2", "cpp.ctest-summary");
    expectRule(cppRules, "FAILED: CMakeFiles/app.dir/src/main.c.o", "cpp.ninja");
    expectRule(cppRules, "No package 'gtk+-3.0' found", "cpp.pkg-config");
    expectRule(cppRules, "Package 'libcurl', required by 'virtual:world', not found", "cpp.pkg-config");
    expectRule(cppRules, "CMake Error in CMakeLists.txt:", "cpp.cmake-error", { file: "CMakeLists.txt" });
    expectRule(cppRules, "configure: error: C compiler cannot create executables", "cpp.autoconf");
    expectRule(cppRules, "100% tests passed, 0 tests failed out of 4", undefined);
    expectRule(cppRules, "1/2 Test #1: smoke ............................   Passed    0.01 sec", undefined);
    expectRule(cppRules, "CMake Warning at CMakeLists.txt:3 (message):", undefined);
  });
});

describe("dotnet rules", () => {
  it("classifies MSBuild, NuGet, analyzers, dotnet test and format output", () => {
    const W = "/home/runner/work/w/w";
    expectRule(
      dotnetRules,
      `${W}/src/App/Program.cs(12,5): error CS0103: The name 'foo' does not exist in the current context [${W}/src/App/App.csproj]`,
      "dotnet.compile",
      { line: "12", column: "5", code: "CS0103" },
    );
    expectRule(
      dotnetRules,
      `${W}/src/App/Program.cs(3,7): error CS0246: The type or namespace name 'Newtonsoft' could not be found (are you missing a using directive or an assembly reference?) [${W}/src/App/App.csproj]`,
      "dotnet.import",
    );
    expectRule(
      dotnetRules,
      `${W}/src/App/Program.cs(9,30): error CS1002: ; expected [${W}/src/App/App.csproj]`,
      "dotnet.syntax",
      { message: "; expected" },
    );
    expectRule(
      dotnetRules,
      `  1>C:\\a\\w\\w\\src\\Calc.cs(4,16): error CS0029: Cannot implicitly convert type 'string' to 'int' [C:\\a\\w\\w\\src\\Calc.csproj]`,
      "dotnet.compile",
    );
    expectRule(
      dotnetRules,
      `${W}/src/App/Program.cs(12,5): error CA1822: Member 'Run' does not access instance data and can be marked as static [${W}/src/App/App.csproj]`,
      "dotnet.analyzer",
      { code: "CA1822" },
    );
    expectRule(
      dotnetRules,
      `${W}/src/App/Program.cs(12,1): error WHITESPACE: Fix whitespace formatting. Replace 8 characters with '\\n\\s\\s\\s\\s'. [${W}/src/App/App.csproj]`,
      "dotnet.format",
    );
    expectRule(
      dotnetRules,
      `${W}/src/App/App.csproj : error NU1101: Unable to find package Widgets.Core. No packages exist with this id in source(s): nuget.org`,
      "dotnet.nuget",
      { code: "NU1101" },
    );
    expectRule(
      dotnetRules,
      `${W}/src/App/App.csproj : error NU1301: Unable to load the service index for source https://api.nuget.org/v3/index.json.`,
      "dotnet.nuget-network",
    );
    expectRule(
      dotnetRules,
      '/usr/share/dotnet/sdk/8.0.100/Microsoft.Common.targets(5,5): error MSB3073: The command "npm run build" exited with code 1.',
      "dotnet.msbuild",
    );
    expectRule(dotnetRules, "MSBUILD : error MSB1009: Project file does not exist.", "dotnet.msbuild", {
      code: "MSB1009",
    });
    expectRule(dotnetRules, "Build FAILED.", "dotnet.build-summary");
    expectRule(dotnetRules, "    2 Error(s)", "dotnet.build-summary");
    expectRule(dotnetRules, "  Failed CalcTests.Adds [12 ms]", "dotnet.test-failed", {
      name: "CalcTests.Adds",
    });
    expectRule(dotnetRules, "Failed   SampleUnitTestProject.UnitTest1.FailingTest", "dotnet.test-failed");
    expectRule(
      dotnetRules,
      '  failed Invalid_Name_Should_Fail ("net9.0",Debug) (6s 220ms)',
      "dotnet.test-failed",
    );
    expectRule(dotnetRules, "Failed to restore /w/App.csproj (in 2 sec).", undefined);
    expectRule(
      dotnetRules,
      "[xUnit.net 00:00:00.52]     Widgets.Tests.CalcTests.Adds [FAIL]",
      "dotnet.test-failed",
    );
    expectRule(
      dotnetRules,
      "Failed!  - Failed:     1, Passed:     3, Skipped:     0, Total:     4, Duration: 45 ms - Widgets.Tests.dll (net8.0)",
      "dotnet.test-summary",
    );
    expectRule(
      dotnetRules,
      "Unhandled exception. System.NullReferenceException: Object reference not set to an instance of an object.",
      "dotnet.unhandled",
    );
    const frame = dotnetRules.rules.find((r) => r.id === "dotnet.test-failed")!.followLocation!;
    expect(frame.exec(`   at CalcTests.Adds() in ${W}/tests/CalcTests.cs:line 11`)?.groups).toMatchObject({
      line: "11",
    });
    // Red herrings.
    expectRule(dotnetRules, "    0 Error(s)", undefined);
    expectRule(
      dotnetRules,
      `${W}/src/App/Program.cs(12,5): warning CS0168: The variable 'e' is declared but never used [${W}/src/App/App.csproj]`,
      undefined,
    );
    expectRule(
      dotnetRules,
      "Passed!  - Failed:     0, Passed:     4, Skipped:     0, Total:     4, Duration: 45 ms",
      undefined,
    );
    expectRule(dotnetRules, "  Passed CalcTests.Adds [12 ms]", undefined);
  });
});

const PREFIXES = ["go-", "rs-", "java-", "c-"];
const cases: Case[] = (loadCorpus() as Case[]).filter((c) => PREFIXES.some((p) => c.id.startsWith(p)));

describe("haskell rules", () => {
  it("states a GHC -Werror failure by the warnings it promoted, not by its verdict", async () => {
    expectRule(haskellRules, "Failing due to -Werror.", "ghc.werror");
    const log = [
      "travis_time:start:1f2e3d\x1b[0K$ cabal install --ghc-options=-Werror",
      "[ 15 of 147] Compiling Text.Pandoc.Error ( src/Text/Pandoc/Error.hs, dist/build/Text/Pandoc/Error.o )",
      "[ 16 of 147] Compiling Text.Pandoc.Ipynb ( src/Text/Pandoc/Ipynb.hs, dist/build/Text/Pandoc/Ipynb.o )",
      "",
      "src/Text/Pandoc/Ipynb.hs:94:10: Warning:",
      "    No explicit implementation for",
      "      ‘mappend’",
      "",
      "<no location info>: ",
      "Failing due to -Werror.",
      "[ 17 of 147] Compiling Text.Pandoc.Slides ( src/Text/Pandoc/Slides.hs, dist/build/Text/Pandoc/Slides.o )",
      '\x1b[31;1mThe command "cabal install --ghc-options=-Werror" exited with 1.\x1b[0m',
    ].join("\r\n");
    const f = (await analyzeText(log)).failures[0];
    expect(f.rule).toBe("ghc.werror");
    expect(f.excerpt).toEqual([
      "src/Text/Pandoc/Ipynb.hs:94:10: Warning:",
      "    No explicit implementation for",
      "      ‘mappend’",
    ]);
    expect(f.context).toContain("Failing due to -Werror.");
    expect(f.locations[0]).toMatchObject({ file: "src/Text/Pandoc/Ipynb.hs", line: 94 });
  });
});

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

describe("make's wrapper line closes the error report right above it", () => {
  it("adds `make: *** [target] Error 1` to the error it stopped on", async () => {
    const log = [
      "2026-11-20T10:00:00.0000000Z ##[group]Run make staticcheck",
      "2026-11-20T10:00:00.0000000Z make staticcheck",
      "2026-11-20T10:00:00.0000000Z ##[endgroup]",
      "2026-11-20T10:00:01.0000000Z ==> Checking that code complies with static analysis requirements...",
      "2026-11-20T10:00:02.0000000Z internal/lang/functions.go:176:17: func (*Scope).experimentalFunction is unused (U1000)",
      "2026-11-20T10:00:02.0000000Z exit status 1",
      "2026-11-20T10:00:02.0000000Z make: *** [Makefile:39: staticcheck] Error 1",
      "2026-11-20T10:00:02.0000000Z ##[error]Process completed with exit code 2.",
    ].join("\n");
    const res = await analyzeText(log);
    const f = res.failures[0];
    expect(f.excerpt[0]).toContain("is unused (U1000)");
    expect(f.excerpt).toContain("make: *** [Makefile:39: staticcheck] Error 1");
    expect(f.locations[0]).toMatchObject({ file: "internal/lang/functions.go", line: 176 });
  });
});

describe("the line that opens a report", () => {
  it("takes Maven's goal failure line above the compile errors it repeats", async () => {
    const log = [
      "[INFO] BUILD FAILURE",
      "[INFO] ------------------------------------------------------------------------",
      "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.8.1:compile (default-compile) on project app: Compilation failure",
      "[ERROR] /builds/app/src/main/java/a/B.java:[12,8] cannot find symbol",
      "[ERROR]   symbol:   class Missing",
      "[ERROR]   location: class a.B",
      "[ERROR] -> [Help 1]",
      "Build step 'Execute shell' marked build as failure",
      "Finished: FAILURE",
    ].join("\n");
    const f = (await analyzeText(log)).failures[0];
    expect(f.rule).toBe("java.maven-javac-compile");
    expect(f.excerpt[0]).toMatch(/^\[ERROR\] Failed to execute goal .*Compilation failure$/);
    expect(f.excerpt[1]).toContain("B.java:[12,8] cannot find symbol");
    expect(f.excerpt).not.toContain("[INFO] BUILD FAILURE");
  });
});

describe("GitHub's exit annotation under a report", () => {
  it("ends the report it closes, and only that one", async () => {
    const lines = (tail: string[]) =>
      [
        "2026-11-20T10:00:00.0000000Z ##[group]Run go vet ./...",
        "2026-11-20T10:00:00.0000000Z go vet ./...",
        "2026-11-20T10:00:00.0000000Z ##[endgroup]",
        "2026-11-20T10:00:01.0000000Z # example.com/app",
        "2026-11-20T10:00:01.0000000Z ./main.go:12:2: undefined: Missing",
        ...tail,
      ].join("\n");
    const near = (
      await analyzeText(lines(["2026-11-20T10:00:02.0000000Z ##[error]Process completed with exit code 1."]))
    ).failures[0];
    expect(near.excerpt.at(-1)).toBe("Process completed with exit code 1.");
    const far = (
      await analyzeText(
        lines([
          "2026-11-20T10:00:02.0000000Z cleaning up",
          "2026-11-20T10:00:02.0000000Z removing cache",
          "2026-11-20T10:00:02.0000000Z removing tmp",
          "2026-11-20T10:00:02.0000000Z done",
          "2026-11-20T10:00:03.0000000Z ##[error]Process completed with exit code 1.",
        ]),
      )
    ).failures[0];
    expect(far.excerpt.join("\n")).not.toContain("Process completed");
  });
});

describe("go's compile report", () => {
  it("opens with the package header and closes with go test's `[build failed]` line", async () => {
    const log = [
      "2026-11-20T10:00:00.0000000Z ##[group]Run go test ./...",
      "2026-11-20T10:00:00.0000000Z go test ./...",
      "2026-11-20T10:00:00.0000000Z ##[endgroup]",
      "2026-11-20T10:00:01.0000000Z ok  \texample.com/app/a\t0.010s",
      "2026-11-20T10:00:01.0000000Z # example.com/app/b [example.com/app/b.test]",
      "2026-11-20T10:00:01.0000000Z b/b_test.go:8:9: undefined: os",
      "2026-11-20T10:00:01.0000000Z b/b_test.go:9:3: undefined: os",
      "2026-11-20T10:00:02.0000000Z ok  \texample.com/app/c\t0.010s",
      "2026-11-20T10:00:02.0000000Z FAIL\texample.com/app/b [build failed]",
      "2026-11-20T10:00:02.0000000Z ok  \texample.com/app/d\t0.010s",
      "2026-11-20T10:00:02.0000000Z FAIL",
      "2026-11-20T10:00:02.0000000Z ##[error]Process completed with exit code 1.",
    ].join("\n");
    const f = (await analyzeText(log)).failures[0];
    expect(f.rule).toBe("go.missing-std-import");
    expect(f.excerpt.slice(0, 3)).toEqual([
      "# example.com/app/b [example.com/app/b.test]",
      "b/b_test.go:8:9: undefined: os",
      "b/b_test.go:9:3: undefined: os",
    ]);
    expect(f.excerpt).toContain("FAIL\texample.com/app/b [build failed]");
    expect(f.excerpt).not.toContain("ok  \texample.com/app/c\t0.010s");
  });
});
