import type { RuleSet } from "../rule-types.js";

export const shellRules: RuleSet = {
  ecosystem: "shell",
  rules: [],
};
