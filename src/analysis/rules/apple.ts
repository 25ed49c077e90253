import type { RuleSet } from "../rule-types.js";

/** xcodebuild as xcpretty formats it (the usual way Swift and Objective-C projects run in CI). */
export const appleRules: RuleSet = {
  ecosystem: "apple",
  rules: [
    {
      // xcpretty prints each compiler error as `❌  /path/File.swift:12:5: message`, then the
      // source line and a caret under the spot (it drops clang's and swiftc's "error:" word).
      id: "xcpretty.compile",
      tool: "xcodebuild",
      category: "build_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["❌"],
      match:
        /❌\s+(?<file>(?:[A-Za-z]:)?[^\s:]+\.(?:swift|mm?|h|hpp|c|cc|cpp|metal)):(?<line>\d+):(?<column>\d+): (?:error: )?(?<message>.+)$/,
      follow: /^(?!.*(?:❌|▸|✓|⚠️|Testing failed|\*\* [A-Z ]+ FAILED))/,
      maxFollow: 6,
      suggestion: "Fix the compile error at $<file>:$<line>.",
    },
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
    {
      // SwiftLint's violations: `File.swift:12:5: warning: Colon Violation: ... (colon)`. A warning
      // fails the step only under --strict, so the lines only explain a step that failed.
      id: "swiftlint.violation",
      tool: "swiftlint",
      category: "lint_error",
      severity: "medium",
      strategy: "llm",
      keywords: [" Violation: "],
      match:
        /^(?<file>(?:[A-Za-z]:)?[^\s:]+\.swift):(?<line>\d+):(?<column>\d+): (?:warning|error): (?<message>.+ Violation: .+?)(?: \((?<code>\w+)\))?$/,
      role: "summary",
      suggestion: "Fix the SwiftLint violation at $<file>:$<line> (rule $<code>).",
    },
  ],
};
