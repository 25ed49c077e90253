import { Buffer } from "node:buffer";
import {
  ACCEPT,
  ESCAPE,
  buildDfa,
  CR,
  FLAG,
  keywordsIn,
  keywordWindow,
  lastMark,
  LF,
  shareDfa,
  WINDOW,
  withFlagBytes,
  type Dfa,
} from "./keywords.js";
import { cleanLine, MAX_LINE, type CleanLine } from "./clean.js";
import { errorStrength, exitMarker, hasText, isNoise } from "./generic.js";
import { Lanes } from "./lanes.js";
import { headFits, skipCsi, type Head } from "./rule-head.js";
import type { OutputSource } from "./engine.js";

/**
 * The byte-level front of the analyzer. Most lines of a big log are noise that no rule, marker or
 * error test can fire on; decoding, cleaning and matching each of them is what made a 1 GiB log
 * slow. This scanner runs one DFA over the raw bytes (rule keywords plus every anchor the
 * engine's per-line tests need, see ANCHORS) and hands only the lines it flags to Engine.push;
 * the others are counted and kept as byte ranges, decoded only if the engine asks for them
 * (context lines, a failing step's last output). Results are the same as pushing every line:
 * a flagged line set is a superset of the lines where anything can happen.
 *
 * Lines split at \r\n, \n and lone \r; the first MAX_LINE UTF-16 units of a line are kept (CAP
 * bytes are enough for that), the rest of a longer line is dropped without buffering. Invalid
 * UTF-8 becomes U+FFFD, a BOM is dropped at the start of the stream, as TextDecoder does.
 */

/** Bytes kept of a line: enough for MAX_LINE UTF-16 units whatever the encoding (3 bytes a unit at most). */
const CAP = MAX_LINE * 3 + 4;

/**
 * Substrings that make a line worth the engine's full attention. Keep these a superset of what
 * generic.ts's errorStrength (ERRORISH) and exitMarker, the engine's structure() and cleanLine
 * react to; test/analysis/stream.test.ts checks every corpus line against them.
 */
const ERROR_ANCHORS = [
  "error", "ERROR", "Error", "FAIL", "Failed", "failed", "failure", "Failure", "FATAL", "Fatal", "fatal",
  "panic", "Exception", "Traceback", "Segmentation fault", "Killed", "Aborted", "abort", "** (",
  "is not installed", "command not found", "not found", "not be found", "not defined", "not be defined",
  "not declared", "not be declared", "undefined", "unresolved", "annot ", "ould not ", "nable to ",
  "No such file", "Permission denied", "✖", "✗", "✘", "×", "❌", "did not find expected",
  "mapping values are not allowed", "while scanning", "while parsing",
]; // prettier-ignore
const STRUCTURE_ANCHORS = [
  "##[", "[command]", "Post job cleanup.", "Cleaning up orphan processes", "$ ", "[Pipeline]",
  "Process completed", 'The command "', '" exited with', '" failed and exited',
  "Finished: ", "Done. Your build exited", "Job succeeded", "diff --git a/",
]; // prettier-ignore
// What cleanLine removes from the middle of a line (so a keyword could hide across it).
const CLEAN_ANCHORS = ["travis_", "section_", "\u009b"];
// Verified after the hit: "[31m"-style escape remains, and "  1) test name" numbered failures.
const SGR_ANCHORS = ["[m", "[K", "[;", "[0", "[1", "[2", "[3", "[4", "[5", "[6", "[7", "[8", "[9"];
const NUMBERED_ANCHORS = [") "];

const ESC = 0x1b;
const CONTROL_BYTES = [...Array(32).keys()]
  .filter((b) => b !== 9 && b !== 10 && b !== 13 && b !== ESC)
  .concat(0x7f);
// What cleanLine's ANSI removes of a colour or cursor code (its first alternative, the usual one).
const CSI = /\x1b\[[0-?]*[ -/]*[@-~]/g;
const TAB = 9;

// ERRORISH's numbered failure ("  1) test name"), loosened.
const NUMBERED = /^\s*\d+\) /;

// Ordered: keywordsIn reports the largest seen. An error word matters to the engine only through
// errorStrength (or as an exit line); structure anchors (markers, step boundaries) always matter.
const ANCHOR_NUMBERED = 1;
const ANCHOR_ERROR = 2;
const ANCHOR_STRUCTURE = 3;

const HIT_NONE = 0;
const HIT_KEYS = 1;
const HIT_ENGINE = 2;

const VERIFY_SGR = 1;
const VERIFY_NUMBERED = 2;

interface ScanDfa {
  /** For GitHub logs, and for others (where a tab may start a `gh run view --log` prefix, so it flags). */
  gha: Dfa;
  other: Dfa;
  /** VERIFY_* per flagged state. */
  verifyType: Uint8Array;
  /** Per flagged state: the largest ANCHOR_* of the anchors ending there (NUMBERED for `N) `), else 0. */
  anchorAt: Uint8Array;
  /** Per keyword: a raw-byte hit needs confirming on the cleaned text (see LineScanner.line). */
  confirm: Uint8Array;
  /** Per flagged state: 1 when a CLEAN_ANCHORS entry ends there (cleanLine edits such lines). */
  cleanAt: Uint8Array;
  /** Per flagged state: the most bytes a string ending there spans (see scanWindowLanes). */
  spanAt: Int32Array;
  /** The automaton in wasm lanes, made on first use (undefined: not tried yet; null: unavailable). */
  lanes?: Lanes | null;
}

const cache = new Map<string, ScanDfa>();

/**
 * The strings the scanner's automaton looks for, in its numbering: the rule keywords (their
 * windows, see keywordWindow), then the anchors. (Besides these it flags control bytes.) For
 * bench/speed.mjs, which times grep with the same alternation.
 */
