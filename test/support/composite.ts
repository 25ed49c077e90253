import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parse } from "yaml";
import { interpolate, jobCondition } from "./expressions.js";

interface CompositeStep {
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  "working-directory"?: string;
}
interface ActionManifest {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: CompositeStep[] };
}

export interface CompositeRun {
  outputs: Record<string, string>;
  steps: Array<{ id?: string; ran: boolean; uses?: string; status?: number | null; stderr?: string }>;
}

/** Parses a GITHUB_OUTPUT file: `name=value` lines and `name<<DELIMITER` heredocs (what @actions/core writes). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      out[heredoc[1]!] = lines.slice(i + 1, end).join("\n");
      i = end;
    } else if (line.includes("=")) {
      out[line.slice(0, line.indexOf("="))] = line.slice(line.indexOf("=") + 1);
    }
  }
  return out;
}

/**
 * Runs a composite action's `run:` steps the way the runner does (inputs with defaults, `${{ }}` in env,
 * `if:` and working-directory evaluated, one GITHUB_OUTPUT file per step, bash -e -o pipefail), and
 * maps its outputs. `uses:` steps are recorded, not run: they need the network.
 */
export function runComposite(options: {
  actionDir: string;
  inputs: Record<string, string>;
  workspace: string;
  env?: Record<string, string>;
  github?: Record<string, unknown>;
}): CompositeRun {
  const manifest = parse(readFileSync(join(options.actionDir, "action.yml"), "utf8")) as ActionManifest;
  const github = { token: "ghs_fake_token_for_tests", workspace: options.workspace, ...options.github };
  const inputs: Record<string, string> = {};
  for (const [name, input] of Object.entries(manifest.inputs)) {
    inputs[name] = options.inputs[name] ?? interpolate(String(input.default ?? ""), { github });
  }
  const steps: Record<string, { outputs: Record<string, string> }> = {};
  const record: CompositeRun["steps"] = [];
  const temp = mkdtempSync(join(tmpdir(), "autodev-composite-"));
  try {
    manifest.runs.steps.forEach((step, index) => {
      const contexts = { inputs, steps, github, env: options.env ?? {}, runner: { temp } };
      if (step.if && !jobCondition(step.if, contexts)) {
        record.push({ id: step.id, ran: false, uses: step.uses });
        return;
      }
      if (step.uses || !step.run) {
        record.push({ id: step.id, ran: true, uses: step.uses });
        return;
      }
      const outputFile = join(temp, `output-${index}`);
      writeFileSync(outputFile, "");
      const stepEnv = Object.fromEntries(
        Object.entries(step.env ?? {}).map(([k, v]) => [k, interpolate(String(v), contexts)]),
      );
      const cwd = resolve(options.workspace, interpolate(step["working-directory"] ?? ".", contexts));
      const result = spawnSync("bash", ["--noprofile", "--norc", "-e", "-o", "pipefail", "-c", step.run], {
        cwd,
        encoding: "utf8",
        env: {
          ...process.env,
          ...options.env,
          GITHUB_WORKSPACE: options.workspace,
          GITHUB_ACTION_PATH: options.actionDir,
          GITHUB_OUTPUT: outputFile,
          RUNNER_TEMP: temp,
          ...stepEnv,
        },
      });
      record.push({ id: step.id, ran: true, status: result.status, stderr: result.stderr });
      if (step.id) steps[step.id] = { outputs: parseOutputFile(readFileSync(outputFile, "utf8")) };
      if (result.status !== 0)
        throw new Error(
          `step ${step.id ?? index} failed (${result.status}): ${result.stdout}${result.stderr}`,
        );
    });
    const outputs = Object.fromEntries(
      Object.entries(manifest.outputs).map(([name, o]) => [
        name,
        interpolate(o.value, { steps, inputs, github }),
      ]),
    );
    return { outputs, steps: record };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/**
 * Runs one workflow `run:` step as the runner would: `${{ }}` in its env evaluated against `contexts`,
 * bash -e -o pipefail, its own GITHUB_OUTPUT file. For testing the glue scripts of the workflows.
 */
export function runWorkflowStep(options: {
  step: { run: string; env?: Record<string, string> };
  contexts: Record<string, unknown>;
  cwd: string;
  env?: NodeJS.ProcessEnv;
}): { status: number | null; outputs: Record<string, string>; stdout: string; stderr: string } {
  const temp = mkdtempSync(join(tmpdir(), "autodev-step-"));
  try {
    const outputFile = join(temp, "output");
    writeFileSync(outputFile, "");
    const stepEnv = Object.fromEntries(
      Object.entries(options.step.env ?? {}).map(([k, v]) => [k, interpolate(String(v), options.contexts)]),
    );
    const result = spawnSync(
      "bash",
      ["--noprofile", "--norc", "-e", "-o", "pipefail", "-c", options.step.run],
      {
        cwd: options.cwd,
        encoding: "utf8",
        env: { ...process.env, ...options.env, GITHUB_OUTPUT: outputFile, ...stepEnv },
      },
    );
    return {
      status: result.status,
      outputs: parseOutputFile(readFileSync(outputFile, "utf8")),
      stdout: result.stdout,
      stderr: result.stderr,
    };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
