import type { RuleSet } from "../rule-types.js";

export const runnerRules: RuleSet = {
  ecosystem: "runner",
  rules: [],
};
