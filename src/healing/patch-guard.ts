import { lstatSync } from "node:fs";
import { join } from "node:path";
import { minimatch } from "minimatch";
import { DEFAULT_CONFIG, type Limits } from "../policy/config.js";
import { checkPatch as policyCheck } from "../policy/patch.js";
import { checkRepoPath } from "../policy/paths.js";
import { silencersIn, TEST_FILE } from "../policy/silencers.js";
import { createRedactor } from "../util/redact.js";

/**
 * The heal side of the patch gate. The shared policy gate (src/policy/patch.ts, the same one
 * open-pr runs) refuses unsafe paths, protected files, symlinks, gitlinks, mode changes, binary
 * changes, secrets and oversize patches. Heal adds what only it knows: which files a model
 * patch may touch for this failure, whether a path goes through a symlink in the checkout, and
 * which changes silence a check instead of fixing it.
 */
export type PatchLimits = Pick<Limits, "maxFiles" | "maxChangedLines" | "maxPatchBytes">;

export interface PatchGuardOptions {
  patch: string;
  limits?: Partial<PatchLimits>;
  /** When set, every touched path must match one of these globs (minimatch, dot files included). */
  allowedPaths?: string[];
  /** Extra protected globs on top of the built-in list. */
  forbiddenPaths?: string[];
  /** Known secret values (the LLM key, tokens) that must not appear in any encoding. */
  secrets?: string[];
  /** Checkout root: when given, paths that go through a symlink on disk are refused. */
  repoDir?: string;
}

export interface PatchGuardResult {
  ok: boolean;
  /** Why the patch is refused; empty when ok. */
  reasons: string[];
  /** Every path the patch touches (both sides of a rename). */
  files: string[];
  /** Not a refusal, but makes the change need a human (skipped tests, silenced checks, ...). */
  flags: string[];
  stats: { files: number; added: number; removed: number; bytes: number };
}

/** A path whose parent directories include a symlink would write outside what the diff shows. */
export function throughSymlink(repoDir: string, path: string): boolean {
  const parts = path.split("/");
  for (let i = 1; i <= parts.length; i++) {
    try {
      if (lstatSync(join(repoDir, ...parts.slice(0, i))).isSymbolicLink()) return true;
    } catch {
      return false;
    }
  }
  return false;
}

/** Re-exported so fixers reject odd paths from logs with the same rule as the gate. */
export function pathProblem(path: string): string | null {
  const v = checkRepoPath(path);
  return v.ok ? null : (v.reason ?? "unsafe path");
}

export function checkPatch(options: PatchGuardOptions): PatchGuardResult {
  const redactor = createRedactor({ secrets: options.secrets });
  const policy = policyCheck({
    patch: options.patch,
    limits: { ...DEFAULT_CONFIG.limits, ...options.limits },
    protectedPaths: options.forbiddenPaths,
    scanSecrets: (text) => redactor.scan(text),
  });
  const reasons = policy.violations.map((v) => v.message);
  const flags = new Set<string>();
  const files = new Set<string>();
  for (const f of policy.files) {
    for (const p of [f.oldPath, f.path]) if (p) files.add(p);
    if (f.status === "deleted" && TEST_FILE.test(f.path)) flags.add(`${f.path}: deletes a test file`);
  }
  // The policy gate scans added lines for secrets; a known value may also sit in removed or context lines.
  if (
    options.secrets?.length &&
    redactor.scan(options.patch).includes("known-secret") &&
    !reasons.some((r) => /secret/.test(r))
  )
    reasons.push("patch contains a known secret value");
  let current = "";
  for (const line of options.patch.split("\n")) {
    const header = /^\+\+\+ b\/(.+)$/.exec(line);
    if (header) current = header[1];
    else if (line.startsWith("+") && !line.startsWith("+++")) {
      for (const name of silencersIn(line.slice(1))) flags.add(`${current}: ${name}`);
    }
  }
  for (const f of files) {
    if (options.allowedPaths && !options.allowedPaths.some((g) => minimatch(f, g, { dot: true })))
      reasons.push(`${f} is outside the files this failure allows (${options.allowedPaths.join(", ")})`);
    else if (options.repoDir && !pathProblem(f) && throughSymlink(options.repoDir, f))
      reasons.push(`${f} goes through a symlink`);
  }
  return { ok: reasons.length === 0, reasons, files: [...files], flags: [...flags], stats: policy.stats };
}
