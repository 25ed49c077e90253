import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { builtinModules, createRequire } from "node:module";
import { extname, join, posix, relative } from "node:path";
import type { Failure } from "../../analysis/types.js";
import type { CommandRunner } from "../exec.js";
import type { CheckRun, FixContext, FixRun, Fixer } from "../types.js";
import {
  escapeRegExp,
  failureText,
  keepLineEnds,
  localBin,
  nearestWith,
  repoHas,
  repoPath,
  tail,
} from "./files.js";

/**
 * A name used without its import: the import is added when exactly one module exports the
 * name (the repo's own modules and Node's built-ins for TypeScript, the standard library for
 * Python and Go). Two candidates is a human's choice, so the file is then left alone.
 */
type Lang = "ts" | "py" | "go";

interface Hit {
  lang: Lang;
  file: string;
  name: string;
}

const TS_MISSING =
  /(?<file>[^\s(:]+\.(?:ts|tsx|mts|cts|js|jsx|mjs))(?:\((?<line>\d+),\d+\)|:(?<line2>\d+):\d+)\s*:?\s*-?\s*error TS(?:2304|2552): Cannot find name '(?<name>[A-Za-z_$][\w$]*)'/;
const PY_F821 = /(?<file>[^\s:'"]+\.pyi?):\d+:\d+:\s+F821 [Uu]ndefined name ['`](?<name>\w+)['`]/;
const PY_FRAME = /^\s*File "(?<file>[^"]+\.py)", line \d+/;
const PY_NAME_ERROR = /NameError: name '(?<name>\w+)' is not defined/;
/** pytest names the test file after the error: `tests/test_a.py:3: NameError`. */
const PYTEST_WHERE = /^(?<file>[^\s:]+\.py):\d+: NameError$/;
const GO_UNDEFINED = /(?<file>[^\s:]+\.go):\d+:\d+: (?:undefined|undeclared name): (?<name>[A-Za-z_]\w*)\s*$/;

function hits(repoDir: string, failures: Failure[]): Hit[] {
  const out = new Map<string, Hit>();
  const add = (lang: Lang, raw: string, name: string) => {
    const file = repoPath(repoDir, raw);
    if (file) out.set(`${file}:${name}`, { lang, file, name });
  };
  for (const f of failures) {
    let frame: string | null = null;
    let pending: string | null = null;
    // Names this failure already placed in a file: pytest's closing summary (`FAILED
    // t.py::test - NameError: ...`) repeats the error with no frame, and is no place of use.
    const placed = new Set<string>();
    for (const text of failureText(f).split("\n")) {
      const ts = TS_MISSING.exec(text);
      if (ts?.groups) add("ts", ts.groups.file, ts.groups.name);
      const py = PY_F821.exec(text);
      if (py?.groups) add("py", py.groups.file, py.groups.name);
      const fr = PY_FRAME.exec(text);
      if (fr?.groups) frame = fr.groups.file;
      const ne = PY_NAME_ERROR.exec(text);
      // The innermost frame of the traceback is where the name was used.
      if (ne?.groups && frame) {
        add("py", frame, ne.groups.name);
        placed.add(ne.groups.name);
      } else if (ne?.groups && !placed.has(ne.groups.name)) pending = ne.groups.name;
      const where = PYTEST_WHERE.exec(text.trim());
      if (where?.groups && pending) {
        add("py", where.groups.file, pending);
        placed.add(pending);
        pending = null;
      }
      const go = GO_UNDEFINED.exec(text);
      if (go?.groups) add("go", go.groups.file, go.groups.name);
    }
    // A NameError whose file the lines above did not name: the analyzer's own location.
    const py = f.locations.filter((l) => /\.py$/.test(l.file)).pop();
    if (pending && py) add("py", py.file, pending);
  }
  return [...out.values()];
}

// ---- candidates -------------------------------------------------------------------------

