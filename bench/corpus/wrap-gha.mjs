// Wraps real tool output the way a GitHub Actions job log looks: ISO timestamps on every line,
// setup noise, ##[group] step headers, passing steps before the failing one, and the runner's
// closing "Process completed with exit code N". Used by the corpus generators (gen-*.mjs).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

let clock = Date.parse("2026-11-20T10:00:00.000Z");
function ts() {
  clock += 137 + Math.floor((clock / 7) % 900);
  return new Date(clock).toISOString().replace("Z", "0000Z");
}

const SETUP = [
  "Current runner version: '2.329.0'",
  "##[group]Runner Image Provisioner",
  "Hosted Compute Agent",
  "Version: 20251016.436",
  "##[endgroup]",
  "##[group]Operating System",
  "Ubuntu",
  "24.04.3",
  "LTS",
  "##[endgroup]",
  "##[group]GITHUB_TOKEN Permissions",
  "Contents: read",
  "Metadata: read",
  "##[endgroup]",
  "Secret source: Actions",
  "Prepare workflow directory",
  "Prepare all required actions",
  "Getting action download info",
  "Download action repository 'actions/checkout@v5' (SHA:08c6903cd8c0fde910a37f88322edcfb5dd907a8)",
  "Complete job name: build",
  "##[group]Run actions/checkout@v5",
  "with:",
  "  repository: acme/widgets",
  "  token: ***",
  "##[endgroup]",
  "Syncing repository: acme/widgets",
  "##[group]Getting Git version info",
  "Working directory is '/home/runner/work/widgets/widgets'",
  "[command]/usr/bin/git version",
  "git version 2.51.0",
  "##[endgroup]",
  "Temporarily overriding HOME='/home/runner/work/_temp/5f1c' before making global git config changes",
  "[command]/usr/bin/git init /home/runner/work/widgets/widgets",
  "Initialized empty Git repository in /home/runner/work/widgets/widgets/.git/",
  "HEAD is now at 1a2b3c4 chore: bump deps",
];

/**
 * @param {object} o
 * @param {string} o.dir            output folder for this case (log.txt + label.json)
 * @param {{name: string, command: string, output: string, exitCode?: number}[]} o.steps
 *        steps in order; the last one is the failing step (exitCode defaults to 1)
 * @param {object} o.label          { category, locations: [{file,line?}], keyLines: [string], tool?, note? }
 * @param {string[]} [o.noise]      extra red-herring lines put in an earlier passing step
 */
export function writeCase({ dir, steps, label, noise = [] }) {
  const lines = [];
  const push = (l) => lines.push(`${ts()} ${l}`);
  for (const l of SETUP) push(l);
  if (noise.length) {
    push('##[group]Run echo "preparing"');
    push('echo "preparing"');
    push("shell: /usr/bin/bash -e {0}");
    push("##[endgroup]");
    for (const l of noise) push(l);
  }
  steps.forEach((step, i) => {
    const last = i === steps.length - 1;
    push(`##[group]Run ${step.command.split("\n")[0]}`);
    for (const c of step.command.split("\n")) push(c);
    push("shell: /usr/bin/bash -e {0}");
    push("env:");
    push("  CI: true");
    push("##[endgroup]");
    for (const l of step.output.replace(/\r?\n$/, "").split(/\r?\n/)) push(l);
    if (last) push(`##[error]Process completed with exit code ${step.exitCode ?? 1}.`);
  });
  push("Post job cleanup.");
  push("[command]/usr/bin/git version");
  push("git version 2.51.0");
  push("Cleaning up orphan processes");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "log.txt"), lines.join("\n") + "\n");
  writeFileSync(join(dir, "label.json"), JSON.stringify(label, null, 2) + "\n");
}
