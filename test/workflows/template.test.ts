import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { repoRoot } from "../support/workflow-files.js";

/**
 * The template is what users copy, so its documentation is part of the product: every variable and
 * secret it reads is explained in its header, and its properties file is what GitHub's "new workflow"
 * page needs.
 */
const template = readFileSync(join(repoRoot, "workflows-templates/autodev.yml"), "utf8");
const header = template.slice(0, template.search(/^name:/m));

describe("workflows-templates/autodev.yml", () => {
  it("explains every repository variable and secret it reads in its header", () => {
    const names = [...template.matchAll(/\$\{\{[^}]*?\b(?:vars|secrets)\.([A-Z0-9_]+)/g)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const name of new Set(names)) expect(header, name).toContain(name);
  });

  it("names the kill switch and the config file", () => {
    expect(header).toContain("AUTODEV_ENABLED");
    expect(header).toContain(".autodev/STOP");
    expect(header).toContain(".autodev/config.yml");
  });

  it("has a properties file GitHub's template chooser can read", () => {
    const props = JSON.parse(
      readFileSync(join(repoRoot, "workflows-templates/autodev.properties.json"), "utf8"),
    ) as {
      name: string;
      description: string;
      iconName: string;
      categories: string[];
      filePatterns?: string[];
    };
    expect(props.name).toBe((parse(template) as { name: string }).name);
    expect(props.description.length).toBeGreaterThan(20);
    expect(props.iconName).toMatch(/^octicon [a-z-]+$/);
    expect(props.categories.length).toBeGreaterThan(0);
    for (const pattern of props.filePatterns ?? []) expect(() => new RegExp(pattern)).not.toThrow();
  });
});

describe("reusable workflows as products", () => {
  const reusable = ["autodev-auto-issue.yml", "autodev-auto-fix.yml"].map((name) => {
    const path = `.github/workflows/${name}`;
    return {
      path,
      wf: parse(readFileSync(join(repoRoot, path), "utf8")) as { on: { workflow_call: WorkflowCall } },
    };
  });
  interface WorkflowCall {
    inputs?: Record<string, { description?: string; type?: string; required?: boolean; default?: unknown }>;
    secrets?: Record<string, { description?: string; required?: boolean }>;
    outputs?: Record<string, { description?: string; value?: string }>;
  }

  for (const { path, wf } of reusable) {
    it(`${path}: every input has a description, a type and a default; every secret and output a description`, () => {
      const call = wf.on.workflow_call;
      for (const [name, input] of Object.entries(call.inputs ?? {})) {
        expect(input.description?.length, name).toBeGreaterThan(10);
        expect(["string", "number", "boolean"], name).toContain(input.type);
        expect(input.required, name).toBe(false);
        expect(input.default, name).toBeDefined();
        expect(name).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      }
      for (const [name, secret] of Object.entries(call.secrets ?? {})) {
        expect(secret.description?.length, name).toBeGreaterThan(10);
        // Optional: autodev works without an LLM or an App, with fewer capabilities.
        expect(secret.required, name).toBe(false);
      }
      for (const [name, output] of Object.entries(call.outputs ?? {})) {
        expect(output.description?.length, name).toBeGreaterThan(10);
        expect(output.value, name).toMatch(/^\$\{\{ jobs\.[\w-]+\.outputs\.[\w-]+ \}\}$/);
      }
    });
  }
});
