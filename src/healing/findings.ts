import { CATEGORIES, SEVERITIES, STRATEGIES, type Failure, type Strategy } from "../analysis/types.js";
import { ConfigurationError } from "../util/errors.js";

/**
 * Reads the analyzer's JSON (an AnalysisResult, or a bare failure array) as untrusted input:
 * it may come from an artifact of another run, so each field is checked and bounded instead
 * of cast.
 */
export function parseFindings(text: string, source = "findings"): Failure[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ConfigurationError(
      `${source} is not valid JSON (${(e as Error).message}). Pass the output of 'autodev analyze --format json'.`,
    );
  }
  const list = Array.isArray(data) ? data : (data as { failures?: unknown } | null)?.failures;
  if (!Array.isArray(list)) {
    throw new ConfigurationError(
      `${source} has no "failures" array. Pass the output of 'autodev analyze --format json'.`,
    );
  }
  return list.slice(0, 100).map((raw, i) => toFailure(raw, `${source}: failures[${i}]`));
}

const str = (v: unknown, max = 2000): string => (typeof v === "string" ? v.slice(0, max) : "");
const strs = (v: unknown, n = 200): string[] => (Array.isArray(v) ? v.slice(0, n).map((x) => str(x)) : []);
const pick = <T extends string>(v: unknown, allowed: readonly T[], where: string): T => {
  if (typeof v === "string" && (allowed as readonly string[]).includes(v)) return v as T;
  throw new ConfigurationError(`${where}: expected one of ${allowed.join(", ")}, got ${JSON.stringify(v)}.`);
};

function toFailure(raw: unknown, where: string): Failure {
  if (typeof raw !== "object" || raw === null) throw new ConfigurationError(`${where} is not an object.`);
  const r = raw as Record<string, unknown>;
  const fingerprint = str(r.fingerprint, 128);
  if (!/^[0-9a-zA-Z_-]{1,128}$/.test(fingerprint))
    throw new ConfigurationError(`${where}: fingerprint is missing or malformed.`);
  const locations = Array.isArray(r.locations)
    ? r.locations.slice(0, 50).flatMap((l) => {
        const loc = l as Record<string, unknown>;
        if (typeof loc?.file !== "string") return [];
        return [
          {
            file: str(loc.file, 500),
            line: Number.isInteger(loc.line) ? (loc.line as number) : undefined,
            column: Number.isInteger(loc.column) ? (loc.column as number) : undefined,
          },
        ];
      })
    : [];
  return {
    category: pick(r.category, CATEGORIES, `${where}.category`),
    severity: SEVERITIES.includes(r.severity as never) ? (r.severity as Failure["severity"]) : "medium",
    tool: typeof r.tool === "string" ? str(r.tool, 64) : null,
    message: str(r.message),
    locations,
    excerpt: strs(r.excerpt),
    context: strs(r.context, 50),
    fingerprint,
    strategy: pick(r.strategy, STRATEGIES, `${where}.strategy`),
    autoFixable: r.autoFixable === true,
    suggestion: str(r.suggestion),
    step: typeof r.step === "string" ? str(r.step, 200) : undefined,
    rule: str(r.rule, 100),
    lines: Array.isArray(r.lines) ? r.lines.filter((n) => Number.isInteger(n)).slice(0, 200) : [],
  };
}

/** A comma list of strategies from a flag or input; undefined when empty (use the default set). */
export function parseStrategies(value: string | undefined, flag: string): Strategy[] | undefined {
  if (!value) return undefined;
  const list = value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (const s of list) {
    if (!(STRATEGIES as readonly string[]).includes(s))
      throw new ConfigurationError(
        `${flag}: unknown strategy "${s}". Expected a comma list of ${STRATEGIES.join(", ")}.`,
      );
  }
  return list as Strategy[];
}
