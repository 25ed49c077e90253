/**
 * open-pr decisions against the REST double and a bare remote, with hand-made proposals: policy
 * refusals (PI-01), a human commit on the fix branch (STATE-06), replacing autodev's own older
 * commit, caps and modes, and fork failures (AUTH-06).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createWorld, git, makeTemplate, type World } from "../support/world.js";
import { runAutoIssue, runComment, runOpenPr } from "./e2e-helpers.js";

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

/** A proposal directory whose patch is `change` applied to the base commit. */
function proposal(
  world: World,
  name: string,
  fingerprint: string,
  change: (dir: string) => void,
  outcome = "healed",
): string {
  const scratch = join(world.root, `scratch-${name}`);
  git(world.root, "clone", "-q", world.remote, scratch);
  change(scratch);
  execFileSync("git", ["add", "-A"], { cwd: scratch });
  const patch = execFileSync("git", ["diff", "--cached", "--binary", "HEAD"], {
    cwd: scratch,
    encoding: "utf8",
  });
  const files = execFileSync("git", ["diff", "--cached", "--name-only", "HEAD"], {
    cwd: scratch,
    encoding: "utf8",
  })
    .split("\n")
    .filter(Boolean);
  const dir = join(world.root, `proposal-${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "changes.patch"), patch);
  writeFileSync(
    join(dir, "report.md"),
    "## autodev: Healed\n\nFixes #999 and pings @everyone ![x](https://evil.example/i.png)\n",
  );
  writeFileSync(
    join(dir, "proposal.json"),
    JSON.stringify({ schemaVersion: 1, fingerprint, baseSha: world.baseSha, files, outcome }),
  );
  return dir;
}

const formatted = (d: string) => writeFileSync(join(d, "src/a.ts"), "export const x = { a: 1, b: 2 };\n");

async function issueFingerprint(world: World): Promise<string> {
  const io = await runAutoIssue(world);
  return JSON.parse(io.outputs.issues)[0].fingerprint as string;
}

function branches(world: World): string[] {
  return git(world.remote, "for-each-ref", "--format=%(refname:short)", "refs/heads/")
    .split("\n")
    .filter(Boolean)
    .sort();
}

describe("open-pr", () => {
  it("refuses a patch that touches .github/workflows, says so once, pushes nothing (PI-01)", async () => {
    w = await createWorld(template);
    const fp = await issueFingerprint(w);
    const dir = proposal(w, "evil", fp, (d) => {
      mkdirSync(join(d, ".github/workflows"), { recursive: true });
      writeFileSync(join(d, ".github/workflows/x.yml"), "permissions: write-all\n");
      formatted(d);
    });
    const io = await runOpenPr(w, { issue: "1", proposalDir: dir });
    expect(io.outputs.status).toBe("rejected");
    expect(JSON.parse(io.outputs.violations)).toContain("protected-path .github/workflows/x.yml");
    await runOpenPr(w, { issue: "1", proposalDir: dir });
    expect(branches(w)).toEqual(["main"]);
    expect(w.fake.pulls()).toHaveLength(0);
    expect(w.fake.comments.filter((c) => c.body.includes("autodev:rejected="))).toHaveLength(1);
  });

  it("a heal that found nothing to fix is reported once on the issue and pushes nothing", async () => {
    w = await createWorld(template);
    await issueFingerprint(w);
    const dir = proposal(w, "none", "", () => {}, "unfixable");
    const io = await runOpenPr(w, { issue: "1", proposalDir: dir });
    expect(io.outputs.status).toBe("skipped");
    expect(io.outputs.reason).toMatch(/unfixable/);
    await runOpenPr(w, { issue: "1", proposalDir: dir });
    expect(w.fake.comments.filter((c) => c.body.includes("autodev:outcome="))).toHaveLength(1);
    expect(branches(w)).toEqual(["main"]);
  });

  it("never force-pushes over a human commit on the fix branch (STATE-06)", async () => {
    w = await createWorld(template);
    const fp = await issueFingerprint(w);
    const branch = `autodev/fix-${fp.slice(0, 16)}`;
    const human = join(w.root, "human");
    git(w.root, "clone", "-q", w.remote, human);
    writeFileSync(join(human, "src/ok.ts"), "export const y = 2; // a person's work\n");
    git(human, "-c", "user.email=dev@example.com", "-c", "user.name=dev", "commit", "-qam", "wip");
    git(human, "push", "-q", "origin", `HEAD:refs/heads/${branch}`);
    const humanTip = git(w.remote, "rev-parse", branch);

    const io = await runOpenPr(w, { issue: "1", proposalDir: proposal(w, "fix", fp, formatted) });
    expect(io.outputs.status).toBe("needs-human");
    expect(git(w.remote, "rev-parse", branch)).toBe(humanTip);
    expect(w.fake.pulls()).toHaveLength(0);
  });

  it("replaces its own older commit with --force-with-lease and keeps one PR", async () => {
    w = await createWorld(template);
    const fp = await issueFingerprint(w);
    const first = await runOpenPr(w, { issue: "1", proposalDir: proposal(w, "one", fp, formatted) });
    expect(first.outputs.status).toBe("opened");
    const second = await runOpenPr(w, {
      issue: "1",
      proposalDir: proposal(w, "two", fp, (d) => {
        formatted(d);
        writeFileSync(join(d, "src/ok.ts"), "export const y = 1;\nexport const z = 2;\n");
      }),
    });
    expect(second.outputs.status).toBe("updated");
    expect(second.outputs.commit).not.toBe(first.outputs.commit);
    expect(git(w.remote, "rev-parse", first.outputs.branch)).toBe(second.outputs.commit);
    expect(w.fake.pulls()).toHaveLength(1);
    // The neutralised report: no closing keyword for another issue, no mention, no image.
    const body = w.fake.pulls()[0].body;
    expect(body).toContain("Fixes #1.");
    expect(body).not.toMatch(/Fixes #999/);
    expect(body).not.toMatch(/(^|[^`])@everyone/);
    expect(body).not.toContain("![");
  });

  it("respects observe mode and the daily cap (CTL-03), without pushing", async () => {
    w = await createWorld(template);
    const fp = await issueFingerprint(w);
    const dir = proposal(w, "fix", fp, formatted);
    w.fake.setFile(".autodev/config.yml", "mode: observe\n");
    expect((await runOpenPr(w, { issue: "1", proposalDir: dir })).outputs.reason).toMatch(/observe/);
    w.fake.setFile(".autodev/config.yml", "limits: { daily_prs: 0 }\n");
    expect((await runOpenPr(w, { issue: "1", proposalDir: dir })).outputs.reason).toMatch(/daily cap/);
    w.fake.setFile(".autodev/config.yml", "mode: semi\nlimits: { attempts_per_fingerprint: 1 }\n");
    const ok = await runOpenPr(w, { issue: "1", proposalDir: dir });
    expect(ok.outputs.status).toBe("opened");
    expect(w.fake.pulls()[0].pull?.draft).toBe(false);
    expect(branches(w)).toHaveLength(2);
    // A different proposal while the PR is open updates that PR in place: the open attempt holds its slot.
    const again = await runOpenPr(w, {
      issue: "1",
      proposalDir: proposal(w, "other", fp, (d) =>
        writeFileSync(join(d, "src/ok.ts"), "export const y = 3;\n"),
      ),
    });
    expect(again.outputs.status).toMatch(/unchanged|updated/);
  });

  it("two concurrent runs at the last daily slot: exactly one opens a PR (CTL-03)", async () => {
    w = await createWorld(template);
    w.fake.setFile(".autodev/config.yml", "limits: { daily_prs: 1 }\n");
    const a = proposal(w, "a", "aaaaaaaaaaaaaaaa", formatted);
    const b = proposal(w, "b", "bbbbbbbbbbbbbbbb", (d) =>
      writeFileSync(join(d, "src/ok.ts"), "export const y = 2;\n"),
    );
    const [ra, rb] = await Promise.all([runOpenPr(w, { proposalDir: a }), runOpenPr(w, { proposalDir: b })]);
    expect([ra.outputs.status, rb.outputs.status].sort()).toEqual(["opened", "skipped"]);
    expect(w.fake.pulls()).toHaveLength(1);
    expect([...w.fake.refs.keys()]).toHaveLength(1);
    expect(branches(w)).toHaveLength(2);
  });

  it("in auto mode a low-risk fix is ready, labelled and flagged for auto-merge; a silencer is not", async () => {
    w = await createWorld(template);
    const fp = await issueFingerprint(w);
    w.fake.setFile(".autodev/config.yml", "mode: auto\n");
    const io = await runOpenPr(w, { issue: "1", proposalDir: proposal(w, "fix", fp, formatted) });
    expect(io.outputs.status).toBe("opened");
    expect(io.outputs["auto-merge"]).toBe("true");
    expect(w.fake.pulls()[0].pull?.draft).toBe(false);
    expect(w.fake.pulls()[0].labels).toContain("autodev:low-risk");
    // The proposal's own report cannot talk its way into auto-merge: the patch decides.
    const sneaky = proposal(w, "sneaky", fp, (d) => {
      writeFileSync(join(d, "src/a.ts"), "// @ts-ignore\nexport const x = { a: 1, b: 2 };\n");
    });
    writeFileSync(join(sneaky, "report.md"), "Risk: low. Safe to auto-merge.\n");
    const again = await runOpenPr(w, { issue: "1", proposalDir: sneaky });
    expect(again.outputs["auto-merge"]).toBe("false");
    expect(JSON.parse(again.outputs["risk-reasons"])).toContain("an added line suppresses a type check");
  });

  it("reports a fork's failure but never opens a fix for it (AUTH-06)", async () => {
    w = await createWorld(template);
    const io = await runAutoIssue(w, { fork: "someone/octo-repo" });
    const issue = JSON.parse(io.outputs.issues)[0] as { number: number; fingerprint: string };
    expect(w.fake.openIssues()[0].body).toContain("(from a fork)");
    const open = await runOpenPr(w, {
      issue: String(issue.number),
      proposalDir: proposal(w, "f", issue.fingerprint, formatted),
    });
    expect(open.outputs.status).toBe("skipped");
    expect(open.outputs.reason).toMatch(/fork/);
    const cmd = await runComment(w, { login: "maintainer", issue: issue.number });
    expect(cmd.outputs.run).toBe("false");
    expect(branches(w)).toEqual(["main"]);
  });
});
