import { spawn } from "node:child_process";
import {
  accessSync,
  closeSync,
  constants as fsConstants,
  existsSync,
  openSync,
  readFileSync,
  readSync,
  realpathSync,
  statSync,
} from "node:fs";
import { setPriority } from "node:os";
import type { Duplex } from "node:stream";
import { basename, delimiter, dirname, isAbsolute, join, resolve } from "node:path";
import type { Strategy } from "../analysis/types.js";
import { scrubEnv, watchChild, type CommandResult, type CommandRunner, type WatchedChild } from "./exec.js";
import { commandDirs } from "./fixers/files.js";

/**
 * Warm-started fixer tools. Most of a formatter's run on a small fix is its start-up (the
 * interpreter, then importing the tool's modules), which costs about as much as the CI run that
 * reported the problem. While that first CI run executes, heal starts the tools it will likely
 * need as processes that do the start-up and then wait for their arguments; a fixer's run of the
 * same program in the same directory is handed to one of them. The process then runs the tool's
 * own entry point with those arguments (the tool's own CLI, config lookup, output and exit code),
 * so nothing about the tool is reimplemented: only the imports happened earlier.
 */

/** A tool worth warming, and what its start-up imports. */
interface WarmTool {
  bin: string;
  /** The strategy of the fixer that runs it: no warming when the strategy is off. */
  strategy: Strategy;
  /** `node`: the repo's node_modules/.bin copy (as the fixers run it); `system`: from PATH. */
  source: "node" | "system";
  /**
   * Node: files under the tool's package that its CLI imports on every run (some lazily); those
   * missing in another version are skipped. Python: modules to import.
   */
  preload: string[];
  /** Environment the fixer adds to its run (snapshots.ts); a warm process must start with it. */
  extraEnv?: Record<string, string>;
  /** When the command runs the tool in a way its fixer answers; default: the bin is named. */
  runs?: RegExp;
  /**
   * Node: the body of an async function of `load` (a package file's module) that runs the tool's
   * own API once on a tiny in-memory input after the preload. Loading only parses code; V8
   * compiles a function when it first runs, so the first real file costs several times a second
   * one (prettier: about 35 ms against 6). Nothing touches a file; errors are ignored.
   */
  exercise?: string;
}

const WARM_TOOLS: WarmTool[] = [
  {
    bin: "prettier",
    strategy: "format",
    source: "node",
    // The CLI, the core, and the parsers of JS/TS/JSON (loaded per file type on first use).
    preload: [
      "internal/legacy-cli.mjs",
      "index.mjs",
      "plugins/estree.mjs",
      "plugins/babel.mjs",
      "plugins/typescript.mjs",
    ],
    exercise: `const p = await load("index.mjs");
      for (const parser of ["typescript", "babel", "json"])
        await p.format(parser === "json" ? '{"a":[1,2]}' : "const a = {b:1}\\nexport function f(x){return x+1}\\n", { parser });`,
  },
  {
    bin: "eslint",
    strategy: "format",
    source: "node",
    // Config validation (ajv) and the default formatter are loaded lazily, on every run.
    preload: [
      "lib/cli.js",
      "lib/shared/ajv.js",
      "lib/cli-engine/formatters/stylish.js",
      // Shared by most core rules, which are loaded as the config names them.
      "lib/rules/utils/ast-utils.js",
    ],
    exercise: `const m = await load("lib/api.js");
      const { Linter } = m.Linter ? m : m.default;
      const rules = { "prefer-const": "error", "no-var": "error", eqeqeq: "error", "no-unused-vars": "error" };
      new Linter({ configType: "flat" }).verify("var a = 1; let b = 2; if (a == b) { b = a; }\\n", [{ rules }]);`,
  },
  { bin: "isort", strategy: "imports", source: "system", preload: ["isort.main"] },
  { bin: "black", strategy: "format", source: "system", preload: ["black"] },
  {
    // The lockfile fixers' npm (from PATH), when CI installs: lock drift fails `npm ci`. Most
    // commands name npm only to run a script, and then it is not worth a warm process.
    bin: "npm",
    strategy: "dependencies",
    source: "system",
    runs: /(?:^|[\s;&|(])npm\s+(?:ci|install|i)(?=$|[\s;&|)])/m,
    preload: [
      "lib/cli/entry.js",
      "lib/npm.js",
      "lib/commands/install.js",
      "node_modules/@npmcli/arborist/lib/index.js",
    ],
  },
  {
    bin: "vitest",
    strategy: "tests",
    source: "node",
    preload: ["dist/node.js"],
    extraEnv: { CI: "", FORCE_COLOR: "0" },
  },
];

