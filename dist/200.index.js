export const id = 200;
export const ids = [200];
export const modules = {

/***/ 4700:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xy: () => (/* binding */ analyzeFile),
  Rz: () => (/* binding */ analyzeStream),
  AB: () => (/* binding */ analyzeText)
});

// UNUSED EXPORTS: analyzeBytes, analyzeZip, isZip

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./lib/analysis/engine.js + 2 modules
var analysis_engine = __webpack_require__(7098);
// EXTERNAL MODULE: ./lib/analysis/rules/index.js + 23 modules
var rules = __webpack_require__(9571);
// EXTERNAL MODULE: ./lib/analysis/scan.js + 1 modules
var scan = __webpack_require__(6359);
;// CONCATENATED MODULE: ./lib/analysis/zip-steps.js
/**
 * Step names from a run-logs zip. Next to each job's log (`1_build.txt`) the zip may hold one
 * file per step (`build/3_Lint Project.txt`), named after the step as the workflow and GitHub's
 * UI name it. The job log never prints that name: it heads a step with its `run:` text or the
 * action it uses (`Run ./.github/actions/lint`), and a composite action's inner steps each get
 * such a header too. So a failure found in a job log is named after the step file that holds
 * its lines; runner timestamps make a job log's lines unique enough to tell.
 */
/** A file's base name without the order prefix: `build/3_Lint Project.txt` → `Lint Project`. */
function zipEntryName(path) {
    return path
        .replace(/^.*\//, "")
        .replace(/\.txt$/, "")
        .replace(/^-?\d+_/, "");
}
const splitLines = (bytes) => Buffer.from(bytes)
    .toString("utf8")
    .split(/\r\n|\r|\n/);
/**
 * Returns a lookup from a job file and line numbers (1-based, universal newlines, as
 * Failure.lines counts) to the name of the one step file holding all those lines, or undefined
 * when no step file, or more than one, does (a line without a timestamp may repeat).
 */
function stepNamer(files, stepFiles) {
    const lineSets = new Map();
    const linesOf = (name) => {
        let set = lineSets.get(name);
        if (!set)
            lineSets.set(name, (set = new Set(splitLines(files[name]))));
        return set;
    };
    const jobLines = new Map();
    return (jobFile, lines) => {
        let text = jobLines.get(jobFile);
        if (!text)
            jobLines.set(jobFile, (text = splitLines(files[jobFile])));
        const wanted = lines.map((n) => text[n - 1]).filter((l) => l !== undefined && l.trim() !== "");
        if (!wanted.length)
            return undefined;
        // A job's step files sit in a folder named after the job; GitHub drops characters a path
        // cannot hold, so when no folder matches, every step file is a candidate.
        const job = zipEntryName(jobFile);
        const own = stepFiles.filter((f) => f.slice(0, f.lastIndexOf("/")) === job);
        const found = (own.length ? own : stepFiles).filter((f) => wanted.every((l) => linesOf(f).has(l)));
        return found.length === 1 ? zipEntryName(found[0]) : undefined;
    };
}
//# sourceMappingURL=zip-steps.js.map
;// CONCATENATED MODULE: ./lib/analysis/analyze.js






/** Bytes per read of a log file: big enough to amortise each await, small enough to stay in cache. */
const READ_SIZE = 1 << 20;
/** Below this a log is scanned faster than worker threads start. */
const PARALLEL_MIN_BYTES = 64 << 20;
const PARALLEL_WINDOW = 4 << 20;
async function analyzeOne(feed, options) {
    const started = performance.now();
    const engine = new analysis_engine/* Engine */.N(options.rules ?? rules/* ruleSets */.c, options.defaultStep);
    const scanner = new scan/* LineScanner */.V5(engine);
    await feed(scanner);
    scanner.end();
    const out = engine.finish();
    return {
        engine,
        result: {
            schemaVersion: 1,
            status: out.status,
            failures: out.failures.slice(0, options.maxFailures ?? 20),
            stats: { bytes: scanner.bytes, lines: out.lines, durationMs: Math.round(performance.now() - started) },
        },
    };
}
/** Analyzes a stream of log bytes (a job log, or raw tool output). */
async function analyzeStream(source, options = {}) {
    return (await analyzeOne(async (scanner) => {
        for await (const chunk of source)
            scanner.write(chunk);
    }, options)).result;
}
function single(bytes) {
    return (async function* () {
        // Feed in 1 MiB slices so a huge in-memory log still streams through the splitter.
        for (let i = 0; i < bytes.byteLength; i += 1 << 20)
            yield bytes.subarray(i, i + (1 << 20));
    })();
}
function isZip(head) {
    return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}
async function analyzeBytes(bytes, options = {}) {
    if (isZip(bytes))
        return analyzeZip(bytes, options);
    return analyzeStream(single(bytes), options);
}
async function analyzeText(text, options = {}) {
    return analyzeBytes(Buffer.from(text, "utf8"), options);
}
/**
 * A run-logs zip holds one file per job (`1_build.txt`) and sometimes per step
 * (`build/3_Run tests.txt`). Each is analyzed on its own; failures are merged by fingerprint
 * and ranked with those from failed steps first.
 */
async function analyzeZip(bytes, options = {}) {
    const started = performance.now();
    // Loaded here: most logs are plain text, and every analysis pays for what it imports at start.
    const { unzipSync } = await __webpack_require__.e(/* import() */ 306).then(__webpack_require__.bind(__webpack_require__, 1306));
    const files = unzipSync(bytes, { filter: (f) => f.name.endsWith(".txt") });
    const names = Object.keys(files).sort();
    // Per-step files repeat what the per-job file says; prefer the per-job files when both exist.
    const jobFiles = names.filter((n) => !n.includes("/"));
    const stepFiles = names.filter((n) => n.includes("/"));
    const chosen = jobFiles.length ? jobFiles : names;
    const stepOf = jobFiles.length && stepFiles.length ? stepNamer(files, stepFiles) : null;
    const merged = [];
    const seen = new Set();
    let lines = 0;
    let failed = false;
    let passed = false;
    for (const name of chosen) {
        const base = zipEntryName(name);
        const res = await analyzeStream(single(files[name]), {
            ...options,
            defaultStep: base,
            maxFailures: 1000,
        });
        lines += res.stats.lines;
        if (res.status === "failed")
            failed = true;
        if (res.status === "passed")
            passed = true;
        for (const f of res.failures) {
            // A step file is one step: its name is the step's, whatever headers it holds.
            if (name.includes("/"))
                f.step = base;
            else
                f.step = stepOf?.(name, f.lines) ?? f.step;
            if (seen.has(f.fingerprint))
                continue;
            seen.add(f.fingerprint);
            merged.push(f);
        }
    }
    return {
        schemaVersion: 1,
        status: failed ? "failed" : passed ? "passed" : "unknown",
        failures: merged.slice(0, options.maxFailures ?? 20),
        stats: { bytes: bytes.byteLength, lines, durationMs: Math.round(performance.now() - started) },
    };
}
async function analyzeFile(path, options = {}) {
    const fh = await (0,promises_.open)(path, "r");
    const head = new Uint8Array(4);
    try {
        await fh.read(head, 0, 4, 0);
    }
    finally {
        await fh.close();
    }
    if (isZip(head)) {
        const { readFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 19));
        return analyzeZip(await readFile(path), options);
    }
    const file = await (0,promises_.open)(path, "r");
    try {
        const par = options.parallel === false ? null : (options.parallel ?? {});
        // Two workers and this thread share the cores: on a single core the serial path is faster.
        const workers = par?.workers ?? ((0,external_node_os_.availableParallelism)() >= 2 ? 2 : 0);
        // Only the built-in rules: a worker thread loads its own copy of them.
        if (par &&
            !options.rules &&
            workers >= 1 &&
            (await file.stat()).size >= (par.minBytes ?? PARALLEL_MIN_BYTES)) {
            try {
                // (Loaded only for big logs: worker threads are no part of a short analysis's start.)
                const { scanParallel } = await __webpack_require__.e(/* import() */ 751).then(__webpack_require__.bind(__webpack_require__, 7751));
                return (await analyzeOne((scanner) => scanParallel(file, scanner, { workers, window: par.window ?? PARALLEL_WINDOW }), options)).result;
            }
            catch (e) {
                // A worker that could not start, or a huge line: the serial path, anew (strict: tests).
                if (par.strict)
                    throw e;
            }
        }
        // Read straight into the scanner's buffer: no stream objects, no copy of each chunk.
        return (await analyzeOne(async (scanner) => {
            for (let at = 0;;) {
                const { buf, offset, length } = scanner.space(READ_SIZE);
                const { bytesRead } = await file.read(buf, offset, length, at);
                at += bytesRead;
                if (!bytesRead)
                    return;
                scanner.commit(bytesRead);
            }
        }, options)).result;
    }
    finally {
        await file.close();
    }
}
//# sourceMappingURL=analyze.js.map

/***/ }),

/***/ 3449:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L2: () => (/* binding */ nodeRunner),
/* harmony export */   LK: () => (/* binding */ scrubEnv),
/* harmony export */   a$: () => (/* binding */ watchChild)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);


const MAX_OUTPUT = 4 * 1024 * 1024;
/**
 * Variables that hold credentials. Fixers and verification run repository code (formatters,
 * tests) that an LLM patch may have changed, so that code must not see the LLM key or a token:
 * an exfiltrating test would otherwise get them for free.
 */
const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|API_?KEY|PRIVATE_KEY|AUTH/i;
function scrubEnv(env, extraSecrets = []) {
    const out = {};
    for (const [k, v] of Object.entries(env)) {
        if (v === undefined || SECRET_NAME.test(k) || k.startsWith("ACTIONS_") || k.startsWith("INPUT_"))
            continue;
        if (extraSecrets.some((s) => s.length >= 8 && v.includes(s)))
            continue;
        out[k] = v;
    }
    return out;
}
/**
 * The real runner: spawn with an argument array (no shell), a time limit and capped output. The
 * child leads its own process group, and the limit kills the whole group: `sh -c "a; b"` forks,
 * and an orphaned grandchild (a hung test server) would otherwise keep running and could write to
 * the tree after heal restored it.
 */
function nodeRunner(baseEnv = process.env) {
    const scrubbed = scrubEnv(baseEnv);
    return {
        run(file, args, options) {
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, {
                cwd: options.cwd,
                env: options.extraEnv ? { ...scrubbed, ...options.extraEnv } : scrubbed,
                detached: true,
                stdio: ["ignore", "pipe", "pipe"],
            });
            return watchChild(child).limit(options.timeoutMs);
        },
    };
}
/**
 * Collects a child's capped stdout and stderr from the moment it is spawned (a pipe nobody drains
 * would block it) and, once it exits, kills what it left behind in its process group. The child
 * must have been spawned detached, so its pid is its group's id.
 */
function watchChild(child) {
    const out = { stdout: "", stderr: "", bytes: 0 };
    let timedOut = false;
    let exitCode;
    let timer;
    const killGroup = () => {
        try {
            if (child.pid)
                process.kill(-child.pid, "SIGKILL");
        }
        catch {
            // the group is already gone; the child itself may not be (a no-op once it exited)
            child.kill("SIGKILL");
        }
    };
    const collect = (key) => (chunk) => {
        if (out.bytes >= MAX_OUTPUT)
            return;
        out.bytes += chunk.length;
        out[key] += chunk.toString("utf8");
        if (out.bytes >= MAX_OUTPUT)
            killGroup();
    };
    child.stdout?.on("data", collect("stdout"));
    child.stderr?.on("data", collect("stderr"));
    const exited = new Promise((resolve) => {
        const finish = (code) => {
            if (exitCode !== undefined)
                return;
            exitCode = code;
            clearTimeout(timer);
            // Whatever the command left behind in its group goes with it.
            killGroup();
            resolve(code);
        };
        // ENOENT and friends: the program is missing; report like a shell would (127).
        child.on("error", (e) => finish(e.code === "ENOENT" ? 127 : 1));
        child.on("close", (code, signal) => finish(code ?? (signal ? 128 + (signalNumber(signal) ?? 9) : 1)));
    });
    return {
        get exitCode() {
            return exitCode;
        },
        exited,
        kill: killGroup,
        async limit(timeoutMs = 300_000) {
            if (exitCode === undefined)
                timer = setTimeout(() => {
                    timedOut = true;
                    killGroup();
                }, timeoutMs);
            const code = await exited;
            return { exitCode: timedOut ? 124 : code, stdout: out.stdout, stderr: out.stderr, timedOut };
        },
    };
}
function signalNumber(signal) {
    return node_os__WEBPACK_IMPORTED_MODULE_1__.constants.signals[signal];
}
//# sourceMappingURL=exec.js.map

/***/ }),

/***/ 8101:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GV: () => (/* binding */ commandDirs),
/* harmony export */   KK: () => (/* binding */ keepLineEnds),
/* harmony export */   Nt: () => (/* reexport safe */ _util_regexp_js__WEBPACK_IMPORTED_MODULE_3__.N),
/* harmony export */   QV: () => (/* binding */ failureFiles),
/* harmony export */   RT: () => (/* binding */ tail),
/* harmony export */   Uf: () => (/* binding */ toolName),
/* harmony export */   Z4: () => (/* binding */ hintedDirs),
/* harmony export */   ZU: () => (/* binding */ nearestWith),
/* harmony export */   dC: () => (/* binding */ plainFile),
/* harmony export */   dq: () => (/* binding */ localBin),
/* harmony export */   fc: () => (/* binding */ repoHas),
/* harmony export */   i: () => (/* binding */ packageBin),
/* harmony export */   kY: () => (/* binding */ failureText),
/* harmony export */   lL: () => (/* binding */ usePathHints),
/* harmony export */   o0: () => (/* binding */ noSymlinks),
/* harmony export */   qN: () => (/* binding */ repoPath),
/* harmony export */   yR: () => (/* binding */ readText),
/* harmony export */   yk: () => (/* binding */ byPackage)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _patch_guard_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7580);
/* harmony import */ var _util_regexp_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2243);



/** Repo-relative form of a path from a log, or null when it cannot be placed inside the repo. */
function repoPath(repoDir, raw) {
    let p = raw.trim().replace(/\\/g, "/");
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(p)) {
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(repoDir, p).replace(/\\/g, "/");
        if (!rel.startsWith("..") && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel))
            p = rel;
        else {
            // A log from another machine (/home/runner/work/r/r/src/a.ts): the longest suffix that exists here.
            const parts = p.split("/").filter(Boolean);
            const hit = parts.map((_, i) => parts.slice(i).join("/")).find((s) => isFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoDir, s)));
            if (!hit)
                return null;
            p = hit;
        }
    }
    // `./main.go` is relative to the tool's folder on purpose (go prints so), a clue a bare name is not.
    const explicit = p.startsWith("./");
    p = p.replace(/^(\.\/)+/, "");
    if ((0,_patch_guard_js__WEBPACK_IMPORTED_MODULE_2__/* .pathProblem */ .z9)(p))
        return null;
    // A path relative to some other root (the runner's workspace, a parent dir the analyzer
    // stripped to): the longest suffix that exists here.
    if (!isFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoDir, p))) {
        const parts = p.split("/");
        const hit = parts.map((_, i) => parts.slice(i).join("/")).find((s) => isFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoDir, s)));
        if (hit)
            return hit;
        // A path relative to a package below the root (a monorepo's `cd packages/web && prettier
        // --check src` prints src/a.ts): first the folders the CI command itself moves to, then the
        // one repo file it can be.
        for (const dir of hints.get(repoDir) ?? [])
            if (isFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoDir, dir, p)))
                return `${dir}/${p}`;
        const below = underPackage(repoDir, p, explicit);
        if (below)
            return below;
    }
    return p;
}
/** Directories a search for a log's path never enters: dependencies, VCS data, build output. */
const WALK_SKIP = new Set([
    "node_modules",
    ".git",
    "dist",
    "build",
    "out",
    "target",
    "vendor",
    ".venv",
    "venv",
    "__pycache__",
    "coverage",
]);
/** Files a search lists at most: a path that needs more to place stays unplaced. */
const WALK_LIMIT = 50_000;
/** How long a listing is reused: one heal asks for many paths, and files come and go across heals. */
const WALK_TTL_MS = 5_000;
const walks = new Map();
function listFiles(repoDir) {
    const cached = walks.get(repoDir);
    if (cached && Date.now() - cached.at < WALK_TTL_MS)
        return cached.files;
    const files = [];
    const stack = [""];
    while (stack.length && files.length < WALK_LIMIT) {
        const dir = stack.pop();
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoDir, dir), { withFileTypes: true });
        }
        catch {
            continue;
        }
        for (const e of entries) {
            const rel = dir ? `${dir}/${e.name}` : e.name;
            // (Symlinked folders are not followed: they may lead out of the checkout.)
            if (e.isDirectory()) {
                if (!WALK_SKIP.has(e.name))
                    stack.push(rel);
            }
            else if (e.isFile())
                files.push(rel);
        }
    }
    if (walks.size > 8)
        walks.clear();
    walks.set(repoDir, { at: Date.now(), files });
    return files;
}
/** The one repo file whose path ends with /`p` (null if none or several). */
function underPackage(repoDir, p, explicit) {
    // (A bare file name, unless the tool marked it relative to its folder, is too weak a clue to
    // place across packages: it may name a dependency's file.)
    if ((!explicit && !p.includes("/")) || p.startsWith("../"))
        return null;
    const tail = `/${p}`;
    let found = null;
    for (const f of listFiles(repoDir)) {
        if (!f.endsWith(tail))
            continue;
        if (found)
            return null;
        found = f;
    }
    return found;
}
/** Per checkout, the folders its CI command runs tools in (see usePathHints). */
const hints = new Map();
/**
 * Notes the folders `command` runs its tools in: a leading `cd dir &&` (or `;`), and the folder
 * flags of npm, pnpm, yarn, make and go (`--prefix dir`, `-C dir`, `--cwd dir`, `--dir dir`).
 * Their output names files relative to those folders, and in a monorepo several packages may
 * hold a file of that name; heal calls this with its verify command before any fixer runs.
 */
function usePathHints(repoDir, command, extra = []) {
    const dirs = commandDirs(repoDir, command, extra);
    if (hints.size > 16)
        hints.clear();
    hints.set(repoDir, dirs);
    return dirs;
}
/** The folders of this checkout `command` runs its tools in (see usePathHints), first first. */
function commandDirs(repoDir, command, extra = []) {
    const dirs = [];
    const add = (raw) => {
        const d = raw
            .replace(/^(["'])(.*)\1$/, "$2")
            .replace(/\/+$/, "")
            .replace(/^(\.\/)+/, "");
        // (A symlinked folder may lead out of the checkout: fixers would then write outside it.)
        if (!d || d === "." || (0,_patch_guard_js__WEBPACK_IMPORTED_MODULE_2__/* .pathProblem */ .z9)(d) || (0,_patch_guard_js__WEBPACK_IMPORTED_MODULE_2__/* .throughSymlink */ .Jk)(repoDir, d) || dirs.includes(d))
            return;
        try {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoDir, d)).isDirectory())
                dirs.push(d);
        }
        catch {
            // not a folder of this checkout
        }
    };
    const cd = /^\s*cd\s+("[^"]+"|'[^']+'|[^\s;&|]+)\s*(?:&&|;)/.exec(command ?? "");
    if (cd)
        add(cd[1]);
    for (const m of (command ?? "").matchAll(/(?:^|\s)(?:--prefix|--cwd|--dir|-C)(?:=|\s+)("[^"]+"|'[^']+'|[^\s;&|]+)/g))
        add(m[1]);
    for (const d of extra)
        add(d);
    return dirs;
}
/** The folders the latest usePathHints call found for this checkout (none: []). */
function hintedDirs(repoDir) {
    return hints.get(repoDir) ?? [];
}
function isFile(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isFile();
    }
    catch {
        return false;
    }
}
/** Existing files named by the failures, optionally only those with the given extensions. */
function failureFiles(repoDir, failures, extensions) {
    const out = new Set();
    for (const f of failures) {
        for (const loc of f.locations) {
            const p = repoPath(repoDir, loc.file);
            // (Through a symlink a tool's write lands where the diff cannot show it, maybe outside.)
            if (!p || !isFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoDir, p)) || (0,_patch_guard_js__WEBPACK_IMPORTED_MODULE_2__/* .throughSymlink */ .Jk)(repoDir, p))
                continue;
            if (extensions && !extensions.includes((0,node_path__WEBPACK_IMPORTED_MODULE_1__.extname)(p).toLowerCase()))
                continue;
            out.add(p);
        }
    }
    return [...out].sort();
}
/** Reads a file in the repo, or '' when it is missing or unreadable. */
function readText(repoDir, path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoDir, path), "utf8");
    }
    catch {
        return "";
    }
}
function repoHas(repoDir, path) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoDir, path));
}
/**
 * True when `path` is a regular file in the repo reached without a symlink on the way: writing
 * through a symlinked manifest (or a symlinked requirements/ folder) would change a file outside
 * the checkout while the diff shows nothing.
 */
function plainFile(repoDir, path) {
    if ((0,_patch_guard_js__WEBPACK_IMPORTED_MODULE_2__/* .throughSymlink */ .Jk)(repoDir, path))
        return false;
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoDir, path)).isFile();
    }
    catch {
        return false;
    }
}
/** Every existing one of `paths` is a plain file (missing ones are fine: a tool may create them). */
function noSymlinks(repoDir, paths) {
    return paths.every((p) => !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoDir, p)) || plainFile(repoDir, p));
}
/** The repo's own node_modules/.bin copy of a tool (never a download), or null when it has none. */
function localBin(repoDir, bin) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)("node_modules", ".bin", bin);
    return repoHas(repoDir, rel) ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoDir, rel) : null;
}
/**
 * `files` split by the package install that serves each (see packageBin): one run per package,
 * so a monorepo package is handled by its own version and config. Files no install serves come
 * back in `missing`.
 */
function byPackage(repoDir, bin, files) {
    const runs = new Map();
    const missing = [];
    for (const f of files) {
        const found = packageBin(repoDir, bin, f);
        if (!found) {
            missing.push(f);
            continue;
        }
        let run = runs.get(found.dir);
        if (!run) {
            const where = found.dir ? `(in ${found.dir}) ` : "";
            runs.set(found.dir, (run = { bin: found.bin, cwd: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoDir, found.dir), where, files: [] }));
        }
        run.files.push(found.dir ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(found.dir, f) : f);
    }
    return { runs: [...runs.values()], missing };
}
/** The repo folder ("" for the root) nearest above `file` that holds `name` (a go.mod), or null. */
function nearestWith(repoDir, file, name) {
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file);
    for (;;) {
        if (dir === ".")
            dir = "";
        if (repoHas(repoDir, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name)))
            return dir;
        if (!dir)
            return null;
        dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
    }
}
/**
 * The node_modules/.bin copy of a tool that serves a repo file, as npm would find it: in the
 * nearest folder from the file's own up to the repo root that has one (a monorepo package's own
 * install first). `dir` is that folder, repo-relative ("" for the root): the tool runs there, so
 * it reads that package's config and plugins.
 */
function packageBin(repoDir, bin, file) {
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file);
    for (;;) {
        if (dir === ".")
            dir = "";
        const found = localBin((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoDir, dir), bin);
        if (found)
            return { bin: found, dir };
        if (!dir)
            return null;
        dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
    }
}
/** The failure's tool, lower-cased, with a path or version suffix dropped (`eslint@9` → `eslint`). */
function toolName(failure) {
    return (failure.tool ?? "").toLowerCase().replace(/[@\s].*$/, "");
}
/** The log lines that state the failure, one string, for fixers that parse tool output. */
function failureText(failure) {
    return [failure.message, ...failure.excerpt].join("\n");
}
/**
 * Runs a line-based edit on `text` with \n line ends and gives the result back in the file's own:
 * a file that ends every line with \r\n keeps doing so, new lines included (a mixed file is
 * edited as it is, so no line the edit did not touch changes).
 */
function keepLineEnds(text, edit) {
    const crlf = text.includes("\r\n") && !/(?:^|[^\r])\n/.test(text);
    if (!crlf)
        return edit(text);
    const out = edit(text.replace(/\r\n/g, "\n"));
    return out === null ? null : out.replace(/\n/g, "\r\n");
}

function tail(text, max = 2000) {
    return text.length <= max ? text : `…${text.slice(-max)}`;
}
//# sourceMappingURL=files.js.map

/***/ }),

/***/ 9146:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ workTreeTop),
/* harmony export */   T: () => (/* binding */ Git)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9661);





