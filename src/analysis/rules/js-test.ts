import type { RuleSet } from "../rule-types.js";

export const jsTestRules: RuleSet = {
  ecosystem: "js-test",
  rules: [],
};
