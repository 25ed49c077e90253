import type { RuleSet } from "../rule-types.js";

/**
 * npm (v7+: `npm error`, older: `npm ERR!`) install/ci failures and `npm audit` reports.
 *
 * npm states a failure as `npm error code E...` followed by detail lines; the code picks the
 * category: resolution and registry answers are `dependency_error`, an unreachable registry is
 * `infrastructure_error` (nothing in the repository to fix), a broken package.json is a
 * `syntax_error`. ELIFECYCLE and friends only repeat that a script failed and are left alone, so
 * the script's own output (tsc, jest, ...) explains the failure.
 */

const NPM = String.raw`^npm (?:error|ERR!) `;

export const npmRules: RuleSet = {
  ecosystem: "npm",
  rules: [
    {
      id: "npm.lockfile-out-of-sync",
      tool: "npm",
      category: "dependency_error",
      severity: "high",
      strategy: "dependencies",
      keywords: ["can only install packages when your package.json and"],
      match: new RegExp(
        NPM +
          String.raw`(?<message>\`npm ci\` can only install packages when your package\.json and (?<file>package-lock\.json|npm-shrinkwrap\.json).*)$`,
      ),
      // "npm error", "npm error Missing: is-number@7.0.0 from lock file", "Invalid: lock file's ..."
      follow: /^npm (?:error|ERR!)(?: (?:Missing|Invalid): .+)?$/,
      maxFollow: 6,
      message: "package-lock.json is out of sync with package.json",
      suggestion: "Run `npm install` locally and commit the updated package-lock.json.",
    },
    {
      id: "npm.no-lockfile",
      tool: "npm",
      category: "dependency_error",
      severity: "high",
      strategy: "dependencies",
      keywords: ["can only install with an existing package-lock.json"],
      match:
        /^npm (?:error|ERR!) (?<message>The `npm ci` command can only install with an existing package-lock\.json.*)$/,
      message: "`npm ci` needs a package-lock.json and the repository has none",
      suggestion: "Run `npm install` and commit package-lock.json (or use `npm install` in the workflow).",
    },
    // The `npm error code E...` line names the failure but is also how npm reports a failed
    // script, so the engine treats it as a wrapper; the detail lines under it carry the cause.
    {
      id: "npm.ejsonparse",
      tool: "npm",
      category: "syntax_error",
      severity: "high",
      strategy: "llm",
      keywords: ["JSON.parse Invalid", "code EJSONPARSE"],
      match: new RegExp(
        NPM +
          String.raw`(?:code (?<code>EJSONPARSE)|JSON\.parse (?<message>Invalid (?<file>\S*package\.json): .+))$`,
      ),
      group: "npm:syntax_error",
      message: "package.json is not valid JSON",
      suggestion: "Fix the JSON syntax in package.json (a trailing comma or a missing quote).",
    },
    {
      id: "npm.network",
      tool: "npm",
      category: "infrastructure_error",
      severity: "high",
      strategy: "none",
      keywords: [
        "code E",
        "code UNABLE_TO",
        "code SELF_SIGNED",
        "code CERT_",
        "code ERR_SOCKET",
        "request to ",
        " Service Unavailable",
        " Bad Gateway",
        " Gateway Timeout",
        " Internal Server Error",
      ],
      match: new RegExp(
        NPM +
          String.raw`(?:code (?<code>ECONNREFUSED|ENOTFOUND|ETIMEDOUT|ECONNRESET|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|EPROTO|ERR_SOCKET_TIMEOUT|UNABLE_TO_GET_ISSUER_CERT_LOCALLY|SELF_SIGNED_CERT_IN_CHAIN|CERT_HAS_EXPIRED|E500|E502|E503|E504)|(?:network )?(?:FetchError: )?(?<message>request to \S+ failed, reason: .+|5\d\d [\w ]+ - (?:GET|PUT|POST) .+))$`,
      ),
      group: "npm:infrastructure_error",
      message: (g, line) => (g.message ? `npm could not reach the registry: ${g.message}` : line.trim()),
      suggestion:
        "The package registry was unreachable: re-run the job, and check the registry URL and proxy settings.",
    },
    {
      id: "npm.resolve",
      tool: "npm",
      category: "dependency_error",
      severity: "high",
      strategy: "dependencies",
      keywords: [
        "ERESOLVE ",
        "404 Not Found",
        "notarget ",
        "Unsupported engine",
        "integrity checksum failed",
        "is not in this registry",
        "No matching version",
      ],
      match: new RegExp(
        NPM +
          String.raw`(?<message>ERESOLVE (?:unable to resolve dependency tree|could not resolve).*|404 Not Found - (?:GET|PUT) .+|404 +'[^']+' is not in this registry.*|notarget No matching version found for .+|(?:engine|notsup) Unsupported engine.*|notsup Unsupported platform.*|.*integrity checksum failed.*|No matching version found for .+)$`,
      ),
      group: "npm:dependency_error",
      // What could not be resolved: "Could not resolve dependency:", "peer react@^17 from x@2.4.0".
      follow:
        /^npm (?:error|ERR!)(?: (?:While resolving|Found|Could not resolve|Conflicting|peer|node_modules| {2}).*)?$/,
      maxFollow: 12,
      suggestion:
        "Fix the dependency declaration in package.json (a version or peer range that cannot be satisfied, or a package name that does not exist), then update the lockfile.",
    },
    {
      id: "npm.code",
      tool: "npm",
      category: "dependency_error",
      severity: "high",
      strategy: "dependencies",
      keywords: ["code E"],
      match: new RegExp(NPM + "code (?<code>E[A-Z0-9]+)$"),
      // Usage and script-exit codes are not dependency problems; their own lines say more.
      unless: /code (?:EUSAGE|ELIFECYCLE|EJSONPARSE|ENOENT|ENOSPC|EACCES|EPERM)$/,
      group: "npm:dependency_error",
      message: "npm install failed ($<code>)",
      suggestion:
        "Fix the dependency declaration in package.json (a version or peer range that cannot be satisfied, or a package name that does not exist), then update the lockfile. E401/E403: check the registry token and scope settings.",
    },
    {
      id: "npm.missing-script",
      tool: "npm",
      category: "build_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["Missing script: "],
      match: /^npm (?:error|ERR!) (?<message>Missing script: "(?<name>[^"]+)")$/,
      suggestion: 'package.json has no "$<name>" script: add it, or call the script the workflow meant.',
    },
    // ---- pnpm: "Error: ERR_PNPM_X" then miette's "× ..." lines (pnpm 11+), or one line
    // " ERR_PNPM_X  message" (pnpm 7-10).
    {
      id: "pnpm.network",
      tool: "pnpm",
      category: "infrastructure_error",
      severity: "high",
      strategy: "none",
      keywords: ["ERR_PNPM_"],
      match:
        /^\s*(?:Error: )?(?<code>ERR_PNPM_(?:META_FETCH_FAIL|AUDIT_BAD_RESPONSE|FETCH_5\d\d|TARBALL_FETCH|\w*NETWORK\w*|\w*ECONN\w*|\w*ETIMEDOUT\w*))\b\s*(?<message>.*)$/,
      follow: /^\s*(?:[×│├╰].*)?$/,
      maxFollow: 6,
      suggestion:
        "The package registry was unreachable or failed: re-run the job, and check the registry settings.",
    },
    {
      id: "pnpm.no-script",
      tool: "pnpm",
      category: "build_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["ERR_PNPM_NO_SCRIPT", "ERR_PNPM_RECURSIVE_RUN_NO_SCRIPT"],
      match: /^\s*(?:Error: )?(?<code>ERR_PNPM_(?:RECURSIVE_RUN_)?NO_SCRIPT)\b\s*(?<message>.*)$/,
      follow: /^\s*(?:[×│├╰].*|help: .*)?$/,
      maxFollow: 3,
      suggestion: "package.json has no such script: add it, or call the script the workflow meant.",
    },
    {
      id: "pnpm.install",
      tool: "pnpm",
      category: "dependency_error",
      severity: "high",
      strategy: "dependencies",
      keywords: ["ERR_PNPM_"],
      match:
        /^\s*(?:Error: )?(?<code>ERR_PNPM_[A-Z0-9_]+)\b\s*(?<message>(?:.*?(?<file>pnpm-lock\.yaml))?.*)$/,
      // miette's box-drawn cause chain ("× installing dependencies", "╰─▶ Cannot install ...").
      follow: /^(?:\s*|\s+\S.*)$/,
      maxFollow: 6,
      followLocation: /(?<file>pnpm-lock\.yaml)/,
      suggestion:
        "Fix the dependency declaration in package.json (a version that does not exist, a missing package or conflicting peers), then run `pnpm install` and commit pnpm-lock.yaml.",
    },
    {
      id: "pnpm.audit",
      tool: "pnpm",
      category: "security_vulnerability",
      severity: "high",
      strategy: "dependencies",
      keywords: ["│ critical", "│ high", "│ moderate"],
      match: /^│ (?<name>critical|high|moderate) +│ (?<message>.+?) +│$/,
      message: "pnpm audit: $<message> ($<name>)",
      suggestion: "Run `pnpm audit --fix` (or upgrade the package) and commit pnpm-lock.yaml.",
    },
    // ---- yarn classic: "error <message>"
    {
      id: "yarn.lockfile",
      tool: "yarn",
      category: "dependency_error",
      severity: "high",
      strategy: "dependencies",
      keywords: ["lockfile needs to be updated"],
      match:
        /^error (?<message>Your lockfile needs to be updated, but yarn was run with `--frozen-lockfile`\.?)$/,
      suggestion: "Run `yarn install` locally and commit the updated yarn.lock.",
    },
    {
      id: "yarn.network",
      tool: "yarn",
      category: "infrastructure_error",
      severity: "high",
      strategy: "none",
      keywords: ["error "],
      match:
        /^error (?<message>.*\b(?:ENOTFOUND|ETIMEDOUT|ESOCKETTIMEDOUT|ECONNRESET|ECONNREFUSED|EAI_AGAIN|socket hang up|502 Bad Gateway|503 Service Unavailable)\b.*)$/,
      suggestion: "The package registry was unreachable: re-run the job, and check the registry settings.",
    },
    {
      id: "yarn.resolve",
      tool: "yarn",
      category: "dependency_error",
      severity: "high",
      strategy: "dependencies",
      keywords: ["error "],
      match:
        /^error (?<message>(?:Error: |An unexpected error occurred: ")?\S+: Not found.*|Couldn't find any versions for .+|Couldn't find package .+|\S+: The engine "\w+" is incompatible with this module\..*|Received malformed response from registry.*|Incorrect integrity when fetching.*)$/,
      suggestion:
        "Fix the dependency declaration in package.json (a package or version that does not exist, or an engine mismatch), then update yarn.lock.",
    },
    {
      id: "yarn.missing-script",
      tool: "yarn",
      category: "build_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["not found."],
      match: /^error (?<message>Command "(?<name>[^"]+)" not found\.?)$/,
      suggestion: 'package.json has no "$<name>" script: add it, or call the script the workflow meant.',
    },
    // ---- Yarn 2+ (berry): "➤ YN0082: │ lodash@npm:^5.0.0: No candidates found". YN0000 is
    // progress, and the peer-dependency codes (YN0002, YN0060, YN0086) are warnings.
    {
      id: "yarn-berry.network",
      tool: "yarn",
      category: "infrastructure_error",
      severity: "high",
      strategy: "none",
      keywords: ["YN0"],
      match:
        /^(?:➤ )?YN(?<code>\d{4}): (?:[│┌└·] ?)?(?<message>.*\b(?:ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|socket hang up|Service Unavailable|Bad Gateway|Gateway Timeout)\b.*)$/,
      suggestion: "The package registry was unreachable: re-run the job, and check the registry settings.",
    },
    {
      id: "yarn-berry.lockfile",
      tool: "yarn",
      category: "dependency_error",
      severity: "high",
      strategy: "dependencies",
      keywords: ["YN0028"],
      match: /^(?:➤ )?YN0028: (?:[│┌└·] ?)?(?<message>The lockfile would have been modified.*)$/,
      message: "yarn.lock is out of date with package.json (install is immutable on CI)",
      suggestion: "Run `yarn install` locally and commit the updated yarn.lock.",
    },
    {
      id: "yarn-berry.build",
      tool: "yarn",
      category: "build_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["YN0009"],
      match: /^(?:➤ )?YN0009: (?:[│┌└·] ?)?(?<message>.+ couldn't be built successfully.*)$/,
      suggestion: "A dependency's install script failed; the log file it names has the build output.",
    },
    {
      id: "yarn-berry.resolve",
      tool: "yarn",
      category: "dependency_error",
      severity: "high",
      strategy: "dependencies",
      keywords: ["YN0082", "YN0035", "YN0018", "YN0001", "YN0016", "YN0078"],
      match: /^(?:➤ )?YN(?<code>0082|0035|0018|0001|0016|0078): (?:[│┌└·] ?)?(?<message>.+)$/,
      suggestion:
        "Fix the dependency declaration in package.json (a version that does not exist, a missing package or a checksum mismatch), then run `yarn install` and commit yarn.lock.",
    },
    // ---- npm audit. Its closing "N vulnerabilities (...)" line is not matched: `npm install`
    // prints the same line on every install, failing or not.
    {
      id: "npm.audit",
      tool: "npm",
      category: "security_vulnerability",
      severity: "high",
      strategy: "dependencies",
      keywords: ["Severity: "],
      match: /^Severity: (?<name>critical|high|moderate|low)$/,
      // The package and version are on the line above ("lodash  4.17.20").
      precede: 1,
      precedeMatch: /^(?:@[\w.-]+\/)?[\w.-]+ {2}\S.*$/,
      // The advisories: "Command Injection in lodash - https://github.com/advisories/GHSA-...".
      follow: /^.+ - https:\/\/github\.com\/advisories\/GHSA-/,
      maxFollow: 6,
      message: "npm audit: $<name> severity vulnerability",
      suggestion: "Run `npm audit fix` (or upgrade the package named above) and commit the updated lockfile.",
    },
    {
      id: "npm.audit-json",
      tool: "npm",
      category: "security_vulnerability",
      severity: "high",
      strategy: "dependencies",
      keywords: ["https://github.com/advisories/GHSA-"],
      match: /^\s*"url": "https:\/\/github\.com\/advisories\/(?<code>GHSA-[\w-]+)",?$/,
      group: "npm:security_vulnerability",
      // The advisory's title is the line above its URL in `npm audit --json`.
      precede: 1,
      precedeMatch: /^\s*"title": /,
      message: "npm audit: advisory $<code>",
      suggestion: "Run `npm audit fix` (or upgrade the affected package) and commit the updated lockfile.",
    },
    {
      id: "npm.audit-json-severity",
      tool: "npm",
      category: "security_vulnerability",
      severity: "high",
      strategy: "dependencies",
      role: "summary",
      keywords: ['"severity": '],
      match: /^\s*"severity": "(?:critical|high|moderate)",?$/,
      group: "npm:security_vulnerability",
      suggestion: "Run `npm audit fix` and commit the updated lockfile.",
    },
  ],
};
