import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runWorkflowStep } from "../support/composite.js";
import { shippedWorkflowFiles } from "../support/workflow-files.js";

/**
 * The auto-merge step of autodev-auto-fix.yml, run in bash with a fake `gh`: it must pin the merge to
 * the commit autodev pushed, refuse malformed outputs before any call, and leave the pull request to a
 * person (a warning, not a failure) when GitHub refuses auto-merge.
 */
const file = shippedWorkflowFiles().find((f) => f.path === ".github/workflows/autodev-auto-fix.yml")!;
const workflow = parse(file.content) as {
  jobs: Record<string, { steps: Array<{ run?: string; env?: Record<string, string> }> }>;
};
const step = workflow.jobs["auto-merge"]!.steps.find((s) => s.run)! as {
  run: string;
  env: Record<string, string>;
};

const temp = mkdtempSync(join(tmpdir(), "autodev-merge-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const bin = join(temp, "bin");
mkdirSync(bin);
const calls = join(temp, "gh-calls");
// Records each call (one argument per line, calls separated by ---); answers the node id lookup, and
// fails the GraphQL call when GH_REFUSE is set.
writeFileSync(
  join(bin, "gh"),
  `#!/bin/sh\nfor a in "$@"; do printf '%s\\n' "$a" >> "${calls}"; done\necho --- >> "${calls}"\n` +
    `case "$*" in *pulls/*) echo PR_kwDOnode ;; *graphql*) [ -n "$GH_REFUSE" ] && exit 1 ;; esac\nexit 0\n`,
);
chmodSync(join(bin, "gh"), 0o755);

const repo = "octo-org/octo-repo";
const sha = "0123456789abcdef0123456789abcdef01234567";

function merge(outputs: Record<string, string>, extraEnv: Record<string, string> = {}) {
  rmSync(calls, { force: true });
  const r = runWorkflowStep({
    step,
    contexts: { needs: { "open-pr": { outputs } }, steps: {}, github: { token: "ghs_job" } },
    cwd: temp,
    env: { PATH: `${bin}${delimiter}${process.env.PATH}`, GITHUB_REPOSITORY: repo, ...extraEnv },
  });
  const ghCalls = existsSync(calls)
    ? readFileSync(calls, "utf8")
        .split("---\n")
        .filter(Boolean)
        .map((c) => c.trim().split("\n"))
    : [];
  return { ...r, ghCalls };
}

describe("auto-merge step", () => {
  it("enables auto-merge pinned to the pushed commit", () => {
    const r = merge({ "pr-number": "12", commit: sha });
    expect(r.status).toBe(0);
    expect(r.ghCalls[0]).toEqual(["api", `repos/${repo}/pulls/12`, "--jq", ".node_id"]);
    const graphql = r.ghCalls[1]!.join("\n");
    expect(graphql).toContain("enablePullRequestAutoMerge");
    expect(graphql).toContain("expectedHeadOid: $oid");
    expect(r.ghCalls[1]).toContain(`oid=${sha}`);
    expect(r.ghCalls[1]).toContain("id=PR_kwDOnode");
    expect(r.stdout).toContain("Auto-merge enabled on #12");
  });

  it("leaves the pull request to a person when GitHub refuses", () => {
    const r = merge({ "pr-number": "12", commit: sha }, { GH_REFUSE: "1" });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("::warning::Auto-merge could not be enabled on #12");
  });

  it("refuses malformed outputs before any call", () => {
    for (const outputs of [
      { "pr-number": "", commit: sha },
      { "pr-number": "12; touch pwned", commit: sha },
      { "pr-number": "12", commit: "main" },
      { "pr-number": "12", commit: `${sha}\nx` },
    ]) {
      const r = merge(outputs);
      expect(r.status, JSON.stringify(outputs)).not.toBe(0);
      expect(r.ghCalls).toEqual([]);
    }
    expect(existsSync(join(temp, "pwned"))).toBe(false);
  });
});
