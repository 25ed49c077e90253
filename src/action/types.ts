import type { Logger } from "../util/logger.js";

/**
 * The runner-facing surface an action command uses. The real one wraps @actions/core; tests
 * pass a recording one. Commands never call setFailed: they throw, and the entry decides.
 */
export interface ActionIO {
  /** Raw input by kebab-case name ('' when unset), read from INPUT_<NAME>. */
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  /** Appends markdown to the job summary. */
  summary(markdown: string): Promise<void>;
  /** An error annotation; file/line optional. */
  annotate(
    level: "error" | "warning" | "notice",
    message: string,
    props?: { title?: string; file?: string; startLine?: number; startColumn?: number },
  ): void;
  /** Registers a value the runner must mask in logs. */
  setSecret(value: string): void;
  env: NodeJS.ProcessEnv;
  logger: Logger;
}

export interface ActionCommand {
  name: string;
  run(io: ActionIO): Promise<void>;
}
