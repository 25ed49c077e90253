#!/usr/bin/env node
// The rules use regex features (duplicate named groups) that need Node 24, the actions runtime.
const major = Number(process.versions.node.split(".")[0]);
if (major < 24) {
  process.stderr.write(
    `autodev needs Node.js 24 or newer (this is ${process.version}). ` +
      "Run it through npm (npx autodev, npm run demo), which uses the Node 24 installed by npm ci.\n",
  );
  process.exit(2);
}
// The CLI shares the action's bundle; the flag tells the entry which face to show.
process.env.AUTODEV_ENTRY = "cli";
// Cache V8 code for the bundle between runs: start-up parsing is a large part of a short analyze.
const { enableCompileCache } = await import("node:module");
enableCompileCache?.();
await import("../dist/index.js");
