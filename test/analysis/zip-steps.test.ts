import { describe, expect, it } from "vitest";
import { zipSync, strToU8 } from "fflate";
import { analyzeBytes } from "../../src/analysis/analyze.js";

// Runner timestamps, distinct per line, as GitHub writes them.
const stamp = (lines: string[], from = 0) =>
  lines.map((l, i) => `2026-11-20T10:00:${String(from + i).padStart(2, "0")}.1234567Z ${l}`);

const checkout = stamp(
  [
    "##[group]Run actions/checkout@v4",
    "with:",
    "  fetch-depth: 1",
    "##[endgroup]",
    "Syncing repository: o/r",
  ],
  0,
);
// A named step (`name: Lint Project`) that uses a local composite action.
const lint = stamp(
  [
    "Prepare all required actions",
    "##[group]Run ./.github/actions/lint",
    "##[endgroup]",
    "##[group]Run npm run ci:lint",
    "npm run ci:lint",
    "shell: /usr/bin/bash --noprofile --norc -e -o pipefail {0}",
    "##[endgroup]",
    "src/a.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.",
    "##[error]Process completed with exit code 2.",
  ],
  10,
);
const post = stamp(["Post job cleanup.", "Cleaning up orphan processes"], 30);
const job = [...checkout, ...lint, ...post].join("\n") + "\n";

describe("run-logs zip step names", () => {
  it("names a job-log failure after the step file that holds it", async () => {
    const zip = zipSync({
      "0_build.txt": strToU8(job),
      "build/1_Run actions_checkout@v4.txt": strToU8(checkout.join("\n") + "\n"),
      "build/2_Lint Project.txt": strToU8(lint.join("\n") + "\n"),
      "build/3_Complete job.txt": strToU8(post.join("\n") + "\n"),
    });
    const r = await analyzeBytes(zip);
    expect(r.status).toBe("failed");
    expect(r.failures[0].step).toBe("Lint Project");
    expect(r.failures[0].excerpt.join("\n")).toContain("TS2322");
  });

  it("names a failure after its step file when the zip holds only step files", async () => {
    const zip = zipSync({ "build/2_Lint Project.txt": strToU8(lint.join("\n") + "\n") });
    const r = await analyzeBytes(zip);
    expect(r.failures[0].step).toBe("Lint Project");
  });

  it("keeps the log's own step name when the failure's lines are in no step file", async () => {
    const zip = zipSync({
      "0_build.txt": strToU8(job),
      "build/1_Run actions_checkout@v4.txt": strToU8(checkout.join("\n") + "\n"),
    });
    const r = await analyzeBytes(zip);
    expect(r.failures[0].step).toBe("Run ./.github/actions/lint");
  });
});
