/**
 * What a rule's regex needs at the start of a line, tested on the raw bytes before the line is
 * decoded. Most lines the scanner flags hold a common rule keyword (", ", ".test.", ".js:")
 * and match none of its rules; almost every rule is anchored ("^\s+at ", "^ {2}test"), so the
 * line's first bytes rule them out, and the line is never decoded or matched at all.
 *
 * A head is a necessary condition only: a line that passes may still not match (the regex then
 * decides), one that fails cannot match. It is read off the regex's source: `^`, then one
 * optional run of blanks (`\s` or a space, with a quantifier), then the literal characters
 * that every match starts with. Anything it does not understand ends the head there.
 */
export interface Head {
  /** The blank run: 0 none, 1 `\s` (any JS whitespace), 2 a space only. */
  blank: number;
  min: number;
  max: number;
  /** ASCII characters that follow the blank run (may be empty). */
  literal: string;
}

/** The head of a regex, or null when it tells nothing about a line's start. */
export function regexHead(re: RegExp): Head | null {
  // Case folding, multi-line anchors and stateful test() (g, y) are left to the regex.
  if (/[imgy]/.test(re.flags)) return null;
  const src = re.source;
  if (src[0] !== "^" || hasTopLevelBar(src)) return null;
  let i = 1;
  let blank = 0;
  let min = 0;
  let max = 0;
  const atom = src.startsWith("\\s", i) ? 1 : src[i] === " " ? 2 : 0;
  if (atom) {
    const q = quantifier(src, i + (atom === 1 ? 2 : 1));
    if (q) {
      blank = atom;
      min = q.min;
      max = q.max;
      i = q.end;
    }
  }
  let literal = "";
  // Literal characters, entering groups that are plain sequences (not quantified, no `|`).
  const ends: number[] = [];
  for (;;) {
    if (src[i] === ")" && ends.length && ends[ends.length - 1] === i) {
      ends.pop();
      i++;
      continue;
    }
    if (src[i] === "(") {
      const close = groupEnd(src, i);
      if (close < 0 || isQuantifier(src[close + 1])) break;
      let body = i + 1;
      if (src.startsWith("?:", body)) body += 2;
      else if (src.startsWith("?<", body) && src[body + 2] !== "=" && src[body + 2] !== "!") {
        const gt = src.indexOf(">", body);
        if (gt < 0) break;
        body = gt + 1;
      } else if (src[body] === "?") break; // lookarounds
      if (hasTopLevelBar(src.slice(body, close))) break;
      ends.push(close);
      i = body;
      continue;
    }
    const c = literalAt(src, i);
    if (!c) break;
    // A quantified character is not in every match.
    if (isQuantifier(src[i + c.length])) break;
    if (!literal && blank && (c.char === " " || (blank === 1 && /\s/.test(c.char)))) break;
    literal += c.char;
    i += c.length;
  }
  if (!literal && !min) return null;
  // (What follows an empty literal may be more blanks: only the least run is known.)
  return { blank, min, max: literal ? max : Infinity, literal };
}

function isQuantifier(c: string | undefined): boolean {
  return c === "?" || c === "*" || c === "+" || c === "{";
}

function quantifier(src: string, i: number): { min: number; max: number; end: number } | null {
  let q: { min: number; max: number; end: number };
  if (src[i] === "*") q = { min: 0, max: Infinity, end: i + 1 };
  else if (src[i] === "+") q = { min: 1, max: Infinity, end: i + 1 };
  else if (src[i] === "?") q = { min: 0, max: 1, end: i + 1 };
  else if (src[i] === "{") {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
    if (!m) return null;
    const lo = Number(m[1]);
    q = { min: lo, max: m[2] ? (m[3] ? Number(m[3]) : Infinity) : lo, end: i + m[0].length };
  } else q = { min: 1, max: 1, end: i };
  // Lazy or greedy, the run before a literal that is no blank is the whole run.
  if (q.end > i && src[q.end] === "?") q.end++;
  return q;
}