export function scanPatterns(keywords: string[]): string[] {
  return [
    ...keywords.map(keywordWindow),
    ...ERROR_ANCHORS,
    ...STRUCTURE_ANCHORS,
    ...CLEAN_ANCHORS,
    ...SGR_ANCHORS,
    ...NUMBERED_ANCHORS,
  ];
}

function scanDfa(keywords: string[]): ScanDfa {
  const key = keywords.join("\0");
  let d = cache.get(key);
  if (d) return d;
  const fixed = [...ERROR_ANCHORS, ...STRUCTURE_ANCHORS, ...CLEAN_ANCHORS];
  const all = scanPatterns(keywords);
  const sgrFrom = keywords.length + fixed.length;
  const numFrom = sgrFrom + SGR_ANCHORS.length;
  const verify = new Set<number>();
  for (let i = sgrFrom; i < all.length; i++) verify.add(i);
  const special = { lineFeed: 10, carriageReturn: 13, flag: CONTROL_BYTES, escape: ESC, reserve: [TAB] };
  const gha = buildDfa(all, verify, special);
  const other = withFlagBytes(gha, [TAB]);
  const verifyType = new Uint8Array(gha.kind.length);
  gha.outputs.forEach((ids, i) => {
    for (const id of ids) if (id >= sgrFrom) verifyType[i] |= id >= numFrom ? VERIFY_NUMBERED : VERIFY_SGR;
  });
  const anchorAt = new Uint8Array(gha.kind.length);
  const structureFrom = keywords.length + ERROR_ANCHORS.length;
  gha.outputs.forEach((ids, i) => {
    for (const id of ids) {
      const a =
        id < keywords.length
          ? 0
          : id < structureFrom
            ? ANCHOR_ERROR
            : id < sgrFrom
              ? ANCHOR_STRUCTURE
              : id >= numFrom
                ? ANCHOR_NUMBERED
                : 0;
      if (a > anchorAt[i]) anchorAt[i] = a;
    }
  });
  const confirm = Uint8Array.from(keywords, (k) => (k.length > WINDOW || /\s$/.test(k) ? 1 : 0));
  const cleanFrom = keywords.length + ERROR_ANCHORS.length + STRUCTURE_ANCHORS.length;
  const cleanAt = Uint8Array.from(gha.outputs, (ids) =>
    ids.some((id) => id >= cleanFrom && id < sgrFrom) ? 1 : 0,
  );
  const bytes = all.map((k) => Buffer.byteLength(k));
  const spanAt = Int32Array.from(gha.outputs, (ids) => ids.reduce((m, id) => Math.max(m, bytes[id]), 0));
  d = { gha, other, verifyType, anchorAt, confirm, cleanAt, spanAt };
  shareDfa(keywords, gha);
  if (cache.size > 16) cache.clear();
  cache.set(key, d);
  return d;
}

/** A quiet line that went to the engine's ring: decoded the first time its text is read. */
class QuietLine {
  constructor(
    readonly n: number,
    private scanner: LineScanner | null,
    private readonly start: number,
    private readonly end: number,
    private value: string | null,
  ) {}

  get text(): string {
    if (this.value === null) {
      this.value = this.scanner!.cleanText(this.start, this.end);
      this.scanner = null;
    }
    return this.value;
  }
}

/** Whether a cleaned line holds one of the anchors (error words, markers, exit lines): for tests. */
export function hasAnchor(keywords: string[], text: string): boolean {
  return triage(scanDfa(keywords), keywords, text).anchor > 0;
}

/**
 * Whether a cleaned line holds an anchor the engine must read it for when not busy: a structure
 * anchor, or error words that make it error-ish or an exit line (see line()): for tests.
 */
export function anchorMatters(keywords: string[], text: string): boolean {
  const { anchor } = triage(scanDfa(keywords), keywords, text);
  return anchor === ANCHOR_STRUCTURE || (anchor > 0 && errorsIn(text, -1) >= 0);
}

/**
 * The rule keywords a cleaned line holds (null if none) and the largest anchor it holds (0 for
 * none; escape-code anchors no longer matter); the engine gets the keywords along with the line.
 */
function triage(d: ScanDfa, keywords: string[], text: string): { found: number[] | null; anchor: number } {
  const found = keywordsIn(d.gha, keywords, text, d.anchorAt);
  const anchor =
    lastMark >= ANCHOR_ERROR
      ? lastMark
      : lastMark === ANCHOR_NUMBERED && NUMBERED.test(text)
        ? ANCHOR_ERROR
        : 0;
  return { found, anchor };
}

/**
 * Whether an error word on a line the engine is not busy with matters: the line is an exit line,
 * or errorStrength finds it error-ish (-1: no; else that strength, which the engine is handed).
 * Otherwise the engine would only count and remember the line, as a quiet one ("Found 0 errors.").
 */
function errorsIn(text: string, known: number): number {
  if (exitMarker(text)) return 0;
  const strength = known >= 0 ? known : errorStrength(text, null);
  return strength > 0 ? strength : -1;
}

const TAPE_HOT = 1;
const TAPE_PUSHED = 2;
const TAPE_ESC = 4;
/** The line's anchor (ANCHOR_*) is stored from this bit on (two bits). */
const TAPE_ANCHOR_SHIFT = 6;
/** A handed-over unmarked line's errorStrength + 1 (0: not known) is stored from this bit on. */
const TAPE_STRENGTH_SHIFT = 24;
const TAPE_BLANK = 16;
const TAPE_TEXT = 32;

/**
 * What a prescan found, line by line, for LineScanner.replay: for each line the scan flagged
 * (hot) or handed over, its number, flags (TAPE_*, and the timestamp's length from bit 8 on), and
 * the rule keyword ids the scan collected on it (a count, -1 when the line needs cleanLine).
 */
