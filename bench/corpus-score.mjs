// Scores analyzer results against the corpus labels (test/fixtures/corpus/*/label.json).
// Shared by the corpus test (which asserts the bars) and `npm run bench` (which prints them).
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";

export const CORPUS_DIR = new URL("../test/fixtures/corpus/", import.meta.url).pathname;

export function loadCorpus(dir = CORPUS_DIR) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, "label.json")))
    .map((d) => ({
      id: d.name,
      log: join(dir, d.name, "log.txt"),
      label: JSON.parse(readFileSync(join(dir, d.name, "label.json"), "utf8")),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

const norm = (s) => s.replace(/\s+/g, " ").trim();

/** One case: is the category right, which labelled locations and key lines were found. */
export function scoreCase(label, result) {
  const first = result.failures[0];
  const categoryOk = first?.category === label.category;
  const locs = result.failures.flatMap((f) => f.locations);
  const locationHits = (label.locations ?? []).map((l) =>
    locs.some((r) => r.file === l.file && (l.line === undefined || r.line === l.line)),
  );
  const excerpt = result.failures.flatMap((f) => f.excerpt).map(norm);
  const keyHits = (label.keyLines ?? []).map((k) => {
    const nk = norm(k);
    return excerpt.some(
      (e) => e === nk || (nk.length >= 20 && e.includes(nk)) || (e.length >= 20 && nk.includes(e)),
    );
  });
  return { categoryOk, got: first?.category ?? null, locationHits, keyHits };
}

export function aggregate(scores) {
  const n = scores.length;
  const cat = scores.filter((s) => s.categoryOk).length;
  const loc = scores.flatMap((s) => s.locationHits);
  const key = scores.flatMap((s) => s.keyHits);
  return {
    cases: n,
    categoryAccuracy: n ? cat / n : 0,
    locationRecall: loc.length ? loc.filter(Boolean).length / loc.length : 1,
    keyLineRecall: key.length ? key.filter(Boolean).length / key.length : 1,
    locations: loc.length,
    keyLines: key.length,
  };
}

export function perCategory(cases, scores) {
  const out = {};
  cases.forEach((c, i) => {
    const k = c.label.category;
    out[k] ??= { n: 0, ok: 0 };
    out[k].n++;
    if (scores[i].categoryOk) out[k].ok++;
  });
  return out;
}
