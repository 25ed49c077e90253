import type { RuleSet } from "../rule-types.js";

/**
 * Erlang/OTP: Common Test. A failed case is stated between dashed separator lines as
 * `<module>:<function> failed on line <n>` and `Reason: <term>`; the progress line
 * `Testing <suite>: *** FAILED test case 3 of 6 ***` only counts it.
 */
export const erlangRules: RuleSet = {
  ecosystem: "erlang",
  rules: [
    {
      id: "erlang.ct-failed",
      tool: "common_test",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      keywords: [" failed on line "],
      match: /^(?<suite>\w+):(?<name>\w+) failed on line (?<line>\d+)$/,
      // Common Test sets the report off with a dashed separator line.
      precede: 1,
      precedeMatch: /^(?:- ){8,}-?\s*$/,
      requirePrecede: true,
      follow: /^(?:Reason: |\s+\S)/,
      maxFollow: 20,
      group: "common_test",
      message: "$<suite>:$<name> failed on line $<line>",
      suggestion: "Fix the failing Common Test case $<suite>:$<name> (or the code it tests): see its Reason.",
    },
    {
      id: "erlang.ct-progress",
      tool: "common_test",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["*** FAILED test case"],
      match: /^(?:\d+> )?Testing [\w.-]+: \*\*\* FAILED test case \d+ of \d+ \*\*\*$/,
      role: "summary",
      group: "common_test",
      suggestion: "Fix the failing Common Test case (see the Reason printed above it).",
    },
  ],
};
