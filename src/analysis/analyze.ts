import { open } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { Engine } from "./engine.js";
import { ruleSets } from "./rules/index.js";
import type { RuleSet } from "./rule-types.js";
import type { AnalysisResult, Failure } from "./types.js";
import { LineScanner } from "./scan.js";
import { stepNamer, zipEntryName } from "./zip-steps.js";

/** Bytes per read of a log file: big enough to amortise each await, small enough to stay in cache. */
const READ_SIZE = 1 << 20;

export interface AnalyzeOptions {
  /** Most failures to report; the rest are dropped after ranking (default 20). */
  maxFailures?: number;
  /** Rule sets to use instead of the built-in ones (tests, extensions). */
  rules?: RuleSet[];
  /** Step name to use when the log itself names none (a run-logs zip entry's file name). */
  defaultStep?: string;
  /**
   * analyzeFile on a big plain log scans it in worker threads (parallel.ts), with the same
   * result; false keeps it on this thread. Tests lower minBytes and window to split small logs,
   * and set strict to see an error the parallel path would otherwise recover from serially.
   */
  parallel?: false | { minBytes?: number; workers?: number; window?: number; strict?: boolean };
}

/** Below this a log is scanned faster than worker threads start. */
const PARALLEL_MIN_BYTES = 64 << 20;
const PARALLEL_WINDOW = 4 << 20;

async function analyzeOne(
  feed: (scanner: LineScanner) => Promise<void>,
  options: AnalyzeOptions,
): Promise<{ result: AnalysisResult; engine: Engine }> {
  const started = performance.now();
  const engine = new Engine(options.rules ?? ruleSets, options.defaultStep);
  const scanner = new LineScanner(engine);
  await feed(scanner);
  scanner.end();
  const out = engine.finish();
  return {
    engine,
    result: {
      schemaVersion: 1,
      status: out.status,
      failures: out.failures.slice(0, options.maxFailures ?? 20),
      stats: { bytes: scanner.bytes, lines: out.lines, durationMs: Math.round(performance.now() - started) },
    },
  };
}

/** Analyzes a stream of log bytes (a job log, or raw tool output). */
export async function analyzeStream(
  source: AsyncIterable<Uint8Array>,
  options: AnalyzeOptions = {},
): Promise<AnalysisResult> {
  return (
    await analyzeOne(async (scanner) => {
      for await (const chunk of source) scanner.write(chunk);
    }, options)
  ).result;
}

function single(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  return (async function* () {
    // Feed in 1 MiB slices so a huge in-memory log still streams through the splitter.
    for (let i = 0; i < bytes.byteLength; i += 1 << 20) yield bytes.subarray(i, i + (1 << 20));
  })();
}

export function isZip(head: Uint8Array): boolean {
  return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

export async function analyzeBytes(bytes: Uint8Array, options: AnalyzeOptions = {}): Promise<AnalysisResult> {
  if (isZip(bytes)) return analyzeZip(bytes, options);
  return analyzeStream(single(bytes), options);
}

export async function analyzeText(text: string, options: AnalyzeOptions = {}): Promise<AnalysisResult> {
  return analyzeBytes(Buffer.from(text, "utf8"), options);
}

/**
 * A run-logs zip holds one file per job (`1_build.txt`) and sometimes per step
 * (`build/3_Run tests.txt`). Each is analyzed on its own; failures are merged by fingerprint
 * and ranked with those from failed steps first.
 */
export async function analyzeZip(bytes: Uint8Array, options: AnalyzeOptions = {}): Promise<AnalysisResult> {
  const started = performance.now();
  // Loaded here: most logs are plain text, and every analysis pays for what it imports at start.
  const { unzipSync } = await import("fflate");
  const files = unzipSync(bytes, { filter: (f) => f.name.endsWith(".txt") });
  const names = Object.keys(files).sort();
  // Per-step files repeat what the per-job file says; prefer the per-job files when both exist.
  const jobFiles = names.filter((n) => !n.includes("/"));
  const stepFiles = names.filter((n) => n.includes("/"));
  const chosen = jobFiles.length ? jobFiles : names;
  const stepOf = jobFiles.length && stepFiles.length ? stepNamer(files, stepFiles) : null;
  const merged: Failure[] = [];
  const seen = new Set<string>();
  let lines = 0;
  let failed = false;
  let passed = false;
  for (const name of chosen) {
    const base = zipEntryName(name);
    const res = await analyzeStream(single(files[name]), {
      ...options,
      defaultStep: base,
      maxFailures: 1000,
    });
    lines += res.stats.lines;
    if (res.status === "failed") failed = true;
    if (res.status === "passed") passed = true;
    for (const f of res.failures) {
      // A step file is one step: its name is the step's, whatever headers it holds.
      if (name.includes("/")) f.step = base;
      else f.step = stepOf?.(name, f.lines) ?? f.step;
      if (seen.has(f.fingerprint)) continue;
      seen.add(f.fingerprint);
      merged.push(f);
    }
  }
  return {
    schemaVersion: 1,
    status: failed ? "failed" : passed ? "passed" : "unknown",
    failures: merged.slice(0, options.maxFailures ?? 20),
    stats: { bytes: bytes.byteLength, lines, durationMs: Math.round(performance.now() - started) },
  };
}

export async function analyzeFile(path: string, options: AnalyzeOptions = {}): Promise<AnalysisResult> {
  const fh = await open(path, "r");
  const head = new Uint8Array(4);
  try {
    await fh.read(head, 0, 4, 0);
  } finally {
    await fh.close();
  }
  if (isZip(head)) {
    const { readFile } = await import("node:fs/promises");
    return analyzeZip(await readFile(path), options);
  }
  const file = await open(path, "r");
  try {
    const par = options.parallel === false ? null : (options.parallel ?? {});
    // Two workers and this thread share the cores: on a single core the serial path is faster.
    const workers = par?.workers ?? (availableParallelism() >= 2 ? 2 : 0);
    // Only the built-in rules: a worker thread loads its own copy of them.
    if (
      par &&
      !options.rules &&
      workers >= 1 &&
      (await file.stat()).size >= (par.minBytes ?? PARALLEL_MIN_BYTES)
    ) {
      try {
        // (Loaded only for big logs: worker threads are no part of a short analysis's start.)
        const { scanParallel } = await import("./parallel.js");
        return (
          await analyzeOne(
            (scanner) => scanParallel(file, scanner, { workers, window: par.window ?? PARALLEL_WINDOW }),
            options,
          )
        ).result;
      } catch (e) {
        // A worker that could not start, or a huge line: the serial path, anew (strict: tests).
        if (par.strict) throw e;
      }
    }
    // Read straight into the scanner's buffer: no stream objects, no copy of each chunk.
    return (
      await analyzeOne(async (scanner) => {
        for (let at = 0; ;) {
          const { buf, offset, length } = scanner.space(READ_SIZE);
          const { bytesRead } = await file.read(buf, offset, length, at);
          at += bytesRead;
          if (!bytesRead) return;
          scanner.commit(bytesRead);
        }
      }, options)
    ).result;
  } finally {
    await file.close();
  }
}
