/** The markdown report may be posted as a comment: log text in it must not ping anybody. */
import { describe, expect, it } from "vitest";
import { fitJson, toMarkdown } from "../../src/analysis/format.js";
import type { AnalysisResult, Failure } from "../../src/analysis/types.js";

function result(message: string, step?: string): AnalysisResult {
  const f: Failure = {
    category: "test_failure",
    severity: "high",
    tool: "jest",
    message,
    locations: [{ file: "src/a_b.test.ts", line: 3 }],
    excerpt: ["● @octocat › signs in"],
    context: [],
    fingerprint: "abc",
    strategy: "llm",
    autoFixable: false,
    suggestion: "Ask @some_team/reviewers, or mail ci@example.com",
    step,
    rule: "jest.fail",
    lines: [1],
  };
  return { schemaVersion: 1, status: "failed", failures: [f], stats: { bytes: 1, lines: 1, durationMs: 1 } };
}

/** Text outside code spans and fences: what GitHub would scan for mentions. */
function prose(md: string): string {
  return md.replace(/^(`{3,})[\s\S]*?^\1$/gm, "").replace(/`[^`\n]*`/g, "");
}

describe("markdown report", () => {
  it("puts @mentions from the log into code spans, and leaves e-mail addresses alone", () => {
    const md = toMarkdown(result("@octocat's test failed (cc @github/security)", "Run @x-y/tool"));
    expect(prose(md)).not.toMatch(/(^|[^\w])@[A-Za-z0-9]/);
    expect(md).toContain("`@octocat`");
    expect(md).toContain("`@github/security`");
    expect(md).toContain("`@some_team/reviewers`");
    expect(md).toContain("`@x-y/tool`");
    expect(md).toContain("ci@example.com");
    // The excerpt stays verbatim inside its fence.
    expect(md).toContain("● @octocat › signs in");
  });

  it("shows log text literally: no entities, strikethrough, line breaks or issue links", () => {
    const md = toMarkdown(
      result(
        "expected &lt;div&gt; in ~Foo() and ~Bar() (see #12, octo/repo#3, @a#4, #5#6)\rnext",
        "Run step #2",
      ),
    );
    const heading = md.split("\n").find((l) => l.startsWith("#### 1. "))!;
    expect(heading).toContain("\\&lt;div\\&gt;");
    expect(heading).toContain("\\~Foo() and \\~Bar()");
    expect(heading).not.toMatch(/\r/);
    // GitHub links `#12` and `owner/repo#3` (and adds a back-reference to that issue): code spans.
    expect(prose(md)).not.toMatch(/#\d/);
    expect(md).toContain("`#12`");
    expect(md).toContain("`@a#4`");
    expect(md).toContain("Step: Run step `#2`");
  });

  it("shows the head of a long excerpt and says how much is left out", () => {
    const r = result("tsc failed");
    r.failures[0].excerpt = Array.from({ length: 3000 }, (_, i) => `src/a.ts(${i + 1},1): error TS2304: x`);
    const md = toMarkdown(r);
    expect(md).toContain("src/a.ts(1,1): error TS2304");
    expect(md).not.toContain("src/a.ts(81,1)");
    expect(md).toContain("… 2920 more lines in the JSON output");
    expect(md.length).toBeLessThan(20_000);
  });
});

describe("fitJson (the action's findings output)", () => {
  const big = () => {
    const r = result("first");
    const f = r.failures[0];
    const many = Array.from({ length: 40 }, (_, i) => ({
      ...f,
      message: `failure ${i}`,
      fingerprint: `fp${i}`,
      excerpt: Array.from({ length: 5000 }, (_, j) => `line ${j} ${"x".repeat(40)}`),
      context: Array.from({ length: 20 }, () => "ctx"),
      lines: Array.from({ length: 5000 }, (_, j) => j + 1),
    }));
    return { ...r, failures: many };
  };

  it("returns the whole analysis when it fits", () => {
    const r = result("small");
    expect(JSON.parse(fitJson(r, 900_000))).toEqual(r);
  });

  it("cuts contexts and excerpt tails, keeps every failure's identity, and says it cut", () => {
    const r = big();
    expect(JSON.stringify(r).length).toBeGreaterThan(5_000_000);
    const json = fitJson(r, 900_000);
    expect(json.length).toBeLessThanOrEqual(900_000);
    const back = JSON.parse(json) as AnalysisResult;
    expect(back.truncated).toBe(true);
    expect(back.failures.map((f) => f.fingerprint)).toEqual(r.failures.map((f) => f.fingerprint));
    expect(back.failures[0].excerpt[0]).toBe(r.failures[0].excerpt[0]);
    expect(back.failures[0].lines.length).toBe(back.failures[0].excerpt.length);
    expect(back.failures[0].context).toEqual([]);
  });

  it("drops failures from the end when even one line each is too much", () => {
    const r = big();
    const json = fitJson(r, 8_000);
    expect(json.length).toBeLessThanOrEqual(8_000);
    const back = JSON.parse(json) as AnalysisResult;
    expect(back.failures.length).toBeGreaterThan(0);
    expect(back.failures.length).toBeLessThan(40);
    expect(back.failures[0].fingerprint).toBe("fp0");
  });
});
