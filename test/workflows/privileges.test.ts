import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { shippedWorkflowFiles } from "../support/workflow-files.js";

/**
 * The shape that keeps auto-fix safe (security.md rule 1): the job that holds the LLM key can write
 * nothing, the job that can write runs no model and no repository code, and every reusable workflow
 * gets at least the permissions its jobs ask for (GitHub refuses to start the run otherwise, and
 * neither the parser nor actionlint checks it).
 */
interface Step {
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Job {
  permissions?: Record<string, string> | string;
  uses?: string;
  steps?: Step[];
}
interface Workflow {
  jobs: Record<string, Job>;
}

const files = shippedWorkflowFiles().filter((f) => f.kind === "workflow");
const workflows = new Map(files.map((f) => [f.path, parse(f.content) as Workflow]));
const level = (v: string | undefined) => (v === "write" ? 2 : v === "read" ? 1 : 0);
const writes = (job: Job) =>
  typeof job.permissions === "object" && Object.values(job.permissions).some((v) => v === "write");

describe("the think/act split in autodev-auto-fix.yml", () => {
  const fix = workflows.get(".github/workflows/autodev-auto-fix.yml")!;
  const jobText = (id: string) => JSON.stringify(fix.jobs[id]);

  it("gives the LLM key to one step of a job that cannot write", () => {
    const holders = Object.keys(fix.jobs).filter((id) => jobText(id).includes("secrets.llm-api-key"));
    expect(holders).toEqual(["heal"]);
    expect(writes(fix.jobs.heal!)).toBe(false);
    const steps = fix.jobs.heal!.steps!.filter((s) => JSON.stringify(s).includes("secrets.llm-api-key"));
    expect(steps).toHaveLength(1);
    expect(steps[0]!.with?.command).toBe("heal");
  });

  it("keeps the App key and contents: write in the jobs that run no model and no repository code", () => {
    const scope = (id: string, name: string) => (fix.jobs[id]!.permissions as Record<string, string>)[name];
    const writers = Object.keys(fix.jobs).filter((id) => scope(id, "contents") === "write");
    expect(writers).toEqual(["open-pr", "auto-merge"]);
    expect(Object.keys(fix.jobs).filter((id) => jobText(id).includes("secrets.app-private-key"))).toEqual(
      writers,
    );
    // open-pr has the checkout (data for its git) and no script; auto-merge has a script and no checkout.
    expect(fix.jobs["open-pr"]!.steps!.filter((s) => s.run)).toEqual([]);
    expect(fix.jobs["auto-merge"]!.steps!.filter((s) => s.uses?.startsWith("actions/checkout@"))).toEqual([]);
  });

  it("never runs repository code or a model where a write token is", () => {
    for (const id of Object.keys(fix.jobs).filter((j) => writes(fix.jobs[j]!))) {
      const steps = fix.jobs[id]!.steps!;
      expect(jobText(id), id).not.toContain("llm");
      expect(
        steps.filter((s) => s.with?.command === "heal"),
        id,
      ).toEqual([]);
      // A checkout in a writing job is only data for open-pr's git; nothing may run after it.
      const checkout = steps.findIndex((s) => s.uses?.startsWith("actions/checkout@"));
      if (checkout !== -1)
        expect(
          steps.slice(checkout).filter((s) => s.run),
          id,
        ).toEqual([]);
    }
  });

  it("hands the proposal over only as an artifact named per run and attempt", () => {
    const upload = fix.jobs.heal!.steps!.find((s) => s.uses?.startsWith("actions/upload-artifact@"));
    const download = fix.jobs["open-pr"]!.steps!.find((s) =>
      s.uses?.startsWith("actions/download-artifact@"),
    );
    expect(upload?.with?.name).toBe("${{ steps.proposal.outputs.artifact }}");
    expect(JSON.stringify(fix.jobs.heal)).toContain(
      "autodev-proposal-${{ github.run_id }}-${{ github.run_attempt }}",
    );
    expect(download?.with?.name).toBe("${{ needs.heal.outputs.artifact }}");
  });
});

describe("callers grant what the reusable workflows ask for", () => {
  const calls = [...workflows].flatMap(([path, wf]) =>
    Object.entries(wf.jobs)
      .filter(([, job]) => job.uses)
      .map(([id, job]) => ({
        path,
        id,
        job,
        callee: job.uses!.replace(/^.*?(\.github\/workflows\/[\w-]+\.yml).*$/, "$1"),
      })),
  );

  it("finds the template's calls", () => {
    expect(calls.map((c) => c.callee)).toEqual(
      expect.arrayContaining([
        ".github/workflows/autodev-auto-issue.yml",
        ".github/workflows/autodev-auto-fix.yml",
      ]),
    );
  });

  for (const call of calls) {
    it(`${call.path} job ${call.id} covers every job of ${call.callee}`, () => {
      const callee = workflows.get(call.callee);
      expect(callee, `${call.callee} is not in this repository`).toBeDefined();
      const granted = typeof call.job.permissions === "object" ? call.job.permissions : {};
      const missing: string[] = [];
      for (const [jobId, job] of Object.entries(callee!.jobs)) {
        const asked = typeof job.permissions === "object" ? job.permissions : {};
        for (const [scope, value] of Object.entries(asked)) {
          if (level(value) > level(granted[scope])) missing.push(`${jobId} needs ${scope}: ${value}`);
        }
      }
      expect(missing).toEqual([]);
    });
  }

  it("grants nothing the called workflows never use", () => {
    for (const call of calls) {
      const callee = workflows.get(call.callee)!;
      const granted = typeof call.job.permissions === "object" ? call.job.permissions : {};
      for (const [scope, value] of Object.entries(granted)) {
        const used = Object.values(callee.jobs).some(
          (job) => typeof job.permissions === "object" && level(job.permissions[scope]) >= level(value),
        );
        expect(used, `${call.path} ${call.id} grants ${scope}: ${value}`).toBe(true);
      }
    }
  });
});

describe("concurrency groups", () => {
  it("never share a prefix between jobs, so a caller can never wait on its own callee", () => {
    // github.workflow is the caller's inside a reusable workflow; distinct literal prefixes keep the
    // caller's group and each callee job's group apart whatever the expressions evaluate to.
    const prefixes: string[] = [];
    for (const [path, wf] of workflows) {
      for (const [id, job] of Object.entries(wf.jobs) as Array<
        [string, Job & { concurrency?: { group?: string } }]
      >) {
        const group = job.concurrency?.group;
        expect(group, `${path} ${id}`).toBeDefined();
        prefixes.push(group!.split("${{")[0]!);
      }
    }
    expect(prefixes.filter((p, i) => prefixes.indexOf(p) !== i)).toEqual([]);
    expect(prefixes.every((p) => p.length > 3)).toBe(true);
  });
});
