import { describe, expect, it } from "vitest";
import { runBlocks, shellcheck } from "../support/shellcheck.js";
import { expectation, fixtureFiles, shippedWorkflowFiles } from "../support/workflow-files.js";

describe("shellcheck on every run: block", () => {
  const shipped = shippedWorkflowFiles();
  const blocks = shipped.flatMap((f) => runBlocks(f.path, f.content));

  it("finds the run: blocks of workflows and of the composite action", () => {
    expect(new Set(blocks.map((b) => b.file))).toContain("action.yml");
    expect(new Set(blocks.map((b) => b.file))).toContain(".github/workflows/ci.yml");
  });

  for (const file of shipped) {
    it(`finds nothing in ${file.path}`, () => {
      const findings = runBlocks(file.path, file.content).flatMap(shellcheck);
      expect(findings.map((f) => `${f.file}:${f.line} ${f.code} ${f.message}`)).toEqual([]);
    });
  }

  const mustFail = fixtureFiles("shellcheck");
  it("has must-fail fixtures", () => expect(mustFail.length).toBeGreaterThanOrEqual(2));
  for (const file of mustFail) {
    it(`reports ${file.path}`, () => {
      const findings = runBlocks(file.path, file.content).flatMap(shellcheck);
      expect(findings.map((f) => f.code)).toContain(expectation(file));
    });
  }
});
