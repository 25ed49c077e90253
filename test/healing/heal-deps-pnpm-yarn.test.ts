import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { analyzeText } from "../../src/analysis/analyze.js";
import { nodeRunner, type CommandRunner } from "../../src/healing/exec.js";
import { heal } from "../../src/healing/heal.js";
// @ts-expect-error plain JS module shared with the benchmark
import { startRegistry } from "../../bench/corpus/js-registry.mjs";
import { cleanupRepos, git, makeRepo, PROJECT_ROOT } from "./helpers.js";

/**
 * Lockfile drift under pnpm and yarn classic, with the real tools (this project's devDependencies)
 * against the loopback registry double, in temp git repos: the frozen install fails for real, the
 * analyzer reads its output, and heal regenerates the lockfile alone, package.json untouched.
 */

let registry: { url: string; close: () => Promise<void> };
let env: NodeJS.ProcessEnv;
const caches = mkdtempSync(join(tmpdir(), "autodev-pm-cache-"));

beforeAll(async () => {
  registry = await startRegistry();
  env = {
    ...process.env,
    // The tools come from this project's node_modules/.bin, as in a CI job after `npm ci`.
    PATH: [join(PROJECT_ROOT, "node_modules", ".bin"), process.env.PATH].join(delimiter),
    npm_config_registry: registry.url,
    npm_config_update_notifier: "false",
    YARN_DISABLE_SELF_UPDATE_CHECK: "true",
    // Stores and caches of their own, so nothing depends on (or fills) the user's.
    XDG_CACHE_HOME: join(caches, "cache"),
    XDG_DATA_HOME: join(caches, "data"),
    YARN_CACHE_FOLDER: join(caches, "yarn"),
  };
}, 60_000);
afterAll(async () => {
  await registry?.close();
  rmSync(caches, { recursive: true, force: true });
});
afterEach(cleanupRepos);

const run = (dir: string, cmd: string) =>
  nodeRunner(env).run("sh", ["-c", cmd], { cwd: dir, timeoutMs: 120_000 });

const pkg = (deps: Record<string, string>) =>
  JSON.stringify({ name: "app", version: "1.0.0", private: true, dependencies: deps }, null, 2) + "\n";

type Pm = "pnpm" | "yarn";
const LOCK: Record<Pm, string> = { pnpm: "pnpm-lock.yaml", yarn: "yarn.lock" };
const MAKE_LOCK: Record<Pm, string> = {
  pnpm: "pnpm install --lockfile-only --ignore-scripts",
  yarn: "yarn install --ignore-scripts --non-interactive",
};
/**
 * A dependency whose lockfile entry cannot be written, yet the frozen install still reports drift
 * first: pnpm's frozen check runs before resolution (a version the registry lacks), yarn classic's
 * after resolution but before the engines check (a package for node >= 99).
 */
const UNLOCKABLE: Record<Pm, Record<string, string>> = {
  pnpm: { "is-number": "^9.0.0" },
  yarn: { "native-thing": "1.0.0" },
};
const CI: Record<Pm, string> = {
  pnpm: "pnpm install --frozen-lockfile --ignore-scripts",
  yarn: "yarn install --frozen-lockfile --ignore-scripts --non-interactive",
};

/** A repo whose lockfile was made for left-pad alone, then package.json gained `added` in a second commit. */
async function driftedRepo(pm: Pm, added: Record<string, string>): Promise<string> {
  const dir = makeRepo({ "package.json": pkg({ "left-pad": "1.3.0" }), ".gitignore": "node_modules\n" });
  const lock = await run(dir, MAKE_LOCK[pm]);
  expect(lock.exitCode, lock.stderr).toBe(0);
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "lock");
  writeFileSync(join(dir, "package.json"), pkg({ "left-pad": "1.3.0", ...added }));
  git(dir, "commit", "-q", "-am", "add a dependency, forget the lockfile");
  return dir;
}

async function ciFailures(dir: string, ci: string) {
  const first = await run(dir, ci);
  expect(first.exitCode).not.toBe(0);
  return {
    output: `${first.stdout}\n${first.stderr}`,
    ...(await analyzeText(`${first.stdout}\n${first.stderr}`)),
  };
}

