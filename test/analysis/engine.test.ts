import { describe, expect, it } from "vitest";
import { zipSync, strToU8 } from "fflate";
import { analyzeBytes, analyzeText } from "../../src/analysis/analyze.js";
import type { RuleSet } from "../../src/analysis/rule-types.js";

const rules: RuleSet[] = [
  {
    ecosystem: "toy",
    rules: [
      {
        id: "toy.error",
        tool: "toyc",
        category: "type_error",
        severity: "high",
        strategy: "llm",
        keywords: ["toyc:"],
        match: /^toyc: (?<file>\S+?):(?<line>\d+): (?<message>.+)$/,
        follow: /^ {4}/,
        suggestion: "Fix the type in $<file>.",
      },
      {
        id: "toy.summary",
        tool: "toyc",
        category: "type_error",
        severity: "high",
        strategy: "llm",
        keywords: ["errors found"],
        match: /^\d+ errors found$/,
        unless: /^0 errors/,
        role: "summary",
        suggestion: "",
      },
    ],
  },
];

let clock = 0;
function gha(lines: string[], t0 = "2026-11-20T10:00"): string {
  return lines.map((l) => `${t0}:${String(clock++ % 60).padStart(2, "0")}.1234567Z ${l}`).join("\n") + "\n";
}

const failing = (extra: string[] = [], tmp = "/tmp/abc123") => [
  "##[group]Run npm ci",
  "npm ci",
  "##[endgroup]",
  "added 10 packages",
  "0 errors found",
  ...extra,
  "##[group]Run npm run check",
  "npm run check",
  "##[endgroup]",
  `toyc: /home/runner/work/app/app/src/a.ts:12: number is not string (${tmp})`,
  "    at the left operand",
  "toyc: src/b.ts:3: missing return",
  "2 errors found",
  "##[error]Process completed with exit code 2.",
  "Post job cleanup.",
];