interface Candidate {
  /** What the import names: a repo-relative file (TS), a module (`node:fs`, `collections`, `strings`). */
  module: string;
  /** `import type` for interfaces and type aliases; `module` for a Python `import X`. */
  kind: "value" | "type" | "default" | "module" | "from";
}

// Build output repeats the sources' exports, and mocks and fixtures shadow them on purpose:
// counting either would make every name look ambiguous.
const SKIP_DIRS = new Set([
  "node_modules",
  "dist",
  "build",
  "lib",
  "out",
  "coverage",
  "__mocks__",
  "fixtures",
  "__fixtures__",
]);
const TS_SOURCE = [".ts", ".tsx", ".mts", ".js", ".mjs", ".jsx"];
const DECL =
  /^export\s+(?:declare\s+)?(?:abstract\s+)?(async\s+function\*?|function\*?|const|let|var|class|interface|type|enum)\s+([A-Za-z_$][\w$]*)/gm;
const DEFAULT =
  /^export\s+default\s+(?:abstract\s+)?(?:async\s+)?(?:function\*?|class)\s+([A-Za-z_$][\w$]*)/gm;
const LIST = /^export\s*(type\s+)?\{([^}]*)\}\s*;?\s*$/gm;

function sourceFiles(repoDir: string, dir = "", out: string[] = []): string[] {
  for (const entry of readdirSync(join(repoDir, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith(".")) sourceFiles(repoDir, rel, out);
    } else if (TS_SOURCE.includes(extname(entry.name)) && !entry.name.endsWith(".d.ts")) out.push(rel);
    if (out.length > 5000) break;
  }
  return out;
}

/** name → the repo files that export it (declarations and `export { a, b as c }` lists, not re-exports). */
function repoExports(repoDir: string): Map<string, Candidate[]> {
  const map = new Map<string, Candidate[]>();
  const put = (name: string, c: Candidate) => map.set(name, [...(map.get(name) ?? []), c]);
  for (const file of sourceFiles(repoDir)) {
    const text = readFileSync(join(repoDir, file), "utf8");
    for (const m of text.matchAll(DECL))
      put(m[2], { module: file, kind: m[1] === "interface" || m[1] === "type" ? "type" : "value" });
    for (const m of text.matchAll(DEFAULT)) put(m[1], { module: file, kind: "default" });
    for (const m of text.matchAll(LIST)) {
      for (const spec of m[2].split(",")) {
        const parts = spec
          .trim()
          .replace(/^type\s+/, "")
          .split(/\s+as\s+/);
        const name = parts[parts.length - 1];
        if (/^[A-Za-z_$][\w$]*$/.test(name) && name !== "default")
          put(name, { module: file, kind: m[1] || spec.trim().startsWith("type ") ? "type" : "value" });
      }
    }
  }
  return map;
}

const requireBuiltin = createRequire(import.meta.url);
let nodeExports: Promise<Map<string, string[]>> | undefined;
/** name → the `node:` modules exporting it; deprecated aliases and internals left out. */
function nodeBuiltins(): Promise<Map<string, string[]>> {
  nodeExports ??= Promise.resolve().then(() => {
    const map = new Map<string, string[]>();
    // Deprecated aliases, experimental modules that warn on load, and `console`, whose
    // `log`/`error` would otherwise answer for any undefined `log`.
    const skip = new Set([
      "console",
      "sys",
      "constants",
      "punycode",
      "domain",
      "test/reporters",
      "sea",
      "sqlite",
      "wasi",
    ]);
    for (const raw of builtinModules) {
      const m = raw.replace(/^node:/, "");
      if (m.includes("_") || skip.has(m)) continue;
      try {
        const mod = requireBuiltin(`node:${m}`) as Record<string, unknown>;
        for (const name of Object.keys(mod))
          if (name !== "default" && !name.startsWith("_")) map.set(name, [...(map.get(name) ?? []), m]);
      } catch {
        // Some built-ins only load behind a flag.
      }
    }
    // `path/posix`, `fs/promises`: a name the top-level module also exports is that module's.
    for (const [name, mods] of map) {
      const top = mods.filter((m) => !mods.some((o) => m.startsWith(`${o}/`)));
      map.set(name, top);
    }
    return map;
  });
  return nodeExports;
}

