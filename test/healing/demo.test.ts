import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";

const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("autodev demo", () => {
  it("heals the bundled shop: red CI for four reasons, each fixed and kept, CI green, report printed", async () => {
    const parent = mkdtempSync(join(tmpdir(), "autodev-demo-test-"));
    made.push(parent);
    const dir = join(parent, "shop");
    let stdout = "";
    let stderr = "";
    const code = await runCli(["demo", "--dir", dir], {
      cwd: parent,
      stdout: new PassThrough().on("data", (d) => (stdout += d)),
      stderr: new PassThrough().on("data", (d) => (stderr += d)),
      stdin: Readable.from([]),
      env: process.env,
    });
    const failed = `stdout:\n${stdout}\nstderr:\n${stderr}`;
    expect(code, failed).toBe(0);
    // Red before (the first CI run), green after (the last one).
    expect(stderr, failed).toMatch(/① Run its CI: sh ci\.sh\n\s+exit 1/);
    expect(stderr, failed).toMatch(/③ Run CI again: sh ci\.sh\n\s+exit 0 .*green/);
    // The four fixes, each by its own fixer, kept.
    const kept = stderr.split("\n").filter((l) => l.includes("→ ✓ kept"));
    for (const fixer of ["npm-lock-sync", "prettier", "add-missing-import", "snapshot-update"])
      expect(
        kept.some((l) => l.includes(fixer)),
        `${fixer}\n${failed}`,
      ).toBe(true);
    const diff = execFileSync("git", ["diff", "--name-only"], { cwd: dir, encoding: "utf8" })
      .trim()
      .split("\n");
    expect(diff.sort()).toEqual([
      "package-lock.json",
      "src/cart.ts",
      "src/label.ts",
      "test/__snapshots__/price.spec.ts.snap",
    ]);
    expect(readFileSync(join(dir, "src/label.ts"), "utf8")).toContain('import { slugify } from "./slug.js";');
    expect(readFileSync(join(dir, "package-lock.json"), "utf8")).toContain('"node_modules/shout"');
    // The report on stdout, and where the copy is.
    expect(stdout).toMatch(/^## autodev/);
    expect(stdout).toContain(`The healed copy is in ${dir}`);
  });
});
