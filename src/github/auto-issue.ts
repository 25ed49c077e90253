/**
 * auto-issue: a failed workflow run becomes exactly one issue per failure fingerprint. Failed jobs
 * are listed through the API, each failed job's log is streamed into the analyzer, and the issue
 * with the fingerprint marker is looked up through the list endpoint (all states, all pages)
 * before anything is created. A recurrence updates that issue (count, last seen, runs; a closed
 * one is reopened as a regression). A create whose response was lost is detected by listing again
 * before retrying, so a 5xx after the write cannot duplicate the issue.
 */
import { createHash } from "node:crypto";
import type { AnalysisResult, Failure } from "../analysis/types.js";
import type { AutodevConfig } from "../policy/config.js";
import type { Ledger } from "../audit/ledger.js";
import type { Logger } from "../util/logger.js";
import type { Redactor } from "../util/redact.js";
import type { GitHubClient, Issue, Job, WorkflowRun } from "./client.js";
import {
  addRun,
  issueTitle,
  normalizeFingerprint,
  readFingerprint,
  readState,
  renderIssueBody,
  type IssueState,
  type RunRecord,
} from "./issue-body.js";
import { codeSpan, oneLine } from "./markdown.js";

export const BASE_LABEL = "autodev";
/** A noisy run must not open dozens of issues. */
export const MAX_ISSUES_PER_RUN = 10;
const TAIL_BYTES = 16 * 1024;

export type Analyze = (chunks: AsyncIterable<Uint8Array>) => Promise<AnalysisResult>;

export interface AutoIssueOptions {
  client: GitHubClient;
  config: AutodevConfig;
  ledger: Ledger;
  redactor: Redactor;
  logger: Logger;
  analyze: Analyze;
  runId: number;
  /** The run as the event described it, when there is one; re-read from the API otherwise. */
  run?: WorkflowRun;
  clock?: () => Date;
  /** Called after each side effect with its name; tests crash here to check resumability. */
  afterSideEffect?: (name: string) => void;
}

export interface IssueOutcome {
  fingerprint: string;
  number: number;
  action: "created" | "updated" | "reopened" | "unchanged";
  url: string;
}

export interface AutoIssueResult {
  status: "done" | "skipped";
  reason?: string;
  issues: IssueOutcome[];
  /** Issues closed because the branch is green again. */
  closed: number[];
}

/** A failure for a failed job whose log matched no rule: the job and step still deserve an issue. */
function fallbackFailure(run: WorkflowRun, job: Job, tail: string): Failure {
  const step = job.steps.find((s) => s.conclusion === "failure")?.name;
  const fp = createHash("sha256")
    .update(`job\0${run.name}\0${job.name}\0${step ?? ""}`)
    .digest("hex")
    .slice(0, 16);
  const lines = tail
    .split(/\r?\n/)
    .map((l) => l.replace(/^\uFEFF?\d{4}-\d\d-\d\dT[\d:.]+Z /, ""))
    .filter((l) => l.trim())
    .slice(-30);
  return {
    category: "build_failure",
    severity: "medium",
    tool: null,
    message: `Job "${job.name}" failed${step ? ` at step "${step}"` : ""}; no known error pattern matched the log`,
    locations: [],
    excerpt: lines,
    context: [],
    fingerprint: fp,
    strategy: "none",
    autoFixable: false,
    suggestion: "Open the job log; the last lines are quoted above.",
    step,
    rule: "autodev.job-failed",
    lines: [],
  };
}

/** Streams a log into the analyzer while keeping its tail for the fallback excerpt. */
async function analyzeWithTail(
  analyze: Analyze,
  chunks: AsyncIterable<Uint8Array>,
): Promise<{ result: AnalysisResult; tail: string }> {
  let tail = Buffer.alloc(0);
  async function* tee() {
    for await (const c of chunks) {
      tail = Buffer.concat([tail, Buffer.from(c)]);
      if (tail.length > TAIL_BYTES) tail = tail.subarray(tail.length - TAIL_BYTES);
      yield c;
    }
  }
  const result = await analyze(tee());
  return { result, tail: tail.toString("utf8") };
}

export function labelsFor(f: Failure, config: AutodevConfig): string[] {
  return [...new Set([BASE_LABEL, `autodev:${f.category}`, `severity:${f.severity}`, ...config.labels])];
}

async function findByFingerprint(client: GitHubClient, fp: string, listed?: Issue[]): Promise<Issue | null> {
  const issues = listed ?? (await client.listIssues({ labels: [BASE_LABEL], state: "all" }));
  // Oldest first: if a duplicate ever slipped in, every run keeps updating the same original.
  const hits = issues.filter((i) => readFingerprint(i.body) === fp).sort((a, b) => a.number - b.number);
  return hits.find((i) => i.state === "open") ?? hits[0] ?? null;
}

