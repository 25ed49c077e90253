/**
 * The one bundle entry (dist/index.js). Run by the action with no arguments it is the action
 * (reads INPUT_*, writes GITHUB_OUTPUT); run through bin/autodev.js it is the CLI. Both share
 * one core, so there is a single bundle to keep fresh.
 */
import { PRESCAN_ARG, PRESCAN_WORKER } from "./analysis/prescan-arg.js";
import { isConfigurationError } from "./util/errors.js";

async function main(): Promise<void> {
  // Each face loads only its own code (ncc splits dynamic imports into chunks): the CLI does not
  // parse the action's GitHub clients, which is a good part of a 0.5 s budget for `analyze`.
  if (process.env.AUTODEV_ENTRY === "cli") {
    delete process.env.AUTODEV_ENTRY;
    const { runCli } = await import("./cli/main.js");
    process.exitCode = await runCli(process.argv.slice(2));
    return;
  }
  const core = await import("@actions/core");
  const { runAction } = await import("./action/main.js");
  const { actionsIO } = await import("./adapters/actions-io.js");
  try {
    await runAction(actionsIO());
  } catch (e) {
    if (isConfigurationError(e)) core.setFailed(e.message);
    else core.setFailed(`autodev internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
}

// The parallel scan of big logs (analysis/parallel.ts) runs this bundle in worker threads too.
(globalThis as Record<symbol, unknown>)[Symbol.for("autodev.prescanEntry")] = import.meta.url;
if (!(await isPrescanWorker())) await main();
// (Loaded in such a worker, the module serves prescans.)
else await import("./analysis/prescan-worker.js");

async function isPrescanWorker(): Promise<boolean> {
  if (!process.argv.includes(PRESCAN_ARG)) return false;
  const { isMainThread, workerData } = await import("node:worker_threads");
  return !isMainThread && Boolean((workerData as Record<string, unknown> | null)?.[PRESCAN_WORKER]);
}
