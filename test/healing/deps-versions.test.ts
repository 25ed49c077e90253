import semver from "semver";
import { describe, expect, it } from "vitest";
import {
  GO_MODULE,
  GO_VERSION,
  comparePep440,
  nearestVersion,
  parsePep440,
  pep440Order,
  validNpmName,
  type Pep440,
} from "../../src/healing/fixers/deps-versions.js";
import { planPin } from "../../src/healing/fixers/deps-python.js";
import { failure } from "./helpers.js";

const npmOrder = {
  compare: semver.compare,
  major: semver.major,
  prerelease: (v: string) => semver.prerelease(v) !== null,
};

describe("nearestVersion", () => {
  const list = ["0.3.0", "1.0.0", "1.1.0", "1.4.2", "2.0.0", "2.1.0-beta.1", "3.1.0"];
  it.each([
    ["1.5.0", "1.4.2", "same major, highest at or below"],
    ["1.0.5", "1.0.0", "same major, highest at or below"],
    ["2.5.0", "2.0.0", "pre-releases do not count for a release request"],
    ["3.0.0", "3.1.0", "same major, nothing below: lowest above"],
    ["4.0.0", "3.1.0", "no such major: highest below over all"],
    ["0.1.0", "0.3.0", "lowest above within major 0"],
  ])("%s → %s (%s)", (requested, expected) => {
    expect(nearestVersion(requested, list, npmOrder)).toBe(expected);
  });

  it("takes a pre-release only when the request is one", () => {
    expect(nearestVersion("2.1.0-beta.2", list, npmOrder)).toBe("2.1.0-beta.1");
  });

  it("has no answer for an empty list", () => {
    expect(nearestVersion("1.0.0", [], npmOrder)).toBeNull();
  });
});

describe("PEP 440 versions", () => {
  const order = (texts: string[]) =>
    texts
      .map((t) => parsePep440(t)!)
      .sort(comparePep440)
      .map((v) => v.text);

  it("orders dev < pre < final < post, and 1.0 == 1.0.0", () => {
    expect(order(["1.0.post1", "1.0", "1.0rc1", "1.0a2", "1.0.dev3", "1.0b1", "0.9"])).toEqual([
      "0.9",
      "1.0.dev3",
      "1.0a2",
      "1.0b1",
      "1.0rc1",
      "1.0",
      "1.0.post1",
    ]);
    expect(comparePep440(parsePep440("1.0")!, parsePep440("1.0.0")!)).toBe(0);
  });

  it("refuses what is not a version", () => {
    for (const t of ["", "abc", "1.0; rm -rf /", "1..0", "1.0+local", "$(id)"])
      expect(parsePep440(t), t).toBeNull();
  });

  it("picks from pip's list like npm's: 2.5 → 2.1, 3.0 → 2.1, 0.5 → 1.0", () => {
    const offered = ["1.0", "1.2", "2.0", "2.1", "3.0a1"].map((t) => parsePep440(t)!) as Pep440[];
    const pick = (r: string) => nearestVersion(parsePep440(r)!, offered, pep440Order)?.text;
    expect([pick("2.5"), pick("3.0"), pick("0.5")]).toEqual(["2.1", "2.1", "1.0"]);
  });

  it("reads pip's error: the requirement and the versions it offers", () => {
    const f = failure({
      tool: "pip",
      excerpt: [
        "ERROR: Could not find a version that satisfies the requirement Foo_Bar[extra]~=2.5 (from versions: 1.0, 2.0, 2.1, 3.0)",
      ],
    });
    expect(planPin(f)).toMatchObject({ name: "Foo_Bar", operator: "~=", to: "2.1" });
    // "none", or the pinned version itself on offer (a Python-version mismatch): nothing to move.
    const none = failure({
      excerpt: ["Could not find a version that satisfies the requirement x==1.0 (from versions: none)"],
    });
    const offered = failure({
      excerpt: ["Could not find a version that satisfies the requirement x==1.0 (from versions: 0.9, 1.0)"],
    });
    expect(planPin(none)).toBeNull();
    expect(planPin(offered)).toBeNull();
  });
});

describe("strict patterns for names from logs", () => {
  it("npm names", () => {
    for (const ok of ["lodash", "@scope/pkg", "a.b-c_d", "left-pad"]) expect(validNpmName(ok), ok).toBe(true);
    for (const bad of [
      "-rf",
      "--registry=x",
      "@scope",
      ".hidden",
      "_x",
      "Upper",
      "a b",
      "a;b",
      "x".repeat(215),
    ])
      expect(validNpmName(bad), bad).toBe(false);
  });

  it("Go module paths and versions", () => {
    expect(GO_MODULE.test("github.com/acme/lib/v2")).toBe(true);
    for (const bad of ["-mod=mod", "example.com", "a b/c", "example.com/x;id", "../x/y"])
      expect(GO_MODULE.test(bad), bad).toBe(false);
    for (const ok of ["v1.2.3", "v0.0.0-20200101000000-abcdefabcdef", "v2.0.0+incompatible"])
      expect(GO_VERSION.test(ok), ok).toBe(true);
    for (const bad of ["1.2.3", "v1.2", "latest", "v1.2.3 -x", "master"])
      expect(GO_VERSION.test(bad), bad).toBe(false);
  });
});
