import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isMap, isScalar, isSeq, parseDocument, type Node } from "yaml";
import { repoRoot, shippedWorkflowFiles } from "../support/workflow-files.js";

/**
 * A SHA pin is only as good as the SHA: a typo, or a commit from a fork, fails (or worse, runs) only on
 * a real runner. test/fixtures/workflows/pins.json records each pinned action's verified commit, its
 * version and the inputs and outputs of its action.yml at that commit, so every `uses:` line, its
 * version comment, its `with:` keys and the outputs read from it are checked here, offline.
 */
interface Pin {
  sha: string;
  version: string;
  using: string;
  inputs: string[];
  outputs: string[];
}
const manifest = JSON.parse(readFileSync(join(repoRoot, "test/fixtures/workflows/pins.json"), "utf8")) as {
  actions: Record<string, Pin>;
};

interface PinnedUse {
  file: string;
  action: string;
  sha: string;
  comment: string;
  with: string[];
  outputsRead: string[];
}

function pinnedUses(): PinnedUse[] {
  const found: PinnedUse[] = [];
  for (const file of shippedWorkflowFiles()) {
    const lines = file.content.split("\n");
    const doc = parseDocument(file.content);
    const visit = (steps: unknown, scopeText: string) => {
      if (!isSeq(steps)) return;
      for (const step of steps.items) {
        if (!isMap(step)) continue;
        const usesNode = step.get("uses", true) as Node | undefined;
        const m = isScalar(usesNode)
          ? /^([\w.-]+\/[\w.-]+)@([0-9a-f]{40})$/.exec(String(usesNode.value))
          : null;
        if (!m) continue;
        const line = lines[file.content.slice(0, usesNode!.range![0]).split("\n").length - 1] ?? "";
        const withMap = step.get("with");
        const id = step.get("id");
        found.push({
          file: file.path,
          action: m[1]!,
          sha: m[2]!,
          comment: line.slice(line.indexOf("#") + 1).trim(),
          with: isMap(withMap) ? withMap.items.map((p) => String((p.key as { value: unknown }).value)) : [],
          outputsRead: id
            ? [...scopeText.matchAll(new RegExp(`steps\\.${String(id)}\\.outputs\\.([\\w-]+)`, "g"))].map(
                (x) => x[1]!,
              )
            : [],
        });
      }
    };
    const jobs = doc.get("jobs");
    if (isMap(jobs))
      for (const pair of jobs.items)
        if (isMap(pair.value)) visit(pair.value.get("steps"), String(pair.value));
    const runs = doc.get("runs");
    if (isMap(runs)) visit(runs.get("steps"), String(doc));
  }
  return found;
}

const uses = pinnedUses();

describe("pinned actions", () => {
  it("finds the pinned uses", () => expect(uses.length).toBeGreaterThanOrEqual(10));

  for (const use of uses) {
    it(`${use.file}: ${use.action}@${use.sha.slice(0, 8)} is the verified commit of its version`, () => {
      const pin = manifest.actions[use.action];
      expect(pin, `${use.action} is not in pins.json`).toBeDefined();
      expect(use.sha).toBe(pin!.sha);
      expect(use.comment).toBe(pin!.version);
      expect(pin!.using).toBe("node24");
      expect(use.with.filter((k) => !pin!.inputs.includes(k))).toEqual([]);
      expect(use.outputsRead.filter((o) => !pin!.outputs.includes(o))).toEqual([]);
    });
  }

  it("keeps no stale entries", () => {
    const used = new Set(uses.map((u) => u.action));
    expect(Object.keys(manifest.actions).filter((a) => !used.has(a))).toEqual([]);
  });
});
