import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FakeGitHub } from "../support/fake-github.js";
import { captureLogger, clientFor } from "../support/clients.js";
import { ConfigurationError } from "../../src/util/errors.js";

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await new FakeGitHub().start();
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.stop();
});

async function text(chunks: AsyncIterable<Uint8Array>): Promise<string> {
  const parts: Buffer[] = [];
  for await (const c of chunks) parts.push(Buffer.from(c));
  return Buffer.concat(parts).toString("utf8");
}

describe("Octokit adapter against the OpenAPI-checked double", () => {
  it("reads the repository, files and variables", async () => {
    const client = clientFor(fake);
    fake.setFile(".autodev/config.yml", "mode: semi\n");
    fake.variables.set("AUTODEV_ENABLED", "true");
    expect((await client.getRepository()).defaultBranch).toBe("main");
    expect(await client.readFile(".autodev/config.yml", "main")).toBe("mode: semi\n");
    expect(await client.readFile(".autodev/STOP", "main")).toBeNull();
    expect(await client.readVariable("AUTODEV_ENABLED")).toBe("true");
    expect(await client.readVariable("NOPE")).toBeNull();
  });

  it("follows the job-log redirect itself and never sends the token to the log host", async () => {
    fake.addRun({
      id: 7,
      name: "CI",
      head_sha: "a".repeat(40),
      head_branch: "main",
      conclusion: "failure",
      jobs: [
        { id: 71, name: "test", conclusion: "failure", log: "line one\nerror: boom\n" },
        { id: 72, name: "gone", conclusion: "failure", log: null },
      ],
    });
    const client = clientFor(fake);
    const log = await client.downloadJobLog(71);
    expect(log).not.toBeNull();
    expect(await text(log!.chunks)).toBe("line one\nerror: boom\n");
    expect(fake.logHostRequests).toHaveLength(1);
    expect(fake.logHostRequests[0].authorization).toBeUndefined();
    expect(await client.downloadJobLog(72)).toBeNull();
  });

  it("caps a huge log and reports truncation", async () => {
    fake.addRun({
      id: 8,
      name: "CI",
      head_sha: "b".repeat(40),
      head_branch: "main",
      conclusion: "failure",
      jobs: [{ id: 81, name: "big", conclusion: "failure", log: "x".repeat(300_000) }],
    });
    const log = await clientFor(fake, { maxLogBytes: 100_000 }).downloadJobLog(81);
    expect((await text(log!.chunks)).length).toBe(100_000);
    expect(log!.truncated()).toBe(true);
  });

  it("waits out a secondary rate limit (403 + retry-after) and a 429, then succeeds", async () => {
    const logger = captureLogger();
    const client = clientFor(fake, { logger });
    fake.inject({
      operationId: "repos/get",
      status: 403,
      message: "You have exceeded a secondary rate limit",
      headers: { "retry-after": "2" },
    });
    fake.inject({
      operationId: "issues/list-for-repo",
      status: 429,
      message: "API rate limit exceeded",
      headers: {
        "x-ratelimit-remaining": "0",
        "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 1),
        "retry-after": "1",
      },
    });
    expect((await client.getRepository()).fullName).toBe("octo-org/octo-repo");
    expect(await client.listIssues({ labels: ["autodev"], state: "all" })).toEqual([]);
    expect(fake.requests.filter((r) => r.operationId === "repos/get")).toHaveLength(2);
    expect(logger.lines.some((l) => /secondary rate limit .*retry-after 2s; retrying/.test(l))).toBe(true);
  });

  it("gives up on a rate limit longer than the configured maximum wait (API-01 bound)", async () => {
    const logger = captureLogger();
    const client = clientFor(fake, { logger, maxRateLimitWaitSeconds: 10 });
    fake.inject({
      operationId: "repos/get",
      status: 403,
      message: "You have exceeded a secondary rate limit",
      headers: { "retry-after": "30" },
    });
    await expect(client.getRepository()).rejects.toThrow(/secondary rate limit/);
    expect(logger.lines.some((l) => /retry-after 30s; giving up/.test(l))).toBe(true);
  });

  it("retries 5xx on reads through plugin-retry", async () => {
    fake.inject({ operationId: "repos/get", status: 502, times: 2 });
    expect((await clientFor(fake).getRepository()).defaultBranch).toBe("main");
    expect(fake.requests.filter((r) => r.operationId === "repos/get")).toHaveLength(3);
  });

  it("does not retry a failed create (a retried POST could duplicate)", async () => {
    fake.inject({ operationId: "issues/create", status: 502, when: "after" });
    await expect(clientFor(fake).createIssue({ title: "t", body: "b", labels: [] })).rejects.toThrow();
    expect(fake.requests.filter((r) => r.operationId === "issues/create")).toHaveLength(1);
    expect(fake.issues).toHaveLength(1);
  });

  it("turns a 403 without rate-limit wording into a permission message, with a single call (API-03)", async () => {
    fake.inject({
      operationId: "issues/create",
      status: 403,
      message: "Resource not accessible by integration",
    });
    const err = await clientFor(fake)
      .createIssue({ title: "t", body: "b", labels: [] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect(String(err)).toMatch(/issues: write/);
    expect(fake.requests.filter((r) => r.operationId === "issues/create")).toHaveLength(1);
  });

  it("times out a hung request and retries it", async () => {
    fake.inject({ operationId: "repos/get", status: 200, hang: true });
    const client = clientFor(fake, { requestTimeoutMs: 1500 });
    expect((await client.getRepository()).defaultBranch).toBe("main");
    expect(fake.requests.filter((r) => r.operationId === "repos/get").length).toBeGreaterThanOrEqual(2);
  });

  it("paginates issue lists past 100 with Link headers (API-06)", async () => {
    const client = clientFor(fake);
    for (let i = 0; i < 230; i++)
      fake.issues.push({
        number: i + 1,
        id: i + 1,
        title: `i${i}`,
        body: i === 3 ? "<!-- autodev:fingerprint=abc -->" : "",
        state: "open",
        labels: ["autodev"],
        user: "x",
        created_at: "2026-11-23T00:00:00Z",
        updated_at: "2026-11-23T00:00:00Z",
        closed_at: null,
      });
    const all = await client.listIssues({ labels: ["autodev"], state: "all" });
    expect(all).toHaveLength(230);
    expect(all.some((i) => i.body.includes("fingerprint=abc"))).toBe(true);
    expect(fake.requests.filter((r) => r.operationId === "issues/list-for-repo")).toHaveLength(3);
  });
});
