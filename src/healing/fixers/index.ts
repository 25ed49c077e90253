import type { Fixer } from "../types.js";
import { depsFixers } from "./deps.js";
import { goPinFixer } from "./deps-go.js";
import { npmDepsFixers } from "./deps-npm.js";
import { pipPinFixer } from "./deps-python.js";
import { importFixers } from "./imports.js";
import { addImportFixer } from "./imports-add.js";
import { moduleTypoFixer } from "./module-typo.js";
import { shellcheckFixer } from "./shellcheck.js";
import { snapshotFixer } from "./snapshots.js";
import { toolFixers } from "./tools.js";

/**
 * Deterministic fixers in the order they are tried. Narrow edits come before whole-file
 * formatters so a formatter run afterwards also tidies what the edit left.
 */
export const defaultFixers: Fixer[] = [
  ...importFixers,
  addImportFixer,
  moduleTypoFixer,
  ...depsFixers,
  ...npmDepsFixers,
  pipPinFixer,
  goPinFixer,
  ...toolFixers,
  shellcheckFixer,
  snapshotFixer,
];
