import type { RuleSet } from "../rule-types.js";

/** CI-system shapes that are not one tool's: Travis, Jenkins, GitLab, build-tool wrappers. */
export const ciRules: RuleSet = {
  ecosystem: "ci",
  rules: [
    {
      // awesome_bot (the link checker of the awesome-* lists) ends a failed run with
      // "Issues :-(", then "> Links" listing each bad link ("  01. [L0410] 404 https://…") and
      // "> Dupes": that list is the failure; the network errors met while checking are not.
      id: "ci.awesome-bot",
      tool: "awesome_bot",
      category: "lint_error",
      severity: "medium",
      strategy: "llm",
      keywords: ["> Links"],
      match: /^> Links\s*$/,
      follow: /^\s+(?:\d+\. \S.*|None ✓)\s*$|^> (?:Links|Dupes|Redirects)\s*$/,
      maxFollow: 100,
      priority: 80,
      message: "awesome_bot found broken, redirected or duplicate links",
      suggestion:
        "Fix the links listed (point redirects at their target, drop dead links) or white-list them in the awesome_bot call.",
    },
  ],
};
