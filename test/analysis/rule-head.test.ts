import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanLine } from "../../src/analysis/clean.js";
import { blankAt, headFits, regexHead } from "../../src/analysis/rule-head.js";
import { ruleSets } from "../../src/analysis/rules/index.js";
// @ts-expect-error plain JS module shared with the benchmark
import { loadCorpus } from "../../bench/corpus-score.mjs";

const utf8 = (s: string) => new TextEncoder().encode(s);
const fits = (re: RegExp, text: string, esc = false) => {
  const head = regexHead(re);
  const b = utf8(text);
  return head === null || headFits(head, b, 0, b.length, esc);
};

describe("regexHead", () => {
  it("reads the blank run and the literal start of anchored regexes", () => {
    expect(regexHead(/^\s+at (?<file>\S+)/)).toEqual({ blank: 1, min: 1, max: Infinity, literal: "at " });
    expect(regexHead(/^ {2}(?<name>test\w*), /)).toEqual({ blank: 2, min: 2, max: 2, literal: "test" });
    expect(regexHead(/^Found [1-9]\d* errors?/)).toEqual({ blank: 0, min: 0, max: 0, literal: "Found " });
    // A quantified character is not required; a group followed by a quantifier neither.
    expect(regexHead(/^errors? found/)?.literal).toBe("error");
    expect(regexHead(/^(?:vet: )?(?<file>\S+\.go):/)).toBeNull();
    expect(regexHead(/^\[tsl\] ERROR in (?<file>.+)/)?.literal).toBe("[tsl] ERROR in ");
  });

  it("gives up on what it cannot tell from the start of a line", () => {
    expect(regexHead(/error: (?<message>.+)/)).toBeNull(); // not anchored
    expect(regexHead(/^foo|bar/)).toBeNull(); // the anchor binds one alternative only
    expect(regexHead(/^error/i)).toBeNull(); // case folding
    expect(regexHead(/^error/m)).toBeNull(); // ^ after any line break
    expect(regexHead(/^(?=x)abc/)).toBeNull(); // lookaround
    expect(regexHead(/^(?<file>[^\s:]+):(?<line>\d+)/)).toBeNull();
  });

  it("keeps an unbounded run when the literal after the blanks is unknown", () => {
    const re = /^ +(?<n>\d+) failing$/;
    expect(regexHead(re)).toEqual({ blank: 2, min: 1, max: Infinity, literal: "" });
    expect(fits(re, "    2 failing")).toBe(true);
    expect(fits(re, "2 failing")).toBe(false);
  });
});

describe("headFits", () => {
  it("counts exactly the blanks a bounded run allows", () => {
    const re = /^ {2}(?<name>test\w*), (?<message>.*failed.*)$/;
    expect(fits(re, "  testFoo, failed")).toBe(true);
    expect(fits(re, "   testFoo, failed")).toBe(false);
    expect(fits(re, " testFoo, failed")).toBe(false);
    expect(fits(re, "DEBUG emit: compile, cache")).toBe(false);
  });

  it("steps over colour codes as the scanner's clean text does", () => {
    const re = /^\s+at (?<file>\S+)$/;
    expect(fits(re, "  \x1b[2mat\x1b[22m x.js", true)).toBe(true);
    expect(fits(re, "  \x1b[32m✓\x1b[39m a.test.ts > works", true)).toBe(false);
  });

  it("takes every JS whitespace for \\s, and nothing else", () => {
    for (const ws of [
      " ",
      "\t",
      "\u00a0",
      "\u1680",
      "\u2003",
      "\u2028",
      "\u202f",
      "\u205f",
      "\u3000",
      "\ufeff",
    ])
      expect(blankAt(utf8(ws), 0, utf8(ws).length), JSON.stringify(ws)).toBe(utf8(ws).length);
    for (const c of ["x", "✓", "\u0085", "\u200b", "\ufffd"])
      expect(blankAt(utf8(c), 0, utf8(c).length)).toBe(0);
    expect(fits(/^\s+at x/, "\u00a0\u2003at x")).toBe(true);
  });

  it("never rules out a line a rule matches (every rule, every corpus line)", () => {
    const rules = ruleSets.flatMap((s) => s.rules).filter((r) => regexHead(r.match));
    expect(rules.length).toBeGreaterThan(100);
    let matched = 0;
    for (const { log } of loadCorpus() as Array<{ log: string }>) {
      for (const raw of readFileSync(log, "utf8").split(/\r\n|\n|\r/)) {
        const text = cleanLine(raw).text;
        for (const r of rules) {
          if (!r.match.test(text)) continue;
          matched++;
          if (!fits(r.match, text))
            expect.fail(`${r.id} matches ${JSON.stringify(text)} but its head rules it out`);
          const coloured = `\x1b[1m${text.replace(/ /g, " \x1b[0m")}`;
          if (!fits(r.match, coloured, true))
            expect.fail(`${r.id}: colour codes hide ${JSON.stringify(text)}`);
        }
      }
    }
    expect(matched).toBeGreaterThan(500);
  });
});
