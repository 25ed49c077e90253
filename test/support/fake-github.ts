/**
 * A GitHub REST double on 127.0.0.1: a real HTTP server that keeps state (repository files per
 * ref, variables, runs/jobs/logs, issues, comments, reactions, collaborators, pull requests),
 * checks every request and every response it sends against GitHub's OpenAPI description, serves
 * job logs through a 302 redirect to a second "signed URL" route, and injects faults: 403/429
 * rate limits, 5xx (before or after performing the write), and hung connections.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { execFileSync } from "node:child_process";
import {
  deref,
  checkRequest,
  checkResponse,
  matchOperation,
  responseSchema,
  synthesize,
  type Operation,
} from "./openapi.js";

export interface RecordedRequest {
  method: string;
  path: string;
  operationId: string | null;
  query: Record<string, string>;
  body: unknown;
  status: number;
  headers: Record<string, string | string[] | undefined>;
}

export interface Fault {
  operationId: string;
  status: number;
  headers?: Record<string, string>;
  message?: string;
  /** How many matching requests get the fault (default 1). */
  times?: number;
  /** "after": perform the operation, then answer with the fault (a lost response). */
  when?: "before" | "after";
  /** Never answer; the client must time out. */
  hang?: boolean;
}

interface IssueRec {
  number: number;
  id: number;
  title: string;
  body: string;
  state: "open" | "closed";
  labels: string[];
  user: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  pull?: { head: string; base: string; draft: boolean };
}

interface CommentRec {
  id: number;
  issue: number;
  body: string;
  user: string;
  created_at: string;
}

export interface FakeJob {
  id: number;
  name: string;
  conclusion: "success" | "failure" | "cancelled" | "skipped" | null;
  steps?: { name: string; number: number; conclusion: string | null }[];
  /** Log text; null means GitHub has no log (404). */
  log: string | null;
  /** A generated log of `bytes` bytes (never held in memory), ending with `tail`. */
  hugeLog?: { bytes: number; line: string; tail: string };
}

export interface FakeRun {
  id: number;
  name: string;
  head_sha: string;
  head_branch: string;
  conclusion: string | null;
  run_attempt?: number;
  event?: string;
  jobs: FakeJob[];
}

export interface FakeGitHubOptions {
  owner?: string;
  repo?: string;
  defaultBranch?: string;
  /** The bot login writes appear as. */
  botLogin?: string;
  /** Bare git remote: `pulls/create` answers 422 unless the head branch exists there, like GitHub. */
  gitRemote?: string;
}

let nextId = 1000;

export class FakeGitHub {
  readonly owner: string;
  readonly repo: string;
  readonly defaultBranch: string;
  readonly botLogin: string;
  gitRemote?: string;
  url = "";
  private server: Server | null = null;
  private sockets = new Set<Socket>();

  /** Files per ref (branch name). */
  files = new Map<string, Map<string, string>>();
  variables = new Map<string, string>();
  runs = new Map<number, FakeRun>();
  issues: IssueRec[] = [];
  comments: CommentRec[] = [];
  reactions: { commentId: number; content: string; user: string }[] = [];
  permissions = new Map<string, { permission: string; role_name: string }>();
  /** Refs created through the git refs API (claims); branches live in the bare git remote. */
  refs = new Map<string, string>();

  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  readonly logHostRequests: { path: string; authorization?: string }[] = [];
  private faults: (Fault & { left: number })[] = [];
  /** Called before each API request is handled; tests use it to flip state mid-run. */
  beforeRequest?: (req: { method: string; path: string; operationId: string | null; index: number }) => void;

  constructor(options: FakeGitHubOptions = {}) {
    this.owner = options.owner ?? "octo-org";
    this.repo = options.repo ?? "octo-repo";
    this.defaultBranch = options.defaultBranch ?? "main";
    this.botLogin = options.botLogin ?? "github-actions[bot]";
    this.gitRemote = options.gitRemote;
    this.files.set(this.defaultBranch, new Map());
  }

