/** The audit ledger: hash chain, tamper detection, continuation across commands, no secrets (SEC-05). */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { Ledger, verifyLedger } from "../../src/audit/ledger.js";
import { createRedactor } from "../../src/util/redact.js";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("audit ledger", () => {
  it("chains entries across two commands sharing one file and detects an edit or a deletion", () => {
    const dir = mkdtempSync(join(tmpdir(), "autodev-ledger-"));
    dirs.push(dir);
    const path = join(dir, "audit", "audit.jsonl");
    const redactor = createRedactor();
    const a = new Ledger({ path, actor: "auto-issue", redactor });
    a.append("issue.created", { number: 1 });
    a.append("issue.updated", { number: 1, count: 2 });
    const b = new Ledger({ path, actor: "open-pr", redactor });
    b.append("pr.created", { number: 2 });
    const text = readFileSync(path, "utf8");
    expect(verifyLedger(text)).toEqual({ ok: true, entries: 3 });
    expect(b.summary()).toContain("pr.created");

    const lines = text.trim().split("\n");
    const edited = lines.map((l, i) => (i === 1 ? l.replace('"count":2', '"count":3') : l)).join("\n");
    expect(verifyLedger(edited)).toMatchObject({ ok: false, brokenAt: 1 });
    const deleted = [lines[0], lines[2]].join("\n");
    expect(verifyLedger(deleted)).toMatchObject({ ok: false, brokenAt: 1 });
  });

  it("redacts secrets before they are written (SEC-05)", () => {
    const dir = mkdtempSync(join(tmpdir(), "autodev-ledger-"));
    dirs.push(dir);
    const path = join(dir, "audit.jsonl");
    const secret = "sk-canary-3f9a7c1e5b2d4a6f8e0c1b3d5f7a9c2e";
    const ledger = new Ledger({ path, actor: "open-pr", redactor: createRedactor({ secrets: [secret] }) });
    ledger.append("error", {
      message: `request failed with key ${secret} and ghp_0123456789abcdefghijklmnopqrstuvwxYZ12`,
    });
    const text = readFileSync(path, "utf8");
    expect(text).not.toContain(secret);
    expect(text).not.toContain("ghp_0123456789");
    expect(verifyLedger(text).ok).toBe(true);
    writeFileSync(path, text + "not json\n");
    expect(verifyLedger(readFileSync(path, "utf8")).ok).toBe(false);
  });
});
