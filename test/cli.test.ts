import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { runCli } from "../src/cli/main.js";

function capture() {
  const s = new PassThrough();
  let text = "";
  s.on("data", (d) => (text += d));
  return { stream: s, text: () => text };
}

async function cli(argv: string[], stdin = "") {
  const out = capture();
  const err = capture();
  const code = await runCli(argv, {
    stdout: out.stream,
    stderr: err.stream,
    stdin: Readable.from([Buffer.from(stdin)]),
  });
  return { code, stdout: out.text(), stderr: err.text() };
}

const LOG = [
  "2026-11-20T10:00:00.0000000Z ##[group]Run ./build.sh",
  "2026-11-20T10:00:00.0000000Z ##[endgroup]",
  "2026-11-20T10:00:01.0000000Z fatal error: could not open output file build/out.o",
  "2026-11-20T10:00:01.0000000Z ##[error]Process completed with exit code 1.",
].join("\n");

describe("autodev CLI", () => {
  it("analyzes a log file to the documented JSON schema", async () => {
    const dir = mkdtempSync(join(tmpdir(), "autodev-cli-"));
    writeFileSync(join(dir, "job.log"), LOG);
    const r = await cli(["analyze", "--log", join(dir, "job.log")]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.schemaVersion).toBe(1);
    expect(json.status).toBe("failed");
    const f = json.failures[0];
    expect(Object.keys(f).sort()).toEqual(
      [
        "autoFixable",
        "category",
        "context",
        "excerpt",
        "fingerprint",
        "locations",
        "message",
        "severity",
        "step",
        "strategy",
        "suggestion",
        "tool",
      ].sort(),
    );
    expect(f.excerpt).toContain("fatal error: could not open output file build/out.o");
    expect(f.step).toBe("Run ./build.sh");
  });

  it("reads stdin with --log - and prints markdown and text", async () => {
    const md = await cli(["analyze", "--log", "-", "--format", "markdown"], LOG);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^### autodev analysis: failed, 1 failure/);
    expect(md.stdout).toContain("could not open output file");
    const text = await cli(["analyze", "--log=-", "--format=text"], LOG);
    expect(text.stdout).toMatch(/^status: failed/);
  });

  it("says what is wrong with bad input, exit 2", async () => {
    const missing = await cli(["analyze", "--log", "/nonexistent/ci.log"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no such file");
    const fmt = await cli(["analyze", "--log", "-", "--format", "yaml"]);
    expect(fmt.code).toBe(2);
    expect(fmt.stderr).toContain("--format must be one of json, markdown, text");
    const unknown = await cli(["analyze", "--logs", "x"]);
    expect(unknown.stderr).toContain("Unknown option --logs");
    const cmd = await cli(["analyse"]);
    expect(cmd.code).toBe(2);
    expect(cmd.stderr).toContain('Unknown command "analyse"');
    expect((await cli(["analyze"])).stderr).toContain("--log is required");
  });
});
