import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { analyzeText } from "../../src/analysis/analyze.js";
import { nodeRunner, type CommandRunner } from "../../src/healing/exec.js";
import { heal } from "../../src/healing/heal.js";
import { cleanupRepos, git, makeRepo } from "./helpers.js";

/**
 * The dependency fixers with hostile input: a manifest that is a symlink to a file outside the
 * checkout, and logs whose names or versions are not what a package manager would print.
 * Nothing may be written outside the repo, and nothing from the log may reach a command line.
 */

const outside = mkdtempSync(join(tmpdir(), "autodev-outside-"));
afterAll(() => rmSync(outside, { recursive: true, force: true }));
afterEach(cleanupRepos);

/** Records npm and go calls and answers them; git (heal's own bookkeeping) runs for real. */
function recorder(fail?: RegExp): CommandRunner & { calls: string[][] } {
  const calls: string[][] = [];
  const real = nodeRunner();
  return {
    calls,
    run: async (file, args, o) => {
      if (file === "git") return real.run(file, args, o);
      calls.push([file, ...args]);
      if (fail?.test([file, ...args].join(" ")))
        return { exitCode: 1, stdout: "", stderr: "network unreachable", timedOut: false };
      // A registry that lists versions for anything asked: only the guards can stop the fixers.
      if (file === "npm")
        return { exitCode: 0, stdout: '["1.0.0","1.4.2","2.0.0"]', stderr: "", timedOut: false };
      if (file === "go")
        return { exitCode: 0, stdout: "example.com/calc v1.0.0 v1.2.0", stderr: "", timedOut: false };
      return { exitCode: 0, stdout: "", stderr: "", timedOut: false };
    },
  };
}

async function healLog(dir: string, log: string, runner = recorder()) {
  const { failures } = await analyzeText(log);
  expect(failures.length).toBeGreaterThan(0);
  const result = await heal({ repoDir: dir, failures, runner });
  return { ...result, calls: runner.calls };
}

describe("dependency fixers never write through a symlink", () => {
  it("requirements.txt pointing outside the repo", async () => {
    const target = join(outside, "requirements.txt");
    writeFileSync(target, "tinycalc==1.5\n");
    const dir = makeRepo({ "setup.cfg": "" });
    symlinkSync(target, join(dir, "requirements.txt"));
    git(dir, "add", "requirements.txt");
    git(dir, "commit", "-qm", "link");
    const { report } = await healLog(
      dir,
      "ERROR: Could not find a version that satisfies the requirement tinycalc==1.5 (from versions: 1.0, 1.2)\nERROR: No matching distribution found for tinycalc==1.5\n",
    );
    expect(report.attempts.some((a) => a.status === "fixed")).toBe(false);
    expect(readFileSync(target, "utf8")).toBe("tinycalc==1.5\n");
  });

  it("a requirements/ folder pointing outside the repo", async () => {
    const folder = mkdtempSync(join(outside, "reqs-"));
    writeFileSync(join(folder, "base.txt"), "tinycalc==1.5\n");
    const dir = makeRepo({ "requirements.txt": "-r requirements/base.txt\n" });
    symlinkSync(folder, join(dir, "requirements"));
    git(dir, "add", "requirements");
    git(dir, "commit", "-qm", "link");
    const { report } = await healLog(
      dir,
      "ERROR: Could not find a version that satisfies the requirement tinycalc==1.5 (from versions: 1.0, 1.2)\n",
    );
    expect(report.attempts[0]).toMatchObject({ fixer: "pip-pin-version", status: "skipped" });
    expect(readFileSync(join(folder, "base.txt"), "utf8")).toBe("tinycalc==1.5\n");
  });

  it("package.json pointing outside the repo", async () => {
    const target = join(outside, "package.json");
    writeFileSync(target, '{ "dependencies": { "tiny-math": "^1.5.0" } }\n');
    const dir = makeRepo({});
    symlinkSync(target, join(dir, "package.json"));
    git(dir, "add", "package.json");
    git(dir, "commit", "-qm", "link");
    const { report, calls } = await healLog(
      dir,
      "npm error code ETARGET\nnpm error notarget No matching version found for tiny-math@^1.5.0.\n",
    );
    expect(report.attempts[0]).toMatchObject({ fixer: "npm-pin-version", status: "skipped" });
    expect(calls).toEqual([]);
    expect(readFileSync(target, "utf8")).toBe('{ "dependencies": { "tiny-math": "^1.5.0" } }\n');
  });

  it("go.mod pointing outside the repo", async () => {
    const target = join(outside, "go.mod");
    writeFileSync(target, "module example.com/app\n\ngo 1.19\n\nrequire example.com/calc v1.2.5\n");
    const dir = makeRepo({});
    symlinkSync(target, join(dir, "go.mod"));
    git(dir, "add", "go.mod");
    git(dir, "commit", "-qm", "link");
    const { report, calls } = await healLog(
      dir,
      "go: example.com/calc@v1.2.5: reading https://proxy.golang.org/example.com/calc/@v/v1.2.5.info: 404 Not Found\n",
    );
    expect(report.attempts[0]).toMatchObject({ fixer: "go-pin-version", status: "skipped" });
    expect(calls).toEqual([]);
    expect(readFileSync(target, "utf8")).toMatch(/v1\.2\.5/);
  });
});

