import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from "@actions/workflow-parser";
import { convertActionTemplate, parseAction } from "@actions/workflow-parser/actions/index";
import type { FileProvider } from "@actions/workflow-parser/workflows/file-provider";
import type { WorkflowTemplate } from "@actions/workflow-parser/model/workflow-template";
import { repoRoot } from "./workflow-files.js";

/**
 * Resolves reusable-workflow references to files in this checkout: `./` and `$/` are local by
 * definition, and a remote reference to one of autodev's own reusable workflows (what the template
 * calls) is this repository at another ref, so its inputs and secrets are checked against the local copy.
 */
export function localFileProvider(root = repoRoot): FileProvider {
  return {
    async getFileContent(ref) {
      const local = !("repository" in ref) || /^\.github\/workflows\/autodev-[\w-]+\.ya?ml$/.test(ref.path);
      const path = join(root, ref.path);
      if (!local || !existsSync(path))
        throw new Error(`No local copy of reusable workflow ${JSON.stringify(ref)}`);
      return { name: ref.path, content: readFileSync(path, "utf8") };
    },
  };
}

export interface ParsedWorkflow {
  errors: string[];
  template?: WorkflowTemplate;
}

/** Schema errors, then semantic errors (needs, reusable-workflow inputs) as GitHub reports them. */
export async function parseWorkflowText(name: string, content: string, provider = localFileProvider()) {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (!parsed.value) return { errors } satisfies ParsedWorkflow;
  const template = await convertWorkflowTemplate(parsed.context, parsed.value, provider, {
    fetchReusableWorkflowDepth: 1,
    // github.com allows 10 levels; the parser's default is GHES's 4.
    maxReusableWorkflowDepth: 10,
  });
  const semantic = (template.errors ?? []).map((e) => e.Message);
  return { errors: [...new Set([...errors, ...semantic])], template } satisfies ParsedWorkflow;
}

export function parseActionText(name: string, content: string): { errors: string[] } {
  const parsed = parseAction({ name, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (parsed.value) {
    convertActionTemplate(parsed.context, parsed.value);
    errors.push(...parsed.context.errors.getErrors().map((e) => e.message));
  }
  return { errors: [...new Set(errors)] };
}
