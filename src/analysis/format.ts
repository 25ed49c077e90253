import type { AnalysisResult, Failure } from "./types.js";

export type OutputFormat = "json" | "markdown" | "text";

/** A fence longer than any backtick run in the content, so log text can never close it early. */
export function fence(lines: string[], lang = "text"): string {
  const body = lines.join("\n");
  let longest = 2;
  for (const m of body.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const f = "`".repeat(longest + 1);
  return `${f}${lang}\n${body}\n${f}`;
}

function where(f: Failure): string {
  const l = f.locations[0];
  if (!l) return "";
  return `${l.file}${l.line ? `:${l.line}` : ""}${l.column ? `:${l.column}` : ""}`;
}

/**
 * Escapes log text for a markdown table cell or inline position: it shows as the log printed it
 * (no emphasis, strikethrough, HTML or entities, no line break). A log is untrusted and this
 * markdown may be posted as a comment: `@name` and `@org/team` go into code spans, where GitHub
 * sends no notification (a failing test named after a person would ping them otherwise), and so
 * do issue references (`#12`, `owner/repo#12`), which GitHub would link and back-reference.
 */
function md(s: string): string {
  return s
    .replace(/[\\`*_{}[\]<>|#~&]/g, (c) => `\\${c}`)
    .replace(/\r\n?|\n/g, " ")
    .replace(
      /(^|[^\w`])@([A-Za-z0-9](?:[\w-]|\\_)*(?:\/(?:[\w-]|\\_)+)?(?:\\#\d+)?)/g,
      (_m, pre: string, who: string) => `${pre}\`@${who.replace(/\\([_#])/g, "$1")}\``,
    )
    .replace(/(?<!`)\\#(\d+)/g, "`#$1`");
}

/**
 * Excerpts may run to thousands of lines (a long compile error list); a report shows the head.
 * The runner refuses a step summary over 1 MiB, and ten full excerpts could reach that.
 */
const SHOWN_LINES = 80;
const SHOWN_CHARS = 20_000;

function shown(excerpt: string[]): string[] {
  const out: string[] = [];
  let chars = 0;
  for (const line of excerpt) {
    if (out.length >= SHOWN_LINES || chars + line.length > SHOWN_CHARS) break;
    out.push(line);
    chars += line.length + 1;
  }
  const rest = excerpt.length - out.length;
  if (rest > 0) out.push(`… ${rest} more line${rest === 1 ? "" : "s"} in the JSON output`);
  return out;
}

export function toMarkdown(result: AnalysisResult, opts: { detailed?: number } = {}): string {
  const detailed = opts.detailed ?? 10;
  const out: string[] = [];
  const n = result.failures.length;
  out.push(`### autodev analysis: ${result.status}${n ? `, ${n} failure${n === 1 ? "" : "s"}` : ""}`);
  out.push("");
  if (!n) {
    out.push(
      result.status === "passed" ? "The log shows a passing run." : "No failure was recognised in this log.",
    );
    return out.join("\n") + "\n";
  }
  out.push("| # | category | severity | tool | where | strategy |");
  out.push("|---|---|---|---|---|---|");
  result.failures.forEach((f, i) => {
    out.push(
      `| ${i + 1} | ${f.category} | ${f.severity} | ${md(f.tool ?? "-")} | ${md(where(f) || "-")} | ${f.strategy} |`,
    );
  });
  out.push("");
  result.failures.slice(0, detailed).forEach((f, i) => {
    out.push(`#### ${i + 1}. ${md(f.message)}`);
    out.push("");
    if (f.step) out.push(`Step: ${md(f.step)}  `);
    out.push(`Fingerprint: \`${f.fingerprint}\`  `);
    out.push(`Suggestion: ${md(f.suggestion)}`);
    out.push("");
    out.push(fence(shown(f.excerpt)));
    out.push("");
  });
  out.push(
    `<sub>${result.stats.lines} lines, ${result.stats.bytes} bytes analyzed in ${result.stats.durationMs} ms</sub>`,
  );
  return out.join("\n") + "\n";
}

export function toText(result: AnalysisResult): string {
  const out: string[] = [`status: ${result.status}, ${result.failures.length} failure(s)`];
  result.failures.forEach((f, i) => {
    out.push("");
    out.push(`${i + 1}. [${f.category}/${f.severity}] ${f.tool ?? "-"}  ${where(f)}`);
    out.push(`   ${f.message}`);
    if (f.step) out.push(`   step: ${f.step}`);
    out.push(`   fix (${f.strategy}${f.autoFixable ? ", auto-fixable" : ""}): ${f.suggestion}`);
    for (const e of f.excerpt.slice(0, 12)) out.push(`   | ${e}`);
  });
  return out.join("\n") + "\n";
}

/**
 * The analysis as compact JSON of at most `maxChars` characters (the runner keeps 1 MB of outputs
 * per job, counted in UTF-16 units, and drops an output over it). Cuts the least useful parts
 * first: contexts, then excerpt tails, then the failures at the end, and says so with
 * `truncated: true`. Failure order, messages, locations and fingerprints are kept whole.
 */
export function fitJson(result: AnalysisResult, maxChars: number): string {
  let json = JSON.stringify(result);
  if (json.length <= maxChars) return json;
  const cut = (failures: Failure[], lines: number) =>
    failures.map((f) => ({
      ...f,
      context: [],
      excerpt: f.excerpt.slice(0, lines).map((l) => (l.length > 2000 ? `${l.slice(0, 2000)}…` : l)),
      lines: f.lines.slice(0, lines),
    }));
  for (const lines of [200, 50, 10, 3, 1]) {
    json = JSON.stringify({ ...result, failures: cut(result.failures, lines), truncated: true });
    if (json.length <= maxChars) return json;
  }
  let failures = cut(result.failures, 1);
  while (failures.length > 1) {
    failures = failures.slice(0, Math.ceil(failures.length / 2));
    json = JSON.stringify({ ...result, failures, truncated: true });
    if (json.length <= maxChars) return json;
  }
  // One failure whose message or locations alone are too big: keep what says what failed.
  const f = failures[0];
  const one = f && { ...f, message: f.message.slice(0, 1000), locations: f.locations.slice(0, 10) };
  return JSON.stringify({ ...result, failures: one ? [one] : [], truncated: true });
}

export function formatResult(result: AnalysisResult, format: OutputFormat): string {
  if (format === "json") {
    // `rule` and `lines` are internal provenance; the documented schema is what the JSON carries.
    const clean = { ...result, failures: result.failures.map(({ rule: _r, lines: _l, ...f }) => f) };
    return JSON.stringify(clean, null, 2) + "\n";
  }
  if (format === "markdown") return toMarkdown(result);
  return toText(result);
}

export function renderSummary(result: AnalysisResult): string {
  return toMarkdown(result);
}
