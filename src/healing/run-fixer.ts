import type { Failure } from "../analysis/types.js";
import { Checkpoint } from "./checkpoint.js";
import { failureFiles } from "./fixers/files.js";
import type { Git } from "./git.js";
import { checkPatch, type PatchGuardOptions } from "./patch-guard.js";
import type { FixAttempt, FixContext, Fixer } from "./types.js";

export interface RunFixerOptions {
  fixer: Fixer;
  failures: Failure[];
  ctx: FixContext;
  git: Git;
  baseUntracked: Set<string>;
  guard: Omit<PatchGuardOptions, "patch">;
  /**
   * Skip the fixer's own check because the CI command runs next and decides (heal undoes what it
   * does not prove): one tool run fewer per fix, which is most of heal's overhead on a fast CI.
   */
  deferCheck?: boolean;
  /**
   * The healer's changed files when known (the last status, and nothing unmeasured ran since):
   * the checkpoint then needs no git status of its own. runFixer leaves the set after its work
   * here, or undefined when something it cannot account for may have written to the tree.
   */
  state?: { changed?: string[] };
}

/**
 * One fixer, transactionally: fix, measure what changed, gate it, let the fixer's own tool check
 * it, and undo exactly its changes on any failure. Files are measured before the check runs, so
 * a check's build outputs never count as the fixer's work.
 */
export async function runFixer(o: RunFixerOptions): Promise<FixAttempt> {
  const { fixer, failures, ctx, git } = o;
  const started = performance.now();
  const checkpoint = await Checkpoint.take(git, o.baseUntracked, o.state?.changed);
  const leave = (changed: string[] | undefined) => {
    if (o.state) o.state.changed = changed;
  };
  leave(undefined);
  let verification: FixAttempt["verification"];
  const attempt = (
    status: FixAttempt["status"],
    detail: string,
    files: string[] = [],
    commands: string[] = [],
  ): FixAttempt => ({
    fixer: fixer.id,
    strategy: fixer.strategy,
    fingerprints: failures.map((f) => f.fingerprint),
    status,
    files,
    commands,
    detail,
    kept: status === "fixed",
    durationMs: Math.round(performance.now() - started),
    ...(verification ? { verification } : {}),
  });
  try {
    const run = await fixer.fix(ctx, failures);
    if (run.skipped) {
      // A fixer may give up after writing (a manifest its lockfile could not follow): whatever it
      // left goes back here, so a skip always leaves the tree as it was, whichever fixer it was.
      const left = await checkpoint.delta();
      if (left.length > 0) await checkpoint.rollback(left);
      leave(left.length > 0 ? checkpoint.files : checkpoint.changedNow);
      return attempt("skipped", run.skipped, [], run.commands);
    }
    // The gate below needs the diff of what changed, which is most often exactly the files the
    // failure names: diff those while git status measures the change (two processes at once
    // instead of one after the other); the diff is used only if that is what the status finds.
    const named = failureFiles(ctx.repoDir, failures);
    const ahead = named.length <= 50 ? git.prefetchDiff(named) : undefined;
    const files = await checkpoint.delta();
    await ahead;
    if (files.length === 0) {
      leave(checkpoint.changedNow);
      return attempt("no-change", run.note ?? "the tool changed nothing", files, run.commands);
    }
    const guard = checkPatch({ ...o.guard, patch: await git.diffFiles(files) });
    if (!guard.ok) {
      await checkpoint.rollback(files);
      leave(checkpoint.files);
      return attempt("rejected", guard.reasons.join("; "), files, run.commands);
    }
    if (o.deferCheck) {
      leave(checkpoint.changedNow);
      return attempt("fixed", "the CI command decides", files, run.commands);
    }
    const checkStarted = performance.now();
    const check = await fixer.check(ctx, failures, files);
    verification = {
      command: check.command,
      exitCode: check.ok ? 0 : 1,
      durationMs: Math.round(performance.now() - checkStarted),
    };
    const commands = [...run.commands, check.command];
    if (!check.ok) {
      await checkpoint.rollback(files);
      return attempt("check-failed", check.output, files, commands);
    }
    return attempt("fixed", "check passed", files, commands);
  } catch (e) {
    await checkpoint.rollback(await checkpoint.delta());
    return attempt("error", e instanceof Error ? e.message : String(e));
  } finally {
    checkpoint.release();
  }
}
