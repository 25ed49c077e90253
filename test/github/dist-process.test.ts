/**
 * The bundled action (dist/index.js) run as a process with the runner's environment: INPUT_*
 * variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, the event payload file, and the REST
 * double as GITHUB_API_URL. Skipped when dist/ has not been built yet (the lead builds it last).
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CANARY_TOKEN, findCanaries } from "../support/canary.js";
import { createWorld, makeTemplate, PROJECT_ROOT, webhookExample, type World } from "../support/world.js";

// AUTODEV_TEST_DIST points at another build (e.g. one made in a temp dir) to check it the same way.
const DIST = process.env.AUTODEV_TEST_DIST ?? join(PROJECT_ROOT, "dist", "index.js");
// A bundle built before the GitHub commands existed cannot run them; that is a stale build, not a failure here.
// ncc may split the bundle into chunks next to index.js, so every .js file there is searched.
const DIST_HAS_COMMANDS =
  existsSync(DIST) &&
  readdirSync(dirname(DIST))
    .filter((f) => f.endsWith(".js"))
    .some((f) => readFileSync(join(dirname(DIST), f), "utf8").includes("autodev:fingerprint="));

function runDist(env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [DIST], { env, timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

/** Parses the runner's GITHUB_OUTPUT file (name<<delimiter heredocs and name=value lines). */
function readOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const heredoc = lines[i].match(/^([^=<]+)<<(.+)$/);
    if (heredoc) {
      const body: string[] = [];
      while (++i < lines.length && lines[i] !== heredoc[2]) body.push(lines[i]);
      out[heredoc[1]] = body.join("\n");
    } else if (lines[i].includes("=")) {
      const [k, ...v] = lines[i].split("=");
      out[k] = v.join("=");
    }
  }
  return out;
}

describe.skipIf(!DIST_HAS_COMMANDS)("dist/index.js as a process", () => {
  let root: string;
  let w: World;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "autodev-dist-"));
    w = await createWorld(makeTemplate(root));
  });
  afterAll(async () => {
    await w.close();
    rmSync(root, { recursive: true, force: true });
  });

  it("auto-issue turns the failed run into one issue and writes outputs the runner can read", async () => {
    const payload = await webhookExample("workflow_run", (e) => e.action === "completed");
    Object.assign(payload.workflow_run, {
      id: w.runId,
      name: "CI",
      conclusion: "failure",
      head_sha: w.baseSha,
      head_branch: "main",
    });
    payload.workflow_run.head_repository = {
      ...payload.workflow_run.head_repository,
      full_name: w.fake.fullName,
    };
    const eventPath = join(root, "event.json");
    writeFileSync(eventPath, JSON.stringify(payload));
    const outputFile = join(root, "output.txt");
    const summaryFile = join(root, "summary.md");
    writeFileSync(outputFile, "");
    writeFileSync(summaryFile, "");
    const env = {
      ...w.env({ GITHUB_EVENT_NAME: "workflow_run", GITHUB_EVENT_PATH: eventPath }),
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: root,
      INPUT_COMMAND: "auto-issue",
      "INPUT_GITHUB-TOKEN": CANARY_TOKEN,
    };
    const r = await runDist(env);
    expect(r.stderr).toBe("");
    const outputs = readOutputs(readFileSync(outputFile, "utf8"));
    expect(outputs.status).toBe("done");
    expect(w.fake.openIssues()).toHaveLength(1);
    expect(outputs["issue-numbers"]).toBe("1");
    // `::add-mask::<secret>` is how the token is registered with the runner, which consumes the
    // line and masks the value everywhere; every other line must be free of it.
    const lines = r.stdout.split("\n");
    expect(lines.filter((l) => l.startsWith("::add-mask::"))).toHaveLength(1);
    const shown = lines.filter((l) => !l.startsWith("::add-mask::")).join("\n");
    expect(
      findCanaries(shown + readFileSync(summaryFile, "utf8") + readFileSync(outputFile, "utf8")),
    ).toEqual([]);
    expect(w.fake.violations).toEqual([]);
  });
});
