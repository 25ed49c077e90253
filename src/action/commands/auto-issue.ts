/**
 * `command: auto-issue` — a failed workflow run becomes one issue per failure fingerprint.
 *
 * Inputs:  github-token (required), run-id (optional; else the workflow_run event), audit-path,
 *          autodev-enabled (pass `${{ vars.AUTODEV_ENABLED }}`)
 * Outputs: status (done | skipped | stopped | config-invalid), reason, issues (JSON
 *          [{fingerprint, number, action, url}]), issue-numbers (comma-separated), closed (JSON
 *          [numbers]), audit-path
 */
import { readFileSync } from "node:fs";
import { analyzeStream } from "../../analysis/index.js";
import { runAutoIssue } from "../../github/auto-issue.js";
import type { WorkflowRun } from "../../github/client.js";
import { runGuarded, setupCommand, type CommandDeps } from "../../github/context.js";
import { ConfigurationError } from "../../util/errors.js";
import type { ActionCommand, ActionIO } from "../types.js";

interface RunPayload {
  id: number;
  name?: string | null;
  head_sha: string;
  head_branch?: string | null;
  conclusion?: string | null;
  status?: string | null;
  html_url: string;
  run_attempt?: number;
  event?: string;
  head_repository?: { full_name?: string } | null;
}

/** The run from a workflow_run event payload, when this job was triggered by one. */
export function runFromEvent(io: ActionIO): WorkflowRun | null {
  if (io.env.GITHUB_EVENT_NAME !== "workflow_run" || !io.env.GITHUB_EVENT_PATH) return null;
  const payload = JSON.parse(readFileSync(io.env.GITHUB_EVENT_PATH, "utf8")) as { workflow_run?: RunPayload };
  const r = payload.workflow_run;
  if (!r || !Number.isSafeInteger(r.id)) return null;
  return {
    id: r.id,
    name: r.name ?? "",
    headSha: r.head_sha,
    headBranch: r.head_branch ?? null,
    conclusion: r.conclusion ?? null,
    status: r.status ?? null,
    htmlUrl: r.html_url,
    runAttempt: r.run_attempt ?? 1,
    event: r.event ?? "",
    headRepository: r.head_repository?.full_name ?? null,
  };
}

export function createAutoIssueAction(deps: CommandDeps = {}): ActionCommand {
  return {
    name: "auto-issue",
    async run(io) {
      const runIdInput = io.getInput("run-id").trim();
      if (runIdInput && !/^\d{1,20}$/.test(runIdInput)) {
        throw new ConfigurationError(
          `Input run-id must be a workflow run id (digits); got ${JSON.stringify(runIdInput.slice(0, 40))}.`,
        );
      }
      const eventRun = runFromEvent(io);
      const runId = runIdInput ? Number(runIdInput) : eventRun?.id;
      if (!runId) {
        throw new ConfigurationError(
          "auto-issue needs a run: set input run-id, or trigger it from a workflow_run event.",
        );
      }
      const ctx = await setupCommand(io, "auto-issue", deps);
      if (!ctx) return;
      await runGuarded(ctx, async () => {
        const result = await runAutoIssue({
          client: ctx.client,
          config: ctx.config,
          ledger: ctx.ledger,
          redactor: ctx.redactor,
          logger: io.logger,
          analyze: (chunks) => analyzeStream(chunks),
          runId,
          // The event's copy is used only for its own run; a run-id input is always re-read.
          run: eventRun && eventRun.id === runId ? eventRun : undefined,
          clock: deps.clock,
          afterSideEffect: deps.afterSideEffect,
        });
        io.setOutput("status", result.status);
        io.setOutput("reason", ctx.redactor.redact(result.reason ?? ""));
        io.setOutput("issues", JSON.stringify(result.issues));
        io.setOutput("issue-numbers", result.issues.map((i) => i.number).join(","));
        io.setOutput("closed", JSON.stringify(result.closed));
        for (const i of result.issues)
          io.logger.info(`autodev: issue #${i.number} ${i.action} for ${i.fingerprint}`);
      });
    },
  };
}

export const autoIssueAction = createAutoIssueAction();
