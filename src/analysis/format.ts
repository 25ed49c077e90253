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
 * Escapes log text for a markdown table cell or inline position. A log is untrusted and this
 * markdown may be posted as a comment: `@name` and `@org/team` go into code spans, where GitHub
 * sends no notification (a failing test named after a person would ping them otherwise).
 */
function md(s: string): string {
  return s
    .replace(/[\\`*_{}[\]<>|#]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, " ")
    .replace(
      /(^|[^\w`])@([A-Za-z0-9](?:[\w-]|\\_)*(?:\/(?:[\w-]|\\_)+)?)/g,
      (_m, pre: string, who: string) => `${pre}\`@${who.replace(/\\_/g, "_")}\``,
    );
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
    out.push(fence(f.excerpt));
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