/** At most this many warm processes: CI itself runs meanwhile, on runners with two cores. */
const MAX_WARM = 2;

/** A program a fixer will likely run: as the fixer names it, where, and with which extra env. */
export interface WarmSpec {
  file: string;
  cwd: string;
  extraEnv?: Record<string, string>;
  /** See WarmTool.preload: package-relative files (node) or module names (python). */
  preload: string[];
  /** See WarmTool.exercise. */
  exercise?: string;
}

/**
 * The tools worth warming for a heal of `command` in `repoDir`: those the command runs (named in
 * it, or in a package.json script it runs), installed the way their fixer runs them, with their
 * fixer's strategy enabled. Decided before CI runs, from the repository's files only.
 */
export function planWarmTools(
  repoDir: string,
  command: string,
  env: NodeJS.ProcessEnv,
  strategies?: Strategy[],
): WarmSpec[] {
  // A monorepo's command may work in a package (`cd packages/web && npm run lint`): its fixers
  // then run that package's own tools from its folder (see byPackage and deps.ts), so the warm
  // ones must start there too.
  const packages = [...commandDirs(repoDir, command).map((d) => join(repoDir, d)), repoDir];
  const project = packages.find((d) => existsSync(join(d, "package.json"))) ?? repoDir;
  const text = `${command}\n${scriptsRunBy(project, command).join("\n")}`;
  const named = WARM_TOOLS.flatMap((tool) => {
    const at = tool.runs ? (tool.runs.exec(text)?.index ?? -1) : wordIndex(text, tool.bin);
    if (at < 0 || (strategies && !strategies.includes(tool.strategy))) return [];
    // Where its fixer runs it: a node tool in the package with an install of it; npm (lockfile
    // syncs) in the project; black and isort from the top.
    const base =
      tool.source === "node"
        ? packages.find((d) => existsSync(join(d, "node_modules", ".bin", tool.bin)))
        : tool.bin === "npm"
          ? project
          : repoDir;
    if (!base) return [];
    const file = tool.source === "node" ? join(base, "node_modules", ".bin", tool.bin) : tool.bin;
    const path = resolveProgram(file, base, env);
    if (!path || !interpreterOf(path)) return [];
    return [
      {
        at,
        spec: { file, cwd: base, extraEnv: tool.extraEnv, preload: tool.preload, exercise: tool.exercise },
      },
    ];
  });
  // The command's first tools fail first (`isort --check . && black --check .`).
  return named
    .sort((a, b) => a.at - b.at)
    .slice(0, MAX_WARM)
    .map((n) => n.spec);
}

/** Bodies of the package.json scripts the command names (`npm run lint`, `npm test`, `yarn fmt`). */
function scriptsRunBy(repoDir: string, command: string): string[] {
  let scripts: Record<string, unknown>;
  try {
    scripts =
      (
        JSON.parse(readFileSync(join(repoDir, "package.json"), "utf8")) as {
          scripts?: Record<string, unknown>;
        }
      ).scripts ?? {};
  } catch {
    return [];
  }
  const words = new Set(command.split(/[\s;&|()]+/));
  if (/\bnpm\s+(?:test|t)\b/.test(command)) words.add("test");
  return Object.entries(scripts).flatMap(([name, body]) =>
    words.has(name) && typeof body === "string" ? [body] : [],
  );
}

/** Where `word` first stands alone in `text` (a path's last part counts), or -1. */
function wordIndex(text: string, word: string): number {
  const m = new RegExp(`(?:^|[\\s/;&|(])${word}(?=$|[\\s;&|)])`, "m").exec(text);
  return m ? m.index : -1;
}

/** The path a spawn of `file` would execute: resolved against cwd, or looked up on PATH. */
export function resolveProgram(file: string, cwd: string, env: NodeJS.ProcessEnv): string | null {
  const runnable = (p: string) => {
    try {
      accessSync(p, fsConstants.X_OK);
      return statSync(p).isFile();
    } catch {
      return false;
    }
  };
  if (file.includes("/")) {
    const p = resolve(cwd, file);
    return runnable(p) ? p : null;
  }
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    const p = join(isAbsolute(dir) ? dir : resolve(cwd, dir), file);
    if (runnable(p)) return p;
  }
  return null;
}

interface Interpreter {
  kind: "node" | "python";
  /** The program the script's `#!` line runs, and the flags it passes. */
  command: string;
  flags: string[];
}

