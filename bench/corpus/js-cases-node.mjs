// node runtime crashes, module resolution failures and vite builds.
const esm = { name: "widgets", version: "1.0.0", type: "module", private: true };
const cjs = { name: "widgets", version: "1.0.0", private: true };
const nodeErr = (name) => new RegExp(`^${name}\\b`);

export const nodeCases = [
  // ---- runtime_error
  {
    name: "node-typeerror",
    category: "runtime_error",
    tool: "node",
    files: {
      "package.json": esm,
      "src/config.js": `export function load() {\n  return { server: undefined };\n}\n`,
      "src/index.js": `import { load } from "./config.js";\n\nconst config = load();\nconsole.log("starting on port", config.server.port);\n`,
    },
    steps: [{ name: "node src/index.js", command: "node src/index.js" }],
    key: [nodeErr("TypeError")],
    locations: [{ file: "src/index.js", line: 4 }],
  },
  {
    name: "node-referenceerror",
    category: "runtime_error",
    tool: "node",
    files: {
      "package.json": { ...cjs, scripts: { "gen:docs": "node scripts/gen-docs.js" } },
      "scripts/gen-docs.js": `const pages = ["intro", "api"];\n\nfunction render(page) {\n  return "# " + titleCase(page);\n}\n\nfor (const p of pages) console.log(render(p));\n`,
    },
    steps: [{ name: "npm run gen:docs", command: "npm run gen:docs" }],
    key: [nodeErr("ReferenceError")],
    locations: [{ file: "scripts/gen-docs.js", line: 4 }],
  },
  {
    name: "node-unhandled-rejection",
    category: "runtime_error",
    tool: "node",
    files: {
      "package.json": esm,
      "scripts/migrate.js": `async function migrate() {\n  await new Promise((r) => setTimeout(r, 10));\n  return Promise.reject("connection refused by db.internal:5432");\n}\n\nmigrate().then(() => console.log("done"));\n`,
    },
    steps: [{ name: "node scripts/migrate.js", command: "node scripts/migrate.js" }],
    key: [/^UnhandledPromiseRejection:/],
    locations: [],
  },
  {
    name: "node-async-throw",
    category: "runtime_error",
    tool: "node",
    files: {
      "package.json": esm,
      "scripts/seed.js": `async function seed(rows) {\n  for (const r of rows) {\n    if (!r.email) throw new Error(\`row \${r.id} has no email\`);\n  }\n}\n\nawait seed([{ id: 1, email: "a@x" }, { id: 2 }]);\n`,
    },
    steps: [{ name: "node scripts/seed.js", command: "node scripts/seed.js" }],
    key: [/^Error: row 2 has no email/],
    locations: [{ file: "scripts/seed.js", line: 3 }],
  },
  {
    name: "node-enoent",
    category: "runtime_error",
    tool: "node",
    files: {
      "package.json": { ...cjs, scripts: { build: "node scripts/build.js" } },
      "scripts/build.js": `const fs = require("node:fs");\n\nconst cfg = JSON.parse(fs.readFileSync("config/app.json", "utf8"));\nconsole.log(cfg.name);\n`,
    },
    steps: [{ name: "npm run build", command: "npm run build" }],
    key: [/^Error: ENOENT/],
    locations: [{ file: "scripts/build.js", line: 3 }],
  },
  {
    name: "node-stack-overflow",
    category: "runtime_error",
    tool: "node",
    files: {
      "package.json": esm,
      "src/tree.js": `export function depth(node) {\n  return 1 + Math.max(0, ...node.children.map(depth));\n}\n`,
      "src/index.js": `import { depth } from "./tree.js";\n\nconst root = { children: [] };\nroot.children.push(root);\nconsole.log(depth(root));\n`,
    },
    steps: [{ name: "node src/index.js", command: "node src/index.js" }],
    key: [nodeErr("RangeError")],
    locations: [{ file: "src/tree.js", line: 2 }],
  },
  {
    name: "node-heap-oom",
    category: "runtime_error",
    tool: "node",
    files: {
      "package.json": esm,
      "scripts/index-all.js": `const cache = [];\nfor (let i = 0; ; i++) cache.push({ id: i, payload: "x".repeat(64) + i });\n`,
    },
    steps: [
      {
        name: "node --max-old-space-size=32 scripts/index-all.js",
        command: "node --max-old-space-size=32 scripts/index-all.js",
      },
    ],
    key: [/JavaScript heap out of memory/],
    locations: [],
  },
  // ---- import_error
  {
    name: "node-esm-module-not-found",
    category: "import_error",
    tool: "node",
    files: {
      "package.json": esm,
      "src/index.js": `import { slug } from "./lib/strings.js";\n\nconsole.log(slug("Hello World"));\n`,
      "src/lib/string.js": `export const slug = (s) => s.toLowerCase().replace(/ /g, "-");\n`,
    },
    steps: [{ name: "node src/index.js", command: "node src/index.js" }],
    key: [/ERR_MODULE_NOT_FOUND\]|Cannot find module/],
    locations: [{ file: "src/index.js" }],
  },
  {
    name: "node-cjs-missing-package",
    category: "import_error",
    tool: "node",
    files: {
      "package.json": { ...cjs, scripts: { start: "node server.js" } },
      "server.js": `const express = require("express");\n\nconst app = express();\napp.listen(3000);\n`,
    },
    steps: [{ name: "npm start", command: "npm start" }],
    key: [/^Error: Cannot find module/],
    locations: [{ file: "server.js" }],
  },
  {
    name: "node-missing-export",
    category: "import_error",
    tool: "node",
    files: {
      "package.json": esm,
      "src/math.js": `export const add = (a, b) => a + b;\n`,
      "src/index.js": `import { add, mul } from "./math.js";\n\nconsole.log(add(1, 2), mul(2, 3));\n`,
    },
    steps: [{ name: "node src/index.js", command: "node src/index.js" }],
    key: [/does not provide an export named/],
    locations: [{ file: "src/index.js", line: 1 }],
  },
  // ---- syntax_error
  {
    name: "node-syntax-error",
    category: "syntax_error",
    tool: "node",
    files: {
      "package.json": esm,
      "src/index.js": `const routes = {\n  home: "/",\n  about: "/about"\n  contact: "/contact",\n};\nconsole.log(routes);\n`,
    },
    steps: [{ name: "node src/index.js", command: "node src/index.js" }],
    key: [nodeErr("SyntaxError")],
    locations: [{ file: "src/index.js", line: 4 }],
  },
  // ---- vite build
  {
    name: "vite-build-unresolved-import",
    category: "import_error",
    tool: "vite",
    files: {
      "package.json": { ...esm, scripts: { build: "vite build" } },
      "index.html": `<!doctype html><html><body><div id="app"></div><script type="module" src="/src/main.js"></script></body></html>\n`,
      "src/main.js": `import { mount } from "./components/App.js";\n\nmount(document.getElementById("app"));\n`,
      "src/components/app.js": `export function mount(el) {\n  el.textContent = "hi";\n}\n`,
    },
    steps: [{ name: "npm run build", command: "npm run build" }],
    key: [/Could not resolve|failed to resolve/i],
    locations: [{ file: "src/main.js" }],
  },
  {
    name: "vite-build-missing-entry",
    category: "build_failure",
    tool: "vite",
    files: {
      "package.json": { ...esm, scripts: { build: "vite build" } },
      "vite.config.js": `export default { build: { rollupOptions: { input: "src/entry.html" } } };\n`,
      "index.html": `<!doctype html><html><body><script type="module" src="/src/main.js"></script></body></html>\n`,
      "src/main.js": `document.body.append("hi");\n`,
    },
    steps: [{ name: "npm run build", command: "npm run build" }],
    key: [/entry module/],
    locations: [],
  },
  {
    name: "vite-build-config-error",
    category: "build_failure",
    tool: "vite",
    files: {
      "package.json": { ...esm, scripts: { build: "vite build" } },
      "vite.config.js": `import { defineConfig } from "vite";\n\nexport default defineConfig(({ mode }) => {\n  const env = process.env.DEPLOY_TARGET.toLowerCase();\n  return { base: env === "cdn" ? "/static/" : "/" };\n});\n`,
      "index.html": `<!doctype html><html><body><script type="module" src="/src/main.js"></script></body></html>\n`,
      "src/main.js": `document.body.append("hi");\n`,
    },
    steps: [{ name: "npm run build", command: "npm run build" }],
    key: [/failed to load config/],
    locations: [{ file: "vite.config.js" }],
  },
  {
    name: "vite-build-syntax",
    category: "syntax_error",
    tool: "vite",
    files: {
      "package.json": { ...esm, scripts: { build: "vite build" } },
      "index.html": `<!doctype html><html><body><script type="module" src="/src/main.js"></script></body></html>\n`,
      "src/main.js": `const items = [1, 2, 3;\ndocument.body.append(String(items.length));\n`,
    },
    steps: [{ name: "npm run build", command: "npm run build" }],
    key: [/src\/main\.js/],
    locations: [{ file: "src/main.js", line: 1 }],
  },
  {
    name: "tsc-emit-build-script",
    category: "build_failure",
    tool: "tsc",
    files: {
      "package.json": {
        ...esm,
        scripts: { build: "tsc -p tsconfig.build.json && node scripts/copy-assets.js" },
      },
      "tsconfig.build.json": {
        compilerOptions: { module: "NodeNext", types: [], allowJs: true },
        include: ["src"],
      },
      "src/index.js": `export const x = 1;\n`,
      "scripts/copy-assets.js": `console.log("copied");\n`,
    },
    steps: [{ name: "npm run build", command: "npm run build" }],
    key: [/error TS\d+/],
    locations: [{ file: "src/index.js" }],
  },
];
