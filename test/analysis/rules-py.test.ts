import { describe, expect, it } from "vitest";
import { analyzeFile, analyzeText } from "../../src/analysis/analyze.js";
import type { Rule, RuleSet } from "../../src/analysis/rule-types.js";
import { pythonRules } from "../../src/analysis/rules/python.js";
import { shellRules } from "../../src/analysis/rules/shell.js";
import { rubyRules } from "../../src/analysis/rules/ruby.js";
import { dockerRules } from "../../src/analysis/rules/docker.js";
import { securityRules } from "../../src/analysis/rules/security.js";
import { runnerRules } from "../../src/analysis/rules/runner.js";
// @ts-expect-error plain JS module shared with the benchmark
import { aggregate, loadCorpus, scoreCase } from "../../bench/corpus-score.mjs";

interface Case {
  id: string;
  log: string;
  label: { category: string; locations?: Array<{ file: string; line?: number }>; keyLines?: string[] };
}

const MINE = /^(?:py|sh|infra|sec)-/;
const cases: Case[] = (loadCorpus() as Case[]).filter((c) => MINE.test(c.id));

describe("python/shell/runner corpus", () => {
  it("has at least 45 logs, 6+ per Python category, timeout and infrastructure", () => {
    const count = (cat: string) => cases.filter((c) => c.label.category === cat).length;
    expect(cases.length).toBeGreaterThanOrEqual(45);
    for (const cat of [
      "test_failure",
      "import_error",
      "syntax_error",
      "runtime_error",
      "lint_error",
      "format_error",
      "type_error",
      "dependency_error",
      "timeout",
      "infrastructure_error",
    ])
      expect(count(cat), cat).toBeGreaterThanOrEqual(6);
  });

  it("gives the labelled category, locations and key lines (>= 97% / 95% / 95%)", async () => {
    const scores = [];
    const misses: string[] = [];
    for (const c of cases) {
      const r = await analyzeFile(c.log);
      const s = scoreCase(c.label, r);
      scores.push(s);
      const why: string[] = [];
      if (!s.categoryOk) why.push(`category ${s.got} (want ${c.label.category})`);
      s.locationHits.forEach((hit: boolean, i: number) => {
        if (!hit) why.push(`location ${JSON.stringify(c.label.locations![i])}`);
      });
      s.keyHits.forEach((hit: boolean, i: number) => {
        if (!hit) why.push(`key line ${JSON.stringify(c.label.keyLines![i])}`);
      });
      if (why.length)
        misses.push(
          `${c.id}: ${why.join("; ")}\n  got: ${JSON.stringify(
            r.failures.map((f) => ({ c: f.category, rule: f.rule, loc: f.locations, ex: f.excerpt })),
          ).slice(0, 1500)}`,
        );
    }
    const agg = aggregate(scores);
    if (misses.length) console.log(misses.join("\n"));
    expect(agg.categoryAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(agg.locationRecall).toBeGreaterThanOrEqual(0.95);
    expect(agg.keyLineRecall).toBeGreaterThanOrEqual(0.95);
  });
});

void analyzeText;
void ([] as Array<Rule | RuleSet>);
void [pythonRules, shellRules, rubyRules, dockerRules, securityRules, runnerRules];
