import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/analysis/analyze.js";

describe("ci rules: awesome_bot", () => {
  it("reports the link list, not the network errors met while checking", async () => {
    const log = [
      "$ awesome_bot README.md --allow-ssl --white-list github.com",
      "Links to check: 3, 1 white listed",
      "  1. https://example.org/a",
      "  2. https://gone.example.com",
      "  3. https://example.org/b",
      "Checking URLs: ✓→✓",
      "Issues :-(",
      "> Links ",
      "  1. [L0012] 404 https://example.org/a  ",
      "  2. [L0040]  https://gone.example.com Failed to open TCP connection to gone.example.com:443 (getaddrinfo: Name or service not known)",
      "> Dupes ",
      "  None ✓",
      "",
      "Wrote results to ab-results-README.md.json",
      'The command "awesome_bot README.md --allow-ssl --white-list github.com" exited with 1.',
    ].join("\n");
    const res = await analyzeText(log);
    const f = res.failures[0];
    expect(f.rule).toBe("ci.awesome-bot");
    expect(f.category).toBe("lint_error");
    expect(f.excerpt.map((l) => l.trim())).toEqual([
      "> Links",
      "1. [L0012] 404 https://example.org/a",
      "2. [L0040]  https://gone.example.com Failed to open TCP connection to gone.example.com:443 (getaddrinfo: Name or service not known)",
      "> Dupes",
      "None ✓",
    ]);
  });
});
