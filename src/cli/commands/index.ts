import type { CliCommand } from "../types.js";
import { analyzeCommand } from "./analyze.js";
import { healCommand } from "./heal.js";
import { demoCommand } from "./demo.js";

/** Every CLI sub-command; add new ones here. */
export const cliCommands: CliCommand[] = [analyzeCommand, healCommand, demoCommand];
