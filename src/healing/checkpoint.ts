import { createHash } from "node:crypto";
import { existsSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Git } from "./git.js";

/**
 * The set of files the healer has changed so far, with their contents, so one fixer's work can
 * be measured and undone without touching what earlier fixers (or the user) did.
 */
export class Checkpoint {
  private constructor(
    private readonly git: Git,
    private readonly baseUntracked: Set<string>,
    readonly saved: Map<string, Buffer | null>,
  ) {}

  /** `baseUntracked` is the untracked set at the very start: those files are the user's, never ours. */
  static async take(git: Git, baseUntracked: Set<string>): Promise<Checkpoint> {
    const saved = new Map<string, Buffer | null>();
    for (const f of await changedFiles(git, baseUntracked)) saved.set(f, read(git.dir, f));
    return new Checkpoint(git, baseUntracked, saved);
  }

  /** Files that differ from this checkpoint (new changes, or already-changed files changed again). */
  async delta(): Promise<string[]> {
    const now = await changedFiles(this.git, this.baseUntracked);
    const out = new Set(now.filter((f) => !this.saved.has(f)));
    for (const [f, content] of this.saved) if (digest(read(this.git.dir, f)) !== digest(content)) out.add(f);
    return [...out].sort();
  }

  /** Puts `files` back as they were when the checkpoint was taken. */
  async rollback(files: string[]): Promise<void> {
    const toHead: string[] = [];
    for (const f of files) {
      if (!this.saved.has(f)) toHead.push(f);
      else {
        const content = this.saved.get(f) ?? null;
        if (content === null) {
          if (existsSync(join(this.git.dir, f))) unlinkSync(join(this.git.dir, f));
        } else writeFileSync(join(this.git.dir, f), content);
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

function read(dir: string, f: string): Buffer | null {
  try {
    return readFileSync(join(dir, f));
  } catch {
    return null;
  }
}

function digest(b: Buffer | null): string {
  return b === null ? "absent" : createHash("sha256").update(b).digest("hex");
}
