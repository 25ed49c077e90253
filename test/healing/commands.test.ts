import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { healAction } from "../../src/action/commands/heal.js";
import { runCli } from "../../src/cli/main.js";
import { ConfigurationError } from "../../src/util/errors.js";
import { recordingIO } from "../support/action-io.js";
import { FakeLLM } from "./fake-llm.js";
import { cleanupRepos, exitCode, makeRepo, toolOutput } from "./helpers.js";

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

describe("autodev heal (CLI)", () => {
  it("analyzes a saved CI log, heals the checkout and writes the proposal", async () => {
    const dir = makeRepo({ "app.py": UGLY, ".gitignore": "ci.log\nproposal/\n" });
    writeFileSync(join(dir, "ci.log"), toolOutput(dir, "black", ["--check", "."]).join("\n"));
    const r = await cli(
      ["heal", "--log", "ci.log", "--verify", "black --check .", "--proposal-dir", "proposal"],
      dir,
    );
    expect(r.stderr).not.toMatch(/error/);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Healed and verified");
    expect(exitCode(dir, "black", ["--check", "."])).toBe(0);
    const manifest = JSON.parse(readFileSync(join(dir, "proposal/proposal.json"), "utf8"));
    expect(manifest).toMatchObject({ outcome: "healed", files: ["app.py"] });
  });

  it("--dry-run writes the proposal but leaves the tree as it was; --format json prints the report", async () => {
    const dir = makeRepo({ "app.py": UGLY, ".gitignore": "*.json\nout/\n" });
    const findings = {
      schemaVersion: 1,
      failures: [
        {
          category: "format_error",
          severity: "low",
          tool: "black",
          message: "app.py is not formatted",
          locations: [{ file: "app.py" }],
          excerpt: ["would reformat app.py"],
          context: [],
          fingerprint: "0123456789abcdef",
          strategy: "format",
          autoFixable: true,
          suggestion: "",
          rule: "black.would-reformat",
          lines: [1],
        },
      ],
    };
    writeFileSync(join(dir, "findings.json"), JSON.stringify(findings));
    const r = await cli(
      ["heal", "--findings", "findings.json", "--dry-run", "--format", "json", "--proposal-dir", "out"],
      dir,
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ outcome: "healed", fingerprint: "0123456789abcdef" });
    expect(readFileSync(join(dir, "app.py"), "utf8")).toBe(UGLY);
    expect(readFileSync(join(dir, "out/changes.patch"), "utf8")).toContain("+def f(a, b):");
  });

  it("--llm-model asks an OpenAI-compatible endpoint with the key from the environment", async () => {
    const dir = makeRepo({ "calc.py": "def add(a, b):\n    return a - b\n", ".gitignore": "f.json\n" });
    const fix =
      "```diff\n--- a/calc.py\n+++ b/calc.py\n@@ -1,2 +1,2 @@\n def add(a, b):\n-    return a - b\n+    return a + b\n```";
    const llm = await new FakeLLM([{ content: fix }]).start();
    try {
      writeFileSync(
        join(dir, "f.json"),
        JSON.stringify([
          {
            category: "test_failure",
            tool: "pytest",
            message: "assert -1 == 5",
            locations: [{ file: "calc.py", line: 2 }],
            fingerprint: "aa11",
            strategy: "tests",
            rule: "r",
          },
        ]),
      );
      let stdout = "";
      const code = await runCli(
        [
          "heal",
          "--findings",
          "f.json",
          "--verify",
          `python3 -c "from calc import add; assert add(2, 3) == 5"`,
          "--llm-model",
          "m",
          "--llm-base-url",
          llm.baseUrl,
        ],
        {
          cwd: dir,
          stdout: new PassThrough().on("data", (d) => (stdout += d)),
          stderr: new PassThrough(),
          stdin: Readable.from([]),
          env: { ...process.env, AUTODEV_LLM_API_KEY: "sk-test-key-0123456789abcdef" },
        },
      );
      expect(code).toBe(0);
      expect(stdout).toContain("Healed and verified");
      expect(llm.requests[0].body.model).toBe("m");
      expect(llm.requests[0].auth).toBe("Bearer sk-test-key-0123456789abcdef");
      expect(stdout).not.toContain("sk-test-key");
    } finally {
      await llm.stop();
    }
  });

  it("bad usage exits 2 with a message that says what to pass", async () => {
    const dir = makeRepo({ "a.py": "x = 1\n" });
    expect((await cli(["heal"], dir)).stderr).toMatch(/--findings .* or --log/);
    const r = await cli(["heal", "--log", "missing.log"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no such file/);
    writeFileSync(join(dir, "f.json"), "[]");
    const s = await cli(["heal", "--findings", "f.json", "--strategies", "format,magic"], dir);
    expect(s.code).toBe(2);
    expect(s.stderr).toMatch(/unknown strategy "magic"/);
  });
});

