/**
 * Step names from a run-logs zip. Next to each job's log (`1_build.txt`) the zip may hold one
 * file per step (`build/3_Lint Project.txt`), named after the step as the workflow and GitHub's
 * UI name it. The job log never prints that name: it heads a step with its `run:` text or the
 * action it uses (`Run ./.github/actions/lint`), and a composite action's inner steps each get
 * such a header too. So a failure found in a job log is named after the step file that holds
 * its lines; runner timestamps make a job log's lines unique enough to tell.
 */

/** A file's base name without the order prefix: `build/3_Lint Project.txt` → `Lint Project`. */
export function zipEntryName(path: string): string {
  return path
    .replace(/^.*\//, "")
    .replace(/\.txt$/, "")
    .replace(/^-?\d+_/, "");
}

const splitLines = (bytes: Uint8Array): string[] =>
  Buffer.from(bytes)
    .toString("utf8")
    .split(/\r\n|\r|\n/);

/**
 * Returns a lookup from a job file and line numbers (1-based, universal newlines, as
 * Failure.lines counts) to the name of the one step file holding all those lines, or undefined
 * when no step file, or more than one, does (a line without a timestamp may repeat).
 */
export function stepNamer(
  files: Record<string, Uint8Array>,
  stepFiles: string[],
): (jobFile: string, lines: number[]) => string | undefined {
  const lineSets = new Map<string, Set<string>>();
  const linesOf = (name: string): Set<string> => {
    let set = lineSets.get(name);
    if (!set) lineSets.set(name, (set = new Set(splitLines(files[name]))));
    return set;
  };
  const jobLines = new Map<string, string[]>();
  return (jobFile, lines) => {
    let text = jobLines.get(jobFile);
    if (!text) jobLines.set(jobFile, (text = splitLines(files[jobFile])));
    const wanted = lines.map((n) => text[n - 1]).filter((l) => l !== undefined && l.trim() !== "");
    if (!wanted.length) return undefined;
    // A job's step files sit in a folder named after the job; GitHub drops characters a path
    // cannot hold, so when no folder matches, every step file is a candidate.
    const job = zipEntryName(jobFile);
    const own = stepFiles.filter((f) => f.slice(0, f.lastIndexOf("/")) === job);
    const found = (own.length ? own : stepFiles).filter((f) => wanted.every((l) => linesOf(f).has(l)));
    return found.length === 1 ? zipEntryName(found[0]) : undefined;
  };
}
