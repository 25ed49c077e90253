import { existsSync, lstatSync, readdirSync, readFileSync, statSync, type Dirent } from "node:fs";
import { dirname, extname, isAbsolute, join, relative } from "node:path";
import type { Failure } from "../../analysis/types.js";
import { pathProblem, throughSymlink } from "../patch-guard.js";

/** Repo-relative form of a path from a log, or null when it cannot be placed inside the repo. */
export function repoPath(repoDir: string, raw: string): string | null {
  let p = raw.trim().replace(/\\/g, "/");
  if (isAbsolute(p)) {
    const rel = relative(repoDir, p).replace(/\\/g, "/");
    if (!rel.startsWith("..") && !isAbsolute(rel)) p = rel;
    else {
      // A log from another machine (/home/runner/work/r/r/src/a.ts): the longest suffix that exists here.
      const parts = p.split("/").filter(Boolean);
      const hit = parts.map((_, i) => parts.slice(i).join("/")).find((s) => isFile(join(repoDir, s)));
      if (!hit) return null;
      p = hit;
    }
  }
  // `./main.go` is relative to the tool's folder on purpose (go prints so), a clue a bare name is not.
  const explicit = p.startsWith("./");
  p = p.replace(/^(\.\/)+/, "");
  if (pathProblem(p)) return null;
  // A path relative to some other root (the runner's workspace, a parent dir the analyzer
  // stripped to): the longest suffix that exists here.
  if (!isFile(join(repoDir, p))) {
    const parts = p.split("/");
    const hit = parts.map((_, i) => parts.slice(i).join("/")).find((s) => isFile(join(repoDir, s)));
    if (hit) return hit;
    // A path relative to a package below the root (a monorepo's `cd packages/web && prettier
    // --check src` prints src/a.ts): first the folders the CI command itself moves to, then the
    // one repo file it can be.
    for (const dir of hints.get(repoDir) ?? []) if (isFile(join(repoDir, dir, p))) return `${dir}/${p}`;
    const below = underPackage(repoDir, p, explicit);
    if (below) return below;
  }
  return p;
}

/** Directories a search for a log's path never enters: dependencies, VCS data, build output. */
const WALK_SKIP = new Set([
  "node_modules",
  ".git",
  "dist",
  "build",
  "out",
  "target",
  "vendor",
  ".venv",
  "venv",
  "__pycache__",
  "coverage",
]);
/** Files a search lists at most: a path that needs more to place stays unplaced. */
const WALK_LIMIT = 50_000;
/** How long a listing is reused: one heal asks for many paths, and files come and go across heals. */
const WALK_TTL_MS = 5_000;
const walks = new Map<string, { at: number; files: string[] }>();

function listFiles(repoDir: string): string[] {
  const cached = walks.get(repoDir);
  if (cached && Date.now() - cached.at < WALK_TTL_MS) return cached.files;
  const files: string[] = [];
  const stack = [""];
  while (stack.length && files.length < WALK_LIMIT) {
    const dir = stack.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(join(repoDir, dir), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const rel = dir ? `${dir}/${e.name}` : e.name;
      // (Symlinked folders are not followed: they may lead out of the checkout.)
      if (e.isDirectory()) {
        if (!WALK_SKIP.has(e.name)) stack.push(rel);
      } else if (e.isFile()) files.push(rel);
    }
  }
  if (walks.size > 8) walks.clear();
  walks.set(repoDir, { at: Date.now(), files });
  return files;
}

/** The one repo file whose path ends with /`p` (null if none or several). */
function underPackage(repoDir: string, p: string, explicit: boolean): string | null {
  // (A bare file name, unless the tool marked it relative to its folder, is too weak a clue to
  // place across packages: it may name a dependency's file.)
  if ((!explicit && !p.includes("/")) || p.startsWith("../")) return null;
  const tail = `/${p}`;
  let found: string | null = null;
  for (const f of listFiles(repoDir)) {
    if (!f.endsWith(tail)) continue;
    if (found) return null;
    found = f;
  }
  return found;
}

/** Per checkout, the folders its CI command runs tools in (see usePathHints). */
const hints = new Map<string, string[]>();

/**
 * Notes the folders `command` runs its tools in: a leading `cd dir &&` (or `;`), and the folder
 * flags of npm, pnpm, yarn, make and go (`--prefix dir`, `-C dir`, `--cwd dir`, `--dir dir`).
 * Their output names files relative to those folders, and in a monorepo several packages may
 * hold a file of that name; heal calls this with its verify command before any fixer runs.
 */
export function usePathHints(repoDir: string, command: string | undefined, extra: string[] = []): string[] {
  const dirs = commandDirs(repoDir, command, extra);
  if (hints.size > 16) hints.clear();
  hints.set(repoDir, dirs);
  return dirs;
}

