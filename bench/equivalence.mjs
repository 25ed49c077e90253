// Equivalence check for speed work: runs analyzeFile (from lib/) over every dataset log
// (../shared/datasets/*/logs, read in place), the corpus fixtures and the 10 MB bench log, and
// writes one digest per log (durationMs left out) to the given JSON file. Compare two runs with
// `--compare a.json b.json`; any difference is a behaviour change.
//
//   node bench/equivalence.mjs out.json [--parallel WINDOW]
// --parallel WINDOW forces the parallel path (worker threads) on every log, whatever its size,
// with windows of WINDOW bytes so that even small logs are split at many seams.
//   node bench/equivalence.mjs --compare before.json after.json
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const args = process.argv.slice(2);

if (args[0] === "--compare") {
  const a = JSON.parse(readFileSync(args[1], "utf8"));
  const b = JSON.parse(readFileSync(args[2], "utf8"));
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  let diff = 0;
  for (const k of keys)
    if (a[k] !== b[k]) {
      diff++;
      if (diff <= 20) console.log(`differs: ${k}`);
    }
  console.log(`${keys.size} logs, ${diff} differ`);
  process.exit(diff ? 1 : 0);
}

const out = args[0];
const window = args.includes("--parallel") ? Number(args[args.indexOf("--parallel") + 1]) : 0;
const options = window ? { parallel: { minBytes: 0, workers: 1, window, strict: true } } : {};
if (!out || Number.isNaN(window))
  throw new Error("usage: node bench/equivalence.mjs out.json [--parallel WINDOW]");
const { analyzeFile } = await import("../lib/analysis/analyze.js");

const files = [];
// Where bench/datasets.mjs reads them.
const ds = process.env.AUTODEV_DATASETS ?? join(root, "..", "shared", "datasets");
for (const d of existsSync(ds) ? readdirSync(ds).sort() : []) {
  const logs = join(ds, d, "logs");
  if (!existsSync(logs)) continue;
  for (const e of readdirSync(logs, { recursive: true, withFileTypes: true }))
    if (!e.isDirectory()) files.push(join(e.parentPath, e.name));
}
const corpus = join(root, "test", "fixtures", "corpus");
for (const d of readdirSync(corpus).sort()) {
  const p = join(corpus, d, "log.txt");
  if (existsSync(p)) files.push(p);
}
if (existsSync("/tmp/autodev-bench-10m.log")) files.push("/tmp/autodev-bench-10m.log");

const digest = {};
for (const f of files) {
  const res = await analyzeFile(f, options);
  delete res.stats.durationMs;
  const json = JSON.stringify(res);
  digest[f] = createHash("sha256").update(json).digest("hex");
}
writeFileSync(out, JSON.stringify(digest, null, 1));
console.log(`${files.length} logs digested to ${out}`);
