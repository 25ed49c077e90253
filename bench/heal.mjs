// Heal benchmark: every scenario in test/fixtures/heal-bench is a small broken project and the CI
// command that fails on it. For each one: run CI for real and keep its output as the log, analyze
// that log, heal the checkout with the CI command as the verify command, then check the claim
// independently: apply the proposed patch to a fresh clone of the base commit and run CI there.
// Prints the heal rate, false heals (claimed healed but CI still fails on the clean clone), and timing.
import { execFileSync, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  cpSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
if (!existsSync(join(root, "lib/healing/heal.js"))) {
  execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
}
const { analyzeText } = await import(join(root, "lib/analysis/analyze.js"));
const { heal } = await import(join(root, "lib/healing/heal.js"));
const { nodeRunner } = await import(join(root, "lib/healing/exec.js"));

const fixtures = join(root, "test/fixtures/heal-bench");
const only = process.argv.slice(2);
const work = mkdtempSync(join(tmpdir(), "autodev-heal-bench-"));
const git = (cwd, ...args) =>
  execFileSync("git", args, { cwd, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
const sh = (cwd, cmd, env) =>
  spawnSync("sh", ["-c", cmd], { cwd, encoding: "utf8", env: { ...process.env, ...env } });

function makeProject(name, scenario) {
  const dir = join(work, name);
  cpSync(join(fixtures, name, "files"), dir, { recursive: true });
  // TypeScript fixtures are stored as *.ts.fixture so the project's own tsc never compiles them.
  for (const f of readdirSync(dir, { recursive: true })) {
    if (String(f).endsWith(".fixture"))
      renameSync(join(dir, String(f)), join(dir, String(f).slice(0, -".fixture".length)));
  }
  if (scenario.nodeModules) {
    symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
    writeFileSync(join(dir, ".gitignore"), "node_modules\n", { flag: "a" });
  }
  git(dir, "init", "-q", "-b", "main");
  git(dir, "config", "user.email", "bench@example.invalid");
  git(dir, "config", "user.name", "bench");
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "base");
  for (const step of scenario.setup ?? []) {
    const r = sh(dir, step, scenario.env);
    if (r.status !== 0) throw new Error(`${name}: setup '${step}' failed: ${r.stderr}`);
  }
  return dir;
}

/** The proposal alone must heal a pristine copy of the base commit. */
function independentCheck(name, scenario, baseDir, baseSha, patch) {
  const dir = join(work, `${name}-clone`);
  git(work, "clone", "-q", baseDir, dir);
  git(dir, "checkout", "-q", baseSha);
  if (scenario.nodeModules) symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  writeFileSync(join(work, `${name}.patch`), patch);
  const applied = spawnSync("git", ["apply", join(work, `${name}.patch`)], { cwd: dir });
  if (applied.status !== 0) return false;
  return sh(dir, scenario.ci, scenario.env).status === 0;
}

const rows = [];
for (const name of readdirSync(fixtures).sort()) {
  if (only.length && !only.includes(name)) continue;
  const scenario = JSON.parse(readFileSync(join(fixtures, name, "scenario.json"), "utf8"));
  const dir = makeProject(name, scenario);
  const ci = sh(dir, scenario.ci, scenario.env);
  const analysis = await analyzeText(`${ci.stdout}\n${ci.stderr}`);
  const started = performance.now();
  const { report, patch } = await heal({
    repoDir: dir,
    failures: analysis.failures,
    verifyCommand: scenario.ci,
    runner: nodeRunner({ ...process.env, ...scenario.env }),
  });
  const ms = performance.now() - started;
  const independent =
    report.outcome === "healed" ? independentCheck(name, scenario, dir, report.baseSha, patch) : null;
  const healed = report.outcome === "healed";
  const met = scenario.expect === "not-healed" ? !healed : report.outcome === scenario.expect;
  if (process.env.BENCH_VERBOSE)
    console.log(
      name,
      JSON.stringify(report.attempts.map((a) => [a.fixer, a.status, a.detail.slice(0, 300)])),
    );
  rows.push({
    name,
    expect: scenario.expect,
    outcome: report.outcome,
    met,
    independent,
    ms,
    failures: analysis.failures.length,
    risk: report.risk,
    lines: report.stats.added + report.stats.removed,
    fixers: report.attempts
      .filter((a) => a.status === "fixed")
      .map((a) => a.fixer)
      .join("+"),
  });
}
rmSync(work, { recursive: true, force: true });

const pad = (s, n) => String(s).padEnd(n);
console.log(
  `${pad("scenario", 22)}${pad("expected", 16)}${pad("outcome", 16)}${pad("clean-clone CI", 16)}${pad("ms", 8)}${pad("risk", 8)}fixers`,
);
for (const r of rows) {
  const indep = r.independent === null ? "–" : r.independent ? "passes" : "FAILS";
  console.log(
    `${pad(r.name, 22)}${pad(r.expect, 16)}${pad(r.outcome, 16)}${pad(indep, 16)}${pad(Math.round(r.ms), 8)}${pad(r.risk, 8)}${r.fixers || "–"}`,
  );
}
const healable = rows.filter((r) => r.expect === "healed");
const healedOk = healable.filter((r) => r.outcome === "healed" && r.independent);
const falseHeals = rows.filter((r) => r.outcome === "healed" && !r.independent);
const wrongClaims = rows.filter((r) => r.expect !== "healed" && r.outcome === "healed");
const times = rows.map((r) => r.ms).sort((a, b) => a - b);
const q = (p) => Math.round(times[Math.min(times.length - 1, Math.floor(p * times.length))]);
console.log(
  `\nheal rate (healable scenarios, proven on a clean clone): ${healedOk.length}/${healable.length}`,
);
console.log(`false heals (claimed healed, CI still fails on a clean clone): ${falseHeals.length}`);
console.log(
  `healed claims on scenarios that need a person: ${wrongClaims.length}/${rows.length - healable.length}`,
);
console.log(`expected outcome met: ${rows.filter((r) => r.met).length}/${rows.length}`);
console.log(
  `heal wall time per scenario: median ${q(0.5)} ms, p90 ${q(0.9)} ms, max ${Math.round(times.at(-1) ?? 0)} ms`,
);
process.exit(falseHeals.length || wrongClaims.length ? 1 : 0);