describe.each(["pnpm", "yarn"] as const)("heal: %s lockfile drift", (pm) => {
  it("reads the frozen install's own message as a dependency failure", async () => {
    const dir = await driftedRepo(pm, { "is-number": "^7.0.0" });
    const { output, failures } = await ciFailures(dir, CI[pm]);
    expect(output).toMatch(
      pm === "pnpm"
        ? /ERR_PNPM_OUTDATED_LOCKFILE\s+Cannot install with "frozen-lockfile" because pnpm-lock\.yaml is not up to date with/
        : /error Your lockfile needs to be updated, but yarn was run with `--frozen-lockfile`\./,
    );
    expect(failures[0]).toMatchObject({ category: "dependency_error", strategy: "dependencies", tool: pm });
  });

  it("regenerates the lockfile alone, and the CI command passes", async () => {
    const dir = await driftedRepo(pm, { "is-number": "^7.0.0" });
    const manifest = readFileSync(join(dir, "package.json"));
    const { failures } = await ciFailures(dir, CI[pm]);
    const { report } = await heal({
      repoDir: dir,
      failures,
      verifyCommand: CI[pm],
      runner: nodeRunner(env),
      timeoutMs: 120_000,
    });
    expect(report.outcome).toBe("healed");
    expect(report.attempts.find((a) => a.kept)).toMatchObject({
      fixer: `${pm}-lock-sync`,
      strategy: "dependencies",
    });
    expect(report.files).toEqual([LOCK[pm]]);
    expect(git(dir, "status", "--porcelain")).toBe(` M ${LOCK[pm]}\n`);
    expect(readFileSync(join(dir, "package.json")).equals(manifest)).toBe(true);
    expect(readFileSync(join(dir, LOCK[pm]), "utf8")).toMatch(/is-number@\^?7\.0\.0/);
    expect(report.risk).toBe("review");
  });

  it("without a CI command, the manager's own frozen check proves the new lockfile", async () => {
    const dir = await driftedRepo(pm, { "is-number": "^7.0.0" });
    const { failures } = await ciFailures(dir, CI[pm]);
    const { report } = await heal({ repoDir: dir, failures, runner: nodeRunner(env), timeoutMs: 120_000 });
    expect(report.outcome).toBe("healed");
    const kept = report.attempts.find((a) => a.kept);
    expect(kept?.fixer).toBe(`${pm}-lock-sync`);
    expect(kept?.verification?.command).toMatch(
      pm === "pnpm" ? /--frozen-lockfile --lockfile-only/ : /--frozen-lockfile/,
    );
    expect(git(dir, "status", "--porcelain")).toBe(` M ${LOCK[pm]}\n`);
  });

  it("is unfixable, tree unchanged, when the lockfile cannot be regenerated", async () => {
    const dir = await driftedRepo(pm, UNLOCKABLE[pm]);
    const { output, failures } = await ciFailures(dir, CI[pm]);
    expect(output).toMatch(/ERR_PNPM_OUTDATED_LOCKFILE|Your lockfile needs to be updated/);
    const { report } = await heal({
      repoDir: dir,
      failures,
      verifyCommand: CI[pm],
      runner: nodeRunner(env),
      timeoutMs: 120_000,
    });
    expect(report.outcome).toBe("unfixable");
    expect(report.attempts.find((a) => a.fixer === `${pm}-lock-sync`)?.status).toBe("no-change");
    expect(report.attempts.some((a) => a.kept)).toBe(false);
    expect(git(dir, "status", "--porcelain")).toBe("");
  });
});

describe("heal: yarn classic reports a version the registry lacks", () => {
  it("moves the pin to one that exists and yarn.lock follows (npm-pin-version with real yarn)", async () => {
    const dir = await driftedRepo("yarn", { "is-number": "^9.0.0" });
    const { output, failures } = await ciFailures(dir, CI.yarn);
    // Yarn resolves before its frozen check, so the log names the version, not the drift.
    expect(output).toMatch(/error Couldn't find any versions for "is-number" that matches "\^9\.0\.0"/);
    const { report } = await heal({
      repoDir: dir,
      failures,
      verifyCommand: CI.yarn,
      runner: nodeRunner(env),
      timeoutMs: 120_000,
    });
    expect(report.outcome).toBe("healed");
    expect(report.attempts.find((a) => a.kept)?.fixer).toBe("npm-pin-version");
    expect(JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).dependencies["is-number"]).toBe(
      "^7.0.0",
    );
    expect(report.files.sort()).toEqual(["package.json", "yarn.lock"]);
  });
});

describe("a lockfile sync never changes package.json", () => {
  it("puts package.json and the lockfile back and skips when the manager rewrote the manifest", async () => {
    const manifest = pkg({ "left-pad": "1.3.0", "is-number": "^7.0.0" });
    const dir = makeRepo({ "package.json": manifest, "pnpm-lock.yaml": "lockfileVersion: '9.0'\n" });
    const calls: string[][] = [];
    const real = nodeRunner(env);
    // A manager that "helpfully" rewrites package.json while it updates the lockfile.
    const runner: CommandRunner = {
      run: async (file, args, o) => {
        if (file === "git") return real.run(file, args, o);
        calls.push([file, ...args]);
        writeFileSync(join(dir, "package.json"), pkg({ "left-pad": "1.3.0", "is-number": "7.0.0" }));
        writeFileSync(join(dir, "pnpm-lock.yaml"), "lockfileVersion: '9.0'\n# changed\n");
        writeFileSync(join(dir, "yarn.lock"), "# a lockfile that was not there\n");
        return { exitCode: 0, stdout: "", stderr: "", timedOut: false };
      },
    };
    const { failures } = await analyzeText(
      ' ERR_PNPM_OUTDATED_LOCKFILE  Cannot install with "frozen-lockfile" because pnpm-lock.yaml is not up to date with <ROOT>/package.json\n',
    );
    const { report } = await heal({ repoDir: dir, failures, runner });
    expect(calls[0]).toEqual([
      "pnpm",
      "install",
      "--lockfile-only",
      "--no-frozen-lockfile",
      "--ignore-scripts",
    ]);
    expect(report.attempts[0]).toMatchObject({ fixer: "pnpm-lock-sync", status: "skipped" });
    expect(report.attempts[0].detail).toMatch(/changed package\.json/);
    expect(report.outcome).toBe("unfixable");
    expect(git(dir, "status", "--porcelain")).toBe("");
  });
});