/** The interpreter a script's `#!` line names, when it is node or python; else null. */
export function interpreterOf(path: string): Interpreter | null {
  let head: string;
  try {
    const fd = openSync(path, "r");
    try {
      const buf = Buffer.alloc(256);
      head = buf.subarray(0, readSync(fd, buf, 0, 256, 0)).toString("utf8");
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
  if (!head.startsWith("#!")) return null;
  const words = head.slice(2).split("\n")[0].trim().split(/\s+/);
  let command = words[0];
  let flags = words.slice(1);
  if (basename(command) === "env") {
    // `env NAME` only: `env -S` and friends are not worth understanding here.
    if (flags.length !== 1 || flags[0].startsWith("-")) return null;
    [command, flags] = [flags[0], []];
  }
  if (/^node$/.test(basename(command)) && flags.length === 0) return { kind: "node", command, flags };
  if (/^python[0-9.]*$/.test(basename(command)) && flags.every((f) => /^-[a-zA-Z]+$/.test(f)))
    return { kind: "python", command, flags };
  return null;
}

/**
 * Node side: the start-up the tool's bin would do (the compile cache its bin enables, the imports),
 * then, given the arguments on fd 3, the bin itself run as the main module, as `node bin args`
 * would run it. A preload that fails says so ("0"), and the caller runs the tool cold instead.
 */
const NODE_LOADER = `
const fs = require("node:fs");
const Module = require("node:module");
const { pathToFileURL } = require("node:url");
Module.enableCompileCache?.();
process.execArgv.splice(0);
// process.argv is changed in place: a module may keep the array (vitest's CLI does).
const [bin, root, exercise, ...preload] = process.argv.splice(1);
process.argv.push(bin);
(async () => {
  let ok = true;
  for (const p of preload) await import(pathToFileURL(p).href).catch(() => { ok = false; });
  if (ok && exercise) {
    const load = (rel) => import(pathToFileURL(require("node:path").join(root, rel)).href);
    const AsyncFunction = (async () => {}).constructor;
    try { await new AsyncFunction("load", exercise)(load); } catch {}
  }
  let args;
  try {
    const parts = [];
    const buf = Buffer.alloc(65536);
    for (let n; (n = fs.readSync(3, buf)) > 0; ) parts.push(Buffer.from(buf.subarray(0, n)));
    args = JSON.parse(Buffer.concat(parts).toString("utf8"));
    fs.writeSync(3, ok ? "1" : "0");
    fs.closeSync(3);
  } catch {
    process.exit(0);
  }
  if (!ok) process.exit(0);
  process.argv.push(...args);
  Module.runMain();
})();
`;

/**
 * Python side: `python script args` puts the script's real directory first on sys.path and runs
 * it as __main__; so does this, after importing the tool's modules.
 */
const PYTHON_LOADER = `
import json, os, runpy, sys
script, mods = sys.argv[1], sys.argv[2:]
sys.argv[:] = [script]
sys.path[0] = os.path.dirname(os.path.realpath(script))
ok = True
for m in mods:
    try:
        __import__(m)
    except BaseException:
        ok = False
parts = []
while True:
    b = os.read(3, 65536)
    if not b:
        break
    parts.append(b)
if not parts:
    sys.exit(0)
os.write(3, b"1" if ok else b"0")
os.close(3)
if not ok:
    sys.exit(0)
sys.argv[:] = [script] + json.loads(b"".join(parts))
runpy.run_path(script, run_name="__main__")
`;

/** The node package a bin's real file belongs to: the nearest folder up with a package.json. */
function packageRoot(binPath: string): string | null {
  let dir = dirname(realpathSync(binPath));
  for (;;) {
    if (existsSync(join(dir, "package.json"))) return dir;
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

interface WarmProcess {
  key: string;
  watch: WatchedChild;
  pid: number | undefined;
  send(args: string[]): Promise<boolean>;
}

const keyOf = (path: string, cwd: string, extraEnv?: Record<string, string>) =>
  JSON.stringify([path, resolve(cwd), Object.entries(extraEnv ?? {}).sort()]);

function startWarm(spec: WarmSpec, scrubbed: NodeJS.ProcessEnv): WarmProcess | null {
  const path = resolveProgram(spec.file, spec.cwd, scrubbed);
  const interp = path && interpreterOf(path);
  if (!path || !interp) return null;
  let args: string[];
  if (interp.kind === "node") {
    const root = spec.preload.length > 0 ? packageRoot(path) : null;
    const files = root ? spec.preload.map((p) => join(root, p)).filter((p) => existsSync(p)) : [];
    args = ["-e", NODE_LOADER, path, root ?? "", (root && spec.exercise) || "", ...files];
  } else args = [...interp.flags, "-c", PYTHON_LOADER, path, ...spec.preload];
  // The start-up must not slow the CI run it overlaps (heal waits for CI, not for the warm-up):
  // it runs under SCHED_IDLE, which only gets a CPU nothing else wants, where the policy can be
  // lifted again for the tool's own run (root); else at a lower nice value.
  const chrt = idlePolicy(scrubbed);
  let child;
  try {
    child = spawn(chrt ?? interp.command, chrt ? ["-i", "0", interp.command, ...args] : args, {
      cwd: spec.cwd,
      env: spec.extraEnv ? { ...scrubbed, ...spec.extraEnv } : scrubbed,
      detached: true,
      stdio: ["ignore", "pipe", "pipe", "pipe"],
    });
  } catch {
    return null;
  }
  const watch = watchChild(child);
  if (!chrt) setNice(child.pid, 10);
  const channel = child.stdio[3] as Duplex;
  // A pipe error means the process is gone; `send` then reports it as not taken.
  channel.on("error", () => {});
  return {
    key: keyOf(path, spec.cwd, spec.extraEnv),
    watch,
    pid: child.pid,
    send(argv) {
      // Settles true once the process took the arguments (and so runs the tool), false when it
      // died or its preload failed, so the tool has not run and a cold spawn can take over.
      // The tool runs at normal priority (every thread; what it spawns inherits it).
      if (chrt && child.pid)
        spawn(chrt, ["-o", "-a", "-p", "0", String(child.pid)], { stdio: "ignore", env: scrubbed }).on(
          "error",
          () => {},
        );
      else setNice(child.pid, 0);
      return new Promise((settle) => {
        channel.once("data", (d: Buffer) => settle(d.toString() === "1"));
        void watch.exited.then(() => settle(false));
        channel.end(JSON.stringify(argv));
      });
    },
  };
}

/** `chrt` when this process may both set SCHED_IDLE on a child and lift it again; else null. */
function idlePolicy(env: NodeJS.ProcessEnv): string | null {
  if (process.platform !== "linux" || process.getuid?.() !== 0) return null;
  return resolveProgram("chrt", "/", env);
}

function setNice(pid: number | undefined, nice: number): void {
  try {
    if (pid) setPriority(pid, nice);
  } catch {
    // not permitted (lowering a nice value needs privileges) or already gone: no matter
  }
}

/** A runner that hands runs of warmed tools to their warm process; see warmPool. */
export interface WarmPool extends CommandRunner {
  /** Pids of the warm processes started (used or not), for tests. */
  readonly pids: number[];
  /** Runs a warm process took (the others went to the base runner). */
  readonly handed: number;
  /** Kills every warm process not used (and its group) and waits for them to be gone. */
  close(): Promise<void>;
}

/**
 * Starts a warm process per spec (same scrubbed environment as nodeRunner, so no secret reaches
 * them) and returns a runner that gives a matching run (same program, directory and extra env)
 * to its warm process, once; every other run, and any run whose warm process died or could not
 * preload, goes to `base`. The time limit and output cap apply to the warm run as to any other.
 */
export function warmPool(base: CommandRunner, env: NodeJS.ProcessEnv, specs: WarmSpec[]): WarmPool {
  const scrubbed = scrubEnv(env);
  const idle = specs.flatMap((s) => startWarm(s, scrubbed) ?? []);
  const all = [...idle];
  const bins = new Set(specs.map((s) => basename(s.file)));
  const take = (file: string, cwd: string, extraEnv?: Record<string, string>) => {
    if (idle.length === 0 || !bins.has(basename(file))) return undefined;
    const path = resolveProgram(file, cwd, scrubbed);
    if (!path) return undefined;
    const key = keyOf(path, cwd, extraEnv);
    const i = idle.findIndex((w) => w.key === key && w.watch.exitCode === undefined);
    return i < 0 ? undefined : idle.splice(i, 1)[0];
  };
  let handed = 0;
  return {
    pids: all.flatMap((w) => (w.pid ? [w.pid] : [])),
    get handed() {
      return handed;
    },
    async run(file, args, options): Promise<CommandResult> {
      const warm = take(file, options.cwd, options.extraEnv);
      if (warm) {
        // The limit starts with the request: a preload still under way counts against it.
        const result = warm.watch.limit(options.timeoutMs);
        if (await warm.send(args)) {
          handed++;
          return result;
        }
        warm.watch.kill();
        // Killed at the limit before it took the arguments: that is this run's outcome.
        const unused = await result;
        if (unused.timedOut) return unused;
      }
      return base.run(file, args, options);
    },
    async close() {
      for (const w of idle.splice(0)) w.watch.kill();
      await Promise.all(all.map((w) => w.watch.exited));
    },
  };
}
