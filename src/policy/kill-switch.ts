/**
 * The kill switch: a `.autodev/STOP` file on the default branch, or the repository variable
 * `AUTODEV_ENABLED` set to a false value, or `enabled: false` in the config. Writers call
 * `checkKillSwitch` through the API right before every write (never from a checkout or a cache),
 * so flipping it mid-run stops the next side effect.
 */

/** Read access the check needs; the GitHub adapter implements it over the REST API. */
export interface ControlSource {
  /** File text at `ref`, or null when the file does not exist. */
  readFile(path: string, ref: string): Promise<string | null>;
  /** Repository variable value, or null when unset or unreadable with this token. */
  readVariable(name: string): Promise<string | null>;
}

export const STOP_FILE = ".autodev/STOP";
export const ENABLED_VARIABLE = "AUTODEV_ENABLED";

const FALSE_VALUES = new Set(["false", "0", "no", "off", "disabled", "stop"]);

export function isFalseValue(value: string | null | undefined): boolean {
  return value != null && FALSE_VALUES.has(value.trim().toLowerCase());
}

export interface KillSwitchState {
  stopped: boolean;
  reason?: string;
}

export async function checkKillSwitch(options: {
  source: ControlSource;
  defaultBranch: string;
  /** The variable as the workflow saw it (`vars.AUTODEV_ENABLED`), for tokens that cannot read variables. */
  variableFromInput?: string;
}): Promise<KillSwitchState> {
  const { source, defaultBranch } = options;
  if (isFalseValue(options.variableFromInput)) {
    return { stopped: true, reason: `repository variable ${ENABLED_VARIABLE} is false` };
  }
  const [variable, stop] = await Promise.all([
    source.readVariable(ENABLED_VARIABLE),
    source.readFile(STOP_FILE, defaultBranch),
  ]);
  if (isFalseValue(variable))
    return { stopped: true, reason: `repository variable ${ENABLED_VARIABLE} is false` };
  if (stop !== null) return { stopped: true, reason: `${STOP_FILE} exists on ${defaultBranch}` };
  return { stopped: false };
}
