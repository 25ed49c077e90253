/**
 * Multi-keyword search for the analyzer's hot path: an Aho-Corasick automaton compiled to a dense
 * byte-level DFA. A regex alternation of literals costs time per keyword at every position (V8
 * tries each alternative), so it slows to a crawl at hundreds of rules; this costs one table
 * lookup per byte whatever the number of keywords. Keywords are matched on their UTF-8 bytes, so
 * the same automaton runs over raw log bytes (the line scanner) and over cleaned strings (rule
 * candidates), the latter encoded on the fly.
 */

/** Extra single-byte transitions for the line scanner: every state goes to a special state on them. */
export interface SpecialBytes {
  /** Line breaks: \n and \r. */
  lineFeed: number;
  carriageReturn: number;
  /** Bytes that make a line need full treatment wherever they are (control characters). */
  flag: number[];
}

/** Kinds of flagged states, as bits. */
export const ACCEPT = 1;
export const VERIFY = 2;
export const LF = 4;
export const CR = 8;
export const FLAG = 16;

export interface Dfa {
  /** (state << 8 | byte) → next state << 8; states at or above `flagged` << 8 need attention. */
  table: Int32Array;
  flagged: number;
  /** Kind bits per flagged state (index: state - flagged). */
  kind: Uint8Array;
  /** Keyword ids ending at each flagged state, suffixes included. */
  outputs: number[][];
}

const utf8 = new TextEncoder();

/**
 * Builds the DFA. Keywords whose id is in `verify` report VERIFY instead of ACCEPT (the caller
 * checks them further); `special` adds line-break and flag bytes.
 */
export function buildDfa(keywords: string[], verify: Set<number> = new Set(), special?: SpecialBytes): Dfa {
  const encoded = keywords.map((k) => utf8.encode(k));
  const extra = special ? 3 : 0; // LF, CR and FLAG states: copies of the root
  const maxStates = encoded.reduce((n, k) => n + k.length, 1) + extra;
  // The trie is built in place in the transition table (-1: no child yet), then completed
  // breadth-first: a missing transition is the failure state's transition.
  const delta = new Int32Array(maxStates * 256).fill(-1);
  const out: number[][] = [[]];
  let count = 1;
  encoded.forEach((bytes, id) => {
    if (!bytes.length) return;
    let s = 0;
    for (const b of bytes) {
      let next = delta[s * 256 + b];
      if (next === -1) {
        next = count++;
        out.push([]);
        delta[s * 256 + b] = next;
      }
      s = next;
    }
    out[s].push(id);
  });
  const trie = count;
  const n = trie + extra;
  const fail = new Int32Array(trie);
  const queue = new Int32Array(trie);
  let qEnd = 0;
  for (let b = 0; b < 256; b++) {
    const c = delta[b];
    if (c === -1) delta[b] = 0;
    else queue[qEnd++] = c;
  }
  for (let q = 0; q < qEnd; q++) {
    const s = queue[q];
    const f = fail[s];
    if (out[f].length) out[s] = out[s].concat(out[f]);
    const row = s * 256;
    const frow = f * 256;
    for (let b = 0; b < 256; b++) {
      const c = delta[row + b];
      if (c === -1) {
        delta[row + b] = delta[frow + b];
      } else {
        fail[c] = delta[frow + b];
        queue[qEnd++] = c;
      }
    }
  }
  const kinds = new Uint8Array(n);
  for (let s = 0; s < trie; s++) {
    for (const id of out[s]) kinds[s] |= verify.has(id) ? VERIFY : ACCEPT;
  }
  if (special) {
    const [lf, cr, fl] = [trie, trie + 1, trie + 2];
    kinds[lf] = LF;
    kinds[cr] = CR;
    kinds[fl] = FLAG;
    for (const st of [lf, cr, fl]) delta.copyWithin(st * 256, 0, 256);
    for (let s = 0; s < n; s++) {
      delta[s * 256 + special.lineFeed] = lf;
      delta[s * 256 + special.carriageReturn] = cr;
      for (const b of special.flag) delta[s * 256 + b] = fl;
    }
  }
  // Renumber so that every flagged state sorts after the quiet ones: one compare in the hot loop.
  // The root stays state 0 (it is never flagged: there are no empty keywords).
  const order = new Int32Array(n);
  let k = 0;
  for (let s = 0; s < n; s++) if (!kinds[s]) order[k++] = s;
  const flagged = k;
  for (let s = 0; s < n; s++) if (kinds[s]) order[k++] = s;
  const id = new Int32Array(n);
  for (let i = 0; i < n; i++) id[order[i]] = i << 8;
  const table = new Int32Array(n * 256);
  const kind = new Uint8Array(n - flagged);
  const outputs: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row = order[i] * 256;
    const to = i * 256;
    for (let b = 0; b < 256; b++) table[to + b] = id[delta[row + b]];
    if (i >= flagged) {
      kind[i - flagged] = kinds[order[i]];
      outputs.push(order[i] < trie ? out[order[i]] : []);
    }
  }
  return { table, flagged, kind, outputs };
}

/** The same automaton with more bytes that flag wherever they appear (state numbers unchanged). */
export function withFlagBytes(dfa: Dfa, bytes: number[]): Dfa {
  const table = dfa.table.slice();
  let fl = -1;
  for (let i = 0; i < dfa.kind.length; i++) if (dfa.kind[i] === FLAG) fl = (dfa.flagged + i) << 8;
  if (fl < 0) throw new Error("withFlagBytes needs an automaton built with special bytes");
  for (let row = 0; row < table.length; row += 256) for (const b of bytes) table[row + b] = fl;
  return { ...dfa, table };
}

/** Finds which of a fixed set of keywords occur in strings. */
export class KeywordIndex {
  private readonly dfa: Dfa;

  constructor(readonly keywords: string[]) {
    this.dfa = buildDfa(keywords);
  }

  /** Ids (indexes into `keywords`) of every keyword occurring in `text`, in order of first end; null if none. */
  find(text: string): number[] | null {
    const { table, kind, outputs } = this.dfa;
    const top = this.dfa.flagged << 8;
    let found: number[] | null = null;
    let s = 0;
    const len = text.length;
    for (let i = 0; i < len; i++) {
      let c = text.charCodeAt(i);
      if (c < 0x80) {
        s = table[s | c];
        if (s >= top) found = collect(found, outputs[(s >> 8) - (top >> 8)], kind[(s >> 8) - (top >> 8)]);
        continue;
      }
      // Encode the code point as UTF-8 on the fly (lone surrogates as U+FFFD, like TextEncoder).
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
        } else c = 0xfffd;
      } else if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
      let bytes: number[];
      if (c < 0x800) bytes = [0xc0 | (c >> 6), 0x80 | (c & 63)];
      else if (c < 0x10000) bytes = [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)];
      else bytes = [0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)];
      for (const b of bytes) {
        s = table[s | b];
        if (s >= top) found = collect(found, outputs[(s >> 8) - (top >> 8)], kind[(s >> 8) - (top >> 8)]);
      }
    }
    return found;
  }
}

function collect(found: number[] | null, ids: number[], kind: number): number[] | null {
  if (!(kind & (ACCEPT | VERIFY))) return found;
  if (!found) return ids.slice();
  for (const id of ids) if (!found.includes(id)) found.push(id);
  return found;
}
