// Generates the Python, shell, timeout and infrastructure corpus (py-*, sh-*, infra-*) by running
// the real tools on small broken projects. Re-runnable: `node bench/corpus/gen-py.mjs [name-filter]`.
// Needs Debian's python3 with pytest, flake8, black, isort, mypy; shellcheck; a python3 with pip
// on PATH (pip runs against a local index, never the network); curl, git, GNU timeout.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateCase } from "./py-run.mjs";
import { testCases } from "./py-cases-test.mjs";
import { codeCases } from "./py-cases-code.mjs";
import { toolCases } from "./py-cases-tools.mjs";
import { infraCases, passingCases } from "./py-cases-infra.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const outRoot = join(here, "../../test/fixtures/corpus");
const filter = process.argv[2];

// Wheels built by hand (a wheel is a zip with METADATA, WHEEL and RECORD), so pip's resolver,
// version matching and hash checks run for real without PyPI.
const WHEELS = [
  ["shop-utils", "1.0.0", []],
  ["shop-utils", "1.1.0", []],
  ["shop-a", "1.0.0", ["shop-c<2"]],
  ["shop-b", "1.0.0", ["shop-c>=2"]],
  ["shop-c", "1.0.0", []],
  ["shop-c", "2.0.0", []],
  ["shop-new", "1.0.0", []],
  ["shop-new", "2.0.0", [], ">=3.99"],
];

const MAKE_WHEEL = `
import base64, hashlib, json, os, sys, zipfile
out, specs = sys.argv[1], json.loads(sys.argv[2])
for name, version, deps, *rest in specs:
    mod = name.replace("-", "_")
    dist = f"{mod}-{version}.dist-info"
    meta = f"Metadata-Version: 2.1\\nName: {name}\\nVersion: {version}\\n"
    meta += "".join(f"Requires-Dist: {d}\\n" for d in deps)
    if rest:
        meta += f"Requires-Python: {rest[0]}\\n"
    files = {f"{mod}/__init__.py": "", f"{dist}/METADATA": meta,
             f"{dist}/WHEEL": "Wheel-Version: 1.0\\nGenerator: hand\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n"}
    def h(s):
        return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(s.encode()).digest()).rstrip(b"=").decode()
    record = "".join(f"{p},{h(c)},{len(c)}\\n" for p, c in files.items()) + f"{dist}/RECORD,,\\n"
    for d in (os.path.join(out, "simple", name), os.path.join(out, "flat")):
        os.makedirs(d, exist_ok=True)
        with zipfile.ZipFile(os.path.join(d, f"{mod}-{version}-py3-none-any.whl"), "w") as z:
            for p, c in {**files, f"{dist}/RECORD": record}.items():
                z.writestr(zipfile.ZipInfo(p, (2024, 1, 1, 0, 0, 0)), c)
`;

function findPipPython() {
  for (const p of (process.env.PATH ?? "").split(":").map((d) => join(d, "python3"))) {
    // Debian's pip refuses installs outside a venv (PEP 668); one case wants exactly that refusal.
    if (p.startsWith("/usr/bin") || p.startsWith("/bin")) continue;
    const r = spawnSync(p, ["-c", "import pip, sys; print(sys.executable)"], { encoding: "utf8" });
    if (r.status === 0) return dirname(r.stdout.trim());
  }
  return null;
}

// ruff is not a Debian package here: take it from a local wheel index when the machine has one
// (pip's own configuration), else skip the ruff cases. Set RUFF=/path/to/ruff to use another.
function findRuff(work, pipDir) {
  if (process.env.RUFF) return process.env.RUFF;
  if (!pipDir) return null;
  const target = join(work, "pytools");
  const r = spawnSync(
    join(pipDir, "python3"),
    [
      "-m",
      "pip",
      "install",
      "-q",
      "--no-deps",
      "--retries",
      "0",
      "--timeout",
      "5",
      "--target",
      target,
      "ruff",
    ],
    { encoding: "utf8", timeout: 120_000 },
  );
  return r.status === 0 ? join(target, "bin", "ruff") : null;
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), "py-corpus-index-"));
  const wheels = join(work, "wheels");
  mkdirSync(wheels);
  writeFileSync(join(work, "make_wheel.py"), MAKE_WHEEL);
  const mk = spawnSync("/usr/bin/python3", [join(work, "make_wheel.py"), wheels, JSON.stringify(WHEELS)], {
    encoding: "utf8",
  });
  if (mk.status !== 0) throw new Error(`wheel build failed: ${mk.stderr}`);
  const server = spawn("/usr/bin/python3", ["-m", "http.server", "--bind", "127.0.0.1", "0"], {
    cwd: wheels,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const port = await new Promise((resolve, reject) => {
    const onData = (b) => {
      const m = /port (\d+)/.exec(b.toString());
      if (m) resolve(Number(m[1]));
    };
    server.stdout.on("data", onData);
    server.stderr.on("data", onData);
    server.on("exit", () => reject(new Error("index server exited")));
  });
  const pipDir = findPipPython();
  const baseEnv = {
    PATH: "/usr/bin:/bin",
    HOME: work,
    LANG: "C.UTF-8",
    PYTHONDONTWRITEBYTECODE: "1",
    PIP_CONFIG_FILE: "/dev/null",
    INDEX: `http://127.0.0.1:${port}/simple`,
    WHEELS: join(wheels, "flat"),
  };
  if (pipDir) baseEnv.PATH = `${pipDir}:${baseEnv.PATH}`;
  const ruff = findRuff(work, pipDir);
  if (ruff) baseEnv.RUFF = ruff;
  else console.log("ruff not available: ruff cases skipped");
  // Debian's tools must win for everything but pip: call them by absolute path in the cases.
  const all = [...testCases, ...codeCases, ...toolCases, ...infraCases, ...passingCases];
  const results = [];
  const failed = [];
  try {
    for (const c of all) {
      if (filter && !c.name.includes(filter)) continue;
      if (c.needs === "ruff" && !ruff) continue;
      const env = { ...baseEnv, PATH: c.tool === "pip" ? baseEnv.PATH : "/usr/bin:/bin" };
      try {
        results.push(generateCase(c, { outRoot, baseEnv: env }));
      } catch (e) {
        failed.push(c.name);
        console.error(String(e.message ?? e).slice(0, 3000));
      }
    }
  } finally {
    server.kill();
    rmSync(work, { recursive: true, force: true });
  }
  for (const r of results) console.log(`${r.name.padEnd(34)} exit=${r.exit} keyLines=${r.keyLines}`);
  console.log(`${results.length} cases`);
  if (failed.length) {
    console.error(`FAILED: ${failed.join(", ")}`);
    process.exitCode = 1;
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
