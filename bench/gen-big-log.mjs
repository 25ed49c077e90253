// Writes a big, realistic GitHub Actions job log for the speed benchmark (never committed: write it
// under /tmp). Mostly noise a real job prints (installs, compiler chatter, passing tests, progress
// bars with lone CR, ANSI colour, a few very long minified lines, red herrings such as "0 errors"
// and package names containing "error"), a failing step near the end, then the exit marker.
//
//   node bench/gen-big-log.mjs --size 1g --out /tmp/big.log [--seed 1]
import { openSync, writeSync, closeSync } from "node:fs";

function parseSize(s) {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)i?b?$/i.exec(String(s));
  if (!m) throw new Error(`--size ${s}: expected a number with an optional k/m/g suffix`);
  return Math.round(Number(m[1]) * { "": 1, k: 1024, m: 1 << 20, g: 1 << 30 }[m[2].toLowerCase()]);
}

function args(argv) {
  const out = { size: "10m", out: "/tmp/autodev-big.log", seed: "1" };
  for (let i = 0; i < argv.length; i += 2) out[argv[i].replace(/^--/, "")] = argv[i + 1];
  return { size: parseSize(out.size), out: out.out, seed: Number(out.seed) };
}

// Small deterministic PRNG (mulberry32) so the same seed gives the same log.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PKGS = [
  "lodash",
  "react",
  "typescript",
  "@babel/core",
  "error-ex",
  "is-error",
  "webpack",
  "eslint-plugin-import",
  "source-map-support",
  "fail-fast",
  "chalk",
  "debug",
  "ms",
  "semver",
  "glob",
  "minimatch",
  "@types/node",
  "vite",
  "rollup",
  "esbuild",
  "postcss",
  "jest-worker",
  "pretty-format",
  "stack-utils",
  "error-stack-parser",
];
const WORDS =
  "build compile module bundle chunk asset cache resolve emit transform render layout parse route".split(" ");
const FILES = [
  "src/index.ts",
  "src/app/main.ts",
  "src/lib/util.ts",
  "src/components/Button.tsx",
  "pkg/server/handler.go",
];

function makeNoise(r) {
  const pick = (a) => a[Math.floor(r() * a.length)];
  const n = () => Math.floor(r() * 1000);
  const gens = [
    [
      20,
      () => `npm http fetch GET 200 https://registry.npmjs.org/${pick(PKGS)} ${n()}ms (cache revalidated)`,
    ],
    [10, () => `Downloading ${pick(PKGS)}-${n() % 9}.${n() % 20}.${n() % 10}.tgz (${n()} kB)`],
    [
      16,
      () =>
        `  \x1b[32m✓\x1b[39m ${pick(FILES).replace(/\.\w+$/, "")}.test.ts > ${pick(WORDS)} ${pick(WORDS)} works \x1b[2m(${n()} ms)\x1b[22m`,
    ],
    [
      12,
      () =>
        `[${n()}/${n() + 1000}] Compiling ${pick(WORDS)}_${n()} v0.${n() % 30}.${n() % 9} (/home/runner/.cargo/registry/src/${pick(WORDS)})`,
    ],
    [
      10,
      () =>
        `webpack ${pick(WORDS)} ${pick(FILES)} ${n()} KiB [emitted] [${pick(WORDS)}] (name: ${pick(WORDS)})`,
    ],
    [6, () => `DEBUG ${pick(WORDS)}: ${pick(WORDS)} ${pick(WORDS)} in ${n()}ms, cache hit ratio 0.${n()}`],
    [
      4,
      () =>
        `npm WARN deprecated ${pick(PKGS)}@${n() % 9}.0.0: this version is no longer supported, please upgrade`,
    ],
    [3, () => `  ${n()} passing (${n()}ms)`],
    [3, () => `Found 0 errors. Watching for file changes.`],
    [2, () => `warning: unused variable \`${pick(WORDS)}\` in ${pick(FILES)}:${n()}:${n() % 80}`],
    [
      2,
      () =>
        `${pick(WORDS)} ${"█".repeat(n() % 40)}${"░".repeat(40 - (n() % 40))} ${n() % 100}%\r${pick(WORDS)} ${"█".repeat(40)} 100%`,
    ],
    [8, () => ``],
    [
      4,
      () =>
        `    at ${pick(WORDS)}.${pick(WORDS)} (/home/runner/work/app/app/node_modules/${pick(PKGS)}/lib/index.js:${n()}:${n() % 80})`,
    ],
  ];
  const total = gens.reduce((s, [w]) => s + w, 0);
  return () => {
    let x = r() * total;
    for (const [w, g] of gens) if ((x -= w) < 0) return g();
    return gens[0][1]();
  };
}

function longLine(r, len) {
  // Minified JS / JSON dumped on one line: no newline for a very long stretch.
  let s = "";
  while (s.length < len)
    s += `{"id":${Math.floor(r() * 1e9)},"name":"item${Math.floor(r() * 1e6)}","tags":["a","b"]},`;
  return `var __data=[${s.slice(0, len)}];`;
}

function main() {
  const { size, out, seed } = args(process.argv.slice(2));
  const r = rng(seed);
  const noise = makeNoise(r);
  const fd = openSync(out, "w");
  let written = 0;
  let sec = 0;
  const ts = () => {
    sec++;
    const t = new Date(Date.UTC(2026, 10, 20, 10, 0, 0) + sec * 7);
    return t.toISOString().replace("Z", "1234Z");
  };
  let buf = [];
  let bufLen = 0;
  const emit = (line) => {
    const s = `${ts()} ${line}\n`;
    buf.push(s);
    bufLen += s.length;
    if (bufLen > 1 << 20) flush();
  };
  const flush = () => {
    const b = Buffer.from(buf.join(""), "utf8");
    writeSync(fd, b);
    written += b.byteLength;
    buf = [];
    bufLen = 0;
  };
  const tailReserve = 8 * 1024;
  const steps = [
    "npm ci",
    "npm run build",
    "npm run lint",
    "npm test -- --coverage",
    "cargo build --release",
  ];
  emit("##[group]Runner Image");
  emit("Image: ubuntu-24.04");
  emit("##[endgroup]");
  let step = 0;
  while (written + bufLen < size - tailReserve) {
    if (r() < 0.00002) {
      emit(`##[group]Run ${steps[step++ % steps.length]}`);
      emit(`\x1b[36;1m${steps[step % steps.length]}\x1b[0m`);
      emit("shell: /usr/bin/bash -e {0}");
      emit("##[endgroup]");
    }
    if (r() < 0.00001) emit(longLine(r, 200_000 + Math.floor(r() * 3_000_000)));
    emit(noise());
  }
  emit("##[group]Run npx tsc --noEmit");
  emit("npx tsc --noEmit");
  emit("##[endgroup]");
  emit("src/app/main.ts(12,5): error TS2322: Type 'string' is not assignable to type 'number'.");
  emit("src/lib/util.ts(40,13): error TS2304: Cannot find name 'fetchAll'.");
  emit("Found 2 errors in 2 files.");
  emit("##[error]Process completed with exit code 2.");
  emit("Post job cleanup.");
  emit("[command]/usr/bin/git version");
  emit("git version 2.47.1");
  emit("Cleaning up orphan processes");
  flush();
  closeSync(fd);
  console.log(`${out}: ${written} bytes`);
}

main();
