import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/analysis/analyze.js";

describe("ci rules: awesome_bot", () => {
  it("reports the link list, not the network errors met while checking", async () => {
    const log = [
      "$ awesome_bot README.md --allow-ssl --white-list github.com",
      "Links to check: 3, 1 white listed",
      "  1. https://example.org/a",
      "  2. https://gone.example.com",
      "  3. https://example.org/b",
      "Checking URLs: ✓→✓",
      "Issues :-(",
      "> Links ",
      "  1. [L0012] 404 https://example.org/a  ",
      "  2. [L0040]  https://gone.example.com Failed to open TCP connection to gone.example.com:443 (getaddrinfo: Name or service not known)",
      "> Dupes ",
      "  None ✓",
      "",
      "Wrote results to ab-results-README.md.json",
      'The command "awesome_bot README.md --allow-ssl --white-list github.com" exited with 1.',
    ].join("\n");
    const res = await analyzeText(log);
    const f = res.failures[0];
    expect(f.rule).toBe("ci.awesome-bot");
    expect(f.category).toBe("lint_error");
    expect(f.excerpt.map((l) => l.trim())).toEqual([
      "> Links",
      "1. [L0012] 404 https://example.org/a",
      "2. [L0040]  https://gone.example.com Failed to open TCP connection to gone.example.com:443 (getaddrinfo: Name or service not known)",
      "> Dupes",
      "None ✓",
    ]);
  });
});

describe("apple rules: xcpretty", () => {
  it("reports xcpretty's failure summary with the source position, not the ✗ progress lines", async () => {
    const log = [
      "$ xcodebuild test -scheme App | xcpretty",
      "SessionTestCase",
      "    ✓ testThatRequestSucceeds (0.101 seconds)",
      "    ✗ testThatInvalidURLThrows, XCTAssertTrue failed",
      "\t Executed 2 tests, with 1 failure (0 unexpected) in 0.2 (0.2) seconds",
      "",
      "",
      "App_Tests.SessionTestCase",
      "",
      "  testThatInvalidURLThrows, XCTAssertTrue failed",
      "",
      "  /Users/travis/build/o/App/Tests/SessionTests.swift:550",
      "",
      "  ```",
      "            XCTAssertTrue(error.isInvalidURLError)",
      "  ```",
      "",
      "** TEST FAILED **",
      'The command "xcodebuild test -scheme App | xcpretty" exited with 65.',
    ].join("\n");
    const res = await analyzeText(log);
    const f = res.failures[0];
    expect(f.rule).toBe("xcpretty.test-summary");
    expect(f.category).toBe("test_failure");
    expect(f.locations).toEqual([{ file: "Tests/SessionTests.swift", line: 550 }]);
    const text = f.excerpt.join("\n");
    expect(text).toContain("App_Tests.SessionTestCase");
    expect(text).toContain("XCTAssertTrue(error.isInvalidURLError)");
    expect(text).not.toContain("✗");
    expect(text).not.toContain("TEST FAILED");
  });
});

describe("apple rules: xcpretty compile errors", () => {
  it("takes the ❌ diagnostic with its code and caret, once however often the build repeats it", async () => {
    const block = [
      "▸ Compiling Parser.swift",
      "❌  /Users/travis/build/o/Kit/Source/Parser.swift:41:9: use of unresolved identifier 'tokens'",
      "",
      "        tokens.append(next)",
      "        ^~~~~~",
      "",
    ];
    const log = [
      "$ travis_retry xcodebuild build -scheme Kit | xcpretty",
      ...block,
      ...block,
      ...block,
      "** BUILD FAILED **",
      'The command "travis_retry xcodebuild build -scheme Kit | xcpretty" exited with 65.',
    ].join("\n");
    const f = (await analyzeText(log)).failures[0];
    expect(f.rule).toBe("xcpretty.compile");
    expect(f.category).toBe("build_failure");
    expect(f.locations).toEqual([{ file: "Source/Parser.swift", line: 41, column: 9 }]);
    expect(f.excerpt.filter((l) => l.includes("❌"))).toHaveLength(2);
    expect(f.excerpt).toContain("        tokens.append(next)");
    expect(f.excerpt).toContain("        ^~~~~~");
    expect(f.excerpt.join("\n")).not.toContain("▸");
  });
});

