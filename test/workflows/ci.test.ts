import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { repoRoot } from "../support/workflow-files.js";

/**
 * GitHub CI runs the same entry as every other CI (.ci/run); only the Debian packages are installed
 * first, with sudo. The two package lists must not drift, or CI passes with tools .ci/run lacks.
 */
interface Step {
  run?: string;
  uses?: string;
}
const ci = parse(readFileSync(join(repoRoot, ".github/workflows/ci.yml"), "utf8")) as {
  jobs: Record<string, { steps: Step[] }>;
};
const ciRun = readFileSync(join(repoRoot, ".ci/run"), "utf8");

describe(".github/workflows/ci.yml", () => {
  it("installs exactly the Debian packages .ci/run installs", () => {
    const fromCiRun = /packages=\(([^)]*)\)/.exec(ciRun)?.[1]?.trim().split(/\s+/) ?? [];
    expect(fromCiRun.length).toBeGreaterThan(3);
    const install = ci.jobs.test!.steps.find((s) => s.run?.includes("apt-get install"))!.run!;
    const fromCi = install
      .slice(install.indexOf("--no-install-recommends") + "--no-install-recommends".length)
      .replace(/\\\n/g, " ")
      .trim()
      .split(/\s+/);
    expect([...fromCi].sort()).toEqual([...fromCiRun].sort());
  });

  it("runs .ci/run for the tests and rebuilds dist/ to compare it", () => {
    expect(ci.jobs.test!.steps.some((s) => s.run === "bash .ci/run")).toBe(true);
    const dist = ci.jobs["check-dist"]!.steps.map((s) => s.run ?? "").join("\n");
    expect(dist).toContain("npm run build");
    expect(dist).toContain("git diff --quiet --exit-code -- dist/");
  });
});
