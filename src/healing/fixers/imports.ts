import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Failure } from "../../analysis/types.js";
import type { CheckRun, FixContext, FixRun, Fixer } from "../types.js";
import { failureText, repoHas, repoPath, tail, toolName } from "./files.js";

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
      const hit = { file, line: Number(m.groups.line), name: m.groups.name ?? m.groups.name2 ?? "" };
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
      if (spec.needs && !repoHas(repoDir, spec.needs)) return false;
      return failureText(failure)
        .split("\n")
        .some((l) => spec.pattern.test(l));
    },
    async fix(ctx: FixContext, failures: Failure[]): Promise<FixRun> {
      const all = hits(spec, ctx.repoDir, failures);
      const byFile = new Map<string, Hit[]>();
      for (const h of all) byFile.set(h.file, [...(byFile.get(h.file) ?? []), h]);
      let edited = 0;
      const refused: string[] = [];
      for (const [file, list] of byFile) {
        const path = join(ctx.repoDir, file);
        const lines = readFileSync(path, "utf8").split("\n");
        // Bottom-up, so deleting a line never shifts a line still to be edited.
        for (const h of list.sort((a, b) => b.line - a.line)) {
          const current = lines[h.line - 1];
          const next = current === undefined ? null : spec.edit(current, h.name);
          if (next === null) refused.push(`${file}:${h.line}`);
          else {
            if (next === "") lines.splice(h.line - 1, 1);
            else lines[h.line - 1] = next;
            edited++;
          }
        }
        writeFileSync(path, lines.join("\n"));
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
