import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { analyzeText } from "../../src/analysis/analyze.js";
import { nodeRunner, type CommandRunner } from "../../src/healing/exec.js";
import { defaultFixers } from "../../src/healing/fixers/index.js";
import { heal } from "../../src/healing/heal.js";
import { silentLogger } from "../../src/util/logger.js";
// @ts-expect-error plain JS module shared with the benchmark
import { startRegistry } from "../../bench/corpus/js-registry.mjs";
import { cleanupRepos, git, makeRepo, PROJECT_ROOT } from "./helpers.js";

/**
 * Lockfile drift under pnpm, yarn classic and yarn berry, with the real tools (this project's
 * devDependencies) against the loopback registry double, in temp git repos: the frozen install
 * fails for real, the analyzer reads its output, and heal regenerates the lockfile alone,
 * package.json untouched.
 */

let registry: { url: string; close: () => Promise<void> };
let env: NodeJS.ProcessEnv;
const scratch = mkdtempSync(join(tmpdir(), "autodev-pm-"));
const modules = join(PROJECT_ROOT, "node_modules");
/** Berry as a berry repo commits it (`yarnPath`); the `yarn` on PATH is classic and hands over. */
const BERRY = join(modules, "@yarnpkg", "cli-dist", "bin", "yarn.js");

beforeAll(async () => {
  registry = await startRegistry();
  // Classic `yarn` and `pnpm` on PATH, as a CI runner has them. Both yarns are devDependencies
  // and both name their bin `yarn`, so node_modules/.bin alone would not say which one runs.
  const tools = join(scratch, "bin");
  mkdirSync(tools);
  symlinkSync(join(modules, "yarn", "bin", "yarn.js"), join(tools, "yarn"));
  symlinkSync(join(modules, "pnpm", "bin", "pnpm.cjs"), join(tools, "pnpm"));
  env = {
    ...process.env,
    PATH: [tools, join(modules, ".bin"), process.env.PATH].join(delimiter),
    npm_config_registry: registry.url,
    npm_config_update_notifier: "false",
    YARN_ENABLE_TELEMETRY: "0",
    // Stores and caches of their own, so nothing depends on (or fills) the user's.
    XDG_CACHE_HOME: join(scratch, "cache"),
    XDG_DATA_HOME: join(scratch, "data"),
    YARN_CACHE_FOLDER: join(scratch, "yarn-cache"),
    YARN_GLOBAL_FOLDER: join(scratch, "yarn-global"),
  };
}, 60_000);
afterAll(async () => {
  await registry?.close();
  rmSync(scratch, { recursive: true, force: true });
});
afterEach(cleanupRepos);

const run = (dir: string, cmd: string) =>
  nodeRunner(env).run("sh", ["-c", cmd], { cwd: dir, timeoutMs: 120_000 });

const pkg = (deps: Record<string, string>) =>
  JSON.stringify({ name: "app", version: "1.0.0", private: true, dependencies: deps }, null, 2) + "\n";

type Pm = "pnpm" | "yarn" | "berry";

interface Manager {
  fixer: string;
  tool: string;
  lock: string;
  files?: () => Record<string, string>;
  makeLock: string;
  ci: string;
  drift: RegExp;
  /** How the fixer's own check runs. */
  check: RegExp;
}

const MANAGERS: Record<Pm, Manager> = {
  pnpm: {
    fixer: "pnpm-lock-sync",
    tool: "pnpm",
    lock: "pnpm-lock.yaml",
    makeLock: "pnpm install --lockfile-only --ignore-scripts",
    ci: "pnpm install --frozen-lockfile --ignore-scripts",
    drift:
      /ERR_PNPM_OUTDATED_LOCKFILE\s+Cannot install with "frozen-lockfile" because pnpm-lock\.yaml is not up to date with/,
    check: /^pnpm install --frozen-lockfile --lockfile-only/,
  },
  yarn: {
    fixer: "yarn-lock-sync",
    tool: "yarn",
    lock: "yarn.lock",
    makeLock: "yarn install --ignore-scripts --non-interactive",
    ci: "yarn install --frozen-lockfile --ignore-scripts --non-interactive",
    drift: /^error Your lockfile needs to be updated, but yarn was run with `--frozen-lockfile`\.$/m,
    check: /^yarn install --frozen-lockfile .*--modules-folder/,
  },
  berry: {
    fixer: "yarn-lock-sync",
    tool: "yarn",
    lock: "yarn.lock",
    files: () => ({
      ".yarnrc.yml": [
        `yarnPath: ${JSON.stringify(BERRY)}`,
        `npmRegistryServer: ${JSON.stringify(registry.url.replace(/\/$/, ""))}`,
        'unsafeHttpWhitelist: ["127.0.0.1"]',
        "",
      ].join("\n"),
      // A berry repo's usual .gitignore: the install state and Plug'n'Play files are local.
      ".gitignore": ".yarn/*\n!.yarn/releases\n.pnp.*\nnode_modules\n",
    }),
    makeLock: "yarn install --mode=update-lockfile",
    ci: "yarn install --immutable",
    drift: /YN0028: .*The lockfile would have been modified by this install, which is explicitly forbidden\./,
    check: /^yarn install --mode=update-lockfile/,
  },
};

