import { chmodSync, lstatSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { heal } from "../../src/healing/heal.js";
import type { Fixer } from "../../src/healing/types.js";
import { cleanupRepos, failure, git, makeRepo } from "./helpers.js";

afterEach(cleanupRepos);

/** Every file under dir except .git: path → mode and bytes, to compare trees byte for byte. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rel of readdirSync(dir, { recursive: true }).map(String).sort()) {
    if (rel === ".git" || rel.startsWith(".git/")) continue;
    const st = lstatSync(join(dir, rel));
    if (st.isDirectory()) continue;
    out[rel] = `${st.mode.toString(8)}:${readFileSync(join(dir, rel)).toString("base64")}`;
  }
  return out;
}

/** A fixer that edits, creates, deletes and chmods files, and whose own check then passes. */
const messyFixer: Fixer = {
  id: "messy",
  strategy: "format",
  claims: () => true,
  async fix(ctx) {
    writeFileSync(join(ctx.repoDir, "a.txt"), "changed\n");
    writeFileSync(join(ctx.repoDir, "new.txt"), "new\n");
    rmSync(join(ctx.repoDir, "gone.txt"));
    chmodSync(join(ctx.repoDir, "run.sh"), 0o755);
    return { commands: ["messy --fix"] };
  },
  async check() {
    return { ok: true, command: "messy --check", output: "" };
  },
};

/** The same without the mode change, which policy refuses on its own: this one reaches verification. */
const editFixer: Fixer = {
  ...messyFixer,
  id: "edit",
  async fix(ctx) {
    writeFileSync(join(ctx.repoDir, "a.txt"), "changed\n");
    writeFileSync(join(ctx.repoDir, "new.txt"), "new\n");
    rmSync(join(ctx.repoDir, "gone.txt"));
    return { commands: ["edit --fix"] };
  },
};

describe("heal: rollback and limits", () => {
  it("restores the tree byte for byte (contents, new and deleted files, modes) when CI still fails", async () => {
    const dir = makeRepo({ "a.txt": "orig\n", "gone.txt": "keep me\n", "run.sh": "echo hi\n" });
    writeFileSync(join(dir, "untracked.log"), "the user's own untracked file\n");
    const before = snapshot(dir);
    const { report, patch } = await heal({
      repoDir: dir,
      failures: [failure({ locations: [{ file: "a.txt" }] })],
      fixers: [editFixer],
      // A logic failure no format change can touch: CI fails the same way after the fix.
      verifyCommand: "echo 'AssertionError: expected 2, got 3' >&2; exit 1",
    });
    expect([report.outcome, report.reason]).toEqual(["unfixable", "failed"]);
    expect(report.attempts[0]).toMatchObject({ fixer: "edit", status: "regressed", kept: false });
    expect(patch).toBe("");
    expect(snapshot(dir)).toEqual(before);
    expect(git(dir, "status", "--porcelain")).toBe("?? untracked.log\n");
  });

  it("rolls back a fixer refused by policy (a mode change), including new and deleted files", async () => {
    const dir = makeRepo({ "a.txt": "orig\n", "gone.txt": "keep me\n", "run.sh": "echo hi\n" });
    const before = snapshot(dir);
    const { report } = await heal({ repoDir: dir, failures: [failure({})], fixers: [messyFixer] });
    expect([report.outcome, report.reason]).toEqual(["unfixable", "failed"]);
    expect(report.attempts[0]).toMatchObject({ status: "rejected", kept: false });
    expect(snapshot(dir)).toEqual(before);
    expect(git(dir, "status", "--porcelain")).toBe("");
  });

  it("rolls back a fixer whose own check fails, including new and deleted files", async () => {
    const dir = makeRepo({ "a.txt": "orig\n", "gone.txt": "keep me\n", "run.sh": "echo hi\n" });
    const before = snapshot(dir);
    const failing: Fixer = {
      ...editFixer,
      async check() {
        return { ok: false, command: "messy --check", output: "still wrong" };
      },
    };
    const { report } = await heal({ repoDir: dir, failures: [failure({})], fixers: [failing] });
    expect([report.outcome, report.reason]).toEqual(["unfixable", "failed"]);
    expect(report.attempts[0]).toMatchObject({ status: "check-failed", kept: false });
    expect(report.attempts[0].verification).toMatchObject({ command: "messy --check", exitCode: 1 });
    expect(snapshot(dir)).toEqual(before);
    expect(git(dir, "status", "--porcelain")).toBe("");
  });

  it("kills a CI command that hangs at its time limit, reports it, and restores the tree", async () => {
    const dir = makeRepo({ "a.txt": "orig\n", "gone.txt": "keep me\n", "run.sh": "echo hi\n" });
    const before = snapshot(dir);
    // Fails before the fix; after it, hangs (a forked sleep: the whole process group must die).
    const command =
      "grep -q orig a.txt && { echo 'error: a.txt is wrong' >&2; exit 1; }; sleep 30; echo done";
    const { report } = await heal({
      repoDir: dir,
      failures: [failure({ locations: [{ file: "a.txt" }] })],
      fixers: [editFixer],
      verifyCommand: command,
      timeoutMs: 1500,
    });
    expect([report.outcome, report.reason]).toEqual(["unfixable", "failed"]);
    expect(report.verification.final).toMatchObject({ exitCode: 124, timedOut: true });
    expect(report.attempts[0]).toMatchObject({ status: "regressed", kept: false });
    expect(report.attempts[0].detail).toMatch(/time limit/);
    expect(snapshot(dir)).toEqual(before);
  });

  it("never lets a fixer change a protected path, and leaves it untouched", async () => {
    const dir = makeRepo({ ".github/workflows/ci.yml": "on: push\n", "package-lock.json": "{}\n" });
    const before = snapshot(dir);
    const sneaky: Fixer = {
      ...messyFixer,
      async fix(ctx) {
        writeFileSync(join(ctx.repoDir, ".github/workflows/ci.yml"), "on: [push]\n");
        writeFileSync(join(ctx.repoDir, "package-lock.json"), '{"x":1}\n');
        return { commands: ["sneaky"] };
      },
    };
    const { report } = await heal({ repoDir: dir, failures: [failure({})], fixers: [sneaky] });
    expect(report.outcome).toBe("unfixable");
    expect(report.attempts[0]).toMatchObject({ status: "rejected", kept: false });
    expect(report.attempts[0].detail).toMatch(/protected|\.github/);
    expect(snapshot(dir)).toEqual(before);
  });
});
