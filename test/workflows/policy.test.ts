import { describe, expect, it } from "vitest";
import {
  expectation,
  fixtureFiles,
  shippedWorkflowFiles,
  type WorkflowFile,
} from "../support/workflow-files.js";
import { parseActionText, parseWorkflowText } from "../support/workflow-parser.js";
import { lintActionPolicy, lintWorkflowPolicy, type PolicyFinding } from "../support/workflow-policy.js";

/**
 * The template calls autodev's own reusable workflows by tag: no release commit exists to pin to yet,
 * and its header tells users to replace the tag with the SHA of the release they reviewed. Only these
 * two calls are exempt, and only in the template.
 */
const TEMPLATE_SELF_CALLS = [/^autodev\/autodev\/\.github\/workflows\/autodev-[\w-]+\.yml@v\d+$/];

function lint(file: WorkflowFile): PolicyFinding[] {
  const options = file.path.startsWith("workflows-templates/") ? { allowUnpinned: TEMPLATE_SELF_CALLS } : {};
  return file.kind === "action"
    ? lintActionPolicy(file.path, file.content, options)
    : lintWorkflowPolicy(file.path, file.content, options);
}

describe("workflow policy lint (hygiene rules)", () => {
  for (const file of shippedWorkflowFiles()) {
    it(`finds nothing in ${file.path}`, () => {
      expect(lint(file).map((f) => `${f.file}:${f.line} [${f.rule}] ${f.message}`)).toEqual([]);
    });
  }

  const mustFail = fixtureFiles("policy");
  it("has a must-fail fixture for every rule", () => {
    const covered = new Set(mustFail.map(expectation));
    for (const rule of [
      "top-level-permissions",
      "job-permissions",
      "permission-reason",
      "timeout-minutes",
      "concurrency",
      "unpinned-uses",
      "pin-comment",
      "persist-credentials",
      "expression-in-run",
      "dangerous-trigger",
      "issue-comment-types",
      "secrets-inherit",
      "cache-in-write-job",
      "untrusted-checkout",
      "upload-workspace",
      "secret-in-shared-env",
    ]) {
      expect(covered, rule).toContain(rule);
    }
  });

  for (const file of mustFail) {
    it(`reports ${file.path} under exactly its rule`, () => {
      // Each fixture breaks one rule, so a rule that fires too widely shows up here as well.
      expect([...new Set(lint(file).map((f) => f.rule))]).toEqual([expectation(file)]);
    });

    // Otherwise valid: GitHub would run these, so the policy lint is what stops them.
    it(`${file.path} is accepted by GitHub's parser`, async () => {
      const errors =
        file.kind === "action"
          ? parseActionText(file.path, file.content).errors
          : (await parseWorkflowText(file.path, file.content)).errors;
      expect(errors).toEqual([]);
    });
  }

  it("points at the offending line", () => {
    const file = mustFail.find((f) => f.path.endsWith("/expression-in-run.yml"))!;
    const [finding] = lint(file);
    const lines = file.content.split("\n");
    expect(lines[finding!.line - 1]).toContain("${{ github.event.issue.title }}");
  });
});