/**
 * A repo whose lockfile was made for left-pad alone, then package.json gained `added` in a second
 * commit: in name order, as `pnpm add` or `yarn add` write it, unless `unsorted`, as a hand edit may.
 */
async function driftedRepo(pm: Pm, added: Record<string, string>, unsorted = false): Promise<string> {
  const m = MANAGERS[pm];
  const dir = makeRepo({
    "package.json": pkg({ "left-pad": "1.3.0" }),
    ".gitignore": "node_modules\n",
    ...m.files?.(),
  });
  const lock = await run(dir, m.makeLock);
  expect(lock.exitCode, lock.stderr + lock.stdout).toBe(0);
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "lock");
  const deps = Object.entries({ "left-pad": "1.3.0", ...added });
  if (!unsorted) deps.sort(([a], [b]) => (a < b ? -1 : 1));
  writeFileSync(join(dir, "package.json"), pkg(Object.fromEntries(deps)));
  git(dir, "commit", "-q", "-am", "add a dependency, forget the lockfile");
  return dir;
}

async function ciFailures(dir: string, ci: string) {
  const first = await run(dir, ci);
  expect(first.exitCode).not.toBe(0);
  const output = `${first.stdout}\n${first.stderr}`;
  return { output, ...(await analyzeText(output)) };
}

describe.each(["pnpm", "yarn", "berry"] as const)("heal: %s lockfile drift", (pm) => {
  const m = MANAGERS[pm];

  it("reads the frozen install's own message as a dependency failure", async () => {
    const dir = await driftedRepo(pm, { "is-number": "^7.0.0" });
    const { output, failures } = await ciFailures(dir, m.ci);
    expect(output).toMatch(m.drift);
    expect(failures[0]).toMatchObject({
      category: "dependency_error",
      strategy: "dependencies",
      tool: m.tool,
    });
  });

  it("regenerates the lockfile alone, and the CI command passes", async () => {
    const dir = await driftedRepo(pm, { "is-number": "^7.0.0" });
    const manifest = readFileSync(join(dir, "package.json"));
    const { failures } = await ciFailures(dir, m.ci);
    const { report } = await heal({
      repoDir: dir,
      failures,
      verifyCommand: m.ci,
      runner: nodeRunner(env),
      timeoutMs: 120_000,
    });
    expect(report.outcome).toBe("healed");
    expect(report.attempts.find((a) => a.kept)).toMatchObject({ fixer: m.fixer, strategy: "dependencies" });
    expect(report.files).toEqual([m.lock]);
    expect(git(dir, "status", "--porcelain")).toBe(` M ${m.lock}\n`);
    expect(readFileSync(join(dir, "package.json")).equals(manifest)).toBe(true);
    expect(readFileSync(join(dir, m.lock), "utf8")).toMatch(/is-number@(?:npm:)?\^?7\.0\.0/);
    expect(report.risk).toBe("review");
  });

  it("without a CI command, the manager's own check proves the new lockfile", async () => {
    const dir = await driftedRepo(pm, { "is-number": "^7.0.0" });
    const { failures } = await ciFailures(dir, m.ci);
    const { report } = await heal({ repoDir: dir, failures, runner: nodeRunner(env), timeoutMs: 120_000 });
    expect(report.outcome).toBe("healed");
    const kept = report.attempts.find((a) => a.kept);
    expect(kept?.fixer).toBe(m.fixer);
    expect(kept?.verification?.command).toMatch(m.check);
    expect(git(dir, "status", "--porcelain")).toBe(` M ${m.lock}\n`);
    // The check was a real one: the frozen install now passes.
    expect((await run(dir, m.ci)).exitCode).toBe(0);
  });
});

