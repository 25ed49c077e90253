import type { RuleSet } from "../rule-types.js";
import { typescriptRules } from "./typescript.js";
import { eslintRules } from "./eslint.js";
import { prettierRules } from "./prettier.js";
import { jsTestRules } from "./js-test.js";
import { nodeRules } from "./node.js";
import { npmRules } from "./npm.js";
import { pythonRules } from "./python.js";
import { goRules } from "./go.js";
import { rustRules } from "./rust.js";
import { javaRules } from "./java.js";
import { cppRules } from "./cpp.js";
import { dotnetRules } from "./dotnet.js";
import { rubyRules } from "./ruby.js";
import { shellRules } from "./shell.js";
import { dockerRules } from "./docker.js";
import { securityRules } from "./security.js";
import { runnerRules } from "./runner.js";
import { ciRules } from "./ci.js";
import { appleRules } from "./apple.js";
import { powershellRules } from "./powershell.js";
import { erlangRules } from "./erlang.js";
import { haskellRules } from "./haskell.js";

/** Every rule set, most specific ecosystems first; the generic fallback lives in the engine. */
export const ruleSets: RuleSet[] = [
  typescriptRules,
  eslintRules,
  prettierRules,
  jsTestRules,
  nodeRules,
  npmRules,
  pythonRules,
  goRules,
  rustRules,
  javaRules,
  cppRules,
  dotnetRules,
  rubyRules,
  shellRules,
  dockerRules,
  securityRules,
  appleRules,
  powershellRules,
  erlangRules,
  haskellRules,
  runnerRules,
  ciRules,
];
