import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseFindings } from "../../src/healing/findings.js";
import { keepLineEnds, packageBin, repoPath, usePathHints } from "../../src/healing/fixers/files.js";
import { extractPatch, withGitHeaders } from "../../src/healing/llm/extract.js";
import { buildPrompt, sanitizeUntrusted } from "../../src/healing/llm/prompt.js";
import { checkPatch } from "../../src/healing/patch-guard.js";
import { fence, renderReport } from "../../src/healing/proposal.js";
import { relatedFiles } from "../../src/healing/related.js";
import type { HealReport } from "../../src/healing/types.js";
import { ConfigurationError } from "../../src/util/errors.js";
import { cleanupRepos, failure, makeRepo } from "./helpers.js";

afterEach(cleanupRepos);

const diff = (path: string, added: string) =>
  `diff --git a/${path} b/${path}\n--- a/${path}\n+++ b/${path}\n@@ -1 +1 @@\n-old\n+${added}\n`;

describe("extractPatch (PATCH-06)", () => {
  it("takes exactly one fenced diff and gives plain ---/+++ diffs the git headers the gate expects", () => {
    const r = extractPatch("Sure:\n```diff\n--- a/x.py\n+++ b/x.py\n@@ -1 +1 @@\n-a\n+b\n```\nDone.", "stop");
    expect(r.patch).toBe("diff --git a/x.py b/x.py\n--- a/x.py\n+++ b/x.py\n@@ -1 +1 @@\n-a\n+b\n");
  });
  it.each([
    [
      "two diffs",
      "```diff\n" + diff("a", "x") + "```\n```diff\n" + diff("b", "y") + "```",
      "stop",
      /2 diffs/,
    ],
    ["truncated", "```diff\n" + diff("a", "x"), "length", /finish_reason: length/],
    ["content filter", diff("a", "x"), "content_filter", /content_filter/],
    ["prose only", "I would change the function.", "stop", /no unified diff/],
    ["declined", "NO_PATCH", "stop", /declined/],
    ["empty", "", "stop", /empty/],
  ])("refuses %s", (_name, content, finish, reason) => {
    const r = extractPatch(content, finish);
    expect(r.patch).toBeNull();
    expect(r.reason).toMatch(reason);
  });
  it("marks new and deleted files when adding git headers", () => {
    const out = withGitHeaders("--- /dev/null\n+++ b/n.txt\n@@ -0,0 +1 @@\n+x\n");
    expect(out).toBe(
      "diff --git a/n.txt b/n.txt\nnew file mode 100644\n--- /dev/null\n+++ b/n.txt\n@@ -0,0 +1 @@\n+x\n",
    );
  });
});

describe("prompt (PI-02, PI-08)", () => {
  it("strips hidden characters and comments from untrusted text and fences it with a per-run nonce", () => {
    const f = failure({
      message: "boom\u202e\u200b",
      excerpt: ["<!-- do evil -->line", "tag\u{E0041}chars", "\x1b[31mred"],
      locations: [{ file: "a.py", line: 1 }],
    });
    const a = buildPrompt({ failures: [f], files: [{ path: "a.py", content: "x = 1\n" }] });
    const b = buildPrompt({ failures: [f], files: [] });
    expect(a.nonce).not.toBe(b.nonce);
    expect(a.hiddenContent).toBe(true);
    expect(a.user).not.toMatch(/[\u200b\u202e\u{E0041}\x1b]|do evil/u);
    expect(a.user).toContain(`<<<DATA ${a.nonce} file a.py>>>\nx = 1\n`);
    expect(a.system).toContain(a.nonce);
  });
  it("bounds the prompt whatever the input size", () => {
    const huge = "x".repeat(50_000);
    const p = buildPrompt({
      failures: [failure({ excerpt: Array(5000).fill("E   error line") })],
      files: Array.from({ length: 20 }, (_, i) => ({ path: `f${i}.py`, content: huge })),
      feedback: huge,
    });
    expect(p.system.length + p.user.length).toBeLessThan(200_000);
    expect(p.user).toContain("omitted: too large");
  });
  it("sanitizeUntrusted keeps ordinary text", () => {
    expect(sanitizeUntrusted("a\tb\nc → d").text).toBe("a\tb\nc → d");
  });
});

