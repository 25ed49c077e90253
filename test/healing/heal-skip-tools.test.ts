import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { nodeRunner, type CommandRunner } from "../../src/healing/exec.js";
import { TOOL_SPECS } from "../../src/healing/fixers/tools.js";
import { heal } from "../../src/healing/heal.js";
import { runVerify } from "../../src/healing/verify.js";
import { cleanupRepos, failure, git, makeRepo } from "./helpers.js";

afterEach(cleanupRepos);

/** The real runner, remembering every program it started. */
function recording(): { runner: CommandRunner; programs: string[] } {
  const inner = nodeRunner();
  const programs: string[] = [];
  return {
    programs,
    runner: {
      run(file, args, options) {
        programs.push([file.split("/").at(-1), ...args].join(" "));
        return inner.run(file, args, options);
      },
    },
  };
}

/** As `autodev heal --command` runs it: CI once for the log, then heal with that run as the baseline. */
async function healCommand(dir: string, command: string, runner: CommandRunner) {
  const baseline = await runVerify({ command, repoDir: dir, runner, timeoutMs: 60_000 });
  return heal({ repoDir: dir, failures: baseline.failures, verifyCommand: command, baseline, runner });
}

const ESLINT = "node_modules/.bin/eslint src";

describe("heal: tool runs that cannot change anything are skipped", () => {
  it("does not run eslint --fix when ESLint's own summary counts no fixable problem", async () => {
    const dir = makeRepo(
      {
        "package.json": '{ "type": "module" }\n',
        "eslint.config.js": 'export default [{ rules: { "no-undef": "error" } }];\n',
        "src/a.js": "missingName();\n",
      },
      { nodeModules: true },
    );
    const { runner, programs } = recording();
    const { report, patch } = await healCommand(dir, ESLINT, runner);
    expect(report.outcome).toBe("unfixable");
    expect(report.attempts.map((a) => [a.fixer, a.status])).toEqual([["eslint-fix", "skipped"]]);
    expect(report.attempts[0].detail).toMatch(/none of its problems as fixable/);
    expect(programs.some((p) => p.includes("--fix"))).toBe(false);
    expect(patch).toBe("");
    expect(git(dir, "status", "--porcelain")).toBe("");
  });

  it("still runs eslint --fix when the summary says some problems are fixable", async () => {
    const dir = makeRepo(
      {
        "package.json": '{ "type": "module" }\n',
        "eslint.config.js": 'export default [{ rules: { "prefer-const": "error" } }];\n',
        "src/a.js": "let a = 1;\nconsole.log(a);\n",
      },
      { nodeModules: true },
    );
    const { runner, programs } = recording();
    const { report } = await healCommand(dir, ESLINT, runner);
    expect(report.outcome).toBe("healed");
    expect(programs.some((p) => p.startsWith("eslint --fix"))).toBe(true);
    expect(readFileSync(join(dir, "src/a.js"), "utf8")).toBe("const a = 1;\nconsole.log(a);\n");
  });

  it("reads only ESLint's stylish format: other output proves nothing about --fix", () => {
    const eslint = TOOL_SPECS.find((s) => s.id === "eslint-fix")!;
    const stylish = failure({
      tool: "eslint",
      excerpt: ["/r/src/a.js", "  1:1  error  'x' is not defined  no-undef"],
    });
    const summary =
      "/r/src/a.js\n  1:1  error  'x' is not defined  no-undef\n\n✖ 1 problem (1 error, 0 warnings)\n";
    expect(eslint.cannotFix!(summary, stylish)).toMatch(/fixable/);
    const fixable = `${summary}  1 error and 0 warnings potentially fixable with the \`--fix\` option.\n`;
    expect(eslint.cannotFix!(fixable, stylish)).toBeNull();
    // A compact-format failure next to another run's stylish summary: not proof.
    const compact = failure({
      tool: "eslint",
      excerpt: ["/r/src/a.js: line 1, col 1, Error - 'x' is not defined"],
    });
    expect(eslint.cannotFix!(summary, compact)).toBeNull();
    // No summary at all (the run was cut off): not proof either.
    expect(
      eslint.cannotFix!("/r/src/a.js\n  1:1  error  'x' is not defined  no-undef\n", stylish),
    ).toBeNull();
  });

  it("does not format a protected file the patch gate would refuse anyway", async () => {
    const dir = makeRepo(
      { ".github/workflows/ci.yml": "on:   push\njobs:\n    a:  {runs-on: x}\n" },
      { nodeModules: true },
    );
    const { runner, programs } = recording();
    const { report } = await heal({
      repoDir: dir,
      failures: [failure({ tool: "prettier", locations: [{ file: ".github/workflows/ci.yml" }] })],
      runner,
    });
    expect(report.attempts.map((a) => [a.fixer, a.status])).toEqual([["prettier", "skipped"]]);
    expect(report.attempts[0].detail).toMatch(/protected: \.github\/workflows\/ci\.yml/);
    expect(programs.some((p) => p.startsWith("prettier"))).toBe(false);
    expect(git(dir, "status", "--porcelain")).toBe("");
  });

  it("formats the other files when only some of those named are protected", async () => {
    const dir = makeRepo(
      { ".github/workflows/ci.yml": "on:   push\n", "src/a.ts": "export const x = {a:1}\n" },
      { nodeModules: true },
    );
    const { runner, programs } = recording();
    const { report } = await heal({
      repoDir: dir,
      failures: [
        failure({
          tool: "prettier",
          locations: [{ file: ".github/workflows/ci.yml" }, { file: "src/a.ts" }],
        }),
      ],
      runner,
    });
    expect(report.files).toEqual(["src/a.ts"]);
    expect(programs).toContain(`prettier --write -- src/a.ts`);
    expect(readFileSync(join(dir, ".github/workflows/ci.yml"), "utf8")).toBe("on:   push\n");
  });

  it("leaves a file the formatter cannot parse to others: no formatter run, tree unchanged", async () => {
    const dir = makeRepo(
      { "src/a.ts": "export function f(x: number {\n  return x;\n}\n" },
      { nodeModules: true },
    );
    const { runner, programs } = recording();
    const { report } = await healCommand(dir, "node_modules/.bin/prettier --check src", runner);
    expect(report.outcome).toBe("unfixable");
    expect(report.reason).toBe("nothing-to-heal");
    expect(programs.filter((p) => !p.startsWith("git"))).toEqual([
      "sh -c node_modules/.bin/prettier --check src",
    ]);
    expect(git(dir, "status", "--porcelain")).toBe("");
  });
});