async function tsCandidates(repoDir: string, names: string[]): Promise<Map<string, Candidate[]>> {
  const own = repoExports(repoDir);
  const node = await nodeBuiltins();
  return new Map(
    names.map((n) => [
      n,
      [
        ...(own.get(n) ?? []),
        ...(node.get(n) ?? []).map((m): Candidate => ({ module: `node:${m}`, kind: "value" })),
      ],
    ]),
  );
}

const PY_COMMON = [
  "collections",
  "itertools",
  "functools",
  "pathlib",
  "typing",
  "dataclasses",
  "datetime",
  "os.path",
  "re",
  "json",
  "math",
  "enum",
  "abc",
  "contextlib",
  "decimal",
  "fractions",
  "random",
  "statistics",
  "string",
  "textwrap",
  "time",
  "uuid",
  "subprocess",
  "shutil",
  "tempfile",
  "logging",
];

/**
 * Asks the project's python3 which standard-library module provides each name. A name that
 * several modules export as the same object (`typing.OrderedDict` is `collections.OrderedDict`)
 * counts once, under the module that defines it.
 */
const PY_SCRIPT = `
import sys, json, importlib
names = json.loads(sys.argv[1]); mods = json.loads(sys.argv[2]); out = {}
std = {m for m in sys.stdlib_module_names if not m.startswith("_")}
for n in names:
    if n in std:
        out[n] = [{"module": n, "kind": "module"}]; continue
    found = {}
    for m in mods:
        try: mod = importlib.import_module(m)
        except Exception: continue
        public = getattr(mod, "__all__", None)
        if public is not None and n not in public: continue
        if not hasattr(mod, n) or n.startswith("_"): continue
        obj = getattr(mod, n)
        if type(obj).__name__ == "module": continue
        origin = getattr(obj, "__origin__", obj)
        owner = getattr(origin, "__module__", None)
        if public is None and owner not in (None, m, "builtins") and not str(owner).startswith("_" + m): continue
        key = id(origin)
        if key not in found or owner == m: found[key] = m
    out[n] = [{"module": m, "kind": "from"} for m in found.values()]
print(json.dumps(out))
`;

async function pyCandidates(ctx: FixContext, names: string[]): Promise<Map<string, Candidate[]>> {
  const r = await ctx.runner.run(
    "python3",
    ["-c", PY_SCRIPT, JSON.stringify(names), JSON.stringify(PY_COMMON)],
    {
      cwd: ctx.repoDir,
      timeoutMs: ctx.timeoutMs,
    },
  );
  if (r.exitCode !== 0) return new Map();
  try {
    // The last line: an imported module may print to stdout before the script's answer.
    const answer = r.stdout.trimEnd().split("\n").pop() ?? "";
    return new Map(Object.entries(JSON.parse(answer) as Record<string, Candidate[]>));
  } catch {
    return new Map();
  }
}

async function goStd(runner: CommandRunner, cwd: string, timeoutMs: number): Promise<Map<string, string[]>> {
  const r = await runner.run("go", ["list", "std"], { cwd, timeoutMs });
  const map = new Map<string, string[]>();
  if (r.exitCode !== 0) return map;
  for (const path of r.stdout.split("\n").map((l) => l.trim())) {
    const parts = path.split("/");
    if (!path || parts.some((p) => p === "internal" || p === "vendor")) continue;
    const last = parts[parts.length - 1];
    map.set(last, [...(map.get(last) ?? []), path]);
  }
  return map;
}

// ---- edits ------------------------------------------------------------------------------

const TS_IMPORT_END = /(?:^import\s+["'][^"']+["']|from\s+["'][^"']+["'])\s*;?\s*$/;

