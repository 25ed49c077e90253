/**
 * Which repository paths a generated patch may touch. Two layers: the path must be a plain
 * relative path that stays inside the repository (no `..`, no absolute or drive paths, no
 * `.git` component in any case), and it must not match a protected glob. Matching is
 * case-insensitive because `.GITHUB/workflows/x.yml` lands in `.github` on a case-insensitive
 * checkout, and git apply accepts it.
 */
import { minimatch } from "minimatch";

/**
 * Paths no automated patch may change: CI definitions (a patch there runs with the repo's
 * secrets), autodev's own policy and audit files (self-modification), ownership and package
 * manager configuration (registry or install-script redirection).
 */
export const BUILTIN_PROTECTED: readonly string[] = [
  ".github/**",
  ".autodev/**",
  "**/.git/**",
  ".gitmodules",
  ".gitattributes",
  "**/CODEOWNERS",
  "**/.npmrc",
  "**/.yarnrc",
  "**/.yarnrc.yml",
  "**/.pypirc",
  "**/pip.conf",
  "**/.env",
  "**/.env.*",
  ".devcontainer/**",
  ".vscode/**",
];

export interface PathVerdict {
  ok: boolean;
  reason?: string;
}

/** A path git could write that still ends up inside the work tree, with no tricks. */
export function checkRepoPath(path: string): PathVerdict {
  if (!path) return { ok: false, reason: "empty path" };
  if (path.length > 1024) return { ok: false, reason: "path longer than 1024 characters" };
  if (/[\x00-\x1f\x7f]/.test(path)) return { ok: false, reason: "control character in path" };
  if (path.includes("\\")) return { ok: false, reason: "backslash in path" };
  if (path.startsWith("/") || /^[A-Za-z]:/.test(path)) return { ok: false, reason: "absolute path" };
  if (/%2e|%2f|%5c/i.test(path)) return { ok: false, reason: "percent-encoded path characters" };
  const parts = path.split("/");
  if (parts.some((p) => p === "" || p === "." || p === ".."))
    return { ok: false, reason: "path leaves the repository" };
  if (parts.some((p) => p.toLowerCase() === ".git")) return { ok: false, reason: "path inside .git" };
  return { ok: true };
}

export function isProtected(path: string, extraGlobs: readonly string[] = []): string | null {
  for (const glob of [...BUILTIN_PROTECTED, ...extraGlobs]) {
    if (minimatch(path, glob, { dot: true, nocase: true, matchBase: !glob.includes("/") })) return glob;
  }
  return null;
}
