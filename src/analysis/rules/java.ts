import type { RuleSet } from "../rule-types.js";

export const javaRules: RuleSet = {
  ecosystem: "java",
  rules: [],
};
