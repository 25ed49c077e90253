import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigurationError } from "../util/errors.js";
import type { CommandRunner } from "./exec.js";

/**
 * The few git operations the healer needs. Every call passes an argument array and puts `--`
 * before paths, so a file or ref name starting with `-` can never become an option.
 */
export class Git {
  constructor(
    private readonly runner: CommandRunner,
    readonly dir: string,
  ) {}

  async raw(args: string[], extraEnv?: Record<string, string>): Promise<string> {
    const r = await this.runner.run("git", ["-c", "core.quotepath=off", ...args], {
      cwd: this.dir,
      extraEnv: { GIT_TERMINAL_PROMPT: "0", ...extraEnv },
      timeoutMs: 120_000,
    });
    if (r.exitCode !== 0)
      throw new Error(`git ${args[0]} failed (${r.exitCode}): ${r.stderr.trim().slice(0, 500)}`);
    return r.stdout;
  }

  async head(): Promise<string> {
    try {
      return (await this.raw(["rev-parse", "--verify", "HEAD^{commit}"])).trim();
    } catch {
      throw new ConfigurationError(
        `${this.dir} is not a git repository with a commit. Run heal inside a checkout (actions/checkout) of the failing commit.`,
      );
    }
  }

  /** Tracked files that differ from HEAD (worktree or index), and untracked files not ignored. */
  async status(): Promise<{ dirty: string[]; untracked: string[] }> {
    const out = await this.raw(["status", "--porcelain=v1", "-z", "--untracked-files=all"]);
    const dirty: string[] = [];
    const untracked: string[] = [];
    const parts = out.split("\0");
    for (let i = 0; i < parts.length; i++) {
      const entry = parts[i];
      if (entry.length < 4) continue;
      const code = entry.slice(0, 2);
      const path = entry.slice(3);
      if (code === "??") untracked.push(path);
      else dirty.push(path);
      // Renames and copies carry the source path as the next NUL-separated field.
      if (code[0] === "R" || code[0] === "C") i++;
    }
    return { dirty, untracked };
  }

  async isTracked(path: string): Promise<boolean> {
    const out = await this.raw(["ls-tree", "--name-only", "HEAD", "--", path]);
    return out.trim().length > 0;
  }

  /**
   * `git diff --binary` of exactly `files` against HEAD, new files included. A throwaway index
   * keeps the user's staging area untouched.
   */
  async diffFiles(files: string[]): Promise<string> {
    if (files.length === 0) return "";
    const tmp = mkdtempSync(join(tmpdir(), "autodev-index-"));
    const env = { GIT_INDEX_FILE: join(tmp, "index") };
    try {
      await this.raw(["read-tree", "HEAD"], env);
      await this.raw(["add", "-A", "--", ...files], env);
      return await this.raw(["diff", "--cached", "--binary", "--no-color", "--no-ext-diff", "HEAD"], env);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }

  /** Puts `files` back to HEAD: tracked ones are checked out, files HEAD lacks are removed. */
  async restore(files: string[]): Promise<void> {
    for (const f of files) {
      if (await this.isTracked(f)) await this.raw(["checkout", "HEAD", "--", f]);
      else {
        try {
          unlinkSync(join(this.dir, f));
        } catch {
          // already gone
        }
      }
    }
  }

  /** `git apply` that fails closed: check first, then apply; nothing is written on a bad patch. */
  async apply(patch: string): Promise<{ ok: boolean; error: string }> {
    const tmp = mkdtempSync(join(tmpdir(), "autodev-patch-"));
    const file = join(tmp, "change.patch");
    writeFileSync(file, patch);
    try {
      for (const args of [
        ["apply", "--check", "--recount", file],
        ["apply", "--recount", file],
      ]) {
        const r = await this.runner.run("git", args, { cwd: this.dir, timeoutMs: 60_000 });
        if (r.exitCode !== 0) return { ok: false, error: r.stderr.trim().slice(0, 2000) };
      }
      return { ok: true, error: "" };
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
}
