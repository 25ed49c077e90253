import type { Dfa } from "./keywords.js";

/**
 * The scan automaton run over a whole window in WebAssembly, four lanes at once, for the
 * parallel prescan (scan.ts, LineScanner.scanWindowLanes). One lane is a chain of dependent
 * table loads, one per byte, so a single loop waits on memory; four independent chains keep the
 * core busy (measured alone on a 200 MB log: JS one lane 4.0–4.8 ns a byte, wasm one lane
 * 2.6–2.9, wasm four lanes 1.3–2.0). A lane records each byte that leads to a flagged state as an event (its
 * position and the state) and reads on from that state; the scanner then works line by line from
 * the events instead of from the bytes. The lanes run from the window's line starts through
 * everything, timestamps and colour codes included, so they report a superset of what the scan
 * proper sees; the scanner checks which events it can take as they are (see scanWindowLanes).
 *
 * The module is a few hundred bytes assembled here (nothing to bundle or load), with the table's
 * and buffers' places baked in as constant offsets.
 */

export const LANES = 4;

/** Per lane: p, end, ev, evEnd, s (i32 each), at `params` in memory. */
const PARAM_WORDS = 5;

/** Room for events per byte of a lane: one every 16 bytes (8 bytes each); a typical log has one every 40. */
const EVENTS_PER_BYTE = 1 / 16;
const MIN_EVENTS = 1 << 12;

const uleb = (n: number): number[] => {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
};
const sleb = (n: number): number[] => {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(b & 0x40)) || (n === -1 && b & 0x40)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
};
const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
const name = (s: string): number[] => [...uleb(s.length), ...Array.from(s, (c) => c.charCodeAt(0))];
const section = (id: number, bytes: number[]): number[] => [id, ...uleb(bytes.length), ...bytes];

// The few instructions used (https://webassembly.github.io/spec/core/binary/instructions.html).
const get = (i: number) => [0x20, ...uleb(i)];
const set = (i: number) => [0x21, ...uleb(i)];
const tee = (i: number) => [0x22, ...uleb(i)];
const i32 = (n: number) => [0x41, ...sleb(n)];
const ADD = 0x6a;
const SHL = 0x74;
const OR = 0x72;
const AND = 0x71;
const LT_U = 0x49;
const GE_U = 0x4f;
const load8 = (offset: number) => [0x2d, 0, ...uleb(offset)];
const load16 = (offset: number) => [0x2f, 1, ...uleb(offset)];
const load32 = (offset: number) => [0x28, 2, ...uleb(offset)];
const store32 = (offset: number) => [0x36, 2, ...uleb(offset)];
const LOOP = [0x03, 0x40];
const BLOCK = [0x02, 0x40];
const EQZ = 0x45;
const IF = [0x04, 0x40];
const END = 0x0b;
const brIf = (depth: number) => [0x0d, ...uleb(depth)];

interface Layout {
  table: number;
  classes: number;
  params: number;
  buf: number;
}

const [P, END_, EV, EV_END, S, T] = [0, 1, 2, 3, 4, 5];

/** One byte of lane k, whose locals (p, end, ev, evEnd, s, t) start at local `base + 6k`. */
function step(base: number, k: number, shift: number, flagged: number, at: Layout): number[] {
  const l = (f: number) => base + 6 * k + f;
  return [
    // t = table[s << shift | classes[buf[p]]] (u16 entries)
    ...get(l(S)),
    ...i32(shift + 1),
    SHL,
    ...get(l(P)),
    ...load8(at.buf),
    ...load8(at.classes),
    ...i32(1),
    SHL,
    OR,
    ...load16(at.table),
    ...tee(l(T)),
    ...i32(flagged),
    GE_U,
    ...IF,
    // An event, when there is room: (p, t).
    ...get(l(EV)),
    ...get(l(EV_END)),
    LT_U,
    ...IF,
    ...get(l(EV)),
    ...get(l(P)),
    ...store32(0),
    ...get(l(EV)),
    ...get(l(T)),
    ...store32(4),
    ...get(l(EV)),
    ...i32(8),
    ADD,
    ...set(l(EV)),
    END,
    END,
    ...get(l(T)),
    ...set(l(S)),
    ...get(l(P)),
    ...i32(1),
    ADD,
    ...set(l(P)),
  ];
}

