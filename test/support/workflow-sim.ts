import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { parse } from "yaml";
import { runWorkflowStep } from "./composite.js";
import { interpolate, jobCondition, type JobStatus } from "./expressions.js";

/**
 * A small chain simulator for one reusable workflow (platform.md §3: no whole-workflow runner works
 * here). Jobs run in `needs` order with their `if:` evaluated; `run:` steps run in bash; checkout,
 * upload-artifact and download-artifact are emulated on the local disk (artifact names must be unique,
 * as on GitHub); `$/.` steps go to a caller-supplied executor with the inputs and environment the
 * runner would give them. What it proves is the wiring: outputs, conditions, paths and hand-offs.
 */
interface Step {
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  outputs?: Record<string, string>;
  steps?: Step[];
  /** A calling job: a reusable workflow. */
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: Record<string, unknown>;
}
interface Workflow {
  on: {
    workflow_call?: {
      inputs?: Record<string, { default?: unknown }>;
      outputs?: Record<string, { value: string }>;
    };
  };
  jobs: Record<string, Job>;
}

export interface ActionCall {
  job: string;
  stepId?: string;
  inputs: Record<string, string>;
  env: NodeJS.ProcessEnv;
}

export interface SimulatedJob {
  result: "success" | "failure" | "skipped";
  outputs: Record<string, string>;
  steps: Array<{ id?: string; uses?: string; ran: boolean; outcome?: "success" | "failure" }>;
  error?: string;
  /** For a calling job, the jobs of the workflow it called. */
  called?: Record<string, SimulatedJob>;
}

export interface SimulationOptions {
  workflow: string;
  root: string;
  event: { name: string; payload: Record<string, unknown> };
  inputs?: Record<string, string | number | boolean>;
  vars?: Record<string, string>;
  secrets?: Record<string, string>;
  repository: string;
  /** Bare repository that `actions/checkout` clones. */
  remote: string;
  token: string;
  env?: NodeJS.ProcessEnv;
  runAction(call: ActionCall): Promise<Record<string, string>>;
  /** Where a calling job's `uses:` points on disk (autodev's own workflows, whatever the ref). */
  resolveWorkflow?(uses: string): string;
  /** Artifacts are per run, shared by a caller and the workflows it calls. */
  artifactsDir?: string;
}

const str = (v: unknown) => (v === undefined || v === null ? "" : String(v));

function copyInto(source: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  if (statSync(source).isDirectory()) cpSync(source, dir, { recursive: true });
  else cpSync(source, join(dir, basename(source)));
}

