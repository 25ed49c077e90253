import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { analyzeText } from "../../src/analysis/analyze.js";
import { nodeRunner } from "../../src/healing/exec.js";
import { heal } from "../../src/healing/heal.js";
import { PROJECT_ROOT, cleanupRepos, git, makeRepo } from "./helpers.js";

/**
 * Real pip and real go against local package sources made in the test: a --find-links folder
 * of tiny wheels (pip) and a file:// GOPROXY folder (go). Nothing leaves the machine.
 *
 * pip here: `pip install --target <dir>` works without a virtualenv and without touching the
 * interpreter's site-packages (so an externally-managed system Python is no obstacle either);
 * PIP_NO_INDEX and PIP_FIND_LINKS are pip's own environment settings, as a CI job would set them.
 */

const doubles = join(PROJECT_ROOT, "test/healing/deps-doubles");
const scratch = mkdtempSync(join(tmpdir(), "autodev-deps-doubles-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
afterEach(cleanupRepos);

async function healCi(dir: string, ci: string, env: NodeJS.ProcessEnv) {
  const runner = nodeRunner(env);
  const first = await runner.run("sh", ["-c", ci], { cwd: dir, timeoutMs: 120_000 });
  expect(first.exitCode).not.toBe(0);
  const output = `${first.stdout}\n${first.stderr}`;
  const { failures } = await analyzeText(output);
  const result = await heal({ repoDir: dir, failures, verifyCommand: ci, runner, timeoutMs: 120_000 });
  return { ...result, output };
}

describe("heal: a requirements pin to a version the index does not have", () => {
  const wheels = join(scratch, "wheels");
  execFileSync("python3", [
    join(doubles, "mkwheels.py"),
    wheels,
    "tinycalc==1.0:def add(a, b):\\n    return a + b\\n",
    "tinycalc==1.2:def add(a, b):\\n    return a + b\\n",
    "tinycalc==2.0:def add(a, b):\\n    return a - b\\n",
    "other-lib==0.5",
  ]);
  const env = {
    ...process.env,
    PIP_NO_INDEX: "1",
    PIP_FIND_LINKS: wheels,
    PIP_DISABLE_PIP_VERSION_CHECK: "1",
  };
  const ci =
    "python3 -m pip install -q --upgrade --target .deps -r requirements.txt && PYTHONPATH=.deps python3 -m pytest -q -p no:cacheprovider";
  const project = (requirements: string) =>
    makeRepo({
      ".gitignore": ".deps/\n__pycache__/\n",
      "requirements.txt": requirements,
      "test_calc.py": "from tinycalc import add\n\n\ndef test_add():\n    assert add(2, 3) == 5\n",
    });

  it("moves ==1.5 to the highest 1.x pip lists below it (1.2), keeping the rest of the line", async () => {
    const dir = project("# runtime\nother-lib==0.5\ntinycalc == 1.5  ; python_version >= '3'  # pinned\n");
    const { report, output } = await healCi(dir, ci, env);
    expect(output).toMatch(/from versions: 1\.0, 1\.2, 2\.0/);
    expect(report.outcome).toBe("healed");
    // From pip's own list alone: the attempt ran no program.
    expect(report.attempts.find((a) => a.kept)).toMatchObject({
      fixer: "pip-pin-version",
      commands: ["pin requirements.txt:3 tinycalc==1.5 → 1.2"],
    });
    expect(readFileSync(join(dir, "requirements.txt"), "utf8")).toBe(
      "# runtime\nother-lib==0.5\ntinycalc == 1.2  ; python_version >= '3'  # pinned\n",
    );
    expect(report.files).toEqual(["requirements.txt"]);
  });

  it("does not downgrade a pin that exists but fails the tests (==2.0)", async () => {
    const dir = project("tinycalc==2.0\n");
    const { report } = await healCi(dir, ci, env);
    expect(report.outcome).toBe("unfixable");
    expect(report.attempts.some((a) => a.fixer === "pip-pin-version")).toBe(false);
    expect(git(dir, "status", "--porcelain")).toBe("");
  });

  it("leaves hashed pins alone: a new version needs new hashes only the index can give", async () => {
    const dir = project(
      "tinycalc==1.5 --hash=sha256:0000000000000000000000000000000000000000000000000000000000000000\n",
    );
    const { report } = await healCi(dir, ci, env);
    expect(report.outcome).toBe("unfixable");
    expect(git(dir, "status", "--porcelain")).toBe("");
  });
});

describe("heal: a go.mod require of a version the module proxy does not have", () => {
  const proxy = join(scratch, "goproxy");
  const add = (v: string, body = "a + b") =>
    `example.com/calc@${v}:package calc\\n\\nfunc Add(a, b int) int { return ${body} }\\n`;
  execFileSync("python3", [
    join(doubles, "mkgoproxy.py"),
    proxy,
    add("v1.0.0"),
    add("v1.2.0"),
    add("v1.3.1", "a - b"),
    add("v2.0.0"),
  ]);
  const env = {
    ...process.env,
    GOPROXY: `file://${proxy}`,
    GOSUMDB: "off",
    GOFLAGS: "-modcacherw",
    GOMODCACHE: join(scratch, "modcache"),
  };
  const ci = "go mod download && go test ./...";
  const project = (version: string) =>
    makeRepo({
      "go.mod": `module example.com/app\n\ngo 1.19\n\nrequire (\n\texample.com/calc ${version} // arithmetic\n)\n`,
      "app.go": 'package app\n\nimport "example.com/calc"\n\nfunc Sum() int { return calc.Add(2, 3) }\n',
      "app_test.go":
        'package app\n\nimport "testing"\n\nfunc TestSum(t *testing.T) {\n\tif Sum() != 5 {\n\t\tt.Fatal("bad sum")\n\t}\n}\n',
    });

  it("moves v1.2.5 to the nearest listed version at or below it (v1.2.0), and go mod tidy writes go.sum", async () => {
    const dir = project("v1.2.5");
    const { report, output } = await healCi(dir, ci, env);
    expect(output).toMatch(/example\.com\/calc@v1\.2\.5/);
    expect(report.outcome).toBe("healed");
    const kept = report.attempts.find((a) => a.kept);
    expect(kept).toMatchObject({ fixer: "go-pin-version" });
    expect(kept?.commands).toContain("go list -m -versions example.com/calc");
    // go mod tidy folds the one-entry block into a single require line.
    expect(readFileSync(join(dir, "go.mod"), "utf8")).toMatch(
      /^require example\.com\/calc v1\.2\.0 \/\/ arithmetic$/m,
    );
    expect(readFileSync(join(dir, "go.sum"), "utf8")).toMatch(/^example\.com\/calc v1\.2\.0 h1:/m);
    expect(report.files.sort()).toEqual(["go.mod", "go.sum"]);
  });

  it("does not downgrade a version that exists but fails the tests (v1.3.1)", async () => {
    const dir = project("v1.3.1");
    // A consistent module (go.sum committed), so the only failure is the test.
    execFileSync("go", ["mod", "tidy"], { cwd: dir, env });
    git(dir, "add", "-A");
    git(dir, "commit", "-q", "-m", "sum");
    const { report } = await healCi(dir, ci, env);
    expect(report.outcome).toBe("unfixable");
    expect(git(dir, "status", "--porcelain")).toBe("");
  });

  it("moves nothing when the proxy cannot list the module", async () => {
    const dir = project("v1.2.5");
    const { report } = await healCi(dir, ci, { ...env, GOPROXY: `file://${join(scratch, "empty-proxy")}` });
    expect(report.outcome).toBe("unfixable");
    expect(report.attempts.find((a) => a.fixer === "go-pin-version")?.status).toBe("skipped");
    expect(git(dir, "status", "--porcelain")).toBe("");
  });
});