/**
 * A function body running `count` lanes in step while each has bytes left. Its parameters are
 * the lanes' param addresses (relative to the params block); their locals follow.
 */
function lanesBody(count: number, shift: number, flagged: number, at: Layout): number[] {
  const base = count;
  const lanes = [...Array(count).keys()];
  const l = (k: number, f: number) => base + 6 * k + f;
  const left = lanes.flatMap((k, n) => [...get(l(k, P)), ...get(l(k, END_)), LT_U, ...(n ? [AND] : [])]);
  return [
    ...vec([[6 * count, 0x7f]]),
    ...lanes.flatMap((k) =>
      [P, END_, EV, EV_END, S].flatMap((f) => [...get(k), ...load32(at.params + 4 * f), ...set(l(k, f))]),
    ),
    ...BLOCK,
    ...left,
    EQZ,
    ...brIf(0),
    ...LOOP,
    ...lanes.flatMap((k) => step(base, k, shift, flagged, at)),
    ...left,
    ...brIf(0),
    END,
    END,
    ...lanes.flatMap((k) =>
      [P, EV, S].flatMap((f) => [...get(k), ...get(l(k, f)), ...store32(at.params + 4 * f)]),
    ),
    END,
  ];
}

/** The module: run4, run2 and run1, each taking that many lanes' param addresses. */
function assemble(shift: number, flagged: number, at: Layout): Uint8Array {
  const body = (code: number[]) => [...uleb(code.length), ...code];
  const type = (n: number) => [0x60, n, ...Array<number>(n).fill(0x7f), 0];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
    ...section(1, vec([type(4), type(2), type(1)])),
    ...section(2, vec([[...name("m"), ...name("mem"), 0x02, 0x00, ...uleb(1)]])),
    ...section(3, vec([[0], [1], [2]])),
    ...section(7, vec([[...name("run4"), 0, 0], [...name("run2"), 0, 1], [...name("run1"), 0, 2]])),
    ...section(10, vec([4, 2, 1].map((n) => body(lanesBody(n, shift, flagged, at))))),
  ]); // prettier-ignore
}

const PAGE = 1 << 16;

// The little of the WebAssembly API used here (the project's type libraries do not declare it).
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  Memory: new (d: { initial: number }) => WasmMemory;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}
const wasm = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;
const align = (n: number, to: number) => Math.ceil(n / to) * to;

/** What a run found: per lane, its bytes [from, to) of the window and its events. */
export interface LaneRun {
  /** Lanes used (a window with few line starts gets fewer). */
  count: number;
  from: Int32Array;
  to: Int32Array;
  /** (position, state) pairs; lane k's are [first[k], last[k]) in pairs, positions ascending. */
  events: Int32Array;
  first: Int32Array;
  last: Int32Array;
  /** Lane k ran out of room for events: those after its last one are missing. */
  full: Uint8Array;
}

export class Lanes {
  private mem: WasmMemory;
  private u8: Uint8Array;
  private i32: Int32Array;
  private readonly result: LaneRun = {
    count: 0,
    from: new Int32Array(LANES),
    to: new Int32Array(LANES),
    events: new Int32Array(0),
    first: new Int32Array(LANES),
    last: new Int32Array(LANES),
    full: new Uint8Array(LANES),
  };

  private constructor(
    private readonly at: Layout,
    private readonly run4: (a: number, b: number, c: number, d: number) => void,
    private readonly run2: (a: number, b: number) => void,
    private readonly run1: (a: number) => void,
    mem: WasmMemory,
  ) {
    this.mem = mem;
    this.u8 = new Uint8Array(mem.buffer);
    this.i32 = new Int32Array(mem.buffer);
  }

