import type { Failure, Strategy } from "../analysis/types.js";
import { ConfigurationError } from "../util/errors.js";
import { silentLogger, type Logger } from "../util/logger.js";
import { Checkpoint, changedFiles } from "./checkpoint.js";
import { nodeRunner, type CommandRunner } from "./exec.js";
import { defaultFixers } from "./fixers/index.js";
import { Git } from "./git.js";
import { llmPhase, type PatchProposer } from "./llm-phase.js";
import { checkPatch, type PatchLimits } from "./patch-guard.js";
import type { FixAttempt, Fixer, HealOutcome, HealReport, VerifyRun } from "./types.js";
import { runVerify } from "./verify.js";

export interface HealOptions {
  /** A clean checkout of the failing commit (tracked files unmodified). */
  repoDir: string;
  /** The analyzer's failures, best first. */
  failures: Failure[];
  /**
   * The command that failed in CI (`npm run lint`, `pytest -q`). When given, heal first checks
   * that it fails (else `not-reproduced`), and keeps changes only if it passes afterwards, or at
   * least fails with no failure that was not there before.
   */
  verifyCommand?: string;
  /** Default true; false heals even when the verify command already passes. */
  requireReproduction?: boolean;
  /** Strategies to act on; default every one but `none`. */
  strategies?: Strategy[];
  /** Asks a model for a patch when no deterministic fixer holds; needs verifyCommand. */
  llm?: PatchProposer;
  /** Model round-trips at most (each gets the previous attempt's error); default 2. */
  llmAttempts?: number;
  /** Globs a model patch may touch besides the files the failures name. */
  allowedPaths?: string[];
  forbiddenPaths?: string[];
  limits?: Partial<PatchLimits>;
  /** Values that must never appear in a patch (the LLM key, tokens). */
  secrets?: string[];
  fixers?: Fixer[];
  runner?: CommandRunner;
  logger?: Logger;
  /** Per command; default 5 minutes. */
  timeoutMs?: number;
  /** Failures to consider at most, in analyzer order; default 10. */
  maxFailures?: number;
}

export interface HealResult {
  report: HealReport;
  /** `git diff --binary` of the healed tree against HEAD; '' when nothing is proposed. */
  patch: string;
}

const DETERMINISTIC_LOW_RISK = new Set<Strategy>(["format", "imports"]);

