import type { RuleSet } from "../rule-types.js";

export const goRules: RuleSet = {
  ecosystem: "go",
  rules: [],
};
