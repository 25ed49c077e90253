import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Failure } from "../../analysis/types.js";
import type { CheckRun, FixContext, FixRun, Fixer } from "../types.js";
import {
  PY_NAME,
  nearestVersion,
  parsePep440,
  pep440Order,
  requirementFiles,
  type Pep440,
} from "./deps-versions.js";
import { failureText, plainFile, readText, toolName } from "./files.js";

/**
 * `pip-pin-version`: a requirements file pins a version the index does not have. pip's own error
 * lists what the index offers ("Could not find a version that satisfies the requirement
 * foo==9.9 (from versions: 1.0, 1.1, 2.0)"), so the nearest existing version comes from the log
 * alone: no command runs, nothing is fetched, and the answer is the same on every machine. The
 * line in requirements*.txt / constraints*.txt that pins exactly that version is rewritten, with
 * its operator (==, ===, ~=), extras, marker and comment kept. Lines with --hash are left alone:
 * a new version needs new hashes, which only the index can give.
 */

const PIP_NO_VERSION =
  /Could not find a version that satisfies the requirement (\S+) \(from versions: ([^)]*)\)/;

/** `name[extra]==1.5` as pip repeats it: name, operator, version. */
const REQUIREMENT = /^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[A-Za-z0-9._,\s-]*\])?(===|==|~=)([^\s,;]+)$/;

const normalize = (name: string) => name.toLowerCase().replace(/[-_.]+/g, "-");

interface Plan {
  name: string;
  operator: string;
  requested: Pep440;
  to: string;
}

export function planPin(failure: Failure): Plan | null {
  const m = PIP_NO_VERSION.exec(failureText(failure));
  if (!m) return null;
  const req = REQUIREMENT.exec(m[1]);
  if (!req || !PY_NAME.test(req[1])) return null;
  const requested = parsePep440(req[3]);
  if (!requested) return null;
  const offered = m[2]
    .split(",")
    .map((v) => v.trim())
    .filter((v) => v && v !== "none")
    .map(parsePep440)
    .filter((v): v is Pep440 => v !== null);
  // The pinned version is on offer: the failure is something else (a Python-version or platform mismatch).
  if (offered.some((v) => pep440Order.compare(v, requested) === 0)) return null;
  const to = nearestVersion(requested, offered, pep440Order);
  return to ? { name: req[1], operator: req[2], requested, to: to.text } : null;
}

/** The rewritten line, or null when it is not a pin of this name at the requested version. */
function rewrite(line: string, plan: Plan): string | null {
  const m = /^(\s*)([A-Za-z0-9][A-Za-z0-9._-]*)(\s*\[[^\]]*\])?(\s*)(===|==|~=)(\s*)([^\s,;#]+)(.*)$/.exec(
    line,
  );
  if (!m || normalize(m[2]) !== normalize(plan.name) || m[5] !== plan.operator) return null;
  if (/--hash\b/.test(m[8]) || /^\s*,/.test(m[8])) return null;
  const pinned = parsePep440(m[7]);
  if (!pinned || pep440Order.compare(pinned, plan.requested) !== 0) return null;
  return `${m[1]}${m[2]}${m[3] ?? ""}${m[4]}${m[5]}${m[6]}${plan.to}${m[8]}`;
}

export const pipPinFixer: Fixer = {
  id: "pip-pin-version",
  strategy: "dependencies",
  claims(failure, repoDir) {
    return (
      failure.strategy !== "none" &&
      ["pip", "pip3", "python", "python3", ""].includes(toolName(failure)) &&
      PIP_NO_VERSION.test(failureText(failure)) &&
      requirementFiles(repoDir).length > 0
    );
  },
  async fix(ctx: FixContext, failures: Failure[]): Promise<FixRun> {
    const plans = failures.map(planPin).filter((p): p is Plan => p !== null);
    if (plans.length === 0)
      return { commands: [], skipped: "pip's error lists no version to move the pin to" };
    const done: string[] = [];
    for (const file of requirementFiles(ctx.repoDir)) {
      if (!plainFile(ctx.repoDir, file)) continue;
      const text = readText(ctx.repoDir, file);
      const lines = text.split("\n");
      let changed = false;
      for (let i = 0; i < lines.length; i++) {
        const cr = lines[i].endsWith("\r") ? "\r" : "";
        const body = cr ? lines[i].slice(0, -1) : lines[i];
        for (const plan of plans) {
          const next = rewrite(body, plan);
          if (next === null) continue;
          lines[i] = next + cr;
          changed = true;
          done.push(`${file}:${i + 1} ${plan.name}${plan.operator}${plan.requested.text} → ${plan.to}`);
          break;
        }
      }
      if (changed) writeFileSync(join(ctx.repoDir, file), lines.join("\n"));
    }
    if (done.length === 0)
      return { commands: [], skipped: "no requirements file pins the version pip could not find" };
    return { commands: done.map((d) => `pin ${d}`) };
  },
  async check(ctx: FixContext, failures: Failure[]): Promise<CheckRun> {
    // The pins now name versions pip listed; the CI command's install proves they install.
    const plans = failures.map(planPin).filter((p): p is Plan => p !== null);
    const stale = requirementFiles(ctx.repoDir).flatMap((file) =>
      readText(ctx.repoDir, file)
        .split("\n")
        .filter((l) => plans.some((p) => rewrite(l.replace(/\r$/, ""), p) !== null))
        .map((l) => `${file}: ${l.trim()}`),
    );
    return { ok: stale.length === 0, command: "re-read the requirement pins", output: stale.join("\n") };
  },
};