const NO_OBJECT = /^0+$/;
/** A patch that applies anywhere: binary hunks, fixed a/ b/ prefixes, no user diff drivers. */
const DIFF_ARGS = [
    "--binary",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    "--src-prefix=a/",
    "--dst-prefix=b/",
];
class Git {
    runner;
    dir;
    /**
     * Whether HEAD has a path, as learnt from earlier status runs. HEAD and the index do not change
     * while heal runs (it never commits or stages), so what one status showed stays true, and
     * restore and diff need not ask git again.
     */
    inHead = new Map();
    /** Recent diffs by the exact state (mode and content) of the files they cover. */
    diffs = new Map();
    /** Diffs started ahead of need (prefetchDiff), by the same key. */
    ahead = new Map();
    constructor(runner, dir) {
        this.runner = runner;
        this.dir = dir;
    }
    async raw(args, extraEnv) {
        const r = await this.runner.run("git", ["-c", "core.quotepath=off", ...args], {
            cwd: this.dir,
            extraEnv: { GIT_TERMINAL_PROMPT: "0", ...extraEnv },
            timeoutMs: 120_000,
        });
        if (r.exitCode !== 0)
            throw new Error(`git ${args[0]} failed (${r.exitCode}): ${r.stderr.trim().slice(0, 500)}`);
        return r.stdout;
    }
    async head() {
        try {
            return (await this.raw(["rev-parse", "--verify", "HEAD^{commit}"])).trim();
        }
        catch {
            throw notARepository(this.dir);
        }
    }
    /**
     * HEAD's commit and the files that differ from it, in one git process (porcelain v2 carries the
     * commit and each entry's HEAD object, so no separate rev-parse or ls-tree is needed).
     */
    async status() {
        let out;
        try {
            out = await this.raw(["status", "--porcelain=v2", "-z", "--branch", "--untracked-files=all"]);
        }
        catch (e) {
            if (/not a git repository/i.test(String(e)))
                throw notARepository(this.dir);
            throw e;
        }
        let head = "";
        const dirty = [];
        const untracked = [];
        const parts = out.split("\0");
        for (let i = 0; i < parts.length; i++) {
            const entry = parts[i];
            if (entry.startsWith("# branch.oid ")) {
                const oid = entry.slice("# branch.oid ".length);
                head = /^[0-9a-f]{40,64}$/.test(oid) ? oid : "";
            }
            else if (entry.startsWith("? ")) {
                const path = entry.slice(2);
                untracked.push(path);
                if (!this.inHead.get(path))
                    this.inHead.set(path, false);
            }
            else if (entry.startsWith("1 ")) {
                // 1 XY sub mH mI mW hH hI path
                const fields = entry.split(" ");
                const path = fields.slice(8).join(" ");
                dirty.push(path);
                this.inHead.set(path, !NO_OBJECT.test(fields[6]));
            }
            else if (entry.startsWith("2 ")) {
                // 2 XY sub mH mI mW hH hI Xscore path, then the source path as the next field.
                dirty.push(entry.split(" ").slice(9).join(" "));
                i++;
            }
            else if (entry.startsWith("u ")) {
                dirty.push(entry.split(" ").slice(10).join(" "));
            }
        }
        return { head, dirty, untracked };
    }
    async isTracked(path) {
        const known = this.inHead.get(path);
        if (known !== undefined)
            return known;
        const out = await this.raw(["ls-tree", "--name-only", "HEAD", "--", path]);
        return out.trim().length > 0;
    }
    /**
     * `git diff --binary` of exactly `files` against HEAD, new files included. Files git has
     * shown as tracked are diffed straight against HEAD; a new file needs a throwaway index (which
     * also keeps the user's staging area untouched). The same files in the same state give the
     * same patch without running git again.
     */
    async diffFiles(files) {
        if (files.length === 0)
            return "";
        const key = this.keyOf(files);
        const cached = key === null ? undefined : this.diffs.get(key);
        if (cached !== undefined)
            return cached;
        let patch;
        if (files.every((f) => this.inHead.get(f) === true)) {
            const early = key === null ? undefined : this.ahead.get(key);
            if (key !== null)
                this.ahead.delete(key);
            patch = (await early) ?? (await this.raw(["diff", ...DIFF_ARGS, "HEAD", "--", ...files]));
        }
        else {
            const tmp = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), "autodev-index-"));
            const env = { GIT_INDEX_FILE: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(tmp, "index") };
            try {
                await this.raw(["read-tree", "HEAD"], env);
                await this.raw(["add", "-A", "--", ...files], env);
                patch = await this.raw(["diff", "--cached", ...DIFF_ARGS, "HEAD"], env);
            }
            finally {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(tmp, { recursive: true, force: true });
            }
        }
        if (key !== null) {
            if (this.diffs.size >= 16)
                this.diffs.delete(this.diffs.keys().next().value);
            this.diffs.set(key, patch);
        }
        return patch;
    }
    /**
     * Starts `git diff HEAD -- files` now, so it runs alongside whatever the caller does next (the
     * status that measures what a fixer changed, usually exactly the files its failure names).
     * diffFiles takes the result only where it would run that very command on the files in that
     * very state: all of them tracked in HEAD, none changed since; otherwise it is dropped.
     */
    async prefetchDiff(files) {
        const key = this.keyOf(files);
        if (files.length === 0 || key === null || this.diffs.has(key) || this.ahead.has(key))
            return;
        if (this.ahead.size >= 4)
            this.ahead.clear();
        const run = this.raw(["diff", ...DIFF_ARGS, "HEAD", "--", ...files]).catch(() => null);
        this.ahead.set(key, run);
        await run;
    }
    /** The state of `files` (paths, modes, contents) as a cache key; null when not cacheable. */
    keyOf(files) {
        const states = files.map((f) => this.stateOf(f));
        return states.includes(null) ? null : files.map((f, i) => `${f}\0${states[i]}`).join("\0");
    }
    /**
     * Mode and content digest of a worktree path: 'absent' when there is none, null for what is
     * neither a file nor a symlink (a submodule directory), which is never cached.
     */
    stateOf(file) {
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.dir, file);
        let st;
        try {
            st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(full);
        }
        catch {
            return "absent";
        }
        if (!st.isFile() && !st.isSymbolicLink())
            return null;
        try {
            const data = st.isSymbolicLink() ? Buffer.from((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readlinkSync)(full)) : (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(full);
            return `${st.mode.toString(8)}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(data).digest("hex")}`;
        }
        catch {
            return null;
        }
    }
    /**
     * Puts `files` back to HEAD: tracked ones are checked out (one git process for all), files
     * HEAD lacks are removed.
     */
    async restore(files) {
        const unknown = files.filter((f) => !this.inHead.has(f));
        if (unknown.length > 0) {
            const listed = await this.raw(["ls-tree", "-z", "--name-only", "HEAD", "--", ...unknown]);
            const present = new Set(listed.split("\0").filter(Boolean));
            for (const f of unknown)
                this.inHead.set(f, present.has(f));
        }
        const tracked = files.filter((f) => this.inHead.get(f));
        // git checkout writes a new file with git's idea of the mode (0644 or 0755 under the umask);
        // bits git does not track, like a group-writable 0664, are put back as they were.
        const modes = new Map();
        for (const f of tracked) {
            try {
                const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.dir, f));
                if (st.isFile())
                    modes.set(f, st.mode & 0o7777);
            }
            catch {
                // deleted: git recreates it
            }
        }
        if (tracked.length > 0)
            await this.raw(["checkout", "HEAD", "--", ...tracked]);
        for (const [f, mode] of modes) {
            try {
                const now = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.dir, f));
                const sameExec = ((now.mode & 0o111) === 0) === ((mode & 0o111) === 0);
                if (now.isFile() && sameExec && (now.mode & 0o7777) !== mode)
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.chmodSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.dir, f), mode);
            }
            catch {
                // HEAD has no file there after all
            }
        }
        for (const f of files) {
            if (this.inHead.get(f))
                continue;
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.dir, f));
            }
            catch {
                // already gone
            }
        }
    }
    /** `git apply` that fails closed: check first, then apply; nothing is written on a bad patch. */
    async apply(patch) {
        const tmp = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), "autodev-patch-"));
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(tmp, "change.patch");
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(file, patch);
        try {
            for (const args of [
                ["apply", "--check", "--recount", file],
                ["apply", "--recount", file],
            ]) {
                const r = await this.runner.run("git", args, { cwd: this.dir, timeoutMs: 60_000 });
                if (r.exitCode !== 0)
                    return { ok: false, error: r.stderr.trim().slice(0, 2000) };
            }
            return { ok: true, error: "" };
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(tmp, { recursive: true, force: true });
        }
    }
}
/**
 * The top of the work tree holding `dir`, and `dir`'s path below it ("" at the top). git prints
 * paths from the top, so heal works there (see heal.ts); no process when `dir` holds .git (a
 * folder, or a worktree's file).
 */
async function workTreeTop(runner, dir) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, ".git")))
        return { top: dir, sub: "" };
    const r = await runner.run("git", ["rev-parse", "--show-toplevel"], {
        cwd: dir,
        extraEnv: { GIT_TERMINAL_PROMPT: "0" },
        timeoutMs: 120_000,
    });
    if (r.exitCode !== 0)
        throw notARepository(dir);
    const top = r.stdout.trim();
    return { top, sub: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(top), (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(dir))).replace(/\\/g, "/") };
}
function notARepository(dir) {
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j(`${dir} is not a git repository with a commit. Run heal inside a checkout (actions/checkout) of the failing commit.`);
}
//# sourceMappingURL=git.js.map

/***/ }),

/***/ 6200:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ heal)
});

// EXTERNAL MODULE: ./lib/util/errors.js
var errors = __webpack_require__(9661);
// EXTERNAL MODULE: ./lib/util/logger.js
var util_logger = __webpack_require__(1634);
// EXTERNAL MODULE: ./lib/healing/exec.js
var exec = __webpack_require__(3449);
// EXTERNAL MODULE: ./lib/healing/fixers/files.js
var fixers_files = __webpack_require__(8101);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./lib/healing/fixers/js-lock.js




/** Each manager's lockfiles, the one it reads first first: the one list every JS fixer goes by. */
const LOCKFILES = {
    npm: ["package-lock.json", "npm-shrinkwrap.json"],
    pnpm: ["pnpm-lock.yaml"],
    yarn: ["yarn.lock"],
};
const JS_LOCKFILES = Object.values(LOCKFILES).flat();
/** The manager package.json's `packageManager` names, else the one whose lockfile the repo has. */
function packageManager(repoDir) {
    try {
        const pm = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(repoDir, "package.json"), "utf8")).packageManager;
        if (typeof pm === "string") {
            const name = pm.split("@")[0];
            if (name === "pnpm" || name === "yarn" || name === "npm")
                return name;
        }
    }
    catch {
        /* an unreadable package.json is decided by the lockfiles */
    }
    if (lockfileOf(repoDir, "pnpm"))
        return "pnpm";
    if (lockfileOf(repoDir, "yarn"))
        return "yarn";
    return "npm";
}
/** The lockfile the manager keeps, when the repo has one. */
function lockfileOf(repoDir, pm) {
    return LOCKFILES[pm].find((f) => (0,fixers_files/* repoHas */.fc)(repoDir, f)) ?? null;
}
/**
 * Yarn 2+ (berry) rather than classic: its config file, or a lockfile with berry's header. The
 * `yarn` on PATH is often classic even then; it hands over to the project's `yarnPath` itself.
 */
function yarnBerry(repoDir) {
    return (0,fixers_files/* repoHas */.fc)(repoDir, ".yarnrc.yml") || /^__metadata:/m.test((0,fixers_files/* readText */.yR)(repoDir, "yarn.lock"));
}
// Resolution only (no link step, so no build scripts); CI=true would make it immutable. The
// install state it still writes is the project's cache, ignored in a berry repo's .gitignore.
const berrySync = {
    bin: "yarn",
    args: ["install", "--mode=update-lockfile", "--no-immutable"],
    byProducts: [".yarn/install-state.gz"],
    // A berry project without yarnPath runs berry through corepack; where that is not set up, the
    // `yarn` found is classic, which ignores these flags, installs with scripts and rewrites the
    // lockfile in its own format.
    probe: {
        args: ["--version"],
        pattern: /^\s*(?:[2-9]|\d{2,})\./,
        why: "the yarn on PATH is classic (1.x) and this is a berry project: set up its yarn (corepack or yarnPath)",
    },
    format: {
        file: "yarn.lock",
        pattern: /^__metadata:\s*\n\s+version: (\d+)/m,
        why: "yarn.lock changed format: the yarn on PATH is not the project's yarn",
    },
};
/** Rewrites the lockfile from package.json. */
function lockSyncCommand(repoDir, pm) {
    if (pm === "pnpm")
        // CI=true makes pnpm's installs frozen by default; this one is meant to write.
        return {
            bin: "pnpm",
            args: ["install", "--lockfile-only", "--no-frozen-lockfile", "--ignore-scripts"],
            format: {
                file: "pnpm-lock.yaml",
                pattern: /^lockfileVersion: ['"]?(\d+)/m,
                why: "pnpm-lock.yaml changed format: the pnpm on PATH is not the major the project uses",
            },
        };
    if (pm === "yarn")
        return yarnBerry(repoDir)
            ? berrySync
            : // Classic has no lockfile-only mode: it installs, into a throwaway folder instead of the
                // project's node_modules.
                {
                    bin: "yarn",
                    args: ["install", "--ignore-scripts", "--non-interactive"],
                    scratchFlag: "--modules-folder",
                };
    return {
        bin: "npm",
        args: ["install", "--package-lock-only", "--ignore-scripts", "--no-audit", "--no-fund"],
    };
}
/** The manager's own "is the lockfile in sync" check, the one a frozen CI install makes. */
function lockCheckCommand(repoDir, pm) {
    if (pm === "pnpm")
        return { bin: "pnpm", args: ["install", "--frozen-lockfile", "--lockfile-only", "--ignore-scripts"] };
    if (pm === "yarn")
        return yarnBerry(repoDir)
            ? // Berry refuses --immutable with --mode=update-lockfile, and an immutable install links
                // node_modules or .pnp.cjs; a lockfile the regeneration leaves as it is, is in sync.
                // Berry also sorts package.json's dependencies as it goes: put back, like its install state.
                {
                    ...berrySync,
                    byProducts: [...(berrySync.byProducts ?? []), "package.json"],
                    unchanged: "yarn.lock",
                }
            : {
                bin: "yarn",
                args: ["install", "--frozen-lockfile", "--ignore-scripts", "--non-interactive"],
                scratchFlag: "--modules-folder",
            };
    return { bin: "npm", args: ["ci", "--dry-run", "--ignore-scripts", "--no-audit", "--no-fund"] };
}
/** The command as the report shows it. */
function commandText(cmd) {
    return [cmd.bin, ...cmd.args, ...(cmd.scratchFlag ? [cmd.scratchFlag, "<temp dir>"] : [])].join(" ");
}
/**
 * Probe answers by runner, checkout and command: the manager a checkout runs does not change
 * while heal works on it, so its fix and its check (and later rounds) ask once. Only an answer
 * is kept; a probe that failed (a timeout, say) is asked again next time.
 */
const probes = new WeakMap();
function probe(ctx, bin, args) {
    const asked = probes.get(ctx.runner) ?? new Map();
    probes.set(ctx.runner, asked);
    const key = [ctx.repoDir, bin, ...args].join("\0");
    const known = asked.get(key);
    if (known)
        return known;
    const answer = ctx.runner.run(bin, args, { cwd: ctx.repoDir, timeoutMs: ctx.timeoutMs });
    asked.set(key, answer);
    const forget = () => asked.delete(key);
    answer.then((r) => r.exitCode === 0 || forget(), forget);
    return answer;
}
async function runPm(ctx, cmd) {
    const scratch = cmd.scratchFlag ? (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "autodev-modules-")) : undefined;
    const watched = [cmd.unchanged, cmd.format?.file].filter((f) => !!f);
    const kept = snapshot(ctx.repoDir, [...(cmd.byProducts ?? []), ...watched]);
    let undo = false;
    try {
        if (cmd.probe) {
            const p = await probe(ctx, cmd.bin, cmd.probe.args);
            if (p.exitCode !== 0)
                return p;
            if (!cmd.probe.pattern.test(p.stdout))
                return { ...p, exitCode: 1, stderr: cmd.probe.why };
        }
        const args = scratch && cmd.scratchFlag ? [...cmd.args, cmd.scratchFlag, scratch] : cmd.args;
        const r = await ctx.runner.run(cmd.bin, args, { cwd: ctx.repoDir, timeoutMs: ctx.timeoutMs });
        const fail = (why) => {
            undo = true;
            return { ...r, exitCode: 1, stderr: `${r.stderr}\n${why}` };
        };
        if (cmd.format) {
            const { file, pattern, why } = cmd.format;
            const was = pattern.exec(kept.get(file)?.toString() ?? "")?.[1];
            if (was !== undefined && pattern.exec((0,fixers_files/* readText */.yR)(ctx.repoDir, file))?.[1] !== was)
                return fail(why);
        }
        if (r.exitCode === 0 &&
            cmd.unchanged &&
            changedSince(kept, snapshot(ctx.repoDir, [cmd.unchanged])).length > 0)
            return fail(`${cmd.unchanged} is not in sync: regenerating it changes it`);
        return r;
    }
    finally {
        if (scratch)
            (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
        if (undo || cmd.unchanged)
            restore(ctx.repoDir, kept);
        else if (cmd.byProducts)
            restore(ctx.repoDir, new Map([...kept].filter(([f]) => cmd.byProducts?.includes(f))));
    }
}
function snapshot(repoDir, files) {
    return new Map(files.map((f) => {
        try {
            return [f, (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(repoDir, f))];
        }
        catch {
            return [f, null];
        }
    }));
}
/** The files of `now` whose bytes differ from `before`. */
function changedSince(before, now) {
    return [...now.keys()].filter((f) => {
        const [a, b] = [before.get(f) ?? null, now.get(f) ?? null];
        return a && b ? !a.equals(b) : a !== b;
    });
}
function restore(repoDir, before) {
    for (const [f, data] of before) {
        if (data === null)
            (0,external_node_fs_.rmSync)((0,external_node_path_.join)(repoDir, f), { force: true });
        else
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(repoDir, f), data);
    }
}
/**
 * True when two JSON texts hold the same data, key order aside: berry sorts package.json's
 * dependency maps whenever it installs, which changes nothing it or any other tool reads.
 */
function sameJson(a, b) {
    if (a == null || b == null)
        return false;
    try {
        return deepEqual(JSON.parse(a.toString()), JSON.parse(b.toString()));
    }
    catch {
        return false;
    }
}
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (typeof a !== "object" || typeof b !== "object" || a === null || b === null)
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    if (Array.isArray(a) && Array.isArray(b))
        return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return (ka.length === kb.length &&
        ka.every((k) => Object.hasOwn(b, k) &&
            deepEqual(a[k], b[k])));
}
//# sourceMappingURL=js-lock.js.map
;// CONCATENATED MODULE: ./lib/healing/fixers/deps.js



const jsLock = (id, pm, signal) => ({
    id,
    tools: [pm, ...(pm === "npm" ? ["node"] : []), ""],
    manifests: LOCKFILES[pm],
    signal,
    fix: (repoDir) => lockSyncCommand(repoDir, pm),
    check: (repoDir) => lockCheckCommand(repoDir, pm),
    guard: { keep: ["package.json"], writes: JS_LOCKFILES },
});
const SPECS = [
    jsLock("npm-lock-sync", "npm", /package\.json and package-lock\.json (?:or npm-shrinkwrap\.json )?are (?:not )?in sync|Missing: \S+ from lock ?file|Invalid: lock ?file's|lock ?file (?:is )?out of (?:date|sync)/i),
    jsLock("pnpm-lock-sync", "pnpm", 
    // pnpm 7-10 print " ERR_PNPM_X  message"; pnpm 11+ "Error: ERR_PNPM_X" and the message below it.
    /ERR_PNPM_OUTDATED_LOCKFILE|ERR_PNPM_LOCKFILE_CONFIG_MISMATCH|pnpm-lock\.yaml is not up to date with/),
    jsLock("yarn-lock-sync", "yarn", 
    // Classic's --frozen-lockfile, and berry's immutable install (YN0028).
    /Your lockfile needs to be updated, but yarn was run with `--frozen-lockfile`|YN0028\b|The lockfile would have been modified by this install/),
    {
        id: "go-mod-tidy",
        tools: ["go", ""],
        manifests: ["go.mod"],
        signal: /missing go\.sum entry|updates to go\.mod needed|go: inconsistent vendoring|go mod tidy|should be direct|provides package \S+ and is replaced but not required|no required module provides package \S+; to add it/i,
        fix: () => ({ bin: "go", args: ["mod", "tidy"] }),
        check: () => ({ bin: "go", args: ["build", "./..."] }),
    },
];
function depsFixer(spec) {
    /**
     * The project the CI command works on: the first folder it moves to (`cd services/api &&`,
     * `npm --prefix web`) that holds a manifest, else the repo root; undefined when neither does.
     */
    const projectDir = (repoDir) => [...(0,fixers_files/* hintedDirs */.Z4)(repoDir), ""].find((d) => spec.manifests.some((f) => (0,fixers_files/* repoHas */.fc)(repoDir, (0,external_node_path_.join)(d, f))));
    /** The fix context moved to that project (paths, the package manager's cwd). */
    const inProject = (ctx) => {
        const dir = projectDir(ctx.repoDir);
        return dir ? { ...ctx, repoDir: (0,external_node_path_.join)(ctx.repoDir, dir) } : ctx;
    };
    return {
        id: spec.id,
        strategy: "dependencies",
        claims(failure, repoDir) {
            return (failure.strategy !== "none" &&
                spec.tools.includes((0,fixers_files/* toolName */.Uf)(failure)) &&
                spec.signal.test((0,fixers_files/* failureText */.kY)(failure)) &&
                projectDir(repoDir) !== undefined);
        },
        async fix(outer) {
            const ctx = inProject(outer);
            const cmd = spec.fix(ctx.repoDir);
            const command = commandText(cmd);
            const guarded = spec.guard ? [...spec.guard.keep, ...spec.guard.writes] : [];
            // A symlinked manifest or lockfile would be written through, outside what the diff shows.
            if (!(0,fixers_files/* noSymlinks */.o0)(ctx.repoDir, guarded))
                return { commands: [], skipped: "package.json or a lockfile is a symlink" };
            const keep = spec.guard?.keep ?? [];
            const before = snapshot(ctx.repoDir, keep);
            const r = await runPm(ctx, cmd);
            if (r.exitCode === 127)
                return { commands: [command], skipped: `${cmd.bin} is not installed` };
            const now = snapshot(ctx.repoDir, keep);
            const moved = changedSince(before, now);
            if (moved.some((f) => !sameJson(before.get(f), now.get(f))))
                return {
                    commands: [command],
                    skipped: `${cmd.bin} changed ${moved.join(", ")}, which a lockfile sync must leave alone: put back as it was`,
                };
            // Only reordered (berry sorts dependencies): the lockfile was made from the same data.
            restore(ctx.repoDir, new Map(moved.map((f) => [f, before.get(f) ?? null])));
            return { commands: [command], note: r.exitCode === 0 ? undefined : (0,fixers_files/* tail */.RT)(r.stderr || r.stdout, 800) };
        },
        async check(outer) {
            const ctx = inProject(outer);
            const cmd = spec.check(ctx.repoDir);
            const r = await runPm(ctx, cmd);
            return {
                ok: r.exitCode === 0,
                command: commandText(cmd),
                output: (0,fixers_files/* tail */.RT)(`${r.stdout}\n${r.stderr}`.trim()),
            };
        },
    };
}
const depsFixers = SPECS.map(depsFixer);
//# sourceMappingURL=deps.js.map
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
;// CONCATENATED MODULE: ./lib/healing/fixers/deps-versions.js


/**
 * Shared by the dependency fixers that move a pin to a version that exists: the choice of the
 * nearest version, and the strict patterns every name or version taken from a log must pass
 * before it is used as a program argument or written into a manifest.
 */
/** An npm package name (lower case, optional scope); never starts with `-`, `.` or `_`. */
const NPM_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;
function validNpmName(name) {
    return name.length <= 214 && NPM_NAME.test(name);
}
/** A Python distribution name (PEP 508). */
const PY_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,100}[A-Za-z0-9])?$/;
/** A public PEP 440 version: release, optional pre, post and dev parts (no local label). */
const PY_VERSION = /^v?(\d{1,9}(?:\.\d{1,9}){0,5})(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?(\d{0,9}))?(?:[-_.]?(?:post|rev|r)[-_.]?(\d{0,9}))?(?:[-_.]?dev[-_.]?(\d{0,9}))?$/i;
/** A Go module path (at least one slash, the first element a host-like name) and a semantic version. */
const GO_MODULE = /^[a-z0-9][a-z0-9.-]{0,100}(?:\/[A-Za-z0-9._~-]{1,100}){1,20}$/;
const GO_VERSION = /^v\d{1,9}\.\d{1,9}\.\d{1,9}(?:-[0-9A-Za-z.-]{1,100})?(?:\+incompatible)?$/;
/**
 * The version a failed pin should move to: among the candidates of the requested major (when
 * there are any), the highest one at or below the request, else the lowest above it; otherwise
 * the same over every candidate. Pre-releases count only when the request is one.
 */
