import type { CliCommand } from "../types.js";
import { analyzeCommand } from "./analyze.js";

/** Every CLI sub-command; add new ones here. */
export const cliCommands: CliCommand[] = [analyzeCommand];
