import type { Failure } from "../../analysis/types.js";

export interface SourceFile {
  path: string;
  content: string;
}

export interface ProposalRequest {
  failures: Failure[];
  /** Current contents of the files the patch may touch. */
  files: SourceFile[];
  /** Why the previous proposal failed (guard reasons, `git apply` error, verify output). */
  feedback?: string;
  /** Tail of the verify command's output before any change: the failure as reproduced here. */
  reproduction?: string;
}

export interface Proposal {
  /** A unified diff, or null when the model gave none that could be used. */
  patch: string | null;
  /** Why there is no patch, or a short note. */
  reason: string;
}

/** Whatever writes a patch for failures the deterministic fixers could not heal (an LLM, in practice). */
export interface PatchProposer {
  propose(request: ProposalRequest): Promise<Proposal>;
}
