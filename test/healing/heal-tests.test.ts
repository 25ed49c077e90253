import { readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { analyzeText } from "../../src/analysis/analyze.js";
import { heal } from "../../src/healing/heal.js";
import { PROJECT_ROOT, cleanupRepos, makeRepo, toolOutput } from "./helpers.js";

afterEach(cleanupRepos);

describe("heal: test snapshots", () => {
  it("updates a stale vitest snapshot with vitest -u, proves it by re-running that test, and asks for review", async () => {
    const dir = makeRepo(
      {
        "package.json": '{ "type": "module" }\n',
        "src/greet.ts": "export const greet = (n: string) => `hi ${n}`;\n",
        "src/greet.test.ts":
          'import { expect, test } from "vitest";\nimport { greet } from "./greet.js";\n\ntest("greet", () => {\n  expect(greet("a")).toMatchSnapshot();\n});\n',
        "src/__snapshots__/greet.test.ts.snap":
          '// Vitest Snapshot v1, https://vitest.dev/guide/snapshot.html\n\nexports[`greet 1`] = `"hello a"`;\n',
      },
      { nodeModules: true },
    );
    const ci = "CI=true node_modules/.bin/vitest run";
    const { failures } = await analyzeText(toolOutput(dir, "sh", ["-c", ci]).join("\n"));
    // No verify command here (the rounds are tested elsewhere): the fixer's own re-run is the proof.
    const { report } = await heal({ repoDir: dir, failures });
    expect(report.outcome).toBe("healed");
    expect(report.files).toEqual(["src/__snapshots__/greet.test.ts.snap"]);
    expect(report.risk).toBe("review");
    expect(report.riskReasons.join()).toMatch(/snapshot-update made a tests change/);
    expect(readFileSync(join(dir, "src/__snapshots__/greet.test.ts.snap"), "utf8")).toContain('`"hi a"`');
  });

  it("updates a snapshot in a monorepo package with that package's own vitest, run from its folder", async () => {
    const snap =
      '// Vitest Snapshot v1, https://vitest.dev/guide/snapshot.html\n\nexports[`greet 1`] = `"hello a"`;\n';
    const dir = makeRepo({
      ".gitignore": "node_modules\n",
      "packages/web/package.json": '{ "type": "module" }\n',
      "packages/web/src/greet.ts": "export const greet = (n: string) => `hi ${n}`;\n",
      "packages/web/src/greet.test.ts":
        'import { expect, test } from "vitest";\nimport { greet } from "./greet.js";\n\ntest("greet", () => {\n  expect(greet("a")).toMatchSnapshot();\n});\n',
      "packages/web/src/__snapshots__/greet.test.ts.snap": snap,
    });
    symlinkSync(join(PROJECT_ROOT, "node_modules"), join(dir, "packages/web/node_modules"), "dir");
    const ci = "cd packages/web && CI=true node_modules/.bin/vitest run";
    const { failures } = await analyzeText(toolOutput(dir, "sh", ["-c", ci]).join("\n"));
    const { report } = await heal({ repoDir: dir, failures, verifyCommand: ci });
    expect(report.outcome).toBe("healed");
    expect(report.files).toEqual(["packages/web/src/__snapshots__/greet.test.ts.snap"]);
    expect(report.attempts[0]?.commands).toEqual(["(in packages/web) vitest run -u src/greet.test.ts"]);
    expect(readFileSync(join(dir, "packages/web/src/__snapshots__/greet.test.ts.snap"), "utf8")).toContain(
      '`"hi a"`',
    );
  });
});
