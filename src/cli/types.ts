import type { Logger } from "../util/logger.js";

/** What a CLI sub-command gets: its own argv (after the command name) and the process's streams. */
export interface CliIO {
  argv: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  logger: Logger;
}

export interface CliCommand {
  name: string;
  /** One line for `autodev --help`. */
  summary: string;
  /** Full usage text for `autodev <name> --help`. */
  usage: string;
  /** Returns the process exit code. Throw ConfigurationError for user mistakes (exit 2). */
  run(io: CliIO): Promise<number>;
}
