import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { HealReport } from "./types.js";

/** The hand-off file `open-pr` reads; kept to these fields on purpose (see HELPERS brief). */
export interface ProposalManifest {
  schemaVersion: 1;
  fingerprint: string;
  baseSha: string;
  files: string[];
  outcome: HealReport["outcome"];
}

/** A fence longer than any backtick run in the text, so log text can never close it (INJ-05). */
export function fence(text: string, info = ""): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const f = "`".repeat(longest + 1);
  return `${f}${info}\n${text.replace(/\n+$/, "")}\n${f}`;
}

/** Inline code for a path or command: cannot open links, mentions or closing keywords. */
export function code(text: string): string {
  const clean = text.replace(/[\r\n]+/g, " ");
  const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
  const tick = "`".repeat(longest + 1);
  return `${tick} ${clean} ${tick}`;
}

/**
 * Inline code inside a table row: GFM splits cells on every unescaped `|`, code spans included,
 * so a command like `a | b` would break the row; `\|` is the one escape GFM honours there.
 */
function cell(text: string): string {
  return code(text).replace(/\|/g, "\\|");
}

const OUTCOME_TEXT: Record<HealReport["outcome"], string> = {
  healed: "Healed and verified",
  improved: "Partly healed (improved)",
  unfixable: "Could not heal (unfixable)",
  "already-passing": "Already passing",
  error: "Heal failed with an error",
};

/** Lines added and removed per file of a unified diff. */
export function diffStats(patch: string): { file: string; added: number; removed: number }[] {
  const out: { file: string; added: number; removed: number }[] = [];
  let cur: (typeof out)[number] | undefined;
  let inHunk = false;
  for (const line of patch.split("\n")) {
    const m = /^diff --git a\/.* b\/(.*)$/.exec(line);
    if (m) {
      cur = { file: m[1], added: 0, removed: 0 };
      out.push(cur);
      inHunk = false;
    } else if (line.startsWith("@@")) inHunk = true;
    else if (cur && inHunk && line.startsWith("+")) cur.added++;
    else if (cur && inHunk && line.startsWith("-")) cur.removed++;
  }
  return out;
}

/** The PR body. Everything that came from a log, a tool or a model is fenced or code-spanned. */
export function renderReport(report: HealReport): string {
  const out: string[] = [];
  out.push(`## autodev: ${OUTCOME_TEXT[report.outcome]}`, "");
  // The reason only says more when it differs (a heal's reason is "healed" too).
  const reason = report.reason === report.outcome ? "" : ` (${code(report.reason)})`;
  out.push(`Outcome ${code(report.outcome)}${reason}.`, "");
  out.push(
    `Base commit ${code(report.baseSha.slice(0, 12))}; failure fingerprint ${code(report.fingerprint || "none")}.`,
    "",
  );
  if (report.files.length) {
    out.push(`### Changes (+${report.stats.added} −${report.stats.removed})`, "");
    const perFile = new Map((report.diffStats ?? []).map((d) => [d.file, d]));
    for (const f of report.files) {
      const d = perFile.get(f);
      out.push(`- ${code(f)}${d ? ` (+${d.added} −${d.removed})` : ""}`);
    }
    out.push("");
  }
  out.push(
    "### What was tried",
    "",
    "| fixer | strategy | result | kept | files | commands | check exit | ms |",
    "|---|---|---|---|---|---|---|---|",
  );
  for (const a of report.attempts) {
    const v = a.verification;
    out.push(
      `| ${cell(a.fixer)} | ${a.strategy} | ${a.status} | ${a.kept ? "yes" : "no"} | ` +
        `${a.files.map(cell).join(", ") || "–"} | ${a.commands.map(cell).join("<br>") || "–"} | ` +
        `${v ? v.exitCode : "–"} | ${a.durationMs ?? "–"} |`,
    );
  }
  out.push("");
  const { baseline, final } = report.verification;
  if (baseline || final) {
    out.push("### Verification", "");
    const took = (r: { durationMs?: number; timedOut?: boolean }) =>
      `${r.durationMs !== undefined ? ` in ${r.durationMs} ms` : ""}${r.timedOut ? " (killed at its time limit)" : ""}`;
    if (baseline)
      out.push(`- before: ${code(baseline.command)} exited ${baseline.exitCode}${took(baseline)}`);
    if (final) out.push(`- after: ${code(final.command)} exited ${final.exitCode}${took(final)}`);
    if (final && final.exitCode !== 0)
      out.push(
        "",
        "<details><summary>Output after the change</summary>",
        "",
        fence(final.tail),
        "",
        "</details>",
      );
    out.push("");
  }
  const details = report.attempts.filter((a) => a.status !== "fixed" && a.detail);
  if (details.length) {
    out.push("<details><summary>Why other attempts were not kept</summary>", "");
    for (const a of details) out.push(`${code(a.fixer)} (${a.status}):`, "", fence(a.detail), "");
    out.push("</details>", "");
  }
  out.push(`**Risk:** ${report.risk === "low" ? "low (deterministic tool output only)" : "needs review"}`);
  for (const r of report.riskReasons) out.push(`- ${code(r)}`);
  out.push("", "<sub>Generated by autodev heal. Review the diff, not this description.</sub>", "");
  return out.join("\n");
}

export interface WriteProposalOptions {
  dir: string;
  report: HealReport;
  patch: string;
  /**
   * Applied to report.json and report.md: verify output and tool messages end up in a PR body,
   * and a test may print what it should not. The patch itself was already refused if it held a
   * secret, so it is written byte for byte.
   */
  redact?: (text: string) => string;
}

/** Writes changes.patch, report.json, report.md and proposal.json; returns the directory's files. */
export function writeProposal({ dir, report, patch, redact = (t) => t }: WriteProposalOptions): string[] {
  mkdirSync(dir, { recursive: true });
  const manifest: ProposalManifest = {
    schemaVersion: 1,
    fingerprint: report.fingerprint,
    baseSha: report.baseSha,
    files: report.files,
    outcome: report.outcome,
  };
  const files: [string, string][] = [
    ["changes.patch", patch],
    ["report.json", redact(JSON.stringify(report, null, 2) + "\n")],
    ["report.md", redact(renderReport(report))],
    ["proposal.json", JSON.stringify(manifest, null, 2) + "\n"],
  ];
  for (const [name, content] of files) writeFileSync(join(dir, name), content);
  return files.map(([name]) => join(dir, name));
}
