import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CommandResult, CommandRunner, FixContext } from "../types.js";
import { readText, repoHas } from "./files.js";

/**
 * How npm, pnpm and yarn bring a lockfile in line with package.json, and how each proves it did,
 * in one place for the lock-sync fixers and the package.json fixers that regenerate the lockfile
 * after their edit. Every command skips install scripts and, where the manager allows, node_modules.
 */

export type JsManager = "npm" | "pnpm" | "yarn";

/** A package manager run. */
export interface PmCommand {
  bin: string;
  args: string[];
  /** A flag that takes a fresh temp directory as its value, removed afterwards. */
  scratchFlag?: string;
  /** Files the run writes only for itself: put back as they were (or removed) afterwards. */
  byProducts?: string[];
  /** A check by regeneration: it passes when the run leaves this file as it was (restored either way). */
  unchanged?: string;
  /** Run first with these args: the command runs only when the probe's output matches. */
  probe?: { args: string[]; pattern: RegExp; why: string };
  /**
   * The lockfile's format version (the pattern's first group) must be what it was: a manager of
   * another major than the project's would rewrite the file in a format the project's CI cannot
   * read. A change puts the file back and fails the run.
   */
  format?: { file: string; pattern: RegExp; why: string };
}

/** Each manager's lockfiles, the one it reads first first: the one list every JS fixer goes by. */
export const LOCKFILES: Record<JsManager, readonly string[]> = {
  npm: ["package-lock.json", "npm-shrinkwrap.json"],
  pnpm: ["pnpm-lock.yaml"],
  yarn: ["yarn.lock"],
};

export const JS_LOCKFILES = Object.values(LOCKFILES).flat();

/** The manager package.json's `packageManager` names, else the one whose lockfile the repo has. */
export function packageManager(repoDir: string): JsManager {
  try {
    const pm = JSON.parse(readFileSync(join(repoDir, "package.json"), "utf8")).packageManager;
    if (typeof pm === "string") {
      const name = pm.split("@")[0];
      if (name === "pnpm" || name === "yarn" || name === "npm") return name;
    }
  } catch {
    /* an unreadable package.json is decided by the lockfiles */
  }
  if (lockfileOf(repoDir, "pnpm")) return "pnpm";
  if (lockfileOf(repoDir, "yarn")) return "yarn";
  return "npm";
}

/** The lockfile the manager keeps, when the repo has one. */
export function lockfileOf(repoDir: string, pm: JsManager): string | null {
  return LOCKFILES[pm].find((f) => repoHas(repoDir, f)) ?? null;
}

/**
 * Yarn 2+ (berry) rather than classic: its config file, or a lockfile with berry's header. The
 * `yarn` on PATH is often classic even then; it hands over to the project's `yarnPath` itself.
 */
export function yarnBerry(repoDir: string): boolean {
  return repoHas(repoDir, ".yarnrc.yml") || /^__metadata:/m.test(readText(repoDir, "yarn.lock"));
}

// Resolution only (no link step, so no build scripts); CI=true would make it immutable. The
// install state it still writes is the project's cache, ignored in a berry repo's .gitignore.
const berrySync: PmCommand = {
  bin: "yarn",
  args: ["install", "--mode=update-lockfile", "--no-immutable"],
  byProducts: [".yarn/install-state.gz"],
  // A berry project without yarnPath runs berry through corepack; where that is not set up, the
  // `yarn` found is classic, which ignores these flags, installs with scripts and rewrites the
  // lockfile in its own format.
  probe: {
    args: ["--version"],
    pattern: /^\s*(?:[2-9]|\d{2,})\./,
    why: "the yarn on PATH is classic (1.x) and this is a berry project: set up its yarn (corepack or yarnPath)",
  },
  format: {
    file: "yarn.lock",
    pattern: /^__metadata:\s*\n\s+version: (\d+)/m,
    why: "yarn.lock changed format: the yarn on PATH is not the project's yarn",
  },
};