describe("command: heal (action)", () => {
  it("heals from the findings input, writes the proposal where asked and sets string outputs", async () => {
    const dir = makeRepo({ "app.py": UGLY });
    const findings = JSON.stringify({
      failures: [
        {
          category: "format_error",
          tool: "black",
          message: "x",
          locations: [{ file: "app.py" }],
          excerpt: [],
          fingerprint: "feedfacecafe0001",
          strategy: "format",
          rule: "black.would-reformat",
        },
      ],
    });
    const proposal = join(dir, "..", `${dir.split("/").pop()}-out`);
    const io = recordingIO(
      { command: "heal", findings, "verify-command": "black --check .", "proposal-dir": proposal },
      { ...process.env, GITHUB_WORKSPACE: dir, AUTODEV_LLM_API_KEY: "", GITHUB_REPOSITORY: "" },
    );
    await healAction.run(io);
    expect(io.outputs).toMatchObject({ outcome: "healed", fingerprint: "feedfacecafe0001", risk: "low" });
    expect(JSON.parse(io.outputs.files)).toEqual(["app.py"]);
    expect(existsSync(join(proposal, "changes.patch"))).toBe(true);
    expect(io.summaries[0]).toContain("Healed and verified");
    for (const v of Object.values(io.outputs)) expect(typeof v).toBe("string");
  });

  it("redacts secrets a verify command printed before they reach report.md, report.json or the summary (SEC-01)", async () => {
    const canary = "sk-canary-7c1e9b2a4d6f8e0a1b3c5d7e";
    // The repo's test prints a key it should not; heal's own commands never see the real env key.
    const dir = makeRepo({ "app.py": UGLY, "leak.sh": `echo "token=${canary}"; black --check .\n` });
    const findings = JSON.stringify([
      {
        category: "format_error",
        tool: "black",
        message: "x",
        locations: [{ file: "app.py" }],
        fingerprint: "ab12",
        strategy: "format",
        rule: "r",
      },
    ]);
    const proposal = join(dir, "..", `${dir.split("/").pop()}-redact`);
    const io = recordingIO(
      { command: "heal", findings, "verify-command": "sh leak.sh", "proposal-dir": proposal },
      { ...process.env, GITHUB_WORKSPACE: dir, AUTODEV_LLM_API_KEY: canary, GITHUB_REPOSITORY: "" },
    );
    await healAction.run(io);
    expect(io.secrets).toContain(canary);
    for (const f of ["report.md", "report.json"])
      expect(readFileSync(join(proposal, f), "utf8")).not.toContain(canary);
    expect(readFileSync(join(proposal, "report.json"), "utf8")).toContain("[REDACTED]");
    expect(io.emitted()).not.toContain(canary);
  });

  it("refuses inputs that point outside the workspace or name no failure source", async () => {
    const dir = makeRepo({ "a.py": "x = 1\n" });
    const env = { GITHUB_WORKSPACE: dir };
    await expect(healAction.run(recordingIO({ command: "heal" }, env))).rejects.toThrow(ConfigurationError);
    await expect(
      healAction.run(recordingIO({ command: "heal", "log-path": "../../etc/passwd" }, env)),
    ).rejects.toThrow(/outside the workspace/);
    await expect(
      healAction.run(recordingIO({ command: "heal", "run-id": "1; rm -rf /" }, env)),
    ).rejects.toThrow(/run-id must be a number/);
  });
});
