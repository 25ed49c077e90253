import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Failure } from "../../analysis/types.js";
import type { CheckRun, FixContext, FixRun, Fixer } from "../types.js";
import {
  failureText,
  keepLineEnds,
  nearestWith,
  plainFile,
  repoHas,
  repoPath,
  tail,
  toolName,
} from "./files.js";

/** One unused import the tool pointed at: the file, the 1-based line, and the imported name. */
interface Hit {
  file: string;
  line: number;
  name: string;
}

/**
 * Removes imports a compiler or linter reported as unused. The edit is narrow (one name on the
 * reported line) and refuses anything it does not fully understand, such as parenthesised
 * multi-line imports; the language's own checker then proves the file still builds.
 */
interface UnusedImportSpec {
  id: string;
  tools: string[];
  pattern: RegExp;
  /** Returns the edited line, '' to delete it, or null when the line is not a form we handle. */
  edit(line: string, name: string): string | null;
  needs?: string;
  check(files: string[]): [string, string[]][];
}

function hits(spec: UnusedImportSpec, repoDir: string, failures: Failure[]): Hit[] {
  const out = new Map<string, Hit>();
  for (const f of failures) {
    for (const text of failureText(f).split("\n")) {
      const m = spec.pattern.exec(text);
      if (!m?.groups) continue;
      const file = repoPath(repoDir, m.groups.file);
      if (!file) continue;
      // pylint names the import in a second group.
      const hit = {
        file,
        line: Number(m.groups.line ?? m.groups.line2),
        name: m.groups.name ?? m.groups.name2 ?? "",
      };
      out.set(`${hit.file}:${hit.line}:${hit.name}`, hit);
    }
  }
  return [...out.values()];
}

/** `import a, b as c` / `from m import x, y` with one name taken out; null when not single-line. */
function editPython(line: string, name: string): string | null {
  if (/[()\\]/.test(line) || line.includes(";")) return null;
  const indent = /^\s*/.exec(line)![0];
  const plain = /^\s*import\s+(.+?)\s*(#.*)?$/.exec(line);
  const from = /^\s*from\s+(\S+)\s+import\s+(.+?)\s*(#.*)?$/.exec(line);
  const drop = (list: string, target: string) => {
    const items = list.split(",").map((s) => s.trim());
    const kept = items.filter((i) => i !== target && i.split(/\s+as\s+/)[0] !== target && i !== name);
    return kept.length === items.length ? null : kept;
  };
  if (plain) {
    const kept = drop(plain[1], name);
    if (!kept) return null;
    return kept.length === 0 ? "" : `${indent}import ${kept.join(", ")}`;
  }
  if (from) {
    const module = from[1];
    const bare = name.startsWith(`${module}.`) ? name.slice(module.length + 1) : name.replace(/^\.+/, "");
    const kept = drop(from[2], bare.split(/\s+as\s+/)[0]);
    if (!kept) return null;
    return kept.length === 0 ? "" : `${indent}from ${module} import ${kept.join(", ")}`;
  }
  return null;
}

function editGo(line: string, path: string): string | null {
  const quoted = JSON.stringify(path);
  if (!line.includes(quoted)) return null;
  const rest = line
    .replace(quoted, "")
    .replace(/\/\/.*$/, "")
    .trim();
  return /^(import\s+)?([A-Za-z_][\w]*|\.|_)?$/.test(rest) ? "" : null;
}

/**
 * `import D, { a, b as c } from "m"` with the unused local name taken out; the whole line goes
 * when nothing is left (what TypeScript's own emit does with an all-unused import). Multi-line
 * and side-effect-only imports are not touched.
 */
function editTs(line: string, name: string): string | null {
  const m = /^(\s*)import\s+(type\s+)?(.+?)\s+from\s+(["'][^"']+["'];?)\s*$/.exec(line);
  if (!m || line.includes("{") !== line.includes("}")) return null;
  const [, indent, typeKw = "", clause, from] = m;
  // TS6192: every name in this import is unused.
  if (name === "") return "";
  const braces = /\{([^}]*)\}/.exec(clause);
  const outside = clause
    .replace(/\{[^}]*\}/, "")
    .replace(/,\s*$/, "")
    .replace(/^\s*,/, "")
    .trim();
  let head = outside;
  if (head === name || head === `* as ${name}` || /^\*\s+as\s+(\w+)$/.exec(head)?.[1] === name) head = "";
  let specs = braces
    ? braces[1]
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean)
    : [];
  const before = specs.length;
  specs = specs.filter(
    (x) =>
      x
        .replace(/^type\s+/, "")
        .split(/\s+as\s+/)
        .pop() !== name,
  );
  if (head === outside && specs.length === before) return null;
  if (!head && specs.length === 0) return "";
  const parts = [head, specs.length ? `{ ${specs.join(", ")} }` : ""].filter(Boolean);
  return `${indent}import ${typeKw}${parts.join(", ")} from ${from}`;
}

