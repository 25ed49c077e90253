// Harness for gen-js.mjs: installs the real JS tools once in a cache folder, builds a throwaway
// project per case, runs the case's commands there and turns their output into a corpus case.
// Output is real tool output; only the temp paths are rewritten to the runner's workspace path so
// the logs look like (and are as stable as) logs from GitHub's hosted runners.
import { spawn, spawnSync } from "node:child_process";
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
import { dirname, join, relative } from "node:path";
import { writeCase } from "./wrap-gha.mjs";

export const WORKSPACE = "/home/runner/work/widgets/widgets";

// Pinned so regenerating gives the same logs; bump deliberately and re-check the labels.
export const TOOL_VERSIONS = {
  typescript: "6.0.3",
  eslint: "10.15.0",
  "@eslint/js": "10.0.1",
  "typescript-eslint": "8.73.0",
  prettier: "3.10.1",
  "@biomejs/biome": "2.6.8",
  vitest: "5.1.1",
  "@vitest/coverage-v8": "5.1.1",
  jest: "30.5.2",
  "ts-jest": "29.4.15",
  mocha: "12.0.3",
  vite: "8.3.8",
  pnpm: "12.21.0",
  yarn: "1.22.22",
  "@yarnpkg/cli-dist": "4.18.1",
  "@playwright/test": "1.65.1",
  webpack: "5.112.2",
  "webpack-cli": "7.3.1",
  esbuild: "0.28.2",
  "markdownlint-cli2": "0.24.1",
  stylelint: "18.0.0",
  "stylelint-config-standard": "41.0.0",
};

export const TOOLS_DIR = process.env.JS_TOOLS_DIR ?? join(tmpdir(), "autodev-js-tools");

export function ensureTools() {
  const marker = join(TOOLS_DIR, "installed.json");
  const want = JSON.stringify(TOOL_VERSIONS);
  if (existsSync(marker) && spawnSync("cat", [marker]).stdout.toString() === want) return;
  mkdirSync(TOOLS_DIR, { recursive: true });
  writeFileSync(join(TOOLS_DIR, "package.json"), JSON.stringify({ name: "js-tools", private: true }));
  const specs = Object.entries(TOOL_VERSIONS).map(([n, v]) => `${n}@${v}`);
  const r = spawnSync("npm", ["install", "--no-audit", "--no-fund", "--silent", ...specs], {
    cwd: TOOLS_DIR,
    stdio: "inherit",
  });
  if (r.status !== 0) throw new Error("npm install of the corpus tools failed");
  writeFileSync(marker, want);
}

const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g;
export const clean = (l) => l.replace(ANSI, "").replace(/\r$/, "");

function normalize(text, projectDir, registryUrl) {
  // The double stands in for the public registry, so its address is shown as the public one.
  if (registryUrl) text = text.split(registryUrl).join("https://registry.npmjs.org/");
  return text
    .split(projectDir + "-npm-cache")
    .join("/home/runner/.npm")
    .split(relative(projectDir, TOOLS_DIR) + "/node_modules")
    .join("node_modules")
    .split(TOOLS_DIR + "/node_modules")
    .join(WORKSPACE + "/node_modules")
    .split(projectDir)
    .join(WORKSPACE);
}

function run(command, cwd, env, timeoutSec) {
  return new Promise((resolve) => {
    // A hanging tool is killed like the runner kills a step at `timeout-minutes`.
    const wrapped = timeoutSec
      ? `timeout -s KILL ${timeoutSec} sh -c '${command.replace(/'/g, "'\\''")}'`
      : command;
    const child = spawn("sh", ["-c", `(${wrapped}) 2>&1`], { cwd, env });
    const chunks = [];
    child.stdout.on("data", (c) => chunks.push(c));
    child.on("close", (code, signal) =>
      resolve({ code: code ?? (signal ? 137 : 1), out: Buffer.concat(chunks).toString() }),
    );
  });
}

/**
 * case: { name, category, tool, files: {path: content}, prepare?: [cmd], steps: [{name?, command, timeout?}],
 *         key: RegExp | RegExp[] (picks the key lines from the failing step's output),
 *         locations: [{file, line?}], env?, color?, note?,
 *         timedOut?: "job" | step title (the runner killed the job or the step at its time limit) }
 */
