import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnalyzeOptions } from "../../src/analysis/analyze.js";
import type { AnalysisResult } from "../../src/analysis/types.js";

// Worker threads load compiled modules (a worker cannot run the TypeScript sources), so this
// compiles the sources to a directory of its own (lib/ may be rebuilt by another test meanwhile).
const root = join(import.meta.dirname, "..", "..");
const out = join(root, ".check-parallel");
let analyzeFile: (path: string, options?: AnalyzeOptions) => Promise<AnalysisResult>;
const dir = mkdtempSync(join(tmpdir(), "autodev-parallel-"));

beforeAll(async () => {
  rmSync(out, { recursive: true, force: true });
  execFileSync(join(root, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.build.json", "--outDir", out], {
    cwd: root,
  });
  ({ analyzeFile } = await import(join(out, "analysis", "analyze.js")));
}, 120_000);

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

async function both(path: string, window: number, workers = 2): Promise<[string, string]> {
  const serial = await analyzeFile(path, { parallel: false });
  const parallel = await analyzeFile(path, { parallel: { minBytes: 0, window, workers, strict: true } });
  const text = (r: AnalysisResult) => JSON.stringify({ ...r, stats: { ...r.stats, durationMs: 0 } });
  return [text(parallel), text(serial)];
}

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const ts = (i: number) =>
  `2026-01-01T00:00:${String(i % 60).padStart(2, "0")}.${String(i).padStart(7, "0")}Z `;

/**
 * A GitHub job log with steps, passing noise, error blocks and rule hits every few dozen lines,
 * so that windows of a few KiB cut through reports, follow lines, context lines and step headers.
 */
function jobLog(): string {
  const lines: string[] = [];
  let i = 0;
  const add = (s: string) => lines.push(ts(i++) + s);
  for (let step = 0; step < 12; step++) {
    add(`##[group]Run npm run check-${step}`);
    add(`npm run check-${step}`);
    add("shell: /usr/bin/bash -e {0}");
    add("##[endgroup]");
    for (let k = 0; k < 60; k++) {
      add(`npm http fetch GET 200 https://registry.npmjs.org/pkg-${k} ${k * 7}ms (cache revalidated)`);
      if (k % 9 === 3) add(`\x1b[32m✓\x1b[39m src/t${k}.test.ts > works (${k} ms)`);
      if (k % 11 === 5) add(`Downloading error-ex-1.${k}.0.tgz (${k} kB)`);
      if (k % 13 === 7) add("Found 0 errors. Watching for file changes.");
      if (k % 17 === 2) {
        add(`src/mod${k}.ts(${k},5): error TS2322: Type 'string' is not assignable to type 'number'.`);
        add(`src/mod${k}.ts:${k}:5 - error TS2304: Cannot find name 'foo${k}'.`);
        add("");
        add(`  ${k} const x: number = "a";`);
        add("    ~");
      }
      if (k % 19 === 4) {
        add("Traceback (most recent call last):");
        add(`  File "app/main${k}.py", line ${k}, in <module>`);
        add("    run()");
        add(`ValueError: bad value ${k}`);
      }
      if (k % 23 === 6) add(`    at Object.<anonymous> (/home/runner/work/a/a/src/x${k}.test.js:${k}:9)`);
    }
    if (step % 3 === 2) add(`##[error]Process completed with exit code ${step}.`);
  }
  return lines.join("\n") + "\n";
}

describe("the parallel path (worker threads) of analyzeFile", () => {
  it("gives the serial result on a job log cut into windows at many places", async () => {
    const path = write("job.log", jobLog());
    for (const window of [1500, 4096, 10_000]) {
      const [parallel, serial] = await both(path, window);
      expect(parallel).toBe(serial);
    }
    expect(JSON.parse((await both(path, 4096))[1]).failures.length).toBeGreaterThan(3);
  });

  it("keeps the line breaks, BOM, long lines and escape codes of the serial path", async () => {
    const long = "x".repeat(30_000) + " error: nothing after this is kept " + "y".repeat(20_000);
    const body = [
      "\uFEFFfirst line",
      "a\r\nb\rc\r\n",
      long,
      "\x1b[31merror\x1b[0m: red text",
      "\x1b[0m",
      "   ",
      "npm ERR! code ELIFECYCLE",
      "make: *** [all] Error 2",
      'The command "make test" exited with 2.',
    ].join("\n");
    const path = write("mixed.log", Buffer.from(body.repeat(40), "utf8"));
    for (const window of [2048, 8192]) {
      const [parallel, serial] = await both(path, window, 1);
      expect(parallel).toBe(serial);
    }
  });

  it("starts its workers from a process run as `node --input-type=module -e`", async () => {
    const path = write("eval.log", jobLog());
    const analyze = JSON.stringify(join(out, "analysis", "analyze.js"));
    const script =
      `const { analyzeFile } = await import(${analyze});` +
      `const r = await analyzeFile(${JSON.stringify(path)}, { parallel: { minBytes: 0, window: 4096, strict: true } });` +
      "console.log(r.failures.length);";
    const printed = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
      encoding: "utf8",
    });
    expect(Number(printed)).toBe(JSON.parse((await both(path, 4096))[1]).failures.length);
  });

  it("gives the serial result on the corpus logs, one after another in one file", async () => {
    const corpus = join(root, "test", "fixtures", "corpus");
    const logs = readdirSync(corpus)
      .sort()
      .filter((d, i) => i % 4 === 0 && existsSync(join(corpus, d, "log.txt")))
      .map((d) => readFileSync(join(corpus, d, "log.txt")));
    const path = write("corpus.log", Buffer.concat(logs));
    const [parallel, serial] = await both(path, 16_384);
    expect(parallel).toBe(serial);
  });
});
