/**
 * Turns one raw log line into the text rules see. Logs arrive with GitHub timestamps, ANSI
 * colour and cursor codes, Travis fold markers and `gh run view --log` job/step columns; none
 * of that is part of what a tool said, and all of it would defeat anchored regexes.
 */

/** Longest line the engine looks at; the rest of a multi-megabyte line is dropped, not buffered. */
export const MAX_LINE = 4096;

// CSI sequences (colours, cursor moves, erase), OSC sequences (hyperlinks, titles) and lone ESC pairs.
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]|\x9b[0-?]*[ -/]*[@-~]/g;
// Remains of escape codes whose ESC byte was lost (seen in scraped logs): "[31m", "[0K".
const BARE_SGR = /\[(?:\d{1,3}(?:;\d{1,3})*)?[mK]/g;
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
  // Hand-parsed first: this runs on every line the scanner flags, and a regex exec costs more.
  const ts = timestampEnd(s);
  const full = ts ? null : s.includes("\t") ? FULL_GITHUB.exec(s) : null;
  if (ts || full) {
    s = s.slice(ts || full![0].length);
    gha = true;
  } else if (s.charCodeAt(0) === 0xfeff) {
    s = s.slice(1);
  }
  // One pass tells whether any escape or control character is there at all (usually not).
  if (hasControl(s)) {
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

/** A C0 control, DEL or the 8-bit CSI (U+009B): what ANSI and CONTROL remove. Tab does not count. */
function hasControl(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 32 && c !== 9) || c === 127 || c === 0x9b) return true;
  }
  return false;
}

function isDigit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/**
 * Length of a GitHub timestamp prefix (GHA_TS: optional BOM, `2026-01-01T00:00:00.1234567Z`,
 * one optional space), or 0 when the line has none.
 */
function timestampEnd(s: string): number {
  let i = s.charCodeAt(0) === 0xfeff ? 1 : 0;
  const d = (k: number): boolean => {
    for (let e = i + k; i < e; i++) if (!isDigit(s, i)) return false;
    return true;
  };
  const ch = (c: number): boolean => s.charCodeAt(i++) === c;
  if (!(d(4) && ch(45) && d(2) && ch(45) && d(2) && ch(84) && d(2) && ch(58) && d(2) && ch(58) && d(2)))
    return 0;
  if (s.charCodeAt(i) === 46 && isDigit(s, i + 1)) {
    i++;
    while (isDigit(s, i)) i++;
  }
  if (!ch(90)) return 0;
  if (s.charCodeAt(i) === 32) i++;
  return i;
}
