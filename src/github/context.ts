/**
 * What every GitHub-writing action command sets up first, in this order: secrets registered with
 * the redactor and the runner, the API client, the ledger, the policy from the default branch
 * (an invalid file stops everything with one annotation) and the kill switch. The client handed
 * to the command re-checks the kill switch through the API before every write.
 */
import { join } from "node:path";
import type { ActionIO } from "../action/types.js";
import { Ledger } from "../audit/ledger.js";
import type { AutodevConfig } from "../policy/config.js";
import { checkKillSwitch } from "../policy/kill-switch.js";
import { loadConfig } from "../policy/load.js";
import { ConfigurationError, isConfigurationError } from "../util/errors.js";
import { createRedactor, secretsFromEnv, type Redactor } from "../util/redact.js";
import { guardWrites, KillSwitchError, type GitHubClient, type RepoRef } from "./client.js";
import { createOctokitClient, type OctokitClientOptions } from "./octokit.js";

export interface CommandDeps {
  /** Adapter tuning (tests shrink waits); production uses the defaults. */
  clientOptions?: Partial<OctokitClientOptions>;
  clock?: () => Date;
  afterSideEffect?: (name: string) => void;
}

export interface CommandContext {
  io: ActionIO;
  client: GitHubClient;
  repo: RepoRef;
  token: string;
  defaultBranch: string;
  config: AutodevConfig;
  ledger: Ledger;
  redactor: Redactor;
  guard: (what: string) => Promise<void>;
}

export function parseRepository(value: string | undefined): RepoRef {
  const m = (value ?? "").match(/^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/);
  if (!m)
    throw new ConfigurationError(`GITHUB_REPOSITORY must be owner/name; got ${JSON.stringify(value ?? "")}.`);
  return { owner: m[1], repo: m[2] };
}

/** Sets outputs and the summary when a command ends early without side effects. */
export async function endStopped(
  io: ActionIO,
  ledger: Ledger,
  redactor: Redactor,
  reason: string,
): Promise<void> {
  io.setOutput("status", "stopped");
  io.setOutput("reason", redactor.redact(reason));
  io.annotate("notice", `autodev is stopped: ${redactor.redact(reason)}. Nothing was written.`, {
    title: "autodev",
  });
  await io.summary(ledger.summary());
}

/** Null when the run must stop before any write (kill switch or `enabled: false`); outputs are then set. */
export async function setupCommand(
  io: ActionIO,
  actor: string,
  deps: CommandDeps = {},
): Promise<CommandContext | null> {
  const token = io.getInput("github-token") || io.env.GITHUB_TOKEN || "";
  if (!token) {
    throw new ConfigurationError(
      `Input github-token is required for '${actor}': pass \${{ secrets.GITHUB_TOKEN }} or an app token.`,
    );
  }
  io.setSecret(token);
  const redactor = createRedactor({ secrets: [token, ...secretsFromEnv(io.env)] });
  const repo = parseRepository(io.env.GITHUB_REPOSITORY);
  const auditPath =
    io.getInput("audit-path") ||
    (io.env.RUNNER_TEMP ? join(io.env.RUNNER_TEMP, "autodev-audit", "audit.jsonl") : null);
  const ledger = new Ledger({ path: auditPath, actor, redactor, clock: deps.clock });
  if (auditPath) io.setOutput("audit-path", auditPath);

  const raw = createOctokitClient({
    token,
    repo,
    baseUrl: io.env.GITHUB_API_URL,
    logger: io.logger,
    ...deps.clientOptions,
  });
  const repository = await raw.getRepository();
  const defaultBranch = repository.defaultBranch;

  let config: AutodevConfig;
  try {
    config = (await loadConfig({ source: raw, defaultBranch })).config;
  } catch (e) {
    if (!isConfigurationError(e)) throw e;
    ledger.append("config-invalid", { message: e.message, ref: defaultBranch });
    await io.summary(ledger.summary());
    io.setOutput("status", "config-invalid");
    // The entry turns this into the one error annotation that names the problem.
    throw e;
  }
  ledger.append("config", { mode: config.mode, enabled: config.enabled, ref: defaultBranch });

  const variableFromInput = io.getInput("autodev-enabled");
  const stopReason = async (): Promise<string | null> => {
    if (!config.enabled) return "enabled: false in .autodev/config.yml";
    const s = await checkKillSwitch({ source: raw, defaultBranch, variableFromInput });
    return s.stopped ? (s.reason ?? "kill switch on") : null;
  };
  const initial = await stopReason();
  if (initial) {
    ledger.append("stopped", { reason: initial });
    await endStopped(io, ledger, redactor, initial);
    return null;
  }
  const guard = async (what: string) => {
    const reason = await stopReason();
    if (reason) {
      ledger.append("stopped", { reason, before: what });
      throw new KillSwitchError(reason);
    }
  };
  const client = guardWrites(raw, guard);
  return { io, client, repo, token, defaultBranch, config, ledger, redactor, guard };
}

/** Runs a command body: a kill switch flipped mid-run ends it quietly, anything else is audited and rethrown. */
export async function runGuarded(ctx: CommandContext, body: () => Promise<void>): Promise<void> {
  try {
    await body();
    await ctx.io.summary(ctx.ledger.summary());
  } catch (e) {
    if (e instanceof KillSwitchError) {
      await endStopped(ctx.io, ctx.ledger, ctx.redactor, e.message);
      return;
    }
    ctx.ledger.append("error", {
      message: ctx.redactor.redact(e instanceof Error ? e.message : String(e)).slice(0, 500),
    });
    await ctx.io.summary(ctx.ledger.summary());
    throw e;
  }
}
