// vitest, jest, mocha and node:test cases: assertion failures, snapshots, per-test timeouts, test-file
// import errors, and jobs that hang until the runner's step timeout kills them.
const esm = { name: "widgets", version: "1.0.0", type: "module", private: true };
const cjs = { name: "widgets", version: "1.0.0", private: true };
const VITEST = { name: "npx vitest run", command: "npx vitest run" };
const JEST = { name: "npx jest --ci", command: "npx jest --ci" };

const cartSrc = `export function total(items) {\n  return items.reduce((s, i) => s + i.price * (i.qty ?? 1), 0);\n}\n\nexport function discount(amount, pct) {\n  return amount - amount * pct;\n}\n`;
const cartCjs = `function total(items) {\n  return items.reduce((s, i) => s + i.price * (i.qty ?? 1), 0);\n}\n\nfunction discount(amount, pct) {\n  return amount - amount * pct;\n}\n\nmodule.exports = { total, discount };\n`;

export const testCases = [
  // ---- vitest
  {
    name: "vitest-assertion",
    category: "test_failure",
    tool: "vitest",
    files: {
      "package.json": esm,
      "src/cart.js": cartSrc,
      "test/cart.test.js": `import { describe, expect, it } from "vitest";\nimport { discount, total } from "../src/cart.js";\n\ndescribe("cart", () => {\n  it("sums prices", () => {\n    expect(total([{ price: 2 }, { price: 3, qty: 2 }])).toBe(8);\n  });\n  it("applies a discount", () => {\n    expect(discount(100, 10)).toBe(90);\n  });\n});\n`,
    },
    steps: [VITEST],
    key: [/FAIL .*applies a discount/, /AssertionError/],
    locations: [{ file: "test/cart.test.js", line: 9 }],
  },
  {
    name: "vitest-multi-file",
    category: "test_failure",
    tool: "vitest",
    color: true,
    files: {
      "package.json": esm,
      "src/cart.js": cartSrc,
      "src/slug.js": `export const slug = (s) => s.trim().toLowerCase().replace(/ /g, "-");\n`,
      "test/cart.test.js": `import { expect, test } from "vitest";\nimport { total } from "../src/cart.js";\n\ntest("empty cart", () => {\n  expect(total([])).toBe(0);\n});\n\ntest("quantities", () => {\n  expect(total([{ price: 5, qty: 3 }])).toEqual(14);\n});\n`,
      "test/slug.test.js": `import { expect, test } from "vitest";\nimport { slug } from "../src/slug.js";\n\ntest("collapses spaces", () => {\n  expect(slug("A  B")).toBe("a-b");\n});\n\ntest("objects", () => {\n  expect({ slug: slug("X Y"), n: 1 }).toStrictEqual({ slug: "x_y", n: 1 });\n});\n`,
    },
    steps: [{ name: "npm test", command: "npx vitest run --reporter=default" }],
    key: [/FAIL .*test\/\w+\.test\.js > /],
    locations: [
      { file: "test/cart.test.js", line: 9 },
      { file: "test/slug.test.js", line: 5 },
      { file: "test/slug.test.js", line: 9 },
    ],
  },
  {
    name: "vitest-snapshot",
    category: "test_failure",
    tool: "vitest",
    files: {
      "package.json": esm,
      "src/render.js": `export function render(user) {\n  return { tag: "div", className: "card card--" + user.role, text: user.name.toUpperCase() };\n}\n`,
      "test/render.test.js": `import { expect, test } from "vitest";\nimport { render } from "../src/render.js";\n\ntest("renders a card", () => {\n  expect(render({ name: "ada", role: "admin" })).toMatchSnapshot();\n});\n`,
      "test/__snapshots__/render.test.js.snap": `// Vitest Snapshot v1, https://vitest.dev/guide/snapshot.html\n\nexports[\`renders a card 1\`] = \`\n{\n  "className": "card admin",\n  "tag": "div",\n  "text": "ADA",\n}\n\`;\n`,
    },
    steps: [VITEST],
    key: [/FAIL .*renders a card/, /Snapshot .* mismatched/],
    locations: [{ file: "test/render.test.js", line: 5 }],
  },
  {
    name: "vitest-test-timeout",
    category: "test_failure",
    tool: "vitest",
    files: {
      "package.json": esm,
      "src/poll.js": `export function waitForReady() {\n  return new Promise(() => {});\n}\n`,
      "test/poll.test.js": `import { expect, test } from "vitest";\nimport { waitForReady } from "../src/poll.js";\n\ntest("service becomes ready", async () => {\n  await waitForReady();\n  expect(true).toBe(true);\n}, 1500);\n`,
    },
    steps: [VITEST],
    key: [/FAIL .*service becomes ready/, /Test timed out in/],
    locations: [{ file: "test/poll.test.js", line: 4 }],
    note: "a per-test timeout is a failing test, not a job timeout: the job ended normally with exit code 1",
  },
  {
    name: "vitest-import-missing",
    category: "import_error",
    tool: "vitest",
    files: {
      "package.json": esm,
      "src/cart.js": cartSrc,
      "test/cart.test.js": `import { expect, test } from "vitest";\nimport { total } from "../src/carts.js";\n\ntest("sums", () => {\n  expect(total([])).toBe(0);\n});\n`,
    },
    steps: [VITEST],
    key: [/Failed to (resolve|load)|Cannot find module|does the file exist/i],
    locations: [{ file: "test/cart.test.js", line: 2 }],
  },
  {
    name: "vitest-thrown-typeerror",
    category: "test_failure",
    tool: "vitest",
    files: {
      "package.json": esm,
      "src/profile.js": `export function initials(user) {\n  return user.name.first[0] + user.name.last[0];\n}\n`,
      "test/profile.test.js": `import { expect, test } from "vitest";\nimport { initials } from "../src/profile.js";\n\ntest("initials", () => {\n  expect(initials({ name: { first: "Ada", last: "Lovelace" } })).toBe("AL");\n});\n\ntest("initials without a name", () => {\n  expect(initials({})).toBe("");\n});\n`,
    },
    steps: [VITEST],
    key: [/FAIL .*initials without a name/, /TypeError: Cannot read properties/],
    locations: [
      { file: "src/profile.js", line: 2 },
      { file: "test/profile.test.js", line: 9 },
    ],
  },
  // ---- jest
  {
    name: "jest-assertion",
    category: "test_failure",
    tool: "jest",
    files: {
      "package.json": cjs,
      "src/cart.js": cartCjs,
      "test/cart.test.js": `const { total, discount } = require("../src/cart");\n\ndescribe("cart", () => {\n  test("sums prices", () => {\n    expect(total([{ price: 2 }, { price: 3, qty: 2 }])).toBe(8);\n  });\n\n  test("applies a discount", () => {\n    expect(discount(100, 10)).toBe(90);\n  });\n});\n`,
    },
    steps: [JEST],
    key: [/● cart › applies a discount/],
    locations: [{ file: "test/cart.test.js", line: 9 }],
  },
  {
    name: "jest-snapshot",
    category: "test_failure",
    tool: "jest",
    color: true,
    files: {
      "package.json": cjs,
      "src/render.js": `exports.render = (user) => ({ tag: "div", className: "card card--" + user.role, text: user.name.toUpperCase() });\n`,
      "test/render.test.js": `const { render } = require("../src/render");\n\ntest("renders a card", () => {\n  expect(render({ name: "ada", role: "admin" })).toMatchSnapshot();\n});\n`,
      "test/__snapshots__/render.test.js.snap": `// Jest Snapshot v1, https://jestjs.io/docs/snapshot-testing\n\nexports[\`renders a card 1\`] = \`\n{\n  "className": "card admin",\n  "tag": "div",\n  "text": "ADA",\n}\n\`;\n`,
    },
    steps: [JEST],
    key: [/● renders a card/, /Snapshot name: .renders a card 1./],
    locations: [{ file: "test/render.test.js", line: 4 }],
  },
  {
    name: "jest-multi-suite",
    category: "test_failure",
    tool: "jest",
    files: {
      "package.json": { ...cjs, scripts: { test: "jest" } },
      "src/cart.js": cartCjs,
      "src/dates.js": `exports.isoDay = (d) => d.toISOString().slice(0, 10);\n`,
      "test/cart.test.js": `const { total } = require("../src/cart");\n\ntest("quantities", () => {\n  expect(total([{ price: 5, qty: 3 }])).toEqual(14);\n});\n`,
      "test/dates.test.js": `const { isoDay } = require("../src/dates");\n\ntest("formats a day", () => {\n  expect(isoDay(new Date(Date.UTC(2024, 1, 29)))).toBe("2024-02-28");\n});\n\ntest("lists", () => {\n  expect([1, 2, 3]).toContain(4);\n});\n`,
      "test/ok.test.js": `test("ok", () => {\n  expect(1).toBe(1);\n});\n`,
    },
    steps: [{ name: "npm test", command: "npm test" }],
    key: [/^\s*● (quantities|formats a day|lists)$/],
    locations: [
      { file: "test/cart.test.js", line: 4 },
      { file: "test/dates.test.js", line: 4 },
      { file: "test/dates.test.js", line: 8 },
    ],
  },
  {
    name: "jest-test-timeout",
    category: "test_failure",
    tool: "jest",
    files: {
      "package.json": cjs,
      "test/queue.test.js": `test("drains the queue", async () => {\n  await new Promise(() => {});\n}, 1000);\n`,
    },
    steps: [JEST],
    key: [/● drains the queue/, /Exceeded timeout of/],
    locations: [{ file: "test/queue.test.js", line: 1 }],
    note: "a per-test timeout is a failing test, not a job timeout",
  },
  {
    name: "jest-cannot-find-module",
    category: "import_error",
    tool: "jest",
    files: {
      "package.json": cjs,
      "src/cart.js": cartCjs,
      "test/cart.test.js": `const { total } = require("../src/basket");\n\ntest("sums", () => {\n  expect(total([])).toBe(0);\n});\n`,
    },
    steps: [JEST],
    key: [/Cannot find module/],
    locations: [{ file: "test/cart.test.js", line: 1 }],
  },
  {
    name: "jest-syntax-error",
    category: "syntax_error",
    tool: "jest",
    files: {
      "package.json": cjs,
      "src/cart.js": `function total(items) {\n  return items.reduce((s, i) => s + i.price, 0;\n}\nmodule.exports = { total };\n`,
      "test/cart.test.js": `const { total } = require("../src/cart");\n\ntest("sums", () => {\n  expect(total([])).toBe(0);\n});\n`,
    },
    steps: [JEST],
    key: [/SyntaxError/],
    locations: [{ file: "src/cart.js", line: 2 }],
  },
  // ---- mocha
  {
    name: "mocha-assertion",
    category: "test_failure",
    tool: "mocha",
    files: {
      "package.json": esm,
      "src/cart.js": cartSrc,
      "test/cart.test.js": `import assert from "node:assert/strict";\nimport { discount, total } from "../src/cart.js";\n\ndescribe("cart", () => {\n  it("sums prices", () => {\n    assert.equal(total([{ price: 2 }]), 2);\n  });\n  it("applies a discount", () => {\n    assert.equal(discount(100, 10), 90);\n  });\n  it("keeps items", () => {\n    assert.deepEqual([{ price: 1 }], [{ price: 2 }]);\n  });\n});\n`,
    },
    steps: [{ name: "npx mocha", command: "npx mocha 'test/**/*.test.js'" }],
    key: [/^\s+\d+ failing$/, /AssertionError/],
    locations: [
      { file: "test/cart.test.js", line: 9 },
      { file: "test/cart.test.js", line: 12 },
    ],
  },
  {
    name: "mocha-timeout",
    category: "test_failure",
    tool: "mocha",
    files: {
      "package.json": esm,
      "test/db.test.js": `describe("db", function () {\n  it("connects", function (done) {\n    setTimeout(() => {}, 10);\n  });\n});\n`,
    },
    steps: [{ name: "npm test", command: "npx mocha --timeout 500 test" }],
    key: [/Error: Timeout of 500ms exceeded/],
    locations: [{ file: "test/db.test.js" }],
    note: "a per-test timeout is a failing test, not a job timeout",
  },
  // ---- node:test
  {
    name: "node-test-runner",
    category: "test_failure",
    tool: "node",
    files: {
      "package.json": esm,
      "src/cart.js": cartSrc,
      "test/cart.test.js": `import { test } from "node:test";\nimport assert from "node:assert/strict";\nimport { discount } from "../src/cart.js";\n\ntest("applies a discount", () => {\n  assert.strictEqual(discount(100, 10), 90);\n});\n`,
    },
    steps: [{ name: "node --test", command: "node --test" }],
    key: [/^not ok|✖ applies a discount/],
    locations: [{ file: "test/cart.test.js", line: 6 }],
  },
  // ---- job-level timeouts: the step hangs until the runner kills it
  {
    name: "jest-open-handle-hang",
    category: "timeout",
    tool: "jest",
    timedOut: "Run npx jest --ci",
    files: {
      "package.json": cjs,
      "test/server.test.js": `const http = require("node:http");\n\nconst server = http.createServer((_req, res) => res.end("ok"));\nbeforeAll((done) => { server.listen(0, done); });\n\ntest("server answers", () => {\n  expect(server.listening).toBe(true);\n});\n`,
    },
    steps: [{ name: "npx jest --ci", command: "npx jest --ci", timeout: 12 }],
    key: [/Jest did not exit/],
    locations: [],
  },
  {
    name: "mocha-no-exit-hang",
    category: "timeout",
    tool: "mocha",
    timedOut: "Run npm test",
    files: {
      "package.json": esm,
      "test/server.test.js": `import http from "node:http";\nimport assert from "node:assert";\n\nconst server = http.createServer((_req, res) => res.end("ok"));\nbefore((done) => { server.listen(0, done); });\n\nit("server answers", () => {\n  assert.ok(server.listening);\n});\n`,
    },
    steps: [{ name: "npm test", command: "npx mocha test", timeout: 6 }],
    key: [],
    locations: [],
    note: "all tests pass and mocha never exits (no --exit and an open server); only the runner's timeout says what happened",
  },
  {
    name: "vitest-hanging-test",
    category: "timeout",
    tool: "vitest",
    timedOut: "Run npx vitest run",
    files: {
      "package.json": esm,
      "vitest.config.js": `export default { test: { testTimeout: 0 } };\n`,
      "test/ok.test.js": `import { expect, test } from "vitest";\n\ntest("fast", () => {\n  expect(1).toBe(1);\n});\n`,
      "test/sync.test.js": `import { test } from "vitest";\n\ntest("waits for the sync job", async () => {\n  await new Promise(() => {});\n});\n`,
    },
    steps: [{ name: "npx vitest run", command: "npx vitest run", timeout: 8 }],
    key: [],
    locations: [],
  },
  {
    name: "vite-dev-server-hang",
    category: "timeout",
    tool: "vite",
    timedOut: "Run npm run dev",
    files: {
      "package.json": { ...esm, scripts: { dev: "vite" } },
      "index.html": `<!doctype html><html><body><script type="module" src="/src/main.js"></script></body></html>\n`,
      "src/main.js": `document.body.append("hi");\n`,
    },
    steps: [{ name: "npm run dev", command: "npm run dev -- --port 5199 --strictPort", timeout: 6 }],
    key: [],
    locations: [],
    note: "the workflow starts the dev server instead of building; it never exits",
  },
  {
    name: "node-server-hang",
    category: "timeout",
    tool: "node",
    timedOut: "Run node scripts/smoke.mjs",
    files: {
      "package.json": esm,
      "scripts/smoke.mjs": `import http from "node:http";\n\nconst server = http.createServer((_q, r) => r.end("ok"));\nserver.listen(0, () => {\n  console.log("smoke: server listening on port", server.address().port > 0 ? 3000 : 0);\n  console.log("smoke: waiting for readiness signal...");\n});\n`,
    },
    steps: [{ name: "node scripts/smoke.mjs", command: "node scripts/smoke.mjs", timeout: 4 }],
    key: [],
    locations: [],
  },
  {
    name: "node-test-hang",
    category: "timeout",
    tool: "node",
    timedOut: "Run npm test",
    files: {
      "package.json": esm,
      "test/queue.test.js": `import { test } from "node:test";\n\ntest("drains the queue", async () => {\n  await new Promise((r) => setInterval(() => {}, 1000));\n});\n`,
    },
    steps: [{ name: "npm test", command: "node --test", timeout: 5 }],
    key: [],
    locations: [],
  },
];
