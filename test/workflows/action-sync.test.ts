import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as core from "@actions/core";
import { afterEach, describe, expect, it } from "vitest";
import { isMap, isScalar, isSeq, parse, parseDocument, type YAMLMap } from "yaml";
import { actionCommands } from "../../src/action/commands/index.js";
import { repoRoot, shippedWorkflowFiles } from "../support/workflow-files.js";

/**
 * The action's interface lives in three places: action.yml, the getInput/setOutput calls in
 * src/, and the INPUT_* mapping of the composite run step. Drift between them fails here, not
 * in a user's run (model-actions.md A2: outputs set but never declared, inputs read but never passed).
 */
interface ActionYml {
  inputs: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description?: string; value?: string }>;
  runs: { using: string; steps: Array<{ id?: string; run?: string; env?: Record<string, string> }> };
}

const actionText = readFileSync(join(repoRoot, "action.yml"), "utf8");
const action = parse(actionText) as ActionYml;
const declaredInputs = Object.keys(action.inputs);
const declaredOutputs = Object.keys(action.outputs);

function sourcesUnder(dir: string): string[] {
  return readdirSync(join(repoRoot, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => readFileSync(join(e.parentPath, e.name), "utf8"));
}

// Commands share helpers (src/github/context.ts reads github-token, audit-path, autodev-enabled).
const source = sourcesUnder("src").join("\n");
const namesCalled = (fn: RegExp) => [...new Set([...source.matchAll(fn)].map((m) => m[1]!))].sort();
const readInputs = namesCalled(/\bget(?:Boolean|Multiline)?Input\(\s*["'`]([^"'`]+)["'`]/g);
const setOutputs = namesCalled(/\bsetOutput\(\s*["'`]([^"'`]+)["'`]/g);

const runStep = action.runs.steps.find((s) => s.id === "run")!;
/** Inputs the composite itself uses (working directory, node version), outside the INPUT_* mapping. */
const usedByComposite = declaredInputs.filter((name) => {
  const outsideMapping = actionText.replace(/^\s+INPUT_[^:]+: \$\{\{ inputs\.[\w-]+ \}\}$/gm, "");
  return outsideMapping.includes(`inputs.${name} }}`);
});

interface Call {
  file: string;
  id: string;
  command: string;
  with: string[];
  outputsRead: string[];
}

/** Every `uses: $/.` step of the shipped workflows: which command, which inputs, which outputs read. */
function selfCalls(): Call[] {
  const calls: Call[] = [];
  for (const file of shippedWorkflowFiles().filter((f) => f.kind === "workflow")) {
    const jobs = parseDocument(file.content).get("jobs");
    if (!isMap(jobs)) continue;
    for (const pair of (jobs as YAMLMap).items) {
      const steps = isMap(pair.value) ? pair.value.get("steps") : undefined;
      if (!isSeq(steps)) continue;
      const jobText = String(pair.value);
      for (const step of steps.items) {
        if (!isMap(step) || step.get("uses") !== "$/.") continue;
        const withMap = step.get("with");
        const id = String(step.get("id") ?? "");
        const keys = isMap(withMap)
          ? withMap.items.map((p) => (isScalar(p.key) ? String(p.key.value) : ""))
          : [];
        const command = isMap(withMap) ? String(withMap.get("command") ?? "") : "";
        const outputsRead = id
          ? [...jobText.matchAll(new RegExp(`steps\\.${id}\\.outputs\\.([\\w-]+)`, "g"))].map((m) => m[1]!)
          : [];
        calls.push({ file: file.path, id, command, with: keys, outputsRead });
      }
    }
  }
  return calls;
}

const calls = selfCalls();
const registered = actionCommands.map((c) => c.name);
/**
 * Calls to commands another engineer has not registered yet: their inputs and outputs are the contract
 * those commands must meet, listed as todos until they land, then checked like every other call.
 */
const pending = calls.filter((c) => !registered.includes(c.command));
const pendingInputs = new Set(pending.flatMap((c) => c.with));

describe("action.yml matches the code", () => {
  it("finds the calls it checks", () => {
    expect(readInputs).toContain("command");
    expect(setOutputs).toContain("findings");
  });

  it("declares every input the code reads", () => {
    expect(readInputs.filter((n) => !declaredInputs.includes(n))).toEqual([]);
  });

  it("declares no input that nothing reads", () => {
    const unread = declaredInputs.filter((n) => !readInputs.includes(n) && !usedByComposite.includes(n));
    expect(unread.filter((n) => !pendingInputs.has(n))).toEqual([]);
  });

  it("declares every output the code sets, and sets every declared output", () => {
    expect(setOutputs.filter((n) => !declaredOutputs.includes(n))).toEqual([]);
    expect(declaredOutputs.filter((n) => !setOutputs.includes(n))).toEqual([]);
  });

  it("maps every output from the run step", () => {
    for (const [name, output] of Object.entries(action.outputs)) {
      expect(output.value, name).toBe(`\${{ steps.run.outputs.${name} }}`);
    }
  });

  it("uses kebab-case names and describes every input and output", () => {
    for (const name of [...declaredInputs, ...declaredOutputs])
      expect(name).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    for (const item of [...Object.values(action.inputs), ...Object.values(action.outputs)]) {
      expect(item.description?.length).toBeGreaterThan(10);
    }
  });

  it("names every registered command in the command input's description", () => {
    for (const command of actionCommands)
      expect(action.inputs.command!.description).toContain(`\`${command.name}\``);
  });
});

describe("the composite run step hands every input to @actions/core", () => {
  const env = runStep.env ?? {};
  const saved = { ...process.env };
  afterEach(() => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  });

  const mapped = Object.entries(env)
    .filter(([key]) => key.startsWith("INPUT_"))
    .map(([, value]) => /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(value)?.[1] ?? value);

  it("maps every input the code reads, and nothing undeclared", () => {
    expect(readInputs.filter((n) => !mapped.includes(n))).toEqual([]);
    expect(mapped.filter((n) => !declaredInputs.includes(n))).toEqual([]);
  });

  it("maps every input except those only the composite itself uses", () => {
    const unmapped = declaredInputs.filter((n) => !mapped.includes(n));
    expect(unmapped.filter((n) => !usedByComposite.includes(n))).toEqual([]);
  });

  for (const name of mapped) {
    it(`core.getInput("${name}") reads what the step passes`, () => {
      const key = Object.keys(env).find((k) => env[k] === `\${{ inputs.${name} }}`);
      expect(key, `no INPUT_* variable for ${name}`).toBeDefined();
      process.env[key!] = `value of ${name}`;
      expect(core.getInput(name)).toBe(`value of ${name}`);
    });
  }

  it("runs the bundle with the action's own path", () => {
    expect(runStep.run).toBe('"${NODE_BIN:-node}" "$GITHUB_ACTION_PATH/dist/index.js"');
  });
});

describe("workflows call the action with what it declares", () => {
  it("finds the self-repository calls", () => expect(calls.length).toBeGreaterThanOrEqual(4));

  for (const call of pending) {
    it.todo(
      `${call.file}: command "${call.command}" is not registered yet; it must read ${call.with.join(", ")} and set ${call.outputsRead.join(", ") || "no outputs"}`,
    );
  }

  it("passes only declared inputs and every required one", () => {
    const required = declaredInputs.filter((n) => action.inputs[n]!.required);
    for (const call of calls) {
      expect(
        call.with.filter((k) => !declaredInputs.includes(k)),
        `${call.file} ${call.id}`,
      ).toEqual([]);
      for (const r of required) expect(call.with, `${call.file} ${call.id}`).toContain(r);
    }
  });

  it("reads only declared outputs from registered commands", () => {
    const undeclared = calls
      .filter((c) => registered.includes(c.command))
      .flatMap((c) =>
        c.outputsRead.filter((o) => !declaredOutputs.includes(o)).map((o) => `${c.file} ${c.id}: ${o}`),
      );
    expect(undeclared).toEqual([]);
  });
});
