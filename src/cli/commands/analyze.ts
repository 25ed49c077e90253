import { statSync } from "node:fs";
import { resolve } from "node:path";
import { analyzeFile, analyzeStream } from "../../analysis/analyze.js";
import { formatResult, type OutputFormat } from "../../analysis/format.js";
import { ConfigurationError } from "../../util/errors.js";
import { oneOf, parseArgs } from "../args.js";
import type { CliCommand } from "../types.js";

const FORMATS = ["json", "markdown", "text"] as const;

export const analyzeCommand: CliCommand = {
  name: "analyze",
  summary: "Turn a failed CI log into typed findings (no LLM)",
  usage: `Usage: autodev analyze --log <file|-> [--format json|markdown|text]

  --log <file|->   A CI log: a GitHub Actions job log, a run-logs .zip, Travis, Jenkins,
                   GitLab or raw tool output. '-' reads standard input.
  --format <fmt>   json (default), markdown or text.

Exit codes: 0 analyzed (whatever the log's status), 2 bad usage or unreadable log.`,
  async run(io) {
    const { flags } = parseArgs(io.argv, { values: ["log", "format"] });
    const log = flags.get("log");
    if (typeof log !== "string")
      throw new ConfigurationError("--log is required: a log file path, or - for stdin.");
    const format = oneOf<OutputFormat>("format", String(flags.get("format") ?? "json"), FORMATS);
    let result;
    if (log === "-") {
      result = await analyzeStream(io.stdin as AsyncIterable<Uint8Array>);
    } else {
      const path = resolve(io.cwd, log);
      let isFile: boolean;
      try {
        isFile = statSync(path).isFile();
      } catch {
        throw new ConfigurationError(
          `--log ${log}: no such file. Pass the path of a saved CI log, or - for stdin.`,
        );
      }
      if (!isFile) throw new ConfigurationError(`--log ${log} is not a regular file.`);
      result = await analyzeFile(path);
    }
    io.stdout.write(formatResult(result, format));
    return 0;
  },
};
