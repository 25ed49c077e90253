import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import semver from "semver";
import type { Failure } from "../../analysis/types.js";
import type { CheckRun, FixContext, FixRun, Fixer } from "../types.js";
import { GO_MODULE, GO_VERSION, nearestVersion } from "./deps-versions.js";
import { escapeRegExp, failureText, noSymlinks, readText, repoHas, tail, toolName } from "./files.js";

/**
 * `go-pin-version`: go.mod requires a module version the module proxy does not have ("unknown
 * revision", "invalid version", a 404/410 from the proxy, or a file:// proxy's missing file).
 * The versions come from `go list -m -versions <module>` under the project's own GOPROXY
 * settings; the require line moves to the nearest one (the module path fixes the major already),
 * and `go mod tidy` brings go.sum along. Only a version go.mod itself requires is moved.
 */

const MISSING_VERSION =
  /(?<![\w./-])([a-z0-9][a-z0-9.-]*(?:\/[A-Za-z0-9._~-]+)+)@(v\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+incompatible)?): .*?(?:unknown revision|invalid version|reading \S+: (?:404|410)\b|reading file:\/\/\S+: no such file or directory|no matching versions)/;

interface Plan {
  module: string;
  version: string;
}

function planOf(failure: Failure): Plan | null {
  const m = MISSING_VERSION.exec(failureText(failure));
  if (!m || !GO_MODULE.test(m[1]) || !GO_VERSION.test(m[2])) return null;
  return { module: m[1], version: m[2] };
}

/** The go.mod line indexes that require `module` at `version` (single-line or inside a block). */
function requireLines(goMod: string, plan: Plan): number[] {
  const lines = goMod.split("\n");
  const out: number[] = [];
  const entry = new RegExp(
    `^\\s*(?:require\\s+)?${escapeRegExp(plan.module)}\\s+${escapeRegExp(plan.version)}(?:\\s|//|$)`,
  );
  let inBlock = false;
  lines.forEach((line, i) => {
    if (/^\s*require\s*\(\s*$/.test(line)) inBlock = true;
    else if (inBlock && /^\s*\)\s*$/.test(line)) inBlock = false;
    else if ((inBlock || /^\s*require\s/.test(line)) && entry.test(line)) out.push(i);
  });
  return out;
}

export const goPinFixer: Fixer = {
  id: "go-pin-version",
  strategy: "dependencies",
  claims(failure, repoDir) {
    return (
      failure.strategy !== "none" &&
      ["go", ""].includes(toolName(failure)) &&
      MISSING_VERSION.test(failureText(failure)) &&
      repoHas(repoDir, "go.mod")
    );
  },
  async fix(ctx: FixContext, failures: Failure[]): Promise<FixRun> {
    const commands: string[] = [];
    if (!noSymlinks(ctx.repoDir, ["go.mod", "go.sum"]))
      return {
        commands,
        skipped: "go.mod or go.sum is a symlink: writing it would change a file outside the repo",
      };
    const goMod = readText(ctx.repoDir, "go.mod");
    const lines = goMod.split("\n");
    const plans = new Map(
      failures
        .map(planOf)
        .filter((p): p is Plan => !!p)
        .map((p) => [`${p.module}@${p.version}`, p]),
    );
    const done: string[] = [];
    const why: string[] = [];
    for (const plan of plans.values()) {
      const at = requireLines(goMod, plan);
      if (at.length === 0) {
        why.push(`go.mod does not require ${plan.module} ${plan.version} itself`);
        continue;
      }
      const versions = await listVersions(ctx, plan.module, commands);
      if (versions === null) {
        why.push(`go list could not list the versions of ${plan.module}`);
        continue;
      }
      if (versions.includes(plan.version)) {
        why.push(`${plan.module} ${plan.version} exists: the failure is not a missing version`);
        continue;
      }
      const to = nearestVersion(plan.version, versions, {
        compare: (a, b) => semver.compare(a.slice(1), b.slice(1)),
        major: (v) => semver.major(v.slice(1)),
        prerelease: (v) => semver.prerelease(v.slice(1)) !== null,
      });
      if (!to) {
        why.push(`the proxy lists no version of ${plan.module}`);
        continue;
      }
      const pin = new RegExp(`(${escapeRegExp(plan.module)}\\s+)${escapeRegExp(plan.version)}`);
      for (const i of at) lines[i] = lines[i].replace(pin, (_, lead: string) => `${lead}${to}`);
      done.push(`${plan.module} ${plan.version} → ${to}`);
    }
    if (done.length === 0) return { commands, skipped: why.join("; ") || "no module version the log names" };
    writeFileSync(join(ctx.repoDir, "go.mod"), lines.join("\n"));
    commands.unshift(...done.map((d) => `require ${d}`));
    commands.push("go mod tidy");
    const r = await ctx.runner.run("go", ["mod", "tidy"], { cwd: ctx.repoDir, timeoutMs: ctx.timeoutMs });
    if (r.exitCode === 0) return { commands };
    // go.sum cannot follow: the skip has runFixer put both back rather than leave a go.mod CI
    // cannot use either.
    return {
      commands,
      skipped: `go mod tidy failed, so go.mod was restored: ${tail(r.stderr || r.stdout, 800)}`,
    };
  },
  async check(ctx: FixContext): Promise<CheckRun> {
    const r = await ctx.runner.run("go", ["build", "./..."], { cwd: ctx.repoDir, timeoutMs: ctx.timeoutMs });
    return {
      ok: r.exitCode === 0,
      command: "go build ./...",
      output: tail(`${r.stdout}\n${r.stderr}`.trim()),
    };
  },
};

/**
 * `go list -m -versions` in an empty scratch directory: inside the project the broken go.mod
 * would stop go before it lists anything. GOPROXY, GONOSUMDB, GOPRIVATE and the rest still come
 * from the environment and the user's go env file, as for the project's own builds.
 */
async function listVersions(ctx: FixContext, module: string, commands: string[]): Promise<string[] | null> {
  const scratch = mkdtempSync(join(tmpdir(), "autodev-go-list-"));
  try {
    const args = ["list", "-m", "-versions", module];
    commands.push(`go ${args.join(" ")}`);
    const r = await ctx.runner.run("go", args, {
      cwd: scratch,
      timeoutMs: Math.min(ctx.timeoutMs, 120_000),
      extraEnv: { GO111MODULE: "on", GOFLAGS: "-mod=mod", GOWORK: "off" },
    });
    if (r.exitCode !== 0) return null;
    const [name, ...versions] = r.stdout.trim().split(/\s+/);
    if (name !== module) return null;
    return versions.filter((v) => GO_VERSION.test(v));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
