import { resolve } from "node:path";
import { existsSync } from "node:fs";
import { analyzeFile } from "../../analysis/analyze.js";
import { fitJson, renderSummary } from "../../analysis/format.js";
import { ConfigurationError } from "../../util/errors.js";
import type { ActionCommand } from "../types.js";

/** The runner keeps 10 annotations of a type per step; the rest go to the summary. */
const MAX_ANNOTATIONS = 10;
/** Under the runner's 1 MB of outputs per job, with room for the other outputs. */
const MAX_FINDINGS_CHARS = 900_000;

export const analyzeAction: ActionCommand = {
  name: "analyze",
  async run(io) {
    const logPath = io.getInput("log-path");
    if (!logPath)
      throw new ConfigurationError(
        "Input log-path is required for command 'analyze': the path of a CI log file.",
      );
    const path = resolve(io.env.GITHUB_WORKSPACE ?? process.cwd(), logPath);
    if (!existsSync(path))
      throw new ConfigurationError(`Input log-path: ${logPath} does not exist (resolved to ${path}).`);
    const result = await analyzeFile(path);
    const first = result.failures[0];
    io.setOutput("findings", fitJson(result, MAX_FINDINGS_CHARS));
    io.setOutput("status", result.status);
    io.setOutput("category", first?.category ?? "");
    io.setOutput("fingerprint", first?.fingerprint ?? "");
    let annotated = 0;
    for (const f of result.failures) {
      if (annotated >= MAX_ANNOTATIONS) break;
      const loc = f.locations[0];
      io.annotate("error", `${f.message}\n${f.suggestion}`, {
        title: `autodev: ${f.category}${f.tool ? ` (${f.tool})` : ""}`,
        file: loc?.file,
        startLine: loc?.line,
        startColumn: loc?.column,
      });
      annotated++;
    }
    await io.summary(renderSummary(result));
  },
};
