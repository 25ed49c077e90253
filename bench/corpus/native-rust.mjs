// Rust corpus cases for gen-native.mjs: std-only crates broken on purpose; labels say what was broken.
import { homedir } from "node:os";

const ENV = {
  PATH: `${homedir()}/.cargo/bin:${process.env.PATH}`,
  CARGO_NET_OFFLINE: "true",
  CARGO_TERM_COLOR: "never",
  CARGO_TARGET_DIR: "/tmp/autodev-native-cargo-target",
  RUST_BACKTRACE: "0",
};
const COLOR = { ...ENV, CARGO_TERM_COLOR: "always" };

const CARGO = `[package]
name = "widgets"
version = "0.1.0"
edition = "2021"

[dependencies]
`;

const lib = `//! Small arithmetic helpers.

pub mod stats;

/// Adds two numbers.
pub fn add(a: i32, b: i32) -> i32 {
    a + b
}

/// Multiplies two numbers.
pub fn mul(a: i32, b: i32) -> i32 {
    a * b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adds() {
        assert_eq!(add(1, 2), 3);
    }

    #[test]
    fn multiplies() {
        assert_eq!(mul(2, 3), 6);
    }
}
`;

const stats = `/// Mean of the values, or None when empty.
pub fn mean(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let total: f64 = values.iter().sum();
    Some(total / values.len() as f64)
}
`;

const main = `fn main() {
    println!("{}", widgets::add(2, 3));
}
`;

const setup = [
  { command: "rustc --version && cargo --version", run: "rustc --version && cargo --version" },
  { command: "cargo fetch", run: "cargo fetch && echo '    Finished fetching 0 crates'" },
];

function base(extra = {}) {
  return { "Cargo.toml": CARGO, "src/lib.rs": lib, "src/stats.rs": stats, "src/main.rs": main, ...extra };
}

const rustNoise = [
  "warning: unused manifest key: package.metadata.release (in a workspace dependency)",
  "info: syncing channel updates for 'stable-x86_64-unknown-linux-gnu'",
  "test result: ok. 0 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out",
];