export class Tape {
  private data: Int32Array<ArrayBuffer> = new Int32Array(1 << 12);
  private size = 0;
  private lineNo = 0;
  /** Per line, where it ends (its break), negative (the top bit set) when the scan stepped over colour codes on it. */
  private ends: Int32Array<ArrayBuffer> = new Int32Array(1 << 12);
  /** Where the current line's record starts, -1 when it has none. */
  private current = -1;

  /** The scan is at its next line (the arguments of LineScanner.line). */
  line(
    end: number,
    hot: boolean,
    textOffset: number,
    ids: Int32Array,
    count: number,
    esc: boolean,
    anchored: number,
  ): void {
    if (this.lineNo === this.ends.length) {
      const bigger = new Int32Array(2 * this.ends.length);
      bigger.set(this.ends);
      this.ends = bigger;
    }
    this.ends[this.lineNo++] = esc ? end | 0x80000000 : end;
    this.current = -1;
    if (!hot) return;
    // (A timestamp too long for its 16 bits: the line goes through cleanLine, as it may.)
    if (textOffset > 0xffff) {
      textOffset = 0;
      count = -1;
    }
    const flags = TAPE_HOT | (esc ? TAPE_ESC : 0) | (anchored << TAPE_ANCHOR_SHIFT) | (textOffset << 8);
    this.append(flags, count, ids);
  }

  /** The current line is quiet, and blank or not. */
  blank(blank: boolean): void {
    if (this.current >= 0) this.data[this.current + 1] |= blank ? TAPE_BLANK : TAPE_TEXT;
  }

  /** The current line went to the engine, with its errorStrength when known (else -1). */
  pushed(strength: number): void {
    const flags = TAPE_PUSHED | ((strength + 1) << TAPE_STRENGTH_SHIFT);
    if (this.current < 0) this.append(flags, 0, null);
    else this.data[this.current + 1] |= flags;
  }

  private append(flags: number, count: number, ids: Int32Array | null): void {
    const need = this.size + 3 + Math.max(0, count);
    if (need > this.data.length) {
      const bigger = new Int32Array(Math.max(need, 2 * this.data.length));
      bigger.set(this.data);
      this.data = bigger;
    }
    this.current = this.size;
    this.data[this.size++] = this.lineNo;
    this.data[this.size++] = flags;
    this.data[this.size++] = count;
    for (let k = 0; k < count; k++) this.data[this.size++] = ids![k];
  }

  /** Starts over for another window (keeping the memory: a worker prescans many). */
  reset(): void {
    this.size = 0;
    this.lineNo = 0;
    this.current = -1;
  }

  /** Entries copy() writes. */
  get length(): number {
    return 1 + this.lineNo + this.size;
  }

  /**
   * The number of lines, their ends, then the records, copied into `into` when they fit, else
   * into a new array (what LineScanner.replay reads).
   */
  copy(into: Int32Array<ArrayBufferLike>): Int32Array<ArrayBufferLike> {
    const out = this.length <= into.length ? into : new Int32Array(this.length);
    out[0] = this.lineNo;
    out.set(this.ends.subarray(0, this.lineNo), 1);
    out.set(this.data.subarray(0, this.size), 1 + this.lineNo);
    return out;
  }
}

/**
 * What the scanner feeds: the Engine, or a stand-in that only records which lines the engine
 * would have to read (prescan.ts, for the parallel path).
 */
export interface ScanTarget {
  readonly keywords: string[];
  readonly ringSize: number;
  readonly busy: boolean;
  readonly isGha: boolean;
  readonly lineCount: number;
  push(raw: string): void;
  pushClean(line: CleanLine, found?: number[] | null, errorWords?: boolean, strength?: number): void;
  quiet(count: number, recent: Array<{ n: number; text: string }>, source: OutputSource): void;
  settleOutput(): void;
  mayHit(found: number[], text: string): boolean;
  keywordHeads(id: number): Head[] | null;
}

export class LineScanner implements OutputSource {
  private buf: Buffer<ArrayBufferLike> = Buffer.allocUnsafe(0);
  /** Bytes held: the unfinished last line of the previous chunk, then new bytes. */
  private len = 0;
  /** Bytes seen, for the stats. */
  bytes = 0;
  private started = false;
  /** The previous chunk ended with \r: a \n starting this one belongs to it. */
  private pendingCR = false;
  /** buf holds the first CAP bytes of a line whose rest is being dropped. */
  private longLine = false;
  private readonly dfa: ScanDfa;

  // The current run of quiet lines, not yet handed to the engine.
  private qCount = 0;
  private qStart = -1;
  private qEnd = 0;
  /** The engine's ring size: a run of quiet lines hands over at most that many. */
  private readonly ringSize: number;
  private readonly ringN: Int32Array;
  private readonly ringS: Int32Array;
  private readonly ringE: Int32Array;
  private readonly ringT: Array<string | null>;
  private ringLen = 0;
  private ringHead = 0;
  /** Lazy lines handed out in this chunk (the newest ringSize are all the engine can still hold). */
  private lazies: QuietLine[] = [];
  /** (start, end, last line number) of quiet runs whose last output the engine has deferred. */
  private runs: number[] = [];

  private busy = false;
  /** Rule keyword ids the scan collects on a line (see line()). */
  private ids: Int32Array = new Int32Array(64);
  private gha = false;
  /** The engine's keywordHeads, per keyword id once asked for (see cannotHit). */
  private readonly heads: Array<Head[] | null | undefined> = [];

  /**
   * midStream: the bytes start at a line of a stream already begun (no BOM to drop); tape: what
   * the scan finds on each line is written there (a prescan, see replay()).
   */
  constructor(
    private readonly engine: ScanTarget,
    midStream = false,
    private readonly tape: Tape | null = null,
  ) {
    this.started = midStream;
    this.dfa = scanDfa(engine.keywords);
    this.ringSize = engine.ringSize;
    this.ringN = new Int32Array(this.ringSize);
    this.ringS = new Int32Array(this.ringSize);
    this.ringE = new Int32Array(this.ringSize);
    this.ringT = new Array<string | null>(this.ringSize).fill(null);
    this.sync();
  }

