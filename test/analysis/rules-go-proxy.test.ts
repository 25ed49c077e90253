import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/analysis/analyze.js";

describe("go: a module version the proxy does not have", () => {
  it.each([
    "go: example.com/calc@v1.2.5: reading file:///tmp/p/example.com/calc/@v/v1.2.5.info: no such file or directory",
    "main.go:6:2: example.com/calc@v1.2.5: reading file:///tmp/p/example.com/calc/@v/v1.2.5.zip: no such file or directory",
    "go: example.com/calc@v1.2.5: reading http://127.0.0.1:8080/example.com/calc/@v/v1.2.5.info: 404 Not Found",
    "go: example.com/calc@v1.2.5: reading https://proxy.golang.org/example.com/calc/@v/v1.2.5.info: 404 Not Found",
  ])("is a dependency failure: %s", async (line) => {
    const { failures } = await analyzeText(`${line}\n`);
    expect(failures[0]).toMatchObject({
      rule: "go.module",
      strategy: "dependencies",
      category: "dependency_error",
    });
  });
});
