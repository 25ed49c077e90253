import { isAbsolute, relative, resolve } from "node:path";
import { analyzeFile } from "../../analysis/analyze.js";
import { parseStrategies } from "../../cli/commands/heal.js";
import { parseFindings } from "../../healing/findings.js";
import { heal } from "../../healing/heal.js";
import { nodeRunner } from "../../healing/exec.js";
import { openAIProposer } from "../../healing/llm/openai-proposer.js";
import { renderReport, writeProposal } from "../../healing/proposal.js";
import { ConfigurationError } from "../../util/errors.js";
import type { ActionCommand } from "../types.js";

/**
 * `command: heal`. Runs in the read-only "think" job: it changes the checkout, proves the change
 * and writes a proposal directory for the write job (`open-pr`) to validate and publish. It holds
 * the LLM key but never a write token, and the key is kept out of every command it runs.
 */
export const healAction: ActionCommand = {
  name: "heal",
  async run(io) {
    const workspace = io.env.GITHUB_WORKSPACE ?? process.cwd();
    const within = (input: string, value: string) => {
      const full = resolve(workspace, value);
      const rel = relative(workspace, full);
      if (rel.startsWith("..") || isAbsolute(rel))
        throw new ConfigurationError(
          `Input ${input}: ${value} is outside the workspace; give a path inside ${workspace}.`,
        );
      return full;
    };
    const apiKey = io.getInput("llm-api-key");
    if (apiKey) io.setSecret(apiKey);
    const findings = io.getInput("findings");
    const logPath = io.getInput("log-path");
    let failures;
    if (findings) failures = parseFindings(findings, "Input findings");
    else if (logPath) failures = (await analyzeFile(within("log-path", logPath))).failures;
    else
      throw new ConfigurationError(
        "Command 'heal' needs input findings (the analyze step's findings output) or log-path.",
      );

    const repoDir = within("working-directory", io.getInput("working-directory") || ".");
    const proposalDir = within("proposal-dir", io.getInput("proposal-dir") || "autodev-proposal");
    const model = io.getInput("llm-model");
    if (model && !apiKey)
      throw new ConfigurationError(
        "Input llm-model is set but llm-api-key is empty; pass the key from a secret.",
      );
    const attempts = Number(io.getInput("llm-attempts") || "2");
    if (!Number.isInteger(attempts) || attempts < 1 || attempts > 5)
      throw new ConfigurationError(
        `Input llm-attempts must be a whole number from 1 to 5; got "${io.getInput("llm-attempts")}".`,
      );

    const { report, patch } = await heal({
      repoDir,
      failures,
      verifyCommand: io.getInput("verify-command") || undefined,
      strategies: parseStrategies(io.getInput("strategies"), "Input strategies"),
      llm: model
        ? openAIProposer({
            apiKey,
            model,
            baseUrl: io.getInput("llm-base-url") || undefined,
            logger: io.logger,
          })
        : undefined,
      llmAttempts: attempts,
      allowedPaths: io
        .getInput("allowed-paths")
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter(Boolean),
      secrets: apiKey ? [apiKey] : [],
      runner: nodeRunner(io.env),
      logger: io.logger,
    });
    writeProposal({ dir: proposalDir, report, patch });
    io.setOutput("outcome", report.outcome);
    io.setOutput("fingerprint", report.fingerprint);
    io.setOutput("files", JSON.stringify(report.files));
    io.setOutput("risk", report.risk);
    io.setOutput("proposal-dir", proposalDir);
    io.setOutput("has-patch", patch ? "true" : "false");
    await io.summary(renderReport(report));
    if (report.outcome === "failed" || report.outcome === "rejected")
      io.annotate("warning", `autodev heal: ${report.outcome}; see the job summary.`, {
        title: "autodev heal",
      });
  },
};
