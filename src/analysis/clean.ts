/**
 * Turns one raw log line into the text rules see. Logs arrive with GitHub timestamps, ANSI
 * colour and cursor codes, Travis fold markers and `gh run view --log` job/step columns; none
 * of that is part of what a tool said, and all of it would defeat anchored regexes.
 */

/** Longest line the engine looks at; the rest of a multi-megabyte line is dropped, not buffered. */
export const MAX_LINE = 4096;

// CSI sequences (colours, cursor moves, erase), OSC sequences (hyperlinks, titles) and lone ESC
// pairs, the keypad modes (ESC = and ESC >, which curses programs print around every screen) included.
const ANSI =
  /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()*+][0-9A-Za-z]|\x1b[=>@-Z\\-_]|\x9b[0-?]*[ -/]*[@-~]/g;
// Remains of escape codes whose ESC byte was lost (seen in scraped logs): "[31m", "[0K".
const BARE_SGR = /\[(?:\d{1,3}(?:;\d{1,3})*)?[mK]/g;
const GHA_TS = /^\uFEFF?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
// `gh run view --log`: "<job>\t<step>\t<timestamp> text"
const FULL_GITHUB = /^[^\t]{1,200}\t[^\t]{0,200}\t\uFEFF?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
// The marker id never holds "$": Travis writes "travis_time:start:ab12\e[0K$ cmd", and the "$ "
// that follows is the command boundary.
const TRAVIS_MARK = /travis_(?:fold|time):[a-z]+:[\w.:=,-]*/g;
// GitLab section markers: "section_start:1600000000:name[collapsed=true]\r\e[0K"
const GITLAB_SECTION = /section_(?:start|end):\d+:[A-Za-z0-9_.-]+(?:\[[^\]]*\])?/g;
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;

export type Marker = "error" | "warning" | "notice" | "debug" | "group" | "endgroup" | "command" | null;

export interface CleanLine {
  text: string;
  /** The GitHub workflow-command marker the line carried (`##[error]` → "error"), now removed from text. */
  marker: Marker;
  /** True when the line had a GitHub timestamp prefix (so the log is a GitHub Actions job log). */
  gha: boolean;
}

const MARKER = /^##\[(error|warning|notice|debug|group|endgroup|command)\]/;

export function cleanLine(raw: string): CleanLine {
  let s = raw.length > MAX_LINE ? raw.slice(0, MAX_LINE) : raw;
  let gha = false;
  const ts = GHA_TS.exec(s) ?? (s.includes("\t") ? FULL_GITHUB.exec(s) : null);
  if (ts) {
    s = s.slice(ts[0].length);
    gha = true;
  } else if (s.charCodeAt(0) === 0xfeff) {
    s = s.slice(1);
  }
  // This runs on every line the scanner flags: skip the replacements that cannot apply (the
  // usual case), in the same order as always.
  if (ANY_CONTROL.test(s)) {
    if (s.includes("\x1b") || s.includes("\x9b")) s = s.replace(ANSI, "");
    if (s.includes("[") && (s.includes("m") || s.includes("K"))) s = s.replace(BARE_SGR, "");
    if (s.includes("travis_")) s = s.replace(TRAVIS_MARK, "");
    if (s.includes("section_")) s = s.replace(GITLAB_SECTION, "");
    s = s.replace(CONTROL, "");
  } else {
    if (s.includes("[") && BARE_SGR_TEST.test(s)) s = s.replace(BARE_SGR, "");
    if (s.includes("travis_")) s = s.replace(TRAVIS_MARK, "");
    if (s.includes("section_")) s = s.replace(GITLAB_SECTION, "");
  }
  let marker: Marker = null;
  if (s.startsWith("##[")) {
    const m = MARKER.exec(s);
    if (m) {
      marker = m[1] as Marker;
      s = s.slice(m[0].length);
    }
  } else if (s.startsWith("[command]")) {
    marker = "command";
    s = s.slice(9);
  }
  return { text: s.trimEnd(), marker, gha };
}

const BARE_SGR_TEST = /\[(?:\d{1,3}(?:;\d{1,3})*)?[mK]/;
// CONTROL plus the 8-bit CSI: without any of these, ANSI and CONTROL have nothing to remove.
const ANY_CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x9b]/;
