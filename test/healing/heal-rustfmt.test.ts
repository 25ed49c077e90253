import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { analyzeText } from "../../src/analysis/analyze.js";
import { heal } from "../../src/healing/heal.js";
import { cleanupRepos, git, makeRepo, toolOutput } from "./helpers.js";

afterEach(cleanupRepos);

const CARGO = '[package]\nname = "r"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n';

describe("heal: rustfmt", () => {
  it("formats only the file cargo fmt --check names, proven by re-running it", async () => {
    const dir = makeRepo({
      "Cargo.toml": CARGO,
      "src/main.rs": 'fn main() {\n    println!("{}", r::add(1, 2));\n}\n',
      "src/lib.rs": "pub fn add(a:i32,b:i32)->i32{a+b}\n",
    });
    const log = toolOutput(dir, "cargo", ["fmt", "--check"]).join("\n");
    const { failures } = await analyzeText(log);
    const { report } = await heal({ repoDir: dir, failures, verifyCommand: "cargo fmt --check" });
    expect([report.outcome, report.files]).toEqual(["healed", ["src/lib.rs"]]);
    expect(report.attempts[0]).toMatchObject({ fixer: "rustfmt", strategy: "format", kept: true });
    expect(report.attempts[0].verification).toMatchObject({ command: "cargo fmt --check", exitCode: 0 });
    expect(readFileSync(join(dir, "src/lib.rs"), "utf8")).toBe(
      "pub fn add(a: i32, b: i32) -> i32 {\n    a + b\n}\n",
    );
    expect(git(dir, "status", "--porcelain")).toBe(" M src/lib.rs\n");
  });
});
