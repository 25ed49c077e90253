import type { RuleSet } from "../rule-types.js";

export const dotnetRules: RuleSet = {
  ecosystem: "dotnet",
  rules: [],
};
