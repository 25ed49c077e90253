/** Builds real Octokit-backed clients pointed at the REST double, with test-sized waits. */
import { createOctokitClient } from "../../src/github/octokit.js";
import type { GitHubClient } from "../../src/github/client.js";
import type { Logger } from "../../src/util/logger.js";
import type { FakeGitHub } from "./fake-github.js";

export interface CapturedLogger extends Logger {
  lines: string[];
}

export function captureLogger(): CapturedLogger {
  const lines: string[] = [];
  return {
    lines,
    debug: (m) => lines.push(`debug: ${m}`),
    info: (m) => lines.push(m),
    warning: (m) => lines.push(`warning: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
    group: (_n, fn) => fn(),
  };
}

export { CANARY_TOKEN as TEST_TOKEN } from "./canary.js";
import { CANARY_TOKEN as TEST_TOKEN } from "./canary.js";

export function clientFor(
  fake: FakeGitHub,
  options: {
    logger?: Logger;
    maxRateLimitWaitSeconds?: number;
    requestTimeoutMs?: number;
    maxLogBytes?: number;
  } = {},
): GitHubClient {
  return createOctokitClient({
    token: TEST_TOKEN,
    repo: { owner: fake.owner, repo: fake.repo },
    baseUrl: fake.url,
    logger: options.logger ?? captureLogger(),
    // One "second" of retry-after or backoff is 5 ms here, so retries are exercised without waiting.
    retryAfterUnitMs: 5,
    maxRateLimitWaitSeconds: options.maxRateLimitWaitSeconds ?? 120,
    requestTimeoutMs: options.requestTimeoutMs ?? 5_000,
    maxLogBytes: options.maxLogBytes,
    writeSpacingMs: 1,
  });
}