export async function generateCase(c, { outRoot, registryUrl: baseUrl }) {
  const registryUrl = baseUrl && c.registryPath ? baseUrl + c.registryPath : baseUrl;
  const dir = mkdtempSync(join(tmpdir(), `js-${c.name}-`));
  try {
    for (const [p, content] of Object.entries(c.files ?? {})) {
      mkdirSync(dirname(join(dir, p)), { recursive: true });
      writeFileSync(
        join(dir, p),
        typeof content === "string" ? content : JSON.stringify(content, null, 2) + "\n",
      );
    }
    if (!c.ownModules) symlinkSync(join(TOOLS_DIR, "node_modules"), join(dir, "node_modules"));
    // Yarn 4 ("berry") runs from its dist package through a `yarn` shim, as corepack would run it.
    const berryBin = join(TOOLS_DIR, "berry-bin");
    if (c.yarnBerry) {
      mkdirSync(berryBin, { recursive: true });
      const cli = join(TOOLS_DIR, "node_modules/@yarnpkg/cli-dist/bin/yarn.js");
      writeFileSync(join(berryBin, "yarn"), `#!/bin/sh\nexec node ${cli} "$@"\n`, { mode: 0o755 });
    }
    const env = {
      ...process.env,
      PATH: `${c.yarnBerry ? berryBin + ":" : ""}${join(TOOLS_DIR, "node_modules/.bin")}:${process.env.PATH}`,
      YARN_NPM_REGISTRY_SERVER: (registryUrl ?? "").replace(/\/$/, ""),
      YARN_UNSAFE_HTTP_WHITELIST: "127.0.0.1",
      YARN_ENABLE_TELEMETRY: "0",
      YARN_ENABLE_GLOBAL_CACHE: "false",
      YARN_NODE_LINKER: "node-modules",
      CI: "true",
      REGISTRY: registryUrl ?? "",
      npm_config_registry: registryUrl ?? "http://127.0.0.1:9/",
      npm_config_cache: dir + "-npm-cache",
      npm_config_userconfig: "/dev/null",
      npm_config_update_notifier: "false",
      npm_config_fund: "false",
      npm_config_fetch_retries: "0",
      YARN_REGISTRY: registryUrl ?? "",
      pnpm_config_registry: registryUrl ?? "http://127.0.0.1:9/",
      YARN_CACHE_FOLDER: dir + "-npm-cache/yarn",
      pnpm_config_store_dir: dir + "-npm-cache/pnpm-store",
      pnpm_config_cache_dir: dir + "-npm-cache/pnpm-cache",
      // Like the runner: output is a pipe, so tools decide colour themselves unless a case forces it.
      ...(c.color ? { FORCE_COLOR: "1" } : {}),
      ...(c.env ?? {}),
    };
    delete env.NO_COLOR;
    if (!c.color) delete env.FORCE_COLOR;
    for (const p of c.prepare ?? []) {
      const r = await run(p, dir, env);
      if (r.code !== 0) throw new Error(`${c.name}: prepare '${p}' failed:\n${r.out}`);
    }
    const steps = [];
    for (const [i, s] of c.steps.entries()) {
      const r = await run(s.command, dir, env, s.timeout);
      const last = i === c.steps.length - 1;
      if (!last && r.code !== 0) throw new Error(`${c.name}: passing step '${s.command}' failed:\n${r.out}`);
      if (last && r.code === 0) throw new Error(`${c.name}: failing step '${s.command}' passed:\n${r.out}`);
      steps.push({
        name: s.name ?? s.command,
        command: s.command,
        output: normalize(r.out, dir, registryUrl),
        exitCode: r.code,
      });
    }
    const failing = steps[steps.length - 1];
    const lines = failing.output.split("\n").map(clean);
    const keys = [c.key].flat();
    const keyLines = [];
    for (const k of keys) {
      const hits = lines.filter((l) => k.test(l));
      if (hits.length === 0) throw new Error(`${c.name}: no output line matches ${k}:\n${failing.output}`);
      for (const h of hits) if (!keyLines.includes(h.trim())) keyLines.push(h.trim());
    }
    if (c.timedOut) keyLines.push(timeoutLines(c)[0]);
    const label = { category: c.category, tool: c.tool, locations: c.locations ?? [], keyLines };
    if (c.note) label.note = c.note;
    const caseDir = join(outRoot, `js-${c.name}`);
    rmSync(caseDir, { recursive: true, force: true });
    writeCase({ dir: caseDir, steps, label, noise: c.noise ?? [] });
    if (c.timedOut) markTimedOut(caseDir, c);
    return { name: c.name, exit: failing.exitCode, keyLines: keyLines.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(dir + "-npm-cache", { recursive: true, force: true });
  }
}

// wrap-gha always ends with the step's exit code; a step killed at `timeout-minutes` ends with the
// runner's own message instead, and a job over its `timeout-minutes` is cancelled as a whole.
const JOB_TIMEOUT =
  "The job running on runner GitHub Actions 12 has exceeded the maximum execution time of 30 minutes.";
function timeoutLines(c) {
  return c.timedOut === "job"
    ? [JOB_TIMEOUT, "The operation was canceled."]
    : [`The action '${c.timedOut}' has timed out after 10 minutes.`];
}
function markTimedOut(caseDir, c) {
  const p = join(caseDir, "log.txt");
  const text = readFileSync(p, "utf8").replace(
    /^(\S+) ##\[error\]Process completed with exit code \d+\.$/m,
    (_m, t) =>
      timeoutLines(c)
        .map((l) => `${t} ##[error]${l}`)
        .join("\n"),
  );
  writeFileSync(p, text);
}