  private sync(): void {
    this.busy = this.engine.busy;
    this.gha = this.engine.isGha;
  }

  /** Room to read into directly: fill buf[offset, offset + length), then call commit(). */
  space(want: number): { buf: Buffer; offset: number; length: number } {
    if (this.buf.length - this.len < want) {
      const bigger = Buffer.allocUnsafe(Math.max(this.len + want, 2 * this.buf.length));
      this.buf.copy(bigger, 0, 0, this.len);
      this.buf = bigger;
    }
    return { buf: this.buf, offset: this.len, length: this.buf.length - this.len };
  }

  commit(n: number): void {
    this.len += n;
    this.bytes += n;
    this.scan(false);
  }

  write(chunk: Uint8Array): void {
    const { buf, offset } = this.space(chunk.byteLength);
    buf.set(chunk, offset);
    this.commit(chunk.byteLength);
  }

  end(): void {
    this.scan(true);
  }

  /** Scans buf[0, len) in place as the whole (rest of the) stream: a prescan's window. */
  scanWindow(buf: Buffer<ArrayBufferLike>, len: number): void {
    this.buf = buf;
    this.len = len;
    this.bytes += len;
    this.scan(true);
  }

  /**
   * scanWindow() with the automaton run in wasm lanes (lanes.ts) over the whole window first;
   * false (nothing done) where lanes cannot run. The lanes run through everything from each line
   * start, so their events are a superset of what exactLine() meets from after the timestamp:
   * an event is taken as it is only when nothing it reports can have begun before the text
   * (spanAt); a line with colour codes (which exactLine steps over), a tab in a GitHub log (which
   * its automaton does not flag) or such a doubtful event is scanned again by exactLine(). Lines
   * with no event but their break, most of a log, cost no per-byte work here at all.
   */
  scanWindowLanes(buf: Buffer<ArrayBufferLike>, len: number): boolean {
    const d = this.dfa;
    if (d.lanes === undefined) d.lanes = Lanes.create(d.other);
    if (!d.lanes) return false;
    this.buf = buf;
    this.len = len;
    this.bytes += len;
    const start = this.streamStart(buf, len);
    const view = buf.subarray(0, len);
    nextCR = view.indexOf(13, start);
    const r = d.lanes.run(buf, start, len);
    const { anchorAt, spanAt } = d;
    const { kind, flagged } = d.other;
    const ev = r.events;
    for (let lane = 0; lane < r.count; lane++) {
      const laneEnd = r.to[lane];
      let ls = r.from[lane];
      let textStart = timestampEnd(buf, ls, len);
      let hot = false;
      let ids = 0;
      let anchored = 0;
      let redo = false;
      // The \n of a \r\n: the line ended at the \r.
      let skip = -1;
      for (let e = r.first[lane]; e < r.last[lane]; e += 2) {
        const i = ev[e];
        const f = ev[e + 1] - flagged;
        const k = kind[f];
        if (k & (LF | CR)) {
          if (i === skip) continue;
          if (redo) this.exactLine(ls, view, len, true);
          else this.line(ls, i, hot, textStart, ids, false, anchored);
          ls = i + 1;
          if (k & CR && ls < len && buf[ls] === 10) skip = ls++;
          textStart = timestampEnd(buf, ls, len);
          hot = false;
          ids = 0;
          anchored = 0;
          redo = false;
          continue;
        }
        // (In the timestamp: exactLine starts after it.)
        if (redo || ids < 0 || i < textStart) continue;
        if (i - spanAt[f] + 1 < textStart || k & ESCAPE || (this.gha && buf[i] === TAB)) {
          redo = true;
          continue;
        }
        const hit = this.hit(f, k, i, len, ls, false);
        if (hit === HIT_KEYS) {
          hot = true;
          if (anchorAt[f] > anchored && anchorAt[f] >= ANCHOR_ERROR) anchored = anchorAt[f];
          ids = this.collect(f, ids);
        } else if (hit === HIT_ENGINE) {
          hot = true;
          ids = -1;
        }
      }
      if (r.full[lane] || redo) {
        // Events ran out (or the last line needs it): the exact scan from the current line on.
        while (ls < laneEnd) ls = this.exactLine(ls, view, len, true);
      } else if (ls < laneEnd) {
        // The window's last line, without a break.
        this.line(ls, len, hot || len - ls > CAP, textStart, ids, false, anchored);
      }
    }
    this.finishChunk(len, len);
    return true;
  }

  /**
   * Feeds buf[0, len), whole lines only (it ends at a line break, or at the end of the stream),
   * with the lines and findings a prescan of the same bytes wrote on `tape` (prescan.ts) instead
   * of running the automaton. The prescan assumed an engine that is never busy: a line
   * it did not hand over is quiet unless the engine is busy now; every other line gets the very
   * call scan() makes.
   */
  replay(buf: Buffer<ArrayBufferLike>, len: number, tape: Int32Array): void {
    this.buf = buf;
    this.len = len;
    this.bytes += len;
    let start = this.streamStart(buf, len);
    // The prescan found the lines (their ends, from tape[1] on) and wrote its records after them.
    const lines = tape[0];
    let p = 1 + lines;
    for (let n = 1; n <= lines; n++) {
      const e = tape[n];
      const end = e & 0x7fffffff;
      const hasEsc = e < 0;
      let flags = 0;
      let count = 0;
      if (p < tape.length && tape[p] === n) {
        flags = tape[p + 1];
        count = tape[p + 2];
        for (let k = 0; k < count; k++) {
          if (k === this.ids.length) this.ids = growInt32(this.ids);
          this.ids[k] = tape[p + 3 + k];
        }
        p += 3 + Math.max(0, count);
      }
      const known = ((flags >>> TAPE_STRENGTH_SHIFT) & 7) - 1;
      if (!(flags & TAPE_PUSHED) && !this.busy && (this.gha || !startsLikeTimestamp(buf, start, end))) {
        // Quiet (whatever the prescan found on it): only counted and remembered.
        if (flags & (TAPE_BLANK | TAPE_TEXT)) this.quietLine(start, end, null, (flags & TAPE_BLANK) !== 0);
        else this.line(start, end, false, start, -1, hasEsc, 0);
      } else if (flags & TAPE_HOT) {
        this.line(
          start,
          end,
          true,
          start + ((flags >>> 8) & 0xffff),
          count,
          (flags & TAPE_ESC) !== 0,
          (flags >>> TAPE_ANCHOR_SHIFT) & 3,
          known,
        );
      } else {
        // A line the scan found nothing on: the call scan() makes for it.
        this.line(start, end, false, timestampEnd(buf, start, len), 0, hasEsc, 0, known);
      }
      start = end + 1;
      if (end < len && buf[end] === 13 && start < len && buf[start] === 10) start++;
    }
    this.finishChunk(len, len);
  }

