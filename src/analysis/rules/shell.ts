import type { RuleSet } from "../rule-types.js";

/**
 * Shell scripts: shellcheck (tty and gcc formats) and what bash/dash print when a script breaks
 * (syntax errors, unbound variables under `set -u`, missing commands).
 */
export const shellRules: RuleSet = {
  ecosystem: "shell",
  rules: [
    {
      id: "shellcheck.tty",
      tool: "shellcheck",
      category: "lint_error",
      severity: "medium",
      strategy: "llm",
      keywords: ["In ", " line "],
      match: /^In (?<file>\S+) line (?<line>\d+):$/,
      // The offending code and the `^-- SC2086 (info): ...` pointer lines under it.
      follow: /^(?!In \S+ line \d+:$)(?!For more information:)(?!Did you mean)(?=.*\S)/,
      maxFollow: 8,
      message: "$<file>:$<line>: shellcheck findings (see the SC codes below)",
      suggestion: "Fix the shellcheck findings at $<file>:$<line> (quote expansions, check `cd`, ...).",
    },
    {
      id: "shellcheck.pointer",
      tool: "shellcheck",
      category: "lint_error",
      severity: "medium",
      strategy: "llm",
      keywords: [" SC"],
      match: /^\s*\^[-~^]*\s*(?<code>SC\d{4}) \((?<sev>error|warning|info|style)\): (?<message>.+)$/,
      suggestion: "Fix $<code>: $<message>",
    },
    {
      id: "shellcheck.gcc",
      tool: "shellcheck",
      category: "lint_error",
      severity: "medium",
      strategy: "llm",
      keywords: ["[SC"],
      match:
        /^(?<file>[^\s:]+):(?<line>\d+):(?<column>\d+): (?<sev>error|warning|note|info|style): (?<message>.+) \[(?<code>SC\d{4})\]$/,
      suggestion: "Fix $<code> at $<file>:$<line>: $<message>",
    },
    {
      id: "shell.syntax",
      tool: "bash",
      category: "syntax_error",
      severity: "high",
      strategy: "llm",
      keywords: ["syntax error", "Syntax error"],
      match:
        /^(?:(?:\/\S*\/)?(?:ba|da|z|k)?sh: )?(?<file>[^\s:]+): (?:line )?(?<line>\d+): (?:[Ss]yntax error(?:: | near )(?<message>.+)|(?<what>.+): syntax error.*)$/,
      suggestion: "Fix the shell syntax at $<file>:$<line> (`bash -n $<file>` checks it locally).",
    },
    {
      id: "shell.unbound-variable",
      tool: "bash",
      category: "runtime_error",
      severity: "high",
      strategy: "llm",
      keywords: ["unbound variable", "parameter not set"],
      match:
        /^(?<file>[^\s:]+): (?:line )?(?<line>\d+): (?<name>[\w@*#?$!-]+): (?:unbound variable|parameter not set)$/,
      message: "$<file>:$<line>: $<name> is not set",
      suggestion:
        "Set `$<name>` (workflow `env:`, a secret or an input) or give it a default: `${$<name>:-}`.",
    },
    // A script committed without its executable bit (exit 126).
    {
      id: "shell.permission-denied",
      tool: "bash",
      category: "build_failure",
      severity: "high",
      strategy: "llm",
      keywords: [": Permission denied"],
      match:
        /^(?:(?:\/\S*\/)?(?:ba|da|z|k)?sh: )?(?:line \d+: )?(?<file>\.{0,2}\/?[\w./-]+\.(?:sh|bash|py|pl|rb)|\.\/[\w./-]+): Permission denied$/,
      message: "$<file> is not executable",
      suggestion:
        "Make it executable in git: `git update-index --chmod=+x $<file>` (or call it as `bash $<file>`).",
    },
    {
      id: "shell.command-not-found",
      tool: "bash",
      // Build scripts often call a missing helper (`bc`, `shell_session_update`) without failing:
      // rank it below any other failure in the step, first only when nothing else explains it.
      priority: 50,
      category: "dependency_error",
      severity: "high",
      strategy: "dependencies",
      autoFixable: false,
      keywords: ["command not found", ": not found"],
      match:
        /^(?:(?:\/\S*\/)?(?:ba|da|z|k)?sh: )?(?:(?<file>[^\s:]+\.\w+|[^\s:]*\/[^\s:]+): )?(?:line (?<line>\d+): |\d+: )?(?<name>[\w.+-]+): (?:command not found|not found)$/,
      // Travis' macOS images print this harmless one in every job.
      unless: /^(?:npm|yarn|pnpm) (?:ERR!|error)|shell_session_update|\.travis\/job_stages/,
      message: "$<name>: command not found",
      suggestion: "Install `$<name>` in an earlier step (or fix the command's name or PATH).",
    },
  ],
};
