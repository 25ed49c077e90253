import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { analyzeAction } from "../../src/action/commands/analyze.js";
import { createAutoIssueAction } from "../../src/action/commands/auto-issue.js";
import { createCommandAction } from "../../src/action/commands/command.js";
import { healAction } from "../../src/action/commands/heal.js";
import { createOpenPrAction } from "../../src/action/commands/open-pr.js";
import type { ActionCommand } from "../../src/action/types.js";
import { FAST } from "../github/e2e-helpers.js";
import { recordingIO } from "../support/action-io.js";
import { CANARY_LLM_KEY, CANARY_TOKEN, findCanaries } from "../support/canary.js";
import { interpolate } from "../support/expressions.js";
import { repoRoot } from "../support/workflow-files.js";
import { artifactFiles, simulateWorkflow, type ActionCall } from "../support/workflow-sim.js";
import { createWorld, git, makeTemplate, webhookExample, type World } from "../support/world.js";

/**
 * The reusable workflows themselves, job by job, against the REST double and a bare remote: the YAML
 * wiring (job outputs, conditions, artifact names, paths, the LLM key's route) is what is under test
 * here; the commands' own behaviour is tested in test/github. `$/.` steps run the commands in-process
 * with the inputs the composite would hand them (action.yml defaults included).
 */
const commands: Record<string, ActionCommand> = {
  analyze: analyzeAction,
  heal: healAction,
  "auto-issue": createAutoIssueAction(FAST),
  command: createCommandAction(FAST),
  "open-pr": createOpenPrAction(FAST),
};
const actionDefaults = (
  parse(readFileSync(join(repoRoot, "action.yml"), "utf8")) as {
    inputs: Record<string, { default?: string }>;
  }
).inputs;

let template: { bare: string; baseSha: string };
let templateRoot: string;
let w: World;
beforeAll(() => {
  templateRoot = mkdtempSync(join(tmpdir(), "autodev-chain-template-"));
  template = makeTemplate(templateRoot);
});
afterAll(() => rmSync(templateRoot, { recursive: true, force: true }));
afterEach(async () => {
  expect(w.fake.violations).toEqual([]);
  await w.close();
});

function executor(calls: ActionCall[]) {
  return async (call: ActionCall) => {
    calls.push(call);
    const inputs: Record<string, string> = {};
    for (const [name, input] of Object.entries(actionDefaults)) {
      inputs[name] = interpolate(String(input.default ?? ""), { github: { token: CANARY_TOKEN } });
    }
    Object.assign(inputs, call.inputs);
    // The one override: the runner pushes to github.com, the test to the bare remote.
    if (inputs.command === "open-pr") inputs["remote-url"] = w.remote;
    const io = recordingIO(inputs, call.env);
    await commands[inputs.command!]!.run(io);
    return io.outputs;
  };
}

/** Everything a job may see, minus the LLM key: it must arrive through the workflow's secret. */
function env(): NodeJS.ProcessEnv {
  const { AUTODEV_LLM_API_KEY: _key, GITHUB_WORKSPACE: _ws, ...rest } = w.env();
  return { ...rest, AUTODEV_TEST_NODE_MODULES: join(repoRoot, "node_modules") };
}

async function failedRunEvent() {
  const payload = await webhookExample("workflow_run", (e) => e.action === "completed");
  Object.assign(payload.workflow_run, {
    id: w.runId,
    name: "CI",
    conclusion: "failure",
    head_sha: w.baseSha,
    head_branch: "main",
    run_attempt: 1,
  });
  payload.workflow_run.head_repository = {
    ...payload.workflow_run.head_repository,
    full_name: w.fake.fullName,
  };
  payload.repository = { ...payload.repository, full_name: w.fake.fullName, name: "repo" };
  return { name: "workflow_run", payload };
}

async function commentEvent(login: string, issue: number) {
  const payload = await webhookExample("issue_comment", (e) => e.action === "created");
  payload.comment.body = "/auto-fix";
  payload.comment.user = { ...payload.comment.user, login, id: 4242, type: "User" };
  payload.issue.number = issue;
  delete payload.issue.pull_request;
  payload.repository = { ...payload.repository, full_name: w.fake.fullName, name: "repo" };
  return { name: "issue_comment", payload };
}

async function autoIssue(root: string, calls: ActionCall[]) {
  return simulateWorkflow({
    workflow: join(repoRoot, ".github/workflows/autodev-auto-issue.yml"),
    root,
    event: await failedRunEvent(),
    repository: w.fake.fullName,
    remote: w.remote,
    token: CANARY_TOKEN,
    env: env(),
    runAction: executor(calls),
  });
}

