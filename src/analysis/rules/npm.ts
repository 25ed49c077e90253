import type { RuleSet } from "../rule-types.js";

export const npmRules: RuleSet = {
  ecosystem: "npm",
  rules: [],
};