describe("heal: berry sorts package.json's dependencies as it installs", () => {
  it("the lockfile is kept and package.json goes back byte for byte", async () => {
    const dir = await driftedRepo("berry", { "is-number": "^7.0.0" }, true);
    const manifest = readFileSync(join(dir, "package.json"));
    const { failures } = await ciFailures(dir, MANAGERS.berry.ci);
    // The CI run sorted it (the user's own command, not heal): back to the commit's bytes.
    git(dir, "checkout", "--", "package.json");
    const { report } = await heal({ repoDir: dir, failures, runner: nodeRunner(env), timeoutMs: 120_000 });
    expect(report.outcome).toBe("healed");
    expect(report.files).toEqual(["yarn.lock"]);
    expect(git(dir, "status", "--porcelain")).toBe(" M yarn.lock\n");
    expect(readFileSync(join(dir, "package.json")).equals(manifest)).toBe(true);
  });
});

describe("heal: a berry project where the yarn on PATH is classic", () => {
  it("leaves yarn.lock alone rather than let classic rewrite it (and run an install)", async () => {
    const dir = await driftedRepo("berry", { "is-number": "^7.0.0" });
    const { failures } = await ciFailures(dir, MANAGERS.berry.ci);
    // As a corepack project has it: no yarnPath, berry comes from package.json's packageManager.
    writeFileSync(
      join(dir, ".yarnrc.yml"),
      readFileSync(join(dir, ".yarnrc.yml"), "utf8").replace(/^yarnPath:.*\n/m, ""),
    );
    git(dir, "commit", "-qam", "corepack");
    const { report } = await heal({ repoDir: dir, failures, runner: nodeRunner(env), timeoutMs: 120_000 });
    expect(report.outcome).toBe("unfixable");
    const attempt = report.attempts.find((a) => a.fixer === "yarn-lock-sync");
    expect(attempt?.status).toBe("no-change");
    expect(attempt?.detail).toMatch(/the yarn on PATH is classic/);
    expect(git(dir, "status", "--porcelain")).toBe("");
    expect(existsSync(join(dir, "node_modules"))).toBe(false);
  });
});

describe("heal: a lockfile that cannot be regenerated is left alone", () => {
  // Each drift needs a dependency whose lockfile entry cannot be written while the frozen install
  // still reports the drift first: pnpm checks before resolving (a version the registry lacks),
  // yarn classic after resolving but before its engines check (a package for node >= 99).
  it.each([
    ["pnpm", { "is-number": "^9.0.0" }],
    ["yarn", { "native-thing": "1.0.0" }],
  ] as const)("%s: unfixable, the tree unchanged", async (pm, added) => {
    const m = MANAGERS[pm];
    const dir = await driftedRepo(pm, added);
    const { output, failures } = await ciFailures(dir, m.ci);
    expect(output).toMatch(m.drift);
    const { report } = await heal({
      repoDir: dir,
      failures,
      verifyCommand: m.ci,
      runner: nodeRunner(env),
      timeoutMs: 120_000,
    });
    expect(report.outcome).toBe("unfixable");
    expect(report.attempts.find((a) => a.fixer === m.fixer)?.status).toBe("no-change");
    expect(report.attempts.some((a) => a.kept)).toBe(false);
    expect(git(dir, "status", "--porcelain")).toBe("");
  });

  it("berry: a version the registry lacks fails resolution (YN0082), unfixable, the tree unchanged", async () => {
    const dir = await driftedRepo("berry", { "is-number": "^9.0.0" });
    const { output, failures } = await ciFailures(dir, MANAGERS.berry.ci);
    expect(output).toMatch(/YN0082: .*is-number@npm:\^9\.0\.0: No candidates found/);
    const { report } = await heal({
      repoDir: dir,
      failures,
      verifyCommand: MANAGERS.berry.ci,
      runner: nodeRunner(env),
      timeoutMs: 120_000,
    });
    expect(report.outcome).toBe("unfixable");
    expect(report.attempts.some((a) => a.kept)).toBe(false);
    expect(git(dir, "status", "--porcelain")).toBe("");
  });
});

