import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/analysis/analyze.js";

const gha = (lines: string[]) => lines.map((l) => `2026-11-20T10:00:01.0000000Z ${l}`).join("\n");

describe("a line a report skips between two of its lines", () => {
  it("joins the report (go's 'exit status 1' between a checker's finding and make's error)", async () => {
    const log = gha([
      "##[group]Run make staticcheck",
      "make staticcheck",
      "##[endgroup]",
      "==> Checking that code complies with static analysis requirements...",
      "##[error]internal/states/object_test.go:63:3: the goroutine calls T.Fatalf, which must be called in the same goroutine as the test (SA2002)",
      "exit status 1",
      "make: *** [Makefile:39: staticcheck] Error 1",
      "##[error]Process completed with exit code 2.",
    ]);
    const f = (await analyzeText(log)).failures[0];
    expect(f.excerpt).toContain("exit status 1");
    expect(f.excerpt).not.toContain("==> Checking that code complies with static analysis requirements...");
  });

  it("leaves out make's directory notes between its error lines and a passing test between failing ones", async () => {
    const make = [
      "$ make",
      "src/a.c:3:1: error: expected ';' before '}' token",
      "make[1]: *** [a.o] Error 1",
      "make[1]: Leaving directory '/home/travis/build/x'",
      "make: *** [all] Error 2",
      'The command "make" exited with 2.',
    ].join("\n");
    const f = (await analyzeText(make)).failures[0];
    expect(f.excerpt.join("\n")).not.toContain("Leaving directory");

    const cargo = [
      "$ cargo test",
      "test a ... FAILED",
      "test b ... ok",
      "test c ... FAILED",
      'The command "cargo test" exited with 101.',
    ].join("\n");
    const g = (await analyzeText(cargo)).failures[0];
    expect(g.excerpt).not.toContain("test b ... ok");
  });
});

describe("separators and tallies inside one report", () => {
  it("keeps BuildKit's frame lines between its error lines", async () => {
    const log = gha([
      "##[group]Run docker build .",
      "docker build .",
      "##[endgroup]",
      "#6 [2/3] RUN apk add --no-cache git",
      "#6 ERROR: failed to copy: httpReadSeeker: failed open: could not fetch content descriptor sha256:df9b",
      "#7 CANCELED",
      "------",
      " > [2/3] RUN apk add --no-cache git:",
      "------",
      "Dockerfile:32",
      "--------------------",
      "  32 | >>> RUN apk add --no-cache git",
      "--------------------",
      "error: failed to solve: failed to compute cache key: failed to copy: httpReadSeeker: failed open",
      "##[error]Process completed with exit code 1.",
    ]);
    const f = (await analyzeText(log)).failures[0];
    expect(f.excerpt.filter((l) => l === "------")).toHaveLength(2);
    expect(f.excerpt.filter((l) => l === "--------------------")).toHaveLength(2);
  });

  it("keeps Gradle's 'Build failed' line between a failed test and its exception", async () => {
    const log = gha([
      "##[group]Run ./gradlew build",
      "./gradlew build",
      "##[endgroup]",
      "> Task :app:test FAILED",
      "",
      "LogDifferTest > testGithubParsing() FAILED",
      "FAILURE: Build failed with an exception.",
      "    java.lang.IllegalArgumentException at LogDifferTest.java:61",
      "",
      "* What went wrong:",
      "Execution failed for task ':app:test'.",
      "> There were failing tests. See the report at: file:///w/app/build/reports/tests/test/index.html",
      "##[error]Process completed with exit code 1.",
    ]);
    const f = (await analyzeText(log)).failures[0];
    expect(f.excerpt.join("\n")).not.toContain("See the report at");
    expect(f.excerpt.slice(0, 3)).toEqual([
      "LogDifferTest > testGithubParsing() FAILED",
      "FAILURE: Build failed with an exception.",
      "    java.lang.IllegalArgumentException at LogDifferTest.java:61",
    ]);
  });

  it("still drops a tally at the report's end", async () => {
    const log = gha([
      "##[group]Run go test ./...",
      "go test ./...",
      "##[endgroup]",
      "--- FAIL: TestA (0.00s)",
      "    a_test.go:9: want 1, got 2",
      "FAIL",
      "##[error]Process completed with exit code 1.",
    ]);
    const f = (await analyzeText(log)).failures[0];
    expect(f.excerpt).not.toContain("FAIL");
  });
});

