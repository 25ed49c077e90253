/**
 * GitHubClient over Octokit (@actions/github) with the throttling and retry plugins. Rate limits
 * (403/429 with retry-after or x-ratelimit-reset) are waited out by plugin-throttling up to a cap;
 * 5xx and network errors are retried by plugin-retry with backoff. Creates (POST) are never
 * retried blindly: a POST the server executed before failing would duplicate the object, so the
 * logic layer looks the object up by its marker before trying again.
 */
import { getOctokit } from "@actions/github";
import { throttling } from "@octokit/plugin-throttling";
import { retry } from "@octokit/plugin-retry";
import Bottleneck from "bottleneck/light.js";
import { ConfigurationError } from "../util/errors.js";
import type { Logger } from "../util/logger.js";
import type {
  CollaboratorPermission,
  GitHubClient,
  Issue,
  IssueComment,
  Job,
  JobLog,
  PullRequest,
  Reaction,
  RepoRef,
  Repository,
  WorkflowRun,
} from "./client.js";

export interface OctokitClientOptions {
  token: string;
  repo: RepoRef;
  /** REST root; defaults to GITHUB_API_URL or api.github.com. */
  baseUrl?: string;
  logger: Logger;
  /** Longest rate-limit wait accepted before giving up (seconds). */
  maxRateLimitWaitSeconds?: number;
  /** Retries for one request after rate limits or server errors. */
  maxRetries?: number;
  /** Per-request deadline. */
  requestTimeoutMs?: number;
  /** Milliseconds per "second" of retry-after and backoff; tests shrink it, production keeps 1000. */
  retryAfterUnitMs?: number;
  /** Gap between writes; GitHub asks for at least a second between mutating requests. */
  writeSpacingMs?: number;
  /** Job logs bigger than this are cut (the analyzer reads a stream; memory stays bounded). */
  maxLogBytes?: number;
}

interface RequestErrorLike {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | undefined> };
}

function statusOf(e: unknown): number | undefined {
  return (e as RequestErrorLike)?.status;
}

/** Which permission each operation needs, to turn a bare 403 into a fixable message. */
const NEEDS: Record<string, string> = {
  createIssue: "issues: write",
  updateIssue: "issues: write",
  createComment: "issues: write (or pull-requests: write on a PR)",
  reactToComment: "issues: write",
  createPull: "pull-requests: write (and the repository setting that allows Actions to create pull requests)",
  updatePull: "pull-requests: write",
  createRef: "contents: write",
  listRunJobs: "actions: read",
  getWorkflowRun: "actions: read",
  downloadJobLog: "actions: read",
  listIssues: "issues: read",
};

type Octokit = ReturnType<typeof getOctokit>;

