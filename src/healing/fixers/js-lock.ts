import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CommandResult, FixContext } from "../types.js";
import { readText, repoHas } from "./files.js";

/**
 * How npm, pnpm and yarn bring a lockfile in line with package.json, and how each proves it did,
 * in one place for the lock-sync fixers and the package.json fixers that regenerate the lockfile
 * after their edit. Every command skips install scripts and, where the manager allows, node_modules.
 */

export type JsManager = "npm" | "pnpm" | "yarn";

/** A package manager run. `scratchFlag` takes a fresh temp directory as its value, removed afterwards. */
export interface PmCommand {
  bin: string;
  args: string[];
  scratchFlag?: string;
}

export const JS_LOCKFILES = ["package-lock.json", "npm-shrinkwrap.json", "pnpm-lock.yaml", "yarn.lock"];

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
  if (repoHas(repoDir, "pnpm-lock.yaml")) return "pnpm";
  if (repoHas(repoDir, "yarn.lock")) return "yarn";
  return "npm";
}

/** The lockfile the manager keeps, when the repo has one. */
export function lockfileOf(repoDir: string, pm: JsManager): string | null {
  const names =
    pm === "pnpm"
      ? ["pnpm-lock.yaml"]
      : pm === "yarn"
        ? ["yarn.lock"]
        : ["package-lock.json", "npm-shrinkwrap.json"];
  return names.find((f) => repoHas(repoDir, f)) ?? null;
}

/**
 * Yarn 2+ (berry) rather than classic: its config file, or a lockfile with berry's header. The
 * `yarn` on PATH is often classic even then; it hands over to the project's `yarnPath` itself.
 */
export function yarnBerry(repoDir: string): boolean {
  return repoHas(repoDir, ".yarnrc.yml") || /^__metadata:/m.test(readText(repoDir, "yarn.lock"));
}

/** Rewrites the lockfile from package.json. */
export function lockSyncCommand(repoDir: string, pm: JsManager): PmCommand {
  if (pm === "pnpm")
    // CI=true makes pnpm's installs frozen by default; this one is meant to write.
    return { bin: "pnpm", args: ["install", "--lockfile-only", "--no-frozen-lockfile", "--ignore-scripts"] };
  if (pm === "yarn")
    return yarnBerry(repoDir)
      ? // Resolution only (no link step, so no build scripts); CI=true would make it immutable.
        { bin: "yarn", args: ["install", "--mode=update-lockfile", "--no-immutable"] }
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
      ? { bin: "yarn", args: ["install", "--immutable", "--mode=update-lockfile"] }
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

export async function runPm(ctx: FixContext, cmd: PmCommand): Promise<CommandResult> {
  const scratch = cmd.scratchFlag ? mkdtempSync(join(tmpdir(), "autodev-modules-")) : undefined;
  try {
    const args = scratch && cmd.scratchFlag ? [...cmd.args, cmd.scratchFlag, scratch] : cmd.args;
    return await ctx.runner.run(cmd.bin, args, { cwd: ctx.repoDir, timeoutMs: ctx.timeoutMs });
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
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

/** The snapshot's files whose bytes differ now. */
export function changedSince(
  repoDir: string,
  before: Snapshot,
  files: string[] = [...before.keys()],
): string[] {
  const now = snapshot(repoDir, files);
  return files.filter((f) => {
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
