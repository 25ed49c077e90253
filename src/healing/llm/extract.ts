/**
 * Pulls exactly one unified diff out of a model reply. Strict on purpose (PATCH-06): prose
 * around one fenced diff is fine, but two diffs, a truncated reply or no diff at all is "no
 * patch", never a best-effort guess.
 */
export interface Extraction {
  patch: string | null;
  reason: string;
}

const FENCE = /^(`{3,}|~{3,})[ \t]*([\w+-]*)[^\n]*\n([\s\S]*?)^\1[ \t]*$/gm;

function looksLikeDiff(text: string): boolean {
  return /^(diff --git |--- )/m.test(text) && /^@@ /m.test(text);
}

export function extractPatch(
  content: string | null | undefined,
  finishReason: string | null | undefined,
): Extraction {
  if (finishReason && finishReason !== "stop")
    return { patch: null, reason: `reply cut short (finish_reason: ${finishReason})` };
  if (!content || content.trim() === "") return { patch: null, reason: "empty reply" };
  if (/^NO_PATCH\b/m.test(content) && !looksLikeDiff(content))
    return { patch: null, reason: "the model declined" };
  const blocks = [...content.matchAll(FENCE)].filter(
    (m) => ["diff", "patch", ""].includes(m[2].toLowerCase()) && looksLikeDiff(m[3]),
  );
  let patch: string;
  if (blocks.length > 1)
    return { patch: null, reason: `reply has ${blocks.length} diffs; exactly one is accepted` };
  if (blocks.length === 1) patch = blocks[0][3];
  else if (looksLikeDiff(content) && /^(diff --git |--- )/.test(content.trimStart()))
    patch = content.trimStart();
  else return { patch: null, reason: "no unified diff in the reply" };
  if ((patch.match(/^diff --git /gm) ?? []).length === 0 && (patch.match(/^--- /gm) ?? []).length === 0)
    return { patch: null, reason: "diff has no file headers" };
  patch = withGitHeaders(patch);
  return { patch: patch.endsWith("\n") ? patch : `${patch}\n`, reason: "one diff" };
}

/**
 * Models often write plain `---`/`+++` diffs. The policy gate accepts only `git diff` output, so
 * add the `diff --git` line (and new/deleted file modes) it expects; paths are untouched.
 */
export function withGitHeaders(patch: string): string {
  if (/^diff --git /m.test(patch)) return patch;
  const lines = patch.split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const minus = /^--- (\S+)/.exec(lines[i]);
    const plus = /^\+\+\+ (\S+)/.exec(lines[i + 1] ?? "");
    if (minus && plus) {
      const a = minus[1] === "/dev/null" ? null : minus[1].replace(/^a\//, "");
      const b = plus[1] === "/dev/null" ? null : plus[1].replace(/^b\//, "");
      out.push(`diff --git a/${a ?? b} b/${b ?? a}`);
      if (!a) out.push("new file mode 100644");
      if (!b) out.push("deleted file mode 100644");
      out.push(a ? `--- a/${a}` : "--- /dev/null", b ? `+++ b/${b}` : "+++ /dev/null");
      i++;
      continue;
    }
    out.push(lines[i]);
  }
  return out.join("\n");
}
