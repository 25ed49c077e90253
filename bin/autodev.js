#!/usr/bin/env node
// The CLI shares the action's bundle; the flag tells the entry which face to show.
process.env.AUTODEV_ENTRY = "cli";
await import("../dist/index.js");