export function createOctokitClient(options: OctokitClientOptions): GitHubClient {
  const { logger, repo } = options;
  const maxWait = options.maxRateLimitWaitSeconds ?? 120;
  const maxRetries = options.maxRetries ?? 3;
  const unit = options.retryAfterUnitMs ?? 1000;
  const timeoutMs = options.requestTimeoutMs ?? 30_000;
  const maxLogBytes = options.maxLogBytes ?? 64 * 1024 * 1024;
  const baseUrl = (options.baseUrl ?? process.env.GITHUB_API_URL ?? "https://api.github.com").replace(
    /\/+$/,
    "",
  );

  const onLimit =
    (kind: string) =>
    (retryAfter: number, req: { method: string; url: string }, _o: unknown, retryCount: number) => {
      const retrying = retryCount < maxRetries && retryAfter <= maxWait;
      logger.warning(
        `GitHub ${kind} rate limit on ${req.method} ${req.url}: retry-after ${retryAfter}s; ${retrying ? `retrying (attempt ${retryCount + 1} of ${maxRetries})` : "giving up"}`,
      );
      return retrying;
    };

  const octokit: Octokit = getOctokit(
    options.token,
    {
      baseUrl,
      throttle: {
        onRateLimit: onLimit("primary"),
        onSecondaryRateLimit: onLimit("secondary"),
        retryAfterBaseValue: unit,
        fallbackSecondaryRateRetryAfter: 60,
        // Our own write limiter (plugin default: 1 s, shared by every client in the process).
        write: new Bottleneck.Group({ maxConcurrent: 1, minTime: options.writeSpacingMs ?? 1000 }),
        // Writes that notify people (issues, comments, PRs) get three times the spacing, as in the plugin.
        notifications: new Bottleneck.Group({
          maxConcurrent: 1,
          minTime: 3 * (options.writeSpacingMs ?? 1000),
        }),
      },
      retry: { retries: maxRetries, retryAfterBaseValue: unit },
      log: {
        debug: () => {},
        info: () => {},
        warn: (m: string) => logger.warning(m),
        error: (m: string) => logger.debug(m),
      },
    },
    throttling,
    retry,
  );
  // A per-attempt deadline: a hung connection must not eat the job's whole timeout-minutes. The
  // fetch is wrapped (not `request.signal` set) because retries reuse the same options object and
  // an already-fired signal would fail them at once; hooks must mutate options in place.
  octokit.hook.before("request", (opts) => {
    const inner = (opts.request?.fetch ?? globalThis.fetch) as typeof fetch & { timed?: boolean };
    if (inner.timed) return;
    const timed = Object.assign(
      (url: string, init: RequestInit = {}) => {
        const signals = [AbortSignal.timeout(timeoutMs), ...(init.signal ? [init.signal] : [])];
        return inner(url, { ...init, signal: AbortSignal.any(signals) });
      },
      { timed: true },
    );
    opts.request = { ...opts.request, fetch: timed };
  });

  const call = async <T>(op: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (e) {
      const status = statusOf(e);
      const message = (e as RequestErrorLike)?.message ?? String(e);
      if (status === 403 && !/rate limit/i.test(message) && NEEDS[op]) {
        throw new ConfigurationError(
          `GitHub refused ${op} (403: ${message.split("\n")[0]}). The token needs ${NEEDS[op]}; grant it in the job's permissions.`,
        );
      }
      throw e;
    }
  };
  const noRetry = { request: { retries: 0 } };

  const toIssue = (d: {
    number: number;
    title: string;
    body?: string | null;
    state: string;
    labels: (string | { name?: string })[];
    html_url: string;
  }): Issue => ({
    number: d.number,
    title: d.title,
    body: d.body ?? "",
    state: d.state === "closed" ? "closed" : "open",
    labels: d.labels.map((l) => (typeof l === "string" ? l : (l.name ?? ""))).filter(Boolean),
    htmlUrl: d.html_url,
  });
  const toPull = (d: {
    number: number;
    title: string;
    body: string | null;
    state: string;
    draft?: boolean;
    head: { ref: string };
    base: { ref: string };
    html_url: string;
    created_at: string;
    labels: { name: string }[];
  }): PullRequest => ({
    number: d.number,
    title: d.title,
    body: d.body ?? "",
    state: d.state === "closed" ? "closed" : "open",
    draft: d.draft ?? false,
    headRef: d.head.ref,
    baseRef: d.base.ref,
    htmlUrl: d.html_url,
    createdAt: d.created_at,
    labels: d.labels.map((l) => l.name),
  });

  const client: GitHubClient = {
    repoRef: repo,

    async readFile(path, ref) {
      try {
        const { data } = await octokit.rest.repos.getContent({ ...repo, path, ref });
        if (Array.isArray(data)) return "";
        if ("content" in data && typeof data.content === "string") {
          return Buffer.from(data.content, (data.encoding as BufferEncoding) || "base64").toString("utf8");
        }
        return "";
      } catch (e) {
        if (statusOf(e) === 404) return null;
        throw e;
      }
    },

    async readVariable(name) {
      try {
        const { data } = await octokit.rest.actions.getRepoVariable({ ...repo, name });
        return data.value;
      } catch (e) {
        // GITHUB_TOKEN cannot read variables on every plan; the workflow passes vars.* as an input too.
        if (statusOf(e) === 404 || statusOf(e) === 403) return null;
        throw e;
      }
    },

    getRepository: () =>
      call("getRepository", async () => {
        const { data } = await octokit.rest.repos.get({ ...repo });
        return {
          fullName: data.full_name,
          defaultBranch: data.default_branch,
          htmlUrl: data.html_url,
        } as Repository;
      }),

    getWorkflowRun: (runId) =>
      call("getWorkflowRun", async () => {
        const { data } = await octokit.rest.actions.getWorkflowRun({ ...repo, run_id: runId });
        return {
          id: data.id,
          name: data.name ?? "",
          headSha: data.head_sha,
          headBranch: data.head_branch,
          conclusion: data.conclusion,
          status: data.status,
          htmlUrl: data.html_url,
          runAttempt: data.run_attempt ?? 1,
          event: data.event,
          headRepository: data.head_repository?.full_name ?? null,
        } as WorkflowRun;
      }),

    listRunJobs: (runId) =>
      call("listRunJobs", async () => {
        const jobs = await octokit.paginate(octokit.rest.actions.listJobsForWorkflowRun, {
          ...repo,
          run_id: runId,
          filter: "latest",
          per_page: 100,
        });
        return jobs.map((j): Job => ({
          id: j.id,
          name: j.name,
          conclusion: j.conclusion,
          htmlUrl: j.html_url,
          steps: (j.steps ?? []).map((s) => ({ name: s.name, number: s.number, conclusion: s.conclusion })),
        }));
      }),

    downloadJobLog: (jobId) =>
      call("downloadJobLog", async () => {
        // Ask for the redirect instead of following it: the signed log URL is on another host and
        // must not receive our token, and streaming it keeps memory bounded for huge logs.
        let location: string | undefined;
        try {
          const res = await octokit.request("GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs", {
            ...repo,
            job_id: jobId,
            request: { redirect: "manual" },
          });
          location = (res.headers as Record<string, string | undefined>).location;
        } catch (e) {
          const s = statusOf(e);
          if (s === 404 || s === 410) return null;
          location = (e as RequestErrorLike).response?.headers?.location;
          if (!location) throw e;
        }
        if (!location) return null;
        const res = await fetch(location, { signal: AbortSignal.timeout(Math.max(timeoutMs, 120_000)) });
        if (!res.ok || !res.body) {
          logger.warning(`job ${jobId} log download answered ${res.status}; treating the log as unavailable`);
          return null;
        }
        let cut = false;
        const body = res.body;
        async function* capped(): AsyncIterable<Uint8Array> {
          let seen = 0;
          const reader = body.getReader();
          try {
            for (;;) {
              const { done, value } = await reader.read();
              if (done) return;
              if (seen + value.length > maxLogBytes) {
                yield value.subarray(0, maxLogBytes - seen);
                cut = true;
                return;
              }
              seen += value.length;
              yield value;
            }
          } finally {
            await reader.cancel().catch(() => {});
          }
        }
        return { chunks: capped(), truncated: () => cut } satisfies JobLog;
      }),

    listIssues: ({ labels, state }) =>
      call("listIssues", async () => {
        const items = await octokit.paginate(octokit.rest.issues.listForRepo, {
          ...repo,
          labels: labels.join(","),
          state,
          per_page: 100,
        });
        return items.filter((i) => !i.pull_request).map(toIssue);
      }),

    getIssue: (issueNumber) =>
      call("getIssue", async () =>
        toIssue((await octokit.rest.issues.get({ ...repo, issue_number: issueNumber })).data),
      ),

    createIssue: (input) =>
      call("createIssue", async () =>
        toIssue((await octokit.rest.issues.create({ ...repo, ...input, ...noRetry })).data),
      ),

    updateIssue: (issueNumber, input) =>
      call("updateIssue", async () =>
        toIssue((await octokit.rest.issues.update({ ...repo, issue_number: issueNumber, ...input })).data),
      ),

    listComments: (issueNumber) =>
      call("listComments", async () => {
        const items = await octokit.paginate(octokit.rest.issues.listComments, {
          ...repo,
          issue_number: issueNumber,
          per_page: 100,
        });
        return items.map((c): IssueComment => ({
          id: c.id,
          body: c.body ?? "",
          userLogin: c.user?.login ?? "",
        }));
      }),

    createComment: (issueNumber, body) =>
      call("createComment", async () => {
        const { data } = await octokit.rest.issues.createComment({
          ...repo,
          issue_number: issueNumber,
          body,
          ...noRetry,
        });
        return { id: data.id, body: data.body ?? "", userLogin: data.user?.login ?? "" };
      }),

    reactToComment: (commentId, content: Reaction) =>
      call("reactToComment", async () => {
        // Reactions are idempotent on GitHub (200 for an existing one), so a retry is harmless.
        await octokit.rest.reactions.createForIssueComment({ ...repo, comment_id: commentId, content });
      }),

    getPermission: (username) =>
      call("getPermission", async (): Promise<CollaboratorPermission> => {
        try {
          const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username });
          const p = data.permission;
          const permission = p === "admin" || p === "write" || p === "read" ? p : "none";
          return { permission, roleName: data.role_name ?? permission };
        } catch (e) {
          if (statusOf(e) === 404) return { permission: "none", roleName: "none" };
          throw e;
        }
      }),

    listPulls: ({ head, state, base, createdSince }) =>
      call("listPulls", async () => {
        const items = await octokit.paginate(
          octokit.rest.pulls.list,
          {
            ...repo,
            state,
            ...(head ? { head } : {}),
            ...(base ? { base } : {}),
            ...(createdSince ? { sort: "created" as const, direction: "desc" as const } : {}),
            per_page: 100,
          },
          (response, done) => {
            // Sorted newest first: once a page reaches older PRs, later pages hold only older ones.
            if (createdSince && response.data.some((p) => p.created_at < createdSince)) done();
            return response.data.filter((p) => !createdSince || p.created_at >= createdSince);
          },
        );
        return items.map(toPull);
      }),

    createPull: (input) =>
      call("createPull", async () =>
        toPull((await octokit.rest.pulls.create({ ...repo, ...input, ...noRetry })).data),
      ),

    createRef: (ref, sha) =>
      call("createRef", async () => {
        try {
          await octokit.rest.git.createRef({ ...repo, ref, sha, ...noRetry });
          return true;
        } catch (e) {
          if (statusOf(e) === 422) return false;
          throw e;
        }
      }),

    updatePull: (pullNumber, input) =>
      call("updatePull", async () =>
        toPull((await octokit.rest.pulls.update({ ...repo, pull_number: pullNumber, ...input })).data),
      ),
  };
  return client;
}
