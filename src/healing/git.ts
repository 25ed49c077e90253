import { createHash } from "node:crypto";
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { ConfigurationError } from "../util/errors.js";
import type { CommandRunner } from "./exec.js";

/**
 * The few git operations the healer needs. Every call passes an argument array and puts `--`
 * before paths, so a file or ref name starting with `-` can never become an option.
 */
export interface GitStatus {
  /** The commit HEAD points at; '' when the repository has none yet. */
  head: string;
  /** Tracked files that differ from HEAD (worktree or index). */
  dirty: string[];
  /** Untracked files git does not ignore. */
  untracked: string[];
}

const NO_OBJECT = /^0+$/;
/** A patch that applies anywhere: binary hunks, fixed a/ b/ prefixes, no user diff drivers. */
const DIFF_ARGS = [
  "--binary",
  "--no-color",
  "--no-ext-diff",
  "--no-textconv",
  "--src-prefix=a/",
  "--dst-prefix=b/",
];

export class Git {
  /**
   * Whether HEAD has a path, as learnt from earlier status runs. HEAD and the index do not change
   * while heal runs (it never commits or stages), so what one status showed stays true, and
   * restore and diff need not ask git again.
   */
  private readonly inHead = new Map<string, boolean>();
  /** Recent diffs by the exact state (mode and content) of the files they cover. */
  private readonly diffs = new Map<string, string>();
  /** Diffs started ahead of need (prefetchDiff), by the same key. */
  private readonly ahead = new Map<string, Promise<string | null>>();

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
      throw notARepository(this.dir);
    }
  }

  /**
   * HEAD's commit and the files that differ from it, in one git process (porcelain v2 carries the
   * commit and each entry's HEAD object, so no separate rev-parse or ls-tree is needed).
   */
  async status(): Promise<GitStatus> {
    let out: string;
    try {
      out = await this.raw(["status", "--porcelain=v2", "-z", "--branch", "--untracked-files=all"]);
    } catch (e) {
      if (/not a git repository/i.test(String(e))) throw notARepository(this.dir);
      throw e;
    }
    let head = "";
    const dirty: string[] = [];
    const untracked: string[] = [];
    const parts = out.split("\0");
    for (let i = 0; i < parts.length; i++) {
      const entry = parts[i];
      if (entry.startsWith("# branch.oid ")) {
        const oid = entry.slice("# branch.oid ".length);
        head = /^[0-9a-f]{40,64}$/.test(oid) ? oid : "";
      } else if (entry.startsWith("? ")) {
        const path = entry.slice(2);
        untracked.push(path);
        if (!this.inHead.get(path)) this.inHead.set(path, false);
      } else if (entry.startsWith("1 ")) {
        // 1 XY sub mH mI mW hH hI path
        const fields = entry.split(" ");
        const path = fields.slice(8).join(" ");
        dirty.push(path);
        this.inHead.set(path, !NO_OBJECT.test(fields[6]));
      } else if (entry.startsWith("2 ")) {
        // 2 XY sub mH mI mW hH hI Xscore path, then the source path as the next field.
        dirty.push(entry.split(" ").slice(9).join(" "));
        i++;
      } else if (entry.startsWith("u ")) {
        dirty.push(entry.split(" ").slice(10).join(" "));
      }
    }
    return { head, dirty, untracked };
  }

  async isTracked(path: string): Promise<boolean> {
    const known = this.inHead.get(path);
    if (known !== undefined) return known;
    const out = await this.raw(["ls-tree", "--name-only", "HEAD", "--", path]);
    return out.trim().length > 0;
  }

  /**
   * `git diff --binary` of exactly `files` against HEAD, new files included. Files git has
   * shown as tracked are diffed straight against HEAD; a new file needs a throwaway index (which
   * also keeps the user's staging area untouched). The same files in the same state give the
   * same patch without running git again.
   */
  async diffFiles(files: string[]): Promise<string> {
    if (files.length === 0) return "";
    const key = this.keyOf(files);
    const cached = key === null ? undefined : this.diffs.get(key);
    if (cached !== undefined) return cached;
    let patch: string;
    if (files.every((f) => this.inHead.get(f) === true)) {
      const early = key === null ? undefined : this.ahead.get(key);
      if (key !== null) this.ahead.delete(key);
      patch = (await early) ?? (await this.raw(["diff", ...DIFF_ARGS, "HEAD", "--", ...files]));
    } else {
      const tmp = mkdtempSync(join(tmpdir(), "autodev-index-"));
      const env = { GIT_INDEX_FILE: join(tmp, "index") };
      try {
        await this.raw(["read-tree", "HEAD"], env);
        await this.raw(["add", "-A", "--", ...files], env);
        patch = await this.raw(["diff", "--cached", ...DIFF_ARGS, "HEAD"], env);
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }
    }
    if (key !== null) {
      if (this.diffs.size >= 16) this.diffs.delete(this.diffs.keys().next().value!);
      this.diffs.set(key, patch);
    }
    return patch;
  }

  /**
   * Starts `git diff HEAD -- files` now, so it runs alongside whatever the caller does next (the
   * status that measures what a fixer changed, usually exactly the files its failure names).
   * diffFiles takes the result only where it would run that very command on the files in that
   * very state: all of them tracked in HEAD, none changed since; otherwise it is dropped.
   */
  async prefetchDiff(files: string[]): Promise<void> {
    const key = this.keyOf(files);
    if (files.length === 0 || key === null || this.diffs.has(key) || this.ahead.has(key)) return;
    if (this.ahead.size >= 4) this.ahead.clear();
    const run = this.raw(["diff", ...DIFF_ARGS, "HEAD", "--", ...files]).catch(() => null);
    this.ahead.set(key, run);
    await run;
  }

  /** The state of `files` (paths, modes, contents) as a cache key; null when not cacheable. */
  private keyOf(files: string[]): string | null {
    const states = files.map((f) => this.stateOf(f));
    return states.includes(null) ? null : files.map((f, i) => `${f}\0${states[i]}`).join("\0");
  }

  /**
   * Mode and content digest of a worktree path: 'absent' when there is none, null for what is
   * neither a file nor a symlink (a submodule directory), which is never cached.
   */
  private stateOf(file: string): string | null {
    const full = join(this.dir, file);
    let st;
    try {
      st = lstatSync(full);
    } catch {
      return "absent";
    }
    if (!st.isFile() && !st.isSymbolicLink()) return null;
    try {
      const data = st.isSymbolicLink() ? Buffer.from(readlinkSync(full)) : readFileSync(full);
      return `${st.mode.toString(8)}:${createHash("sha256").update(data).digest("hex")}`;
    } catch {
      return null;
    }
  }

  /**
   * Puts `files` back to HEAD: tracked ones are checked out (one git process for all), files
   * HEAD lacks are removed.
   */
  async restore(files: string[]): Promise<void> {
    const unknown = files.filter((f) => !this.inHead.has(f));
    if (unknown.length > 0) {
      const listed = await this.raw(["ls-tree", "-z", "--name-only", "HEAD", "--", ...unknown]);
      const present = new Set(listed.split("\0").filter(Boolean));
      for (const f of unknown) this.inHead.set(f, present.has(f));
    }
    const tracked = files.filter((f) => this.inHead.get(f));
    // git checkout writes a new file with git's idea of the mode (0644 or 0755 under the umask);
    // bits git does not track, like a group-writable 0664, are put back as they were.
    const modes = new Map<string, number>();
    for (const f of tracked) {
      try {
        const st = lstatSync(join(this.dir, f));
        if (st.isFile()) modes.set(f, st.mode & 0o7777);
      } catch {
        // deleted: git recreates it
      }
    }
    if (tracked.length > 0) await this.raw(["checkout", "HEAD", "--", ...tracked]);
    for (const [f, mode] of modes) {
      try {
        const now = lstatSync(join(this.dir, f));
        const sameExec = ((now.mode & 0o111) === 0) === ((mode & 0o111) === 0);
        if (now.isFile() && sameExec && (now.mode & 0o7777) !== mode) chmodSync(join(this.dir, f), mode);
      } catch {
        // HEAD has no file there after all
      }
    }
    for (const f of files) {
      if (this.inHead.get(f)) continue;
      try {
        unlinkSync(join(this.dir, f));
      } catch {
        // already gone
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

/**
 * The top of the work tree holding `dir`, and `dir`'s path below it ("" at the top). git prints
 * paths from the top, so heal works there (see heal.ts); no process when `dir` holds .git (a
 * folder, or a worktree's file).
 */
export async function workTreeTop(runner: CommandRunner, dir: string): Promise<{ top: string; sub: string }> {
  if (existsSync(join(dir, ".git"))) return { top: dir, sub: "" };
  const r = await runner.run("git", ["rev-parse", "--show-toplevel"], {
    cwd: dir,
    extraEnv: { GIT_TERMINAL_PROMPT: "0" },
    timeoutMs: 120_000,
  });
  if (r.exitCode !== 0) throw notARepository(dir);
  const top = r.stdout.trim();
  return { top, sub: relative(realpathSync(top), realpathSync(resolve(dir))).replace(/\\/g, "/") };
}

function notARepository(dir: string): ConfigurationError {
  return new ConfigurationError(
    `${dir} is not a git repository with a commit. Run heal inside a checkout (actions/checkout) of the failing commit.`,
  );
}
