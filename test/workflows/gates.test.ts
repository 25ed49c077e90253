import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { jobCondition } from "../support/expressions.js";
import { shippedWorkflowFiles } from "../support/workflow-files.js";

/**
 * The job conditions decide which event starts which job: the first gate before any code runs. They
 * are evaluated here with GitHub's expression engine against real webhook payloads
 * (@octokit/webhooks-examples), changed only where a case needs it.
 */
interface Example {
  name: string;
  examples: Array<Record<string, unknown>>;
}
const require = createRequire(import.meta.url);
const examples = require("@octokit/webhooks-examples/api.github.com/index.json") as Example[];

function payload(event: string, action?: string): Record<string, unknown> {
  const found = examples.find((e) => e.name === event)?.examples.find((p) => !action || p.action === action);
  if (!found) throw new Error(`no ${event} example`);
  return structuredClone(found);
}

function jobsOf(path: string): Record<string, { if?: string; permissions?: Record<string, string> }> {
  const file = shippedWorkflowFiles().find((f) => f.path === path);
  if (!file) throw new Error(`${path} is missing`);
  return (parse(file.content) as { jobs: Record<string, { if?: string }> }).jobs;
}

type Ctx = Record<string, unknown>;
function github(event: string, body: Record<string, unknown>): Ctx {
  const repository = (body.repository as { full_name: string }).full_name;
  return { event_name: event, event: body, repository };
}

function failedRun(overrides: { conclusion?: string; headRepo?: string; branch?: string } = {}): Ctx {
  const body = payload("workflow_run", "completed");
  const run = body.workflow_run as Record<string, unknown>;
  const repo = (body.repository as { full_name: string }).full_name;
  run.conclusion = overrides.conclusion ?? "failure";
  run.head_branch = overrides.branch ?? "main";
  run.head_repository = { ...(run.head_repository as object), full_name: overrides.headRepo ?? repo };
  return github("workflow_run", body);
}

function comment(text: string): Ctx {
  const body = payload("issue_comment", "created");
  (body.comment as Record<string, unknown>).body = text;
  return github("issue_comment", body);
}

