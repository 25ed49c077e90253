import { describe, expect, it } from "vitest";
import { analyzeFile } from "../../src/analysis/analyze.js";
import { CATEGORIES } from "../../src/analysis/types.js";
// @ts-expect-error plain JS module shared with the benchmark
import { aggregate, loadCorpus, perCategory, scoreCase } from "../../bench/corpus-score.mjs";

interface Case {
  id: string;
  log: string;
  label: { category: string; locations?: unknown[]; keyLines?: string[] };
}

const cases: Case[] = loadCorpus();

describe("analyzer on the corpus of real tool logs", () => {
  it("has at least 120 labelled logs with every category at least 6 times", () => {
    const per = perCategory(
      cases,
      cases.map(() => ({ categoryOk: true })),
    );
    const short = CATEGORIES.filter((c) => (per[c]?.n ?? 0) < 6).map((c) => `${c}: ${per[c]?.n ?? 0}`);
    expect(cases.length).toBeGreaterThanOrEqual(120);
    expect(short).toEqual([]);
  });

  it("meets the bars: category >= 97%, locations >= 95%, key lines >= 95%", async () => {
    const scores = [];
    const misses: string[] = [];
    for (const c of cases) {
      const s = scoreCase(c.label, await analyzeFile(c.log));
      scores.push(s);
      if (!s.categoryOk) misses.push(`${c.id}: category ${s.got} (want ${c.label.category})`);
      if (s.locationHits.includes(false)) misses.push(`${c.id}: missed location(s)`);
      if (s.keyHits.includes(false)) misses.push(`${c.id}: missed key line(s)`);
    }
    const agg = aggregate(scores);
    if (misses.length) console.log(misses.join("\n"));
    expect(agg.categoryAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(agg.locationRecall).toBeGreaterThanOrEqual(0.95);
    expect(agg.keyLineRecall).toBeGreaterThanOrEqual(0.95);
  });
});
