import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, extname, join, posix } from "node:path";
import type { Failure } from "../../analysis/types.js";
import type { CheckRun, FixContext, FixRun, Fixer } from "../types.js";
import { escapeRegExp, failureText, readText, repoPath } from "./files.js";

/**
 * A misspelt local import (`./utlis.js`, `app.helpres`): the module does not exist, but exactly
 * one sibling is a small edit away. The import on the reported line is rewritten to that
 * sibling; anything ambiguous (two close names, no line, a package import) is left alone.
 */
const TS_MISSING = /Cannot find module '(\.{1,2}\/[^']+)'/;
const NODE_MISSING = /ERR_MODULE_NOT_FOUND\]?:? Cannot find module '([^']+)' imported from (\S+)/;
const PY_MISSING = /ModuleNotFoundError: No module named '([\w.]+)'/;
const CODE_EXT = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];

/** Edit distance where swapping two neighbours counts once (optimal string alignment): typos are often swaps. */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The one name within edit distance 2 (and a third of the length); null when none or several. */
function closest(name: string, candidates: string[]): string | null {
  const limit = Math.min(2, Math.max(1, Math.floor(name.length / 3)));
  const scored = candidates
    .filter((c) => c !== name)
    .map((c) => ({ c, d: c.toLowerCase() === name.toLowerCase() ? 0.5 : distance(c, name) }))
    .filter((s) => s.d <= limit)
    .sort((x, y) => x.d - y.d);
  if (scored.length === 0 || (scored.length > 1 && scored[1].d === scored[0].d)) return null;
  return scored[0].c;
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

interface Edit {
  file: string;
  line: number;
  from: string;
  to: string;
}

/** The corrected specifier for a JS/TS relative import, keeping its extension style. */
function fixJsSpecifier(repoDir: string, importer: string, spec: string): string | null {
  const ext = extname(spec);
  const stem = CODE_EXT.includes(ext) ? spec.slice(0, -ext.length) : spec;
  const dir = join(repoDir, dirname(importer), posix.dirname(stem));
  const names = new Map<string, string>();
  for (const entry of list(dir)) {
    const e = extname(entry);
    if (CODE_EXT.includes(e)) names.set(entry.slice(0, -e.length), entry);
    else if (isDir(join(dir, entry)) && !entry.startsWith(".")) names.set(entry, entry);
  }
  const hit = closest(posix.basename(stem), [...names.keys()]);
  if (!hit) return null;
  return `${posix.dirname(stem) === "." ? "." : posix.dirname(stem)}/${hit}${CODE_EXT.includes(ext) ? ext : ""}`;
}

/** The corrected dotted module for a Python import: only the last segment may be misspelt. */
function fixPythonModule(repoDir: string, importer: string, mod: string): string | null {
  const parts = mod.split(".");
  const last = parts.pop()!;
  for (const base of [join(dirname(importer), ...parts), join(...(parts.length ? parts : ["."]))]) {
    const names = list(join(repoDir, base)).flatMap((e) =>
      e.endsWith(".py") ? [e.slice(0, -3)] : isDir(join(repoDir, base, e)) && !e.startsWith("_") ? [e] : [],
    );
    const hit = closest(last, names);
    if (hit) return [...parts, hit].join(".");
  }
  return null;
}

function plan(repoDir: string, failure: Failure): Edit | null {
  const text = failureText(failure);
  const at = [...failure.locations]
    .reverse()
    .map((l) => ({ file: repoPath(repoDir, l.file), line: l.line }))
    .find((l) => l.file && l.line);
  const ts = TS_MISSING.exec(text);
  const py = PY_MISSING.exec(text);
  const node = NODE_MISSING.exec(text);
  if (ts && at?.file && CODE_EXT.includes(extname(at.file))) {
    const to = fixJsSpecifier(repoDir, at.file, ts[1]);
    return to ? { file: at.file, line: at.line!, from: ts[1], to } : null;
  }
  if (py && at?.file?.endsWith(".py")) {
    const to = fixPythonModule(repoDir, at.file, py[1]);
    return to ? { file: at.file, line: at.line!, from: py[1], to } : null;
  }
  if (node) {
    // Node names the resolved absolute path and the importer; the line is not given.
    const importer = repoPath(repoDir, node[2].replace(/^file:\/\//, ""));
    if (!importer) return null;
    const lines = readText(repoDir, importer).split("\n");
    const base = posix.basename(node[1]);
    const idx = lines.findIndex((l) => new RegExp(`["']\\.{1,2}/[^"']*${escapeRegExp(base)}["']`).test(l));
    if (idx < 0) return null;
    const spec = /["'](\.{1,2}\/[^"']+)["']/.exec(lines[idx])![1];
    const to = fixJsSpecifier(repoDir, importer, spec);
    return to ? { file: importer, line: idx + 1, from: spec, to } : null;
  }
  return null;
}

export const moduleTypoFixer: Fixer = {
  id: "module-typo",
  strategy: "imports",
  claims(failure, repoDir) {
    if (failure.strategy === "none") return false;
    const text = failureText(failure);
    return (TS_MISSING.test(text) || PY_MISSING.test(text) || NODE_MISSING.test(text)) && !!repoDir;
  },
  async fix(ctx: FixContext, failures: Failure[]): Promise<FixRun> {
    const done: string[] = [];
    for (const f of failures) {
      const edit = plan(ctx.repoDir, f);
      if (!edit) continue;
      const path = join(ctx.repoDir, edit.file);
      const lines = readFileSync(path, "utf8").split("\n");
      const line = lines[edit.line - 1] ?? "";
      // Only inside quotes (JS) or as a whole dotted name (Python), never a partial word.
      const quoted = new RegExp(`(["'])${escapeRegExp(edit.from)}\\1`);
      const dotted = new RegExp(`(?<![\\w.])${escapeRegExp(edit.from)}(?![\\w])`);
      // Replacer functions: a file name may hold `$&` or `$'`, which a replacement string would expand.
      const next = quoted.test(line)
        ? line.replace(quoted, (_, q: string) => `${q}${edit.to}${q}`)
        : line.replace(dotted, () => edit.to);
      if (next === line) continue;
      lines[edit.line - 1] = next;
      writeFileSync(path, lines.join("\n"));
      done.push(`${edit.file}:${edit.line} ${edit.from} → ${edit.to}`);
    }
    if (done.length === 0)
      return { commands: [], skipped: "no missing module has exactly one close sibling" };
    return { commands: done.map((d) => `rename import ${d}`) };
  },
  async check(ctx: FixContext, failures: Failure[]): Promise<CheckRun> {
    // The reported line now names the sibling that exists; the verify command proves the build.
    const bad: string[] = [];
    for (const e of failures.map((f) => plan(ctx.repoDir, f))) {
      if (!e) continue;
      const line = readFileSync(join(ctx.repoDir, e.file), "utf8").split("\n")[e.line - 1] ?? "";
      if (!line.includes(e.to)) bad.push(`${e.file}:${e.line} still imports ${e.from}`);
    }
    return { ok: bad.length === 0, command: "re-read the rewritten imports", output: bad.join("\n") };
  },
};
