/**
 * Reads the policy the way an attacker cannot influence it: `.autodev/config.yml` at the tip of
 * the default branch, through the API. A PR head, a fork or the job's checkout are never used.
 */
import { parseConfig, DEFAULT_CONFIG, type AutodevConfig } from "./config.js";
import type { ControlSource } from "./kill-switch.js";

export const CONFIG_PATH = ".autodev/config.yml";

export interface LoadedConfig {
  config: AutodevConfig;
  /** Where it came from, for the audit trail. */
  source: { path: string; ref: string; found: boolean };
}

/** Throws ConfigurationError when the file exists but is invalid; a missing file gives the defaults. */
export async function loadConfig(options: {
  source: ControlSource;
  defaultBranch: string;
}): Promise<LoadedConfig> {
  const text = await options.source.readFile(CONFIG_PATH, options.defaultBranch);
  const source = { path: CONFIG_PATH, ref: options.defaultBranch, found: text !== null };
  if (text === null) return { config: structuredClone(DEFAULT_CONFIG), source };
  return { config: parseConfig({ text }), source };
}
