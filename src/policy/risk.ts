/**
 * The low-risk verdict that `auto` mode needs before a PR may merge by itself. Computed from the
 * patch alone: whatever the heal report or a model says about its own change is ignored (CTL-05).
 * Low risk means small edits to existing source files, no dependency or lockfile changes, and no
 * line that silences a check instead of fixing it (PI-07: `.skip`, `|| true`, `@ts-ignore`, ...).
 */
import type { PatchCheckResult } from "./patch.js";
import { silencersIn, TEST_FILE } from "./silencers.js";

export interface RiskVerdict {
  low: boolean;
  reasons: string[];
}

/** Manifests and lockfiles: a change there pulls code from a registry. */
const DEPENDENCY_FILES =
  /(^|\/)(package(-lock)?\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|requirements[^/]*\.txt|Pipfile(\.lock)?|poetry\.lock|pyproject\.toml|go\.(mod|sum)|Cargo\.(toml|lock)|Gemfile(\.lock)?|pom\.xml|build\.gradle(\.kts)?|composer\.(json|lock)|[^/]+\.csproj|packages\.lock\.json)$/i;

const LOW_RISK_MAX_LINES = 40;
const LOW_RISK_MAX_FILES = 5;

export function classifyRisk(options: { check: PatchCheckResult; patch: string | Uint8Array }): RiskVerdict {
  const { check } = options;
  const reasons: string[] = [];
  if (!check.ok) reasons.push("the patch failed the policy gate");
  for (const f of check.files) {
    if (f.status !== "modified") reasons.push(`${f.path} is ${f.status}, not just edited`);
    if (DEPENDENCY_FILES.test(f.path)) reasons.push(`${f.path} changes dependencies`);
    if (TEST_FILE.test(f.path) && f.removed > f.added) reasons.push(`${f.path} removes test lines`);
  }
  if (check.files.length > LOW_RISK_MAX_FILES) reasons.push(`${check.files.length} files changed`);
  const lines = check.stats.added + check.stats.removed;
  if (lines > LOW_RISK_MAX_LINES) reasons.push(`${lines} lines changed`);
  const text =
    typeof options.patch === "string" ? options.patch : Buffer.from(options.patch).toString("utf8");
  const added = text.split("\n").filter((l) => l.startsWith("+") && !l.startsWith("+++"));
  for (const l of added) for (const why of silencersIn(l.slice(1))) reasons.push(`an added line ${why}`);
  return { low: reasons.length === 0, reasons: [...new Set(reasons)] };
}
