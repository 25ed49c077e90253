/**
 * `.autodev/config.yml`: the repository owner's policy. It is always read from the default
 * branch (see load.ts), never from a PR head or fork, because whoever controls the file controls
 * what autodev may write. Validation is strict and fails closed: an unknown key, a wrong type or
 * an out-of-range number is a ConfigurationError naming the key, and the caller then performs no
 * side effect at all. A missing file means the conservative defaults below.
 */
import { parseDocument } from "yaml";
import { ConfigurationError } from "../util/errors.js";

export const MODES = ["observe", "assist", "semi", "auto"] as const;
/** observe: issues only; assist: draft PRs for a person; semi: ready PRs; auto: low-risk PRs may merge. */
export type Mode = (typeof MODES)[number];

export const CONCLUSIONS = ["failure", "timed_out", "startup_failure"] as const;
export type WatchedConclusion = (typeof CONCLUSIONS)[number];

export interface Limits {
  /** Pull requests autodev may open per UTC day. */
  dailyPrs: number;
  /** Fix attempts per failure fingerprint before a person has to step in. */
  attemptsPerFingerprint: number;
  maxFiles: number;
  maxChangedLines: number;
  maxPatchBytes: number;
}

export interface AutodevConfig {
  version: 1;
  enabled: boolean;
  mode: Mode;
  /** Workflow names whose failures become issues; empty means every workflow the caller forwards. */
  workflows: string[];
  /** Extra minimatch globs no patch may touch; the built-in ones always apply too. */
  protectedPaths: string[];
  /** Extra labels put on every autodev issue and PR. */
  labels: string[];
  limits: Limits;
  issues: { closeOnSuccess: boolean; conclusions: WatchedConclusion[] };
  /** Numeric ids of bot accounts allowed to issue commands; a `[bot]` login alone never is. */
  commands: { allowedBotIds: number[] };
}

export const DEFAULT_CONFIG: AutodevConfig = Object.freeze({
  version: 1,
  enabled: true,
  mode: "assist",
  workflows: [],
  protectedPaths: [],
  labels: [],
  limits: {
    dailyPrs: 5,
    attemptsPerFingerprint: 3,
    maxFiles: 20,
    maxChangedLines: 500,
    maxPatchBytes: 200_000,
  },
  issues: { closeOnSuccess: false, conclusions: ["failure"] },
  commands: { allowedBotIds: [] },
}) as AutodevConfig;

/** A config bigger than this is a mistake or an attack (alias or nesting bombs). */
export const MAX_CONFIG_BYTES = 64 * 1024;

type Path = string;
type Raw = Record<string, unknown>;

function fail(path: Path, expected: string, got: unknown): never {
  const shown = got === undefined ? "nothing" : JSON.stringify(got)?.slice(0, 60);
  throw new ConfigurationError(`.autodev/config.yml: ${path} must be ${expected}, got ${shown}.`);
}

function objectAt(value: unknown, path: Path, keys: readonly string[]): Raw {
  if (value === null || typeof value !== "object" || Array.isArray(value)) fail(path, "a mapping", value);
  for (const k of Object.keys(value)) {
    if (!keys.includes(k)) {
      throw new ConfigurationError(
        `.autodev/config.yml: unknown key ${path === "(top level)" ? k : `${path}.${k}`}. Allowed here: ${keys.join(", ")}.`,
      );
    }
  }
  return value as Raw;
}

function bool(v: unknown, path: Path, dflt: boolean): boolean {
  if (v === undefined) return dflt;
  if (typeof v !== "boolean") fail(path, "true or false", v);
  return v;
}

function int(v: unknown, path: Path, min: number, max: number, dflt: number): number {
  if (v === undefined) return dflt;
  if (typeof v !== "number" || !Number.isInteger(v) || v < min || v > max)
    fail(path, `an integer from ${min} to ${max}`, v);
  return v;
}

function oneOf<T extends string>(v: unknown, path: Path, allowed: readonly T[], dflt: T): T {
  if (v === undefined) return dflt;
  if (typeof v !== "string" || !(allowed as readonly string[]).includes(v))
    fail(path, `one of ${allowed.join(", ")}`, v);
  return v as T;
}

function strings(v: unknown, path: Path, opts: { max: number; pattern: RegExp; what: string }): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.length > opts.max) fail(path, `a list of at most ${opts.max} ${opts.what}`, v);
  return v.map((s, i) => {
    if (typeof s !== "string" || !opts.pattern.test(s)) fail(`${path}[${i}]`, opts.what, s);
    return s;
  });
}

