import { analyzeText } from "../analysis/analyze.js";
import type { Failure } from "../analysis/types.js";
import type { CommandRunner } from "./exec.js";
import { tail } from "./fixers/files.js";
import type { VerifyRun } from "./types.js";

export interface VerifyOptions {
  /**
   * The command CI ran (e.g. `npm run lint`). It comes from the workflow author's configuration,
   * never from a log or an issue, so running it through `sh -c` is as trusted as a `run:` step.
   */
  command: string;
  repoDir: string;
  runner: CommandRunner;
  timeoutMs: number;
}

export interface VerifyOutcome {
  run: VerifyRun;
  /** What the analyzer found in the output: the next round's targets when fixing revealed more. */
  failures: Failure[];
  /** stdout and stderr as the analyzer read them (bounded by the runner's output cap). */
  output: string;
}

/** Runs the verify command and analyzes its output with the same analyzer that read the CI log. */
export async function runVerify(options: VerifyOptions): Promise<VerifyOutcome> {
  const started = performance.now();
  const r = await options.runner.run("sh", ["-c", options.command], {
    cwd: options.repoDir,
    timeoutMs: options.timeoutMs,
    extraEnv: { CI: "true", FORCE_COLOR: "0", NO_COLOR: "1" },
  });
  const limit = r.timedOut ? `\nautodev: killed after ${options.timeoutMs} ms (time limit)` : "";
  const output = `${r.stdout}\n${r.stderr}${limit}`;
  const analysis = await analyzeText(output);
  const run = {
    command: options.command,
    exitCode: r.exitCode,
    durationMs: Math.round(performance.now() - started),
    ...(r.timedOut ? { timedOut: true } : {}),
    fingerprints: [...new Set(analysis.failures.map((f) => f.fingerprint))],
    tail: tail(output.trim(), 3000),
  };
  return { run, failures: analysis.failures, output };
}
