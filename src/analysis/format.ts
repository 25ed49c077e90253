import type { AnalysisResult } from "./types.js";

export type OutputFormat = "json" | "markdown" | "text";

export function formatResult(result: AnalysisResult, format: OutputFormat): string {
  if (format === "json") return JSON.stringify(result, null, 2) + "\n";
  return JSON.stringify(result) + "\n";
}

export function renderSummary(result: AnalysisResult): string {
  return formatResult(result, "markdown");
}
