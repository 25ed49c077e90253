import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { analyzeFile } from "../../analysis/analyze.js";
import { STRATEGIES, type Failure } from "../../analysis/types.js";
import { Git } from "../../healing/git.js";
import { parseFindings, parseStrategies } from "../../healing/findings.js";
import { nodeRunner } from "../../healing/exec.js";
import { healFromCi } from "../../healing/flow.js";
import { openAIProposer } from "../../healing/llm/openai-proposer.js";
import { renderReport, writeProposal } from "../../healing/proposal.js";
import type { HealOutcome, HealReport } from "../../healing/types.js";
import type { VerifyOutcome } from "../../healing/verify.js";
import { ConfigurationError, isConfigurationError } from "../../util/errors.js";
import { createRedactor, secretsFromEnv } from "../../util/redact.js";
import { oneOf, parseArgs } from "../args.js";
import type { CliCommand } from "../types.js";

/** The flag's file, resolved; a usage error when it is not a regular file. */
function existingFile(cwd: string, path: string, flag: string): string {
  const full = resolve(cwd, path);
  let isFile = false;
  try {
    isFile = statSync(full).isFile();
  } catch {
    // isFile stays false: missing, or a path that cannot be looked at.
  }
  if (!isFile) throw new ConfigurationError(`${flag} ${path}: no such file.`);
  return full;
}

/** Exit code per outcome; 2 (bad usage) comes from a ConfigurationError in the CLI's main. */
const EXIT: Record<HealOutcome, number> = {
  healed: 0,
  "already-passing": 0,
  improved: 1,
  unfixable: 1,
  error: 3,
};

export const healCommand: CliCommand = {
  name: "heal",
  summary: "Run the failing CI command, fix what code can fix, verify by re-running, report",
  usage: `Usage: autodev heal --dir <repo> --command "<the failing CI command>" [options]

  --dir <dir>           The checkout to heal (default: current directory). Must be clean
                        (tracked files unmodified). Alias: --repo.
  --command <command>   The command that failed in CI, e.g. "npm run lint". Without --log or
                        --findings, heal runs it first and analyzes its output; after each fix it
                        runs it again and keeps a change only if the failure it targeted is gone
                        and nothing new fails. Run with sh -c as your CI would: pass only commands
                        you would put in CI. Nothing from a log is ever put on a command line.
                        Alias: --verify.
  --log <file>          A CI log to analyze instead of running --command first.
  --findings <file>     Output of 'autodev analyze --format json' (instead of --log).
  --strategies <list>   Comma list of: ${STRATEGIES.filter((s) => s !== "none").join(", ")}
                        (default: format,imports,dependencies,tests, plus llm with --llm-model).
  --dry-run             Report what would change, then leave the working tree exactly as it was
                        (a --proposal-dir still gets the patch).
  --format <fmt>        markdown (default; the PR-body report), json (the report), or text
                        (a short terminal summary).
  --proposal-dir <dir>  Also write changes.patch, report.json, report.md, proposal.json there.
  --timeout <seconds>   Time limit per command (default 300); a command that hangs is killed,
                        reported, and the tree restored.
  --llm-model <name>    Let a model patch what deterministic fixers cannot (needs --command).
                        The key is read from AUTODEV_LLM_API_KEY or OPENAI_API_KEY.
  --llm-base-url <url>  OpenAI-compatible endpoint (default: the OpenAI API).
  --allow-paths <globs> Comma list of extra globs a model patch may touch.
  --no-reproduce        Heal even if --command already passes.
  --no-warm             Do not start the fixer tools --command runs (prettier, eslint, black,
                        isort, vitest, npm) while it first runs; AUTODEV_WARM=0 does the same.

Outcomes: healed, improved (some failures fixed, some left), unfixable (the tree is left exactly
as it was), already-passing, error.
Exit codes: 0 healed or already passing, 1 improved or unfixable, 2 bad usage, 3 error.`,
  async run(io) {
    const { flags } = parseArgs(io.argv, {
      values: [
        "findings",
        "log",
        "repo",
        "dir",
        "verify",
        "command",
        "proposal-dir",
        "strategies",
        "llm-model",
        "llm-base-url",
        "allow-paths",
        "format",
        "timeout",
      ],
      booleans: ["dry-run", "no-reproduce", "no-warm"],
    });
    const get = (name: string) => {
      const v = flags.get(name);
      return typeof v === "string" ? v : undefined;
    };
    const alias = (a: string, b: string) => {
      if (get(a) !== undefined && get(b) !== undefined && get(a) !== get(b))
        throw new ConfigurationError(`--${a} and --${b} are the same option; pass one of them.`);
      return get(a) ?? get(b);
    };
    const format = oneOf("format", get("format") ?? "markdown", ["markdown", "text", "json"] as const);
    const command = alias("command", "verify");
    const repoDir = resolve(io.cwd, alias("dir", "repo") ?? ".");
    const timeoutSec = get("timeout") === undefined ? 300 : Number(get("timeout"));
    if (!Number.isFinite(timeoutSec) || timeoutSec <= 0)
      throw new ConfigurationError(
        `--timeout must be a positive number of seconds; got "${get("timeout")}".`,
      );
    const timeoutMs = Math.round(timeoutSec * 1000);
    if (!statSync(repoDir, { throwIfNoEntry: false })?.isDirectory())
      throw new ConfigurationError(`--dir ${repoDir}: no such directory.`);
    const apiKey = io.env.AUTODEV_LLM_API_KEY || io.env.OPENAI_API_KEY || "";
    const model = get("llm-model");
    if (model && !apiKey)
      throw new ConfigurationError(
        "--llm-model needs an API key in AUTODEV_LLM_API_KEY (or OPENAI_API_KEY).",
      );
    const strategies = parseStrategies(get("strategies"), "--strategies");
    const runner = nodeRunner(io.env);
    // One list for redacting the output and for heal's patch gate (a patch must not carry any of them).
    const secrets = [apiKey, ...secretsFromEnv(io.env)].filter(Boolean);
    const redactor = createRedactor({ secrets });
    const print = (report: HealReport) =>
      io.stdout.write(
        redactor.redact(
          format === "json"
            ? JSON.stringify(report, null, 2) + "\n"
            : format === "markdown"
              ? renderReport(report)
              : renderText(report),
        ),
      );

    let failures: Failure[] | undefined;
    let baseline: VerifyOutcome | undefined;
    if (get("findings"))
      failures = parseFindings(
        readFileSync(existingFile(io.cwd, get("findings")!, "--findings"), "utf8"),
        "--findings",
      );
    else if (get("log")) {
      // Checked here for a usage error; the analyzer reads the log itself (once).
      failures = (await analyzeFile(existingFile(io.cwd, get("log")!, "--log"))).failures;
    } else if (!command)
      throw new ConfigurationError(
        "Pass --command <the failing CI command>, or --findings <analyze json> or --log <ci log>.",
      );

    let result;
    try {
      // Without a log, heal runs the command first (the user's own CI command; its output is only
      // ever read, never executed) while the fixer tools it will likely need start up.
      result = await healFromCi({
        env: io.env,
        onBaseline: (b) => (baseline = b),
        repoDir,
        failures,
        verifyCommand: command,
        requireReproduction: !flags.has("no-reproduce"),
        warm: flags.has("no-warm") ? false : undefined,
        strategies,
        llm: model
          ? openAIProposer({
              apiKey,
              model,
              baseUrl: get("llm-base-url"),
              logger: io.logger,
              redact: (t) => redactor.redact(t),
            })
          : undefined,
        allowedPaths: get("allow-paths")
          ?.split(",")
          .map((s) => s.trim())
          .filter(Boolean),
        secrets,
        logger: io.logger,
        timeoutMs,
      });
    } catch (e) {
      if (isConfigurationError(e)) throw e;
      const message = e instanceof Error ? e.message : String(e);
      io.stderr.write(redactor.redact(`autodev heal: error: ${message}\n`));
      print(errorReport(message, baseline));
      return EXIT.error;
    }
    const { report, patch } = result;
    if (get("proposal-dir"))
      writeProposal({
        dir: resolve(io.cwd, get("proposal-dir")!),
        report,
        patch,
        redact: (t) => redactor.redact(t),
      });
    if (flags.has("dry-run") && report.files.length) await new Git(runner, repoDir).restore(report.files);
    print(report);
    return EXIT[report.outcome];
  },
};

