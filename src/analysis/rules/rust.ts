import type { Rule, RuleSet } from "../rule-types.js";

/**
 * Rust: rustc diagnostics (through cargo build/check/test/clippy), cargo's own resolution and
 * network errors, `cargo test` results, panics and `cargo fmt --check`. rustc puts the location
 * on the line after the message (` --> src/lib.rs:3:5`), so every diagnostic rule follows one
 * such line and takes the location from it.
 */

const ARROW = /^\s*--> (?<file>[^\s:]+):(?<line>\d+):(?<column>\d+)$/;

function diagnostic(rule: Omit<Rule, "follow" | "maxFollow" | "followLocation">): Rule {
  return { ...rule, follow: /^\s*--> \S/, maxFollow: 1, followLocation: ARROW };
}

// Resolution errors: a missing `use`, a misspelt path or a module file that is not there.
const IMPORT_CODES = "E0405|E0412|E0422|E0425|E0431|E0432|E0433|E0583";
// The crate itself is missing or built by another compiler: a Cargo.toml/lockfile matter.
const CRATE_CODES = "E0460|E0461|E0462|E0463|E0464|E0514|E0519";

// Codeless `error: ...` lines that are cargo's own or summaries, never a diagnostic at a location.
const NOT_A_LINT =
  /^error: (?:[Cc]ould not compile|aborting due to|test failed|\d+ targets? failed|failed to |linking with|process didn't exit|could not find|no matching|the lock file|package `|Recipe|no such|unexpected argument|unrecognized|invalid value|a value is required|the argument|found argument|manifest path|current package|none of the selected packages|doctest failed|there is nothing to|cannot specify|toolchain|rustup|component)/;

// Thread names of a `cargo test` run are test paths; `main` and unnamed threads are the program.
const PROGRAM_THREAD = "main|<unnamed>";

export const rustRules: RuleSet = {
  ecosystem: "rust",
  rules: [
    {
      id: "rust.network",
      tool: "cargo",
      category: "infrastructure_error",
      severity: "high",
      strategy: "none",
      keywords: [
        "spurious network error",
        "failed to download from",
        "failed to fetch",
        "] Couldn't resolve host",
        "] SSL connect error",
        "] Timeout was reached",
        "] Couldn't connect to server",
      ],
      // Cargo's own wording, or curl's `[6] Couldn't resolve host ...` under its "Caused by:".
      match:
        /^(?:warning: spurious network error.*|error: failed to (?:download from|fetch) .*|\s*\[\d+\] (?<message>(?:Couldn't resolve host|SSL connect error|Timeout was reached|Couldn't connect to server|Failure when receiving data).*))$/,
      suggestion:
        "The crates registry could not be reached; re-run the job (cargo retries are configurable with CARGO_NET_RETRY).",
    },
    {
      id: "rust.cargo-dependency",
      tool: "cargo",
      category: "dependency_error",
      severity: "high",
      strategy: "dependencies",
      keywords: ["error: "],
      match:
        /^error: (?<message>(?:no matching package named|failed to select a version for|failed to get `\S+` as a dependency|failed to load source for dependency|the lock file .* needs to be updated|cannot create the lock file .* because --locked|package `\S+` cannot be found|checksum for `.*` changed|failed to parse lock file|cyclic package dependency|failed to resolve patches|package `\S+ \S+` cannot be built because it requires rustc|rustc \S+ is not supported by the following packages?|failed to verify the checksum of|failed to update (?:registry|replaced source)|no matching versions? for|cannot find crate).*)$/,
      follow:
        /^(?:location searched: |required by package |\s+(?:candidate versions found|versions that meet the requirements|perhaps you meant)).*$/,
      maxFollow: 3,
      suggestion:
        "Fix the dependency in Cargo.toml (name, version, features) and refresh Cargo.lock with `cargo update -p <crate>`.",
    },
    diagnostic({
      id: "rust.crate-missing",
      tool: "rustc",
      category: "dependency_error",
      severity: "high",
      strategy: "dependencies",
      keywords: ["error[E"],
      match: new RegExp(String.raw`^error\[(?<code>${CRATE_CODES})\]: (?<message>.+)$`),
      suggestion: "Add the crate to [dependencies] in Cargo.toml (or rebuild it with the same toolchain).",
    }),
    diagnostic({
      id: "rust.unresolved",
      tool: "rustc",
      category: "import_error",
      severity: "high",
      strategy: "imports",
      keywords: ["error[E"],
      match: new RegExp(String.raw`^error\[(?<code>${IMPORT_CODES})\]: (?<message>.+)$`),
      suggestion:
        "Fix the path or add the missing `use` at $<file>:$<line> (rustc's `help: consider importing` names it).",
    }),
    diagnostic({
      id: "rust.error-code",
      tool: "rustc",
      category: "type_error",
      severity: "high",
      strategy: "llm",
      keywords: ["error[E"],
      match: /^error\[(?<code>E\d{4})\]: (?<message>.+)$/,
      suggestion:
        "Fix the compile error $<code> at $<file>:$<line> (`rustc --explain $<code>` describes it).",
    }),
    diagnostic({
      id: "rust.syntax",
      tool: "rustc",
      category: "syntax_error",
      severity: "high",
      strategy: "llm",
      keywords: ["error: "],
      match:
        /^error: (?<message>expected .+|unexpected (?:token|closing delimiter|end of (?:file|macro invocation)).*|this file contains an unclosed delimiter|mismatched closing delimiter.*|unclosed delimiter|unterminated (?:double quote string|block comment|character literal|raw string|single quote string).*|unknown start of token.*|missing (?:`(?:fn|struct|enum|trait)`|type for .*|condition for .*).*|found invalid character.*|invalid suffix .*|prefix `\w+` is unknown|incorrect (?:close|unclosed) delimiter.*|non-item in item list|macro expansion ignores .*|missing `in` in `for` loop|expected one of .*)$/,
      suggestion: "Fix the Rust syntax at $<file>:$<line>.",
    }),
    diagnostic({
      id: "rust.unresolved-macro",
      tool: "rustc",
      category: "import_error",
      severity: "high",
      strategy: "imports",
      keywords: ["error: cannot find"],
      match: /^error: (?<message>cannot find (?:macro|attribute|derive macro) `[^`]+` in this scope)$/,
      suggestion:
        "Import the macro (`use` it or enable the crate feature that provides it) at $<file>:$<line>.",
    }),
    {
      id: "rust.link",
      tool: "rustc",
      category: "build_failure",
      severity: "high",
      strategy: "llm",
      keywords: [
        "error: linking with",
        "error: failed to parse manifest",
        "error: could not find `Cargo.toml`",
      ],
      match:
        /^error: (?<message>linking with `\S+` failed.*|failed to parse manifest at .*|could not find `Cargo\.toml` in .*)$/,
      suggestion:
        "The build itself failed (linker, build script or manifest): read the note lines below it; a missing system library needs its -dev package installed.",
    },
    {
      id: "rust.system-library",
      tool: "cargo",
      category: "dependency_error",
      severity: "high",
      strategy: "dependencies",
      keywords: [
        "Could not find directory of OpenSSL",
        "could not find system library",
        "The system library",
        "failed to find tool",
        "is `cmake` not installed",
        "pkg-config search path",
        "Unable to find libclang",
      ],
      // What -sys crates' build scripts print when the system library or tool is missing.
      match:
        /^\s*(?:\S+: )?(?<message>.*(?:Could not find directory of OpenSSL installation|could not find system library '[^']+'|The system library `[^`]+` required by crate `[^`]+` was not found|failed to find tool "[^"]+"|is `cmake` not installed\?|was not found in the pkg-config search path|Unable to find libclang).*)$/,
      priority: 85,
      suggestion:
        "A -sys crate's build script cannot find a system library or tool: install its -dev package (e.g. libssl-dev, pkg-config) in the job.",
    },
    {
      id: "rust.build-script",
      tool: "cargo",
      category: "build_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["error: failed to run custom build command"],
      match: /^error: (?<message>failed to run custom build command for `[^`]+`)$/,
      // Below the build script's own panic or configure error printed under it: that is the cause.
      priority: 60,
      suggestion:
        "A build script (build.rs) failed: its stderr below says why; a missing system library needs its -dev package or a pkg-config path.",
    },
    diagnostic({
      id: "rust.unstable",
      tool: "rustc",
      category: "build_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["error: "],
      match:
        /^error: (?<message>.*\b(?:is|are) (?:unstable|experimental)\b.*|use of unstable library feature .*)$/,
      suggestion:
        "The code needs a newer (or nightly) Rust toolchain than the one CI used: pin rust-toolchain or avoid the feature.",
    }),
    {
      id: "rust.test-failed-line",
      tool: "cargo test",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["... FAILED"],
      match: /^test (?<name>\S.*?)(?: - should panic)? \.\.\. FAILED$/,
      group: "rust-test",
      message: "test $<name> failed",
      suggestion: "Run `cargo test $<name>` locally and fix the code or the assertion.",
    },
    {
      id: "rust.program-panic",
      tool: "rustc",
      category: "runtime_error",
      severity: "high",
      strategy: "llm",
      keywords: ["panicked at"],
      match: new RegExp(
        String.raw`^thread '(?<name>${PROGRAM_THREAD})'(?: \(\d+\))? panicked at (?<file>[^\s:']+\.rs):(?<line>\d+):(?<column>\d+):?$`,
      ),
      group: "rust-panic",
      follow: /^(?!note: |stack backtrace:|thread '|\s*\d+: |\s+at )\S.*$/,
      maxFollow: 3,
      suggestion: "The program panicked at $<file>:$<line>: fix the unwrap/index/assumption there.",
    },
    {
      id: "rust.program-panic-legacy",
      tool: "rustc",
      category: "runtime_error",
      severity: "high",
      strategy: "llm",
      keywords: ["panicked at"],
      match: new RegExp(
        String.raw`^thread '(?<name>${PROGRAM_THREAD})' panicked at '(?<message>.*)', (?<file>[^\s:']+\.rs):(?<line>\d+):(?<column>\d+)$`,
      ),
      group: "rust-panic",
      message: "panic: $<message>",
      suggestion: "The program panicked at $<file>:$<line>: fix the unwrap/index/assumption there.",
    },
    {
      id: "rust.test-panic",
      tool: "cargo test",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["panicked at"],
      match:
        /^thread '(?<name>[^']+)'(?: \(\d+\))? panicked at (?<file>[^\s:']+\.rs):(?<line>\d+):(?<column>\d+):?$/,
      group: "rust-test",
      // The assertion text follows on its own lines (`assertion `left == right` failed`, left/right).
      follow:
        /^(?:(?!note: |stack backtrace:|thread '|failures:$|test |---- |error: |\s*\d+: |\s+at )\S.*|\s+(?:left|right)\s*:.*)$/,
      maxFollow: 6,
      message: "test $<name> panicked at $<file>:$<line>",
      suggestion: "Run `cargo test $<name>` locally and fix the code or the assertion.",
    },
    {
      id: "rust.test-panic-legacy",
      tool: "cargo test",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["panicked at"],
      // Rust < 1.73: `thread 't' panicked at 'message', src/lib.rs:10:9` (the message may span lines).
      match:
        /^thread '(?<name>[^']+)' panicked at '(?<message>.*?)(?:', (?<file>[^\s:']+\.rs):(?<line>\d+):(?<column>\d+))?$/,
      group: "rust-test",
      follow: /^(?!note: |stack backtrace:|thread '|failures:$|test |---- ).+$/,
      maxFollow: 6,
      followLocation: /', (?<file>[^\s:']+\.rs):(?<line>\d+):(?<column>\d+)$/,
      message: "test $<name> panicked: $<message>",
      suggestion: "Run `cargo test $<name>` locally and fix the code or the assertion.",
    },
    {
      id: "rust.test-no-panic",
      tool: "cargo test",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["test did not panic as expected"],
      match:
        /^note: (?<message>test did not panic as expected)(?: at (?<file>[^\s:]+\.rs):(?<line>\d+):(?<column>\d+))?/,
      group: "rust-test",
      suggestion: "The #[should_panic] test returned normally: check the code path it expects to panic.",
    },
    {
      id: "rust.test-result",
      tool: "cargo test",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["test result: FAILED", "error: test failed, to rerun pass", "error: doctest failed"],
      match: /^(?:test result: FAILED\. .*|error: (?:test|doctest) failed, to rerun pass .*)$/,
      group: "rust-test",
      role: "summary",
      suggestion: "Run `cargo test` locally; the failures list above names the failing tests.",
    },
    {
      id: "rust.rustfmt",
      tool: "rustfmt",
      category: "format_error",
      severity: "low",
      strategy: "format",
      keywords: ["Diff in "],
      match: /^Diff in (?<file>\S+?\.rs)(?: at line |:)(?<line>\d+):?$/,
      message: "$<file> is not rustfmt-formatted",
      suggestion: "Run `cargo fmt --all` and commit the result.",
    },
    diagnostic({
      id: "rust.lint",
      tool: "clippy",
      category: "lint_error",
      severity: "medium",
      strategy: "llm",
      keywords: ["error: "],
      // Denied lints (clippy, `-D warnings`) print a codeless `error:` whose message quotes code
      // in backticks; requiring one keeps other tools' `error: ...` lines out.
      match:
        /^error: (?<message>[^`]*`[^`]+`.*|length comparison to zero|this function has too many arguments.*|very complex type used.*|redundant clone|manual implementation of .*|this could be a `const fn`|item in documentation is missing backticks|unneeded unit expression|empty line after .*)$/,
      unless: NOT_A_LINT,
      suggestion:
        "Fix the lint at $<file>:$<line> (`cargo clippy --fix` applies the machine-applicable ones), or allow it explicitly.",
    }),
  ],
};