describe("template job conditions", () => {
  const jobs = jobsOf("workflows-templates/autodev.yml");
  const issueIf = jobs["auto-issue"]!.if!;
  const fixIf = jobs["auto-fix"]!.if!;
  const on = { vars: {}, inputs: {}, needs: { "auto-issue": { result: "skipped", outputs: {} } } };

  it("reports failed and timed-out runs, sees green ones (to close issues), ignores the rest", () => {
    for (const conclusion of ["failure", "timed_out", "startup_failure", "success"]) {
      expect(jobCondition(issueIf, { ...on, github: failedRun({ conclusion }) }), conclusion).toBe(true);
    }
    for (const conclusion of ["cancelled", "skipped", "neutral", "action_required", "stale"]) {
      expect(jobCondition(issueIf, { ...on, github: failedRun({ conclusion }) }), conclusion).toBe(false);
    }
    expect(jobCondition(issueIf, { ...on, github: comment("/auto-fix") })).toBe(false);
  });

  it("stops everything when AUTODEV_ENABLED holds any value the code reads as false", () => {
    // The same set as src/policy/kill-switch.ts, case-insensitively.
    for (const value of ["false", "FALSE", "0", "no", "off", "Disabled", "stop"]) {
      const off = { ...on, vars: { AUTODEV_ENABLED: value } };
      expect(jobCondition(issueIf, { ...off, github: failedRun() }), value).toBe(false);
      expect(jobCondition(fixIf, { ...off, github: comment("/auto-fix") }), value).toBe(false);
    }
    for (const value of ["true", "1", ""]) {
      const on2 = { ...on, vars: { AUTODEV_ENABLED: value } };
      expect(jobCondition(issueIf, { ...on2, github: failedRun() }), value).toBe(true);
    }
    // Unset is the common case: null must not loosely equal the "0" in the list.
    expect(jobCondition(issueIf, { ...on, vars: {}, github: failedRun() })).toBe(true);
  });

  it("agrees with the code on which values are false", async () => {
    const { isFalseValue } = await import("../../src/policy/kill-switch.js");
    const listed = /fromJSON\('(\[[^\]]*\])'\), vars\.AUTODEV_ENABLED \|\| ''/.exec(issueIf)?.[1];
    const values = JSON.parse(listed!) as string[];
    for (const v of values) expect(isFalseValue(v), v).toBe(true);
    for (const v of ["false", "0", "no", "off", "disabled", "stop"]) expect(values).toContain(v);
  });

  it("starts a fix for /auto-fix comments and dispatches, not for other comments", () => {
    expect(jobCondition(fixIf, { ...on, github: comment("/auto-fix") })).toBe(true);
    expect(jobCondition(fixIf, { ...on, github: comment("/auto-fix please") })).toBe(true);
    // The real example comment: an ordinary reply.
    expect(
      jobCondition(fixIf, { ...on, github: github("issue_comment", payload("issue_comment", "created")) }),
    ).toBe(false);
    expect(jobCondition(fixIf, { ...on, github: comment("please /auto-fix") })).toBe(false);
    const dispatch = github("workflow_dispatch", payload("workflow_dispatch"));
    expect(jobCondition(fixIf, { ...on, github: dispatch, inputs: { "run-id": "7" } })).toBe(true);
  });

  it("continues a failed run to a fix only when opted in, with an issue, and never for a fork's code", () => {
    const issued = { result: "success", outputs: { "issue-numbers": "42" } };
    const optedIn = { AUTODEV_AUTO_FIX: "true" };
    const ctx = (g: Ctx, needs = issued, vars: Ctx = optedIn) => ({
      ...on,
      vars,
      github: g,
      needs: { "auto-issue": needs },
    });
    expect(jobCondition(fixIf, ctx(failedRun()))).toBe(true);
    expect(jobCondition(fixIf, ctx(failedRun(), issued, {}))).toBe(false);
    expect(jobCondition(fixIf, ctx(failedRun({ conclusion: "success" })))).toBe(false);
    expect(jobCondition(fixIf, ctx(failedRun({ headRepo: "attacker/fork" })))).toBe(false);
    // A fix of a fix only when a person asks for it.
    expect(jobCondition(fixIf, ctx(failedRun({ branch: "autodev/fix-3f2a9c0d" })))).toBe(false);
    const noIssue = { result: "success", outputs: { "issue-numbers": "" } };
    expect(jobCondition(fixIf, ctx(failedRun(), noIssue))).toBe(false);
    expect(jobCondition(fixIf, ctx(failedRun(), issued), "cancelled")).toBe(false);
  });
});

describe("reusable auto-fix job conditions", () => {
  const jobs = jobsOf(".github/workflows/autodev-auto-fix.yml");
  const base = { github: comment("/auto-fix"), vars: {}, inputs: {} };

  it("heals only what authorize let through", () => {
    const needs = (run: string) => ({ authorize: { result: "success", outputs: { run } } });
    expect(jobCondition(jobs.heal!.if!, { ...base, needs: needs("true") })).toBe(true);
    expect(jobCondition(jobs.heal!.if!, { ...base, needs: needs("false") })).toBe(false);
    expect(jobCondition(jobs.heal!.if!, { ...base, needs: needs("") })).toBe(false);
  });

  it("writes only when a proposal exists and the kill switch is off", () => {
    const needs = (ready: string) => ({
      authorize: { result: "success", outputs: {} },
      heal: { outputs: { ready } },
    });
    expect(jobCondition(jobs["open-pr"]!.if!, { ...base, needs: needs("true") })).toBe(true);
    expect(jobCondition(jobs["open-pr"]!.if!, { ...base, needs: needs("false") })).toBe(false);
    expect(
      jobCondition(jobs["open-pr"]!.if!, {
        ...base,
        needs: needs("true"),
        vars: { AUTODEV_ENABLED: "false" },
      }),
    ).toBe(false);
    expect(jobCondition(jobs["open-pr"]!.if!, { ...base, needs: needs("true") }, "failure")).toBe(false);
  });

  it("every job of both reusable workflows honours the kill switch variable", () => {
    for (const path of [
      ".github/workflows/autodev-auto-fix.yml",
      ".github/workflows/autodev-auto-issue.yml",
    ]) {
      const all = jobsOf(path);
      // authorize gates heal, heal gates open-pr; the first job and every writer check the variable.
      for (const [id, job] of Object.entries(all)) {
        const writes = Object.values(job.permissions ?? {}).includes("write");
        if (writes || !("needs" in job))
          expect(job.if ?? "", `${path} ${id}`).toContain("vars.AUTODEV_ENABLED");
      }
    }
  });
});
