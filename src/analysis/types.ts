/**
 * The analyzer's public data model. `AnalysisResult` is what `autodev analyze --format json`
 * prints and what every later stage (auto-issue, heal, plan) consumes, so changes here are
 * schema changes: bump `schemaVersion` when a field changes meaning.
 */

export const CATEGORIES = [
  "syntax_error",
  "import_error",
  "type_error",
  "lint_error",
  "format_error",
  "test_failure",
  "build_failure",
  "dependency_error",
  "security_vulnerability",
  "runtime_error",
  "timeout",
  "infrastructure_error",
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ["low", "medium", "high", "critical"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Which healing strategy fits a failure; `none` means a person has to act. */
export const STRATEGIES = ["format", "imports", "dependencies", "tests", "llm", "none"] as const;
export type Strategy = (typeof STRATEGIES)[number];

export interface Location {
  /** Path as the log states it, made repo-relative when a workspace prefix is recognisable. */
  file: string;
  line?: number;
  column?: number;
}

export interface Failure {
  category: Category;
  severity: Severity;
  /** The tool that reported the failure (`tsc`, `eslint`, `pytest`, ...) or null when unknown. */
  tool: string | null;
  /** One line that says what failed. */
  message: string;
  locations: Location[];
  /** The log lines that state the failure, timestamps and ANSI removed; bounded. */
  excerpt: string[];
  /** A few surrounding lines for a reader; bounded, may be empty. */
  context: string[];
  /** Stable hex id: same failure in two runs gives the same value (see fingerprint.ts for the rule). */
  fingerprint: string;
  strategy: Strategy;
  autoFixable: boolean;
  suggestion: string;
  /** The CI step the failure happened in, when the log says. */
  step?: string;
  /** Id of the rule that produced this failure (`tsc.error`, `generic.error`, ...). */
  rule: string;
  /** 1-based line numbers (universal newlines) of the excerpt lines in the original log. */
  lines: number[];
}

export type Status = "failed" | "passed" | "unknown";

export interface AnalysisStats {
  bytes: number;
  lines: number;
  durationMs: number;
}

export interface AnalysisResult {
  schemaVersion: 1;
  status: Status;
  failures: Failure[];
  stats: AnalysisStats;
  /**
   * Set when excerpts or failures were cut to fit a size limit (the action's `findings` output
   * must stay under the runner's 1 MB per job); absent otherwise.
   */
  truncated?: true;
}
