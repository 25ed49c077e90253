/** A recording ActionIO: inputs in, outputs/summaries/annotations/secrets/log lines captured. */
import type { ActionIO } from "../../src/action/types.js";
import { captureLogger, type CapturedLogger } from "./clients.js";

export interface RecordingIO extends ActionIO {
  outputs: Record<string, string>;
  summaries: string[];
  annotations: { level: string; message: string }[];
  secrets: string[];
  logger: CapturedLogger;
  /** Everything this IO let out of the process, for secret scanning. */
  emitted(): string;
}

export function recordingIO(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): RecordingIO {
  const outputs: Record<string, string> = {};
  const summaries: string[] = [];
  const annotations: { level: string; message: string }[] = [];
  const secrets: string[] = [];
  const logger = captureLogger();
  return {
    getInput: (name) => inputs[name] ?? "",
    setOutput: (name, value) => {
      outputs[name] = value;
    },
    summary: async (md) => {
      summaries.push(md);
    },
    annotate: (level, message) => {
      annotations.push({ level, message });
    },
    setSecret: (v) => {
      secrets.push(v);
    },
    env,
    logger,
    outputs,
    summaries,
    annotations,
    secrets,
    emitted: () =>
      [JSON.stringify(outputs), ...summaries, ...annotations.map((a) => a.message), ...logger.lines].join(
        "\n",
      ),
  };
}
