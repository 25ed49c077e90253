import { analyzeStream } from "../analysis/analyze.js";
import type { Failure } from "../analysis/types.js";
import type { GitHubClient } from "../github/client.js";
import type { Logger } from "../util/logger.js";

export interface RunFailuresOptions {
  client: Pick<GitHubClient, "listRunJobs" | "downloadJobLog">;
  runId: number;
  logger: Logger;
  /** Failed jobs to read at most; a big matrix usually fails the same way in every leg. */
  maxJobs?: number;
}

/**
 * The failures of a run's failed jobs, analyzed from their logs and deduplicated by fingerprint
 * (matrix legs that fail alike count once). Logs that are gone are skipped with a warning.
 */
export async function failuresOfRun(options: RunFailuresOptions): Promise<Failure[]> {
  const jobs = (await options.client.listRunJobs(options.runId)).filter(
    (j) => j.conclusion === "failure" || j.conclusion === "timed_out",
  );
  const out = new Map<string, Failure>();
  for (const job of jobs.slice(0, options.maxJobs ?? 5)) {
    const log = await options.client.downloadJobLog(job.id);
    if (!log) {
      options.logger.warning(`The log of job ${job.name} is not available; skipping it.`);
      continue;
    }
    const result = await analyzeStream(log.chunks);
    for (const f of result.failures) if (!out.has(f.fingerprint)) out.set(f.fingerprint, f);
  }
  return [...out.values()];
}
