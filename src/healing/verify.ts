import { analyzeText } from "../analysis/analyze.js";
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

/** Runs the verify command and fingerprints its output with the same analyzer that read the CI log. */
export async function runVerify(options: VerifyOptions): Promise<VerifyRun> {
  const r = await options.runner.run("sh", ["-c", options.command], {
    cwd: options.repoDir,
    timeoutMs: options.timeoutMs,
    extraEnv: { CI: "true", FORCE_COLOR: "0", NO_COLOR: "1" },
  });
  const output = `${r.stdout}\n${r.stderr}`;
  const analysis = await analyzeText(output);
  return {
    command: options.command,
    exitCode: r.exitCode,
    fingerprints: [...new Set(analysis.failures.map((f) => f.fingerprint))],
    tail: tail(output.trim(), 3000),
  };
}
