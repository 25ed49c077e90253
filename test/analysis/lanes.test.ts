import { Buffer } from "node:buffer";
import { describe, expect, it } from "vitest";
import { Engine } from "../../src/analysis/engine.js";
import { buildDfa, withFlagBytes } from "../../src/analysis/keywords.js";
import { Lanes } from "../../src/analysis/lanes.js";
import { ruleSets } from "../../src/analysis/rules/index.js";
import { LineScanner, Tape } from "../../src/analysis/scan.js";

const ts = (i: number) =>
  `2026-01-01T00:00:${String(i % 60).padStart(2, "0")}.${String(i).padStart(7, "0")}Z `;

/** The automaton run byte by byte in JS, from state 0 at each lane start: what lanes must report. */
function reference(
  dfa: ReturnType<typeof buildDfa>,
  buf: Uint8Array,
  from: number[],
  to: number[],
): number[] {
  const out: number[] = [];
  for (let k = 0; k < from.length; k++) {
    let s = 0;
    for (let i = from[k]; i < to[k]; i++) {
      const t = dfa.table[(s << dfa.shift) | dfa.classes[buf[i]]];
      if (t >= dfa.flagged) out.push(i, t);
      s = t;
    }
  }
  return out;
}

function events(r: ReturnType<Lanes["run"]>): number[] {
  const out: number[] = [];
  for (let k = 0; k < r.count; k++) for (let e = r.first[k]; e < r.last[k]; e++) out.push(r.events[e]);
  return out;
}

describe("the automaton in wasm lanes", () => {
  const special = { lineFeed: 10, carriageReturn: 13, flag: [0, 1, 7, 0x7f], escape: 27, reserve: [9] };
  const dfa = withFlagBytes(
    buildDfa(["error", "rror:", "at ", ", ", "`", "Traceback"], new Set(), special),
    [9],
  );

  it("reports every byte that leads to a flagged state, lane by lane, as the JS loop does", () => {
    const lanes = Lanes.create(dfa)!;
    expect(lanes).not.toBeNull();
    // A long line in the middle makes the lanes unequal: four, then two, then one run in step.
    const lines = ["error: x, y", "\tat foo (a.js:1)", "`code`\x1b[31m red", "Traceback", "plain words"];
    const text = [
      ...Array.from({ length: 300 }, (_, i) => lines[i % lines.length]),
      "x".repeat(20_000) + " error",
      ...Array.from({ length: 50 }, (_, i) => lines[i % lines.length] + "\r"),
    ].join("\n");
    const buf = Buffer.from(text);
    for (const start of [0, 3]) {
      const r = lanes.run(buf, start, buf.length);
      const from = Array.from(r.from.subarray(0, r.count));
      const to = Array.from(r.to.subarray(0, r.count));
      expect(from[0]).toBe(start);
      expect(to[r.count - 1]).toBe(buf.length);
      for (let k = 1; k < r.count; k++) {
        expect(from[k]).toBe(to[k - 1]);
        expect(buf[from[k] - 1]).toBe(10);
      }
      expect(Array.from(r.full.subarray(0, r.count))).toEqual(Array(r.count).fill(0));
      expect(events(r)).toEqual(reference(dfa, buf, from, to));
    }
  });

  it("stops recording when a lane's room for events is full, and says so", () => {
    const lanes = Lanes.create(dfa)!;
    // Every byte a line break: more events than any lane has room for.
    const buf = Buffer.from("\n".repeat(400_000));
    const r = lanes.run(buf, 0, buf.length);
    expect(r.full[0]).toBe(1);
    const got = events(r);
    const from = Array.from(r.from.subarray(0, r.count));
    const want = reference(dfa, buf, from, Array.from(r.to.subarray(0, r.count)));
    // What was recorded is the start of each lane's events, in order.
    for (let k = 0, at = 0, w = 0; k < r.count; k++) {
      const n = r.last[k] - r.first[k];
      while (want[w] < from[k]) w += 2;
      expect(got.slice(at, at + n)).toEqual(want.slice(w, w + n));
      at += n;
    }
  });
});

describe("a prescan window scanned from lane events", () => {
  /** Scans buf both ways with a fresh engine each: the tapes and the findings must be the same. */
  function both(text: string | Buffer, midStream = false) {
    const buf = Buffer.from(text);
    const run = (lanes: boolean) => {
      const engine = new Engine(ruleSets);
      const tape = new Tape();
      const scanner = new LineScanner(engine, midStream, tape);
      if (lanes) expect(scanner.scanWindowLanes(Buffer.from(buf), buf.length)).toBe(true);
      else scanner.scanWindow(Buffer.from(buf), buf.length);
      const out = engine.finish();
      return {
        tape: Array.from(tape.copy(new Int32Array(0))),
        failures: JSON.stringify(out.failures),
        lines: out.lines,
      };
    };
    const fast = run(true);
    const exact = run(false);
    expect(fast.lines).toBe(exact.lines);
    expect(fast.tape).toEqual(exact.tape);
    expect(fast.failures).toBe(exact.failures);
    return exact;
  }

  it("matches the exact scan on a GitHub log with colour codes, tabs, CRLF and keywords at the timestamp", () => {
    const lines: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const pick = i % 12;
      const body = [
        "npm http fetch GET 200 https://registry.npmjs.org/lodash 12ms",
        "\x1b[32m✓\x1b[39m src/a.test.ts > parse works \x1b[2m(3 ms)\x1b[22m",
        "parse error here", // " parse " spans the timestamp's space: not a keyword of the text
        "\tat foo (/home/runner/work/a/a/src/x.js:1:2)",
        "src/mod.ts(3,5): error TS2322: Type 'string' is not assignable to type 'number'.",
        "Found 0 errors. Watching for file changes.",
        "  1) failing test name",
        "ok, fine, nothing, here",
        "a\x07bell and error",
        "##[group]Run npm test",
        "##[endgroup]",
        "##[error]Process completed with exit code 1.",
      ][pick];
      lines.push(ts(i) + body + (i % 7 === 0 ? "\r" : ""));
    }
    const exact = both("\uFEFF" + lines.join("\n") + "\n");
    expect(JSON.parse(exact.failures).length).toBeGreaterThan(0);
  });

  it("matches it on a log without timestamps, long lines, lone CRs and no final line break", () => {
    const lines: string[] = [];
    for (let i = 0; i < 1500; i++) {
      if (i === 700) lines.push("y".repeat(60_000) + " error: far out " + "z".repeat(10_000));
      lines.push(
        [
          "\tindented, with a tab",
          "Traceback (most recent call last):",
          '  File "app/main.py", line 3, in <module>',
          "ValueError: bad value",
          "progress 10%\rprogress 50%\rprogress 100%",
          "plain",
          "",
        ][i % 7],
      );
    }
    both(lines.join("\n") + "last line without a break: error");
    both(lines.slice(100).join("\n"), true);
  });

  it("falls back to the exact scan where a lane ran out of room for events", () => {
    const text = "\n".repeat(300_000) + ts(1) + "error: after the blank lines\n" + "x, y\n".repeat(50_000);
    both(text);
  });
});
