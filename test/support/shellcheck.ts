import { spawnSync } from "node:child_process";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";

export interface RunBlock {
  file: string;
  /** Line of the `run:` value in the YAML file. */
  line: number;
  shell: "bash" | "sh";
  script: string;
}

export interface ShellFinding {
  file: string;
  line: number;
  code: string;
  message: string;
}

function shellOf(value: unknown, fallback: unknown): RunBlock["shell"] | undefined {
  const shell = isScalar(value) ? String(value.value) : isScalar(fallback) ? String(fallback.value) : "bash";
  if (shell === "bash" || shell.startsWith("bash ")) return "bash";
  if (shell === "sh" || shell.startsWith("sh ")) return "sh";
  return undefined; // pwsh, python, cmd: not shellcheck's business
}

/** Every `run:` of a workflow's jobs or a composite action's steps, with the shell it runs in. */
export function runBlocks(file: string, content: string): RunBlock[] {
  const counter = new LineCounter();
  const doc = parseDocument(content, { lineCounter: counter });
  const root = doc.contents;
  const blocks: RunBlock[] = [];
  const collect = (steps: unknown, defaultShell: unknown) => {
    if (!isSeq(steps)) return;
    for (const step of steps.items) {
      if (!isMap(step)) continue;
      const run = step.get("run", true) as Node | undefined;
      if (!isScalar(run)) continue;
      const shell = shellOf(step.get("shell", true), defaultShell);
      if (!shell) continue;
      const line = counter.linePos(run.range?.[0] ?? 0).line;
      blocks.push({ file, line, shell, script: String(run.value) });
    }
  };
  if (!isMap(root)) return blocks;
  const workflowShell = (root.getIn(["defaults", "run", "shell"], true) as Node | undefined) ?? undefined;
  const jobs = root.get("jobs", true);
  if (isMap(jobs)) {
    for (const pair of jobs.items) {
      if (!isMap(pair.value)) continue;
      const jobShell = pair.value.getIn(["defaults", "run", "shell"], true) ?? workflowShell;
      collect(pair.value.get("steps", true), jobShell);
    }
  }
  const runs = root.get("runs", true);
  if (isMap(runs)) collect(runs.get("steps", true), undefined);
  return blocks;
}

/**
 * shellcheck on one block. `${{ }}` is replaced by a plain word first: the runner substitutes it
 * before the shell sees the script, and the policy lint already forbids it in scripts.
 */
export function shellcheck(block: RunBlock): ShellFinding[] {
  const script = block.script.replace(/\$\{\{[\s\S]*?\}\}/g, "GHA_EXPR");
  const result = spawnSync("shellcheck", ["--shell", block.shell, "--format", "json1", "-"], {
    input: script,
    encoding: "utf8",
  });
  if (result.error) throw result.error;
  if (result.status !== 0 && !result.stdout) throw new Error(`shellcheck failed: ${result.stderr}`);
  const parsed = JSON.parse(result.stdout || '{"comments":[]}') as {
    comments: Array<{ line: number; code: number; message: string }>;
  };
  return parsed.comments.map((c) => ({
    file: block.file,
    // A block scalar starts on the line after `run: |`.
    line: block.line + c.line - (block.script.includes("\n") ? 0 : 1),
    code: `SC${c.code}`,
    message: c.message,
  }));
}
