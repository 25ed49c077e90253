/**
 * open-pr: the write step. It takes the heal job's proposal, checks the patch with the policy
 * gate, builds the commit in a throwaway worktree, pushes `autodev/fix-<fingerprint>`, opens or
 * updates the pull request and comments on the issue.
 *
 * Safe to repeat after a crash at any point, because every step first looks at GitHub (and the
 * remote) for what it would create: the commit is deterministic (fixed identity, base commit's
 * date), so a re-run rebuilds the same SHA and finds it already pushed; the PR is found by head
 * branch; labels, attempt count and the issue comment carry markers. A branch holding a commit
 * autodev did not make is never force-pushed over: the run stops and asks for a person.
 */
import type { AutodevConfig } from "../policy/config.js";
import { checkPatch } from "../policy/patch.js";
import { decidePullRequest, modeEffects } from "../policy/modes.js";
import { classifyRisk } from "../policy/risk.js";
import type { Ledger } from "../audit/ledger.js";
import type { Logger } from "../util/logger.js";
import type { Redactor } from "../util/redact.js";
import type { GitHubClient, Issue, PullRequest } from "./client.js";
import { BASE_LABEL } from "./auto-issue.js";
import { buildCommit, onlyAutodevCommits } from "./fix-commit.js";
import { fixBranch, type GitRunner } from "./git.js";
import { readFingerprint, readState, type IssueState } from "./issue-body.js";
import { capBody, codeSpan, neutralizeMarkdown, oneLine } from "./markdown.js";
import { PUBLISHABLE_OUTCOMES, type Proposal } from "./proposal.js";

const LOW_RISK_LABEL = "autodev:low-risk";

export interface OpenPrOptions {
  client: GitHubClient;
  config: AutodevConfig;
  ledger: Ledger;
  redactor: Redactor;
  logger: Logger;
  proposal: Proposal;
  /** A clone of the repository (the job's checkout); commits are built in a separate worktree. */
  git: GitRunner;
  /** Where to push: the repository's https URL in a workflow, a bare repo path in tests. */
  remote: string;
  defaultBranch: string;
  issueNumber?: number;
  /** Re-reads the kill switch through the API; throws KillSwitchError. Called before the push. */
  guard: (what: string) => Promise<void>;
  clock?: () => Date;
  afterSideEffect?: (name: string) => void;
}

export type OpenPrStatus = "opened" | "updated" | "unchanged" | "skipped" | "rejected" | "needs-human";

export interface OpenPrResult {
  status: OpenPrStatus;
  reason?: string;
  branch?: string;
  commit?: string;
  pr?: { number: number; url: string; draft: boolean };
  issue?: number;
  violations?: string[];
  /** Mode `auto` and the patch is low risk by the deterministic classifier: the workflow may enable auto-merge. */
  autoMerge?: boolean;
  riskReasons?: string[];
}

function marker(kind: string, value: string): string {
  return `<!-- autodev:${kind}=${value} -->`;
}

/** Posts a comment unless one with the same marker is already on the issue. */
async function commentOnce(
  client: GitHubClient,
  issue: number,
  mark: string,
  body: string,
): Promise<boolean> {
  const comments = await client.listComments(issue);
  if (comments.some((c) => c.body.includes(mark))) return false;
  await client.createComment(issue, `${mark}\n${body}`);
  return true;
}

function utcDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export async function runOpenPr(o: OpenPrOptions): Promise<OpenPrResult> {
  const { client, config, ledger, proposal, git } = o;
  const effect = (name: string) => o.afterSideEffect?.(name);
  const repository = `${client.repoRef.owner}/${client.repoRef.repo}`;
  const now = (o.clock ?? (() => new Date()))();

  // --- which issue this fixes, and whether it may be fixed at all
  let issue: Issue | null;
  if (o.issueNumber) issue = await client.getIssue(o.issueNumber);
  else {
    const all = await client.listIssues({ labels: [BASE_LABEL], state: "all" });
    issue =
      all
        .filter((i) => readFingerprint(i.body) === proposal.fingerprint)
        .sort((a, b) => a.number - b.number)[0] ?? null;
  }
  const state: IssueState | null = issue ? readState(issue.body) : null;
  const fingerprint = (issue && readFingerprint(issue.body)) || proposal.fingerprint;
  // No id at all only happens for an unpublishable outcome, which stops below before any branch.
  const branch = fingerprint ? fixBranch(fingerprint) : undefined;
  const base12 = proposal.baseSha.slice(0, 12);
  const result: OpenPrResult = { status: "skipped", branch, issue: issue?.number };
  ledger.append("open-pr.start", {
    fingerprint,
    issue: issue?.number ?? null,
    baseSha: proposal.baseSha,
    outcome: proposal.outcome,
  });

  if (state?.fork) {
    ledger.append("skipped", { reason: "fork", issue: issue?.number });
    return { ...result, reason: "the failure came from a fork; autodev only reports it" };
  }
  if (!PUBLISHABLE_OUTCOMES.has(proposal.outcome)) {
    ledger.append("skipped", { reason: `outcome-${proposal.outcome}` });
    if (issue) {
      await o.guard("comment");
      if (
        await commentOnce(
          client,
          issue.number,
          marker("outcome", `${fingerprint}:${base12}`),
          `autodev tried to fix this on ${codeSpan(base12)} but the outcome was ${codeSpan(proposal.outcome)}; no pull request was opened. See the heal job's report artifact.`,
        )
      )
        effect("comment.created");
    }
    return { ...result, reason: `heal outcome is ${proposal.outcome}` };
  }
  if (!branch) return { ...result, reason: "the proposal names no failure fingerprint" };

  // --- the deterministic gate
  const check = checkPatch({
    patch: proposal.patch,
    limits: config.limits,
    protectedPaths: config.protectedPaths,
    declaredFiles: proposal.files,
    scanSecrets: o.redactor.scan,
  });
  if (!check.ok) {
    const reasons = check.violations.map((v) => `${v.code}${v.path ? ` ${v.path}` : ""}`);
    ledger.append("patch.rejected", { violations: reasons.slice(0, 20) });
    if (issue) {
      await o.guard("comment");
      const lines = check.violations
        .slice(0, 15)
        .map((v) => `- ${codeSpan(v.code)}: ${codeSpan(o.redactor.redact(v.message), 200)}`);
      if (
        await commentOnce(
          client,
          issue.number,
          marker("rejected", `${fingerprint}:${base12}`),
          `autodev refused its own proposed fix for this failure; nothing was pushed.\n\n${lines.join("\n")}`,
        )
      )
        effect("comment.created");
    }
    return { ...result, status: "rejected", reason: "patch refused by policy", violations: reasons };
  }

  // --- caps and mode, from GitHub's state (not from anything local)
  const ls = await git.run(["ls-remote", "--heads", "--", o.remote, `refs/heads/${branch}`]);
  const remoteTip = ls.stdout.split(/\s+/)[0] || null;
  const mine = await client.listPulls({ head: `${client.repoRef.owner}:${branch}`, state: "all" });
  const openPr = mine.find((p) => p.state === "open") ?? null;
  const today = await client.listPulls({ state: "all", createdSince: `${utcDay(now)}T00:00:00Z` });
  const prsToday = today.filter((p) => p.headRef.startsWith("autodev/fix-")).length;
  const resuming = Boolean(remoteTip || openPr);
  const decision = decidePullRequest({
    mode: config.mode,
    limits: config.limits,
    prsOpenedToday: prsToday,
    attempts: state?.attempts ?? 0,
    resuming,
  });
  if (!decision.allowed) {
    ledger.append("skipped", { reason: decision.reason });
    if (decision.reason === "attempt-cap" && issue) {
      await o.guard("comment");
      if (
        await commentOnce(
          client,
          issue.number,
          marker("attempt-cap", fingerprint),
          `autodev stopped: ${decision.message}. A person needs to look at this one.`,
        )
      )
        effect("comment.created");
    }
    return { ...result, reason: decision.message };
  }
  if (!openPr && mine.some((p) => p.state === "closed")) {
    ledger.append("skipped", { reason: "pr-closed-by-human", branch });
    return {
      ...result,
      status: "needs-human",
      reason: `a pull request from ${branch} was closed; autodev does not reopen it`,
    };
  }

  // --- low risk decides auto-merge in `auto` mode; nothing the proposal claims about itself counts
  const risk = classifyRisk({ check, patch: proposal.patch });
  const autoMerge = modeEffects(config.mode).autoMerge && risk.low;
  result.autoMerge = autoMerge;
  result.riskReasons = risk.reasons;
  ledger.append("risk", { low: risk.low, reasons: risk.reasons.slice(0, 10), autoMerge });

  // --- the commit, rebuilt identically on every run
  const commit = await buildCommit({ git: o.git, remote: o.remote, proposal: o.proposal, fingerprint });
  if ("error" in commit) {
    ledger.append("patch.rejected", { violations: ["does-not-apply"] });
    return { ...result, status: "rejected", reason: commit.error, violations: ["does-not-apply"] };
  }

  // --- the daily cap, made exact under concurrency: each new PR first claims a numbered slot ref
  // for the day; creating an existing ref fails (422), so two runs can never take the same slot.
  if (!resuming) {
    const day = utcDay(now);
    let slot: number | null = null;
    for (let k = prsToday; k < config.limits.dailyPrs && slot === null; k++) {
      if (await client.createRef(`refs/autodev/claims/${day}/${k}`, proposal.baseSha)) slot = k;
    }
    if (slot === null) {
      ledger.append("skipped", { reason: "daily-cap", day });
      return {
        ...result,
        reason: `daily cap reached: all ${config.limits.dailyPrs} pull request slots for ${day} (UTC) are taken`,
      };
    }
    ledger.append("budget.claimed", { day, slot });
    effect("budget.claimed");
  }
  result.commit = commit.sha;

  // --- the push: create, resume, or replace only autodev's own commits
  let newAttempt = false;
  if (remoteTip === commit.sha) {
    ledger.append("branch.exists", { branch, commit: commit.sha });
  } else if (!remoteTip) {
    await o.guard("push");
    const push = await git.run(
      ["push", "--porcelain", "--", o.remote, `${commit.sha}:refs/heads/${branch}`],
      { allowFail: true },
    );
    if (push.code !== 0) {
      const again = (
        await git.run(["ls-remote", "--heads", "--", o.remote, `refs/heads/${branch}`])
      ).stdout.split(/\s+/)[0];
      if (again !== commit.sha)
        return needsHuman(o, result, issue, fingerprint, "the branch appeared while pushing");
    }
    ledger.append("branch.pushed", { branch, commit: commit.sha });
    effect("branch.pushed");
    newAttempt = true;
  } else {
    const owned = await onlyAutodevCommits(git, o.remote, branch, remoteTip, proposal.baseSha);
    if (!owned)
      return needsHuman(o, result, issue, fingerprint, `${branch} has commits autodev did not make`);
    await o.guard("push");
    await git.run([
      "push",
      "--porcelain",
      `--force-with-lease=refs/heads/${branch}:${remoteTip}`,
      "--",
      o.remote,
      `${commit.sha}:refs/heads/${branch}`,
    ]);
    ledger.append("branch.updated", { branch, from: remoteTip, commit: commit.sha });
    effect("branch.pushed");
    newAttempt = true;
  }

  // --- the pull request
  const body = renderPrBody(o, issue, fingerprint, repository, risk);
  const title = o.redactor.redact(
    oneLine(
      `autodev: fix ${issue ? issue.title.replace(/^\[autodev\]\s*/, "") : `failure ${fingerprint.slice(0, 12)}`}`,
      240,
    ),
  );
  let pr: PullRequest;
  let status: OpenPrStatus;
  if (openPr) {
    pr = openPr;
    // A new commit on the branch updates the PR even when its description stays the same.
    status = newAttempt ? "updated" : "unchanged";
    if (openPr.body !== body) {
      await client.updatePull(openPr.number, { body });
      ledger.append("pr.updated", { number: openPr.number });
      effect("pr.updated");
      status = "updated";
    }
  } else {
    try {
      pr = await client.createPull({
        title,
        body,
        head: branch,
        base: o.defaultBranch,
        draft: decision.draft,
      });
    } catch (e) {
      const status422 = (e as { status?: number }).status === 422;
      const found = status422
        ? (await client.listPulls({ head: `${client.repoRef.owner}:${branch}`, state: "open" }))[0]
        : undefined;
      if (!found) throw e;
      pr = found;
    }
    ledger.append("pr.created", { number: pr.number, draft: pr.draft, branch });
    effect("pr.created");
    status = "opened";
  }
  const labels = [...new Set([BASE_LABEL, ...config.labels, ...(autoMerge ? [LOW_RISK_LABEL] : [])])];
  // A newer patch that is no longer low risk must lose the label that let it merge by itself.
  const stale = !autoMerge && pr.labels.includes(LOW_RISK_LABEL);
  if (stale || !labels.every((l) => pr.labels.includes(l))) {
    const next = [...new Set([...pr.labels, ...labels])].filter((l) => autoMerge || l !== LOW_RISK_LABEL);
    await client.updateIssue(pr.number, { labels: next });
    ledger.append("pr.labeled", { number: pr.number });
    effect("pr.labeled");
  }

  // --- the issue: count the attempt once, then say where the fix is
  if (issue) {
    if (state && newAttempt && (state as IssueState & { lastAttempt?: string }).lastAttempt !== commit.sha) {
      const next = { ...state, attempts: state.attempts + 1, lastAttempt: commit.sha };
      const encoded = Buffer.from(JSON.stringify(next)).toString("base64");
      const fresh = await client.getIssue(issue.number);
      await client.updateIssue(issue.number, {
        body: fresh.body.replace(
          /<!-- autodev:state=[A-Za-z0-9+/=]+ -->/,
          `<!-- autodev:state=${encoded} -->`,
        ),
      });
      ledger.append("issue.attempt", { number: issue.number, attempts: next.attempts });
      effect("issue.updated");
    }
    if (
      await commentOnce(
        client,
        issue.number,
        marker("pr", String(pr.number)),
        `autodev proposed a fix in #${pr.number}${pr.draft ? " (draft: a maintainer marks it ready)" : ""}. Review the diff before merging.`,
      )
    ) {
      ledger.append("comment.created", { issue: issue.number, pr: pr.number });
      effect("comment.created");
    }
  }
  return { ...result, status, pr: { number: pr.number, url: pr.htmlUrl, draft: pr.draft } };
}

