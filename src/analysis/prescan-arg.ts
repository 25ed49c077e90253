/**
 * How a prescan worker (parallel.ts) is told apart from the main thread: it is started with this
 * argument and this key set in its workerData. The bundle's entry checks the argument before
 * anything else (importing node:worker_threads to ask would cost every short analysis a few
 * milliseconds of start-up), then the key. This module holds nothing else, so the main thread's
 * parallel path does not pull the worker's code into its own bundle chunk.
 */
export const PRESCAN_ARG = "--autodev-prescan-worker";
export const PRESCAN_WORKER = "autodevPrescan";
