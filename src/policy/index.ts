export * from "./config.js";
export * from "./paths.js";
export * from "./patch.js";
export * from "./modes.js";
export * from "./kill-switch.js";
export * from "./load.js";
export * from "./risk.js";