async function autoFix(
  root: string,
  event: { name: string; payload: Record<string, unknown> },
  calls: ActionCall[],
  extraEnv: NodeJS.ProcessEnv = {},
) {
  return simulateWorkflow({
    workflow: join(repoRoot, ".github/workflows/autodev-auto-fix.yml"),
    root,
    event,
    inputs: { strategies: "format", "setup-script": 'ln -s "$AUTODEV_TEST_NODE_MODULES" node_modules' },
    secrets: { "llm-api-key": CANARY_LLM_KEY },
    repository: w.fake.fullName,
    remote: w.remote,
    token: CANARY_TOKEN,
    env: { ...env(), ...extraEnv },
    runAction: executor(calls),
  });
}

describe("the reusable workflows, simulated job by job", () => {
  it("failed run → issue; /auto-fix from a writer → heal → artifact → one pull request", async () => {
    w = await createWorld(template);
    const calls: ActionCall[] = [];
    const issued = await autoIssue(join(w.root, "sim-issue"), calls);
    expect(issued["auto-issue"]!.error).toBeUndefined();
    expect(issued["auto-issue"]!.outputs.status).toBe("done");
    expect(issued["auto-issue"]!.outputs["issue-numbers"]).toBe("1");
    expect(artifactFiles(join(w.root, "sim-issue"), "autodev-audit-auto-issue-777-1")).toEqual([
      "audit.jsonl",
    ]);

    const fixRoot = join(w.root, "sim-fix");
    const fixed = await autoFix(fixRoot, await commentEvent("maintainer", 1), calls);
    for (const job of Object.values(fixed)) expect(job.error).toBeUndefined();
    expect(fixed.authorize!.outputs).toMatchObject({
      run: "true",
      "run-id": String(w.runId),
      "head-sha": w.baseSha,
    });
    expect(fixed.heal!.outputs).toMatchObject({
      outcome: "healed",
      ready: "true",
      artifact: "autodev-proposal-777-1",
    });
    expect(artifactFiles(fixRoot, "autodev-proposal-777-1")).toEqual([
      "changes.patch",
      "proposal.json",
      "report.json",
      "report.md",
    ]);
    expect(fixed["open-pr"]!.result).toBe("success");
    expect(fixed["open-pr"]!.outputs.status).toBe("opened");
    expect(fixed["open-pr"]!.outputs["pr-number"]).toMatch(/^\d+$/);
    // No App configured: the token step is skipped and the job token is used.
    expect(fixed["open-pr"]!.steps.find((s) => s.id === "app-token")?.ran).toBe(false);

    const pulls = w.fake.pulls();
    expect(pulls).toHaveLength(1);
    const branch = pulls[0]!.pull!.head;
    expect(git(w.remote, "rev-parse", `${branch}^`)).toBe(w.baseSha);
    expect(artifactFiles(fixRoot, "autodev-audit-open-pr-777-1")).toEqual(["audit.jsonl"]);

    // The LLM key reached exactly one step, the heal step, through the workflow's secret.
    const withKey = calls.filter((c) => c.env.AUTODEV_LLM_API_KEY);
    expect(withKey.map((c) => `${c.job}/${c.inputs.command}`)).toEqual(["heal/heal"]);
    expect(withKey[0]!.env.AUTODEV_LLM_API_KEY).toBe(CANARY_LLM_KEY);
    // Nothing that left the jobs carries a planted secret.
    const published = [
      ...pulls.map((p) => p.body),
      ...w.fake.openIssues().map((i) => i.body),
      ...w.fake.comments.map((c) => c.body),
      ...Object.values(fixed).map((j) => JSON.stringify(j.outputs)),
      readFileSync(join(fixRoot, "artifacts/autodev-proposal-777-1/report.md"), "utf8"),
    ].join("\n");
    expect(findCanaries(published)).toEqual([]);
  });

  it("a reader's /auto-fix stops at authorize: no heal, no pull request", async () => {
    w = await createWorld(template);
    const calls: ActionCall[] = [];
    await autoIssue(join(w.root, "sim-issue"), calls);
    const fixed = await autoFix(join(w.root, "sim-fix"), await commentEvent("reader", 1), calls);
    expect(fixed.authorize!.outputs.run).toBe("false");
    expect(fixed.heal!.result).toBe("skipped");
    expect(fixed["open-pr"]!.result).toBe("skipped");
    expect(calls.map((c) => c.inputs.command)).toEqual(["auto-issue", "command"]);
    expect(w.fake.pulls()).toEqual([]);
  });

  it("in mode auto, a low-risk fix goes on to auto-merge pinned to the pushed commit", async () => {
    w = await createWorld(template);
    w.fake.setFile(".autodev/config.yml", "version: 1\nmode: auto\n");
    const calls: ActionCall[] = [];
    await autoIssue(join(w.root, "sim-issue"), calls);
    // The merge step calls gh; a fake one records the calls instead of reaching github.com.
    const bin = join(w.root, "bin");
    mkdirSync(bin);
    const log = join(w.root, "gh.log");
    writeFileSync(join(bin, "gh"), `#!/bin/sh\nprintf '%s\\n' "$*" >> "${log}"\necho PR_node\n`);
    chmodSync(join(bin, "gh"), 0o755);
    const fixed = await autoFix(join(w.root, "sim-fix"), await commentEvent("maintainer", 1), calls, {
      PATH: `${bin}${delimiter}${process.env.PATH}`,
    });
    for (const job of Object.values(fixed)) expect(job.error).toBeUndefined();
    expect(fixed["open-pr"]!.outputs["auto-merge"]).toBe("true");
    expect(fixed["auto-merge"]!.result).toBe("success");
    const pushed = fixed["open-pr"]!.outputs.commit!;
    expect(pushed).toBe(git(w.remote, "rev-parse", w.fake.pulls()[0]!.pull!.head));
    const gh = readFileSync(log, "utf8");
    expect(gh).toContain(`pulls/${fixed["open-pr"]!.outputs["pr-number"]}`);
    expect(gh).toContain(`oid=${pushed}`);
  });

  it("the template as a user fills it: a failed run becomes an issue and, with AUTODEV_AUTO_FIX, a fix", async () => {
    w = await createWorld(template);
    // The user's copy: their toolchain in setup-script, everything else as shipped.
    const copy = join(w.root, "autodev.yml");
    writeFileSync(
      copy,
      readFileSync(join(repoRoot, "workflows-templates/autodev.yml"), "utf8").replace(
        'setup-script: ""',
        `setup-script: ln -s "$AUTODEV_TEST_NODE_MODULES" node_modules`,
      ),
    );
    // authorize's dispatch/automatic path reads the run and the STOP file with gh.
    const bin = join(w.root, "bin");
    mkdirSync(bin);
    writeFileSync(
      join(bin, "gh"),
      `#!/bin/sh\ncase "$*" in *contents/.autodev/STOP*) exit 1 ;; esac\n` +
        `printf 'failure\\t%s\\t%s\\n' "${w.baseSha}" "${w.fake.fullName}"\n`,
    );
    chmodSync(join(bin, "gh"), 0o755);
    const calls: ActionCall[] = [];
    const run = await simulateWorkflow({
      workflow: copy,
      root: join(w.root, "sim-template"),
      event: await failedRunEvent(),
      vars: { AUTODEV_AUTO_FIX: "true" },
      secrets: { AUTODEV_LLM_API_KEY: CANARY_LLM_KEY },
      repository: w.fake.fullName,
      remote: w.remote,
      token: CANARY_TOKEN,
      env: { ...env(), PATH: `${bin}${delimiter}${process.env.PATH}` },
      runAction: executor(calls),
      // The template calls autodev/autodev@<ref>; here that is this checkout.
      resolveWorkflow: (uses) => join(repoRoot, /^[^@]*?(\.github\/workflows\/[\w-]+\.yml)@/.exec(uses)![1]!),
    });
    expect(run["auto-issue"]!.error).toBeUndefined();
    // The reusable workflow's outputs reach the caller through on.workflow_call.outputs.
    expect(run["auto-issue"]!.outputs["issue-numbers"]).toBe("1");
    expect(run["auto-fix"]!.error).toBeUndefined();
    expect(run["auto-fix"]!.called!.authorize!.outputs).toMatchObject({
      run: "true",
      "run-id": String(w.runId),
    });
    expect(run["auto-fix"]!.outputs["pr-number"]).toMatch(/^\d+$/);
    expect(w.fake.pulls()).toHaveLength(1);
    expect(w.fake.openIssues()).toHaveLength(1);
    // The template's secret reached the heal step under the name the reusable workflow declares.
    expect(
      calls.filter((c) => c.env.AUTODEV_LLM_API_KEY === CANARY_LLM_KEY).map((c) => c.inputs.command),
    ).toEqual(["heal"]);
  });

  it("the AUTODEV_ENABLED=false variable skips every job before any code runs", async () => {
    w = await createWorld(template);
    const calls: ActionCall[] = [];
    const fixed = await simulateWorkflow({
      workflow: join(repoRoot, ".github/workflows/autodev-auto-fix.yml"),
      root: join(w.root, "sim-off"),
      event: await commentEvent("maintainer", 1),
      vars: { AUTODEV_ENABLED: "false" },
      repository: w.fake.fullName,
      remote: w.remote,
      token: CANARY_TOKEN,
      env: env(),
      runAction: executor(calls),
    });
    expect(Object.values(fixed).every((j) => j.result === "skipped")).toBe(true);
    expect(calls).toEqual([]);
    expect(w.fake.mutations()).toEqual([]);
  });
});
