/**
 * Secret redaction for everything that leaves the job: issue and PR bodies, comments, the audit
 * ledger, summaries and logs. The runner's own masking is not enough (GitHub: "automatic
 * redaction is not guaranteed"): logs fetched from *another* job hold that job's secrets
 * unmasked, and the tj-actions incident printed secrets double-base64 encoded. So we redact
 * (1) known token shapes whoever they belong to, and (2) this job's own secret values together
 * with their base64 (any alignment), double-base64, URL, hex and JSON-escaped forms, and the raw
 * value split across a line break.
 */
import { escapeRegExp } from "./regexp.js";

export const REDACTED = "[REDACTED]";

/** Shorter values are too likely to occur by chance ("true", a port number) to redact blindly. */
const MIN_SECRET_LENGTH = 8;

export interface SecretPattern {
  kind: string;
  regex: RegExp;
}

/** Token shapes from the issuers' documented formats; global regexes, used with replace/matchAll. */
export const SECRET_PATTERNS: readonly SecretPattern[] = [
  {
    kind: "private-key",
    regex:
      /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|$)/g,
  },
  { kind: "github-token", regex: /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{20,255}\b/g },
  { kind: "github-pat", regex: /\bgithub_pat_[A-Za-z0-9_]{20,255}\b/g },
  { kind: "aws-access-key", regex: /\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b/g },
  { kind: "slack-token", regex: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g },
  { kind: "openai-key", regex: /\bsk-(?:proj-|ant-|live_|test_)?[A-Za-z0-9_-]{20,}\b/g },
  { kind: "jwt", regex: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g },
  { kind: "google-api-key", regex: /\bAIza[0-9A-Za-z_-]{35}\b/g },
  { kind: "npm-token", regex: /\bnpm_[A-Za-z0-9]{36}\b/g },
  // Credentials inside URLs (https://x-access-token:ghs_…@github.com, postgres://u:p@h).
  { kind: "url-credentials", regex: /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/:@'"`<>]+:[^\s/@'"`<>]+@/gi },
  // Authorization headers that octokit/undici errors may echo.
  {
    kind: "authorization-header",
    regex: /\b(authorization["']?\s*[:=]\s*["']?(?:token|bearer|basic)\s+)[^\s"',]+/gi,
  },
];

/**
 * The parts of base64(secret) that are the same wherever the secret sits inside a longer
 * base64 string: for each of the 3 byte alignments, drop the characters mixed with neighbours.
 */
function base64Cores(value: Buffer, url: boolean): string[] {
  const cores: string[] = [];
  for (let pad = 0; pad < 3; pad++) {
    const b64 = Buffer.concat([Buffer.alloc(pad), value]).toString(url ? "base64url" : "base64");
    // Leading chars covering the pad bytes (and one mixed char) and trailing partial groups vary.
    const start = pad === 0 ? 0 : Math.ceil((pad * 8) / 6);
    const fullBytes = pad + value.length;
    const stableEnd = Math.floor((fullBytes * 8) / 6);
    const core = b64.slice(start, stableEnd).replace(/=+$/, "");
    if (core.length >= MIN_SECRET_LENGTH) cores.push(core);
  }
  return cores;
}

/** Every encoded form of a secret we look for; raw first. */
export function encodedForms(secret: string): string[] {
  const raw = Buffer.from(secret, "utf8");
  const forms = new Set<string>([secret]);
  const b64 = raw.toString("base64");
  forms.add(b64);
  forms.add(b64.replace(/=+$/, ""));
  for (const c of base64Cores(raw, false)) forms.add(c);
  for (const c of base64Cores(raw, true)) forms.add(c);
  const b64b64 = Buffer.from(b64, "utf8");
  forms.add(b64b64.toString("base64"));
  for (const c of base64Cores(b64b64, false)) forms.add(c);
  forms.add(encodeURIComponent(secret));
  forms.add(raw.toString("hex"));
  forms.add(raw.toString("hex").toUpperCase());
  forms.add(JSON.stringify(secret).slice(1, -1));
  return [...forms].filter((f) => f.length >= MIN_SECRET_LENGTH);
}

export interface Redactor {
  /** Adds a value (and its encodings) to redact from now on; short values are ignored. */
  addSecret(value: string | undefined): void;
  redact(text: string): string;
  /** Which of the known secrets or token shapes occur in `text` (kinds only, never the values). */
  scan(text: string): string[];
}

export interface RedactorOptions {
  secrets?: Iterable<string | undefined>;
}

export function createRedactor(options: RedactorOptions = {}): Redactor {
  const known: string[] = [];
  let combined: RegExp | null = null;

  const rebuild = () => {
    const forms = new Set<string>();
    for (const s of known) for (const f of encodedForms(s)) forms.add(f);
    // Longest first so a full form wins over a core that is its substring.
    const sorted = [...forms].sort((a, b) => b.length - a.length).map(escapeRegExp);
    // The raw value split by a line break (a log wrapping a long token).
    const split = known.map((s) => [...s].map(escapeRegExp).join("(?:\\r?\\n)?"));
    combined = sorted.length ? new RegExp([...sorted, ...split].join("|"), "g") : null;
  };

  const addSecret = (value: string | undefined) => {
    if (!value) return;
    const v = value.trim();
    if (v.length < MIN_SECRET_LENGTH || known.includes(v)) return;
    known.push(v);
    // A multi-line secret (a PEM key) also leaks line by line.
    for (const line of v.split(/\r?\n/)) {
      const l = line.trim();
      if (l.length >= 16 && l !== v && !known.includes(l) && !/^-----/.test(l)) known.push(l);
    }
    rebuild();
  };
  for (const s of options.secrets ?? []) addSecret(s);

  return {
    addSecret,
    redact(text) {
      let out = text;
      if (combined) out = out.replace(combined, REDACTED);
      for (const { kind, regex } of SECRET_PATTERNS) {
        if (kind === "url-credentials") out = out.replace(regex, `$1${REDACTED}@`);
        else if (kind === "authorization-header") out = out.replace(regex, `$1${REDACTED}`);
        else out = out.replace(regex, REDACTED);
      }
      return out;
    },
    scan(text) {
      const kinds: string[] = [];
      if (combined && new RegExp(combined.source).test(text)) kinds.push("known-secret");
      for (const { kind, regex } of SECRET_PATTERNS)
        if (new RegExp(regex.source, regex.flags.replace("g", "")).test(text)) kinds.push(kind);
      return kinds;
    },
  };
}

/** Env names whose values are treated as this job's secrets. */
const SECRET_ENV = /(TOKEN|SECRET|PASSWORD|PASSWD|API_KEY|APIKEY|PRIVATE_KEY|CREDENTIALS?)$/i;

/**
 * Values from the environment that look like this job's secrets (the workflow maps secrets to
 * env or inputs). Runner-provided non-secret names are skipped.
 */
export function secretsFromEnv(env: NodeJS.ProcessEnv): string[] {
  const out: string[] = [];
  for (const [name, value] of Object.entries(env)) {
    if (!value) continue;
    const bare = name.replace(/^INPUT_/, "");
    if (SECRET_ENV.test(bare) || /^INPUT_.*(TOKEN|KEY|SECRET)/i.test(name)) out.push(value);
  }
  return out;
}