describe("heal: yarn classic reports a version the registry lacks", () => {
  it("moves the pin to one that exists and yarn.lock follows (npm-pin-version with real yarn)", async () => {
    const dir = await driftedRepo("yarn", { "is-number": "^9.0.0" });
    const { output, failures } = await ciFailures(dir, MANAGERS.yarn.ci);
    // Yarn resolves before its frozen check, so the log names the version, not the drift.
    expect(output).toMatch(/error Couldn't find any versions for "is-number" that matches "\^9\.0\.0"/);
    const { report } = await heal({
      repoDir: dir,
      failures,
      verifyCommand: MANAGERS.yarn.ci,
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

describe("the lock-sync fixers claim the drift in CI logs of other versions", () => {
  // GitHub Actions logs made with pnpm 12 (miette's boxed message), yarn 1.22 and yarn 4.
  it.each([
    ["js-pnpm-outdated-lockfile", "pnpm-lock.yaml", "pnpm-lock-sync"],
    ["js-yarn-frozen-lockfile", "yarn.lock", "yarn-lock-sync"],
    ["js-yarn-berry-immutable-lockfile", "yarn.lock", "yarn-lock-sync"],
  ])("%s", async (log, lock, fixer) => {
    const text = readFileSync(join(PROJECT_ROOT, "test/fixtures/corpus", log, "log.txt"), "utf8");
    const { failures } = await analyzeText(text);
    const dir = makeRepo({ "package.json": "{}\n", [lock]: "" });
    const claimed = failures.flatMap((f) => defaultFixers.filter((x) => x.claims(f, dir)).map((x) => x.id));
    expect(claimed).toEqual([fixer]);
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

  it("puts the lockfile back when the manager on PATH writes another format than the project's", async () => {
    const dir = makeRepo({
      "package.json": pkg({ "left-pad": "1.3.0" }),
      "pnpm-lock.yaml": "lockfileVersion: '6.0'\n",
    });
    const real = nodeRunner(env);
    const runner: CommandRunner = {
      run: async (file, args, o) => {
        if (file === "git") return real.run(file, args, o);
        writeFileSync(join(dir, "pnpm-lock.yaml"), "lockfileVersion: '9.0'\n");
        return { exitCode: 0, stdout: "", stderr: "", timedOut: false };
      },
    };
    const { failures } = await analyzeText(
      ' ERR_PNPM_OUTDATED_LOCKFILE  Cannot install with "frozen-lockfile" because pnpm-lock.yaml is not up to date with <ROOT>/package.json\n',
    );
    const { report } = await heal({ repoDir: dir, failures, runner });
    expect(report.attempts[0]).toMatchObject({ fixer: "pnpm-lock-sync", status: "no-change" });
    expect(report.attempts[0].detail).toMatch(/changed format/);
    expect(git(dir, "status", "--porcelain")).toBe("");
  });
});

describe("yarn berry: the version probe", () => {
  it("asks the yarn on PATH its version once for the fix and its check", async () => {
    const dir = makeRepo({
      "package.json": pkg({ "left-pad": "1.3.0" }),
      ".yarnrc.yml": "nodeLinker: node-modules\n",
      "yarn.lock": "__metadata:\n  version: 8\n",
    });
    const calls: string[] = [];
    const runner: CommandRunner = {
      run: async (file, args) => {
        calls.push([file, ...args].join(" "));
        const stdout = args[0] === "--version" ? "4.9.1\n" : "";
        return { exitCode: 0, stdout, stderr: "", timedOut: false };
      },
    };
    const ctx = { repoDir: dir, runner, logger: silentLogger, timeoutMs: 10_000 };
    const fixer = defaultFixers.find((f) => f.id === "yarn-lock-sync")!;
    await fixer.fix(ctx, []);
    expect((await fixer.check(ctx, [], [])).ok).toBe(true);
    expect(calls.filter((c) => c === "yarn --version")).toEqual(["yarn --version"]);
    expect(calls.filter((c) => c.startsWith("yarn install"))).toHaveLength(2);
  });
});
