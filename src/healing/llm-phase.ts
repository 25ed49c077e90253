import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Failure } from "../analysis/types.js";
import type { Logger } from "../util/logger.js";
import { Checkpoint } from "./checkpoint.js";
import { failureFiles } from "./fixers/files.js";
import type { Git } from "./git.js";
import type { PatchProposer, SourceFile } from "./llm/types.js";
import { relatedFiles } from "./related.js";
import { checkPatch, type PatchGuardOptions } from "./patch-guard.js";
import type { FixAttempt, VerifyRun } from "./types.js";

export type { PatchProposer } from "./llm/types.js";

export interface LlmPhaseOptions {
  proposer: PatchProposer;
  failures: Failure[];
  attempts: number;
  git: Git;
  baseUntracked: Set<string>;
  baseline?: VerifyRun;
  verify(): Promise<VerifyRun>;
  guard: Omit<PatchGuardOptions, "patch" | "allowedPaths">;
  allowedPaths: string[];
  logger: Logger;
  /** True once the heal's time budget is spent: no further model call starts. */
  late?: () => boolean;
}

export interface LlmPhaseResult {
  attempts: FixAttempt[];
  fixed: boolean;
  calls: number;
}

/**
 * Model-written patches, held to a stricter bar than deterministic fixes: scoped to the files
 * the failure names (plus configured globs), gated by the patch guard, applied fail-closed, and
 * kept only when the verify command proves them. Each retry is told why the last one failed.
 */
export async function llmPhase(o: LlmPhaseOptions): Promise<LlmPhaseResult> {
  const failing = failureFiles(o.git.dir, o.failures);
  // The model sees (and may change) the failing files, the local modules they import, and any
  // plain file the configuration names; configured globs only widen what it may change.
  const plain = o.allowedPaths.filter((p) => !/[*?[\]{}]/.test(p) && isFile(join(o.git.dir, p)));
  const named = [...new Set([...failing, ...relatedFiles(o.git.dir, failing), ...plain])];
  const allowedPaths = [...named, ...o.allowedPaths];
  const base = { fixer: "llm", strategy: "llm" as const, fingerprints: o.failures.map((f) => f.fingerprint) };
  const attempts: FixAttempt[] = [];
  if (allowedPaths.length === 0) {
    attempts.push({
      ...base,
      status: "skipped",
      files: [],
      commands: [],
      detail: "the failure names no file to scope a model patch to",
    });
    return { attempts, fixed: false, calls: 0 };
  }
  const targeted = new Set(base.fingerprints);
  const before = new Set(o.baseline?.fingerprints ?? []);
  let feedback: string | undefined;
  let calls = 0;
  for (let i = 0; i < o.attempts && !o.late?.(); i++) {
    const files: SourceFile[] = named.map((path) => ({
      path,
      content: readFileSync(join(o.git.dir, path), "utf8"),
    }));
    calls++;
    const proposal = await o.logger.group(`autodev: model patch, try ${i + 1}`, () =>
      o.proposer.propose({ failures: o.failures, files, feedback, reproduction: o.baseline?.tail }),
    );
    const attempt = (status: FixAttempt["status"], detail: string, changed: string[] = []): FixAttempt => ({
      ...base,
      status,
      files: changed,
      commands: [],
      detail,
    });
    if (!proposal.patch) {
      attempts.push(attempt("no-change", proposal.reason));
      break;
    }
    const guard = checkPatch({ ...o.guard, patch: proposal.patch, allowedPaths });
    if (!guard.ok) {
      attempts.push(attempt("rejected", guard.reasons.join("; ")));
      feedback = `The patch was refused: ${guard.reasons.join("; ")}`;
      continue;
    }
    const checkpoint = await Checkpoint.take(o.git, o.baseUntracked);
    try {
      const applied = await o.git.apply(proposal.patch);
      if (!applied.ok) {
        attempts.push(attempt("error", `git apply refused the patch: ${applied.error}`));
        feedback = `git apply failed: ${applied.error}`;
        continue;
      }
      const changed = await checkpoint.delta();
      const run = await o.verify();
      const introduced = run.fingerprints.filter((fp) => !before.has(fp));
      // Partial success counts only when the baseline run showed the targeted failure itself (so
      // the analyzer recognises it in local output) and it is now gone with nothing new failing.
      const targetSeen = base.fingerprints.some((fp) => before.has(fp));
      const targetGone = targetSeen && run.fingerprints.every((fp) => !targeted.has(fp));
      if (run.exitCode === 0 || (targetGone && introduced.length === 0)) {
        attempts.push(attempt("fixed", `'${run.command}' exited ${run.exitCode} after the patch`, changed));
        return { attempts, fixed: true, calls };
      }
      await checkpoint.rollback(changed);
      attempts.push(attempt("check-failed", run.tail.slice(-1500), changed));
      feedback = `After applying your patch, '${run.command}' still failed (exit ${run.exitCode}):\n${run.tail}`;
    } finally {
      checkpoint.release();
    }
  }
  return { attempts, fixed: false, calls };
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}
