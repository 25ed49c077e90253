import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { analyzeText } from "../../src/analysis/analyze.js";
import { nodeRunner } from "../../src/healing/exec.js";
import { heal } from "../../src/healing/heal.js";
import { cleanupRepos, exitCode, failure, git, makeRepo, toolOutput } from "./helpers.js";

afterEach(cleanupRepos);

describe("heal: unused imports", () => {
  it("removes exactly the names flake8 reports, keeps used ones, and flake8 then passes", async () => {
    const dir = makeRepo({
      "pkg/a.py":
        "import os, sys\nfrom typing import List, Dict as D, Any\nimport json\n\n\ndef f(x: Any) -> None:\n    print(sys.argv, x)\n",
    });
    const log = toolOutput(dir, "flake8", ["--select=F401", "pkg"]);
    expect(log.length).toBe(4);
    const { report } = await heal({
      repoDir: dir,
      failures: [failure({ tool: "flake8", category: "lint_error", strategy: "imports", excerpt: log })],
      verifyCommand: "flake8 --select=F401 pkg",
    });
    expect(report.outcome).toBe("healed");
    expect(report.attempts[0]).toMatchObject({ fixer: "python-unused-import", status: "fixed" });
    expect(readFileSync(join(dir, "pkg/a.py"), "utf8")).toBe(
      "import sys\nfrom typing import Any\n\n\ndef f(x: Any) -> None:\n    print(sys.argv, x)\n",
    );
  });

  it("leaves a parenthesised import it does not understand, and reports the attempt as skipped", async () => {
    const dir = makeRepo({ "b.py": "from os import (\n    path,\n    sep,\n)\n\nprint(sep)\n" });
    const log = toolOutput(dir, "flake8", ["--select=F401", "b.py"]);
    const { report } = await heal({
      repoDir: dir,
      failures: [failure({ tool: "flake8", strategy: "imports", excerpt: log })],
    });
    expect(report.attempts[0].status).toBe("skipped");
    expect(git(dir, "status", "--porcelain")).toBe("");
  });

  it("removes the TypeScript imports tsc reports unused (default, named, namespace, type), keeping used ones", async () => {
    const dir = makeRepo(
      {
        "tsconfig.json":
          '{ "compilerOptions": { "strict": true, "noEmit": true, "noUnusedLocals": true, "types": [], "module": "nodenext" }, "include": ["src"] }\n',
        "src/x.ts": "export const a = 1;\nexport const b = 2;\nexport default 3;\nexport type T = number;\n",
        "src/m.ts":
          'import D, { a, b as bee } from "./x.js";\nimport type { T } from "./x.js";\nimport * as ns from "./x.js";\n\nexport const y = a;\n',
      },
      { nodeModules: true },
    );
    const log = toolOutput(dir, "node_modules/.bin/tsc", ["-p", "."]);
    expect(log.filter((l) => l.includes("TS6133")).length).toBe(4);
    const { report } = await heal({
      repoDir: dir,
      failures: [failure({ tool: "tsc", category: "lint_error", strategy: "imports", excerpt: log })],
    });
    expect(report.attempts[0]).toMatchObject({ fixer: "ts-unused-import", status: "fixed" });
    expect(readFileSync(join(dir, "src/m.ts"), "utf8")).toBe(
      'import { a } from "./x.js";\n\nexport const y = a;\n',
    );
  });

  it("removes Go imports the compiler reports unused (plain and aliased), then go build passes", async () => {
    const dir = makeRepo({
      "go.mod": "module example.com/app\n\ngo 1.19\n",
      "main.go":
        'package main\n\nimport (\n\t"fmt"\n\t"os"\n\tstr "strings"\n)\n\nfunc main() {\n\tfmt.Println(1)\n}\n',
    });
    const log = toolOutput(dir, "go", ["build", "./..."]);
    expect(log.join("\n")).toMatch(/not used/);
    const { report } = await heal({
      repoDir: dir,
      failures: [failure({ tool: "go", category: "build_failure", strategy: "imports", excerpt: log })],
      verifyCommand: "go build ./...",
    });
    expect(report.files).toEqual(["main.go"]);
    expect(report.outcome).toBe("healed");
    expect(readFileSync(join(dir, "main.go"), "utf8")).not.toMatch(/"os"|strings/);
    expect(exitCode(dir, "go", ["vet", "./..."])).toBe(0);
  });
});

