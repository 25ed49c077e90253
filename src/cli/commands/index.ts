import type { CliCommand } from "../types.js";

/**
 * Every CLI sub-command; add new ones here. Each module loads when its command runs (ncc gives it
 * a chunk of its own), so `autodev analyze` starts without heal's git, LLM and YAML code.
 */
export const cliCommands: Array<{ name: string; load: () => Promise<CliCommand> }> = [
  { name: "analyze", load: async () => (await import("./analyze.js")).analyzeCommand },
  { name: "heal", load: async () => (await import("./heal.js")).healCommand },
  { name: "demo", load: async () => (await import("./demo.js")).demoCommand },
];
