import type { RuleSet } from "../rule-types.js";

/**
 * Ruby: RSpec, Minitest (and Rails' runner), RuboCop, Bundler, and interpreter errors
 * (`file.rb:12:in 'method': message (NoMethodError)`, `ruby -c` syntax errors).
 */
const RB_FILE = String.raw`(?<file>[^\s:'"\[\]]+\.(?:rb|rake|gemspec|ru|erb|builder|jbuilder)|Gemfile|Rakefile|Guardfile)`;

export const rubyRules: RuleSet = {
  ecosystem: "ruby",
  rules: [
    // ---- RSpec
    {
      id: "rspec.failed-example",
      tool: "rspec",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      group: "rspec",
      keywords: ["rspec "],
      match: /^rspec (?<file>\.?\/?[^\s:]+\.rb):(?<line>\d+)(?:\[[\d:]+\])? # (?<message>.+)$/,
      suggestion: "Fix the failing example at $<file>:$<line>.",
    },
    {
      id: "rspec.failure-error",
      tool: "rspec",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      group: "rspec",
      keywords: ["Failure/Error:"],
      match: /^\s*Failure\/Error: (?<message>.+)$/,
      // The expectation's own words: expected/got, diffs' first lines, the error class line.
      follow:
        /^\s+(?:expected|got|Expected|Got|\(compared using|Diff:|[A-Z]\w*(?:::\w+)*(?:Error|Exception)?:)/,
      maxFollow: 4,
      suggestion: "Fix the code under test or the expectation: $<message>",
    },
    {
      id: "rspec.backtrace",
      tool: "rspec",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      group: "rspec",
      keywords: ["# ./", "# /"],
      match: new RegExp(String.raw`^\s+# ${RB_FILE}:(?<line>\d+):in `),
      unless: /\/gems\/|\/ruby\/\d|\/rubygems\//,
      suggestion: "Fix the failing example at $<file>:$<line>.",
    },
    {
      id: "rspec.summary",
      tool: "rspec",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      group: "rspec",
      role: "summary",
      keywords: [" examples, ", " example, "],
      match:
        /^\d+ examples?, (?<message>[1-9]\d* failures?|\d+ failures?, [1-9]\d* errors? occurred outside of examples).*$/,
      suggestion: "Fix the failing examples listed above.",
    },
    {
      id: "ruby.load-error",
      tool: "ruby",
      category: "import_error",
      severity: "high",
      strategy: "dependencies",
      group: "ruby:load",
      keywords: ["cannot load such file", "LoadError"],
      match: /cannot load such file -- (?<module>[^\s)]+)/,
      message: "cannot load such file -- $<module>",
      suggestion:
        "Add the gem that provides it to the Gemfile (and `bundle install`), or fix the `require` path.",
    },
    {
      id: "rspec.load-header",
      tool: "rspec",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      group: "ruby:load",
      role: "summary",
      keywords: ["An error occurred while loading"],
      match: /^An error occurred while loading (?<file>\S+?)\.?$/,
      suggestion: "Fix the error that stops $<file> from loading.",
    },
    // ---- Minitest / Rails
    {
      id: "minitest.location",
      tool: "minitest",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      group: "minitest",
      keywords: [".rb:"],
      match: new RegExp(String.raw`^(?<name>[\w:]+#\S.*?)\s+\[${RB_FILE}:(?<line>\d+)\]:?$`),
      suggestion: "Fix the failing test $<name> at $<file>:$<line>.",
    },
    {
      id: "minitest.assertion",
      tool: "minitest",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      group: "minitest",
      keywords: ["Minitest::", "Test::Unit::"],
      match:
        /^(?<name>Minitest::(?:Assertion|UnexpectedError)|Test::Unit::AssertionFailedError):?\s*(?<message>.*)$/,
      suggestion: "Fix the failing assertion: $<message>",
    },
    {
      id: "minitest.rerun",
      tool: "minitest",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      group: "minitest",
      keywords: ["rails test ", "ruby -Itest "],
      match: /^(?:bin\/rails test|rails test|ruby -Itest) (?<file>\S+_test\.rb):(?<line>\d+)$/,
      suggestion: "Fix the failing test at $<file>:$<line>.",
    },
    {
      id: "minitest.summary",
      tool: "minitest",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      group: "minitest",
      role: "summary",
      keywords: [" runs, ", " tests, "],
      match: /^\d+ (?:runs|tests), \d+ assertions, (?<message>\d+ failures, \d+ errors)/,
      unless: / 0 failures, 0 errors/,
      suggestion: "Fix the failing tests listed above.",
    },
    // ---- RuboCop
    {
      id: "rubocop.offense",
      tool: "rubocop",
      category: "lint_error",
      severity: "medium",
      strategy: "llm",
      group: "rubocop",
      keywords: [": C: ", ": W: ", ": E: ", ": F: ", ": R: "],
      match: new RegExp(
        String.raw`^${RB_FILE}:(?<line>\d+):(?<column>\d+): (?<sev>[CWEFR]): (?<fix>\[Correct(?:able|ed)\] )?(?<code>[A-Z]\w*\/\w+): (?<message>.+)$`,
      ),
      follow: /^(?!\S+:\d+:\d+: [CWEFR]: )(?=.*\S)/,
      maxFollow: 2,
      suggestion:
        "Run `bundle exec rubocop -a $<file>` for correctable offenses, or fix $<code> at line $<line>.",
    },
    {
      id: "rubocop.summary",
      tool: "rubocop",
      category: "lint_error",
      severity: "medium",
      strategy: "llm",
      group: "rubocop",
      role: "summary",
      keywords: [" inspected, "],
      match: /^\d+ files? inspected, (?<message>[1-9]\d* offenses? detected.*)$/,
      suggestion: "Fix the offenses listed above (`rubocop -a` corrects many).",
    },
    // ---- Bundler
    {
      id: "bundler.resolve",
      tool: "bundler",
      category: "dependency_error",
      severity: "high",
      strategy: "dependencies",
      keywords: [
        "Could not find gem",
        "could not find compatible versions",
        "Your bundle is locked to",
        "and Bundler cannot continue",
        "Failed to build gem native extension",
        "deployment mode",
        "Could not find compatible versions",
        "The gemspecs for path gems changed",
        "Run `bundle install`",
      ],
      match:
        /(?<message>Could not find gem '(?<name>[^']+)'.*|Bundler could not find compatible versions for gem.*|Could not find compatible versions for .*|Your bundle is locked to .*|An error occurred while installing (?<gem>\S+) \([^)]*\), and Bundler cannot continue\.?|ERROR: Failed to build gem native extension\.?|You are trying to install in deployment mode after changing.*|The gemspecs for path gems changed.*|Could not find [\w.-]+-\d[\w.]* in any of the sources.*|Run `bundle install` to install missing gems\.)/,
      suggestion: "Fix the Gemfile constraint or run `bundle install`/`bundle lock` and commit Gemfile.lock.",
    },
    // ---- the interpreter
    {
      id: "ruby.syntax",
      tool: "ruby",
      category: "syntax_error",
      severity: "high",
      strategy: "llm",
      keywords: ["syntax error"],
      match: new RegExp(
        String.raw`^(?:.*?: )?${RB_FILE}:(?<line>\d+): (?<message>(?:syntax errors? found|syntax error,? ?).*)$`,
      ),
      suggestion: "Fix the Ruby syntax at $<file>:$<line> (`ruby -c $<file>`).",
    },
    {
      id: "ruby.exception",
      tool: "ruby",
      category: "runtime_error",
      severity: "high",
      strategy: "llm",
      keywords: [":in "],
      match: new RegExp(
        String.raw`^${RB_FILE}:(?<line>\d+):in [\x60'](?<name>[^']+)': (?<message>.+) \((?<code>[A-Z]\w*(?:::[A-Z]\w*)*)\)$`,
      ),
      suggestion: "Fix the $<code> raised at $<file>:$<line>: $<message>",
    },
  ],
};
