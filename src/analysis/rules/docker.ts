import type { RuleSet } from "../rule-types.js";

/**
 * Docker builds (BuildKit/buildx and the legacy builder), pushes and pulls, compose services and
 * hadolint. A failing `RUN` usually has the real cause printed above it by the tool it ran (and
 * recognised by that tool's rules); these rules name the build step and the Dockerfile line.
 */
export const dockerRules: RuleSet = {
  ecosystem: "docker",
  rules: [
    {
      id: "docker.registry-limit",
      tool: "docker",
      category: "infrastructure_error",
      severity: "high",
      strategy: "none",
      group: "docker:infra",
      keywords: [
        "toomanyrequests",
        "pull rate limit",
        "Cannot connect to the Docker daemon",
        "unauthorized",
        "denied: ",
      ],
      match:
        /^(?<message>.*(?:toomanyrequests|You have reached your pull rate limit|Cannot connect to the Docker daemon|unauthorized: (?:authentication required|incorrect username or password)|denied: requested access to the resource is denied).*)$/,
      message: (g, line) =>
        line.replace(/^(?:#\d+ )?(?:ERROR: |Error response from daemon: |error: )/, "").trim(),
      suggestion:
        "The registry or Docker daemon refused or failed: log in (docker/login-action with a token), wait out rate limits, or re-run.",
    },
    // The build failed on the way to a registry or the cache, not in the Dockerfile.
    {
      id: "docker.network",
      tool: "docker",
      category: "infrastructure_error",
      severity: "high",
      strategy: "none",
      group: "docker:infra",
      keywords: ["failed to solve", "failed to build"],
      match:
        /^(?:#\d+ )?(?:ERROR|error): (?:failed to build: )?failed to solve(?: with frontend dockerfile\.v0)?: (?<message>.*(?:error writing layer blob|failed to do request|i\/o timeout|connection reset by peer|TLS handshake timeout|unexpected status(?: code)?:? 5\d\d|\b50[234] |no such host|unexpected EOF|failed to copy: httpReadSeeker).*)$/,
      suggestion:
        "The registry or build cache failed mid-build: re-run the job; if it repeats, check the registry's status.",
    },
    {
      id: "docker.failed-to-solve",
      tool: "docker",
      category: "build_failure",
      severity: "high",
      strategy: "llm",
      group: "docker:build",
      keywords: ["failed to solve", "failed to build"],
      match:
        /^(?:#\d+ )?(?:ERROR|error): (?:failed to build: )?failed to solve(?: with frontend dockerfile\.v0)?: (?<message>.+)$/,
      suggestion:
        "The image build failed: the Dockerfile line is shown above; for a failing RUN, the command's own error is printed just before it.",
    },
    {
      id: "docker.dockerfile-line",
      tool: "docker",
      category: "build_failure",
      severity: "high",
      strategy: "llm",
      group: "docker:build",
      keywords: ["Dockerfile", "Containerfile"],
      match: /^(?<file>(?:\S*\/)?[\w.-]*(?:Dockerfile|Containerfile)[\w.-]*):(?<line>\d+)$/,
      // BuildKit's code frame: the lines around the failing instruction, `>>>` marking it.
      follow: /^-{10,}$|^\s*(?:>>>)?\s*\d+ \|/,
      maxFollow: 12,
      suggestion: "Fix the instruction at $<file>:$<line>.",
    },
    {
      id: "docker.legacy",
      tool: "docker",
      category: "build_failure",
      severity: "high",
      strategy: "llm",
      group: "docker:build",
      keywords: ["returned a non-zero code", "COPY failed", "ADD failed", "did not complete successfully"],
      match:
        /^(?:#\d+ )?(?<message>The command '.+' returned a non-zero code: \d+|(?:COPY|ADD) failed: .+|(?:ERROR: )?process ".+" did not complete successfully: exit code: \d+)$/,
      suggestion: "The image build failed at this instruction: read the command's own error above it.",
    },
    // BuildKit's own line for a failed step (`#6 ERROR: ...`) when it is not a RUN's exit code.
    {
      id: "docker.step-error-network",
      tool: "docker",
      category: "infrastructure_error",
      severity: "high",
      strategy: "none",
      group: "docker:infra",
      keywords: [" ERROR: "],
      match:
        /^#\d+ ERROR: (?<message>.*(?:httpReadSeeker|failed to do request|i\/o timeout|connection reset by peer|TLS handshake timeout|unexpected status(?: code)?:? 5\d\d|\b50[234] |no such host|unexpected EOF|toomanyrequests).*)$/,
      suggestion:
        "The registry or build cache failed mid-build: re-run the job; if it repeats, check the registry's status.",
    },
    {
      id: "docker.step-error",
      tool: "docker",
      category: "build_failure",
      severity: "high",
      strategy: "llm",
      group: "docker:build",
      keywords: [" ERROR: "],
      match: /^#\d+ ERROR: (?<message>.+)$/,
      suggestion: "The image build failed at this step: read the step's output above it.",
    },
    {
      id: "docker.compose-service",
      tool: "docker",
      category: "infrastructure_error",
      severity: "high",
      strategy: "none",
      group: "docker:infra",
      keywords: ["is unhealthy", "didn't complete successfully", "dependency failed to start"],
      match:
        /(?<message>(?:dependency failed to start: )?container [\w.-]+ is unhealthy|service "?[\w.-]+"? didn't complete successfully: exit \d+)/,
      suggestion:
        "A compose service did not become healthy: read its logs (`docker compose logs <service>`) and check its healthcheck.",
    },
    {
      id: "hadolint",
      tool: "hadolint",
      category: "lint_error",
      severity: "medium",
      strategy: "llm",
      keywords: [" DL", " SC"],
      match:
        /^(?<file>(?:\S*\/)?[\w.-]*(?:Dockerfile|Containerfile)[\w.-]*):(?<line>\d+) (?<code>DL\d{4}|SC\d{4}) (?<sev>error|warning|info|style): (?<message>.+)$/,
      suggestion: "Fix $<code> at $<file>:$<line>: $<message>",
    },
  ],
};
