import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runComposite } from "../support/composite.js";
import { repoRoot } from "../support/workflow-files.js";

/**
 * action.yml run as the runner runs a composite: its own steps in bash, with `${{ }}` evaluated. A stub
 * bundle reads every input through @actions/core and echoes them as an output, so the whole path
 * input → INPUT_* → core.getInput → core.setOutput → GITHUB_OUTPUT → action output is exercised; the
 * real bundle runs too once dist/ is built.
 */
const temp = mkdtempSync(join(tmpdir(), "autodev-action-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const manifest = parse(readFileSync(join(repoRoot, "action.yml"), "utf8")) as {
  inputs: Record<string, unknown>;
};
const inputNames = Object.keys(manifest.inputs);

function stubAction(): string {
  const dir = join(temp, "stub-action");
  mkdirSync(join(dir, "dist"), { recursive: true });
  copyFileSync(join(repoRoot, "action.yml"), join(dir, "action.yml"));
  const core = pathToFileURL(join(repoRoot, "node_modules/@actions/core/lib/core.js")).href;
  writeFileSync(
    join(dir, "dist/index.js"),
    `import * as core from ${JSON.stringify(core)};\n` +
      `const names = ${JSON.stringify(inputNames)};\n` +
      `core.setOutput("findings", JSON.stringify({ cwd: process.cwd(), inputs: Object.fromEntries(names.map((n) => [n, core.getInput(n)])) }));\n` +
      `core.setOutput("status", "multi\\nline");\n`,
  );
  writeFileSync(join(dir, "dist/package.json"), '{ "type": "module" }\n');
  return dir;
}

/** A `node` that reports an old version to the probe and runs the real one otherwise. */
function oldNodeOnPath(): string {
  const bin = join(temp, "old-node-bin");
  mkdirSync(bin, { recursive: true });
  writeFileSync(
    join(bin, "node"),
    `#!/bin/sh\nif [ "$1" = "-p" ]; then echo 20; exit 0; fi\nexec ${JSON.stringify(process.execPath)} "$@"\n`,
  );
  chmodSync(join(bin, "node"), 0o755);
  return `${bin}${delimiter}${process.env.PATH}`;
}

const nodeOnPath = `${join(process.execPath, "..")}${delimiter}${process.env.PATH}`;

describe("the composite action, run step by step", () => {
  const actionDir = stubAction();
  const workspace = join(temp, "workspace");
  mkdirSync(join(workspace, "sub"), { recursive: true });

  it("hands every input to the bundle, defaults included, and maps its outputs", () => {
    const run = runComposite({
      actionDir,
      workspace,
      env: { PATH: nodeOnPath },
      inputs: { command: "analyze", "log-path": "a b/$(touch pwned).log", "working-directory": "sub" },
    });
    const echoed = JSON.parse(run.outputs.findings!) as { cwd: string; inputs: Record<string, string> };
    expect(echoed.inputs.command).toBe("analyze");
    // Passed through env, so shell syntax in a value is data.
    expect(echoed.inputs["log-path"]).toBe("a b/$(touch pwned).log");
    expect(existsSync(join(workspace, "sub", "pwned"))).toBe(false);
    expect(echoed.inputs["github-token"]).toBe("ghs_fake_token_for_tests");
    expect(echoed.inputs["proposal-dir"]).toBe("autodev-proposal");
    expect(echoed.inputs["autodev-enabled"]).toBe("");
    expect(echoed.cwd).toBe(join(workspace, "sub"));
    expect(run.outputs.status).toBe("multi\nline");
  });

  const setupNode = (run: ReturnType<typeof runComposite>) =>
    run.steps.find((s) => s.uses?.startsWith("actions/setup-node@"))?.ran;

  it("leaves a Node 24+ runner alone", () => {
    const run = runComposite({
      actionDir,
      workspace,
      env: { PATH: nodeOnPath },
      inputs: { command: "analyze" },
    });
    expect(setupNode(run)).toBe(false);
    expect(run.outputs.findings).toContain('"command":"analyze"');
  });

  it("with an older node, runs the tool cache's Node 24 by path and leaves PATH to the project", () => {
    const toolCache = join(temp, "toolcache");
    for (const version of ["22.11.0", "24.1.0", "24.9.0"]) {
      const bin = join(toolCache, "node", version, "x64", "bin");
      mkdirSync(bin, { recursive: true });
      writeFileSync(
        join(bin, "node"),
        `#!/bin/sh
echo ${version} > "$MARK"
exec ${JSON.stringify(process.execPath)} "$@"
`,
      );
      chmodSync(join(bin, "node"), 0o755);
    }
    const mark = join(temp, "which-node");
    const run = runComposite({
      actionDir,
      workspace,
      env: { PATH: oldNodeOnPath(), RUNNER_TOOL_CACHE: toolCache, MARK: mark },
      inputs: { command: "analyze" },
    });
    expect(setupNode(run)).toBe(false);
    // The newest 24.x ran the bundle; the job's PATH was not touched (no setup-node).
    expect(readFileSync(mark, "utf8").trim()).toBe("24.9.0");
    expect(run.outputs.findings).toContain('"command":"analyze"');
  });

  it("installs Node 24 only when neither the runner nor its tool cache has it, unless told to skip", () => {
    const empty = join(temp, "empty-toolcache");
    mkdirSync(empty, { recursive: true });
    const old = runComposite({
      actionDir,
      workspace,
      env: { PATH: oldNodeOnPath(), RUNNER_TOOL_CACHE: empty },
      inputs: { command: "analyze" },
    });
    expect(setupNode(old)).toBe(true);
    const skipped = runComposite({
      actionDir,
      workspace,
      env: { PATH: oldNodeOnPath(), RUNNER_TOOL_CACHE: empty },
      inputs: { command: "analyze", "node-version": "skip" },
    });
    expect(setupNode(skipped)).toBe(false);
  });

  const bundle = join(repoRoot, "dist/index.js");
  it.skipIf(!existsSync(bundle))("runs the real bundle: analyze a log into findings", () => {
    const log = join(workspace, "ci.log");
    writeFileSync(
      log,
      [
        "2026-11-20T10:00:00.0000000Z ##[group]Run npx tsc --noEmit",
        "2026-11-20T10:00:01.0000000Z src/index.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.",
        "2026-11-20T10:00:01.1000000Z ##[error]Process completed with exit code 2.",
        "",
      ].join("\n"),
    );
    // The runner creates the summary file before the step starts.
    writeFileSync(join(temp, "summary.md"), "");
    const run = runComposite({
      actionDir: repoRoot,
      workspace,
      env: { PATH: nodeOnPath, GITHUB_STEP_SUMMARY: join(temp, "summary.md") },
      inputs: { command: "analyze", "log-path": "ci.log" },
    });
    const findings = JSON.parse(run.outputs.findings!) as { schemaVersion: number; status: string };
    expect(findings.schemaVersion).toBe(1);
    expect(run.outputs.status).toBe("failed");
    // Which category is the analyzer's business (test/analysis); here it must be one of the taxonomy.
    expect(run.outputs.category).toMatch(/^[a-z]+_[a-z]+$/);
    expect(run.outputs.fingerprint).toMatch(/^[0-9a-f]+$/);
  });
});
