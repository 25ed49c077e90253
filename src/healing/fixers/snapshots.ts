import { basename, dirname, join } from "node:path";
import type { Failure } from "../../analysis/types.js";
import type { CheckRun, FixContext, FixRun, Fixer } from "../types.js";
import {
  byPackage,
  failureFiles,
  failureText,
  localBin,
  packageBin,
  tail,
  toolName,
  type PackageRun,
} from "./files.js";

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
      (localBin(repoDir, runner.bin) !== null ||
        testFiles(repoDir, [failure]).some((f) => packageBin(repoDir, runner.bin, f)))
    );
  },
  async fix(ctx: FixContext, failures: Failure[]): Promise<FixRun> {
    const runner = RUNNERS.find((r) => r.tool === toolName(failures[0]))!;
    // Only the failing tests' files: an update of the whole suite could rewrite snapshots that
    // are not part of this failure (and costs a whole test run).
    const commands: string[] = [];
    const notes: string[] = [];
    for (const run of runsFor(ctx.repoDir, runner, testFiles(ctx.repoDir, failures))) {
      const args = [...runner.update, ...run.files];
      commands.push(`${run.where}${runner.bin} ${args.join(" ")}`);
      const r = await ctx.runner.run(run.bin, args, {
        cwd: run.cwd,
        timeoutMs: ctx.timeoutMs,
        extraEnv: { CI: "", FORCE_COLOR: "0" },
      });
      if (r.exitCode !== 0) notes.push(tail(`${r.stdout}\n${r.stderr}`, 800));
    }
    return { commands, note: notes.length ? notes.join("\n") : undefined };
  },
  async check(ctx: FixContext, failures: Failure[], changed: string[]): Promise<CheckRun> {
    const runner = RUNNERS.find((r) => r.tool === toolName(failures[0]))!;
    const tests = [...new Set(changed.map(testFileFor))];
    const shown: string[] = [];
    let output = "";
    for (const run of runsFor(ctx.repoDir, runner, tests)) {
      const args = runner.run(run.files);
      shown.push(`${run.where}${runner.bin} ${args.join(" ")}`);
      const r = await ctx.runner.run(run.bin, args, {
        cwd: run.cwd,
        timeoutMs: ctx.timeoutMs,
        extraEnv: { CI: "true", FORCE_COLOR: "0" },
      });
      output = tail(`${r.stdout}\n${r.stderr}`.trim());
      if (r.exitCode !== 0) return { ok: false, command: shown.join(" && "), output };
    }
    return { ok: true, command: shown.join(" && "), output };
  },
};

function testFiles(repoDir: string, failures: Failure[]): string[] {
  return failureFiles(repoDir, failures).filter((f) => /\.(?:test|spec)\.[cm]?[jt]sx?$/.test(f));
}

/**
 * One run per package whose own install has the runner (a monorepo package runs its tests with
 * its own config), files relative to it; files no package install serves, or none at all: the
 * root's runner.
 */
function runsFor(repoDir: string, runner: Runner, files: string[]): PackageRun[] {
  const { runs, missing } = byPackage(repoDir, runner.bin, files);
  // (A file no install serves has none at the root either: the root's name is tried as is.)
  if (missing.length || files.length === 0)
    runs.push({
      bin: join(repoDir, "node_modules", ".bin", runner.bin),
      cwd: repoDir,
      where: "",
      files: missing,
    });
  return runs;
}
