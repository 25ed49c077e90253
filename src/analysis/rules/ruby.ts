import type { RuleSet } from "../rule-types.js";

export const rubyRules: RuleSet = {
  ecosystem: "ruby",
  rules: [],
};
