import type { RuleSet } from "../rule-types.js";

export const cppRules: RuleSet = {
  ecosystem: "cpp",
  rules: [],
};
