/** The markdown report may be posted as a comment: log text in it must not ping anybody. */
import { describe, expect, it } from "vitest";
import { toMarkdown } from "../../src/analysis/format.js";
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
});
