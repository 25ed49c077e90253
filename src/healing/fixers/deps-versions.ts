import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

/**
 * Shared by the dependency fixers that move a pin to a version that exists: the choice of the
 * nearest version, and the strict patterns every name or version taken from a log must pass
 * before it is used as a program argument or written into a manifest.
 */

/** An npm package name (lower case, optional scope); never starts with `-`, `.` or `_`. */
const NPM_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;

export function validNpmName(name: string): boolean {
  return name.length <= 214 && NPM_NAME.test(name);
}

/** A Python distribution name (PEP 508). */
export const PY_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,100}[A-Za-z0-9])?$/;

/** A public PEP 440 version: release, optional pre, post and dev parts (no local label). */
const PY_VERSION =
  /^v?(\d{1,9}(?:\.\d{1,9}){0,5})(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?(\d{0,9}))?(?:[-_.]?(?:post|rev|r)[-_.]?(\d{0,9}))?(?:[-_.]?dev[-_.]?(\d{0,9}))?$/i;

/** A Go module path (at least one slash, the first element a host-like name) and a semantic version. */
export const GO_MODULE = /^[a-z0-9][a-z0-9.-]{0,100}(?:\/[A-Za-z0-9._~-]{1,100}){1,20}$/;
export const GO_VERSION = /^v\d{1,9}\.\d{1,9}\.\d{1,9}(?:-[0-9A-Za-z.-]{1,100})?(?:\+incompatible)?$/;

/**
 * The version a failed pin should move to: among the candidates of the requested major (when
 * there are any), the highest one at or below the request, else the lowest above it; otherwise
 * the same over every candidate. Pre-releases count only when the request is one.
 */
export function nearestVersion<V>(
  requested: V,
  candidates: V[],
  o: { compare: (a: V, b: V) => number; major: (v: V) => number; prerelease: (v: V) => boolean },
): V | null {
  const pool = o.prerelease(requested) ? candidates : candidates.filter((c) => !o.prerelease(c));
  const pick = (list: V[]): V | null => {
    const below = list.filter((c) => o.compare(c, requested) <= 0).sort(o.compare);
    if (below.length > 0) return below[below.length - 1];
    const above = list.filter((c) => o.compare(c, requested) > 0).sort(o.compare);
    return above[0] ?? null;
  };
  const major = o.major(requested);
  return pick(pool.filter((c) => o.major(c) === major)) ?? pick(pool);
}

export interface Pep440 {
  text: string;
  release: number[];
  /** [phase rank, number]; rank 0 = dev-only, 1 = a, 2 = b, 3 = rc, 4 = final. */
  pre: [number, number];
  post: number;
  dev: number;
}

export function parsePep440(text: string): Pep440 | null {
  const m = PY_VERSION.exec(text.trim());
  if (!m) return null;
  const phase = (m[2] ?? "").toLowerCase();
  const rank = phase === "" ? 4 : phase.startsWith("a") ? 1 : phase.startsWith("b") ? 2 : 3;
  const num = (s: string | undefined) => (s ? Number(s) : 0);
  return {
    text,
    release: m[1].split(".").map(Number),
    pre: [m[5] !== undefined && rank === 4 && m[4] === undefined ? 0 : rank, num(m[3])],
    post: m[4] !== undefined ? num(m[4]) : -1,
    dev: m[5] !== undefined ? num(m[5]) : Number.POSITIVE_INFINITY,
  };
}

export function comparePep440(a: Pep440, b: Pep440): number {
  const n = Math.max(a.release.length, b.release.length);
  for (let i = 0; i < n; i++) {
    const d = (a.release[i] ?? 0) - (b.release[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.pre[0] - b.pre[0] || a.pre[1] - b.pre[1] || a.post - b.post || cmpNum(a.dev, b.dev);
}

function cmpNum(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

export const pep440Order = {
  compare: comparePep440,
  major: (v: Pep440) => v.release[0],
  prerelease: (v: Pep440) => v.pre[0] < 4 || Number.isFinite(v.dev),
};

/** `requirements*.txt` and `constraints*.txt` at the root and in a `requirements/` folder. */
export function requirementFiles(repoDir: string): string[] {
  const out: string[] = [];
  const list = (dir: string) => {
    try {
      return readdirSync(join(repoDir, dir), { withFileTypes: true })
        .filter((e) => e.isFile() && /\.(?:txt|in)$/.test(e.name))
        .map((e) => e.name);
    } catch {
      return [];
    }
  };
  for (const f of list(".")) if (/^(?:requirements|constraints)[\w.-]*\.(?:txt|in)$/i.test(f)) out.push(f);
  if (existsSync(join(repoDir, "requirements")))
    for (const f of list("requirements")) out.push(`requirements/${f}`);
  return out.sort();
}
