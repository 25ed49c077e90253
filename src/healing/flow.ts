import type { Failure } from "../analysis/types.js";
import { nodeRunner, type CommandRunner } from "./exec.js";
import { heal, type HealOptions, type HealResult } from "./heal.js";
import { runVerify, type VerifyOutcome } from "./verify.js";
import { planWarmTools, warmPool } from "./warm.js";

export interface HealFlowOptions extends Omit<HealOptions, "runner" | "baseline" | "failures"> {
  /** The environment commands run in (scrubbed of secrets before any process sees it). */
  env: NodeJS.ProcessEnv;
  /** Failures from a log or findings; without them the CI command runs first and is analyzed. */
  failures?: Failure[];
  /** Wraps the runner every command goes through (the benchmark counts runs with it). */
  wrapRunner?: (runner: CommandRunner) => CommandRunner;
  /** Told the first CI run's outcome as soon as it is known (for an error report if heal throws). */
  onBaseline?: (baseline: VerifyOutcome) => void;
  /**
   * Warm-start the fixer tools the CI command likely needs while CI first runs; default true
   * unless env has AUTODEV_WARM=0 (a way to turn it off in the action too).
   */
  warm?: boolean;
}

export interface HealFlowResult extends HealResult {
  baseline?: VerifyOutcome;
}

/**
 * What `autodev heal` does, for the CLI, the action and the benchmark alike: start the fixer tools
 * the CI command will likely need (see warm.ts), run CI to learn what fails (unless the failures
 * came from a log), heal, and end every warm process left unused.
 */
export async function healFromCi(o: HealFlowOptions): Promise<HealFlowResult> {
  const { env, failures, wrapRunner, onBaseline, warm, ...rest } = o;
  const base = nodeRunner(env);
  const command = o.verifyCommand;
  const pool =
    command && (warm ?? env.AUTODEV_WARM !== "0")
      ? warmPool(base, env, planWarmTools(o.repoDir, command, env, o.strategies))
      : null;
  const runner = wrapRunner ? wrapRunner(pool ?? base) : (pool ?? base);
  try {
    let baseline: VerifyOutcome | undefined;
    if (!failures) {
      if (!command) throw new Error("healFromCi needs failures or a verify command");
      baseline = await runVerify({ command, repoDir: o.repoDir, runner, timeoutMs: o.timeoutMs ?? 300_000 });
      onBaseline?.(baseline);
    }
    const result = await heal({ ...rest, failures: failures ?? baseline!.failures, baseline, runner });
    return { ...result, baseline };
  } finally {
    await pool?.close();
  }
}