export async function runAutoIssue(options: AutoIssueOptions): Promise<AutoIssueResult> {
  const { client, config, ledger, redactor, logger } = options;
  const now = () =>
    (options.clock ?? (() => new Date()))()
      .toISOString()
      .replace(/\.\d+Z$/, "Z");
  const effect = (name: string) => options.afterSideEffect?.(name);
  const repository = `${client.repoRef.owner}/${client.repoRef.repo}`;
  const run = options.run ?? (await client.getWorkflowRun(options.runId));
  const result: AutoIssueResult = { status: "done", issues: [], closed: [] };

  if (config.workflows.length && !config.workflows.includes(run.name)) {
    ledger.append("skipped", { reason: "workflow-not-watched", runId: run.id });
    return {
      ...result,
      status: "skipped",
      reason: `workflow ${run.name} is not in the config's workflows list`,
    };
  }

  if (run.conclusion === "success") {
    if (config.issues.closeOnSuccess) result.closed = await closeResolved({ ...options, run, now });
    return { ...result, status: result.closed.length ? "done" : "skipped", reason: "run succeeded" };
  }
  if (!config.issues.conclusions.includes(run.conclusion as never)) {
    ledger.append("skipped", { reason: "conclusion-not-watched", conclusion: run.conclusion, runId: run.id });
    return { ...result, status: "skipped", reason: `conclusion ${run.conclusion ?? "none"} is not watched` };
  }

  const fork = run.headRepository !== null && run.headRepository.toLowerCase() !== repository.toLowerCase();
  const jobs = (await client.listRunJobs(run.id)).filter(
    (j) => j.conclusion === "failure" || j.conclusion === "timed_out",
  );
  ledger.append("run.read", { runId: run.id, attempt: run.runAttempt, failedJobs: jobs.length, fork });

  // One entry per fingerprint across the whole run (two jobs can fail the same way).
  const found = new Map<string, { failure: Failure; job: Job; truncated: boolean }>();
  for (const job of jobs) {
    const log = await client.downloadJobLog(job.id);
    let failures: Failure[];
    let truncated = false;
    if (log) {
      const { result: analysis, tail } = await analyzeWithTail(options.analyze, log.chunks);
      truncated = log.truncated();
      failures = analysis.failures.length ? analysis.failures : [fallbackFailure(run, job, tail)];
    } else {
      logger.warning(`log of job ${job.id} is not available (running, expired or deleted)`);
      failures = [fallbackFailure(run, job, "")];
    }
    for (const f of failures) {
      const fp = normalizeFingerprint(f.fingerprint);
      if (!found.has(fp)) found.set(fp, { failure: { ...f, fingerprint: fp }, job, truncated });
    }
  }
  ledger.append("analysis", { runId: run.id, fingerprints: [...found.keys()] });

  // One listing serves every fingerprint of this run (each is a different issue); the
  // lost-response and race checks after a create list again, fresh.
  const listed = found.size ? await client.listIssues({ labels: [BASE_LABEL], state: "all" }) : [];
  let handled = 0;
  for (const [fp, { failure, job, truncated }] of found) {
    if (handled++ >= MAX_ISSUES_PER_RUN) {
      ledger.append("skipped", { reason: "issue-cap-per-run", fingerprint: fp });
      continue;
    }
    const record: RunRecord = {
      runId: run.id,
      attempt: run.runAttempt,
      url: run.htmlUrl,
      jobName: redactor.redact(oneLine(job.name, 100)),
      jobUrl: job.htmlUrl,
      sha: run.headSha,
      at: now(),
    };
    const existing = await findByFingerprint(client, fp, listed);
    const outcome = existing
      ? await updateIssue({
          client,
          existing,
          failure,
          record,
          fork,
          truncated,
          redactor,
          repository,
          ledger,
          effect,
        })
      : await createIssue({
          client,
          config,
          failure,
          record,
          fork,
          truncated,
          redactor,
          repository,
          ledger,
          effect,
          run,
        });
    result.issues.push(outcome);
  }
  return result;
}

interface WriteContext {
  client: GitHubClient;
  failure: Failure;
  record: RunRecord;
  fork: boolean;
  truncated: boolean;
  redactor: Redactor;
  repository: string;
  ledger: Ledger;
  effect: (name: string) => void;
}

