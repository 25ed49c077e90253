import * as core from "@actions/core";
import type { ActionIO } from "../action/types.js";
import type { Logger } from "../util/logger.js";

export const coreLogger: Logger = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  error: (m) => core.error(m),
  group: (name, fn) => core.group(name, fn),
};

/** The real ActionIO over @actions/core: INPUT_* in, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY out. */
export function actionsIO(env: NodeJS.ProcessEnv = process.env): ActionIO {
  return {
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    summary: async (markdown) => {
      if (!env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(markdown, true).write();
    },
    annotate: (level, message, props) => {
      const fn = level === "error" ? core.error : level === "warning" ? core.warning : core.notice;
      fn(message, props);
    },
    setSecret: (v) => core.setSecret(v),
    env,
    logger: coreLogger,
  };
}