export const rustCases = [
  {
    name: "rs-doctest",
    env: ENV,
    files: base({
      "src/lib.rs": lib.replace(
        "/// Adds two numbers.\n",
        "/// Adds two numbers.\n///\n/// ```\n/// assert_eq!(widgets::add(2, 2), 5);\n/// ```\n",
      ),
    }),
    steps: [...setup, { command: "cargo test --doc" }],
    label: {
      category: "test_failure",
      tool: "cargo test",
      // The doctest's panic location is relative to the generated doctest, so none is labelled.
      locations: [],
      keyLines: ["test src/lib.rs - add (line 7) ... FAILED", "assertion `left == right` failed"],
    },
  },
  {
    name: "rs-lockfile-locked",
    env: ENV,
    files: base(),
    steps: [{ command: "rustc --version", run: "rustc --version" }, { command: "cargo test --locked" }],
    label: {
      category: "dependency_error",
      tool: "cargo",
      locations: [],
      keyLines: [
        /^error: cannot create the lock file .*Cargo\.lock because --locked was passed to prevent this$/,
      ],
    },
  },
  {
    name: "rs-rustfmt-direct",
    env: ENV,
    files: base({
      "src/stats.rs": stats.replace(
        "    if values.is_empty() {\n        return None;\n    }",
        "    if values.is_empty() { return None; }",
      ),
    }),
    steps: [...setup, { command: "rustfmt --edition 2021 --check src/lib.rs src/stats.rs" }],
    label: {
      category: "format_error",
      tool: "rustfmt",
      locations: [{ file: "src/stats.rs", line: 1 }],
      keyLines: [`Diff in ${"/home/runner/work/widgets/widgets"}/src/stats.rs:1:`],
    },
  },
  {
    name: "rs-mismatched-types",
    env: ENV,
    files: base({
      "src/lib.rs": lib.replace("    a * b\n", '    if a == 0 {\n        return "zero";\n    }\n    a * b\n'),
    }),
    steps: [...setup, { command: "cargo build --locked" }],
    label: {
      category: "type_error",
      tool: "rustc",
      locations: [{ file: "src/lib.rs", line: 13 }],
      keyLines: ["error[E0308]: mismatched types", "  --> src/lib.rs:13:16"],
    },
    noise: rustNoise,
  },
  {
    name: "rs-mismatched-types-color",
    env: COLOR,
    files: base({
      "src/stats.rs": stats.replace("Some(total / values.len() as f64)", "Some(total / values.len())"),
    }),
    steps: [...setup, { command: "cargo check --all-targets" }],
    label: {
      category: "type_error",
      tool: "rustc",
      locations: [{ file: "src/stats.rs", line: 7 }],
      keyLines: ["error[E0277]: cannot divide `f64` by `usize`", " --> src/stats.rs:7:16"],
    },
  },
  {
    name: "rs-unresolved-import",
    env: ENV,
    files: base({
      "src/main.rs":
        "use widgets::stats::median;\n\n" + main.replace("widgets::add(2, 3)", "median(&[1.0, 2.0])"),
    }),
    steps: [...setup, { command: "cargo build" }],
    label: {
      category: "import_error",
      tool: "rustc",
      locations: [{ file: "src/main.rs", line: 1 }],
      keyLines: ["error[E0432]: unresolved import `widgets::stats::median`", " --> src/main.rs:1:5"],
    },
  },
  {
    name: "rs-cannot-find-value",
    env: ENV,
    files: base({
      "src/stats.rs": stats.replace("Some(total / values.len() as f64)", "Some(totl / values.len() as f64)"),
    }),
    steps: [...setup, { command: "cargo test" }],
    label: {
      category: "import_error",
      tool: "rustc",
      locations: [{ file: "src/stats.rs", line: 7 }],
      keyLines: ["error[E0425]: cannot find value `totl` in this scope", " --> src/stats.rs:7:10"],
    },
  },
  {
    name: "rs-undeclared-type",
    env: ENV,
    files: base({
      "src/stats.rs":
        stats +
        "\n/// Values keyed by name.\npub fn index(names: &[&str]) -> HashMap<String, usize> {\n    names.iter().enumerate().map(|(i, n)| (n.to_string(), i)).collect()\n}\n",
    }),
    steps: [...setup, { command: "cargo build --release" }],
    label: {
      category: "import_error",
      tool: "rustc",
      locations: [{ file: "src/stats.rs", line: 11 }],
      keyLines: ["error[E0425]: cannot find type `HashMap` in this scope", "  --> src/stats.rs:11:33"],
    },
  },
  {
    name: "rs-syntax-semicolon",
    env: ENV,
    files: base({
      "src/stats.rs": stats.replace(
        "let total: f64 = values.iter().sum();",
        "let total: f64 = values.iter().sum()",
      ),
    }),
    steps: [...setup, { command: "cargo build" }],
    label: {
      category: "syntax_error",
      tool: "rustc",
      locations: [{ file: "src/stats.rs", line: 6 }],
      keyLines: ["error: expected `;`, found `Some`", " --> src/stats.rs:6:41"],
    },
  },
  {
    name: "rs-syntax-unclosed",
    env: COLOR,
    files: base({
      "src/lib.rs": lib.replace(
        "pub fn mul(a: i32, b: i32) -> i32 {\n    a * b\n}",
        "pub fn mul(a: i32, b: i32) -> i32 {\n    a * b\n",
      ),
    }),
    steps: [...setup, { command: "cargo test --all-features" }],
    label: {
      category: "syntax_error",
      tool: "rustc",
      locations: [{ file: "src/lib.rs", line: 28 }],
      keyLines: ["error: this file contains an unclosed delimiter"],
    },
  },
  {
    name: "rs-borrow-moved",
    env: ENV,
    files: base({
      "src/stats.rs":
        stats +
        '\n/// Joins names and counts them.\npub fn summary(names: Vec<String>) -> (String, usize) {\n    let joined = names.into_iter().collect::<Vec<_>>().join(",");\n    (joined, names.len())\n}\n',
    }),
    steps: [...setup, { command: "cargo build" }],
    label: {
      category: "type_error",
      tool: "rustc",
      locations: [{ file: "src/stats.rs", line: 13 }],
      keyLines: ["error[E0382]: borrow of moved value: `names`"],
    },
  },
  {
    name: "rs-no-method",
    env: ENV,
    files: base({ "src/main.rs": main.replace("widgets::add(2, 3)", "widgets::add(2, 3).squared()") }),
    steps: [...setup, { command: "cargo build" }],
    label: {
      category: "type_error",
      tool: "rustc",
      locations: [{ file: "src/main.rs", line: 2 }],
      keyLines: ["error[E0599]: no method named `squared` found for type `i32` in the current scope"],
    },
  },
  {
    name: "rs-test-assert-eq",
    env: ENV,
    files: base({ "src/lib.rs": lib.replace("    a + b\n", "    a + b + 1\n") }),
    steps: [...setup, { command: "cargo build", run: "cargo build" }, { command: "cargo test" }],
    label: {
      category: "test_failure",
      tool: "cargo test",
      locations: [{ file: "src/lib.rs", line: 21 }],
      keyLines: [
        /^thread 'tests::adds' (?:\(\d+\) )?panicked at src\/lib.rs:21:9:$/,
        "assertion `left == right` failed",
      ],
    },
  },
  {
    name: "rs-test-integration",
    env: COLOR,
    files: base({
      "src/stats.rs": stats.replace(
        "Some(total / values.len() as f64)",
        "Some(total / (values.len() + 1) as f64)",
      ),
      "tests/stats.rs": `use widgets::stats::mean;

#[test]
fn mean_of_empty_is_none() {
    assert_eq!(mean(&[]), None);
}

#[test]
fn mean_of_two() {
    let m = mean(&[2.0, 4.0]).unwrap();
    assert!((m - 3.0).abs() < 1e-9, "mean was {m}");
}
`,
    }),
    steps: [...setup, { command: "cargo test --test stats" }],
    label: {
      category: "test_failure",
      tool: "cargo test",
      locations: [{ file: "tests/stats.rs", line: 11 }],
      keyLines: [/^thread 'mean_of_two' (?:\(\d+\) )?panicked at tests\/stats.rs:11:5:$/, "mean was 2"],
    },
  },
  {
    name: "rs-test-should-panic",
    env: ENV,
    files: base({
      "src/lib.rs": lib.replace(
        "    #[test]\n    fn multiplies()",
        '    #[test]\n    #[should_panic(expected = "overflow")]\n    fn overflow_panics() {\n        let _ = mul(2, 3);\n    }\n\n    #[test]\n    fn multiplies()',
      ),
    }),
    steps: [...setup, { command: "cargo test --lib" }],
    label: {
      category: "test_failure",
      tool: "cargo test",
      locations: [{ file: "src/lib.rs", line: 26 }],
      keyLines: [
        "test tests::overflow_panics - should panic ... FAILED",
        "note: test did not panic as expected at src/lib.rs:26:8",
      ],
    },
  },
  {
    name: "rs-clippy",
    env: ENV,
    files: base({
      "src/stats.rs": stats.replace(
        "    Some(total / values.len() as f64)\n",
        "    return Some(total / values.len() as f64);\n",
      ),
    }),
    steps: [
      ...setup,
      { command: "cargo build", run: "cargo build" },
      { command: "cargo clippy --all-targets -- -D warnings" },
    ],
    label: {
      category: "lint_error",
      tool: "clippy",
      locations: [{ file: "src/stats.rs", line: 7 }],
      keyLines: ["error: unneeded `return` statement", " --> src/stats.rs:7:5"],
    },
  },
  {
    name: "rs-clippy-multi",
    env: COLOR,
    files: base({
      "src/stats.rs":
        stats +
        "\n/// Counts non-empty names.\npub fn count(names: &Vec<String>) -> usize {\n    let mut n = 0;\n    for i in 0..names.len() {\n        if names[i].len() > 0 {\n            n += 1;\n        }\n    }\n    n\n}\n",
    }),
    steps: [...setup, { command: "cargo clippy -- -D warnings" }],
    label: {
      category: "lint_error",
      tool: "clippy",
      locations: [
        { file: "src/stats.rs", line: 11 },
        { file: "src/stats.rs", line: 14 },
      ],
      keyLines: [
        "error: writing `&Vec` instead of `&[_]` involves a new object where a slice will do",
        "error: length comparison to zero",
      ],
    },
  },
  {
    name: "rs-deny-warnings",
    env: { ...ENV, RUSTFLAGS: "-D warnings" },
    files: base({
      "src/stats.rs": stats.replace("let total: f64", "let count = values.len();\n    let total: f64"),
    }),
    steps: [...setup, { command: "cargo build --all-targets" }],
    label: {
      category: "lint_error",
      tool: "rustc",
      locations: [{ file: "src/stats.rs", line: 6 }],
      keyLines: ["error: unused variable: `count`", " --> src/stats.rs:6:9"],
    },
  },
  {
    name: "rs-fmt-check",
    env: ENV,
    files: base({
      "src/stats.rs": stats.replace(
        "    let total: f64 = values.iter().sum();",
        "    let total:f64=values.iter().sum();",
      ),
    }),
    steps: [
      ...setup,
      { command: "cargo build", run: "cargo build" },
      { command: "cargo fmt --all -- --check" },
    ],
    label: {
      category: "format_error",
      tool: "rustfmt",
      locations: [{ file: "src/stats.rs", line: 3 }],
      keyLines: [`Diff in ${"/home/runner/work/widgets/widgets"}/src/stats.rs:3:`],
    },
  },
  {
    name: "rs-fmt-check-multi",
    env: ENV,
    files: base({
      "src/main.rs": 'fn main()\n{\n    println!("{}", widgets::add(2,3));\n}\n',
      "src/lib.rs": lib.replace(
        "pub fn add(a: i32, b: i32) -> i32 {\n    a + b\n}",
        "pub fn add(a: i32, b: i32) -> i32 { a+b }",
      ),
    }),
    steps: [...setup, { command: "cargo fmt --check" }],
    label: {
      category: "format_error",
      tool: "rustfmt",
      locations: [
        { file: "src/lib.rs", line: 3 },
        { file: "src/main.rs", line: 1 },
      ],
      keyLines: [
        `Diff in ${"/home/runner/work/widgets/widgets"}/src/lib.rs:3:`,
        `Diff in ${"/home/runner/work/widgets/widgets"}/src/main.rs:1:`,
      ],
    },
  },
  {
    name: "rs-run-panic",
    env: ENV,
    files: base({
      "src/main.rs":
        'fn main() {\n    let sizes = vec![1, 2, 3];\n    let pick = std::env::args().count() + 4;\n    println!("{}", widgets::add(sizes[pick], 1));\n}\n',
    }),
    steps: [...setup, { command: "cargo build", run: "cargo build" }, { command: "cargo run --quiet" }],
    label: {
      category: "runtime_error",
      tool: "rustc",
      locations: [{ file: "src/main.rs", line: 4 }],
      keyLines: [
        /^thread 'main' (?:\(\d+\) )?panicked at src\/main.rs:4:38:$/,
        "index out of bounds: the len is 3 but the index is 5",
      ],
    },
  },
  {
    name: "rs-run-unwrap",
    env: { ...ENV, RUST_BACKTRACE: "1" },
    files: base({
      "src/main.rs":
        'use std::fs;\n\nfn main() {\n    let cfg = fs::read_to_string("widgets.toml").unwrap();\n    println!("{}", cfg.len() as i32 + widgets::add(1, 2));\n}\n',
    }),
    steps: [...setup, { command: "cargo run" }],
    label: {
      category: "runtime_error",
      tool: "rustc",
      locations: [{ file: "src/main.rs", line: 4 }],
      keyLines: [
        /^thread 'main' (?:\(\d+\) )?panicked at src\/main.rs:4:50:$/,
        'called `Result::unwrap()` on an `Err` value: Os { code: 2, kind: NotFound, message: "No such file or directory" }',
      ],
    },
  },
  {
    name: "rs-missing-crate",
    env: ENV,
    files: base({ "Cargo.toml": CARGO + 'serde = { version = "1.0", features = ["derive"] }\n' }),
    steps: [{ command: "rustc --version", run: "rustc --version" }, { command: "cargo build --locked" }],
    label: {
      category: "dependency_error",
      tool: "cargo",
      locations: [],
      keyLines: ["error: no matching package named `serde` found"],
    },
  },
];

// The same failures as GitLab CI prints them (see writeGitlabCase).
for (const name of ["rs-clippy", "rs-test-assert-eq"])
  rustCases.push({
    ...rustCases.find((c) => c.name === name),
    name: `${name}-gitlab`,
    ci: "gitlab",
    noise: [],
  });
