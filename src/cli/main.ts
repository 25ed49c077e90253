import { ConfigurationError, isConfigurationError } from "../util/errors.js";
import { consoleLogger } from "../util/logger.js";
import { cliCommands } from "./commands/index.js";
import type { CliIO } from "./types.js";

async function help(): Promise<string> {
  const commands = await Promise.all(cliCommands.map((c) => c.load()));
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `autodev: deterministic CI failure analysis and self-healing\n\nUsage: autodev <command> [options]\n\nCommands:\n${lines.join("\n")}\n\nRun 'autodev <command> --help' for a command's options.\n`;
}

/** Runs the CLI and returns the exit code; never calls process.exit so tests can drive it in-process. */
export async function runCli(argv: string[], partial: Partial<CliIO> = {}): Promise<number> {
  const stderr = partial.stderr ?? process.stderr;
  const io: CliIO = {
    argv: argv.slice(1),
    cwd: partial.cwd ?? process.cwd(),
    env: partial.env ?? process.env,
    stdout: partial.stdout ?? process.stdout,
    stderr,
    stdin: partial.stdin ?? process.stdin,
    logger: partial.logger ?? consoleLogger(stderr),
  };
  const [name] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(await help());
    return name === undefined ? 2 : 0;
  }
  if (name === "--version") {
    io.stdout.write("autodev 0.1.0\n");
    return 0;
  }
  const command = await cliCommands.find((c) => c.name === name)?.load();
  try {
    if (!command) {
      throw new ConfigurationError(
        `Unknown command "${name}". Expected one of: ${cliCommands.map((c) => c.name).join(", ")}.`,
      );
    }
    if (io.argv.includes("--help") || io.argv.includes("-h")) {
      io.stdout.write(command.usage.endsWith("\n") ? command.usage : command.usage + "\n");
      return 0;
    }
    return await command.run(io);
  } catch (e) {
    if (isConfigurationError(e)) {
      stderr.write(`autodev ${name}: ${e.message}\n`);
      return 2;
    }
    stderr.write(
      `autodev ${name}: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
    );
    return 70;
  }
}
