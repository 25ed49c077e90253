export * from "./types.js";
export { analyzeBytes, analyzeText, analyzeStream, analyzeFile, type AnalyzeOptions } from "./analyze.js";
export { formatResult, type OutputFormat } from "./format.js";
