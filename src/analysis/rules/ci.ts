import type { RuleSet } from "../rule-types.js";

/** CI-system shapes that are not one tool's: Travis, Jenkins, GitLab, build-tool wrappers. */
export const ciRules: RuleSet = {
  ecosystem: "ci",
  rules: [],
};
