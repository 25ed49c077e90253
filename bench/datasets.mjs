// Figures on real CI logs labelled by other people (../shared/datasets, read in place, never
// copied): LogChunks, LogSage GHA, CiDiff and BugSwarm. Each dataset's README says how its
// labels were made; the scoring below follows them and every choice is printed with the figures.
//
//   node bench/datasets.mjs [--build] [--only logchunks,logsage,cidiff,bugswarm]
//                           [--details out.json] [--misses [logchunks|logchunks-fp|cidiff]]
//
// --misses prints one line per log that misses; `--misses logchunks` prints, for each LogChunks
// log whose primary excerpt shares no line with the chunk (F1 0), the log's language, our rule
// and excerpt next to the labelled chunk, to sort the misses by cause.
// `--misses logchunks-fp` lists, for the LogChunks logs whose excerpt does overlap the chunk, the
// excerpt lines outside the chunk, grouped by rule. `--misses cidiff` lists, per CiDiff log, the
// marked error lines failures[0] leaves out (and which other failure holds them, if any).
//
// `npm run bench` compiles src to lib/ first; pass --build when running this file on its own.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
if (flag("--build"))
  execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
const { analyzeFile } = await import("../lib/analysis/analyze.js");

const DATA = process.env.AUTODEV_DATASETS ?? join(root, "..", "shared", "datasets");
const only = option("--only")?.split(",");
const showMisses = flag("--misses");
const missDetail = option("--misses");
const details = {};

function loadLabels(name) {
  const file = join(DATA, name, "labels.jsonl");
  if (!existsSync(file)) return null;
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

const pct = (x) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : "n/a");
const f3 = (x) => (Number.isFinite(x) ? x.toFixed(3) : "n/a");
const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
const f1 = (p, r) => (p + r > 0 ? (2 * p * r) / (p + r) : 0);
const pass = (ok) => (ok ? "PASS" : "FAIL");
/** The first k of xs, each cut to 160 characters, and a "… (n lines)" line when there are more. */
const clipLines = (xs, k) => [
  ...xs.slice(0, k).map((x) => x.slice(0, 160)),
  ...(xs.length > k ? [`… (${xs.length} lines)`] : []),
];

