import { execFile } from "node:child_process";

/** What one command run produced; output is capped so a chatty tool cannot exhaust memory. */
export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** True when the run was killed for exceeding its time limit. */
  timedOut: boolean;
}

export interface CommandOptions {
  cwd: string;
  timeoutMs?: number;
  /** Added to the runner's (scrubbed) environment, e.g. GIT_INDEX_FILE. */
  extraEnv?: Record<string, string>;
}

/**
 * Runs programs for the healer. Injected so the orchestrator can be driven with a recording
 * runner, and so every spawn goes through one place that never uses a shell.
 */
export interface CommandRunner {
  run(file: string, args: string[], options: CommandOptions): Promise<CommandResult>;
}

const MAX_OUTPUT = 4 * 1024 * 1024;

/**
 * Variables that hold credentials. Fixers and verification run repository code (formatters,
 * tests) that an LLM patch may have changed, so that code must not see the LLM key or a token:
 * an exfiltrating test would otherwise get them for free.
 */
const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|API_?KEY|PRIVATE_KEY|AUTH/i;

export function scrubEnv(env: NodeJS.ProcessEnv, extraSecrets: string[] = []): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined || SECRET_NAME.test(k) || k.startsWith("ACTIONS_") || k.startsWith("INPUT_"))
      continue;
    if (extraSecrets.some((s) => s.length >= 8 && v.includes(s))) continue;
    out[k] = v;
  }
  return out;
}

/** The real runner: execFile with an argument array (no shell), a timeout and capped output. */
export function nodeRunner(baseEnv: NodeJS.ProcessEnv = process.env): CommandRunner {
  const scrubbed = scrubEnv(baseEnv);
  return {
    run(file, args, options) {
      return new Promise((resolve) => {
        execFile(
          file,
          args,
          {
            cwd: options.cwd,
            env: options.extraEnv ? { ...scrubbed, ...options.extraEnv } : scrubbed,
            timeout: options.timeoutMs ?? 300_000,
            maxBuffer: MAX_OUTPUT,
            killSignal: "SIGKILL",
            encoding: "utf8",
          },
          (error, stdout, stderr) => {
            if (!error) return resolve({ exitCode: 0, stdout, stderr, timedOut: false });
            const e = error as { code?: number | string; killed?: boolean; signal?: string | null };
            const timedOut = e.killed === true && e.signal === "SIGKILL";
            // ENOENT and friends: the program is missing; report like a shell would (127).
            const exitCode = typeof e.code === "number" ? e.code : e.code === "ENOENT" ? 127 : 1;
            resolve({
              exitCode: timedOut ? 124 : exitCode,
              stdout: stdout ?? "",
              stderr: stderr ?? "",
              timedOut,
            });
          },
        );
      });
    },
  };
}
