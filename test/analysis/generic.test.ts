import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/analysis/analyze.js";
import {
  continuesBlock,
  errorStrength,
  isLibraryFrame,
  isTrailer,
  isWrapper,
  verdictCategory,
} from "../../src/analysis/generic.js";

// No ecosystem rules: everything below is the generic fallback and the step tracking.
const generic = (text: string) => analyzeText(text, { rules: [] });

let clock = 0;
function gha(lines: string[]): string {
  return (
    lines.map((l) => `2026-11-20T10:00:${String(clock++ % 60).padStart(2, "0")}.1234567Z ${l}`).join("\n") +
    "\n"
  );
}

function travis(lines: string[]): string {
  return lines.join("\r\n") + "\r\n";
}

describe("generic fallback: the error block", () => {
  it("takes the error line and its stack, not the surrounding output or the wrapper", async () => {
    const log = travis([
      "travis_fold:start:install\x1b[0Ktravis_time:start:0a1b2c\x1b[0K$ ./configure",
      "checking for gcc... yes",
      '\x1b[32;1mThe command "./configure" exited with 0.\x1b[0m',
      "travis_time:start:1f2e3d\x1b[0K$ ./run-checks.sh",
      "loading suite",
      "checking links ... ok",
      "error_handling_test ... ok",
      "** (RuntimeError) Line does not match format: '[x](y) - z'",
      "    check.exs:32: Awesome.parse_line/1",
      "    (elixir) lib/enum.ex:1755: Enum.reduce/3",
      "",
      "make: *** [check] Error 1",
      '\x1b[31;1mThe command "./run-checks.sh" exited with 2.\x1b[0m',
    ]);
    const res = await generic(log);
    expect(res.status).toBe("failed");
    const f = res.failures[0];
    expect(f.step).toBe("./run-checks.sh");
    expect(f.excerpt).toEqual([
      "** (RuntimeError) Line does not match format: '[x](y) - z'",
      "    check.exs:32: Awesome.parse_line/1",
      "    (elixir) lib/enum.ex:1755: Enum.reduce/3",
    ]);
    expect(f.lines).toEqual([8, 9, 10]);
    expect(f.message).toContain("RuntimeError");
  });

  it("prefers the first strong statement over later consequences", async () => {
    const log = travis([
      "$ make test",
      "compiling util.c",
      "util.h:28:14: error: static declaration of 'memrchr' follows non-static declaration",
      " static void *memrchr(const void *m, int c, size_t n)",
      "              ^",
      "compiling text.c",
      "text.c: warning: unused variable 'x'",
      "Build step failed, see above",
      "make: *** [all] Error 2",
      'The command "make test" exited with 2.',
    ]);
    const f = (await generic(log)).failures[0];
    expect(f.excerpt[0]).toContain("error: static declaration");
    expect(f.excerpt).toContain("              ^");
    expect(f.excerpt.some((l) => l.includes("make: ***"))).toBe(false);
    expect(f.excerpt.some((l) => l.includes("warning"))).toBe(false);
  });

  it("keeps a heading's paragraph together (Failure: ... until the blank line)", async () => {
    const log = travis([
      "$ bundle exec rake test",
      "Run options: --seed 1234",
      "Failure:",
      "CustomPropertiesTest#test_inherited [test/cases/custom_test.rb:42]:",
      "Expected false to be truthy.",
      "",
      "rails test test/cases/custom_test.rb:38",
      "",
      "1 runs, 1 assertions, 1 failures, 0 errors, 0 skips",
      'The command "bundle exec rake test" exited with 1.',
    ]);
    const f = (await generic(log)).failures[0];
    expect(f.excerpt).toEqual([
      "Failure:",
      "CustomPropertiesTest#test_inherited [test/cases/custom_test.rb:42]:",
      "Expected false to be truthy.",
    ]);
    expect(f.locations).toContainEqual({ file: "test/cases/custom_test.rb", line: 42 });
  });

  it("does not treat passing tests or quiet log levels that mention errors as errors", async () => {
    const log = travis([
      "$ ./gradlew check",
      "test_error_handling ... ok",
      "✓ reports errors to the caller",
      "INFO: MockWebServer responded: HTTP/1.1 404 Client Error",
      "0 errors, 0 failures",
      "FAILED: tests/parser_test.py::test_unicode - AssertionError: 'a' != 'b'",
      'The command "./gradlew check" exited with 1.',
    ]);
    const f = (await generic(log)).failures[0];
    expect(f.excerpt).toEqual(["FAILED: tests/parser_test.py::test_unicode - AssertionError: 'a' != 'b'"]);
    expect(f.category).toBe("test_failure");
  });

  it("takes the mention nearest the exit when no line more than mentions a failure", async () => {
    const log = travis([
      "$ ./lint.sh",
      "subtree commit 003a4ac unavailable: cannot compare",
      "checking include guards",
      "checking locale functions",
      "",
      "src/util.h could not be checked for its include guard",
      'The command "./lint.sh" exited with 1.',
    ]);
    const f = (await generic(log)).failures[0];
    expect(f.excerpt).toEqual(["src/util.h could not be checked for its include guard"]);
  });

  it("takes the line above a wrapper that says 'see above'", async () => {
    const log = travis([
      "$ npm test",
      "> tldr-lint ./pages",
      "pages/common/mat2.md:3: TLDR004 Command descriptions should end in a period",
      "npm ERR! Test failed.  See above for more details.",
      'The command "npm test" exited with 1.',
    ]);
    const f = (await generic(log)).failures[0];
    expect(f.excerpt).toEqual([
      "pages/common/mat2.md:3: TLDR004 Command descriptions should end in a period",
    ]);
    expect(f.locations).toContainEqual({ file: "pages/common/mat2.md", line: 3 });
  });

  it("falls back to the step's last words when nothing looks like an error", async () => {
    const log = travis([
      "$ ./check_integrity.sh",
      "Skip command rscp",
      "Run 'make docs' to create man/git-rename-remote.1",
      'The command "./check_integrity.sh" exited with 1.',
    ]);
    const f = (await generic(log)).failures[0];
    expect(f.excerpt).toEqual(["Run 'make docs' to create man/git-rename-remote.1"]);
    expect(f.step).toBe("./check_integrity.sh");
  });

  it("analyzes a log cut off inside a step even when earlier steps passed", async () => {
    const log = travis([
      "$ git clone https://example.test/app.git",
      'The command "git clone https://example.test/app.git" exited with 0.',
      "$ mvn test -B",
      "Tests run: 12, Failures: 1, Errors: 0, Skipped: 0 <<< FAILURE!",
      "testParse(com.example.ParserTest)  Time elapsed: 0.01 sec  <<< FAILURE!",
      "java.lang.AssertionError: expected:<1> but was:<2>",
      "\tat org.junit.Assert.fail(Assert.java:88)",
      "\tat com.example.ParserTest.testParse(ParserTest.java:31)",
    ]);
    const res = await generic(log);
    expect(res.status).toBe("failed");
    expect(res.failures[0].step).toBe("mvn test -B");
    expect(res.failures[0].excerpt).toContain("java.lang.AssertionError: expected:<1> but was:<2>");
    expect(res.failures[0].excerpt).toContain("\tat com.example.ParserTest.testParse(ParserTest.java:31)");
  });

  it("reports a passing log as passed with no failures", async () => {
    const log = travis([
      "$ make",
      "error.c compiled",
      'The command "make" exited with 0.',
      "Done. Your build exited with 0.",
    ]);
    const res = await generic(log);
    expect(res.status).toBe("passed");
    expect(res.failures).toEqual([]);
  });
});

