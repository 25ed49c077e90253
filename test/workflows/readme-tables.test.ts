import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { repoRoot } from "../support/workflow-files.js";

const script = join(repoRoot, "scripts/gen-readme-tables.mjs");
const actionPath = join(repoRoot, "action.yml");

function gen(...args: string[]) {
  const r = spawnSync(process.execPath, [script, ...args], { cwd: repoRoot, encoding: "utf8" });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

const readme = (() => {
  try {
    return readFileSync(join(repoRoot, "README.md"), "utf8");
  } catch {
    return "";
  }
})();
const hasMarkers =
  readme.includes("<!-- action-inputs:start -->") && readme.includes("<!-- action-outputs:start -->");
/** Markers with nothing between them: the tables were never generated (README.md is the lead's file). */
const neverGenerated = /<!-- action-inputs:start -->\s*<!-- action-inputs:end -->/.test(readme);

describe("README inputs/outputs tables", () => {
  // The lead owns README.md: until the markers exist and the tables were generated once there, there is
  // nothing to keep in step. From then on a stale table fails here.
  it.skipIf(!hasMarkers || neverGenerated)(
    "README.md matches action.yml (fill it: node scripts/gen-readme-tables.mjs)",
    () => {
      const r = gen("--check");
      expect(r.out).toContain("tables match");
      expect(r.status).toBe(0);
    },
  );

  const dir = mkdtempSync(join(tmpdir(), "autodev-readme-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const copy = join(dir, "README.md");
  const stale = [
    "# x",
    "<!-- action-inputs:start -->",
    "| old | table |",
    "<!-- action-inputs:end -->",
    "text between",
    "<!-- action-outputs:start -->",
    "<!-- action-outputs:end -->",
    "",
  ].join("\n");

  it("--check fails on a stale README, and generating fixes it", () => {
    writeFileSync(copy, stale);
    expect(gen("--check", "--readme", copy).status).toBe(1);
    expect(readFileSync(copy, "utf8")).toBe(stale);

    expect(gen("--readme", copy).status).toBe(0);
    expect(gen("--check", "--readme", copy).status).toBe(0);
    // Idempotent: a second run changes nothing.
    const once = readFileSync(copy, "utf8");
    gen("--readme", copy);
    expect(readFileSync(copy, "utf8")).toBe(once);
  });

  it("documents every input and output, keeping the text around the markers", () => {
    writeFileSync(copy, stale);
    gen("--readme", copy);
    const text = readFileSync(copy, "utf8");
    const action = parse(readFileSync(actionPath, "utf8")) as {
      inputs: Record<string, { required?: boolean }>;
      outputs: Record<string, unknown>;
    };
    for (const name of Object.keys(action.inputs))
      expect(text).toMatch(new RegExp(`^\\| \`${name}\` \\|`, "m"));
    for (const name of Object.keys(action.outputs))
      expect(text).toMatch(new RegExp(`^\\| \`${name}\` \\|`, "m"));
    expect(text).toMatch(/^\| `command` \|.*\| yes \|/m);
    expect(text).not.toContain("| old | table |");
    expect(text.startsWith("# x\n")).toBe(true);
    expect(text).toContain("text between");
    // Every table row has the same number of cells as its header: no description broke out of its cell.
    for (const line of text.split("\n").filter((l) => l.startsWith("| `"))) {
      const cells = line.replace(/\\\|/g, "").split("|").length;
      expect([4, 6]).toContain(cells);
    }
  });

  it("fills optional reusable-workflow tables with every input and secret", () => {
    writeFileSync(
      copy,
      stale +
        "<!-- workflow-inputs:autodev-auto-fix.yml:start -->\n<!-- workflow-inputs:autodev-auto-fix.yml:end -->\n",
    );
    expect(gen("--check", "--readme", copy).status).toBe(1);
    expect(gen("--readme", copy).status).toBe(0);
    const text = readFileSync(copy, "utf8");
    const wf = parse(readFileSync(join(repoRoot, ".github/workflows/autodev-auto-fix.yml"), "utf8")) as {
      on: { workflow_call: { inputs: Record<string, unknown>; secrets: Record<string, unknown> } };
    };
    const call = wf.on.workflow_call;
    for (const name of [...Object.keys(call.inputs), ...Object.keys(call.secrets)]) {
      expect(text).toMatch(new RegExp(`^\\| \`${name}\` \\| (input|secret)`, "m"));
    }
    expect(gen("--check", "--readme", copy).status).toBe(0);
  });

  it("says what is wrong when the markers are missing", () => {
    writeFileSync(copy, "# no markers\n");
    const r = gen("--check", "--readme", copy);
    expect(r.status).toBe(1);
    expect(r.out).toContain("<!-- action-inputs:start -->");
  });
});
