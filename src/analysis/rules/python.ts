import type { RuleSet } from "../rule-types.js";

export const pythonRules: RuleSet = {
  ecosystem: "python",
  rules: [],
};