  /** Where the bytes start: after the BOM, if the stream starts here with one. */
  private streamStart(buf: Buffer<ArrayBufferLike>, len: number): number {
    if (this.started) return 0;
    this.started = true;
    return len >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  }

  private scan(final: boolean): void {
    const buf = this.buf;
    const len = this.len;
    // (Three bytes are needed to tell a BOM.)
    if (!this.started && len < 3 && !final) return;
    let start = this.streamStart(buf, len);
    const view = buf.subarray(0, len);
    if (this.pendingCR && start < len) {
      this.pendingCR = false;
      if (buf[start] === 10) start++;
    }
    nextCR = view.indexOf(13, start);
    if (this.longLine) {
      // Drop the rest of an over-long line up to its break; its kept bytes are buf[0, CAP).
      const j = nextBreak(view, CAP);
      if (j === -1 && !final) {
        this.len = CAP;
        return;
      }
      this.longLine = false;
      this.line(0, CAP, true, 0, -1, false, 0);
      if (j === -1) {
        this.finishChunk(len, len);
        return;
      }
      start = j + 1;
      if (buf[j] === 13) {
        if (j + 1 < len) {
          if (buf[j + 1] === 10) start++;
        } else if (!final) this.pendingCR = true;
      }
    }
    while (start < len) {
      const next = this.exactLine(start, view, len, final);
      if (next < 0) break;
      start = next;
    }
    this.finishChunk(final ? len : start, len);
  }

  /**
   * What the flagged state f (kind k), reached at buf[i] on the line starting at lineStart, means
   * for the line: HIT_KEYS (rule keywords or anchors to collect), HIT_ENGINE (the line needs the
   * engine whatever else it holds) or HIT_NONE (an escape remains or "N) " test that failed).
   */
  private hit(f: number, k: number, i: number, len: number, lineStart: number, esc: boolean): number {
    const { verifyType, cleanAt } = this.dfa;
    const sgr = verifyType[f] === VERIFY_SGR && this.sgrAt(i, len);
    // (Codes stepped over may stand between the line start and "1) ": then cleanLine decides.)
    const numbered = verifyType[f] === VERIFY_NUMBERED && (esc || this.numberedAt(lineStart, i));
    if (k & ACCEPT && !(k & FLAG) && !cleanAt[f] && !sgr && !numbered) return HIT_KEYS;
    return k & (ACCEPT | FLAG | ESCAPE) || sgr || numbered ? HIT_ENGINE : HIT_NONE;
  }

  /** Adds the rule keywords ending at flagged state f to this.ids[ids...]: the new count. */
  private collect(f: number, ids: number): number {
    const out = this.dfa.gha.outputs[f];
    const nKeywords = this.engine.keywords.length;
    for (let o = 0; o < out.length; o++) {
      if (out[o] >= nKeywords) continue;
      if (ids === this.ids.length) this.ids = growInt32(this.ids);
      this.ids[ids++] = out[o];
    }
    return ids;
  }

  /**
   * Scans the line at buf[start] (after its timestamp, which cleanLine strips, so no keyword the
   * engine sees is in it) and hands it to line(). Returns where the next line starts, or -1 when
   * the line is cut by the end of a chunk that is not the last (it is scanned again from its
   * start with the next chunk).
   */
  private exactLine(start: number, view: Buffer<ArrayBufferLike>, len: number, final: boolean): number {
    const buf = this.buf;
    const { anchorAt } = this.dfa;
    // Engine.isGha changes only when the engine reads a line: the automaton is chosen per line.
    const dfa = this.gha ? this.dfa.gha : this.dfa.other;
    const { table, kind, classes, shift } = dfa;
    const flaggedState = dfa.flagged;
    let s = 0;
    let hot = false;
    // Rule keyword ids seen on the line so far; -1 once the line needs cleanLine (see line()).
    let ids = 0;
    // The scan stepped over colour codes on the line (cleanLine removes them).
    let esc = false;
    // The largest anchor (error word, marker, exit line) on the line (ANCHOR_*), 0 if none.
    let anchored = 0;
    const textStart = timestampEnd(buf, start, len);
    let i = textStart;
    for (;;) {
      // The per-byte loop lives in its own small function, which the JIT compiles tightly.
      i = run(buf, i, len, s, table, classes, shift, flaggedState);
      if (i === len) {
        if (!final) return -1;
        this.line(start, len, hot || len - start > CAP, textStart, ids, esc, anchored);
        return len;
      }
      const before = runBefore;
      s = runState;
      const f = s - flaggedState;
      const k = kind[f];
      if (k & (LF | CR)) {
        this.line(start, i, hot, textStart, ids, esc, anchored);
        if (k & CR) {
          if (i + 1 < len) {
            if (buf[i + 1] === 10) i++;
          } else if (!final) this.pendingCR = true;
        }
        return i + 1;
      }
      if (k & ESCAPE) {
        // A colour or cursor code: the automaton reads on as if it were gone, as from the text.
        const j = csiEnd(buf, i, len, textStart);
        if (j !== -1) {
          esc = true;
          s = before;
          i = j;
          continue;
        }
      }
      const hit = this.hit(f, k, i, len, start, esc);
      if (hit === HIT_KEYS) {
        // Rule keywords and anchors: read on to collect them all and to learn whether the line
        // needs cleaning (line() can then skip cleanLine and the keyword search on its text).
        hot = true;
        if (anchorAt[f] > anchored && anchorAt[f] >= ANCHOR_ERROR) anchored = anchorAt[f];
        ids = this.collect(f, ids);
        i++;
        continue;
      }
      if (hit === HIT_ENGINE) {
        // The line needs the engine: no need to look at the rest of it.
        hot = true;
        ids = -1;
        const j = nextBreak(view, i + 1);
        if (j === -1) {
          if (!final) return -1;
          this.line(start, len, true, textStart, ids, esc, anchored);
          return len;
        }
        i = j;
        s = 0;
        continue;
      }
      i++;
    }
  }

