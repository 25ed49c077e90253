import { createHash } from "node:crypto";

/**
 * The fingerprint rule (documented in the README):
 *   sha256( category | tool | rule group | sorted, de-duplicated signatures )[:16]
 * where a signature is `<repo-relative file>#<normalised message>` for each hit. Normalising
 * removes what changes between two runs of the same failure: timestamps, durations, hex ids
 * (run ids, SHAs, addresses), temp paths, line/column numbers and other standalone numbers.
 * Identifiers that merely contain digits (TS2322, E0308, F401) survive, so different errors
 * still differ. Line numbers are not part of it, so unrelated edits that shift a line keep it.
 */
export function normaliseForFingerprint(s: string): string {
  return s
    .replace(/\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?Z?/g, "<ts>")
    .replace(/\b\d+(?:\.\d+)?\s?(?:ms|s|sec|seconds|m|min|minutes)\b/g, "<dur>")
    .replace(/\/(?:tmp|var\/folders)\/[^\s:'"]+/g, "<tmp>")
    .replace(/\b0x[0-9a-f]+\b/gi, "<hex>")
    .replace(/\b[0-9a-f]{7,64}\b/gi, (m) => (/\d/.test(m) && /[a-f]/i.test(m) ? "<hex>" : m))
    .replace(/(?<![A-Za-z_])\d+(?![A-Za-z_])/g, "#")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

export function fingerprint(parts: {
  category: string;
  tool: string | null;
  group: string;
  signatures: string[];
}): string {
  const sigs = [...new Set(parts.signatures.map(normaliseForFingerprint))].sort().slice(0, 50);
  const h = createHash("sha256");
  h.update(`${parts.category}|${parts.tool ?? ""}|${parts.group}|`);
  h.update(sigs.join("\n"));
  return h.digest("hex").slice(0, 16);
}
