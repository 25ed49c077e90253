/** CFG-01/02/03/05: the config is validated strictly and fails closed with a message naming the key. */
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG, parseConfig } from "../../src/policy/config.js";
import { ConfigurationError } from "../../src/util/errors.js";

const bad = (text: string) => {
  try {
    parseConfig({ text });
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigurationError);
    return (e as Error).message;
  }
  throw new Error("expected a ConfigurationError");
};

describe("config", () => {
  it("gives conservative defaults for an empty file and reads a full one", () => {
    expect(parseConfig({ text: "" })).toEqual(DEFAULT_CONFIG);
    const c = parseConfig({
      text: [
        "version: 1",
        "enabled: true",
        "mode: semi",
        "workflows: [CI, Lint]",
        "protected_paths: ['infra/**']",
        "labels: [bot-fix]",
        "limits: { daily_prs: 2, attempts_per_fingerprint: 1, max_files: 5, max_changed_lines: 50, max_patch_bytes: 10000 }",
        "issues: { close_on_success: true, conclusions: [failure, timed_out] }",
        "commands: { allowed_bot_ids: [49699333] }",
      ].join("\n"),
    });
    expect(c.mode).toBe("semi");
    expect(c.limits.dailyPrs).toBe(2);
    expect(c.issues.conclusions).toEqual(["failure", "timed_out"]);
    expect(Object.getPrototypeOf(c)).toBe(Object.prototype);
  });

  it.each([
    ["bad indent", "mode: semi\n  limits: 1\n", /not valid YAML|could not be read/],
    ["tab indent", "limits:\n\tdaily_prs: 1\n", /not valid YAML|could not be read/],
    ["unclosed flow sequence", "workflows: [CI, Lint\n", /not valid YAML|could not be read/],
    ["duplicate keys", "mode: semi\nmode: auto\n", /not valid YAML.*unique/],
  ])("refuses malformed YAML: %s (CFG-01)", (_n, text, re) => {
    expect(bad(text)).toMatch(re);
  });

  it("refuses an alias bomb quickly (CFG-02)", () => {
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x]",
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
    ].join("\n");
    expect(bad(bomb)).toMatch(/alias|YAML/i);
  });

  it.each([
    ['auto_merge: "yes"', /unknown key auto_merge/],
    ["limits: { daily_prs: -1 }", /limits.daily_prs must be an integer from 0 to 100, got -1/],
    ["limits: { daily_prs: 1e9 }", /limits.daily_prs must be an integer/],
    ['limits: { max_files: "10; rm" }', /limits.max_files must be an integer/],
    ['enabled: "yes"', /enabled must be true or false/],
    ["mode: yolo", /mode must be one of observe, assist, semi, auto/],
    ["version: 1.10", /version must be 1/],
    ["__proto__: { enabled: false }", /unknown key __proto__/],
    ["labels: ['a,b']", /labels\[0\]/],
    ["issues: { conclusions: [cancelled] }", /issues.conclusions\[0\] must be one of/],
    ['commands: { allowed_bot_ids: ["dependabot[bot]"] }', /numeric GitHub user ids/],
  ])("refuses %s with a message naming the key (CFG-03)", (text, re) => {
    expect(bad(text)).toMatch(re);
  });

  it("refuses a huge file and deep nesting (CFG-05)", () => {
    expect(bad(`workflows: [${"x, ".repeat(40_000)}x]`)).toMatch(/larger than/);
    expect(bad(`${"[".repeat(10_000)}${"]".repeat(10_000)}`)).toMatch(/YAML|mapping/);
  });
});
