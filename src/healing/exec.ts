import { spawn, type ChildProcess } from "node:child_process";
import { constants as osConstants } from "node:os";

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

/**
 * The real runner: spawn with an argument array (no shell), a time limit and capped output. The
 * child leads its own process group, and the limit kills the whole group: `sh -c "a; b"` forks,
 * and an orphaned grandchild (a hung test server) would otherwise keep running and could write to
 * the tree after heal restored it.
 */
export function nodeRunner(baseEnv: NodeJS.ProcessEnv = process.env): CommandRunner {
  const scrubbed = scrubEnv(baseEnv);
  return {
    run(file, args, options) {
      const child = spawn(file, args, {
        cwd: options.cwd,
        env: options.extraEnv ? { ...scrubbed, ...options.extraEnv } : scrubbed,
        detached: true,
        stdio: ["ignore", "pipe", "pipe"],
      });
      return watchChild(child).limit(options.timeoutMs);
    },
  };
}

/** A spawned child whose output is being collected; see watchChild. */
export interface WatchedChild {
  /** Set once the child exited (or could not start), with the code it would report. */
  readonly exitCode: number | undefined;
  /** Starts the time limit; settles when the child exits or is killed for the limit or the cap. */
  limit(timeoutMs?: number): Promise<CommandResult>;
  /** Kills the child's whole process group. */
  kill(): void;
  /** Settles when the child is gone. */
  readonly exited: Promise<number>;
}

/**
 * Collects a child's capped stdout and stderr from the moment it is spawned (a pipe nobody drains
 * would block it) and, once it exits, kills what it left behind in its process group. The child
 * must have been spawned detached, so its pid is its group's id.
 */
export function watchChild(child: ChildProcess): WatchedChild {
  const out = { stdout: "", stderr: "", bytes: 0 };
  let timedOut = false;
  let exitCode: number | undefined;
  let timer: NodeJS.Timeout | undefined;
  const killGroup = () => {
    try {
      if (child.pid) process.kill(-child.pid, "SIGKILL");
    } catch {
      // the group is already gone; the child itself may not be (a no-op once it exited)
      child.kill("SIGKILL");
    }
  };
  const collect = (key: "stdout" | "stderr") => (chunk: Buffer) => {
    if (out.bytes >= MAX_OUTPUT) return;
    out.bytes += chunk.length;
    out[key] += chunk.toString("utf8");
    if (out.bytes >= MAX_OUTPUT) killGroup();
  };
  child.stdout?.on("data", collect("stdout"));
  child.stderr?.on("data", collect("stderr"));
  const exited = new Promise<number>((resolve) => {
    const finish = (code: number) => {
      if (exitCode !== undefined) return;
      exitCode = code;
      clearTimeout(timer);
      // Whatever the command left behind in its group goes with it.
      killGroup();
      resolve(code);
    };
    // ENOENT and friends: the program is missing; report like a shell would (127).
    child.on("error", (e: NodeJS.ErrnoException) => finish(e.code === "ENOENT" ? 127 : 1));
    child.on("close", (code, signal) => finish(code ?? (signal ? 128 + (signalNumber(signal) ?? 9) : 1)));
  });
  return {
    get exitCode() {
      return exitCode;
    },
    exited,
    kill: killGroup,
    async limit(timeoutMs = 300_000) {
      if (exitCode === undefined)
        timer = setTimeout(() => {
          timedOut = true;
          killGroup();
        }, timeoutMs);
      const code = await exited;
      return { exitCode: timedOut ? 124 : code, stdout: out.stdout, stderr: out.stderr, timedOut };
    },
  };
}

function signalNumber(signal: NodeJS.Signals): number | undefined {
  return osConstants.signals[signal];
}
