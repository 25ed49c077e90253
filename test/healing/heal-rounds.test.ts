import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { analyzeText } from "../../src/analysis/analyze.js";
import { heal } from "../../src/healing/heal.js";
import type { Fixer } from "../../src/healing/types.js";
import { cleanupRepos, failure, git, makeRepo, toolOutput } from "./helpers.js";

afterEach(cleanupRepos);

const CHAIN = "isort --check-only app && black --check app && flake8 app";

describe("heal: rounds over a chained CI command", () => {
  it("fixes what each run of the chain reveals until it passes, starting from the real analyzer's findings", async () => {
    const dir = makeRepo({
      "app/__init__.py": "",
      "app/shop.py":
        "import sys\nimport os\nimport json\n\ndef total( prices ):\n    return sum(prices)\n\nprint(total([1]), file=sys.stderr)\n",
      "pyproject.toml": '[tool.isort]\nprofile = "black"\n',
    });
    const log = toolOutput(dir, "sh", ["-c", CHAIN]).join("\n");
    const analysis = await analyzeText(log);
    expect(analysis.failures.map((f) => f.tool)).toEqual(["isort"]); // the chain stopped at isort
    const { report } = await heal({ repoDir: dir, failures: analysis.failures, verifyCommand: CHAIN });
    expect(report.outcome).toBe("healed");
    expect(report.attempts.filter((a) => a.status === "fixed").map((a) => a.fixer)).toEqual([
      "isort",
      "black",
      "python-unused-import",
    ]);
    expect(report.verification.final?.exitCode).toBe(0);
    expect(toolOutput(dir, "sh", ["-c", `${CHAIN} && echo CLEAN`])).toContain("CLEAN");
  });

  it("undoes everything when the verify command then fails in a file heal changed", async () => {
    const dir = makeRepo({
      "m.py": "x = 1\n",
      "test_m.py": "from m import x\n\n\ndef test_x():\n    assert x == 1\n",
    });
    // A fixer whose own check is satisfied but whose change breaks the module: the verify run must catch it.
    const breaking: Fixer = {
      id: "breaks-things",
      strategy: "format",
      claims: () => true,
      async fix(ctx) {
        writeFileSync(join(ctx.repoDir, "m.py"), "x = (\n");
        return { commands: ["edit m.py"] };
      },
      async check() {
        return { ok: true, command: "true", output: "" };
      },
    };
    const { report, patch } = await heal({
      repoDir: dir,
      failures: [failure({ tool: "black", locations: [{ file: "m.py" }] })],
      verifyCommand: "python3 -m py_compile m.py && python3 -c 'import m; assert m.x == 2'",
      fixers: [breaking],
    });
    expect([report.outcome, report.reason]).toEqual(["unfixable", "failed"]);
    expect(report.attempts[0].status).toBe("regressed");
    expect(patch).toBe("");
    expect(readFileSync(join(dir, "m.py"), "utf8")).toBe("x = 1\n");
    expect(git(dir, "status", "--porcelain", "--untracked-files=no")).toBe("");
  });
});