async function needsHuman(
  o: OpenPrOptions,
  result: OpenPrResult,
  issue: Issue | null,
  fingerprint: string,
  why: string,
): Promise<OpenPrResult> {
  o.ledger.append("needs-human", { reason: why, branch: result.branch });
  if (issue) {
    await o.guard("comment");
    if (
      await commentOnce(
        o.client,
        issue.number,
        marker("needs-human", `${fingerprint}:${o.proposal.baseSha.slice(0, 12)}`),
        `autodev did not push: ${codeSpan(why)}. It never overwrites commits it did not make.`,
      )
    )
      o.afterSideEffect?.("comment.created");
  }
  return { ...result, status: "needs-human", reason: why };
}

function renderPrBody(
  o: OpenPrOptions,
  issue: Issue | null,
  fingerprint: string,
  repository: string,
  risk: { low: boolean; reasons: string[] },
): string {
  const report = o.proposal.report.trim()
    ? neutralizeMarkdown(o.proposal.report, { repository })
    : `autodev changed ${o.proposal.files.map((f) => codeSpan(f)).join(", ")}.`;
  const head = [
    marker("pr-fingerprint", fingerprint),
    issue ? `Fixes #${issue.number}.` : "",
    `Mode ${codeSpan(o.config.mode)}; base ${codeSpan(o.proposal.baseSha.slice(0, 12))}; the patch passed autodev's path, size and secret checks.`,
    risk.low
      ? "Risk: low by autodev's deterministic classifier (small edits to existing files, no dependency changes, no silenced checks)."
      : `Risk: needs review (${risk.reasons.map((r) => codeSpan(r, 120)).join(", ")}).`,
    "",
  ];
  return capBody(o.redactor.redact([...head, report].join("\n")));
}
