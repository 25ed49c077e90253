import type { Rule, RuleSet } from "../rule-types.js";

/**
 * Security scanners: Trivy, Grype, OSV-Scanner, Snyk, pip-audit, safety, bandit, semgrep,
 * gitleaks, trufflehog, govulncheck, CodeQL. (npm audit lives with the npm rules.) Vulnerable
 * dependencies get strategy `dependencies` (upgrade to the fixed version); leaked secrets and
 * code findings need a person (`none` / `llm`). Secret scanners' lines carrying the secret itself
 * are never taken into the excerpt.
 */
const vuln = (r: Omit<Rule, "category" | "strategy" | "severity"> & Partial<Rule>): Rule => ({
  category: "security_vulnerability",
  severity: "high",
  strategy: "dependencies",
  ...r,
});

const SEV = "CRITICAL|HIGH|MEDIUM|LOW|UNKNOWN|Critical|High|Medium|Low|Negligible|Unknown";
const VULN_ID = String.raw`CVE-\d{4}-\d{4,}|GHSA(?:-[23456789cfghjmpqrvwx]{4}){3}|PYSEC-\d{4}-\d+|GO-\d{4}-\d+|RUSTSEC-\d{4}-\d{4}|SNYK-[\w-]+|OSV-\d{4}-\d+|ALAS2?-\d{4}-\d+|DSA-\d+-\d+|USN-\d+-\d+`;

