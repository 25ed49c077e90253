import { builtinModules } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import semver from "semver";
import type { Failure } from "../../analysis/types.js";
import { TEST_FILE } from "../../policy/silencers.js";
import type { CheckRun, CommandResult, FixContext, FixRun, Fixer } from "../types.js";
import { nearestVersion, validNpmName } from "./deps-versions.js";
import { failureText, noSymlinks, readText, repoHas, repoPath, tail, toolName } from "./files.js";
import {
  commandText,
  JS_LOCKFILES,
  LOCKFILES,
  lockCheckCommand,
  lockfileOf,
  lockSyncCommand,
  packageManager,
  runPm,
} from "./js-lock.js";

/**
 * package.json changes the log asks for, made with the registry's and the lockfile's facts:
 *
 * - `npm-pin-version`: a dependency pinned to a version the registry does not have (npm's
 *   ETARGET "No matching version found for x@^5.0.0", pnpm's NO_MATCHING_VERSION, yarn's
 *   "Couldn't find any versions for") moves to the nearest version the project's registry lists,
 *   keeping the range operator.
 * - `npm-add-dependency`: a package the code imports but package.json does not declare is added
 *   at the version the lockfile or node_modules already resolves, else the registry's latest.
 *
 * Both then regenerate the lockfile with the project's own package manager. Names and versions
 * from the log go to a command line only after the strict patterns in deps-versions.ts, and only
 * when package.json really holds that pin (or really lacks that package).
 */

const SECTIONS = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"] as const;

/** "No matching version found for x@^5.0.0." (npm, pnpm) or yarn's "Couldn't find any versions for "x" that matches "^5"". */
const NO_VERSION = [
  /No matching version found for ((?:@[^\s@/]+\/)?[^\s@]+)@(\S+?)\.?(?:\s|$)/,
  /Couldn't find any versions for "((?:@[^\s@"/]+\/)?[^\s@"]+)" that matches "([^"]+)"/,
];

/** A bare specifier that did not resolve: node (ESM and CJS), tsc, jest, webpack, vite, esbuild. */
const MISSING = [
  /Cannot find (?:package|module) '([^']+)'/,
  /Can't resolve '([^']+)'/,
  /[Ff]ailed to resolve import "([^"]+)"/,
  /Could not resolve "([^"]+)"/,
];

/** A test runner's own config: its imports are dev tooling, like the tests' (see TEST_FILE). */
const TEST_CONFIG = /(^|\/)(vitest|jest|playwright)\.config\.[cm]?[jt]s$/;

/** Brings the lockfile in line with package.json without running install scripts; nothing when there is none. */
async function syncLock(ctx: FixContext, commands: string[]): Promise<string | undefined> {
  const pm = packageManager(ctx.repoDir);
  if (!lockfileOf(ctx.repoDir, pm)) return undefined;
  const cmd = lockSyncCommand(ctx.repoDir, pm);
  commands.push(commandText(cmd));
  const r = await runPm(ctx, cmd);
  if (r.exitCode === 0) return undefined;
  return r.exitCode === 127
    ? `${cmd.bin} is not installed: the lockfile was not updated`
    : tail(r.stderr || r.stdout, 800);
}

/** `npm view <name> <field> --json` under the project's own npm config (its .npmrc registry). */
async function npmView(ctx: FixContext, name: string, field: string, commands: string[]): Promise<unknown> {
  if (!validNpmName(name)) return undefined;
  const args = ["view", name, field, "--json"];
  commands.push(`npm ${args.join(" ")}`);
  const r: CommandResult = await ctx.runner.run("npm", args, {
    cwd: ctx.repoDir,
    timeoutMs: Math.min(ctx.timeoutMs, 60_000),
  });
  if (r.exitCode !== 0) return undefined;
  try {
    return JSON.parse(r.stdout);
  } catch {
    return undefined;
  }
}

interface Manifest {
  text: string;
  data: Record<string, unknown>;
}

const NPM_FILES = ["package.json", ...JS_LOCKFILES];

function readManifest(repoDir: string): Manifest | null {
  // A symlinked manifest or lockfile would be written through, outside what the diff shows.
  if (!noSymlinks(repoDir, NPM_FILES)) return null;
  const text = readText(repoDir, "package.json");
  try {
    const data = JSON.parse(text);
    return data && typeof data === "object" && !Array.isArray(data) ? { text, data } : null;
  } catch {
    return null;
  }
}