/** The folders of this checkout `command` runs its tools in (see usePathHints), first first. */
export function commandDirs(repoDir: string, command: string | undefined, extra: string[] = []): string[] {
  const dirs: string[] = [];
  const add = (raw: string) => {
    const d = raw
      .replace(/^(["'])(.*)\1$/, "$2")
      .replace(/\/+$/, "")
      .replace(/^(\.\/)+/, "");
    // (A symlinked folder may lead out of the checkout: fixers would then write outside it.)
    if (!d || d === "." || pathProblem(d) || throughSymlink(repoDir, d) || dirs.includes(d)) return;
    try {
      if (statSync(join(repoDir, d)).isDirectory()) dirs.push(d);
    } catch {
      // not a folder of this checkout
    }
  };
  const cd = /^\s*cd\s+("[^"]+"|'[^']+'|[^\s;&|]+)\s*(?:&&|;)/.exec(command ?? "");
  if (cd) add(cd[1]);
  for (const m of (command ?? "").matchAll(
    /(?:^|\s)(?:--prefix|--cwd|--dir|-C)(?:=|\s+)("[^"]+"|'[^']+'|[^\s;&|]+)/g,
  ))
    add(m[1]);
  for (const d of extra) add(d);
  return dirs;
}

/** The folders the latest usePathHints call found for this checkout (none: []). */
export function hintedDirs(repoDir: string): string[] {
  return hints.get(repoDir) ?? [];
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Existing files named by the failures, optionally only those with the given extensions. */
export function failureFiles(repoDir: string, failures: Failure[], extensions?: string[]): string[] {
  const out = new Set<string>();
  for (const f of failures) {
    for (const loc of f.locations) {
      const p = repoPath(repoDir, loc.file);
      // (Through a symlink a tool's write lands where the diff cannot show it, maybe outside.)
      if (!p || !isFile(join(repoDir, p)) || throughSymlink(repoDir, p)) continue;
      if (extensions && !extensions.includes(extname(p).toLowerCase())) continue;
      out.add(p);
    }
  }
  return [...out].sort();
}

/** Reads a file in the repo, or '' when it is missing or unreadable. */
export function readText(repoDir: string, path: string): string {
  try {
    return readFileSync(join(repoDir, path), "utf8");
  } catch {
    return "";
  }
}

export function repoHas(repoDir: string, path: string): boolean {
  return existsSync(join(repoDir, path));
}

/**
 * True when `path` is a regular file in the repo reached without a symlink on the way: writing
 * through a symlinked manifest (or a symlinked requirements/ folder) would change a file outside
 * the checkout while the diff shows nothing.
 */
export function plainFile(repoDir: string, path: string): boolean {
  if (throughSymlink(repoDir, path)) return false;
  try {
    return lstatSync(join(repoDir, path)).isFile();
  } catch {
    return false;
  }
}

/** Every existing one of `paths` is a plain file (missing ones are fine: a tool may create them). */
export function noSymlinks(repoDir: string, paths: string[]): boolean {
  return paths.every((p) => !existsSync(join(repoDir, p)) || plainFile(repoDir, p));
}

/** The repo's own node_modules/.bin copy of a tool (never a download), or null when it has none. */
export function localBin(repoDir: string, bin: string): string | null {
  const rel = join("node_modules", ".bin", bin);
  return repoHas(repoDir, rel) ? join(repoDir, rel) : null;
}

/** One run of a node tool for some files: its program, the folder it runs in, the files from there. */
export interface PackageRun {
  bin: string;
  cwd: string;
  /** "(in packages/web) " for the report; "" at the root. */
  where: string;
  files: string[];
}

/**
 * `files` split by the package install that serves each (see packageBin): one run per package,
 * so a monorepo package is handled by its own version and config. Files no install serves come
 * back in `missing`.
 */
export function byPackage(
  repoDir: string,
  bin: string,
  files: string[],
): { runs: PackageRun[]; missing: string[] } {
  const runs = new Map<string, PackageRun>();
  const missing: string[] = [];
  for (const f of files) {
    const found = packageBin(repoDir, bin, f);
    if (!found) {
      missing.push(f);
      continue;
    }
    let run = runs.get(found.dir);
    if (!run) {
      const where = found.dir ? `(in ${found.dir}) ` : "";
      runs.set(found.dir, (run = { bin: found.bin, cwd: join(repoDir, found.dir), where, files: [] }));
    }
    run.files.push(found.dir ? relative(found.dir, f) : f);
  }
  return { runs: [...runs.values()], missing };
}

/** The repo folder ("" for the root) nearest above `file` that holds `name` (a go.mod), or null. */
export function nearestWith(repoDir: string, file: string, name: string): string | null {
  let dir = dirname(file);
  for (;;) {
    if (dir === ".") dir = "";
    if (repoHas(repoDir, join(dir, name))) return dir;
    if (!dir) return null;
    dir = dirname(dir);
  }
}

/**
 * The node_modules/.bin copy of a tool that serves a repo file, as npm would find it: in the
 * nearest folder from the file's own up to the repo root that has one (a monorepo package's own
 * install first). `dir` is that folder, repo-relative ("" for the root): the tool runs there, so
 * it reads that package's config and plugins.
 */
export function packageBin(repoDir: string, bin: string, file: string): { bin: string; dir: string } | null {
  let dir = dirname(file);
  for (;;) {
    if (dir === ".") dir = "";
    const found = localBin(join(repoDir, dir), bin);
    if (found) return { bin: found, dir };
    if (!dir) return null;
    dir = dirname(dir);
  }
}

/** The failure's tool, lower-cased, with a path or version suffix dropped (`eslint@9` → `eslint`). */
export function toolName(failure: Failure): string {
  return (failure.tool ?? "").toLowerCase().replace(/[@\s].*$/, "");
}

/** The log lines that state the failure, one string, for fixers that parse tool output. */
export function failureText(failure: Failure): string {
  return [failure.message, ...failure.excerpt].join("\n");
}

/**
 * Runs a line-based edit on `text` with \n line ends and gives the result back in the file's own:
 * a file that ends every line with \r\n keeps doing so, new lines included (a mixed file is
 * edited as it is, so no line the edit did not touch changes).
 */
export function keepLineEnds(text: string, edit: (lf: string) => string | null): string | null {
  const crlf = text.includes("\r\n") && !/(?:^|[^\r])\n/.test(text);
  if (!crlf) return edit(text);
  const out = edit(text.replace(/\r\n/g, "\n"));
  return out === null ? null : out.replace(/\n/g, "\r\n");
}

export { escapeRegExp } from "../../util/regexp.js";

export function tail(text: string, max = 2000): string {
  return text.length <= max ? text : `…${text.slice(-max)}`;
}
