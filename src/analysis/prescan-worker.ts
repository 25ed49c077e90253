import { Buffer } from "node:buffer";
import { parentPort, workerData } from "node:worker_threads";
import { Engine } from "./engine.js";
import { PRESCAN_WORKER } from "./prescan-arg.js";
import { prescan } from "./prescan.js";
import { ruleSets } from "./rules/index.js";
import { Tape } from "./scan.js";

/**
 * A worker of the parallel path (parallel.ts): prescans the windows it is sent, in order. The
 * window's bytes and the tape's room are shared memory the main thread reuses, so nothing is
 * allocated per window on either side (memory that worker threads free is slow to go back).
 */
export interface PrescanRequest {
  id: number;
  data: SharedArrayBuffer;
  len: number;
  first: boolean;
  tape: SharedArrayBuffer;
}

export interface PrescanReply {
  id: number;
  /** Int32 entries written to the request's tape, or the tape itself when it did not fit. */
  tape: number | Int32Array;
}

/** Answers the parallel path's requests on this worker thread. */
export function servePrescans(): void {
  const engine = new Engine(ruleSets);
  const tape = new Tape();
  parentPort!.on("message", (m: PrescanRequest) => {
    prescan(engine, Buffer.from(m.data, 0, m.len), m.len, m.first, tape);
    const shared = new Int32Array(m.tape);
    const out = tape.copy(shared);
    const reply: PrescanReply = { id: m.id, tape: out === shared ? tape.length : out };
    parentPort!.postMessage(reply);
  });
}

if ((workerData as Record<string, unknown> | null)?.[PRESCAN_WORKER]) servePrescans();