/** package.json to edit (as read, and a copy to change), or the skip when there is no usable one. */
function openManifest(repoDir: string): { manifest: Manifest; data: Record<string, unknown> } | FixRun {
  const manifest = readManifest(repoDir);
  if (!manifest)
    return {
      commands: [],
      skipped: "package.json is missing, not valid JSON, or it or a lockfile is a symlink",
    };
  return { manifest, data: structuredClone(manifest.data) };
}

function section(data: Record<string, unknown>, key: string): Record<string, string> {
  const s = data[key];
  return s && typeof s === "object" && !Array.isArray(s) ? (s as Record<string, string>) : {};
}

/** package.json as npm writes it: the file's own indentation and trailing newline. */
function writeManifest(repoDir: string, m: Manifest, data: Record<string, unknown>): void {
  const indent = /^\{\r?\n([ \t]+)"/.exec(m.text)?.[1] ?? "  ";
  const eol = m.text.includes("\r\n") ? "\r\n" : "\n";
  const body = JSON.stringify(data, null, indent).replace(/\n/g, eol);
  writeFileSync(join(repoDir, "package.json"), body + (/\r?\n$/.test(m.text) || !m.text ? eol : ""));
}

// ---- pins to versions that do not exist

interface PinPlan {
  name: string;
  spec: string;
  operator: string;
  /** The version the spec asks for at least (`^1.5` → 1.5.0). */
  floor: string;
}

/** `^1.5.0`, `~1.5`, `1.5.0`, `=1.5.0`, `v1.5.0`: the forms whose intent has one nearest answer. */
const SIMPLE_SPEC = /^(\^|~|=)?v?(\d{1,9}(?:\.\d{1,9}){0,2}(?:-[0-9A-Za-z.-]{1,64})?)$/;

function pinFrom(failure: Failure): PinPlan | null {
  const text = failureText(failure);
  for (const re of NO_VERSION) {
    const m = re.exec(text);
    if (!m) continue;
    const [name, spec] = [m[1], m[2].replace(/\.$/, "")];
    const s = SIMPLE_SPEC.exec(spec);
    if (!validNpmName(name) || !s) return null;
    const floor = semver.minVersion(spec)?.version;
    return floor ? { name, spec, operator: s[1] ?? "", floor } : null;
  }
  return null;
}

const npmPinFixer: Fixer = {
  id: "npm-pin-version",
  strategy: "dependencies",
  claims(failure, repoDir) {
    return (
      failure.strategy !== "none" &&
      ["npm", "pnpm", "yarn", ""].includes(toolName(failure)) &&
      NO_VERSION.some((re) => re.test(failureText(failure))) &&
      repoHas(repoDir, "package.json")
    );
  },
  async fix(ctx, failures) {
    const opened = openManifest(ctx.repoDir);
    if (!("manifest" in opened)) return opened;
    const { manifest, data } = opened;
    const commands: string[] = [];
    const done: string[] = [];
    const why: string[] = [];
    for (const plan of failures.map(pinFrom)) {
      if (!plan) continue;
      // Only the project's own pin: a dependency's dependency is not ours to edit.
      const where = SECTIONS.filter((k) => section(manifest.data, k)[plan.name] === plan.spec);
      if (where.length === 0) {
        why.push(`package.json does not pin ${plan.name}@${plan.spec} itself`);
        continue;
      }
      const listed = await npmView(ctx, plan.name, "versions", commands);
      const versions = (Array.isArray(listed) ? listed : typeof listed === "string" ? [listed] : []).filter(
        (v): v is string => typeof v === "string" && semver.valid(v) === v,
      );
      if (versions.length === 0) {
        why.push(`the registry lists no versions of ${plan.name}`);
        continue;
      }
      if (versions.some((v) => semver.satisfies(v, plan.spec))) {
        why.push(
          `the registry has a version of ${plan.name} in ${plan.spec}: the failure is not a missing version`,
        );
        continue;
      }
      const to = nearestVersion(plan.floor, versions, {
        compare: semver.compare,
        major: semver.major,
        prerelease: (v) => semver.prerelease(v) !== null,
      });
      if (!to) continue;
      const spec = `${plan.operator}${to}`;
      for (const k of where) (data[k] as Record<string, string>)[plan.name] = spec;
      done.push(`${plan.name} ${plan.spec} → ${spec}`);
    }
    if (done.length === 0)
      return { commands, skipped: why.join("; ") || "no pin the log names could be read" };
    writeManifest(ctx.repoDir, manifest, data);
    commands.unshift(...done.map((d) => `pin ${d}`));
    return finish(ctx, commands);
  },
  check: lockCheck,
};

/**
 * Regenerates the lockfile after package.json changed. When the package manager cannot, the
 * attempt is skipped, and runFixer puts both files back: a manifest the lockfile disagrees with
 * would only swap one CI failure for another.
 */
async function finish(ctx: FixContext, commands: string[]): Promise<FixRun> {
  const failed = await syncLock(ctx, commands);
  if (!failed) return { commands };
  return {
    commands,
    skipped: `the lockfile could not be regenerated, so package.json was restored: ${failed}`,
  };
}

/** The lockfile agrees with package.json (the manager's own check), or, with no lockfile, nothing to prove here. */
async function lockCheck(ctx: FixContext): Promise<CheckRun> {
  const pm = packageManager(ctx.repoDir);
  if (!lockfileOf(ctx.repoDir, pm)) return { ok: true, command: "no lockfile to check", output: "" };
  const cmd = lockCheckCommand(ctx.repoDir, pm);
  const r = await runPm(ctx, cmd);
  return { ok: r.exitCode === 0, command: commandText(cmd), output: tail(`${r.stdout}\n${r.stderr}`) };
}

// ---- packages imported but not declared

const BUILTINS = new Set(builtinModules.flatMap((m) => [m, m.replace(/^node:/, "")]));

/** The package a bare specifier names (`@a/b/c` → `@a/b`, `lodash/fp` → `lodash`), or null. */
export function packageOf(specifier: string): string | null {
  if (/^(?:\.|\/|[A-Za-z]:[\\/]|node:|[a-z]+:\/\/)/.test(specifier)) return null;
  const parts = specifier.split("/");
  const name = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
  if (BUILTINS.has(name) || BUILTINS.has(specifier) || !validNpmName(name)) return null;
  return name;
}

interface AddPlan {
  name: string;
  importers: string[];
}

function addPlans(repoDir: string, failures: Failure[]): AddPlan[] {
  const plans = new Map<string, AddPlan>();
  for (const f of failures) {
    const text = failureText(f);
    const spec = MISSING.map((re) => re.exec(text)?.[1]).find(Boolean);
    const name = spec ? packageOf(spec) : null;
    if (!name) continue;
    const plan = plans.get(name) ?? { name, importers: [] };
    for (const l of f.locations) {
      const p = repoPath(repoDir, l.file.replace(/^file:\/\//, ""));
      if (p) plan.importers.push(p);
    }
    plans.set(name, plan);
  }
  return [...plans.values()];
}

type LockPackages = Record<string, { version?: unknown; link?: unknown }>;

/** The `packages` maps of npm's lockfiles, parsed once for every package looked up in them. */
function lockPackages(repoDir: string): LockPackages[] {
  return LOCKFILES.npm.flatMap((lock) => {
    try {
      const packages: unknown = JSON.parse(readText(repoDir, lock)).packages;
      return packages && typeof packages === "object" ? [packages as LockPackages] : [];
    } catch {
      return [];
    }
  });
}

/** The version the lockfile (a top-level, else the highest nested entry) or node_modules already holds. */
function resolvedVersion(repoDir: string, locks: LockPackages[], name: string): string | null {
  for (const packages of locks) {
    const hits = Object.entries(packages)
      .filter(([k, v]) => (k === `node_modules/${name}` || k.endsWith(`/node_modules/${name}`)) && !v?.link)
      .map(([k, v]) => ({ top: k === `node_modules/${name}`, version: v?.version }))
      .filter(
        (h): h is { top: boolean; version: string } =>
          typeof h.version === "string" && !!semver.valid(h.version),
      );
    const top = hits.find((h) => h.top);
    if (top) return top.version;
    if (hits.length > 0) return hits.map((h) => h.version).sort(semver.rcompare)[0];
  }
  try {
    const v = JSON.parse(readFileSync(join(repoDir, "node_modules", name, "package.json"), "utf8")).version;
    if (typeof v === "string" && semver.valid(v)) return v;
  } catch {
    /* not installed */
  }
  return null;
}

const LOCAL_EXT = ["", ".ts", ".tsx", ".d.ts", ".js", ".jsx", ".mjs", ".cjs", ".json"];

/** A repo file or folder a bare specifier could mean (at the root, in src/, under tsconfig's baseUrl), or null. */
function localShadow(repoDir: string, name: string): string | null {
  const roots = new Set([".", "src"]);
  for (const config of ["tsconfig.json", "jsconfig.json"]) {
    // tsconfig allows comments and trailing commas; a baseUrl is one plain string either way.
    const base = /"baseUrl"\s*:\s*"([^"\n]{1,200})"/.exec(readText(repoDir, config))?.[1];
    if (base) roots.add(base.replace(/^\.\/?/, "").replace(/\/$/, "") || ".");
  }
  for (const root of roots) {
    const rel = root === "." ? name : `${root}/${name}`;
    if (repoPath(repoDir, rel) === null) continue;
    for (const ext of LOCAL_EXT) if (repoHas(repoDir, rel + ext)) return rel + ext;
  }
  return null;
}

/** The package.json nearest above a repo file (the root's when no folder on the way has one). */
function ownManifest(repoDir: string, file: string): string {
  const parts = file.split("/").slice(0, -1);
  for (let i = parts.length; i > 0; i--) {
    const candidate = [...parts.slice(0, i), "package.json"].join("/");
    if (!candidate.split("/").includes("node_modules") && repoHas(repoDir, candidate)) return candidate;
  }
  return "package.json";
}

/** The range prefix `npm install` would save with, from the project's .npmrc. */
function savePrefix(repoDir: string): string {
  const rc = readText(repoDir, ".npmrc");
  if (/^\s*save-exact\s*=\s*true\s*$/m.test(rc)) return "";
  const p = /^\s*save-prefix\s*=\s*["']?([~^]?)["']?\s*$/m.exec(rc);
  return p ? p[1] : "^";
}

const npmAddDependencyFixer: Fixer = {
  id: "npm-add-dependency",
  strategy: "dependencies",
  claims(failure, repoDir) {
    if (failure.strategy === "none" || failure.category !== "import_error") return false;
    const text = failureText(failure);
    const spec = MISSING.map((re) => re.exec(text)?.[1]).find(Boolean);
    return !!spec && packageOf(spec) !== null && repoHas(repoDir, "package.json");
  },
  async fix(ctx, failures) {
    const opened = openManifest(ctx.repoDir);
    if (!("manifest" in opened)) return opened;
    const { manifest, data } = opened;
    const commands: string[] = [];
    const done: string[] = [];
    const why: string[] = [];
    const locks = lockPackages(ctx.repoDir);
    const prefix = savePrefix(ctx.repoDir);
    for (const plan of addPlans(ctx.repoDir, failures)) {
      // An importer inside a workspace package answers to that package's manifest, not the root's.
      const nested = plan.importers
        .map((p) => ({ p, own: ownManifest(ctx.repoDir, p) }))
        .find(({ own }) => own !== "package.json");
      if (nested) {
        why.push(`${nested.p} belongs to ${nested.own}, not the root package.json`);
        continue;
      }
      // Declared already: the install step, not the manifest, is what is missing.
      if (
        SECTIONS.some((k) => Object.hasOwn(section(manifest.data, k), plan.name)) ||
        manifest.data.name === plan.name
      ) {
        why.push(`package.json already declares ${plan.name}`);
        continue;
      }
      // 'components/Button' under a baseUrl is a path alias gone wrong, not a package: adding a
      // registry package of that name would run a stranger's install scripts in CI.
      const shadow = localShadow(ctx.repoDir, plan.name);
      if (shadow) {
        why.push(`${plan.name} also names the local ${shadow}: a path alias, not a package`);
        continue;
      }
      let version = resolvedVersion(ctx.repoDir, locks, plan.name);
      let from = "the lockfile";
      if (!version) {
        const latest = await npmView(ctx, plan.name, "version", commands);
        version = typeof latest === "string" && semver.valid(latest) === latest ? latest : null;
        from = "the registry's latest";
      }
      if (!version) {
        why.push(`no version of ${plan.name} is known to the lockfile or the registry`);
        continue;
      }
      const key =
        plan.importers.length > 0 && plan.importers.every((p) => TEST_FILE.test(p) || TEST_CONFIG.test(p))
          ? "devDependencies"
          : "dependencies";
      const target = {
        ...section(data, key),
        [plan.name]: `${prefix}${version}`,
      };
      data[key] = Object.fromEntries(Object.entries(target).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      done.push(`${plan.name}@${version} to ${key} (from ${from})`);
    }
    if (done.length === 0) return { commands, skipped: why.join("; ") || "no missing package to add" };
    writeManifest(ctx.repoDir, manifest, data);
    commands.unshift(...done.map((d) => `add ${d}`));
    return finish(ctx, commands);
  },
  check: lockCheck,
};

export const npmDepsFixers: Fixer[] = [npmPinFixer, npmAddDependencyFixer];
