import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { analyzeFile } from "../../analysis/analyze.js";
import { STRATEGIES, type Failure } from "../../analysis/types.js";
import { Git } from "../../healing/git.js";
import { heal } from "../../healing/heal.js";
import { parseFindings, parseStrategies } from "../../healing/findings.js";
import { nodeRunner } from "../../healing/exec.js";
import { openAIProposer } from "../../healing/llm/openai-proposer.js";
import { renderReport, writeProposal } from "../../healing/proposal.js";
import type { HealOutcome } from "../../healing/types.js";
import { ConfigurationError } from "../../util/errors.js";
import { createRedactor, secretsFromEnv } from "../../util/redact.js";
import { oneOf, parseArgs } from "../args.js";
import type { CliCommand } from "../types.js";

/** Outcomes after which nothing is left for a person to do. */
const CLEAN: HealOutcome[] = ["healed", "not-reproduced", "nothing-to-heal"];

function readFile(cwd: string, path: string, flag: string): string {
  const full = resolve(cwd, path);
  try {
    if (!statSync(full).isFile()) throw new Error();
    return readFileSync(full, "utf8");
  } catch {
    throw new ConfigurationError(`${flag} ${path}: no such file.`);
  }
}

export const healCommand: CliCommand = {
  name: "heal",
  summary: "Fix what analyze found, verify the fix, and write a proposal (patch + report)",
  usage: `Usage: autodev heal (--findings <file> | --log <file>) [options]

  --findings <file>     Output of 'autodev analyze --format json'.
  --log <file>          A CI log to analyze first (instead of --findings).
  --repo <dir>          The checkout to heal (default: current directory). Must be clean.
  --verify <command>    The command that failed in CI, e.g. "npm run lint". Heal checks that it
                        fails first and keeps only changes after which it passes (or fails with
                        nothing new). Run with sh -c: pass only commands you would put in CI.
  --proposal-dir <dir>  Also write changes.patch, report.json, report.md, proposal.json there.
  --strategies <list>   Comma list of: ${STRATEGIES.filter((s) => s !== "none").join(", ")} (default: all).
  --llm-model <name>    Let a model patch what deterministic fixers cannot (needs --verify).
                        The key is read from AUTODEV_LLM_API_KEY or OPENAI_API_KEY.
  --llm-base-url <url>  OpenAI-compatible endpoint (default: the OpenAI API).
  --allow-paths <globs> Comma list of extra globs a model patch may touch.
  --dry-run             Leave the working tree as it was (the proposal is still written).
  --no-reproduce        Heal even if --verify already passes.
  --format <fmt>        text (default) or json (the report) on stdout.

Exit codes: 0 healed or nothing to do, 1 failures remain, 2 bad usage.`,
  async run(io) {
    const { flags } = parseArgs(io.argv, {
      values: [
        "findings",
        "log",
        "repo",
        "verify",
        "proposal-dir",
        "strategies",
        "llm-model",
        "llm-base-url",
        "allow-paths",
        "format",
      ],
      booleans: ["dry-run", "no-reproduce"],
    });
    const get = (name: string) => {
      const v = flags.get(name);
      return typeof v === "string" ? v : undefined;
    };
    const format = oneOf("format", get("format") ?? "text", ["text", "json"] as const);
    let failures: Failure[];
    if (get("findings"))
      failures = parseFindings(readFile(io.cwd, get("findings")!, "--findings"), "--findings");
    else if (get("log")) {
      readFile(io.cwd, get("log")!, "--log");
      failures = (await analyzeFile(resolve(io.cwd, get("log")!))).failures;
    } else throw new ConfigurationError("Pass --findings <analyze json> or --log <ci log>.");

    const repoDir = resolve(io.cwd, get("repo") ?? ".");
    const apiKey = io.env.AUTODEV_LLM_API_KEY || io.env.OPENAI_API_KEY || "";
    const model = get("llm-model");
    if (model && !apiKey)
      throw new ConfigurationError(
        "--llm-model needs an API key in AUTODEV_LLM_API_KEY (or OPENAI_API_KEY).",
      );
    const runner = nodeRunner(io.env);
    const { report, patch } = await heal({
      repoDir,
      failures,
      verifyCommand: get("verify"),
      requireReproduction: !flags.has("no-reproduce"),
      strategies: parseStrategies(get("strategies"), "--strategies"),
      llm: model
        ? openAIProposer({ apiKey, model, baseUrl: get("llm-base-url"), logger: io.logger })
        : undefined,
      allowedPaths: get("allow-paths")
        ?.split(",")
        .map((s) => s.trim())
        .filter(Boolean),
      secrets: apiKey ? [apiKey] : [],
      runner,
      logger: io.logger,
    });
    const redactor = createRedactor({ secrets: [apiKey, ...secretsFromEnv(io.env)] });
    if (get("proposal-dir"))
      writeProposal({
        dir: resolve(io.cwd, get("proposal-dir")!),
        report,
        patch,
        redact: (t) => redactor.redact(t),
      });
    if (flags.has("dry-run") && report.files.length) await new Git(runner, repoDir).restore(report.files);
    io.stdout.write(
      redactor.redact(format === "json" ? JSON.stringify(report, null, 2) + "\n" : renderReport(report)),
    );
    return CLEAN.includes(report.outcome) ? 0 : 1;
  },
};
