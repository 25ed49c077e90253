/**
 * `command: open-pr` — the write job: check the heal proposal, push `autodev/fix-<fingerprint>`,
 * open or update the pull request, comment on the issue. Runs no model and no repository code.
 *
 * Inputs:  github-token (required; an app token makes the PR's own CI run), proposal-dir
 *          (default autodev-proposal), issue-number (optional; else found by fingerprint),
 *          workspace (a checkout of the repository; default GITHUB_WORKSPACE), remote-url
 *          (default GITHUB_SERVER_URL/owner/repo.git), audit-path, autodev-enabled
 * Outputs: status (opened | updated | unchanged | skipped | rejected | needs-human | stopped |
 *          config-invalid), reason, branch, commit, pr-number, pr-url, issue-number,
 *          violations (JSON list), auto-merge ("true" only in mode auto for a low-risk patch: the
 *          workflow may then enable auto-merge), risk-reasons (JSON list), audit-path
 */
import { existsSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { runGuarded, setupCommand, type CommandDeps } from "../../github/context.js";
import { createGitRunner } from "../../github/git.js";
import { runOpenPr } from "../../github/open-pr.js";
import { readProposal } from "../../github/proposal.js";
import { ConfigurationError } from "../../util/errors.js";
import type { ActionCommand } from "../types.js";

export function createOpenPrAction(deps: CommandDeps = {}): ActionCommand {
  return {
    name: "open-pr",
    async run(io) {
      const workspace = resolve(io.getInput("workspace") || io.env.GITHUB_WORKSPACE || process.cwd());
      if (!existsSync(resolve(workspace, ".git"))) {
        throw new ConfigurationError(
          `Input workspace: ${workspace} is not a git checkout; run actions/checkout first.`,
        );
      }
      const proposalDir = resolve(workspace, io.getInput("proposal-dir") || "autodev-proposal");
      const issueInput = io.getInput("issue-number").trim();
      if (issueInput && !/^\d{1,10}$/.test(issueInput)) {
        throw new ConfigurationError(
          `Input issue-number must be a number; got ${JSON.stringify(issueInput.slice(0, 40))}.`,
        );
      }
      const proposal = readProposal(proposalDir);
      const ctx = await setupCommand(io, "open-pr", deps);
      if (!ctx) return;
      const remoteInput = io.getInput("remote-url").trim();
      const server = (io.env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
      const remote = remoteInput || `${server}/${ctx.repo.owner}/${ctx.repo.repo}.git`;
      if (!/^https:\/\/[^\s@]+$/.test(remote) && !isAbsolute(remote)) {
        throw new ConfigurationError(
          "Input remote-url must be an https URL without credentials, or an absolute path.",
        );
      }
      const git = createGitRunner({
        cwd: workspace,
        token: remote.startsWith("https://") ? ctx.token : undefined,
        redact: ctx.redactor.redact,
      });
      await runGuarded(ctx, async () => {
        const result = await runOpenPr({
          client: ctx.client,
          config: ctx.config,
          ledger: ctx.ledger,
          redactor: ctx.redactor,
          logger: io.logger,
          proposal,
          git,
          remote,
          defaultBranch: ctx.defaultBranch,
          issueNumber: issueInput ? Number(issueInput) : undefined,
          guard: ctx.guard,
          clock: deps.clock,
          afterSideEffect: deps.afterSideEffect,
        });
        io.setOutput("status", result.status);
        io.setOutput("reason", ctx.redactor.redact(result.reason ?? ""));
        io.setOutput("branch", result.branch ?? "");
        io.setOutput("commit", result.commit ?? "");
        io.setOutput("pr-number", result.pr ? String(result.pr.number) : "");
        io.setOutput("pr-url", result.pr?.url ?? "");
        io.setOutput("issue-number", result.issue ? String(result.issue) : "");
        io.setOutput("violations", JSON.stringify(result.violations ?? []));
        io.setOutput("auto-merge", result.autoMerge && result.pr ? "true" : "false");
        io.setOutput("risk-reasons", JSON.stringify(result.riskReasons ?? []));
        if (result.status === "rejected") {
          io.annotate(
            "warning",
            `autodev refused the proposed patch: ${(result.violations ?? []).join(", ")}`,
            { title: "autodev" },
          );
        }
      });
    },
  };
}

export const openPrAction = createOpenPrAction();
