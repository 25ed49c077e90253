/**
 * Reads the heal job's proposal directory as untrusted data: only regular files (no symlinks that
 * could point at the runner's secrets), size caps, and a strict manifest shape. Nothing in it is
 * executed, and its claims (fingerprint, files) are re-checked against the patch by policy.
 */
import { lstatSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ConfigurationError } from "../util/errors.js";

export interface Proposal {
  fingerprint: string;
  baseSha: string;
  files: string[];
  outcome: string;
  patch: Buffer;
  /** report.md, or '' when absent. */
  report: string;
}

// The outcome names; the older ones are still read from proposals written before the rename.
const OUTCOMES = ["healed", "improved", "unfixable", "already-passing", "error"];
const LEGACY_OUTCOMES = ["partial", "failed", "rejected", "not-reproduced", "nothing-to-heal"];
/** Outcomes with a patch worth a pull request (`partial` is the older name of `improved`). */
export const PUBLISHABLE_OUTCOMES: ReadonlySet<string> = new Set(["healed", "improved", "partial"]);
const MAX_FILE_BYTES = 4 * 1024 * 1024;

function readRegular(dir: string, name: string, required: boolean): Buffer | null {
  const path = join(dir, name);
  let st;
  try {
    st = lstatSync(path);
  } catch {
    if (required)
      throw new ConfigurationError(
        `Proposal directory ${dir} has no ${name}; expected the heal job's output.`,
      );
    return null;
  }
  if (!st.isFile())
    throw new ConfigurationError(`Proposal ${name} is not a regular file (symlinks are refused).`);
  if (st.size > MAX_FILE_BYTES)
    throw new ConfigurationError(`Proposal ${name} is ${st.size} bytes; the cap is ${MAX_FILE_BYTES}.`);
  return readFileSync(path);
}

export function readProposal(dir: string): Proposal {
  const manifestRaw = readRegular(dir, "proposal.json", true)!;
  let m: Record<string, unknown>;
  try {
    m = JSON.parse(manifestRaw.toString("utf8")) as Record<string, unknown>;
  } catch {
    throw new ConfigurationError("proposal.json is not valid JSON.");
  }
  const bad = (what: string) => new ConfigurationError(`proposal.json: ${what}.`);
  if (m === null || typeof m !== "object" || Array.isArray(m)) throw bad("expected an object");
  if (m.schemaVersion !== 1) throw bad("schemaVersion must be 1");
  // The healer writes '' when it found nothing to target; only a publishable outcome needs an id.
  const publishable = PUBLISHABLE_OUTCOMES.has(String(m.outcome));
  if (
    typeof m.fingerprint !== "string" ||
    !(/^[a-f0-9]{6,64}$/.test(m.fingerprint) || (!publishable && m.fingerprint === ""))
  ) {
    throw bad("fingerprint must be hex");
  }
  if (typeof m.baseSha !== "string" || !/^[0-9a-f]{40}$/.test(m.baseSha))
    throw bad("baseSha must be a 40-hex commit id");
  if (!Array.isArray(m.files) || m.files.length > 1000 || m.files.some((f) => typeof f !== "string")) {
    throw bad("files must be a list of paths");
  }
  if (typeof m.outcome !== "string" || ![...OUTCOMES, ...LEGACY_OUTCOMES].includes(m.outcome))
    throw bad(`outcome must be one of ${OUTCOMES.join(", ")}`);
  return {
    fingerprint: m.fingerprint,
    baseSha: m.baseSha,
    files: m.files as string[],
    outcome: m.outcome,
    patch: readRegular(dir, "changes.patch", false) ?? Buffer.alloc(0),
    report: (readRegular(dir, "report.md", false) ?? Buffer.alloc(0)).toString("utf8"),
  };
}
