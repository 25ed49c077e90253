import { execFileSync } from "node:child_process";
import { createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { zipSync, strToU8 } from "fflate";
import { analyzeBytes, analyzeFile, analyzeStream } from "../../src/analysis/analyze.js";
import { splitLines } from "../support/split-lines.js";
import { cleanLine, MAX_LINE } from "../../src/analysis/clean.js";
import { Engine } from "../../src/analysis/engine.js";
import { errorStrength, exitMarker } from "../../src/analysis/generic.js";
import { KeywordIndex } from "../../src/analysis/keywords.js";
import { ruleSets } from "../../src/analysis/rules/index.js";
import { anchorMatters, hasAnchor, LineScanner } from "../../src/analysis/scan.js";
// @ts-expect-error plain JS module shared with the benchmark
import { loadCorpus } from "../../bench/corpus-score.mjs";

const corpus: Array<{ id: string; log: string }> = loadCorpus();

/** Stands in for the engine: records what the scanner pushes; `busy` makes it push every line. */
function recorder(opts: { busy: boolean; gha?: boolean; keywords?: string[] }) {
  const pushed: string[] = [];
  const numbers: number[] = [];
  let lines = 0;
  const fake = {
    keywords: opts.keywords ?? [],
    ringSize: 12,
    isGha: opts.gha ?? false,
    busy: opts.busy,
    get lineCount() {
      return lines;
    },
    push(raw: string) {
      numbers.push(++lines);
      pushed.push(raw);
    },
    pushClean(line: { text: string }) {
      numbers.push(++lines);
      pushed.push(line.text);
    },
    quiet(count: number) {
      lines += count;
    },
    settleOutput() {},
    mayHit: () => true,
    // (No rule heads: every keyword line may hit, as mayHit says.)
    keywordHeads: () => null,
  };
  return { fake, pushed, numbers, lines: () => lines };
}

/** Every line the scanner yields, feeding `input` in chunks of `size` bytes. */
function split(input: Uint8Array | string, size = 1 << 20): string[] {
  const bytes = typeof input === "string" ? Buffer.from(input, "utf8") : input;
  const r = recorder({ busy: true });
  const scanner = new LineScanner(r.fake as unknown as Engine);
  for (let i = 0; i < bytes.length; i += size) scanner.write(bytes.subarray(i, i + size));
  scanner.end();
  return r.pushed;
}

async function reference(bytes: Uint8Array): Promise<string[]> {
  const out: string[] = [];
  for await (const l of splitLines(
    (async function* () {
      yield bytes;
    })(),
  ))
    out.push(l.length > MAX_LINE ? l.slice(0, MAX_LINE) : l);
  return out;
}

describe("line splitting", () => {
  it("splits at \\r\\n, \\n and lone \\r, also when a \\r\\n straddles two chunks", () => {
    const text = "a\r\nb\rc\n\nd\r\r\ne";
    for (const size of [1, 2, 3, 5, 64]) expect(split(text, size)).toEqual(["a", "b", "c", "", "d", "", "e"]);
    expect(split("x\r", 1)).toEqual(["x"]);
    expect(split("x\n")).toEqual(["x"]);
  });

  it("reads empty input as no lines", async () => {
    expect(split("")).toEqual([]);
    const r = await analyzeText("");
    expect(r.stats).toMatchObject({ bytes: 0, lines: 0 });
    expect(r.failures).toEqual([]);
  });

  it("drops a BOM only at the start of the stream, even when it arrives byte by byte", () => {
    const bom = "\uFEFF";
    expect(split(`${bom}a\n${bom}b`, 1)).toEqual(["a", `${bom}b`]);
    expect(split(bom)).toEqual([]);
  });

  it("keeps NUL and invalid UTF-8 as TextDecoder does (U+FFFD), whatever the chunking", async () => {
    const bytes = new Uint8Array([0x61, 0, 0x62, 0xff, 0x0a, 0xe2, 0x82, 0x0a, 0xf0, 0x9f, 0x98, 0x80, 0xc3]);
    const want = await reference(bytes);
    expect(want).toEqual(["a\0b\uFFFD", "\uFFFD", "😀\uFFFD"]);
    for (const size of [1, 2, 3, 7]) expect(split(bytes, size)).toEqual(want);
  });

  it("cuts a multi-megabyte line at MAX_LINE without buffering it, and goes on", async () => {
    const long = "é".repeat(3_000_000);
    const bytes = Buffer.from(`start\n${long}\nerror: after the long line\n`, "utf8");
    const want = await reference(bytes);
    for (const size of [1 << 16, 1 << 20, 10_000_000]) {
      const got = split(bytes, size);
      expect(got.map((l) => l.length)).toEqual(want.map((l) => l.length));
      expect(got).toEqual(want);
    }
    const r = await analyzeBytes(bytes);
    expect(r.stats.lines).toBe(3);
  });

  it("removes ANSI colour, cursor and OSC hyperlink codes before rules see the line", () => {
    const raw = "\x1b[31merr\x1b[0mor TS2304: \x1b]8;;https://x.dev\x07link\x1b]8;;\x07 \x1b[2K[0Kdone";
    expect(cleanLine(raw).text).toBe("error TS2304: link done");
    // A curses program sets the keypad mode around each screen (ESC [?1h ESC = ... ESC [?1l ESC >).
    expect(cleanLine("\x1b[?1h\x1b=\x1b[?1l\x1b>motions/line-begin  FAIL").text).toBe(
      "motions/line-begin  FAIL",
    );
    // The keyword only exists once the codes are gone: the scanner must still hand the line over.
    const r = recorder({ busy: false, gha: true, keywords: ["error TS"] });
    const scanner = new LineScanner(r.fake as unknown as Engine);
    scanner.write(Buffer.from(`plain line\n${raw}\nanother plain line\n`));
    scanner.end();
    expect(r.pushed).toEqual(["error TS2304: link done"]);
    expect(r.lines()).toBe(3);
  });

  it("reads a run-logs zip, one file per job", async () => {
    const log = [
      "2026-01-01T00:00:00.0000000Z ##[group]Run make",
      "2026-01-01T00:00:00.0000000Z ##[endgroup]",
      "make: *** [all] Error 2",
      "2026-01-01T00:00:01.0000000Z ##[error]Process completed with exit code 2.",
    ].join("\n");
    const zip = zipSync({ "1_build.txt": strToU8(log), "build/1_Run make.txt": strToU8(log) });
    const r = await analyzeBytes(zip);
    expect(r.status).toBe("failed");
    expect(r.stats.lines).toBe(4);
  });
});

async function analyzeText(text: string) {
  return analyzeStream(
    (async function* () {
      if (text) yield Buffer.from(text);
    })(),
  );
}

/** A log of random lines mixing rule keywords with what cleanLine strips (seeded), and its generator. */
function randomLog(seed: number): { bytes: Buffer; rnd: (n: number) => number } {
  let state = 12345 + seed;
  const rnd = (n: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
  const keywords = new Engine(ruleSets).keywords;
  const bits = [
    "  ", "\t", "\x1b[31m", "\x1b[0m", "[0m", "[1;32m", "1) ", "  2) it ", "##[error]", "##[group]Run x",
    "[command]", "\uFEFF", "é", "✖ ", "\x9b", "travis_fold:start:x", "section_end:1:y", "error", "Error: ",
    "Process completed with exit code 1.", "$ make", "at foo (src/a.js:1:2)", "src/a.ts:1:2: ", "x.go:3:4: ",
    "2026-01-01T00:00:00.1234567Z ", "a", "b", "0", "]", ",", "`", "|", " ", "\u0000",
    "\x1b[2K", "\x1b[?25l", "\x1b]8;;https://x.dev\x07", "\x1b(B", "\x1b[", "\x1b", "[", "1", ";", "m", "K",
    "\x1b[0m", "\x1b[1;31m", "\x1b[31m1) ", "err\x1b[0mor", ".te\x1b[2mst.", "[1\x1b[0mm", "[\x1b[0m1m", "[;\x1b[2mK", "cannot ", "Unable to ", "$ ",
  ]; // prettier-ignore
  const ts = [
    "",
    "2026-01-01T00:00:00.1234567Z ",
    "2026-01-01T00:00:00Z",
    "job\tstep\t2026-01-01T00:00:00Z ",
  ];
  const breaks = ["\n", "\r\n", "\r"];
  const parts: Buffer[] = [];
  for (let l = 0; l < 400; l++) {
    let line = seed % 2 ? ts[rnd(ts.length)] : ts[1];
    for (let k = rnd(6); k >= 0; k--)
      line += rnd(3) ? bits[rnd(bits.length)] : keywords[rnd(keywords.length)];
    if (rnd(4) === 0) line += " ".repeat(rnd(3) + 1);
    parts.push(Buffer.from(line, "utf8"));
    if (rnd(50) === 0) parts.push(Buffer.from([0xff, 0xe2, 0x9c]));
    parts.push(Buffer.from(breaks[rnd(breaks.length)]));
  }
  return { bytes: Buffer.concat(parts), rnd };
}

describe("the scanner gives the same results as pushing every line", () => {
  async function everyLine(path: string) {
    const e = new Engine(ruleSets);
    for await (const l of splitLines(createReadStream(path, { highWaterMark: 1 << 16 }))) e.push(l);
    const r = e.finish();
    return { status: r.status, failures: r.failures.slice(0, 20), lines: r.lines };
  }

  it("on every corpus log (read from the file, and in odd-sized chunks)", async () => {
    const diffs: string[] = [];
    for (const c of corpus) {
      const want = await everyLine(c.log);
      const got = await analyzeFile(c.log);
      const bytes = readFileSync(c.log);
      const chunked = await analyzeStream(
        (async function* () {
          for (let i = 0; i < bytes.length; i += 997) yield bytes.subarray(i, i + 997);
        })(),
      );
      for (const [how, r] of [
        ["file", got],
        ["chunks", chunked],
      ] as const) {
        const same =
          JSON.stringify({ status: r.status, failures: r.failures, lines: r.stats.lines }) ===
          JSON.stringify(want);
        if (!same) diffs.push(`${c.id} (${how})`);
      }
    }
    expect(diffs).toEqual([]);
  });

  it("on random lines mixing rule keywords with what cleanLine strips, in random chunks", async () => {
    // The scanner builds the cleaned text of lines that hold only rule keywords itself; escape
    // codes, tabs, BOMs, markers, anchors, trailing blanks and bad UTF-8 must send it to cleanLine.
    for (let round = 0; round < 16; round++) {
      const { bytes, rnd } = randomLog(round);
      const e = new Engine(ruleSets);
      for (const l of await reference(bytes)) e.push(l);
      const w = e.finish();
      const want = { status: w.status, failures: w.failures.slice(0, 20), lines: w.lines };
      const size = 1 + rnd(5000);
      const got = await analyzeStream(
        (async function* () {
          for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
        })(),
      );
      expect({ status: got.status, failures: got.failures, lines: got.stats.lines }).toEqual(want);
    }
  });

  it("hands each line over with the text and keywords cleanLine and KeywordIndex give it", async () => {
    // Line by line, on the same random lines: what the engine gets (pushed lines with their
    // keywords, recent quiet lines with their text) is what cleaning every line would give.
    const keywords = new Engine(ruleSets).keywords;
    const index = new KeywordIndex(keywords);
    for (let round = 0; round < 16; round++) {
      const { bytes, rnd } = randomLog(round);
      const raws = await reference(bytes);
      const got: string[] = [];
      let lines = 0;
      let gha = false;
      const fake = {
        keywords,
        ringSize: 12,
        busy: false,
        get isGha() {
          return gha;
        },
        get lineCount() {
          return lines;
        },
        push(raw: string) {
          got.push(`${++lines} push ${JSON.stringify(cleanLine(raw).text)}`);
          if (cleanLine(raw).gha) gha = true;
        },
        pushClean(
          line: { text: string; gha: boolean; marker: string | null },
          found?: number[] | null,
          anchor?: boolean,
          strength?: number,
        ) {
          // (No anchor flag: the engine looks for error words itself.)
          const a = anchor ?? "all";
          const f = found === undefined ? "?" : [a, ...(found ?? []).map((id) => keywords[id]).sort()];
          // A strength handed over is the one the engine would work out.
          const wrong =
            strength !== undefined && strength >= 0 && strength !== errorStrength(line.text, null);
          got.push(
            `${++lines} clean ${JSON.stringify([line.text, line.marker, line.gha, f])}${wrong ? " !" : ""}`,
          );
          if (line.gha) gha = true;
        },
        quiet(count: number, recent: Array<{ n: number; text: string }>) {
          for (const r of recent) got.push(`${r.n} quiet ${JSON.stringify(r.text)}`);
          lines += count;
        },
        settleOutput() {},
        mayHit: () => true,
        keywordHeads: () => null,
      };
      const scanner = new LineScanner(fake as unknown as Engine);
      const size = 1 + rnd(5000);
      for (let i = 0; i < bytes.length; i += size) scanner.write(bytes.subarray(i, i + size));
      scanner.end();
      // What cleaning every line gives, for the lines the scanner handed over.
      const want = got.map((g) => {
        const [n, how] = g.split(" ", 2);
        const line = cleanLine(raws[Number(n) - 1]);
        if (how === "push") return `${n} push ${JSON.stringify(line.text)}`;
        if (how === "quiet")
          return line.text.trim() ? `${n} quiet ${JSON.stringify(line.text)}` : `${n} blank`;
        const f = g.endsWith(',"?"]')
          ? "?"
          : [
              g.includes(',["all"') ? "all" : hasAnchor(keywords, line.text),
              ...(index.find(line.text) ?? []).map((id) => keywords[id]).sort(),
            ];
        return `${n} clean ${JSON.stringify([line.text, line.marker, line.gha, f])}`;
      });
      expect(got).toEqual(want);
      expect(lines).toBe(raws.length);
      // And every line it kept from the engine is one where nothing can happen: error words alone
      // ("Found 0 errors.") matter only on an error-ish or exit line.
      const pushed = new Set(got.filter((g) => !g.includes(" quiet ")).map((g) => Number(g.split(" ")[0])));
      const missed = raws.filter((raw, i) => {
        const t = cleanLine(raw);
        return (
          !pushed.has(i + 1) && (t.marker !== null || index.find(t.text) || anchorMatters(keywords, t.text))
        );
      });
      expect(missed).toEqual([]);
    }
  });

  it("on a generated GitHub job log with colour, progress bars and very long lines", async () => {
    const dir = mkdtempSync(join(tmpdir(), "autodev-stream-"));
    try {
      const log = join(dir, "big.log");
      execFileSync(process.execPath, ["bench/gen-big-log.mjs", "--size", "3m", "--seed", "7", "--out", log]);
      const want = await everyLine(log);
      const got = await analyzeFile(log);
      expect({ status: got.status, failures: got.failures, lines: got.stats.lines }).toEqual(want);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // Real logs from other projects (when the shared datasets are next to the repository) carry
  // runner and tool lines the corpus may not have yet.
  const shared = join(import.meta.dirname, "..", "..", "..", "shared", "datasets");
  it.skipIf(!existsSync(shared))(
    "on the real logs of the shared datasets",
    async () => {
      const logs: string[] = [];
      const walk = (dir: string): void => {
        for (const d of readdirSync(dir, { withFileTypes: true })) {
          if (d.isDirectory()) walk(join(dir, d.name));
          else if (/\.(?:log|txt)$/.test(d.name)) logs.push(join(dir, d.name));
        }
      };
      walk(shared);
      const diffs: string[] = [];
      for (const log of logs.sort()) {
        const want = await everyLine(log);
        const got = await analyzeFile(log);
        if (
          JSON.stringify({ status: got.status, failures: got.failures, lines: got.stats.lines }) !==
          JSON.stringify(want)
        )
          diffs.push(log);
      }
      expect(diffs).toEqual([]);
    },
    120_000,
  );

  it("only skips lines no marker, exit line, error test or rule keyword can fire on", () => {
    // The anchors in scan.ts must cover every shape errorStrength, exitMarker and structure() react to.
    const keywords = new Engine(ruleSets).keywords;
    const index = new KeywordIndex(keywords);
    const missed: string[] = [];
    for (const c of corpus) {
      const bytes = readFileSync(c.log);
      const raws = bytes.toString("utf8").split(/\r\n|\r|\n/);
      for (const gha of [true, false]) {
        const r = recorder({ busy: false, gha, keywords });
        const scanner = new LineScanner(r.fake as unknown as Engine);
        scanner.write(bytes);
        scanner.end();
        const pushed = new Set(r.numbers);
        raws.forEach((raw, i) => {
          const line = cleanLine(raw);
          const t = line.text;
          // The engine skips errorStrength on lines the scanner saw no anchor in.
          if (gha && errorStrength(t, null) > 0 && !hasAnchor(keywords, t))
            missed.push(`${c.id}: error words without an anchor: ${JSON.stringify(t)}`);
          if (pushed.has(i + 1)) return;
          if (
            line.marker !== null ||
            (line.gha && !gha) ||
            exitMarker(t) ||
            errorStrength(t, null) > 0 ||
            index.find(t) ||
            t === "Post job cleanup." ||
            t.startsWith("$ ") ||
            t.startsWith("[Pipeline] { (")
          )
            missed.push(`${c.id}: ${JSON.stringify(raw)}`);
        });
      }
    }
    expect(missed.slice(0, 20)).toEqual([]);
  });
});
