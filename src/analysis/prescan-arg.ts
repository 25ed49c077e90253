/**
 * The argument a prescan worker (parallel.ts) is started with. The bundle's entry checks for it
 * before anything else: importing node:worker_threads to ask instead would cost every short
 * analysis a few milliseconds of start-up.
 */
export const PRESCAN_ARG = "--autodev-prescan-worker";