describe("generic fallback: category from the build tool's verdict", () => {
  it("uses the Maven plugin that failed, not the words of the error lines", async () => {
    const log = travis([
      "$ mvn install -B",
      "[ERROR] src/main/java/a/B.java:[38] (sizes) LineLength: Line is longer than 120 characters (found 130).",
      "[INFO] BUILD FAILURE",
      "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-checkstyle-plugin:2.17:check (validate) on project a: You have 1 Checkstyle violation. -> [Help 1]",
      "[ERROR] ",
      "[ERROR] To see the full stack trace of the errors, re-run Maven with the -e switch.",
      'The command "mvn install -B" exited with 1.',
    ]);
    const f = (await generic(log)).failures[0];
    expect(f.category).toBe("lint_error");
    expect(f.excerpt[0]).toContain("LineLength");
  });

  it("names the phase from Gradle's failed task", () => {
    expect(verdictCategory("Execution failed for task ':app:checkstyleMain'.")).toBe("lint_error");
    expect(verdictCategory("Execution failed for task ':core:test'.")).toBe("test_failure");
    expect(verdictCategory("Execution failed for task ':core:compileJava'.")).toBe("build_failure");
    expect(verdictCategory("> Task :core:spotlessCheck FAILED")).toBe("format_error");
    expect(
      verdictCategory(
        "[ERROR] Failed to execute goal on project x: Could not resolve dependencies for project a:b:jar:1",
      ),
    ).toBe("dependency_error");
    expect(verdictCategory("[ERROR] Tests run: 3, Failures: 1")).toBeNull();
  });

  it("calls a failed clone an infrastructure failure", async () => {
    const log = travis([
      "$ git clone --depth=50 https://github.com/o/r.git o/r",
      "Cloning into 'o/r'...",
      "fatal: Could not read from remote repository.",
      'The command "git clone --depth=50 https://github.com/o/r.git o/r" failed and exited with 128 during .',
    ]);
    expect((await generic(log)).failures[0].category).toBe("infrastructure_error");
  });
});

