import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // GitHub's workflow parser imports JSON without import attributes; inlining lets vite handle it.
    server: { deps: { inline: ["@actions/workflow-parser", "@actions/expressions"] } },
  },
});
