import { describe, expect, it } from "vitest";
import {
  expectation,
  fixtureFiles,
  shippedWorkflowFiles,
  type WorkflowFile,
} from "../support/workflow-files.js";
import { parseActionText, parseWorkflowText } from "../support/workflow-parser.js";

async function errorsOf(file: WorkflowFile): Promise<string[]> {
  return file.kind === "action"
    ? parseActionText(file.path, file.content).errors
    : (await parseWorkflowText(file.path, file.content)).errors;
}

describe("GitHub's workflow parser (@actions/workflow-parser)", () => {
  for (const file of shippedWorkflowFiles()) {
    it(`accepts ${file.path} with zero errors`, async () => {
      expect(await errorsOf(file)).toEqual([]);
    });
  }

  const broken = fixtureFiles("parser");
  it("has must-fail fixtures", () => expect(broken.length).toBeGreaterThanOrEqual(3));
  for (const file of broken) {
    it(`rejects ${file.path}`, async () => {
      const errors = await errorsOf(file);
      expect(errors.join("\n")).toContain(expectation(file));
    });
  }

  it("sees the reusable workflows' interfaces through the template's remote calls", async () => {
    const template = shippedWorkflowFiles().find((f) => f.path === "workflows-templates/autodev.yml");
    expect(template).toBeDefined();
    const misspelt = template!.content.replace("setup-script:", "setup-scripts:");
    const { errors } = await parseWorkflowText(template!.path, misspelt);
    expect(errors.join("\n")).toContain(
      "Invalid input, setup-scripts is not defined in the referenced workflow",
    );
  });
});