export async function simulateWorkflow(o: SimulationOptions): Promise<Record<string, SimulatedJob>> {
  const wf = parse(readFileSync(o.workflow, "utf8")) as Workflow;
  const inputs: Record<string, unknown> = {};
  for (const [name, def] of Object.entries(wf.on.workflow_call?.inputs ?? {}))
    inputs[name] = def.default ?? "";
  Object.assign(inputs, o.inputs);
  const eventPath = join(o.root, "event.json");
  mkdirSync(o.root, { recursive: true });
  writeFileSync(eventPath, JSON.stringify(o.event.payload));
  const runId = 777;
  const github = {
    token: o.token,
    event_name: o.event.name,
    event: o.event.payload,
    repository: o.repository,
    run_id: String(runId),
    run_attempt: "1",
  };
  const artifacts = o.artifactsDir ?? join(o.root, "artifacts");
  const results: Record<string, SimulatedJob> = {};
  const pending = Object.keys(wf.jobs);

  while (pending.length) {
    const id = pending.find((j) => [wf.jobs[j]!.needs ?? []].flat().every((n) => results[n]));
    if (!id) throw new Error(`unsatisfiable needs among ${pending.join(", ")}`);
    pending.splice(pending.indexOf(id), 1);
    const job = wf.jobs[id]!;
    const needs = Object.fromEntries(
      [job.needs ?? []].flat().map((n) => [n, { result: results[n]!.result, outputs: results[n]!.outputs }]),
    );
    const upstream: JobStatus = Object.values(needs).every((n) => n.result === "success")
      ? "success"
      : "failure";
    const jobContexts = { github, inputs, vars: o.vars ?? {}, needs };
    if (!jobCondition(job.if ?? "success()", jobContexts, upstream)) {
      results[id] = { result: "skipped", outputs: {}, steps: [] };
      continue;
    }

    if (job.uses) {
      results[id] = await callWorkflow(o, id, job, { ...jobContexts, secrets: o.secrets ?? {} }, artifacts);
      continue;
    }

    const workspace = join(o.root, "jobs", id, "workspace");
    const temp = join(o.root, "jobs", id, "temp");
    mkdirSync(workspace, { recursive: true });
    mkdirSync(temp, { recursive: true });
    const steps: Record<string, { outputs: Record<string, string>; outcome: string }> = {};
    const record: SimulatedJob["steps"] = [];
    let status: JobStatus = "success";
    let error: string | undefined;
    const baseEnv: NodeJS.ProcessEnv = {
      ...o.env,
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: temp,
      GITHUB_EVENT_NAME: o.event.name,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: o.repository,
      GITHUB_RUN_ID: String(runId),
    };

    for (const step of job.steps ?? []) {
      const contexts = { ...jobContexts, secrets: o.secrets ?? {}, steps, runner: { temp }, env: {} };
      if (!jobCondition(step.if ?? "success()", contexts, status)) {
        record.push({ id: step.id, uses: step.uses, ran: false });
        continue;
      }
      const withValues = Object.fromEntries(
        Object.entries(step.with ?? {}).map(([k, v]) => [k, interpolate(str(v), contexts)]),
      );
      let outputs: Record<string, string> = {};
      try {
        const uses = step.uses ?? "";
        if (uses.startsWith("actions/checkout@")) {
          execFileSync("git", ["clone", "-q", "--", o.remote, workspace]);
          if (withValues.ref)
            execFileSync("git", ["checkout", "-q", "--detach", withValues.ref], { cwd: workspace });
        } else if (uses.startsWith("actions/upload-artifact@")) {
          const dir = join(artifacts, withValues.name!);
          if (existsSync(dir))
            throw new Error(`(409) Conflict: an artifact named ${withValues.name} already exists`);
          const paths = withValues
            .path!.split("\n")
            .map((p) => p.trim())
            .filter(Boolean);
          const found = paths.map((p) => resolve(workspace, p)).filter((p) => existsSync(p));
          if (found.length === 0 && withValues["if-no-files-found"] === "error") {
            throw new Error(`no files found for artifact ${withValues.name}`);
          }
          if (found.length) for (const p of found) copyInto(p, dir);
        } else if (uses.startsWith("actions/download-artifact@")) {
          const dir = join(artifacts, withValues.name!);
          if (!existsSync(dir)) throw new Error(`Artifact not found: ${withValues.name}`);
          copyInto(dir, resolve(workspace, withValues.path ?? "."));
        } else if (uses.startsWith("actions/create-github-app-token@")) {
          outputs = { token: "ghs_app_installation_token" };
        } else if (uses === "$/.") {
          const stepEnv = Object.fromEntries(
            Object.entries(step.env ?? {}).map(([k, v]) => [k, interpolate(str(v), contexts)]),
          );
          outputs = await o.runAction({
            job: id,
            stepId: step.id,
            inputs: withValues,
            env: { ...baseEnv, ...stepEnv },
          });
        } else if (step.run) {
          const r = runWorkflowStep({
            step: { run: step.run, env: step.env },
            contexts,
            cwd: workspace,
            env: baseEnv,
          });
          outputs = r.outputs;
          if (r.status !== 0)
            throw new Error(`run step ${step.id ?? ""} exited ${r.status}: ${r.stdout}${r.stderr}`);
        } else {
          throw new Error(`the simulator does not know ${uses}`);
        }
        record.push({ id: step.id, uses: step.uses, ran: true, outcome: "success" });
        if (step.id) steps[step.id] = { outputs, outcome: "success" };
      } catch (e) {
        status = "failure";
        error ??= `${id}/${step.id ?? step.uses ?? "run"}: ${e instanceof Error ? e.message : String(e)}`;
        record.push({ id: step.id, uses: step.uses, ran: true, outcome: "failure" });
        if (step.id) steps[step.id] = { outputs, outcome: "failure" };
      }
    }
    const outputs = Object.fromEntries(
      Object.entries(job.outputs ?? {}).map(([k, v]) => [
        k,
        interpolate(v, { steps, needs, inputs, github }),
      ]),
    );
    results[id] = { result: status === "success" ? "success" : "failure", outputs, steps: record, error };
  }
  return results;
}

/** A calling job: the callee runs with the evaluated `with` and `secrets`; its outputs map back. */
async function callWorkflow(
  o: SimulationOptions,
  id: string,
  job: Job,
  contexts: Record<string, unknown>,
  artifacts: string,
): Promise<SimulatedJob> {
  if (!o.resolveWorkflow) throw new Error(`job ${id} calls ${job.uses} but no resolveWorkflow was given`);
  const path = o.resolveWorkflow(job.uses!);
  const evaluate = (map: Record<string, unknown> | undefined) =>
    Object.fromEntries(Object.entries(map ?? {}).map(([k, v]) => [k, interpolate(str(v), contexts)]));
  const jobs = await simulateWorkflow({
    ...o,
    workflow: path,
    root: join(o.root, "called", id),
    inputs: evaluate(job.with),
    secrets: evaluate(job.secrets),
    artifactsDir: artifacts,
  });
  const callee = parse(readFileSync(path, "utf8")) as Workflow;
  const outputs = Object.fromEntries(
    Object.entries(callee.on.workflow_call?.outputs ?? {}).map(([k, v]) => [
      k,
      interpolate(v.value, { jobs }),
    ]),
  );
  const failed = Object.values(jobs).find((j) => j.result === "failure");
  return {
    result: failed ? "failure" : "success",
    outputs,
    steps: [],
    error: failed?.error,
    called: jobs,
  };
}

/** Files of an emulated artifact, for assertions. */
export function artifactFiles(root: string, name: string): string[] {
  const dir = join(root, "artifacts", name);
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}
