/**
 * `command: command` — reads an issue_comment event and decides whether to start a fix.
 *
 * Inputs:  github-token (required), audit-path, autodev-enabled (pass `${{ vars.AUTODEV_ENABLED }}`)
 * Outputs: run ("true" | "false"), reason, command (auto-fix | parallel-dev | ''), issue-number,
 *          fingerprint, run-id (the failed run to heal), head-sha (its commit), status, audit-path
 */
import { readFileSync } from "node:fs";
import { runCommand, type CommandDecision, type CommentEvent } from "../../github/command.js";
import { runGuarded, setupCommand, type CommandDeps } from "../../github/context.js";
import type { ActionCommand, ActionIO } from "../types.js";

function setDecisionOutputs(io: ActionIO, d: CommandDecision) {
  io.setOutput("run", d.run ? "true" : "false");
  io.setOutput("reason", d.reason);
  io.setOutput("command", d.command ?? "");
  io.setOutput("issue-number", d.issueNumber ? String(d.issueNumber) : "");
  io.setOutput("fingerprint", d.fingerprint ?? "");
  io.setOutput("run-id", d.runId ? String(d.runId) : "");
  io.setOutput("head-sha", d.headSha ?? "");
}

export function createCommandAction(deps: CommandDeps = {}): ActionCommand {
  return {
    name: "command",
    async run(io) {
      const eventName = io.env.GITHUB_EVENT_NAME ?? "";
      if (eventName !== "issue_comment" || !io.env.GITHUB_EVENT_PATH) {
        setDecisionOutputs(io, {
          run: false,
          reason: `ignored: event ${eventName || "unknown"} is not issue_comment`,
        });
        return;
      }
      const event = JSON.parse(readFileSync(io.env.GITHUB_EVENT_PATH, "utf8")) as CommentEvent;
      // Cheap checks before any API call: most comments are conversation, not commands.
      if (event.action !== "created" || !/^\s*\/(auto-fix|parallel-dev)\b/.test(event.comment?.body ?? "")) {
        setDecisionOutputs(io, {
          run: false,
          reason: event.action !== "created" ? `ignored: comment was ${event.action}` : "ignored: no command",
        });
        return;
      }
      // A stop at any later point (kill switch, error) must leave "do not run" behind.
      io.setOutput("run", "false");
      const ctx = await setupCommand(io, "command", deps);
      if (!ctx) return;
      await runGuarded(ctx, async () => {
        const decision = await runCommand({
          client: ctx.client,
          config: ctx.config,
          ledger: ctx.ledger,
          event,
          afterSideEffect: deps.afterSideEffect,
        });
        setDecisionOutputs(io, decision);
        io.setOutput("status", decision.run ? "accepted" : "declined");
      });
    },
  };
}

export const commandAction = createCommandAction();
