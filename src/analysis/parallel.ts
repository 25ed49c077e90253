import { Buffer } from "node:buffer";
import type { FileHandle } from "node:fs/promises";
import { Worker } from "node:worker_threads";
import type { PrescanReply, PrescanRequest } from "./prescan-worker.js";
import type { LineScanner } from "./scan.js";

/**
 * The parallel path for big log files. The automaton and the per-line tests of the scan are most
 * of the work and depend only on each line's bytes, so worker threads prescan windows of the file
 * (prescan.ts) while this thread replays them in order into the one engine, which reads only the
 * lines the prescan flagged (and any line while it is busy). The engine still sees every line in
 * file order, so the result is the serial one, byte for byte; windows end at line breaks.
 */
export interface ParallelOptions {
  /** Worker threads (default 2). */
  workers: number;
  /** Bytes a window holds (default 8 MiB). */
  window: number;
}

/** Windows read ahead per worker: enough to keep both sides busy, few enough to bound memory. */
const AHEAD = 2;

class Pool {
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<
    number,
    { resolve: (p: Int32Array) => void; reject: (e: unknown) => void }
  >();
  private failed: unknown = null;

  constructor(count: number) {
    for (let i = 0; i < count; i++) {
      const w = new Worker(new URL("./prescan-worker.js", import.meta.url));
      w.on("message", (m: PrescanReply) => {
        const p = this.waiting.get(m.id);
        this.waiting.delete(m.id);
        p?.resolve(m.tape);
      });
      w.on("error", (e) => this.fail(e));
      w.on("exit", (code) => {
        if (this.waiting.size) this.fail(new Error(`prescan worker exited with ${code}`));
      });
      this.workers.push(w);
    }
  }

  private fail(e: unknown): void {
    this.failed ??= e;
    for (const p of this.waiting.values()) p.reject(e);
    this.waiting.clear();
  }

  run(req: PrescanRequest): Promise<Int32Array> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      this.waiting.set(req.id, { resolve, reject });
      this.workers[req.id % this.workers.length].postMessage(req);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** Most bytes a window may grow to, to hold one long line. */
const MAX_WINDOW = 64 << 20;

/** A line longer than MAX_WINDOW: the parallel path gives up (the caller runs the serial one). */
export class WindowTooSmall extends Error {}

/** Reads `file` from its start through the pool into `scanner` (which must be fresh). */
export async function scanParallel(
  file: FileHandle,
  scanner: LineScanner,
  options: ParallelOptions,
): Promise<void> {
  const pool = new Pool(options.workers);
  const size = options.window;
  const slots = options.workers * AHEAD + 1;
  const free: SharedArrayBuffer[] = [];
  for (let i = 0; i < slots; i++) free.push(new SharedArrayBuffer(size));
  const queue: Array<{ sab: SharedArrayBuffer; len: number; final: boolean; tape: Promise<Int32Array> }> = [];
  // The bytes after the last line break of the previous window: the start of the next one.
  let carry = Buffer.alloc(0);
  let eof = false;
  let id = 0;
  try {
    for (;;) {
      while (!eof && free.length) {
        let sab = free.pop()!;
        // (After a long line the bytes carried over may fill a window: one twice their size.)
        if (carry.length * 2 > sab.byteLength) sab = new SharedArrayBuffer(carry.length * 2);
        let buf = Buffer.from(sab);
        carry.copy(buf, 0);
        let filled = carry.length;
        let len = 0;
        for (;;) {
          while (filled < buf.length) {
            const { bytesRead } = await file.read(buf, filled, buf.length - filled, null);
            if (!bytesRead) {
              eof = true;
              break;
            }
            filled += bytesRead;
          }
          if (eof) {
            len = filled;
            break;
          }
          len = buf.subarray(0, filled).lastIndexOf(10) + 1;
          if (len) break;
          // A line longer than the window: a bigger one, up to a bound (the serial path keeps
          // only the head of such a line; a window must hold it whole).
          if (buf.length * 2 > MAX_WINDOW) throw new WindowTooSmall();
          const bigger = new SharedArrayBuffer(buf.length * 2);
          const b = Buffer.from(bigger);
          buf.copy(b, 0, 0, filled);
          sab = bigger;
          buf = b;
        }
        carry = Buffer.from(buf.subarray(len, filled));
        if (!len && eof) {
          free.push(sab);
          break;
        }
        const first = id === 0;
        queue.push({ sab, len, final: eof, tape: pool.run({ id: id++, sab, len, first }) });
      }
      const next = queue.shift();
      if (!next) break;
      const tape = await next.tape;
      scanner.replay(Buffer.from(next.sab, 0, next.len), next.len, tape, next.final);
      // (A window grown for a long line is let go.)
      free.push(next.sab.byteLength === size ? next.sab : new SharedArrayBuffer(size));
    }
    if (process.env.AUTODEV_PAR_DEBUG) console.error("main cpu", process.threadCpuUsage());
  } finally {
    // (Replies still on their way are dropped with the workers.)
    for (const q of queue) q.tape.catch(() => {});
    await pool.close();
  }
}
