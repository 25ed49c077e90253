import type { RuleSet } from "../rule-types.js";

/**
 * Prettier `--check` and Biome's formatter. Prettier lists each unformatted file as `[warn] path`
 * and closes with `[warn] Code style issues found ...`; a file it cannot parse is an `[error]`
 * with the parser's message and `(line:column)`. Biome prints `path format ━━━` per file.
 */
export const prettierRules: RuleSet = {
  ecosystem: "prettier",
  rules: [
    {
      id: "prettier.syntax",
      tool: "prettier",
      category: "syntax_error",
      severity: "high",
      strategy: "llm",
      keywords: ["[error] "],
      match:
        /^\[error\] (?<file>[^\s:]+): (?<name>SyntaxError): (?<message>.+?) \((?<line>\d+):(?<column>\d+)\)$/,
      suggestion: "Fix the syntax error at $<file>:$<line>; Prettier could not parse the file.",
    },
    {
      id: "prettier.check",
      tool: "prettier",
      category: "format_error",
      severity: "low",
      strategy: "format",
      keywords: ["[warn] "],
      match: /^\[warn\] (?<file>[^\s]+\.[\w]+)$/,
      message: "$<file> is not formatted with Prettier",
      suggestion: "Run `npx prettier --write .` and commit the result.",
    },
    {
      id: "prettier.summary",
      tool: "prettier",
      category: "format_error",
      severity: "low",
      strategy: "format",
      role: "summary",
      keywords: ["Code style issues"],
      match: /^\[warn\] Code style issues (?:found|were found) in/,
      suggestion: "Run `npx prettier --write .` and commit the result.",
    },
    {
      id: "prettier.check-legacy",
      tool: "prettier",
      category: "format_error",
      severity: "low",
      strategy: "format",
      keywords: ["Forgot to run Prettier?"],
      // Prettier 1.x lists the files bare, then this line.
      match:
        /^(?:\[warn\] )?Code style issues (?:found|were found) in (?:the above file|\d+ files)\(?s?\)?\. Forgot to run Prettier\?$/,
      precede: 12,
      precedeMatch: /^(?<file>[\w./@-]+\.[A-Za-z]\w*)$/,
      message: "Files are not formatted with Prettier",
      suggestion: "Run `npx prettier --write .` and commit the result.",
    },
    {
      id: "biome.format",
      tool: "biome",
      category: "format_error",
      severity: "low",
      strategy: "format",
      keywords: [" format "],
      match: /^(?<file>[^\s:]+\.\w+) format .*━{3,}$/,
      follow: /^\s*(?:[×✖!ℹi] .+)?$/,
      maxFollow: 2,
      message: "$<file> is not formatted with Biome",
      suggestion: "Run `npx biome format --write` (or `biome check --write`) and commit the result.",
    },
  ],
};
