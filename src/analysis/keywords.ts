/**
 * Multi-keyword search for the analyzer's hot path: an Aho-Corasick automaton compiled to a dense
 * DFA over byte classes. A regex alternation of literals costs time per keyword at every position
 * (V8 tries each alternative), so it slows to a crawl at hundreds of rules; this costs one table
 * lookup per byte whatever the number of keywords. Keywords are matched on their UTF-8 bytes, so
 * the same automaton runs over raw log bytes (the line scanner) and over cleaned strings (rule
 * candidates), the latter encoded on the fly. Bytes that occur in no keyword share one class, so
 * rows are short (128 entries for the usual rule sets); entries are 16-bit state numbers and the
 * states are numbered breadth-first, so the rows of the shallow states, where the automaton
 * spends most of its time, sit together in a few kilobytes (half the time per byte of 32-bit
 * entries in trie order, measured on a big log).
 */

/** Extra single-byte transitions for the line scanner: every state goes to a special state on them. */
export interface SpecialBytes {
  /** Line breaks: \n and \r. */
  lineFeed: number;
  carriageReturn: number;
  /** Bytes that make a line need full treatment wherever they are (control characters). */
  flag: number[];
  /** A byte (ESC) with a state of its own, so the caller can step over what follows it. */
  escape: number;
  /** Bytes that get a class of their own so withFlagBytes can flag them later. */
  reserve?: number[];
}

/** Kinds of flagged states, as bits. */
export const ACCEPT = 1;
export const VERIFY = 2;
export const LF = 4;
export const CR = 8;
export const FLAG = 16;
export const ESCAPE = 32;

export interface Dfa {
  /** Byte → class. */
  classes: Uint8Array;
  /** log2 of the row width (a power of two at least the number of classes). */
  shift: number;
  /** (state << shift | class) → next state; states from `flagged` on need attention. */
  table: Uint16Array | Uint32Array;
  flagged: number;
  /** Kind bits per flagged state (index: state - flagged). */
  kind: Uint8Array;
  /** Keyword ids ending at each flagged state, suffixes included. */
  outputs: number[][];
}

const utf8 = new TextEncoder();

/**
 * Builds the DFA. Keywords whose id is in `verify` report VERIFY instead of ACCEPT (the caller
 * checks them further); `special` adds line-break and flag bytes. The analyzer builds it on
 * every run, so this is linear in the trie: rows are filled by copying the failure state's row
 * (memcpy) and writing the few trie edges over it, in final state numbering.
 */