describe("GitHub Actions steps", () => {
  it("reports a failure inside a composite action under the composite step", async () => {
    const log = gha([
      "##[group]Run actions/checkout@v4",
      "with:",
      "  fetch-depth: 1",
      "##[endgroup]",
      "Syncing repository: o/r",
      "##[group]Run pre-commit/action@v3.0.1",
      "with:",
      "  extra_args: --all-files",
      "##[endgroup]",
      "##[group]Run python -m pip install pre-commit",
      "python -m pip install pre-commit",
      "shell: /usr/bin/bash --noprofile --norc -e -o pipefail {0}",
      "##[endgroup]",
      "Successfully installed pre-commit-4.0.1",
      "##[group]Run pre-commit run --all-files",
      "pre-commit run --all-files",
      "shell: /usr/bin/bash --noprofile --norc -e -o pipefail {0}",
      "##[endgroup]",
      "check yaml...............................................................Passed",
      "trim trailing whitespace.................................................Failed",
      "- hook id: trailing-whitespace",
      "##[error]Process completed with exit code 1.",
      "Post job cleanup.",
    ]);
    const f = (await generic(log)).failures[0];
    expect(f.step).toBe("Run pre-commit/action@v3.0.1");
    expect(f.excerpt[0]).toContain("trim trailing whitespace");
  });

  it("ends a composite at a step that uses the default shell", async () => {
    const log = gha([
      "##[group]Run ./.github/actions/setup",
      "##[endgroup]",
      "##[group]Run actions/setup-node@v4",
      "with:",
      "  node-version: 20",
      "##[endgroup]",
      "Found in cache @ /opt/hostedtoolcache/node/20.0.0/x64",
      "##[group]Run npm test",
      "npm test",
      "shell: /usr/bin/bash -e {0}",
      "##[endgroup]",
      "Error: expected 200, got 500",
      "##[error]Process completed with exit code 1.",
    ]);
    const f = (await generic(log)).failures[0];
    expect(f.step).toBe("Run npm test");
    expect(f.excerpt).toEqual(["Error: expected 200, got 500"]);
  });

  it("ends a composite at a step with Windows' default shell, pwsh", async () => {
    const log = gha([
      "##[group]Run ./.github/actions/cache",
      "##[endgroup]",
      '##[group]Run echo "CACHE_KEY=test" >> $GITHUB_ENV',
      'echo "CACHE_KEY=test" >> $GITHUB_ENV',
      "shell: C:\\Program Files\\Git\\bin\\bash.EXE --noprofile --norc -e -o pipefail {0}",
      "##[endgroup]",
      "##[group]Run cmake --build .deps",
      "cmake --build .deps",
      "shell: C:\\Program Files\\PowerShell\\7\\pwsh.EXE -command \". '{0}'\"",
      "##[endgroup]",
      "[12/12] Linking C executable nvim.exe",
      "##[group]Run msys2/setup-msys2@v2",
      "with:",
      "  msystem: MINGW64",
      "##[endgroup]",
      "Installing MSYS2",
      "##[error]The process 'C:\\Windows\\system32\\cmd.exe' failed with exit code 1",
      "Post job cleanup.",
    ]);
    const f = (await generic(log)).failures[0];
    expect(f.step).toBe("Run msys2/setup-msys2@v2");
  });

  it("keeps a composite's first run step in it even with a default-looking shell", async () => {
    const log = gha([
      "##[group]Run ./.github/actions/run-tests",
      "env:",
      "  PATTERN: not single_cpu",
      "##[endgroup]",
      "##[group]Run ci/run_tests.sh",
      "ci/run_tests.sh",
      "shell: /usr/bin/bash -el {0}",
      "##[endgroup]",
      "Error: 3 tests failed",
      "##[error]Process completed with exit code 1.",
      "Post job cleanup.",
    ]);
    const f = (await generic(log)).failures[0];
    expect(f.step).toBe("Run ./.github/actions/run-tests");
  });

  it("ends a composite at a later step with bash -el, the usual defaults.run.shell", async () => {
    const log = gha([
      "##[group]Run ./.github/actions/setup-conda",
      "##[endgroup]",
      "##[group]Run micromamba info",
      "micromamba info",
      "shell: /usr/bin/bash --noprofile --norc -e -o pipefail {0}",
      "##[endgroup]",
      "libmamba version : 2.0.8",
      "##[group]Run pytest",
      "pytest",
      "shell: /usr/bin/bash -el {0}",
      "##[endgroup]",
      "Error: 3 tests failed",
      "##[error]Process completed with exit code 1.",
      "Post job cleanup.",
    ]);
    const f = (await generic(log)).failures[0];
    expect(f.step).toBe("Run pytest");
  });

  it("does not read a step's script in its header as output", async () => {
    const log = gha([
      "##[group]Run if ! make check; then echo 'error: checks failed'; exit 1; fi",
      "if ! make check; then echo 'error: checks failed'; exit 1; fi",
      "shell: /usr/bin/bash -e {0}",
      "##[endgroup]",
      "make: Nothing to be done for 'check'.",
      "Post job cleanup.",
    ]);
    const res = await generic(log);
    expect(res.failures).toEqual([]);
  });

  it("treats a JavaScript action that ends its step with ##[error] as a failed step", async () => {
    const log = gha([
      "##[group]Run docker/build-push-action@v6",
      "with:",
      "  push: true",
      "##[endgroup]",
      "#5 [2/3] RUN apk add git",
      "#5 ERROR: failed to fetch https://dl-cdn.alpinelinux.org/alpine/v3.19/main",
      "##[error]buildx failed with: ERROR: failed to solve: process did not complete successfully",
      "Post job cleanup.",
      "Removing builder",
    ]);
    const res = await generic(log);
    expect(res.status).toBe("failed");
    const f = res.failures[0];
    expect(f.step).toBe("Run docker/build-push-action@v6");
    expect(f.excerpt.join("\n")).toContain("failed to fetch");
  });

  it("reads exit code 124 as a timeout and 137 as a killed process when nothing else explains it", async () => {
    for (const [code, category] of [
      [124, "timeout"],
      [137, "infrastructure_error"],
      [1, "build_failure"],
    ] as const) {
      const log = gha([
        "##[group]Run ./scripts/soak.sh",
        "./scripts/soak.sh",
        "##[endgroup]",
        "round 1 done",
        "round 2 done",
        `##[error]Process completed with exit code ${code}.`,
      ]);
      const res = await generic(log);
      expect(res.failures[0].category).toBe(category);
    }
  });

  it("reads Travis's exit line split by a script that ends in a newline, and not the job verdict as a step", async () => {
    const log = travis([
      "$ script/test",
      "running specs",
      "  1) Window opens a window:",
      "     Error: timeout of 2000ms exceeded.",
      'The command "script/test',
      '" exited with 1.',
      "$ artifacts upload",
      "INFO: uploading out/app.tar.gz",
      "Done uploading artifacts",
      "Done. Your build exited with 1.",
    ]);
    const res = await generic(log);
    expect(res.failures).toHaveLength(1);
    expect(res.failures[0].step).toBe("script/test");
    expect(res.failures[0].excerpt.join("\n")).toContain("Error: timeout of 2000ms exceeded.");
  });

  it("takes the diff a failed check printed when no line says why", async () => {
    const log = travis([
      "$ ./format-all.sh && git diff --exit-code",
      "formatting 120 files",
      "diff --git a/docs/ruby.org b/docs/ruby.org",
      "index 18d226b..c6dbc80 100644",
      "--- a/docs/ruby.org",
      "+++ b/docs/ruby.org",
      "@@ -106,3 +106,3 @@",
      " * Key bindings",
      "-| ~SPC m g g~ | go to definition |",
      "+| ~SPC m g g~ | go to definition  |",
      "",
      'The command "./format-all.sh && git diff --exit-code" exited with 1.',
    ]);
    const res = await generic(log);
    const f = res.failures[0];
    expect(f.excerpt[0]).toBe("diff --git a/docs/ruby.org b/docs/ruby.org");
    expect(f.excerpt).toContain("+| ~SPC m g g~ | go to definition  |");
    expect(f.excerpt).not.toContain("formatting 120 files");
  });

  it("does not report summary lines alone from a step that went on to pass", async () => {
    const log = gha([
      "##[group]Run npx jest --ci || true",
      "npx jest --ci || true",
      "##[endgroup]",
      "Tests:       1 failed, 9 passed, 10 total",
      "##[group]Run npm run build",
      "npm run build",
      "##[endgroup]",
      "built in 2s",
    ]);
    const res = await analyzeText(log);
    expect(res.failures).toEqual([]);
    expect(res.status).not.toBe("failed");
  });
});

