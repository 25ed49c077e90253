// Speed and memory of the analyzer, against the bars of issue 2:
//  - a 1 GiB log: peak RSS under 256 MB, and no slower than `grep -ciE` with an equivalent
//    keyword alternation on the same file (one run each, page cache warm for both): every string
//    the scanner's automaton looks for (rule keywords and anchors, from scanPatterns), built at
//    run time so it follows the rules; the short error-word alternation is timed as an extra;
//  - a 10 MB log, start to finish through the CLI (process start included), under 0.5 s (hyperfine).
// Logs are generated under /tmp by bench/gen-big-log.mjs (never committed) and reused when present.
//
//   node bench/speed.mjs [--size 1g] [--small 10m] [--no-build] [--skip-big] [--skip-cli]
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const bin = join(root, "node_modules", ".bin");
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const opt = (name, def) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : def);

// What a person would grep a log for: error words, case-insensitive (an extra figure: the
// analyzer looks for far more).
const GREP_ERROR_WORDS =
  "error|fail|fatal|exception|panic|traceback|cannot|not found|denied|timed out|killed";
const GREP_LOCALE = "C.UTF-8";

/** The scanner's own patterns as one ERE alternation (case folded: grep runs with -i). */
function equivalentAlternation(keywords, scanPatterns) {
  const distinct = [...new Set(scanPatterns(keywords).map((k) => k.toLowerCase()))];
  return {
    count: distinct.length,
    alternation: distinct.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"),
  };
}

function log(path, size) {
  if (existsSync(path) && statSync(path).size > 0) return path;
  execFileSync(process.execPath, [join(root, "bench", "gen-big-log.mjs"), "--size", size, "--out", path], {
    stdio: "inherit",
  });
  return path;
}

function time(cmd, args, env = process.env) {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { env, encoding: "utf8", maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed: ${r.stderr}`);
  return { ms, out: r.stdout };
}

function load() {
  try {
    return execFileSync("cat", ["/proc/loadavg"], { encoding: "utf8" }).split(" ").slice(0, 3).join(" ");
  } catch {
    return "?";
  }
}

if (!flag("no-build"))
  execFileSync(join(bin, "tsc"), ["-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
const { ruleSets } = await import("../lib/analysis/rules/index.js");
const { Engine } = await import("../lib/analysis/engine.js");
const { scanPatterns } = await import("../lib/analysis/scan.js");
const rules = ruleSets.reduce((n, s) => n + s.rules.length, 0);
const keywords = new Engine(ruleSets).keywords;
const equivalent = equivalentAlternation(keywords, scanPatterns);
console.log(
  `machine: ${cpus().length} cores (${cpus()[0]?.model ?? "?"}), node ${process.version}, load ${load()}; ` +
    `${rules} rules, ${keywords.length} distinct keywords, ${equivalent.count} distinct patterns ` +
    `(case folded) in the scanner's automaton`,
);

if (!flag("skip-big")) {
  const big = log("/tmp/autodev-bench-big.log", opt("size", "1g"));
  const bytes = statSync(big).size;
  // Warm the page cache so neither side pays for the disk.
  execFileSync("cat", [big], { stdio: ["ignore", "ignore", "inherit"] });
  const script =
    `const { analyzeFile } = await import(${JSON.stringify(join(root, "lib/analysis/analyze.js"))});` +
    `const t = performance.now(); const r = await analyzeFile(${JSON.stringify(big)});` +
    `console.log(JSON.stringify({ ms: performance.now() - t, rss: process.resourceUsage().maxRSS * 1024,` +
    ` user: process.resourceUsage().userCPUTime / 1000, lines: r.stats.lines, status: r.status, failures: r.failures.length }));`;
  const ours = time(process.execPath, ["--input-type=module", "-e", script]);
  const res = JSON.parse(ours.out);
  const grepEnv = { ...process.env, LC_ALL: GREP_LOCALE };
  const grep = time("grep", ["-ciE", equivalent.alternation, big], grepEnv);
  const grepWords = time("grep", ["-ciE", GREP_ERROR_WORDS, big], grepEnv);
  const mb = bytes / (1 << 20);
  console.log(`\n${mb.toFixed(0)} MiB log (${res.lines} lines), one run each, load ${load()}:`);
  console.log(
    `  autodev analyzeFile: ${(ours.ms / 1000).toFixed(2)} s wall (process included), ` +
      `${(res.ms / 1000).toFixed(2)} s in analyzeFile, ${(mb / (res.ms / 1000)).toFixed(0)} MiB/s, ` +
      `user CPU ${(res.user / 1000).toFixed(2)} s (all threads), ` +
      `peak RSS ${(res.rss / (1 << 20)).toFixed(0)} MB (bar: < 256 MB)`,
  );
  console.log(
    `  LC_ALL=${GREP_LOCALE} grep -ciE '<the automaton's ${equivalent.count} patterns, ` +
      `${equivalent.alternation.length} characters>': ${(grep.ms / 1000).toFixed(2)} s ` +
      `(${grep.out.trim()} matching lines)`,
  );
  console.log(
    `  ratio autodev / grep with the equivalent alternation: ${(ours.ms / grep.ms).toFixed(2)} (bar: <= 1)`,
  );
  console.log(
    `  extra: LC_ALL=${GREP_LOCALE} grep -ciE '${GREP_ERROR_WORDS}': ${(grepWords.ms / 1000).toFixed(2)} s ` +
      `(${grepWords.out.trim()} matching lines); ratio autodev / this grep: ` +
      `${(ours.ms / grepWords.ms).toFixed(2)} (not the bar: 11 words, not what the analyzer looks for)`,
  );
}

if (!flag("skip-cli")) {
  const small = log(`/tmp/autodev-bench-${opt("small", "10m")}.log`, opt("small", "10m"));
  // Measure the current sources: bundle them the way `npm run build` does, into a temp dir.
  const dir = mkdtempSync(join(tmpdir(), "autodev-speed-"));
  try {
    execFileSync(join(bin, "ncc"), ["build", "lib/index.js", "-o", join(dir, "dist"), "-q"], { cwd: root });
    // The real entry beside the bundle (it imports ../dist/index.js), so the timing follows
    // whatever bin/autodev.js does at start-up; the package.json makes both ES modules.
    writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
    mkdirSync(join(dir, "bin"));
    copyFileSync(join(root, "bin", "autodev.js"), join(dir, "bin", "autodev.js"));
    const cmd = `${process.execPath} ${join(dir, "bin", "autodev.js")} analyze --log ${small} --format json`;
    const json = join(dir, "hyperfine.json");
    const r = spawnSync("hyperfine", ["-N", "-w", "3", "-r", "20", "--export-json", json, cmd], {
      stdio: ["ignore", "inherit", "inherit"],
    });
    if (r.error) {
      console.log("hyperfine not found (apt-get install hyperfine): skipping the CLI timing");
    } else {
      const { results } = JSON.parse(execFileSync("cat", [json], { encoding: "utf8" }));
      const m = results[0];
      console.log(
        `\n${(statSync(small).size / (1 << 20)).toFixed(1)} MiB log through the CLI (fresh ncc bundle, ` +
          `process start included), load ${load()}: mean ${(m.mean * 1000).toFixed(0)} ms ± ` +
          `${(m.stddev * 1000).toFixed(0)} ms, user ${(m.user * 1000).toFixed(0)} ms, system ` +
          `${(m.system * 1000).toFixed(0)} ms (bar: < 500 ms)`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