export function buildDfa(keywords: string[], verify: Set<number> = new Set(), special?: SpecialBytes): Dfa {
  const encoded = keywords.map((k) => utf8.encode(k));
  // Classes: one per byte used by a keyword or special, one shared by all flag bytes not in a
  // keyword, class 0 for every other byte.
  const classes = new Uint8Array(256);
  let width = 1;
  for (const k of encoded) for (const b of k) if (!classes[b]) classes[b] = width++;
  if (special) {
    for (const b of [special.lineFeed, special.carriageReturn, special.escape, ...(special.reserve ?? [])])
      if (!classes[b]) classes[b] = width++;
    const shared = width++;
    for (const b of special.flag) if (!classes[b]) classes[b] = shared;
  }
  let shift = 0;
  while (1 << shift < width) shift++;
  const W = 1 << shift;
  // The trie: a dense child table plus each state's children as a linked list, so nothing
  // allocates per state (this runs cold, on every analysis). 0 stands for none everywhere (the
  // root is nobody's child): fresh typed arrays are zeroed already, filling them costs at start.
  const maxStates = encoded.reduce((m, k) => m + k.length, 1);
  const child = new Int32Array(maxStates * W);
  const firstKid = new Int32Array(maxStates);
  const nextKid = new Int32Array(maxStates);
  const kidClass = new Int32Array(maxStates);
  const out: Array<number[] | null> = [null];
  let trie = 1;
  encoded.forEach((bytes, id) => {
    if (!bytes.length) return;
    let s = 0;
    for (const b of bytes) {
      const c = classes[b];
      let next = child[s * W + c];
      if (next === 0) {
        next = trie++;
        out.push(null);
        child[s * W + c] = next;
        kidClass[next] = c;
        nextKid[next] = firstKid[s];
        firstKid[s] = next;
      }
      s = next;
    }
    (out[s] ??= []).push(id);
  });
  // Failure links, breadth-first (the classic Aho-Corasick construction).
  const fail = new Int32Array(trie);
  const bfs = new Int32Array(trie);
  let qEnd = 1;
  for (let q = 0; q < qEnd; q++) {
    const s = bfs[q];
    for (let t = firstKid[s]; t !== 0; t = nextKid[t]) {
      if (s !== 0) {
        const c = kidClass[t];
        let f = fail[s];
        while (f !== 0 && child[f * W + c] === 0) f = fail[f];
        fail[t] = child[f * W + c];
        const inherited = out[fail[t]];
        const own = out[t];
        if (inherited) out[t] = own ? own.concat(inherited) : inherited;
      }
      bfs[qEnd++] = t;
    }
  }
  const extra = special ? 4 : 0; // LF, CR, FLAG and ESCAPE states: copies of the root
  const n = trie + extra;
  const kinds = new Uint8Array(n);
  for (let s = 0; s < trie; s++) for (const id of out[s] ?? []) kinds[s] |= verify.has(id) ? VERIFY : ACCEPT;
  const [lf, cr, fl, esc] = [trie, trie + 1, trie + 2, trie + 3];
  if (special) {
    kinds[esc] = ESCAPE;
    kinds[lf] = LF;
    kinds[cr] = CR;
    kinds[fl] = FLAG;
  }
  // Number the quiet states first so the hot loop needs one compare, each part breadth-first
  // (bfs is the trie in that order); the root stays 0.
  const order = special ? [...bfs, lf, cr, fl, esc] : bfs;
  const num = new Int32Array(n); // state → its final number
  let next = 0;
  for (const s of order) if (!kinds[s]) num[s] = next++;
  const flagged = next;
  const kind = new Uint8Array(n - flagged);
  const outputs: number[][] = [];
  for (const s of order) {
    if (!kinds[s]) continue;
    kind[next - flagged] = kinds[s];
    outputs.push((s < trie ? out[s] : null) ?? []);
    num[s] = next++;
  }
  const table = n <= 0x10000 ? new Uint16Array(n * W) : new Uint32Array(n * W);
  for (const s of bfs) {
    const row = num[s] << shift;
    if (s !== 0) table.copyWithin(row, num[fail[s]] << shift, (num[fail[s]] << shift) + W);
    for (let t = firstKid[s]; t !== 0; t = nextKid[t]) table[row + kidClass[t]] = num[t];
  }
  if (special) {
    for (const st of [lf, cr, fl, esc]) table.copyWithin(num[st] << shift, 0, W);
    const flagClasses = [...new Set(special.flag.map((b) => classes[b]))];
    const [lfClass, crClass] = [classes[special.lineFeed], classes[special.carriageReturn]];
    const escClass = classes[special.escape];
    for (let r = 0; r < table.length; r += W) {
      table[r + lfClass] = num[lf];
      table[r + crClass] = num[cr];
      table[r + escClass] = num[esc];
      for (const c of flagClasses) table[r + c] = num[fl];
    }
  }
  return { classes, shift, table, flagged, kind, outputs };
}

/** The same automaton where more (reserved) bytes flag wherever they appear; state numbers unchanged. */
export function withFlagBytes(dfa: Dfa, bytes: number[]): Dfa {
  const table = dfa.table.slice();
  let fl = -1;
  for (let i = 0; i < dfa.kind.length; i++) if (dfa.kind[i] === FLAG) fl = dfa.flagged + i;
  if (fl < 0) throw new Error("withFlagBytes needs an automaton built with special bytes");
  const W = 1 << dfa.shift;
  for (const b of bytes) {
    const c = dfa.classes[b];
    if (!c) throw new Error(`withFlagBytes: byte ${b} has no class of its own (reserve it)`);
    for (let row = 0; row < table.length; row += W) table[row + c] = fl;
  }
  return { ...dfa, table };
}

