/** `s` as a literal inside a RegExp source (also safe between `/` delimiters). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