describe("the excerpt is tight", () => {
  it("leaves tallies, hints and wrapper lines to the context when a line says what failed", async () => {
    const log = travis([
      "travis_time:start:1f2e3d\x1b[0K$ bundle exec rake test",
      "Run options: --seed 1234",
      "rake aborted!",
      "Errno::ENOENT: No such file or directory @ rb_sysopen - config/site.yml",
      "(See full trace by running task with --trace)",
      "3 tests, 5 assertions, 1 failures, 0 errors, 0 skips",
      "npm ERR! code ELIFECYCLE",
      '\x1b[31;1mThe command "bundle exec rake test" exited with 1.\x1b[0m',
    ]);
    const f = (await generic(log)).failures[0];
    expect(f.excerpt).toEqual(["Errno::ENOENT: No such file or directory @ rb_sysopen - config/site.yml"]);
    expect(f.context).toEqual(
      expect.arrayContaining([
        "rake aborted!",
        "(See full trace by running task with --trace)",
        "npm ERR! code ELIFECYCLE",
      ]),
    );
    expect(f.lines).toEqual([4]);
  });

  it("tells trailers from the lines that still say something", () => {
    expect(isTrailer("make: *** [Makefile:39: staticcheck] Error 1")).toBe(false);
    expect(isTrailer("[ERROR] -> [Help 1]")).toBe(false);
    expect(isTrailer("npm ERR! code E404")).toBe(false);
    expect(isTrailer("  2 failing")).toBe(true);
    expect(isTrailer("Tests run: 3, Failures: 1, Errors: 0, Skipped: 0")).toBe(true);
    expect(
      isTrailer(
        "Tests run: 3, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 1 s <<< FAILURE! - in a.BTest",
      ),
    ).toBe(false);
    expect(isTrailer("Use --trace for backtrace.")).toBe(true);
    expect(isTrailer("- - - - - - - - - - - - - - - -")).toBe(true);
    expect(isTrailer("[error] (core / Test / test) sbt.TestsFailedException: Tests unsuccessful")).toBe(true);
    expect(isTrailer("[error] Total time: 107 s, completed Aug 1, 2019 11:27:04 PM")).toBe(true);
    expect(isTrailer("Error! The 'unit' test step finished with a non-zero exit code")).toBe(true);
    expect(isTrailer("        ^~~~~~")).toBe(false);
    expect(isTrailer("Error: Cannot find module 'x'")).toBe(false);
    // Give-up lines of build tools, -Werror verdicts and pointers to --help name no cause.
    expect(isTrailer("rake aborted!")).toBe(true);
    expect(isTrailer("Failing due to -Werror.")).toBe(true);
    expect(isTrailer("cc1: all warnings being treated as errors")).toBe(true);
    expect(isTrailer("-- Configuring incomplete, errors occurred!")).toBe(true);
    expect(isTrailer("error: Could not compile `alacritty_terminal`.")).toBe(true);
    expect(isTrailer("See 'docker build --help'.")).toBe(true);
    expect(isTrailer("> There were failing tests. See the report at: file:///w/build/index.html")).toBe(true);
    expect(isTrailer("Done linting! Found 3 violations, 0 serious in 53 files.")).toBe(true);
    expect(isTrailer("FAILURE!!! 1 files were unable to be parsed!")).toBe(true);
    expect(isTrailer("Failed 1 tests!!")).toBe(true);
    expect(isTrailer("Please check the YAML headers for the documents that failed!")).toBe(true);
    expect(isTrailer("Please commit all changes generated by building")).toBe(false);
    // npm-run-all's account of a script that failed, and npm's bare "npm ERR!" line.
    expect(isWrapper('ERROR: "css-lint-vars" exited with 1.')).toBe(true);
    expect(isWrapper("npm ERR!")).toBe(true);
    // A line a linter marks as failed is an error line even when it names a warning.
    expect(errorStrength("✖ Variable $bd-warning is not being used!", null)).toBeGreaterThan(0);
    expect(errorStrength("Variable $bd-warning is not being used!", null)).toBe(0);
    // apt's "E:" opens an error; prove's timing after "ok" still says the script passed.
    expect(
      errorStrength(
        "E: Failed to fetch http://dl.hhvm.com/ubuntu/dists/trusty/Packages  404  Not Found",
        null,
      ),
    ).toBe(3);
    expect(
      continuesBlock(
        "[22:25:55] t9164-git-svn-dcommit-concurrent.sh ........ ok    14283 ms ( 0.05 usr )",
        0,
        true,
      ),
    ).toBe(false);
    // Progress lines end a block: Pester's discovery, xunit's per-assembly "Finished:", cargo's
    // "Compiling x v1.0"; TAP's YAML delimiters say nothing.
    expect(continuesBlock("Starting test discovery in 2 files.", 0, true)).toBe(false);
    expect(continuesBlock("  Finished:    Nancy.Testing.Tests", 0, true)).toBe(false);
    expect(continuesBlock("   Compiling zip v0.5.2", 0, true)).toBe(false);
    expect(isTrailer("  ---")).toBe(true);
    expect(isTrailer("  ...")).toBe(true);
    // Two processes writing at once: make's give-up line lands after another's partial line.
    expect(isWrapper("(no logger pmake[4]: *** [obj/x86_64/opt/smp/PROFILE] Error 1")).toBe(true);
    expect(isTrailer("error: could not compile `foo` due to previous error")).toBe(false);
    // npm's line naming the script that failed repeats the failure, dashed script names too.
    expect(
      isTrailer("npm ERR! bootstrap@4.3.1 docs-linkinator: `linkinator _gh_pages --recurse --silent`"),
    ).toBe(true);
  });

  it("takes the line above a wrapper that only a hint follows", async () => {
    const log = travis([
      "travis_time:start:1f2e3d\x1b[0K$ yarn test",
      "yarn run v1.3.2",
      "[12:37:24] Finished 'default' after 2.14 s",
      "Please commit all changes generated by building",
      "error Command failed with exit code 1.",
      "info Visit https://yarnpkg.com/en/docs/cli/run for documentation about this command.",
      '\x1b[31;1mThe command "yarn test" exited with 1.\x1b[0m',
    ]);
    expect((await generic(log)).failures[0].excerpt).toEqual([
      "Please commit all changes generated by building",
    ]);
  });

  it("states a command `timeout` stopped by its exit line, not by what it printed last", async () => {
    const log = travis([
      "travis_time:start:1f2e3d\x1b[0K$ timeout 35m ci/build.sh",
      'tf-random > 94 |   | bitSize n > 64 = error "mkTFGen: not implemented"',
      "Building library for tf-random-0.5..",
      '\x1b[31;1mThe command "timeout 35m ci/build.sh" exited with 124.\x1b[0m',
    ]);
    const f = (await generic(log)).failures[0];
    expect(f.category).toBe("timeout");
    expect(f.excerpt).toEqual(['The command "timeout 35m ci/build.sh" exited with 124.']);
  });

  it("leaves the stack frames of installed code to the context", async () => {
    const log = travis([
      "travis_time:start:1f2e3d\x1b[0K$ bundle exec rake",
      "rake aborted!",
      "No Rakefile found (looking for: rakefile, Rakefile, rakefile.rb, Rakefile.rb)",
      "/home/travis/.rvm/gems/ruby-2.4.1/bin/ruby_executable_hooks:15:in `eval'",
      "/home/travis/.rvm/gems/ruby-2.4.1/bin/ruby_executable_hooks:15:in `<main>'",
      "(See full trace by running task with --trace)",
      '\x1b[31;1mThe command "bundle exec rake" exited with 1.\x1b[0m',
    ]);
    const f = (await generic(log)).failures[0];
    expect(f.excerpt).toEqual([
      "No Rakefile found (looking for: rakefile, Rakefile, rakefile.rb, Rakefile.rb)",
    ]);
    expect(f.context).toContain("/home/travis/.rvm/gems/ruby-2.4.1/bin/ruby_executable_hooks:15:in `eval'");
    expect(isLibraryFrame("    at ChildProcess.emit (events.js:203:13)")).toBe(true);
    expect(
      isLibraryFrame("    at Process.ChildProcess._handle.onexit (internal/child_process.js:272:12)"),
    ).toBe(true);
    expect(isLibraryFrame("    at run (/w/node_modules/mocha/lib/runner.js:1:2)")).toBe(true);
    expect(isLibraryFrame("    at Object.<anonymous> (/w/test/a.test.js:3:5)")).toBe(false);
    expect(isLibraryFrame("app/models/user.rb:12:in `save'")).toBe(false);
  });

  it("takes the step's last output over a mere mention of failure far above it", async () => {
    const log = travis([
      "travis_time:start:1f2e3d\x1b[0K$ latexmk -pdf std && ! grep -Fe 'Overfull \\hbox' std.log",
      "Latexmk: Summary of warnings:",
      "  Latex failed to resolve 3 reference(s)",
      "",
      ...Array.from({ length: 30 }, (_, i) => `entering extended mode, pass ${i + 2}`),
      "Overfull \\hbox (2.26166pt too wide) in paragraph at lines 4826--4842",
      '\x1b[31;1mThe command "latexmk -pdf std" exited with 1.\x1b[0m',
    ]);
    const f = (await generic(log)).failures[0];
    expect(f.excerpt).toEqual(["Overfull \\hbox (2.26166pt too wide) in paragraph at lines 4826--4842"]);
    // Near the exit, the mention is still the better account than the last line.
    const near = travis([
      "travis_time:start:1f2e3d\x1b[0K$ ./check.sh",
      "checking links",
      "link check failed for docs/a.md",
      "checked 20 files",
      '\x1b[31;1mThe command "./check.sh" exited with 1.\x1b[0m',
    ]);
    expect((await generic(near)).failures[0].excerpt).toEqual(["link check failed for docs/a.md"]);
    // A last line that only says "see above" points at the mention, however far.
    const above = travis([
      "travis_time:start:1f2e3d\x1b[0K$ npm test",
      "\u2716 Variable $bd-warning is not being used!",
      "",
      ...Array.from({ length: 30 }, (_, i) => `> step ${i}`),
      "npm ERR! Test failed.  See above for more details.",
      '\x1b[31;1mThe command "npm test" exited with 1.\x1b[0m',
    ]);
    expect((await generic(above)).failures[0].excerpt).toEqual([
      "\u2716 Variable $bd-warning is not being used!",
    ]);
    // Nor is make's account of the directory it leaves the step's last word.
    const left = travis([
      "travis_time:start:1f2e3d\x1b[0K$ make -C test/vis",
      "motions/line-begin                        PASS",
      "selections/new-below-above                FAIL",
      ...Array.from({ length: 30 }, (_, i) => `selections/case-${i}                        PASS`),
      "Tests ok 67/68",
      "make: *** [test] Error 1",
      "make: Leaving directory `/home/travis/build/w/vis/test/vis'",
      '\x1b[31;1mThe command "make -C test/vis" exited with 2.\x1b[0m',
    ]);
    expect((await generic(left)).failures[0].excerpt).toEqual([
      "selections/new-below-above                FAIL",
    ]);
  });

  it("does not pick a block of tallies over the block that states the failure", async () => {
    const log = travis([
      "travis_time:start:1f2e3d\x1b[0K$ make test",
      "From test_terminal.vim:",
      "Found errors in Test_terminal_no_job():",
      "function RunTheTest[40]..Test_terminal_no_job line 1: Expected v:null but got 'run'",
      "",
      "Executed:  2000 Tests",
      "  FAILED:     1 Tests",
      '\x1b[31;1mThe command "make test" exited with 2.\x1b[0m',
    ]);
    const f = (await generic(log)).failures[0];
    expect(f.excerpt).toContain("Found errors in Test_terminal_no_job():");
    expect(f.excerpt.join("\n")).not.toContain("FAILED:");
  });

  it("keeps the lines when every one of them is a trailer", async () => {
    const log = travis([
      "travis_time:start:1f2e3d\x1b[0K$ npm test",
      "npm ERR! Test failed.  See above for more details.",
      "  1 failing",
      '\x1b[31;1mThe command "npm test" exited with 1.\x1b[0m',
    ]);
    const f = (await generic(log)).failures[0];
    expect(f.excerpt.length).toBeGreaterThan(0);
  });
});