  /**
   * The keywords of this.ids[0, n) the cleaned text holds (null if none), without repeats, in
   * order of first occurrence: a window of a long keyword, or a keyword ending in a blank that
   * trimEnd took, is confirmed on the text.
   */
  private hitsIn(n: number, text: string): number[] | null {
    let found: number[] | null = null;
    for (let k = 0; k < n; k++) {
      const id = this.ids[k];
      if (found?.includes(id) || (this.dfa.confirm[id] && !text.includes(this.engine.keywords[id]))) continue;
      (found ??= []).push(id);
    }
    return found;
  }

  /**
   * Whether no rule of the keywords this.ids[0, n) can match the fastLine() text of
   * buf[textStart, end) (so Engine.mayHit would say no), judged by the heads of their regexes on
   * the bytes. No when the text starts like a marker (fastLine leaves those to cleanLine).
   */
  private cannotHit(n: number, textStart: number, end: number, esc: boolean): boolean {
    const buf = this.buf;
    const first = buf[esc ? skipCsi(buf, textStart, end) : textStart];
    if (first === 0x23 || first === 0x5b) return false;
    for (let k = 0; k < n; k++) {
      const id = this.ids[k];
      let heads = this.heads[id];
      if (heads === undefined) heads = this.heads[id] = this.engine.keywordHeads(id);
      if (heads === null) return false;
      for (let h = 0; h < heads.length; h++) if (headFits(heads[h], buf, textStart, end, esc)) return false;
    }
    return true;
  }

  /** Whether the last fastLine() text had trailing blanks. */
  private trimmed = false;

  /**
   * The CleanLine of a line the scan found plain (see plain()): its text after the timestamp,
   * without the colour codes the scan stepped over and trailing blanks; null when it starts
   * with a marker (cleanLine parses those).
   */
  private fastLine(start: number, end: number, textStart: number, esc: boolean): CleanLine | null {
    let t = this.decode(textStart, end);
    if (esc) t = t.replace(CSI, "");
    if (t.startsWith("##[") || t.startsWith("[command]")) return null;
    const text = t.trimEnd();
    this.trimmed = text.length !== t.length;
    return { text, marker: null, gha: textStart > start };
  }

  /**
   * Whether cleanLine would only strip the timestamp before textStart and trailing blanks: the
   * scan saw no control byte, escape remains, marker or anchor; what is left to rule out is a
   * BOM at the start and a tab that may start a `gh run view --log` prefix (without timestamp).
   */
  private plain(start: number, end: number, textStart: number): boolean {
    const buf = this.buf;
    if (textStart > start) return true;
    if (end - start >= 3 && buf[start] === 0xef && buf[start + 1] === 0xbb && buf[start + 2] === 0xbf)
      return false;
    for (let j = start; j < end; j++) if (buf[j] === TAB) return false;
    return true;
  }

  /** `[` then digits or `;` then m or K: what cleanLine's BARE_SGR may remove (over-approximated). */
  private sgrAt(i: number, len: number): boolean {
    const buf = this.buf;
    let j = i;
    while (j < len && ((buf[j] >= 48 && buf[j] <= 57) || buf[j] === 59)) j++;
    return j < len && (buf[j] === 109 || buf[j] === 75);
  }

  /** `) ` at i-1 preceded by digits, then only blanks back to the line start or a timestamp prefix. */
  private numberedAt(lineStart: number, i: number): boolean {
    const buf = this.buf;
    let j = i - 2;
    if (j < lineStart || buf[j] < 48 || buf[j] > 57) return false;
    while (j >= lineStart && buf[j] >= 48 && buf[j] <= 57) j--;
    while (j >= lineStart && (buf[j] === 32 || buf[j] === 9)) j--;
    return j < lineStart || buf[j] === 90 /* Z */ || buf[j] === 0xbf; /* BOM */
  }

