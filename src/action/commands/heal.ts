import { isAbsolute, relative, resolve } from "node:path";
import { analyzeFile } from "../../analysis/analyze.js";
import type { Failure } from "../../analysis/types.js";
import { createOctokitClient } from "../../github/octokit.js";
import { parseFindings, parseStrategies } from "../../healing/findings.js";
import { healFromCi } from "../../healing/flow.js";
import { openAIProposer } from "../../healing/llm/openai-proposer.js";
import { renderReport, writeProposal } from "../../healing/proposal.js";
import { failuresOfRun } from "../../healing/run-failures.js";
import { DEFAULT_CONFIG, type AutodevConfig } from "../../policy/config.js";
import { loadConfig } from "../../policy/load.js";
import { ConfigurationError } from "../../util/errors.js";
import { createRedactor, secretsFromEnv } from "../../util/redact.js";
import type { ActionCommand, ActionIO } from "../types.js";

/**
 * Heal's own budget, under the reusable workflow's 30-minute job default, so the proposal and
 * report are written even when verification is slow.
 */
const HEAL_BUDGET_MS = 20 * 60_000;

/** Used when an LLM key is configured but no model is named. */
export const DEFAULT_LLM_MODEL = "gpt-4.1-mini";

function repoFromEnv(io: ActionIO): { owner: string; repo: string } | null {
  const [owner, repo] = (io.env.GITHUB_REPOSITORY ?? "").split("/");
  return owner && repo ? { owner, repo } : null;
}

/**
 * `command: heal`. Runs in the read-only "think" job: it changes the checkout, proves the change
 * and writes a proposal directory for the write job (`open-pr`) to check again and publish. It
 * may hold the LLM key (env AUTODEV_LLM_API_KEY) but never a write token, and every command it
 * runs gets an environment with the key and tokens removed.
 */
export const healAction: ActionCommand = {
  name: "heal",
  async run(io) {
    const workspace = io.env.GITHUB_WORKSPACE ?? process.cwd();
    const inWorkspace = (input: string, value: string) => {
      const full = resolve(workspace, value);
      const rel = relative(workspace, full);
      if (rel.startsWith("..") || isAbsolute(rel))
        throw new ConfigurationError(`Input ${input}: ${value} is outside the workspace ${workspace}.`);
      return full;
    };
    const apiKey = io.env.AUTODEV_LLM_API_KEY ?? "";
    if (apiKey) io.setSecret(apiKey);
    const token = io.getInput("github-token");
    const repo = repoFromEnv(io);
    const client =
      token && repo
        ? createOctokitClient({ token, repo, logger: io.logger, baseUrl: io.env.GITHUB_API_URL })
        : null;

    const repoDir = inWorkspace("working-directory", io.getInput("working-directory") || ".");
    // The issue calls this input `command`, but the action's `command` input already picks the
    // sub-command (`heal`), so the failing CI command is `verify-command` (alias `ci-command`).
    const verifyInput = io.getInput("verify-command");
    const ciInput = io.getInput("ci-command");
    if (verifyInput && ciInput && verifyInput !== ciInput)
      throw new ConfigurationError(
        "Inputs verify-command and ci-command are the same input; set one of them.",
      );
    const command = verifyInput || ciInput || undefined;
    let failures: Failure[] | undefined;
    const findings = io.getInput("findings");
    const logPath = io.getInput("log-path");
    const runId = io.getInput("run-id");
    if (findings) failures = parseFindings(findings, "Input findings");
    else if (logPath) failures = (await analyzeFile(inWorkspace("log-path", logPath))).failures;
    else if (runId) {
      if (!/^\d{1,20}$/.test(runId))
        throw new ConfigurationError(`Input run-id must be a number; got "${runId}".`);
      if (!client)
        throw new ConfigurationError(
          "Input run-id needs github-token and GITHUB_REPOSITORY to read the run's logs.",
        );
      failures = await failuresOfRun({ client, runId: Number(runId), logger: io.logger });
    } else if (!command) {
      throw new ConfigurationError(
        "Command 'heal' needs one of the inputs findings, log-path or run-id, or verify-command (the failing CI command) to run and analyze.",
      );
    }

    // Policy comes from the default branch through the API, never from the checkout being healed.
    let config: AutodevConfig = DEFAULT_CONFIG;
    if (client) {
      const repository = await client.getRepository();
      config = (await loadConfig({ source: client, defaultBranch: repository.defaultBranch })).config;
    }

    const strategies = parseStrategies(io.getInput("strategies"), "Input strategies");
    const model = io.getInput("llm-model") || io.env.AUTODEV_LLM_MODEL || DEFAULT_LLM_MODEL;
    const useLlm = apiKey !== "" && (!strategies || strategies.includes("llm"));
    // One list for the report's redaction and heal's patch gate (a patch must not carry any of them).
    const secrets = [apiKey, token, ...secretsFromEnv(io.env)].filter(Boolean);
    const redactor = createRedactor({ secrets });
    // Without failures, heal runs the workflow author's own CI command first (its output is
    // analyzed, never executed), while the fixer tools it will likely need start up.
    const { report, patch } = await healFromCi({
      env: io.env,
      repoDir,
      failures,
      verifyCommand: command,
      strategies,
      llm: useLlm
        ? openAIProposer({
            apiKey,
            model,
            baseUrl: io.getInput("llm-base-url") || io.env.AUTODEV_LLM_BASE_URL || undefined,
            logger: io.logger,
            redact: (t) => redactor.redact(t),
          })
        : undefined,
      forbiddenPaths: config.protectedPaths,
      limits: config.limits,
      secrets,
      logger: io.logger,
      deadlineMs: HEAL_BUDGET_MS,
    });
    // The proposal dir is the workflow author's choice (often $RUNNER_TEMP), so it may sit outside the workspace.
    const proposalDir = resolve(workspace, io.getInput("proposal-dir") || "autodev-proposal");
    writeProposal({ dir: proposalDir, report, patch, redact: (t) => redactor.redact(t) });
    io.setOutput("outcome", report.outcome);
    io.setOutput("reason", report.reason);
    io.setOutput("fingerprint", report.fingerprint);
    io.setOutput("files", JSON.stringify(report.files));
    io.setOutput("risk", report.risk);
    io.setOutput("proposal-dir", proposalDir);
    await io.summary(redactor.redact(renderReport(report)));
    if (report.reason === "failed" || report.reason === "rejected")
      io.annotate("warning", `autodev heal: ${report.outcome}; see the job summary.`, {
        title: "autodev heal",
      });
  },
};
