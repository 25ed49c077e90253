import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runWorkflowStep } from "../support/composite.js";
import { shippedWorkflowFiles } from "../support/workflow-files.js";

/**
 * The one script in autodev-auto-fix.yml that makes a decision: for a dispatch or the automatic path
 * it reads the failed run and says what to heal. Run for real in bash, with a fake `gh` that answers
 * the API call and records how it was called; the inputs come in as attackers would write them.
 */
const file = shippedWorkflowFiles().find((f) => f.path === ".github/workflows/autodev-auto-fix.yml")!;
const workflow = parse(file.content) as {
  jobs: { authorize: { steps: Array<{ id?: string; run: string; env: Record<string, string> }> } };
};
const step = workflow.jobs.authorize.steps.find((s) => s.id === "direct")!;

const temp = mkdtempSync(join(tmpdir(), "autodev-authorize-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const bin = join(temp, "bin");
mkdirSync(bin);
const calls = join(temp, "gh-calls");
// Answers the run lookup with GH_ANSWER, as `gh api --jq ... @tsv` would print it; the STOP file lookup
// with a 404 (exit 1) unless GH_STOP is set.
writeFileSync(
  join(bin, "gh"),
  `#!/bin/sh\nprintf '%s\\n' "$*" >> "${calls}"\n` +
    `case "$*" in *contents/.autodev/STOP*) [ -n "$GH_STOP" ] && exit 0; exit 1 ;; esac\n` +
    `printf '%s\\n' "$GH_ANSWER"\n`,
);
chmodSync(join(bin, "gh"), 0o755);

const repo = "octo-org/octo-repo";
const sha = "0123456789abcdef0123456789abcdef01234567";

function decide(
  inputs: Record<string, string>,
  answer: string,
  event: Record<string, unknown> = {},
  extraEnv: Record<string, string> = {},
) {
  rmSync(calls, { force: true });
  const result = runWorkflowStep({
    step,
    contexts: { inputs, github: { token: "ghs_fake", event }, vars: {} },
    cwd: temp,
    env: {
      PATH: `${bin}${delimiter}${process.env.PATH}`,
      GITHUB_REPOSITORY: repo,
      GH_ANSWER: answer,
      ...extraEnv,
    },
  });
  const ghCalls = existsSync(calls) ? readFileSync(calls, "utf8").trim().split("\n") : [];
  return { ...result, ghCalls };
}

describe("authorize: a dispatch or a failed run, resolved from the API", () => {
  it("heals a failed run of this repository at its head commit", () => {
    const r = decide({ "run-id": "123", "issue-number": "7" }, `failure\t${sha}\t${repo}`);
    expect(r.status).toBe(0);
    expect(r.outputs).toEqual({ run: "true", "run-id": "123", "head-sha": sha, "issue-number": "7" });
    expect(r.ghCalls[0]).toContain(`api repos/${repo}/contents/.autodev/STOP`);
    expect(r.ghCalls[1]).toContain(`api repos/${repo}/actions/runs/123 `);
  });

  it("takes the run from the workflow_run event when no run-id is given", () => {
    const r = decide({}, `failure\t${sha}\t${repo}`, { workflow_run: { id: 987 } });
    expect(r.outputs["run-id"]).toBe("987");
  });

  it("never heals a fork's code, and nothing that did not fail", () => {
    expect(decide({ "run-id": "1" }, `failure\t${sha}\tattacker/fork`).outputs).toEqual({ run: "false" });
    for (const conclusion of ["success", "cancelled", ""]) {
      expect(decide({ "run-id": "1" }, `${conclusion}\t${sha}\t${repo}`).outputs, conclusion).toEqual({
        run: "false",
      });
    }
  });

  it("stops before healing when .autodev/STOP is on the default branch", () => {
    const r = decide({ "run-id": "123" }, `failure\t${sha}\t${repo}`, {}, { GH_STOP: "1" });
    expect(r.status).toBe(0);
    expect(r.outputs).toEqual({ run: "false" });
    expect(r.ghCalls).toHaveLength(1);
  });

  it("rejects ids that are not numbers before any API call", () => {
    for (const runId of ["", "1; touch pwned", "$(touch pwned)", "12 ", "-1"]) {
      const r = decide({ "run-id": runId }, `failure\t${sha}\t${repo}`);
      expect(r.status, runId).not.toBe(0);
      expect(r.ghCalls, runId).toEqual([]);
    }
    const r = decide({ "run-id": "5", "issue-number": "7\nrun=true" }, `failure\t${sha}\t${repo}`);
    expect(r.status).not.toBe(0);
    expect(existsSync(join(temp, "pwned"))).toBe(false);
  });

  it("refuses a head commit that is not a SHA, so nothing can be smuggled into the step outputs", () => {
    const bad = decide({ "run-id": "5" }, `failure\tnot-a-sha\t${repo}`);
    expect(bad.status).not.toBe(0);
    expect(bad.outputs.run).toBeUndefined();
    // Only the first line of the answer is read: a second line never becomes an output.
    const smuggled = decide({ "run-id": "5" }, `failure\t${sha}\t${repo}\nrun-id=666`);
    expect(smuggled.outputs["run-id"]).toBe("5");
  });
});