  /**
   * One line: [start, end) of buf, text from textStart on (after a GitHub timestamp). When the
   * scan saw only rule keywords on it (`ids` of them in this.ids, not -1) and nothing cleanLine
   * would change but the timestamp and trailing blanks, its CleanLine is built without cleanLine.
   */
  private line(
    start: number,
    end: number,
    hot: boolean,
    textStart: number,
    ids: number,
    esc: boolean,
    anchored: number,
    known = -1,
  ): void {
    this.tape?.line(end, hot, textStart - start, this.ids, ids, esc, anchored);
    const e = this.engine;
    const fast = ids >= 0 && end - start <= MAX_LINE && this.plain(start, end, textStart);
    // Engine.busy and isGha change only when the engine reads a line: cached after each push.
    if (this.busy || (!this.gha && startsLikeTimestamp(this.buf, start, end))) {
      this.flushQuiet();
      const line = fast ? this.fastLine(start, end, textStart, esc) : null;
      // A line read while the engine is busy (most lines of an error block) holds error words
      // only if the scan met an anchor: without one the engine skips errorStrength, as for the
      // lines handed over below. (Trimming cannot add an anchor; an anchor it may cut is kept.)
      if (line) e.pushClean(line, this.hitsIn(ids, line.text), anchored > 0, known);
      else e.push(this.decode(start, end));
      this.sync();
      return;
    }
    // A line with rule keywords only, none of whose rules can match its start: quiet, and not
    // blank (a keyword is text), without decoding it (most flagged lines of a big log).
    if (
      hot &&
      fast &&
      anchored === 0 &&
      ids > 0 &&
      (this.gha || textStart === start) &&
      this.cannotHit(ids, textStart, end, esc)
    ) {
      this.quietLine(start, end, null, false);
      return;
    }
    let text: string | null = null;
    // The scan's own CleanLine when it can stand for cleanLine's (an anchor ending in a blank may
    // be in what trimEnd took: then cleanLine and triage decide).
    const quick = hot && fast ? this.fastLine(start, end, textStart, esc) : null;
    const fastOk = quick !== null && !(anchored > 0 && this.trimmed);
    // Flagged on the raw bytes; the cleaned text tells for sure.
    const line = fastOk ? quick : hot || end - start > CAP ? cleanLine(this.decode(start, end)) : null;
    if (line) {
      if (line.marker !== null || (line.gha && !this.gha)) {
        this.flushQuiet();
        e.pushClean(line);
        this.sync();
        return;
      }
      let found: number[] | null;
      let anchor: number;
      if (fastOk) {
        found = this.hitsIn(ids, line.text);
        anchor = anchored;
      } else ({ found, anchor } = triage(this.dfa, e.keywords, line.text));
      // A rule keyword alone (", ", ".js:", "`" are common) matters only if one of its rules
      // matches; an error word alone only if it makes the line error-ish.
      const strength = anchor === ANCHOR_ERROR ? errorsIn(line.text, known) : 0;
      if (anchor === ANCHOR_STRUCTURE || (anchor && strength >= 0) || (found && e.mayHit(found, line.text))) {
        this.flushQuiet();
        e.pushClean(line, found, anchor > 0, known >= 0 ? known : strength > 0 ? strength : -1);
        this.sync();
        return;
      }
      text = line.text;
    }
    this.quietLine(
      start,
      end,
      text,
      text !== null ? !hasText(text) : esc ? null : quickBlank(this.buf, start, end),
    );
  }

  /** A line the engine need not read: counted, and remembered unless blank (null: decode to know). */
  private quietLine(start: number, end: number, text: string | null, blank: boolean | null): void {
    const n = this.engine.lineCount + ++this.qCount;
    if (this.qStart < 0) this.qStart = start;
    this.qEnd = end;
    if (blank === null) {
      text = this.cleanText(start, end);
      blank = !hasText(text);
    }
    this.tape?.blank(blank);
    // (A prescan keeps no ring: ringSize 0.)
    if (blank || !this.ringSize) return;
    let h = this.ringHead + this.ringLen;
    if (h >= this.ringSize) h -= this.ringSize;
    this.ringN[h] = n;
    this.ringS[h] = start;
    this.ringE[h] = end;
    this.ringT[h] = text;
    if (this.ringLen < this.ringSize) this.ringLen++;
    else if (++this.ringHead === this.ringSize) this.ringHead = 0;
  }

  /** Hands the current run of quiet lines to the engine. */
  private flushQuiet(): void {
    if (!this.qCount) return;
    const recent: QuietLine[] = [];
    for (let k = 0; k < this.ringLen; k++) {
      const h = (this.ringHead + k) % this.ringSize;
      const t = this.ringT[h];
      const q = new QuietLine(this.ringN[h], t === null ? this : null, this.ringS[h], this.ringE[h], t);
      if (t === null) this.lazies.push(q);
      recent.push(q);
      this.ringT[h] = null;
    }
    if (this.lazies.length > 4 * this.ringSize) this.lazies.splice(0, this.lazies.length - this.ringSize);
    const lastN = this.engine.lineCount + this.qCount;
    this.engine.quiet(this.qCount, recent, this);
    this.runs.push(this.qStart, this.qEnd, lastN);
    this.qCount = 0;
    this.qStart = -1;
    this.ringLen = 0;
    this.ringHead = 0;
  }

  /** The bytes of this chunk are about to move: settle everything that points at them. */
  private finishChunk(start: number, len: number): void {
    this.flushQuiet();
    for (let k = Math.max(0, this.lazies.length - this.ringSize); k < this.lazies.length; k++)
      void this.lazies[k].text;
    this.lazies = [];
    this.engine.settleOutput();
    this.runs.length = 0;
    if (len - start > CAP) {
      this.buf.copy(this.buf, 0, start, start + CAP);
      this.len = CAP;
      this.longLine = true;
    } else {
      this.buf.copy(this.buf, 0, start, len);
      this.len = len - start;
    }
  }

  private decode(start: number, end: number): string {
    // utf8Slice is what toString("utf8", ...) ends in, minus the encoding lookup (3% of a run).
    const buf = this.buf as Buffer & { utf8Slice?: (start: number, end: number) => string };
    const e = Math.min(end, start + CAP);
    const s = buf.utf8Slice ? buf.utf8Slice(start, e) : buf.toString("utf8", start, e);
    return s.length > MAX_LINE ? s.slice(0, MAX_LINE) : s;
  }

  cleanText(start: number, end: number): string {
    return cleanLine(this.decode(start, end)).text;
  }

  restartOutput(): void {
    this.runs.length = 0;
  }

