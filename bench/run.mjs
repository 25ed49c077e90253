// `npm run bench`: compiles src to lib/ once, then runs every benchmark script in bench/ that
// exists and prints its figures. Benchmarks measure; tests assert behaviour.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const root = new URL("..", import.meta.url).pathname;
execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });

const only = process.argv.slice(2);
const benches = ["corpus.mjs", "datasets.mjs", "speed.mjs", "heal.mjs", "heal-gate.mjs"].filter(
  (b) => existsSync(new URL(b, import.meta.url)) && (!only.length || only.some((o) => b.startsWith(o))),
);
let failed = 0;
for (const b of benches) {
  console.log(`\n=== bench/${b} ===`);
  const r = spawnSync(process.execPath, ["--max-old-space-size=4096", new URL(b, import.meta.url).pathname], {
    cwd: root,
    stdio: "inherit",
  });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
