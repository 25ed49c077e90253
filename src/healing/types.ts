import type { Failure, Strategy } from "../analysis/types.js";
import type { Logger } from "../util/logger.js";
import type { CommandResult, CommandRunner } from "./exec.js";

/** What a fixer gets: the checkout it may change and the ways it may act on it. */
export interface FixContext {
  repoDir: string;
  runner: CommandRunner;
  logger: Logger;
  /** Per command. */
  timeoutMs: number;
  /** Globs the patch gate refuses on top of the built-in protected paths. */
  protectedPaths?: string[];
  /**
   * The whole output of the CI run in which heal saw `failure`, when heal ran it: a tool's own
   * summary there (ESLint's count of fixable problems) can show that running it is pointless.
   */
  outputOf?(failure: Failure): string | undefined;
}

export interface FixRun {
  /** Commands run, for the report (display only; never re-executed). */
  commands: string[];
  /**
   * Set when the fixer could not run at all (tool missing, nothing to act on) or gave up; what
   * it wrote before giving up is rolled back by runFixer.
   */
  skipped?: string;
  note?: string;
}

export interface CheckRun {
  ok: boolean;
  command: string;
  /** Tail of the output, for the report when the check fails. */
  output: string;
}

/**
 * One way to heal a kind of failure. Deterministic fixers run a tool (prettier, black, gofmt,
 * `go mod tidy`) or make a narrow edit; each also says how to check its own work, so a change
 * is kept only when the tool agrees the problem is gone.
 */
export interface Fixer {
  id: string;
  strategy: Strategy;
  /** True when this fixer knows how to address the failure. Cheap; no I/O beyond stat. */
  claims(failure: Failure, repoDir: string): boolean;
  fix(ctx: FixContext, failures: Failure[]): Promise<FixRun>;
  check(ctx: FixContext, failures: Failure[], changed: string[]): Promise<CheckRun>;
}

export type AttemptStatus =
  "fixed" | "no-change" | "check-failed" | "rejected" | "skipped" | "error" | "regressed";

export interface FixAttempt {
  fixer: string;
  strategy: Strategy;
  fingerprints: string[];
  status: AttemptStatus;
  files: string[];
  commands: string[];
  detail: string;
  /** True when the change stayed in the proposal. */
  kept?: boolean;
  durationMs?: number;
  /** The check that decided the attempt (the fixer's own tool, or the CI command for a model patch). */
  verification?: { command: string; exitCode: number; durationMs: number };
}

/** What heal achieved, as the issue names it; `reason` in the report says why, more finely. */
export type HealOutcome =
  /** Changes made and every check (and the CI command, when given) passed. */
  | "healed"
  /** Some failures fixed and checked; others remain. */
  | "improved"
  /** Nothing held up (or nothing could be tried); the tree is back exactly as it was. */
  | "unfixable"
  /** The CI command passed before any change: flaky or environmental, nothing to heal. */
  | "already-passing"
  /** Heal itself could not run (a git or I/O failure); the tree is restored when possible. */
  | "error";

/** The finer reason behind an outcome (the healer's earlier outcome names, kept for reports). */
export type HealReason =
  | "healed"
  | "partial"
  /** Something was tried and nothing held up. */
  | "failed"
  /** The combined patch broke policy. */
  | "rejected"
  /** The CI command passed before any change. */
  | "not-reproduced"
  /** No failure had a strategy (and fixer) the healer can act on. */
  | "nothing-to-heal"
  | "error";

export interface VerifyRun {
  command: string;
  exitCode: number;
  durationMs?: number;
  /** True when the command was killed at its time limit. */
  timedOut?: boolean;
  /** Fingerprints the analyzer found in this run's output. */
  fingerprints: string[];
  /** Output tail, bounded. */
  tail: string;
}

export interface HealReport {
  schemaVersion: 1;
  outcome: HealOutcome;
  reason: HealReason;
  /** The primary targeted failure (first in the analyzer's ranking), or '' when none. */
  fingerprint: string;
  baseSha: string;
  /** Repo-relative paths the proposed patch touches. */
  files: string[];
  attempts: FixAttempt[];
  /** Fingerprints of targeted failures fixed, and of those still open. */
  fixed: string[];
  remaining: string[];
  verification: { baseline?: VerifyRun; final?: VerifyRun };
  /** `low` only when every change came from a deterministic formatter-style fixer with no red flags. */
  risk: "low" | "review";
  riskReasons: string[];
  stats: { added: number; removed: number; durationMs: number; llmCalls: number };
  /** Per-file diff stats of the proposal. */
  diffStats?: { file: string; added: number; removed: number }[];
}

export type { CommandResult, CommandRunner };
