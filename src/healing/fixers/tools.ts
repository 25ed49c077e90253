import { extname } from "node:path";
import { isProtected } from "../../policy/paths.js";
import type { Failure, Strategy } from "../../analysis/types.js";
import type { CommandResult } from "../exec.js";
import type { CheckRun, FixContext, FixRun, Fixer } from "../types.js";
import { byPackage, failureFiles, localBin, repoPath, tail, toolName, type PackageRun } from "./files.js";

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
  /**
   * Why running the fixer cannot change anything, read from the tool's own output in the CI run
   * that reported `failure`; null when that output does not prove it.
   */
  cannotFix?(output: string, failure: Failure): string | null;
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

/** A problem line of ESLint's default (stylish) formatter: `  1:13  error  message  rule-id`. */
const STYLISH_PROBLEM = /^\s*\d+:\d+\s+(?:error|warning)\s/m;
/** Its summary, which every stylish run with problems ends with. */
const STYLISH_SUMMARY = /^\s*✖ \d+ problems? \(\d+ errors?, \d+ warnings?\)/m;
/** The line stylish adds after the summary when --fix can fix any of them (ESLint 7-9). */
const FIXABLE = /potentially fixable with the [`'"]?--fix[`'"]? option/;

/**
 * ESLint counts the problems `--fix` can fix and says so under its summary; a summary without
 * that line means `eslint --fix` would change nothing. Only the stylish format is read, and only
 * when the failure itself came from it (another formatter's output proves nothing).
 */
function eslintCannotFix(output: string, failure: Failure): string | null {
  if (!STYLISH_PROBLEM.test(failure.excerpt.join("\n"))) return null;
  if (!STYLISH_SUMMARY.test(output) || FIXABLE.test(output)) return null;
  return "ESLint reports none of its problems as fixable with --fix";
}

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
    cannotFix: eslintCannotFix,
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

/**
 * Where the tool runs for `files`: a system tool once, from the repo root; a node tool once per
 * package whose own node_modules/.bin has it (byPackage). Files no package serves: `missing`.
 */
function runsFor(
  spec: ToolSpec,
  repoDir: string,
  files: string[],
): { runs: PackageRun[]; missing: string[] } {
  if (spec.source === "system")
    return { runs: [{ bin: spec.bin, cwd: repoDir, where: "", files }], missing: [] };
  return byPackage(repoDir, spec.bin, files);
}

export function toolFixer(spec: ToolSpec): Fixer {
  const filesFor = (repoDir: string, failures: Failure[]) => failureFiles(repoDir, failures, spec.extensions);
  return {
    id: spec.id,
    strategy: spec.strategy,
    claims(failure, repoDir) {
      // A file the tool cannot parse is one it cannot rewrite either.
      if (failure.strategy === "none" || failure.category === "syntax_error") return false;
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
      const notInstalled = `${spec.bin} is not installed in this repository (node_modules/.bin)`;
      const why = failures.map((f) => {
        const output = ctx.outputOf?.(f);
        return output && spec.cannotFix ? spec.cannotFix(output, f) : null;
      });
      if (why.length > 0 && why.every(Boolean)) return { commands: [], skipped: why[0]! };
      const commands: string[] = [];
      // The patch gate refuses protected files (workflows, CODEOWNERS, ...) whatever the tool does to them.
      const guarded = (list: string[]) => list.filter((f) => !isProtected(f, ctx.protectedPaths));
      const named = filesFor(ctx.repoDir, failures);
      let files = guarded(named);
      if (named.length > 0 && files.length === 0)
        return { commands, skipped: `every file it would change is protected: ${named.join(", ")}` };
      if (files.length === 0 && spec.listArgs && spec.parseList) {
        if (!bin) return { commands, skipped: notInstalled };
        commands.push(`${spec.bin} ${spec.listArgs.join(" ")}`);
        const r = await ctx.runner.run(bin, spec.listArgs, { cwd: ctx.repoDir, timeoutMs: ctx.timeoutMs });
        if (r.exitCode === 127) return { commands, skipped: `${spec.bin} is not installed` };
        files = [...new Set(spec.parseList(`${r.stdout}\n${r.stderr}`))]
          .map((f) => repoPath(ctx.repoDir, f))
          .filter((f): f is string => f !== null && spec.extensions.includes(extname(f).toLowerCase()));
        files = guarded(files);
      }
      if (files.length === 0)
        return { commands, skipped: "no files to act on: the failure names none and the tool lists none" };
      const { runs, missing } = runsFor(spec, ctx.repoDir, files);
      if (runs.length === 0) return { commands, skipped: notInstalled };
      const notes: string[] = [];
      if (missing.length) notes.push(`left alone, no ${spec.bin} installed for: ${missing.join(", ")}`);
      for (const run of runs) {
        commands.push(`${run.where}${spec.bin} ${spec.fixArgs(run.files).join(" ")}`);
        const r = await ctx.runner.run(run.bin, spec.fixArgs(run.files), {
          cwd: run.cwd,
          timeoutMs: ctx.timeoutMs,
        });
        if (r.exitCode === 127) return { commands, skipped: `${spec.bin} is not installed` };
        // eslint --fix exits 1 when unfixable problems remain; the check decides, not the exit code.
        if (r.exitCode !== 0) notes.push(tail(`${r.stdout}\n${r.stderr}`, 500));
      }
      return { commands, note: notes.length ? notes.join("\n") : undefined };
    },
    async check(ctx: FixContext, failures: Failure[], changed: string[]): Promise<CheckRun> {
      const bin = binary(spec, ctx.repoDir) ?? spec.bin;
      // Protected files were left alone (see fix), so they are not this fix's to prove.
      const named = filesFor(ctx.repoDir, failures).filter((f) => !isProtected(f, ctx.protectedPaths));
      const files = [
        ...new Set([...named, ...changed.filter((f) => spec.extensions.includes(extname(f).toLowerCase()))]),
      ];
      if (files.length === 0)
        return { ok: false, command: spec.bin, output: "no changed file of a kind this tool checks" };
      const { runs, missing } = runsFor(spec, ctx.repoDir, files);
      // (Files no install serves: the system-wide name, which reports itself missing if absent.)
      if (missing.length) runs.push({ bin, cwd: ctx.repoDir, where: "", files: missing });
      const shown: string[] = [];
      let output = "";
      for (const run of runs) {
        const args = spec.checkArgs(run.files);
        shown.push(`${spec.bin} ${args.join(" ")}`);
        const r = await ctx.runner.run(run.bin, args, { cwd: run.cwd, timeoutMs: ctx.timeoutMs });
        output = tail(`${r.stdout}\n${r.stderr}`.trim());
        if (!(spec.checkPasses ? spec.checkPasses(r) : r.exitCode === 0))
          return { ok: false, command: shown.join(" && "), output };
      }
      return { ok: true, command: shown.join(" && "), output };
    },
  };
}

export const toolFixers: Fixer[] = TOOL_SPECS.map(toolFixer);
