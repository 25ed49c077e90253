import type { RuleSet } from "../rule-types.js";

/** xcodebuild as xcpretty formats it (the usual way Swift and Objective-C projects run in CI). */
export const appleRules: RuleSet = {
  ecosystem: "apple",
  rules: [
    {
      // xcpretty's closing summary: the suite, then per failure "  testName, <reason>", the
      // source position and the failing code between ``` fences. The ✗ lines printed while the
      // tests ran repeat the reason without the position.
      id: "xcpretty.test-summary",
      tool: "xcodebuild",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      keywords: [", "],
      match: /^ {2}(?<name>test\w*), (?<message>.*(?:failed|error|Error|threw|exception|crashed).*)$/,
      precede: 1,
      precedeMatch: /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+$/,
      follow: /^(?! {2}test\w*, |\s*(?:Executed \d+ tests|\*\* ))/,
      followLocation: /^\s+(?<file>\S+\.(?:swift|mm?|h)):(?<line>\d+)\s*$/,
      maxFollow: 24,
      group: "xcpretty-tests",
      message: "$<name>: $<message>",
      suggestion: "Fix the failing XCTest assertion at the position shown (or the code it tests).",
    },
  ],
};
