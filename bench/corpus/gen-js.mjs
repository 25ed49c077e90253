// Builds the JavaScript/TypeScript part of the analyzer corpus (test/fixtures/corpus/js-*) by running
// the real tools (tsc, eslint, prettier, biome, vitest, jest, mocha, node, npm, vite) on small
// broken projects. npm registry failures run against a registry double on 127.0.0.1.
// Usage: node bench/corpus/gen-js.mjs [name-filter...]   (tools are cached in $JS_TOOLS_DIR)
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureTools, generateCase } from "./js-run.mjs";
import { startRegistry } from "./js-registry.mjs";
import { tsCases } from "./js-cases-ts.mjs";
import { lintCases } from "./js-cases-lint.mjs";
import { testCases } from "./js-cases-test.mjs";
import { nodeCases } from "./js-cases-node.mjs";
import { npmCases, pmCases } from "./js-cases-npm.mjs";
import { moreCases } from "./js-cases-more.mjs";

// JS_CORPUS_OUT writes elsewhere, to check that every case still reproduces without touching the fixtures.
const outRoot =
  process.env.JS_CORPUS_OUT ?? join(fileURLToPath(new URL("../../test/fixtures/corpus", import.meta.url)));
const filters = process.argv.slice(2);
const all = [...tsCases, ...lintCases, ...testCases, ...nodeCases, ...npmCases, ...pmCases, ...moreCases];
const names = new Set();
for (const c of all) {
  if (names.has(c.name)) throw new Error(`duplicate case ${c.name}`);
  names.add(c.name);
}
const chosen = filters.length ? all.filter((c) => filters.some((f) => c.name.includes(f))) : all;

ensureTools();
const registry = await startRegistry();
let failed = 0;
try {
  for (const c of chosen) {
    try {
      const r = await generateCase(c, { outRoot, registryUrl: registry.url });
      console.log(`ok   js-${r.name} (exit ${r.exit}, ${r.keyLines} key lines)`);
    } catch (e) {
      failed++;
      console.error(`FAIL js-${c.name}: ${e.message}`);
    }
  }
} finally {
  await registry.close();
}
console.log(`${chosen.length - failed}/${chosen.length} cases written`);
process.exitCode = failed ? 1 : 0;