async function createIssue(
  ctx: WriteContext & { config: AutodevConfig; run: WorkflowRun },
): Promise<IssueOutcome> {
  const { client, failure, record, redactor } = ctx;
  const state: IssueState = {
    v: 1,
    fingerprint: failure.fingerprint,
    count: 1,
    firstSeen: record.at,
    lastSeen: record.at,
    workflow: redactor.redact(oneLine(ctx.run.name, 100)),
    branch: ctx.run.headBranch ? redactor.redact(oneLine(ctx.run.headBranch, 200)) : null,
    fork: ctx.fork,
    attempts: 0,
    runs: [record],
  };
  const title = redactor.redact(issueTitle(failure, state.workflow));
  const body = renderIssueBody({
    repository: ctx.repository,
    failure,
    state,
    redact: redactor.redact,
    logTruncated: ctx.truncated,
  });
  const labels = labelsFor(failure, ctx.config);
  let issue: Issue;
  try {
    issue = await client.createIssue({ title, body, labels });
  } catch (e) {
    // The create may have happened with its response lost (502 after the write): look before retrying.
    const status = (e as { status?: number }).status;
    if (status === undefined || status < 500) throw e;
    const again = await findByFingerprint(client, failure.fingerprint);
    if (again) {
      ctx.ledger.append("issue.create-recovered", { number: again.number, fingerprint: failure.fingerprint });
      return {
        fingerprint: failure.fingerprint,
        number: again.number,
        action: "created",
        url: again.htmlUrl,
      };
    }
    issue = await client.createIssue({ title, body, labels });
  }
  ctx.ledger.append("issue.created", {
    number: issue.number,
    fingerprint: failure.fingerprint,
    runId: record.runId,
  });
  ctx.effect("issue.created");
  // Two handlers racing on one fingerprint can both create. The oldest issue wins; a newer twin
  // closes itself as a duplicate, so the repository converges to one open issue (STATE-02).
  const original = await findByFingerprint(client, failure.fingerprint);
  if (original && original.number < issue.number) {
    await client.createComment(
      issue.number,
      `Duplicate of #${original.number} (same failure fingerprint); autodev closes this one.`,
    );
    await client.updateIssue(issue.number, { state: "closed" });
    ctx.ledger.append("issue.deduplicated", { closed: issue.number, kept: original.number });
    return {
      fingerprint: failure.fingerprint,
      number: original.number,
      action: "updated",
      url: original.htmlUrl,
    };
  }
  return { fingerprint: failure.fingerprint, number: issue.number, action: "created", url: issue.htmlUrl };
}

async function updateIssue(ctx: WriteContext & { existing: Issue }): Promise<IssueOutcome> {
  const { client, existing, failure, record, redactor } = ctx;
  const previous = readState(existing.body);
  const base: IssueState = previous ?? {
    v: 1,
    fingerprint: failure.fingerprint,
    count: 1,
    firstSeen: record.at,
    lastSeen: record.at,
    workflow: "unknown",
    branch: null,
    fork: ctx.fork,
    attempts: 0,
    runs: [],
  };
  const { state, isNew } = addRun(base, record);
  const reopen = existing.state === "closed" && isNew;
  // The same run and attempt again (a re-delivered event): nothing new to say, open or closed.
  if (!isNew) {
    ctx.ledger.append("issue.unchanged", {
      number: existing.number,
      fingerprint: failure.fingerprint,
      runId: record.runId,
    });
    return {
      fingerprint: failure.fingerprint,
      number: existing.number,
      action: "unchanged",
      url: existing.htmlUrl,
    };
  }
  const body = renderIssueBody({
    repository: ctx.repository,
    failure,
    state,
    redact: redactor.redact,
    logTruncated: ctx.truncated,
  });
  await client.updateIssue(existing.number, { body, ...(reopen ? { state: "open" as const } : {}) });
  ctx.ledger.append(reopen ? "issue.reopened" : "issue.updated", {
    number: existing.number,
    fingerprint: failure.fingerprint,
    count: state.count,
    runId: record.runId,
  });
  ctx.effect(reopen ? "issue.reopened" : "issue.updated");
  if (reopen) {
    await client.createComment(
      existing.number,
      `autodev: this failure came back in [run ${record.runId}](${record.url}) (seen ${state.count} times), so the issue is open again.`,
    );
    ctx.effect("comment.created");
  }
  return {
    fingerprint: failure.fingerprint,
    number: existing.number,
    action: reopen ? "reopened" : "updated",
    url: existing.htmlUrl,
  };
}

/** On a green run, close open autodev issues for the same workflow and branch. */
async function closeResolved(
  options: AutoIssueOptions & { run: WorkflowRun; now: () => string },
): Promise<number[]> {
  const { client, run, ledger, redactor } = options;
  const closed: number[] = [];
  const open = await client.listIssues({ labels: [BASE_LABEL], state: "open" });
  const workflow = redactor.redact(oneLine(run.name, 100));
  const branch = run.headBranch ? redactor.redact(oneLine(run.headBranch, 200)) : null;
  for (const issue of open) {
    const state = readState(issue.body);
    if (!state || state.workflow !== workflow || state.branch !== branch) continue;
    await client.createComment(
      issue.number,
      `autodev: ${codeSpan(workflow)} passed on ${branch ? codeSpan(branch) : "this branch"} in [run ${run.id}](${run.htmlUrl}); closing.`,
    );
    options.afterSideEffect?.("comment.created");
    await client.updateIssue(issue.number, { state: "closed" });
    options.afterSideEffect?.("issue.closed");
    ledger.append("issue.closed", { number: issue.number, runId: run.id });
    closed.push(issue.number);
  }
  return closed;
}
