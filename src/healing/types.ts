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
}

export interface FixRun {
  /** Commands run, for the report (display only; never re-executed). */
  commands: string[];
  /** Set when the fixer could not run at all (tool missing, nothing to act on). */
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
}

export type HealOutcome =
  /** Changes made and every check (and the verify command, when given) passed. */
  | "healed"
  /** Some failures fixed and checked; others remain. */
  | "partial"
  /** Something was tried and nothing held up; the tree is back as it was. */
  | "failed"
  /** The combined patch broke policy; the tree is back as it was. */
  | "rejected"
  /** The verify command passed before any change: flaky or environmental, nothing to heal. */
  | "not-reproduced"
  /** No failure had a strategy the healer can act on. */
  | "nothing-to-heal";

export interface VerifyRun {
  command: string;
  exitCode: number;
  /** Fingerprints the analyzer found in this run's output. */
  fingerprints: string[];
  /** Output tail, bounded. */
  tail: string;
}

export interface HealReport {
  schemaVersion: 1;
  outcome: HealOutcome;
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
}

export type { CommandResult, CommandRunner };
