import type { Failure, Strategy } from "../analysis/types.js";
import { ConfigurationError } from "../util/errors.js";
import { silentLogger, type Logger } from "../util/logger.js";
import { nodeRunner, type CommandRunner } from "./exec.js";
import { repoPath, usePathHints } from "./fixers/files.js";
import { defaultFixers } from "./fixers/index.js";
import { Git, workTreeTop } from "./git.js";
import { llmPhase, type PatchProposer } from "./llm-phase.js";
import { checkPatch, type PatchLimits } from "./patch-guard.js";
import { runFixer } from "./run-fixer.js";
import { diffStats } from "./proposal.js";
import type {
  FixAttempt,
  FixContext,
  Fixer,
  HealOutcome,
  HealReason,
  HealReport,
  VerifyRun,
} from "./types.js";
import { runVerify, type VerifyOutcome } from "./verify.js";

export interface HealOptions {
  /** A clean checkout of the failing commit (tracked files unmodified). */
  repoDir: string;
  /** The analyzer's failures, best first. */
  failures: Failure[];
  /**
   * The command that failed in CI (`npm run lint`, `pytest -q`). When given, heal first checks
   * that it fails (else `not-reproduced`), then runs it after each round of fixes: failures it
   * reveals (a `&&` chain stops at the first) become the next round's targets, and the changes
   * are kept only if it passes, or fails with nothing new in the files heal changed.
   */
  verifyCommand?: string;
  /**
   * The CI command's first run, when the caller already ran it to get the log (the CLI does when
   * no log is given): heal then uses it as the reproduction instead of running the command again.
   */
  baseline?: VerifyOutcome;
  /** Default true; false heals even when the verify command already passes. */
  requireReproduction?: boolean;
  /** Strategies to act on; default every one but `none`. */
  strategies?: Strategy[];
  /** Asks a model for a patch when no deterministic fixer holds; needs verifyCommand. */
  llm?: PatchProposer;
  /** Model round-trips at most over the whole run (each gets the previous error); default 2. */
  llmAttempts?: number;
  /** Globs a model patch may touch besides the files the failures name and the modules they import. */
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
  /** Fix-then-verify rounds at most (needs verifyCommand); default 4. */
  maxRounds?: number;
  /**
   * Wall-clock budget for the whole heal. Past it no new fixer, model call or round starts and
   * heal finishes with what it has verified, so a proposal is written before the job's timeout.
   */
  deadlineMs?: number;
}

export interface HealResult {
  report: HealReport;
  /** `git diff --binary` of the healed tree against HEAD; '' when nothing is proposed. */
  patch: string;
}

type Verdict = { keep: true } | { keep: false; why: string };

const DETERMINISTIC_LOW_RISK = new Set<Strategy>(["format", "imports"]);
const ALL_STRATEGIES: Strategy[] = ["format", "imports", "dependencies", "tests", "llm"];

