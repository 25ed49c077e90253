#!/usr/bin/env node
// Generates the README's inputs and outputs tables from action.yml, between the markers
//   <!-- action-inputs:start --> ... <!-- action-inputs:end -->
//   <!-- action-outputs:start --> ... <!-- action-outputs:end -->
// so the documented interface is the declared one (model-actions.md A2: docs drift from the manifest).
// Optionally also a reusable workflow's inputs and secrets, wherever the README has
//   <!-- workflow-inputs:autodev-auto-fix.yml:start --> ... <!-- workflow-inputs:autodev-auto-fix.yml:end -->
// (the file name under .github/workflows/).
//
//   node scripts/gen-readme-tables.mjs            rewrite the tables in README.md
//   node scripts/gen-readme-tables.mjs --check    exit 1 when README.md is stale (for CI and tests)
//   --readme <path> / --action <path> / --workflows <dir>   other files (tests use temporary copies)
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { parse } from "yaml";

const { values } = parseArgs({
  options: {
    check: { type: "boolean", default: false },
    readme: { type: "string", default: "README.md" },
    action: { type: "string", default: "action.yml" },
    workflows: { type: "string", default: ".github/workflows" },
  },
});

/** One table cell: a single line, pipes escaped so they cannot end the cell. */
function cell(text) {
  return String(text ?? "")
    .replace(/\s*\n\s*/g, " ")
    .trim()
    .replace(/\|/g, "\\|");
}

function code(text) {
  // A backtick inside a default would end the code span; none of ours have one, so fail loudly.
  if (text.includes("`")) throw new Error(`Default ${JSON.stringify(text)} contains a backtick.`);
  return `\`${text}\``;
}

export function inputsTable(action) {
  const rows = Object.entries(action.inputs ?? {}).map(([name, input]) => {
    const def = input.default === undefined || input.default === "" ? "" : code(String(input.default));
    return `| \`${name}\` | ${cell(input.description)} | ${input.required ? "yes" : "no"} | ${def} |`;
  });
  return ["| Input | Description | Required | Default |", "| --- | --- | --- | --- |", ...rows].join("\n");
}

export function outputsTable(action) {
  const rows = Object.entries(action.outputs ?? {}).map(
    ([name, output]) => `| \`${name}\` | ${cell(output.description)} |`,
  );
  return ["| Output | Description |", "| --- | --- |", ...rows].join("\n");
}

/** Inputs and secrets of a reusable workflow's `on.workflow_call`, one table. */
export function workflowInputsTable(workflow) {
  const call = workflow?.on?.workflow_call ?? {};
  const rows = [
    ...Object.entries(call.inputs ?? {}).map(([name, input]) => {
      const def = input.default === undefined || input.default === "" ? "" : code(String(input.default));
      return `| \`${name}\` | input (${input.type}) | ${cell(input.description)} | ${def} |`;
    }),
    ...Object.entries(call.secrets ?? {}).map(
      ([name, secret]) =>
        `| \`${name}\` | secret${secret.required ? ", required" : ""} | ${cell(secret.description)} | |`,
    ),
  ];
  return ["| Name | Kind | Description | Default |", "| --- | --- | --- | --- |", ...rows].join("\n");
}

function replaceBetween(text, name, body) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to === -1 || to < from) {
    throw new Error(`The README needs the markers ${start} and ${end}, in that order, where the table goes.`);
  }
  return `${text.slice(0, from + start.length)}\n\n${body}\n\n${text.slice(to)}`;
}

const readmePath = resolve(values.readme);
const action = parse(readFileSync(resolve(values.action), "utf8"));
const before = readFileSync(readmePath, "utf8");
let after;
try {
  after = replaceBetween(before, "action-inputs", inputsTable(action));
  after = replaceBetween(after, "action-outputs", outputsTable(action));
  for (const m of before.matchAll(/<!-- workflow-inputs:([\w.-]+\.ya?ml):start -->/g)) {
    const workflowFile = resolve(values.workflows, m[1]);
    after = replaceBetween(
      after,
      `workflow-inputs:${m[1]}`,
      workflowInputsTable(parse(readFileSync(workflowFile, "utf8"))),
    );
  }
} catch (error) {
  console.error(`${values.readme}: ${error.message}`);
  process.exit(1);
}

if (values.check) {
  if (after !== before) {
    console.error(
      `${values.readme}: the inputs/outputs tables differ from ${values.action}. Run: node scripts/gen-readme-tables.mjs`,
    );
    process.exit(1);
  }
  console.log(`${values.readme}: tables match ${values.action}.`);
} else if (after !== before) {
  writeFileSync(readmePath, after);
  console.log(`${values.readme}: tables updated from ${values.action}.`);
} else {
  console.log(`${values.readme}: tables already up to date.`);
}
