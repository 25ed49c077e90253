import type { Category, Severity, Strategy } from "./types.js";

/**
 * One recognition rule: think of a GitHub problem matcher with a category, a severity, a
 * healing strategy and multi-line blocks. Rules are data; the engine (engine.ts) does the rest.
 *
 * Regexes run on the *cleaned* line: timestamp prefix, ANSI codes, BOM, NUL and trailing CR
 * removed, GitHub `##[error]`-style markers kept. Lines longer than MAX_LINE are cut first.
 */
export interface Rule {
  /** Unique `<ecosystem>.<name>`. Part of the fingerprint, so renaming a rule changes fingerprints. */
  id: string;
  /** Tool that prints this (`tsc`, `pytest`, ...); null when several tools share the shape. */
  tool: string | null;
  category: Category;
  severity: Severity;
  strategy: Strategy;
  /**
   * Literal substrings (case-sensitive); the line must contain at least one before `match` runs.
   * This is the hot-path prefilter, so every rule must have at least one and they should be rare
   * in normal output (prefer "error TS" to "error").
   */
  keywords: string[];
  /** Tested on the cleaned line. Named groups used: file, line, column, message, code, name. */
  match: RegExp;
  /** A matching line that also matches `unless` is ignored (red herrings: "0 errors", warnings). */
  unless?: RegExp;
  /**
   * Lines right after the match that belong to the same failure (code frames, `E   ...` lines,
   * stack frames). Consecutive lines are taken while they match; they go into the excerpt.
   */
  follow?: RegExp;
  /** Most `follow` lines to take (default 8). */
  maxFollow?: number;
  /** Pulls a location out of a `follow` line (named groups file, line, column), e.g. rustc's `--> src/a.rs:3:5`. */
  followLocation?: RegExp;
  /**
   * How many lines before the match to put in the excerpt when they match `precedeMatch` (default 0).
   * When the match has no `file` group, the nearest such line's `file`/`line`/`column` groups fill
   * the location (eslint names the file once above its problems; node above its crash message).
   */
  precede?: number;
  precedeMatch?: RegExp;
  /**
   * The match counts only when a `precedeMatch` line is among the `precede` lines before it: for
   * shapes that are only this tool's with that context (node's plain `Error: ...` under its
   * `file:line` crash header; elsewhere the same words are any CLI's message).
   */
  requirePrecede?: boolean;
  /** The failure's one-line message: a template with `$<group>` references, or a function. Default: the match's `message` group, else the line. */
  message?: string | ((groups: Record<string, string | undefined>, line: string) => string);
  /** What to do about it, for a person. May use `$<group>` references. */
  suggestion: string;
  /** Defaults to true for format/imports/dependencies/tests strategies, false otherwise. */
  autoFixable?: boolean;
  /**
   * Hits with the same group key (and the same CI step) merge into one failure with several
   * locations and excerpt lines. Default: `${tool}:${category}`. Use it to merge, e.g., pytest's
   * `E   assert` lines with its `FAILED test_x.py::t` summary lines.
   */
  group?: string;
  /** Ranking weight among failures (higher first); default comes from the category. */
  priority?: number;
  /**
   * `summary` hits (e.g. "Found 3 errors in 2 files", "Tests: 1 failed") only add excerpt lines to
   * a failure of the same group; they never create a failure on their own unless nothing else
   * in that group matched.
   */
  role?: "primary" | "summary";
}

export interface RuleSet {
  /** `typescript`, `python`, ...: one file per ecosystem under src/analysis/rules/. */
  ecosystem: string;
  rules: Rule[];
}
