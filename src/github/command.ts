/**
 * Comment commands. Only a newly `created` comment counts (an old comment edited into `/auto-fix`
 * does not), and only from someone the collaborator-permission API says has write or admin: the
 * payload's author_association under-reports private org members and says nothing reliable about
 * bots. A `[bot]` login never grants anything; bots need their numeric id in the config.
 */
import type { AutodevConfig } from "../policy/config.js";
import type { Ledger } from "../audit/ledger.js";
import type { GitHubClient } from "./client.js";
import { readFingerprint, readState } from "./issue-body.js";
import { codeSpan } from "./markdown.js";

export type ParsedCommand = { name: "auto-fix" } | { name: "parallel-dev"; args: string } | null;

/** The command on the comment's first non-empty line; anything else is ordinary conversation. */
export function parseCommand(body: string): ParsedCommand {
  const first =
    body
      .split(/\r?\n/)
      .find((l) => l.trim())
      ?.trim() ?? "";
  if (/^\/auto-fix\s*$/.test(first)) return { name: "auto-fix" };
  const pd = first.match(/^\/parallel-dev(?:\s+(.*))?$/);
  if (pd) return { name: "parallel-dev", args: (pd[1] ?? "").slice(0, 500) };
  return null;
}

export interface CommentEvent {
  action: string;
  comment: { id: number; body: string; user: { login: string; id: number; type?: string } };
  issue: { number: number; pull_request?: unknown };
}

export interface CommandDecision {
  run: boolean;
  reason: string;
  command?: string;
  issueNumber?: number;
  fingerprint?: string;
  runId?: number;
  headSha?: string;
}

export interface CommandOptions {
  client: GitHubClient;
  config: AutodevConfig;
  ledger: Ledger;
  event: CommentEvent;
  afterSideEffect?: (name: string) => void;
}

const WRITERS = new Set(["admin", "write"]);

/** Reads the event and decides; reacts and replies only to authorised commenters. */
export async function runCommand(o: CommandOptions): Promise<CommandDecision> {
  const { event, client, ledger } = o;
  const effect = (n: string) => o.afterSideEffect?.(n);
  if (event.action !== "created") {
    ledger.append("ignored", { reason: "action", action: event.action });
    return { run: false, reason: `ignored: comment was ${event.action}, only created comments count` };
  }
  const parsed = parseCommand(event.comment.body ?? "");
  if (!parsed) return { run: false, reason: "ignored: no command" };

  const user = event.comment.user;
  const isBot = user.type === "Bot" || /\[bot\]$/i.test(user.login);
  if (isBot && !o.config.commands.allowedBotIds.includes(user.id)) {
    ledger.append("denied", { reason: "bot", userId: user.id });
    return { run: false, reason: "denied: bots need their numeric id in commands.allowed_bot_ids" };
  }
  const permission = await client.getPermission(user.login);
  if (!WRITERS.has(permission.permission)) {
    ledger.append("denied", { reason: "permission", permission: permission.permission, userId: user.id });
    return { run: false, reason: `denied: ${permission.permission} permission; write or admin is required` };
  }
  ledger.append("authorized", { command: parsed.name, userId: user.id, permission: permission.permission });

  if (parsed.name === "parallel-dev") {
    await client.reactToComment(event.comment.id, "confused");
    effect("reaction");
    await client.createComment(
      event.issue.number,
      `Thanks! ${codeSpan("/parallel-dev")} is not supported yet; autodev understands ${codeSpan("/auto-fix")} on its own issues for now.`,
    );
    effect("comment.created");
    return { run: false, reason: "parallel-dev is not supported yet", command: "parallel-dev" };
  }

  if (event.issue.pull_request) {
    await client.createComment(
      event.issue.number,
      `${codeSpan("/auto-fix")} works on autodev issues, not on pull requests (yet).`,
    );
    effect("comment.created");
    return { run: false, reason: "auto-fix on pull requests is not supported", command: "auto-fix" };
  }
  if (o.config.mode === "observe") {
    await client.createComment(
      event.issue.number,
      `autodev is in ${codeSpan("observe")} mode: it opens issues but no pull requests.`,
    );
    effect("comment.created");
    return { run: false, reason: "mode is observe", command: "auto-fix" };
  }
  // The issue's body is re-read from the API: the event payload could be stale.
  const issue = await client.getIssue(event.issue.number);
  const fingerprint = readFingerprint(issue.body);
  const state = readState(issue.body);
  const last = state?.runs[state.runs.length - 1];
  if (!fingerprint || !state || !last) {
    await client.createComment(
      event.issue.number,
      `${codeSpan("/auto-fix")} needs an issue autodev opened for a failed run; this one has no autodev failure record.`,
    );
    effect("comment.created");
    return { run: false, reason: "not an autodev issue", command: "auto-fix" };
  }
  if (state.fork) {
    await client.createComment(
      event.issue.number,
      "This failure came from a fork; autodev reports it but does not fix fork code.",
    );
    effect("comment.created");
    return { run: false, reason: "fork", command: "auto-fix" };
  }
  await client.reactToComment(event.comment.id, "eyes");
  effect("reaction");
  ledger.append("command.accepted", { issue: issue.number, fingerprint, runId: last.runId });
  return {
    run: true,
    reason: "accepted",
    command: "auto-fix",
    issueNumber: issue.number,
    fingerprint,
    runId: last.runId,
    headSha: last.sha,
  };
}