describe("dependency fixers with names no package manager prints", () => {
  it("runs nothing for an npm name that is an option or a URL", async () => {
    const dir = makeRepo({ "package.json": '{ "dependencies": { "--registry=http://x": "^1.5.0" } }\n' });
    const { calls } = await healLog(
      dir,
      "npm error code ETARGET\nnpm error notarget No matching version found for --registry=http://x@^1.5.0.\n",
    );
    expect(calls.filter((c) => c[0] === "npm")).toEqual([]);
    expect(git(dir, "status", "--porcelain")).toBe("");
  });

  it("runs nothing for a Go module path that is a flag", async () => {
    const dir = makeRepo({
      "go.mod": "module example.com/app\n\ngo 1.19\n\nrequire -modfile=/etc/x v1.2.5\n",
    });
    const { calls } = await healLog(
      dir,
      "go: -modfile=/etc/x@v1.2.5: invalid version: unknown revision v1.2.5\n",
    );
    expect(calls.filter((c) => c[0] === "go")).toEqual([]);
    expect(git(dir, "status", "--porcelain")).toBe("");
  });

  it("writes no version pip did not print as a version", async () => {
    const dir = makeRepo({ "requirements.txt": "tinycalc==1.5\n" });
    const { report } = await healLog(
      dir,
      "ERROR: Could not find a version that satisfies the requirement tinycalc==1.5 (from versions: 1.0 --index-url http://evil, $(id))\n",
    );
    expect(report.outcome).toBe("unfixable");
    expect(git(dir, "status", "--porcelain")).toBe("");
  });

  it("adds no package for a Node built-in, even one node reports missing under a subpath", async () => {
    const dir = makeRepo({ "package.json": '{ "name": "app" }\n', "src/a.js": 'import "node:sqlite2";\n' });
    const { report, calls } = await healLog(
      dir,
      "Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'fs/nope' imported from /w/src/a.js\n",
    );
    expect(report.attempts.every((a) => a.status !== "fixed")).toBe(true);
    expect(calls.filter((c) => c[0] === "npm")).toEqual([]);
    expect(git(dir, "status", "--porcelain")).toBe("");
  });
});

