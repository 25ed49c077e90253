/**
 * A mistake the user can fix (bad input, bad config, missing file). Entries print its message
 * as is and exit with code 2; anything else is a bug and is reported with its stack.
 */
export class ConfigurationError extends Error {
  override name = "ConfigurationError";
}

export function isConfigurationError(e: unknown): e is ConfigurationError {
  return e instanceof ConfigurationError;
}
