import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { analyzeText } from "../../analysis/analyze.js";
import { nodeRunner, type CommandRunner } from "../../healing/exec.js";
import { heal } from "../../healing/heal.js";
import { renderReport } from "../../healing/proposal.js";
import { ConfigurationError } from "../../util/errors.js";
import { parseArgs } from "../args.js";
import type { CliCommand } from "../types.js";

/** One broken project per toolchain; the demo uses every one whose tools are installed. */
interface DemoProject {
  name: string;
  /** Programs that must be on PATH. */
  needs: string[];
  files: Record<string, string>;
  /** What CI runs; it fails on the files above. */
  ci: string;
}

export const DEMO_PROJECTS: DemoProject[] = [
  {
    name: "python",
    needs: ["black", "flake8", "isort"],
    files: {
      "app/__init__.py": "",
      "app/shop.py":
        "import sys\nimport os\nimport json\n\ndef total( prices,tax ):\n    return round(sum(prices)*(1+tax),2)\n\nprint(total([1,2],0.2), file=sys.stderr)\n",
      "setup.cfg": "[flake8]\nmax-line-length = 120\n",
      "pyproject.toml": '[tool.isort]\nprofile = "black"\n',
    },
    ci: "isort --check-only app && black --check app && flake8 app",
  },
  {
    name: "go",
    needs: ["go", "gofmt"],
    files: {
      "go.mod": "module example.com/demo\n\ngo 1.19\n",
      "main.go":
        'package main\n\nimport (\n\t"fmt"\n\t"os"\n\t"strings"\n)\n\nfunc main() {\nfmt.Println(strings.ToUpper( "ok" ))\n}\n',
    },
    ci: 'go build ./... && test -z "$(gofmt -l .)" || { gofmt -l .; exit 1; }',
  },
];

async function available(runner: CommandRunner, bins: string[], cwd: string): Promise<boolean> {
  for (const b of bins) {
    const r = await runner.run("sh", ["-c", `command -v "$0"`, b], { cwd, timeoutMs: 10_000 });
    if (r.exitCode !== 0) return false;
  }
  return true;
}

export const demoCommand: CliCommand = {
  name: "demo",
  summary: "Break a small project, analyze its CI output and heal it, end to end, offline",
  usage: `Usage: autodev demo [--keep] [--only <name>]

Creates throwaway git repositories (Python with black/isort/flake8, Go with gofmt, each when its
tools are installed), runs their failing CI command, analyzes the output, heals the checkout,
verifies the fix with the same command and prints the report and the patch.

  --keep          Keep the temporary repositories and print where they are.
  --only <name>   Run one demo project: ${DEMO_PROJECTS.map((p) => p.name).join(" or ")}.`,
  async run(io) {
    const { flags } = parseArgs(io.argv, { values: ["only"], booleans: ["keep"] });
    const only = flags.get("only");
    const projects = DEMO_PROJECTS.filter((p) => typeof only !== "string" || p.name === only);
    if (projects.length === 0)
      throw new ConfigurationError(
        `--only ${String(only)}: no such demo. Expected one of: ${DEMO_PROJECTS.map((p) => p.name).join(", ")}.`,
      );
    const runner = nodeRunner(io.env);
    const root = mkdtempSync(join(tmpdir(), "autodev-demo-"));
    const out = (s: string) => io.stdout.write(s.endsWith("\n") ? s : `${s}\n`);
    let healed = 0;
    let ran = 0;
    try {
      for (const project of projects) {
        const dir = join(root, project.name);
        mkdirSync(dir, { recursive: true });
        if (!(await available(runner, project.needs, dir))) {
          out(`· ${project.name}: skipped (needs ${project.needs.join(", ")} on PATH)\n`);
          continue;
        }
        ran++;
        for (const [path, content] of Object.entries(project.files)) {
          mkdirSync(dirname(join(dir, path)), { recursive: true });
          writeFileSync(join(dir, path), content);
        }
        const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, stdio: "ignore" });
        git("init", "-q");
        git("add", "-A");
        git(
          "-c",
          "user.name=autodev demo",
          "-c",
          "user.email=demo@example.invalid",
          "commit",
          "-q",
          "-m",
          "broken",
        );
        out(`━━ ${project.name}: CI runs  ${project.ci}`);
        const ci = await runner.run("sh", ["-c", project.ci], { cwd: dir, timeoutMs: 120_000 });
        const log = `${ci.stdout}\n${ci.stderr}`;
        out(
          `   exit ${ci.exitCode}; the log says:\n${log
            .trim()
            .split("\n")
            .slice(0, 12)
            .map((l) => `   │ ${l}`)
            .join("\n")}`,
        );
        const analysis = await analyzeText(log);
        out(`   analyze: ${analysis.failures.length} failure(s)`);
        for (const f of analysis.failures)
          out(`     - ${f.category} (${f.tool ?? "?"}, strategy ${f.strategy}): ${f.message}`);
        const { report, patch } = await heal({
          repoDir: dir,
          failures: analysis.failures,
          verifyCommand: project.ci,
          runner,
        });
        out(`   heal: ${report.outcome} in ${report.stats.durationMs} ms\n`);
        out(renderReport(report));
        if (patch) out(`${patch}\n`);
        if (report.outcome === "healed") healed++;
      }
      out(
        `Healed ${healed} of ${ran} demo project(s).${flags.has("keep") ? ` Repositories kept in ${root}` : ""}`,
      );
      return ran > 0 && healed === ran ? 0 : 1;
    } finally {
      if (!flags.has("keep")) rmSync(root, { recursive: true, force: true });
    }
  },
};
