import type { ActionCommand } from "../types.js";
import { analyzeAction } from "./analyze.js";
import { healAction } from "./heal.js";
import { autoIssueAction } from "./auto-issue.js";
import { openPrAction } from "./open-pr.js";
import { commandAction } from "./command.js";

/** Every value the root action's `command` input accepts; add new ones here. */
export const actionCommands: ActionCommand[] = [
  analyzeAction,
  healAction,
  autoIssueAction,
  openPrAction,
  commandAction,
];
