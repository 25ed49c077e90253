import { Buffer } from "node:buffer";
import { cleanLine, type CleanLine } from "./clean.js";
import type { Engine, OutputSource } from "./engine.js";
import { LineScanner, Tape, type ScanTarget } from "./scan.js";

/**
 * The parallel half of the scan (see parallel.ts): runs the line scanner over one window of a
 * log as if the engine were never busy, and records which lines it would then hand to the engine.
 * Everything it decides is a function of the line's bytes, except whether the log is a GitHub
 * one (known here only from the window's own lines): a window that has not seen a timestamp yet
 * hands over more lines than the real run would, never fewer, and the replay (LineScanner.replay)
 * decides those again with the real engine's state.
 */
class Recorder implements ScanTarget {
  readonly keywords: string[];
  readonly ringSize: number;
  readonly busy = false;
  private gha = false;
  private lineNo = 0;

  constructor(
    private readonly engine: Engine,
    private readonly tape: Tape,
  ) {
    this.keywords = engine.keywords;
    this.ringSize = engine.ringSize;
  }

  get isGha(): boolean {
    return this.gha;
  }

  get lineCount(): number {
    return this.lineNo;
  }

  push(raw: string): void {
    this.note(cleanLine(raw).gha);
  }

  pushClean(line: CleanLine): void {
    this.note(line.gha);
  }

  private note(gha: boolean): void {
    this.lineNo++;
    this.tape.pushed();
    // As the engine does: a line with a GitHub timestamp makes it read the log as a GitHub one.
    if (gha) this.gha = true;
  }

  quiet(count: number, _recent: unknown, _source: OutputSource): void {
    this.lineNo += count;
  }

  settleOutput(): void {}

  mayHit(found: number[], text: string): boolean {
    return this.engine.mayHit(found, text);
  }
}

const SLICE = 1 << 20;

/**
 * The tape (see Tape) of `bytes`, whole lines of a log (`first` when they start it): what the scan
 * finds on each line, and the lines the engine may have to read when it is not busy.
 */
export function prescan(engine: Engine, bytes: Uint8Array, first: boolean): Int32Array<ArrayBuffer> {
  const tape = new Tape();
  const recorder = new Recorder(engine, tape);
  const scanner = new LineScanner(recorder, !first, tape);
  // In slices, as a file is read: the scanner's buffer stays small.
  for (let i = 0; i < bytes.byteLength; i += SLICE)
    scanner.write(bytes.subarray(i, Math.min(bytes.byteLength, i + SLICE)));
  scanner.end();
  return tape.result();
}

export function asBuffer(sab: SharedArrayBuffer, len: number): Buffer {
  return Buffer.from(sab, 0, len);
}