describe("heal: misspelt local imports", () => {
  it("renames a misspelt Python module to the one sibling a swap away", async () => {
    const dir = makeRepo({
      "app/__init__.py": "",
      "app/helpers.py": "def helper():\n    return 1\n",
      "app/main.py": "from app.helpres import helper\n\nprint(helper())\n",
    });
    const log = toolOutput(dir, "python3", ["-m", "app.main"]).join("\n");
    const { failures } = await analyzeText(log);
    const { report } = await heal({ repoDir: dir, failures, verifyCommand: "python3 -m app.main" });
    expect(report.outcome).toBe("healed");
    expect(readFileSync(join(dir, "app/main.py"), "utf8")).toBe(
      "from app.helpers import helper\n\nprint(helper())\n",
    );
  });

  it("fixes a Node ESM import from ERR_MODULE_NOT_FOUND, keeping the extension", async () => {
    const dir = makeRepo({
      "src/greeting.mjs": "export const greet = (n) => `hi ${n}`;\n",
      "src/main.mjs": 'import { greet } from "./greting.mjs";\nconsole.log(greet("ci"));\n',
    });
    const log = toolOutput(dir, process.execPath, ["src/main.mjs"]).join("\n");
    const { failures } = await analyzeText(log);
    const { report } = await heal({
      repoDir: dir,
      failures,
      verifyCommand: `"${process.execPath}" src/main.mjs`,
    });
    expect(report.outcome).toBe("healed");
    expect(readFileSync(join(dir, "src/main.mjs"), "utf8")).toContain('from "./greeting.mjs"');
  });

  it("writes a sibling name holding `$&` literally, not as a replacement pattern", async () => {
    const dir = makeRepo({
      "src/$&util.mjs": "export const one = 1;\n",
      "src/main.mjs": 'import { one } from "./$&utl.mjs";\nconsole.log(one);\n',
    });
    const log = toolOutput(dir, process.execPath, ["src/main.mjs"]).join("\n");
    const { failures } = await analyzeText(log);
    const { report } = await heal({
      repoDir: dir,
      failures,
      verifyCommand: `"${process.execPath}" src/main.mjs`,
    });
    expect(report.outcome).toBe("healed");
    expect(readFileSync(join(dir, "src/main.mjs"), "utf8")).toContain('from "./$&util.mjs"');
  });

  it("leaves the import alone when two siblings are equally close", async () => {
    const dir = makeRepo({
      "app/__init__.py": "",
      "app/utila.py": "",
      "app/utilb.py": "",
      "app/main.py": "import app.utilc\n",
    });
    const log = toolOutput(dir, "python3", ["-m", "app.main"]).join("\n");
    const { failures } = await analyzeText(log);
    const { report } = await heal({ repoDir: dir, failures });
    expect(report.attempts.find((a) => a.fixer === "module-typo")?.status).toBe("skipped");
    expect(git(dir, "status", "--porcelain")).toBe("");
  });
});

