import type { RuleSet } from "../rule-types.js";

export const dockerRules: RuleSet = {
  ecosystem: "docker",
  rules: [],
};
