/**
 * PATCH-01/02/03 and the size/secret caps: the gate refuses what `git apply` itself would accept.
 * Each dangerous patch is produced by real git where git can produce it, and for those the test
 * first proves git apply would have taken it.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkPatch } from "../../src/policy/patch.js";
import { DEFAULT_CONFIG } from "../../src/policy/config.js";
import { createRedactor } from "../../src/util/redact.js";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function repo(): string {
  const d = mkdtempSync(join(tmpdir(), "autodev-patch-"));
  dirs.push(d);
  const g = (...a: string[]) => execFileSync("git", a, { cwd: d });
  g("init", "-q", "-b", "main");
  writeFileSync(join(d, "a.txt"), "one\n");
  mkdirSync(join(d, "src"));
  writeFileSync(join(d, "src/x.ts"), "export const x = 1;\n");
  g("add", "-A");
  g("-c", "user.email=t@t", "-c", "user.name=t", "commit", "-q", "-m", "init");
  return d;
}

/** The staged change as `git diff --binary`, then the tree is put back. */
function diffOf(d: string, change: () => void): string {
  change();
  execFileSync("git", ["add", "-A"], { cwd: d });
  const patch = execFileSync("git", ["diff", "--cached", "--binary", "HEAD"], { cwd: d, encoding: "utf8" });
  execFileSync("git", ["reset", "-q", "--hard", "HEAD"], { cwd: d });
  execFileSync("git", ["clean", "-qfdx"], { cwd: d });
  return patch;
}

function gitAccepts(d: string, patch: string): boolean {
  writeFileSync(join(d, "..", `${d.split("/").pop()}.patch`), patch);
  return (
    spawnSync("git", ["apply", "--check", join(d, "..", `${d.split("/").pop()}.patch`)], { cwd: d })
      .status === 0
  );
}

const limits = DEFAULT_CONFIG.limits;
const codes = (patch: string, extra: Partial<Parameters<typeof checkPatch>[0]> = {}) =>
  checkPatch({ patch, limits, ...extra }).violations.map((v) => v.code);

describe("patch gate", () => {
  it("accepts an ordinary change and counts it", () => {
    const d = repo();
    const patch = diffOf(d, () => writeFileSync(join(d, "src/x.ts"), "export const x = 2;\n"));
    const r = checkPatch({ patch, limits, declaredFiles: ["src/x.ts"] });
    expect(r.ok).toBe(true);
    expect(r.files).toEqual([{ path: "src/x.ts", status: "modified", added: 1, removed: 1 }]);
  });

  it("refuses a symlink to /etc/passwd that git apply would create (PATCH-02)", () => {
    const d = repo();
    const patch = diffOf(d, () => symlinkSync("/etc/passwd", join(d, "link")));
    expect(gitAccepts(d, patch)).toBe(true);
    expect(codes(patch)).toContain("symlink");
  });

  it("refuses a mode change and a new executable that git apply would take (PATCH-03)", () => {
    const d = repo();
    const patch = diffOf(d, () => chmodSync(join(d, "a.txt"), 0o755));
    expect(gitAccepts(d, patch)).toBe(true);
    expect(codes(patch)).toContain("mode-change");
  });

  it("refuses a rename into .github/workflows that git apply would take (PATCH-03)", () => {
    const d = repo();
    const patch = diffOf(d, () => {
      mkdirSync(join(d, ".github/workflows"), { recursive: true });
      execFileSync("git", ["mv", "a.txt", ".github/workflows/a.yml"], { cwd: d });
    });
    expect(patch).toContain("rename to .github/workflows/a.yml");
    expect(gitAccepts(d, patch)).toBe(true);
    expect(codes(patch)).toContain("protected-path");
  });

  it("refuses binary changes, gitlinks and .gitmodules", () => {
    const d = repo();
    const bin = diffOf(d, () => writeFileSync(join(d, "b.bin"), Buffer.from([0, 1, 2, 3, 255])));
    expect(codes(bin)).toContain("binary");
    const gitlink = [
      "diff --git a/vendor/sub b/vendor/sub",
      "new file mode 160000",
      "index 0000000..1234567",
      "--- /dev/null",
      "+++ b/vendor/sub",
      "@@ -0,0 +1 @@",
      "+Subproject commit 1234567890123456789012345678901234567890",
      "",
    ].join("\n");
    expect(codes(gitlink)).toContain("submodule");
    const modules = diffOf(d, () => writeFileSync(join(d, ".gitmodules"), '[submodule "x"]\n\tpath = x\n'));
    expect(codes(modules)).toContain("protected-path");
  });

  const hostile = (path: string) =>
    [
      `diff --git a/${path} b/${path}`,
      "new file mode 100644",
      "--- /dev/null",
      `+++ b/${path}`,
      "@@ -0,0 +1 @@",
      "+x",
      "",
    ].join("\n");

  it.each([
    ["../escape.txt", "unsafe-path"],
    ["a/../../x", "unsafe-path"],
    ["/etc/x", "unsafe-path"],
    ["..\\x", "unsafe-path"],
    ["C:/x", "unsafe-path"],
    ["%2e%2e/x", "unsafe-path"],
    [".git/hooks/pre-commit", "unsafe-path"],
    ["sub/.git/config", "unsafe-path"],
    [".GITHUB/workflows/z.yml", "protected-path"],
    [".github/workflows/x.yml", "protected-path"],
    [".autodev/config.yml", "protected-path"],
    ["docs/CODEOWNERS", "protected-path"],
    [".npmrc", "protected-path"],
  ])("refuses %s (PATCH-01/03, PI-06)", (path, code) => {
    expect(codes(hostile(path))).toContain(code);
  });

  it("honours configured protected globs, the declared file list and the caps (PATCH-04/07)", () => {
    const d = repo();
    const patch = diffOf(d, () => writeFileSync(join(d, "src/x.ts"), "export const x = 2;\n"));
    expect(codes(patch, { protectedPaths: ["src/**"] })).toContain("protected-path");
    expect(codes(patch, { declaredFiles: ["a.txt"] })).toContain("undeclared-file");
    expect(codes(patch, { limits: { ...limits, maxChangedLines: 1 } })).toContain("too-many-lines");
    expect(codes(patch, { limits: { ...limits, maxPatchBytes: 10 } })).toContain("too-large");
    expect(codes("prose before\n" + patch)).toContain("not-a-diff");
    expect(codes(Buffer.from([0x64, 0x69, 0x66, 0x66, 0xff, 0xfe]) as never)).toContain("encoding");
  });

  it("refuses a patch that adds a secret (PATCH-08, PI-04)", () => {
    const d = repo();
    const key = "sk-canary-3f9a7c1e5b2d4a6f8e0c1b3d5f7a9c2e";
    const redactor = createRedactor({ secrets: [key] });
    const leak = diffOf(d, () =>
      writeFileSync(join(d, "src/x.ts"), `console.log(process.env.KEY, "${key}");\n`),
    );
    expect(codes(leak, { scanSecrets: redactor.scan })).toContain("secret");
    const aws = diffOf(d, () => writeFileSync(join(d, "src/x.ts"), 'const k = "AKIAIOSFODNN7EXAMPLE";\n'));
    expect(codes(aws, { scanSecrets: redactor.scan })).toContain("secret");
    const pem = diffOf(d, () =>
      writeFileSync(join(d, "k.pem"), "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n"),
    );
    expect(codes(pem, { scanSecrets: redactor.scan })).toContain("secret");
  });
});