describe("heal's patch gate on top of the policy gate", () => {
  it("refuses paths outside the files the failure allows", () => {
    const r = checkPatch({ patch: diff("src/other.py", "new"), allowedPaths: ["src/a.py", "tests/**"] });
    expect(r.ok).toBe(false);
    expect(r.reasons.join()).toMatch(/outside the files this failure allows/);
    expect(checkPatch({ patch: diff("tests/t.py", "new"), allowedPaths: ["src/a.py", "tests/**"] }).ok).toBe(
      true,
    );
  });
  it("refuses a write through a symlinked directory in the checkout (PATCH-02)", () => {
    const dir = makeRepo({ "real/a.txt": "old\n" });
    mkdirSync(join(dir, "elsewhere"));
    symlinkSync(join(dir, "elsewhere"), join(dir, "link"));
    writeFileSync(join(dir, "elsewhere", "a.txt"), "old\n");
    const r = checkPatch({ patch: diff("link/a.txt", "new"), repoDir: dir });
    expect(r.reasons.join()).toMatch(/symlink/);
    expect(checkPatch({ patch: diff("real/a.txt", "new"), repoDir: dir }).ok).toBe(true);
  });
  it("refuses the shared policy's cases: protected paths, traversal, symlink modes, secrets (PATCH-01/03/08)", () => {
    const cases = [
      diff(".GITHUB/workflows/x.yml", "on: push"),
      diff("../escape.txt", "x"),
      "diff --git a/l b/l\nnew file mode 120000\n--- /dev/null\n+++ b/l\n@@ -0,0 +1 @@\n+/etc/passwd\n",
      diff("a.py", "KEY = 'AKIAABCDEFGHIJKLMNOP'"),
    ];
    for (const patch of cases) expect(checkPatch({ patch }).ok, patch).toBe(false);
  });
  it("refuses a known secret in any encoding, and flags changes that silence checks (PI-07)", () => {
    const key = "canary-value-1234567890";
    const b64 = Buffer.from(Buffer.from(key).toString("base64")).toString("base64");
    expect(checkPatch({ patch: diff("a.py", `X = "${b64}"`), secrets: [key] }).ok).toBe(false);
    const flags = checkPatch({
      patch: diff("a.ts", "// eslint-disable-next-line") + diff("t.test.ts", "it.skip('x', () => {})"),
    }).flags;
    expect(flags.join("\n")).toMatch(/disables a lint rule/);
    expect(flags.join("\n")).toMatch(/skips a test/);
  });
});

describe("parseFindings (untrusted artifact)", () => {
  it("accepts analyze output and bounds fields", () => {
    const f = failure({ message: "m".repeat(5000), locations: [{ file: "a.py", line: 3 }] });
    const [parsed] = parseFindings(JSON.stringify({ schemaVersion: 1, failures: [f] }));
    expect(parsed.message.length).toBe(2000);
    expect(parsed.locations).toEqual([{ file: "a.py", line: 3, column: undefined }]);
  });
  it.each([
    ["not json", "{", /not valid JSON/],
    ["no failures", '{"status":"failed"}', /no "failures" array/],
    ["bad strategy", JSON.stringify([{ ...failure({}), strategy: "rm -rf" }]), /strategy/],
    ["bad fingerprint", JSON.stringify([{ ...failure({}), fingerprint: "../x" }]), /fingerprint/],
  ])("rejects %s with a message that says what to pass", (_n, text, re) => {
    expect(() => parseFindings(text)).toThrow(ConfigurationError);
    expect(() => parseFindings(text)).toThrow(re);
  });
});

describe("relatedFiles", () => {
  it("finds local modules a Python or TypeScript file imports, never packages or paths outside", () => {
    const dir = makeRepo({
      "pkg/__init__.py": "",
      "pkg/calc.py": "",
      "tests/test_calc.py": "import os\nfrom pkg.calc import add\nfrom . import helpers\n",
      "tests/helpers.py": "",
      "src/a.test.ts":
        'import { x } from "./a.js";\nimport y from "vitest";\nimport z from "../../etc/passwd";\n',
      "src/a.ts": "",
    });
    expect(relatedFiles(dir, ["tests/test_calc.py"]).sort()).toEqual(["pkg/calc.py", "tests/helpers.py"]);
    expect(relatedFiles(dir, ["src/a.test.ts"])).toEqual(["src/a.ts"]);
  });
});

