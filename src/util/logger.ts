/** The logger every core module takes by injection, so tests can capture it and entries can route it. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  /** Runs `fn` inside a collapsible group where the sink supports it. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

export const silentLogger: Logger = {
  debug() {},
  info() {},
  warning() {},
  error() {},
  group: (_name, fn) => fn(),
};

/** Plain stderr logger for the CLI; progress goes to stderr so stdout stays machine-readable. */
export function consoleLogger(stream: NodeJS.WritableStream = process.stderr, verbose = false): Logger {
  return {
    debug: (m) => {
      if (verbose) stream.write(`debug: ${m}\n`);
    },
    info: (m) => stream.write(`${m}\n`),
    warning: (m) => stream.write(`warning: ${m}\n`),
    error: (m) => stream.write(`error: ${m}\n`),
    group: async (name, fn) => {
      stream.write(`▸ ${name}\n`);
      return fn();
    },
  };
}