  get fullName(): string {
    return `${this.owner}/${this.repo}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.on("connection", (s) => {
      this.sockets.add(s);
      s.on("close", () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    const addr = this.server.address();
    if (!addr || typeof addr === "string") throw new Error("no address");
    this.url = `http://127.0.0.1:${addr.port}`;
    return this;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  inject(fault: Fault): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 });
  }

  /** Requests that change state (everything but GET), the "side effects" of a test. */
  mutations(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== "GET" && r.status < 400);
  }

  setFile(path: string, text: string | null, ref = this.defaultBranch): void {
    if (!this.files.has(ref)) this.files.set(ref, new Map());
    if (text === null) this.files.get(ref)!.delete(path);
    else this.files.get(ref)!.set(path, text);
  }

  addRun(run: FakeRun): void {
    this.runs.set(run.id, run);
  }

  openIssues(): IssueRec[] {
    return this.issues.filter((i) => !i.pull);
  }

  pulls(): IssueRec[] {
    return this.issues.filter((i) => i.pull);
  }

  /** Every text the double received in a request body, for secret scanning. */
  receivedText(): string {
    return this.requests.map((r) => (r.body === undefined ? "" : JSON.stringify(r.body))).join("\n");
  }

  // ---------------------------------------------------------------- plumbing

  private send(
    res: ServerResponse,
    rec: RecordedRequest,
    op: Operation | null,
    status: number,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    rec.status = status;
    if (op) for (const p of checkResponse(op, status, body)) this.violations.push(`${op.operationId}: ${p}`);
    const payload = body === undefined ? "" : JSON.stringify(body);
    res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
    res.end(payload);
  }

  private error(
    res: ServerResponse,
    rec: RecordedRequest,
    op: Operation | null,
    status: number,
    message: string,
    headers: Record<string, string> = {},
  ) {
    this.send(res, rec, op, status, { message, documentation_url: "https://docs.github.com/rest" }, headers);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const u = new URL(req.url ?? "/", this.url);
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");

    if (u.pathname.startsWith("/_signed-logs/")) {
      // The signed log host: it must never see our token.
      const auth = req.headers.authorization;
      this.logHostRequests.push({ path: u.pathname, authorization: auth });
      if (auth) this.violations.push("log host received an Authorization header");
      const jobId = Number(u.pathname.split("/").pop());
      const job = [...this.runs.values()].flatMap((r) => r.jobs).find((j) => j.id === jobId);
      if (!job || job.log === null) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
      if (job.hugeLog) {
        await this.streamHuge(res, job.hugeLog);
        return;
      }
      res.end(job.log);
      return;
    }

    let body: unknown = undefined;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        this.violations.push(`${req.method} ${u.pathname}: body is not JSON`);
      }
    }
    const method = req.method ?? "GET";
    const match = matchOperation(method, u.pathname);
    const rec: RecordedRequest = {
      method,
      path: u.pathname,
      operationId: match?.op.operationId ?? null,
      query: Object.fromEntries(u.searchParams),
      body,
      status: 0,
      headers: req.headers,
    };
    this.requests.push(rec);
    this.beforeRequest?.({
      method,
      path: u.pathname,
      operationId: rec.operationId,
      index: this.requests.length - 1,
    });
    if (!match) {
      this.violations.push(`no such operation: ${method} ${u.pathname}`);
      this.error(res, rec, null, 404, "Not Found");
      return;
    }
    const { op, params } = match;
    for (const p of checkRequest(op, params, u.searchParams, body))
      this.violations.push(`${op.operationId}: ${p}`);
    if (!String(req.headers.authorization ?? "").match(/^(token|bearer) \S+/i)) {
      this.violations.push(`${op.operationId}: request without a token`);
    }
    if (params.owner !== this.owner || params.repo !== this.repo) {
      this.error(res, rec, op, 404, "Not Found");
      return;
    }

    const fault = this.faults.find((f) => f.left > 0 && f.operationId === op.operationId);
    if (fault) fault.left--;
    if (fault?.hang) return; // the socket stays open until the client gives up or stop() destroys it
    if (fault && (fault.when ?? "before") === "before") {
      this.error(res, rec, op, fault.status, fault.message ?? "injected fault", fault.headers);
      return;
    }
    let outcome: { status: number; body?: unknown; headers?: Record<string, string> };
    try {
      outcome = this.route(op, params, u.searchParams, body);
    } catch (e) {
      outcome = { status: 500, body: { message: String(e) } };
      this.violations.push(`double crashed on ${op.operationId}: ${String(e)}`);
    }
    if (fault) {
      // The write happened but the client sees an error (lost response).
      this.error(res, rec, op, fault.status, fault.message ?? "injected fault", fault.headers);
      return;
    }
    this.send(res, rec, op, outcome.status, outcome.body, outcome.headers);
  }

  /** Writes a generated log with backpressure; stops early when the client hangs up. */
  private async streamHuge(
    res: ServerResponse,
    spec: { bytes: number; line: string; tail: string },
  ): Promise<void> {
    let closed = false;
    res.on("close", () => (closed = true));
    const chunk = Buffer.from(spec.line.repeat(Math.max(1, Math.floor(65536 / spec.line.length))));
    let sent = 0;
    while (!closed && sent + chunk.length < spec.bytes) {
      sent += chunk.length;
      if (!res.write(chunk))
        await new Promise<void>((r) => res.once("drain", () => r()).once("close", () => r()));
    }
    if (!closed) res.end(spec.tail);
  }

  // ---------------------------------------------------------------- objects

  private user(login: string) {
    const owner = responseSchema("repos/get", 200).properties!.owner;
    const base = synthesize(owner) as Record<string, unknown>;
    return { ...base, login, id: login.length * 1000 + 7, type: login.endsWith("[bot]") ? "Bot" : "User" };
  }

  private repoObject() {
    const base = synthesize(responseSchema("repos/get", 200)) as Record<string, unknown>;
    return {
      ...base,
      name: this.repo,
      full_name: this.fullName,
      default_branch: this.defaultBranch,
      html_url: `https://github.com/${this.fullName}`,
      owner: this.user(this.owner),
    };
  }

  private issueObject(i: IssueRec) {
    const base = synthesize(responseSchema("issues/get", 200)) as Record<string, unknown>;
    const html = `https://github.com/${this.fullName}/${i.pull ? "pull" : "issues"}/${i.number}`;
    return {
      ...base,
      id: i.id,
      number: i.number,
      title: i.title,
      body: i.body,
      state: i.state,
      labels: i.labels.map((name, k) => ({
        id: k + 1,
        name,
        color: "ededed",
        default: false,
        node_id: "L",
        url: "x",
        description: null,
      })),
      user: this.user(i.user),
      html_url: html,
      url: `${this.url}/repos/${this.fullName}/issues/${i.number}`,
      comments: this.comments.filter((c) => c.issue === i.number).length,
      created_at: i.created_at,
      updated_at: i.updated_at,
      closed_at: i.closed_at,
      ...(i.pull
        ? { pull_request: { url: "x", html_url: html, diff_url: "x", patch_url: "x", merged_at: null } }
        : {}),
    };
  }

  private pullObject(i: IssueRec, operationId: string, status: number) {
    const base = synthesize(responseSchema(operationId, status)) as Record<string, unknown>;
    const head = base.head as Record<string, unknown>;
    const branch = (ref: string) => ({
      ...head,
      ref,
      label: `${this.owner}:${ref}`,
      sha: "0".repeat(40),
      user: this.user(this.owner),
      repo: {
        ...(head.repo as object),
        name: this.repo,
        full_name: this.fullName,
        owner: this.user(this.owner),
      },
    });
    return {
      ...base,
      id: i.id,
      number: i.number,
      title: i.title,
      body: i.body,
      state: i.state,
      draft: i.pull!.draft,
      head: branch(i.pull!.head),
      base: branch(i.pull!.base),
      html_url: `https://github.com/${this.fullName}/pull/${i.number}`,
      user: this.user(i.user),
      labels: i.labels.map((name, k) => ({
        id: k + 1,
        name,
        color: "ededed",
        default: false,
        node_id: "L",
        url: "x",
        description: "",
      })),
      created_at: i.created_at,
      updated_at: i.updated_at,
      closed_at: i.closed_at,
    };
  }

  private commentObject(c: CommentRec, operationId: string, status: number) {
    const base = synthesize(responseSchema(operationId, status)) as Record<string, unknown>;
    const obj = Array.isArray(base) ? {} : base;
    return {
      ...obj,
      id: c.id,
      body: c.body,
      user: this.user(c.user),
      created_at: c.created_at,
      updated_at: c.created_at,
    };
  }

  private page<T>(
    items: T[],
    query: URLSearchParams,
    path: string,
  ): { status: number; body: T[]; headers: Record<string, string> } {
    const per = Math.min(Number(query.get("per_page") ?? 30), 100);
    const page = Number(query.get("page") ?? 1);
    const slice = items.slice((page - 1) * per, page * per);
    const headers: Record<string, string> = {};
    if (page * per < items.length) {
      const next = new URLSearchParams(query);
      next.set("page", String(page + 1));
      headers.link = `<${this.url}${path}?${next}>; rel="next"`;
    }
    return { status: 200, body: slice, headers };
  }

  private now(): string {
    return new Date().toISOString().replace(/\.\d+Z$/, "Z");
  }

  private branchExists(branch: string): boolean {
    if (!this.gitRemote) return true;
    try {
      execFileSync(
        "git",
        ["--git-dir", this.gitRemote, "rev-parse", "--verify", "--quiet", `refs/heads/${branch}`],
        { stdio: "ignore" },
      );
      return true;
    } catch {
      return false;
    }
  }

  // ---------------------------------------------------------------- routes

  private route(
    op: Operation,
    p: Record<string, string>,
    q: URLSearchParams,
    body: unknown,
  ): { status: number; body?: unknown; headers?: Record<string, string> } {
    const b = (body ?? {}) as Record<string, unknown>;
    const base = `/repos/${this.fullName}`;
    switch (op.operationId) {
      case "repos/get":
        return { status: 200, body: this.repoObject() };

      case "repos/get-content": {
        const ref = q.get("ref") ?? this.defaultBranch;
        const text = this.files.get(ref)?.get(p.path);
        if (text === undefined)
          return { status: 404, body: { message: "Not Found", documentation_url: "x" } };
        const branches = (responseSchema("repos/get-content", 200).oneOf ?? []).map(deref);
        const fileSchema =
          branches.find((s) => (s.properties?.type?.enum ?? []).includes("file")) ?? branches[1];
        const file = synthesize(fileSchema) as Record<string, unknown>;
        return {
          status: 200,
          body: {
            ...file,
            type: "file",
            url: "x",
            git_url: null,
            html_url: null,
            download_url: null,
            encoding: "base64",
            size: Buffer.byteLength(text),
            name: p.path.split("/").pop(),
            path: p.path,
            content: Buffer.from(text).toString("base64"),
            sha: "a".repeat(40),
            _links: { git: null, html: null, self: "x" },
          },
        };
      }

      case "actions/get-repo-variable": {
        const value = this.variables.get(p.name);
        if (value === undefined)
          return { status: 404, body: { message: "Not Found", documentation_url: "x" } };
        return { status: 200, body: { name: p.name, value, created_at: this.now(), updated_at: this.now() } };
      }

      case "repos/get-collaborator-permission-level": {
        const perm = this.permissions.get(p.username) ?? { permission: "read", role_name: "read" };
        return {
          status: 200,
          body: {
            permission: perm.permission,
            role_name: perm.role_name,
            user: { ...this.user(p.username), role_name: perm.role_name },
          },
        };
      }

      case "actions/get-workflow-run": {
        const run = this.runs.get(Number(p.run_id));
        if (!run) return { status: 404, body: { message: "Not Found", documentation_url: "x" } };
        const obj = synthesize(responseSchema("actions/get-workflow-run", 200)) as Record<string, unknown>;
        return {
          status: 200,
          body: {
            ...obj,
            id: run.id,
            name: run.name,
            head_sha: run.head_sha,
            head_branch: run.head_branch,
            conclusion: run.conclusion,
            status: "completed",
            run_attempt: run.run_attempt ?? 1,
            event: run.event ?? "push",
            html_url: `https://github.com/${this.fullName}/actions/runs/${run.id}`,
            head_repository: { ...(obj.head_repository as object), full_name: this.fullName },
            repository: { ...(obj.repository as object), full_name: this.fullName },
          },
        };
      }

      case "actions/list-jobs-for-workflow-run": {
        const run = this.runs.get(Number(p.run_id));
        if (!run) return { status: 404, body: { message: "Not Found", documentation_url: "x" } };
        const jobBase =
          (synthesize(responseSchema("actions/list-jobs-for-workflow-run", 200)) as Record<
            string,
            unknown
          >) ?? {};
        void jobBase;
        const jobs = run.jobs.map((j) => ({
          id: j.id,
          run_id: run.id,
          run_url: "x",
          node_id: "J",
          head_sha: run.head_sha,
          url: "x",
          html_url: `https://github.com/${this.fullName}/actions/runs/${run.id}/job/${j.id}`,
          status: "completed",
          conclusion: j.conclusion,
          started_at: "2026-11-23T00:00:00Z",
          completed_at: "2026-11-23T00:01:00Z",
          name: j.name,
          steps: (j.steps ?? []).map((s) => ({ ...s, status: "completed" })),
          check_run_url: "x",
          labels: ["ubuntu-latest"],
          runner_id: null,
          runner_name: null,
          runner_group_id: null,
          runner_group_name: null,
          workflow_name: run.name,
          head_branch: run.head_branch,
          created_at: "2026-11-23T00:00:00Z",
        }));
        const pg = this.page(jobs, q, `${base}/actions/runs/${run.id}/jobs`);
        return { status: 200, body: { total_count: jobs.length, jobs: pg.body }, headers: pg.headers };
      }

      case "actions/download-job-logs-for-workflow-run": {
        const job = [...this.runs.values()].flatMap((r) => r.jobs).find((j) => j.id === Number(p.job_id));
        if (!job || job.log === null)
          return { status: 404, body: { message: "Not Found", documentation_url: "x" } };
        return {
          status: 302,
          headers: { location: `${this.url}/_signed-logs/${job.id}?sig=expires-in-1-minute` },
        };
      }

      case "issues/list-for-repo": {
        const labels = (q.get("labels") ?? "").split(",").filter(Boolean);
        const state = q.get("state") ?? "open";
        const items = this.issues
          .filter((i) => state === "all" || i.state === state)
          .filter((i) => labels.every((l) => i.labels.includes(l)))
          .sort((a, c) => c.number - a.number)
          .map((i) => this.issueObject(i));
        return this.page(items, q, `${base}/issues`);
      }

      case "issues/get": {
        const i = this.issues.find((x) => x.number === Number(p.issue_number));
        if (!i) return { status: 404, body: { message: "Not Found", documentation_url: "x" } };
        return { status: 200, body: this.issueObject(i) };
      }

      case "issues/create": {
        if (typeof b.body === "string" && b.body.length > 65536) {
          return {
            status: 422,
            body: {
              message: "Validation Failed",
              errors: [
                {
                  resource: "Issue",
                  code: "custom",
                  field: "body",
                  message: "body is too long (maximum is 65536 characters)",
                },
              ],
            },
          };
        }
        const rec: IssueRec = {
          number: this.issues.length + 1,
          id: nextId++,
          title: String(b.title),
          body: String(b.body ?? ""),
          state: "open",
          labels: ((b.labels as unknown[]) ?? []).map((l) =>
            typeof l === "string" ? l : String((l as { name: string }).name),
          ),
          user: this.botLogin,
          created_at: this.now(),
          updated_at: this.now(),
          closed_at: null,
        };
        this.issues.push(rec);
        return {
          status: 201,
          body: this.issueObject(rec),
          headers: { location: `${this.url}${base}/issues/${rec.number}` },
        };
      }

      case "issues/update": {
        const i = this.issues.find((x) => x.number === Number(p.issue_number));
        if (!i) return { status: 404, body: { message: "Not Found", documentation_url: "x" } };
        if (typeof b.body === "string" && b.body.length > 65536) {
          return {
            status: 422,
            body: {
              message: "Validation Failed",
              errors: [{ resource: "Issue", code: "custom", field: "body" }],
            },
          };
        }
        if (typeof b.title === "string") i.title = b.title;
        if (typeof b.body === "string") i.body = b.body;
        if (b.state === "open" || b.state === "closed") {
          i.state = b.state;
          i.closed_at = b.state === "closed" ? this.now() : null;
        }
        if (Array.isArray(b.labels))
          i.labels = b.labels.map((l) => (typeof l === "string" ? l : String((l as { name: string }).name)));
        i.updated_at = this.now();
        return { status: 200, body: this.issueObject(i) };
      }

      case "issues/list-comments": {
        const items = this.comments
          .filter((c) => c.issue === Number(p.issue_number))
          .map((c) => this.commentObject(c, "issues/create-comment", 201));
        return this.page(items, q, `${base}/issues/${p.issue_number}/comments`);
      }

      case "issues/create-comment": {
        const i = this.issues.find((x) => x.number === Number(p.issue_number));
        if (!i) return { status: 404, body: { message: "Not Found", documentation_url: "x" } };
        if (typeof b.body === "string" && b.body.length > 65536) {
          return {
            status: 422,
            body: {
              message: "Validation Failed",
              errors: [{ resource: "IssueComment", code: "custom", field: "body" }],
            },
          };
        }
        const c: CommentRec = {
          id: nextId++,
          issue: i.number,
          body: String(b.body),
          user: this.botLogin,
          created_at: this.now(),
        };
        this.comments.push(c);
        return { status: 201, body: this.commentObject(c, "issues/create-comment", 201) };
      }

      case "reactions/create-for-issue-comment": {
        const id = Number(p.comment_id);
        const existing = this.reactions.find(
          (r) => r.commentId === id && r.content === b.content && r.user === this.botLogin,
        );
        const obj = synthesize(responseSchema("reactions/create-for-issue-comment", 201)) as Record<
          string,
          unknown
        >;
        if (existing) return { status: 200, body: { ...obj, content: b.content } };
        this.reactions.push({ commentId: id, content: String(b.content), user: this.botLogin });
        return { status: 201, body: { ...obj, content: b.content, user: this.user(this.botLogin) } };
      }

      case "pulls/list": {
        const state = q.get("state") ?? "open";
        const head = q.get("head");
        const baseRef = q.get("base");
        const items = this.pulls()
          .filter((i) => state === "all" || i.state === state)
          .filter((i) => !head || `${this.owner}:${i.pull!.head}` === head)
          .filter((i) => !baseRef || i.pull!.base === baseRef)
          .sort((a, c) => c.number - a.number)
          .map((i) => this.pullObject(i, "pulls/create", 201));
        return this.page(items, q, `${base}/pulls`);
      }

      case "pulls/create": {
        const head = String(b.head).replace(`${this.owner}:`, "");
        const baseRef = String(b.base);
        if (
          this.pulls().some((i) => i.state === "open" && i.pull!.head === head && i.pull!.base === baseRef)
        ) {
          return {
            status: 422,
            body: {
              message: "Validation Failed",
              errors: [
                {
                  resource: "PullRequest",
                  code: "custom",
                  message: `A pull request already exists for ${this.owner}:${head}.`,
                },
              ],
            },
          };
        }
        if (!this.branchExists(head)) {
          return {
            status: 422,
            body: {
              message: "Validation Failed",
              errors: [{ resource: "PullRequest", field: "head", code: "invalid" }],
            },
          };
        }
        const rec: IssueRec = {
          number: this.issues.length + 1,
          id: nextId++,
          title: String(b.title ?? head),
          body: String(b.body ?? ""),
          state: "open",
          labels: [],
          user: this.botLogin,
          created_at: this.now(),
          updated_at: this.now(),
          closed_at: null,
          pull: { head, base: baseRef, draft: b.draft === true },
        };
        this.issues.push(rec);
        return { status: 201, body: this.pullObject(rec, "pulls/create", 201) };
      }

      case "git/create-ref": {
        const ref = String(b.ref ?? "");
        if (!/^refs\/[^/]+\/.+/.test(ref) || !/^[0-9a-f]{40}$/.test(String(b.sha))) {
          return {
            status: 422,
            body: { message: "Reference name or sha is invalid", documentation_url: "x" },
          };
        }
        if (this.refs.has(ref))
          return { status: 422, body: { message: "Reference already exists", documentation_url: "x" } };
        this.refs.set(ref, String(b.sha));
        const obj = synthesize(responseSchema("git/create-ref", 201)) as Record<string, unknown>;
        return {
          status: 201,
          body: {
            ...obj,
            ref,
            node_id: "R",
            url: "x",
            object: { type: "commit", sha: String(b.sha), url: "x" },
          },
        };
      }

      case "pulls/update": {
        const i = this.pulls().find((x) => x.number === Number(p.pull_number));
        if (!i) return { status: 404, body: { message: "Not Found", documentation_url: "x" } };
        if (typeof b.title === "string") i.title = b.title;
        if (typeof b.body === "string") i.body = b.body;
        i.updated_at = this.now();
        return { status: 200, body: this.pullObject(i, "pulls/update", 200) };
      }
    }
    return { status: 404, body: { message: "Not Found", documentation_url: "x" } };
  }
}
