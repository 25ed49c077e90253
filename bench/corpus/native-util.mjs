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
export function run(cmd, dir, env = {}, workspace = WORKSPACE) {
  const res = spawnSync("bash", ["-c", `${cmd} 2>&1`], {
    cwd: dir,
    env: { ...process.env, ...env },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: 600_000,
  });
  const root = dirname(dir);
  const output = (res.stdout ?? "").split(dir).join(workspace).split(root).join(dirname(workspace));
  return { output, code: res.status ?? 1 };
}

/**
 * Writes a case as a GitLab CI job log (no timestamps, `$ cmd` echo lines, the runner's
 * "ERROR: Job failed" closing line) instead of a GitHub Actions log, so the rules are also
 * exercised outside GitHub's log format.
 */
export function writeGitlabCase({ dir, steps, label }) {
  const lines = [
    "Running with gitlab-runner 17.5.3 (12030cf4)",
    "  on shared-runner-7 t3_xYz12, system ID: s_0123456789ab",
    'Preparing the "docker" executor',
    "Using Docker executor with image buildpack-deps:bookworm ...",
    "Pulling docker image buildpack-deps:bookworm ...",
    "Getting source from Git repository",
    "Fetching changes with git depth set to 20...",
    "Initialized empty Git repository in /builds/acme/widgets/.git/",
    "Created fresh repository.",
    "Checking out 1a2b3c4d as detached HEAD (ref is main)...",
    "Skipping Git submodules setup",
    'Executing "step_script" stage of the job script',
  ];
  for (const step of steps) {
    lines.push(`$ ${step.command}`);
    lines.push(...step.output.replace(/\r?\n$/, "").split(/\r?\n/));
  }
  const code = steps.at(-1).exitCode ?? 1;
  lines.push(
    "Cleaning up project directory and file based variables",
    `ERROR: Job failed: exit code ${code}`,
  );
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "log.txt"), lines.join("\n") + "\n");
  writeFileSync(join(dir, "label.json"), JSON.stringify(label, null, 2) + "\n");
}
