// Harness for gen-py.mjs: builds a throwaway Python project per case, runs the case's real
// commands there (Debian's python3, pytest, flake8, black, isort, mypy, shellcheck, pip, curl,
// git, GNU timeout) and turns their output into a corpus case. Only temp paths are rewritten to
// the runner's workspace path, so logs look like (and are as stable as) hosted-runner logs.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { writeCase } from "./wrap-gha.mjs";

export const WORKSPACE = "/home/runner/work/widgets/widgets";

const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]/g;
export const clean = (l) => l.replace(ANSI, "").replace(/\r$/, "");

/** 1-based number of the first line of `content` containing `needle` (labels name real lines). */
export function lineOf(content, needle) {
  const i = content.split("\n").findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`lineOf: '${needle}' not in file`);
  return i + 1;
}

function sh(command, cwd, env) {
  const r = spawnSync("bash", ["-c", `(${command}) 2>&1`], {
    cwd,
    env,
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  return { code: r.status ?? (r.signal ? 137 : 1), out: r.stdout ?? "" };
}

/**
 * c: { name, prefix, category, tool, files, prepare?: [cmd], steps: [{ command, run?, name? }],
 *      key: RegExp | RegExp[], locations, env?, color?, noise?, note?, tail?: (log) => log,
 *      expectExit?: number }
 * `run` is what really runs (e.g. /usr/bin/python3 -m pytest) when it differs from the command a
 * workflow would show (python -m pytest). `tail` lets runner-level endings (job timeout, shutdown)
 * replace the closing exit line, the way the runner writes them.
 */
export function generateCase(c, { outRoot, baseEnv }) {
  const root = mkdtempSync(join(tmpdir(), `py-${c.name}-`));
  const dir = join(root, "widgets");
  mkdirSync(dir);
  try {
    for (const [p, content] of Object.entries(c.files ?? {})) {
      if (content == null) continue;
      mkdirSync(dirname(join(dir, p)), { recursive: true });
      writeFileSync(join(dir, p), content);
    }
    const env = {
      ...baseEnv,
      CI: "true",
      ...(c.color ? { FORCE_COLOR: "1", PY_COLORS: "1", MYPY_FORCE_COLOR: "1" } : { NO_COLOR: "1" }),
      ...(c.env ?? {}),
    };
    for (const p of c.prepare ?? []) {
      const r = sh(p, dir, env);
      if (r.code !== 0) throw new Error(`${c.name}: prepare '${p}' failed:\n${r.out}`);
    }
    // The local wheel folder stands in for a runner's download dir: give it a stable name.
    const wheels = env.WHEELS;
    const normalize = (t) => {
      const s = wheels ? t.split(wheels).join("/home/runner/work/_temp/wheels") : t;
      return s.split(dir).join(WORKSPACE).split(root).join(WORKSPACE);
    };
    const steps = [];
    for (const [i, s] of c.steps.entries()) {
      const r = sh(s.run ?? s.command, dir, env);
      const last = i === c.steps.length - 1;
      if ((!last || c.passing) && r.code !== 0)
        throw new Error(`${c.name}: passing step '${s.command}' failed:\n${r.out}`);
      if (last && !c.passing && r.code === 0)
        throw new Error(`${c.name}: failing step '${s.command}' passed:\n${r.out}`);
      if (last && c.expectExit !== undefined && r.code !== c.expectExit)
        throw new Error(`${c.name}: expected exit ${c.expectExit}, got ${r.code}:\n${r.out}`);
      steps.push({
        name: s.name ?? s.command,
        command: s.command,
        output: normalize(r.out),
        exitCode: r.code,
      });
    }
    const failing = steps[steps.length - 1];
    const lines = failing.output.split("\n").map(clean);
    const keyLines = [];
    for (const k of [c.key].flat()) {
      if (typeof k === "string") {
        keyLines.push(k);
        continue;
      }
      const hits = lines.filter((l) => k.test(l));
      if (hits.length === 0) throw new Error(`${c.name}: no output line matches ${k}:\n${failing.output}`);
      for (const h of hits) if (!keyLines.includes(h.trim())) keyLines.push(h.trim());
    }
    const label = { category: c.category, tool: c.tool, locations: c.locations ?? [], keyLines };
    if (c.note) label.note = c.note;
    const caseDir = join(outRoot, `${c.prefix ?? "py"}-${c.name}`);
    rmSync(caseDir, { recursive: true, force: true });
    writeCase({ dir: caseDir, steps, label, noise: c.noise ?? [] });
    if (c.passing) {
      // A green job: no failing exit line and no label (the corpus loader skips folders without one).
      const p = join(caseDir, "log.txt");
      writeFileSync(
        p,
        readFileSync(p, "utf8").replace(/^\S+ ##\[error\]Process completed with exit code 0\.\n/m, ""),
      );
      rmSync(join(caseDir, "label.json"));
      return { name: c.name, exit: 0, keyLines: 0 };
    }
    if (c.tail) {
      const p = join(caseDir, "log.txt");
      writeFileSync(p, c.tail(readFileSync(p, "utf8")));
    }
    const text = readFileSync(join(caseDir, "log.txt"), "utf8")
      .split("\n")
      .map((l) => clean(l.replace(/^\S+Z /, "").replace(/^##\[\w+\]/, "")).trim());
    for (const k of keyLines)
      if (!text.includes(k)) throw new Error(`${c.name}: key line not in the log: ${k}`);
    return { name: c.name, exit: failing.exitCode, keyLines: keyLines.length };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/**
 * Replaces the closing "Process completed with exit code N." with what the runner prints when it
 * ends a job itself (time limit, shutdown): those lines come from the runner, not from a tool.
 */
export function runnerEnding(lines, { keepExit = false } = {}) {
  return (log) =>
    log.replace(/^(\S+) (##\[error\]Process completed with exit code \d+\.)$/m, (_m, t, exit) =>
      [...(keepExit ? [`${t} ${exit}`] : []), ...lines.map((l) => `${t} ${l}`)].join("\n"),
    );
}