const PLAIN = /[A-Za-z0-9 !"#%&',\-/:;<=>@_`~]/;
const ESCAPED = /[/.()[\]{}*+?|^$\\\-:#!"'<>=,@%&~`]/;

/** The literal character at src[i] (plain or an escaped punctuation mark), or null. */
function literalAt(src: string, i: number): { char: string; length: number } | null {
  const c = src[i];
  if (c === undefined) return null;
  if (c === "\\") {
    const d = src[i + 1];
    return d !== undefined && ESCAPED.test(d) ? { char: d, length: 2 } : null;
  }
  return PLAIN.test(c) ? { char: c, length: 1 } : null;
}

/**
 * Walks regex source from src[from], stepping over escapes and character classes, with the group
 * depth after each other character; the index where `stop` first says so, or -1.
 */
function walk(src: string, from: number, stop: (c: string, depth: number) => boolean): number {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") i++;
    else if (inClass) {
      if (c === "]") inClass = false;
    } else if (c === "[") inClass = true;
    else {
      if (c === "(") depth++;
      else if (c === ")") depth--;
      if (stop(c, depth)) return i;
    }
  }
  return -1;
}

/** Index of the `)` closing the group opened at src[open], -1 if not found. */
function groupEnd(src: string, open: number): number {
  return walk(src, open, (c, depth) => c === ")" && depth === 0);
}

/** Whether `src` has an alternation outside every group and class. */
function hasTopLevelBar(src: string): boolean {
  return walk(src, 0, (c, depth) => c === "|" && depth === 0) >= 0;
}

/**
 * Whether a line's text may start as `head` requires. The text is buf[start, end) decoded as
 * UTF-8, without the colour codes (CSI) that `esc` says are on it; trailing blanks do not
 * matter (a head that fits the trimmed text fits the untrimmed one).
 */
export function headFits(head: Head, buf: Uint8Array, start: number, end: number, esc: boolean): boolean {
  let p = esc ? skipCsi(buf, start, end) : start;
  let run = 0;
  if (head.blank) {
    for (;;) {
      const w = head.blank === 2 ? (p < end && buf[p] === 32 ? 1 : 0) : blankAt(buf, p, end);
      if (!w) break;
      run++;
      p += w;
      if (esc) p = skipCsi(buf, p, end);
    }
    if (run < head.min || run > head.max) return false;
  }
  const lit = head.literal;
  for (let k = 0; k < lit.length; k++) {
    if (p >= end || buf[p] !== lit.charCodeAt(k)) return false;
    p++;
    if (esc) p = skipCsi(buf, p, end);
  }
  return true;
}

/** Past the colour codes at buf[p] (what scan.ts's fastLine removes with its CSI regex). */
export function skipCsi(buf: Uint8Array, p: number, end: number): number {
  while (p < end && buf[p] === 0x1b) {
    let j = p + 1;
    if (j >= end || buf[j] !== 0x5b) return p;
    j++;
    while (j < end && buf[j] >= 0x30 && buf[j] <= 0x3f) j++;
    while (j < end && buf[j] >= 0x20 && buf[j] <= 0x2f) j++;
    if (j >= end || buf[j] < 0x40 || buf[j] > 0x7e) return p;
    p = j + 1;
  }
  return p;
}

/**
 * The length of the UTF-8 encoded JS whitespace (what `\s` matches) at buf[p], 0 if none:
 * ASCII blanks and line breaks, NBSP, U+1680, U+2000-200A, U+2028/2029, U+202F, U+205F, U+3000
 * and U+FEFF.
 */
export function blankAt(buf: Uint8Array, p: number, end: number): number {
  if (p >= end) return 0;
  const b = buf[p];
  if (b < 0x80) return b === 32 || (b >= 9 && b <= 13) ? 1 : 0;
  const b1 = p + 1 < end ? buf[p + 1] : -1;
  const b2 = p + 2 < end ? buf[p + 2] : -1;
  if (b === 0xc2) return b1 === 0xa0 ? 2 : 0;
  if (b === 0xe1) return b1 === 0x9a && b2 === 0x80 ? 3 : 0;
  if (b === 0xe2) {
    if (b1 === 0x80) return (b2 >= 0x80 && b2 <= 0x8a) || b2 === 0xa8 || b2 === 0xa9 || b2 === 0xaf ? 3 : 0;
    return b1 === 0x81 && b2 === 0x9f ? 3 : 0;
  }
  if (b === 0xe3) return b1 === 0x80 && b2 === 0x80 ? 3 : 0;
  if (b === 0xef) return b1 === 0xbb && b2 === 0xbf ? 3 : 0;
  return 0;
}
