// tsc cases: type, syntax, import and build (config/emit) failures, made by the real compiler.
const tsconfig = (extra = {}) => ({
  compilerOptions: {
    target: "ES2022",
    module: "NodeNext",
    moduleResolution: "NodeNext",
    strict: true,
    outDir: "dist",
    rootDir: "src",
    types: [],
    ...extra,
  },
  include: ["src"],
});
const pkg = { name: "widgets", version: "1.0.0", type: "module", private: true };
const base = (files, extra) => ({ "package.json": pkg, "tsconfig.json": tsconfig(extra), ...files });
const TSC = { name: "npx tsc --noEmit", command: "npx tsc --noEmit -p tsconfig.json" };
const errTs = /error TS\d+/;

export const tsCases = [
  {
    name: "tsc-assign",
    category: "type_error",
    tool: "tsc",
    files: base({
      "src/index.ts": `export function total(prices: number[]): number {\n  let sum = 0;\n  for (const p of prices) sum += p;\n  const label: number = "total";\n  return sum + label;\n}\n`,
    }),
    steps: [TSC],
    key: errTs,
    locations: [{ file: "src/index.ts", line: 4 }],
  },
  {
    name: "tsc-argument",
    category: "type_error",
    tool: "tsc",
    files: base({
      "src/math.ts": `export function scale(value: number, factor: number): number {\n  return value * factor;\n}\n`,
      "src/index.ts": `import { scale } from "./math.js";\n\nconst input: string = "3";\nexport const scaled = scale(input, 2);\n`,
    }),
    steps: [{ name: "npm run typecheck", command: "npx tsc --noEmit" }],
    key: errTs,
    locations: [{ file: "src/index.ts", line: 4 }],
  },
  {
    name: "tsc-property-multi",
    category: "type_error",
    tool: "tsc",
    files: base({
      "src/user.ts": `export interface User {\n  id: number;\n  name: string;\n}\n\nexport function greet(u: User): string {\n  return "hi " + u.nmae;\n}\n`,
      "src/order.ts": `import type { User } from "./user.js";\n\nexport interface Order {\n  owner: User;\n  total: number;\n}\n\nexport function describe(o: Order): string {\n  return o.owner.email + " " + o.totl.toFixed(2);\n}\n`,
    }),
    steps: [TSC],
    key: errTs,
    locations: [
      { file: "src/order.ts", line: 9 },
      { file: "src/user.ts", line: 7 },
    ],
  },
  {
    name: "tsc-implicit-any-pretty",
    category: "type_error",
    tool: "tsc",
    color: true,
    files: base({
      "src/handlers.ts": `export function onEvent(event, ctx) {\n  return event.type + ctx.id;\n}\n`,
    }),
    steps: [{ name: "npx tsc --noEmit --pretty", command: "npx tsc --noEmit --pretty" }],
    key: errTs,
    locations: [{ file: "src/handlers.ts", line: 1 }],
  },
  {
    name: "tsc-possibly-undefined",
    category: "type_error",
    tool: "tsc",
    files: base({
      "src/config.ts": `const env: Record<string, string | undefined> = { PORT: "8080" };\n\nexport function port(): number {\n  const raw = env.PORT;\n  return raw.length > 0 ? Number.parseInt(raw, 10) : 80;\n}\n\nexport const items = [1, 2, 3];\nexport const first: number = items.find((i) => i > 1);\n`,
    }),
    steps: [{ name: "npm run lint:types", command: "npx tsc --noEmit --pretty false" }],
    key: errTs,
    locations: [
      { file: "src/config.ts", line: 5 },
      { file: "src/config.ts", line: 9 },
    ],
  },
  {
    name: "tsc-build-mode-missing-prop",
    category: "type_error",
    tool: "tsc",
    files: {
      "package.json": pkg,
      "tsconfig.json": { files: [], references: [{ path: "./packages/core" }, { path: "./packages/app" }] },
      "packages/core/tsconfig.json": {
        compilerOptions: {
          composite: true,
          strict: true,
          outDir: "dist",
          rootDir: "src",
          module: "NodeNext",
          types: [],
        },
        include: ["src"],
      },
      "packages/core/src/index.ts": `export interface Widget {\n  id: string;\n  size: number;\n  color: string;\n}\n`,
      "packages/app/tsconfig.json": {
        compilerOptions: {
          composite: true,
          strict: true,
          outDir: "dist",
          rootDir: "src",
          module: "NodeNext",
          types: [],
        },
        include: ["src"],
        references: [{ path: "../core" }],
      },
      "packages/app/src/main.ts": `import type { Widget } from "../../core/src/index.js";\n\nexport const w: Widget = { id: "a", size: 2 };\n`,
    },
    steps: [{ name: "npx tsc -b", command: "npx tsc -b" }],
    key: errTs,
    locations: [{ file: "packages/app/src/main.ts", line: 3 }],
  },
  {
    name: "tsc-generic-constraint",
    category: "type_error",
    tool: "tsc",
    files: base({
      "src/cache.ts": `export class Cache<K extends string, V> {\n  private store = new Map<K, V>();\n  set(key: K, value: V): void {\n    this.store.set(key, value);\n  }\n}\n\nexport const byId = new Cache<number, string>();\n`,
    }),
    steps: [TSC],
    key: errTs,
    locations: [{ file: "src/cache.ts", line: 8 }],
  },
  // ---- syntax
  {
    name: "tsc-semicolon-expected",
    category: "syntax_error",
    tool: "tsc",
    files: base({
      "src/index.ts": `export function parse(input: string): string[] {\n  const parts = input.split(",")\n  return parts.map((p) => p.trim()\n}\n`,
    }),
    steps: [TSC],
    key: errTs,
    locations: [{ file: "src/index.ts", line: 4 }],
  },
  {
    name: "tsc-declaration-expected",
    category: "syntax_error",
    tool: "tsc",
    files: base({
      "src/routes.ts": `export const routes = {\n  home: "/",\n  about: "/about",\n};\n}\n\nexport function route(name: keyof typeof routes): string {\n  return routes[name];\n}\n`,
    }),
    steps: [{ name: "npm run build", command: "npx tsc -p tsconfig.json" }],
    key: errTs,
    locations: [{ file: "src/routes.ts", line: 5 }],
  },
  // ---- import
  {
    name: "tsc-cannot-find-module",
    category: "import_error",
    tool: "tsc",
    files: base({
      "src/index.ts": `import { slugify } from "./util/strings.js";\n\nexport const slug = slugify("Hello World");\n`,
      "src/util/text.ts": `export function slugify(s: string): string {\n  return s.toLowerCase().replace(/\\s+/g, "-");\n}\n`,
    }),
    steps: [TSC],
    key: errTs,
    locations: [{ file: "src/index.ts", line: 1 }],
  },
  {
    name: "tsc-cannot-find-name",
    category: "import_error",
    tool: "tsc",
    files: base({
      "src/format.ts": `export function formatPrice(cents: number): string {\n  return (cents / 100).toFixed(2);\n}\n`,
      "src/invoice.ts": `export function line(name: string, cents: number): string {\n  return name + ": " + formatPrice(cents);\n}\n`,
    }),
    steps: [TSC],
    key: errTs,
    locations: [{ file: "src/invoice.ts", line: 2 }],
  },
  {
    name: "tsc-no-exported-member",
    category: "import_error",
    tool: "tsc",
    files: base({
      "src/api.ts": `export function fetchUser(id: number): Promise<string> {\n  return Promise.resolve("user" + id);\n}\n`,
      "src/index.ts": `import { fetchUser, fetchOrders } from "./api.js";\n\nexport async function load() {\n  return [await fetchUser(1), await fetchOrders(1)];\n}\n`,
    }),
    steps: [TSC],
    key: errTs,
    locations: [{ file: "src/index.ts", line: 1 }],
  },
  {
    name: "tsc-missing-package",
    category: "import_error",
    tool: "tsc",
    files: base({
      "src/index.ts": `import { z } from "zod";\n\nexport const User = z.object({ name: z.string() });\n`,
    }),
    steps: [TSC],
    key: errTs,
    locations: [{ file: "src/index.ts", line: 1 }],
  },
  // ---- build (config / emit)
  {
    name: "tsc-unknown-option",
    category: "build_failure",
    tool: "tsc",
    files: base({ "src/index.ts": `export const x = 1;\n` }, { strictNullCheck: true }),
    steps: [{ name: "npm run build", command: "npx tsc -p tsconfig.json" }],
    key: errTs,
    locations: [{ file: "tsconfig.json" }],
  },
  {
    name: "tsc-missing-extends",
    category: "build_failure",
    tool: "tsc",
    files: {
      "package.json": pkg,
      "tsconfig.json": { extends: "./tsconfig.base.json", include: ["src"] },
      "src/index.ts": `export const x = 1;\n`,
    },
    steps: [{ name: "npm run build", command: "npx tsc -p tsconfig.json" }],
    key: errTs,
    locations: [{ file: "tsconfig.base.json" }],
    note: "tsconfig.json extends a file that is not in the repository",
  },
  {
    name: "tsc-no-inputs",
    category: "build_failure",
    tool: "tsc",
    files: {
      "package.json": pkg,
      "tsconfig.json": { ...tsconfig(), include: ["source/**/*.ts"] },
      "src/index.ts": `export const x = 1;\n`,
    },
    steps: [{ name: "npx tsc", command: "npx tsc" }],
    key: errTs,
    locations: [{ file: "tsconfig.json" }],
  },
  {
    name: "tsc-rootdir",
    category: "build_failure",
    tool: "tsc",
    files: {
      "package.json": pkg,
      "tsconfig.json": { ...tsconfig(), include: ["src", "scripts"] },
      "src/index.ts": `export const x = 1;\n`,
      "scripts/release.ts": `export const release = "1.0.0";\n`,
    },
    steps: [{ name: "npm run build", command: "npx tsc -p tsconfig.json" }],
    key: errTs,
    locations: [{ file: "scripts/release.ts" }],
  },
];