/**
 * Automata hold a window of at most WINDOW characters of each keyword: the trie (built on every
 * run) is a few times smaller, and a line containing a keyword contains any of its substrings,
 * so a window hit is a sound first filter; KeywordIndex confirms longer keywords with includes().
 * The window is the keyword's least common-looking stretch: "isories/GHSA" of
 * "https://github.com/advisories/GHSA-", not "https://", which every URL has.
 */
export const WINDOW = 12;

export function keywordWindow(k: string): string {
  // (Most keywords are short: no code point split for them, this runs cold on every analysis.)
  if (k.length <= WINDOW) return k;
  const cps = Array.from(k);
  if (cps.length <= WINDOW) return k;
  // Score = characters other than lowercase letters and spaces; windows touching "://" lose.
  // (Plain loops: this runs cold, for a few hundred keywords, at the start of every analysis.)
  const sum = new Int32Array(cps.length + 1);
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i].length === 1 ? cps[i].charCodeAt(0) : 0;
    sum[i + 1] = sum[i] + ((c >= 97 && c <= 122) || c === 32 ? 0 : 1);
  }
  const urls: number[] = [];
  for (let i = k.indexOf("://"); i !== -1; i = k.indexOf("://", i + 1))
    urls.push(Array.from(k.slice(0, i)).length);
  let best = 0;
  let bestScore = -Infinity;
  for (let i = 0; i + WINDOW <= cps.length; i++) {
    let score = sum[i + WINDOW] - sum[i];
    for (const u of urls) {
      if (u + 3 > i - 4 && u < i + WINDOW) {
        score -= 10;
        break;
      }
    }
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return cps.slice(best, best + WINDOW).join("");
}

const shared = new Map<string, Dfa>();

/**
 * Lets KeywordIndex use an automaton built for more keywords (the line scanner's, with its
 * anchors) instead of building its own: `dfa` must number the windows of `keywords` first, in
 * this order.
 */
export function shareDfa(keywords: string[], dfa: Dfa): void {
  if (shared.size > 16) shared.clear();
  shared.set(keywords.join("\0"), dfa);
}

/** Finds which of a fixed set of keywords occur in strings. */
export class KeywordIndex {
  private dfa: Dfa | null = null;

  constructor(readonly keywords: string[]) {}

  /** Ids (indexes into `keywords`) of every keyword occurring in `text`; null if none. */
  find(text: string): number[] | null {
    // Built on first use, so an automaton the scanner shared in the meantime is reused.
    const dfa = (this.dfa ??=
      shared.get(this.keywords.join("\0")) ?? buildDfa(this.keywords.map(keywordWindow)));
    return keywordsIn(dfa, this.keywords, text);
  }
}

let scratch = new Uint8Array(1 << 14);

/** What the last keywordsIn call saw besides keywords: the largest `marks` value of a state it passed. */
export let lastMark = 0;

/**
 * Ids of the `keywords` (numbered first in `dfa`, as windows) that occur in `text`, or null.
 * `marks` (per flagged state) lets the caller learn about its other entries: their largest
 * value on the way ends up in lastMark. No closures: this runs for every flagged line.
 */
export function keywordsIn(dfa: Dfa, keywords: string[], text: string, marks?: Uint8Array): number[] | null {
  if (scratch.length < text.length * 3) scratch = new Uint8Array(text.length * 3);
  const n = utf8.encodeInto(text, scratch).written;
  const { table, classes, shift, kind, outputs } = dfa;
  const base = dfa.flagged;
  const limit = keywords.length;
  const bytes = scratch;
  let found: number[] | null = null;
  let mark = 0;
  let s = 0;
  for (let i = 0; i < n; i++) {
    s = table[(s << shift) | classes[bytes[i]]];
    if (s < base) continue;
    const f = s - base;
    if (marks && marks[f] > mark) mark = marks[f];
    if (!(kind[f] & (ACCEPT | VERIFY))) continue;
    for (const id of outputs[f]) {
      if (id >= limit || found?.includes(id)) continue;
      if (keywords[id].length > WINDOW && !text.includes(keywords[id])) continue;
      if (found) found.push(id);
      else found = [id];
    }
  }
  lastMark = mark;
  return found;
}
