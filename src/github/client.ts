/**
 * The small GitHub surface autodev's write side uses. Logic modules take this interface, never
 * Octokit, so tests can drive them against the REST double or a hand-written fake, and so every
 * write can be wrapped by the kill-switch guard in one place (`guardWrites`).
 */
import type { ControlSource } from "../policy/kill-switch.js";

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface Repository {
  fullName: string;
  defaultBranch: string;
  htmlUrl: string;
}

export interface WorkflowRun {
  id: number;
  name: string;
  headSha: string;
  headBranch: string | null;
  conclusion: string | null;
  status: string | null;
  htmlUrl: string;
  runAttempt: number;
  event: string;
  /** `owner/repo` the commit came from; differs from the repository for fork PRs. */
  headRepository: string | null;
}

export interface JobStep {
  name: string;
  number: number;
  conclusion: string | null;
}

export interface Job {
  id: number;
  name: string;
  conclusion: string | null;
  htmlUrl: string | null;
  steps: JobStep[];
}

export interface Issue {
  number: number;
  title: string;
  body: string;
  state: "open" | "closed";
  labels: string[];
  htmlUrl: string;
}

export interface IssueComment {
  id: number;
  body: string;
  userLogin: string;
}

export interface PullRequest {
  number: number;
  title: string;
  body: string;
  state: "open" | "closed";
  draft: boolean;
  headRef: string;
  baseRef: string;
  htmlUrl: string;
  createdAt: string;
  labels: string[];
}

/** GitHub's `permission` field plus the finer `role_name` (maintain and triage show up only there). */
export interface CollaboratorPermission {
  permission: "admin" | "write" | "read" | "none";
  roleName: string;
}

export interface JobLog {
  /** The log bytes, streamed; stops after the byte cap. */
  chunks: AsyncIterable<Uint8Array>;
  /** Set once the stream ended: bytes not read because of the cap. */
  truncated(): boolean;
}

export type Reaction = "+1" | "-1" | "eyes" | "rocket" | "confused" | "heart" | "hooray" | "laugh";

export interface GitHubClient extends ControlSource {
  readonly repoRef: RepoRef;
  getRepository(): Promise<Repository>;
  getWorkflowRun(runId: number): Promise<WorkflowRun>;
  /** Jobs of the latest attempt of a run. */
  listRunJobs(runId: number): Promise<Job[]>;
  /** Null when GitHub has no log (job still running, expired, or gone). */
  downloadJobLog(jobId: number): Promise<JobLog | null>;
  /** Issues only (pull requests filtered out), all pages. */
  listIssues(options: { labels: string[]; state: "open" | "closed" | "all" }): Promise<Issue[]>;
  getIssue(issueNumber: number): Promise<Issue>;
  createIssue(input: { title: string; body: string; labels: string[] }): Promise<Issue>;
  updateIssue(
    issueNumber: number,
    input: { title?: string; body?: string; state?: "open" | "closed"; labels?: string[] },
  ): Promise<Issue>;
  listComments(issueNumber: number): Promise<IssueComment[]>;
  createComment(issueNumber: number, body: string): Promise<IssueComment>;
  reactToComment(commentId: number, content: Reaction): Promise<void>;
  getPermission(username: string): Promise<CollaboratorPermission>;
  listPulls(options: {
    head?: string;
    state: "open" | "closed" | "all";
    base?: string;
    /** Newest first, stopping at the first PR created before this ISO time (saves the API budget). */
    createdSince?: string;
  }): Promise<PullRequest[]>;
  createPull(input: {
    title: string;
    body: string;
    head: string;
    base: string;
    draft: boolean;
  }): Promise<PullRequest>;
  updatePull(pullNumber: number, input: { title?: string; body?: string }): Promise<PullRequest>;
  /**
   * Creates `ref` at `sha` unless it exists: GitHub answers 422 for an existing ref, which makes
   * this an atomic claim. False when the ref was already there.
   */
  createRef(ref: string, sha: string): Promise<boolean>;
}

export const WRITE_METHODS = [
  "createIssue",
  "updateIssue",
  "createComment",
  "reactToComment",
  "createPull",
  "updatePull",
  "createRef",
] as const satisfies readonly (keyof GitHubClient)[];

/** Thrown by the guard when the kill switch is on; callers stop without further writes. */
export class KillSwitchError extends Error {
  override name = "KillSwitchError";
}

/**
 * Returns a client whose write methods first run `guard` (which re-reads the kill switch through
 * the API and throws KillSwitchError). Reads pass through untouched.
 */
export function guardWrites(client: GitHubClient, guard: (method: string) => Promise<void>): GitHubClient {
  const writes = new Set<string>(WRITE_METHODS);
  return new Proxy(client, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof prop === "string" && writes.has(prop) && typeof value === "function") {
        return async (...args: unknown[]) => {
          await guard(prop);
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