function nearestVersion(requested, candidates, o) {
    const pool = o.prerelease(requested) ? candidates : candidates.filter((c) => !o.prerelease(c));
    const pick = (list) => {
        const below = list.filter((c) => o.compare(c, requested) <= 0).sort(o.compare);
        if (below.length > 0)
            return below[below.length - 1];
        const above = list.filter((c) => o.compare(c, requested) > 0).sort(o.compare);
        return above[0] ?? null;
    };
    const major = o.major(requested);
    return pick(pool.filter((c) => o.major(c) === major)) ?? pick(pool);
}
function parsePep440(text) {
    const m = PY_VERSION.exec(text.trim());
    if (!m)
        return null;
    const phase = (m[2] ?? "").toLowerCase();
    const rank = phase === "" ? 4 : phase.startsWith("a") ? 1 : phase.startsWith("b") ? 2 : 3;
    const num = (s) => (s ? Number(s) : 0);
    return {
        text,
        release: m[1].split(".").map(Number),
        pre: [m[5] !== undefined && rank === 4 && m[4] === undefined ? 0 : rank, num(m[3])],
        post: m[4] !== undefined ? num(m[4]) : -1,
        dev: m[5] !== undefined ? num(m[5]) : Number.POSITIVE_INFINITY,
    };
}
function comparePep440(a, b) {
    const n = Math.max(a.release.length, b.release.length);
    for (let i = 0; i < n; i++) {
        const d = (a.release[i] ?? 0) - (b.release[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return a.pre[0] - b.pre[0] || a.pre[1] - b.pre[1] || a.post - b.post || cmpNum(a.dev, b.dev);
}
function cmpNum(a, b) {
    return a === b ? 0 : a < b ? -1 : 1;
}
const pep440Order = {
    compare: comparePep440,
    major: (v) => v.release[0],
    prerelease: (v) => v.pre[0] < 4 || Number.isFinite(v.dev),
};
/** `requirements*.txt` and `constraints*.txt` at the root and in a `requirements/` folder. */
function requirementFiles(repoDir) {
    const out = [];
    const list = (dir) => {
        try {
            return (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(repoDir, dir), { withFileTypes: true })
                .filter((e) => e.isFile() && /\.(?:txt|in)$/.test(e.name))
                .map((e) => e.name);
        }
        catch {
            return [];
        }
    };
    for (const f of list("."))
        if (/^(?:requirements|constraints)[\w.-]*\.(?:txt|in)$/i.test(f))
            out.push(f);
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(repoDir, "requirements")))
        for (const f of list("requirements"))
            out.push(`requirements/${f}`);
    return out.sort();
}
//# sourceMappingURL=deps-versions.js.map
;// CONCATENATED MODULE: ./lib/healing/fixers/deps-go.js






/**
 * `go-pin-version`: go.mod requires a module version the module proxy does not have ("unknown
 * revision", "invalid version", a 404/410 from the proxy, or a file:// proxy's missing file).
 * The versions come from `go list -m -versions <module>` under the project's own GOPROXY
 * settings; the require line moves to the nearest one (the module path fixes the major already),
 * and `go mod tidy` brings go.sum along. Only a version go.mod itself requires is moved.
 */
const MISSING_VERSION = /(?<![\w./-])([a-z0-9][a-z0-9.-]*(?:\/[A-Za-z0-9._~-]+)+)@(v\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+incompatible)?): .*?(?:unknown revision|invalid version|reading \S+: (?:404|410)\b|reading file:\/\/\S+: no such file or directory|no matching versions)/;
function planOf(failure) {
    const m = MISSING_VERSION.exec((0,fixers_files/* failureText */.kY)(failure));
    if (!m || !GO_MODULE.test(m[1]) || !GO_VERSION.test(m[2]))
        return null;
    return { module: m[1], version: m[2] };
}
/** The go.mod line indexes that require `module` at `version` (single-line or inside a block). */
function requireLines(goMod, plan) {
    const lines = goMod.split("\n");
    const out = [];
    const entry = new RegExp(`^\\s*(?:require\\s+)?${(0,fixers_files/* escapeRegExp */.Nt)(plan.module)}\\s+${(0,fixers_files/* escapeRegExp */.Nt)(plan.version)}(?:\\s|//|$)`);
    let inBlock = false;
    lines.forEach((line, i) => {
        if (/^\s*require\s*\(\s*$/.test(line))
            inBlock = true;
        else if (inBlock && /^\s*\)\s*$/.test(line))
            inBlock = false;
        else if ((inBlock || /^\s*require\s/.test(line)) && entry.test(line))
            out.push(i);
    });
    return out;
}
const goPinFixer = {
    id: "go-pin-version",
    strategy: "dependencies",
    claims(failure, repoDir) {
        return (failure.strategy !== "none" &&
            ["go", ""].includes((0,fixers_files/* toolName */.Uf)(failure)) &&
            MISSING_VERSION.test((0,fixers_files/* failureText */.kY)(failure)) &&
            (0,fixers_files/* repoHas */.fc)(repoDir, "go.mod"));
    },
    async fix(ctx, failures) {
        const commands = [];
        if (!(0,fixers_files/* noSymlinks */.o0)(ctx.repoDir, ["go.mod", "go.sum"]))
            return {
                commands,
                skipped: "go.mod or go.sum is a symlink: writing it would change a file outside the repo",
            };
        const goMod = (0,fixers_files/* readText */.yR)(ctx.repoDir, "go.mod");
        const lines = goMod.split("\n");
        const plans = new Map(failures
            .map(planOf)
            .filter((p) => !!p)
            .map((p) => [`${p.module}@${p.version}`, p]));
        const done = [];
        const why = [];
        for (const plan of plans.values()) {
            const at = requireLines(goMod, plan);
            if (at.length === 0) {
                why.push(`go.mod does not require ${plan.module} ${plan.version} itself`);
                continue;
            }
            const versions = await listVersions(ctx, plan.module, commands);
            if (versions === null) {
                why.push(`go list could not list the versions of ${plan.module}`);
                continue;
            }
            if (versions.includes(plan.version)) {
                why.push(`${plan.module} ${plan.version} exists: the failure is not a missing version`);
                continue;
            }
            const to = nearestVersion(plan.version, versions, {
                compare: (a, b) => semver.compare(a.slice(1), b.slice(1)),
                major: (v) => semver.major(v.slice(1)),
                prerelease: (v) => semver.prerelease(v.slice(1)) !== null,
            });
            if (!to) {
                why.push(`the proxy lists no version of ${plan.module}`);
                continue;
            }
            const pin = new RegExp(`(${(0,fixers_files/* escapeRegExp */.Nt)(plan.module)}\\s+)${(0,fixers_files/* escapeRegExp */.Nt)(plan.version)}`);
            for (const i of at)
                lines[i] = lines[i].replace(pin, (_, lead) => `${lead}${to}`);
            done.push(`${plan.module} ${plan.version} → ${to}`);
        }
        if (done.length === 0)
            return { commands, skipped: why.join("; ") || "no module version the log names" };
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(ctx.repoDir, "go.mod"), lines.join("\n"));
        commands.unshift(...done.map((d) => `require ${d}`));
        commands.push("go mod tidy");
        const r = await ctx.runner.run("go", ["mod", "tidy"], { cwd: ctx.repoDir, timeoutMs: ctx.timeoutMs });
        if (r.exitCode === 0)
            return { commands };
        // go.sum cannot follow: the skip has runFixer put both back rather than leave a go.mod CI
        // cannot use either.
        return {
            commands,
            skipped: `go mod tidy failed, so go.mod was restored: ${(0,fixers_files/* tail */.RT)(r.stderr || r.stdout, 800)}`,
        };
    },
    async check(ctx) {
        const r = await ctx.runner.run("go", ["build", "./..."], { cwd: ctx.repoDir, timeoutMs: ctx.timeoutMs });
        return {
            ok: r.exitCode === 0,
            command: "go build ./...",
            output: (0,fixers_files/* tail */.RT)(`${r.stdout}\n${r.stderr}`.trim()),
        };
    },
};
/**
 * `go list -m -versions` in an empty scratch directory: inside the project the broken go.mod
 * would stop go before it lists anything. GOPROXY, GONOSUMDB, GOPRIVATE and the rest still come
 * from the environment and the user's go env file, as for the project's own builds.
 */
async function listVersions(ctx, module, commands) {
    const scratch = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "autodev-go-list-"));
    try {
        const args = ["list", "-m", "-versions", module];
        commands.push(`go ${args.join(" ")}`);
        const r = await ctx.runner.run("go", args, {
            cwd: scratch,
            timeoutMs: Math.min(ctx.timeoutMs, 120_000),
            extraEnv: { GO111MODULE: "on", GOFLAGS: "-mod=mod", GOWORK: "off" },
        });
        if (r.exitCode !== 0)
            return null;
        const [name, ...versions] = r.stdout.trim().split(/\s+/);
        if (name !== module)
            return null;
        return versions.filter((v) => GO_VERSION.test(v));
    }
    finally {
        (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
    }
}
//# sourceMappingURL=deps-go.js.map
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: ./lib/policy/silencers.js
var silencers = __webpack_require__(3446);
;// CONCATENATED MODULE: ./lib/healing/fixers/deps-npm.js








/**
 * package.json changes the log asks for, made with the registry's and the lockfile's facts:
 *
 * - `npm-pin-version`: a dependency pinned to a version the registry does not have (npm's
 *   ETARGET "No matching version found for x@^5.0.0", pnpm's NO_MATCHING_VERSION, yarn's
 *   "Couldn't find any versions for") moves to the nearest version the project's registry lists,
 *   keeping the range operator.
 * - `npm-add-dependency`: a package the code imports but package.json does not declare is added
 *   at the version the lockfile or node_modules already resolves, else the registry's latest.
 *
 * Both then regenerate the lockfile with the project's own package manager. Names and versions
 * from the log go to a command line only after the strict patterns in deps-versions.ts, and only
 * when package.json really holds that pin (or really lacks that package).
 */
const SECTIONS = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"];
/** "No matching version found for x@^5.0.0." (npm, pnpm) or yarn's "Couldn't find any versions for "x" that matches "^5"". */
const NO_VERSION = [
    /No matching version found for ((?:@[^\s@/]+\/)?[^\s@]+)@(\S+?)\.?(?:\s|$)/,
    /Couldn't find any versions for "((?:@[^\s@"/]+\/)?[^\s@"]+)" that matches "([^"]+)"/,
];
/** A bare specifier that did not resolve: node (ESM and CJS), tsc, jest, webpack, vite, esbuild. */
const MISSING = [
    /Cannot find (?:package|module) '([^']+)'/,
    /Can't resolve '([^']+)'/,
    /[Ff]ailed to resolve import "([^"]+)"/,
    /Could not resolve "([^"]+)"/,
];
/** A test runner's own config: its imports are dev tooling, like the tests' (see TEST_FILE). */
const TEST_CONFIG = /(^|\/)(vitest|jest|playwright)\.config\.[cm]?[jt]s$/;
/** Brings the lockfile in line with package.json without running install scripts; nothing when there is none. */
async function syncLock(ctx, commands) {
    const pm = packageManager(ctx.repoDir);
    if (!lockfileOf(ctx.repoDir, pm))
        return undefined;
    const cmd = lockSyncCommand(ctx.repoDir, pm);
    commands.push(commandText(cmd));
    const r = await runPm(ctx, cmd);
    if (r.exitCode === 0)
        return undefined;
    return r.exitCode === 127
        ? `${cmd.bin} is not installed: the lockfile was not updated`
        : (0,fixers_files/* tail */.RT)(r.stderr || r.stdout, 800);
}
/** `npm view <name> <field> --json` under the project's own npm config (its .npmrc registry). */
async function npmView(ctx, name, field, commands) {
    if (!validNpmName(name))
        return undefined;
    const args = ["view", name, field, "--json"];
    commands.push(`npm ${args.join(" ")}`);
    const r = await ctx.runner.run("npm", args, {
        cwd: ctx.repoDir,
        timeoutMs: Math.min(ctx.timeoutMs, 60_000),
    });
    if (r.exitCode !== 0)
        return undefined;
    try {
        return JSON.parse(r.stdout);
    }
    catch {
        return undefined;
    }
}
const NPM_FILES = ["package.json", ...JS_LOCKFILES];
function readManifest(repoDir) {
    // A symlinked manifest or lockfile would be written through, outside what the diff shows.
    if (!(0,fixers_files/* noSymlinks */.o0)(repoDir, NPM_FILES))
        return null;
    const text = (0,fixers_files/* readText */.yR)(repoDir, "package.json");
    try {
        const data = JSON.parse(text);
        return data && typeof data === "object" && !Array.isArray(data) ? { text, data } : null;
    }
    catch {
        return null;
    }
}
/** package.json to edit (as read, and a copy to change), or the skip when there is no usable one. */
function openManifest(repoDir) {
    const manifest = readManifest(repoDir);
    if (!manifest)
        return {
            commands: [],
            skipped: "package.json is missing, not valid JSON, or it or a lockfile is a symlink",
        };
    return { manifest, data: structuredClone(manifest.data) };
}
function section(data, key) {
    const s = data[key];
    return s && typeof s === "object" && !Array.isArray(s) ? s : {};
}
/** package.json as npm writes it: the file's own indentation and trailing newline. */
function writeManifest(repoDir, m, data) {
    const indent = /^\{\r?\n([ \t]+)"/.exec(m.text)?.[1] ?? "  ";
    const eol = m.text.includes("\r\n") ? "\r\n" : "\n";
    const body = JSON.stringify(data, null, indent).replace(/\n/g, eol);
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(repoDir, "package.json"), body + (/\r?\n$/.test(m.text) || !m.text ? eol : ""));
}
/** `^1.5.0`, `~1.5`, `1.5.0`, `=1.5.0`, `v1.5.0`: the forms whose intent has one nearest answer. */
const SIMPLE_SPEC = /^(\^|~|=)?v?(\d{1,9}(?:\.\d{1,9}){0,2}(?:-[0-9A-Za-z.-]{1,64})?)$/;
function pinFrom(failure) {
    const text = (0,fixers_files/* failureText */.kY)(failure);
    for (const re of NO_VERSION) {
        const m = re.exec(text);
        if (!m)
            continue;
        const [name, spec] = [m[1], m[2].replace(/\.$/, "")];
        const s = SIMPLE_SPEC.exec(spec);
        if (!validNpmName(name) || !s)
            return null;
        const floor = semver.minVersion(spec)?.version;
        return floor ? { name, spec, operator: s[1] ?? "", floor } : null;
    }
    return null;
}
const npmPinFixer = {
    id: "npm-pin-version",
    strategy: "dependencies",
    claims(failure, repoDir) {
        return (failure.strategy !== "none" &&
            ["npm", "pnpm", "yarn", ""].includes((0,fixers_files/* toolName */.Uf)(failure)) &&
            NO_VERSION.some((re) => re.test((0,fixers_files/* failureText */.kY)(failure))) &&
            (0,fixers_files/* repoHas */.fc)(repoDir, "package.json"));
    },
    async fix(ctx, failures) {
        const opened = openManifest(ctx.repoDir);
        if (!("manifest" in opened))
            return opened;
        const { manifest, data } = opened;
        const commands = [];
        const done = [];
        const why = [];
        for (const plan of failures.map(pinFrom)) {
            if (!plan)
                continue;
            // Only the project's own pin: a dependency's dependency is not ours to edit.
            const where = SECTIONS.filter((k) => section(manifest.data, k)[plan.name] === plan.spec);
            if (where.length === 0) {
                why.push(`package.json does not pin ${plan.name}@${plan.spec} itself`);
                continue;
            }
            const listed = await npmView(ctx, plan.name, "versions", commands);
            const versions = (Array.isArray(listed) ? listed : typeof listed === "string" ? [listed] : []).filter((v) => typeof v === "string" && semver.valid(v) === v);
            if (versions.length === 0) {
                why.push(`the registry lists no versions of ${plan.name}`);
                continue;
            }
            if (versions.some((v) => semver.satisfies(v, plan.spec))) {
                why.push(`the registry has a version of ${plan.name} in ${plan.spec}: the failure is not a missing version`);
                continue;
            }
            const to = nearestVersion(plan.floor, versions, {
                compare: semver.compare,
                major: semver.major,
                prerelease: (v) => semver.prerelease(v) !== null,
            });
            if (!to)
                continue;
            const spec = `${plan.operator}${to}`;
            for (const k of where)
                data[k][plan.name] = spec;
            done.push(`${plan.name} ${plan.spec} → ${spec}`);
        }
        if (done.length === 0)
            return { commands, skipped: why.join("; ") || "no pin the log names could be read" };
        writeManifest(ctx.repoDir, manifest, data);
        commands.unshift(...done.map((d) => `pin ${d}`));
        return finish(ctx, commands);
    },
    check: lockCheck,
};
/**
 * Regenerates the lockfile after package.json changed. When the package manager cannot, the
 * attempt is skipped, and runFixer puts both files back: a manifest the lockfile disagrees with
 * would only swap one CI failure for another.
 */
