import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const bin = join(root, "node_modules", ".bin");

function files(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f !== "package.json")
    .sort();
}

describe("dist/", () => {
  it("is the bundle of the current sources (run `npm run build` and commit dist/ when this fails)", () => {
    const out = join(root, ".check-dist");
    rmSync(out, { recursive: true, force: true });
    // Same lib/ path as `npm run build`, so the bundle is byte-comparable.
    execFileSync(join(bin, "tsc"), ["-p", "tsconfig.build.json"], { cwd: root });
    execFileSync(join(bin, "ncc"), ["build", "lib/index.js", "-o", out, "--license", "licenses.txt", "-q"], {
      cwd: root,
    });
    const dist = join(root, "dist");
    try {
      expect(files(dist), "dist/ has other files than a fresh build: run `npm run build`").toEqual(
        files(out),
      );
      const stale = files(out).filter(
        (f) => readFileSync(join(out, f), "utf8") !== readFileSync(join(dist, f), "utf8"),
      );
      expect(stale, "stale files in dist/: run `npm run build` and commit dist/").toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
    expect(JSON.parse(readFileSync(join(dist, "package.json"), "utf8"))).toEqual({ type: "module" });
  });
});
