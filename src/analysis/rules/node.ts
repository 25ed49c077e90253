import type { RuleSet } from "../rule-types.js";

export const nodeRules: RuleSet = {
  ecosystem: "node",
  rules: [],
};
