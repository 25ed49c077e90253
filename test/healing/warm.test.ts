import {
  chmodSync,
  existsSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { nodeRunner, type CommandRunner } from "../../src/healing/exec.js";
import { byPackage } from "../../src/healing/fixers/files.js";
import { healFromCi } from "../../src/healing/flow.js";
import { heal } from "../../src/healing/heal.js";
import type { Fixer } from "../../src/healing/types.js";
import { planWarmTools, warmPool, type WarmPool, type WarmSpec } from "../../src/healing/warm.js";
import { PROJECT_ROOT, cleanupRepos, failure, git, makeRepo } from "./helpers.js";

const pools: WarmPool[] = [];
afterEach(async () => {
  for (const p of pools.splice(0)) await p.close();
  cleanupRepos();
});

const UGLY_TS = "export const x = {a:1,\n  b:2}\nexport function f(a:number){return a+1}\n";
const UGLY_JS = "var a = 1;\nlet b = 2;\nconsole.log(a, b);\n";
const UGLY_PY = "import os\ndef f( a,b ):\n  return {'a':a,'b':b}\n\nprint( f(1,2), os.sep )\n";

/** A pool whose processes have had time to finish their start-up. */
async function warmed(specs: WarmSpec[], env: NodeJS.ProcessEnv = process.env): Promise<WarmPool> {
  const pool = warmPool(nodeRunner(env), env, specs);
  pools.push(pool);
  await new Promise((r) => setTimeout(r, 1500));
  return pool;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Processes whose working directory is `dir` (what an orphaned tool would be). */
function processesIn(dir: string): number[] {
  return readdirSync("/proc").flatMap((p) => {
    if (!/^\d+$/.test(p)) return [];
    try {
      return readlinkSync(`/proc/${p}/cwd`) === dir ? [Number(p)] : [];
    } catch {
      return [];
    }
  });
}

const tools: {
  name: string;
  files: Record<string, string>;
  file: (dir: string) => string;
  args: string[];
  extraEnv?: Record<string, string>;
  spec: (dir: string) => WarmSpec;
  changed: string;
}[] = [
  {
    name: "prettier",
    files: { "src/a.ts": UGLY_TS },
    file: (dir) => join(dir, "node_modules/.bin/prettier"),
    args: ["--write", "--", "src/a.ts"],
    spec: (dir) => planWarmTools(dir, "node_modules/.bin/prettier --check src", process.env)[0],
    changed: "src/a.ts",
  },
  {
    name: "eslint",
    files: {
      "package.json": '{ "type": "module" }\n',
      "eslint.config.js": 'export default [{ rules: { "prefer-const": "error", "no-var": "error" } }];\n',
      "src/a.js": UGLY_JS,
    },
    file: (dir) => join(dir, "node_modules/.bin/eslint"),
    args: ["--fix", "--", "src/a.js"],
    spec: (dir) => planWarmTools(dir, "node_modules/.bin/eslint src", process.env)[0],
    changed: "src/a.js",
  },
  {
    // vitest's CLI keeps the process.argv array it saw when loaded: the regression this guards.
    name: "vitest (snapshot update)",
    files: {
      "package.json": '{ "type": "module" }\n',
      "src/greet.ts": "export const greet = (n: string) => `hi ${n}`;\n",
      "src/greet.test.ts":
        'import { expect, test } from "vitest";\nimport { greet } from "./greet.js";\n\ntest("greet", () => {\n  expect(greet("a")).toMatchSnapshot();\n});\n',
      "src/__snapshots__/greet.test.ts.snap":
        '// Vitest Snapshot v1, https://vitest.dev/guide/snapshot.html\n\nexports[`greet 1`] = `"hello a"`;\n',
    },
    file: (dir) => join(dir, "node_modules/.bin/vitest"),
    args: ["run", "-u", "src/greet.test.ts"],
    extraEnv: { CI: "", FORCE_COLOR: "0" },
    spec: (dir) => planWarmTools(dir, "CI=true node_modules/.bin/vitest run", process.env)[0],
    changed: "src/__snapshots__/greet.test.ts.snap",
  },
  {
    name: "black",
    files: { "app.py": UGLY_PY },
    file: () => "black",
    args: ["-q", "--", "app.py"],
    spec: (dir) => planWarmTools(dir, "black --check .", process.env)[0],
    changed: "app.py",
  },
];

describe("warm-started fixer tools", () => {
  for (const tool of tools)
    it(`${tool.name}: a warm run writes the same bytes and exits like a cold spawn`, async () => {
      const warmDir = makeRepo(tool.files, { nodeModules: true });
      const coldDir = makeRepo(tool.files, { nodeModules: true });
      const spec = tool.spec(warmDir);
      expect(spec).toBeDefined();
      const pool = await warmed([spec]);
      const { extraEnv } = tool;
      const warm = await pool.run(tool.file(warmDir), tool.args, {
        cwd: warmDir,
        timeoutMs: 30_000,
        extraEnv,
      });
      expect(pool.handed).toBe(1);
      const cold = await nodeRunner().run(tool.file(coldDir), tool.args, {
        cwd: coldDir,
        timeoutMs: 30_000,
        extraEnv,
      });
      expect(warm.exitCode).toBe(cold.exitCode);
      expect(readFileSync(join(warmDir, tool.changed), "utf8")).not.toBe(tool.files[tool.changed]);
      expect(readFileSync(join(warmDir, tool.changed))).toEqual(readFileSync(join(coldDir, tool.changed)));
      // (vitest's stderr carries timings.)
      if (!extraEnv) expect(warm.stderr.replaceAll(warmDir, "D")).toBe(cold.stderr.replaceAll(coldDir, "D"));
      // A second run of the same tool is a cold one: a warm process serves once.
      const again = await pool.run(tool.file(warmDir), tool.args, {
        cwd: warmDir,
        timeoutMs: 30_000,
        extraEnv,
      });
      expect(pool.handed).toBe(1);
      expect(again.exitCode).toBe(0);
    });

  it("a check run reports the tool's own exit code and output (prettier --check on an unformatted file)", async () => {
    const dir = makeRepo({ "src/a.ts": UGLY_TS }, { nodeModules: true });
    const pool = await warmed(planWarmTools(dir, "node_modules/.bin/prettier --check src", process.env));
    const bin = join(dir, "node_modules/.bin/prettier");
    const warm = await pool.run(bin, ["--check", "src"], { cwd: dir, timeoutMs: 30_000 });
    const cold = await nodeRunner().run(bin, ["--check", "src"], { cwd: dir, timeoutMs: 30_000 });
    expect(pool.handed).toBe(1);
    expect(warm.exitCode).toBe(1);
    expect([warm.stdout, warm.stderr]).toEqual([cold.stdout, cold.stderr]);
  });

  it("an exercise of the tool's API that throws costs nothing: the tool still runs warm, as itself", async () => {
    const dir = makeRepo({ "src/a.ts": UGLY_TS }, { nodeModules: true });
    const [spec] = planWarmTools(dir, "node_modules/.bin/prettier --check src", process.env);
    expect(spec?.exercise).toBeTruthy();
    const pool = await warmed([{ ...spec!, exercise: 'throw new Error("exercise failed")' }]);
    const r = await pool.run(join(dir, "node_modules/.bin/prettier"), ["--write", "src/a.ts"], {
      cwd: dir,
      timeoutMs: 30_000,
    });
    expect(pool.handed).toBe(1);
    expect(r.exitCode).toBe(0);
    expect(readFileSync(join(dir, "src/a.ts"), "utf8")).toContain("export const x = { a: 1, b: 2 };");
  });

  it("a warm process that died is replaced by a cold spawn", async () => {
    const dir = makeRepo({ "app.py": UGLY_PY });
    const pool = await warmed(planWarmTools(dir, "black --check .", process.env));
    process.kill(pool.pids[0], "SIGKILL");
    await new Promise((r) => setTimeout(r, 200));
    const r = await pool.run("black", ["-q", "--", "app.py"], { cwd: dir, timeoutMs: 30_000 });
    expect(pool.handed).toBe(0);
    expect(r.exitCode).toBe(0);
    expect(readFileSync(join(dir, "app.py"), "utf8")).toContain("def f(a, b):");
  });

  it("a warm process that hangs is killed at the time limit with its whole group, during start-up or in the tool", async () => {
    const dir = makeRepo({ "a.txt": "before\n" });
    // A tool whose start-up import hangs, and one that writes and then hangs.
    writeFileSync(join(dir, "hang_import.py"), "import time\ntime.sleep(1000)\n");
    writeFileSync(
      join(dir, "tool"),
      "#!/usr/bin/python3\nimport sys, time\nopen('a.txt', 'w').write('during\\n')\ntime.sleep(1000)\n",
    );
    chmodSync(join(dir, "tool"), 0o755);
    const pool = warmPool(nodeRunner(), process.env, [
      { file: "./tool", cwd: dir, preload: ["hang_import"] },
    ]);
    pools.push(pool);
    const started = performance.now();
    const r = await pool.run("./tool", [], { cwd: dir, timeoutMs: 800 });
    expect(r.timedOut).toBe(true);
    expect(r.exitCode).toBe(124);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(alive(pool.pids[0])).toBe(false);
    // The tree as heal leaves it when a warm tool hangs mid-change: restored.
    const pool2 = warmPool(nodeRunner(), process.env, [{ file: "./tool", cwd: dir, preload: [] }]);
    pools.push(pool2);
    const fixer: Fixer = {
      id: "hanging-tool",
      strategy: "format",
      claims: () => true,
      async fix(ctx) {
        const run = await ctx.runner.run("./tool", [], { cwd: ctx.repoDir, timeoutMs: ctx.timeoutMs });
        return { commands: ["tool"], note: run.timedOut ? "timed out" : undefined };
      },
      check: async () => ({ ok: true, command: "true", output: "" }),
    };
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "tool");
    const { report } = await heal({
      repoDir: dir,
      failures: [failure({ locations: [{ file: "a.txt" }] })],
      verifyCommand: "grep -q ok a.txt",
      fixers: [fixer],
      runner: pool2,
      timeoutMs: 1500,
    });
    expect(pool2.handed).toBe(1);
    expect(report.outcome).toBe("unfixable");
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe("before\n");
    expect(git(dir, "status", "--porcelain")).toBe("");
    expect(alive(pool2.pids[0])).toBe(false);
  });

  it("warm processes get the scrubbed environment: no token or key reaches the tool", async () => {
    const dir = makeRepo({});
    writeFileSync(join(dir, "envdump"), "#!/usr/bin/env node\nconsole.log(JSON.stringify(process.env));\n");
    chmodSync(join(dir, "envdump"), 0o755);
    const env = {
      ...process.env,
      GITHUB_TOKEN: "ghp_warmsecret0123456789",
      AUTODEV_LLM_API_KEY: "sk-warmsecret0123456789",
    };
    const pool = await warmed([{ file: "./envdump", cwd: dir, preload: [] }], env);
    // Neither in the waiting process's own environment nor in what the tool sees.
    const environ = readFileSync(`/proc/${pool.pids[0]}/environ`, "utf8");
    expect(environ).not.toContain("warmsecret");
    const r = await pool.run("./envdump", [], { cwd: dir, timeoutMs: 30_000 });
    expect(pool.handed).toBe(1);
    const seen = JSON.parse(r.stdout) as Record<string, string>;
    expect(seen.PATH).toBe(process.env.PATH);
    expect(JSON.stringify(seen)).not.toContain("warmsecret");
  });

  it("heal leaves no warm process behind, used or not", async () => {
    const dir = makeRepo({ "app.py": UGLY_PY, "src/a.ts": "export const y = 1;\n" }, { nodeModules: true });
    const seen: string[] = [];
    let waiting: number[] = [];
    const { report } = await healFromCi({
      env: process.env,
      repoDir: dir,
      // Both tools are warmed; only black is needed.
      verifyCommand: "node_modules/.bin/prettier --check src && black --check .",
      timeoutMs: 30_000,
      wrapRunner: (runner: CommandRunner) => ({
        run: (file, args, o) => {
          // The first run is CI's: the warm processes wait in the repository meanwhile.
          if (seen.length === 0) waiting = processesIn(dir);
          seen.push(file);
          return runner.run(file, args, o);
        },
      }),
    });
    expect(report.outcome).toBe("healed");
    expect(seen).toContain("black");
    expect(seen.some((f) => f.endsWith("prettier"))).toBe(false);
    expect(waiting).toHaveLength(2);
    await new Promise((r) => setTimeout(r, 100));
    expect(processesIn(dir)).toEqual([]);
  });

  it("AUTODEV_WARM=0 (the CLI's --no-warm) starts no warm process", async () => {
    const dir = makeRepo({ "app.py": UGLY_PY }, { nodeModules: true });
    let waiting: number[] | undefined;
    const { report } = await healFromCi({
      env: { ...process.env, AUTODEV_WARM: "0" },
      repoDir: dir,
      verifyCommand: "black --check .",
      timeoutMs: 30_000,
      wrapRunner: (runner: CommandRunner) => ({
        run: (file, args, o) => {
          waiting ??= processesIn(dir);
          return runner.run(file, args, o);
        },
      }),
    });
    expect(report.outcome).toBe("healed");
    expect(waiting).toEqual([]);
  });
});

describe("which tools to warm", () => {
  it("the tools the CI command runs, directly or through a package.json script, in the order it runs them", () => {
    const dir = makeRepo(
      {
        "package.json": JSON.stringify({
          scripts: { lint: "eslint src && prettier --check .", test: "vitest run" },
        }),
      },
      { nodeModules: true },
    );
    const bins = (command: string, strategies?: Parameters<typeof planWarmTools>[3]) =>
      planWarmTools(dir, command, process.env, strategies).map((s) => s.file.split("/").pop());
    expect(bins("npm run lint")).toEqual(["eslint", "prettier"]);
    expect(bins("npm test")).toEqual(["vitest"]);
    expect(bins("npm run lint", ["imports"])).toEqual([]);
    // Two at most, so CI keeps a core.
    expect(bins("npm ci && npm run lint && npm test")).toHaveLength(2);
    // npm only when the command installs; a tool that is not installed is not warmed.
    expect(bins("npm run build")).toEqual([]);
    expect(existsSync(join(dir, "node_modules/.bin/not-a-tool"))).toBe(false);
  });

  it("in a monorepo, the package the command moves to: its scripts, its install, its folder", () => {
    const dir = makeRepo({
      ".gitignore": "node_modules\n",
      "packages/web/package.json": JSON.stringify({ scripts: { check: "prettier --check src" } }),
    });
    const web = join(dir, "packages/web");
    symlinkSync(join(PROJECT_ROOT, "node_modules"), join(web, "node_modules"), "dir");
    const specs = planWarmTools(dir, "cd packages/web && npm run check", process.env);
    expect(specs.map((s) => [s.file, s.cwd])).toEqual([[join(web, "node_modules/.bin/prettier"), web]]);
    // The fixer's own run there is the one the warm process serves (see byPackage).
    expect(byPackage(dir, "prettier", ["packages/web/src/a.ts"]).runs[0]).toMatchObject({
      bin: specs[0]?.file,
      cwd: specs[0]?.cwd,
    });
  });
});
