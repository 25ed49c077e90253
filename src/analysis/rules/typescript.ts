import type { Rule, RuleSet } from "../rule-types.js";

/**
 * tsc (and tsc -b, vue-tsc, tsc run by npm/turbo/nx scripts). tsc prints one line per diagnostic:
 * `src/a.ts(3,7): error TS2322: ...` by default, `src/a.ts:3:7 - error TS2322: ...` with --pretty
 * (the default on a TTY and when FORCE_COLOR is set), and `error TS5083: ...` for config errors
 * that have no position. The TS code decides the category, so every rule shares one shape and
 * differs by the codes it claims; the last rule takes every code the others did not.
 */

// Indentation (ts-jest prints diagnostics inside "● Test suite failed to run") and the optional
// task prefix of monorepo runners ("web:build: ", "@acme/api:typecheck: ").
const PREFIX = String.raw`^\s*(?:[@\w./-]+:\S*:? +)?`;
const POSITIONED = String.raw`(?<file>[^\s():][^():]*?)[(:](?<line>\d+)[,:](?<column>\d+)\)?(?::| -) error `;
// Config and emit errors name their file in quotes inside the message (absolute path).
const UNPOSITIONED = String.raw`error `;
const MESSAGE = String.raw`: (?<message>.*)$`;
const QUOTED_FILE = String.raw`: (?<message>(?:[^']*'(?<file>[^']+\.(?:json|[cm]?[jt]sx?|d\.ts))')?.*)$`;

function codeRule(
  id: string,
  category: Rule["category"],
  strategy: Rule["strategy"],
  codes: string,
  suggestion: string,
): Rule[] {
  return [
    {
      id,
      tool: "tsc",
      category,
      severity: "high",
      strategy,
      keywords: [" error TS"],
      match: new RegExp(PREFIX + POSITIONED + `(?<code>TS(?:${codes}))` + MESSAGE),
      // Extra lines of a multi-line diagnostic ("  Type 'undefined' is not assignable ...").
      follow: /^ {2,}\S/,
      maxFollow: 4,
      suggestion,
    },
    {
      id: `${id}-config`,
      tool: "tsc",
      category,
      severity: "high",
      strategy,
      keywords: ["error TS"],
      match: new RegExp(PREFIX + UNPOSITIONED + `(?<code>TS(?:${codes}))` + QUOTED_FILE),
      follow: /^ {2,}\S/,
      maxFollow: 4,
      suggestion,
    },
  ];
}

// Parser errors. TS1xxx is mostly the parser, but a few 1xxx codes are semantic (module/async rules).
const SYNTAX =
  "1002|1003|1005|1009|1010|1011|1012|1013|1014|1016|1068|1109|1110|1117|1121|1124|1125|1126|1127|1128|1131|1134|1135|1136|1137|1138|1141|1144|1155|1160|1161|1180|1357|1382|1389|1434|1435|1438|1443|17002|17008";
// A missing package's types: the fix is to install something, not to edit code.
const MISSING_TYPES = "2580|2582|2591|2593|2688|7016";
// A bare module specifier that does not resolve is a missing dependency; a relative one is a wrong path.
const IMPORTS = "2304|2305|2306|2307|2614|2724|2792|2834|2835|1192|1259|1479|1484|2613";
// Options, project references and emit: the build setup is wrong, not the code.
const BUILD = "5\\d{3}|6\\d{3}|18003|18002";

export const typescriptRules: RuleSet = {
  ecosystem: "typescript",
  rules: [
    ...codeRule(
      "tsc.syntax",
      "syntax_error",
      "llm",
      SYNTAX,
      "Fix the syntax at $<file>:$<line> (a missing bracket, comma or semicolon is usually just before it).",
    ),
    {
      id: "tsc.missing-package",
      tool: "tsc",
      category: "import_error",
      severity: "high",
      strategy: "dependencies",
      keywords: [" error TS2307"],
      match: new RegExp(
        PREFIX +
          POSITIONED +
          String.raw`(?<code>TS2307): (?<message>Cannot find module '(?<name>(?![./])[^']+)'.*)$`,
      ),
      suggestion:
        "Install the package '$<name>' (and its @types package if it ships no types), or fix the import in $<file>.",
    },
    ...codeRule(
      "tsc.missing-types",
      "dependency_error",
      "dependencies",
      MISSING_TYPES,
      "Install the missing type definitions (the message names the @types package) and list them in tsconfig `types` if it restricts them.",
    ),
    ...codeRule(
      "tsc.import",
      "import_error",
      "imports",
      IMPORTS,
      "Fix the import in $<file>:$<line>: add the missing import, or correct the path or exported name.",
    ),
    ...codeRule(
      "tsc.config",
      "build_failure",
      "llm",
      BUILD,
      "Fix the TypeScript configuration (tsconfig.json options, include/rootDir or project references).",
    ),
    {
      id: "tsc.next-build",
      tool: "tsc",
      category: "type_error",
      severity: "high",
      strategy: "llm",
      keywords: ["Type error: "],
      // `next build` type-checks and prints the location on the line above: "./src/app/page.tsx:12:5".
      match: /^Type error: (?<message>.+)$/,
      precede: 3,
      precedeMatch: /^(?<file>\.?\/?[\w./@[\]()-]+\.[cm]?[jt]sx?):(?<line>\d+):(?<column>\d+)$/,
      suggestion: "Fix the type error at $<file>:$<line>.",
    },
    {
      id: "tsc.ts-loader",
      tool: "tsc",
      category: "type_error",
      severity: "high",
      strategy: "llm",
      keywords: ["[tsl] ERROR in "],
      // ts-loader (webpack) puts the position and the code on separate lines.
      match: /^\[tsl\] ERROR in (?<file>.+?)\((?<line>\d+),(?<column>\d+)\)$/,
      follow: /^\s+TS\d+: .+$/,
      maxFollow: 1,
      suggestion: "Fix the type error at $<file>:$<line>.",
    },
    ...codeRule("tsc.type", "type_error", "llm", "\\d+", "Fix the type error at $<file>:$<line>."),
  ],
};