const SPECS: UnusedImportSpec[] = [
  {
    id: "python-unused-import",
    tools: ["flake8", "ruff", "pyflakes", "pylint", "python", ""],
    pattern:
      /(?<file>[^\s:'"]+\.pyi?):(?<line>\d+):\d+:\s+(?:F401\s+(?:\[\*\]\s+)?['`"](?<name>[\w.]+)(?: as \w+)?['`"] imported but unused|W0611: Unused import (?<name2>[\w.]+))/,
    edit: editPython,
    check: (files) => [["flake8", ["--select=F401,E999,F821", "--", ...files]]],
  },
  {
    id: "ts-unused-import",
    tools: ["tsc", "typescript", "vue-tsc", ""],
    pattern:
      /(?<file>[^\s(:]+\.(?:ts|tsx|mts|cts))(?:\((?<line>\d+),\d+\)|:(?<line2>\d+):\d+)\s*:?\s*-?\s*error TS6(?:133: '(?<name>[^']+)' is declared but its value is never read|196: '(?<name2>[^']+)' is declared but never used|192: All imports in import declaration are unused)/,
    edit: editTs,
    // The compiler named these locals unused, so removing them cannot break the build; the
    // verify command proves the rest (a TS6133 on a local variable is left as is).
    check: () => [],
  },
  {
    id: "go-unused-import",
    tools: ["go", "gc", "vet", ""],
    // go >= 1.20: `"os" imported and not used`; go 1.19: `imported and not used: "os"`.
    pattern:
      /(?<file>[^\s:]+\.go):(?<line>\d+):\d+: (?:"(?<name>[^"]+)" imported (?:as \w+ )?(?:and|but) not used|imported (?:and|but) not used: "(?<name2>[^"]+)")/,
    edit: editGo,
    needs: "go.mod",
    // Syntax only: the compiler reports one unused import per package at a time (vet) or stops
    // at the first error, so a full build here would fail on the next one; the verify rounds
    // catch what remains.
    check: (files) => [["gofmt", ["-e", "-w", "--", ...files]]],
  },
];

function unusedImportFixer(spec: UnusedImportSpec): Fixer {
  return {
    id: spec.id,
    strategy: "imports",
    claims(failure, repoDir) {
      if (failure.strategy === "none" || !spec.tools.includes(toolName(failure))) return false;
      const named = hits(spec, repoDir, [failure]);
      // (go.mod may sit in a module folder below the root: a monorepo of services.)
      if (
        spec.needs &&
        !repoHas(repoDir, spec.needs) &&
        !named.some((h) => nearestWith(repoDir, h.file, spec.needs!) !== null)
      )
        return false;
      return named.length > 0;
    },
    async fix(ctx: FixContext, failures: Failure[]): Promise<FixRun> {
      const all = hits(spec, ctx.repoDir, failures);
      const byFile = new Map<string, Hit[]>();
      for (const h of all) byFile.set(h.file, [...(byFile.get(h.file) ?? []), h]);
      let edited = 0;
      const refused: string[] = [];
      for (const [file, list] of byFile) {
        // (A path the log gave that names no file here, e.g. one of several packages' main.go.)
        if (!plainFile(ctx.repoDir, file)) {
          refused.push(`${file}: no such file in the repo`);
          continue;
        }
        const path = join(ctx.repoDir, file);
        const out = keepLineEnds(readFileSync(path, "utf8"), (text) => {
          const lines = text.split("\n");
          // Bottom-up, so deleting a line never shifts a line still to be edited.
          const deleted = new Set<number>();
          for (const h of list.sort((a, b) => b.line - a.line)) {
            // Another name on this line already emptied the import and the line is gone.
            if (deleted.has(h.line)) {
              edited++;
              continue;
            }
            const current = lines[h.line - 1];
            const next = current === undefined ? null : spec.edit(current, h.name);
            if (next === null) refused.push(`${file}:${h.line}`);
            else {
              if (next === "") {
                lines.splice(h.line - 1, 1);
                deleted.add(h.line);
              } else lines[h.line - 1] = next;
              edited++;
            }
          }
          return lines.join("\n");
        });
        if (out !== null) writeFileSync(path, out);
      }
      if (edited === 0)
        return { commands: [], skipped: `no import line in a form this fixer edits (${refused.join(", ")})` };
      return {
        commands: [`remove ${edited} unused import(s)`],
        note: refused.length ? `left as is: ${refused.join(", ")}` : undefined,
      };
    },
    async check(ctx: FixContext, _failures: Failure[], changed: string[]): Promise<CheckRun> {
      const commands: string[] = [];
      for (const [bin, args] of spec.check(changed)) {
        commands.push(`${bin} ${args.join(" ")}`);
        const r = await ctx.runner.run(bin, args, { cwd: ctx.repoDir, timeoutMs: ctx.timeoutMs });
        if (r.exitCode !== 0)
          return {
            ok: false,
            command: commands.join(" && "),
            output: tail(`${r.stdout}\n${r.stderr}`.trim()),
          };
      }
      return { ok: true, command: commands.join(" && "), output: "" };
    },
  };
}

export const importFixers: Fixer[] = SPECS.map(unusedImportFixer);
