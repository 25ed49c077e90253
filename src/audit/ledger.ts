/**
 * The audit ledger: every decision and side effect as one JSON line, each carrying the SHA-256
 * of the line before it, so a deleted or edited entry breaks the chain that `verifyLedger`
 * recomputes. Entries go through the redactor before they are written: the ledger is uploaded as
 * an artifact and summarised in the job summary, so it must never hold a secret. Appends are
 * synchronous so an entry written before a crash is on disk when the process dies.
 */
import { appendFileSync, existsSync, readFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { createHash } from "node:crypto";
import type { Redactor } from "../util/redact.js";

export const GENESIS = "0".repeat(64);

export interface LedgerEntry {
  seq: number;
  time: string;
  /** The command that wrote it (`auto-issue`, `open-pr`, `command`). */
  actor: string;
  /** What happened: `decision`, `issue.created`, `branch.pushed`, `denied`, ... */
  event: string;
  /** Ids, counts, hashes and reasons only; never bodies or secrets. */
  data: Record<string, unknown>;
  prev: string;
  hash: string;
}

function hashOf(entry: Omit<LedgerEntry, "hash">): string {
  return createHash("sha256").update(JSON.stringify(entry)).digest("hex");
}

export interface LedgerOptions {
  /** JSON-lines file; appended to, created with its directory when missing. Null keeps it in memory. */
  path: string | null;
  actor: string;
  redactor: Redactor;
  clock?: () => Date;
}

export class Ledger {
  readonly entries: LedgerEntry[] = [];
  private prev = GENESIS;
  private seq = 0;

  constructor(private readonly options: LedgerOptions) {
    // Several commands in one job share one file; continue its chain rather than fork it.
    if (options.path && existsSync(options.path)) {
      const last = readFileSync(options.path, "utf8").trim().split("\n").filter(Boolean).pop();
      if (last) {
        const parsed = JSON.parse(last) as LedgerEntry;
        this.prev = parsed.hash;
        this.seq = parsed.seq + 1;
      }
    }
  }

  append(event: string, data: Record<string, unknown> = {}): LedgerEntry {
    const clean = JSON.parse(this.options.redactor.redact(JSON.stringify(data))) as Record<string, unknown>;
    const base = {
      seq: this.seq++,
      time: (this.options.clock ?? (() => new Date()))().toISOString(),
      actor: this.options.actor,
      event,
      data: clean,
      prev: this.prev,
    };
    const entry: LedgerEntry = { ...base, hash: hashOf(base) };
    this.prev = entry.hash;
    this.entries.push(entry);
    if (this.options.path) {
      mkdirSync(dirname(this.options.path), { recursive: true });
      appendFileSync(this.options.path, JSON.stringify(entry) + "\n");
    }
    return entry;
  }

  /** Markdown table of this run's entries for the job summary. */
  summary(): string {
    if (!this.entries.length) return "";
    const rows = this.entries.map((e) => {
      const data = JSON.stringify(e.data).replace(/\|/g, "\\|").replace(/`/g, "'").slice(0, 200);
      return `| ${e.seq} | ${e.event} | \`${data}\` |`;
    });
    return [
      `### autodev audit (${this.options.actor})`,
      "",
      "| # | event | data |",
      "|---|---|---|",
      ...rows,
      "",
      `Chain head: \`${this.prev.slice(0, 16)}\``,
      "",
    ].join("\n");
  }
}

export interface LedgerVerification {
  ok: boolean;
  entries: number;
  /** Index of the first entry whose hash or link is wrong. */
  brokenAt?: number;
}

/** Recomputes the chain of a ledger file's text. */
export function verifyLedger(text: string): LedgerVerification {
  const lines = text.split("\n").filter((l) => l.trim());
  let prev = GENESIS;
  for (let i = 0; i < lines.length; i++) {
    let entry: LedgerEntry;
    try {
      entry = JSON.parse(lines[i]) as LedgerEntry;
    } catch {
      return { ok: false, entries: lines.length, brokenAt: i };
    }
    const { hash, ...rest } = entry;
    if (entry.prev !== prev || hashOf(rest) !== hash)
      return { ok: false, entries: lines.length, brokenAt: i };
    prev = hash;
  }
  return { ok: true, entries: lines.length };
}