export const securityRules: RuleSet = {
  ecosystem: "security",
  rules: [
    // ---- Trivy
    vuln({
      id: "trivy.row",
      tool: "trivy",
      group: "trivy",
      keywords: ["│", "|"],
      match: new RegExp(
        String.raw`^[│|]\s*(?<name>[^│|]*?)\s*[│|]\s*(?<code>${VULN_ID})\s*[│|]\s*(?<sev>${SEV})\s*[│|]`,
      ),
      message: "$<code> ($<sev>) in $<name>",
      suggestion:
        "Upgrade $<name> to the fixed version Trivy lists for $<code> (or rebuild on a patched base image).",
    }),
    vuln({
      id: "trivy.misconfig",
      tool: "trivy",
      group: "trivy",
      strategy: "llm",
      keywords: ["AVD-"],
      match: /^(?<code>AVD-[A-Z]+-\d{4}) \((?<sev>CRITICAL|HIGH|MEDIUM|LOW|UNKNOWN)\): (?<message>.+)$/,
      suggestion: "Fix the misconfiguration $<code>: $<message>",
    }),
    vuln({
      id: "trivy.total",
      tool: "trivy",
      group: "trivy",
      role: "summary",
      keywords: ["Total: ", "Failures: "],
      match: /^(?:Total|Failures): (?<message>[1-9]\d* \(.*(?:CRITICAL|HIGH).*\))$/,
      suggestion: "Upgrade the packages listed in the Trivy report.",
    }),
    // ---- Grype / OSV-Scanner
    vuln({
      id: "grype.row",
      tool: "grype",
      group: "grype",
      keywords: ["CVE-", "GHSA-"],
      match: new RegExp(
        String.raw`^(?<name>[\w.@/+:-]+)\s+(?<version>\S+)\s+(?:(?<fix>(?:\(won't fix\)|\S+))\s+)?(?:deb|apk|rpm|python|npm|go-module|java-archive|gem|rust-crate|binary|dotnet|php-composer|conan|hex|pub)\s+(?<code>${VULN_ID})\s+(?<sev>${SEV})\b`,
      ),
      message: "$<code> ($<sev>) in $<name> $<version>",
      suggestion: "Upgrade $<name> past $<version> (fixed in: $<fix>).",
    }),
    vuln({
      id: "grype.threshold",
      tool: "grype",
      group: "grype",
      keywords: ["discovered vulnerabilities at or above the severity threshold"],
      match: /(?<message>discovered vulnerabilities at or above the severity threshold)/,
      suggestion: "Upgrade the packages Grype lists above the threshold.",
    }),
    vuln({
      id: "osv-scanner.row",
      tool: "osv-scanner",
      group: "osv-scanner",
      keywords: ["osv.dev/"],
      match:
        /^[│|]\s*https:\/\/osv\.dev\/(?<code>[\w.-]+)\s*[│|](?:[^│|]*[│|]){2}\s*(?<name>[^│|]+?)\s*[│|]\s*(?<version>[^│|]+?)\s*[│|]\s*(?<file>[^│|]+?)\s*[│|]/,
      message: "$<code> in $<name> $<version>",
      suggestion: "Upgrade $<name> past $<version> ($<file>).",
    }),
    // ---- Snyk
    vuln({
      id: "snyk.issue",
      tool: "snyk",
      group: "snyk",
      keywords: ["✗ "],
      // `✗ Prototype Pollution [High Severity][https://security.snyk.io/vuln/...] in lodash@4.17.15`
      // and the older `✗ High severity vulnerability found in lodash`.
      match:
        /^\s*✗ (?:(?<message>.+?) \[(?<sev>Low|Medium|High|Critical) Severity\]\[https?:\/\/[^\]]+\] in (?<name>\S+)|(?<sev2>Low|Medium|High|Critical) severity vulnerability found (?:in|on) (?<name2>\S+))/,
      message: (g, line) => line.replace(/^\s*✗\s*/, "").trim(),
      suggestion: "Upgrade the vulnerable package to the version Snyk suggests (`snyk wizard` / its fix PR).",
    }),
    // ---- Python: pip-audit, safety, bandit
    vuln({
      id: "pip-audit.found",
      tool: "pip-audit",
      group: "pip-audit",
      keywords: ["known vulnerabilit"],
      match: /^Found (?<message>[1-9]\d* known vulnerabilit(?:y|ies) in \d+ packages?)$/,
      suggestion: "Upgrade the listed packages to their fix versions in requirements / pyproject.",
    }),
    vuln({
      id: "pip-audit.row",
      tool: "pip-audit",
      group: "pip-audit",
      keywords: ["PYSEC-", "GHSA-", "CVE-"],
      match:
        /^(?<name>[A-Za-z0-9][\w.-]*)\s+(?<version>\d[\w.+!-]*)\s+(?<code>PYSEC-\d{4}-\d+|GHSA-[\w-]+|CVE-\d{4}-\d+)(?:\s+(?<fix>[\d.,\s]+))?$/,
      message: "$<code> in $<name> $<version>",
      suggestion: "Upgrade $<name> to $<fix>.",
    }),
    vuln({
      id: "safety.found",
      tool: "safety",
      group: "safety",
      // "N vulnerabilities found" is also npm's and pnpm's wording: only safety's own shapes here.
      keywords: [
        "Vulnerability found in",
        "vulnerabilities reported",
        "vulnerability reported",
        "were reported",
      ],
      match:
        /(?:^-> Vulnerability found in (?<name>\S+) version (?<version>\S+)|\b(?<message>[1-9]\d* vulnerabilit(?:y|ies) (?:were )?reported))/,
      unless: /\b0 vulnerabilit/,
      suggestion: "Upgrade the packages safety lists to a fixed version.",
    }),
    vuln({
      id: "bandit.issue",
      tool: "bandit",
      group: "bandit",
      strategy: "llm",
      severity: "medium",
      keywords: [">> Issue: "],
      match: /^>> Issue: \[(?<code>B\d{3})(?::\w+)?\] (?<message>.+)$/,
      follow: /^\s+(?:Severity|CWE|More Info|Location):/,
      maxFollow: 4,
      followLocation: /^\s+Location:\s+(?<file>[^\s:]+):(?<line>\d+)(?::(?<column>\d+))?/,
      suggestion:
        "Fix the insecure pattern $<code>: $<message> (or mark a reviewed false positive with `# nosec $<code>`).",
    }),
    // ---- code scanners
    vuln({
      id: "semgrep.findings",
      tool: "semgrep",
      group: "semgrep",
      strategy: "llm",
      severity: "medium",
      keywords: ["Findings", "findings"],
      match:
        /^\s*[│|]?\s*(?<message>[1-9]\d* (?:Code|Blocking|Supply Chain|Secrets)? ?Findings?)\s*[│|]?\s*$/,
      suggestion: "Fix the findings semgrep lists (each names its rule and file).",
    }),
    vuln({
      id: "codeql.alerts",
      tool: "codeql",
      group: "codeql",
      strategy: "llm",
      keywords: ["CodeQL", "code scanning alert"],
      match: /(?<message>[1-9]\d* (?:CodeQL|code scanning) alerts?\b.*)/i,
      suggestion: "Fix the CodeQL alerts (Security tab → Code scanning) or dismiss reviewed false positives.",
    }),
    // CodeQL that could not analyse: autobuild failed, or the language's code was never built.
    {
      id: "codeql.build",
      tool: "codeql",
      category: "build_failure",
      severity: "high",
      strategy: "llm",
      group: "codeql",
      keywords: [
        "unable to automatically build your code",
        "could not process any of it",
        "Encountered a fatal error while running",
      ],
      match:
        /(?<message>We were unable to automatically build your code.*|CodeQL detected code written in .+ but could not process any of it.*|Encountered a fatal error while running ".*codeql.*)$/,
      suggestion:
        "CodeQL could not build or extract the code: replace autobuild with the project's own build steps (or set build-mode: none for interpreted languages).",
    },
    vuln({
      id: "govulncheck.finding",
      tool: "govulncheck",
      group: "govulncheck",
      keywords: ["Vulnerability #"],
      match: /^Vulnerability #\d+: (?<code>GO-\d{4}-\d+)/,
      suggestion: "Upgrade the module govulncheck names to its fixed version (`go get module@version`).",
    }),
    vuln({
      id: "cargo-audit.finding",
      tool: "cargo-audit",
      group: "cargo-audit",
      keywords: ["RUSTSEC-", "vulnerabilities found!", "vulnerability found!"],
      match:
        /^(?:ID:\s+(?<code>RUSTSEC-\d{4}-\d{4})|error: (?<message>[1-9]\d* vulnerabilit(?:y|ies) found!))$/,
      suggestion: "Upgrade the crate cargo-audit names (`cargo update -p <crate>`).",
    }),
    // ---- secrets: a person must rotate them; never copy the secret into findings
    vuln({
      id: "gitleaks.finding",
      tool: "gitleaks",
      group: "gitleaks",
      strategy: "none",
      severity: "critical",
      keywords: ["RuleID:"],
      match: /^RuleID:\s+(?<code>[\w.-]+)$/,
      follow: /^(?:Entropy|File|Line|Commit|Author|Email|Date|Fingerprint|Tags|Link|Symlink):/,
      maxFollow: 10,
      followLocation: /^File:\s+(?<file>\S+)$/,
      message: "gitleaks found a secret ($<code>)",
      suggestion:
        "Rotate the leaked credential now, then remove it from the code (and history); allowlist only reviewed false positives.",
    }),
    vuln({
      id: "gitleaks.summary",
      tool: "gitleaks",
      group: "gitleaks",
      strategy: "none",
      severity: "critical",
      keywords: ["leaks found"],
      match: /(?:^|\s)(?:WRN|ERR|WARN|ERROR)?\s*leaks found: (?<message>[1-9]\d*)/,
      message: "gitleaks found $<message> leaked secret(s)",
      suggestion: "Rotate the leaked credentials, then remove them from the code and history.",
    }),
    vuln({
      id: "trufflehog.finding",
      tool: "trufflehog",
      group: "trufflehog",
      strategy: "none",
      severity: "critical",
      keywords: ["Found verified result", "Found unverified result"],
      match: /Found (?<message>verified|unverified) result/,
      follow: /^(?:Detector Type|Decoder Type):/,
      maxFollow: 2,
      message: "trufflehog found a $<message> secret",
      suggestion: "Rotate the leaked credential now, then remove it from the code and history.",
    }),
  ],
};