describe("npm fixers: what they act on", () => {
  it("reads pnpm's and yarn's wording of a missing version too", async () => {
    for (const line of [
      " ERR_PNPM_NO_MATCHING_VERSION  No matching version found for tiny-math@^1.5.0 while fetching it from https://registry.npmjs.org/",
      'error Couldn\'t find any versions for "tiny-math" that matches "^1.5.0"',
    ]) {
      const dir = makeRepo({ "package.json": '{\n  "dependencies": {\n    "tiny-math": "^1.5.0"\n  }\n}\n' });
      const { report, calls } = await healLog(dir, `${line}\n`);
      expect(report.attempts[0], line).toMatchObject({ fixer: "npm-pin-version", status: "fixed" });
      expect(calls[0]).toEqual(["npm", "view", "tiny-math", "versions", "--json"]);
      expect(readFileSync(join(dir, "package.json"), "utf8")).toBe(
        '{\n  "dependencies": {\n    "tiny-math": "^1.4.2"\n  }\n}\n',
      );
    }
  });

  it("adds nothing to the root package.json for an import inside a workspace package", async () => {
    const dir = makeRepo({
      "package.json": '{ "name": "root", "workspaces": ["packages/*"] }\n',
      "packages/a/package.json": '{ "name": "a" }\n',
      "packages/a/src/main.js": 'import "tiny-math";\n',
    });
    const { report } = await healLog(
      dir,
      `Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'tiny-math' imported from ${dir}/packages/a/src/main.js\n`,
    );
    const attempt = report.attempts.find((a) => a.fixer === "npm-add-dependency");
    expect(attempt?.status).toBe("skipped");
    expect(attempt?.detail).toMatch(/packages\/a\/package\.json/);
    expect(git(dir, "status", "--porcelain")).toBe("");
  });
});

describe("a manifest change the lockfile cannot follow is undone", () => {
  it("npm: package.json and package-lock.json go back when the lockfile cannot be regenerated", async () => {
    const pkg = '{\n  "dependencies": {\n    "tiny-math": "^1.5.0"\n  }\n}\n';
    const dir = makeRepo({ "package.json": pkg, "package-lock.json": '{ "lockfileVersion": 3 }\n' });
    const { report } = await healLog(
      dir,
      "npm error code ETARGET\nnpm error notarget No matching version found for tiny-math@^1.5.0.\n",
      recorder(/^npm install/),
    );
    expect(report.attempts[0]).toMatchObject({ fixer: "npm-pin-version", status: "skipped" });
    expect(report.attempts[0].detail).toMatch(/package\.json was restored: network unreachable/);
    expect(git(dir, "status", "--porcelain")).toBe("");
  });

  it("go: go.mod goes back when go mod tidy fails", async () => {
    const dir = makeRepo({
      "go.mod": "module example.com/app\n\ngo 1.19\n\nrequire example.com/calc v1.2.5\n",
    });
    const { report } = await healLog(
      dir,
      "go: example.com/calc@v1.2.5: invalid version: unknown revision v1.2.5\n",
      recorder(/^go mod tidy/),
    );
    expect(report.attempts[0]).toMatchObject({ fixer: "go-pin-version", status: "skipped" });
    expect(git(dir, "status", "--porcelain")).toBe("");
  });
});

describe("npm-add-dependency and local modules", () => {
  it("adds no registry package for a specifier that names a folder under tsconfig's baseUrl", async () => {
    const dir = makeRepo({
      "package.json": '{ "name": "app" }\n',
      "tsconfig.json": '{\n  // aliases\n  "compilerOptions": { "baseUrl": "./app" }\n}\n',
      "app/components/Button.ts": "export const Button = 1;\n",
      "app/main.ts": 'import { Button } from "components/Buton";\n',
    });
    const { report, calls } = await healLog(
      dir,
      "app/main.ts(1,24): error TS2307: Cannot find module 'components/Buton' or its corresponding type declarations.\n",
    );
    const attempt = report.attempts.find((a) => a.fixer === "npm-add-dependency");
    expect(attempt?.status).toBe("skipped");
    expect(attempt?.detail).toMatch(/local app\/components: a path alias/);
    expect(calls.filter((c) => c[0] === "npm")).toEqual([]);
    expect(git(dir, "status", "--porcelain")).toBe("");
  });
});