export async function heal(input: HealOptions): Promise<HealResult> {
  const started = performance.now();
  const runner = input.runner ?? nodeRunner();
  const options = await fromTop(input, runner);
  const logger = options.logger ?? silentLogger;
  const timeoutMs = options.timeoutMs ?? 300_000;
  const deadline = started + (options.deadlineMs ?? Number.POSITIVE_INFINITY);
  let timedOut = false;
  const late = () => {
    if (!timedOut && performance.now() > deadline) {
      timedOut = true;
      logger.warning("autodev heal: time budget used up; finishing with what is verified so far.");
    }
    return timedOut;
  };
  const verifyCommand = options.verifyCommand ?? options.baseline?.run.command;
  usePathHints(options.repoDir, verifyCommand, options.subdir ? [options.subdir] : []);
  const git = new Git(runner, options.repoDir);
  // The output of the CI run each failure was seen in, by fingerprint (the latest run wins).
  const outputs = new Map<string, string>();
  const heard = (v: VerifyOutcome) => {
    for (const f of v.failures) outputs.set(f.fingerprint, v.output);
  };
  const ctx: FixContext = {
    repoDir: options.repoDir,
    runner,
    logger,
    timeoutMs,
    protectedPaths: options.forbiddenPaths,
    outputOf: (f) => outputs.get(f.fingerprint),
  };
  const guard = {
    limits: options.limits,
    forbiddenPaths: options.forbiddenPaths,
    secrets: options.secrets,
    repoDir: options.repoDir,
  };
  // One git process for the commit and the clean-checkout check.
  const start = await git.status();
  const baseSha = start.head || (await git.head());
  if (start.dirty.length > 0) {
    throw new ConfigurationError(
      `heal needs a clean checkout, but tracked files are modified: ${start.dirty.slice(0, 5).join(", ")}. ` +
        `Commit or stash them first, so the proposed patch holds only the healer's changes.`,
    );
  }
  const baseUntracked = new Set(start.untracked);
  const allowed = new Set(options.strategies ?? ALL_STRATEGIES);
  const actionable = (f: Failure) => f.strategy !== "none" && allowed.has(f.strategy);
  const targets = dedupe(options.failures.filter(actionable)).slice(0, options.maxFailures ?? 10);

  const attempts: FixAttempt[] = [];
  const verification: HealReport["verification"] = {};
  let llmCalls = 0;
  const pending = new Map(targets.map((t) => [t.fingerprint, t]));
  // Every failure targeted so far (revealed ones too), by fingerprint.
  const known = new Map(pending);
  const fixed: string[] = [];
  const report = (reason: HealReason, extra: Partial<HealReport> = {}): HealReport => ({
    schemaVersion: 1,
    outcome: outcomeOf(reason, verification.baseline?.exitCode),
    reason,
    fingerprint: targets[0]?.fingerprint ?? "",
    baseSha,
    files: [],
    attempts,
    fixed: [],
    remaining: [...pending.keys()],
    verification,
    risk: "review",
    riskReasons: [],
    stats: { added: 0, removed: 0, durationMs: Math.round(performance.now() - started), llmCalls },
    ...extra,
  });
  if (options.baseline) verification.baseline = options.baseline.run;
  const fixers = options.fixers ?? defaultFixers;
  // No fixer and no model could act: skip the (possibly slow) reproduction run.
  if (
    targets.length === 0 ||
    (!options.llm && !targets.some((t) => fixers.some((f) => f.claims(t, options.repoDir))))
  ) {
    // Whether CI passes decides between already-passing and unfixable; run it only if unknown.
    if (verifyCommand && !verification.baseline)
      verification.baseline = (
        await runVerify({ command: verifyCommand, repoDir: options.repoDir, runner, timeoutMs })
      ).run;
    return { report: report("nothing-to-heal"), patch: "" };
  }

  const verify = (label: string): Promise<VerifyOutcome> =>
    logger.group(`autodev: ${label}`, () =>
      runVerify({ command: verifyCommand!, repoDir: options.repoDir, runner, timeoutMs }),
    );
  let baseline: VerifyOutcome | undefined = options.baseline;
  if (verifyCommand || baseline) {
    baseline ??= await verify("reproduce the failure");
    verification.baseline = baseline.run;
    heard(baseline);
    if (baseline.run.exitCode === 0 && options.requireReproduction !== false) {
      logger.info(`'${verifyCommand}' passes before any change: nothing to heal.`);
      pending.clear();
      return { report: report("not-reproduced"), patch: "" };
    }
  }

  // Files the fixers changed, measured before their checks ran: build outputs of a check or the
  // verify command (a Go binary, a coverage file) are never part of the proposal.
  const touched = new Set<string>();
  // The healer's changed files while known without asking git (see runFixer); a CI or model run
  // may write anywhere, so after one the next checkpoint runs git status again.
  // The start status saw the tree as the baseline run left it only if the caller ran it.
  const fixState: { changed?: string[] } = { changed: options.baseline ? [] : undefined };
  const tryFixer = (fixer: Fixer, failures: Failure[], deferCheck: boolean) =>
    runFixer({ fixer, failures, ctx, git, baseUntracked, guard, deferCheck, state: fixState });
  const seen = new Set(baseline?.run.fingerprints ?? []);
  const tried = new Set<string>();
  let last: VerifyOutcome | undefined;
  for (let round = 1; ; round++) {
    const roundBegin = attempts.length;
    // True when `last` ran on exactly the tree as it is now.
    let current = false;
    for (const fixer of fixers) {
      if (late()) break;
      // A fixer that already tried a failure in an earlier round would only do the same again.
      const group = [...pending.values()].filter(
        (f) => !tried.has(`${fixer.id}:${f.fingerprint}`) && fixer.claims(f, options.repoDir),
      );
      if (group.length === 0) continue;
      for (const f of group) tried.add(`${fixer.id}:${f.fingerprint}`);
      const attempt = await logger.group(`autodev: ${fixer.id}`, () =>
        tryFixer(fixer, group, !!verifyCommand),
      );
      attempts.push(attempt);
      logger.info(
        `${fixer.id}: ${attempt.status}${attempt.files.length ? ` (${attempt.files.join(", ")})` : ""}`,
      );
      if (attempt.status !== "fixed") continue;
      for (const f of attempt.files) touched.add(f);
      for (const f of group) pending.delete(f.fingerprint);
      fixed.push(...attempt.fingerprints);
    }
    const llmBudget = (options.llmAttempts ?? 2) - llmCalls;
    if (pending.size > 0 && options.llm && llmBudget > 0 && !late()) {
      if (!verifyCommand) {
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
        fixState.changed = undefined;
        const before = last;
        const result = await llmPhase({
          proposer: options.llm,
          failures: [...pending.values()],
          attempts: llmBudget,
          git,
          baseUntracked,
          baseline: baseline?.run,
          verify: async () => (last = await verify("verify the model patch")).run,
          guard,
          allowedPaths: options.allowedPaths ?? [],
          logger,
          late,
        });
        llmCalls += result.calls;
        attempts.push(...result.attempts);
        for (const a of result.attempts) if (a.status === "fixed") for (const f of a.files) touched.add(f);
        if (result.fixed) {
          fixed.push(...pending.keys());
          pending.clear();
          // The model's patch was verified on the whole tree (with this round's other changes);
          // a clean pass needs no second run, and any other verdict is as current.
          if (last?.run.exitCode === 0) break;
          current = true;
        } else {
          // Every model patch that did not hold up was rolled back: the tree is as `before` saw it
          // (unless this round's fixers changed it, and then it is verified below).
          last = before;
        }
      }
    }
    if (!verifyCommand || touched.size === 0) break;
    const changed = attempts.slice(roundBegin).some((a) => a.status === "fixed");
    // Nothing changed since the last verify run (every fixer of this round came to nothing): its
    // verdict stands, and running CI again would only repeat it.
    if (!changed && last) break;
    const roundStart = attempts.length;
    if (!current) {
      fixState.changed = undefined;
      last = await verify(`verify round ${round}`);
    }
    if (!last) break;
    for (const a of attempts.slice(0, roundStart))
      if (a.status === "fixed" && !a.verification) {
        const { command, exitCode, durationMs = 0 } = last.run;
        a.verification = { command, exitCode, durationMs };
      }
    if (last.run.exitCode === 0) break;
    // Fixing the first failure of a `cmd1 && cmd2` chain lets cmd2 run: its failures are next.
    const revealed = dedupe(last.failures.filter((f) => actionable(f) && !seen.has(f.fingerprint)));
    heard(last);
    for (const f of last.failures) seen.add(f.fingerprint);
    if (revealed.length === 0 || round >= (options.maxRounds ?? 4) || late()) break;
    logger.info(`Round ${round + 1}: the verify command now reports ${revealed.length} more failure(s).`);
    for (const f of revealed) {
      pending.set(f.fingerprint, f);
      known.set(f.fingerprint, f);
    }
  }

  if (timedOut) {
    const fingerprints = [...pending.keys()];
    const detail = "the time budget ran out before these could be tried";
    attempts.push({
      fixer: "heal",
      strategy: "none",
      fingerprints,
      status: "skipped",
      files: [],
      commands: [],
      detail,
    });
  }
  // Whether the verify run `run` shows a change worth keeping over the state `ref` ran on: it
  // passes, or nothing new fails in the changed files, CI was not killed, and some failure of
  // `ref` is gone. CI failing exactly as before means the fix (a formatter pass under another
  // config, say) did not help.
  const judge = (run: VerifyOutcome, ref: VerifyRun | undefined, changed: Set<string>): Verdict => {
    if (run.run.exitCode === 0) return { keep: true };
    // A change after which CI hangs proves nothing and may be the cause: keep none of it.
    if (run.run.timedOut && !ref?.timedOut)
      return { keep: false, why: `'${verifyCommand}' was killed at its time limit after the change` };
    const before = new Set(ref?.fingerprints ?? []);
    const broke = run.failures.filter(
      (f) => !before.has(f.fingerprint) && touches(f, changed, options.repoDir),
    );
    if (broke.length > 0)
      return { keep: false, why: `'${verifyCommand}' then failed in the changed files: ${broke[0].message}` };
    const after = new Set(run.run.fingerprints);
    const gone = ref?.fingerprints.length
      ? ref.fingerprints.some((fp) => !after.has(fp))
      : ref === undefined || ref.tail !== run.run.tail;
    if (!gone) return { keep: false, why: `'${verifyCommand}' still fails exactly as before the change` };
    return { keep: true };
  };

  // The fixers' files that still differ from HEAD are those in their diff; the patch of the
  // last fixer is reused when nothing changed since (git.diffFiles compares file states).
  let files = [...touched].sort();
  let patch = await git.diffFiles(files);
  const undoAll = async (why: string) => {
    await git.restore(files);
    files = [];
    patch = "";
    for (const a of attempts)
      if (a.status === "fixed")
        Object.assign(a, { status: "regressed", kept: false, detail: `undone: ${why}` });
  };
  if (patch === "") return { report: report(attempts.length ? "failed" : "nothing-to-heal"), patch: "" };

  let outcome: HealReason = pending.size === 0 ? "healed" : "partial";
  let verdict: Verdict =
    last && last.run.exitCode !== 0 ? judge(last, baseline?.run, touched) : { keep: true };
  const batch = attempts.filter((a) => a.status === "fixed");
  if (!verdict.keep && baseline && batch.length > 1 && batch.every((a) => a.fixer !== "llm") && !late()) {
    // The changes were applied together and verified once, which is all it takes when they all
    // help. They did not hold up together, so each is tried again on its own, in the same order,
    // and kept only when a verify run of it (on top of those kept before) holds up.
    logger.info(`The changes together did not hold up (${verdict.why}); trying each on its own.`);
    await git.restore(files);
    touched.clear();
    fixState.changed = undefined;
    fixed.length = 0;
    let ref = baseline;
    for (const a of batch) {
      const undo = (why: string) => {
        Object.assign(a, { status: "regressed", kept: false, detail: `undone: ${why}` });
        for (const fp of a.fingerprints) {
          const f = known.get(fp);
          if (f) pending.set(fp, f);
        }
      };
      const fixer = fixers.find((f) => f.id === a.fixer);
      const group = a.fingerprints.flatMap((fp) => known.get(fp) ?? []);
      if (ref.run.exitCode === 0) {
        Object.assign(a, { status: "regressed", kept: false, detail: "not needed: CI passes without it" });
        continue;
      }
      if (!fixer || group.length === 0 || late()) {
        undo(late() ? "the time budget ran out before it could be tried on its own" : verdict.why);
        continue;
      }
      const again = await logger.group(`autodev: ${fixer.id} on its own`, () => tryFixer(fixer, group, true));
      if (again.status !== "fixed") {
        undo(`on its own it ended '${again.status}': ${again.detail}`);
        continue;
      }
      fixState.changed = undefined;
      const run = await verify(`verify ${fixer.id} on its own`);
      const { command, exitCode, durationMs = 0 } = run.run;
      Object.assign(a, {
        files: again.files,
        commands: again.commands,
        verification: { command, exitCode, durationMs },
      });
      const alone = judge(run, ref.run, new Set(again.files));
      if (!alone.keep) {
        await git.restore(again.files);
        undo(`${alone.why} (tried on its own)`);
        continue;
      }
      for (const f of again.files) touched.add(f);
      for (const fp of a.fingerprints) pending.delete(fp);
      fixed.push(...a.fingerprints);
      a.detail = `kept: verified on its own ('${command}' exited ${exitCode})`;
      ref = run;
    }
    // The last verify run that held up ran on exactly the tree as it is now (what did not hold
    // up was rolled back), so it is the final verification: CI need not run again.
    last = ref === baseline ? undefined : ref;
    files = [...touched].sort();
    patch = await git.diffFiles(files);
    if (patch === "") return { report: report("failed"), patch: "" };
    outcome = pending.size === 0 ? "healed" : "partial";
    verdict = last && last.run.exitCode !== 0 ? judge(last, baseline.run, touched) : { keep: true };
  }

  for (const a of attempts) a.kept = a.status === "fixed";
  if (last) {
    verification.final = last.run;
    if (last.run.exitCode === 0) {
      fixed.push(...pending.keys());
      pending.clear();
      outcome = "healed";
    } else if (!verdict.keep) {
      await undoAll(verdict.why);
      return { report: report("failed"), patch: "" };
    } else outcome = "partial";
  }

  const gate = checkPatch({ ...guard, patch });
  if (!gate.ok) {
    logger.warning(`The combined patch breaks policy: ${gate.reasons.join("; ")}`);
    await undoAll("the combined patch breaks policy");
    return { report: report("rejected", { riskReasons: gate.reasons }), patch: "" };
  }
  const riskReasons = [...gate.flags];
  for (const a of attempts.filter((x) => x.status === "fixed")) {
    if (!DETERMINISTIC_LOW_RISK.has(a.strategy) || a.fixer === "llm")
      riskReasons.push(`${a.fixer} made a ${a.strategy === "llm" ? "model-written" : a.strategy} change`);
  }
  if (outcome !== "healed") riskReasons.push("some failures remain");
  return {
    patch,
    report: report(outcome, {
      files: gate.files,
      diffStats: diffStats(patch),
      fixed: [...new Set(fixed)],
      risk: riskReasons.length === 0 ? "low" : "review",
      riskReasons,
      stats: {
        added: gate.stats.added,
        removed: gate.stats.removed,
        durationMs: Math.round(performance.now() - started),
        llmCalls,
      },
    }),
  };
}

