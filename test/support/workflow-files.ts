import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Repository root, whatever directory vitest was started from. */
export const repoRoot = resolve(fileURLToPath(new URL("../..", import.meta.url)));

export interface WorkflowFile {
  /** Path relative to the repository root, with forward slashes. */
  path: string;
  content: string;
  kind: "workflow" | "action";
}

function yamlIn(dir: string): string[] {
  try {
    return readdirSync(join(repoRoot, dir))
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => `${dir}/${f}`);
  } catch {
    return [];
  }
}

/** Every workflow and action file this repository owns or ships: the set every check runs over. */
export function shippedWorkflowFiles(): WorkflowFile[] {
  const workflows = [...yamlIn(".github/workflows"), ...yamlIn("workflows-templates")];
  return [
    ...workflows.map((path) => ({
      path,
      content: readFileSync(join(repoRoot, path), "utf8"),
      kind: "workflow" as const,
    })),
    {
      path: "action.yml",
      content: readFileSync(join(repoRoot, "action.yml"), "utf8"),
      kind: "action" as const,
    },
  ];
}

/** Fixture files under test/fixtures/workflows/<dir>, for checks that must fail. */
export function fixtureFiles(dir: string): WorkflowFile[] {
  const base = `test/fixtures/workflows/${dir}`;
  return yamlIn(base).map((path) => ({
    path,
    content: readFileSync(join(repoRoot, path), "utf8"),
    kind: /(^|\/)action[^/]*\.ya?ml$/.test(path) ? ("action" as const) : ("workflow" as const),
  }));
}

export function relativeToRoot(path: string): string {
  return relative(repoRoot, path).split("\\").join("/");
}

/** The `# expect: ...` header of a must-fail fixture: the rule id or message it must produce. */
export function expectation(file: WorkflowFile): string {
  const match = /^# expect: (.+)$/m.exec(file.content);
  if (!match?.[1]) throw new Error(`${file.path} has no "# expect:" header`);
  return match[1].trim();
}
