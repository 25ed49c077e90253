/**
 * The one bundle entry (dist/index.js). Run by the action with no arguments it is the action
 * (reads INPUT_*, writes GITHUB_OUTPUT); run through bin/autodev.js it is the CLI. Both share
 * one core, so there is a single bundle to keep fresh.
 */
import * as core from "@actions/core";
import { runAction } from "./action/main.js";
import { runCli } from "./cli/main.js";
import { actionsIO } from "./adapters/actions-io.js";
import { isConfigurationError } from "./util/errors.js";

async function main(): Promise<void> {
  if (process.env.AUTODEV_ENTRY === "cli") {
    delete process.env.AUTODEV_ENTRY;
    process.exitCode = await runCli(process.argv.slice(2));
    return;
  }
  try {
    await runAction(actionsIO());
  } catch (e) {
    if (isConfigurationError(e)) core.setFailed(e.message);
    else core.setFailed(`autodev internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
}

await main();
