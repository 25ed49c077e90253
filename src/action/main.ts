import { ConfigurationError } from "../util/errors.js";
import { actionCommands } from "./commands/index.js";
import type { ActionIO } from "./types.js";

/** Dispatches on the `command` input. Throws; the entry turns errors into setFailed. */
export async function runAction(io: ActionIO): Promise<void> {
  const name = io.getInput("command").trim();
  if (!name) {
    throw new ConfigurationError(
      `Input 'command' is required. Expected one of: ${actionCommands.map((c) => c.name).join(", ")}.`,
    );
  }
  const command = actionCommands.find((c) => c.name === name);
  if (!command) {
    throw new ConfigurationError(
      `Input 'command' is "${name}". Expected one of: ${actionCommands.map((c) => c.name).join(", ")}.`,
    );
  }
  await command.run(io);
}
