import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { analyzeText } from "../../src/analysis/analyze.js";
import { nodeRunner } from "../../src/healing/exec.js";
import { packageOf } from "../../src/healing/fixers/deps-npm.js";
import { heal } from "../../src/healing/heal.js";
// @ts-expect-error plain JS module shared with the benchmark
import { startRegistry } from "../../bench/corpus/js-registry.mjs";
import { cleanupRepos, git, makeRepo } from "./helpers.js";

/**
 * Real npm against the loopback registry double (bench/corpus/js-registry.mjs), in temp git
 * repos: the CI command fails for real, the analyzer reads its output, heal fixes and re-runs it.
 */

const math = (v: string, body = "a + b") => ({
  index: `exports.add = (a, b) => ${body};\nexports.version = "${v}";\n`,
  types: "index.d.ts",
  sources: {
    "index.d.ts":
      "export declare function add(a: number, b: number): number;\nexport declare const version: string;\n",
  },
});

const EXTRA = {
  "tiny-math": {
    "1.0.0": math("1.0.0"),
    "1.1.0": math("1.1.0"),
    "1.4.2": math("1.4.2"),
    "2.0.0": math("2.0.0"),
  },
  // 1.1.0 exists but its add is wrong: a pin to it must fail the tests and stay as it is.
  "broken-math": { "1.0.0": math("1.0.0"), "1.1.0": math("1.1.0", "a - b") },
  "deep-util": { "3.2.1": { index: 'exports.deep = () => "deep 3.2.1";\n' }, "4.0.0": {} },
  "uses-deep": { "1.0.0": { dependencies: { "deep-util": "^3.0.0" } } },
};

let registry: { url: string; close: () => Promise<void> };
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  registry = await startRegistry({ extra: EXTRA });
  env = {
    ...process.env,
    npm_config_registry: registry.url,
    npm_config_audit: "false",
    npm_config_fund: "false",
  };
}, 60_000);
afterAll(async () => registry?.close());
afterEach(cleanupRepos);

const run = (dir: string, cmd: string) =>
  nodeRunner(env).run("sh", ["-c", cmd], { cwd: dir, timeoutMs: 120_000 });

/** A repo whose lockfile was made from `lockedDeps`, then package.json moved to `deps` in a second commit. */
async function npmRepo(
  files: Record<string, string>,
  lockedDeps: Record<string, unknown>,
  deps: Record<string, unknown> = lockedDeps,
): Promise<string> {
  const pkg = (d: Record<string, unknown>) =>
    JSON.stringify({ name: "app", version: "1.0.0", private: true, type: "module", ...d }, null, 2) + "\n";
  const dir = makeRepo({ ...files, "package.json": pkg(lockedDeps), ".gitignore": "node_modules\n" });
  const lock = await run(dir, "npm install --package-lock-only --ignore-scripts");
  expect(lock.exitCode, lock.stderr).toBe(0);
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "lock");
  if (deps !== lockedDeps) {
    writeFileSync(join(dir, "package.json"), pkg(deps));
    git(dir, "commit", "-q", "-am", "bump");
  }
  return dir;
}

async function healCi(dir: string, ci: string) {
  const first = await run(dir, ci);
  expect(first.exitCode).not.toBe(0);
  const { failures } = await analyzeText(`${first.stdout}\n${first.stderr}`);
  return heal({ repoDir: dir, failures, verifyCommand: ci, runner: nodeRunner(env), timeoutMs: 120_000 });
}

const readJson = (dir: string, f: string) => JSON.parse(readFileSync(join(dir, f), "utf8"));

const TEST_ADD = {
  "test/add.test.js":
    'import { test } from "node:test";\nimport assert from "node:assert/strict";\nimport { add } from "tiny-math";\n\ntest("add", () => assert.equal(add(2, 3), 5));\n',
};

