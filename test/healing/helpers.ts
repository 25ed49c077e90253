import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Failure } from "../../src/analysis/types.js";

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

const made: string[] = [];

export function git(dir: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd: dir, encoding: "utf8" });
}

/** A committed git repository in a temp dir holding `files`. */
export function makeRepo(files: Record<string, string>, options: { nodeModules?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "autodev-heal-"));
  made.push(dir);
  const all = { ...files };
  if (options.nodeModules) all[".gitignore"] = `${all[".gitignore"] ?? ""}node_modules\n`;
  for (const [path, content] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  // The repo's formatters come from its own node_modules, as in a CI checkout after `npm ci`.
  if (options.nodeModules) symlinkSync(join(PROJECT_ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  git(dir, "init", "-q", "-b", "main");
  git(dir, "config", "user.email", "t@example.com");
  git(dir, "config", "user.name", "t");
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "--allow-empty", "-m", "init");
  return dir;
}

export function cleanupRepos(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** Runs a real tool and returns its combined output lines, the way a CI log would show them. */
export function toolOutput(dir: string, file: string, args: string[]): string[] {
  const r = spawnSync(file, args, { cwd: dir, encoding: "utf8" });
  return `${r.stdout ?? ""}\n${r.stderr ?? ""}`.split("\n").filter(Boolean);
}

export function exitCode(dir: string, file: string, args: string[]): number | null {
  return spawnSync(file, args, { cwd: dir, stdio: "ignore" }).status;
}

let counter = 0;
/** A failure as the analyzer would report it; tests fill in what the case is about. */
export function failure(partial: Partial<Failure>): Failure {
  counter++;
  return {
    category: "format_error",
    severity: "medium",
    tool: null,
    message: "failure",
    locations: [],
    excerpt: [],
    context: [],
    fingerprint: `fp${counter.toString(16).padStart(6, "0")}`,
    strategy: "format",
    autoFixable: true,
    suggestion: "",
    rule: "test.rule",
    lines: [],
    ...partial,
  };
}
