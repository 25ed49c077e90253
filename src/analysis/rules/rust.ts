import type { RuleSet } from "../rule-types.js";

export const rustRules: RuleSet = {
  ecosystem: "rust",
  rules: [],
};
