import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join, normalize } from "node:path";

/**
 * Local modules a failing file imports, one level deep. A failing test usually names only the
 * test file, while the bug sits in the module it imports, so a model patch may touch those too.
 * Only files that exist inside the repository are returned; packages are ignored.
 */
export function relatedFiles(repoDir: string, files: string[], max = 10): string[] {
  const out = new Set<string>();
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(join(repoDir, file), "utf8").slice(0, 200_000);
    } catch {
      continue;
    }
    const ext = extname(file);
    const candidates = ext === ".py" ? pythonImports(text, file) : JS.has(ext) ? jsImports(text, file) : [];
    for (const c of candidates) {
      if (out.size >= max) break;
      if (!c.startsWith("..") && c !== file && isFile(join(repoDir, c))) out.add(c);
    }
  }
  return [...out];
}

const JS = new Set([".js", ".jsx", ".mjs", ".cjs", ".ts", ".tsx", ".mts", ".cts"]);

function isFile(p: string): boolean {
  try {
    return existsSync(p) && statSync(p).isFile();
  } catch {
    return false;
  }
}

function pythonImports(text: string, file: string): string[] {
  const out: string[] = [];
  const dir = dirname(file);
  for (const m of text.matchAll(/^\s*(?:from\s+(\.*[\w.]*)\s+import\s+([\w, ]+)|import\s+([\w.]+))/gm)) {
    const mod = m[1] ?? m[3];
    const dots = /^\.*/.exec(mod)![0].length;
    const path = mod.slice(dots).split(".").filter(Boolean).join("/");
    const bases = dots > 0 ? [join(dir, ...Array(dots - 1).fill(".."))] : [dir, "."];
    // `from . import helpers` imports modules by name; otherwise the module path is the file.
    const targets = path
      ? [path]
      : (m[2] ?? "")
          .split(",")
          .map((n) => n.trim().split(/\s+/)[0])
          .filter(Boolean);
    for (const base of bases)
      for (const t of targets)
        out.push(normalize(join(base, `${t}.py`)), normalize(join(base, t, "__init__.py")));
  }
  return out;
}

function jsImports(text: string, file: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(
    /(?:from\s+|import\s*\(\s*|require\s*\(\s*|import\s+)["'](\.{1,2}\/[^"']+)["']/g,
  )) {
    const base = normalize(join(dirname(file), m[1]));
    const stem = base.replace(/\.(m|c)?js$/, "");
    for (const e of ["", ".ts", ".tsx", ".js", ".mjs", ".jsx", "/index.ts", "/index.js"])
      out.push(`${stem}${e}`);
    out.push(base);
  }
  return out;
}