function errorReport(message: string, baseline?: VerifyOutcome): HealReport {
  return {
    schemaVersion: 1,
    outcome: "error",
    reason: "error",
    fingerprint: "",
    baseSha: "",
    files: [],
    attempts: [
      {
        fixer: "heal",
        strategy: "none",
        fingerprints: [],
        status: "error",
        files: [],
        commands: [],
        detail: message,
        kept: false,
      },
    ],
    fixed: [],
    remaining: [],
    verification: baseline ? { baseline: baseline.run } : {},
    risk: "review",
    riskReasons: [],
    stats: { added: 0, removed: 0, durationMs: 0, llmCalls: 0 },
  };
}

/** A terminal summary: one line per attempt, then the outcome. */
function renderText(report: HealReport): string {
  const out: string[] = [];
  for (const a of report.attempts) {
    const v = a.verification ? `, check exit ${a.verification.exitCode}` : "";
    out.push(
      `${a.kept ? "kept   " : "dropped"} ${a.fixer} (${a.strategy}): ${a.status}${v}, ${a.durationMs ?? 0} ms` +
        (a.files.length ? ` [${a.files.join(", ")}]` : ""),
    );
    for (const c of a.commands) out.push(`          $ ${c}`);
  }
  const { baseline, final } = report.verification;
  if (baseline) out.push(`before: '${baseline.command}' exited ${baseline.exitCode}`);
  if (final) out.push(`after:  '${final.command}' exited ${final.exitCode}`);
  if (report.files.length)
    out.push(`changed ${report.files.length} file(s), +${report.stats.added} -${report.stats.removed}`);
  const reason = report.reason === report.outcome ? "" : ` (${report.reason})`;
  out.push(`outcome: ${report.outcome}${reason} in ${report.stats.durationMs} ms`);
  return out.join("\n") + "\n";
}
