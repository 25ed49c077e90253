import { ConfigurationError } from "../util/errors.js";

export interface ParsedArgs {
  flags: Map<string, string | true>;
  positionals: string[];
}

/**
 * Parses `--name value`, `--name=value` and boolean `--flag`. `booleans` lists flags that take
 * no value; anything not in `known` is rejected so typos fail loudly instead of being ignored.
 */
export function parseArgs(argv: string[], known: { values: string[]; booleans?: string[] }): ParsedArgs {
  const flags = new Map<string, string | true>();
  const positionals: string[] = [];
  const booleans = new Set(["help", ...(known.booleans ?? [])]);
  const values = new Set(known.values);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === "-h") {
      flags.set("help", true);
      continue;
    }
    if (!arg.startsWith("--") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (booleans.has(name)) {
      if (eq !== -1) throw new ConfigurationError(`--${name} takes no value; drop "=${arg.slice(eq + 1)}".`);
      flags.set(name, true);
    } else if (values.has(name)) {
      const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined)
        throw new ConfigurationError(`--${name} needs a value, e.g. --${name} <value>.`);
      flags.set(name, value);
    } else {
      const all = [...values, ...booleans].map((n) => `--${n}`).join(", ");
      throw new ConfigurationError(`Unknown option --${name}. Expected one of: ${all}.`);
    }
  }
  return { flags, positionals };
}

export function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigurationError(`--${name} must be one of ${allowed.join(", ")}; got "${value}".`);
}
