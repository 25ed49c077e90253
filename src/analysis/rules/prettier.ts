import type { RuleSet } from "../rule-types.js";

export const prettierRules: RuleSet = {
  ecosystem: "prettier",
  rules: [],
};
