/** Drives the action commands in-process, the way the reusable workflows chain them. */
import { join } from "node:path";
import { createAutoIssueAction } from "../../src/action/commands/auto-issue.js";
import { createCommandAction } from "../../src/action/commands/command.js";
import { createOpenPrAction } from "../../src/action/commands/open-pr.js";
import type { CommandDeps } from "../../src/github/context.js";
import { recordingIO, type RecordingIO } from "../support/action-io.js";
import { CANARY_TOKEN } from "../support/canary.js";
import { webhookExample, writeEvent, type World } from "../support/world.js";

export const FAST: CommandDeps = {
  clientOptions: { retryAfterUnitMs: 5, writeSpacingMs: 1, requestTimeoutMs: 5000 },
};

export function auditPath(w: World): string {
  return join(w.root, "audit", "audit.jsonl");
}

export async function runAutoIssue(
  w: World,
  options: {
    attempt?: number;
    conclusion?: string;
    deps?: CommandDeps;
    inputs?: Record<string, string>;
    /** `owner/repo` of a fork the run's commit came from. */
    fork?: string;
    headBranch?: string;
    name?: string;
  } = {},
): Promise<RecordingIO> {
  const payload = await webhookExample("workflow_run", (e) => e.action === "completed");
  const run = payload.workflow_run;
  Object.assign(run, {
    id: w.runId,
    name: options.name ?? "CI",
    conclusion: options.conclusion ?? "failure",
    head_sha: w.baseSha,
    head_branch: options.headBranch ?? "main",
    run_attempt: options.attempt ?? 1,
    html_url: `https://github.com/${w.fake.fullName}/actions/runs/${w.runId}`,
  });
  run.head_repository = { ...run.head_repository, full_name: options.fork ?? w.fake.fullName };
  payload.repository = { ...payload.repository, full_name: w.fake.fullName };
  const io = recordingIO(
    { command: "auto-issue", "github-token": CANARY_TOKEN, "audit-path": auditPath(w), ...options.inputs },
    w.env({
      GITHUB_EVENT_NAME: "workflow_run",
      GITHUB_EVENT_PATH: writeEvent(w.root, "workflow_run", payload),
    }),
  );
  await createAutoIssueAction({ ...FAST, ...options.deps }).run(io);
  return io;
}

export async function runComment(
  w: World,
  options: {
    login: string;
    body?: string;
    issue: number;
    action?: string;
    type?: string;
    association?: string;
    deps?: CommandDeps;
  },
): Promise<RecordingIO> {
  const payload = await webhookExample("issue_comment", (e) => e.action === (options.action ?? "created"));
  payload.comment.body = options.body ?? "/auto-fix";
  payload.comment.user = {
    ...payload.comment.user,
    login: options.login,
    id: 4242,
    type: options.type ?? "User",
  };
  payload.issue.number = options.issue;
  // What the payload claims about the author; the permission API decides regardless.
  payload.comment.author_association = options.association ?? "OWNER";
  delete payload.issue.pull_request;
  payload.repository = { ...payload.repository, full_name: w.fake.fullName };
  const io = recordingIO(
    { command: "command", "github-token": CANARY_TOKEN, "audit-path": auditPath(w) },
    w.env({
      GITHUB_EVENT_NAME: "issue_comment",
      GITHUB_EVENT_PATH: writeEvent(w.root, "issue_comment", payload),
    }),
  );
  await createCommandAction({ ...FAST, ...options.deps }).run(io);
  return io;
}

export async function runHeal(w: World, runId: string): Promise<RecordingIO> {
  const io = recordingIO(
    {
      command: "heal",
      "run-id": runId,
      "github-token": CANARY_TOKEN,
      "proposal-dir": join(w.root, "proposal"),
      strategies: "format",
    },
    w.env(),
  );
  // Loaded on first use: the healer pulls in the LLM client, which files that never heal skip.
  const { healAction } = await import("../../src/action/commands/heal.js");
  await healAction.run(io);
  return io;
}

export async function runOpenPr(
  w: World,
  options: { issue?: string; deps?: CommandDeps; proposalDir?: string } = {},
): Promise<RecordingIO> {
  const io = recordingIO(
    {
      command: "open-pr",
      "github-token": CANARY_TOKEN,
      "proposal-dir": options.proposalDir ?? join(w.root, "proposal"),
      "issue-number": options.issue ?? "",
      "remote-url": w.remote,
      "audit-path": auditPath(w),
    },
    w.env(),
  );
  await createOpenPrAction({ ...FAST, ...options.deps }).run(io);
  return io;
}
