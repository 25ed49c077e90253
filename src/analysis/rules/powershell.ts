import type { RuleSet } from "../rule-types.js";

/**
 * PowerShell: Pester, its test framework. A failing test is `[-] <name> <time>` (Pester 4, the
 * reason indented below) or `[-] <name> -> <reason>` (Pester 5); the expected/actual values and
 * the `at <ScriptBlock>, file.ps1:12` frames follow.
 */
export const powershellRules: RuleSet = {
  ecosystem: "powershell",
  rules: [
    {
      id: "pester.failed",
      tool: "pester",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["[-] "],
      // The time or the arrow tells Pester's line from a script's own "[-] removing x" status.
      match:
        /^\s*\[-\] (?<name>.+?)(?: -> (?<message>.+)| \d+(?:\.\d+)?m?s(?: \([\d.]+m?s\|[\d.]+m?s\))?)\s*$/,
      follow:
        /^(?!\s*\[[-+!?]\] )(?!\s*(?:Describing|Context|Tests (?:Passed|completed)|Running tests|Executing|Starting (?:test )?discovery)\b)(?:\s*$|\s+\S|at\s|(?:Expected|Actual|But was|Message|Error)\b|[\w.]+(?:Exception|Error)\b)/,
      maxFollow: 30,
      followLocation: /^\s*at .*, (?<file>(?:[A-Za-z]:)?[^\s,:]+\.ps[md]?1):(?:\s*line )?(?<line>\d+)\s*$/,
      message: (g) =>
        g.message ? `${(g.name ?? "").trim()}: ${g.message.trim()}` : `${(g.name ?? "").trim()} failed`,
      suggestion: "Fix the failing Pester test (or the code it tests): see the expected and actual values.",
    },
  ],
};
