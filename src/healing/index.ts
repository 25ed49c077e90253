export { heal, type HealOptions, type HealResult } from "./heal.js";
export type * from "./types.js";
export { checkPatch, type PatchGuardOptions, type PatchGuardResult } from "./patch-guard.js";
export { writeProposal, renderReport, type ProposalManifest } from "./proposal.js";
export { defaultFixers } from "./fixers/index.js";
export { openAIProposer, type OpenAIProposerOptions } from "./llm/openai-proposer.js";
export type { PatchProposer, ProposalRequest, Proposal } from "./llm/types.js";
export { nodeRunner, scrubEnv, type CommandRunner } from "./exec.js";
export { parseFindings } from "./findings.js";
