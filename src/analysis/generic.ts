import type { Category, Strategy } from "./types.js";

/**
 * What every CI system prints around a failure, independent of the tool: the markers that say a
 * step or job ended (and with which code) and the shape of an "error-ish" line. The engine uses
 * these to find the failing step and, when no ecosystem rule matched, the error lines nearest
 * the failing exit.
 */

export interface ExitMarker {
  code: number | null;
  /** True when this line alone says the job failed (as opposed to success markers). */
  failed: boolean;
}

const EXIT_PATTERNS: Array<[RegExp, (m: RegExpExecArray) => ExitMarker]> = [
  [/^Process completed with exit code (\d+)/, (m) => ({ code: +m[1], failed: +m[1] !== 0 })],
  [
    /^The command "[\s\S]*" (?:failed and )?exited with (\d+)\.?$/,
    (m) => ({ code: +m[1], failed: +m[1] !== 0 }),
  ],
  [/^The command "[\s\S]*" failed and exited with (\d+) during/, (m) => ({ code: +m[1], failed: true })],
  [/^ERROR: Job failed(?:: exit code (\d+))?/, (m) => ({ code: m[1] ? +m[1] : null, failed: true })],
  [/^ERROR: script returned exit code (\d+)/, (m) => ({ code: +m[1], failed: true })],
  [/^Finished: (FAILURE|UNSTABLE|ABORTED)/, () => ({ code: null, failed: true })],
  [/^Done\. Your build exited with (\d+)\./, (m) => ({ code: +m[1], failed: +m[1] !== 0 })],
  [/^Finished: SUCCESS/, () => ({ code: 0, failed: false })],
  [/^Job succeeded/, () => ({ code: 0, failed: false })],
];

export function exitMarker(text: string): ExitMarker | null {
  const c = text.charCodeAt(0);
  // P(rocess) T(he) E(RROR) F(inished) D(one) J(ob): skip the regexes for every other line.
  if (c !== 80 && c !== 84 && c !== 69 && c !== 70 && c !== 68 && c !== 74) return null;
  for (const [re, f] of EXIT_PATTERNS) {
    const m = re.exec(text);
    if (m) return f(m);
  }
  return null;
}

const ERRORISH =
  /(?:\b(?:error|errors|ERROR|ERRORS|Error|FAIL|FAILED|FAILURE|Failed|failed|failure|Failure|FATAL|Fatal|fatal|panic|Exception|Traceback|Segmentation fault|Killed|Aborted|abort(?:ed|ing))\b|\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to) [a-z]|\bnot found\b|\bNo such file\b|\bPermission denied\b|\bundefined reference\b|\bis not defined\b|[✖✗✘×])/;
const NOT_ERRORISH =
  /\b(?:0|no|zero) (?:errors?|failures?|failed|problems?)\b|\b(?:errors?|failures?|failed)[:=] ?0\b|\bwithout errors?\b|\bwarn(?:ing)?s?\b(?!.*\berror)|-W(?:no-)?error|error_reporting|onerror|\bignore[_-]?errors?\b|continue-on-error|\bif: failure\(\)|\bErrorProne\b|\bDEBUG\b|^\s*at [\w$.<>]+ ?\(|^\s*\d+ (?:passing|passed|pending)/i;

/** An error-ish line: mentions failure in a way people grep for, minus the usual red herrings. */
export function isErrorish(text: string): boolean {
  if (text.length < 4) return false;
  return ERRORISH.test(text) && !NOT_ERRORISH.test(text);
}

/** Lines that are the CI's own bookkeeping; never worth an excerpt line on their own. */
export function isNoise(text: string): boolean {
  return (
    /^\s*$/.test(text) ||
    /^(?:shell|env|with):\s*$/.test(text) ||
    /^npm (?:ERR!|error) (?:A complete log of this run|\s*$|Log files were not written)/.test(text) ||
    /^npm (?:ERR!|error) +\/\S+\/_logs\//.test(text)
  );
}

const GENERIC_CLASSES: Array<[RegExp, Category]> = [
  [
    /No space left on device|ENOSPC|out of memory|OOM|Killed\b|exit code 137|lost communication|runner has received a shutdown|Could not resolve host|Temporary failure in name resolution|ETIMEDOUT|ECONNRESET|ECONNREFUSED|503 Service|502 Bad Gateway|rate limit|Unable to access|unable to access/i,
    "infrastructure_error",
  ],
  [/timed? ?out|timeout|exceeded the maximum execution time|deadline exceeded/i, "timeout"],
  [/\bvulnerabilit|CVE-\d{4}-\d+|GHSA-/i, "security_vulnerability"],
  [/SyntaxError|syntax error|Unexpected token|parse error/i, "syntax_error"],
  [
    /ModuleNotFoundError|ImportError|Cannot find module|cannot find package|No module named|unresolved import/i,
    "import_error",
  ],
  [
    /Could not resolve dependenc|could not find artifact|ERESOLVE|E404|No matching distribution|PackagesNotFoundError|Failed to install|npm ERR! code|dependency|lockfile|lock file/i,
    "dependency_error",
  ],
  [
    /\b(?:tests?|specs?|examples?)\b.*\b(?:fail|failed|failing|failures?)\b|\b(?:fail|failed|failing|failures?)\b.*\btests?\b|AssertionError|assert/i,
    "test_failure",
  ],
  [/\blint|checkstyle|rubocop|flake8|pylint|eslint|style/i, "lint_error"],
  [/\bformat|prettier|gofmt|rustfmt|black\b/i, "format_error"],
  [
    /TypeError|ReferenceError|NullPointerException|Traceback|panic:|Segmentation fault|Uncaught|unhandled/i,
    "runtime_error",
  ],
];

/** Category for a generic failure: its own words first, then the step's name. */
export function classifyGeneric(lines: string[], step: string | undefined): Category {
  const text = lines.join("\n");
  for (const [re, c] of GENERIC_CLASSES) if (re.test(text)) return c;
  if (step) {
    if (/\btest|spec|pytest|jest|vitest|mocha|rspec|junit|ctest/i.test(step)) return "test_failure";
    if (/lint|eslint|flake8|ruff|clippy|rubocop|checkstyle|vet\b/i.test(step)) return "lint_error";
    if (/format|prettier|fmt|black/i.test(step)) return "format_error";
    if (/install|deps|dependenc|npm ci|pip|bundle|restore/i.test(step)) return "dependency_error";
    if (/audit|scan|trivy|codeql|gitleaks|security/i.test(step)) return "security_vulnerability";
  }
  return "build_failure";
}

export const GENERIC_STRATEGY: Record<Category, Strategy> = {
  syntax_error: "llm",
  import_error: "llm",
  type_error: "llm",
  lint_error: "llm",
  format_error: "format",
  test_failure: "llm",
  build_failure: "llm",
  dependency_error: "dependencies",
  security_vulnerability: "dependencies",
  runtime_error: "llm",
  timeout: "none",
  infrastructure_error: "none",
};