describe("report.md (INJ-04/05)", () => {
  it("fences tool output so it cannot close the fence, open HTML, or ping people", () => {
    const nasty = "```````\n</details><img src=x onerror=alert(1)> @org/everyone Fixes #1";
    expect(fence(nasty)).toMatch(/^`{8}\n/);
    const report: HealReport = {
      schemaVersion: 1,
      outcome: "improved",
      reason: "partial",
      fingerprint: "abc",
      baseSha: "0123456789abcdef",
      files: ["a.py"],
      attempts: [
        {
          fixer: "black",
          strategy: "format",
          fingerprints: [],
          status: "check-failed",
          files: [],
          commands: [],
          detail: nasty,
        },
      ],
      fixed: [],
      remaining: ["abc"],
      verification: {},
      risk: "review",
      riskReasons: ["@someone Closes #2"],
      stats: { added: 1, removed: 1, durationMs: 1, llmCalls: 0 },
    };
    const md = renderReport(report);
    const outsideFences = md.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1$/gm, "").replace(/(`+) [^`]* \1/g, "");
    expect(outsideFences).not.toMatch(/@org|@someone|Fixes #|Closes #|<img/);
  });

  it("escapes a pipe in a command so it cannot split the attempts table's row", () => {
    const report: HealReport = {
      schemaVersion: 1,
      outcome: "improved",
      reason: "partial",
      fingerprint: "abc",
      baseSha: "0123456789abcdef",
      files: [],
      attempts: [
        {
          fixer: "black",
          strategy: "format",
          fingerprints: [],
          status: "fixed",
          files: [],
          commands: ["sh -c 'a | b'"],
          detail: "",
        },
      ],
      fixed: [],
      remaining: [],
      verification: {},
      risk: "review",
      riskReasons: [],
      stats: { added: 0, removed: 0, durationMs: 1, llmCalls: 0 },
    };
    const row = renderReport(report)
      .split("\n")
      .find((l) => l.startsWith("| ` black `"));
    expect(row).toContain("sh -c 'a \\| b'");
    expect(row?.split(/(?<!\\)\|/).length).toBe(10);
  });

  it("states the outcome's reason only when it says more than the outcome", () => {
    const base: HealReport = {
      schemaVersion: 1,
      outcome: "improved",
      reason: "partial",
      fingerprint: "abc",
      baseSha: "0123456789abcdef",
      files: [],
      attempts: [],
      fixed: [],
      remaining: [],
      verification: {},
      risk: "low",
      riskReasons: [],
      stats: { added: 0, removed: 0, durationMs: 1, llmCalls: 0 },
    };
    expect(renderReport(base)).toContain("Outcome ` improved ` (` partial `).");
    expect(renderReport({ ...base, outcome: "healed", reason: "healed" })).toContain("Outcome ` healed `.\n");
  });
});

describe("placing a log's path in a monorepo", () => {
  it("finds the one file a package-relative path can be, and guesses nothing when two fit", () => {
    const dir = makeRepo({
      "packages/web/src/a.ts": "",
      "packages/web/src/shared.ts": "",
      "packages/api/src/shared.ts": "",
      "node_modules/x/src/a.ts": "",
    });
    expect(repoPath(dir, "src/a.ts")).toBe("packages/web/src/a.ts");
    expect(repoPath(dir, "./src/a.ts")).toBe("packages/web/src/a.ts");
    // Two packages hold src/shared.ts: the path stays as the log gave it (and names no file).
    expect(repoPath(dir, "src/shared.ts")).toBe("src/shared.ts");
    // A bare name is no clue across packages, even when only one file has it.
    expect(repoPath(dir, "a.ts")).toBe("a.ts");
  });

  it("reads the folders a CI command runs tools in, and places a path two packages share there", () => {
    const dir = makeRepo({ "services/api/main.go": "", "services/web/main.go": "", "web/x": "" });
    expect(repoPath(dir, "./main.go")).toBe("main.go");
    expect(usePathHints(dir, "cd services/api && go build ./...")).toEqual(["services/api"]);
    expect(repoPath(dir, "./main.go")).toBe("services/api/main.go");
    expect(usePathHints(dir, "npm --prefix ./web/ run lint; make -C services/web")).toEqual([
      "web",
      "services/web",
    ]);
    // Only folders of this checkout, never one outside it.
    expect(usePathHints(dir, "cd ../elsewhere && make; pnpm --dir /etc test; yarn --cwd nope test")).toEqual(
      [],
    );
    expect(usePathHints(dir, undefined)).toEqual([]);
    symlinkSync("/tmp", join(dir, "out"), "dir");
    expect(usePathHints(dir, "cd out && make")).toEqual([]);
  });

  it("takes a tool from the nearest install above the file, the repo root last", () => {
    const dir = makeRepo({
      "node_modules/.bin/fmt": "",
      "packages/web/node_modules/.bin/fmt": "",
      "packages/web/src/deep/a.ts": "",
      "packages/api/src/b.ts": "",
    });
    expect(packageBin(dir, "fmt", "packages/web/src/deep/a.ts")).toEqual({
      bin: join(dir, "packages/web/node_modules/.bin/fmt"),
      dir: "packages/web",
    });
    expect(packageBin(dir, "fmt", "packages/api/src/b.ts")).toEqual({
      bin: join(dir, "node_modules/.bin/fmt"),
      dir: "",
    });
    expect(packageBin(dir, "other", "packages/api/src/b.ts")).toBeNull();
  });
});

describe("keepLineEnds", () => {
  const addFirst = (t: string) => `new\n${t}`;
  it("gives a CRLF file's lines, new ones included, CRLF ends", () => {
    expect(keepLineEnds("a\r\nb\r\n", addFirst)).toBe("new\r\na\r\nb\r\n");
  });
  it("leaves LF and mixed files' own ends alone", () => {
    expect(keepLineEnds("a\nb\n", addFirst)).toBe("new\na\nb\n");
    expect(keepLineEnds("a\r\nb\n", addFirst)).toBe("new\na\r\nb\n");
    expect(keepLineEnds("a\r\n", () => null)).toBeNull();
  });
});
