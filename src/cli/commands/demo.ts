import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, realpathSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { analyzeText } from "../../analysis/analyze.js";
import type { Failure } from "../../analysis/types.js";
import { nodeRunner, type CommandRunner } from "../../healing/exec.js";
import { heal } from "../../healing/heal.js";
import { renderReport } from "../../healing/proposal.js";
import type { FixAttempt } from "../../healing/types.js";
import { ConfigurationError } from "../../util/errors.js";
import type { Logger } from "../../util/logger.js";
import { parseArgs } from "../args.js";
import type { CliCommand } from "../types.js";

/** What the demo shop's CI runs: every step, so one log shows every reason it is red. */
const CI_COMMAND = "sh ci.sh";
const TOOLS = ["prettier", "tsc", "vitest"];

/**
 * The bundled project sits at <autodev>/test/fixtures/demo-project. From the bundle
 * (dist/index.js) and from the sources (src/cli/commands/demo.ts) it is a different number of
 * levels up, so walk up until it is found.
 */
function findProject(): { project: string; bin: string } {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const project = join(dir, "test", "fixtures", "demo-project");
    // Resolved, so a symlinked checkout is copied as files rather than as a link.
    if (existsSync(join(project, "package.json")))
      return { project: realpathSync(project), bin: join(dir, "node_modules", ".bin") };
    dir = dirname(dir);
  }
  throw new ConfigurationError(
    "autodev demo: the bundled example (test/fixtures/demo-project) is missing. Run the demo from a clone of the autodev repository.",
  );
}

const since = (t: number) => `${((performance.now() - t) / 1000).toFixed(1)} s`;

/**
 * Heal's own log lines, turned into numbered steps. Heal announces each fixer with a group and
 * reports its result in one info line; everything else is shown indented.
 */
function progressLogger(write: (s: string) => void): Logger {
  let step = 0;
  let current = "";
  return {
    debug() {},
    // Heal's one-line result of the fixer just shown is replaced by the richer line below.
    info: (m) => (current && m.startsWith(`${current}: `) ? undefined : write(`     ${m}`)),
    warning: (m) => write(`   ! ${m}`),
    error: (m) => write(`   ✗ ${m}`),
    async group(name, fn) {
      const label = name.replace(/^autodev: /, "");
      const t = performance.now();
      const verifying = /^verify|^reproduce/.test(label);
      if (verifying) write(`   ↻ ${label}: re-running \`${CI_COMMAND}\``);
      else write(`  ${String(++step).padStart(2)}. ${label}`);
      current = verifying ? "" : label;
      const r = await fn();
      const verify = r as { run?: { exitCode: number } };
      if (verify.run) write(`     → exit ${verify.run.exitCode} (${since(t)})`);
      const attempt = r as Partial<FixAttempt>;
      if (attempt.fixer && attempt.status) write(`     → ${describeAttempt(attempt as FixAttempt)}`);
      return r;
    },
  };
}

function describeAttempt(a: FixAttempt): string {
  const v = a.verification;
  const check = v
    ? `check \`${v.command}\` exit ${v.exitCode} in ${v.durationMs} ms`
    : a.detail.split("\n")[0];
  const kept = a.kept ?? a.status === "fixed";
  const files = a.files.join(", ") || "no files";
  const verdict = kept
    ? "✓ kept"
    : a.status === "skipped" || a.status === "no-change"
      ? `· ${a.status}`
      : `↺ ${a.status}, rolled back`;
  return `${verdict}: ${a.fixer} (${a.strategy}) ${files}; ${check}`;
}

function summarize(failures: Failure[]): string[] {
  return failures.map((f) => `     - ${f.category} [${f.tool ?? "?"} → ${f.strategy}] ${f.message}`);
}

async function runCi(runner: CommandRunner, dir: string) {
  const t = performance.now();
  const r = await runner.run("sh", ["-c", CI_COMMAND], {
    cwd: dir,
    timeoutMs: 300_000,
    extraEnv: { CI: "true", FORCE_COLOR: "0", NO_COLOR: "1" },
  });
  return { ...r, log: `${r.stdout}\n${r.stderr}`, seconds: since(t) };
}

