import type { RuleSet } from "../rule-types.js";

/**
 * Haskell (GHC): GHC 7 fails a module built with -Werror by printing its warnings as warnings
 * and then `Failing due to -Werror.` (GHC 8 and later print them as errors, which the generic
 * compiler-diagnostic shape already takes).
 */
export const haskellRules: RuleSet = {
  ecosystem: "haskell",
  rules: [
    {
      id: "ghc.werror",
      tool: "ghc",
      category: "lint_error",
      severity: "medium",
      strategy: "llm",
      keywords: ["Failing due to -Werror"],
      match: /^(?<message>Failing due to -Werror)\.?$/,
      // The verdict names no file: the warnings it promoted, with their indented details, are
      // the lines above it.
      precede: 16,
      precedeMatch: /^(?<file>[^\s:]+\.l?hs):(?<line>\d+):(?<column>\d+)(?:-\d+)?: [Ww]arning\b|^\s+\S/,
      message: "GHC failed the build on its warnings (-Werror)",
      suggestion: "-Werror turned the GHC warnings above into errors: fix them or relax -Werror.",
    },
  ],
};
