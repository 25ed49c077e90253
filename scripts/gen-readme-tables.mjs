#!/usr/bin/env node
// Generates the README's inputs and outputs tables from action.yml, between the markers
//   <!-- action-inputs:start --> ... <!-- action-inputs:end -->
//   <!-- action-outputs:start --> ... <!-- action-outputs:end -->
// so the documented interface is the declared one (model-actions.md A2: docs drift from the manifest).
//
//   node scripts/gen-readme-tables.mjs            rewrite the tables in README.md
//   node scripts/gen-readme-tables.mjs --check    exit 1 when README.md is stale (for CI and tests)
//   --readme <path> / --action <path>             other files (tests use temporary copies)
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { parse } from "yaml";

const { values } = parseArgs({
  options: {
    check: { type: "boolean", default: false },
    readme: { type: "string", default: "README.md" },
    action: { type: "string", default: "action.yml" },
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