describe("engine", () => {
  it("groups a tool's errors into one failure in the failing step, with locations and follow lines", async () => {
    const r = await analyzeText(gha(failing()), { rules });
    expect(r.status).toBe("failed");
    expect(r.failures).toHaveLength(1);
    const f = r.failures[0];
    expect(f.category).toBe("type_error");
    expect(f.tool).toBe("toyc");
    expect(f.step).toBe("Run npm run check");
    expect(f.locations).toEqual([
      { file: "src/a.ts", line: 12 },
      { file: "src/b.ts", line: 3 },
    ]);
    expect(f.excerpt[0]).toMatch(/^toyc: .*src\/a\.ts:12: number is not string/);
    expect(f.excerpt).toContain("    at the left operand");
    // The tally only counts what the lines above state: it moves to the context.
    expect(f.excerpt).not.toContain("2 errors found");
    expect(f.context).toContain("2 errors found");
    expect(f.excerpt.join("\n")).not.toMatch(/\d{4}-\d\d-\d\dT/);
    expect(f.suggestion).toBe("Fix the type in /home/runner/work/app/app/src/a.ts.");
    expect(f.message).toBe("src/a.ts:12: number is not string (/tmp/abc123)");
  });

  it("keeps the fingerprint when timestamps, temp paths and unrelated lines shift, and changes it for another failure", async () => {
    const a = await analyzeText(gha(failing()), { rules });
    const b = await analyzeText(
      gha(failing(["some new line", "another"], "/tmp/zzz999"), "2026-12-01T08:30"),
      {
        rules,
      },
    );
    expect(b.failures[0].fingerprint).toBe(a.failures[0].fingerprint);
    const shifted = gha(failing()).replace("src/a.ts:12:", "src/a.ts:40:");
    expect((await analyzeText(shifted, { rules })).failures[0].fingerprint).toBe(a.failures[0].fingerprint);
    const other = gha(failing()).replace("number is not string", "boolean is not string");
    expect((await analyzeText(other, { rules })).failures[0].fingerprint).not.toBe(a.failures[0].fingerprint);
    expect(a.failures[0].fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });

  it("falls back to the error lines nearest the failing exit when no rule matches", async () => {
    const log = gha([
      "##[group]Run ./deploy.sh",
      "./deploy.sh",
      "##[endgroup]",
      "deploying...",
      "error: something went wrong (0 errors were expected)",
      "fatal: unable to push to origin: permission denied",
      "cleanup done",
      "##[error]Process completed with exit code 128.",
    ]);
    const r = await analyzeText(log, { rules });
    expect(r.status).toBe("failed");
    expect(r.failures[0].rule).toBe("generic.error");
    expect(r.failures[0].step).toBe("Run ./deploy.sh");
    expect(r.failures[0].excerpt).toContain("fatal: unable to push to origin: permission denied");
    expect(r.failures[0].excerpt).not.toContain("deploying...");
  });

  it("reports passed and unknown honestly", async () => {
    expect((await analyzeText("build ok\nFinished: SUCCESS\n", { rules })).status).toBe("passed");
    const unknown = await analyzeText("just some output\nnothing to see\n", { rules });
    expect(unknown.status).toBe("unknown");
    expect(unknown.failures).toEqual([]);
    expect((await analyzeText("", { rules })).stats.lines).toBe(0);
  });

  it("reads Travis logs: step from '$ cmd', exit from 'The command ... exited with'", async () => {
    const log = [
      "travis_fold:start:install\r$ npm install\r",
      "added 1 package\r",
      "travis_fold:end:install\r",
      "$ npm test\r",
      "\x1b[31mtoyc: lib/x.ts:7: bad thing\x1b[0m\r",
      'The command "npm test" exited with 1.\r',
      "Done. Your build exited with 1.\r",
    ].join("\n");
    const r = await analyzeText(log, { rules });
    expect(r.status).toBe("failed");
    expect(r.failures[0].locations).toEqual([{ file: "lib/x.ts", line: 7 }]);
    expect(r.failures[0].step).toBe("npm test");
  });

  it("analyzes every job of a run-logs zip and merges by fingerprint", async () => {
    const job = gha(failing());
    const zip = zipSync({
      "0_build.txt": strToU8(job),
      "1_test.txt": strToU8(
        gha(["##[group]Run make", "make", "##[endgroup]", "all good", "Finished: SUCCESS"]),
      ),
      "build/3_Run npm run check.txt": strToU8(job),
    });
    const r = await analyzeBytes(zip, { rules });
    expect(r.status).toBe("failed");
    expect(r.failures).toHaveLength(1);
    expect(r.failures[0].locations.length).toBe(2);
  });

  it("survives NUL bytes, invalid UTF-8, lone CRs and a 5 MB line", async () => {
    const parts = [
      Buffer.from("progress 10%\rprogress 50%\rprogress 100%\n"),
      Buffer.from([0x00, 0xff, 0xfe, 0x41, 0x0a]),
      Buffer.alloc(5 * 1024 * 1024, 0x61),
      Buffer.from("\ntoyc: src/z.ts:1: after the long line\n"),
    ];
    const r = await analyzeBytes(Buffer.concat(parts), { rules });
    expect(r.failures[0].locations).toEqual([{ file: "src/z.ts", line: 1 }]);
    expect(r.failures[0].lines).toEqual([6]);
    expect(r.stats.lines).toBe(6);
  });
});

describe("excerpt bound", () => {
  const log = (lines: string[]) =>
    [
      "$ npx tsc --noEmit",
      ...lines,
      "Found many errors.",
      'The command "npx tsc --noEmit" exited with 2.',
    ].join("\n");
  const errors = (n: number) =>
    Array.from(
      { length: n },
      (_, i) => `src/m${i}.ts(${i + 1},5): error TS2322: Type 'string' is not assignable to type 'number'.`,
    );

  it("keeps a long list of errors whole, beyond 500 lines", async () => {
    const long = (await analyzeText(log(errors(1200)))).failures[0];
    expect(long.excerpt.filter((l) => l.includes("error TS2322"))).toHaveLength(1200);
  });

  it("stops at 250,000 characters, what 500 lines of the longest kept line weigh", async () => {
    const huge = (await analyzeText(log(errors(5000)))).failures[0];
    const chars = huge.excerpt.reduce((a, l) => a + l.length, 0);
    expect(huge.excerpt.length).toBeLessThan(5000);
    expect(chars).toBeLessThanOrEqual(250_000 + 501);
    expect(chars).toBeGreaterThan(249_000);
    const wide = (await analyzeText(log(errors(700).map((e) => e + " x".repeat(300))))).failures[0];
    expect(wide.excerpt.length).toBeGreaterThanOrEqual(499);
    expect(wide.excerpt.length).toBeLessThanOrEqual(501);
    expect(wide.excerpt.every((l) => l.length <= 501)).toBe(true);
  });
});

describe("a failed step with no error line", () => {
  it("is explained by a rule's finding in an earlier step that never reported success", async () => {
    const log = [
      "$ toyc --check src",
      "toyc: src/a.ts:12: number is not string",
      "$ ./publish-docs.sh",
      "uploading docs",
      "done",
      'The command "./publish-docs.sh" exited with 1.',
    ].join("\n");
    const f = (await analyzeText(log, { rules })).failures[0];
    expect(f.rule).toBe("toy.error");
    expect(f.excerpt).toEqual(["toyc: src/a.ts:12: number is not string"]);
  });

  it("nor does one that only mentions a failure, while a line stating one stands", async () => {
    const weak = [
      "$ toyc --check src",
      "toyc: src/a.ts:12: number is not string",
      "$ test/run",
      "/home/travis/.travis/job_stages: line 104: test/run: No such file or directory",
      'The command "test/run" exited with 127.',
    ].join("\n");
    expect((await analyzeText(weak, { rules })).failures[0].rule).toBe("toy.error");
    const strong = weak.replace(
      "/home/travis/.travis/job_stages: line 104: test/run: No such file or directory",
      "Error: test/run crashed",
    );
    expect((await analyzeText(strong, { rules })).failures[0].rule).toBe("generic.error");
  });

  it("is its own failure when the earlier step passed", async () => {
    const log = [
      "$ toyc --check src",
      "toyc: src/a.ts:12: number is not string",
      'The command "toyc --check src" exited with 0.',
      "$ ./publish-docs.sh",
      "uploading docs",
      'The command "./publish-docs.sh" exited with 1.',
    ].join("\n");
    const f = (await analyzeText(log, { rules })).failures[0];
    expect(f.rule).toBe("generic.error");
    expect(f.step).toBe("./publish-docs.sh");
  });
});

describe("a report printed inside another", () => {
  it("joins the report around it (BuildKit's Dockerfile frame between its error lines)", async () => {
    const log = [
      "2026-11-20T10:00:00.0000000Z ##[group]Run docker build .",
      "2026-11-20T10:00:00.0000000Z docker build .",
      "2026-11-20T10:00:00.0000000Z ##[endgroup]",
      "2026-11-20T10:00:01.0000000Z #6 [2/3] RUN apk add --no-cache git",
      "2026-11-20T10:00:01.0000000Z #6 ERROR: failed to copy: httpReadSeeker: failed open: could not fetch content descriptor sha256:df9b",
      "2026-11-20T10:00:01.0000000Z ------",
      "2026-11-20T10:00:01.0000000Z  > [2/3] RUN apk add --no-cache git:",
      "2026-11-20T10:00:01.0000000Z ------",
      "2026-11-20T10:00:01.0000000Z Dockerfile:32",
      "2026-11-20T10:00:01.0000000Z --------------------",
      "2026-11-20T10:00:01.0000000Z   31 |     ",
      "2026-11-20T10:00:01.0000000Z   32 | >>> RUN apk add --no-cache git",
      "2026-11-20T10:00:01.0000000Z --------------------",
      "2026-11-20T10:00:01.0000000Z error: failed to solve: failed to compute cache key: failed to copy: httpReadSeeker: failed open: could not fetch content descriptor sha256:df9b",
      "2026-11-20T10:00:01.0000000Z ##[error]Process completed with exit code 1.",
    ].join("\n");
    const res = await analyzeText(log);
    expect(res.failures).toHaveLength(1);
    const f = res.failures[0];
    expect(f.rule).toBe("docker.step-error-network");
    expect(f.excerpt).toContain("Dockerfile:32");
    expect(f.excerpt).toContain("  32 | >>> RUN apk add --no-cache git");
    expect(f.locations).toContainEqual({ file: "Dockerfile", line: 32 });
    expect(f.lines).toEqual([...f.lines].sort((a, b) => a - b));
  });

  it("keeps a report that only repeats the failure well below it apart", async () => {
    const log = [
      "2026-11-20T10:00:00.0000000Z ##[group]Run docker build .",
      "2026-11-20T10:00:00.0000000Z docker build .",
      "2026-11-20T10:00:00.0000000Z ##[endgroup]",
      "2026-11-20T10:00:01.0000000Z #6 ERROR: failed to copy: httpReadSeeker: failed open: could not fetch content",
      "",
      "",
      "",
      ...Array.from({ length: 10 }, (_, i) => `2026-11-20T10:00:01.0000000Z #7 step ${i}`),
      "2026-11-20T10:00:01.0000000Z Dockerfile:32",
      "2026-11-20T10:00:01.0000000Z   32 | >>> RUN apk add --no-cache git",
      "",
      "",
      "",
      ...Array.from({ length: 10 }, (_, i) => `2026-11-20T10:00:01.0000000Z #8 step ${i}`),
      "2026-11-20T10:00:01.0000000Z error: failed to solve: failed to copy: httpReadSeeker: failed open: could not fetch content",
      "2026-11-20T10:00:01.0000000Z ##[error]Process completed with exit code 1.",
    ].join("\n");
    const res = await analyzeText(log);
    expect(res.failures[0].excerpt).not.toContain("Dockerfile:32");
  });
});

describe("a report that goes on right where another stops", () => {
  it("joins it when it is one unbroken run of lines", async () => {
    const log = [
      "Started by an SCM change",
      " > git checkout -f 779ff9c0 # timeout=10",
      "FATAL: Could not checkout 779ff9c0",
      'hudson.plugins.git.GitException: Command "git checkout -f 779ff9c0" returned status code 128:',
      "stdout: ",
      "stderr: error: unable to create file src/A.java: No space left on device",
      "fatal: cannot create directory at 'src/lib': No space left on device",
      "",
      "\tat org.jenkinsci.plugins.gitclient.CliGitAPIImpl.launchCommandIn(CliGitAPIImpl.java:2671)",
      "\tat hudson.plugins.git.GitSCM.checkout(GitSCM.java:1358)",
      "Finished: FAILURE",
    ].join("\n");
    const res = await analyzeText(log);
    const f = res.failures[0];
    expect(f.excerpt[0]).toBe("FATAL: Could not checkout 779ff9c0");
    expect(f.excerpt).toContain("fatal: cannot create directory at 'src/lib': No space left on device");
    expect(res.failures.flatMap((x) => x.lines).filter((n) => n === 7)).toHaveLength(1);
  });
});
