/**
 * Rendering untrusted text (logs, failure messages, branch names, a heal report that may quote a
 * model) into GitHub markdown so it cannot break out: no raw HTML, no images or off-site links
 * (CamoLeak-style exfiltration), no @mentions or closing keywords (`Fixes #1`) that act on other
 * issues or people, no hidden characters (zero-width, bidi overrides, Unicode tags).
 */

/** Zero-width, bidi controls, word joiners, BOM and Unicode tag characters (ASCII smuggling). */
const HIDDEN = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u{e0000}-\u{e007f}]/gu;
/** C0 (except tab and newline) and C1 controls, DEL, and ESC sequences. */
const CONTROL = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

export function stripHidden(text: string): string {
  return text.replace(CONTROL, "").replace(HIDDEN, "");
}

/** Collapses untrusted text to one line of at most `max` characters. */
export function oneLine(text: string, max = 200): string {
  const flat = stripHidden(text).replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Inline code for untrusted one-line text: inside a code span nothing is markdown, HTML or a reference. */
export function codeSpan(text: string, max = 200): string {
  const t = oneLine(text, max);
  if (!t) return "` `";
  const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((r) => r.length));
  const ticks = "`".repeat(longest + 1);
  return `${ticks} ${t} ${ticks}`;
}

/** A fenced block longer than any backtick run inside, so the content cannot close it. */
export function fence(text: string, lang = "text"): string {
  const body = stripHidden(text).replace(/\r\n?/g, "\n");
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((r) => r.length));
  const ticks = "`".repeat(Math.max(3, longest + 1));
  return `${ticks}${lang}\n${body.replace(/\n+$/, "")}\n${ticks}`;
}

export interface NeutralizeOptions {
  /** `owner/repo`: links into this repository on github.com stay links. */
  repository: string;
}

function allowedLink(url: string, repository: string): boolean {
  if (/^(#|\.{0,2}\/)/.test(url) && !url.startsWith("//")) return true;
  try {
    const u = new URL(url);
    return (
      u.protocol === "https:" &&
      u.hostname === "github.com" &&
      u.pathname.toLowerCase().startsWith(`/${repository.toLowerCase()}/`)
    );
  } catch {
    return false;
  }
}

function neutralizeProse(text: string, repository: string): string {
  return (
    stripHidden(text)
      // Raw HTML: escape every tag opener; `<details>`, `<img onerror>` and comments all die here.
      .replace(/</g, "&lt;")
      // Images are fetched by every viewer's browser (through Camo): drop them, keep the alt text.
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, (_m, alt: string) => (alt ? `[image: ${alt}]` : "[image]"))
      .replace(/\[([^\]]*)\]\(([^)\s]*)[^)]*\)/g, (m, label: string, url: string) =>
        allowedLink(url, repository) ? m : `${label} (${codeSpan(url, 120)})`,
      )
      // Autolinks and bare URLs to other hosts become code.
      .replace(/\bhttps?:\/\/[^\s)>\]]+/g, (url) => (allowedLink(url, repository) ? url : codeSpan(url, 120)))
      // Closing keywords and cross-references would act on other issues; mentions ping people.
      .replace(
        /\b(close[sd]?|fix(?:e[sd])?|resolve[sd]?)(:?\s+)((?:[\w.-]+\/[\w.-]+)?#\d+)/gi,
        (_m, kw: string, sp: string, ref: string) => `${kw}${sp}\`${ref}\``,
      )
      .replace(/(^|[^\w`/])([\w.-]+\/[\w.-]+#\d+)/g, (_m, pre: string, ref: string) => `${pre}\`${ref}\``)
      .replace(
        /(^|[^\w`])@([A-Za-z0-9][\w-]*(?:\/[\w-]+)?)/g,
        (_m, pre: string, who: string) => `${pre}\`@${who}\``,
      )
  );
}

/**
 * Makes generated markdown (a heal report that may quote a model or a log) safe to post:
 * fenced code blocks are kept verbatim but re-fenced; everything else is neutralised.
 */
export function neutralizeMarkdown(text: string, options: NeutralizeOptions): string {
  const out: string[] = [];
  const lines = stripHidden(text).replace(/\r\n?/g, "\n").split("\n");
  let prose: string[] = [];
  const flush = () => {
    if (prose.length) out.push(neutralizeProse(prose.join("\n"), options.repository));
    prose = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const open = lines[i].match(/^ {0,3}(`{3,}|~{3,})\s*([\w+-]*)/);
    if (!open) {
      prose.push(lines[i]);
      continue;
    }
    flush();
    const marker = open[1];
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      if (
        lines[j].trim().startsWith(marker[0].repeat(marker.length)) &&
        lines[j].trim().replace(/[`~]/g, "") === ""
      )
        break;
      body.push(lines[j]);
    }
    out.push(fence(body.join("\n"), open[2] || "text"));
    i = j;
  }
  flush();
  return out.join("\n");
}

/** Keeps a body under GitHub's 65,536-character limit, saying that it was cut. */
export function capBody(text: string, max = 65_000): string {
  if (text.length <= max) return text;
  const note = "\n\n_(truncated by autodev: the full text exceeded GitHub's size limit)_\n";
  let cut = text.slice(0, max - note.length);
  // Do not leave an unclosed fence: cut before the last unmatched fence opener.
  const fences = cut.match(/^`{3,}.*$/gm) ?? [];
  if (fences.length % 2 === 1) cut = cut.slice(0, cut.lastIndexOf(fences[fences.length - 1]));
  return cut + note;
}
