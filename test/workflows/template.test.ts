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
