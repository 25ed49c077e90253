import { MAX_LINE } from "../../src/analysis/clean.js";

// The plain line splitter the byte scanner (src/analysis/scan.ts) must agree with: the tests feed
// both the same bytes. Production never uses it, so it lives with the tests.
/**
 * Splits a byte stream into lines at \r\n, \n and lone \r (so progress bars become separate
 * lines, as Python and Java readers count them), caps each line at MAX_LINE bytes without
 * buffering the rest, and decodes UTF-8 leniently (invalid bytes become U+FFFD).
 */
export async function* splitLines(source: AsyncIterable<Uint8Array>): AsyncGenerator<string, number> {
  const decoder = new TextDecoder("utf-8", { fatal: false });
  let carry = "";
  let skipping = false; // inside an over-long line, dropping bytes until its end
  let bytes = 0;
  let lastWasCR = false;
  for await (const chunk of source) {
    bytes += chunk.byteLength;
    const s = decoder.decode(chunk, { stream: true });
    let start = 0;
    const len = s.length;
    let i = 0;
    if (lastWasCR && len && s.charCodeAt(0) === 10) {
      start = i = 1; // the \n of a \r\n split across chunks
    }
    lastWasCR = false;
    for (; i < len; i++) {
      const c = s.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      const piece = s.slice(start, i);
      if (skipping) {
        skipping = false;
      } else {
        yield carry ? carry + piece : piece;
      }
      carry = "";
      if (c === 13) {
        if (i + 1 < len) {
          if (s.charCodeAt(i + 1) === 10) i++;
        } else {
          lastWasCR = true;
        }
      }
      start = i + 1;
    }
    if (start < len && !skipping) {
      carry += s.slice(start);
      if (carry.length > MAX_LINE) {
        yield carry.slice(0, MAX_LINE);
        carry = "";
        skipping = true;
      }
    }
  }
  const tail = decoder.decode();
  if (!skipping && (carry || tail)) yield carry + tail;
  return bytes;
}
