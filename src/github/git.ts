/**
 * The git calls open-pr makes, as argument arrays (never a shell) with `--end-of-options` or `--`
 * before anything that came from outside. Hooks are disabled (a checkout or artifact could plant
 * one) and the push token travels as an http.extraheader through GIT_CONFIG_* environment
 * variables, so it is in neither the argument list nor the remote URL that errors echo.
 */
import { execFile } from "node:child_process";

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface GitRunner {
  run(
    args: string[],
    options?: { cwd?: string; allowFail?: boolean; input?: string; env?: Record<string, string> },
  ): Promise<GitResult>;
}

export interface GitRunnerOptions {
  cwd: string;
  /** For https remotes: sent as a basic-auth header, never written to .git/config. */
  token?: string;
  /** Fixed identity and dates make a re-run produce the very same commit. */
  env?: Record<string, string>;
  redact?: (text: string) => string;
}

export function createGitRunner(options: GitRunnerOptions): GitRunner {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GIT_TERMINAL_PROMPT: "0",
    GIT_CONFIG_NOSYSTEM: "1",
    LC_ALL: "C",
    ...options.env,
  };
  const configs: [string, string][] = [
    ["core.hooksPath", "/dev/null"],
    ["core.quotePath", "off"],
    ["commit.gpgSign", "false"],
  ];
  if (options.token) {
    const basic = Buffer.from(`x-access-token:${options.token}`).toString("base64");
    configs.push(["http.extraheader", `AUTHORIZATION: basic ${basic}`]);
  }
  env.GIT_CONFIG_COUNT = String(configs.length);
  configs.forEach(([k, v], i) => {
    env[`GIT_CONFIG_KEY_${i}`] = k;
    env[`GIT_CONFIG_VALUE_${i}`] = v;
  });
  const redact = options.redact ?? ((t: string) => t);
  return {
    run(args, runOptions = {}) {
      return new Promise((resolve, reject) => {
        const child = execFile(
          "git",
          args,
          {
            cwd: runOptions.cwd ?? options.cwd,
            env: { ...env, ...runOptions.env },
            maxBuffer: 64 * 1024 * 1024,
            timeout: 300_000,
          },
          (error, stdout, stderr) => {
            const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
            const result = { code, stdout: String(stdout), stderr: String(stderr) };
            if (code !== 0 && !runOptions.allowFail) {
              reject(
                new Error(redact(`git ${args[0]} failed (${code}): ${result.stderr.trim().slice(0, 600)}`)),
              );
            } else resolve(result);
          },
        );
        if (runOptions.input !== undefined) child.stdin?.end(runOptions.input);
        else child.stdin?.end();
      });
    },
  };
}

/** The committed branch name for a fingerprint; hex only, so always a valid, inert ref. */
export function fixBranch(fingerprint: string): string {
  if (!/^[a-f0-9]{6,64}$/.test(fingerprint))
    throw new Error(`fingerprint ${JSON.stringify(fingerprint)} is not hex`);
  return `autodev/fix-${fingerprint.slice(0, 16)}`;
}