describe("heal: an npm pin to a version that does not exist", () => {
  it("moves ^1.5.0 to the highest 1.x below it (^1.4.2), the lockfile agrees, and CI passes", async () => {
    const dir = await npmRepo(
      TEST_ADD,
      { dependencies: { "tiny-math": "^1.4.2" } },
      { dependencies: { "tiny-math": "^1.5.0" } },
    );
    const ci = "npm ci && node --test";
    const { report } = await healCi(dir, ci);
    expect(report.outcome).toBe("healed");
    expect(report.attempts.find((a) => a.kept)).toMatchObject({
      fixer: "npm-pin-version",
      strategy: "dependencies",
    });
    expect(readJson(dir, "package.json").dependencies).toEqual({ "tiny-math": "^1.4.2" });
    const lock = readJson(dir, "package-lock.json");
    expect(lock.packages[""].dependencies).toEqual({ "tiny-math": "^1.4.2" });
    expect(lock.packages["node_modules/tiny-math"].version).toBe("1.4.2");
    // The lockfile still resolved ^1.4.2 from before the bump: regenerating it changes nothing.
    expect(report.files).toEqual(["package.json"]);
    expect(report.risk).toBe("review");
  });

  it("keeps an exact pin exact and, with no version of that major, takes the highest below (3.0.0 → 2.0.0)", async () => {
    // The dependency is new: the lockfile never had it, so the fix must regenerate it.
    const dir = await npmRepo(TEST_ADD, {}, { devDependencies: { "tiny-math": "3.0.0" } });
    const { report } = await healCi(dir, "npm ci && node --test");
    expect(report.outcome).toBe("healed");
    expect(readJson(dir, "package.json").devDependencies).toEqual({ "tiny-math": "2.0.0" });
    expect(readJson(dir, "package-lock.json").packages["node_modules/tiny-math"]).toMatchObject({
      version: "2.0.0",
      dev: true,
    });
    expect(report.files.sort()).toEqual(["package-lock.json", "package.json"]);
  });

  it("asks the registry the project's own .npmrc names", async () => {
    const saved = env;
    // No registry in the environment: only the committed .npmrc knows where packages come from.
    env = { ...saved, npm_config_registry: undefined };
    try {
      const dir = await npmRepo(
        { ...TEST_ADD, ".npmrc": `registry=${registry.url}\n` },
        { dependencies: { "tiny-math": "^1.4.2" } },
        { dependencies: { "tiny-math": "~1.9.0" } },
      );
      const { report } = await healCi(dir, "npm ci && node --test");
      expect(report.outcome).toBe("healed");
      expect(readJson(dir, "package.json").dependencies).toEqual({ "tiny-math": "~1.4.2" });
    } finally {
      env = saved;
    }
  });

  it("does not touch a pin that exists even though its code fails the tests (no downgrade)", async () => {
    const dir = await npmRepo(
      {
        "test/add.test.js": TEST_ADD["test/add.test.js"].replace('"tiny-math"', '"broken-math"'),
      },
      { dependencies: { "broken-math": "^1.1.0" } },
    );
    const { report } = await healCi(dir, "npm ci && node --test");
    expect(report.outcome).toBe("unfixable");
    expect(report.attempts.some((a) => a.kept)).toBe(false);
    expect(git(dir, "status", "--porcelain")).toBe("");
  });

  it("leaves a missing version alone when package.json does not pin it itself", async () => {
    const dir = makeRepo({ "package.json": '{ "name": "app", "version": "1.0.0" }\n' });
    const { report } = await heal({
      repoDir: dir,
      failures: (
        await analyzeText(
          "npm error code ETARGET\nnpm error notarget No matching version found for tiny-math@^9.0.0.\n",
        )
      ).failures,
      runner: nodeRunner(env),
    });
    expect(report.attempts[0]).toMatchObject({ fixer: "npm-pin-version", status: "skipped" });
    expect(report.attempts[0].detail).toMatch(/does not pin tiny-math@\^9\.0\.0/);
    expect(git(dir, "status", "--porcelain")).toBe("");
  });

  it("refuses a package name from the log that is not a valid npm name", async () => {
    const dir = makeRepo({ "package.json": '{ "dependencies": { "--registry=http://evil": "^1.0.0" } }\n' });
    const text =
      "npm error code ETARGET\nnpm error notarget No matching version found for --registry=http://evil@^1.0.0.\n";
    const calls: string[][] = [];
    const { report } = await heal({
      repoDir: dir,
      failures: (await analyzeText(text)).failures,
      runner: {
        run: async (file, args, o) => {
          calls.push([file, ...args]);
          return nodeRunner(env).run(file, args, o);
        },
      },
    });
    expect(report.outcome).toBe("unfixable");
    expect(calls.filter((c) => c[0] === "npm")).toEqual([]);
    expect(git(dir, "status", "--porcelain")).toBe("");
  });
});