/** Rewrites the lockfile from package.json. */
export function lockSyncCommand(repoDir: string, pm: JsManager): PmCommand {
  if (pm === "pnpm")
    // CI=true makes pnpm's installs frozen by default; this one is meant to write.
    return {
      bin: "pnpm",
      args: ["install", "--lockfile-only", "--no-frozen-lockfile", "--ignore-scripts"],
      format: {
        file: "pnpm-lock.yaml",
        pattern: /^lockfileVersion: ['"]?(\d+)/m,
        why: "pnpm-lock.yaml changed format: the pnpm on PATH is not the major the project uses",
      },
    };
  if (pm === "yarn")
    return yarnBerry(repoDir)
      ? berrySync
      : // Classic has no lockfile-only mode: it installs, into a throwaway folder instead of the
        // project's node_modules.
        {
          bin: "yarn",
          args: ["install", "--ignore-scripts", "--non-interactive"],
          scratchFlag: "--modules-folder",
        };
  return {
    bin: "npm",
    args: ["install", "--package-lock-only", "--ignore-scripts", "--no-audit", "--no-fund"],
  };
}

/** The manager's own "is the lockfile in sync" check, the one a frozen CI install makes. */
export function lockCheckCommand(repoDir: string, pm: JsManager): PmCommand {
  if (pm === "pnpm")
    return { bin: "pnpm", args: ["install", "--frozen-lockfile", "--lockfile-only", "--ignore-scripts"] };
  if (pm === "yarn")
    return yarnBerry(repoDir)
      ? // Berry refuses --immutable with --mode=update-lockfile, and an immutable install links
        // node_modules or .pnp.cjs; a lockfile the regeneration leaves as it is, is in sync.
        // Berry also sorts package.json's dependencies as it goes: put back, like its install state.
        {
          ...berrySync,
          byProducts: [...(berrySync.byProducts ?? []), "package.json"],
          unchanged: "yarn.lock",
        }
      : {
          bin: "yarn",
          args: ["install", "--frozen-lockfile", "--ignore-scripts", "--non-interactive"],
          scratchFlag: "--modules-folder",
        };
  return { bin: "npm", args: ["ci", "--dry-run", "--ignore-scripts", "--no-audit", "--no-fund"] };
}

/** The command as the report shows it. */
export function commandText(cmd: PmCommand): string {
  return [cmd.bin, ...cmd.args, ...(cmd.scratchFlag ? [cmd.scratchFlag, "<temp dir>"] : [])].join(" ");
}

/**
 * Probe answers by runner, checkout and command: the manager a checkout runs does not change
 * while heal works on it, so its fix and its check (and later rounds) ask once. Only an answer
 * is kept; a probe that failed (a timeout, say) is asked again next time.
 */
const probes = new WeakMap<CommandRunner, Map<string, Promise<CommandResult>>>();

function probe(ctx: FixContext, bin: string, args: string[]): Promise<CommandResult> {
  const asked = probes.get(ctx.runner) ?? new Map<string, Promise<CommandResult>>();
  probes.set(ctx.runner, asked);
  const key = [ctx.repoDir, bin, ...args].join("\0");
  const known = asked.get(key);
  if (known) return known;
  const answer = ctx.runner.run(bin, args, { cwd: ctx.repoDir, timeoutMs: ctx.timeoutMs });
  asked.set(key, answer);
  const forget = () => asked.delete(key);
  answer.then((r) => r.exitCode === 0 || forget(), forget);
  return answer;
}

export async function runPm(ctx: FixContext, cmd: PmCommand): Promise<CommandResult> {
  const scratch = cmd.scratchFlag ? mkdtempSync(join(tmpdir(), "autodev-modules-")) : undefined;
  const watched = [cmd.unchanged, cmd.format?.file].filter((f): f is string => !!f);
  const kept = snapshot(ctx.repoDir, [...(cmd.byProducts ?? []), ...watched]);
  let undo = false;
  try {
    if (cmd.probe) {
      const p = await probe(ctx, cmd.bin, cmd.probe.args);
      if (p.exitCode !== 0) return p;
      if (!cmd.probe.pattern.test(p.stdout)) return { ...p, exitCode: 1, stderr: cmd.probe.why };
    }
    const args = scratch && cmd.scratchFlag ? [...cmd.args, cmd.scratchFlag, scratch] : cmd.args;
    const r = await ctx.runner.run(cmd.bin, args, { cwd: ctx.repoDir, timeoutMs: ctx.timeoutMs });
    const fail = (why: string) => {
      undo = true;
      return { ...r, exitCode: 1, stderr: `${r.stderr}\n${why}` };
    };
    if (cmd.format) {
      const { file, pattern, why } = cmd.format;
      const was = pattern.exec(kept.get(file)?.toString() ?? "")?.[1];
      if (was !== undefined && pattern.exec(readText(ctx.repoDir, file))?.[1] !== was) return fail(why);
    }
    if (
      r.exitCode === 0 &&
      cmd.unchanged &&
      changedSince(kept, snapshot(ctx.repoDir, [cmd.unchanged])).length > 0
    )
      return fail(`${cmd.unchanged} is not in sync: regenerating it changes it`);
    return r;
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
    if (undo || cmd.unchanged) restore(ctx.repoDir, kept);
    else if (cmd.byProducts)
      restore(ctx.repoDir, new Map([...kept].filter(([f]) => cmd.byProducts?.includes(f))));
  }
}

/** Files as they were (null: absent), to compare with and to put back. */
export type Snapshot = Map<string, Buffer | null>;

export function snapshot(repoDir: string, files: string[]): Snapshot {
  return new Map(
    files.map((f) => {
      try {
        return [f, readFileSync(join(repoDir, f))];
      } catch {
        return [f, null];
      }
    }),
  );
}

/** The files of `now` whose bytes differ from `before`. */
export function changedSince(before: Snapshot, now: Snapshot): string[] {
  return [...now.keys()].filter((f) => {
    const [a, b] = [before.get(f) ?? null, now.get(f) ?? null];
    return a && b ? !a.equals(b) : a !== b;
  });
}

export function restore(repoDir: string, before: Snapshot): void {
  for (const [f, data] of before) {
    if (data === null) rmSync(join(repoDir, f), { force: true });
    else writeFileSync(join(repoDir, f), data);
  }
}

/**
 * True when two JSON texts hold the same data, key order aside: berry sorts package.json's
 * dependency maps whenever it installs, which changes nothing it or any other tool reads.
 */
export function sameJson(
  a: Buffer | string | null | undefined,
  b: Buffer | string | null | undefined,
): boolean {
  if (a == null || b == null) return false;
  try {
    return deepEqual(JSON.parse(a.toString()), JSON.parse(b.toString()));
  } catch {
    return false;
  }
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every(
      (k) =>
        Object.hasOwn(b, k) &&
        deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    )
  );
}
