/**
 * What each mode lets autodev do, and the caps checked before a pull request. Deterministic:
 * nothing here depends on what a model said about its own patch.
 */
import type { Limits, Mode } from "./config.js";

export interface ModeEffects {
  issues: boolean;
  pullRequests: boolean;
  /** Draft PRs wait for a person to mark them ready. */
  draft: boolean;
  /** Auto-merge may be requested when the low-risk classifier and every check agree. */
  autoMerge: boolean;
}

export function modeEffects(mode: Mode): ModeEffects {
  switch (mode) {
    case "observe":
      return { issues: true, pullRequests: false, draft: true, autoMerge: false };
    case "assist":
      return { issues: true, pullRequests: true, draft: true, autoMerge: false };
    case "semi":
      return { issues: true, pullRequests: true, draft: false, autoMerge: false };
    case "auto":
      return { issues: true, pullRequests: true, draft: false, autoMerge: true };
  }
}

export interface PrDecisionInput {
  mode: Mode;
  limits: Limits;
  /** PRs autodev opened since 00:00 UTC today (from the API, not from local state). */
  prsOpenedToday: number;
  /** Fix attempts already recorded for this fingerprint. */
  attempts: number;
  /** True when this run resumes an attempt whose PR already exists (no new slot needed). */
  resuming: boolean;
}

export type PrDecision =
  | { allowed: true; draft: boolean }
  | { allowed: false; reason: "mode-observe" | "daily-cap" | "attempt-cap"; message: string };

export function decidePullRequest(input: PrDecisionInput): PrDecision {
  const effects = modeEffects(input.mode);
  if (!effects.pullRequests) {
    return { allowed: false, reason: "mode-observe", message: "mode is observe: autodev opens issues only" };
  }
  // A resumed attempt already holds its slot; counting it again would strand a half-done fix.
  if (!input.resuming) {
    if (input.prsOpenedToday >= input.limits.dailyPrs) {
      return {
        allowed: false,
        reason: "daily-cap",
        message: `daily cap reached: ${input.prsOpenedToday} of ${input.limits.dailyPrs} pull requests opened today (UTC)`,
      };
    }
    if (input.attempts >= input.limits.attemptsPerFingerprint) {
      return {
        allowed: false,
        reason: "attempt-cap",
        message: `attempt cap reached: ${input.attempts} of ${input.limits.attemptsPerFingerprint} fix attempts for this failure`,
      };
    }
  }
  return { allowed: true, draft: effects.draft };
}
