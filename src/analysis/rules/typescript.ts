import type { RuleSet } from "../rule-types.js";

export const typescriptRules: RuleSet = {
  ecosystem: "typescript",
  rules: [],
};