async function finish(ctx, commands) {
    const failed = await syncLock(ctx, commands);
    if (!failed)
        return { commands };
    return {
        commands,
        skipped: `the lockfile could not be regenerated, so package.json was restored: ${failed}`,
    };
}
/** The lockfile agrees with package.json (the manager's own check), or, with no lockfile, nothing to prove here. */
async function lockCheck(ctx) {
    const pm = packageManager(ctx.repoDir);
    if (!lockfileOf(ctx.repoDir, pm))
        return { ok: true, command: "no lockfile to check", output: "" };
    const cmd = lockCheckCommand(ctx.repoDir, pm);
    const r = await runPm(ctx, cmd);
    return { ok: r.exitCode === 0, command: commandText(cmd), output: (0,fixers_files/* tail */.RT)(`${r.stdout}\n${r.stderr}`) };
}
// ---- packages imported but not declared
const BUILTINS = new Set(external_node_module_.builtinModules.flatMap((m) => [m, m.replace(/^node:/, "")]));
/** The package a bare specifier names (`@a/b/c` → `@a/b`, `lodash/fp` → `lodash`), or null. */
function packageOf(specifier) {
    if (/^(?:\.|\/|[A-Za-z]:[\\/]|node:|[a-z]+:\/\/)/.test(specifier))
        return null;
    const parts = specifier.split("/");
    const name = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
    if (BUILTINS.has(name) || BUILTINS.has(specifier) || !validNpmName(name))
        return null;
    return name;
}
function addPlans(repoDir, failures) {
    const plans = new Map();
    for (const f of failures) {
        const text = (0,fixers_files/* failureText */.kY)(f);
        const spec = MISSING.map((re) => re.exec(text)?.[1]).find(Boolean);
        const name = spec ? packageOf(spec) : null;
        if (!name)
            continue;
        const plan = plans.get(name) ?? { name, importers: [] };
        for (const l of f.locations) {
            const p = (0,fixers_files/* repoPath */.qN)(repoDir, l.file.replace(/^file:\/\//, ""));
            if (p)
                plan.importers.push(p);
        }
        plans.set(name, plan);
    }
    return [...plans.values()];
}
/** The `packages` maps of npm's lockfiles, parsed once for every package looked up in them. */
function lockPackages(repoDir) {
    return LOCKFILES.npm.flatMap((lock) => {
        try {
            const packages = JSON.parse((0,fixers_files/* readText */.yR)(repoDir, lock)).packages;
            return packages && typeof packages === "object" ? [packages] : [];
        }
        catch {
            return [];
        }
    });
}
/** The version the lockfile (a top-level, else the highest nested entry) or node_modules already holds. */
function resolvedVersion(repoDir, locks, name) {
    for (const packages of locks) {
        const hits = Object.entries(packages)
            .filter(([k, v]) => (k === `node_modules/${name}` || k.endsWith(`/node_modules/${name}`)) && !v?.link)
            .map(([k, v]) => ({ top: k === `node_modules/${name}`, version: v?.version }))
            .filter((h) => typeof h.version === "string" && !!semver.valid(h.version));
        const top = hits.find((h) => h.top);
        if (top)
            return top.version;
        if (hits.length > 0)
            return hits.map((h) => h.version).sort(semver.rcompare)[0];
    }
    try {
        const v = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(repoDir, "node_modules", name, "package.json"), "utf8")).version;
        if (typeof v === "string" && semver.valid(v))
            return v;
    }
    catch {
        /* not installed */
    }
    return null;
}
const LOCAL_EXT = ["", ".ts", ".tsx", ".d.ts", ".js", ".jsx", ".mjs", ".cjs", ".json"];
/** A repo file or folder a bare specifier could mean (at the root, in src/, under tsconfig's baseUrl), or null. */
function localShadow(repoDir, name) {
    const roots = new Set([".", "src"]);
    for (const config of ["tsconfig.json", "jsconfig.json"]) {
        // tsconfig allows comments and trailing commas; a baseUrl is one plain string either way.
        const base = /"baseUrl"\s*:\s*"([^"\n]{1,200})"/.exec((0,fixers_files/* readText */.yR)(repoDir, config))?.[1];
        if (base)
            roots.add(base.replace(/^\.\/?/, "").replace(/\/$/, "") || ".");
    }
    for (const root of roots) {
        const rel = root === "." ? name : `${root}/${name}`;
        if ((0,fixers_files/* repoPath */.qN)(repoDir, rel) === null)
            continue;
        for (const ext of LOCAL_EXT)
            if ((0,fixers_files/* repoHas */.fc)(repoDir, rel + ext))
                return rel + ext;
    }
    return null;
}
/** The package.json nearest above a repo file (the root's when no folder on the way has one). */
function ownManifest(repoDir, file) {
    const parts = file.split("/").slice(0, -1);
    for (let i = parts.length; i > 0; i--) {
        const candidate = [...parts.slice(0, i), "package.json"].join("/");
        if (!candidate.split("/").includes("node_modules") && (0,fixers_files/* repoHas */.fc)(repoDir, candidate))
            return candidate;
    }
    return "package.json";
}
/** The range prefix `npm install` would save with, from the project's .npmrc. */
function savePrefix(repoDir) {
    const rc = (0,fixers_files/* readText */.yR)(repoDir, ".npmrc");
    if (/^\s*save-exact\s*=\s*true\s*$/m.test(rc))
        return "";
    const p = /^\s*save-prefix\s*=\s*["']?([~^]?)["']?\s*$/m.exec(rc);
    return p ? p[1] : "^";
}
const npmAddDependencyFixer = {
    id: "npm-add-dependency",
    strategy: "dependencies",
    claims(failure, repoDir) {
        if (failure.strategy === "none" || failure.category !== "import_error")
            return false;
        const text = (0,fixers_files/* failureText */.kY)(failure);
        const spec = MISSING.map((re) => re.exec(text)?.[1]).find(Boolean);
        return !!spec && packageOf(spec) !== null && (0,fixers_files/* repoHas */.fc)(repoDir, "package.json");
    },
    async fix(ctx, failures) {
        const opened = openManifest(ctx.repoDir);
        if (!("manifest" in opened))
            return opened;
        const { manifest, data } = opened;
        const commands = [];
        const done = [];
        const why = [];
        const locks = lockPackages(ctx.repoDir);
        const prefix = savePrefix(ctx.repoDir);
        for (const plan of addPlans(ctx.repoDir, failures)) {
            // An importer inside a workspace package answers to that package's manifest, not the root's.
            const nested = plan.importers
                .map((p) => ({ p, own: ownManifest(ctx.repoDir, p) }))
                .find(({ own }) => own !== "package.json");
            if (nested) {
                why.push(`${nested.p} belongs to ${nested.own}, not the root package.json`);
                continue;
            }
            // Declared already: the install step, not the manifest, is what is missing.
            if (SECTIONS.some((k) => Object.hasOwn(section(manifest.data, k), plan.name)) ||
                manifest.data.name === plan.name) {
                why.push(`package.json already declares ${plan.name}`);
                continue;
            }
            // 'components/Button' under a baseUrl is a path alias gone wrong, not a package: adding a
            // registry package of that name would run a stranger's install scripts in CI.
            const shadow = localShadow(ctx.repoDir, plan.name);
            if (shadow) {
                why.push(`${plan.name} also names the local ${shadow}: a path alias, not a package`);
                continue;
            }
            let version = resolvedVersion(ctx.repoDir, locks, plan.name);
            let from = "the lockfile";
            if (!version) {
                const latest = await npmView(ctx, plan.name, "version", commands);
                version = typeof latest === "string" && semver.valid(latest) === latest ? latest : null;
                from = "the registry's latest";
            }
            if (!version) {
                why.push(`no version of ${plan.name} is known to the lockfile or the registry`);
                continue;
            }
            const key = plan.importers.length > 0 && plan.importers.every((p) => silencers/* TEST_FILE */.s.test(p) || TEST_CONFIG.test(p))
                ? "devDependencies"
                : "dependencies";
            const target = {
                ...section(data, key),
                [plan.name]: `${prefix}${version}`,
            };
            data[key] = Object.fromEntries(Object.entries(target).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
            done.push(`${plan.name}@${version} to ${key} (from ${from})`);
        }
        if (done.length === 0)
            return { commands, skipped: why.join("; ") || "no missing package to add" };
        writeManifest(ctx.repoDir, manifest, data);
        commands.unshift(...done.map((d) => `add ${d}`));
        return finish(ctx, commands);
    },
    check: lockCheck,
};
const npmDepsFixers = [npmPinFixer, npmAddDependencyFixer];
//# sourceMappingURL=deps-npm.js.map
;// CONCATENATED MODULE: ./lib/healing/fixers/deps-python.js




/**
 * `pip-pin-version`: a requirements file pins a version the index does not have. pip's own error
 * lists what the index offers ("Could not find a version that satisfies the requirement
 * foo==9.9 (from versions: 1.0, 1.1, 2.0)"), so the nearest existing version comes from the log
 * alone: no command runs, nothing is fetched, and the answer is the same on every machine. The
 * line in requirements*.txt / constraints*.txt that pins exactly that version is rewritten, with
 * its operator (==, ===, ~=), extras, marker and comment kept. Lines with --hash are left alone:
 * a new version needs new hashes, which only the index can give.
 */
const PIP_NO_VERSION = /Could not find a version that satisfies the requirement (\S+) \(from versions: ([^)]*)\)/;
/** `name[extra]==1.5` as pip repeats it: name, operator, version. */
const REQUIREMENT = /^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[A-Za-z0-9._,\s-]*\])?(===|==|~=)([^\s,;]+)$/;
const normalize = (name) => name.toLowerCase().replace(/[-_.]+/g, "-");
function planPin(failure) {
    const m = PIP_NO_VERSION.exec((0,fixers_files/* failureText */.kY)(failure));
    if (!m)
        return null;
    const req = REQUIREMENT.exec(m[1]);
    if (!req || !PY_NAME.test(req[1]))
        return null;
    const requested = parsePep440(req[3]);
    if (!requested)
        return null;
    const offered = m[2]
        .split(",")
        .map((v) => v.trim())
        .filter((v) => v && v !== "none")
        .map(parsePep440)
        .filter((v) => v !== null);
    // The pinned version is on offer: the failure is something else (a Python-version or platform mismatch).
    if (offered.some((v) => pep440Order.compare(v, requested) === 0))
        return null;
    const to = nearestVersion(requested, offered, pep440Order);
    return to ? { name: req[1], operator: req[2], requested, to: to.text } : null;
}
/** The rewritten line, or null when it is not a pin of this name at the requested version. */
function rewrite(line, plan) {
    const m = /^(\s*)([A-Za-z0-9][A-Za-z0-9._-]*)(\s*\[[^\]]*\])?(\s*)(===|==|~=)(\s*)([^\s,;#]+)(.*)$/.exec(line);
    if (!m || normalize(m[2]) !== normalize(plan.name) || m[5] !== plan.operator)
        return null;
    if (/--hash\b/.test(m[8]) || /^\s*,/.test(m[8]))
        return null;
    const pinned = parsePep440(m[7]);
    if (!pinned || pep440Order.compare(pinned, plan.requested) !== 0)
        return null;
    return `${m[1]}${m[2]}${m[3] ?? ""}${m[4]}${m[5]}${m[6]}${plan.to}${m[8]}`;
}
const pipPinFixer = {
    id: "pip-pin-version",
    strategy: "dependencies",
    claims(failure, repoDir) {
        return (failure.strategy !== "none" &&
            ["pip", "pip3", "python", "python3", ""].includes((0,fixers_files/* toolName */.Uf)(failure)) &&
            PIP_NO_VERSION.test((0,fixers_files/* failureText */.kY)(failure)) &&
            requirementFiles(repoDir).length > 0);
    },
    async fix(ctx, failures) {
        const plans = failures.map(planPin).filter((p) => p !== null);
        if (plans.length === 0)
            return { commands: [], skipped: "pip's error lists no version to move the pin to" };
        const done = [];
        for (const file of requirementFiles(ctx.repoDir)) {
            if (!(0,fixers_files/* plainFile */.dC)(ctx.repoDir, file))
                continue;
            const text = (0,fixers_files/* readText */.yR)(ctx.repoDir, file);
            const lines = text.split("\n");
            let changed = false;
            for (let i = 0; i < lines.length; i++) {
                const cr = lines[i].endsWith("\r") ? "\r" : "";
                const body = cr ? lines[i].slice(0, -1) : lines[i];
                for (const plan of plans) {
                    const next = rewrite(body, plan);
                    if (next === null)
                        continue;
                    lines[i] = next + cr;
                    changed = true;
                    done.push(`${file}:${i + 1} ${plan.name}${plan.operator}${plan.requested.text} → ${plan.to}`);
                    break;
                }
            }
            if (changed)
                (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(ctx.repoDir, file), lines.join("\n"));
        }
        if (done.length === 0)
            return { commands: [], skipped: "no requirements file pins the version pip could not find" };
        return { commands: done.map((d) => `pin ${d}`) };
    },
    async check(ctx, failures) {
        // The pins now name versions pip listed; the CI command's install proves they install.
        const plans = failures.map(planPin).filter((p) => p !== null);
        const stale = requirementFiles(ctx.repoDir).flatMap((file) => (0,fixers_files/* readText */.yR)(ctx.repoDir, file)
            .split("\n")
            .filter((l) => plans.some((p) => rewrite(l.replace(/\r$/, ""), p) !== null))
            .map((l) => `${file}: ${l.trim()}`));
        return { ok: stale.length === 0, command: "re-read the requirement pins", output: stale.join("\n") };
    },
};
//# sourceMappingURL=deps-python.js.map
;// CONCATENATED MODULE: ./lib/healing/fixers/imports.js



function hits(spec, repoDir, failures) {
    const out = new Map();
    for (const f of failures) {
        for (const text of (0,fixers_files/* failureText */.kY)(f).split("\n")) {
            const m = spec.pattern.exec(text);
            if (!m?.groups)
                continue;
            const file = (0,fixers_files/* repoPath */.qN)(repoDir, m.groups.file);
            if (!file)
                continue;
            // pylint names the import in a second group.
            const hit = {
                file,
                line: Number(m.groups.line ?? m.groups.line2),
                name: m.groups.name ?? m.groups.name2 ?? "",
            };
            out.set(`${hit.file}:${hit.line}:${hit.name}`, hit);
        }
    }
    return [...out.values()];
}
/** `import a, b as c` / `from m import x, y` with one name taken out; null when not single-line. */
function editPython(line, name) {
    if (/[()\\]/.test(line) || line.includes(";"))
        return null;
    const indent = /^\s*/.exec(line)[0];
    const plain = /^\s*import\s+(.+?)\s*(#.*)?$/.exec(line);
    const from = /^\s*from\s+(\S+)\s+import\s+(.+?)\s*(#.*)?$/.exec(line);
    const drop = (list, target) => {
        const items = list.split(",").map((s) => s.trim());
        const kept = items.filter((i) => i !== target && i.split(/\s+as\s+/)[0] !== target && i !== name);
        return kept.length === items.length ? null : kept;
    };
    if (plain) {
        const kept = drop(plain[1], name);
        if (!kept)
            return null;
        return kept.length === 0 ? "" : `${indent}import ${kept.join(", ")}`;
    }
    if (from) {
        const module = from[1];
        const bare = name.startsWith(`${module}.`) ? name.slice(module.length + 1) : name.replace(/^\.+/, "");
        const kept = drop(from[2], bare.split(/\s+as\s+/)[0]);
        if (!kept)
            return null;
        return kept.length === 0 ? "" : `${indent}from ${module} import ${kept.join(", ")}`;
    }
    return null;
}
function editGo(line, path) {
    const quoted = JSON.stringify(path);
    if (!line.includes(quoted))
        return null;
    const rest = line
        .replace(quoted, "")
        .replace(/\/\/.*$/, "")
        .trim();
    return /^(import\s+)?([A-Za-z_][\w]*|\.|_)?$/.test(rest) ? "" : null;
}
/**
 * `import D, { a, b as c } from "m"` with the unused local name taken out; the whole line goes
 * when nothing is left (what TypeScript's own emit does with an all-unused import). Multi-line
 * and side-effect-only imports are not touched.
 */
function editTs(line, name) {
    const m = /^(\s*)import\s+(type\s+)?(.+?)\s+from\s+(["'][^"']+["'];?)\s*$/.exec(line);
    if (!m || line.includes("{") !== line.includes("}"))
        return null;
    const [, indent, typeKw = "", clause, from] = m;
    // TS6192: every name in this import is unused.
    if (name === "")
        return "";
    const braces = /\{([^}]*)\}/.exec(clause);
    const outside = clause
        .replace(/\{[^}]*\}/, "")
        .replace(/,\s*$/, "")
        .replace(/^\s*,/, "")
        .trim();
    let head = outside;
    if (head === name || head === `* as ${name}` || /^\*\s+as\s+(\w+)$/.exec(head)?.[1] === name)
        head = "";
    let specs = braces
        ? braces[1]
            .split(",")
            .map((x) => x.trim())
            .filter(Boolean)
        : [];
    const before = specs.length;
    specs = specs.filter((x) => x
        .replace(/^type\s+/, "")
        .split(/\s+as\s+/)
        .pop() !== name);
    if (head === outside && specs.length === before)
        return null;
    if (!head && specs.length === 0)
        return "";
    const parts = [head, specs.length ? `{ ${specs.join(", ")} }` : ""].filter(Boolean);
    return `${indent}import ${typeKw}${parts.join(", ")} from ${from}`;
}
const imports_SPECS = [
    {
        id: "python-unused-import",
        tools: ["flake8", "ruff", "pyflakes", "pylint", "python", ""],
        pattern: /(?<file>[^\s:'"]+\.pyi?):(?<line>\d+):\d+:\s+(?:F401\s+(?:\[\*\]\s+)?['`"](?<name>[\w.]+)(?: as \w+)?['`"] imported but unused|W0611: Unused import (?<name2>[\w.]+))/,
        edit: editPython,
        check: (files) => [["flake8", ["--select=F401,E999,F821", "--", ...files]]],
    },
    {
        id: "ts-unused-import",
        tools: ["tsc", "typescript", "vue-tsc", ""],
        pattern: /(?<file>[^\s(:]+\.(?:ts|tsx|mts|cts))(?:\((?<line>\d+),\d+\)|:(?<line2>\d+):\d+)\s*:?\s*-?\s*error TS6(?:133: '(?<name>[^']+)' is declared but its value is never read|196: '(?<name2>[^']+)' is declared but never used|192: All imports in import declaration are unused)/,
        edit: editTs,
        // The compiler named these locals unused, so removing them cannot break the build; the
        // verify command proves the rest (a TS6133 on a local variable is left as is).
        check: () => [],
    },
    {
        id: "go-unused-import",
        tools: ["go", "gc", "vet", ""],
        // go >= 1.20: `"os" imported and not used`; go 1.19: `imported and not used: "os"`.
        pattern: /(?<file>[^\s:]+\.go):(?<line>\d+):\d+: (?:"(?<name>[^"]+)" imported (?:as \w+ )?(?:and|but) not used|imported (?:and|but) not used: "(?<name2>[^"]+)")/,
        edit: editGo,
        needs: "go.mod",
        // Syntax only: the compiler reports one unused import per package at a time (vet) or stops
        // at the first error, so a full build here would fail on the next one; the verify rounds
        // catch what remains.
        check: (files) => [["gofmt", ["-e", "-w", "--", ...files]]],
    },
];
function unusedImportFixer(spec) {
    return {
        id: spec.id,
        strategy: "imports",
        claims(failure, repoDir) {
            if (failure.strategy === "none" || !spec.tools.includes((0,fixers_files/* toolName */.Uf)(failure)))
                return false;
            const named = hits(spec, repoDir, [failure]);
            // (go.mod may sit in a module folder below the root: a monorepo of services.)
            if (spec.needs &&
                !(0,fixers_files/* repoHas */.fc)(repoDir, spec.needs) &&
                !named.some((h) => (0,fixers_files/* nearestWith */.ZU)(repoDir, h.file, spec.needs) !== null))
                return false;
            return named.length > 0;
        },
        async fix(ctx, failures) {
            const all = hits(spec, ctx.repoDir, failures);
            const byFile = new Map();
            for (const h of all)
                byFile.set(h.file, [...(byFile.get(h.file) ?? []), h]);
            let edited = 0;
            const refused = [];
            for (const [file, list] of byFile) {
                // (A path the log gave that names no file here, e.g. one of several packages' main.go.)
                if (!(0,fixers_files/* plainFile */.dC)(ctx.repoDir, file)) {
                    refused.push(`${file}: no such file in the repo`);
                    continue;
                }
                const path = (0,external_node_path_.join)(ctx.repoDir, file);
                const out = (0,fixers_files/* keepLineEnds */.KK)((0,external_node_fs_.readFileSync)(path, "utf8"), (text) => {
                    const lines = text.split("\n");
                    // Bottom-up, so deleting a line never shifts a line still to be edited.
                    const deleted = new Set();
                    for (const h of list.sort((a, b) => b.line - a.line)) {
                        // Another name on this line already emptied the import and the line is gone.
                        if (deleted.has(h.line)) {
                            edited++;
                            continue;
                        }
                        const current = lines[h.line - 1];
                        const next = current === undefined ? null : spec.edit(current, h.name);
                        if (next === null)
                            refused.push(`${file}:${h.line}`);
                        else {
                            if (next === "") {
                                lines.splice(h.line - 1, 1);
                                deleted.add(h.line);
                            }
                            else
                                lines[h.line - 1] = next;
                            edited++;
                        }
                    }
                    return lines.join("\n");
                });
                if (out !== null)
                    (0,external_node_fs_.writeFileSync)(path, out);
            }
            if (edited === 0)
                return { commands: [], skipped: `no import line in a form this fixer edits (${refused.join(", ")})` };
            return {
                commands: [`remove ${edited} unused import(s)`],
                note: refused.length ? `left as is: ${refused.join(", ")}` : undefined,
            };
        },
        async check(ctx, _failures, changed) {
            const commands = [];
            for (const [bin, args] of spec.check(changed)) {
                commands.push(`${bin} ${args.join(" ")}`);
                const r = await ctx.runner.run(bin, args, { cwd: ctx.repoDir, timeoutMs: ctx.timeoutMs });
                if (r.exitCode !== 0)
                    return {
                        ok: false,
                        command: commands.join(" && "),
                        output: (0,fixers_files/* tail */.RT)(`${r.stdout}\n${r.stderr}`.trim()),
                    };
            }
            return { ok: true, command: commands.join(" && "), output: "" };
        },
    };
}
const importFixers = imports_SPECS.map(unusedImportFixer);
//# sourceMappingURL=imports.js.map
;// CONCATENATED MODULE: ./lib/healing/fixers/imports-add.js




const TS_MISSING = /(?<file>[^\s(:]+\.(?:ts|tsx|mts|cts|js|jsx|mjs))(?:\((?<line>\d+),\d+\)|:(?<line2>\d+):\d+)\s*:?\s*-?\s*error TS(?:2304|2552): Cannot find name '(?<name>[A-Za-z_$][\w$]*)'/;
const PY_F821 = /(?<file>[^\s:'"]+\.pyi?):\d+:\d+:\s+F821 [Uu]ndefined name ['`](?<name>\w+)['`]/;
const PY_FRAME = /^\s*File "(?<file>[^"]+\.py)", line \d+/;
const PY_NAME_ERROR = /NameError: name '(?<name>\w+)' is not defined/;
/** pytest names the test file after the error: `tests/test_a.py:3: NameError`. */
const PYTEST_WHERE = /^(?<file>[^\s:]+\.py):\d+: NameError$/;
const GO_UNDEFINED = /(?<file>[^\s:]+\.go):\d+:\d+: (?:undefined|undeclared name): (?<name>[A-Za-z_]\w*)\s*$/;
function imports_add_hits(repoDir, failures) {
    const out = new Map();
    const add = (lang, raw, name) => {
        const file = (0,fixers_files/* repoPath */.qN)(repoDir, raw);
        if (file)
            out.set(`${file}:${name}`, { lang, file, name });
    };
    for (const f of failures) {
        let frame = null;
        let pending = null;
        // Names this failure already placed in a file: pytest's closing summary (`FAILED
        // t.py::test - NameError: ...`) repeats the error with no frame, and is no place of use.
        const placed = new Set();
        for (const text of (0,fixers_files/* failureText */.kY)(f).split("\n")) {
            const ts = TS_MISSING.exec(text);
            if (ts?.groups)
                add("ts", ts.groups.file, ts.groups.name);
            const py = PY_F821.exec(text);
            if (py?.groups)
                add("py", py.groups.file, py.groups.name);
            const fr = PY_FRAME.exec(text);
            if (fr?.groups)
                frame = fr.groups.file;
            const ne = PY_NAME_ERROR.exec(text);
            // The innermost frame of the traceback is where the name was used.
            if (ne?.groups && frame) {
                add("py", frame, ne.groups.name);
                placed.add(ne.groups.name);
            }
            else if (ne?.groups && !placed.has(ne.groups.name))
                pending = ne.groups.name;
            const where = PYTEST_WHERE.exec(text.trim());
            if (where?.groups && pending) {
                add("py", where.groups.file, pending);
                placed.add(pending);
                pending = null;
            }
            const go = GO_UNDEFINED.exec(text);
            if (go?.groups)
                add("go", go.groups.file, go.groups.name);
        }
        // A NameError whose file the lines above did not name: the analyzer's own location.
        const py = f.locations.filter((l) => /\.py$/.test(l.file)).pop();
        if (pending && py)
            add("py", py.file, pending);
    }
    return [...out.values()];
}
// Build output repeats the sources' exports, and mocks and fixtures shadow them on purpose:
// counting either would make every name look ambiguous.
const SKIP_DIRS = new Set([
    "node_modules",
    "dist",
    "build",
    "lib",
    "out",
    "coverage",
    "__mocks__",
    "fixtures",
    "__fixtures__",
]);
const TS_SOURCE = [".ts", ".tsx", ".mts", ".js", ".mjs", ".jsx"];
const DECL = /^export\s+(?:declare\s+)?(?:abstract\s+)?(async\s+function\*?|function\*?|const|let|var|class|interface|type|enum)\s+([A-Za-z_$][\w$]*)/gm;
const DEFAULT = /^export\s+default\s+(?:abstract\s+)?(?:async\s+)?(?:function\*?|class)\s+([A-Za-z_$][\w$]*)/gm;
const LIST = /^export\s*(type\s+)?\{([^}]*)\}\s*;?\s*$/gm;
function sourceFiles(repoDir, dir = "", out = []) {
    for (const entry of (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(repoDir, dir), { withFileTypes: true })) {
        const rel = dir ? `${dir}/${entry.name}` : entry.name;
        if (entry.isDirectory()) {
            if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith("."))
                sourceFiles(repoDir, rel, out);
        }
        else if (TS_SOURCE.includes((0,external_node_path_.extname)(entry.name)) && !entry.name.endsWith(".d.ts"))
            out.push(rel);
        if (out.length > 5000)
            break;
    }
    return out;
}
/** name → the repo files that export it (declarations and `export { a, b as c }` lists, not re-exports). */
function repoExports(repoDir) {
    const map = new Map();
    const put = (name, c) => map.set(name, [...(map.get(name) ?? []), c]);
    for (const file of sourceFiles(repoDir)) {
        const text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(repoDir, file), "utf8");
        for (const m of text.matchAll(DECL))
            put(m[2], { module: file, kind: m[1] === "interface" || m[1] === "type" ? "type" : "value" });
        for (const m of text.matchAll(DEFAULT))
            put(m[1], { module: file, kind: "default" });
        for (const m of text.matchAll(LIST)) {
            for (const spec of m[2].split(",")) {
                const parts = spec
                    .trim()
                    .replace(/^type\s+/, "")
                    .split(/\s+as\s+/);
                const name = parts[parts.length - 1];
                if (/^[A-Za-z_$][\w$]*$/.test(name) && name !== "default")
                    put(name, { module: file, kind: m[1] || spec.trim().startsWith("type ") ? "type" : "value" });
            }
        }
    }
    return map;
}
const requireBuiltin = (0,external_node_module_.createRequire)(import.meta.url);
let nodeExports;
/** name → the `node:` modules exporting it; deprecated aliases and internals left out. */
function nodeBuiltins() {
    nodeExports ??= Promise.resolve().then(() => {
        const map = new Map();
        // Deprecated aliases, experimental modules that warn on load, and `console`, whose
        // `log`/`error` would otherwise answer for any undefined `log`.
        const skip = new Set([
            "console",
            "sys",
            "constants",
            "punycode",
            "domain",
            "test/reporters",
            "sea",
            "sqlite",
            "wasi",
        ]);
        for (const raw of external_node_module_.builtinModules) {
            const m = raw.replace(/^node:/, "");
            if (m.includes("_") || skip.has(m))
                continue;
            try {
                const mod = requireBuiltin(`node:${m}`);
                for (const name of Object.keys(mod))
                    if (name !== "default" && !name.startsWith("_"))
                        map.set(name, [...(map.get(name) ?? []), m]);
            }
            catch {
                // Some built-ins only load behind a flag.
            }
        }
        // `path/posix`, `fs/promises`: a name the top-level module also exports is that module's.
        for (const [name, mods] of map) {
            const top = mods.filter((m) => !mods.some((o) => m.startsWith(`${o}/`)));
            map.set(name, top);
        }
        return map;
    });
    return nodeExports;
}
async function tsCandidates(repoDir, names) {
    const own = repoExports(repoDir);
    const node = await nodeBuiltins();
    return new Map(names.map((n) => [
        n,
        [
            ...(own.get(n) ?? []),
            ...(node.get(n) ?? []).map((m) => ({ module: `node:${m}`, kind: "value" })),
        ],
    ]));
}
const PY_COMMON = [
    "collections",
    "itertools",
    "functools",
    "pathlib",
    "typing",
    "dataclasses",
    "datetime",
    "os.path",
    "re",
    "json",
    "math",
    "enum",
    "abc",
    "contextlib",
    "decimal",
    "fractions",
    "random",
    "statistics",
    "string",
    "textwrap",
    "time",
    "uuid",
    "subprocess",
    "shutil",
    "tempfile",
    "logging",
];
/**
 * Asks the project's python3 which standard-library module provides each name. A name that
 * several modules export as the same object (`typing.OrderedDict` is `collections.OrderedDict`)
 * counts once, under the module that defines it.
 */
const PY_SCRIPT = `
import sys, json, importlib
names = json.loads(sys.argv[1]); mods = json.loads(sys.argv[2]); out = {}
std = {m for m in sys.stdlib_module_names if not m.startswith("_")}
for n in names:
    if n in std:
        out[n] = [{"module": n, "kind": "module"}]; continue
    found = {}
    for m in mods:
        try: mod = importlib.import_module(m)
        except Exception: continue
        public = getattr(mod, "__all__", None)
        if public is not None and n not in public: continue
        if not hasattr(mod, n) or n.startswith("_"): continue
        obj = getattr(mod, n)
        if type(obj).__name__ == "module": continue
        origin = getattr(obj, "__origin__", obj)
        owner = getattr(origin, "__module__", None)
        if public is None and owner not in (None, m, "builtins") and not str(owner).startswith("_" + m): continue
        key = id(origin)
        if key not in found or owner == m: found[key] = m
    out[n] = [{"module": m, "kind": "from"} for m in found.values()]
print(json.dumps(out))
`;
async function pyCandidates(ctx, names) {
    const r = await ctx.runner.run("python3", ["-c", PY_SCRIPT, JSON.stringify(names), JSON.stringify(PY_COMMON)], {
        cwd: ctx.repoDir,
        timeoutMs: ctx.timeoutMs,
    });
    if (r.exitCode !== 0)
        return new Map();
    try {
        // The last line: an imported module may print to stdout before the script's answer.
        const answer = r.stdout.trimEnd().split("\n").pop() ?? "";
        return new Map(Object.entries(JSON.parse(answer)));
    }
    catch {
        return new Map();
    }
}
async function goStd(runner, cwd, timeoutMs) {
    const r = await runner.run("go", ["list", "std"], { cwd, timeoutMs });
    const map = new Map();
    if (r.exitCode !== 0)
        return map;
    for (const path of r.stdout.split("\n").map((l) => l.trim())) {
        const parts = path.split("/");
        if (!path || parts.some((p) => p === "internal" || p === "vendor"))
            continue;
        const last = parts[parts.length - 1];
        map.set(last, [...(map.get(last) ?? []), path]);
    }
    return map;
}
// ---- edits ------------------------------------------------------------------------------
const TS_IMPORT_END = /(?:^import\s+["'][^"']+["']|from\s+["'][^"']+["'])\s*;?\s*$/;
/** `./util.js` or `./util`, following the file's own relative imports, then tsconfig's module mode. */
function tsSpecifier(repoDir, file, lines, target) {
    if (target.startsWith("node:"))
        return target;
    let rel = external_node_path_.posix.relative(external_node_path_.posix.dirname(file), target);
    if (!rel.startsWith("."))
        rel = `./${rel}`;
    const relImports = lines.flatMap((l) => /from\s+["'](\.{1,2}\/[^"']+)["']/.exec(l)?.[1] ?? []);
    let jsSuffix;
    if (relImports.length > 0)
        jsSuffix = relImports.some((s) => /\.[cm]?js$/.test(s));
    else {
        let tsconfig = "";
        try {
            tsconfig = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(repoDir, "tsconfig.json"), "utf8");
        }
        catch {
            // No tsconfig: the bundler-style default, no extension.
        }
        jsSuffix = /"module(?:Resolution)?"\s*:\s*"node(?:16|next)"/i.test(tsconfig);
    }
    const ext = (0,external_node_path_.extname)(rel);
    const bare = rel.slice(0, rel.length - ext.length);
    if (!jsSuffix)
        return bare;
    return bare + ({ ".ts": ".js", ".tsx": ".js", ".mts": ".mjs" }[ext] ?? ext);
}
function imports_add_editTs(repoDir, file, text, name, c) {
    const lines = text.split("\n");
    const spec = tsSpecifier(repoDir, file, lines, c.module);
    const quote = lines.some((l) => /^import .*'[^']+';?\s*$/.test(l)) ? "'" : '"';
    const typeOnly = c.kind === "type";
    const existing = c.kind === "default"
        ? -1
        : lines.findIndex((l) => new RegExp(`^import\\s+${typeOnly ? "(?:type\\s+)?" : ""}\\{[^}]*\\}\\s+from\\s+["']${(0,fixers_files/* escapeRegExp */.Nt)(spec)}["'];?\\s*$`).test(l));
    if (existing >= 0) {
        const isTypeImport = /^import\s+type\b/.test(lines[existing]);
        const item = typeOnly && !isTypeImport ? `type ${name}` : name;
        lines[existing] = lines[existing].replace(/\{\s*([^}]*?)\s*\}/, (_, inner) => `{ ${[inner, item].filter(Boolean).join(", ")} }`);
        return lines.join("\n");
    }
    let last = -1;
    for (let i = 0; i < lines.length; i++)
        if (TS_IMPORT_END.test(lines[i]))
            last = i;
    const clause = c.kind === "default" ? name : `${typeOnly ? "type " : ""}{ ${name} }`;
    const line = `import ${clause} from ${quote}${spec}${quote};`;
    if (last >= 0)
        lines.splice(last + 1, 0, line);
    else
        lines.splice(lines[0]?.startsWith("#!") ? 1 : 0, 0, line, "");
    return lines.join("\n");
}
function editPy(text, name, c) {
    const lines = text.split("\n");
    if (c.kind === "from") {
        const i = lines.findIndex((l) => new RegExp(`^from\\s+${(0,fixers_files/* escapeRegExp */.Nt)(c.module)}\\s+import\\s+[^()\\\\#]+$`).test(l));
        if (i >= 0) {
            lines[i] = `${lines[i].trimEnd()}, ${name}`;
            return lines.join("\n");
        }
    }
    let at = 0;
    if (lines[0]?.startsWith("#!"))
        at = 1;
    while (at < lines.length && /^#/.test(lines[at]))
        at++;
    // A module docstring stays first.
    const doc = /^(?:[rRuU]?)("""|''')/.exec(lines[at] ?? "");
    if (doc) {
        const rest = lines[at].slice(lines[at].indexOf(doc[1]) + 3);
        let end = at;
        if (!rest.includes(doc[1])) {
            end = lines.findIndex((l, j) => j > at && l.includes(doc[1]));
            if (end < 0)
                return null;
        }
        at = end + 1;
    }
    let insert = at;
    for (let i = at; i < lines.length; i++) {
        const l = lines[i];
        if (/^(?:import|from)\s/.test(l)) {
            let j = i;
            if (l.includes("(") && !l.includes(")"))
                while (j < lines.length && !lines[j].includes(")"))
                    j++;
            while (lines[j]?.endsWith("\\"))
                j++;
            insert = j + 1;
            i = j;
        }
        else if (l.trim() !== "" && !l.startsWith("#"))
            break;
    }
    const stmt = c.kind === "module" ? `import ${c.module}` : `from ${c.module} import ${name}`;
    const blankBefore = insert === at && at > 0 && lines[at - 1]?.trim() !== "";
    lines.splice(insert, 0, ...(blankBefore ? ["", stmt] : [stmt]));
    // An import followed straight by code: flake8 and black want the blank lines back.
    if (insert === at && lines[insert + 1 + (blankBefore ? 1 : 0)]?.trim())
        lines.splice(insert + 1 + (blankBefore ? 1 : 0), 0, "");
    return lines.join("\n");
}
function imports_add_editGo(text, path) {
    const quoted = JSON.stringify(path);
    const block = /^import \($/m.exec(text);
    if (block)
        return text.replace(/^import \($/m, `import (\n\t${quoted}`);
    const single = /^import (\S+|\w+ \S+)$/m.exec(text);
    if (single)
        return text.replace(single[0], `import (\n\t${single[1]}\n\t${quoted}\n)`);
    const pkg = /^package \w+.*$/m.exec(text);
    if (!pkg)
        return null;
    return text.replace(pkg[0], `${pkg[0]}\n\nimport ${quoted}`);
}
// ---- the fixer --------------------------------------------------------------------------
/** What the fix added, per file, so the check can ask the tool about exactly those names. */
const added = new WeakMap();
const addImportFixer = {
    id: "add-missing-import",
    strategy: "imports",
    claims(failure, repoDir) {
        if (failure.strategy === "none")
            return false;
        const text = (0,fixers_files/* failureText */.kY)(failure);
        if (/\.go:\d+/.test(text) &&
            !(0,fixers_files/* repoHas */.fc)(repoDir, "go.mod") &&
            !imports_add_hits(repoDir, [failure]).some((h) => h.lang === "go" && (0,fixers_files/* nearestWith */.ZU)(repoDir, h.file, "go.mod") !== null))
            return false;
        return text
            .split("\n")
            .some((l) => TS_MISSING.test(l) || PY_F821.test(l) || PY_NAME_ERROR.test(l) || GO_UNDEFINED.test(l));
    },
    async fix(ctx, failures) {
        const all = imports_add_hits(ctx.repoDir, failures);
        const ts = all.filter((h) => h.lang === "ts");
        const py = all.filter((h) => h.lang === "py");
        const go = all.filter((h) => h.lang === "go");
        const tsC = ts.length ? await tsCandidates(ctx.repoDir, [...new Set(ts.map((h) => h.name))]) : new Map();
        const pyC = py.length ? await pyCandidates(ctx, [...new Set(py.map((h) => h.name))]) : new Map();
        const goC = go.length ? await goStd(ctx.runner, ctx.repoDir, ctx.timeoutMs) : new Map();
        const done = [];
        const refused = [];
        const commands = [];
        for (const h of all) {
            const path = (0,external_node_path_.join)(ctx.repoDir, h.file);
            let text;
            try {
                text = (0,external_node_fs_.readFileSync)(path, "utf8");
            }
            catch {
                refused.push(`${h.file}: not readable`);
                continue;
            }
            let cands;
            if (h.lang === "ts")
                cands = (tsC.get(h.name) ?? []).filter((c) => c.module !== h.file);
            else if (h.lang === "py")
                cands = (pyC.get(h.name) ?? []);
            else
                cands = (goC.get(h.name) ?? []).map((m) => ({ module: m, kind: "value" }));
            if (cands.length !== 1) {
                refused.push(cands.length === 0
                    ? `${h.name} (${h.file}): no module exports it`
                    : `${h.name} (${h.file}): ${cands.length} modules export it (${cands.map((c) => c.module).join(", ")})`);
                continue;
            }
            const c = cands[0];
            const next = (0,fixers_files/* keepLineEnds */.KK)(text, (lf) => h.lang === "ts"
                ? imports_add_editTs(ctx.repoDir, h.file, lf, h.name, c)
                : h.lang === "py"
                    ? editPy(lf, h.name, c)
                    : imports_add_editGo(lf, c.module));
            if (next === null || next === text) {
                refused.push(`${h.name} (${h.file}): no place to put the import`);
                continue;
            }
            (0,external_node_fs_.writeFileSync)(path, next);
            done.push(h);
            commands.push(`add import of ${h.name} from ${c.module} to ${h.file}`);
        }
        const goFiles = [...new Set(done.filter((h) => h.lang === "go").map((h) => h.file))];
        if (goFiles.length) {
            commands.push(`gofmt -w ${goFiles.join(" ")}`);
            await ctx.runner.run("gofmt", ["-w", "--", ...goFiles], { cwd: ctx.repoDir, timeoutMs: ctx.timeoutMs });
        }
        added.set(ctx, done);
        if (done.length === 0)
            return { commands, skipped: `no import added: ${refused.join("; ")}` };
        return { commands, note: refused.length ? `left as is: ${refused.join("; ")}` : undefined };
    },
    async check(ctx, _failures, changed) {
        const done = added.get(ctx) ?? [];
        const langs = new Set(done.map((h) => h.lang));
        const pyFiles = changed.filter((f) => f.endsWith(".py") || f.endsWith(".pyi"));
        const runs = [];
        if (langs.has("ts")) {
            runs.push([(0,fixers_files/* localBin */.dq)(ctx.repoDir, "tsc") ?? "tsc", ["--noEmit", "-p", "."], "tsc --noEmit -p .", ""]);
        }
        if (langs.has("py")) {
            const args = ["--select=F821,E999", "--", ...pyFiles];
            runs.push(["flake8", args, `flake8 ${args.join(" ")}`, ""]);
        }
        // Each Go module the fix touched builds in its own folder (a monorepo's services/api/go.mod).
        const modules = new Set(done.filter((h) => h.lang === "go").map((h) => (0,fixers_files/* nearestWith */.ZU)(ctx.repoDir, h.file, "go.mod") ?? ""));
        for (const m of modules)
            runs.push(["go", ["build", "./..."], m ? `(in ${m}) go build ./...` : "go build ./...", m]);
        const commands = [];
        for (const [bin, args, shown, dir] of runs) {
            commands.push(shown);
            const r = await ctx.runner.run(bin, args, { cwd: (0,external_node_path_.join)(ctx.repoDir, dir), timeoutMs: ctx.timeoutMs });
            const output = `${r.stdout}\n${r.stderr}`;
            if (r.exitCode === 127)
                return { ok: false, command: commands.join(" && "), output: `${bin} is not installed` };
            // The targeted names must be gone, and the new import must resolve and parse.
            const bad = output.split("\n").filter((l) => 
            // (A tool run in a module folder prints paths relative to it.)
            done.some((h) => l.includes(dir ? (0,external_node_path_.relative)(dir, h.file) : h.file)) &&
                (done.some((h) => missingLine(l, h)) || BROKEN.test(l)));
            if (bad.length > 0)
                return { ok: false, command: commands.join(" && "), output: (0,fixers_files/* tail */.RT)(bad.join("\n")) };
        }
        return { ok: true, command: commands.join(" && "), output: "" };
    },
};
/** An import that does not resolve, a syntax error, or an import Go calls unused. */
const BROKEN = /error TS(?:1\d{3}|2305|2306|2307|2614|2724)\b|E999|imported and not used|could not import/;
function missingLine(line, h) {
    return [`Cannot find name '${h.name}'`, `undefined name '${h.name}'`, `undefined: ${h.name}`].some((n) => line.includes(n));
}
//# sourceMappingURL=imports-add.js.map
;// CONCATENATED MODULE: ./lib/healing/fixers/module-typo.js



/**
 * A misspelt local import (`./utlis.js`, `app.helpres`): the module does not exist, but exactly
 * one sibling is a small edit away. The import on the reported line is rewritten to that
 * sibling; anything ambiguous (two close names, no line, a package import) is left alone.
 */
const module_typo_TS_MISSING = /Cannot find module '(\.{1,2}\/[^']+)'/;
const NODE_MISSING = /ERR_MODULE_NOT_FOUND\]?:? Cannot find module '([^']+)' imported from (\S+)/;
const PY_MISSING = /ModuleNotFoundError: No module named '([\w.]+)'/;
const CODE_EXT = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];
/** Edit distance where swapping two neighbours counts once (optimal string alignment): typos are often swaps. */
function distance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.length][b.length];
}
/** The one name within edit distance 2 (and a third of the length); null when none or several. */
function closest(name, candidates) {
    const limit = Math.min(2, Math.max(1, Math.floor(name.length / 3)));
    const scored = candidates
        .filter((c) => c !== name)
        .map((c) => ({ c, d: c.toLowerCase() === name.toLowerCase() ? 0.5 : distance(c, name) }))
        .filter((s) => s.d <= limit)
        .sort((x, y) => x.d - y.d);
    if (scored.length === 0 || (scored.length > 1 && scored[1].d === scored[0].d))
        return null;
    return scored[0].c;
}
function list(dir) {
    try {
        return (0,external_node_fs_.readdirSync)(dir);
    }
    catch {
        return [];
    }
}
function isDir(p) {
    try {
        return (0,external_node_fs_.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}
/** The corrected specifier for a JS/TS relative import, keeping its extension style. */
function fixJsSpecifier(repoDir, importer, spec) {
    const ext = (0,external_node_path_.extname)(spec);
    const stem = CODE_EXT.includes(ext) ? spec.slice(0, -ext.length) : spec;
    const dir = (0,external_node_path_.join)(repoDir, (0,external_node_path_.dirname)(importer), external_node_path_.posix.dirname(stem));
    const names = new Map();
    for (const entry of list(dir)) {
        const e = (0,external_node_path_.extname)(entry);
        if (CODE_EXT.includes(e))
            names.set(entry.slice(0, -e.length), entry);
        else if (isDir((0,external_node_path_.join)(dir, entry)) && !entry.startsWith("."))
            names.set(entry, entry);
    }
    const hit = closest(external_node_path_.posix.basename(stem), [...names.keys()]);
    if (!hit)
        return null;
    return `${external_node_path_.posix.dirname(stem) === "." ? "." : external_node_path_.posix.dirname(stem)}/${hit}${CODE_EXT.includes(ext) ? ext : ""}`;
}
/** The corrected dotted module for a Python import: only the last segment may be misspelt. */
function fixPythonModule(repoDir, importer, mod) {
    const parts = mod.split(".");
    const last = parts.pop();
    for (const base of [(0,external_node_path_.join)((0,external_node_path_.dirname)(importer), ...parts), (0,external_node_path_.join)(...(parts.length ? parts : ["."]))]) {
        const names = list((0,external_node_path_.join)(repoDir, base)).flatMap((e) => e.endsWith(".py") ? [e.slice(0, -3)] : isDir((0,external_node_path_.join)(repoDir, base, e)) && !e.startsWith("_") ? [e] : []);
        const hit = closest(last, names);
        if (hit)
            return [...parts, hit].join(".");
    }
    return null;
}
function plan(repoDir, failure) {
    const text = (0,fixers_files/* failureText */.kY)(failure);
    const at = [...failure.locations]
        .reverse()
        .map((l) => ({ file: (0,fixers_files/* repoPath */.qN)(repoDir, l.file), line: l.line }))
        .find((l) => l.file && l.line);
    const ts = module_typo_TS_MISSING.exec(text);
    const py = PY_MISSING.exec(text);
    const node = NODE_MISSING.exec(text);
    if (ts && at?.file && CODE_EXT.includes((0,external_node_path_.extname)(at.file))) {
        const to = fixJsSpecifier(repoDir, at.file, ts[1]);
        return to ? { file: at.file, line: at.line, from: ts[1], to } : null;
    }
    if (py && at?.file?.endsWith(".py")) {
        const to = fixPythonModule(repoDir, at.file, py[1]);
        return to ? { file: at.file, line: at.line, from: py[1], to } : null;
    }
    if (node) {
        // Node names the resolved absolute path and the importer; the line is not given.
        const importer = (0,fixers_files/* repoPath */.qN)(repoDir, node[2].replace(/^file:\/\//, ""));
        if (!importer)
            return null;
        const lines = (0,fixers_files/* readText */.yR)(repoDir, importer).split("\n");
        const base = external_node_path_.posix.basename(node[1]);
        const idx = lines.findIndex((l) => new RegExp(`["']\\.{1,2}/[^"']*${(0,fixers_files/* escapeRegExp */.Nt)(base)}["']`).test(l));
        if (idx < 0)
            return null;
        const spec = /["'](\.{1,2}\/[^"']+)["']/.exec(lines[idx])[1];
        const to = fixJsSpecifier(repoDir, importer, spec);
        return to ? { file: importer, line: idx + 1, from: spec, to } : null;
    }
    return null;
}
const moduleTypoFixer = {
    id: "module-typo",
    strategy: "imports",
    claims(failure, repoDir) {
        if (failure.strategy === "none")
            return false;
        const text = (0,fixers_files/* failureText */.kY)(failure);
        return (module_typo_TS_MISSING.test(text) || PY_MISSING.test(text) || NODE_MISSING.test(text)) && !!repoDir;
    },
    async fix(ctx, failures) {
        const done = [];
        for (const f of failures) {
            const edit = plan(ctx.repoDir, f);
            if (!edit)
                continue;
            const path = (0,external_node_path_.join)(ctx.repoDir, edit.file);
            const lines = (0,external_node_fs_.readFileSync)(path, "utf8").split("\n");
            const line = lines[edit.line - 1] ?? "";
            // Only inside quotes (JS) or as a whole dotted name (Python), never a partial word.
            const quoted = new RegExp(`(["'])${(0,fixers_files/* escapeRegExp */.Nt)(edit.from)}\\1`);
            const dotted = new RegExp(`(?<![\\w.])${(0,fixers_files/* escapeRegExp */.Nt)(edit.from)}(?![\\w])`);
            // Replacer functions: a file name may hold `$&` or `$'`, which a replacement string would expand.
            const next = quoted.test(line)
                ? line.replace(quoted, (_, q) => `${q}${edit.to}${q}`)
                : line.replace(dotted, () => edit.to);
            if (next === line)
                continue;
            lines[edit.line - 1] = next;
            (0,external_node_fs_.writeFileSync)(path, lines.join("\n"));
            done.push(`${edit.file}:${edit.line} ${edit.from} → ${edit.to}`);
        }
        if (done.length === 0)
            return { commands: [], skipped: "no missing module has exactly one close sibling" };
        return { commands: done.map((d) => `rename import ${d}`) };
    },
    async check(ctx, failures) {
        // The reported line now names the sibling that exists; the verify command proves the build.
        const bad = [];
        for (const e of failures.map((f) => plan(ctx.repoDir, f))) {
            if (!e)
                continue;
            const line = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(ctx.repoDir, e.file), "utf8").split("\n")[e.line - 1] ?? "";
            if (!line.includes(e.to))
                bad.push(`${e.file}:${e.line} still imports ${e.from}`);
        }
        return { ok: bad.length === 0, command: "re-read the rewritten imports", output: bad.join("\n") };
    },
};
//# sourceMappingURL=module-typo.js.map
;// CONCATENATED MODULE: ./lib/healing/fixers/shellcheck.js




/**
 * ShellCheck ships its own fixes for some findings (quoting, `$(...)` over backticks): `-f diff`
 * prints them as a patch. Heal applies that patch and keeps it only when ShellCheck then has
 * nothing left to say about the files; scripts with findings it cannot fix go to a person or the model.
 */
const shellcheckFixer = {
    id: "shellcheck-fix",
    strategy: "format",
    claims(failure, repoDir) {
        return (failure.strategy !== "none" &&
            (0,fixers_files/* toolName */.Uf)(failure) === "shellcheck" &&
            (0,fixers_files/* failureFiles */.QV)(repoDir, [failure]).length > 0);
    },
    async fix(ctx, failures) {
        const files = (0,fixers_files/* failureFiles */.QV)(ctx.repoDir, failures);
        const command = `shellcheck -f diff -- ${files.join(" ")}`;
        const r = await ctx.runner.run("shellcheck", ["-f", "diff", "--", ...files], {
            cwd: ctx.repoDir,
            timeoutMs: ctx.timeoutMs,
        });
        if (r.exitCode === 127)
            return { commands: [command], skipped: "shellcheck is not installed" };
        if (!r.stdout.includes("\n@@ "))
            return { commands: [command], skipped: "ShellCheck has no automatic fix for these findings" };
        const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "autodev-sc-"));
        try {
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, "fix.patch"), r.stdout);
            const applied = await ctx.runner.run("git", ["apply", (0,external_node_path_.join)(dir, "fix.patch")], {
                cwd: ctx.repoDir,
                timeoutMs: 60_000,
            });
            if (applied.exitCode !== 0)
                return { commands: [command], skipped: `its patch did not apply: ${(0,fixers_files/* tail */.RT)(applied.stderr, 300)}` };
        }
        finally {
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        }
        return { commands: [command, "git apply"] };
    },
    async check(ctx, failures) {
        const files = (0,fixers_files/* failureFiles */.QV)(ctx.repoDir, failures);
        const r = await ctx.runner.run("shellcheck", ["--", ...files], {
            cwd: ctx.repoDir,
            timeoutMs: ctx.timeoutMs,
        });
        return {
            ok: r.exitCode === 0,
            command: `shellcheck -- ${files.join(" ")}`,
            output: (0,fixers_files/* tail */.RT)(r.stdout.trim()),
        };
    },
};
//# sourceMappingURL=shellcheck.js.map
;// CONCATENATED MODULE: ./lib/healing/fixers/snapshots.js


/**
 * Snapshot mismatches: the test runner's own update mode rewrites the stored snapshots. This
 * makes the test pass by definition, so it is never low risk: the report marks it for review
 * and the reviewer judges the new expected output in the diff.
 */
const SIGNAL = /Snapshot `[^`]*` mismatched|snapshots? (?:failed|obsolete)|toMatch(?:Inline)?Snapshot|Snapshot name: `/i;
const RUNNERS = [
    { tool: "vitest", bin: "vitest", update: ["run", "-u"], run: (f) => ["run", ...f] },
    { tool: "jest", bin: "jest", update: ["--ci=false", "-u"], run: (f) => ["--ci", ...f] },
];
/** `src/__snapshots__/a.test.ts.snap` → `src/a.test.ts`; inline snapshots change the test file itself. */
function testFileFor(changed) {
    if (!changed.endsWith(".snap"))
        return changed;
    return (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_path_.dirname)(changed)), (0,external_node_path_.basename)(changed, ".snap"));
}
const snapshotFixer = {
    id: "snapshot-update",
    strategy: "tests",
    claims(failure, repoDir) {
        const runner = RUNNERS.find((r) => r.tool === (0,fixers_files/* toolName */.Uf)(failure));
        return (!!runner &&
            failure.strategy !== "none" &&
            SIGNAL.test((0,fixers_files/* failureText */.kY)(failure)) &&
            ((0,fixers_files/* localBin */.dq)(repoDir, runner.bin) !== null ||
                testFiles(repoDir, [failure]).some((f) => (0,fixers_files/* packageBin */.i)(repoDir, runner.bin, f))));
    },
    async fix(ctx, failures) {
        const runner = RUNNERS.find((r) => r.tool === (0,fixers_files/* toolName */.Uf)(failures[0]));
        // Only the failing tests' files: an update of the whole suite could rewrite snapshots that
        // are not part of this failure (and costs a whole test run).
        const commands = [];
        const notes = [];
        for (const run of runsFor(ctx.repoDir, runner, testFiles(ctx.repoDir, failures))) {
            const args = [...runner.update, ...run.files];
            commands.push(`${run.where}${runner.bin} ${args.join(" ")}`);
            const r = await ctx.runner.run(run.bin, args, {
                cwd: run.cwd,
                timeoutMs: ctx.timeoutMs,
                extraEnv: { CI: "", FORCE_COLOR: "0" },
            });
            if (r.exitCode !== 0)
                notes.push((0,fixers_files/* tail */.RT)(`${r.stdout}\n${r.stderr}`, 800));
        }
        return { commands, note: notes.length ? notes.join("\n") : undefined };
    },
    async check(ctx, failures, changed) {
        const runner = RUNNERS.find((r) => r.tool === (0,fixers_files/* toolName */.Uf)(failures[0]));
        const tests = [...new Set(changed.map(testFileFor))];
        const shown = [];
        let output = "";
        for (const run of runsFor(ctx.repoDir, runner, tests)) {
            const args = runner.run(run.files);
            shown.push(`${run.where}${runner.bin} ${args.join(" ")}`);
            const r = await ctx.runner.run(run.bin, args, {
                cwd: run.cwd,
                timeoutMs: ctx.timeoutMs,
                extraEnv: { CI: "true", FORCE_COLOR: "0" },
            });
            output = (0,fixers_files/* tail */.RT)(`${r.stdout}\n${r.stderr}`.trim());
            if (r.exitCode !== 0)
                return { ok: false, command: shown.join(" && "), output };
        }
        return { ok: true, command: shown.join(" && "), output };
    },
};
function testFiles(repoDir, failures) {
    return (0,fixers_files/* failureFiles */.QV)(repoDir, failures).filter((f) => /\.(?:test|spec)\.[cm]?[jt]sx?$/.test(f));
}
/**
 * One run per package whose own install has the runner (a monorepo package runs its tests with
 * its own config), files relative to it; files no package install serves, or none at all: the
 * root's runner.
 */
function runsFor(repoDir, runner, files) {
    const { runs, missing } = (0,fixers_files/* byPackage */.yk)(repoDir, runner.bin, files);
    // (A file no install serves has none at the root either: the root's name is tried as is.)
    if (missing.length || files.length === 0)
        runs.push({
            bin: (0,external_node_path_.join)(repoDir, "node_modules", ".bin", runner.bin),
            cwd: repoDir,
            where: "",
            files: missing,
        });
    return runs;
}
//# sourceMappingURL=snapshots.js.map
// EXTERNAL MODULE: ./lib/policy/paths.js
var paths = __webpack_require__(3874);
;// CONCATENATED MODULE: ./lib/healing/fixers/tools.js



const lines = (s) => s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
const matchAll = (re) => (s) => lines(s).flatMap((l) => {
    const m = re.exec(l);
    return m ? [m[1]] : [];
});
/** A problem line of ESLint's default (stylish) formatter: `  1:13  error  message  rule-id`. */
const STYLISH_PROBLEM = /^\s*\d+:\d+\s+(?:error|warning)\s/m;
/** Its summary, which every stylish run with problems ends with. */
const STYLISH_SUMMARY = /^\s*✖ \d+ problems? \(\d+ errors?, \d+ warnings?\)/m;
/** The line stylish adds after the summary when --fix can fix any of them (ESLint 7-9). */
const FIXABLE = /potentially fixable with the [`'"]?--fix[`'"]? option/;
/**
 * ESLint counts the problems `--fix` can fix and says so under its summary; a summary without
 * that line means `eslint --fix` would change nothing. Only the stylish format is read, and only
 * when the failure itself came from it (another formatter's output proves nothing).
 */
function eslintCannotFix(output, failure) {
    if (!STYLISH_PROBLEM.test(failure.excerpt.join("\n")))
        return null;
    if (!STYLISH_SUMMARY.test(output) || FIXABLE.test(output))
        return null;
    return "ESLint reports none of its problems as fixable with --fix";
}
const JS_EXT = [".js", ".jsx", ".mjs", ".cjs", ".ts", ".tsx", ".mts", ".cts", ".vue", ".svelte"];
const TOOL_SPECS = [
    {
        id: "prettier",
        strategy: "format",
        tools: ["prettier"],
        extensions: [...JS_EXT, ".json", ".md", ".css", ".scss", ".less", ".html", ".yml", ".yaml", ".graphql"],
        primary: true,
        source: "node",
        bin: "prettier",
        fixArgs: (f) => ["--write", "--", ...f],
        checkArgs: (f) => ["--check", "--", ...f],
        listArgs: ["--list-different", "."],
        parseList: lines,
    },
    {
        id: "eslint-fix",
        strategy: "format",
        tools: ["eslint"],
        extensions: JS_EXT,
        source: "node",
        bin: "eslint",
        fixArgs: (f) => ["--fix", "--", ...f],
        checkArgs: (f) => ["--", ...f],
        cannotFix: eslintCannotFix,
        // eslint 9 dropped the unix formatter; json is in every version.
        listArgs: ["--format", "json", "."],
        parseList: (out) => {
            try {
                const start = out.indexOf("[");
                const results = JSON.parse(out.slice(start, out.lastIndexOf("]") + 1));
                return results.filter((r) => r.errorCount > 0).map((r) => r.filePath);
            }
            catch {
                return [];
            }
        },
    },
    {
        id: "isort",
        strategy: "imports",
        tools: ["isort"],
        extensions: [".py", ".pyi"],
        source: "system",
        bin: "isort",
        fixArgs: (f) => ["--", ...f],
        checkArgs: (f) => ["--check-only", "--", ...f],
        listArgs: ["--check-only", "."],
        parseList: matchAll(/^ERROR: (.+?) Imports are incorrectly sorted/),
    },
    {
        id: "black",
        strategy: "format",
        tools: ["black"],
        extensions: [".py", ".pyi"],
        primary: true,
        source: "system",
        bin: "black",
        fixArgs: (f) => ["-q", "--", ...f],
        checkArgs: (f) => ["--check", "-q", "--", ...f],
        listArgs: ["--check", "."],
        parseList: matchAll(/^would reformat (.+)$/),
    },
    {
        id: "gofmt",
        strategy: "format",
        tools: ["gofmt", "goimports"],
        extensions: [".go"],
        primary: true,
        source: "system",
        bin: "gofmt",
        fixArgs: (f) => ["-w", "--", ...f],
        checkArgs: (f) => ["-l", "--", ...f],
        listArgs: ["-l", "."],
        parseList: lines,
        // gofmt -l exits 0 even when files need formatting; the file list is the verdict.
        checkPasses: (r) => r.exitCode === 0 && r.stdout.trim() === "",
    },
    {
        // rustfmt on the named files (what `cargo fmt --check` reported); it reads the crate's
        // rustfmt.toml itself. The edition matters only for syntax newer than 2015.
        id: "rustfmt",
        strategy: "format",
        tools: ["rustfmt", "cargo-fmt", "cargo fmt"],
        extensions: [".rs"],
        primary: true,
        source: "system",
        bin: "rustfmt",
        fixArgs: (f) => ["--edition", "2021", "--", ...f],
        checkArgs: (f) => ["--check", "--edition", "2021", "--", ...f],
    },
];
function binary(spec, repoDir) {
    return spec.source === "system" ? spec.bin : (0,fixers_files/* localBin */.dq)(repoDir, spec.bin);
}
/**
 * Where the tool runs for `files`: a system tool once, from the repo root; a node tool once per
 * package whose own node_modules/.bin has it (byPackage). Files no package serves: `missing`.
 */
function tools_runsFor(spec, repoDir, files) {
    if (spec.source === "system")
        return { runs: [{ bin: spec.bin, cwd: repoDir, where: "", files }], missing: [] };
    return (0,fixers_files/* byPackage */.yk)(repoDir, spec.bin, files);
}
function toolFixer(spec) {
    const filesFor = (repoDir, failures) => (0,fixers_files/* failureFiles */.QV)(repoDir, failures, spec.extensions);
    return {
        id: spec.id,
        strategy: spec.strategy,
        claims(failure, repoDir) {
            // A file the tool cannot parse is one it cannot rewrite either.
            if (failure.strategy === "none" || failure.category === "syntax_error")
                return false;
            const tool = (0,fixers_files/* toolName */.Uf)(failure);
            if (spec.tools.includes(tool))
                return true;
            if (!spec.primary || (failure.strategy !== "format" && failure.category !== "format_error"))
                return false;
            if (tool && !["", "unknown", "generic"].includes(tool))
                return false;
            return (failure.locations.some((l) => spec.extensions.includes((0,external_node_path_.extname)(l.file).toLowerCase())) && !!repoDir);
        },
        async fix(ctx, failures) {
            const bin = binary(spec, ctx.repoDir);
            const notInstalled = `${spec.bin} is not installed in this repository (node_modules/.bin)`;
            const why = failures.map((f) => {
                const output = ctx.outputOf?.(f);
                return output && spec.cannotFix ? spec.cannotFix(output, f) : null;
            });
            if (why.length > 0 && why.every(Boolean))
                return { commands: [], skipped: why[0] };
            const commands = [];
            // The patch gate refuses protected files (workflows, CODEOWNERS, ...) whatever the tool does to them.
            const guarded = (list) => list.filter((f) => !(0,paths/* isProtected */.bz)(f, ctx.protectedPaths));
            const named = filesFor(ctx.repoDir, failures);
            let files = guarded(named);
            if (named.length > 0 && files.length === 0)
                return { commands, skipped: `every file it would change is protected: ${named.join(", ")}` };
            if (files.length === 0 && spec.listArgs && spec.parseList) {
                if (!bin)
                    return { commands, skipped: notInstalled };
                commands.push(`${spec.bin} ${spec.listArgs.join(" ")}`);
                const r = await ctx.runner.run(bin, spec.listArgs, { cwd: ctx.repoDir, timeoutMs: ctx.timeoutMs });
                if (r.exitCode === 127)
                    return { commands, skipped: `${spec.bin} is not installed` };
                files = [...new Set(spec.parseList(`${r.stdout}\n${r.stderr}`))]
                    .map((f) => (0,fixers_files/* repoPath */.qN)(ctx.repoDir, f))
                    .filter((f) => f !== null && spec.extensions.includes((0,external_node_path_.extname)(f).toLowerCase()));
                files = guarded(files);
            }
            if (files.length === 0)
                return { commands, skipped: "no files to act on: the failure names none and the tool lists none" };
            const { runs, missing } = tools_runsFor(spec, ctx.repoDir, files);
            if (runs.length === 0)
                return { commands, skipped: notInstalled };
            const notes = [];
            if (missing.length)
                notes.push(`left alone, no ${spec.bin} installed for: ${missing.join(", ")}`);
            for (const run of runs) {
                commands.push(`${run.where}${spec.bin} ${spec.fixArgs(run.files).join(" ")}`);
                const r = await ctx.runner.run(run.bin, spec.fixArgs(run.files), {
                    cwd: run.cwd,
                    timeoutMs: ctx.timeoutMs,
                });
                if (r.exitCode === 127)
                    return { commands, skipped: `${spec.bin} is not installed` };
                // eslint --fix exits 1 when unfixable problems remain; the check decides, not the exit code.
                if (r.exitCode !== 0)
                    notes.push((0,fixers_files/* tail */.RT)(`${r.stdout}\n${r.stderr}`, 500));
            }
            return { commands, note: notes.length ? notes.join("\n") : undefined };
        },
        async check(ctx, failures, changed) {
            const bin = binary(spec, ctx.repoDir) ?? spec.bin;
            // Protected files were left alone (see fix), so they are not this fix's to prove.
            const named = filesFor(ctx.repoDir, failures).filter((f) => !(0,paths/* isProtected */.bz)(f, ctx.protectedPaths));
            const files = [
                ...new Set([...named, ...changed.filter((f) => spec.extensions.includes((0,external_node_path_.extname)(f).toLowerCase()))]),
            ];
            if (files.length === 0)
                return { ok: false, command: spec.bin, output: "no changed file of a kind this tool checks" };
            const { runs, missing } = tools_runsFor(spec, ctx.repoDir, files);
            // (Files no install serves: the system-wide name, which reports itself missing if absent.)
            if (missing.length)
                runs.push({ bin, cwd: ctx.repoDir, where: "", files: missing });
            const shown = [];
            let output = "";
            for (const run of runs) {
                const args = spec.checkArgs(run.files);
                shown.push(`${spec.bin} ${args.join(" ")}`);
                const r = await ctx.runner.run(run.bin, args, { cwd: run.cwd, timeoutMs: ctx.timeoutMs });
                output = (0,fixers_files/* tail */.RT)(`${r.stdout}\n${r.stderr}`.trim());
                if (!(spec.checkPasses ? spec.checkPasses(r) : r.exitCode === 0))
                    return { ok: false, command: shown.join(" && "), output };
            }
            return { ok: true, command: shown.join(" && "), output };
        },
    };
}
const toolFixers = TOOL_SPECS.map(toolFixer);
//# sourceMappingURL=tools.js.map
;// CONCATENATED MODULE: ./lib/healing/fixers/index.js










/**
 * Deterministic fixers in the order they are tried. Narrow edits come before whole-file
 * formatters so a formatter run afterwards also tidies what the edit left.
 */
const defaultFixers = [
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
//# sourceMappingURL=index.js.map
// EXTERNAL MODULE: ./lib/healing/git.js
var healing_git = __webpack_require__(9146);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./lib/healing/checkpoint.js




/**
 * Files bigger than this (a monorepo's lockfile, build outputs) are copied to a scratch folder
 * instead of held in memory. Rolling them back to HEAD instead would throw away what the user or
 * an earlier kept fix had changed in them.
 */
const MAX_KEPT_BYTES = 8 * 1024 * 1024;
/**
 * The set of files the healer has changed so far, with their contents, so one fixer's work can
 * be measured and undone without touching what earlier fixers (or the user) did.
 */
class Checkpoint {
    git;
    baseUntracked;
    saved;
    scratch;
    constructor(git, baseUntracked, saved, 
    /** Where big files were copied, if any: removed by release(). */
    scratch) {
        this.git = git;
        this.baseUntracked = baseUntracked;
        this.saved = saved;
        this.scratch = scratch;
    }
    /** What `changedFiles` returned in the last `delta()`: the healer's changes at that moment. */
    changedNow;
    /**
     * `baseUntracked` is the untracked set at the very start: those files are the user's, never
     * ours. `changed`, when the caller knows it (nothing ran since the last status but fixers whose
     * every change was measured), is the current `changedFiles` and spares a git status.
     */
    static async take(git, baseUntracked, changed) {
        const saved = new Map();
        const scratch = {};
        for (const f of changed ?? (await changedFiles(git, baseUntracked)))
            saved.set(f, checkpoint_snapshot(git.dir, f, scratch));
        return new Checkpoint(git, baseUntracked, saved, scratch);
    }
    /** Drops the copies of big files; the checkpoint can no longer roll them back. */
    release() {
        if (this.scratch.dir)
            (0,external_node_fs_.rmSync)(this.scratch.dir, { recursive: true, force: true });
        this.scratch.dir = undefined;
    }
    /** The changed files when the checkpoint was taken, which is again the set after a rollback. */
    get files() {
        return [...this.saved.keys()];
    }
    /** Files that differ from this checkpoint (new changes, or already-changed files changed again). */
    async delta() {
        const now = await changedFiles(this.git, this.baseUntracked);
        this.changedNow = now;
        const out = new Set(now.filter((f) => !this.saved.has(f)));
        for (const [f, s] of this.saved)
            if (digestOf(this.git.dir, f) !== s.digest)
                out.add(f);
        return [...out].sort();
    }
    /** Puts `files` back as they were when the checkpoint was taken. */
    async rollback(files) {
        const toHead = [];
        for (const f of files) {
            const s = this.saved.get(f);
            // Not changed when the checkpoint was taken: HEAD is what it was.
            if (!s)
                toHead.push(f);
            else if (s.content === null) {
                if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(this.git.dir, f)))
                    (0,external_node_fs_.unlinkSync)((0,external_node_path_.join)(this.git.dir, f));
            }
            else {
                const full = (0,external_node_path_.join)(this.git.dir, f);
                if (typeof s.content === "string")
                    (0,external_node_fs_.copyFileSync)(s.content, full);
                else
                    (0,external_node_fs_.writeFileSync)(full, s.content);
                if (s.mode !== undefined && ((0,external_node_fs_.statSync)(full).mode & 0o7777) !== s.mode)
                    (0,external_node_fs_.chmodSync)(full, s.mode);
            }
        }
        await this.git.restore(toHead);
    }
}
/** Every file the healer has touched: tracked files that differ from HEAD, and new untracked ones. */
async function changedFiles(git, baseUntracked) {
    const { dirty, untracked } = await git.status();
    return [...new Set([...dirty, ...untracked.filter((f) => !baseUntracked.has(f))])].sort();
}
function checkpoint_snapshot(dir, f, scratch) {
    let size;
    let mode;
    try {
        const st = (0,external_node_fs_.statSync)((0,external_node_path_.join)(dir, f));
        size = st.size;
        mode = st.mode & 0o7777;
    }
    catch {
        return { digest: "absent", content: null };
    }
    if (size > MAX_KEPT_BYTES) {
        scratch.dir ??= (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "autodev-checkpoint-"));
        const copy = (0,external_node_path_.join)(scratch.dir, String((scratch.copies = (scratch.copies ?? 0) + 1)));
        (0,external_node_fs_.copyFileSync)((0,external_node_path_.join)(dir, f), copy);
        return { digest: hash((0,external_node_fs_.readFileSync)(copy)), content: copy, mode };
    }
    const content = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, f));
    return { digest: hash(content), content, mode };
}
function digestOf(dir, f) {
    try {
        return hash((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, f)));
    }
    catch {
        return "absent";
    }
}
function hash(b) {
    return (0,external_node_crypto_.createHash)("sha256").update(b).digest("hex");
}
//# sourceMappingURL=checkpoint.js.map
;// CONCATENATED MODULE: ./lib/healing/related.js


/**
 * Local modules a failing file imports, one level deep. A failing test usually names only the
 * test file, while the bug sits in the module it imports, so a model patch may touch those too.
 * Only files that exist inside the repository are returned; packages are ignored.
 */
function relatedFiles(repoDir, files, max = 10) {
    const out = new Set();
    for (const file of files) {
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(repoDir, file), "utf8").slice(0, 200_000);
        }
        catch {
            continue;
        }
        const ext = (0,external_node_path_.extname)(file);
        const candidates = ext === ".py" ? pythonImports(text, file) : JS.has(ext) ? jsImports(text, file) : [];
        for (const c of candidates) {
            if (out.size >= max)
                break;
            if (!c.startsWith("..") && c !== file && isFile((0,external_node_path_.join)(repoDir, c)))
                out.add(c);
        }
    }
    return [...out];
}
const JS = new Set([".js", ".jsx", ".mjs", ".cjs", ".ts", ".tsx", ".mts", ".cts"]);
function isFile(p) {
    try {
        return (0,external_node_fs_.existsSync)(p) && (0,external_node_fs_.statSync)(p).isFile();
    }
    catch {
        return false;
    }
}
function pythonImports(text, file) {
    const out = [];
    const dir = (0,external_node_path_.dirname)(file);
    for (const m of text.matchAll(/^\s*(?:from\s+(\.*[\w.]*)\s+import\s+([\w, ]+)|import\s+([\w.]+))/gm)) {
        const mod = m[1] ?? m[3];
        const dots = /^\.*/.exec(mod)[0].length;
        const path = mod.slice(dots).split(".").filter(Boolean).join("/");
        const bases = dots > 0 ? [(0,external_node_path_.join)(dir, ...Array(dots - 1).fill(".."))] : [dir, "."];
        // `from . import helpers` imports modules by name; otherwise the module path is the file.
        const targets = path
            ? [path]
            : (m[2] ?? "")
                .split(",")
                .map((n) => n.trim().split(/\s+/)[0])
                .filter(Boolean);
        for (const base of bases)
            for (const t of targets)
                out.push((0,external_node_path_.normalize)((0,external_node_path_.join)(base, `${t}.py`)), (0,external_node_path_.normalize)((0,external_node_path_.join)(base, t, "__init__.py")));
    }
    return out;
}
function jsImports(text, file) {
    const out = [];
    for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*|import\s+)["'](\.{1,2}\/[^"']+)["']/g)) {
        const base = (0,external_node_path_.normalize)((0,external_node_path_.join)((0,external_node_path_.dirname)(file), m[1]));
        const stem = base.replace(/\.(m|c)?js$/, "");
        for (const e of ["", ".ts", ".tsx", ".js", ".mjs", ".jsx", "/index.ts", "/index.js"])
            out.push(`${stem}${e}`);
        out.push(base);
    }
    return out;
}
//# sourceMappingURL=related.js.map
// EXTERNAL MODULE: ./lib/healing/patch-guard.js
var patch_guard = __webpack_require__(7580);
;// CONCATENATED MODULE: ./lib/healing/llm-phase.js






/**
 * Model-written patches, held to a stricter bar than deterministic fixes: scoped to the files
 * the failure names (plus configured globs), gated by the patch guard, applied fail-closed, and
 * kept only when the verify command proves them. Each retry is told why the last one failed.
 */
async function llmPhase(o) {
    const failing = (0,fixers_files/* failureFiles */.QV)(o.git.dir, o.failures);
    // The model sees (and may change) the failing files, the local modules they import, and any
    // plain file the configuration names; configured globs only widen what it may change.
    const plain = o.allowedPaths.filter((p) => !/[*?[\]{}]/.test(p) && llm_phase_isFile((0,external_node_path_.join)(o.git.dir, p)));
    const named = [...new Set([...failing, ...relatedFiles(o.git.dir, failing), ...plain])];
    const allowedPaths = [...named, ...o.allowedPaths];
    const base = { fixer: "llm", strategy: "llm", fingerprints: o.failures.map((f) => f.fingerprint) };
    const attempts = [];
    if (allowedPaths.length === 0) {
        attempts.push({
            ...base,
            status: "skipped",
            files: [],
            commands: [],
            detail: "the failure names no file to scope a model patch to",
        });
        return { attempts, fixed: false, calls: 0 };
    }
    const targeted = new Set(base.fingerprints);
    const before = new Set(o.baseline?.fingerprints ?? []);
    let feedback;
    let calls = 0;
    for (let i = 0; i < o.attempts && !o.late?.(); i++) {
        const files = named.map((path) => ({
            path,
            content: (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(o.git.dir, path), "utf8"),
        }));
        calls++;
        const proposal = await o.logger.group(`autodev: model patch, try ${i + 1}`, () => o.proposer.propose({ failures: o.failures, files, feedback, reproduction: o.baseline?.tail }));
        const attempt = (status, detail, changed = []) => ({
            ...base,
            status,
            files: changed,
            commands: [],
            detail,
        });
        if (!proposal.patch) {
            attempts.push(attempt("no-change", proposal.reason));
            break;
        }
        const guard = (0,patch_guard/* checkPatch */.xV)({ ...o.guard, patch: proposal.patch, allowedPaths });
        if (!guard.ok) {
            attempts.push(attempt("rejected", guard.reasons.join("; ")));
            feedback = `The patch was refused: ${guard.reasons.join("; ")}`;
            continue;
        }
        const checkpoint = await Checkpoint.take(o.git, o.baseUntracked);
        try {
            const applied = await o.git.apply(proposal.patch);
            if (!applied.ok) {
                attempts.push(attempt("error", `git apply refused the patch: ${applied.error}`));
                feedback = `git apply failed: ${applied.error}`;
                continue;
            }
            const changed = await checkpoint.delta();
            const run = await o.verify();
            const introduced = run.fingerprints.filter((fp) => !before.has(fp));
            // Partial success counts only when the baseline run showed the targeted failure itself (so
            // the analyzer recognises it in local output) and it is now gone with nothing new failing.
            const targetSeen = base.fingerprints.some((fp) => before.has(fp));
            const targetGone = targetSeen && run.fingerprints.every((fp) => !targeted.has(fp));
            if (run.exitCode === 0 || (targetGone && introduced.length === 0)) {
                attempts.push(attempt("fixed", `'${run.command}' exited ${run.exitCode} after the patch`, changed));
                return { attempts, fixed: true, calls };
            }
            await checkpoint.rollback(changed);
            attempts.push(attempt("check-failed", run.tail.slice(-1500), changed));
            feedback = `After applying your patch, '${run.command}' still failed (exit ${run.exitCode}):\n${run.tail}`;
        }
        finally {
            checkpoint.release();
        }
    }
    return { attempts, fixed: false, calls };
}
function llm_phase_isFile(p) {
    try {
        return (0,external_node_fs_.statSync)(p).isFile();
    }
    catch {
        return false;
    }
}
//# sourceMappingURL=llm-phase.js.map
;// CONCATENATED MODULE: ./lib/healing/run-fixer.js



/**
 * One fixer, transactionally: fix, measure what changed, gate it, let the fixer's own tool check
 * it, and undo exactly its changes on any failure. Files are measured before the check runs, so
 * a check's build outputs never count as the fixer's work.
 */
async function runFixer(o) {
    const { fixer, failures, ctx, git } = o;
    const started = performance.now();
    const checkpoint = await Checkpoint.take(git, o.baseUntracked, o.state?.changed);
    const leave = (changed) => {
        if (o.state)
            o.state.changed = changed;
    };
    leave(undefined);
    let verification;
    const attempt = (status, detail, files = [], commands = []) => ({
        fixer: fixer.id,
        strategy: fixer.strategy,
        fingerprints: failures.map((f) => f.fingerprint),
        status,
        files,
        commands,
        detail,
        kept: status === "fixed",
        durationMs: Math.round(performance.now() - started),
        ...(verification ? { verification } : {}),
    });
    try {
        const run = await fixer.fix(ctx, failures);
        if (run.skipped) {
            // A fixer may give up after writing (a manifest its lockfile could not follow): whatever it
            // left goes back here, so a skip always leaves the tree as it was, whichever fixer it was.
            const left = await checkpoint.delta();
            if (left.length > 0)
                await checkpoint.rollback(left);
            leave(left.length > 0 ? checkpoint.files : checkpoint.changedNow);
            return attempt("skipped", run.skipped, [], run.commands);
        }
        // The gate below needs the diff of what changed, which is most often exactly the files the
        // failure names: diff those while git status measures the change (two processes at once
        // instead of one after the other); the diff is used only if that is what the status finds.
        const named = (0,fixers_files/* failureFiles */.QV)(ctx.repoDir, failures);
        const ahead = named.length <= 50 ? git.prefetchDiff(named) : undefined;
        const files = await checkpoint.delta();
        await ahead;
        if (files.length === 0) {
            leave(checkpoint.changedNow);
            return attempt("no-change", run.note ?? "the tool changed nothing", files, run.commands);
        }
        const guard = (0,patch_guard/* checkPatch */.xV)({ ...o.guard, patch: await git.diffFiles(files) });
        if (!guard.ok) {
            await checkpoint.rollback(files);
            leave(checkpoint.files);
            return attempt("rejected", guard.reasons.join("; "), files, run.commands);
        }
        if (o.deferCheck) {
            leave(checkpoint.changedNow);
            return attempt("fixed", "the CI command decides", files, run.commands);
        }
        const checkStarted = performance.now();
        const check = await fixer.check(ctx, failures, files);
        verification = {
            command: check.command,
            exitCode: check.ok ? 0 : 1,
            durationMs: Math.round(performance.now() - checkStarted),
        };
        const commands = [...run.commands, check.command];
        if (!check.ok) {
            await checkpoint.rollback(files);
            return attempt("check-failed", check.output, files, commands);
        }
        return attempt("fixed", "check passed", files, commands);
    }
    catch (e) {
        await checkpoint.rollback(await checkpoint.delta());
        return attempt("error", e instanceof Error ? e.message : String(e));
    }
    finally {
        checkpoint.release();
    }
}
//# sourceMappingURL=run-fixer.js.map
// EXTERNAL MODULE: ./lib/healing/proposal.js
var proposal = __webpack_require__(9070);
// EXTERNAL MODULE: ./lib/healing/verify.js
var healing_verify = __webpack_require__(8233);
;// CONCATENATED MODULE: ./lib/healing/heal.js











const DETERMINISTIC_LOW_RISK = new Set(["format", "imports"]);
const ALL_STRATEGIES = ["format", "imports", "dependencies", "tests", "llm"];
async function heal(input) {
    const started = performance.now();
    const runner = input.runner ?? (0,exec/* nodeRunner */.L2)();
    const options = await fromTop(input, runner);
    const logger = options.logger ?? util_logger/* silentLogger */.q;
    const timeoutMs = options.timeoutMs ?? 300_000;
    const deadline = started + (options.deadlineMs ?? Number.POSITIVE_INFINITY);
    let timedOut = false;
    const late = () => {
        if (!timedOut && performance.now() > deadline) {
            timedOut = true;
            logger.warning("autodev heal: time budget used up; finishing with what is verified so far.");
        }
        return timedOut;
    };
    const verifyCommand = options.verifyCommand ?? options.baseline?.run.command;
    (0,fixers_files/* usePathHints */.lL)(options.repoDir, verifyCommand, options.subdir ? [options.subdir] : []);
    const git = new healing_git/* Git */.T(runner, options.repoDir);
    // The output of the CI run each failure was seen in, by fingerprint (the latest run wins).
    const outputs = new Map();
    const heard = (v) => {
        for (const f of v.failures)
            outputs.set(f.fingerprint, v.output);
    };
    const ctx = {
        repoDir: options.repoDir,
        runner,
        logger,
        timeoutMs,
        protectedPaths: options.forbiddenPaths,
        outputOf: (f) => outputs.get(f.fingerprint),
    };
    const guard = {
        limits: options.limits,
        forbiddenPaths: options.forbiddenPaths,
        secrets: options.secrets,
        repoDir: options.repoDir,
    };
    // One git process for the commit and the clean-checkout check.
    const start = await git.status();
    const baseSha = start.head || (await git.head());
    if (start.dirty.length > 0) {
        throw new errors/* ConfigurationError */.j(`heal needs a clean checkout, but tracked files are modified: ${start.dirty.slice(0, 5).join(", ")}. ` +
            `Commit or stash them first, so the proposed patch holds only the healer's changes.`);
    }
    const baseUntracked = new Set(start.untracked);
    const allowed = new Set(options.strategies ?? ALL_STRATEGIES);
    const actionable = (f) => f.strategy !== "none" && allowed.has(f.strategy);
    const targets = dedupe(options.failures.filter(actionable)).slice(0, options.maxFailures ?? 10);
    const attempts = [];
    const verification = {};
    let llmCalls = 0;
    const pending = new Map(targets.map((t) => [t.fingerprint, t]));
    // Every failure targeted so far (revealed ones too), by fingerprint.
    const known = new Map(pending);
    const fixed = [];
    const report = (reason, extra = {}) => ({
        schemaVersion: 1,
        outcome: outcomeOf(reason, verification.baseline?.exitCode),
        reason,
        fingerprint: targets[0]?.fingerprint ?? "",
        baseSha,
        files: [],
        attempts,
        fixed: [],
        remaining: [...pending.keys()],
        verification,
        risk: "review",
        riskReasons: [],
        stats: { added: 0, removed: 0, durationMs: Math.round(performance.now() - started), llmCalls },
        ...extra,
    });
    if (options.baseline)
        verification.baseline = options.baseline.run;
    const fixers = options.fixers ?? defaultFixers;
    // No fixer and no model could act: skip the (possibly slow) reproduction run.
    if (targets.length === 0 ||
        (!options.llm && !targets.some((t) => fixers.some((f) => f.claims(t, options.repoDir))))) {
        // Whether CI passes decides between already-passing and unfixable; run it only if unknown.
        if (verifyCommand && !verification.baseline)
            verification.baseline = (await (0,healing_verify/* runVerify */.R)({ command: verifyCommand, repoDir: options.repoDir, runner, timeoutMs })).run;
        return { report: report("nothing-to-heal"), patch: "" };
    }
    const verify = (label) => logger.group(`autodev: ${label}`, () => (0,healing_verify/* runVerify */.R)({ command: verifyCommand, repoDir: options.repoDir, runner, timeoutMs }));
    let baseline = options.baseline;
    if (verifyCommand || baseline) {
        baseline ??= await verify("reproduce the failure");
        verification.baseline = baseline.run;
        heard(baseline);
        if (baseline.run.exitCode === 0 && options.requireReproduction !== false) {
            logger.info(`'${verifyCommand}' passes before any change: nothing to heal.`);
            pending.clear();
            return { report: report("not-reproduced"), patch: "" };
        }
    }
    // Files the fixers changed, measured before their checks ran: build outputs of a check or the
    // verify command (a Go binary, a coverage file) are never part of the proposal.
    const touched = new Set();
    // The healer's changed files while known without asking git (see runFixer); a CI or model run
    // may write anywhere, so after one the next checkpoint runs git status again.
    // The start status saw the tree as the baseline run left it only if the caller ran it.
    const fixState = { changed: options.baseline ? [] : undefined };
    const tryFixer = (fixer, failures, deferCheck) => runFixer({ fixer, failures, ctx, git, baseUntracked, guard, deferCheck, state: fixState });
    const seen = new Set(baseline?.run.fingerprints ?? []);
    const tried = new Set();
    let last;
    for (let round = 1;; round++) {
        const roundBegin = attempts.length;
        // True when `last` ran on exactly the tree as it is now.
        let current = false;
        for (const fixer of fixers) {
            if (late())
                break;
            // A fixer that already tried a failure in an earlier round would only do the same again.
            const group = [...pending.values()].filter((f) => !tried.has(`${fixer.id}:${f.fingerprint}`) && fixer.claims(f, options.repoDir));
            if (group.length === 0)
                continue;
            for (const f of group)
                tried.add(`${fixer.id}:${f.fingerprint}`);
            const attempt = await logger.group(`autodev: ${fixer.id}`, () => tryFixer(fixer, group, !!verifyCommand));
            attempts.push(attempt);
            logger.info(`${fixer.id}: ${attempt.status}${attempt.files.length ? ` (${attempt.files.join(", ")})` : ""}`);
            if (attempt.status !== "fixed")
                continue;
            for (const f of attempt.files)
                touched.add(f);
            for (const f of group)
                pending.delete(f.fingerprint);
            fixed.push(...attempt.fingerprints);
        }
        const llmBudget = (options.llmAttempts ?? 2) - llmCalls;
        if (pending.size > 0 && options.llm && llmBudget > 0 && !late()) {
            if (!verifyCommand) {
                const detail = "a model patch is only tried when a verify command can prove it";
                logger.warning(`Skipping the LLM: ${detail}.`);
                const fingerprints = [...pending.keys()];
                attempts.push({
                    fixer: "llm",
                    strategy: "llm",
                    fingerprints,
                    status: "skipped",
                    files: [],
                    commands: [],
                    detail,
                });
            }
            else {
                fixState.changed = undefined;
                const before = last;
                const result = await llmPhase({
                    proposer: options.llm,
                    failures: [...pending.values()],
                    attempts: llmBudget,
                    git,
                    baseUntracked,
                    baseline: baseline?.run,
                    verify: async () => (last = await verify("verify the model patch")).run,
                    guard,
                    allowedPaths: options.allowedPaths ?? [],
                    logger,
                    late,
                });
                llmCalls += result.calls;
                attempts.push(...result.attempts);
                for (const a of result.attempts)
                    if (a.status === "fixed")
                        for (const f of a.files)
                            touched.add(f);
                if (result.fixed) {
                    fixed.push(...pending.keys());
                    pending.clear();
                    // The model's patch was verified on the whole tree (with this round's other changes);
                    // a clean pass needs no second run, and any other verdict is as current.
                    if (last?.run.exitCode === 0)
                        break;
                    current = true;
                }
                else {
                    // Every model patch that did not hold up was rolled back: the tree is as `before` saw it
                    // (unless this round's fixers changed it, and then it is verified below).
                    last = before;
                }
            }
        }
        if (!verifyCommand || touched.size === 0)
            break;
        const changed = attempts.slice(roundBegin).some((a) => a.status === "fixed");
        // Nothing changed since the last verify run (every fixer of this round came to nothing): its
        // verdict stands, and running CI again would only repeat it.
        if (!changed && last)
            break;
        const roundStart = attempts.length;
        if (!current) {
            fixState.changed = undefined;
            last = await verify(`verify round ${round}`);
        }
        if (!last)
            break;
        for (const a of attempts.slice(0, roundStart))
            if (a.status === "fixed" && !a.verification) {
                const { command, exitCode, durationMs = 0 } = last.run;
                a.verification = { command, exitCode, durationMs };
            }
        if (last.run.exitCode === 0)
            break;
        // Fixing the first failure of a `cmd1 && cmd2` chain lets cmd2 run: its failures are next.
        const revealed = dedupe(last.failures.filter((f) => actionable(f) && !seen.has(f.fingerprint)));
        heard(last);
        for (const f of last.failures)
            seen.add(f.fingerprint);
        if (revealed.length === 0 || round >= (options.maxRounds ?? 4) || late())
            break;
        logger.info(`Round ${round + 1}: the verify command now reports ${revealed.length} more failure(s).`);
        for (const f of revealed) {
            pending.set(f.fingerprint, f);
            known.set(f.fingerprint, f);
        }
    }
    if (timedOut) {
        const fingerprints = [...pending.keys()];
        const detail = "the time budget ran out before these could be tried";
        attempts.push({
            fixer: "heal",
            strategy: "none",
            fingerprints,
            status: "skipped",
            files: [],
            commands: [],
            detail,
        });
    }
    // Whether the verify run `run` shows a change worth keeping over the state `ref` ran on: it
    // passes, or nothing new fails in the changed files, CI was not killed, and some failure of
    // `ref` is gone. CI failing exactly as before means the fix (a formatter pass under another
    // config, say) did not help.
    const judge = (run, ref, changed) => {
        if (run.run.exitCode === 0)
            return { keep: true };
        // A change after which CI hangs proves nothing and may be the cause: keep none of it.
        if (run.run.timedOut && !ref?.timedOut)
            return { keep: false, why: `'${verifyCommand}' was killed at its time limit after the change` };
        const before = new Set(ref?.fingerprints ?? []);
        const broke = run.failures.filter((f) => !before.has(f.fingerprint) && touches(f, changed, options.repoDir));
        if (broke.length > 0)
            return { keep: false, why: `'${verifyCommand}' then failed in the changed files: ${broke[0].message}` };
        const after = new Set(run.run.fingerprints);
        const gone = ref?.fingerprints.length
            ? ref.fingerprints.some((fp) => !after.has(fp))
            : ref === undefined || ref.tail !== run.run.tail;
        if (!gone)
            return { keep: false, why: `'${verifyCommand}' still fails exactly as before the change` };
        return { keep: true };
    };
    // The fixers' files that still differ from HEAD are those in their diff; the patch of the
    // last fixer is reused when nothing changed since (git.diffFiles compares file states).
    let files = [...touched].sort();
    let patch = await git.diffFiles(files);
    const undoAll = async (why) => {
        await git.restore(files);
        files = [];
        patch = "";
        for (const a of attempts)
            if (a.status === "fixed")
                Object.assign(a, { status: "regressed", kept: false, detail: `undone: ${why}` });
    };
    if (patch === "")
        return { report: report(attempts.length ? "failed" : "nothing-to-heal"), patch: "" };
    let outcome = pending.size === 0 ? "healed" : "partial";
    let verdict = last && last.run.exitCode !== 0 ? judge(last, baseline?.run, touched) : { keep: true };
    const batch = attempts.filter((a) => a.status === "fixed");
    if (!verdict.keep && baseline && batch.length > 1 && batch.every((a) => a.fixer !== "llm") && !late()) {
        // The changes were applied together and verified once, which is all it takes when they all
        // help. They did not hold up together, so each is tried again on its own, in the same order,
        // and kept only when a verify run of it (on top of those kept before) holds up.
        logger.info(`The changes together did not hold up (${verdict.why}); trying each on its own.`);
        await git.restore(files);
        touched.clear();
        fixState.changed = undefined;
        fixed.length = 0;
        let ref = baseline;
        for (const a of batch) {
            const undo = (why) => {
                Object.assign(a, { status: "regressed", kept: false, detail: `undone: ${why}` });
                for (const fp of a.fingerprints) {
                    const f = known.get(fp);
                    if (f)
                        pending.set(fp, f);
                }
            };
            const fixer = fixers.find((f) => f.id === a.fixer);
            const group = a.fingerprints.flatMap((fp) => known.get(fp) ?? []);
            if (ref.run.exitCode === 0) {
                Object.assign(a, { status: "regressed", kept: false, detail: "not needed: CI passes without it" });
                continue;
            }
            if (!fixer || group.length === 0 || late()) {
                undo(late() ? "the time budget ran out before it could be tried on its own" : verdict.why);
                continue;
            }
            const again = await logger.group(`autodev: ${fixer.id} on its own`, () => tryFixer(fixer, group, true));
            if (again.status !== "fixed") {
                undo(`on its own it ended '${again.status}': ${again.detail}`);
                continue;
            }
            fixState.changed = undefined;
            const run = await verify(`verify ${fixer.id} on its own`);
            const { command, exitCode, durationMs = 0 } = run.run;
            Object.assign(a, {
                files: again.files,
                commands: again.commands,
                verification: { command, exitCode, durationMs },
            });
            const alone = judge(run, ref.run, new Set(again.files));
            if (!alone.keep) {
                await git.restore(again.files);
                undo(`${alone.why} (tried on its own)`);
                continue;
            }
            for (const f of again.files)
                touched.add(f);
            for (const fp of a.fingerprints)
                pending.delete(fp);
            fixed.push(...a.fingerprints);
            a.detail = `kept: verified on its own ('${command}' exited ${exitCode})`;
            ref = run;
        }
        // The last verify run that held up ran on exactly the tree as it is now (what did not hold
        // up was rolled back), so it is the final verification: CI need not run again.
        last = ref === baseline ? undefined : ref;
        files = [...touched].sort();
        patch = await git.diffFiles(files);
        if (patch === "")
            return { report: report("failed"), patch: "" };
        outcome = pending.size === 0 ? "healed" : "partial";
        verdict = last && last.run.exitCode !== 0 ? judge(last, baseline.run, touched) : { keep: true };
    }
    for (const a of attempts)
        a.kept = a.status === "fixed";
    if (last) {
        verification.final = last.run;
        if (last.run.exitCode === 0) {
            fixed.push(...pending.keys());
            pending.clear();
            outcome = "healed";
        }
        else if (!verdict.keep) {
            await undoAll(verdict.why);
            return { report: report("failed"), patch: "" };
        }
        else
            outcome = "partial";
    }
    const gate = (0,patch_guard/* checkPatch */.xV)({ ...guard, patch });
    if (!gate.ok) {
        logger.warning(`The combined patch breaks policy: ${gate.reasons.join("; ")}`);
        await undoAll("the combined patch breaks policy");
        return { report: report("rejected", { riskReasons: gate.reasons }), patch: "" };
    }
    const riskReasons = [...gate.flags];
    for (const a of attempts.filter((x) => x.status === "fixed")) {
        if (!DETERMINISTIC_LOW_RISK.has(a.strategy) || a.fixer === "llm")
            riskReasons.push(`${a.fixer} made a ${a.strategy === "llm" ? "model-written" : a.strategy} change`);
    }
    if (outcome !== "healed")
        riskReasons.push("some failures remain");
    return {
        patch,
        report: report(outcome, {
            files: gate.files,
            diffStats: (0,proposal/* diffStats */.hM)(patch),
            fixed: [...new Set(fixed)],
            risk: riskReasons.length === 0 ? "low" : "review",
            riskReasons,
            stats: {
                added: gate.stats.added,
                removed: gate.stats.removed,
                durationMs: Math.round(performance.now() - started),
                llmCalls,
            },
        }),
    };
}
/** The issue's outcome for a finer reason; `nothing-to-heal` depends on whether CI passed. */
/**
 * Heal given a folder inside a repository (a monorepo package's `--dir packages/web`) works
 * from the top of the work tree instead: git prints paths from there, and restoring by those
 * paths from the folder would miss. The verify command still runs in the folder (`cd` first),
 * the folder places the relative paths its tools print, and the patch is the repository's.
 */
async function fromTop(options, runner) {
    const { top, sub } = await (0,healing_git/* workTreeTop */.D)(runner, options.repoDir);
    if (!sub)
        return options;
    const command = options.verifyCommand ?? options.baseline?.run.command;
    return {
        ...options,
        repoDir: top,
        subdir: sub,
        verifyCommand: command === undefined ? undefined : `cd ${shellQuote(sub)} && ${command}`,
    };
}
/** `s` as one POSIX shell word. */
function shellQuote(s) {
    return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
function outcomeOf(reason, baselineExit) {
    switch (reason) {
        case "healed":
            return "healed";
        case "partial":
            return "improved";
        case "not-reproduced":
            return "already-passing";
        case "nothing-to-heal":
            return baselineExit === 0 ? "already-passing" : "unfixable";
        case "error":
            return "error";
        default:
            return "unfixable";
    }
}
function dedupe(failures) {
    const seen = new Set();
    return failures.filter((f) => !seen.has(f.fingerprint) && seen.add(f.fingerprint));
}
/** A failure that points into a file heal changed, or points nowhere (so it cannot be ruled out). */
function touches(f, touched, repoDir) {
    if (f.locations.length === 0)
        return true;
    return f.locations.some((l) => {
        const p = (0,fixers_files/* repoPath */.qN)(repoDir, l.file);
        return p !== null && touched.has(p);
    });
}
//# sourceMappingURL=heal.js.map

/***/ }),

/***/ 7580:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jk: () => (/* binding */ throughSymlink),
/* harmony export */   xV: () => (/* binding */ checkPatch),
/* harmony export */   z9: () => (/* binding */ pathProblem)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1138);
/* harmony import */ var _policy_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8662);
/* harmony import */ var _policy_patch_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2560);
/* harmony import */ var _policy_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3874);
/* harmony import */ var _policy_silencers_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3446);
/* harmony import */ var _util_redact_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5171);








/** A path whose parent directories include a symlink would write outside what the diff shows. */
function throughSymlink(repoDir, path) {
    const parts = path.split("/");
    for (let i = 1; i <= parts.length; i++) {
        try {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoDir, ...parts.slice(0, i))).isSymbolicLink())
                return true;
        }
        catch {
            return false;
        }
    }
    return false;
}
/** Re-exported so fixers reject odd paths from logs with the same rule as the gate. */
function pathProblem(path) {
    const v = (0,_policy_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .checkRepoPath */ .Q1)(path);
    return v.ok ? null : (v.reason ?? "unsafe path");
}
function checkPatch(options) {
    const redactor = (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .createRedactor */ .lY)({ secrets: options.secrets });
    const policy = (0,_policy_patch_js__WEBPACK_IMPORTED_MODULE_4__/* .checkPatch */ .x)({
        patch: options.patch,
        limits: { ..._policy_config_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_CONFIG */ .PV.limits, ...options.limits },
        protectedPaths: options.forbiddenPaths,
        scanSecrets: (text) => redactor.scan(text),
    });
    const reasons = policy.violations.map((v) => v.message);
    const flags = new Set();
    const files = new Set();
    for (const f of policy.files) {
        for (const p of [f.oldPath, f.path])
            if (p)
                files.add(p);
        if (f.status === "deleted" && _policy_silencers_js__WEBPACK_IMPORTED_MODULE_7__/* .TEST_FILE */ .s.test(f.path))
            flags.add(`${f.path}: deletes a test file`);
    }
    // The policy gate scans added lines for secrets; a known value may also sit in removed or context lines.
    if (options.secrets?.length &&
        redactor.scan(options.patch).includes("known-secret") &&
        !reasons.some((r) => /secret/.test(r)))
        reasons.push("patch contains a known secret value");
    let current = "";
    for (const line of options.patch.split("\n")) {
        const header = /^\+\+\+ b\/(.+)$/.exec(line);
        if (header)
            current = header[1];
        else if (line.startsWith("+") && !line.startsWith("+++")) {
            for (const name of (0,_policy_silencers_js__WEBPACK_IMPORTED_MODULE_7__/* .silencersIn */ .i)(line.slice(1)))
                flags.add(`${current}: ${name}`);
        }
    }
    for (const f of files) {
        if (options.allowedPaths && !options.allowedPaths.some((g) => (0,minimatch__WEBPACK_IMPORTED_MODULE_2__/* .minimatch */ .xF)(f, g, { dot: true })))
            reasons.push(`${f} is outside the files this failure allows (${options.allowedPaths.join(", ")})`);
        else if (options.repoDir && !pathProblem(f) && throughSymlink(options.repoDir, f))
            reasons.push(`${f} goes through a symlink`);
    }
    return { ok: reasons.length === 0, reasons, files: [...files], flags: [...flags], stats: policy.stats };
}
//# sourceMappingURL=patch-guard.js.map

/***/ }),

/***/ 9070:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ renderReport),
/* harmony export */   Gf: () => (/* binding */ writeProposal),
/* harmony export */   hM: () => (/* binding */ diffStats)
/* harmony export */ });
/* unused harmony exports fence, code */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);


/** A fence longer than any backtick run in the text, so log text can never close it (INJ-05). */
function fence(text, info = "") {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const f = "`".repeat(longest + 1);
    return `${f}${info}\n${text.replace(/\n+$/, "")}\n${f}`;
}
/** Inline code for a path or command: cannot open links, mentions or closing keywords. */
function code(text) {
    const clean = text.replace(/[\r\n]+/g, " ");
    const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
    const tick = "`".repeat(longest + 1);
    return `${tick} ${clean} ${tick}`;
}
/**
 * Inline code inside a table row: GFM splits cells on every unescaped `|`, code spans included,
 * so a command like `a | b` would break the row; `\|` is the one escape GFM honours there.
 */
function cell(text) {
    return code(text).replace(/\|/g, "\\|");
}
const OUTCOME_TEXT = {
    healed: "Healed and verified",
    improved: "Partly healed (improved)",
    unfixable: "Could not heal (unfixable)",
    "already-passing": "Already passing",
    error: "Heal failed with an error",
};
/** Lines added and removed per file of a unified diff. */
function diffStats(patch) {
    const out = [];
    let cur;
    let inHunk = false;
    for (const line of patch.split("\n")) {
        const m = /^diff --git a\/.* b\/(.*)$/.exec(line);
        if (m) {
            cur = { file: m[1], added: 0, removed: 0 };
            out.push(cur);
            inHunk = false;
        }
        else if (line.startsWith("@@"))
            inHunk = true;
        else if (cur && inHunk && line.startsWith("+"))
            cur.added++;
        else if (cur && inHunk && line.startsWith("-"))
            cur.removed++;
    }
    return out;
}
/** The PR body. Everything that came from a log, a tool or a model is fenced or code-spanned. */
function renderReport(report) {
    const out = [];
    out.push(`## autodev: ${OUTCOME_TEXT[report.outcome]}`, "");
    // The reason only says more when it differs (a heal's reason is "healed" too).
    const reason = report.reason === report.outcome ? "" : ` (${code(report.reason)})`;
    out.push(`Outcome ${code(report.outcome)}${reason}.`, "");
    out.push(`Base commit ${code(report.baseSha.slice(0, 12))}; failure fingerprint ${code(report.fingerprint || "none")}.`, "");
    if (report.files.length) {
        out.push(`### Changes (+${report.stats.added} −${report.stats.removed})`, "");
        const perFile = new Map((report.diffStats ?? []).map((d) => [d.file, d]));
        for (const f of report.files) {
            const d = perFile.get(f);
            out.push(`- ${code(f)}${d ? ` (+${d.added} −${d.removed})` : ""}`);
        }
        out.push("");
    }
    out.push("### What was tried", "", "| fixer | strategy | result | kept | files | commands | check exit | ms |", "|---|---|---|---|---|---|---|---|");
    for (const a of report.attempts) {
        const v = a.verification;
        out.push(`| ${cell(a.fixer)} | ${a.strategy} | ${a.status} | ${a.kept ? "yes" : "no"} | ` +
            `${a.files.map(cell).join(", ") || "–"} | ${a.commands.map(cell).join("<br>") || "–"} | ` +
            `${v ? v.exitCode : "–"} | ${a.durationMs ?? "–"} |`);
    }
    out.push("");
    const { baseline, final } = report.verification;
    if (baseline || final) {
        out.push("### Verification", "");
        const took = (r) => `${r.durationMs !== undefined ? ` in ${r.durationMs} ms` : ""}${r.timedOut ? " (killed at its time limit)" : ""}`;
        if (baseline)
            out.push(`- before: ${code(baseline.command)} exited ${baseline.exitCode}${took(baseline)}`);
        if (final)
            out.push(`- after: ${code(final.command)} exited ${final.exitCode}${took(final)}`);
        if (final && final.exitCode !== 0)
            out.push("", "<details><summary>Output after the change</summary>", "", fence(final.tail), "", "</details>");
        out.push("");
    }
    const details = report.attempts.filter((a) => a.status !== "fixed" && a.detail);
    if (details.length) {
        out.push("<details><summary>Why other attempts were not kept</summary>", "");
        for (const a of details)
            out.push(`${code(a.fixer)} (${a.status}):`, "", fence(a.detail), "");
        out.push("</details>", "");
    }
    out.push(`**Risk:** ${report.risk === "low" ? "low (deterministic tool output only)" : "needs review"}`);
    for (const r of report.riskReasons)
        out.push(`- ${code(r)}`);
    out.push("", "<sub>Generated by autodev heal. Review the diff, not this description.</sub>", "");
    return out.join("\n");
}
/** Writes changes.patch, report.json, report.md and proposal.json; returns the directory's files. */
function writeProposal({ dir, report, patch, redact = (t) => t }) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
    const manifest = {
        schemaVersion: 1,
        fingerprint: report.fingerprint,
        baseSha: report.baseSha,
        files: report.files,
        outcome: report.outcome,
    };
    const files = [
        ["changes.patch", patch],
        ["report.json", redact(JSON.stringify(report, null, 2) + "\n")],
        ["report.md", redact(renderReport(report))],
        ["proposal.json", JSON.stringify(manifest, null, 2) + "\n"],
    ];
    for (const [name, content] of files)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name), content);
    return files.map(([name]) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name));
}
//# sourceMappingURL=proposal.js.map

/***/ }),

/***/ 8233:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ runVerify)
/* harmony export */ });
/* harmony import */ var _analysis_analyze_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4700);
/* harmony import */ var _fixers_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8101);


/** Runs the verify command and analyzes its output with the same analyzer that read the CI log. */
async function runVerify(options) {
    const started = performance.now();
    const r = await options.runner.run("sh", ["-c", options.command], {
        cwd: options.repoDir,
        timeoutMs: options.timeoutMs,
        extraEnv: { CI: "true", FORCE_COLOR: "0", NO_COLOR: "1" },
    });
    const limit = r.timedOut ? `\nautodev: killed after ${options.timeoutMs} ms (time limit)` : "";
    const output = `${r.stdout}\n${r.stderr}${limit}`;
    const analysis = await (0,_analysis_analyze_js__WEBPACK_IMPORTED_MODULE_0__/* .analyzeText */ .AB)(output);
    const run = {
        command: options.command,
        exitCode: r.exitCode,
        durationMs: Math.round(performance.now() - started),
        ...(r.timedOut ? { timedOut: true } : {}),
        fingerprints: [...new Set(analysis.failures.map((f) => f.fingerprint))],
        tail: (0,_fixers_files_js__WEBPACK_IMPORTED_MODULE_1__/* .tail */ .RT)(output.trim(), 3000),
    };
    return { run, failures: analysis.failures, output };
}
//# sourceMappingURL=verify.js.map

/***/ }),

/***/ 8662:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PV: () => (/* binding */ DEFAULT_CONFIG),
/* harmony export */   o4: () => (/* binding */ parseConfig)
/* harmony export */ });
/* unused harmony exports MODES, CONCLUSIONS, MAX_CONFIG_BYTES, validateConfig */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9661);
/**
 * `.autodev/config.yml`: the repository owner's policy. It is always read from the default
 * branch (see load.ts), never from a PR head or fork, because whoever controls the file controls
 * what autodev may write. Validation is strict and fails closed: an unknown key, a wrong type or
 * an out-of-range number is a ConfigurationError naming the key, and the caller then performs no
 * side effect at all. A missing file means the conservative defaults below.
 */


const MODES = ["observe", "assist", "semi", "auto"];
const CONCLUSIONS = ["failure", "timed_out", "startup_failure"];
const DEFAULT_CONFIG = Object.freeze({
    version: 1,
    enabled: true,
    mode: "assist",
    workflows: [],
    protectedPaths: [],
    labels: [],
    limits: {
        dailyPrs: 5,
        attemptsPerFingerprint: 3,
        maxFiles: 20,
        maxChangedLines: 500,
        maxPatchBytes: 200_000,
    },
    issues: { closeOnSuccess: false, conclusions: ["failure"] },
    commands: { allowedBotIds: [] },
});
/** A config bigger than this is a mistake or an attack (alias or nesting bombs). */
const MAX_CONFIG_BYTES = 64 * 1024;
function fail(path, expected, got) {
    const shown = got === undefined ? "nothing" : JSON.stringify(got)?.slice(0, 60);
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`.autodev/config.yml: ${path} must be ${expected}, got ${shown}.`);
}
function objectAt(value, path, keys) {
    if (value === null || typeof value !== "object" || Array.isArray(value))
        fail(path, "a mapping", value);
    for (const k of Object.keys(value)) {
        if (!keys.includes(k)) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`.autodev/config.yml: unknown key ${path === "(top level)" ? k : `${path}.${k}`}. Allowed here: ${keys.join(", ")}.`);
        }
    }
    return value;
}
function bool(v, path, dflt) {
    if (v === undefined)
        return dflt;
    if (typeof v !== "boolean")
        fail(path, "true or false", v);
    return v;
}
function int(v, path, min, max, dflt) {
    if (v === undefined)
        return dflt;
    if (typeof v !== "number" || !Number.isInteger(v) || v < min || v > max)
        fail(path, `an integer from ${min} to ${max}`, v);
    return v;
}
function oneOf(v, path, allowed, dflt) {
    if (v === undefined)
        return dflt;
    if (typeof v !== "string" || !allowed.includes(v))
        fail(path, `one of ${allowed.join(", ")}`, v);
    return v;
}
function strings(v, path, opts) {
    if (v === undefined)
        return [];
    if (!Array.isArray(v) || v.length > opts.max)
        fail(path, `a list of at most ${opts.max} ${opts.what}`, v);
    return v.map((s, i) => {
        if (typeof s !== "string" || !opts.pattern.test(s))
            fail(`${path}[${i}]`, opts.what, s);
        return s;
    });
}
/** Validates an already-parsed value; exported for callers that hold JSON instead of YAML. */
function validateConfig(value) {
    if (value === null || value === undefined)
        return structuredClone(DEFAULT_CONFIG);
    const top = objectAt(value, "(top level)", [
        "version",
        "enabled",
        "mode",
        "workflows",
        "protected_paths",
        "labels",
        "limits",
        "issues",
        "commands",
    ]);
    if (top.version !== undefined && top.version !== 1)
        fail("version", "1 (the only config version)", top.version);
    const d = DEFAULT_CONFIG;
    const limits = objectAt(top.limits ?? {}, "limits", [
        "daily_prs",
        "attempts_per_fingerprint",
        "max_files",
        "max_changed_lines",
        "max_patch_bytes",
    ]);
    const issues = objectAt(top.issues ?? {}, "issues", ["close_on_success", "conclusions"]);
    const commands = objectAt(top.commands ?? {}, "commands", ["allowed_bot_ids"]);
    const ids = commands.allowed_bot_ids ?? [];
    if (!Array.isArray(ids) || ids.length > 50 || ids.some((n) => !Number.isInteger(n) || n <= 0)) {
        fail("commands.allowed_bot_ids", "a list of numeric GitHub user ids", ids);
    }
    const conclusions = issues.conclusions === undefined
        ? [...d.issues.conclusions]
        : strings(issues.conclusions, "issues.conclusions", {
            max: 3,
            pattern: /^[a-z_]+$/,
            what: "conclusions",
        }).map((c, i) => oneOf(c, `issues.conclusions[${i}]`, CONCLUSIONS, "failure"));
    return {
        version: 1,
        enabled: bool(top.enabled, "enabled", d.enabled),
        mode: oneOf(top.mode, "mode", MODES, d.mode),
        // Workflow names are free text in GitHub, but never contain control characters.
        workflows: strings(top.workflows, "workflows", {
            max: 50,
            pattern: /^[^\x00-\x1f]{1,200}$/,
            what: "workflow names",
        }),
        protectedPaths: strings(top.protected_paths, "protected_paths", {
            max: 200,
            pattern: /^[^\x00-\x1f]{1,300}$/,
            what: "glob patterns",
        }),
        labels: strings(top.labels, "labels", {
            max: 10,
            pattern: /^[^,\x00-\x1f]{1,50}$/,
            what: "label names (1-50 chars, no comma)",
        }),
        limits: {
            dailyPrs: int(limits.daily_prs, "limits.daily_prs", 0, 100, d.limits.dailyPrs),
            attemptsPerFingerprint: int(limits.attempts_per_fingerprint, "limits.attempts_per_fingerprint", 1, 20, d.limits.attemptsPerFingerprint),
            maxFiles: int(limits.max_files, "limits.max_files", 1, 200, d.limits.maxFiles),
            maxChangedLines: int(limits.max_changed_lines, "limits.max_changed_lines", 1, 20_000, d.limits.maxChangedLines),
            maxPatchBytes: int(limits.max_patch_bytes, "limits.max_patch_bytes", 1, 2_000_000, d.limits.maxPatchBytes),
        },
        issues: { closeOnSuccess: bool(issues.close_on_success, "issues.close_on_success", false), conclusions },
        commands: { allowedBotIds: ids },
    };
}
/** Parses and validates the YAML text of `.autodev/config.yml`; throws ConfigurationError. */
function parseConfig(options) {
    const { text } = options;
    if (Buffer.byteLength(text, "utf8") > MAX_CONFIG_BYTES) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`.autodev/config.yml is larger than ${MAX_CONFIG_BYTES} bytes; keep it short.`);
    }
    let value;
    try {
        const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { uniqueKeys: true, prettyErrors: true, strict: true });
        if (doc.errors.length) {
            const e = doc.errors[0];
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`.autodev/config.yml is not valid YAML: ${e.message.split("\n")[0]}`);
        }
        // Aliases are pointless in this file and the classic way to blow up memory.
        value = doc.toJS({ maxAliasCount: 10 });
    }
    catch (e) {
        if (e instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j)
            throw e;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`.autodev/config.yml could not be read as YAML: ${e.message.split("\n")[0]}`);
    }
    return validateConfig(value);
}
//# sourceMappingURL=config.js.map

/***/ }),

/***/ 2560:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ checkPatch)
/* harmony export */ });
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3874);

/** Undoes git's C-style quoting of unusual path names ("a/t\303\251st"). */
function unquote(p) {
    if (!p.startsWith('"'))
        return p;
    const body = p.slice(1, -1);
    const bytes = [];
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c !== "\\") {
            bytes.push(...Buffer.from(c, "utf8"));
            continue;
        }
        const n = body[++i];
        if (/[0-7]/.test(n)) {
            bytes.push(parseInt(body.slice(i, i + 3), 8));
            i += 2;
        }
        else {
            const map = {
                n: "\n",
                t: "\t",
                '"': '"',
                "\\": "\\",
                a: "\x07",
                b: "\b",
                f: "\f",
                r: "\r",
                v: "\v",
            };
            bytes.push(...Buffer.from(map[n] ?? n, "utf8"));
        }
    }
    return Buffer.from(bytes).toString("utf8");
}
/** `a/x b/y` or quoted forms, from a `diff --git` line; null when ambiguous. */
function splitGitHeader(rest) {
    const quoted = rest.match(/^("(?:[^"\\]|\\.)*"|\S+) ("(?:[^"\\]|\\.)*"|\S+)$/);
    if (quoted)
        return [unquote(quoted[1]), unquote(quoted[2])];
    // Unquoted names with spaces: "a/x y b/x y" splits where both halves are equal after the prefix.
    const mid = rest.indexOf(" b/");
    if (rest.startsWith("a/") && mid > 0)
        return [rest.slice(0, mid), rest.slice(mid + 1)];
    return null;
}
function stripPrefix(p, prefix) {
    return p.startsWith(prefix) ? p.slice(2) : p;
}
function checkPatch(options) {
    const { limits } = options;
    const violations = [];
    const files = [];
    const raw = typeof options.patch === "string" ? Buffer.from(options.patch, "utf8") : Buffer.from(options.patch);
    const stats = { files: 0, added: 0, removed: 0, bytes: raw.length };
    const result = () => ({ ok: violations.length === 0, files, violations, stats });
    if (raw.length > limits.maxPatchBytes) {
        violations.push({
            code: "too-large",
            message: `patch is ${raw.length} bytes; the limit is ${limits.maxPatchBytes}`,
        });
        return result();
    }
    if (raw.includes(0)) {
        violations.push({ code: "encoding", message: "patch contains NUL bytes" });
        return result();
    }
    let text;
    try {
        text = new TextDecoder("utf-8", { fatal: true }).decode(raw);
    }
    catch {
        violations.push({ code: "encoding", message: "patch is not valid UTF-8" });
        return result();
    }
    if (!text.trim()) {
        violations.push({ code: "empty", message: "patch is empty" });
        return result();
    }
    const lines = text.split("\n");
    let current = null;
    let inHunk = false;
    const addedText = [];
    const seen = new Set();
    const checkPath = (p) => {
        const v = (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .checkRepoPath */ .Q1)(p);
        if (!v.ok)
            violations.push({ code: "unsafe-path", path: p, message: `${JSON.stringify(p)}: ${v.reason}` });
        const glob = (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .isProtected */ .bz)(p, options.protectedPaths);
        if (glob)
            violations.push({ code: "protected-path", path: p, message: `${p} is protected (${glob})` });
    };
    const modeCheck = (mode, path, what) => {
        if (mode === "120000")
            violations.push({ code: "symlink", path, message: `${path}: ${what} a symbolic link` });
        else if (mode === "160000")
            violations.push({ code: "submodule", path, message: `${path}: ${what} a submodule (gitlink)` });
        else if (mode !== "100644" && !(what === "deletes" && mode === "100755")) {
            violations.push({ code: "mode-change", path, message: `${path}: ${what} a file with mode ${mode}` });
        }
    };
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line.startsWith("diff --git ")) {
            inHunk = false;
            const names = splitGitHeader(line.slice("diff --git ".length));
            if (!names) {
                violations.push({ code: "not-a-diff", message: `cannot read file names in: ${line.slice(0, 200)}` });
                continue;
            }
            const [a, b] = [stripPrefix(names[0], "a/"), stripPrefix(names[1], "b/")];
            current = { path: b, status: "modified", added: 0, removed: 0 };
            if (a !== b)
                current.oldPath = a;
            files.push(current);
            for (const p of new Set([a, b]))
                checkPath(p);
            if (seen.has(b))
                violations.push({ code: "duplicate-file", path: b, message: `${b} appears twice in the patch` });
            seen.add(b);
            continue;
        }
        if (!current) {
            // Anything before the first file header means this is not the clean `git diff` output we expect.
            if (line.trim()) {
                violations.push({ code: "not-a-diff", message: "text before the first `diff --git` header" });
                return result();
            }
            continue;
        }
        if (inHunk && /^[ +\-\\]/.test(line) && !line.startsWith("--- ") && !line.startsWith("+++ ")) {
            if (line.startsWith("+")) {
                current.added++;
                addedText.push(line.slice(1));
            }
            else if (line.startsWith("-"))
                current.removed++;
            continue;
        }
        if (line.startsWith("@@ ")) {
            inHunk = true;
            continue;
        }
        inHunk = false;
        let m;
        if ((m = line.match(/^new file mode (\d+)$/))) {
            current.status = "added";
            modeCheck(m[1], current.path, "creates");
        }
        else if ((m = line.match(/^deleted file mode (\d+)$/))) {
            current.status = "deleted";
            modeCheck(m[1], current.path, "deletes");
        }
        else if ((m = line.match(/^(old|new) mode (\d+)$/))) {
            violations.push({
                code: "mode-change",
                path: current.path,
                message: `${current.path}: changes the file mode (${m[2]})`,
            });
            if (m[2] === "120000" || m[2] === "160000")
                modeCheck(m[2], current.path, "turns into");
        }
        else if ((m = line.match(/^index [0-9a-f]+\.\.[0-9a-f]+(?: (\d+))?$/))) {
            if (m[1] && m[1] !== "100644" && m[1] !== "100755")
                modeCheck(m[1], current.path, "changes");
        }
        else if ((m = line.match(/^(rename|copy) (from|to) (.+)$/))) {
            current.status = m[1] === "rename" ? "renamed" : "copied";
            checkPath(unquote(m[3]));
        }
        else if ((m = line.match(/^(---|\+\+\+) (.+)$/))) {
            const p = unquote(m[2]);
            if (p !== "/dev/null") {
                const bare = stripPrefix(p, m[1] === "---" ? "a/" : "b/");
                const expected = m[1] === "---" ? (current.oldPath ?? current.path) : current.path;
                if (bare !== expected) {
                    violations.push({
                        code: "unsafe-path",
                        path: bare,
                        message: `header names ${bare} but the file is ${expected}`,
                    });
                    checkPath(bare);
                }
            }
        }
        else if (line === "GIT binary patch" || /^Binary files .* differ$/.test(line)) {
            violations.push({
                code: "binary",
                path: current.path,
                message: `${current.path}: binary changes are not accepted`,
            });
        }
        else if (/^(similarity|dissimilarity) index \d+%$/.test(line) || line === "") {
            // Metadata git emits for renames; nothing to check.
        }
        else if (/^[+-]?Subproject commit [0-9a-f]+/.test(line)) {
            violations.push({
                code: "submodule",
                path: current.path,
                message: `${current.path}: submodule change`,
            });
        }
        else {
            violations.push({
                code: "not-a-diff",
                path: current.path,
                message: `unexpected line: ${line.slice(0, 120)}`,
            });
        }
    }
    stats.files = files.length;
    stats.added = files.reduce((n, f) => n + f.added, 0);
    stats.removed = files.reduce((n, f) => n + f.removed, 0);
    if (!files.length)
        violations.push({ code: "empty", message: "patch changes no files" });
    if (files.length > limits.maxFiles) {
        violations.push({
            code: "too-many-files",
            message: `patch changes ${files.length} files; the limit is ${limits.maxFiles}`,
        });
    }
    if (stats.added + stats.removed > limits.maxChangedLines) {
        violations.push({
            code: "too-many-lines",
            message: `patch changes ${stats.added + stats.removed} lines; the limit is ${limits.maxChangedLines}`,
        });
    }
    if (options.declaredFiles) {
        const declared = new Set(options.declaredFiles);
        for (const f of files) {
            if (!declared.has(f.path))
                violations.push({
                    code: "undeclared-file",
                    path: f.path,
                    message: `${f.path} is not listed in proposal.json`,
                });
        }
    }
    if (options.scanSecrets) {
        const kinds = options.scanSecrets(addedText.join("\n"));
        if (kinds.length)
            violations.push({
                code: "secret",
                message: `added lines contain what looks like a secret (${kinds.join(", ")})`,
            });
    }
    return result();
}
//# sourceMappingURL=patch.js.map

/***/ }),

/***/ 3874:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q1: () => (/* binding */ checkRepoPath),
/* harmony export */   bz: () => (/* binding */ isProtected)
/* harmony export */ });
/* unused harmony export BUILTIN_PROTECTED */
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1138);
/**
 * Which repository paths a generated patch may touch. Two layers: the path must be a plain
 * relative path that stays inside the repository (no `..`, no absolute or drive paths, no
 * `.git` component in any case), and it must not match a protected glob. Matching is
 * case-insensitive because `.GITHUB/workflows/x.yml` lands in `.github` on a case-insensitive
 * checkout, and git apply accepts it.
 */

/**
 * Paths no automated patch may change: CI definitions (a patch there runs with the repo's
 * secrets), autodev's own policy and audit files (self-modification), ownership and package
 * manager configuration (registry or install-script redirection).
 */
const BUILTIN_PROTECTED = [
    ".github/**",
    ".autodev/**",
    "**/.git/**",
    ".gitmodules",
    ".gitattributes",
    "**/CODEOWNERS",
    "**/.npmrc",
    "**/.yarnrc",
    "**/.yarnrc.yml",
    "**/.pypirc",
    "**/pip.conf",
    "**/.env",
    "**/.env.*",
    ".devcontainer/**",
    ".vscode/**",
];
/** A path git could write that still ends up inside the work tree, with no tricks. */
function checkRepoPath(path) {
    if (!path)
        return { ok: false, reason: "empty path" };
    if (path.length > 1024)
        return { ok: false, reason: "path longer than 1024 characters" };
    if (/[\x00-\x1f\x7f]/.test(path))
        return { ok: false, reason: "control character in path" };
    if (path.includes("\\"))
        return { ok: false, reason: "backslash in path" };
    if (path.startsWith("/") || /^[A-Za-z]:/.test(path))
        return { ok: false, reason: "absolute path" };
    if (/%2e|%2f|%5c/i.test(path))
        return { ok: false, reason: "percent-encoded path characters" };
    const parts = path.split("/");
    if (parts.some((p) => p === "" || p === "." || p === ".."))
        return { ok: false, reason: "path leaves the repository" };
    if (parts.some((p) => p.toLowerCase() === ".git"))
        return { ok: false, reason: "path inside .git" };
    return { ok: true };
}
function isProtected(path, extraGlobs = []) {
    for (const glob of [...BUILTIN_PROTECTED, ...extraGlobs]) {
        if ((0,minimatch__WEBPACK_IMPORTED_MODULE_0__/* .minimatch */ .xF)(path, glob, { dot: true, nocase: true, matchBase: !glob.includes("/") }))
            return glob;
    }
    return null;
}
//# sourceMappingURL=paths.js.map

/***/ }),

/***/ 3446:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ silencersIn),
/* harmony export */   s: () => (/* binding */ TEST_FILE)
/* harmony export */ });
/**
 * What a "fix" must not sneak in without a human looking (security.md PI-07): added lines that
 * switch a check off instead of satisfying it, and paths that hold tests. One list for heal's
 * patch guard and for the risk classifier of `auto` mode, so a patch heal flags for review can
 * never be rated low risk by the other (they drifted apart once: `t.Skip(` and `@Disabled` were
 * flagged by one and not the other).
 */
/** [what the added line does, how to spot it]; the label reads after "an added line ...". */
const SILENCERS = [
    [
        "skips a test",
        /\b(?:it|test|describe)\.(?:skip|todo)\s*\(|\bx(?:it|describe|test)\s*\(|@pytest\.mark\.(?:skip|xfail)|\bunittest\.skip|\bt\.Skip\(|@Disabled\b|@Ignore\b/,
    ],
    ["suppresses a type check", /@ts-(?:ignore|nocheck|expect-error)|#\s*type:\s*ignore/],
    ["disables a lint rule", /eslint-disable|#\s*noqa|#\s*pylint:\s*disable|\/\/\s*nolint/],
    ["ignores a command's failure", /\|\|\s*true\b|\bset \+e\b/],
    ["ignores a step's failure", /continue-on-error\s*:\s*true/],
    ["touches a coverage threshold", /coverage.*(?:threshold|fail_under|minimum)/i],
];
/** Labels of the silencers `line` (an added line, without its "+") matches. */
function silencersIn(line) {
    const found = [];
    for (const [label, re] of SILENCERS)
        if (re.test(line))
            found.push(label);
    return found;
}
/** Test sources in the usual layouts of JS/TS, Python, Go, Java and Ruby projects. */
const TEST_FILE = /(^|\/)(tests?|__tests__|__mocks__|spec|e2e)\/|[._-](test|spec)\.[a-z]+$|(^|\/)test_[^/]+\.py$|_test\.go$/i;
//# sourceMappingURL=silencers.js.map

/***/ }),

/***/ 5171:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lY: () => (/* binding */ createRedactor),
/* harmony export */   zr: () => (/* binding */ secretsFromEnv)
/* harmony export */ });
/* unused harmony exports REDACTED, SECRET_PATTERNS, encodedForms */
/* harmony import */ var _regexp_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2243);
/**
 * Secret redaction for everything that leaves the job: issue and PR bodies, comments, the audit
 * ledger, summaries and logs. The runner's own masking is not enough (GitHub: "automatic
 * redaction is not guaranteed"): logs fetched from *another* job hold that job's secrets
 * unmasked, and the tj-actions incident printed secrets double-base64 encoded. So we redact
 * (1) known token shapes whoever they belong to, and (2) this job's own secret values together
 * with their base64 (any alignment), double-base64, URL, hex and JSON-escaped forms, and the raw
 * value split across a line break.
 */

const REDACTED = "[REDACTED]";
/** Shorter values are too likely to occur by chance ("true", a port number) to redact blindly. */
const MIN_SECRET_LENGTH = 8;
/** Token shapes from the issuers' documented formats; global regexes, used with replace/matchAll. */
const SECRET_PATTERNS = [
    {
        kind: "private-key",
        regex: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|$)/g,
    },
    { kind: "github-token", regex: /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{20,255}\b/g },
    { kind: "github-pat", regex: /\bgithub_pat_[A-Za-z0-9_]{20,255}\b/g },
    { kind: "aws-access-key", regex: /\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b/g },
    { kind: "slack-token", regex: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g },
    { kind: "openai-key", regex: /\bsk-(?:proj-|ant-|live_|test_)?[A-Za-z0-9_-]{20,}\b/g },
    { kind: "jwt", regex: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g },
    { kind: "google-api-key", regex: /\bAIza[0-9A-Za-z_-]{35}\b/g },
    { kind: "npm-token", regex: /\bnpm_[A-Za-z0-9]{36}\b/g },
    // Credentials inside URLs (https://x-access-token:ghs_…@github.com, postgres://u:p@h).
    { kind: "url-credentials", regex: /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/:@'"`<>]+:[^\s/@'"`<>]+@/gi },
    // Authorization headers that octokit/undici errors may echo.
    {
        kind: "authorization-header",
        regex: /\b(authorization["']?\s*[:=]\s*["']?(?:token|bearer|basic)\s+)[^\s"',]+/gi,
    },
];
/**
 * The parts of base64(secret) that are the same wherever the secret sits inside a longer
 * base64 string: for each of the 3 byte alignments, drop the characters mixed with neighbours.
 */
function base64Cores(value, url) {
    const cores = [];
    for (let pad = 0; pad < 3; pad++) {
        const b64 = Buffer.concat([Buffer.alloc(pad), value]).toString(url ? "base64url" : "base64");
        // Leading chars covering the pad bytes (and one mixed char) and trailing partial groups vary.
        const start = pad === 0 ? 0 : Math.ceil((pad * 8) / 6);
        const fullBytes = pad + value.length;
        const stableEnd = Math.floor((fullBytes * 8) / 6);
        const core = b64.slice(start, stableEnd).replace(/=+$/, "");
        if (core.length >= MIN_SECRET_LENGTH)
            cores.push(core);
    }
    return cores;
}
/** Every encoded form of a secret we look for; raw first. */
function encodedForms(secret) {
    const raw = Buffer.from(secret, "utf8");
    const forms = new Set([secret]);
    const b64 = raw.toString("base64");
    forms.add(b64);
    forms.add(b64.replace(/=+$/, ""));
    for (const c of base64Cores(raw, false))
        forms.add(c);
    for (const c of base64Cores(raw, true))
        forms.add(c);
    const b64b64 = Buffer.from(b64, "utf8");
    forms.add(b64b64.toString("base64"));
    for (const c of base64Cores(b64b64, false))
        forms.add(c);
    forms.add(encodeURIComponent(secret));
    forms.add(raw.toString("hex"));
    forms.add(raw.toString("hex").toUpperCase());
    forms.add(JSON.stringify(secret).slice(1, -1));
    return [...forms].filter((f) => f.length >= MIN_SECRET_LENGTH);
}
function createRedactor(options = {}) {
    const known = [];
    let combined = null;
    const rebuild = () => {
        const forms = new Set();
        for (const s of known)
            for (const f of encodedForms(s))
                forms.add(f);
        // Longest first so a full form wins over a core that is its substring.
        const sorted = [...forms].sort((a, b) => b.length - a.length).map(_regexp_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeRegExp */ .N);
        // The raw value split by a line break (a log wrapping a long token).
        const split = known.map((s) => [...s].map(_regexp_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeRegExp */ .N).join("(?:\\r?\\n)?"));
        combined = sorted.length ? new RegExp([...sorted, ...split].join("|"), "g") : null;
    };
    const addSecret = (value) => {
        if (!value)
            return;
        const v = value.trim();
        if (v.length < MIN_SECRET_LENGTH || known.includes(v))
            return;
        known.push(v);
        // A multi-line secret (a PEM key) also leaks line by line.
        for (const line of v.split(/\r?\n/)) {
            const l = line.trim();
            if (l.length >= 16 && l !== v && !known.includes(l) && !/^-----/.test(l))
                known.push(l);
        }
        rebuild();
    };
    for (const s of options.secrets ?? [])
        addSecret(s);
    return {
        addSecret,
        redact(text) {
            let out = text;
            if (combined)
                out = out.replace(combined, REDACTED);
            for (const { kind, regex } of SECRET_PATTERNS) {
                if (kind === "url-credentials")
                    out = out.replace(regex, `$1${REDACTED}@`);
                else if (kind === "authorization-header")
                    out = out.replace(regex, `$1${REDACTED}`);
                else
                    out = out.replace(regex, REDACTED);
            }
            return out;
        },
        scan(text) {
            const kinds = [];
            if (combined && new RegExp(combined.source).test(text))
                kinds.push("known-secret");
            for (const { kind, regex } of SECRET_PATTERNS)
                if (new RegExp(regex.source, regex.flags.replace("g", "")).test(text))
                    kinds.push(kind);
            return kinds;
        },
    };
}
/** Env names whose values are treated as this job's secrets. */
const SECRET_ENV = /(TOKEN|SECRET|PASSWORD|PASSWD|API_KEY|APIKEY|PRIVATE_KEY|CREDENTIALS?)$/i;
/**
 * Values from the environment that look like this job's secrets (the workflow maps secrets to
 * env or inputs). Runner-provided non-secret names are skipped.
 */
function secretsFromEnv(env) {
    const out = [];
    for (const [name, value] of Object.entries(env)) {
        if (!value)
            continue;
        const bare = name.replace(/^INPUT_/, "");
        if (SECRET_ENV.test(bare) || /^INPUT_.*(TOKEN|KEY|SECRET)/i.test(name))
            out.push(value);
    }
    return out;
}
//# sourceMappingURL=redact.js.map

/***/ }),

/***/ 2243:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ escapeRegExp)
/* harmony export */ });
/** `s` as a literal inside a RegExp source (also safe between `/` delimiters). */
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
//# sourceMappingURL=regexp.js.map

/***/ })

};
