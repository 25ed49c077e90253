// Playwright, webpack, esbuild, markdownlint and stylelint: the other tools JS workflows run.
const esm = { name: "widgets", version: "1.0.0", type: "module", private: true };
const cjs = { name: "widgets", version: "1.0.0", private: true };
const pwConfig = `import { defineConfig } from "@playwright/test";\nexport default defineConfig({ testDir: "tests", reporter: "list", workers: 1 });\n`;
const webpackConfig = `module.exports = { mode: "production", entry: "./src/index.js", output: { path: __dirname + "/dist" } };\n`;

export const moreCases = [
  // ---- Playwright (tests that need no browser, so they run without one installed)
  {
    name: "playwright-assertion",
    category: "test_failure",
    tool: "playwright",
    files: {
      "package.json": esm,
      "playwright.config.js": pwConfig,
      "src/price.js": `export const withTax = (n) => Math.round(n * 1.2 * 100) / 100;\n`,
      "tests/price.spec.js": `import { test, expect } from "@playwright/test";\nimport { withTax } from "../src/price.js";\n\ntest("adds tax", () => {\n  expect(withTax(10)).toBe(12);\n});\n\ntest("rounds to cents", () => {\n  expect(withTax(0.1)).toBe(0.13);\n});\n`,
    },
    steps: [{ name: "npx playwright test", command: "npx playwright test" }],
    key: [/^\s+\d+\) .*rounds to cents/, /Error: expect\(received\)\.toBe\(expected\)/],
    locations: [
      { file: "tests/price.spec.js", line: 8 },
      { file: "tests/price.spec.js", line: 9 },
    ],
  },
  {
    name: "playwright-test-timeout",
    category: "test_failure",
    tool: "playwright",
    files: {
      "package.json": esm,
      "playwright.config.js": `import { defineConfig } from "@playwright/test";\nexport default defineConfig({ testDir: "tests", reporter: "list", workers: 1, timeout: 1500 });\n`,
      "tests/sync.spec.js": `import { test } from "@playwright/test";\n\ntest("waits for the sync", async () => {\n  await new Promise(() => {});\n});\n`,
    },
    steps: [{ name: "npx playwright test", command: "npx playwright test" }],
    key: [/^\s+\d+\) .*waits for the sync/, /Test timeout of \d+ms exceeded/],
    locations: [{ file: "tests/sync.spec.js", line: 3 }],
    note: "a per-test timeout is a failing test, not a job timeout",
  },
  {
    name: "playwright-multi",
    category: "test_failure",
    tool: "playwright",
    files: {
      "package.json": esm,
      "playwright.config.js": pwConfig,
      "tests/a.spec.js": `import { test, expect } from "@playwright/test";\n\ntest.describe("cart", () => {\n  test("empty", () => {\n    expect([]).toHaveLength(1);\n  });\n  test("ok", () => {\n    expect(1).toBe(1);\n  });\n});\n`,
      "tests/b.spec.js": `import { test, expect } from "@playwright/test";\n\ntest("title", () => {\n  expect("Widgets Shop").toContain("Store");\n});\n`,
    },
    steps: [{ name: "npm run test:e2e", command: "npx playwright test" }],
    key: [/^\s+\d+\) .*(empty|title)/],
    locations: [
      { file: "tests/a.spec.js", line: 5 },
      { file: "tests/b.spec.js", line: 4 },
    ],
  },
  // ---- webpack
  {
    name: "webpack-module-not-found",
    category: "import_error",
    tool: "webpack",
    files: {
      "package.json": { ...cjs, scripts: { build: "webpack" } },
      "webpack.config.js": webpackConfig,
      "src/index.js": `import { mount } from "./components/app";\nmount(document.body);\n`,
      "src/components/App.js": `export const mount = (el) => el.append("hi");\n`,
    },
    steps: [{ name: "npm run build", command: "npm run build" }],
    key: [/Module not found: Error: Can't resolve/],
    locations: [{ file: "src/index.js" }],
  },
  {
    name: "webpack-parse-error",
    category: "syntax_error",
    tool: "webpack",
    files: {
      "package.json": { ...cjs, scripts: { build: "webpack" } },
      "webpack.config.js": webpackConfig,
      "src/index.js": `const items = [1, 2, 3;\nconsole.log(items);\n`,
    },
    steps: [{ name: "npm run build", command: "npm run build" }],
    key: [/Module parse failed/],
    locations: [{ file: "src/index.js", line: 1 }],
  },
  {
    name: "webpack-missing-package",
    category: "import_error",
    tool: "webpack",
    files: {
      "package.json": { ...cjs, scripts: { build: "webpack" } },
      "webpack.config.js": webpackConfig,
      "src/index.js": `import dayjs from "dayjs";\nconsole.log(dayjs().format());\n`,
    },
    steps: [{ name: "npm run build", command: "npm run build" }],
    key: [/Module not found: Error: Can't resolve 'dayjs'/],
    locations: [{ file: "src/index.js" }],
  },
  // ---- esbuild
  {
    name: "esbuild-unresolved",
    category: "import_error",
    tool: "esbuild",
    files: {
      "package.json": esm,
      "src/index.ts": `import { slug } from "./lib/strings";\nconsole.log(slug("A B"));\n`,
      "src/lib/string.ts": `export const slug = (s: string) => s.toLowerCase();\n`,
    },
    steps: [
      { name: "npx esbuild --bundle", command: "npx esbuild src/index.ts --bundle --outfile=dist/index.js" },
    ],
    key: [/\[ERROR\] Could not resolve/],
    locations: [{ file: "src/index.ts", line: 1 }],
  },
  {
    name: "esbuild-syntax",
    category: "syntax_error",
    tool: "esbuild",
    files: {
      "package.json": esm,
      "src/index.ts": `export function area(w: number, h: number) {\n  return w * h;\n}}\n`,
    },
    steps: [
      { name: "npx esbuild --bundle", command: "npx esbuild src/index.ts --bundle --outfile=dist/index.js" },
    ],
    key: [/\[ERROR\] /],
    locations: [{ file: "src/index.ts", line: 3 }],
  },
  // ---- markdownlint and stylelint
  {
    name: "markdownlint",
    category: "lint_error",
    tool: "markdownlint",
    files: {
      "package.json": esm,
      "README.md": `# Widgets\n\nSee https://example.com for docs.\n\n1. one\n3. two\n\n## Install\n## Usage\n`,
      "docs/guide.md": `Guide\n=====\n\n* a\n+ b\n`,
    },
    steps: [{ name: "npx markdownlint-cli2", command: "npx markdownlint-cli2 '**/*.md' '#node_modules'" }],
    key: [/^\S+\.md:\d+(:\d+)? (error )?MD\d+/],
    locations: [
      { file: "README.md", line: 3 },
      { file: "docs/guide.md", line: 5 },
    ],
  },
  {
    name: "stylelint",
    category: "lint_error",
    tool: "stylelint",
    files: {
      "package.json": esm,
      ".stylelintrc.json": { extends: "stylelint-config-standard" },
      "src/app.css": `.btn {\n  color: #FFF;\n  colr: red;\n}\n\n.btn {\n  padding: 0;\n}\n`,
    },
    steps: [{ name: "npx stylelint", command: "npx stylelint 'src/**/*.css'" }],
    key: [/^\s+\d+:\d+\s+✖/],
    locations: [{ file: "src/app.css", line: 3 }],
  },
  // ---- coverage thresholds and lint setup
  {
    name: "jest-coverage-threshold",
    category: "test_failure",
    tool: "jest",
    files: {
      "package.json": { ...cjs, jest: { coverageThreshold: { global: { lines: 90 } } } },
      "src/cart.js": `exports.total = (items) => items.reduce((s, i) => s + i.price, 0);\nexports.refund = (order) => {\n  if (!order.paid) return 0;\n  return order.amount;\n};\nexports.fee = (n) => (n > 100 ? 0 : 5);\n`,
      "test/cart.test.js": `const { total } = require("../src/cart");\n\ntest("sums", () => {\n  expect(total([{ price: 2 }])).toBe(2);\n});\n`,
    },
    steps: [{ name: "npx jest --ci --coverage", command: "npx jest --ci --coverage" }],
    key: [/coverage threshold for|Coverage for \w+ .* does not meet/],
    locations: [],
  },
  {
    name: "vitest-coverage-threshold",
    category: "test_failure",
    tool: "vitest",
    files: {
      "package.json": esm,
      "vitest.config.js": `export default { test: { coverage: { provider: "v8", thresholds: { lines: 90 } } } };\n`,
      "src/cart.js": `export const total = (items) => items.reduce((s, i) => s + i.price, 0);\nexport function refund(order) {\n  if (!order.paid) return 0;\n  return order.amount;\n}\nexport const fee = (n) => (n > 100 ? 0 : 5);\n`,
      "test/cart.test.js": `import { expect, test } from "vitest";\nimport { total } from "../src/cart.js";\n\ntest("sums", () => {\n  expect(total([{ price: 2 }])).toBe(2);\n});\n`,
    },
    steps: [{ name: "npx vitest run --coverage", command: "npx vitest run --coverage" }],
    key: [/Coverage for \w+ .* does not meet/],
    locations: [],
  },
  {
    name: "eslint-no-config",
    category: "build_failure",
    tool: "eslint",
    files: { "package.json": esm, "src/index.js": `export const x = 1;\n` },
    steps: [{ name: "npx eslint .", command: "npx eslint ." }],
    key: [/ESLint couldn't find/],
    locations: [],
  },
  // ---- red herrings: stack frames printed by passing tests in the step that fails later
  {
    name: "jest-console-then-eslint",
    category: "lint_error",
    tool: "eslint",
    files: {
      "package.json": { ...cjs, scripts: { ci: "jest --ci && eslint src" } },
      "eslint.config.js": `const js = require("@eslint/js");\nmodule.exports = [js.configs.recommended, { languageOptions: { globals: { console: "readonly", module: "writable", require: "readonly" } } }];\n`,
      "src/cart.js": `function total(items) {\n  console.log("computing total for", items.length, "items");\n  return items.reduce((s, i) => s + i.price, 0);\n}\nfunction unused() {}\nmodule.exports = { total };\n`,
      "test/cart.test.js": `const { total } = require("../src/cart");\n\ntest("sums", () => {\n  console.warn("deprecated: total() will move");\n  expect(total([{ price: 2 }])).toBe(2);\n});\n`,
    },
    steps: [{ name: "npm run ci", command: "npm run ci" }],
    key: [/^\s+\d+:\d+\s+error\s/],
    locations: [{ file: "src/cart.js", line: 5 }],
    note: "jest passes but prints console frames ('at Object.log (src/cart.js:2:11)'); they are not failures",
  },
  {
    name: "mocha-logged-errors-then-prettier",
    category: "format_error",
    tool: "prettier",
    files: {
      "package.json": { ...esm, scripts: { check: "mocha && prettier --check src" } },
      "src/retry.js": `export async function retry(fn, times) {\n  for (let i = 0; i < times; i++) {\n    try {\n      return await fn();\n    } catch (err) {\n      console.error(err);\n    }\n  }\n  return null;\n}\n`,
      "src/fmt.js": `export const fmt = (n)=>n.toFixed( 2 )\n`,
      "test/retry.test.js": `import assert from "node:assert";\nimport { retry } from "../src/retry.js";\n\ndescribe("retry", () => {\n  it("gives up after the last attempt", async () => {\n    const result = await retry(() => {\n      throw new Error("connection reset");\n    }, 2);\n    assert.strictEqual(result, null);\n  });\n});\n`,
    },
    steps: [{ name: "npm run check", command: "npm run check" }],
    key: [/\[warn\] src\//],
    locations: [{ file: "src/fmt.js" }],
    note: "the passing retry test logs two errors with 'at Context.<anonymous>' frames; they are not failures",
  },
  {
    name: "ts-jest-type-error",
    category: "type_error",
    tool: "tsc",
    files: {
      "package.json": { ...cjs, jest: { preset: "ts-jest", testEnvironment: "node" } },
      "tsconfig.json": {
        compilerOptions: {
          strict: true,
          module: "commonjs",
          target: "ES2022",
          esModuleInterop: true,
          types: [],
        },
      },
      "src/interpolate.ts": `export function interpolate(template: string, vars: Record<string, string>): string {\n  return template.replace(/{{(\\w+)}}/g, (_m, k: string) => vars[k] ?? "");\n}\n`,
      "src/interpolate.spec.ts": `import { describe, expect, it } from "@jest/globals";\nimport { interpolate } from "./interpolate";\n\ndescribe("interpolate", () => {\n  it("keeps text without variables", () => {\n    expect(interpolate("plain")).toBe("plain");\n  });\n});\n`,
    },
    steps: [{ name: "npm test", command: "npx jest --ci" }],
    key: [/error TS\d+/],
    locations: [{ file: "src/interpolate.spec.ts", line: 6 }],
    note: "ts-jest reports the type error inside Jest's 'Test suite failed to run'",
  },
  {
    name: "eslint-typed-not-in-project",
    category: "lint_error",
    tool: "eslint",
    files: {
      "package.json": esm,
      "tsconfig.json": { compilerOptions: { strict: true, module: "NodeNext", types: [] }, include: ["src"] },
      "eslint.config.js": `import tseslint from "typescript-eslint";\nexport default tseslint.config(tseslint.configs.recommendedTypeChecked, { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } });\n`,
      "src/index.ts": `export const x: number = 1;\n`,
      "scripts/release.ts": `export const version = "1.0.0";\n`,
    },
    steps: [{ name: "npx eslint .", command: "npx eslint src scripts" }],
    key: [/Parsing error: .*project service/],
    locations: [{ file: "scripts/release.ts" }],
    note: "typed linting: the file is outside every tsconfig; not a syntax error",
  },
  {
    name: "jest-no-tests",
    category: "test_failure",
    tool: "jest",
    files: {
      "package.json": { ...cjs, jest: { testMatch: ["**/__tests__/**/*.spec.js"] } },
      "src/cart.js": `exports.total = (items) => items.length;\n`,
      "test/cart.test.js": `test("sums", () => {\n  expect(1).toBe(1);\n});\n`,
    },
    steps: [{ name: "npx jest --ci", command: "npx jest --ci" }],
    key: [/No tests found, exiting with code 1/],
    locations: [],
  },
  {
    name: "vitest-unhandled-rejection",
    category: "test_failure",
    tool: "vitest",
    files: {
      "package.json": esm,
      "src/notify.js": `export function notify(user) {\n  setTimeout(() => {\n    throw new Error(\`no email for \${user.id}\`);\n  }, 1);\n  return true;\n}\n`,
      "test/notify.test.js": `import { expect, test } from "vitest";\nimport { notify } from "../src/notify.js";\n\ntest("notifies", async () => {\n  expect(notify({ id: 7 })).toBe(true);\n  await new Promise((r) => setTimeout(r, 20));\n});\n`,
    },
    steps: [{ name: "npx vitest run", command: "npx vitest run" }],
    key: [/Vitest caught \d+ unhandled error/],
    locations: [{ file: "src/notify.js", line: 3 }],
  },
];