/** `./util.js` or `./util`, following the file's own relative imports, then tsconfig's module mode. */
function tsSpecifier(repoDir: string, file: string, lines: string[], target: string): string {
  if (target.startsWith("node:")) return target;
  let rel = posix.relative(posix.dirname(file), target);
  if (!rel.startsWith(".")) rel = `./${rel}`;
  const relImports = lines.flatMap((l) => /from\s+["'](\.{1,2}\/[^"']+)["']/.exec(l)?.[1] ?? []);
  let jsSuffix: boolean;
  if (relImports.length > 0) jsSuffix = relImports.some((s) => /\.[cm]?js$/.test(s));
  else {
    let tsconfig = "";
    try {
      tsconfig = readFileSync(join(repoDir, "tsconfig.json"), "utf8");
    } catch {
      // No tsconfig: the bundler-style default, no extension.
    }
    jsSuffix = /"module(?:Resolution)?"\s*:\s*"node(?:16|next)"/i.test(tsconfig);
  }
  const ext = extname(rel);
  const bare = rel.slice(0, rel.length - ext.length);
  if (!jsSuffix) return bare;
  return bare + ({ ".ts": ".js", ".tsx": ".js", ".mts": ".mjs" }[ext] ?? ext);
}

function editTs(repoDir: string, file: string, text: string, name: string, c: Candidate): string | null {
  const lines = text.split("\n");
  const spec = tsSpecifier(repoDir, file, lines, c.module);
  const quote = lines.some((l) => /^import .*'[^']+';?\s*$/.test(l)) ? "'" : '"';
  const typeOnly = c.kind === "type";
  const existing =
    c.kind === "default"
      ? -1
      : lines.findIndex((l) =>
          new RegExp(
            `^import\\s+${typeOnly ? "(?:type\\s+)?" : ""}\\{[^}]*\\}\\s+from\\s+["']${escapeRegExp(spec)}["'];?\\s*$`,
          ).test(l),
        );
  if (existing >= 0) {
    const isTypeImport = /^import\s+type\b/.test(lines[existing]);
    const item = typeOnly && !isTypeImport ? `type ${name}` : name;
    lines[existing] = lines[existing].replace(
      /\{\s*([^}]*?)\s*\}/,
      (_, inner: string) => `{ ${[inner, item].filter(Boolean).join(", ")} }`,
    );
    return lines.join("\n");
  }
  let last = -1;
  for (let i = 0; i < lines.length; i++) if (TS_IMPORT_END.test(lines[i])) last = i;
  const clause = c.kind === "default" ? name : `${typeOnly ? "type " : ""}{ ${name} }`;
  const line = `import ${clause} from ${quote}${spec}${quote};`;
  if (last >= 0) lines.splice(last + 1, 0, line);
  else lines.splice(lines[0]?.startsWith("#!") ? 1 : 0, 0, line, "");
  return lines.join("\n");
}

