/** SEC-01/02/04: the redactor catches known shapes and this job's secrets in their encoded forms. */
import { describe, expect, it } from "vitest";
import { createRedactor, encodedForms, REDACTED, secretsFromEnv } from "../../src/util/redact.js";

const SECRET = "sk-canary-3f9a7c1e5b2d4a6f8e0c1b3d5f7a9c2e";
const b64 = (s: string | Buffer) => Buffer.from(s).toString("base64");

describe("redactor", () => {
  const r = createRedactor({ secrets: [SECRET] });

  it.each([
    ["raw", SECRET],
    ["base64", b64(SECRET)],
    ["double base64 (tj-actions)", b64(b64(SECRET))],
    ["url-encoded", encodeURIComponent(SECRET)],
    ["hex", Buffer.from(SECRET).toString("hex")],
    ["json-escaped", JSON.stringify(SECRET).slice(1, -1)],
    ["split across two lines", `${SECRET.slice(0, 20)}\n${SECRET.slice(20)}`],
  ])("redacts the %s form (SEC-01)", (_name, form) => {
    const out = r.redact(`before ${form} after`);
    expect(out).toContain(REDACTED);
    expect(out).not.toContain(form);
    expect(out.startsWith("before ")).toBe(true);
  });

  it("finds base64 of the secret inside a longer base64 blob at every byte alignment", () => {
    for (const prefix of ["", "a", "ab", "abc"]) {
      const blob = b64(`${prefix}{"key":"${SECRET}","x":1}`);
      expect(r.redact(blob)).toContain(REDACTED);
    }
  });

  it.each([
    ["ghp_", "ghp_0123456789abcdefghijklmnopqrstuvwxYZ12"],
    ["ghs_", "ghs_0123456789abcdefghijklmnopqrstuvwxYZ12"],
    ["github_pat_", "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRS"],
    ["AKIA", "AKIAIOSFODNN7EXAMPLE"],
    ["xoxb-", "xoxb-1234567890-1234567890123-abcdefghijklmnopqrstuvwx"],
    ["sk-", "sk-proj-abcdefghijklmnopqrstuvwxyz012345"],
    ["JWT", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"],
    ["PEM", "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n-----END RSA PRIVATE KEY-----"],
  ])("redacts unknown %s tokens by shape (SEC-02)", (_kind, token) => {
    const out = createRedactor().redact(`x ${token} y`);
    expect(out).not.toContain(token);
    expect(out).toContain(REDACTED);
  });

  it("redacts URL credentials and authorization headers in error text (SEC-02/04)", () => {
    const red = createRedactor();
    expect(red.redact("postgres://user:p4ssw0rd@db:5432/x")).toBe(`postgres://${REDACTED}@db:5432/x`);
    const err = `HttpError: fetch failed https://x-access-token:ghs_abcdefghijklmnopqrstuvwxyz0123@github.com/o/r.git {"authorization":"token abc123secretvalue"}`;
    const out = red.redact(err);
    expect(out).not.toContain("abc123secretvalue");
    expect(out).not.toContain("ghs_abcdefghijklmnopqrstuvwxyz0123");
  });

  it("leaves ordinary text alone and ignores short values", () => {
    const red = createRedactor({ secrets: ["true", "1234"] });
    expect(red.redact("error TS2322 at src/a.ts:3 true 1234")).toBe("error TS2322 at src/a.ts:3 true 1234");
  });

  it("picks the job's secrets from the environment", () => {
    const found = secretsFromEnv({
      GITHUB_TOKEN: "ghs_x1234567",
      AUTODEV_LLM_API_KEY: "k-12345678",
      PATH: "/usr/bin",
      "INPUT_GITHUB-TOKEN": "tok-12345678",
    });
    expect(found.sort()).toEqual(["ghs_x1234567", "k-12345678", "tok-12345678"].sort());
    expect(encodedForms(SECRET).length).toBeGreaterThan(6);
  });
});