/** The issue's outcome for a finer reason; `nothing-to-heal` depends on whether CI passed. */
/**
 * Heal given a folder inside a repository (a monorepo package's `--dir packages/web`) works
 * from the top of the work tree instead: git prints paths from there, and restoring by those
 * paths from the folder would miss. The verify command still runs in the folder (`cd` first),
 * the folder places the relative paths its tools print, and the patch is the repository's.
 */
async function fromTop(
  options: HealOptions,
  runner: CommandRunner,
): Promise<HealOptions & { subdir?: string }> {
  const { top, sub } = await workTreeTop(runner, options.repoDir);
  if (!sub) return options;
  const command = options.verifyCommand ?? options.baseline?.run.command;
  return {
    ...options,
    repoDir: top,
    subdir: sub,
    verifyCommand: command === undefined ? undefined : `cd ${shellQuote(sub)} && ${command}`,
  };
}

/** `s` as one POSIX shell word. */
function shellQuote(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

function outcomeOf(reason: HealReason, baselineExit?: number): HealOutcome {
  switch (reason) {
    case "healed":
      return "healed";
    case "partial":
      return "improved";
    case "not-reproduced":
      return "already-passing";
    case "nothing-to-heal":
      return baselineExit === 0 ? "already-passing" : "unfixable";
    case "error":
      return "error";
    default:
      return "unfixable";
  }
}

function dedupe(failures: Failure[]): Failure[] {
  const seen = new Set<string>();
  return failures.filter((f) => !seen.has(f.fingerprint) && seen.add(f.fingerprint));
}

/** A failure that points into a file heal changed, or points nowhere (so it cannot be ruled out). */
function touches(f: Failure, touched: Set<string>, repoDir: string): boolean {
  if (f.locations.length === 0) return true;
  return f.locations.some((l) => {
    const p = repoPath(repoDir, l.file);
    return p !== null && touched.has(p);
  });
}