describe("heal: a package the code imports but package.json lacks", () => {
  it("adds it to devDependencies at the registry's latest when only a test imports it", async () => {
    const dir = await npmRepo(TEST_ADD, {});
    const { report } = await healCi(dir, "npm ci && node --test");
    expect(report.outcome).toBe("healed");
    expect(report.attempts.find((a) => a.kept)?.fixer).toBe("npm-add-dependency");
    const pkg = readJson(dir, "package.json");
    expect(pkg.devDependencies).toEqual({ "tiny-math": "^2.0.0" });
    expect(pkg.dependencies).toBeUndefined();
    expect(readJson(dir, "package-lock.json").packages["node_modules/tiny-math"]).toMatchObject({
      version: "2.0.0",
      dev: true,
    });
  });

  it("adds a transitive package at the version the lockfile already resolves, not the registry's latest", async () => {
    // deep-util comes with the dev tool uses-deep; production code imports it, and a production
    // install (--omit=dev) leaves it out.
    const dir = await npmRepo(
      { "src/main.js": 'import { deep } from "deep-util";\nconsole.log(deep());\n' },
      { devDependencies: { "uses-deep": "1.0.0" } },
    );
    const { report } = await healCi(dir, "npm ci --omit=dev && node src/main.js");
    expect(report.outcome).toBe("healed");
    const pkg = readJson(dir, "package.json");
    expect(pkg.dependencies).toEqual({ "deep-util": "^3.2.1" });
    expect(pkg.devDependencies).toEqual({ "uses-deep": "1.0.0" });
  });

  it("adds the package tsc cannot find (TS2307), and tsc then passes with its types", async () => {
    const dir = await npmRepo(
      {
        "tsconfig.json":
          '{ "compilerOptions": { "module": "nodenext", "strict": true, "noEmit": true, "types": [] }, "include": ["src"] }\n',
        "src/sum.ts": 'import { add } from "tiny-math/index.js";\n\nexport const sum = add(1, 2);\n',
      },
      {},
    );
    const tsc = join(process.env.PATH!.split(":").find((p) => p.endsWith("node_modules/.bin")) ?? "", "tsc");
    const { report } = await healCi(dir, `npm ci && ${JSON.stringify(tsc)} -p .`);
    expect(report.outcome).toBe("healed");
    expect(readJson(dir, "package.json").dependencies).toEqual({ "tiny-math": "^2.0.0" });
  });

  it("adds nothing for a package the registry does not know, and leaves the tree as it was", async () => {
    const dir = await npmRepo({ "src/main.js": 'import x from "no-such-pkg";\nconsole.log(x);\n' }, {});
    const { report } = await healCi(dir, "npm ci && node src/main.js");
    expect(report.outcome).toBe("unfixable");
    expect(report.attempts.find((a) => a.fixer === "npm-add-dependency")?.status).toBe("skipped");
    expect(git(dir, "status", "--porcelain")).toBe("");
  });

  it("never treats built-ins, relative paths, URLs or odd names as packages", () => {
    for (const s of [
      "fs",
      "node:fs",
      "fs/promises",
      "node:test",
      "./x.js",
      "../a",
      "/abs",
      "file:///x",
      "C:\\x",
    ])
      expect(packageOf(s), s).toBeNull();
    for (const s of ["-rf", "$(id)", "a b", "UPPER", "@/alias", "~/alias", "#internal", "@scope"])
      expect(packageOf(s), s).toBeNull();
    expect(packageOf("lodash/fp")).toBe("lodash");
    expect(packageOf("@scope/pkg/deep/path.js")).toBe("@scope/pkg");
  });
});

describe("heal: a lockfile out of sync in a monorepo package", () => {
  it("regenerates the lockfile of the package the CI command moves to, and only that one", async () => {
    const pkg = (deps: Record<string, string>) =>
      JSON.stringify({ name: "web", version: "1.0.0", private: true, dependencies: deps }, null, 2) + "\n";
    const dir = makeRepo({
      ".gitignore": "node_modules\n",
      "packages/web/package.json": pkg({ "tiny-math": "^1.0.0" }),
    });
    const web = join(dir, "packages/web");
    const lock = await run(web, "npm install --package-lock-only --ignore-scripts");
    expect(lock.exitCode, lock.stderr).toBe(0);
    writeFileSync(join(web, "package.json"), pkg({ "tiny-math": "^1.0.0", "deep-util": "^3.0.0" }));
    git(dir, "add", "-A");
    git(dir, "commit", "-q", "-m", "web with a stale lockfile");
    const { report } = await healCi(dir, "cd packages/web && npm ci --ignore-scripts");
    expect(report.outcome).toBe("healed");
    expect(report.files).toEqual(["packages/web/package-lock.json"]);
    expect(readJson(web, "package-lock.json").packages["node_modules/deep-util"].version).toBe("3.2.1");
  });
});
