import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const bin = join(root, "node_modules", ".bin");

describe("dist/", () => {
  it("is the bundle of the current sources (run `npm run build` and commit dist/ when this fails)", () => {
    const out = join(root, ".check-dist");
    rmSync(out, { recursive: true, force: true });
    // Same lib/ path as `npm run build`, so the bundle is byte-comparable.
    execFileSync(join(bin, "tsc"), ["-p", "tsconfig.build.json"], { cwd: root });
    execFileSync(join(bin, "ncc"), ["build", "lib/index.js", "-o", out, "--license", "licenses.txt", "-q"], {
      cwd: root,
    });
    const fresh = readFileSync(join(out, "index.js"), "utf8");
    const committed = readFileSync(join(root, "dist", "index.js"), "utf8");
    rmSync(out, { recursive: true, force: true });
    expect(fresh === committed, "dist/index.js is stale: run `npm run build` and commit dist/").toBe(true);
    expect(JSON.parse(readFileSync(join(root, "dist", "package.json"), "utf8"))).toEqual({ type: "module" });
  });
});