describe("line grading", () => {
  it("does not take a build's progress line for an error because a module is named Error", () => {
    expect(
      errorStrength(
        "[ 42 of 147] Compiling Text.Pandoc.Error ( src/Text/Pandoc/Error.hs, dist/Error.o )",
        null,
      ),
    ).toBe(0);
    expect(errorStrength("   Compiling quick-error v1.2.2", null)).toBe(0);
    expect(errorStrength("Compiling src/a.c failed", null)).toBeGreaterThan(0);
    expect(errorStrength("    --- PASS: TestErrors/empty_input (0.00s)", null)).toBe(0);
  });

  it("grades how strongly a line states a failure", () => {
    expect(errorStrength("src/a.c:3:5: error: expected ';'", null)).toBe(3);
    expect(errorStrength("java.lang.NullPointerException: boom", null)).toBe(3);
    expect(errorStrength("--- FAIL: TestParse (0.00s)", null)).toBe(3);
    expect(errorStrength("Tests run: 5, Failures: 1 <<< FAILURE!", null)).toBe(2);
    expect(errorStrength("the cache lookup failed, downloading", null)).toBe(1);
    expect(errorStrength("found 0 errors", null)).toBe(0);
    expect(errorStrength("warning: unused variable", null)).toBe(0);
    expect(errorStrength("✓ handles errors", null)).toBe(0);
    expect(errorStrength("anything at all", "error")).toBe(3);
    expect(errorStrength("src/Types.hs:40:1: error: [-Wunused-imports, -Werror=unused-imports]", null)).toBe(
      3,
    );
    expect(errorStrength("gcc -Wall -Werror -c util.c", null)).toBe(0);
    expect(errorStrength("Compiling Error.swift (2/21)", null)).toBe(0);
    expect(errorStrength("error.c:3:1: error: expected ';'", null)).toBe(3);
    // libyaml's parse errors (Psych, PyYAML) name no "error" word.
    expect(
      errorStrength(
        "(./a.md): did not find expected ',' or ']' while parsing a flow sequence at line 5 column 7",
        null,
      ),
    ).toBeGreaterThan(0);
    // "debug" in the words of a message is not a DEBUG log level.
    expect(
      errorStrength("[ERROR] Re-run Maven using the -X switch to enable full debug logging.", null),
    ).toBeGreaterThan(0);
    expect(errorStrength("[DEBUG] retrying after error 503", null)).toBe(0);
  });

  it("recognises lines that only wrap a failure reported above", () => {
    expect(isWrapper("make: *** [Makefile:39: test] Error 2")).toBe(true);
    expect(isWrapper("npm ERR! code ELIFECYCLE")).toBe(true);
    expect(isWrapper("error Command failed with exit code 1.")).toBe(true);
    expect(isWrapper("[ERROR] -> [Help 1]")).toBe(true);
    // Banners that only announce that something failed (xcodebuild, build scripts).
    expect(isWrapper("** TEST BUILD FAILED **")).toBe(true);
    expect(isWrapper("*** Failed ***")).toBe(true);
    expect(
      errorStrength("❌  /Users/x/Source/A.swift:97:2: unknown attribute 'dynamicMemberLookup'", null),
    ).toBeGreaterThan(0);
    expect(isWrapper("error: expected ';' after expression")).toBe(false);
  });
});

