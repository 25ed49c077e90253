import type { RuleSet } from "../rule-types.js";

/**
 * ESLint (stylish, the default formatter), Stylelint, markdownlint and Biome's lint and parse
 * diagnostics.
 *
 * Stylish names the file once, on a line of its own, above that file's problems
 * (`  2:9  error  'tax' is assigned a value but never used  no-unused-vars`), so problem rules
 * take their file from that header through `precede`. Warnings alone do not fail a job: they are
 * only reported when ESLint says `--max-warnings` was exceeded.
 */

// The stylish file header: an absolute path (POSIX or Windows) alone on its line.
const STYLISH_HEADER = /^(?<file>(?:\/|[A-Za-z]:\\)\S+\.[\w]+)$/;
const PROBLEM = String.raw`^\s+(?<line>\d+):(?<column>\d+)\s+`;

export const eslintRules: RuleSet = {
  ecosystem: "eslint",
  rules: [
    {
      id: "eslint.project-service",
      tool: "eslint",
      category: "lint_error",
      severity: "medium",
      strategy: "llm",
      keywords: ["Parsing error"],
      // typescript-eslint's typed linting cannot find the file in any tsconfig: a setup problem,
      // not a syntax error in the file.
      match: new RegExp(
        PROBLEM +
          String.raw`error\s+(?<message>Parsing error: .*(?:was not found by the project service|TSConfig does not include this file|must be included in at least one of the projects|parserOptions\.project|allowDefaultProject).*?)(?:\s{2,}(?<name>[@\w/-]+))?$`,
      ),
      precede: 12,
      precedeMatch: STYLISH_HEADER,
      suggestion:
        "Include the file in the tsconfig typed linting uses (or in allowDefaultProject), or ignore it in the ESLint config.",
    },
    {
      id: "eslint.parsing-error",
      tool: "eslint",
      category: "syntax_error",
      severity: "high",
      strategy: "llm",
      keywords: ["Parsing error"],
      match: new RegExp(
        PROBLEM + String.raw`error\s+(?<message>Parsing error: .+?)(?:\s{2,}(?<name>[@\w/-]+))?$`,
      ),
      precede: 12,
      precedeMatch: STYLISH_HEADER,
      suggestion: "Fix the syntax error on line $<line>; ESLint could not parse the file.",
    },
    {
      id: "eslint.problem",
      tool: "eslint",
      category: "lint_error",
      severity: "medium",
      strategy: "llm",
      keywords: ["  error  "],
      match: new RegExp(PROBLEM + String.raw`error\s+(?<message>.+?)(?:\s{2,}(?<name>[@\w/-]+))?$`),
      precede: 12,
      precedeMatch: STYLISH_HEADER,
      // The default message names the file repo-relative; the stylish header is absolute.
      suggestion: "Fix the $<name> problem on line $<line> (`npx eslint --fix` fixes some rules).",
    },
    {
      id: "eslint.no-config",
      tool: "eslint",
      category: "build_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["ESLint couldn't find"],
      match:
        /^(?<message>ESLint couldn't find (?:an eslint\.config\.\S+ file|a configuration file|the config ".+").*)$/,
      suggestion:
        "Add the ESLint configuration the lint step expects (eslint.config.js since ESLint 9), or run the ESLint version the config was written for.",
    },
    {
      id: "eslint.max-warnings",
      tool: "eslint",
      category: "lint_error",
      severity: "medium",
      strategy: "llm",
      keywords: ["too many warnings"],
      match: /^ESLint found too many warnings \(maximum: (?<count>\d+)\)\.?$/,
      // The warnings that tipped it over are just above.
      precede: 12,
      precedeMatch: new RegExp(`${STYLISH_HEADER.source}|${PROBLEM}warning\\s`),
      suggestion: "Fix the warnings listed above, or raise --max-warnings ($<count>) if they are accepted.",
    },
    {
      // standard (and its variants) opens its report with "standard: Use JavaScript Standard
      // Style (…)" and maybe "standard: Run `standard --fix` …", then lists "  /abs/a.js:3:10:
      // message" lines, parse errors with their code frame.
      id: "standard.report",
      tool: "standard",
      category: "lint_error",
      severity: "medium",
      strategy: "llm",
      keywords: ["Standard Style", " --fix` to automatically fix"],
      match:
        /^(?<name>standard|semistandard|standardx|ts-standard|snazzy): (?:Use (?:JavaScript|TypeScript) (?:Semi-)?Standard Style\b.*|Run `[\w-]+ --fix` to automatically fix some problems\.)\s*$/,
      follow: /^(?:[\w-]+: Run `[\w-]+ --fix` .*|\s+\S.*|(?:Parsing error|Unexpected|SyntaxError)\b.*)$/,
      followLocation: /^\s+(?<file>[\w./@-]+\.(?:[cm]?[jt]sx?|vue)):(?<line>\d+):(?<column>\d+): /,
      maxFollow: 60,
      suggestion: "Fix the style problems listed (`npx $<name> --fix` fixes many of them).",
    },
    {
      id: "eslint.compact",
      tool: "eslint",
      category: "lint_error",
      severity: "medium",
      strategy: "llm",
      keywords: [".js:", ".ts:", ".jsx:", ".tsx:", ".vue:", ".coffee:"],
      // standard, eslint's compact/unix formats and linters built on them: "src/a.js:12:5: message (rule)".
      match:
        /^\s*(?<file>[\w./@-]+\.(?:[cm]?[jt]sx?|vue|svelte|coffee)):(?<line>\d+)(?::(?<column>\d+))?:? (?<message>(?!error TS|- error TS).+?) \((?<name>[@\w/-]+)\)$/,
      suggestion: "Fix the $<name> problem at $<file>:$<line>.",
    },
    {
      id: "stylelint.problem",
      tool: "stylelint",
      category: "lint_error",
      severity: "medium",
      strategy: "llm",
      keywords: ["✖  "],
      // Stylelint's string formatter: a relative file header, then "  3:3  ✖  message  rule".
      match: /^\s+(?<line>\d+):(?<column>\d+)\s+✖\s+(?<message>.+?)\s{2,}(?<name>[@\w/-]+)$/,
      precede: 12,
      precedeMatch: /^(?<file>[\w./@-]+\.(?:css|scss|sass|less|styl|pcss|vue|svelte|astro|html|[jt]sx?))$/,
      suggestion: "Fix the $<name> problem on line $<line> (`npx stylelint --fix` fixes some rules).",
    },
    {
      id: "markdownlint.problem",
      tool: "markdownlint",
      category: "lint_error",
      severity: "low",
      strategy: "llm",
      keywords: [" MD0", " MD"],
      // markdownlint-cli2 "README.md:3:5 error MD034/no-bare-urls ..."; markdownlint-cli "README.md: 3: MD034/...".
      match:
        /^(?<file>[^\s:]+\.(?:md|markdown|mdx)):? ?(?<line>\d+)(?::(?<column>\d+))?:? (?:error |warning )?(?<name>MD\d{3}(?:\/[\w-]+)*) (?<message>.+)$/,
      suggestion:
        "Fix the Markdown $<name> problem at $<file>:$<line> (`markdownlint-cli2 --fix` fixes many).",
    },
    {
      id: "biome.parse",
      tool: "biome",
      category: "syntax_error",
      severity: "high",
      strategy: "llm",
      keywords: [" parse "],
      match: /^(?<file>[^\s:]+\.\w+):(?<line>\d+):(?<column>\d+) (?<name>parse)(?:\/\S+)? .*━{3,}$/,
      follow: /^\s*(?:[×✖!ℹi] .+)?$/,
      maxFollow: 2,
      message: "$<file>:$<line>: Biome could not parse the file",
      suggestion: "Fix the syntax error at $<file>:$<line>.",
    },
    {
      id: "biome.lint",
      tool: "biome",
      category: "lint_error",
      severity: "medium",
      strategy: "llm",
      keywords: [" lint/"],
      match: /^(?<file>[^\s:]+\.\w+):(?<line>\d+):(?<column>\d+) (?<name>lint\/\S+)/,
      // The diagnostic's sentence is two lines down ("  × This is an unexpected use of debugger").
      follow: /^\s*(?:[×✖!ℹi] .+)?$/,
      maxFollow: 2,
      message: "$<file>:$<line>: $<name>",
      suggestion:
        "Fix the $<name> diagnostic at $<file>:$<line> (`npx biome lint --write` applies safe fixes).",
    },
  ],
};
