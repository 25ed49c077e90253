import OpenAI from "openai";
import type { Logger } from "../../util/logger.js";
import { createRedactor } from "../../util/redact.js";
import { silentLogger } from "../../util/logger.js";
import { extractPatch } from "./extract.js";
import { buildPrompt, MAX_PROMPT } from "./prompt.js";
import type { PatchProposer, Proposal, ProposalRequest } from "./types.js";

export interface OpenAIProposerOptions {
  apiKey: string;
  model: string;
  /** Any OpenAI-compatible endpoint, e.g. https://api.openai.com/v1 or a local gateway. */
  baseUrl?: string;
  /** Per request; default 120 s. */
  timeoutMs?: number;
  /** Retries on 429/5xx/network errors (the client honours retry-after); default 2. */
  maxRetries?: number;
  maxTokens?: number;
  logger?: Logger;
  /**
   * Secret redaction applied to everything sent to the model and to error text: log excerpts and
   * command output can carry tokens. Default: known token shapes plus the API key.
   */
  redact?: (text: string) => string;
}

/** Asks an OpenAI-compatible chat endpoint for one diff; every failure becomes "no patch", never a throw. */
export function openAIProposer(options: OpenAIProposerOptions): PatchProposer {
  const client = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseUrl,
    timeout: options.timeoutMs ?? 120_000,
    maxRetries: options.maxRetries ?? 2,
  });
  const logger = options.logger ?? silentLogger;
  const fallback = createRedactor({ secrets: [options.apiKey] });
  const redact = options.redact ?? ((t: string) => fallback.redact(t));
  return {
    async propose(request: ProposalRequest): Promise<Proposal> {
      const prompt = buildPrompt(request);
      if (prompt.hiddenContent)
        logger.warning("Hidden characters or HTML comments were removed from the text sent to the model.");
      if (prompt.system.length + prompt.user.length > MAX_PROMPT)
        return { patch: null, reason: "prompt over budget" };
      try {
        const reply = await client.chat.completions.create({
          model: options.model,
          temperature: 0,
          max_tokens: options.maxTokens ?? 4096,
          messages: [
            { role: "system", content: prompt.system },
            { role: "user", content: redact(prompt.user) },
          ],
        });
        const choice = reply.choices?.[0];
        if (!choice) return { patch: null, reason: "reply had no choices" };
        return extractPatch(choice.message?.content, choice.finish_reason);
      } catch (e) {
        const status = (e as { status?: number }).status;
        const message = redact(e instanceof Error ? e.message : String(e)).slice(0, 300);
        return {
          patch: null,
          reason: `model request failed${status ? ` (HTTP ${status})` : ""}: ${message}`,
        };
      }
    },
  };
}
