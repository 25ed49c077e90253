/**
 * One end-to-end "world": a project repository with a Prettier failure, a bare remote to push to
 * (template-cloned so every world has the same commit ids), a workspace checkout, and the REST
 * double describing the failed CI run whose job log leaks planted secrets.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { FakeGitHub } from "./fake-github.js";
import { CANARY_LLM_KEY, CANARY_TOKEN, leakyLogLines } from "./canary.js";

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const UGLY_TS = "export const x = {a:1,\n  b:2}\nexport function f(a:number){return a+1}\n";

export function git(dir: string, ...args: string[]): string {
  return execFileSync("git", args, {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: "1" },
  }).trim();
}

/** A committed project with one unformatted file; returns the bare template repository. */
export function makeTemplate(root: string): { bare: string; baseSha: string } {
  const src = join(root, "template-src");
  mkdirSync(join(src, "src"), { recursive: true });
  writeFileSync(join(src, "src/a.ts"), UGLY_TS);
  writeFileSync(join(src, "src/ok.ts"), "export const y = 1;\n");
  writeFileSync(join(src, ".gitignore"), "node_modules\n");
  writeFileSync(join(src, "package.json"), '{ "name": "demo", "private": true }\n');
  git(src, "init", "-q", "-b", "main");
  git(src, "-c", "user.email=dev@example.com", "-c", "user.name=dev", "add", "-A");
  execFileSync("git", ["commit", "-q", "-m", "init"], {
    cwd: src,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "dev",
      GIT_AUTHOR_EMAIL: "dev@example.com",
      GIT_COMMITTER_NAME: "dev",
      GIT_COMMITTER_EMAIL: "dev@example.com",
      GIT_AUTHOR_DATE: "@1763856000 +0000",
      GIT_COMMITTER_DATE: "@1763856000 +0000",
    },
  });
  const bare = join(root, "template.git");
  git(root, "clone", "-q", "--bare", src, bare);
  return { bare, baseSha: git(src, "rev-parse", "HEAD") };
}

export function ciLog(): string {
  const lines = [
    "##[group]Run npx prettier --check .",
    "npx prettier --check .",
    "##[endgroup]",
    ...leakyLogLines(),
    // Workflow commands planted in the log (INJ-06): they must never reach autodev's stdout.
    "::set-env name=NODE_OPTIONS::--require=/tmp/x",
    "::stop-commands::abc",
    "::error file=.github/x::owned",
    "Checking formatting...",
    "[warn] src/a.ts",
    "[warn] Code style issues found in the above file. Run Prettier with --write to fix.",
    "##[error]Process completed with exit code 1.",
  ];
  return lines.map((l, i) => `2026-11-23T10:00:0${Math.min(i, 9)}.0000000Z ${l}`).join("\n") + "\n";
}

export interface World {
  root: string;
  fake: FakeGitHub;
  remote: string;
  workspace: string;
  baseSha: string;
  runId: number;
  env(extra?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
  close(): Promise<void>;
}

export async function createWorld(
  template: { bare: string; baseSha: string },
  options: { leakyJob?: boolean } = {},
): Promise<World> {
  const root = mkdtempSync(join(tmpdir(), "autodev-world-"));
  const remote = join(root, "remote.git");
  git(root, "clone", "-q", "--bare", template.bare, remote);
  const workspace = join(root, "workspace");
  git(root, "clone", "-q", remote, workspace);
  // The project's formatter comes from node_modules, as after `npm ci` in CI.
  symlinkSync(join(PROJECT_ROOT, "node_modules"), join(workspace, "node_modules"), "dir");
  const fake = await new FakeGitHub({ gitRemote: remote }).start();
  const runId = 101;
  fake.addRun({
    id: runId,
    name: "CI",
    head_sha: template.baseSha,
    head_branch: "main",
    conclusion: "failure",
    jobs: [
      { id: 5001, name: "build", conclusion: "success", log: "all good\n" },
      {
        id: 5002,
        name: "lint",
        conclusion: "failure",
        steps: [
          { name: "Set up job", number: 1, conclusion: "success" },
          { name: "Run npx prettier --check .", number: 2, conclusion: "failure" },
        ],
        log: ciLog(),
      },
      // A job whose failure quotes the leaked values right next to the error.
      ...(options.leakyJob
        ? [
            {
              id: 5003,
              name: "deploy",
              conclusion: "failure" as const,
              log: [
                ...leakyLogLines(),
                `Error: deploy failed: https://x-access-token:${CANARY_TOKEN}@github.com rejected key ${Buffer.from(Buffer.from(CANARY_LLM_KEY).toString("base64")).toString("base64")}`,
                "##[error]Process completed with exit code 1.",
              ]
                .map((l) => `2026-11-23T10:01:00.0000000Z ${l}`)
                .join("\n"),
            },
          ]
        : []),
    ],
  });
  fake.permissions.set("maintainer", { permission: "write", role_name: "maintain" });
  fake.permissions.set("reader", { permission: "read", role_name: "read" });
  return {
    root,
    fake,
    remote,
    workspace,
    baseSha: template.baseSha,
    runId,
    env: (extra = {}) => ({
      GITHUB_REPOSITORY: fake.fullName,
      GITHUB_API_URL: fake.url,
      GITHUB_SERVER_URL: "https://github.com",
      GITHUB_WORKSPACE: workspace,
      GITHUB_TOKEN: CANARY_TOKEN,
      AUTODEV_LLM_API_KEY: CANARY_LLM_KEY,
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...extra,
    }),
    close: async () => {
      await fake.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** A real webhook example from @octokit/webhooks-examples, deep-copied for mutation. */
/** Webhook payloads are deep, loosely shaped JSON that tests mutate field by field. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Payload = Record<string, any>;

let examples: { name: string; examples: Record<string, unknown>[] }[] | undefined;

export async function webhookExample(
  event: string,
  match: (e: Record<string, unknown>) => boolean,
): Promise<Payload> {
  // Read as plain JSON: importing the 9 MB module through vite's transform costs seconds per file.
  examples ??= JSON.parse(
    readFileSync(createRequire(import.meta.url).resolve("@octokit/webhooks-examples"), "utf8"),
  ) as { name: string; examples: Record<string, unknown>[] }[];
  const mod = { default: examples };
  const group = mod.default.find((g) => g.name === event);
  const ex = group?.examples.find(match);
  if (!ex) throw new Error(`no ${event} example`);
  return structuredClone(ex) as Payload;
}

export function writeEvent(dir: string, name: string, payload: unknown): string {
  const path = join(dir, `${name}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(payload));
  return path;
}