describe("heal: dependency drift", () => {
  it("syncs package-lock.json with package.json (npm ci's own check proves it)", async () => {
    const dir = makeRepo({
      "lib/package.json": '{ "name": "lib", "version": "1.0.0" }\n',
      "package.json": '{ "name": "app", "version": "1.0.0" }\n',
    });
    toolOutput(dir, "npm", ["install", "--package-lock-only", "--ignore-scripts", "--no-audit", "--no-fund"]);
    git(dir, "add", "package-lock.json");
    git(dir, "commit", "-q", "-m", "lock");
    // Someone adds a dependency to the manifest without updating the lock.
    const pkg = '{ "name": "app", "version": "1.0.0", "dependencies": { "lib": "file:./lib" } }\n';
    writeFileSync(join(dir, "package.json"), pkg);
    git(dir, "commit", "-q", "-am", "add lib");
    const log = toolOutput(dir, "npm", ["ci", "--dry-run", "--ignore-scripts"]);
    expect(log.join("\n")).toMatch(/in sync/);
    const { report } = await heal({
      repoDir: dir,
      failures: [
        failure({ tool: "npm", category: "dependency_error", strategy: "dependencies", excerpt: log }),
      ],
    });
    expect(report.attempts[0]).toMatchObject({ fixer: "npm-lock-sync", status: "fixed" });
    expect(report.files).toEqual(["package-lock.json"]);
    expect(report.risk).toBe("review");
    expect(
      JSON.parse(readFileSync(join(dir, "package-lock.json"), "utf8")).packages["node_modules/lib"],
    ).toBeDefined();
  });

  it("syncs npm-shrinkwrap.json when that is the repo's only lockfile", async () => {
    const dir = makeRepo({
      "lib/package.json": '{ "name": "lib", "version": "1.0.0" }\n',
      "package.json": '{ "name": "app", "version": "1.0.0" }\n',
    });
    toolOutput(dir, "npm", ["install", "--package-lock-only", "--ignore-scripts", "--no-audit", "--no-fund"]);
    toolOutput(dir, "npm", ["shrinkwrap", "--ignore-scripts"]);
    expect(existsSync(join(dir, "package-lock.json"))).toBe(false);
    git(dir, "add", "npm-shrinkwrap.json");
    git(dir, "commit", "-q", "-m", "lock");
    const pkg = '{ "name": "app", "version": "1.0.0", "dependencies": { "lib": "file:./lib" } }\n';
    writeFileSync(join(dir, "package.json"), pkg);
    git(dir, "commit", "-q", "-am", "add lib");
    const log = toolOutput(dir, "npm", ["ci", "--dry-run", "--ignore-scripts"]);
    expect(log.join("\n")).toMatch(/npm-shrinkwrap\.json are in sync/);
    const { report } = await heal({
      repoDir: dir,
      failures: [
        failure({ tool: "npm", category: "dependency_error", strategy: "dependencies", excerpt: log }),
      ],
    });
    expect(report.attempts[0]).toMatchObject({ fixer: "npm-lock-sync", status: "fixed" });
    expect(report.files).toEqual(["npm-shrinkwrap.json"]);
    expect(
      JSON.parse(readFileSync(join(dir, "npm-shrinkwrap.json"), "utf8")).packages["node_modules/lib"],
    ).toBeDefined();
  });

  it("runs go mod tidy for a missing requirement and go build passes", async () => {
    const dir = makeRepo({
      "lib/go.mod": "module example.com/lib\n\ngo 1.19\n",
      "lib/lib.go": "package lib\n\nfunc X() int { return 1 }\n",
      "go.mod": "module example.com/app\n\ngo 1.19\n\nreplace example.com/lib => ./lib\n",
      "main.go":
        'package main\n\nimport (\n\t"fmt"\n\n\t"example.com/lib"\n)\n\nfunc main() {\n\tfmt.Println(lib.X())\n}\n',
    });
    const log = toolOutput(dir, "go", ["build", "./..."]);
    expect(log.join("\n")).toMatch(/to add it/);
    const { report } = await heal({
      repoDir: dir,
      failures: [
        failure({ tool: "go", category: "dependency_error", strategy: "dependencies", excerpt: log }),
      ],
      verifyCommand: "go build ./...",
      // Offline: the dependency is a local replace, so tidy must not need the module proxy.
      runner: nodeRunner({ ...process.env, GOPROXY: "off" }),
    });
    expect(report.outcome).toBe("healed");
    expect(readFileSync(join(dir, "go.mod"), "utf8")).toMatch(/require example\.com\/lib/);
  });
});