describe("the fallback's error block", () => {
  it("takes the build tool's closing report after the errors it found", async () => {
    const log = [
      "[INFO] --- animal-sniffer-maven-plugin:1.21:check (checkAPIcompatibility) @ app ---",
      "[INFO] Checking unresolved references to org.codehaus.mojo.signature:java18:1.0",
      "[ERROR] /builds/app/src/main/java/a/Hex.java:348: Undefined reference: java.nio.ByteBuffer",
      "[ERROR] /builds/app/src/main/java/a/Digest.java:14: Undefined reference: java.nio.ByteBuffer",
      "[INFO] ------------------------------------------------------------------------",
      "[INFO] BUILD FAILURE",
      "[INFO] ------------------------------------------------------------------------",
      "[INFO] Total time:  20.746 s",
      "[INFO] ------------------------------------------------------------------------",
      "[ERROR] Failed to execute goal org.codehaus.mojo:animal-sniffer-maven-plugin:1.21:check (checkAPIcompatibility) on project app: Signature errors found.",
      "[ERROR] -> [Help 1]",
      "Build step 'Execute shell' marked build as failure",
      "Finished: FAILURE",
    ].join("\n");
    const f = (await analyzeText(log)).failures[0];
    expect(f.rule).toBe("generic.error");
    expect(f.excerpt[0]).toContain("Hex.java:348: Undefined reference");
    expect(f.excerpt).toContain(
      "[ERROR] Failed to execute goal org.codehaus.mojo:animal-sniffer-maven-plugin:1.21:check (checkAPIcompatibility) on project app: Signature errors found.",
    );
    expect(f.excerpt).not.toContain("[INFO] BUILD FAILURE");
  });
});

describe("frames of an installed test framework", () => {
  it("are trailers: Pester's own Invoke-Assertion frame goes to context", () => {
    expect(
      isTrailer(
        "      at Invoke-Assertion, /home/travis/build/o/r/publish/Modules/Pester/4.2.0/Functions/Assertions/Should.ps1: line 209",
      ),
    ).toBe(true);
    expect(isTrailer("      at <ScriptBlock>, /home/travis/build/o/r/test/Job.Tests.ps1: line 42")).toBe(
      false,
    );
    // A checkout of Pester itself is the project's code, not an installed module.
    expect(isTrailer("at t, /Users/travis/build/pester/Pester/new-runtimepoc/p.psm1:103")).toBe(false);
  });
});
