export const id = 988;
export const ids = [988];
export const modules = {

/***/ 739:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: ./lib/util/errors.js
var errors = __webpack_require__(9661);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./lib/analysis/analyze.js + 1 modules
var analyze = __webpack_require__(4700);
// EXTERNAL MODULE: ./lib/analysis/format.js
var format = __webpack_require__(2743);
;// CONCATENATED MODULE: ./lib/action/commands/analyze.js





/** The runner keeps 10 annotations of a type per step; the rest go to the summary. */
const MAX_ANNOTATIONS = 10;
/** Under the runner's 1 MB of outputs per job, with room for the other outputs. */
const MAX_FINDINGS_CHARS = 900_000;
const analyzeAction = {
    name: "analyze",
    async run(io) {
        const logPath = io.getInput("log-path");
        if (!logPath)
            throw new errors/* ConfigurationError */.j("Input log-path is required for command 'analyze': the path of a CI log file.");
        const path = (0,external_node_path_.resolve)(io.env.GITHUB_WORKSPACE ?? process.cwd(), logPath);
        if (!(0,external_node_fs_.existsSync)(path))
            throw new errors/* ConfigurationError */.j(`Input log-path: ${logPath} does not exist (resolved to ${path}).`);
        const result = await (0,analyze/* analyzeFile */.xy)(path);
        const first = result.failures[0];
        io.setOutput("findings", (0,format/* fitJson */.os)(result, MAX_FINDINGS_CHARS));
        io.setOutput("status", result.status);
        io.setOutput("category", first?.category ?? "");
        io.setOutput("fingerprint", first?.fingerprint ?? "");
        let annotated = 0;
        for (const f of result.failures) {
            if (annotated >= MAX_ANNOTATIONS)
                break;
            const loc = f.locations[0];
            io.annotate("error", `${f.message}\n${f.suggestion}`, {
                title: `autodev: ${f.category}${f.tool ? ` (${f.tool})` : ""}`,
                file: loc?.file,
                startLine: loc?.line,
                startColumn: loc?.column,
            });
            annotated++;
        }
        await io.summary((0,format/* renderSummary */.Br)(result));
    },
};
//# sourceMappingURL=analyze.js.map
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var plugin_retry_dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(3251);
;// CONCATENATED MODULE: ./lib/github/octokit.js
/**
 * GitHubClient over Octokit (@actions/github) with the throttling and retry plugins. Rate limits
 * (403/429 with retry-after or x-ratelimit-reset) are waited out by plugin-throttling up to a cap;
 * 5xx and network errors are retried by plugin-retry with backoff. Creates (POST) are never
 * retried blindly: a POST the server executed before failing would duplicate the object, so the
 * logic layer looks the object up by its marker before trying again.
 */





function statusOf(e) {
    return e?.status;
}
/** Which permission each operation needs, to turn a bare 403 into a fixable message. */
const NEEDS = {
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
function createOctokitClient(options) {
    const { logger, repo } = options;
    const maxWait = options.maxRateLimitWaitSeconds ?? 120;
    const maxRetries = options.maxRetries ?? 3;
    const unit = options.retryAfterUnitMs ?? 1000;
    const timeoutMs = options.requestTimeoutMs ?? 30_000;
    const maxLogBytes = options.maxLogBytes ?? 64 * 1024 * 1024;
    const baseUrl = (options.baseUrl ?? process.env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, "");
    const onLimit = (kind) => (retryAfter, req, _o, retryCount) => {
        const retrying = retryCount < maxRetries && retryAfter <= maxWait;
        logger.warning(`GitHub ${kind} rate limit on ${req.method} ${req.url}: retry-after ${retryAfter}s; ${retrying ? `retrying (attempt ${retryCount + 1} of ${maxRetries})` : "giving up"}`);
        return retrying;
    };
    const octokit = (0,github/* getOctokit */.Q)(options.token, {
        baseUrl,
        throttle: {
            onRateLimit: onLimit("primary"),
            onSecondaryRateLimit: onLimit("secondary"),
            retryAfterBaseValue: unit,
            fallbackSecondaryRateRetryAfter: 60,
            // Our own write limiter (plugin default: 1 s, shared by every client in the process).
            write: new light.Group({ maxConcurrent: 1, minTime: options.writeSpacingMs ?? 1000 }),
            // Writes that notify people (issues, comments, PRs) get three times the spacing, as in the plugin.
            notifications: new light.Group({
                maxConcurrent: 1,
                minTime: 3 * (options.writeSpacingMs ?? 1000),
            }),
        },
        retry: { retries: maxRetries, retryAfterBaseValue: unit },
        log: {
            debug: () => { },
            info: () => { },
            warn: (m) => logger.warning(m),
            error: (m) => logger.debug(m),
        },
    }, dist_bundle/* throttling */.A, plugin_retry_dist_bundle/* retry */.L);
    // A per-attempt deadline: a hung connection must not eat the job's whole timeout-minutes. The
    // fetch is wrapped (not `request.signal` set) because retries reuse the same options object and
    // an already-fired signal would fail them at once; hooks must mutate options in place.
    octokit.hook.before("request", (opts) => {
        const inner = (opts.request?.fetch ?? globalThis.fetch);
        if (inner.timed)
            return;
        const timed = Object.assign((url, init = {}) => {
            const signals = [AbortSignal.timeout(timeoutMs), ...(init.signal ? [init.signal] : [])];
            return inner(url, { ...init, signal: AbortSignal.any(signals) });
        }, { timed: true });
        opts.request = { ...opts.request, fetch: timed };
    });
    const call = async (op, fn) => {
        try {
            return await fn();
        }
        catch (e) {
            const status = statusOf(e);
            const message = e?.message ?? String(e);
            if (status === 403 && !/rate limit/i.test(message) && NEEDS[op]) {
                throw new errors/* ConfigurationError */.j(`GitHub refused ${op} (403: ${message.split("\n")[0]}). The token needs ${NEEDS[op]}; grant it in the job's permissions.`);
            }
            throw e;
        }
    };
    const noRetry = { request: { retries: 0 } };
    const toIssue = (d) => ({
        number: d.number,
        title: d.title,
        body: d.body ?? "",
        state: d.state === "closed" ? "closed" : "open",
        labels: d.labels.map((l) => (typeof l === "string" ? l : (l.name ?? ""))).filter(Boolean),
        htmlUrl: d.html_url,
    });
    const toPull = (d) => ({
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
    const client = {
        repoRef: repo,
        async readFile(path, ref) {
            try {
                const { data } = await octokit.rest.repos.getContent({ ...repo, path, ref });
                if (Array.isArray(data))
                    return "";
                if ("content" in data && typeof data.content === "string") {
                    return Buffer.from(data.content, data.encoding || "base64").toString("utf8");
                }
                return "";
            }
            catch (e) {
                if (statusOf(e) === 404)
                    return null;
                throw e;
            }
        },
        async readVariable(name) {
            try {
                const { data } = await octokit.rest.actions.getRepoVariable({ ...repo, name });
                return data.value;
            }
            catch (e) {
                // GITHUB_TOKEN cannot read variables on every plan; the workflow passes vars.* as an input too.
                if (statusOf(e) === 404 || statusOf(e) === 403)
                    return null;
                throw e;
            }
        },
        getRepository: () => call("getRepository", async () => {
            const { data } = await octokit.rest.repos.get({ ...repo });
            return {
                fullName: data.full_name,
                defaultBranch: data.default_branch,
                htmlUrl: data.html_url,
            };
        }),
        getWorkflowRun: (runId) => call("getWorkflowRun", async () => {
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
            };
        }),
        listRunJobs: (runId) => call("listRunJobs", async () => {
            const jobs = await octokit.paginate(octokit.rest.actions.listJobsForWorkflowRun, {
                ...repo,
                run_id: runId,
                filter: "latest",
                per_page: 100,
            });
            return jobs.map((j) => ({
                id: j.id,
                name: j.name,
                conclusion: j.conclusion,
                htmlUrl: j.html_url,
                steps: (j.steps ?? []).map((s) => ({ name: s.name, number: s.number, conclusion: s.conclusion })),
            }));
        }),
        downloadJobLog: (jobId) => call("downloadJobLog", async () => {
            // Ask for the redirect instead of following it: the signed log URL is on another host and
            // must not receive our token, and streaming it keeps memory bounded for huge logs.
            let location;
            try {
                const res = await octokit.request("GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs", {
                    ...repo,
                    job_id: jobId,
                    request: { redirect: "manual" },
                });
                location = res.headers.location;
            }
            catch (e) {
                const s = statusOf(e);
                if (s === 404 || s === 410)
                    return null;
                location = e.response?.headers?.location;
                if (!location)
                    throw e;
            }
            if (!location)
                return null;
            const res = await fetch(location, { signal: AbortSignal.timeout(Math.max(timeoutMs, 120_000)) });
            if (!res.ok || !res.body) {
                logger.warning(`job ${jobId} log download answered ${res.status}; treating the log as unavailable`);
                return null;
            }
            let cut = false;
            const body = res.body;
            async function* capped() {
                let seen = 0;
                const reader = body.getReader();
                try {
                    for (;;) {
                        const { done, value } = await reader.read();
                        if (done)
                            return;
                        if (seen + value.length > maxLogBytes) {
                            yield value.subarray(0, maxLogBytes - seen);
                            cut = true;
                            return;
                        }
                        seen += value.length;
                        yield value;
                    }
                }
                finally {
                    await reader.cancel().catch(() => { });
                }
            }
            return { chunks: capped(), truncated: () => cut };
        }),
        listIssues: ({ labels, state }) => call("listIssues", async () => {
            const items = await octokit.paginate(octokit.rest.issues.listForRepo, {
                ...repo,
                labels: labels.join(","),
                state,
                per_page: 100,
            });
            return items.filter((i) => !i.pull_request).map(toIssue);
        }),
        getIssue: (issueNumber) => call("getIssue", async () => toIssue((await octokit.rest.issues.get({ ...repo, issue_number: issueNumber })).data)),
        createIssue: (input) => call("createIssue", async () => toIssue((await octokit.rest.issues.create({ ...repo, ...input, ...noRetry })).data)),
        updateIssue: (issueNumber, input) => call("updateIssue", async () => toIssue((await octokit.rest.issues.update({ ...repo, issue_number: issueNumber, ...input })).data)),
        listComments: (issueNumber) => call("listComments", async () => {
            const items = await octokit.paginate(octokit.rest.issues.listComments, {
                ...repo,
                issue_number: issueNumber,
                per_page: 100,
            });
            return items.map((c) => ({
                id: c.id,
                body: c.body ?? "",
                userLogin: c.user?.login ?? "",
            }));
        }),
        createComment: (issueNumber, body) => call("createComment", async () => {
            const { data } = await octokit.rest.issues.createComment({
                ...repo,
                issue_number: issueNumber,
                body,
                ...noRetry,
            });
            return { id: data.id, body: data.body ?? "", userLogin: data.user?.login ?? "" };
        }),
        reactToComment: (commentId, content) => call("reactToComment", async () => {
            // Reactions are idempotent on GitHub (200 for an existing one), so a retry is harmless.
            await octokit.rest.reactions.createForIssueComment({ ...repo, comment_id: commentId, content });
        }),
        getPermission: (username) => call("getPermission", async () => {
            try {
                const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username });
                const p = data.permission;
                const permission = p === "admin" || p === "write" || p === "read" ? p : "none";
                return { permission, roleName: data.role_name ?? permission };
            }
            catch (e) {
                if (statusOf(e) === 404)
                    return { permission: "none", roleName: "none" };
                throw e;
            }
        }),
        listPulls: ({ head, state, base, createdSince }) => call("listPulls", async () => {
            const items = await octokit.paginate(octokit.rest.pulls.list, {
                ...repo,
                state,
                ...(head ? { head } : {}),
                ...(base ? { base } : {}),
                ...(createdSince ? { sort: "created", direction: "desc" } : {}),
                per_page: 100,
            }, (response, done) => {
                // Sorted newest first: once a page reaches older PRs, later pages hold only older ones.
                if (createdSince && response.data.some((p) => p.created_at < createdSince))
                    done();
                return response.data.filter((p) => !createdSince || p.created_at >= createdSince);
            });
            return items.map(toPull);
        }),
        createPull: (input) => call("createPull", async () => toPull((await octokit.rest.pulls.create({ ...repo, ...input, ...noRetry })).data)),
        createRef: (ref, sha) => call("createRef", async () => {
            try {
                await octokit.rest.git.createRef({ ...repo, ref, sha, ...noRetry });
                return true;
            }
            catch (e) {
                if (statusOf(e) === 422)
                    return false;
                throw e;
            }
        }),
        updatePull: (pullNumber, input) => call("updatePull", async () => toPull((await octokit.rest.pulls.update({ ...repo, pull_number: pullNumber, ...input })).data)),
    };
    return client;
}
//# sourceMappingURL=octokit.js.map
// EXTERNAL MODULE: ./lib/healing/findings.js
var healing_findings = __webpack_require__(1130);
// EXTERNAL MODULE: ./lib/healing/flow.js + 1 modules
var flow = __webpack_require__(7310);
// EXTERNAL MODULE: ./lib/healing/llm/openai-proposer.js + 2 modules
var openai_proposer = __webpack_require__(3869);
// EXTERNAL MODULE: ./lib/healing/proposal.js
var proposal = __webpack_require__(9070);
;// CONCATENATED MODULE: ./lib/healing/run-failures.js

/**
 * The failures of a run's failed jobs, analyzed from their logs and deduplicated by fingerprint
 * (matrix legs that fail alike count once). Logs that are gone are skipped with a warning.
 */
async function failuresOfRun(options) {
    const jobs = (await options.client.listRunJobs(options.runId)).filter((j) => j.conclusion === "failure" || j.conclusion === "timed_out");
    const out = new Map();
    for (const job of jobs.slice(0, options.maxJobs ?? 5)) {
        const log = await options.client.downloadJobLog(job.id);
        if (!log) {
            options.logger.warning(`The log of job ${job.name} is not available; skipping it.`);
            continue;
        }
        const result = await (0,analyze/* analyzeStream */.Rz)(log.chunks);
        for (const f of result.failures)
            if (!out.has(f.fingerprint))
                out.set(f.fingerprint, f);
    }
    return [...out.values()];
}
//# sourceMappingURL=run-failures.js.map
// EXTERNAL MODULE: ./lib/policy/config.js
var policy_config = __webpack_require__(8662);
;// CONCATENATED MODULE: ./lib/policy/load.js
/**
 * Reads the policy the way an attacker cannot influence it: `.autodev/config.yml` at the tip of
 * the default branch, through the API. A PR head, a fork or the job's checkout are never used.
 */

const CONFIG_PATH = ".autodev/config.yml";
/** Throws ConfigurationError when the file exists but is invalid; a missing file gives the defaults. */
async function loadConfig(options) {
    const text = await options.source.readFile(CONFIG_PATH, options.defaultBranch);
    const source = { path: CONFIG_PATH, ref: options.defaultBranch, found: text !== null };
    if (text === null)
        return { config: structuredClone(policy_config/* DEFAULT_CONFIG */.PV), source };
    return { config: (0,policy_config/* parseConfig */.o4)({ text }), source };
}
//# sourceMappingURL=load.js.map
// EXTERNAL MODULE: ./lib/util/redact.js
var redact = __webpack_require__(5171);
;// CONCATENATED MODULE: ./lib/action/commands/heal.js












/**
 * Heal's own budget, under the reusable workflow's 30-minute job default, so the proposal and
 * report are written even when verification is slow.
 */
const HEAL_BUDGET_MS = 20 * 60_000;
/** Used when an LLM key is configured but no model is named. */
const DEFAULT_LLM_MODEL = "gpt-4.1-mini";
function repoFromEnv(io) {
    const [owner, repo] = (io.env.GITHUB_REPOSITORY ?? "").split("/");
    return owner && repo ? { owner, repo } : null;
}
/**
 * `command: heal`. Runs in the read-only "think" job: it changes the checkout, proves the change
 * and writes a proposal directory for the write job (`open-pr`) to check again and publish. It
 * may hold the LLM key (env AUTODEV_LLM_API_KEY) but never a write token, and every command it
 * runs gets an environment with the key and tokens removed.
 */
const healAction = {
    name: "heal",
    async run(io) {
        const workspace = io.env.GITHUB_WORKSPACE ?? process.cwd();
        const inWorkspace = (input, value) => {
            const full = (0,external_node_path_.resolve)(workspace, value);
            const rel = (0,external_node_path_.relative)(workspace, full);
            if (rel.startsWith("..") || (0,external_node_path_.isAbsolute)(rel))
                throw new errors/* ConfigurationError */.j(`Input ${input}: ${value} is outside the workspace ${workspace}.`);
            return full;
        };
        const apiKey = io.env.AUTODEV_LLM_API_KEY ?? "";
        if (apiKey)
            io.setSecret(apiKey);
        const token = io.getInput("github-token");
        const repo = repoFromEnv(io);
        const client = token && repo
            ? createOctokitClient({ token, repo, logger: io.logger, baseUrl: io.env.GITHUB_API_URL })
            : null;
        const repoDir = inWorkspace("working-directory", io.getInput("working-directory") || ".");
        // The issue calls this input `command`, but the action's `command` input already picks the
        // sub-command (`heal`), so the failing CI command is `verify-command` (alias `ci-command`).
        const verifyInput = io.getInput("verify-command");
        const ciInput = io.getInput("ci-command");
        if (verifyInput && ciInput && verifyInput !== ciInput)
            throw new errors/* ConfigurationError */.j("Inputs verify-command and ci-command are the same input; set one of them.");
        const command = verifyInput || ciInput || undefined;
        let failures;
        const findings = io.getInput("findings");
        const logPath = io.getInput("log-path");
        const runId = io.getInput("run-id");
        if (findings)
            failures = (0,healing_findings/* parseFindings */.S)(findings, "Input findings");
        else if (logPath)
            failures = (await (0,analyze/* analyzeFile */.xy)(inWorkspace("log-path", logPath))).failures;
        else if (runId) {
            if (!/^\d{1,20}$/.test(runId))
                throw new errors/* ConfigurationError */.j(`Input run-id must be a number; got "${runId}".`);
            if (!client)
                throw new errors/* ConfigurationError */.j("Input run-id needs github-token and GITHUB_REPOSITORY to read the run's logs.");
            failures = await failuresOfRun({ client, runId: Number(runId), logger: io.logger });
        }
        else if (!command) {
            throw new errors/* ConfigurationError */.j("Command 'heal' needs one of the inputs findings, log-path or run-id, or verify-command (the failing CI command) to run and analyze.");
        }
        // Policy comes from the default branch through the API, never from the checkout being healed.
        let config = policy_config/* DEFAULT_CONFIG */.PV;
        if (client) {
            const repository = await client.getRepository();
            config = (await loadConfig({ source: client, defaultBranch: repository.defaultBranch })).config;
        }
        const strategies = (0,healing_findings/* parseStrategies */.t)(io.getInput("strategies"), "Input strategies");
        const model = io.getInput("llm-model") || io.env.AUTODEV_LLM_MODEL || DEFAULT_LLM_MODEL;
        const useLlm = apiKey !== "" && (!strategies || strategies.includes("llm"));
        // One list for the report's redaction and heal's patch gate (a patch must not carry any of them).
        const secrets = [apiKey, token, ...(0,redact/* secretsFromEnv */.zr)(io.env)].filter(Boolean);
        const redactor = (0,redact/* createRedactor */.lY)({ secrets });
        // Without failures, heal runs the workflow author's own CI command first (its output is
        // analyzed, never executed), while the fixer tools it will likely need start up.
        const { report, patch } = await (0,flow/* healFromCi */.H)({
            env: io.env,
            repoDir,
            failures,
            verifyCommand: command,
            strategies,
            llm: useLlm
                ? (0,openai_proposer/* openAIProposer */.l)({
                    apiKey,
                    model,
                    baseUrl: io.getInput("llm-base-url") || io.env.AUTODEV_LLM_BASE_URL || undefined,
                    logger: io.logger,
                    redact: (t) => redactor.redact(t),
                })
                : undefined,
            forbiddenPaths: config.protectedPaths,
            limits: config.limits,
            secrets,
            logger: io.logger,
            deadlineMs: HEAL_BUDGET_MS,
        });
        // The proposal dir is the workflow author's choice (often $RUNNER_TEMP), so it may sit outside the workspace.
        const proposalDir = (0,external_node_path_.resolve)(workspace, io.getInput("proposal-dir") || "autodev-proposal");
        (0,proposal/* writeProposal */.Gf)({ dir: proposalDir, report, patch, redact: (t) => redactor.redact(t) });
        io.setOutput("outcome", report.outcome);
        io.setOutput("reason", report.reason);
        io.setOutput("fingerprint", report.fingerprint);
        io.setOutput("files", JSON.stringify(report.files));
        io.setOutput("risk", report.risk);
        io.setOutput("proposal-dir", proposalDir);
        await io.summary(redactor.redact((0,proposal/* renderReport */.B1)(report)));
        if (report.reason === "failed" || report.reason === "rejected")
            io.annotate("warning", `autodev heal: ${report.outcome}; see the job summary.`, {
                title: "autodev heal",
            });
    },
};
//# sourceMappingURL=heal.js.map
;// CONCATENATED MODULE: ./lib/analysis/index.js



//# sourceMappingURL=index.js.map
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/policy/paths.js
var paths = __webpack_require__(3874);
;// CONCATENATED MODULE: ./lib/github/markdown.js
/**
 * Rendering untrusted text (logs, failure messages, branch names, a heal report that may quote a
 * model) into GitHub markdown so it cannot break out: no raw HTML, no images or off-site links
 * (CamoLeak-style exfiltration), no @mentions or closing keywords (`Fixes #1`) that act on other
 * issues or people, no hidden characters (zero-width, bidi overrides, Unicode tags).
 */
/** Zero-width, bidi controls, word joiners, BOM and Unicode tag characters (ASCII smuggling). */
const HIDDEN = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u{e0000}-\u{e007f}]/gu;
/** C0 (except tab and newline) and C1 controls, DEL, and ESC sequences. */
const CONTROL = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
function stripHidden(text) {
    return text.replace(CONTROL, "").replace(HIDDEN, "");
}
/** Collapses untrusted text to one line of at most `max` characters. */
function oneLine(text, max = 200) {
    const flat = stripHidden(text).replace(/\s+/g, " ").trim();
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
/** Inline code for untrusted one-line text: inside a code span nothing is markdown, HTML or a reference. */
function codeSpan(text, max = 200) {
    const t = oneLine(text, max);
    if (!t)
        return "` `";
    const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((r) => r.length));
    const ticks = "`".repeat(longest + 1);
    return `${ticks} ${t} ${ticks}`;
}
/** A fenced block longer than any backtick run inside, so the content cannot close it. */
function fence(text, lang = "text") {
    const body = stripHidden(text).replace(/\r\n?/g, "\n");
    const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((r) => r.length));
    const ticks = "`".repeat(Math.max(3, longest + 1));
    return `${ticks}${lang}\n${body.replace(/\n+$/, "")}\n${ticks}`;
}
function allowedLink(url, repository) {
    if (/^(#|\.{0,2}\/)/.test(url) && !url.startsWith("//"))
        return true;
    try {
        const u = new URL(url);
        return (u.protocol === "https:" &&
            u.hostname === "github.com" &&
            u.pathname.toLowerCase().startsWith(`/${repository.toLowerCase()}/`));
    }
    catch {
        return false;
    }
}
function neutralizeProse(text, repository) {
    return (stripHidden(text)
        // Raw HTML: escape every tag opener; `<details>`, `<img onerror>` and comments all die here.
        .replace(/</g, "&lt;")
        // Images are fetched by every viewer's browser (through Camo): drop them, keep the alt text.
        .replace(/!\[([^\]]*)\]\([^)]*\)/g, (_m, alt) => (alt ? `[image: ${alt}]` : "[image]"))
        .replace(/\[([^\]]*)\]\(([^)\s]*)[^)]*\)/g, (m, label, url) => allowedLink(url, repository) ? m : `${label} (${codeSpan(url, 120)})`)
        // Autolinks and bare URLs to other hosts become code.
        .replace(/\bhttps?:\/\/[^\s)>\]]+/g, (url) => (allowedLink(url, repository) ? url : codeSpan(url, 120)))
        // Closing keywords and cross-references would act on other issues; mentions ping people.
        .replace(/\b(close[sd]?|fix(?:e[sd])?|resolve[sd]?)(:?\s+)((?:[\w.-]+\/[\w.-]+)?#\d+)/gi, (_m, kw, sp, ref) => `${kw}${sp}\`${ref}\``)
        .replace(/(^|[^\w`/])([\w.-]+\/[\w.-]+#\d+)/g, (_m, pre, ref) => `${pre}\`${ref}\``)
        .replace(/(^|[^\w`])@([A-Za-z0-9][\w-]*(?:\/[\w-]+)?)/g, (_m, pre, who) => `${pre}\`@${who}\``));
}
/**
 * Makes generated markdown (a heal report that may quote a model or a log) safe to post:
 * fenced code blocks are kept verbatim but re-fenced; everything else is neutralised.
 */
function neutralizeMarkdown(text, options) {
    const out = [];
    const lines = stripHidden(text).replace(/\r\n?/g, "\n").split("\n");
    let prose = [];
    const flush = () => {
        if (prose.length)
            out.push(neutralizeProse(prose.join("\n"), options.repository));
        prose = [];
    };
    for (let i = 0; i < lines.length; i++) {
        const open = lines[i].match(/^ {0,3}(`{3,}|~{3,})\s*([\w+-]*)/);
        if (!open) {
            prose.push(lines[i]);
            continue;
        }
        flush();
        const marker = open[1];
        const body = [];
        let j = i + 1;
        for (; j < lines.length; j++) {
            if (lines[j].trim().startsWith(marker[0].repeat(marker.length)) &&
                lines[j].trim().replace(/[`~]/g, "") === "")
                break;
            body.push(lines[j]);
        }
        out.push(fence(body.join("\n"), open[2] || "text"));
        i = j;
    }
    flush();
    return out.join("\n");
}
/** Keeps a body under GitHub's 65,536-character limit, saying that it was cut. */
function capBody(text, max = 65_000) {
    if (text.length <= max)
        return text;
    const note = "\n\n_(truncated by autodev: the full text exceeded GitHub's size limit)_\n";
    let cut = text.slice(0, max - note.length);
    // Do not leave an unclosed fence: cut before the last unmatched fence opener.
    const fences = cut.match(/^`{3,}.*$/gm) ?? [];
    if (fences.length % 2 === 1)
        cut = cut.slice(0, cut.lastIndexOf(fences[fences.length - 1]));
    return cut + note;
}
//# sourceMappingURL=markdown.js.map
;// CONCATENATED MODULE: ./lib/github/issue-body.js
/**
 * The auto-issue's body: a readable report plus two hidden markers. The fingerprint marker is the
 * deduplication key found through the list endpoint (never search, whose index lags); the state
 * marker carries count, first/last seen and recent runs so a recurrence can update the issue
 * without any store outside GitHub. State is base64 JSON so nothing in it can end the comment.
 */



const FINGERPRINT_MARKER = /<!-- autodev:fingerprint=([a-f0-9]{6,64}) -->/;
const STATE_MARKER = /<!-- autodev:state=([A-Za-z0-9+/=]+) -->/;
const MAX_RUNS_KEPT = 10;
const MAX_EXCERPT_LINES = 80;
const MAX_EXCERPT_CHARS = 12_000;
/** Fingerprints from the analyzer are hex; anything else is hashed so the marker stays well-formed. */
function normalizeFingerprint(value) {
    return /^[a-f0-9]{6,64}$/.test(value)
        ? value
        : (0,external_node_crypto_.createHash)("sha256").update(value).digest("hex").slice(0, 16);
}
function fingerprintMarker(fp) {
    return `<!-- autodev:fingerprint=${fp} -->`;
}
function readFingerprint(body) {
    return body.match(FINGERPRINT_MARKER)?.[1] ?? null;
}
function readState(body) {
    const m = body.match(STATE_MARKER);
    if (!m)
        return null;
    try {
        const s = JSON.parse(Buffer.from(m[1], "base64").toString("utf8"));
        return s && s.v === 1 ? s : null;
    }
    catch {
        return null;
    }
}
function stateMarker(s) {
    return `<!-- autodev:state=${Buffer.from(JSON.stringify(s)).toString("base64")} -->`;
}
function issueTitle(f, workflow) {
    const where = f.locations[0]?.file ? ` in ${f.locations[0].file}` : "";
    return oneLine(`[autodev] ${f.category.replace(/_/g, " ")}${f.tool ? ` (${f.tool})` : ""}${where}: ${f.message} — ${workflow}`, 240);
}
function blobLink(repository, sha, file, line) {
    const label = codeSpan(`${file}${line ? `:${line}` : ""}`, 160);
    // Only link plain repository paths; anything odd from a log stays as code.
    if (!(0,paths/* checkRepoPath */.Q1)(file).ok || !/^[0-9a-f]{7,40}$/.test(sha))
        return label;
    const path = file.split("/").map(encodeURIComponent).join("/");
    return `[${label}](https://github.com/${repository}/blob/${sha}/${path}${line ? `#L${line}` : ""})`;
}
function renderIssueBody(input) {
    const { failure: f, state, repository } = input;
    const last = state.runs[state.runs.length - 1];
    const excerptLines = f.excerpt.slice(0, MAX_EXCERPT_LINES);
    let excerpt = excerptLines.join("\n");
    if (excerpt.length > MAX_EXCERPT_CHARS)
        excerpt = `${excerpt.slice(0, MAX_EXCERPT_CHARS)}\n… (excerpt cut)`;
    const parts = [
        fingerprintMarker(state.fingerprint),
        stateMarker(state),
        "",
        `**What failed:** ${codeSpan(f.message, 300)}`,
        "",
        `| | |`,
        `|---|---|`,
        `| Category | ${codeSpan(f.category)} |`,
        `| Severity | ${codeSpan(f.severity)} |`,
        `| Tool | ${f.tool ? codeSpan(f.tool) : "unknown"} |`,
        `| Workflow | ${codeSpan(state.workflow)} |`,
        `| Branch | ${state.branch ? codeSpan(state.branch) : "unknown"}${state.fork ? " (from a fork)" : ""} |`,
        `| Commit | ${last && /^[0-9a-f]{40}$/.test(last.sha) ? `[${last.sha.slice(0, 7)}](https://github.com/${repository}/commit/${last.sha})` : "unknown"} |`,
        `| Seen | ${state.count} time${state.count === 1 ? "" : "s"}; first ${state.firstSeen}, last ${state.lastSeen} |`,
        "",
    ];
    if (f.locations.length) {
        parts.push("### Where", "");
        for (const loc of f.locations.slice(0, 10))
            parts.push(`- ${blobLink(repository, last?.sha ?? "", loc.file, loc.line)}`);
        parts.push("");
    }
    parts.push(`### Log excerpt${last ? ` (job ${codeSpan(last.jobName, 80)}${f.step ? `, step ${codeSpan(f.step, 80)}` : ""})` : ""}`, "", fence(excerpt || "(no excerpt)"), "");
    if (input.logTruncated)
        parts.push("_The job log was larger than the download cap and was truncated._", "");
    if (f.suggestion)
        parts.push("### Suggested next step", "", codeSpan(f.suggestion, 500), "");
    parts.push("### Recent runs", "");
    for (const r of state.runs.slice(-MAX_RUNS_KEPT).reverse()) {
        const job = r.jobUrl ? ` · [job](${r.jobUrl})` : "";
        parts.push(`- [run ${r.runId} (attempt ${r.attempt})](${r.url})${job} · ${r.at}`);
    }
    parts.push("", `<sub>Opened by autodev from a failed CI run. A maintainer can comment ${codeSpan("/auto-fix")} to ask for a fix pull request. Strategy: ${codeSpan(f.strategy)}.</sub>`, "");
    return capBody(input.redact(stripHidden(parts.join("\n"))));
}
function addRun(state, run) {
    const seen = state.runs.some((r) => r.runId === run.runId && r.attempt === run.attempt);
    if (seen)
        return { state, isNew: false };
    const runs = [...state.runs, run].slice(-MAX_RUNS_KEPT);
    return { state: { ...state, count: state.count + 1, lastSeen: run.at, runs }, isNew: true };
}
//# sourceMappingURL=issue-body.js.map
;// CONCATENATED MODULE: ./lib/github/auto-issue.js
/**
 * auto-issue: a failed workflow run becomes exactly one issue per failure fingerprint. Failed jobs
 * are listed through the API, each failed job's log is streamed into the analyzer, and the issue
 * with the fingerprint marker is looked up through the list endpoint (all states, all pages)
 * before anything is created. A recurrence updates that issue (count, last seen, runs; a closed
 * one is reopened as a regression). A create whose response was lost is detected by listing again
 * before retrying, so a 5xx after the write cannot duplicate the issue.
 */



const BASE_LABEL = "autodev";
/** A noisy run must not open dozens of issues. */
const MAX_ISSUES_PER_RUN = 10;
const TAIL_BYTES = 16 * 1024;
/** A failure for a failed job whose log matched no rule: the job and step still deserve an issue. */
function fallbackFailure(run, job, tail) {
    const step = job.steps.find((s) => s.conclusion === "failure")?.name;
    const fp = (0,external_node_crypto_.createHash)("sha256")
        .update(`job\0${run.name}\0${job.name}\0${step ?? ""}`)
        .digest("hex")
        .slice(0, 16);
    const lines = tail
        .split(/\r?\n/)
        .map((l) => l.replace(/^\uFEFF?\d{4}-\d\d-\d\dT[\d:.]+Z /, ""))
        .filter((l) => l.trim())
        .slice(-30);
    return {
        category: "build_failure",
        severity: "medium",
        tool: null,
        message: `Job "${job.name}" failed${step ? ` at step "${step}"` : ""}; no known error pattern matched the log`,
        locations: [],
        excerpt: lines,
        context: [],
        fingerprint: fp,
        strategy: "none",
        autoFixable: false,
        suggestion: "Open the job log; the last lines are quoted above.",
        step,
        rule: "autodev.job-failed",
        lines: [],
    };
}
/** Streams a log into the analyzer while keeping its tail for the fallback excerpt. */
async function analyzeWithTail(analyze, chunks) {
    let tail = Buffer.alloc(0);
    async function* tee() {
        for await (const c of chunks) {
            tail = Buffer.concat([tail, Buffer.from(c)]);
            if (tail.length > TAIL_BYTES)
                tail = tail.subarray(tail.length - TAIL_BYTES);
            yield c;
        }
    }
    const result = await analyze(tee());
    return { result, tail: tail.toString("utf8") };
}
function labelsFor(f, config) {
    return [...new Set([BASE_LABEL, `autodev:${f.category}`, `severity:${f.severity}`, ...config.labels])];
}
async function findByFingerprint(client, fp, listed) {
    const issues = listed ?? (await client.listIssues({ labels: [BASE_LABEL], state: "all" }));
    // Oldest first: if a duplicate ever slipped in, every run keeps updating the same original.
    const hits = issues.filter((i) => readFingerprint(i.body) === fp).sort((a, b) => a.number - b.number);
    return hits.find((i) => i.state === "open") ?? hits[0] ?? null;
}
async function runAutoIssue(options) {
    const { client, config, ledger, redactor, logger } = options;
    const now = () => (options.clock ?? (() => new Date()))()
        .toISOString()
        .replace(/\.\d+Z$/, "Z");
    const effect = (name) => options.afterSideEffect?.(name);
    const repository = `${client.repoRef.owner}/${client.repoRef.repo}`;
    const run = options.run ?? (await client.getWorkflowRun(options.runId));
    const result = { status: "done", issues: [], closed: [] };
    if (config.workflows.length && !config.workflows.includes(run.name)) {
        ledger.append("skipped", { reason: "workflow-not-watched", runId: run.id });
        return {
            ...result,
            status: "skipped",
            reason: `workflow ${run.name} is not in the config's workflows list`,
        };
    }
    if (run.conclusion === "success") {
        if (config.issues.closeOnSuccess)
            result.closed = await closeResolved({ ...options, run, now });
        return { ...result, status: result.closed.length ? "done" : "skipped", reason: "run succeeded" };
    }
    if (!config.issues.conclusions.includes(run.conclusion)) {
        ledger.append("skipped", { reason: "conclusion-not-watched", conclusion: run.conclusion, runId: run.id });
        return { ...result, status: "skipped", reason: `conclusion ${run.conclusion ?? "none"} is not watched` };
    }
    const fork = run.headRepository !== null && run.headRepository.toLowerCase() !== repository.toLowerCase();
    const jobs = (await client.listRunJobs(run.id)).filter((j) => j.conclusion === "failure" || j.conclusion === "timed_out");
    ledger.append("run.read", { runId: run.id, attempt: run.runAttempt, failedJobs: jobs.length, fork });
    // One entry per fingerprint across the whole run (two jobs can fail the same way).
    const found = new Map();
    for (const job of jobs) {
        const log = await client.downloadJobLog(job.id);
        let failures;
        let truncated = false;
        if (log) {
            const { result: analysis, tail } = await analyzeWithTail(options.analyze, log.chunks);
            truncated = log.truncated();
            failures = analysis.failures.length ? analysis.failures : [fallbackFailure(run, job, tail)];
        }
        else {
            logger.warning(`log of job ${job.id} is not available (running, expired or deleted)`);
            failures = [fallbackFailure(run, job, "")];
        }
        for (const f of failures) {
            const fp = normalizeFingerprint(f.fingerprint);
            if (!found.has(fp))
                found.set(fp, { failure: { ...f, fingerprint: fp }, job, truncated });
        }
    }
    ledger.append("analysis", { runId: run.id, fingerprints: [...found.keys()] });
    // One listing serves every fingerprint of this run (each is a different issue); the
    // lost-response and race checks after a create list again, fresh.
    const listed = found.size ? await client.listIssues({ labels: [BASE_LABEL], state: "all" }) : [];
    let handled = 0;
    for (const [fp, { failure, job, truncated }] of found) {
        if (handled++ >= MAX_ISSUES_PER_RUN) {
            ledger.append("skipped", { reason: "issue-cap-per-run", fingerprint: fp });
            continue;
        }
        const record = {
            runId: run.id,
            attempt: run.runAttempt,
            url: run.htmlUrl,
            jobName: redactor.redact(oneLine(job.name, 100)),
            jobUrl: job.htmlUrl,
            sha: run.headSha,
            at: now(),
        };
        const existing = await findByFingerprint(client, fp, listed);
        const outcome = existing
            ? await updateIssue({
                client,
                existing,
                failure,
                record,
                fork,
                truncated,
                redactor,
                repository,
                ledger,
                effect,
            })
            : await createIssue({
                client,
                config,
                failure,
                record,
                fork,
                truncated,
                redactor,
                repository,
                ledger,
                effect,
                run,
            });
        result.issues.push(outcome);
    }
    return result;
}
async function createIssue(ctx) {
    const { client, failure, record, redactor } = ctx;
    const state = {
        v: 1,
        fingerprint: failure.fingerprint,
        count: 1,
        firstSeen: record.at,
        lastSeen: record.at,
        workflow: redactor.redact(oneLine(ctx.run.name, 100)),
        branch: ctx.run.headBranch ? redactor.redact(oneLine(ctx.run.headBranch, 200)) : null,
        fork: ctx.fork,
        attempts: 0,
        runs: [record],
    };
    const title = redactor.redact(issueTitle(failure, state.workflow));
    const body = renderIssueBody({
        repository: ctx.repository,
        failure,
        state,
        redact: redactor.redact,
        logTruncated: ctx.truncated,
    });
    const labels = labelsFor(failure, ctx.config);
    let issue;
    try {
        issue = await client.createIssue({ title, body, labels });
    }
    catch (e) {
        // The create may have happened with its response lost (502 after the write): look before retrying.
        const status = e.status;
        if (status === undefined || status < 500)
            throw e;
        const again = await findByFingerprint(client, failure.fingerprint);
        if (again) {
            ctx.ledger.append("issue.create-recovered", { number: again.number, fingerprint: failure.fingerprint });
            return {
                fingerprint: failure.fingerprint,
                number: again.number,
                action: "created",
                url: again.htmlUrl,
            };
        }
        issue = await client.createIssue({ title, body, labels });
    }
    ctx.ledger.append("issue.created", {
        number: issue.number,
        fingerprint: failure.fingerprint,
        runId: record.runId,
    });
    ctx.effect("issue.created");
    // Two handlers racing on one fingerprint can both create. The oldest issue wins; a newer twin
    // closes itself as a duplicate, so the repository converges to one open issue (STATE-02).
    const original = await findByFingerprint(client, failure.fingerprint);
    if (original && original.number < issue.number) {
        await client.createComment(issue.number, `Duplicate of #${original.number} (same failure fingerprint); autodev closes this one.`);
        await client.updateIssue(issue.number, { state: "closed" });
        ctx.ledger.append("issue.deduplicated", { closed: issue.number, kept: original.number });
        return {
            fingerprint: failure.fingerprint,
            number: original.number,
            action: "updated",
            url: original.htmlUrl,
        };
    }
    return { fingerprint: failure.fingerprint, number: issue.number, action: "created", url: issue.htmlUrl };
}
async function updateIssue(ctx) {
    const { client, existing, failure, record, redactor } = ctx;
    const previous = readState(existing.body);
    const base = previous ?? {
        v: 1,
        fingerprint: failure.fingerprint,
        count: 1,
        firstSeen: record.at,
        lastSeen: record.at,
        workflow: "unknown",
        branch: null,
        fork: ctx.fork,
        attempts: 0,
        runs: [],
    };
    const { state, isNew } = addRun(base, record);
    const reopen = existing.state === "closed" && isNew;
    // The same run and attempt again (a re-delivered event): nothing new to say, open or closed.
    if (!isNew) {
        ctx.ledger.append("issue.unchanged", {
            number: existing.number,
            fingerprint: failure.fingerprint,
            runId: record.runId,
        });
        return {
            fingerprint: failure.fingerprint,
            number: existing.number,
            action: "unchanged",
            url: existing.htmlUrl,
        };
    }
    const body = renderIssueBody({
        repository: ctx.repository,
        failure,
        state,
        redact: redactor.redact,
        logTruncated: ctx.truncated,
    });
    await client.updateIssue(existing.number, { body, ...(reopen ? { state: "open" } : {}) });
    ctx.ledger.append(reopen ? "issue.reopened" : "issue.updated", {
        number: existing.number,
        fingerprint: failure.fingerprint,
        count: state.count,
        runId: record.runId,
    });
    ctx.effect(reopen ? "issue.reopened" : "issue.updated");
    if (reopen) {
        await client.createComment(existing.number, `autodev: this failure came back in [run ${record.runId}](${record.url}) (seen ${state.count} times), so the issue is open again.`);
        ctx.effect("comment.created");
    }
    return {
        fingerprint: failure.fingerprint,
        number: existing.number,
        action: reopen ? "reopened" : "updated",
        url: existing.htmlUrl,
    };
}
/** On a green run, close open autodev issues for the same workflow and branch. */
async function closeResolved(options) {
    const { client, run, ledger, redactor } = options;
    const closed = [];
    const open = await client.listIssues({ labels: [BASE_LABEL], state: "open" });
    const workflow = redactor.redact(oneLine(run.name, 100));
    const branch = run.headBranch ? redactor.redact(oneLine(run.headBranch, 200)) : null;
    for (const issue of open) {
        const state = readState(issue.body);
        if (!state || state.workflow !== workflow || state.branch !== branch)
            continue;
        await client.createComment(issue.number, `autodev: ${codeSpan(workflow)} passed on ${branch ? codeSpan(branch) : "this branch"} in [run ${run.id}](${run.htmlUrl}); closing.`);
        options.afterSideEffect?.("comment.created");
        await client.updateIssue(issue.number, { state: "closed" });
        options.afterSideEffect?.("issue.closed");
        ledger.append("issue.closed", { number: issue.number, runId: run.id });
        closed.push(issue.number);
    }
    return closed;
}
//# sourceMappingURL=auto-issue.js.map
;// CONCATENATED MODULE: ./lib/audit/ledger.js
/**
 * The audit ledger: every decision and side effect as one JSON line, each carrying the SHA-256
 * of the line before it, so a deleted or edited entry breaks the chain that `verifyLedger`
 * recomputes. Entries go through the redactor before they are written: the ledger is uploaded as
 * an artifact and summarised in the job summary, so it must never hold a secret. Appends are
 * synchronous so an entry written before a crash is on disk when the process dies.
 */



const GENESIS = "0".repeat(64);
function hashOf(entry) {
    return (0,external_node_crypto_.createHash)("sha256").update(JSON.stringify(entry)).digest("hex");
}
class Ledger {
    options;
    entries = [];
    prev = GENESIS;
    seq = 0;
    constructor(options) {
        this.options = options;
        // Several commands in one job share one file; continue its chain rather than fork it.
        if (options.path && (0,external_node_fs_.existsSync)(options.path)) {
            const last = (0,external_node_fs_.readFileSync)(options.path, "utf8").trim().split("\n").filter(Boolean).pop();
            if (last) {
                const parsed = JSON.parse(last);
                this.prev = parsed.hash;
                this.seq = parsed.seq + 1;
            }
        }
    }
    append(event, data = {}) {
        const clean = JSON.parse(this.options.redactor.redact(JSON.stringify(data)));
        const base = {
            seq: this.seq++,
            time: (this.options.clock ?? (() => new Date()))().toISOString(),
            actor: this.options.actor,
            event,
            data: clean,
            prev: this.prev,
        };
        const entry = { ...base, hash: hashOf(base) };
        this.prev = entry.hash;
        this.entries.push(entry);
        if (this.options.path) {
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(this.options.path), { recursive: true });
            (0,external_node_fs_.appendFileSync)(this.options.path, JSON.stringify(entry) + "\n");
        }
        return entry;
    }
    /** Markdown table of this run's entries for the job summary. */
    summary() {
        if (!this.entries.length)
            return "";
        const rows = this.entries.map((e) => {
            const data = JSON.stringify(e.data).replace(/\|/g, "\\|").replace(/`/g, "'").slice(0, 200);
            return `| ${e.seq} | ${e.event} | \`${data}\` |`;
        });
        return [
            `### autodev audit (${this.options.actor})`,
            "",
            "| # | event | data |",
            "|---|---|---|",
            ...rows,
            "",
            `Chain head: \`${this.prev.slice(0, 16)}\``,
            "",
        ].join("\n");
    }
}
/** Recomputes the chain of a ledger file's text. */
function verifyLedger(text) {
    const lines = text.split("\n").filter((l) => l.trim());
    let prev = GENESIS;
    for (let i = 0; i < lines.length; i++) {
        let entry;
        try {
            entry = JSON.parse(lines[i]);
        }
        catch {
            return { ok: false, entries: lines.length, brokenAt: i };
        }
        const { hash, ...rest } = entry;
        if (entry.prev !== prev || hashOf(rest) !== hash)
            return { ok: false, entries: lines.length, brokenAt: i };
        prev = hash;
    }
    return { ok: true, entries: lines.length };
}
//# sourceMappingURL=ledger.js.map
;// CONCATENATED MODULE: ./lib/policy/kill-switch.js
/**
 * The kill switch: a `.autodev/STOP` file on the default branch, or the repository variable
 * `AUTODEV_ENABLED` set to a false value, or `enabled: false` in the config. Writers call
 * `checkKillSwitch` through the API right before every write (never from a checkout or a cache),
 * so flipping it mid-run stops the next side effect.
 */
const STOP_FILE = ".autodev/STOP";
const ENABLED_VARIABLE = "AUTODEV_ENABLED";
const FALSE_VALUES = new Set(["false", "0", "no", "off", "disabled", "stop"]);
function isFalseValue(value) {
    return value != null && FALSE_VALUES.has(value.trim().toLowerCase());
}
async function checkKillSwitch(options) {
    const { source, defaultBranch } = options;
    if (isFalseValue(options.variableFromInput)) {
        return { stopped: true, reason: `repository variable ${ENABLED_VARIABLE} is false` };
    }
    const [variable, stop] = await Promise.all([
        source.readVariable(ENABLED_VARIABLE),
        source.readFile(STOP_FILE, defaultBranch),
    ]);
    if (isFalseValue(variable))
        return { stopped: true, reason: `repository variable ${ENABLED_VARIABLE} is false` };
    if (stop !== null)
        return { stopped: true, reason: `${STOP_FILE} exists on ${defaultBranch}` };
    return { stopped: false };
}
//# sourceMappingURL=kill-switch.js.map
;// CONCATENATED MODULE: ./lib/github/client.js
const WRITE_METHODS = [
    "createIssue",
    "updateIssue",
    "createComment",
    "reactToComment",
    "createPull",
    "updatePull",
    "createRef",
];
/** Thrown by the guard when the kill switch is on; callers stop without further writes. */
class KillSwitchError extends Error {
    name = "KillSwitchError";
}
/**
 * Returns a client whose write methods first run `guard` (which re-reads the kill switch through
 * the API and throws KillSwitchError). Reads pass through untouched.
 */
function guardWrites(client, guard) {
    const writes = new Set(WRITE_METHODS);
    return new Proxy(client, {
        get(target, prop, receiver) {
            const value = Reflect.get(target, prop, receiver);
            if (typeof prop === "string" && writes.has(prop) && typeof value === "function") {
                return async (...args) => {
                    await guard(prop);
                    return value.apply(target, args);
                };
            }
            return typeof value === "function" ? value.bind(target) : value;
        },
    });
}
//# sourceMappingURL=client.js.map
;// CONCATENATED MODULE: ./lib/github/context.js
/**
 * What every GitHub-writing action command sets up first, in this order: secrets registered with
 * the redactor and the runner, the API client, the ledger, the policy from the default branch
 * (an invalid file stops everything with one annotation) and the kill switch. The client handed
 * to the command re-checks the kill switch through the API before every write.
 */








function parseRepository(value) {
    const m = (value ?? "").match(/^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/);
    if (!m)
        throw new errors/* ConfigurationError */.j(`GITHUB_REPOSITORY must be owner/name; got ${JSON.stringify(value ?? "")}.`);
    return { owner: m[1], repo: m[2] };
}
/** Sets outputs and the summary when a command ends early without side effects. */
async function endStopped(io, ledger, redactor, reason) {
    io.setOutput("status", "stopped");
    io.setOutput("reason", redactor.redact(reason));
    io.annotate("notice", `autodev is stopped: ${redactor.redact(reason)}. Nothing was written.`, {
        title: "autodev",
    });
    await io.summary(ledger.summary());
}
/** Null when the run must stop before any write (kill switch or `enabled: false`); outputs are then set. */
async function setupCommand(io, actor, deps = {}) {
    const token = io.getInput("github-token") || io.env.GITHUB_TOKEN || "";
    if (!token) {
        throw new errors/* ConfigurationError */.j(`Input github-token is required for '${actor}': pass \${{ secrets.GITHUB_TOKEN }} or an app token.`);
    }
    io.setSecret(token);
    const redactor = (0,redact/* createRedactor */.lY)({ secrets: [token, ...(0,redact/* secretsFromEnv */.zr)(io.env)] });
    const repo = parseRepository(io.env.GITHUB_REPOSITORY);
    const auditPath = io.getInput("audit-path") ||
        (io.env.RUNNER_TEMP ? (0,external_node_path_.join)(io.env.RUNNER_TEMP, "autodev-audit", "audit.jsonl") : null);
    const ledger = new Ledger({ path: auditPath, actor, redactor, clock: deps.clock });
    if (auditPath)
        io.setOutput("audit-path", auditPath);
    const raw = createOctokitClient({
        token,
        repo,
        baseUrl: io.env.GITHUB_API_URL,
        logger: io.logger,
        ...deps.clientOptions,
    });
    const repository = await raw.getRepository();
    const defaultBranch = repository.defaultBranch;
    let config;
    try {
        config = (await loadConfig({ source: raw, defaultBranch })).config;
    }
    catch (e) {
        if (!(0,errors/* isConfigurationError */.p)(e))
            throw e;
        ledger.append("config-invalid", { message: e.message, ref: defaultBranch });
        await io.summary(ledger.summary());
        io.setOutput("status", "config-invalid");
        // The entry turns this into the one error annotation that names the problem.
        throw e;
    }
    ledger.append("config", { mode: config.mode, enabled: config.enabled, ref: defaultBranch });
    const variableFromInput = io.getInput("autodev-enabled");
    const stopReason = async () => {
        if (!config.enabled)
            return "enabled: false in .autodev/config.yml";
        const s = await checkKillSwitch({ source: raw, defaultBranch, variableFromInput });
        return s.stopped ? (s.reason ?? "kill switch on") : null;
    };
    const initial = await stopReason();
    if (initial) {
        ledger.append("stopped", { reason: initial });
        await endStopped(io, ledger, redactor, initial);
        return null;
    }
    const guard = async (what) => {
        const reason = await stopReason();
        if (reason) {
            ledger.append("stopped", { reason, before: what });
            throw new KillSwitchError(reason);
        }
    };
    const client = guardWrites(raw, guard);
    return { io, client, repo, token, defaultBranch, config, ledger, redactor, guard };
}
/** Runs a command body: a kill switch flipped mid-run ends it quietly, anything else is audited and rethrown. */
async function runGuarded(ctx, body) {
    try {
        await body();
        await ctx.io.summary(ctx.ledger.summary());
    }
    catch (e) {
        if (e instanceof KillSwitchError) {
            await endStopped(ctx.io, ctx.ledger, ctx.redactor, e.message);
            return;
        }
        ctx.ledger.append("error", {
            message: ctx.redactor.redact(e instanceof Error ? e.message : String(e)).slice(0, 500),
        });
        await ctx.io.summary(ctx.ledger.summary());
        throw e;
    }
}
//# sourceMappingURL=context.js.map
;// CONCATENATED MODULE: ./lib/action/commands/auto-issue.js
/**
 * `command: auto-issue` — a failed workflow run becomes one issue per failure fingerprint.
 *
 * Inputs:  github-token (required), run-id (optional; else the workflow_run event), audit-path,
 *          autodev-enabled (pass `${{ vars.AUTODEV_ENABLED }}`)
 * Outputs: status (done | skipped | stopped | config-invalid), reason, issues (JSON
 *          [{fingerprint, number, action, url}]), issue-numbers (comma-separated), closed (JSON
 *          [numbers]), audit-path
 */





/** The run from a workflow_run event payload, when this job was triggered by one. */
function runFromEvent(io) {
    if (io.env.GITHUB_EVENT_NAME !== "workflow_run" || !io.env.GITHUB_EVENT_PATH)
        return null;
    const payload = JSON.parse((0,external_node_fs_.readFileSync)(io.env.GITHUB_EVENT_PATH, "utf8"));
    const r = payload.workflow_run;
    if (!r || !Number.isSafeInteger(r.id))
        return null;
    return {
        id: r.id,
        name: r.name ?? "",
        headSha: r.head_sha,
        headBranch: r.head_branch ?? null,
        conclusion: r.conclusion ?? null,
        status: r.status ?? null,
        htmlUrl: r.html_url,
        runAttempt: r.run_attempt ?? 1,
        event: r.event ?? "",
        headRepository: r.head_repository?.full_name ?? null,
    };
}
function createAutoIssueAction(deps = {}) {
    return {
        name: "auto-issue",
        async run(io) {
            const runIdInput = io.getInput("run-id").trim();
            if (runIdInput && !/^\d{1,20}$/.test(runIdInput)) {
                throw new errors/* ConfigurationError */.j(`Input run-id must be a workflow run id (digits); got ${JSON.stringify(runIdInput.slice(0, 40))}.`);
            }
            const eventRun = runFromEvent(io);
            const runId = runIdInput ? Number(runIdInput) : eventRun?.id;
            if (!runId) {
                throw new errors/* ConfigurationError */.j("auto-issue needs a run: set input run-id, or trigger it from a workflow_run event.");
            }
            const ctx = await setupCommand(io, "auto-issue", deps);
            if (!ctx)
                return;
            await runGuarded(ctx, async () => {
                const result = await runAutoIssue({
                    client: ctx.client,
                    config: ctx.config,
                    ledger: ctx.ledger,
                    redactor: ctx.redactor,
                    logger: io.logger,
                    analyze: (chunks) => (0,analyze/* analyzeStream */.Rz)(chunks),
                    runId,
                    // The event's copy is used only for its own run; a run-id input is always re-read.
                    run: eventRun && eventRun.id === runId ? eventRun : undefined,
                    clock: deps.clock,
                    afterSideEffect: deps.afterSideEffect,
                });
                io.setOutput("status", result.status);
                io.setOutput("reason", ctx.redactor.redact(result.reason ?? ""));
                io.setOutput("issues", JSON.stringify(result.issues));
                io.setOutput("issue-numbers", result.issues.map((i) => i.number).join(","));
                io.setOutput("closed", JSON.stringify(result.closed));
                for (const i of result.issues)
                    io.logger.info(`autodev: issue #${i.number} ${i.action} for ${i.fingerprint}`);
            });
        },
    };
}
const autoIssueAction = createAutoIssueAction();
//# sourceMappingURL=auto-issue.js.map
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./lib/github/git.js
/**
 * The git calls open-pr makes, as argument arrays (never a shell) with `--end-of-options` or `--`
 * before anything that came from outside. Hooks are disabled (a checkout or artifact could plant
 * one) and the push token travels as an http.extraheader through GIT_CONFIG_* environment
 * variables, so it is in neither the argument list nor the remote URL that errors echo.
 */

function createGitRunner(options) {
    const env = {
        ...process.env,
        GIT_TERMINAL_PROMPT: "0",
        GIT_CONFIG_NOSYSTEM: "1",
        LC_ALL: "C",
        ...options.env,
    };
    const configs = [
        ["core.hooksPath", "/dev/null"],
        ["core.quotePath", "off"],
        ["commit.gpgSign", "false"],
    ];
    if (options.token) {
        const basic = Buffer.from(`x-access-token:${options.token}`).toString("base64");
        configs.push(["http.extraheader", `AUTHORIZATION: basic ${basic}`]);
    }
    env.GIT_CONFIG_COUNT = String(configs.length);
    configs.forEach(([k, v], i) => {
        env[`GIT_CONFIG_KEY_${i}`] = k;
        env[`GIT_CONFIG_VALUE_${i}`] = v;
    });
    const redact = options.redact ?? ((t) => t);
    return {
        run(args, runOptions = {}) {
            return new Promise((resolve, reject) => {
                const child = (0,external_node_child_process_.execFile)("git", args, {
                    cwd: runOptions.cwd ?? options.cwd,
                    env: { ...env, ...runOptions.env },
                    maxBuffer: 64 * 1024 * 1024,
                    timeout: 300_000,
                }, (error, stdout, stderr) => {
                    const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
                    const result = { code, stdout: String(stdout), stderr: String(stderr) };
                    if (code !== 0 && !runOptions.allowFail) {
                        reject(new Error(redact(`git ${args[0]} failed (${code}): ${result.stderr.trim().slice(0, 600)}`)));
                    }
                    else
                        resolve(result);
                });
                if (runOptions.input !== undefined)
                    child.stdin?.end(runOptions.input);
                else
                    child.stdin?.end();
            });
        },
    };
}
/** The committed branch name for a fingerprint; hex only, so always a valid, inert ref. */
function fixBranch(fingerprint) {
    if (!/^[a-f0-9]{6,64}$/.test(fingerprint))
        throw new Error(`fingerprint ${JSON.stringify(fingerprint)} is not hex`);
    return `autodev/fix-${fingerprint.slice(0, 16)}`;
}
//# sourceMappingURL=git.js.map
// EXTERNAL MODULE: ./lib/policy/patch.js
var patch = __webpack_require__(2560);
;// CONCATENATED MODULE: ./lib/policy/modes.js
function modeEffects(mode) {
    switch (mode) {
        case "observe":
            return { issues: true, pullRequests: false, draft: true, autoMerge: false };
        case "assist":
            return { issues: true, pullRequests: true, draft: true, autoMerge: false };
        case "semi":
            return { issues: true, pullRequests: true, draft: false, autoMerge: false };
        case "auto":
            return { issues: true, pullRequests: true, draft: false, autoMerge: true };
    }
}
function decidePullRequest(input) {
    const effects = modeEffects(input.mode);
    if (!effects.pullRequests) {
        return { allowed: false, reason: "mode-observe", message: "mode is observe: autodev opens issues only" };
    }
    // A resumed attempt already holds its slot; counting it again would strand a half-done fix.
    if (!input.resuming) {
        if (input.prsOpenedToday >= input.limits.dailyPrs) {
            return {
                allowed: false,
                reason: "daily-cap",
                message: `daily cap reached: ${input.prsOpenedToday} of ${input.limits.dailyPrs} pull requests opened today (UTC)`,
            };
        }
        if (input.attempts >= input.limits.attemptsPerFingerprint) {
            return {
                allowed: false,
                reason: "attempt-cap",
                message: `attempt cap reached: ${input.attempts} of ${input.limits.attemptsPerFingerprint} fix attempts for this failure`,
            };
        }
    }
    return { allowed: true, draft: effects.draft };
}
//# sourceMappingURL=modes.js.map
// EXTERNAL MODULE: ./lib/policy/silencers.js
var silencers = __webpack_require__(3446);
;// CONCATENATED MODULE: ./lib/policy/risk.js

/** Manifests and lockfiles: a change there pulls code from a registry. */
const DEPENDENCY_FILES = /(^|\/)(package(-lock)?\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|requirements[^/]*\.txt|Pipfile(\.lock)?|poetry\.lock|pyproject\.toml|go\.(mod|sum)|Cargo\.(toml|lock)|Gemfile(\.lock)?|pom\.xml|build\.gradle(\.kts)?|composer\.(json|lock)|[^/]+\.csproj|packages\.lock\.json)$/i;
const LOW_RISK_MAX_LINES = 40;
const LOW_RISK_MAX_FILES = 5;
function classifyRisk(options) {
    const { check } = options;
    const reasons = [];
    if (!check.ok)
        reasons.push("the patch failed the policy gate");
    for (const f of check.files) {
        if (f.status !== "modified")
            reasons.push(`${f.path} is ${f.status}, not just edited`);
        if (DEPENDENCY_FILES.test(f.path))
            reasons.push(`${f.path} changes dependencies`);
        if (silencers/* TEST_FILE */.s.test(f.path) && f.removed > f.added)
            reasons.push(`${f.path} removes test lines`);
    }
    if (check.files.length > LOW_RISK_MAX_FILES)
        reasons.push(`${check.files.length} files changed`);
    const lines = check.stats.added + check.stats.removed;
    if (lines > LOW_RISK_MAX_LINES)
        reasons.push(`${lines} lines changed`);
    const text = typeof options.patch === "string" ? options.patch : Buffer.from(options.patch).toString("utf8");
    const added = text.split("\n").filter((l) => l.startsWith("+") && !l.startsWith("+++"));
    for (const l of added)
        for (const why of (0,silencers/* silencersIn */.i)(l.slice(1)))
            reasons.push(`an added line ${why}`);
    return { low: reasons.length === 0, reasons: [...new Set(reasons)] };
}
//# sourceMappingURL=risk.js.map
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./lib/github/fix-commit.js
/**
 * The fix commit, built so that a re-run produces the very same commit id: it is made in a
 * throwaway worktree at the proposal's base (the job's checkout is never touched), with a fixed
 * identity and the base commit's own date, and the patch is checked with `git apply --check`
 * first so a patch that does not apply leaves nothing behind. Hooks are off (see git.ts).
 */



const AUTODEV_NAME = "autodev[bot]";
const AUTODEV_EMAIL = "autodev@users.noreply.github.com";
/** True when every commit on the remote branch that is not in the base was made by autodev. */
async function onlyAutodevCommits(git, remote, branch, tip, baseSha) {
    await git.run([
        "fetch",
        "--no-tags",
        "--quiet",
        "--",
        remote,
        `+refs/heads/${branch}:refs/autodev/remote-tip`,
    ]);
    const list = await git.run(["rev-list", "--format=%ae%x00%B%x01", tip, "--not", baseSha, "--"], {
        allowFail: true,
    });
    if (list.code !== 0)
        return false;
    const commits = list.stdout
        .split("\x01")
        .map((s) => s.replace(/^\s*commit [0-9a-f]+\n/, ""))
        .filter((s) => s.trim());
    return (commits.length > 0 &&
        commits.every((c) => c.startsWith(`${AUTODEV_EMAIL}\x00`) && /\nAutodev-Fingerprint: [a-f0-9]+/.test(`\n${c}`)));
}
async function buildCommit(o) {
    const { git, proposal, fingerprint } = o;
    const has = await git.run(["cat-file", "-e", `${proposal.baseSha}^{commit}`], { allowFail: true });
    if (has.code !== 0)
        await git.run(["fetch", "--no-tags", "--quiet", "--", o.remote, proposal.baseSha]);
    const tmp = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "autodev-pr-"));
    const tree = (0,external_node_path_.join)(tmp, "tree");
    const patchFile = (0,external_node_path_.join)(tmp, "changes.patch");
    (0,external_node_fs_.writeFileSync)(patchFile, proposal.patch);
    try {
        await git.run(["worktree", "add", "--detach", "--quiet", "--", tree, proposal.baseSha]);
        const checkApply = await git.run(["apply", "--check", "--index", "--whitespace=nowarn", "--", patchFile], {
            cwd: tree,
            allowFail: true,
        });
        if (checkApply.code !== 0)
            return { error: `the patch does not apply to ${proposal.baseSha.slice(0, 12)}` };
        await git.run(["apply", "--index", "--whitespace=nowarn", "--", patchFile], { cwd: tree });
        // The base commit's own date makes the commit id a pure function of (base, patch).
        const date = (await git.run(["show", "-s", "--format=%ct", proposal.baseSha, "--"], { cwd: tree })).stdout.trim();
        const env = {
            GIT_AUTHOR_NAME: AUTODEV_NAME,
            GIT_AUTHOR_EMAIL: AUTODEV_EMAIL,
            GIT_COMMITTER_NAME: AUTODEV_NAME,
            GIT_COMMITTER_EMAIL: AUTODEV_EMAIL,
            GIT_AUTHOR_DATE: `@${date} +0000`,
            GIT_COMMITTER_DATE: `@${date} +0000`,
        };
        const message = `fix: autodev fix for failure ${fingerprint.slice(0, 12)}\n\nAutodev-Fingerprint: ${fingerprint}\nAutodev-Base: ${proposal.baseSha}\n`;
        await git.run(["-c", "user.useConfigOnly=false", "commit", "--no-verify", "--quiet", "-F", "-"], {
            cwd: tree,
            input: message,
            env,
        });
        const sha = (await git.run(["rev-parse", "HEAD"], { cwd: tree })).stdout.trim();
        return { sha };
    }
    finally {
        await git.run(["worktree", "remove", "--force", "--", tree], { allowFail: true });
        (0,external_node_fs_.rmSync)(tmp, { recursive: true, force: true });
    }
}
//# sourceMappingURL=fix-commit.js.map
;// CONCATENATED MODULE: ./lib/github/proposal.js
/**
 * Reads the heal job's proposal directory as untrusted data: only regular files (no symlinks that
 * could point at the runner's secrets), size caps, and a strict manifest shape. Nothing in it is
 * executed, and its claims (fingerprint, files) are re-checked against the patch by policy.
 */



// The issue's outcome names; the older ones are still read from proposals written before the rename.
const OUTCOMES = ["healed", "improved", "unfixable", "already-passing", "error"];
const LEGACY_OUTCOMES = ["partial", "failed", "rejected", "not-reproduced", "nothing-to-heal"];
/** Outcomes with a patch worth a pull request (`partial` is the older name of `improved`). */
const PUBLISHABLE_OUTCOMES = new Set(["healed", "improved", "partial"]);
const MAX_FILE_BYTES = 4 * 1024 * 1024;
function readRegular(dir, name, required) {
    const path = (0,external_node_path_.join)(dir, name);
    let st;
    try {
        st = (0,external_node_fs_.lstatSync)(path);
    }
    catch {
        if (required)
            throw new errors/* ConfigurationError */.j(`Proposal directory ${dir} has no ${name}; expected the heal job's output.`);
        return null;
    }
    if (!st.isFile())
        throw new errors/* ConfigurationError */.j(`Proposal ${name} is not a regular file (symlinks are refused).`);
    if (st.size > MAX_FILE_BYTES)
        throw new errors/* ConfigurationError */.j(`Proposal ${name} is ${st.size} bytes; the cap is ${MAX_FILE_BYTES}.`);
    return (0,external_node_fs_.readFileSync)(path);
}
function readProposal(dir) {
    const manifestRaw = readRegular(dir, "proposal.json", true);
    let m;
    try {
        m = JSON.parse(manifestRaw.toString("utf8"));
    }
    catch {
        throw new errors/* ConfigurationError */.j("proposal.json is not valid JSON.");
    }
    const bad = (what) => new errors/* ConfigurationError */.j(`proposal.json: ${what}.`);
    if (m === null || typeof m !== "object" || Array.isArray(m))
        throw bad("expected an object");
    if (m.schemaVersion !== 1)
        throw bad("schemaVersion must be 1");
    // The healer writes '' when it found nothing to target; only a publishable outcome needs an id.
    const publishable = PUBLISHABLE_OUTCOMES.has(String(m.outcome));
    if (typeof m.fingerprint !== "string" ||
        !(/^[a-f0-9]{6,64}$/.test(m.fingerprint) || (!publishable && m.fingerprint === ""))) {
        throw bad("fingerprint must be hex");
    }
    if (typeof m.baseSha !== "string" || !/^[0-9a-f]{40}$/.test(m.baseSha))
        throw bad("baseSha must be a 40-hex commit id");
    if (!Array.isArray(m.files) || m.files.length > 1000 || m.files.some((f) => typeof f !== "string")) {
        throw bad("files must be a list of paths");
    }
    if (typeof m.outcome !== "string" || ![...OUTCOMES, ...LEGACY_OUTCOMES].includes(m.outcome))
        throw bad(`outcome must be one of ${OUTCOMES.join(", ")}`);
    return {
        fingerprint: m.fingerprint,
        baseSha: m.baseSha,
        files: m.files,
        outcome: m.outcome,
        patch: readRegular(dir, "changes.patch", false) ?? Buffer.alloc(0),
        report: (readRegular(dir, "report.md", false) ?? Buffer.alloc(0)).toString("utf8"),
    };
}
//# sourceMappingURL=proposal.js.map
;// CONCATENATED MODULE: ./lib/github/open-pr.js









const LOW_RISK_LABEL = "autodev:low-risk";
function marker(kind, value) {
    return `<!-- autodev:${kind}=${value} -->`;
}
/** Posts a comment unless one with the same marker is already on the issue. */
async function commentOnce(client, issue, mark, body) {
    const comments = await client.listComments(issue);
    if (comments.some((c) => c.body.includes(mark)))
        return false;
    await client.createComment(issue, `${mark}\n${body}`);
    return true;
}
function utcDay(d) {
    return d.toISOString().slice(0, 10);
}
async function runOpenPr(o) {
    const { client, config, ledger, proposal, git } = o;
    const effect = (name) => o.afterSideEffect?.(name);
    const repository = `${client.repoRef.owner}/${client.repoRef.repo}`;
    const now = (o.clock ?? (() => new Date()))();
    // --- which issue this fixes, and whether it may be fixed at all
    let issue;
    if (o.issueNumber)
        issue = await client.getIssue(o.issueNumber);
    else {
        const all = await client.listIssues({ labels: [BASE_LABEL], state: "all" });
        issue =
            all
                .filter((i) => readFingerprint(i.body) === proposal.fingerprint)
                .sort((a, b) => a.number - b.number)[0] ?? null;
    }
    const state = issue ? readState(issue.body) : null;
    const fingerprint = (issue && readFingerprint(issue.body)) || proposal.fingerprint;
    // No id at all only happens for an unpublishable outcome, which stops below before any branch.
    const branch = fingerprint ? fixBranch(fingerprint) : undefined;
    const base12 = proposal.baseSha.slice(0, 12);
    const result = { status: "skipped", branch, issue: issue?.number };
    ledger.append("open-pr.start", {
        fingerprint,
        issue: issue?.number ?? null,
        baseSha: proposal.baseSha,
        outcome: proposal.outcome,
    });
    if (state?.fork) {
        ledger.append("skipped", { reason: "fork", issue: issue?.number });
        return { ...result, reason: "the failure came from a fork; autodev only reports it" };
    }
    if (!PUBLISHABLE_OUTCOMES.has(proposal.outcome)) {
        ledger.append("skipped", { reason: `outcome-${proposal.outcome}` });
        if (issue) {
            await o.guard("comment");
            if (await commentOnce(client, issue.number, marker("outcome", `${fingerprint}:${base12}`), `autodev tried to fix this on ${codeSpan(base12)} but the outcome was ${codeSpan(proposal.outcome)}; no pull request was opened. See the heal job's report artifact.`))
                effect("comment.created");
        }
        return { ...result, reason: `heal outcome is ${proposal.outcome}` };
    }
    if (!branch)
        return { ...result, reason: "the proposal names no failure fingerprint" };
    // --- the deterministic gate
    const check = (0,patch/* checkPatch */.x)({
        patch: proposal.patch,
        limits: config.limits,
        protectedPaths: config.protectedPaths,
        declaredFiles: proposal.files,
        scanSecrets: o.redactor.scan,
    });
    if (!check.ok) {
        const reasons = check.violations.map((v) => `${v.code}${v.path ? ` ${v.path}` : ""}`);
        ledger.append("patch.rejected", { violations: reasons.slice(0, 20) });
        if (issue) {
            await o.guard("comment");
            const lines = check.violations
                .slice(0, 15)
                .map((v) => `- ${codeSpan(v.code)}: ${codeSpan(o.redactor.redact(v.message), 200)}`);
            if (await commentOnce(client, issue.number, marker("rejected", `${fingerprint}:${base12}`), `autodev refused its own proposed fix for this failure; nothing was pushed.\n\n${lines.join("\n")}`))
                effect("comment.created");
        }
        return { ...result, status: "rejected", reason: "patch refused by policy", violations: reasons };
    }
    // --- caps and mode, from GitHub's state (not from anything local)
    const ls = await git.run(["ls-remote", "--heads", "--", o.remote, `refs/heads/${branch}`]);
    const remoteTip = ls.stdout.split(/\s+/)[0] || null;
    const mine = await client.listPulls({ head: `${client.repoRef.owner}:${branch}`, state: "all" });
    const openPr = mine.find((p) => p.state === "open") ?? null;
    const today = await client.listPulls({ state: "all", createdSince: `${utcDay(now)}T00:00:00Z` });
    const prsToday = today.filter((p) => p.headRef.startsWith("autodev/fix-")).length;
    const resuming = Boolean(remoteTip || openPr);
    const decision = decidePullRequest({
        mode: config.mode,
        limits: config.limits,
        prsOpenedToday: prsToday,
        attempts: state?.attempts ?? 0,
        resuming,
    });
    if (!decision.allowed) {
        ledger.append("skipped", { reason: decision.reason });
        if (decision.reason === "attempt-cap" && issue) {
            await o.guard("comment");
            if (await commentOnce(client, issue.number, marker("attempt-cap", fingerprint), `autodev stopped: ${decision.message}. A person needs to look at this one.`))
                effect("comment.created");
        }
        return { ...result, reason: decision.message };
    }
    if (!openPr && mine.some((p) => p.state === "closed")) {
        ledger.append("skipped", { reason: "pr-closed-by-human", branch });
        return {
            ...result,
            status: "needs-human",
            reason: `a pull request from ${branch} was closed; autodev does not reopen it`,
        };
    }
    // --- low risk decides auto-merge in `auto` mode; nothing the proposal claims about itself counts
    const risk = classifyRisk({ check, patch: proposal.patch });
    const autoMerge = modeEffects(config.mode).autoMerge && risk.low;
    result.autoMerge = autoMerge;
    result.riskReasons = risk.reasons;
    ledger.append("risk", { low: risk.low, reasons: risk.reasons.slice(0, 10), autoMerge });
    // --- the commit, rebuilt identically on every run
    const commit = await buildCommit({ git: o.git, remote: o.remote, proposal: o.proposal, fingerprint });
    if ("error" in commit) {
        ledger.append("patch.rejected", { violations: ["does-not-apply"] });
        return { ...result, status: "rejected", reason: commit.error, violations: ["does-not-apply"] };
    }
    // --- the daily cap, made exact under concurrency: each new PR first claims a numbered slot ref
    // for the day; creating an existing ref fails (422), so two runs can never take the same slot.
    if (!resuming) {
        const day = utcDay(now);
        let slot = null;
        for (let k = prsToday; k < config.limits.dailyPrs && slot === null; k++) {
            if (await client.createRef(`refs/autodev/claims/${day}/${k}`, proposal.baseSha))
                slot = k;
        }
        if (slot === null) {
            ledger.append("skipped", { reason: "daily-cap", day });
            return {
                ...result,
                reason: `daily cap reached: all ${config.limits.dailyPrs} pull request slots for ${day} (UTC) are taken`,
            };
        }
        ledger.append("budget.claimed", { day, slot });
        effect("budget.claimed");
    }
    result.commit = commit.sha;
    // --- the push: create, resume, or replace only autodev's own commits
    let newAttempt = false;
    if (remoteTip === commit.sha) {
        ledger.append("branch.exists", { branch, commit: commit.sha });
    }
    else if (!remoteTip) {
        await o.guard("push");
        const push = await git.run(["push", "--porcelain", "--", o.remote, `${commit.sha}:refs/heads/${branch}`], { allowFail: true });
        if (push.code !== 0) {
            const again = (await git.run(["ls-remote", "--heads", "--", o.remote, `refs/heads/${branch}`])).stdout.split(/\s+/)[0];
            if (again !== commit.sha)
                return needsHuman(o, result, issue, fingerprint, "the branch appeared while pushing");
        }
        ledger.append("branch.pushed", { branch, commit: commit.sha });
        effect("branch.pushed");
        newAttempt = true;
    }
    else {
        const owned = await onlyAutodevCommits(git, o.remote, branch, remoteTip, proposal.baseSha);
        if (!owned)
            return needsHuman(o, result, issue, fingerprint, `${branch} has commits autodev did not make`);
        await o.guard("push");
        await git.run([
            "push",
            "--porcelain",
            `--force-with-lease=refs/heads/${branch}:${remoteTip}`,
            "--",
            o.remote,
            `${commit.sha}:refs/heads/${branch}`,
        ]);
        ledger.append("branch.updated", { branch, from: remoteTip, commit: commit.sha });
        effect("branch.pushed");
        newAttempt = true;
    }
    // --- the pull request
    const body = renderPrBody(o, issue, fingerprint, repository, risk);
    const title = o.redactor.redact(oneLine(`autodev: fix ${issue ? issue.title.replace(/^\[autodev\]\s*/, "") : `failure ${fingerprint.slice(0, 12)}`}`, 240));
    let pr;
    let status;
    if (openPr) {
        pr = openPr;
        // A new commit on the branch updates the PR even when its description stays the same.
        status = newAttempt ? "updated" : "unchanged";
        if (openPr.body !== body) {
            await client.updatePull(openPr.number, { body });
            ledger.append("pr.updated", { number: openPr.number });
            effect("pr.updated");
            status = "updated";
        }
    }
    else {
        try {
            pr = await client.createPull({
                title,
                body,
                head: branch,
                base: o.defaultBranch,
                draft: decision.draft,
            });
        }
        catch (e) {
            const status422 = e.status === 422;
            const found = status422
                ? (await client.listPulls({ head: `${client.repoRef.owner}:${branch}`, state: "open" }))[0]
                : undefined;
            if (!found)
                throw e;
            pr = found;
        }
        ledger.append("pr.created", { number: pr.number, draft: pr.draft, branch });
        effect("pr.created");
        status = "opened";
    }
    const labels = [...new Set([BASE_LABEL, ...config.labels, ...(autoMerge ? [LOW_RISK_LABEL] : [])])];
    // A newer patch that is no longer low risk must lose the label that let it merge by itself.
    const stale = !autoMerge && pr.labels.includes(LOW_RISK_LABEL);
    if (stale || !labels.every((l) => pr.labels.includes(l))) {
        const next = [...new Set([...pr.labels, ...labels])].filter((l) => autoMerge || l !== LOW_RISK_LABEL);
        await client.updateIssue(pr.number, { labels: next });
        ledger.append("pr.labeled", { number: pr.number });
        effect("pr.labeled");
    }
    // --- the issue: count the attempt once, then say where the fix is
    if (issue) {
        if (state && newAttempt && state.lastAttempt !== commit.sha) {
            const next = { ...state, attempts: state.attempts + 1, lastAttempt: commit.sha };
            const encoded = Buffer.from(JSON.stringify(next)).toString("base64");
            const fresh = await client.getIssue(issue.number);
            await client.updateIssue(issue.number, {
                body: fresh.body.replace(/<!-- autodev:state=[A-Za-z0-9+/=]+ -->/, `<!-- autodev:state=${encoded} -->`),
            });
            ledger.append("issue.attempt", { number: issue.number, attempts: next.attempts });
            effect("issue.updated");
        }
        if (await commentOnce(client, issue.number, marker("pr", String(pr.number)), `autodev proposed a fix in #${pr.number}${pr.draft ? " (draft: a maintainer marks it ready)" : ""}. Review the diff before merging.`)) {
            ledger.append("comment.created", { issue: issue.number, pr: pr.number });
            effect("comment.created");
        }
    }
    return { ...result, status, pr: { number: pr.number, url: pr.htmlUrl, draft: pr.draft } };
}
async function needsHuman(o, result, issue, fingerprint, why) {
    o.ledger.append("needs-human", { reason: why, branch: result.branch });
    if (issue) {
        await o.guard("comment");
        if (await commentOnce(o.client, issue.number, marker("needs-human", `${fingerprint}:${o.proposal.baseSha.slice(0, 12)}`), `autodev did not push: ${codeSpan(why)}. It never overwrites commits it did not make.`))
            o.afterSideEffect?.("comment.created");
    }
    return { ...result, status: "needs-human", reason: why };
}
function renderPrBody(o, issue, fingerprint, repository, risk) {
    const report = o.proposal.report.trim()
        ? neutralizeMarkdown(o.proposal.report, { repository })
        : `autodev changed ${o.proposal.files.map((f) => codeSpan(f)).join(", ")}.`;
    const head = [
        marker("pr-fingerprint", fingerprint),
        issue ? `Fixes #${issue.number}.` : "",
        `Mode ${codeSpan(o.config.mode)}; base ${codeSpan(o.proposal.baseSha.slice(0, 12))}; the patch passed autodev's path, size and secret checks.`,
        risk.low
            ? "Risk: low by autodev's deterministic classifier (small edits to existing files, no dependency changes, no silenced checks)."
            : `Risk: needs review (${risk.reasons.map((r) => codeSpan(r, 120)).join(", ")}).`,
        "",
    ];
    return capBody(o.redactor.redact([...head, report].join("\n")));
}
//# sourceMappingURL=open-pr.js.map
;// CONCATENATED MODULE: ./lib/action/commands/open-pr.js
/**
 * `command: open-pr` — the write job: check the heal proposal, push `autodev/fix-<fingerprint>`,
 * open or update the pull request, comment on the issue. Runs no model and no repository code.
 *
 * Inputs:  github-token (required; an app token makes the PR's own CI run), proposal-dir
 *          (default autodev-proposal), issue-number (optional; else found by fingerprint),
 *          workspace (a checkout of the repository; default GITHUB_WORKSPACE), remote-url
 *          (default GITHUB_SERVER_URL/owner/repo.git), audit-path, autodev-enabled
 * Outputs: status (opened | updated | unchanged | skipped | rejected | needs-human | stopped |
 *          config-invalid), reason, branch, commit, pr-number, pr-url, issue-number,
 *          violations (JSON list), auto-merge ("true" only in mode auto for a low-risk patch: the
 *          workflow may then enable auto-merge), risk-reasons (JSON list), audit-path
 */







function createOpenPrAction(deps = {}) {
    return {
        name: "open-pr",
        async run(io) {
            const workspace = (0,external_node_path_.resolve)(io.getInput("workspace") || io.env.GITHUB_WORKSPACE || process.cwd());
            if (!(0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(workspace, ".git"))) {
                throw new errors/* ConfigurationError */.j(`Input workspace: ${workspace} is not a git checkout; run actions/checkout first.`);
            }
            const proposalDir = (0,external_node_path_.resolve)(workspace, io.getInput("proposal-dir") || "autodev-proposal");
            const issueInput = io.getInput("issue-number").trim();
            if (issueInput && !/^\d{1,10}$/.test(issueInput)) {
                throw new errors/* ConfigurationError */.j(`Input issue-number must be a number; got ${JSON.stringify(issueInput.slice(0, 40))}.`);
            }
            const proposal = readProposal(proposalDir);
            const ctx = await setupCommand(io, "open-pr", deps);
            if (!ctx)
                return;
            const remoteInput = io.getInput("remote-url").trim();
            const server = (io.env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
            const remote = remoteInput || `${server}/${ctx.repo.owner}/${ctx.repo.repo}.git`;
            if (!/^https:\/\/[^\s@]+$/.test(remote) && !(0,external_node_path_.isAbsolute)(remote)) {
                throw new errors/* ConfigurationError */.j("Input remote-url must be an https URL without credentials, or an absolute path.");
            }
            const git = createGitRunner({
                cwd: workspace,
                token: remote.startsWith("https://") ? ctx.token : undefined,
                redact: ctx.redactor.redact,
            });
            await runGuarded(ctx, async () => {
                const result = await runOpenPr({
                    client: ctx.client,
                    config: ctx.config,
                    ledger: ctx.ledger,
                    redactor: ctx.redactor,
                    logger: io.logger,
                    proposal,
                    git,
                    remote,
                    defaultBranch: ctx.defaultBranch,
                    issueNumber: issueInput ? Number(issueInput) : undefined,
                    guard: ctx.guard,
                    clock: deps.clock,
                    afterSideEffect: deps.afterSideEffect,
                });
                io.setOutput("status", result.status);
                io.setOutput("reason", ctx.redactor.redact(result.reason ?? ""));
                io.setOutput("branch", result.branch ?? "");
                io.setOutput("commit", result.commit ?? "");
                io.setOutput("pr-number", result.pr ? String(result.pr.number) : "");
                io.setOutput("pr-url", result.pr?.url ?? "");
                io.setOutput("issue-number", result.issue ? String(result.issue) : "");
                io.setOutput("violations", JSON.stringify(result.violations ?? []));
                io.setOutput("auto-merge", result.autoMerge && result.pr ? "true" : "false");
                io.setOutput("risk-reasons", JSON.stringify(result.riskReasons ?? []));
                if (result.status === "rejected") {
                    io.annotate("warning", `autodev refused the proposed patch: ${(result.violations ?? []).join(", ")}`, { title: "autodev" });
                }
            });
        },
    };
}
const openPrAction = createOpenPrAction();
//# sourceMappingURL=open-pr.js.map
;// CONCATENATED MODULE: ./lib/github/command.js


/** The command on the comment's first non-empty line; anything else is ordinary conversation. */
function parseCommand(body) {
    const first = body
        .split(/\r?\n/)
        .find((l) => l.trim())
        ?.trim() ?? "";
    if (/^\/auto-fix\s*$/.test(first))
        return { name: "auto-fix" };
    const pd = first.match(/^\/parallel-dev(?:\s+(.*))?$/);
    if (pd)
        return { name: "parallel-dev", args: (pd[1] ?? "").slice(0, 500) };
    return null;
}
const WRITERS = new Set(["admin", "write"]);
/** Reads the event and decides; reacts and replies only to authorised commenters. */
async function runCommand(o) {
    const { event, client, ledger } = o;
    const effect = (n) => o.afterSideEffect?.(n);
    if (event.action !== "created") {
        ledger.append("ignored", { reason: "action", action: event.action });
        return { run: false, reason: `ignored: comment was ${event.action}, only created comments count` };
    }
    const parsed = parseCommand(event.comment.body ?? "");
    if (!parsed)
        return { run: false, reason: "ignored: no command" };
    const user = event.comment.user;
    const isBot = user.type === "Bot" || /\[bot\]$/i.test(user.login);
    if (isBot && !o.config.commands.allowedBotIds.includes(user.id)) {
        ledger.append("denied", { reason: "bot", userId: user.id });
        return { run: false, reason: "denied: bots need their numeric id in commands.allowed_bot_ids" };
    }
    const permission = await client.getPermission(user.login);
    if (!WRITERS.has(permission.permission)) {
        ledger.append("denied", { reason: "permission", permission: permission.permission, userId: user.id });
        return { run: false, reason: `denied: ${permission.permission} permission; write or admin is required` };
    }
    ledger.append("authorized", { command: parsed.name, userId: user.id, permission: permission.permission });
    if (parsed.name === "parallel-dev") {
        await client.reactToComment(event.comment.id, "confused");
        effect("reaction");
        await client.createComment(event.issue.number, `Thanks! ${codeSpan("/parallel-dev")} is not supported yet; autodev understands ${codeSpan("/auto-fix")} on its own issues for now.`);
        effect("comment.created");
        return { run: false, reason: "parallel-dev is not supported yet", command: "parallel-dev" };
    }
    if (event.issue.pull_request) {
        await client.createComment(event.issue.number, `${codeSpan("/auto-fix")} works on autodev issues, not on pull requests (yet).`);
        effect("comment.created");
        return { run: false, reason: "auto-fix on pull requests is not supported", command: "auto-fix" };
    }
    if (o.config.mode === "observe") {
        await client.createComment(event.issue.number, `autodev is in ${codeSpan("observe")} mode: it opens issues but no pull requests.`);
        effect("comment.created");
        return { run: false, reason: "mode is observe", command: "auto-fix" };
    }
    // The issue's body is re-read from the API: the event payload could be stale.
    const issue = await client.getIssue(event.issue.number);
    const fingerprint = readFingerprint(issue.body);
    const state = readState(issue.body);
    const last = state?.runs[state.runs.length - 1];
    if (!fingerprint || !state || !last) {
        await client.createComment(event.issue.number, `${codeSpan("/auto-fix")} needs an issue autodev opened for a failed run; this one has no autodev failure record.`);
        effect("comment.created");
        return { run: false, reason: "not an autodev issue", command: "auto-fix" };
    }
    if (state.fork) {
        await client.createComment(event.issue.number, "This failure came from a fork; autodev reports it but does not fix fork code.");
        effect("comment.created");
        return { run: false, reason: "fork", command: "auto-fix" };
    }
    await client.reactToComment(event.comment.id, "eyes");
    effect("reaction");
    ledger.append("command.accepted", { issue: issue.number, fingerprint, runId: last.runId });
    return {
        run: true,
        reason: "accepted",
        command: "auto-fix",
        issueNumber: issue.number,
        fingerprint,
        runId: last.runId,
        headSha: last.sha,
    };
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: ./lib/action/commands/command.js
/**
 * `command: command` — reads an issue_comment event and decides whether to start a fix.
 *
 * Inputs:  github-token (required), audit-path, autodev-enabled (pass `${{ vars.AUTODEV_ENABLED }}`)
 * Outputs: run ("true" | "false"), reason, command (auto-fix | parallel-dev | ''), issue-number,
 *          fingerprint, run-id (the failed run to heal), head-sha (its commit), status, audit-path
 */



function setDecisionOutputs(io, d) {
    io.setOutput("run", d.run ? "true" : "false");
    io.setOutput("reason", d.reason);
    io.setOutput("command", d.command ?? "");
    io.setOutput("issue-number", d.issueNumber ? String(d.issueNumber) : "");
    io.setOutput("fingerprint", d.fingerprint ?? "");
    io.setOutput("run-id", d.runId ? String(d.runId) : "");
    io.setOutput("head-sha", d.headSha ?? "");
}
function createCommandAction(deps = {}) {
    return {
        name: "command",
        async run(io) {
            const eventName = io.env.GITHUB_EVENT_NAME ?? "";
            if (eventName !== "issue_comment" || !io.env.GITHUB_EVENT_PATH) {
                setDecisionOutputs(io, {
                    run: false,
                    reason: `ignored: event ${eventName || "unknown"} is not issue_comment`,
                });
                return;
            }
            const event = JSON.parse((0,external_node_fs_.readFileSync)(io.env.GITHUB_EVENT_PATH, "utf8"));
            // Cheap checks before any API call: most comments are conversation, not commands.
            if (event.action !== "created" || !/^\s*\/(auto-fix|parallel-dev)\b/.test(event.comment?.body ?? "")) {
                setDecisionOutputs(io, {
                    run: false,
                    reason: event.action !== "created" ? `ignored: comment was ${event.action}` : "ignored: no command",
                });
                return;
            }
            // A stop at any later point (kill switch, error) must leave "do not run" behind.
            io.setOutput("run", "false");
            const ctx = await setupCommand(io, "command", deps);
            if (!ctx)
                return;
            await runGuarded(ctx, async () => {
                const decision = await runCommand({
                    client: ctx.client,
                    config: ctx.config,
                    ledger: ctx.ledger,
                    event,
                    afterSideEffect: deps.afterSideEffect,
                });
                setDecisionOutputs(io, decision);
                io.setOutput("status", decision.run ? "accepted" : "declined");
            });
        },
    };
}
const commandAction = createCommandAction();
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: ./lib/action/commands/index.js





/** Every value the root action's `command` input accepts; add new ones here. */
const actionCommands = [
    analyzeAction,
    healAction,
    autoIssueAction,
    openPrAction,
    commandAction,
];
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./lib/action/main.js


/** Dispatches on the `command` input. Throws; the entry turns errors into setFailed. */
async function runAction(io) {
    const name = io.getInput("command").trim();
    if (!name) {
        throw new errors/* ConfigurationError */.j(`Input 'command' is required. Expected one of: ${actionCommands.map((c) => c.name).join(", ")}.`);
    }
    const command = actionCommands.find((c) => c.name === name);
    if (!command) {
        throw new errors/* ConfigurationError */.j(`Input 'command' is "${name}". Expected one of: ${actionCommands.map((c) => c.name).join(", ")}.`);
    }
    await command.run(io);
}
//# sourceMappingURL=main.js.map

/***/ }),

/***/ 2743:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ renderSummary),
/* harmony export */   J9: () => (/* binding */ formatResult),
/* harmony export */   os: () => (/* binding */ fitJson)
/* harmony export */ });
/* unused harmony exports fence, toMarkdown, toText */
/** A fence longer than any backtick run in the content, so log text can never close it early. */
function fence(lines, lang = "text") {
    const body = lines.join("\n");
    let longest = 2;
    for (const m of body.matchAll(/`+/g))
        longest = Math.max(longest, m[0].length);
    const f = "`".repeat(longest + 1);
    return `${f}${lang}\n${body}\n${f}`;
}
function where(f) {
    const l = f.locations[0];
    if (!l)
        return "";
    return `${l.file}${l.line ? `:${l.line}` : ""}${l.column ? `:${l.column}` : ""}`;
}
/**
 * Escapes log text for a markdown table cell or inline position: it shows as the log printed it
 * (no emphasis, strikethrough, HTML or entities, no line break). A log is untrusted and this
 * markdown may be posted as a comment: `@name` and `@org/team` go into code spans, where GitHub
 * sends no notification (a failing test named after a person would ping them otherwise), and so
 * do issue references (`#12`, `owner/repo#12`), which GitHub would link and back-reference.
 */
function md(s) {
    return s
        .replace(/[\\`*_{}[\]<>|#~&]/g, (c) => `\\${c}`)
        .replace(/\r\n?|\n/g, " ")
        .replace(/(^|[^\w`])@([A-Za-z0-9](?:[\w-]|\\_)*(?:\/(?:[\w-]|\\_)+)?(?:\\#\d+)?)/g, (_m, pre, who) => `${pre}\`@${who.replace(/\\([_#])/g, "$1")}\``)
        .replace(/(?<!`)\\#(\d+)/g, "`#$1`");
}
/**
 * Excerpts may run to thousands of lines (a long compile error list); a report shows the head.
 * The runner refuses a step summary over 1 MiB, and ten full excerpts could reach that.
 */
const SHOWN_LINES = 80;
const SHOWN_CHARS = 20_000;
function shown(excerpt) {
    const out = [];
    let chars = 0;
    for (const line of excerpt) {
        if (out.length >= SHOWN_LINES || chars + line.length > SHOWN_CHARS)
            break;
        out.push(line);
        chars += line.length + 1;
    }
    const rest = excerpt.length - out.length;
    if (rest > 0)
        out.push(`… ${rest} more line${rest === 1 ? "" : "s"} in the JSON output`);
    return out;
}
function toMarkdown(result, opts = {}) {
    const detailed = opts.detailed ?? 10;
    const out = [];
    const n = result.failures.length;
    out.push(`### autodev analysis: ${result.status}${n ? `, ${n} failure${n === 1 ? "" : "s"}` : ""}`);
    out.push("");
    if (!n) {
        out.push(result.status === "passed" ? "The log shows a passing run." : "No failure was recognised in this log.");
        return out.join("\n") + "\n";
    }
    out.push("| # | category | severity | tool | where | strategy |");
    out.push("|---|---|---|---|---|---|");
    result.failures.forEach((f, i) => {
        out.push(`| ${i + 1} | ${f.category} | ${f.severity} | ${md(f.tool ?? "-")} | ${md(where(f) || "-")} | ${f.strategy} |`);
    });
    out.push("");
    result.failures.slice(0, detailed).forEach((f, i) => {
        out.push(`#### ${i + 1}. ${md(f.message)}`);
        out.push("");
        if (f.step)
            out.push(`Step: ${md(f.step)}  `);
        out.push(`Fingerprint: \`${f.fingerprint}\`  `);
        out.push(`Suggestion: ${md(f.suggestion)}`);
        out.push("");
        out.push(fence(shown(f.excerpt)));
        out.push("");
    });
    out.push(`<sub>${result.stats.lines} lines, ${result.stats.bytes} bytes analyzed in ${result.stats.durationMs} ms</sub>`);
    return out.join("\n") + "\n";
}
function toText(result) {
    const out = [`status: ${result.status}, ${result.failures.length} failure(s)`];
    result.failures.forEach((f, i) => {
        out.push("");
        out.push(`${i + 1}. [${f.category}/${f.severity}] ${f.tool ?? "-"}  ${where(f)}`);
        out.push(`   ${f.message}`);
        if (f.step)
            out.push(`   step: ${f.step}`);
        out.push(`   fix (${f.strategy}${f.autoFixable ? ", auto-fixable" : ""}): ${f.suggestion}`);
        for (const e of f.excerpt.slice(0, 12))
            out.push(`   | ${e}`);
    });
    return out.join("\n") + "\n";
}
/**
 * The analysis as compact JSON of at most `maxChars` characters (the runner keeps 1 MB of outputs
 * per job, counted in UTF-16 units, and drops an output over it). Cuts the least useful parts
 * first: contexts, then excerpt tails, then the failures at the end, and says so with
 * `truncated: true`. Failure order, messages, locations and fingerprints are kept whole.
 */
function fitJson(result, maxChars) {
    let json = JSON.stringify(result);
    if (json.length <= maxChars)
        return json;
    const cut = (failures, lines) => failures.map((f) => ({
        ...f,
        context: [],
        excerpt: f.excerpt.slice(0, lines).map((l) => (l.length > 2000 ? `${l.slice(0, 2000)}…` : l)),
        lines: f.lines.slice(0, lines),
    }));
    for (const lines of [200, 50, 10, 3, 1]) {
        json = JSON.stringify({ ...result, failures: cut(result.failures, lines), truncated: true });
        if (json.length <= maxChars)
            return json;
    }
    let failures = cut(result.failures, 1);
    while (failures.length > 1) {
        failures = failures.slice(0, Math.ceil(failures.length / 2));
        json = JSON.stringify({ ...result, failures, truncated: true });
        if (json.length <= maxChars)
            return json;
    }
    // One failure whose message or locations alone are too big: keep what says what failed.
    const f = failures[0];
    const one = f && { ...f, message: f.message.slice(0, 1000), locations: f.locations.slice(0, 10) };
    return JSON.stringify({ ...result, failures: one ? [one] : [], truncated: true });
}
function formatResult(result, format) {
    if (format === "json") {
        // `rule` and `lines` are internal provenance; the documented schema is what the JSON carries.
        const clean = { ...result, failures: result.failures.map(({ rule: _r, lines: _l, ...f }) => f) };
        return JSON.stringify(clean, null, 2) + "\n";
    }
    if (format === "markdown")
        return toMarkdown(result);
    return toText(result);
}
function renderSummary(result) {
    return toMarkdown(result);
}
//# sourceMappingURL=format.js.map

/***/ }),

/***/ 1634:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ consoleLogger),
/* harmony export */   q: () => (/* binding */ silentLogger)
/* harmony export */ });
const silentLogger = {
    debug() { },
    info() { },
    warning() { },
    error() { },
    group: (_name, fn) => fn(),
};
/** Plain stderr logger for the CLI; progress goes to stderr so stdout stays machine-readable. */
function consoleLogger(stream = process.stderr, verbose = false) {
    return {
        debug: (m) => {
            if (verbose)
                stream.write(`debug: ${m}\n`);
        },
        info: (m) => stream.write(`${m}\n`),
        warning: (m) => stream.write(`warning: ${m}\n`),
        error: (m) => stream.write(`error: ${m}\n`),
        group: async (name, fn) => {
            stream.write(`▸ ${name}\n`);
            return fn();
        },
    };
}
//# sourceMappingURL=logger.js.map

/***/ })

};
