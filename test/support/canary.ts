/**
 * Planted secrets and every encoded form the redactor promises to catch; `findCanaries` says
 * which of them leaked into a text (by label, never echoing the value).
 */
export const CANARY_TOKEN = "ghs_canaryTOKEN0123456789abcdefABCDEF0123";
export const CANARY_LLM_KEY = "sk-canary-3f9a7c1e5b2d4a6f8e0c1b3d5f7a9c2e";
export const CANARY_PAT = "ghp_0123456789abcdefghijklmnopqrstuvwxYZ12";
export const CANARY_AWS = "AKIAIOSFODNN7CANARY1";

const b64 = (s: string) => Buffer.from(s).toString("base64");

export function canaryForms(secret: string): Record<string, string> {
  return {
    raw: secret,
    base64: b64(secret).replace(/=+$/, ""),
    doubleBase64: b64(b64(secret)).replace(/=+$/, ""),
    url: encodeURIComponent(secret),
    hex: Buffer.from(secret).toString("hex"),
  };
}

/** Log lines that leak the canaries the way tj-actions-style payloads did. */
export function leakyLogLines(): string[] {
  return [
    `debug token=${CANARY_TOKEN}`,
    `encoded: ${b64(CANARY_TOKEN)}`,
    `double: ${b64(b64(CANARY_LLM_KEY))}`,
    `url: https://example.test/?k=${encodeURIComponent(CANARY_LLM_KEY)}`,
    `pat ${CANARY_PAT} aws ${CANARY_AWS}`,
    `clone https://x-access-token:${CANARY_TOKEN}@github.com/o/r.git`,
  ];
}

export function findCanaries(text: string, secrets = [CANARY_TOKEN, CANARY_LLM_KEY]): string[] {
  const hits: string[] = [];
  for (const s of secrets) {
    for (const [form, value] of Object.entries(canaryForms(s)))
      if (text.includes(value)) hits.push(`${s.slice(0, 8)}…:${form}`);
  }
  for (const raw of [CANARY_PAT, CANARY_AWS]) if (text.includes(raw)) hits.push(`${raw.slice(0, 6)}…:raw`);
  return hits;
}