describe("a test failure in a Maven build", () => {
  const log = [
    "[INFO] Running sorald.miner.WarningMinerTest",
    "org.eclipse.jgit.api.errors.TransportException: https://github.com/o/r.git: 503 Service Unavailable",
    "\tat org.eclipse.jgit.api.FetchCommand.call(FetchCommand.java:222)",
    "\tat sorald.Main.main(Main.java:7)",
    "[ERROR] Tests run: 8, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 32.995 s <<< FAILURE! - in sorald.miner.WarningMinerTest",
    "[ERROR] extractWarnings(sorald.miner.WarningMinerTest)  Time elapsed: 0.461 s  <<< FAILURE!",
    "java.lang.AssertionError: expected a value greater than <0>",
    "\tat sorald.miner.WarningMinerTest.extractWarnings(WarningMinerTest.java:189)",
    "",
    "[INFO] Results:",
    "[INFO] ",
    "[ERROR] Tests run: 469, Failures: 1, Errors: 0, Skipped: 2",
    "[INFO] BUILD FAILURE",
    "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:2.22.2:test (default-test) on project sorald: There are test failures.",
    "[ERROR] ",
    "[ERROR] Please refer to /builds/workspace/Sorald/target/surefire-reports for the individual test results.",
    "[ERROR] -> [Help 1]",
    "Build step 'Execute shell' marked build as failure",
    "Finished: FAILURE",
  ].join("\n");

  it("takes the exception the test logged right above its failure into the same failure", async () => {
    const res = await analyzeText(log);
    const f = res.failures[0];
    expect(f.rule).toBe("java.surefire-case");
    expect(f.excerpt[0]).toBe(
      "org.eclipse.jgit.api.errors.TransportException: https://github.com/o/r.git: 503 Service Unavailable",
    );
    expect(res.failures.slice(1).flatMap((x) => x.lines)).not.toContain(2);
  });

  it("reads Maven's closing report under its verdict", async () => {
    const f = (await analyzeText(log)).failures[0];
    expect(f.excerpt).toContain(
      "[ERROR] Please refer to /builds/workspace/Sorald/target/surefire-reports for the individual test results.",
    );
    expect(f.excerpt).toContain("[ERROR] -> [Help 1]");
  });
});

describe("a GitHub step that failed without printing anything", () => {
  const job = (middle: string[]) =>
    gha([
      "##[group]Run git describe --tags",
      "git describe --tags",
      "##[endgroup]",
      "fatal: No tags can describe '60a189413d732eccd0158591618422c7cad1aed7'.",
      "Try --always, or create some tags.",
      ...middle,
      '##[group]Run [ -n "$VERSION" ]',
      '[ -n "$VERSION" ]',
      "##[endgroup]",
      "##[error]Process completed with exit code 1.",
    ]);

  it("is explained by the error an earlier step let pass", async () => {
    const f = (
      await analyzeText(job(["##[group]Run echo building", "echo building", "##[endgroup]", "building"]))
    ).failures[0];
    expect(f.step).toBe('Run [ -n "$VERSION" ]');
    expect(f.excerpt[0]).toBe("fatal: No tags can describe '60a189413d732eccd0158591618422c7cad1aed7'.");
    expect(f.message).toContain("No tags can describe");
  });

  it("does not look back past a step that failed", async () => {
    const f = (
      await analyzeText(
        job([
          "##[group]Run make",
          "make",
          "##[endgroup]",
          "make: *** [all] Error 2",
          "##[error]Process completed with exit code 2.",
        ]),
      )
    ).failures.find((x) => x.step === 'Run [ -n "$VERSION" ]');
    expect(f?.excerpt.join("\n") ?? "").not.toContain("No tags can describe");
  });
});

describe("a Jenkins post-build step that failed after the build", () => {
  it("closes the build's report, with the line above that says what is missing", async () => {
    const log = [
      "[INFO] BUILD FAILURE",
      "[ERROR] Plugin fr.inria.gforge.spoon:spoon-maven-plugin:3.5-SNAPSHOT or one of its dependencies could not be resolved: Failed to read artifact descriptor",
      "[ERROR] ",
      "[ERROR] For more information about the errors and possible solutions, please read the following articles:",
      "[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/PluginResolutionException",
      "Build step 'Execute shell' marked build as failure",
      "Archiving artifacts",
      "/net/www/ci/jobs/Mimecraft/builds/2316/archive does not exist.",
      "ERROR: Step ‘Publish XML Summary Reports’ failed: /net/www/ci/jobs/Mimecraft/builds/2316/archive does not exist.",
      "Finished: FAILURE",
    ].join("\n");
    const res = await analyzeText(log);
    const f = res.failures[0];
    expect(f.rule).toBe("java.maven-dependency");
    expect(f.excerpt.slice(-2)).toEqual([
      "/net/www/ci/jobs/Mimecraft/builds/2316/archive does not exist.",
      "ERROR: Step ‘Publish XML Summary Reports’ failed: /net/www/ci/jobs/Mimecraft/builds/2316/archive does not exist.",
    ]);
  });
});

describe("a rule that matches the build tool's verdict line itself", () => {
  it("explains the verdict: no fallback failure made of the report's hints outranks it", async () => {
    const log = [
      "[INFO] BUILD FAILURE",
      "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.10.0:testCompile (default-testCompile) on project app: Error while storing the mojo status: No space left on device",
      "[ERROR] ",
      "[ERROR] To see the full stack trace of the errors, re-run Maven with the -e switch.",
      "[ERROR] Re-run Maven using the -X switch to enable full debug logging.",
      "Build step 'Execute shell' marked build as failure",
      "Finished: FAILURE",
    ].join("\n");
    const res = await analyzeText(log);
    expect(res.failures[0].rule).toBe("runner.disk-full");
    expect(res.failures[0].excerpt[0]).toContain("No space left on device");
    expect(res.failures.map((f) => f.rule)).not.toContain("generic.error");
  });
});