export async function heal(options: HealOptions): Promise<HealResult> {
  const started = performance.now();
  const runner = options.runner ?? nodeRunner();
  const logger = options.logger ?? silentLogger;
  const timeoutMs = options.timeoutMs ?? 300_000;
  const git = new Git(runner, options.repoDir);
  const ctx = { repoDir: options.repoDir, runner, logger, timeoutMs };
  const baseSha = await git.head();
  const start = await git.status();
  if (start.dirty.length > 0) {
    throw new ConfigurationError(
      `heal needs a clean checkout, but tracked files are modified: ${start.dirty.slice(0, 5).join(", ")}. ` +
        `Commit or stash them first, so the proposed patch holds only the healer's changes.`,
    );
  }
  const baseUntracked = new Set(start.untracked);
  const allowed = new Set(options.strategies ?? ["format", "imports", "dependencies", "tests", "llm"]);
  const seen = new Set<string>();
  const targets = options.failures
    .filter((f) => f.strategy !== "none" && allowed.has(f.strategy))
    .filter((f) => !seen.has(f.fingerprint) && seen.add(f.fingerprint))
    .slice(0, options.maxFailures ?? 10);

  const attempts: FixAttempt[] = [];
  const verification: HealReport["verification"] = {};
  let llmCalls = 0;
  const report = (outcome: HealOutcome, extra: Partial<HealReport> = {}): HealReport => ({
    schemaVersion: 1,
    outcome,
    fingerprint: targets[0]?.fingerprint ?? "",
    baseSha,
    files: [],
    attempts,
    fixed: [],
    remaining: targets.map((t) => t.fingerprint),
    verification,
    risk: "review",
    riskReasons: [],
    stats: { added: 0, removed: 0, durationMs: Math.round(performance.now() - started), llmCalls },
    ...extra,
  });

  if (targets.length === 0) return { report: report("nothing-to-heal"), patch: "" };

  const verify = (): Promise<VerifyRun> =>
    runVerify({ command: options.verifyCommand!, repoDir: options.repoDir, runner, timeoutMs });
  if (options.verifyCommand) {
    verification.baseline = await logger.group("autodev: reproduce the failure", verify);
    if (verification.baseline.exitCode === 0 && options.requireReproduction !== false) {
      logger.info(`'${options.verifyCommand}' passes before any change: nothing to heal.`);
      return { report: report("not-reproduced"), patch: "" };
    }
  }

  const pending = new Map(targets.map((t) => [t.fingerprint, t]));
  const fixed: string[] = [];
  // Files the fixers changed, measured before their checks ran: build outputs of a check or the
  // verify command (a Go binary, a coverage file) are never part of the proposal.
  const touched = new Set<string>();
  for (const fixer of options.fixers ?? defaultFixers) {
    const group = [...pending.values()].filter((f) => fixer.claims(f, options.repoDir));
    if (group.length === 0) continue;
    const attempt = await logger.group(`autodev: ${fixer.id}`, async () => {
      const checkpoint = await Checkpoint.take(git, baseUntracked);
      const base = {
        fixer: fixer.id,
        strategy: fixer.strategy,
        fingerprints: group.map((f) => f.fingerprint),
      };
      try {
        const run = await fixer.fix(ctx, group);
        if (run.skipped)
          return { ...base, status: "skipped", files: [], commands: run.commands, detail: run.skipped };
        const files = await checkpoint.delta();
        if (files.length === 0)
          return {
            ...base,
            status: "no-change",
            files,
            commands: run.commands,
            detail: run.note ?? "the tool changed nothing",
          };
        const guard = checkPatch({ patch: await git.diffFiles(files), ...guardOptions(options) });
        if (!guard.ok) {
          await checkpoint.rollback(files);
          return {
            ...base,
            status: "rejected",
            files,
            commands: run.commands,
            detail: guard.reasons.join("; "),
          };
        }
        const check = await fixer.check(ctx, group, files);
        if (!check.ok) {
          await checkpoint.rollback(files);
          return {
            ...base,
            status: "check-failed",
            files,
            commands: [...run.commands, check.command],
            detail: check.output,
          };
        }
        return {
          ...base,
          status: "fixed",
          files,
          commands: [...run.commands, check.command],
          detail: "check passed",
        };
      } catch (e) {
        await checkpoint.rollback(await checkpoint.delta());
        return {
          ...base,
          status: "error",
          files: [],
          commands: [],
          detail: e instanceof Error ? e.message : String(e),
        };
      }
    });
    attempts.push(attempt as FixAttempt);
    logger.info(
      `${fixer.id}: ${attempt.status}${attempt.files.length ? ` (${attempt.files.join(", ")})` : ""}`,
    );
    if (attempt.status === "fixed") {
      for (const f of attempt.files) touched.add(f);
      for (const f of group) pending.delete(f.fingerprint);
      fixed.push(...attempt.fingerprints);
    }
  }

  if (pending.size > 0 && options.llm) {
    if (!options.verifyCommand) {
      const detail = "a model patch is only tried when a verify command can prove it";
      logger.warning(`Skipping the LLM: ${detail}.`);
      const fingerprints = [...pending.keys()];
      attempts.push({
        fixer: "llm",
        strategy: "llm",
        fingerprints,
        status: "skipped",
        files: [],
        commands: [],
        detail,
      });
    } else {
      const result = await llmPhase({
        proposer: options.llm,
        failures: [...pending.values()],
        attempts: options.llmAttempts ?? 2,
        git,
        baseUntracked,
        baseline: verification.baseline,
        verify,
        guard: guardOptions(options),
        allowedPaths: options.allowedPaths ?? [],
        logger,
      });
      llmCalls = result.calls;
      attempts.push(...result.attempts);
      for (const a of result.attempts) if (a.status === "fixed") for (const f of a.files) touched.add(f);
      if (result.fixed) {
        fixed.push(...pending.keys());
        pending.clear();
      }
    }
  }

  let files = (await changedFiles(git, baseUntracked)).filter((f) => touched.has(f));
  const rollbackAll = async () => {
    await git.restore(files);
    files = [];
  };
  if (files.length === 0) {
    return { report: report(attempts.length ? "failed" : "nothing-to-heal"), patch: "" };
  }

  let outcome: HealOutcome = pending.size === 0 ? "healed" : "partial";
  if (options.verifyCommand) {
    const final = await logger.group("autodev: verify the healed tree", verify);
    verification.final = final;
    const before = new Set(verification.baseline?.fingerprints ?? []);
    const introduced = final.fingerprints.filter((fp) => !before.has(fp));
    if (final.exitCode === 0) {
      fixed.push(...pending.keys());
      pending.clear();
      outcome = "healed";
    } else if (introduced.length > 0) {
      // The changes made something new fail: nothing of this run can be trusted.
      for (const a of attempts) if (a.status === "fixed") a.status = "regressed";
      await rollbackAll();
      return { report: report("failed"), patch: "" };
    } else outcome = "partial";
  }

  const patch = await git.diffFiles(files);
  const guard = checkPatch({ patch, ...guardOptions(options) });
  if (!guard.ok) {
    logger.warning(`The combined patch breaks policy: ${guard.reasons.join("; ")}`);
    await rollbackAll();
    return { report: report("rejected", { riskReasons: guard.reasons }), patch: "" };
  }

  const riskReasons = [...guard.flags];
  for (const a of attempts.filter((x) => x.status === "fixed")) {
    if (!DETERMINISTIC_LOW_RISK.has(a.strategy) || a.fixer === "llm")
      riskReasons.push(`${a.fixer} made a ${a.strategy === "llm" ? "model-written" : a.strategy} change`);
  }
  if (outcome !== "healed") riskReasons.push("some failures remain");
  return {
    patch,
    report: report(outcome, {
      files: guard.files,
      fixed,
      remaining: [...pending.keys()],
      risk: riskReasons.length === 0 ? "low" : "review",
      riskReasons,
      stats: {
        added: guard.stats.added,
        removed: guard.stats.removed,
        durationMs: Math.round(performance.now() - started),
        llmCalls,
      },
    }),
  };
}

function guardOptions(options: HealOptions) {
  return {
    limits: options.limits,
    forbiddenPaths: options.forbiddenPaths,
    secrets: options.secrets,
    repoDir: options.repoDir,
  };
}