/** Validates an already-parsed value; exported for callers that hold JSON instead of YAML. */
export function validateConfig(value: unknown): AutodevConfig {
  if (value === null || value === undefined) return structuredClone(DEFAULT_CONFIG);
  const top = objectAt(value, "(top level)", [
    "version",
    "enabled",
    "mode",
    "workflows",
    "protected_paths",
    "labels",
    "limits",
    "issues",
    "commands",
  ]);
  if (top.version !== undefined && top.version !== 1)
    fail("version", "1 (the only config version)", top.version);
  const d = DEFAULT_CONFIG;
  const limits = objectAt(top.limits ?? {}, "limits", [
    "daily_prs",
    "attempts_per_fingerprint",
    "max_files",
    "max_changed_lines",
    "max_patch_bytes",
  ]);
  const issues = objectAt(top.issues ?? {}, "issues", ["close_on_success", "conclusions"]);
  const commands = objectAt(top.commands ?? {}, "commands", ["allowed_bot_ids"]);
  const ids = commands.allowed_bot_ids ?? [];
  if (!Array.isArray(ids) || ids.length > 50 || ids.some((n) => !Number.isInteger(n) || n <= 0)) {
    fail("commands.allowed_bot_ids", "a list of numeric GitHub user ids", ids);
  }
  const conclusions =
    issues.conclusions === undefined
      ? [...d.issues.conclusions]
      : strings(issues.conclusions, "issues.conclusions", {
          max: 3,
          pattern: /^[a-z_]+$/,
          what: "conclusions",
        }).map((c, i) => oneOf(c, `issues.conclusions[${i}]`, CONCLUSIONS, "failure"));
  return {
    version: 1,
    enabled: bool(top.enabled, "enabled", d.enabled),
    mode: oneOf(top.mode, "mode", MODES, d.mode),
    // Workflow names are free text in GitHub, but never contain control characters.
    workflows: strings(top.workflows, "workflows", {
      max: 50,
      pattern: /^[^\x00-\x1f]{1,200}$/,
      what: "workflow names",
    }),
    protectedPaths: strings(top.protected_paths, "protected_paths", {
      max: 200,
      pattern: /^[^\x00-\x1f]{1,300}$/,
      what: "glob patterns",
    }),
    labels: strings(top.labels, "labels", {
      max: 10,
      pattern: /^[^,\x00-\x1f]{1,50}$/,
      what: "label names (1-50 chars, no comma)",
    }),
    limits: {
      dailyPrs: int(limits.daily_prs, "limits.daily_prs", 0, 100, d.limits.dailyPrs),
      attemptsPerFingerprint: int(
        limits.attempts_per_fingerprint,
        "limits.attempts_per_fingerprint",
        1,
        20,
        d.limits.attemptsPerFingerprint,
      ),
      maxFiles: int(limits.max_files, "limits.max_files", 1, 200, d.limits.maxFiles),
      maxChangedLines: int(
        limits.max_changed_lines,
        "limits.max_changed_lines",
        1,
        20_000,
        d.limits.maxChangedLines,
      ),
      maxPatchBytes: int(
        limits.max_patch_bytes,
        "limits.max_patch_bytes",
        1,
        2_000_000,
        d.limits.maxPatchBytes,
      ),
    },
    issues: { closeOnSuccess: bool(issues.close_on_success, "issues.close_on_success", false), conclusions },
    commands: { allowedBotIds: ids as number[] },
  };
}

/** Parses and validates the YAML text of `.autodev/config.yml`; throws ConfigurationError. */
export function parseConfig(options: { text: string }): AutodevConfig {
  const { text } = options;
  if (Buffer.byteLength(text, "utf8") > MAX_CONFIG_BYTES) {
    throw new ConfigurationError(
      `.autodev/config.yml is larger than ${MAX_CONFIG_BYTES} bytes; keep it short.`,
    );
  }
  let value: unknown;
  try {
    const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true, strict: true });
    if (doc.errors.length) {
      const e = doc.errors[0];
      throw new ConfigurationError(`.autodev/config.yml is not valid YAML: ${e.message.split("\n")[0]}`);
    }
    // Aliases are pointless in this file and the classic way to blow up memory.
    value = doc.toJS({ maxAliasCount: 10 });
  } catch (e) {
    if (e instanceof ConfigurationError) throw e;
    throw new ConfigurationError(
      `.autodev/config.yml could not be read as YAML: ${(e as Error).message.split("\n")[0]}`,
    );
  }
  return validateConfig(value);
}
