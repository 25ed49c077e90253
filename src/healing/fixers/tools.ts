import { extname } from "node:path";
import type { Failure, Strategy } from "../../analysis/types.js";
import type { CommandResult } from "../exec.js";
import type { CheckRun, FixContext, FixRun, Fixer } from "../types.js";
import { failureFiles, localBin, repoPath, tail, toolName } from "./files.js";

/**
 * A fixer that is just a tool with a "write" mode and a "check" mode: prettier, eslint --fix,
 * black, isort, gofmt. Data, so adding a formatter is one entry.
 */
export interface ToolSpec {
  id: string;
  strategy: Strategy;
  /** Failure `tool` values this fixer answers to. */
  tools: string[];
  /** Extensions (with dot) it acts on; also how a tool-less format failure finds its formatter. */
  extensions: string[];
  /** Takes tool-less format failures for these extensions (one primary formatter per language). */
  primary?: boolean;
  /** `node`: the repo's own node_modules/.bin copy (never a download); `system`: from PATH. */
  source: "node" | "system";
  bin: string;
  fixArgs(files: string[]): string[];
  checkArgs(files: string[]): string[];
  /** Lists offending files when the failure named none. */
  listArgs?: string[];
  parseList?(output: string): string[];
  checkPasses?(r: CommandResult): boolean;
}

const lines = (s: string) =>
  s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
const matchAll = (re: RegExp) => (s: string) =>
  lines(s).flatMap((l) => {
    const m = re.exec(l);
    return m ? [m[1]] : [];
  });

const JS_EXT = [".js", ".jsx", ".mjs", ".cjs", ".ts", ".tsx", ".mts", ".cts", ".vue", ".svelte"];

export const TOOL_SPECS: ToolSpec[] = [
  {
    id: "prettier",
    strategy: "format",
    tools: ["prettier"],
    extensions: [...JS_EXT, ".json", ".md", ".css", ".scss", ".less", ".html", ".yml", ".yaml", ".graphql"],
    primary: true,
    source: "node",
    bin: "prettier",
    fixArgs: (f) => ["--write", "--", ...f],
    checkArgs: (f) => ["--check", "--", ...f],
    listArgs: ["--list-different", "."],
    parseList: lines,
  },
  {
    id: "eslint-fix",
    strategy: "format",
    tools: ["eslint"],
    extensions: JS_EXT,
    source: "node",
    bin: "eslint",
    fixArgs: (f) => ["--fix", "--", ...f],
    checkArgs: (f) => ["--", ...f],
    // eslint 9 dropped the unix formatter; json is in every version.
    listArgs: ["--format", "json", "."],
    parseList: (out) => {
      try {
        const start = out.indexOf("[");
        const results = JSON.parse(out.slice(start, out.lastIndexOf("]") + 1)) as {
          filePath: string;
          errorCount: number;
        }[];
        return results.filter((r) => r.errorCount > 0).map((r) => r.filePath);
      } catch {
        return [];
      }
    },
  },
  {
    id: "isort",
    strategy: "imports",
    tools: ["isort"],
    extensions: [".py", ".pyi"],
    source: "system",
    bin: "isort",
    fixArgs: (f) => ["--", ...f],
    checkArgs: (f) => ["--check-only", "--", ...f],
    listArgs: ["--check-only", "."],
    parseList: matchAll(/^ERROR: (.+?) Imports are incorrectly sorted/),
  },
  {
    id: "black",
    strategy: "format",
    tools: ["black"],
    extensions: [".py", ".pyi"],
    primary: true,
    source: "system",
    bin: "black",
    fixArgs: (f) => ["-q", "--", ...f],
    checkArgs: (f) => ["--check", "-q", "--", ...f],
    listArgs: ["--check", "."],
    parseList: matchAll(/^would reformat (.+)$/),
  },
  {
    id: "gofmt",
    strategy: "format",
    tools: ["gofmt", "goimports"],
    extensions: [".go"],
    primary: true,
    source: "system",
    bin: "gofmt",
    fixArgs: (f) => ["-w", "--", ...f],
    checkArgs: (f) => ["-l", "--", ...f],
    listArgs: ["-l", "."],
    parseList: lines,
    // gofmt -l exits 0 even when files need formatting; the file list is the verdict.
    checkPasses: (r) => r.exitCode === 0 && r.stdout.trim() === "",
  },
  {
    // rustfmt on the named files (what `cargo fmt --check` reported); it reads the crate's
    // rustfmt.toml itself. The edition matters only for syntax newer than 2015.
    id: "rustfmt",
    strategy: "format",
    tools: ["rustfmt", "cargo-fmt", "cargo fmt"],
    extensions: [".rs"],
    primary: true,
    source: "system",
    bin: "rustfmt",
    fixArgs: (f) => ["--edition", "2021", "--", ...f],
    checkArgs: (f) => ["--check", "--edition", "2021", "--", ...f],
  },
];

