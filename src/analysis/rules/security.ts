import type { RuleSet } from "../rule-types.js";

export const securityRules: RuleSet = {
  ecosystem: "security",
  rules: [],
};
