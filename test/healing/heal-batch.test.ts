import { chmodSync, existsSync, lstatSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { nodeRunner, type CommandRunner } from "../../src/healing/exec.js";
import { heal } from "../../src/healing/heal.js";
import type { Fixer } from "../../src/healing/types.js";
import { cleanupRepos, failure, git, makeRepo } from "./helpers.js";

afterEach(cleanupRepos);

/** CI for these cases: a.txt and c.txt must say "good", and b.txt must not be broken. */
const CHECK = [
  "rc=0",
  '[ "$(cat a.txt)" = good ] || { echo "a.txt:1:1: error: a is not good"; rc=1; }',
  '[ "$(cat c.txt)" = good ] || { echo "c.txt:1:1: error: c is not good"; rc=1; }',
  '[ "$(cat b.txt)" = broken ] && { echo "b.txt:1:1: error: b is broken"; rc=1; }',
  "exit $rc",
  "",
].join("\n");
const CI = "sh check.sh";

function repo(files: Record<string, string> = {}): string {
  return makeRepo({ "check.sh": CHECK, "a.txt": "bad\n", "b.txt": "fine\n", "c.txt": "good\n", ...files });
}

/** A fixer that claims the failures located in `file` and writes `content` there. */
function writes(
  id: string,
  file: string,
  claimsFile: string,
  content: string,
  extra?: (dir: string) => void,
): Fixer {
  return {
    id,
    strategy: "format",
    claims: (f) => f.locations.some((l) => l.file === claimsFile),
    async fix(ctx) {
      writeFileSync(join(ctx.repoDir, file), content);
      extra?.(ctx.repoDir);
      return { commands: [`${id} --fix`] };
    },
    async check() {
      return { ok: true, command: `${id} --check`, output: "" };
    },
  };
}

/** The real runner, counting the CI command's runs. */
function counting(): { runner: CommandRunner; ciRuns: () => number } {
  const inner = nodeRunner();
  let n = 0;
  return {
    runner: {
      run(file, args, o) {
        if (file === "sh" && args[1] === CI) n++;
        return inner.run(file, args, o);
      },
    },
    ciRuns: () => n,
  };
}

/** Every file under dir except .git: path → mode and bytes. */
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

const failA = () => failure({ locations: [{ file: "a.txt", line: 1 }], message: "a is not good" });
const failC = () => failure({ locations: [{ file: "c.txt", line: 1 }], message: "c is not good" });

describe("heal: fixes applied together, verified once, one at a time only when needed", () => {
  it("applies independent fixes together and proves them with a single verify run", async () => {
    const dir = repo({ "c.txt": "bad\n" });
    const { runner, ciRuns } = counting();
    const { report, patch } = await heal({
      repoDir: dir,
      failures: [failA(), failC()],
      verifyCommand: CI,
      runner,
      fixers: [writes("fix-a", "a.txt", "a.txt", "good\n"), writes("fix-c", "c.txt", "c.txt", "good\n")],
    });
    expect(report.outcome).toBe("healed");
    expect(ciRuns()).toBe(2); // the reproduction and one verify run for both changes
    // Each kept change is still its own fixer's, with the run that proved it.
    expect(report.attempts.map((a) => [a.fixer, a.status, a.kept, a.files])).toEqual([
      ["fix-a", "fixed", true, ["a.txt"]],
      ["fix-c", "fixed", true, ["c.txt"]],
    ]);
    expect(report.attempts.every((a) => a.verification?.exitCode === 0)).toBe(true);
    expect(report.files).toEqual(["a.txt", "c.txt"]);
    expect(patch).toContain("+++ b/a.txt");
    expect(patch).toContain("+++ b/c.txt");
  });

  it("when the batch fails, keeps only the fix that holds up on its own and restores the rest exactly", async () => {
    const dir = repo({ "d.txt": "delete me\n" });
    const before = snapshot(dir);
    const { runner, ciRuns } = counting();
    // Tried first: it breaks b.txt, creates a file and deletes another, and claims a.txt's failure.
    const breaking = writes("breaks-b", "b.txt", "a.txt", "broken", (d) => {
      writeFileSync(join(d, "new.txt"), "new\n");
      rmSync(join(d, "d.txt"));
    });
    const good = {
      ...writes("fix-a", "a.txt", "c.txt", "good\n"),
      claims: () => true,
    };
    const { report, patch } = await heal({
      repoDir: dir,
      failures: [failA(), failC()],
      verifyCommand: CI,
      runner,
      fixers: [breaking, good],
    });
    expect([report.outcome, report.reason]).toEqual(["healed", "healed"]);
    // reproduction, the batch, then each on its own
    expect(ciRuns()).toBe(4);
    const [bad, kept] = report.attempts;
    expect([bad.fixer, bad.status, bad.kept]).toEqual(["breaks-b", "regressed", false]);
    expect(bad.detail).toMatch(/failed in the changed files.*on its own/);
    expect([kept.fixer, kept.status, kept.kept, kept.files]).toEqual(["fix-a", "fixed", true, ["a.txt"]]);
    expect(kept.verification?.exitCode).toBe(0);
    expect(report.files).toEqual(["a.txt"]);
    expect(report.verification.final?.exitCode).toBe(0);
    expect(patch).not.toContain("b.txt");
    // Everything but the kept fix is back byte for byte: contents, the new file gone, the deleted one back.
    const after = snapshot(dir);
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe("good\n");
    expect({ ...after, "a.txt": before["a.txt"] }).toEqual(before);
    expect(existsSync(join(dir, "new.txt"))).toBe(false);
  });

  it("does not try the rest on their own once the kept ones make CI pass", async () => {
    const dir = repo();
    const { runner, ciRuns } = counting();
    const { report } = await heal({
      repoDir: dir,
      failures: [failA(), failC()],
      verifyCommand: CI,
      runner,
      fixers: [writes("fix-a", "a.txt", "a.txt", "good\n"), writes("breaks-b", "b.txt", "c.txt", "broken")],
    });
    expect(report.outcome).toBe("healed");
    expect(ciRuns()).toBe(3); // reproduction, the batch, fix-a on its own (which passes)
    expect(report.attempts.map((a) => [a.fixer, a.status])).toEqual([
      ["fix-a", "fixed"],
      ["breaks-b", "regressed"],
    ]);
    expect(report.attempts[1].detail).toMatch(/not needed/);
    expect(readFileSync(join(dir, "b.txt"), "utf8")).toBe("fine\n");
  });

  it("undoes everything, byte for byte, when no fix holds up on its own", async () => {
    const dir = repo();
    const before = snapshot(dir);
    const { report, patch } = await heal({
      repoDir: dir,
      failures: [failA(), failC()],
      verifyCommand: CI,
      fixers: [
        writes("breaks-b", "b.txt", "a.txt", "broken"),
        { ...writes("breaks-c", "c.txt", "c.txt", "worse\n"), claims: () => true },
      ],
    });
    expect([report.outcome, report.reason]).toEqual(["unfixable", "failed"]);
    // (The batch's verify run reported b.txt's failure too; both fixers came to nothing on it.)
    const changed = report.attempts.filter((a) => a.status !== "no-change");
    expect(changed.map((a) => [a.fixer, a.status, a.kept])).toEqual([
      ["breaks-b", "regressed", false],
      ["breaks-c", "regressed", false],
    ]);
    expect(patch).toBe("");
    expect(snapshot(dir)).toEqual(before);
    expect(git(dir, "status", "--porcelain")).toBe("");
  });

  it("puts back permission bits git does not track (a group-writable file) when it undoes a change", async () => {
    const dir = repo();
    // git records 0644 for both; a checkout made under umask 002 has 0664 files.
    chmodSync(join(dir, "b.txt"), 0o664);
    chmodSync(join(dir, "a.txt"), 0o664);
    const before = snapshot(dir);
    const { report } = await heal({
      repoDir: dir,
      failures: [failA()],
      verifyCommand: CI,
      fixers: [writes("breaks-b", "b.txt", "a.txt", "broken")],
    });
    expect(report.outcome).toBe("unfixable");
    expect(report.attempts[0].status).toBe("regressed");
    expect(lstatSync(join(dir, "b.txt")).mode & 0o777).toBe(0o664);
    expect(snapshot(dir)).toEqual(before);
  });

  it("undoes what a fixer wrote before it gave up: a skip leaves the tree as it was", async () => {
    const dir = repo({ "d.txt": "delete me\n" });
    const before = snapshot(dir);
    const givesUp: Fixer = {
      ...writes("gives-up", "b.txt", "a.txt", "half done"),
      async fix(ctx) {
        writeFileSync(join(ctx.repoDir, "b.txt"), "half done");
        writeFileSync(join(ctx.repoDir, "new.txt"), "new\n");
        rmSync(join(ctx.repoDir, "d.txt"));
        return { commands: ["gives-up --fix"], skipped: "the second half could not be done" };
      },
    };
    const { report, patch } = await heal({ repoDir: dir, failures: [failA()], fixers: [givesUp] });
    expect(report.attempts.map((a) => [a.fixer, a.status, a.files])).toEqual([["gives-up", "skipped", []]]);
    expect(patch).toBe("");
    expect(snapshot(dir)).toEqual(before);
    expect(existsSync(join(dir, "new.txt"))).toBe(false);
    expect(git(dir, "status", "--porcelain")).toBe("");
  });

  it("keeps an earlier fix's change to a file over 8 MB when a later fixer's work on it is undone", async () => {
    // Over 8 MB, so the checkpoint keeps it on disk rather than in memory; one line changes.
    const lines = Array.from({ length: 700_000 }, (_, i) => `pkg-${i}@1.0.0`);
    const dir = repo({ "c.txt": "bad\n", "big.lock": `${lines.join("\n")}\n` });
    const synced = `${["pkg-0@1.0.1", ...lines.slice(1)].join("\n")}\n`;
    const fixA = writes("fix-a", "a.txt", "a.txt", "good", (d) => writeFileSync(join(d, "big.lock"), synced));
    const givesUp: Fixer = {
      ...writes("gives-up", "big.lock", "c.txt", "half done"),
      async fix(ctx) {
        writeFileSync(join(ctx.repoDir, "big.lock"), "half done");
        return { commands: ["gives-up --fix"], skipped: "the lockfile could not follow" };
      },
    };
    const { report } = await heal({ repoDir: dir, failures: [failA(), failC()], fixers: [fixA, givesUp] });
    expect(report.attempts.map((a) => [a.fixer, a.status])).toContainEqual(["gives-up", "skipped"]);
    expect(report.attempts.find((a) => a.fixer === "fix-a")?.kept).toBe(true);
    expect(readFileSync(join(dir, "big.lock"), "utf8")).toBe(synced);
  });
});
