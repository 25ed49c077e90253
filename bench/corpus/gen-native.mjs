// Generates the Go, Rust, Java and C/C++ corpus: each case is a small project broken on purpose,
// built/tested/linted with the real toolchain here, wrapped as a GitHub Actions job log.
// Labels come from what each case broke (never from the analyzer). Re-run with
//   node bench/corpus/gen-native.mjs [name-prefix ...]
// A case whose key lines do not appear in the tool's real output is reported and skipped, so a
// toolchain that prints something else shows up instead of yielding a wrong label.
import { existsSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeCase } from "./wrap-gha.mjs";
import { makeProject, removeProject, run, writeGitlabCase } from "./native-util.mjs";
import { goCases } from "./native-go.mjs";
import { rustCases } from "./native-rust.mjs";
import { javaCases } from "./native-java.mjs";
import { cCases } from "./native-c.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const outRoot = join(here, "..", "..", "test", "fixtures", "corpus");
const GITLAB_WORKSPACE = "/builds/acme/widgets";
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]/g;

const filters = process.argv.slice(2);
const cases = [...goCases, ...rustCases, ...javaCases, ...cCases].filter(
  (c) => filters.length === 0 || filters.some((f) => c.name.startsWith(f)),
);

let written = 0;
const problems = [];
for (const c of cases) {
  const dir = makeProject(c.files);
  try {
    const steps = [];
    let bad = null;
    c.steps.forEach((s, i) => {
      if (bad) return;
      const { output, code } = run(
        s.run ?? s.command,
        dir,
        c.env ?? {},
        c.ci === "gitlab" ? GITLAB_WORKSPACE : undefined,
      );
      const last = i === c.steps.length - 1;
      if (last && code === 0) bad = `last step exited 0:\n${output}`;
      if (!last && code !== 0) bad = `step "${s.command}" failed (${code}):\n${output}`;
      steps.push({
        name: s.command,
        command: s.command,
        output: s.transform ? s.transform(output) : output,
        exitCode: code,
      });
    });
    if (bad) {
      problems.push(`${c.name}: ${bad}`);
      continue;
    }
    const lines = new Set(
      steps.flatMap((s) => s.output.split(/\r?\n/).map((l) => l.replace(ANSI, "").trimEnd())),
    );
    // A key line given as a RegExp stands for the output line it matches (rustc prints thread ids).
    const label = {
      ...c.label,
      keyLines: c.label.keyLines.map((k) =>
        k instanceof RegExp ? ([...lines].find((l) => k.test(l)) ?? String(k)) : k,
      ),
    };
    const missing = label.keyLines.filter((k) => !lines.has(k));
    if (missing.length) {
      problems.push(`${c.name}: key lines not in output: ${JSON.stringify(missing)}\n${steps.at(-1).output}`);
      continue;
    }
    const out = join(outRoot, c.name);
    if (existsSync(out)) rmSync(out, { recursive: true });
    if (c.ci === "gitlab") writeGitlabCase({ dir: out, steps, label });
    else writeCase({ dir: out, steps, label, noise: c.noise ?? [] });
    written++;
  } finally {
    removeProject(dir);
  }
}
console.log(`wrote ${written}/${cases.length} cases`);
for (const p of problems) console.log(`--- PROBLEM ${p}`);
if (problems.length) process.exitCode = 1;
