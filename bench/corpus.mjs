// Corpus figures: category accuracy, location recall and key-line recall on the labelled logs
// made with real tools (test/fixtures/corpus). The corpus test asserts the same bars.
import { analyzeFile } from "../lib/analysis/analyze.js";
import { aggregate, loadCorpus, perCategory, scoreCase } from "./corpus-score.mjs";

const cases = loadCorpus();
const scores = [];
for (const c of cases) {
  const s = scoreCase(c.label, await analyzeFile(c.log));
  scores.push(s);
  const miss = [];
  if (!s.categoryOk) miss.push(`category ${s.got} != ${c.label.category}`);
  if (s.locationHits.includes(false)) miss.push("location");
  if (s.keyHits.includes(false)) miss.push("key line");
  if (miss.length) console.log(`  miss ${c.id}: ${miss.join(", ")}`);
}
const a = aggregate(scores);
const pct = (x) => `${(x * 100).toFixed(1)}%`;
console.log(`corpus: ${a.cases} logs`);
console.log(`  primary category right: ${pct(a.categoryAccuracy)} (bar 97%)`);
console.log(`  labelled locations reported: ${pct(a.locationRecall)} of ${a.locations} (bar 95%)`);
console.log(`  key lines inside the excerpt: ${pct(a.keyLineRecall)} of ${a.keyLines} (bar 95%)`);
const per = perCategory(cases, scores);
for (const [k, v] of Object.entries(per).sort()) console.log(`  ${k.padEnd(24)} ${v.ok}/${v.n}`);