  /** The lanes for `dfa`, or null where they cannot run (no WebAssembly, a 32-bit table). */
  static create(dfa: Dfa): Lanes | null {
    if (!wasm || !(dfa.table instanceof Uint16Array) || dfa.shift > 7) return null;
    const table = 0;
    const classes = align(dfa.table.byteLength, 64);
    const params = classes + 256;
    const buf = align(params + 4 * PARAM_WORDS * LANES, 64);
    const at = { table, classes, params, buf };
    const mem = new wasm.Memory({ initial: Math.ceil(buf / PAGE) + 1 });
    const module = new wasm.Module(assemble(dfa.shift, dfa.flagged, at));
    const { exports } = new wasm.Instance(module, { m: { mem } });
    const lanes = new Lanes(
      at,
      exports.run4 as (a: number, b: number, c: number, d: number) => void,
      exports.run2 as (a: number, b: number) => void,
      exports.run1 as (a: number) => void,
      mem,
    );
    new Uint16Array(mem.buffer, table, dfa.table.length).set(dfa.table);
    lanes.u8.set(dfa.classes, classes);
    return lanes;
  }

  /** Makes room for `bytes` bytes from the buffer's start. */
  private room(bytes: number): void {
    const need = this.at.buf + bytes;
    if (need <= this.mem.buffer.byteLength) return;
    this.mem.grow(Math.ceil((need - this.mem.buffer.byteLength) / PAGE));
    this.u8 = new Uint8Array(this.mem.buffer);
    this.i32 = new Int32Array(this.mem.buffer);
  }

  /**
   * Runs the automaton over buf[start, len) from state 0, in up to four lanes that start at line
   * starts (after a \n). The result is reused by the next run.
   */
  run(buf: Uint8Array, start: number, len: number): LaneRun {
    const r = this.result;
    // Lane bounds: after the first \n at or past each quarter.
    let count = 0;
    let from = start;
    for (let k = 1; k <= LANES; k++) {
      let to = len;
      if (k < LANES) {
        const q = start + Math.floor(((len - start) * k) / LANES);
        const nl = q < len ? buf.indexOf(10, q) : -1;
        if (nl === -1 || nl + 1 >= len) to = len;
        else to = nl + 1;
      }
      if (to <= from && k < LANES) continue;
      r.from[count] = from;
      r.to[count] = to;
      count++;
      from = to;
      if (to === len) break;
    }
    r.count = count;
    // Event room per lane, in bytes (8 an event).
    const room = (k: number) => 8 * Math.max(MIN_EVENTS, Math.ceil((r.to[k] - r.from[k]) * EVENTS_PER_BYTE));
    const bufBytes = align(len + 1, 8);
    let events = 0;
    for (let k = 0; k < count; k++) events += room(k);
    this.room(bufBytes + events);
    const i32 = this.i32;
    this.u8.set(buf.subarray(0, len), this.at.buf);
    // Each lane's params (its i32 index in memory); event room is absolute byte addresses.
    const p = this.at.params >> 2;
    const param = (k: number) => p + PARAM_WORDS * k;
    let ev = this.at.buf + bufBytes;
    for (let k = 0; k < count; k++) {
      const o = param(k);
      i32[o] = r.from[k];
      i32[o + 1] = r.to[k];
      i32[o + 2] = ev;
      i32[o + 3] = ev + room(k);
      i32[o + 4] = 0;
      r.first[k] = ev >> 2;
      ev += room(k);
    }
    // Four lanes in step while four have bytes left, then two, then one (a long line makes lanes
    // of unequal length), longest first.
    const remaining = (k: number) => i32[param(k) + 1] - i32[param(k)];
    const at = (k: number) => 4 * PARAM_WORDS * k;
    const left: number[] = [];
    for (;;) {
      left.length = 0;
      for (let k = 0; k < count; k++) if (remaining(k) > 0) left.push(k);
      if (!left.length) break;
      left.sort((a, b) => remaining(b) - remaining(a));
      if (left.length >= 4) this.run4(at(left[0]), at(left[1]), at(left[2]), at(left[3]));
      else if (left.length >= 2) this.run2(at(left[0]), at(left[1]));
      else this.run1(at(left[0]));
    }
    for (let k = 0; k < count; k++) {
      r.last[k] = i32[param(k) + 2] >> 2;
      r.full[k] = i32[param(k) + 2] >= i32[param(k) + 3] ? 1 : 0;
    }
    r.events = i32;
    return r;
  }
}
