import type { Failure } from "../../analysis/types.js";
import type { CheckRun, FixContext, FixRun, Fixer } from "../types.js";
import { failureText, repoHas, tail, toolName } from "./files.js";

/**
 * Manifest and lock drift: the lock file no longer matches the manifest. The package manager's
 * own "update the lock only" mode is the fix, and its own consistency check is the proof.
 * Adding or upgrading dependencies is deliberately not done here: that is a human's call.
 */
interface DepsSpec {
  id: string;
  tools: string[];
  /** A file at the repo root that says this package manager is in use. */
  manifest: string;
  signal: RegExp;
  fix: [string, string[]];
  check: [string, string[]];
}

const SPECS: DepsSpec[] = [
  {
    id: "npm-lock-sync",
    tools: ["npm", "node", ""],
    manifest: "package-lock.json",
    signal:
      /package\.json and package-lock\.json (?:or npm-shrinkwrap\.json )?are (?:not )?in sync|Missing: \S+ from lock ?file|Invalid: lock ?file's|lock ?file (?:is )?out of (?:date|sync)/i,
    fix: ["npm", ["install", "--package-lock-only", "--ignore-scripts", "--no-audit", "--no-fund"]],
    check: ["npm", ["ci", "--dry-run", "--ignore-scripts", "--no-audit", "--no-fund"]],
  },
  {
    id: "go-mod-tidy",
    tools: ["go", ""],
    manifest: "go.mod",
    signal:
      /missing go\.sum entry|updates to go\.mod needed|go: inconsistent vendoring|go mod tidy|should be direct|provides package \S+ and is replaced but not required|no required module provides package \S+; to add it/i,
    fix: ["go", ["mod", "tidy"]],
    check: ["go", ["build", "./..."]],
  },
];

function depsFixer(spec: DepsSpec): Fixer {
  return {
    id: spec.id,
    strategy: "dependencies",
    claims(failure: Failure, repoDir: string) {
      return (
        failure.strategy !== "none" &&
        spec.tools.includes(toolName(failure)) &&
        spec.signal.test(failureText(failure)) &&
        repoHas(repoDir, spec.manifest)
      );
    },
    async fix(ctx: FixContext): Promise<FixRun> {
      const [bin, args] = spec.fix;
      const command = `${bin} ${args.join(" ")}`;
      const r = await ctx.runner.run(bin, args, { cwd: ctx.repoDir, timeoutMs: ctx.timeoutMs });
      if (r.exitCode === 127) return { commands: [command], skipped: `${bin} is not installed` };
      return { commands: [command], note: r.exitCode === 0 ? undefined : tail(r.stderr || r.stdout, 800) };
    },
    async check(ctx: FixContext): Promise<CheckRun> {
      const [bin, args] = spec.check;
      const r = await ctx.runner.run(bin, args, { cwd: ctx.repoDir, timeoutMs: ctx.timeoutMs });
      return {
        ok: r.exitCode === 0,
        command: `${bin} ${args.join(" ")}`,
        output: tail(`${r.stdout}\n${r.stderr}`.trim()),
      };
    },
  };
}

export const depsFixers: Fixer[] = SPECS.map(depsFixer);
