import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runAction } from "../../src/action/main.js";
import type { ActionIO } from "../../src/action/types.js";
import { silentLogger } from "../../src/util/logger.js";

const root = join(import.meta.dirname, "..", "..");

const LOG = [
  "2026-11-20T10:00:00.0000000Z ##[group]Run make",
  "2026-11-20T10:00:00.0000000Z ##[endgroup]",
  "2026-11-20T10:00:01.0000000Z src/main.c:12:5: error: expected ';' before 'return'",
  "2026-11-20T10:00:01.0000000Z make: *** [Makefile:4: main.o] Error 1",
  "2026-11-20T10:00:01.0000000Z ##[error]Process completed with exit code 2.",
].join("\n");

function recorder(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) {
  const outputs: Record<string, string> = {};
  const annotations: Array<{ level: string; message: string; props?: Record<string, unknown> }> = [];
  let summary = "";
  const io: ActionIO = {
    getInput: (n) => inputs[n] ?? "",
    setOutput: (n, v) => (outputs[n] = v),
    summary: async (m) => void (summary += m),
    annotate: (level, message, props) => annotations.push({ level, message, props }),
    setSecret: () => {},
    env,
    logger: silentLogger,
  };
  return { io, outputs, annotations, summary: () => summary };
}

describe("action command analyze", () => {
  it("sets findings, category and fingerprint, annotates and writes a summary", async () => {
    const dir = mkdtempSync(join(tmpdir(), "autodev-action-"));
    writeFileSync(join(dir, "job.log"), LOG);
    const r = recorder({ command: "analyze", "log-path": "job.log" }, { GITHUB_WORKSPACE: dir });
    await runAction(r.io);
    const findings = JSON.parse(r.outputs.findings);
    expect(findings.status).toBe("failed");
    expect(r.outputs.category).toBe(findings.failures[0].category);
    expect(r.outputs.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(r.annotations[0].level).toBe("error");
    expect(r.annotations[0].props?.file).toBe("src/main.c");
    expect(r.annotations[0].props?.startLine).toBe(12);
    expect(r.summary()).toContain("autodev analysis: failed");
  });

  it("rejects a missing command or log with a message that says what was expected", async () => {
    await expect(runAction(recorder({}).io)).rejects.toThrow(/Input 'command' is required/);
    await expect(runAction(recorder({ command: "analyse" }).io)).rejects.toThrow(/Expected one of: analyze/);
    await expect(runAction(recorder({ command: "analyze" }).io)).rejects.toThrow(/log-path is required/);
    await expect(
      runAction(recorder({ command: "analyze", "log-path": "nope.log" }, { GITHUB_WORKSPACE: "/tmp" }).io),
    ).rejects.toThrow(/does not exist/);
  });

  it.skipIf(!existsSync(join(root, "dist", "index.js")))(
    "runs as the bundled process with the runner's environment",
    () => {
      const dir = mkdtempSync(join(tmpdir(), "autodev-dist-"));
      writeFileSync(join(dir, "job.log"), LOG);
      const out = join(dir, "out.txt");
      const summary = join(dir, "summary.md");
      writeFileSync(out, "");
      writeFileSync(summary, "");
      const env = {
        PATH: process.env.PATH,
        INPUT_COMMAND: "analyze",
        "INPUT_LOG-PATH": "job.log",
        GITHUB_WORKSPACE: dir,
        GITHUB_OUTPUT: out,
        GITHUB_STEP_SUMMARY: summary,
      };
      const r = spawnSync(process.execPath, [join(root, "dist", "index.js")], { env, encoding: "utf8" });
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/::error title=autodev.*file=src\/main\.c,line=12/);
      const outputs = readFileSync(out, "utf8");
      expect(outputs).toMatch(/^category<<ghadelimiter_/m);
      expect(outputs).toContain('"status":"failed"');
      expect(readFileSync(summary, "utf8")).toContain("autodev analysis: failed");

      const bad = spawnSync(process.execPath, [join(root, "dist", "index.js")], {
        env: { ...env, INPUT_COMMAND: "nope" },
        encoding: "utf8",
      });
      expect(bad.status).toBe(1);
      expect(bad.stdout).toContain("::error::Input 'command' is \"nope\"");
    },
  );
});