  /** The last quiet line, newest first, that the engine would have taken as the step's output. */
  resolveOutput(): { n: number; text: string } | null {
    const buf = this.buf;
    const runs = this.runs;
    for (let r = runs.length - 3; r >= 0; r -= 3) {
      const first = runs[r];
      let end = runs[r + 1];
      let n = runs[r + 2];
      for (;;) {
        let ls = end;
        while (ls > first && buf[ls - 1] !== 10 && buf[ls - 1] !== 13) ls--;
        const text = this.cleanText(ls, end);
        if (text.length >= 3 && !isNoise(text)) {
          runs.length = 0;
          return { n, text };
        }
        if (ls <= first) break;
        end = ls - 1;
        if (buf[end] === 10 && end > first && buf[end - 1] === 13) end--;
        n--;
      }
    }
    runs.length = 0;
    return null;
  }
}

let runState = 0;
let runBefore = 0;

/** The next \r from where scan() last looked (-1: none left in its buffer), for nextBreak. */
let nextCR = -1;

/**
 * The first line break (\n or \r) at or after i in the buffer scan() is on, -1 if none. Not a
 * closure over scan()'s locals: a new closure per chunk made the optimised scan() deoptimise
 * ("wrong call target") at the start of every chunk.
 */
function nextBreak(view: Buffer, i: number): number {
  if (nextCR !== -1 && nextCR < i) nextCR = view.indexOf(13, i);
  const lf = view.indexOf(10, i);
  if (lf === -1) return nextCR;
  return nextCR !== -1 && nextCR < lf ? nextCR : lf;
}

/**
 * Runs the automaton over buf[i, len) from state s up to the first byte that leads to a flagged
 * state: returns its index (len if none) and leaves that state in runState, the one before it in
 * runBefore (the state at the end when there is none).
 */
function run(
  buf: Buffer,
  i: number,
  len: number,
  s: number,
  table: Uint16Array | Uint32Array,
  classes: Uint8Array,
  shift: number,
  flagged: number,
): number {
  for (; i < len; i++) {
    const t = table[(s << shift) | classes[buf[i]]];
    if (t >= flagged) {
      runBefore = s;
      runState = t;
      return i;
    }
    s = t;
  }
  runState = s;
  return len;
}

/**
 * The end of the colour or cursor code (CSI) at buf[i] = ESC, as cleanLine's ANSI would remove
 * it, or -1 if it does not remove one there (or the line must go through cleanLine anyway: a
 * code right after "[", a digit or ";" may leave a bare "[1m" that cleanLine removes too).
 */
function csiEnd(buf: Buffer, i: number, len: number, textStart: number): number {
  if (i > textStart) {
    const b = buf[i - 1];
    if (b === 91 || b === 59 || (b >= 48 && b <= 57)) return -1;
  }
  let j = i + 1;
  if (j >= len || buf[j] !== 91) return -1;
  j++;
  while (j < len && buf[j] >= 0x30 && buf[j] <= 0x3f) j++;
  while (j < len && buf[j] >= 0x20 && buf[j] <= 0x2f) j++;
  if (j >= len || buf[j] < 0x40 || buf[j] > 0x7e) return -1;
  return j + 1;
}

function growInt32(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** Without a timestamp seen yet, a line that may start with one goes to the engine (it sets the log's kind). */
function startsLikeTimestamp(buf: Buffer, start: number, end: number): boolean {
  if (start >= end) return false;
  const c = buf[start];
  return (c >= 48 && c <= 57) || c === 0xef;
}

/**
 * Whether a quiet line cleans to blank, from its bytes alone when that is certain: it ends in a
 * printable ASCII character no prefix ends with, or it is a bare timestamp. Null: decode to know.
 */
function quickBlank(buf: Buffer, start: number, end: number): boolean | null {
  if (end - start > MAX_LINE) return null;
  if (end === start) return true;
  const last = buf[end - 1];
  if (last > 32 && last < 127 && last !== 90) return false;
  // GitHub's empty line: "2026-01-01T00:00:00.1234567Z", maybe blanks after it.
  let i = timestampEnd(buf, start, end);
  if (i === start) return null;
  while (i < end && (buf[i] === 32 || buf[i] === 9)) i++;
  return i === end ? true : null;
}

/**
 * Where a line's text starts after a GitHub timestamp prefix exactly as cleanLine's GHA_TS
 * removes it (`2026-01-01T00:00:00.1234567Z` and one optional space); `i` when there is none
 * (or the line is cut by the end of the buffer).
 */
function timestampEnd(buf: Buffer, i: number, len: number): number {
  if (len - i < 20) return i;
  // "0000-00-00T00:00:00" (0 for a digit), unrolled: this runs on every line of a big log.
  if (
    buf[i + 4] !== 45 ||
    buf[i + 7] !== 45 ||
    buf[i + 10] !== 84 ||
    buf[i + 13] !== 58 ||
    buf[i + 16] !== 58
  )
    return i;
  if (
    notDigit(buf[i]) ||
    notDigit(buf[i + 1]) ||
    notDigit(buf[i + 2]) ||
    notDigit(buf[i + 3]) ||
    notDigit(buf[i + 5]) ||
    notDigit(buf[i + 6]) ||
    notDigit(buf[i + 8]) ||
    notDigit(buf[i + 9]) ||
    notDigit(buf[i + 11]) ||
    notDigit(buf[i + 12]) ||
    notDigit(buf[i + 14]) ||
    notDigit(buf[i + 15]) ||
    notDigit(buf[i + 17]) ||
    notDigit(buf[i + 18])
  )
    return i;
  let j = i + 19;
  if (buf[j] === 46) {
    if (!(buf[j + 1] >= 48 && buf[j + 1] <= 57)) return i;
    j++;
    while (j < len && buf[j] >= 48 && buf[j] <= 57) j++;
  }
  if (j >= len || buf[j] !== 90) return i;
  j++;
  return j < len && buf[j] === 32 ? j + 1 : j;
}

function notDigit(b: number): boolean {
  return b < 48 || b > 57;
}
