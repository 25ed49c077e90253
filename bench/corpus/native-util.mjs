// Helpers for gen-native.mjs: build a small broken project in a temp dir, run the real tool on
// it, and make its output look as if it ran in a GitHub workspace (the runner's checkout path
// instead of our temp dir), so labels can use repo-relative paths.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export const WORKSPACE = "/home/runner/work/widgets/widgets";

/** Writes `files` ({relative path: content}) into a fresh `<tmp>/widgets` and returns its path. */
export function makeProject(files) {
  const root = mkdtempSync(join(tmpdir(), "autodev-native-"));
  const dir = join(root, "widgets");
  mkdirSync(dir);
  for (const [rel, content] of Object.entries(files)) {
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  return dir;
}

export function removeProject(dir) {
  rmSync(dirname(dir), { recursive: true, force: true });
}

/**
 * Runs `cmd` with bash in `dir`, stdout and stderr interleaved as a CI runner shows them.
 * Returns the output with the temp path replaced by the runner's workspace path.
 */
export function run(cmd, dir, env = {}) {
  const res = spawnSync("bash", ["-c", `${cmd} 2>&1`], {
    cwd: dir,
    env: { ...process.env, ...env },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: 600_000,
  });
  const root = dirname(dir);
  const output = (res.stdout ?? "").split(dir).join(WORKSPACE).split(root).join("/home/runner/work/widgets");
  return { output, code: res.status ?? 1 };
}
