/** CTL-05 and PI-07: the low-risk verdict comes from the patch alone. */
import { describe, expect, it } from "vitest";
import { checkPatch } from "../../src/policy/patch.js";
import { classifyRisk } from "../../src/policy/risk.js";
import { DEFAULT_CONFIG } from "../../src/policy/config.js";
import { checkPatch as guardPatch } from "../../src/healing/patch-guard.js";

function edit(path: string, removed: string[], added: string[]): string {
  return [
    `diff --git a/${path} b/${path}`,
    "index 1111111..2222222 100644",
    `--- a/${path}`,
    `+++ b/${path}`,
    `@@ -1,${removed.length} +1,${added.length} @@`,
    ...removed.map((l) => `-${l}`),
    ...added.map((l) => `+${l}`),
    "",
  ].join("\n");
}

const verdict = (patch: string) =>
  classifyRisk({ check: checkPatch({ patch, limits: DEFAULT_CONFIG.limits }), patch });

describe("low-risk classifier", () => {
  it("calls a small formatting edit low risk", () => {
    expect(verdict(edit("src/a.ts", ["export const x = {a:1}"], ["export const x = { a: 1 };"]))).toEqual({
      low: true,
      reasons: [],
    });
  });

  it.each([
    ["a skipped test", edit("src/a.test.ts", ['it("works", () => {'], ['it.skip("works", () => {'])],
    ["|| true", edit("scripts/ci.sh", ["npm test"], ["npm test || true"])],
    ["@ts-ignore", edit("src/a.ts", ["const x: number = y;"], ["// @ts-ignore", "const x: number = y;"])],
    ["eslint-disable", edit("src/a.ts", ["foo()"], ["// eslint-disable-next-line", "foo()"])],
    ["a dependency change", edit("package.json", ['  "x": "1.0.0"'], ['  "x": "1.0.1"'])],
    ["a lockfile", edit("yarn.lock", ["x@1"], ["x@2"])],
    ["deleted test lines", edit("test/a.test.ts", ["expect(a).toBe(1);", "expect(b).toBe(2);"], [])],
    [
      "too many lines",
      edit(
        "src/a.ts",
        [],
        Array.from({ length: 60 }, (_, i) => `const v${i} = ${i};`),
      ),
    ],
  ])("needs review for %s (PI-07)", (_name, patch) => {
    const v = verdict(patch);
    expect(v.low).toBe(false);
    expect(v.reasons.length).toBeGreaterThan(0);
  });

  // One list behind both gates: every line heal's guard flags for a human is also not low risk.
  it.each([
    ["src/a_test.go", '\tt.Skip("flaky")'],
    ["src/A.java", "@Disabled"],
    ["src/B.java", "@Ignore"],
    ["tests/test_a.py", "@pytest.mark.xfail"],
    ["src/a.py", "x = f()  # type: ignore"],
    ["src/a.py", "import os  # noqa"],
    ["src/a.go", "x := f() //nolint"],
    ["scripts/ci.sh", "set +e"],
    [".ci/config.yml", "continue-on-error: true"],
    ["setup.cfg", "fail_under = 10 # coverage minimum"],
  ])("the heal guard and the risk classifier both flag %s: %s", (path, line) => {
    const patch = edit(path, ["x"], ["x", line]);
    const flags = guardPatch({ patch }).flags;
    expect(flags.length, flags.join("\n")).toBeGreaterThan(0);
    const v = verdict(patch);
    expect(v.low).toBe(false);
    for (const f of flags) expect(v.reasons).toContain(`an added line ${f.slice(f.indexOf(": ") + 2)}`);
  });
});
