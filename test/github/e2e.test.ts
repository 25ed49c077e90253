/**
 * End to end through the action commands, in-process with a recording ActionIO, against the
 * OpenAPI-checked REST double, real git and a bare remote: failed run → issue → /auto-fix →
 * heal → open-pr, plus the refusals (reader, kill switch, invalid config).
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { mkdtempSync } from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { verifyLedger } from "../../src/audit/ledger.js";
import { findCanaries } from "../support/canary.js";
import { createWorld, git, makeTemplate, type World } from "../support/world.js";
import { auditPath, runAutoIssue, runComment, runHeal, runOpenPr } from "./e2e-helpers.js";

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

function remoteBranches(world: World): string[] {
  return git(world.remote, "for-each-ref", "--format=%(refname)", "refs/heads/").split("\n").filter(Boolean);
}

describe("end to end", () => {
  it("a failing run becomes one issue; the same failure again updates it", async () => {
    w = await createWorld(template);
    const first = await runAutoIssue(w);
    expect(first.outputs.status).toBe("done");
    const issues = w.fake.openIssues();
    expect(issues).toHaveLength(1);
    const issue = issues[0];
    expect(issue.labels).toContain("autodev");
    expect(issue.labels.some((l) => l.startsWith("autodev:"))).toBe(true);
    expect(issue.labels.some((l) => l.startsWith("severity:"))).toBe(true);
    expect(issue.body).toMatch(/<!-- autodev:fingerprint=[a-f0-9]+ -->/);
    expect(issue.body).toContain(`https://github.com/${w.fake.fullName}/actions/runs/${w.runId}`);
    expect(issue.body).toContain("Seen | 1 time;");
    expect(JSON.parse(first.outputs.issues)[0].action).toBe("created");

    // The same run again (a re-processed event) changes nothing; a re-run attempt counts.
    const again = await runAutoIssue(w);
    expect(JSON.parse(again.outputs.issues)[0].action).toBe("unchanged");
    const rerun = await runAutoIssue(w, { attempt: 2 });
    expect(JSON.parse(rerun.outputs.issues)[0].action).toBe("updated");
    expect(w.fake.openIssues()).toHaveLength(1);
    expect(w.fake.openIssues()[0].body).toContain("Seen | 2 times;");
    expect(w.fake.requests.filter((r) => r.operationId === "issues/create")).toHaveLength(1);
    // Found through the list endpoint; the search API is never used.
    expect(w.fake.requests.some((r) => r.path.startsWith("/search"))).toBe(false);
    expect(verifyLedger(readFileSync(auditPath(w), "utf8")).ok).toBe(true);
  });

  it("/auto-fix from a writer heals and opens one PR against the bare remote, linked to the issue", async () => {
    w = await createWorld(template);
    await runAutoIssue(w);
    const issue = w.fake.openIssues()[0];
    const cmd = await runComment(w, { login: "maintainer", issue: issue.number });
    expect(cmd.outputs.run).toBe("true");
    expect(cmd.outputs["run-id"]).toBe(String(w.runId));
    expect(cmd.outputs["head-sha"]).toBe(w.baseSha);
    expect(w.fake.reactions.map((r) => r.content)).toEqual(["eyes"]);

    const heal = await runHeal(w, cmd.outputs["run-id"]);
    expect(heal.outputs.outcome).toBe("healed");

    const open = await runOpenPr(w, { issue: cmd.outputs["issue-number"] });
    expect(open.outputs.status).toBe("opened");
    const branch = open.outputs.branch;
    expect(branch).toMatch(/^autodev\/fix-[a-f0-9]{6,16}$/);
    expect(remoteBranches(w).sort()).toEqual([`refs/heads/${branch}`, "refs/heads/main"].sort());
    // One autodev commit on top of the failing commit, with the formatted file.
    expect(git(w.remote, "rev-parse", `${branch}^`)).toBe(w.baseSha);
    expect(git(w.remote, "show", `${branch}:src/a.ts`)).toContain("export const x = { a: 1, b: 2 };");
    expect(git(w.remote, "log", "-1", "--format=%ae", branch)).toBe("autodev@users.noreply.github.com");

    const pulls = w.fake.pulls();
    expect(pulls).toHaveLength(1);
    expect(pulls[0].pull).toMatchObject({ head: branch, base: "main", draft: true });
    expect(pulls[0].body).toContain(`Fixes #${issue.number}.`);
    expect(pulls[0].labels).toContain("autodev");
    const comments = w.fake.comments.filter((c) => c.issue === issue.number);
    expect(comments.map((c) => c.body).join("\n")).toContain(`#${pulls[0].number}`);

    // Running open-pr again is a no-op: same branch, same PR, no new comment.
    const again = await runOpenPr(w, { issue: cmd.outputs["issue-number"] });
    expect(again.outputs.status).toBe("unchanged");
    expect(w.fake.pulls()).toHaveLength(1);
    expect(w.fake.comments.filter((c) => c.issue === issue.number)).toHaveLength(comments.length);
  });

  it("a reader's /auto-fix writes nothing (AUTH-01)", async () => {
    w = await createWorld(template);
    await runAutoIssue(w);
    const before = w.fake.mutations().length;
    const io = await runComment(w, { login: "reader", issue: 1 });
    expect(io.outputs.run).toBe("false");
    expect(io.outputs.reason).toMatch(/read permission/);
    expect(w.fake.mutations()).toHaveLength(before);
  });

  it("an edited comment and a [bot] commenter are ignored without any write (AUTH-03/04)", async () => {
    w = await createWorld(template);
    await runAutoIssue(w);
    const before = w.fake.mutations().length;
    const edited = await runComment(w, { login: "maintainer", issue: 1, action: "edited" });
    expect(edited.outputs.run).toBe("false");
    w.fake.permissions.set("evil-app[bot]", { permission: "admin", role_name: "admin" });
    const bot = await runComment(w, { login: "evil-app[bot]", issue: 1, type: "Bot" });
    expect(bot.outputs.run).toBe("false");
    expect(bot.outputs.reason).toMatch(/bots need/);
    expect(w.fake.mutations()).toHaveLength(before);
  });

  it("with the kill switch on, nothing is written (CTL-01)", async () => {
    w = await createWorld(template);
    w.fake.setFile(".autodev/STOP", "maintenance\n");
    const io = await runAutoIssue(w);
    expect(io.outputs.status).toBe("stopped");
    expect(w.fake.mutations()).toEqual([]);

    w.fake.setFile(".autodev/STOP", null);
    await runAutoIssue(w);
    const cmd = await runComment(w, { login: "maintainer", issue: 1 });
    await runHeal(w, cmd.outputs["run-id"]);
    w.fake.variables.set("AUTODEV_ENABLED", "false");
    const before = w.fake.mutations().length;
    const open = await runOpenPr(w, { issue: "1" });
    expect(open.outputs.status).toBe("stopped");
    expect(w.fake.mutations()).toHaveLength(before);
    expect(remoteBranches(w)).toEqual(["refs/heads/main"]);
  });

  it("the kill switch flipped mid-run stops open-pr before the push (CTL-02)", async () => {
    w = await createWorld(template);
    await runAutoIssue(w);
    const cmd = await runComment(w, { login: "maintainer", issue: 1 });
    await runHeal(w, cmd.outputs["run-id"]);
    const before = w.fake.mutations().length;
    // The switch goes on while open-pr is already running (after it listed pull requests).
    w.fake.beforeRequest = (r) => {
      if (r.operationId === "pulls/list") w.fake.setFile(".autodev/STOP", "stop\n");
    };
    const open = await runOpenPr(w, { issue: "1" });
    expect(open.outputs.status).toBe("stopped");
    expect(remoteBranches(w)).toEqual(["refs/heads/main"]);
    expect(w.fake.mutations()).toHaveLength(before);
  });

  it("an invalid config stops all side effects with one message naming the problem (CFG-01)", async () => {
    w = await createWorld(template);
    w.fake.setFile(".autodev/config.yml", "mode: yolo\n");
    // A permissive config on another branch (a PR head) is never read (CFG-04).
    w.fake.setFile(".autodev/config.yml", "mode: auto\n", "attacker-branch");
    const err = await runAutoIssue(w).catch((e: unknown) => e);
    expect(String(err)).toMatch(/mode must be one of observe, assist, semi, auto, got "yolo"/);
    expect(w.fake.mutations()).toEqual([]);
    const refs = w.fake.requests.filter((r) => r.operationId === "repos/get-content").map((r) => r.query.ref);
    expect(new Set(refs)).toEqual(new Set(["main"]));
  });

  it(
    "a crash after each side effect, then a re-run, leaves one branch, one PR, one issue (STATE-05)",
    { timeout: 180_000 },
    async () => {
      // Learn the side effects of a clean run first, then crash after each one in turn.
      w = await createWorld(template);
      const names: string[] = [];
      await runAutoIssue(w, { deps: { afterSideEffect: (n) => names.push(`issue:${n}`) } });
      const cmd = await runComment(w, { login: "maintainer", issue: 1 });
      await runHeal(w, cmd.outputs["run-id"]);
      await runOpenPr(w, { issue: "1", deps: { afterSideEffect: (n) => names.push(`pr:${n}`) } });
      expect(names).toEqual([
        "issue:issue.created",
        "pr:budget.claimed",
        "pr:branch.pushed",
        "pr:pr.created",
        "pr:pr.labeled",
        "pr:issue.updated",
        "pr:comment.created",
      ]);
      const proposal = join(w.root, "proposal");
      const keep = mkdtempSync(join(tmpdir(), "autodev-proposal-"));
      for (const f of ["proposal.json", "changes.patch", "report.md", "report.json"]) {
        const { copyFileSync } = await import("node:fs");
        copyFileSync(join(proposal, f), join(keep, f));
      }
      expect(w.fake.violations).toEqual([]);
      await w.close();

      for (const crashAt of names) {
        w = await createWorld(template);
        const crash = (prefix: string) => (n: string) => {
          if (`${prefix}:${n}` === crashAt) throw new Error(`crash after ${crashAt}`);
        };
        await runAutoIssue(w, { deps: { afterSideEffect: crash("issue") } }).catch(() => {});
        await runAutoIssue(w);
        await runOpenPr(w, { issue: "1", proposalDir: keep, deps: { afterSideEffect: crash("pr") } }).catch(
          () => {},
        );
        const final = await runOpenPr(w, { issue: "1", proposalDir: keep });
        expect(["unchanged", "opened", "updated"]).toContain(final.outputs.status);
        expect(w.fake.openIssues(), crashAt).toHaveLength(1);
        expect(w.fake.pulls(), crashAt).toHaveLength(1);
        expect(remoteBranches(w), crashAt).toHaveLength(2);
        const prComments = w.fake.comments.filter((c) => c.body.includes("autodev:pr="));
        expect(prComments, crashAt).toHaveLength(1);
        expect(w.fake.pulls()[0].labels, crashAt).toContain("autodev");
        if (crashAt !== names[names.length - 1]) {
          expect(w.fake.violations).toEqual([]);
          await w.close();
        }
      }
      rmSync(keep, { recursive: true, force: true });
    },
  );

  it("no planted secret appears in any output (SEC-01)", async () => {
    w = await createWorld(template, { leakyJob: true });
    const ios = [await runAutoIssue(w)];
    const cmd = await runComment(w, { login: "maintainer", issue: 1 });
    ios.push(cmd, await runHeal(w, cmd.outputs["run-id"]), await runOpenPr(w, { issue: "1" }));
    const sinks = {
      githubRequests: w.fake.receivedText(),
      issueBodies: w.fake.issues.map((i) => `${i.title}\n${i.body}`).join("\n"),
      comments: w.fake.comments.map((c) => c.body).join("\n"),
      actionIO: ios.map((io) => io.emitted()).join("\n"),
      ledger: readFileSync(auditPath(w), "utf8"),
      remote: git(w.remote, "log", "--all", "-p"),
    };
    for (const [sink, text] of Object.entries(sinks)) expect(findCanaries(text), sink).toEqual([]);
    // Nothing from the log reaches stdout as a workflow command (INJ-06): log lines and outputs
    // never start with `::` (annotations go through @actions/core, which escapes them).
    for (const io of ios) {
      expect(io.logger.lines.filter((l) => l.trimStart().startsWith("::"))).toEqual([]);
      expect(Object.values(io.outputs).filter((v) => /(^|\n)::/.test(v))).toEqual([]);
    }
    // The excerpt is still useful: the redaction marker is there, not a hole.
    expect(sinks.issueBodies).toContain("[REDACTED]");
    expect(existsSync(auditPath(w))).toBe(true);
  });
});