describe("powershell rules: Pester", () => {
  it("takes a failing test with its expected/actual values and frames, in Pester 4 and 5 shapes", async () => {
    const v5 = [
      "$ pwsh -c ./test.ps1",
      "Tests Passed: 4, Failed: 0, Skipped: 0",
      "[-] Get-Thing returns the name -> Expected and actual values differ!",
      "Expected: 'a'",
      "Actual  : 'b'",
      "at Assert-Equal, /home/travis/build/o/r/Assert.ps1:16",
      "at <ScriptBlock>, /home/travis/build/o/r/tests/Thing.Tests.ps1:12",
      "",
      "Tests Passed: 2, Failed: 1, Skipped: 0",
      'The command "pwsh -c ./test.ps1" exited with 1.',
    ].join("\n");
    const f = (await analyzeText(v5)).failures[0];
    expect(f.rule).toBe("pester.failed");
    expect(f.category).toBe("test_failure");
    expect(f.message).toBe("Get-Thing returns the name: Expected and actual values differ!");
    expect(f.excerpt).toContain("Actual  : 'b'");
    expect(f.locations).toContainEqual({ file: "tests/Thing.Tests.ps1", line: 12 });
    expect(f.excerpt.join("\n")).not.toContain("Tests Passed");

    const v4 = [
      "$ Invoke-Pester",
      "Describing Get-Thing",
      "    [+] works 12ms",
      "    [-] returns the name 35ms",
      "      Expected 'a', but got 'b'.",
      "      at <ScriptBlock>, /home/travis/build/o/r/tests/Thing.Tests.ps1: line 9",
      "    [+] is fast 3ms",
      'The command "Invoke-Pester" exited with 1.',
    ].join("\n");
    const g = (await analyzeText(v4)).failures[0];
    expect(g.rule).toBe("pester.failed");
    expect(g.excerpt).toEqual([
      "    [-] returns the name 35ms",
      "      Expected 'a', but got 'b'.",
      "      at <ScriptBlock>, /home/travis/build/o/r/tests/Thing.Tests.ps1: line 9",
    ]);
    // A script's own "[-] removing x" status line is not Pester's.
    const plain = [
      "$ ./clean.sh",
      "[-] removing build",
      "oops",
      'The command "./clean.sh" exited with 1.',
    ].join("\n");
    expect((await analyzeText(plain)).failures[0].rule).not.toBe("pester.failed");
  });
});

describe("erlang rules: Common Test", () => {
  it("takes the failed case and its Reason, not the progress lines that count it", async () => {
    const log = [
      "$ make ct",
      "Testing app.widgets_SUITE: Starting test, 4 test cases",
      "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -",
      "widgets_SUITE:resize failed on line 88",
      "Reason: {badmatch,{error,too_small}}",
      "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -",
      "",
      "Testing app.widgets_SUITE: *** FAILED test case 2 of 4 ***",
      "Testing app.widgets_SUITE: TEST COMPLETE, 3 ok, 1 failed of 4 test cases",
      "make: *** [ct] Error 1",
      'The command "make ct" exited with 2.',
    ].join("\n");
    const f = (await analyzeText(log)).failures[0];
    expect(f.rule).toBe("erlang.ct-failed");
    expect(f.category).toBe("test_failure");
    expect(f.message).toBe("widgets_SUITE:resize failed on line 88");
    expect(f.excerpt).toEqual([
      "widgets_SUITE:resize failed on line 88",
      "Reason: {badmatch,{error,too_small}}",
    ]);
    // Without Common Test's separator above it, the same words are any program's.
    const plain = [
      "$ ./check.sh",
      "db:connect failed on line 3",
      'The command "./check.sh" exited with 1.',
    ].join("\n");
    expect((await analyzeText(plain)).failures[0].rule).not.toBe("erlang.ct-failed");
  });
});

describe("apple rules: SwiftLint", () => {
  const lint = (exit: number) =>
    [
      "$ swiftlint lint --strict",
      "Linting 'Object.swift' (1/2)",
      "/Users/travis/build/o/Kit/Object.swift:88:42: warning: Colon Violation: Colons should be next to the identifier. (colon)",
      "Linting 'Realm.swift' (2/2)",
      "Done linting! Found 1 violation, 0 serious in 2 files.",
      `The command "swiftlint lint --strict" exited with ${exit}.`,
    ].join("\n");

  it("states a failed --strict run by its violations, not by its closing tally", async () => {
    const f = (await analyzeText(lint(2))).failures[0];
    expect(f.rule).toBe("swiftlint.violation");
    expect(f.category).toBe("lint_error");
    expect(f.excerpt).toEqual([
      "/Users/travis/build/o/Kit/Object.swift:88:42: warning: Colon Violation: Colons should be next to the identifier. (colon)",
    ]);
  });

  it("reports no failure for warnings in a run that passed", async () => {
    const res = await analyzeText(lint(0));
    expect(res.failures).toEqual([]);
  });
});
