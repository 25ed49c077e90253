import type { AnalysisResult } from "./types.js";

export interface AnalyzeOptions {
  /** Most failures to report; the rest are dropped after ranking. */
  maxFailures?: number;
}

// Placeholder until the engine lands; the signatures are the contract other modules code against.
export async function analyzeStream(
  _source: AsyncIterable<Uint8Array>,
  _options: AnalyzeOptions = {},
): Promise<AnalysisResult> {
  return { schemaVersion: 1, status: "unknown", failures: [], stats: { bytes: 0, lines: 0, durationMs: 0 } };
}

export async function analyzeBytes(bytes: Uint8Array, options: AnalyzeOptions = {}): Promise<AnalysisResult> {
  return analyzeStream(
    (async function* () {
      yield bytes;
    })(),
    options,
  );
}

export async function analyzeText(text: string, options: AnalyzeOptions = {}): Promise<AnalysisResult> {
  return analyzeBytes(Buffer.from(text, "utf8"), options);
}

export async function analyzeFile(path: string, options: AnalyzeOptions = {}): Promise<AnalysisResult> {
  const { createReadStream } = await import("node:fs");
  return analyzeStream(createReadStream(path), options);
}
