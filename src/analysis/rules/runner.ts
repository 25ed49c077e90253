import type { Rule, RuleSet } from "../rule-types.js";

/**
 * The CI system's own failures: time limits, cancellation, lost or shut-down runners, full disks,
 * killed processes and network outages. None of these is fixed by changing code, so every rule
 * here has strategy `none`. Runner messages share one group per step ("runner"), so the
 * "operation was canceled" line that follows a time limit joins the timeout rather than
 * standing alone. This set runs after the ecosystem sets: a tool's own rule claims its lines first.
 */

const infra = (r: Omit<Rule, "category" | "severity" | "strategy"> & Partial<Rule>): Rule => ({
  category: "infrastructure_error",
  severity: "high",
  strategy: "none",
  ...r,
});
const limit = (r: Omit<Rule, "category" | "severity" | "strategy"> & Partial<Rule>): Rule => ({
  category: "timeout",
  severity: "high",
  strategy: "none",
  ...r,
});

const RERUN = "Re-run the job; if it keeps happening, check the runner's capacity and the service's status.";

export const runnerRules: RuleSet = {
  ecosystem: "runner",
  rules: [
    // ---- time limits
    limit({
      id: "runner.job-timeout",
      tool: null,
      group: "runner",
      keywords: ["has exceeded the maximum execution time"],
      match:
        /The job (?:running on runner (?<name>.+?) )?has exceeded the maximum execution time of (?<message>[\w ]+?)\.?$/,
      message: "The job exceeded its time limit ($<message>)",
      suggestion:
        "The job hit `timeout-minutes`: find the step that hangs or slowed down (the last one in the log), or split the job / raise the limit.",
    }),
    limit({
      id: "runner.step-timeout",
      tool: null,
      group: "runner",
      keywords: ["has timed out after"],
      match: /^The (?:action|background step) '(?<name>.+)' has timed out after (?<message>\d+ minutes?)\.?$/,
      message: "Step '$<name>' timed out after $<message>",
      suggestion: "The step hit its `timeout-minutes`: find what it waits on, or raise the limit.",
    }),
    limit({
      id: "runner.gnu-timeout",
      tool: "timeout",
      keywords: ["timeout: sending signal"],
      match: /(?:^|\s)timeout: sending signal (?<name>\w+) to command ['‘`](?<message>[^'’]*)['’]/,
      message: "`timeout` killed '$<message>' ($<name>): it ran past its time limit",
      suggestion:
        "'$<message>' did not finish within the `timeout` limit: find what it waits on, or raise the limit.",
    }),
    limit({
      id: "runner.ci-timeout",
      tool: null,
      group: "runner",
      keywords: [
        "No output has been received",
        "maximum time limit",
        "Build timed out",
        "execution took longer than",
        "Too long with no output",
        "Timeout has been exceeded",
        "due to timeout",
      ],
      match:
        /(?<message>No output has been received in the last [\w.]+|The job exceeded the maximum time limit for jobs|Build timed out \(after \d+ \w+\)|execution took longer than [\w.]+|Too long with no output \(exceeded [\w.]+\)|Timeout has been exceeded|Cancelling nested steps due to timeout)/,
      suggestion:
        "The CI system stopped a build that ran too long or printed nothing: find the hanging command, or raise the limit.",
    }),
    // ---- lost, cancelled or shut-down runners
    infra({
      id: "runner.shutdown",
      tool: null,
      group: "runner",
      keywords: [
        "received a shutdown signal",
        "lost communication with the server",
        "encountered an error while running your job",
        "Runner is offline",
        "went offline during the build",
        "The job exceeded the maximum log length",
      ],
      match:
        /(?<message>The runner has received a shutdown signal|The (?:self-hosted|hosted) runner: .+? lost communication with the server|lost communication with the server|The hosted runner encountered an error while running your job|Agent went offline during the build|Runner is offline|The job exceeded the maximum log length)/,
      suggestion:
        "The runner went away (stopped, preempted, out of memory or lost its network): re-run the job; if it repeats, give the job more memory/disk or check the runner host.",
    }),
    // Jenkins could not get the sources: the exception and its stack are the failure's text.
    infra({
      id: "runner.jenkins-scm",
      tool: null,
      group: "runner",
      keywords: [
        "ERROR: Error cloning remote repo",
        "ERROR: Error fetching remote repo",
        "FATAL: Could not checkout",
        "Couldn't find any revision to build",
      ],
      match:
        /^(?<message>ERROR: Error (?:cloning|fetching) remote repo '[^']+'|FATAL: Could not checkout \w+|ERROR: Couldn't find any revision to build.*)$/,
      follow:
        /^(?:hudson\.\S+|stdout:|stderr:|\s+at |\s+\.\.\. \d+ more|\s*Suppressed: |Caused by: |[\w.$]+(?:Exception|Error)\b|\s*$)/,
      maxFollow: 40,
      suggestion:
        "Jenkins could not fetch or check out the sources (network, credentials or a missing revision): re-run, then check the SCM settings.",
    }),
    // A Jenkins post-build step (archive, test report, publisher) that failed after the build
    // did: "ERROR: Step ‘Publish JUnit test result report’ failed: No test report files were
    // found.", the line above it often saying what is missing. It closes the build's report.
    {
      id: "runner.jenkins-post-build",
      tool: null,
      category: "build_failure",
      severity: "medium",
      strategy: "none",
      group: "jenkins-post-build",
      role: "summary",
      keywords: ["ERROR: Step "],
      match: /^ERROR: Step .(?<name>[^\s].{0,100}?). failed: (?<message>.+)$/,
      precede: 1,
      precedeMatch: /\b(?:does not exist|not found|No such file|Permission denied)\b/,
      message: "Jenkins step $<name> failed: $<message>",
      suggestion:
        "Fix the build first; then check the post-build step's settings (paths of archives and reports).",
    },
    infra({
      id: "runner.canceled",
      tool: null,
      group: "runner",
      role: "summary",
      keywords: ["The operation was canceled", "The operation was cancelled"],
      match: /^(?:Error: )?The operation was cancell?ed\.?$/,
      message: "The run was cancelled",
      suggestion:
        "The run was cancelled (by a person, a newer run or a time limit): re-run it if the cancel was not intended.",
    }),
    // ---- the workflow's own setup: actions, tool versions, tokens and permissions
    {
      id: "runner.action-not-found",
      tool: null,
      category: "dependency_error",
      severity: "high",
      strategy: "none",
      keywords: [
        "Unable to resolve action",
        "was not found for",
        "Can't find 'action.yml'",
        "Unable to locate executable file",
        " with arch ",
        "make sure you have checked out the target repository",
      ],
      match:
        /(?<message>Unable to resolve action [`'"]?(?<name>[^`'"\s,]+).*|The version '(?<version>[^']+)' with architecture '\w+' was not found for .*|Version \S+ with arch \w+ not found.*|Can't find 'action\.yml', 'action\.yaml' or 'Dockerfile'.*|Unable to locate executable file: \S+.*|No file in \S+ matched to \[.*\], make sure you have checked out the target repository.*)$/,
      message: (g, line) => line.replace(/^(?:Error: )/, "").trim(),
      suggestion:
        "The workflow names an action version or tool version that does not exist: pin an existing tag/SHA or a version the runner image offers.",
    },
    infra({
      id: "runner.credentials",
      tool: null,
      keywords: [
        "Resource not accessible by integration",
        "Bad credentials",
        "could not read Username",
        "denied to",
        "was not acquired by Runner",
        "SAML enforcement",
      ],
      match:
        /(?<message>Resource not accessible by integration|Bad credentials|fatal: could not read Username for '[^']+'|remote: Permission to \S+ denied to \S+|The job was not acquired by Runner.*|Resource protected by organization SAML enforcement.*)/,
      suggestion:
        "The token or runner lacks access: grant the workflow the `permissions:` it needs (or use a token with access), then re-run.",
    }),
    // ---- disk and memory
    infra({
      id: "runner.disk-full",
      tool: null,
      keywords: ["No space left on device", "ENOSPC", "not enough space on the disk", "disk quota exceeded"],
      match:
        /^(?<message>.*(?:No space left on device|ENOSPC|There is not enough space on the disk|[Dd]isk quota exceeded).*)$/,
      unless: /^\s*at |\bwarning\b/i,
      message: (g, line) => line.trim(),
      suggestion:
        "The runner's disk is full: remove unused toolchains/images before the build (or prune caches), or use a larger runner.",
    }),
    infra({
      id: "runner.killed",
      tool: null,
      keywords: ["Killed", "exit code 137", "Out of memory", "out of memory", "oom-kill", "OOMKilled"],
      match:
        /^(?:.*?: line \d+: +)?(?:\d+ )?(?:Killed)(?:\s+(?<message>.+))?$|(?<oom>Killed signal terminated program \w+|JavaScript heap out of memory|Out of memory: Killed process|oom-kill|OOMKilled|fatal error: runtime: out of memory|Cannot allocate memory)/,
      message: (g, line) =>
        g.oom ? line.trim() : `Process killed (out of memory?)${g.message ? `: ${g.message.trim()}` : ""}`,
      suggestion:
        "A process was killed, usually by the out-of-memory killer: lower the build's parallelism or memory use, or use a runner with more memory.",
    }),
    // ---- network
    infra({
      id: "runner.dns",
      tool: null,
      // Network errors often show up as noise around the real failure (a test, a build): rank
      // them below those, above crashes they may have caused.
      priority: 70,
      keywords: [
        "Could not resolve",
        "resolve host",
        "name resolution",
        "Name or service not known",
        "ENOTFOUND",
        "EAI_AGAIN",
        "no such host",
        "nodename nor servname",
        "getaddrinfo",
      ],
      match:
        /^(?<message>.*(?:Could not resolve (?:host|hostname|proxy)(?:: (?<name>[\w.-]+))?|Temporary failure in name resolution|Name or service not known|getaddrinfo (?:ENOTFOUND|EAI_AGAIN)(?: (?<host>[\w.-]+))?|lookup (?<lookup>[\w.-]+)(?: on [\d.:]+)?: no such host|nodename nor servname provided).*)$/,
      unless:
        /Failed to (?:restore|save)|Cache service|^\s*at |\bWARNING\b|Retrying|\b(?:DEBUG|TRACE|INFO)\b/,
      message: (g, line) => line.trim(),
      suggestion:
        "A host name did not resolve: check the URL/host for typos; if it is right, the runner's DNS or network failed: re-run.",
    }),
    infra({
      id: "runner.network",
      tool: null,
      priority: 70,
      keywords: [
        "curl: (",
        "unable to access",
        "Connection refused",
        "Connection timed out",
        "Connection reset by peer",
        "Network is unreachable",
        "ECONNREFUSED",
        "ECONNRESET",
        "ETIMEDOUT",
        "the remote end hung up",
        "RPC failed",
        "TLS handshake timeout",
        "i/o timeout",
        "Service Unavailable",
        "Bad Gateway",
        "Gateway Time",
        "returned error: 5",
        "rate limit",
        "Too Many Requests",
        "toomanyrequests",
      ],
      match:
        /^(?<message>.*(?:curl: \((?:6|7|28|35|52|56)\)|curl: \(22\) The requested URL returned error: (?:5\d\d|429)|fatal: unable to access '[^']+': .+|Failed to connect to \S+ port \d+.*|Connection (?:refused|timed out|reset by peer)|Network is unreachable|\b(?:ECONNREFUSED|ECONNRESET|ETIMEDOUT)\b|the remote end hung up unexpectedly|error: RPC failed|TLS handshake timeout|i\/o timeout|\b50[234] (?:Service Unavailable|Bad Gateway|Gateway Time-?out)\b|returned error: 5\d\d|API rate limit exceeded|rate limit exceeded|429 Too Many Requests|toomanyrequests).*)$/,
      unless:
        /Failed to (?:restore|save)|Cache service|Retrying|^\s*at |\bwarning\b|^WARN|^npm (?:ERR!|error)|\b(?:DEBUG|TRACE|INFO)\b|level=(?:debug|info|warn)/i,
      message: (g, line) => line.trim(),
      suggestion: RERUN,
    }),
  ],
};
