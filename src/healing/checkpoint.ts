import { createHash } from "node:crypto";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Git } from "./git.js";

/**
 * Files bigger than this (a monorepo's lockfile, build outputs) are copied to a scratch folder
 * instead of held in memory. Rolling them back to HEAD instead would throw away what the user or
 * an earlier kept fix had changed in them.
 */
const MAX_KEPT_BYTES = 8 * 1024 * 1024;

/** The scratch folder for big files' copies, made on first need. */
interface Scratch {
  dir?: string;
  copies?: number;
}

interface Saved {
  digest: string;
  /** Permission bits, put back on rollback (a fixer may chmod). */
  mode?: number;
  /** null: the file did not exist; a string: the path of its copy in the scratch folder. */
  content: Buffer | string | null;
}

/**
 * The set of files the healer has changed so far, with their contents, so one fixer's work can
 * be measured and undone without touching what earlier fixers (or the user) did.
 */
export class Checkpoint {
  private constructor(
    private readonly git: Git,
    private readonly baseUntracked: Set<string>,
    private readonly saved: Map<string, Saved>,
    /** Where big files were copied, if any: removed by release(). */
    private readonly scratch: Scratch,
  ) {}

  /** What `changedFiles` returned in the last `delta()`: the healer's changes at that moment. */
  changedNow?: string[];

  /**
   * `baseUntracked` is the untracked set at the very start: those files are the user's, never
   * ours. `changed`, when the caller knows it (nothing ran since the last status but fixers whose
   * every change was measured), is the current `changedFiles` and spares a git status.
   */
  static async take(git: Git, baseUntracked: Set<string>, changed?: string[]): Promise<Checkpoint> {
    const saved = new Map<string, Saved>();
    const scratch: Scratch = {};
    for (const f of changed ?? (await changedFiles(git, baseUntracked)))
      saved.set(f, snapshot(git.dir, f, scratch));
    return new Checkpoint(git, baseUntracked, saved, scratch);
  }

  /** Drops the copies of big files; the checkpoint can no longer roll them back. */
  release(): void {
    if (this.scratch.dir) rmSync(this.scratch.dir, { recursive: true, force: true });
    this.scratch.dir = undefined;
  }

  /** The changed files when the checkpoint was taken, which is again the set after a rollback. */
  get files(): string[] {
    return [...this.saved.keys()];
  }

  /** Files that differ from this checkpoint (new changes, or already-changed files changed again). */
  async delta(): Promise<string[]> {
    const now = await changedFiles(this.git, this.baseUntracked);
    this.changedNow = now;
    const out = new Set(now.filter((f) => !this.saved.has(f)));
    for (const [f, s] of this.saved) if (digestOf(this.git.dir, f) !== s.digest) out.add(f);
    return [...out].sort();
  }

  /** Puts `files` back as they were when the checkpoint was taken. */
  async rollback(files: string[]): Promise<void> {
    const toHead: string[] = [];
    for (const f of files) {
      const s = this.saved.get(f);
      // Not changed when the checkpoint was taken: HEAD is what it was.
      if (!s) toHead.push(f);
      else if (s.content === null) {
        if (existsSync(join(this.git.dir, f))) unlinkSync(join(this.git.dir, f));
      } else {
        const full = join(this.git.dir, f);
        if (typeof s.content === "string") copyFileSync(s.content, full);
        else writeFileSync(full, s.content);
        if (s.mode !== undefined && (statSync(full).mode & 0o7777) !== s.mode) chmodSync(full, s.mode);
      }
    }
    await this.git.restore(toHead);
  }
}

/** Every file the healer has touched: tracked files that differ from HEAD, and new untracked ones. */
export async function changedFiles(git: Git, baseUntracked: Set<string>): Promise<string[]> {
  const { dirty, untracked } = await git.status();
  return [...new Set([...dirty, ...untracked.filter((f) => !baseUntracked.has(f))])].sort();
}

function snapshot(dir: string, f: string, scratch: Scratch): Saved {
  let size: number;
  let mode: number;
  try {
    const st = statSync(join(dir, f));
    size = st.size;
    mode = st.mode & 0o7777;
  } catch {
    return { digest: "absent", content: null };
  }
  if (size > MAX_KEPT_BYTES) {
    scratch.dir ??= mkdtempSync(join(tmpdir(), "autodev-checkpoint-"));
    const copy = join(scratch.dir, String((scratch.copies = (scratch.copies ?? 0) + 1)));
    copyFileSync(join(dir, f), copy);
    return { digest: hash(readFileSync(copy)), content: copy, mode };
  }
  const content = readFileSync(join(dir, f));
  return { digest: hash(content), content, mode };
}

function digestOf(dir: string, f: string): string {
  try {
    return hash(readFileSync(join(dir, f)));
  } catch {
    return "absent";
  }
}

function hash(b: Buffer): string {
  return createHash("sha256").update(b).digest("hex");
}
