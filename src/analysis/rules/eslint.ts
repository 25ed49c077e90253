import type { RuleSet } from "../rule-types.js";

export const eslintRules: RuleSet = {
  ecosystem: "eslint",
  rules: [],
};