// The normalisation LogChunks used to place its chunks (README "How the line numbers were
// found"), applied to both sides: ANSI codes and their ESC-less remains (colour and erase codes,
// and a curses program's keypad-mode codes "[?1h=" and "[?1l"), Travis fold/time markers, `<` and
// `>` (the XML lost some), whitespace collapsed.
function normChunkLine(s) {
  return s
    .replace(/\x1b\[[0-?]*[ -/]*[@-~]/g, "")
    .replace(/\x1b./g, "")
    .replace(/\[(?:\d{1,3}(?:;\d{1,3})*)?[mK]/g, "")
    .replace(/=?\[\?\d{1,4}[hl]/g, "")
    .replace(/travis_(?:fold|time):[a-z]+:\S*/g, "")
    .replace(/[<>]/g, "")
    .replace(/…$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

async function analyze(dataset, rel) {
  const res = await analyzeFile(join(DATA, dataset, rel));
  return res;
}

/** Universal-newline lines of a file (\r\n, \r, \n), as the engine and CiDiff count them. */
function universalLines(buf) {
  return buf.toString("utf8").split(/\r\n|\r|\n/);
}

/** Maps a universal line number to the \n-only line number it sits on (LogSage counts \n only). */
function universalToLf(buf) {
  const map = [0, 1];
  let lf = 1;
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i];
    if (b === 10) {
      lf++;
      map.push(lf);
    } else if (b === 13) {
      if (buf[i + 1] === 10) {
        i++;
        lf++;
      }
      map.push(lf);
    }
  }
  return map;
}

// ---------------------------------------------------------------------------------------------
async function logchunks() {
  const rows = loadLabels("logchunks")?.filter((r) => r.log_file && r.chunk);
  if (!rows) return console.log("logchunks: not found, skipped");
  const variants = {
    first: { tp: 0, flagged: 0, chunk: 0, per: [] },
    all: { tp: 0, flagged: 0, chunk: 0, per: [] },
  };
  const misses = [];
  const zero = [];
  const falsePos = [];
  for (const r of rows) {
    const res = await analyze("logchunks", r.log_file);
    const chunkLines = r.chunk
      .split(/\r\n|\r|\n/)
      .map(normChunkLine)
      .filter(Boolean);
    const pick = {
      first: res.failures[0]?.excerpt ?? [],
      all: res.failures.flatMap((f) => f.excerpt),
    };
    for (const [k, excerpt] of Object.entries(pick)) {
      const bag = new Map();
      for (const c of chunkLines) bag.set(c, (bag.get(c) ?? 0) + 1);
      const flagged = excerpt.map(normChunkLine).filter(Boolean);
      let tp = 0;
      for (const f of flagged) {
        const left = bag.get(f) ?? 0;
        if (left > 0) {
          tp++;
          bag.set(f, left - 1);
        }
      }
      const v = variants[k];
      v.tp += tp;
      v.flagged += flagged.length;
      v.chunk += chunkLines.length;
      const p = flagged.length ? tp / flagged.length : 0;
      const rc = chunkLines.length ? tp / chunkLines.length : 0;
      v.per.push({ p, r: rc, f: f1(p, rc), success: rc === 1 });
      if (k === "first") {
        details[`logchunks/${r.id}`] = {
          tp,
          flagged: flagged.length,
          chunk: chunkLines.length,
          rule: res.failures[0]?.rule,
        };
        if (tp === 0) zero.push({ r, f: res.failures[0], chunkLines });
        else if (tp < flagged.length) {
          const inChunk = new Set(chunkLines);
          const extra = excerpt.filter((l) => normChunkLine(l) && !inChunk.has(normChunkLine(l)));
          falsePos.push({ r, f: res.failures[0], extra, tp, n: flagged.length });
        }
        if (tp < chunkLines.length || tp < flagged.length)
          misses.push(
            `${r.id} tp=${tp} flagged=${flagged.length} chunk=${chunkLines.length} rule=${res.failures[0]?.rule}`,
          );
      }
    }
  }
  console.log(`\nLogChunks: ${rows.length} logs with a chunk (Travis, 29 languages)`);
  console.log(
    "  flagged = normalised excerpt lines; TP = flagged line that is a line of the chunk (multiset)",
  );
  for (const [k, v] of Object.entries(variants)) {
    const P = v.tp / v.flagged;
    const R = v.tp / v.chunk;
    const F = f1(P, R);
    const mp = mean(v.per.map((x) => x.p));
    const mr = mean(v.per.map((x) => x.r));
    const label = k === "first" ? "failures[0].excerpt (primary)" : "all failures' excerpts";
    console.log(`  ${label}`);
    const mf = mean(v.per.map((x) => x.f));
    console.log(
      `    per log (mean):    P ${f3(mp)}  R ${f3(mr)}  F1 ${f3(mf)}   bar F1>=0.6 & P>=0.8: ${pass(mf >= 0.6 && mp >= 0.8)}   (F1 of the mean P and R ${f3(f1(mp, mr))}; recall=1 on ${pct(mean(v.per.map((x) => (x.success ? 1 : 0))))})`,
    );
    console.log(`    per line (pooled): P ${f3(P)}  R ${f3(R)}  F1 ${f3(F)}`);
  }
  console.log(
    "  primary: per-log mean (each log's flagged lines scored against its chunk, then averaged, as the LogChunks\n" +
      "  study did). Pooled recall is capped by any bounded excerpt: 88% of all chunk lines sit in the 94 chunks longer\n" +
      "  than 30 lines (up to 5,813), so it is shown for reference only.",
  );
  if (missDetail === "logchunks") {
    console.log(`\n  ${zero.length} logs whose primary excerpt shares no line with the chunk:`);
    for (const { r, f, chunkLines } of zero) {
      console.log(`\n  ── ${r.id} [${r.language}] rule=${f?.rule ?? "none"} step=${f?.step ?? ""}`);
      console.log(
        `     chunk at ${r.chunk_lines_universal?.start}-${r.chunk_lines_universal?.end}, ours at ${f?.lines?.[0]}-${f?.lines?.at(-1)}`,
      );
      for (const l of clipLines(f?.excerpt ?? [], 6)) console.log(`     ours  | ${l}`);
      for (const l of clipLines(chunkLines, 6)) console.log(`     chunk | ${l}`);
    }
  } else if (missDetail === "logchunks-fp") {
    // Logs that overlap the chunk but whose excerpt also holds lines outside it: those lines,
    // grouped by rule, to find what the excerpt keeps that does not state the failure.
    const byRule = new Map();
    for (const x of falsePos) {
      const k = x.f?.rule ?? "none";
      byRule.set(k, [...(byRule.get(k) ?? []), x]);
    }
    const sorted = [...byRule].sort((a, b) => b[1].length - a[1].length);
    console.log(`\n  ${falsePos.length} overlapping logs with excerpt lines outside the chunk:`);
    for (const [rule, xs] of sorted) {
      const lost = xs.reduce((a, x) => a + x.extra.length, 0);
      console.log(`\n  ══ rule=${rule}: ${xs.length} logs, ${lost} lines outside the chunk`);
      for (const x of xs) {
        console.log(`  ── ${x.r.id} [${x.r.language}] tp=${x.tp}/${x.n}`);
        for (const l of clipLines(x.extra, 8)) console.log(`     fp | ${l}`);
      }
    }
  } else if (showMisses) for (const m of misses) console.log(`    miss ${m}`);
  return variants.first;
}

// ---------------------------------------------------------------------------------------------
// GitHub's API names a local action step "Run /./path" where the log header says "Run ./path".
const normStep = (s) =>
  (s ?? "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^Run \/\.\//, "Run ./");

async function logsage() {
  const rows = loadLabels("logsage-gha");
  if (!rows) return console.log("logsage-gha: not found, skipped");
  let inside = 0;
  let anyInside = 0;
  let stepOk = 0;
  let stepExact = 0;
  let withFailure = 0;
  const misses = [];
  for (const r of rows) {
    const buf = readFileSync(join(DATA, "logsage-gha", r.log_file));
    const res = await analyze("logsage-gha", r.log_file);
    const f = res.failures[0];
    const toLf = universalToLf(buf);
    const lfLines = buf.toString("utf8").split("\n");
    const inSeg = (n) => r.failed_segments.some(([a, b]) => toLf[n] >= a && toLf[n] <= b);
    const lines = f?.lines ?? [];
    if (f) withFailure++;
    const allIn = lines.length > 0 && lines.every(inSeg);
    if (allIn) inside++;
    if (lines.some(inSeg)) anyInside++;
    // The step header GitHub printed for the labelled step: the segment's first `##[group]Run`
    // line (a segment may open with "Prepare all required actions" for a local action).
    const headers = r.failed_segments.map(([a, b]) => {
      for (let i = a; i <= b; i++) {
        const m = /##\[group\](Run .*)$/.exec(lfLines[i - 1] ?? "");
        if (m) return normStep(m[1]);
      }
      return "";
    });
    const names = r.failed_steps.map((s) => normStep(s.step));
    const ours = normStep(f?.step);
    const exact = !!ours && names.includes(ours);
    const ok = exact || (!!ours && headers.includes(ours));
    if (exact) stepExact++;
    if (ok) stepOk++;
    details[`logsage/${r.id}`] = {
      allIn,
      step: ours,
      names,
      headers,
      rule: f?.rule,
      lines: lines.slice(0, 5),
    };
    if (!allIn || !ok)
      misses.push(
        `${r.id} ${allIn ? "" : `lines ${lines.slice(0, 3).map((n) => toLf[n])}… not in ${JSON.stringify(r.failed_segments)} `}${ok ? "" : `step "${ours}" vs ${JSON.stringify(names)} / ${JSON.stringify(headers)}`} rule=${f?.rule}`,
      );
  }
  const n = rows.length;
  console.log(`\nLogSage GHA: ${n} GitHub Actions job logs`);
  console.log("  excerpt = failures[0].lines (universal numbering, converted to the labels' \\n numbering)");
  console.log(
    `  failures[0] excerpt entirely inside the failed step: ${inside}/${n} = ${pct(inside / n)}   bar 95%: ${pass(inside / n >= 0.95)}`,
  );
  console.log(
    `  failures[0] excerpt touching the failed step:       ${anyInside}/${n} = ${pct(anyInside / n)}`,
  );
  console.log(
    `  step names the failed step: ${stepOk}/${n} = ${pct(stepOk / n)}   bar 90%: ${pass(stepOk / n >= 0.9)}`,
  );
  console.log(
    `    (match: our step equals a failed_steps[].step name (${stepExact} exact), or equals the labelled segment's "##[group]Run ..." header, which is how the log names that step)`,
  );
  console.log(`  logs with at least one failure: ${withFailure}/${n}`);
  if (showMisses) for (const m of misses) console.log(`    miss ${m}`);
  return { inside: inside / n, step: stepOk / n };
}

// ---------------------------------------------------------------------------------------------
async function cidiff() {
  const rows = loadLabels("cidiff-breakages");
  if (!rows) return console.log("cidiff-breakages: not found, skipped");
  const acc = {
    first: { tp: 0, err: 0, flagged: 0, fp: 0, rec: [], prec: [] },
    all: { tp: 0, err: 0, flagged: 0, fp: 0, rec: [], prec: [] },
  };
  const misses = [];
  for (const r of rows) {
    const buf = readFileSync(join(DATA, "cidiff-breakages", r.log_file));
    const text = universalLines(buf);
    const blank = (n) =>
      !(text[n - 1] ?? "")
        .replace(/^.*?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/, "")
        .replace(/\x1b\[[0-?]*[ -/]*[@-~]/g, "")
        .trim();
    const expand = (ranges) => {
      const s = new Set();
      for (const [a, b] of ranges) for (let n = a; n <= b; n++) if (!blank(n)) s.add(n);
      return s;
    };
    const err = expand(r.error_lines);
    const ctx = expand(r.context_lines ?? []);
    const res = await analyze("cidiff-breakages", r.log_file);
    const pick = { first: res.failures[0]?.lines ?? [], all: res.failures.flatMap((f) => f.lines) };
    for (const [k, lines] of Object.entries(pick)) {
      const got = new Set(lines);
      const tp = [...err].filter((n) => got.has(n)).length;
      const judged = [...got].filter((n) => !ctx.has(n) || err.has(n));
      const fp = judged.filter((n) => !err.has(n)).length;
      const a = acc[k];
      a.tp += tp;
      a.err += err.size;
      a.flagged += judged.length;
      a.fp += fp;
      a.rec.push(err.size ? tp / err.size : 1);
      a.prec.push(judged.length ? (judged.length - fp) / judged.length : 0);
      if (k === "first") {
        details[`cidiff/${r.id}`] = {
          tp,
          err: err.size,
          flagged: judged.length,
          rule: res.failures[0]?.rule,
        };
        if (tp < err.size && missDetail === "cidiff") {
          const missed = [...err].filter((n) => !got.has(n));
          const first = res.failures[0];
          const out = [
            `\n  ── ${r.id} recall ${tp}/${err.size} rule=${first?.rule} ours ${lines[0]}-${lines.at(-1)} (${lines.length}) marked ${JSON.stringify(r.error_lines).slice(0, 120)}`,
          ];
          const otherFailure = (n) => res.failures.findIndex((f, i) => i > 0 && f.lines.includes(n));
          for (const n of missed.slice(0, 10)) {
            const o = otherFailure(n);
            out.push(
              `     miss ${String(n).padStart(6)}${o > 0 ? ` [in failures[${o}] ${res.failures[o].rule}]` : ""} | ${(text[n - 1] ?? "").slice(0, 150)}`,
            );
          }
          if (missed.length > 10) out.push(`     miss … (${missed.length} lines)`);
          misses.push(out.join("\n"));
        } else if (tp < err.size)
          misses.push(
            `${r.id} recall ${tp}/${err.size} err=${JSON.stringify(r.error_lines)} got=${lines.slice(0, 4)}… rule=${res.failures[0]?.rule}`,
          );
      }
    }
  }
  console.log(
    `\nCiDiff: ${rows.length} failed logs (39 GitHub Actions, 38 Jenkins) with hand-marked error lines`,
  );
  console.log(
    "  blank lines in the marked ranges are not counted; context_lines are don't-care for precision",
  );
  for (const [k, a] of Object.entries(acc)) {
    const label = k === "first" ? "failures[0].excerpt (primary)" : "all failures' excerpts";
    const mr = mean(a.rec);
    console.log(`  ${label}`);
    console.log(
      `    recall of error lines: per log (mean) ${f3(mr)}   pooled ${f3(a.tp / a.err)}   bar 0.9 (per log): ${pass(mr >= 0.9)}`,
    );
    console.log(
      `    precision: per log (mean) ${f3(mean(a.prec))}   pooled ${f3((a.flagged - a.fp) / a.flagged)}   full recall on ${pct(mean(a.rec.map((x) => (x === 1 ? 1 : 0))))} of logs`,
    );
  }
  if (showMisses) for (const m of misses) console.log(`    miss ${m}`);
  return acc.first;
}

// ---------------------------------------------------------------------------------------------
// The README's category_mapped, in our taxonomy's spelling.
const BUGSWARM_MAP = { dependency_install: "dependency_error", infrastructure: "infrastructure_error" };
// "Compilation → build_failure (compile errors; some are syntax/type)": a compile error we
// recognise more precisely is still the labelled kind of failure.
const COMPILE_KINDS = new Set(["build_failure", "syntax_error", "type_error", "import_error"]);

async function bugswarm() {
  const rows = loadLabels("bugswarm-dissection-sample")?.filter((r) => r.category_mapped);
  if (!rows) return console.log("bugswarm: not found, skipped");
  let strict = 0;
  let lenient = 0;
  const confusion = {};
  const misses = [];
  for (const r of rows) {
    const want = BUGSWARM_MAP[r.category_mapped] ?? r.category_mapped;
    const res = await analyze("bugswarm-dissection-sample", r.log_file);
    const got = res.failures[0]?.category ?? "none";
    const ok = got === want;
    const okLenient = ok || (r.category === "Compilation" && COMPILE_KINDS.has(got));
    if (ok) strict++;
    if (okLenient) lenient++;
    const key = `${r.category} (${want})`;
    confusion[key] ??= {};
    confusion[key][got] = (confusion[key][got] ?? 0) + 1;
    details[`bugswarm/${r.id}`] = {
      want,
      got,
      rule: res.failures[0]?.rule,
      message: res.failures[0]?.message,
    };
    if (!okLenient)
      misses.push(
        `${r.id} ${r.category}: want ${want} got ${got} (${res.failures[0]?.rule}: ${res.failures[0]?.message?.slice(0, 120)})`,
      );
  }
  const n = rows.length;
  console.log(`\nBugSwarm: ${n} Travis logs with a mapped category (null labels excluded)`);
  console.log(
    `  failures[0].category accuracy: ${f3(lenient / n)} (${lenient}/${n})   bar 0.85: ${pass(lenient / n >= 0.85)}`,
  );
  console.log(
    `    Compilation labels also accept syntax_error/type_error/import_error; strictly equal to category_mapped: ${f3(strict / n)} (${strict}/${n})`,
  );
  for (const [k, v] of Object.entries(confusion).sort())
    console.log(
      `    ${k.padEnd(42)} ${Object.entries(v)
        .map(([c, x]) => `${c}:${x}`)
        .join(" ")}`,
    );
  if (showMisses) for (const m of misses) console.log(`    miss ${m}`);
  return lenient / n;
}

if (!existsSync(DATA)) {
  console.log(`datasets: ${DATA} not found, skipped`);
  process.exit(0);
}
const started = performance.now();
const runs = { logchunks, logsage, cidiff, bugswarm };
for (const [name, run] of Object.entries(runs)) if (!only || only.includes(name)) await run();
console.log(`\n(datasets scored in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
const out = option("--details");
if (out) writeFileSync(out, JSON.stringify(details, null, 1));
