import type { Failure } from "../../analysis/types.js";
import type { CheckRun, FixContext, FixRun, Fixer } from "../types.js";
import { join } from "node:path";
import { failureText, hintedDirs, noSymlinks, repoHas, tail, toolName } from "./files.js";
import {
  changedSince,
  commandText,
  JS_LOCKFILES,
  LOCKFILES,
  lockCheckCommand,
  lockSyncCommand,
  restore,
  runPm,
  sameJson,
  snapshot,
  type JsManager,
  type PmCommand,
} from "./js-lock.js";

/**
 * Manifest and lock drift: the lock file no longer matches the manifest. The package manager's
 * own "update the lock only" mode is the fix, and its own consistency check is the proof.
 * Adding or upgrading dependencies is deliberately not done here: that is a human's call.
 */
interface DepsSpec {
  id: string;
  tools: string[];
  /** Files at the repo root, any of which says this package manager is in use. */
  manifests: readonly string[];
  signal: RegExp;
  fix(repoDir: string): PmCommand;
  check(repoDir: string): PmCommand;
  /**
   * Files the fix must leave byte for byte as they were, and the files it may write. When a keep
   * file's data changes anyway, the attempt is skipped (and runFixer puts everything back): the
   * fix is "the lockfile follows package.json", never the other way round. A keep file only
   * reordered goes back alone.
   */
  guard?: { keep: string[]; writes: string[] };
}

const jsLock = (id: string, pm: JsManager, signal: RegExp): DepsSpec => ({
  id,
  tools: [pm, ...(pm === "npm" ? ["node"] : []), ""],
  manifests: LOCKFILES[pm],
  signal,
  fix: (repoDir) => lockSyncCommand(repoDir, pm),
  check: (repoDir) => lockCheckCommand(repoDir, pm),
  guard: { keep: ["package.json"], writes: JS_LOCKFILES },
});

const SPECS: DepsSpec[] = [
  jsLock(
    "npm-lock-sync",
    "npm",
    /package\.json and package-lock\.json (?:or npm-shrinkwrap\.json )?are (?:not )?in sync|Missing: \S+ from lock ?file|Invalid: lock ?file's|lock ?file (?:is )?out of (?:date|sync)/i,
  ),
  jsLock(
    "pnpm-lock-sync",
    "pnpm",
    // pnpm 7-10 print " ERR_PNPM_X  message"; pnpm 11+ "Error: ERR_PNPM_X" and the message below it.
    /ERR_PNPM_OUTDATED_LOCKFILE|ERR_PNPM_LOCKFILE_CONFIG_MISMATCH|pnpm-lock\.yaml is not up to date with/,
  ),
  jsLock(
    "yarn-lock-sync",
    "yarn",
    // Classic's --frozen-lockfile, and berry's immutable install (YN0028).
    /Your lockfile needs to be updated, but yarn was run with `--frozen-lockfile`|YN0028\b|The lockfile would have been modified by this install/,
  ),
  {
    id: "go-mod-tidy",
    tools: ["go", ""],
    manifests: ["go.mod"],
    signal:
      /missing go\.sum entry|updates to go\.mod needed|go: inconsistent vendoring|go mod tidy|should be direct|provides package \S+ and is replaced but not required|no required module provides package \S+; to add it/i,
    fix: () => ({ bin: "go", args: ["mod", "tidy"] }),
    check: () => ({ bin: "go", args: ["build", "./..."] }),
  },
];

function depsFixer(spec: DepsSpec): Fixer {
  /**
   * The project the CI command works on: the first folder it moves to (`cd services/api &&`,
   * `npm --prefix web`) that holds a manifest, else the repo root; undefined when neither does.
   */
  const projectDir = (repoDir: string) =>
    [...hintedDirs(repoDir), ""].find((d) => spec.manifests.some((f) => repoHas(repoDir, join(d, f))));
  /** The fix context moved to that project (paths, the package manager's cwd). */
  const inProject = (ctx: FixContext): FixContext => {
    const dir = projectDir(ctx.repoDir);
    return dir ? { ...ctx, repoDir: join(ctx.repoDir, dir) } : ctx;
  };
  return {
    id: spec.id,
    strategy: "dependencies",
    claims(failure: Failure, repoDir: string) {
      return (
        failure.strategy !== "none" &&
        spec.tools.includes(toolName(failure)) &&
        spec.signal.test(failureText(failure)) &&
        projectDir(repoDir) !== undefined
      );
    },
    async fix(outer: FixContext): Promise<FixRun> {
      const ctx = inProject(outer);
      const cmd = spec.fix(ctx.repoDir);
      const command = commandText(cmd);
      const guarded = spec.guard ? [...spec.guard.keep, ...spec.guard.writes] : [];
      // A symlinked manifest or lockfile would be written through, outside what the diff shows.
      if (!noSymlinks(ctx.repoDir, guarded))
        return { commands: [], skipped: "package.json or a lockfile is a symlink" };
      const keep = spec.guard?.keep ?? [];
      const before = snapshot(ctx.repoDir, keep);
      const r = await runPm(ctx, cmd);
      if (r.exitCode === 127) return { commands: [command], skipped: `${cmd.bin} is not installed` };
      const now = snapshot(ctx.repoDir, keep);
      const moved = changedSince(before, now);
      if (moved.some((f) => !sameJson(before.get(f), now.get(f))))
        return {
          commands: [command],
          skipped: `${cmd.bin} changed ${moved.join(", ")}, which a lockfile sync must leave alone: put back as it was`,
        };
      // Only reordered (berry sorts dependencies): the lockfile was made from the same data.
      restore(ctx.repoDir, new Map(moved.map((f) => [f, before.get(f) ?? null])));
      return { commands: [command], note: r.exitCode === 0 ? undefined : tail(r.stderr || r.stdout, 800) };
    },
    async check(outer: FixContext): Promise<CheckRun> {
      const ctx = inProject(outer);
      const cmd = spec.check(ctx.repoDir);
      const r = await runPm(ctx, cmd);
      return {
        ok: r.exitCode === 0,
        command: commandText(cmd),
        output: tail(`${r.stdout}\n${r.stderr}`.trim()),
      };
    },
  };
}

export const depsFixers: Fixer[] = SPECS.map(depsFixer);
