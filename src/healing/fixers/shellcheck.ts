import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Failure } from "../../analysis/types.js";
import type { CheckRun, FixContext, FixRun, Fixer } from "../types.js";
import { failureFiles, tail, toolName } from "./files.js";

/**
 * ShellCheck ships its own fixes for some findings (quoting, `$(...)` over backticks): `-f diff`
 * prints them as a patch. Heal applies that patch and keeps it only when ShellCheck then has
 * nothing left to say about the files; scripts with findings it cannot fix go to a person or the model.
 */
export const shellcheckFixer: Fixer = {
  id: "shellcheck-fix",
  strategy: "format",
  claims(failure: Failure, repoDir: string) {
    return (
      failure.strategy !== "none" &&
      toolName(failure) === "shellcheck" &&
      failureFiles(repoDir, [failure]).length > 0
    );
  },
  async fix(ctx: FixContext, failures: Failure[]): Promise<FixRun> {
    const files = failureFiles(ctx.repoDir, failures);
    const command = `shellcheck -f diff -- ${files.join(" ")}`;
    const r = await ctx.runner.run("shellcheck", ["-f", "diff", "--", ...files], {
      cwd: ctx.repoDir,
      timeoutMs: ctx.timeoutMs,
    });
    if (r.exitCode === 127) return { commands: [command], skipped: "shellcheck is not installed" };
    if (!r.stdout.includes("\n@@ "))
      return { commands: [command], skipped: "ShellCheck has no automatic fix for these findings" };
    const dir = mkdtempSync(join(tmpdir(), "autodev-sc-"));
    try {
      writeFileSync(join(dir, "fix.patch"), r.stdout);
      const applied = await ctx.runner.run("git", ["apply", join(dir, "fix.patch")], {
        cwd: ctx.repoDir,
        timeoutMs: 60_000,
      });
      if (applied.exitCode !== 0)
        return { commands: [command], skipped: `its patch did not apply: ${tail(applied.stderr, 300)}` };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return { commands: [command, "git apply"] };
  },
  async check(ctx: FixContext, failures: Failure[]): Promise<CheckRun> {
    const files = failureFiles(ctx.repoDir, failures);
    const r = await ctx.runner.run("shellcheck", ["--", ...files], {
      cwd: ctx.repoDir,
      timeoutMs: ctx.timeoutMs,
    });
    return {
      ok: r.exitCode === 0,
      command: `shellcheck -- ${files.join(" ")}`,
      output: tail(r.stdout.trim()),
    };
  },
};
