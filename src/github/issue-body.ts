/**
 * The auto-issue's body: a readable report plus two hidden markers. The fingerprint marker is the
 * deduplication key found through the list endpoint (never search, whose index lags); the state
 * marker carries count, first/last seen and recent runs so a recurrence can update the issue
 * without any store outside GitHub. State is base64 JSON so nothing in it can end the comment.
 */
import { createHash } from "node:crypto";
import type { Failure } from "../analysis/types.js";
import { checkRepoPath } from "../policy/paths.js";
import { capBody, codeSpan, fence, oneLine, stripHidden } from "./markdown.js";

export const FINGERPRINT_MARKER = /<!-- autodev:fingerprint=([a-f0-9]{6,64}) -->/;
const STATE_MARKER = /<!-- autodev:state=([A-Za-z0-9+/=]+) -->/;

export interface RunRecord {
  runId: number;
  attempt: number;
  url: string;
  jobName: string;
  jobUrl: string | null;
  sha: string;
  at: string;
}

export interface IssueState {
  v: 1;
  fingerprint: string;
  count: number;
  firstSeen: string;
  lastSeen: string;
  workflow: string;
  branch: string | null;
  /** The failing run came from a fork: report only, never a fix branch. */
  fork: boolean;
  /** Fix attempts started for this fingerprint (open-pr increments it). */
  attempts: number;
  runs: RunRecord[];
}

const MAX_RUNS_KEPT = 10;
const MAX_EXCERPT_LINES = 80;
const MAX_EXCERPT_CHARS = 12_000;

/** Fingerprints from the analyzer are hex; anything else is hashed so the marker stays well-formed. */
export function normalizeFingerprint(value: string): string {
  return /^[a-f0-9]{6,64}$/.test(value)
    ? value
    : createHash("sha256").update(value).digest("hex").slice(0, 16);
}

export function fingerprintMarker(fp: string): string {
  return `<!-- autodev:fingerprint=${fp} -->`;
}

export function readFingerprint(body: string): string | null {
  return body.match(FINGERPRINT_MARKER)?.[1] ?? null;
}

export function readState(body: string): IssueState | null {
  const m = body.match(STATE_MARKER);
  if (!m) return null;
  try {
    const s = JSON.parse(Buffer.from(m[1], "base64").toString("utf8")) as IssueState;
    return s && s.v === 1 ? s : null;
  } catch {
    return null;
  }
}

function stateMarker(s: IssueState): string {
  return `<!-- autodev:state=${Buffer.from(JSON.stringify(s)).toString("base64")} -->`;
}

export function issueTitle(f: Failure, workflow: string): string {
  const where = f.locations[0]?.file ? ` in ${f.locations[0].file}` : "";
  return oneLine(
    `[autodev] ${f.category.replace(/_/g, " ")}${f.tool ? ` (${f.tool})` : ""}${where}: ${f.message} — ${workflow}`,
    240,
  );
}

function blobLink(repository: string, sha: string, file: string, line?: number): string {
  const label = codeSpan(`${file}${line ? `:${line}` : ""}`, 160);
  // Only link plain repository paths; anything odd from a log stays as code.
  if (!checkRepoPath(file).ok || !/^[0-9a-f]{7,40}$/.test(sha)) return label;
  const path = file.split("/").map(encodeURIComponent).join("/");
  return `[${label}](https://github.com/${repository}/blob/${sha}/${path}${line ? `#L${line}` : ""})`;
}

export interface RenderInput {
  repository: string;
  failure: Failure;
  state: IssueState;
  /** Redacts secrets; applied to the whole body at the end as well. */
  redact: (text: string) => string;
  logTruncated?: boolean;
}

export function renderIssueBody(input: RenderInput): string {
  const { failure: f, state, repository } = input;
  const last = state.runs[state.runs.length - 1];
  const excerptLines = f.excerpt.slice(0, MAX_EXCERPT_LINES);
  let excerpt = excerptLines.join("\n");
  if (excerpt.length > MAX_EXCERPT_CHARS) excerpt = `${excerpt.slice(0, MAX_EXCERPT_CHARS)}\n… (excerpt cut)`;
  const parts: string[] = [
    fingerprintMarker(state.fingerprint),
    stateMarker(state),
    "",
    `**What failed:** ${codeSpan(f.message, 300)}`,
    "",
    `| | |`,
    `|---|---|`,
    `| Category | ${codeSpan(f.category)} |`,
    `| Severity | ${codeSpan(f.severity)} |`,
    `| Tool | ${f.tool ? codeSpan(f.tool) : "unknown"} |`,
    `| Workflow | ${codeSpan(state.workflow)} |`,
    `| Branch | ${state.branch ? codeSpan(state.branch) : "unknown"}${state.fork ? " (from a fork)" : ""} |`,
    `| Commit | ${last && /^[0-9a-f]{40}$/.test(last.sha) ? `[${last.sha.slice(0, 7)}](https://github.com/${repository}/commit/${last.sha})` : "unknown"} |`,
    `| Seen | ${state.count} time${state.count === 1 ? "" : "s"}; first ${state.firstSeen}, last ${state.lastSeen} |`,
    "",
  ];
  if (f.locations.length) {
    parts.push("### Where", "");
    for (const loc of f.locations.slice(0, 10))
      parts.push(`- ${blobLink(repository, last?.sha ?? "", loc.file, loc.line)}`);
    parts.push("");
  }
  parts.push(
    `### Log excerpt${last ? ` (job ${codeSpan(last.jobName, 80)}${f.step ? `, step ${codeSpan(f.step, 80)}` : ""})` : ""}`,
    "",
    fence(excerpt || "(no excerpt)"),
    "",
  );
  if (input.logTruncated) parts.push("_The job log was larger than the download cap and was truncated._", "");
  if (f.suggestion) parts.push("### Suggested next step", "", codeSpan(f.suggestion, 500), "");
  parts.push("### Recent runs", "");
  for (const r of state.runs.slice(-MAX_RUNS_KEPT).reverse()) {
    const job = r.jobUrl ? ` · [job](${r.jobUrl})` : "";
    parts.push(`- [run ${r.runId} (attempt ${r.attempt})](${r.url})${job} · ${r.at}`);
  }
  parts.push(
    "",
    `<sub>Opened by autodev from a failed CI run. A maintainer can comment ${codeSpan("/auto-fix")} to ask for a fix pull request. Strategy: ${codeSpan(f.strategy)}.</sub>`,
    "",
  );
  return capBody(input.redact(stripHidden(parts.join("\n"))));
}

export function addRun(state: IssueState, run: RunRecord): { state: IssueState; isNew: boolean } {
  const seen = state.runs.some((r) => r.runId === run.runId && r.attempt === run.attempt);
  if (seen) return { state, isNew: false };
  const runs = [...state.runs, run].slice(-MAX_RUNS_KEPT);
  return { state: { ...state, count: state.count + 1, lastSeen: run.at, runs }, isNew: true };
}
