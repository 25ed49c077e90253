import type { Buffer } from "node:buffer";
import { cleanLine, type CleanLine } from "./clean.js";
import { errorStrength } from "./generic.js";
import type { Engine, OutputSource } from "./engine.js";
import type { Head } from "./rule-head.js";
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
    // No ring: nothing reads the quiet lines here.
    this.ringSize = 0;
  }

  get isGha(): boolean {
    return this.gha;
  }

  get lineCount(): number {
    return this.lineNo;
  }

  push(raw: string): void {
    this.note(cleanLine(raw), true, -1);
  }

  pushClean(line: CleanLine, _found?: number[] | null, errorWords = true, strength = -1): void {
    this.note(line, errorWords, strength);
  }

  /**
   * The line goes on the tape as one the engine reads, with its errorStrength (the engine's most
   * costly test, worked out here rather than on the replaying thread).
   */
  private note(line: CleanLine, errorWords: boolean, strength: number): void {
    this.lineNo++;
    const gha = line.gha;
    if (strength < 0 && errorWords && line.marker === null) strength = errorStrength(line.text, null);
    this.tape.pushed(strength);
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

  keywordHeads(id: number): Head[] | null {
    return this.engine.keywordHeads(id);
  }
}

/** AUTODEV_LANES=0 keeps the automaton in JS (for comparing the two; the results are the same). */
const USE_LANES = process.env.AUTODEV_LANES !== "0";

/**
 * Writes on `tape` (see Tape) what the scan finds on each line of buf[0, len), whole lines of a
 * log (`first` when they start it), and which lines the engine may have to read when not busy.
 */
export function prescan(
  engine: Engine,
  buf: Buffer<ArrayBufferLike>,
  len: number,
  first: boolean,
  tape: Tape,
): void {
  tape.reset();
  const scanner = new LineScanner(new Recorder(engine, tape), !first, tape);
  if (!USE_LANES || !scanner.scanWindowLanes(buf, len)) scanner.scanWindow(buf, len);
}
