import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { cleanupRepos, git, makeRepo } from "./helpers.js";

afterEach(cleanupRepos);

async function cli(argv: string[], cwd: string) {
  let stdout = "";
  let stderr = "";
  const out = new PassThrough().on("data", (d) => (stdout += d));
  const err = new PassThrough().on("data", (d) => (stderr += d));
  const code = await runCli(argv, {
    cwd,
    stdout: out,
    stderr: err,
    stdin: Readable.from([]),
    env: process.env,
  });
  return { code, stdout, stderr };
}

const UGLY = "def f( a,b ):\n  return a+b\n";

describe("autodev heal --dir --command (the issue's interface)", () => {
  it("runs the failing command itself, heals, and prints the JSON report; then says already-passing", async () => {
    const dir = makeRepo({ "app.py": UGLY });
    const r = await cli(["heal", "--dir", dir, "--command", "black --check .", "--format", "json"], dir);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ outcome: "healed", reason: "healed", files: ["app.py"] });
    expect(report.verification.baseline).toMatchObject({ command: "black --check .", exitCode: 1 });
    expect(report.verification.final).toMatchObject({ exitCode: 0 });
    expect(report.attempts[0]).toMatchObject({ fixer: "black", strategy: "format", kept: true });
    expect(report.attempts[0].commands.length).toBeGreaterThan(0);
    expect(report.diffStats).toEqual([expect.objectContaining({ file: "app.py" })]);
    expect(readFileSync(join(dir, "app.py"), "utf8")).toBe("def f(a, b):\n    return a + b\n");

    git(dir, "commit", "-qam", "healed");
    const again = await cli(["heal", "--dir", dir, "--command", "black --check .", "--format", "json"], dir);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ outcome: "already-passing", attempts: [] });
  });

  it("--dry-run prints the markdown report and leaves the tree exactly as it was", async () => {
    const dir = makeRepo({ "app.py": UGLY });
    const r = await cli(
      ["heal", "--repo", dir, "--verify", "black --check .", "--dry-run", "--format", "markdown"],
      dir,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("## autodev: Healed and verified");
    expect(r.stdout).toMatch(/\| `\s?black\s?` \| format \| fixed \| yes \|/);
    expect(readFileSync(join(dir, "app.py"), "utf8")).toBe(UGLY);
    expect(git(dir, "status", "--porcelain")).toBe("");
  });

  it("exits 1 with unfixable and an unchanged tree on a logic bug", async () => {
    const files = {
      "calc.py": "def add(a, b):\n    return a - b\n",
      "test_calc.py": "from calc import add\n\n\ndef test_add():\n    assert add(2, 2) == 4\n",
    };
    const dir = makeRepo(files);
    const r = await cli(["heal", "--dir", dir, "--command", "python3 -m pytest -q -p no:cacheprovider"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Could not heal (unfixable)");
    for (const [f, c] of Object.entries(files)) expect(readFileSync(join(dir, f), "utf8")).toBe(c);
    expect(git(dir, "status", "--porcelain")).toBe("");
  });

  it("exits 2 on bad usage", async () => {
    const dir = makeRepo({ "a.py": "x = 1\n" });
    expect((await cli(["heal", "--dir", dir], dir)).code).toBe(2);
    expect((await cli(["heal", "--dir", dir, "--command", "true", "--format", "yaml"], dir)).code).toBe(2);
    expect((await cli(["heal", "--dir", join(dir, "nope"), "--command", "true"], dir)).code).toBe(2);
  });
});
