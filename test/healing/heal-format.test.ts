import { existsSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { analyzeText } from "../../src/analysis/analyze.js";
import { heal } from "../../src/healing/heal.js";
import { writeProposal } from "../../src/healing/proposal.js";
import { ConfigurationError } from "../../src/util/errors.js";
import { PROJECT_ROOT, cleanupRepos, exitCode, failure, git, makeRepo, toolOutput } from "./helpers.js";

afterEach(cleanupRepos);

const UGLY_PY = "import os\ndef f( a,b ):\n  return {'a':a,'b':b}\n\nprint( f(1,2), os.sep )\n";
const UGLY_TS = "export const x = {a:1,\n  b:2}\nexport function f(a:number){return a+1}\n";

describe("heal: formatters", () => {
  it("reformats a Python file with black, proves it with the verify command, and proposes a patch that applies", async () => {
    const dir = makeRepo({ "app.py": UGLY_PY });
    const log = toolOutput(dir, "black", ["--check", "."]);
    const { report, patch } = await heal({
      repoDir: dir,
      failures: [failure({ tool: "black", excerpt: log, locations: [{ file: "app.py" }] })],
      verifyCommand: "black --check .",
    });
    expect(report.outcome).toBe("healed");
    expect(report.files).toEqual(["app.py"]);
    expect(report.verification.baseline?.exitCode).not.toBe(0);
    expect(report.verification.final?.exitCode).toBe(0);
    expect(report.risk).toBe("low");
    expect(exitCode(dir, "black", ["--check", "."])).toBe(0);

    // The patch alone recreates the fix on a pristine copy of the base commit.
    const clone = makeRepo({});
    git(clone, "fetch", "-q", dir, report.baseSha);
    git(clone, "checkout", "-q", report.baseSha);
    writeFileSync(join(clone, "fix.patch"), patch);
    git(clone, "apply", "fix.patch");
    expect(readFileSync(join(clone, "app.py"), "utf8")).toBe(readFileSync(join(dir, "app.py"), "utf8"));
  });

  it("finds the files itself when the failure names none (prettier --list-different)", async () => {
    const dir = makeRepo(
      { "src/a.ts": UGLY_TS, "src/ok.ts": "export const y = 1;\n" },
      { nodeModules: true },
    );
    const { report } = await heal({
      repoDir: dir,
      failures: [failure({ tool: "prettier", message: "Code style issues found in the above file." })],
    });
    expect(report.outcome).toBe("healed");
    expect(report.files).toEqual(["src/a.ts"]);
    expect(readFileSync(join(dir, "src/a.ts"), "utf8")).toContain("export const x = { a: 1, b: 2 };");
  });

  it("heals a monorepo package with the package's own prettier and config, from paths relative to it", async () => {
    const dir = makeRepo({
      ".gitignore": "node_modules\n",
      "packages/web/package.json": JSON.stringify({
        name: "web",
        private: true,
        scripts: { check: "prettier --check src" },
      }),
      "packages/web/.prettierrc": JSON.stringify({ semi: false }),
      "packages/web/src/a.ts": UGLY_TS,
      "packages/web/src/ok.ts": "export const y = 1\n",
      "packages/api/src/b.ts": UGLY_TS,
    });
    // Only the package has an install, as after `npm ci` in its folder.
    symlinkSync(join(PROJECT_ROOT, "node_modules"), join(dir, "packages/web/node_modules"), "dir");
    const verifyCommand = "cd packages/web && node_modules/.bin/prettier --check src";
    const log = toolOutput(join(dir, "packages/web"), "node_modules/.bin/prettier", ["--check", "src"]);
    const { failures } = await analyzeText(log.join("\n"));
    expect(failures[0]?.locations.map((l) => l.file)).toContain("src/a.ts");
    const { report } = await heal({ repoDir: dir, failures, verifyCommand });
    expect(report.outcome).toBe("healed");
    expect(report.files).toEqual(["packages/web/src/a.ts"]);
    expect(report.attempts[0]?.commands[0]).toMatch(/^\(in packages\/web\) prettier --write/);
    // The package's .prettierrc applied (no semicolons); the other package untouched.
    expect(readFileSync(join(dir, "packages/web/src/a.ts"), "utf8")).toContain(
      "export const x = { a: 1, b: 2 }\n",
    );
    expect(readFileSync(join(dir, "packages/api/src/b.ts"), "utf8")).toBe(UGLY_TS);
  });

  it("isort then black on the same file, each checked by its own tool", async () => {
    const dir = makeRepo({ "m.py": "import sys\nimport os\nprint( os.sep, sys.argv )\n" });
    const { report } = await heal({
      repoDir: dir,
      failures: [
        failure({ tool: "isort", strategy: "imports", locations: [{ file: "m.py" }] }),
        failure({ tool: "black", locations: [{ file: "m.py" }] }),
      ],
    });
    expect(report.outcome).toBe("healed");
    expect(report.attempts.map((a) => [a.fixer, a.status])).toEqual([
      ["isort", "fixed"],
      ["black", "fixed"],
    ]);
    expect(readFileSync(join(dir, "m.py"), "utf8")).toBe(
      "import os\nimport sys\n\nprint(os.sep, sys.argv)\n",
    );
  });

  it("gofmt on a Go file named by a tool-less format failure", async () => {
    const dir = makeRepo({ "main.go": 'package main\nimport "fmt"\nfunc main() {\nfmt.Println( 1 )\n}\n' });
    const { report } = await heal({
      repoDir: dir,
      failures: [failure({ tool: null, locations: [{ file: "./main.go" }] })],
    });
    expect(report.outcome).toBe("healed");
    expect(report.attempts[0].fixer).toBe("gofmt");
    expect(toolOutput(dir, "gofmt", ["-l", "."])).toEqual([]);
  });

  it("applies ShellCheck's own fixes and keeps them only when ShellCheck is then clean", async () => {
    const dir = makeRepo({
      "build.sh": "#!/bin/sh\nname=$1\necho $name\ncp $name /tmp/x\n",
      "other.sh": '#!/bin/sh\nfor f in $(ls *.txt); do echo "$f"; done\n',
    });
    const fixable = failure({
      tool: "shellcheck",
      strategy: "llm",
      category: "lint_error",
      locations: [{ file: "build.sh", line: 3 }],
    });
    const { report } = await heal({
      repoDir: dir,
      failures: [fixable],
      verifyCommand: "shellcheck build.sh",
    });
    expect(report.outcome).toBe("healed");
    expect(readFileSync(join(dir, "build.sh"), "utf8")).toContain('echo "$name"');
    // SC2045 (iterating over ls) has no automatic fix: nothing is changed.
    const other = failure({
      tool: "shellcheck",
      strategy: "llm",
      category: "lint_error",
      locations: [{ file: "other.sh", line: 2 }],
    });
    const second = await heal({
      repoDir: makeRepo({ "other.sh": '#!/bin/sh\nfor f in $(ls *.txt); do echo "$f"; done\n' }),
      failures: [other],
    });
    expect(second.report.attempts[0]).toMatchObject({ fixer: "shellcheck-fix", status: "skipped" });
  });

  it("reports not-reproduced and changes nothing when the verify command already passes", async () => {
    const dir = makeRepo({ "app.py": "print(1)\n" });
    const { report, patch } = await heal({
      repoDir: dir,
      failures: [failure({ tool: "black", locations: [{ file: "app.py" }] })],
      verifyCommand: "black --check .",
    });
    expect([report.outcome, report.reason]).toEqual(["already-passing", "not-reproduced"]);
    expect(patch).toBe("");
    expect(report.attempts).toEqual([]);
  });

  it("rolls back a fix its own check does not accept (eslint --fix leaves an unfixable error)", async () => {
    const dir = makeRepo(
      {
        "eslint.config.js": 'export default [{ rules: { "prefer-const": "error", "no-undef": "error" } }];\n',
        "package.json": '{ "type": "module" }\n',
        "a.js": "let x = 1;\nconsole.log(x, notDefined);\n",
      },
      { nodeModules: true },
    );
    const before = readFileSync(join(dir, "a.js"), "utf8");
    const { report, patch } = await heal({
      repoDir: dir,
      failures: [failure({ tool: "eslint", category: "lint_error", locations: [{ file: "a.js", line: 1 }] })],
    });
    expect(report.attempts[0]).toMatchObject({ fixer: "eslint-fix", status: "check-failed" });
    expect([report.outcome, report.reason]).toEqual(["unfixable", "failed"]);
    expect(patch).toBe("");
    expect(readFileSync(join(dir, "a.js"), "utf8")).toBe(before);
    expect(git(dir, "status", "--porcelain")).toBe("");
  });

  it("refuses to format a protected path and leaves it untouched", async () => {
    const dir = makeRepo({ ".github/workflows/ci.yml": "on:   push\njobs:   {}\n" }, { nodeModules: true });
    const { report } = await heal({
      repoDir: dir,
      failures: [failure({ tool: "prettier", locations: [{ file: ".github/workflows/ci.yml" }] })],
    });
    // The gate would refuse the change, so the formatter is not even run.
    expect(report.attempts[0].status).toBe("skipped");
    expect(report.attempts[0].detail).toMatch(/protected/);
    expect(git(dir, "status", "--porcelain")).toBe("");
  });

  it("skips, rather than fails, when the repo has no formatter installed", async () => {
    const dir = makeRepo({ "a.ts": UGLY_TS });
    const { report } = await heal({
      repoDir: dir,
      failures: [failure({ tool: "prettier", locations: [{ file: "a.ts" }] })],
    });
    expect(report.attempts[0]).toMatchObject({ status: "skipped" });
    expect([report.outcome, report.reason]).toEqual(["unfixable", "failed"]);
  });

  it("needs a clean checkout, and says how to get one", async () => {
    const dir = makeRepo({ "app.py": UGLY_PY });
    writeFileSync(join(dir, "app.py"), "x=1\n");
    await expect(heal({ repoDir: dir, failures: [failure({ tool: "black" })] })).rejects.toThrow(
      ConfigurationError,
    );
  });

  it("given a folder inside the repository, heals from the top and verifies in the folder", async () => {
    const dir = makeRepo({ "packages/web/app.py": UGLY_PY, "other/app.py": UGLY_PY });
    const sub = join(dir, "packages/web");
    const { report, patch } = await heal({
      repoDir: sub,
      failures: [failure({ tool: "black", locations: [{ file: "app.py" }] })],
      verifyCommand: "black --check .",
    });
    expect(report.outcome).toBe("healed");
    expect(report.files).toEqual(["packages/web/app.py"]);
    expect(report.verification.final?.command).toBe("cd packages/web && black --check .");
    // A patch for the repository's top, where a pull request applies it.
    expect(patch).toContain("+++ b/packages/web/app.py");
    expect(readFileSync(join(dir, "other/app.py"), "utf8")).toBe(UGLY_PY);
  });

  it("starts nothing once the time budget is spent, and says so", async () => {
    const dir = makeRepo({ "app.py": UGLY_PY });
    const { report } = await heal({
      repoDir: dir,
      failures: [failure({ tool: "black", locations: [{ file: "app.py" }] })],
      deadlineMs: 0,
    });
    expect([report.outcome, report.reason]).toEqual(["unfixable", "failed"]);
    expect(report.attempts).toEqual([
      expect.objectContaining({ status: "skipped", detail: expect.stringMatching(/time budget/) }),
    ]);
    expect(git(dir, "status", "--porcelain")).toBe("");
  });

  it("does nothing for failures whose strategy is none", async () => {
    const dir = makeRepo({ "app.py": UGLY_PY });
    const { report } = await heal({ repoDir: dir, failures: [failure({ tool: "black", strategy: "none" })] });
    expect([report.outcome, report.reason]).toEqual(["unfixable", "nothing-to-heal"]);
  });

  it("writes the proposal directory open-pr reads", async () => {
    const dir = makeRepo({ "app.py": UGLY_PY });
    const result = await heal({
      repoDir: dir,
      failures: [failure({ tool: "black", locations: [{ file: "app.py" }] })],
    });
    const out = join(dir, "..", `${dir.split("/").pop()}-proposal`);
    writeProposal({ dir: out, ...result });
    const manifest = JSON.parse(readFileSync(join(out, "proposal.json"), "utf8"));
    expect(Object.keys(manifest).sort()).toEqual([
      "baseSha",
      "files",
      "fingerprint",
      "outcome",
      "schemaVersion",
    ]);
    expect(manifest).toMatchObject({
      schemaVersion: 1,
      outcome: "healed",
      files: ["app.py"],
      baseSha: result.report.baseSha,
    });
    expect(readFileSync(join(out, "changes.patch"), "utf8")).toBe(result.patch);
    expect(readFileSync(join(out, "report.md"), "utf8")).toContain("Healed and verified");
    expect(existsSync(join(out, "report.json"))).toBe(true);
  });
});
