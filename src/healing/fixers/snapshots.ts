import { basename, dirname, join } from "node:path";
import type { Failure } from "../../analysis/types.js";
import type { CheckRun, FixContext, FixRun, Fixer } from "../types.js";
import { failureFiles, failureText, localBin, tail, toolName } from "./files.js";

/**
 * Snapshot mismatches: the test runner's own update mode rewrites the stored snapshots. This
 * makes the test pass by definition, so it is never low risk: the report marks it for review
 * and the reviewer judges the new expected output in the diff.
 */
const SIGNAL =
  /Snapshot `[^`]*` mismatched|snapshots? (?:failed|obsolete)|toMatch(?:Inline)?Snapshot|Snapshot name: `/i;

interface Runner {
  tool: string;
  bin: string;
  update: string[];
  run: (files: string[]) => string[];
}

const RUNNERS: Runner[] = [
  { tool: "vitest", bin: "vitest", update: ["run", "-u"], run: (f) => ["run", ...f] },
  { tool: "jest", bin: "jest", update: ["--ci=false", "-u"], run: (f) => ["--ci", ...f] },
];

/** `src/__snapshots__/a.test.ts.snap` → `src/a.test.ts`; inline snapshots change the test file itself. */
function testFileFor(changed: string): string {
  if (!changed.endsWith(".snap")) return changed;
  return join(dirname(dirname(changed)), basename(changed, ".snap"));
}

export const snapshotFixer: Fixer = {
  id: "snapshot-update",
  strategy: "tests",
  claims(failure: Failure, repoDir: string) {
    const runner = RUNNERS.find((r) => r.tool === toolName(failure));
    return (
      !!runner &&
      failure.strategy !== "none" &&
      SIGNAL.test(failureText(failure)) &&
      localBin(repoDir, runner.bin) !== null
    );
  },
  async fix(ctx: FixContext, failures: Failure[]): Promise<FixRun> {
    const runner = RUNNERS.find((r) => r.tool === toolName(failures[0]))!;
    const bin = join(ctx.repoDir, "node_modules", ".bin", runner.bin);
    // Only the failing tests' files: an update of the whole suite could rewrite snapshots that
    // are not part of this failure (and costs a whole test run).
    const tests = failureFiles(ctx.repoDir, failures).filter((f) => /\.(?:test|spec)\.[cm]?[jt]sx?$/.test(f));
    const args = [...runner.update, ...tests];
    const r = await ctx.runner.run(bin, args, {
      cwd: ctx.repoDir,
      timeoutMs: ctx.timeoutMs,
      extraEnv: { CI: "", FORCE_COLOR: "0" },
    });
    return {
      commands: [`${runner.bin} ${args.join(" ")}`],
      note: r.exitCode === 0 ? undefined : tail(`${r.stdout}\n${r.stderr}`, 800),
    };
  },
  async check(ctx: FixContext, failures: Failure[], changed: string[]): Promise<CheckRun> {
    const runner = RUNNERS.find((r) => r.tool === toolName(failures[0]))!;
    const tests = [...new Set(changed.map(testFileFor))];
    const args = runner.run(tests);
    const r = await ctx.runner.run(join(ctx.repoDir, "node_modules", ".bin", runner.bin), args, {
      cwd: ctx.repoDir,
      timeoutMs: ctx.timeoutMs,
      extraEnv: { CI: "true", FORCE_COLOR: "0" },
    });
    return {
      ok: r.exitCode === 0,
      command: `${runner.bin} ${args.join(" ")}`,
      output: tail(`${r.stdout}\n${r.stderr}`.trim()),
    };
  },
};