function editPy(text: string, name: string, c: Candidate): string | null {
  const lines = text.split("\n");
  if (c.kind === "from") {
    const i = lines.findIndex((l) =>
      new RegExp(`^from\\s+${escapeRegExp(c.module)}\\s+import\\s+[^()\\\\#]+$`).test(l),
    );
    if (i >= 0) {
      lines[i] = `${lines[i].trimEnd()}, ${name}`;
      return lines.join("\n");
    }
  }
  let at = 0;
  if (lines[0]?.startsWith("#!")) at = 1;
  while (at < lines.length && /^#/.test(lines[at])) at++;
  // A module docstring stays first.
  const doc = /^(?:[rRuU]?)("""|''')/.exec(lines[at] ?? "");
  if (doc) {
    const rest = lines[at].slice(lines[at].indexOf(doc[1]) + 3);
    let end = at;
    if (!rest.includes(doc[1])) {
      end = lines.findIndex((l, j) => j > at && l.includes(doc[1]));
      if (end < 0) return null;
    }
    at = end + 1;
  }
  let insert = at;
  for (let i = at; i < lines.length; i++) {
    const l = lines[i];
    if (/^(?:import|from)\s/.test(l)) {
      let j = i;
      if (l.includes("(") && !l.includes(")")) while (j < lines.length && !lines[j].includes(")")) j++;
      while (lines[j]?.endsWith("\\")) j++;
      insert = j + 1;
      i = j;
    } else if (l.trim() !== "" && !l.startsWith("#")) break;
  }
  const stmt = c.kind === "module" ? `import ${c.module}` : `from ${c.module} import ${name}`;
  const blankBefore = insert === at && at > 0 && lines[at - 1]?.trim() !== "";
  lines.splice(insert, 0, ...(blankBefore ? ["", stmt] : [stmt]));
  // An import followed straight by code: flake8 and black want the blank lines back.
  if (insert === at && lines[insert + 1 + (blankBefore ? 1 : 0)]?.trim())
    lines.splice(insert + 1 + (blankBefore ? 1 : 0), 0, "");
  return lines.join("\n");
}

function editGo(text: string, path: string): string | null {
  const quoted = JSON.stringify(path);
  const block = /^import \($/m.exec(text);
  if (block) return text.replace(/^import \($/m, `import (\n\t${quoted}`);
  const single = /^import (\S+|\w+ \S+)$/m.exec(text);
  if (single) return text.replace(single[0], `import (\n\t${single[1]}\n\t${quoted}\n)`);
  const pkg = /^package \w+.*$/m.exec(text);
  if (!pkg) return null;
  return text.replace(pkg[0], `${pkg[0]}\n\nimport ${quoted}`);
}

// ---- the fixer --------------------------------------------------------------------------

/** What the fix added, per file, so the check can ask the tool about exactly those names. */
const added = new WeakMap<FixContext, Hit[]>();

export const addImportFixer: Fixer = {
  id: "add-missing-import",
  strategy: "imports",
  claims(failure, repoDir) {
    if (failure.strategy === "none") return false;
    const text = failureText(failure);
    if (
      /\.go:\d+/.test(text) &&
      !repoHas(repoDir, "go.mod") &&
      !hits(repoDir, [failure]).some(
        (h) => h.lang === "go" && nearestWith(repoDir, h.file, "go.mod") !== null,
      )
    )
      return false;
    return text
      .split("\n")
      .some((l) => TS_MISSING.test(l) || PY_F821.test(l) || PY_NAME_ERROR.test(l) || GO_UNDEFINED.test(l));
  },
  async fix(ctx: FixContext, failures: Failure[]): Promise<FixRun> {
    const all = hits(ctx.repoDir, failures);
    const ts = all.filter((h) => h.lang === "ts");
    const py = all.filter((h) => h.lang === "py");
    const go = all.filter((h) => h.lang === "go");
    const tsC = ts.length ? await tsCandidates(ctx.repoDir, [...new Set(ts.map((h) => h.name))]) : new Map();
    const pyC = py.length ? await pyCandidates(ctx, [...new Set(py.map((h) => h.name))]) : new Map();
    const goC = go.length ? await goStd(ctx.runner, ctx.repoDir, ctx.timeoutMs) : new Map<string, string[]>();
    const done: Hit[] = [];
    const refused: string[] = [];
    const commands: string[] = [];
    for (const h of all) {
      const path = join(ctx.repoDir, h.file);
      let text: string;
      try {
        text = readFileSync(path, "utf8");
      } catch {
        refused.push(`${h.file}: not readable`);
        continue;
      }
      let cands: Candidate[];
      if (h.lang === "ts")
        cands = ((tsC.get(h.name) ?? []) as Candidate[]).filter((c) => c.module !== h.file);
      else if (h.lang === "py") cands = (pyC.get(h.name) ?? []) as Candidate[];
      else cands = (goC.get(h.name) ?? []).map((m) => ({ module: m, kind: "value" as const }));
      if (cands.length !== 1) {
        refused.push(
          cands.length === 0
            ? `${h.name} (${h.file}): no module exports it`
            : `${h.name} (${h.file}): ${cands.length} modules export it (${cands.map((c) => c.module).join(", ")})`,
        );
        continue;
      }
      const c = cands[0];
      const next = keepLineEnds(text, (lf) =>
        h.lang === "ts"
          ? editTs(ctx.repoDir, h.file, lf, h.name, c)
          : h.lang === "py"
            ? editPy(lf, h.name, c)
            : editGo(lf, c.module),
      );
      if (next === null || next === text) {
        refused.push(`${h.name} (${h.file}): no place to put the import`);
        continue;
      }
      writeFileSync(path, next);
      done.push(h);
      commands.push(`add import of ${h.name} from ${c.module} to ${h.file}`);
    }
    const goFiles = [...new Set(done.filter((h) => h.lang === "go").map((h) => h.file))];
    if (goFiles.length) {
      commands.push(`gofmt -w ${goFiles.join(" ")}`);
      await ctx.runner.run("gofmt", ["-w", "--", ...goFiles], { cwd: ctx.repoDir, timeoutMs: ctx.timeoutMs });
    }
    added.set(ctx, done);
    if (done.length === 0) return { commands, skipped: `no import added: ${refused.join("; ")}` };
    return { commands, note: refused.length ? `left as is: ${refused.join("; ")}` : undefined };
  },
  async check(ctx: FixContext, _failures: Failure[], changed: string[]): Promise<CheckRun> {
    const done = added.get(ctx) ?? [];
    const langs = new Set(done.map((h) => h.lang));
    const pyFiles = changed.filter((f) => f.endsWith(".py") || f.endsWith(".pyi"));
    const runs: [string, string[], string, string][] = [];
    if (langs.has("ts")) {
      runs.push([localBin(ctx.repoDir, "tsc") ?? "tsc", ["--noEmit", "-p", "."], "tsc --noEmit -p .", ""]);
    }
    if (langs.has("py")) {
      const args = ["--select=F821,E999", "--", ...pyFiles];
      runs.push(["flake8", args, `flake8 ${args.join(" ")}`, ""]);
    }
    // Each Go module the fix touched builds in its own folder (a monorepo's services/api/go.mod).
    const modules = new Set(
      done.filter((h) => h.lang === "go").map((h) => nearestWith(ctx.repoDir, h.file, "go.mod") ?? ""),
    );
    for (const m of modules)
      runs.push(["go", ["build", "./..."], m ? `(in ${m}) go build ./...` : "go build ./...", m]);
    const commands: string[] = [];
    for (const [bin, args, shown, dir] of runs) {
      commands.push(shown);
      const r = await ctx.runner.run(bin, args, { cwd: join(ctx.repoDir, dir), timeoutMs: ctx.timeoutMs });
      const output = `${r.stdout}\n${r.stderr}`;
      if (r.exitCode === 127)
        return { ok: false, command: commands.join(" && "), output: `${bin} is not installed` };
      // The targeted names must be gone, and the new import must resolve and parse.
      const bad = output.split("\n").filter(
        (l) =>
          // (A tool run in a module folder prints paths relative to it.)
          done.some((h) => l.includes(dir ? relative(dir, h.file) : h.file)) &&
          (done.some((h) => missingLine(l, h)) || BROKEN.test(l)),
      );
      if (bad.length > 0) return { ok: false, command: commands.join(" && "), output: tail(bad.join("\n")) };
    }
    return { ok: true, command: commands.join(" && "), output: "" };
  },
};

/** An import that does not resolve, a syntax error, or an import Go calls unused. */
const BROKEN = /error TS(?:1\d{3}|2305|2306|2307|2614|2724)\b|E999|imported and not used|could not import/;

function missingLine(line: string, h: Hit): boolean {
  return [`Cannot find name '${h.name}'`, `undefined name '${h.name}'`, `undefined: ${h.name}`].some((n) =>
    line.includes(n),
  );
}