function binary(spec: ToolSpec, repoDir: string): string | null {
  return spec.source === "system" ? spec.bin : localBin(repoDir, spec.bin);
}

export function toolFixer(spec: ToolSpec): Fixer {
  const filesFor = (repoDir: string, failures: Failure[]) => failureFiles(repoDir, failures, spec.extensions);
  return {
    id: spec.id,
    strategy: spec.strategy,
    claims(failure, repoDir) {
      if (failure.strategy === "none") return false;
      const tool = toolName(failure);
      if (spec.tools.includes(tool)) return true;
      if (!spec.primary || (failure.strategy !== "format" && failure.category !== "format_error"))
        return false;
      if (tool && !["", "unknown", "generic"].includes(tool)) return false;
      return (
        failure.locations.some((l) => spec.extensions.includes(extname(l.file).toLowerCase())) && !!repoDir
      );
    },
    async fix(ctx: FixContext, failures: Failure[]): Promise<FixRun> {
      const bin = binary(spec, ctx.repoDir);
      if (!bin)
        return {
          commands: [],
          skipped: `${spec.bin} is not installed in this repository (node_modules/.bin)`,
        };
      const commands: string[] = [];
      let files = filesFor(ctx.repoDir, failures);
      if (files.length === 0 && spec.listArgs && spec.parseList) {
        commands.push(`${spec.bin} ${spec.listArgs.join(" ")}`);
        const r = await ctx.runner.run(bin, spec.listArgs, { cwd: ctx.repoDir, timeoutMs: ctx.timeoutMs });
        if (r.exitCode === 127) return { commands, skipped: `${spec.bin} is not installed` };
        files = [...new Set(spec.parseList(`${r.stdout}\n${r.stderr}`))]
          .map((f) => repoPath(ctx.repoDir, f))
          .filter((f): f is string => f !== null && spec.extensions.includes(extname(f).toLowerCase()));
      }
      if (files.length === 0)
        return { commands, skipped: "no files to act on: the failure names none and the tool lists none" };
      commands.push(`${spec.bin} ${spec.fixArgs(files).join(" ")}`);
      const r = await ctx.runner.run(bin, spec.fixArgs(files), {
        cwd: ctx.repoDir,
        timeoutMs: ctx.timeoutMs,
      });
      if (r.exitCode === 127) return { commands, skipped: `${spec.bin} is not installed` };
      // eslint --fix exits 1 when unfixable problems remain; the check decides, not the exit code.
      return { commands, note: r.exitCode === 0 ? undefined : tail(`${r.stdout}\n${r.stderr}`, 500) };
    },
    async check(ctx: FixContext, failures: Failure[], changed: string[]): Promise<CheckRun> {
      const bin = binary(spec, ctx.repoDir) ?? spec.bin;
      const named = filesFor(ctx.repoDir, failures);
      const files = [
        ...new Set([...named, ...changed.filter((f) => spec.extensions.includes(extname(f).toLowerCase()))]),
      ];
      if (files.length === 0)
        return { ok: false, command: spec.bin, output: "no changed file of a kind this tool checks" };
      const args = spec.checkArgs(files);
      const r = await ctx.runner.run(bin, args, { cwd: ctx.repoDir, timeoutMs: ctx.timeoutMs });
      const ok = spec.checkPasses ? spec.checkPasses(r) : r.exitCode === 0;
      return {
        ok,
        command: `${spec.bin} ${args.join(" ")}`,
        output: tail(`${r.stdout}\n${r.stderr}`.trim()),
      };
    },
  };
}

export const toolFixers: Fixer[] = TOOL_SPECS.map(toolFixer);
