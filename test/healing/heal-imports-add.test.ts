import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { analyzeText } from "../../src/analysis/analyze.js";
import { heal } from "../../src/healing/heal.js";
import { cleanupRepos, exitCode, git, makeRepo, toolOutput } from "./helpers.js";

afterEach(cleanupRepos);

// Node's types only where the test needs a built-in: they make tsc several times slower.
const tsconfig = (types: string[]) =>
  JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, skipLibCheck: true, types, module: "nodenext" },
    include: ["src"],
  });

/** Runs the CI command the way CI would, analyzes its real output and heals with that command as the proof. */
async function healWith(dir: string, file: string, args: string[], verifyCommand: string) {
  const log = toolOutput(dir, file, args).join("\n");
  const { failures } = await analyzeText(log);
  expect(failures.length).toBeGreaterThan(0);
  return heal({ repoDir: dir, failures, verifyCommand });
}

describe("heal: add a missing import", () => {
  it("TypeScript: imports a repo export (value and type) and a Node built-in, in the file's .js style", async () => {
    const dir = makeRepo(
      {
        "tsconfig.json": tsconfig(["node"]),
        "src/util.ts": "export function slugify(s: string): string {\n  return s.toLowerCase();\n}\n",
        "src/types.ts": "export interface Options {\n  upper: boolean;\n}\n",
        "src/app/main.ts":
          'import { join } from "node:path";\n\nconst o: Options = { upper: false };\nexport const x = join(slugify("A"), readFileSync("/etc/hostname", "utf8"), String(o.upper));\n',
      },
      { nodeModules: true },
    );
    const { report } = await healWith(dir, "node_modules/.bin/tsc", ["-p", "."], "tsc -p .");
    expect(report.outcome).toBe("healed");
    expect(report.attempts.find((a) => a.fixer === "add-missing-import")?.status).toBe("fixed");
    expect(readFileSync(join(dir, "src/app/main.ts"), "utf8")).toBe(
      'import { join } from "node:path";\nimport type { Options } from "../types.js";\nimport { slugify } from "../util.js";\nimport { readFileSync } from "node:fs";\n\nconst o: Options = { upper: false };\nexport const x = join(slugify("A"), readFileSync("/etc/hostname", "utf8"), String(o.upper));\n',
    );
    expect(exitCode(dir, "node_modules/.bin/tsc", ["-p", "."])).toBe(0);
  });

  it("TypeScript: a default-exported component gets a default import, extensionless without NodeNext", async () => {
    const dir = makeRepo(
      {
        "tsconfig.json": JSON.stringify({
          compilerOptions: {
            strict: true,
            noEmit: true,
            skipLibCheck: true,
            types: [],
            module: "esnext",
            moduleResolution: "bundler",
          },
          include: ["src"],
        }),
        "src/ui/Badge.ts":
          "export default function Badge(text: string): string {\n  return `[${text}]`;\n}\n",
        "src/page.ts": 'export const title = Badge("new");\n',
      },
      { nodeModules: true },
    );
    const { report } = await healWith(dir, "node_modules/.bin/tsc", ["-p", "."], "tsc -p .");
    expect(report.outcome).toBe("healed");
    expect(readFileSync(join(dir, "src/page.ts"), "utf8")).toBe(
      'import Badge from "./ui/Badge";\n\nexport const title = Badge("new");\n',
    );
  });

  it("TypeScript: a name two repo modules export is left alone, the tree unchanged", async () => {
    const dir = makeRepo(
      {
        "tsconfig.json": tsconfig([]),
        "src/a.ts": "export const limit = 1;\n",
        "src/b.ts": "export const limit = 2;\n",
        "src/main.ts": "export const y = limit + 1;\n",
      },
      { nodeModules: true },
    );
    const { report } = await healWith(dir, "node_modules/.bin/tsc", ["-p", "."], "tsc -p .");
    expect(report.outcome).not.toBe("healed");
    const attempt = report.attempts.find((a) => a.fixer === "add-missing-import");
    expect(attempt?.status).toBe("skipped");
    expect(attempt?.detail).toContain("2 modules export it");
    expect(git(dir, "status", "--porcelain")).toBe("");
  });

  it("Python: `import X` for a stdlib module, `from M import X` for a common stdlib name, after the docstring", async () => {
    const dir = makeRepo({
      "pkg/__init__.py": "",
      "pkg/shop.py":
        '"""Shop."""\nfrom __future__ import annotations\n\n\ndef f(a):\n    return OrderedDict(a=sys.argv, b=Path(a))\n',
    });
    const { report } = await healWith(dir, "flake8", ["pkg"], "flake8 pkg");
    expect(report.outcome).toBe("healed");
    expect(readFileSync(join(dir, "pkg/shop.py"), "utf8")).toBe(
      '"""Shop."""\nfrom __future__ import annotations\nfrom collections import OrderedDict\nimport sys\nfrom pathlib import Path\n\n\ndef f(a):\n    return OrderedDict(a=sys.argv, b=Path(a))\n',
    );
  });

  it("TypeScript: a file with CRLF line ends gets its import with CRLF too", async () => {
    const dir = makeRepo(
      {
        "tsconfig.json": tsconfig(["node"]),
        "src/main.ts":
          'import { join } from "node:path";\r\n\r\nexport const x = join("a", readFileSync("/etc/hostname", "utf8"));\r\n',
      },
      { nodeModules: true },
    );
    const { report } = await healWith(dir, "node_modules/.bin/tsc", ["-p", "."], "tsc -p .");
    expect(report.outcome).toBe("healed");
    expect(readFileSync(join(dir, "src/main.ts"), "utf8")).toBe(
      'import { join } from "node:path";\r\nimport { readFileSync } from "node:fs";\r\n\r\nexport const x = join("a", readFileSync("/etc/hostname", "utf8"));\r\n',
    );
  });

  it("Python: a NameError from a traceback gets its import", async () => {
    const dir = makeRepo({ "run.py": "print(json.dumps([1]))\n" });
    const { report } = await healWith(dir, "python3", ["run.py"], "python3 run.py");
    expect(report.outcome).toBe("healed");
    expect(readFileSync(join(dir, "run.py"), "utf8")).toBe("import json\n\nprint(json.dumps([1]))\n");
  });

  it("Python: a NameError inside a pytest test gets its import in the test file", async () => {
    const dir = makeRepo({ "tests/test_a.py": "def test_dump():\n    assert json.dumps(1) == '1'\n" });
    const { report } = await healWith(
      dir,
      "python3",
      ["-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
      "python3 -m pytest -q -p no:cacheprovider tests",
    );
    expect(report.outcome).toBe("healed");
    expect(readFileSync(join(dir, "tests/test_a.py"), "utf8")).toBe(
      "import json\n\ndef test_dump():\n    assert json.dumps(1) == '1'\n",
    );
  });

  it("Python: a NameError raised in a module a test calls is fixed there, not in the test file too", async () => {
    const dir = makeRepo({
      "app/__init__.py": "",
      "app/paths.py":
        'def home():\n    return Path.home() / ".cfg"\n\n\ndef cwd():\n    return os.getcwd()\n',
      "test_paths.py":
        'from app.paths import cwd, home\n\n\ndef test_home():\n    assert str(home()).endswith(".cfg")\n\n\ndef test_cwd():\n    assert cwd()\n',
    });
    const { report } = await healWith(
      dir,
      "python3",
      ["-m", "pytest", "-q", "-p", "no:cacheprovider"],
      "python3 -m pytest -q -p no:cacheprovider",
    );
    expect(report.outcome).toBe("healed");
    expect(report.files).toEqual(["app/paths.py"]);
    expect(readFileSync(join(dir, "test_paths.py"), "utf8")).not.toContain("import os");
  });

  it("Python: a name no single stdlib module exports is left alone", async () => {
    const dir = makeRepo({ "a.py": "x = frobnicate(1)\n" });
    const { report } = await healWith(dir, "flake8", ["a.py"], "flake8 a.py");
    expect(report.outcome).not.toBe("healed");
    expect(git(dir, "status", "--porcelain")).toBe("");
  });

  it("Go: a standard-library package gets an import, gofmt-ed into the block", async () => {
    const dir = makeRepo({
      "go.mod": "module example.com/x\n\ngo 1.19\n",
      "main.go": 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println(strings.ToUpper("a"))\n}\n',
    });
    const { report } = await healWith(dir, "go", ["build", "./..."], "go build ./...");
    expect(report.outcome).toBe("healed");
    expect(readFileSync(join(dir, "main.go"), "utf8")).toBe(
      'package main\n\nimport (\n\t"fmt"\n\t"strings"\n)\n\nfunc main() {\n\tfmt.Println(strings.ToUpper("a"))\n}\n',
    );
  });

  it("Go monorepo: the service the CI command builds is healed, not its namesake in another service", async () => {
    const broken =
      'package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc main() {\n\tfmt.Println(strings.ToUpper("a"))\n}\n';
    const dir = makeRepo({
      "services/api/go.mod": "module example.com/api\n\ngo 1.19\n",
      "services/api/main.go": broken,
      "services/web/go.mod": "module example.com/web\n\ngo 1.19\n",
      "services/web/main.go": broken,
    });
    const ci = "cd services/api && go build ./...";
    const { failures } = await analyzeText(toolOutput(dir, "sh", ["-c", ci]).join("\n"));
    const { report } = await heal({ repoDir: dir, failures, verifyCommand: ci });
    expect(report.outcome).toBe("healed");
    expect(report.files).toEqual(["services/api/main.go"]);
    expect(readFileSync(join(dir, "services/api/main.go"), "utf8")).toBe(
      'package main\n\nimport (\n\t"fmt"\n\t"strings"\n)\n\nfunc main() {\n\tfmt.Println(strings.ToUpper("a"))\n}\n',
    );
    expect(readFileSync(join(dir, "services/web/main.go"), "utf8")).toBe(broken);
  });

  it("Go: a package name two std packages share (rand) is left alone", async () => {
    const dir = makeRepo({
      "go.mod": "module example.com/x\n\ngo 1.19\n",
      "main.go": "package main\n\nfunc main() {\n\t_ = rand.Int()\n}\n",
    });
    const { report } = await healWith(dir, "go", ["build", "./..."], "go build ./...");
    expect(report.outcome).not.toBe("healed");
    expect(git(dir, "status", "--porcelain")).toBe("");
  });
});
