import { parentPort } from "node:worker_threads";
import { Engine } from "./engine.js";
import { asBuffer, prescan } from "./prescan.js";
import { ruleSets } from "./rules/index.js";

/** A worker of the parallel path (parallel.ts): prescans the windows it is sent, in order. */
export interface PrescanRequest {
  id: number;
  sab: SharedArrayBuffer;
  len: number;
  first: boolean;
}

export interface PrescanReply {
  id: number;
  tape: Int32Array;
}

const engine = new Engine(ruleSets);
parentPort!.on("message", (m: PrescanRequest) => {
  const t0 = process.threadCpuUsage().user;
  const tape = prescan(engine, asBuffer(m.sab, m.len), m.first);
  if (process.env.AUTODEV_PAR_DEBUG)
    console.error(
      "worker",
      m.id,
      "cpu",
      process.threadCpuUsage().user / 1000,
      "window",
      (process.threadCpuUsage().user - t0) / 1000,
    );
  const reply: PrescanReply = { id: m.id, tape };
  parentPort!.postMessage(reply, [tape.buffer]);
});