export const demoCommand: CliCommand = {
  name: "demo",
  summary: "Heal a bundled example project whose CI is red for four reasons, offline",
  usage: `Usage: autodev demo [--dir <path>]

Copies the bundled example (a small TypeScript shop, test/fixtures/demo-project) into a new
directory, runs its CI (\`${CI_COMMAND}\`: npm lock check, prettier, tsc, vitest), which fails
for four reasons at once: the lock file lacks a dependency package.json declares, a file is not
formatted, a name is used without its import, and a snapshot is outdated. Then heals it step by
step, runs CI again, prints the report (markdown, on stdout) and says where the healed copy is.
Progress goes to stderr. Offline; the tools come from autodev's own node_modules.

  --dir <path>   Where to put the copy (must not exist); default a new temporary directory.`,
  async run(io) {
    const { flags } = parseArgs(io.argv, { values: ["dir"], booleans: [] });
    const { project, bin } = findProject();
    const missing = TOOLS.filter((t) => !existsSync(join(bin, t)));
    if (missing.length)
      throw new ConfigurationError(
        `autodev demo needs ${missing.join(", ")} in ${bin}. Run \`npm ci\` in the autodev checkout first.`,
      );
    const asked = flags.get("dir");
    let dir: string;
    if (typeof asked === "string") {
      dir = resolve(io.cwd, asked);
      if (existsSync(dir)) throw new ConfigurationError(`--dir ${asked}: already exists. Give a new path.`);
      mkdirSync(dir, { recursive: true });
    } else dir = mkdtempSync(join(tmpdir(), "autodev-demo-"));
    const err = (s: string) => io.stderr.write(`${s}\n`);
    const started = performance.now();

    cpSync(project, dir, { recursive: true, filter: (src) => !src.split(/[\\/]/).includes("node_modules") });
    const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, stdio: "ignore" });
    git("init", "-q");
    git("add", "-A");
    git(
      "-c",
      "user.name=autodev demo",
      "-c",
      "user.email=demo@example.invalid",
      "commit",
      "-q",
      "-m",
      "demo shop",
    );
    // What `npm ci` would give the project: its tools under node_modules/.bin (autodev's own copies).
    mkdirSync(join(dir, "node_modules", ".bin"), { recursive: true });
    for (const t of TOOLS) symlinkSync(join(bin, t), join(dir, "node_modules", ".bin", t));
    // `npm run demo --silent` exports npm_config_loglevel=silent, which would also silence the
    // example's own `npm ci` and hide the lockfile failure the demo is about.
    const { npm_config_loglevel: _quiet, ...env } = io.env;
    const runner = nodeRunner({ ...env, PATH: [bin, io.env.PATH ?? ""].join(delimiter) });

    err(`autodev demo: a copy of the example shop is in ${dir}`);
    err(`\n① Run its CI: ${CI_COMMAND}`);
    const before = await runCi(runner, dir);
    const analysis = await analyzeText(before.log);
    err(
      `   exit ${before.exitCode} in ${before.seconds}; the analyzer found ${analysis.failures.length} failure(s):`,
    );
    for (const l of summarize(analysis.failures)) err(l);

    err(`\n② Heal, one fixer at a time; each change is checked by its own tool and kept only if it holds:`);
    const { report } = await heal({
      repoDir: dir,
      failures: analysis.failures,
      verifyCommand: CI_COMMAND,
      runner,
      logger: progressLogger(err),
      maxRounds: 6,
    });
    const kept = report.attempts.filter((a) => a.kept ?? a.status === "fixed").length;
    err(
      `   ${report.outcome} in ${(report.stats.durationMs / 1000).toFixed(1)} s: ${kept} change(s) kept, ` +
        `${report.attempts.length - kept} not; files: ${report.files.join(", ") || "none"}`,
    );

    err(`\n③ Run CI again: ${CI_COMMAND}`);
    const after = await runCi(runner, dir);
    err(`   exit ${after.exitCode} in ${after.seconds}${after.exitCode === 0 ? ": green" : ""}`);
    if (after.exitCode !== 0) err(after.log.trim().split("\n").slice(-20).join("\n"));

    io.stdout.write(`${renderReport(report)}\n`);
    io.stdout.write(
      `\nThe healed copy is in ${dir} (see \`git -C ${dir} diff\`). Demo took ${since(started)}.\n`,
    );
    return report.outcome === "healed" && after.exitCode === 0 ? 0 : 1;
  },
};
