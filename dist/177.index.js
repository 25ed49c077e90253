export const id = 177;
export const ids = [177];
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

/***/ 2743:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ renderSummary),
/* harmony export */   J9: () => (/* binding */ formatResult),
/* harmony export */   os: () => (/* binding */ fitJson)
/* harmony export */ });
/* unused harmony exports fence, toMarkdown, toText */
/** A fence longer than any backtick run in the content, so log text can never close it early. */
function fence(lines, lang = "text") {
    const body = lines.join("\n");
    let longest = 2;
    for (const m of body.matchAll(/`+/g))
        longest = Math.max(longest, m[0].length);
    const f = "`".repeat(longest + 1);
    return `${f}${lang}\n${body}\n${f}`;
}
function where(f) {
    const l = f.locations[0];
    if (!l)
        return "";
    return `${l.file}${l.line ? `:${l.line}` : ""}${l.column ? `:${l.column}` : ""}`;
}
/**
 * Escapes log text for a markdown table cell or inline position: it shows as the log printed it
 * (no emphasis, strikethrough, HTML or entities, no line break). A log is untrusted and this
 * markdown may be posted as a comment: `@name` and `@org/team` go into code spans, where GitHub
 * sends no notification (a failing test named after a person would ping them otherwise), and so
 * do issue references (`#12`, `owner/repo#12`), which GitHub would link and back-reference.
 */
function md(s) {
    return s
        .replace(/[\\`*_{}[\]<>|#~&]/g, (c) => `\\${c}`)
        .replace(/\r\n?|\n/g, " ")
        .replace(/(^|[^\w`])@([A-Za-z0-9](?:[\w-]|\\_)*(?:\/(?:[\w-]|\\_)+)?(?:\\#\d+)?)/g, (_m, pre, who) => `${pre}\`@${who.replace(/\\([_#])/g, "$1")}\``)
        .replace(/(?<!`)\\#(\d+)/g, "`#$1`");
}
/**
 * Excerpts may run to thousands of lines (a long compile error list); a report shows the head.
 * The runner refuses a step summary over 1 MiB, and ten full excerpts could reach that.
 */
const SHOWN_LINES = 80;
const SHOWN_CHARS = 20_000;
function shown(excerpt) {
    const out = [];
    let chars = 0;
    for (const line of excerpt) {
        if (out.length >= SHOWN_LINES || chars + line.length > SHOWN_CHARS)
            break;
        out.push(line);
        chars += line.length + 1;
    }
    const rest = excerpt.length - out.length;
    if (rest > 0)
        out.push(`… ${rest} more line${rest === 1 ? "" : "s"} in the JSON output`);
    return out;
}
function toMarkdown(result, opts = {}) {
    const detailed = opts.detailed ?? 10;
    const out = [];
    const n = result.failures.length;
    out.push(`### autodev analysis: ${result.status}${n ? `, ${n} failure${n === 1 ? "" : "s"}` : ""}`);
    out.push("");
    if (!n) {
        out.push(result.status === "passed" ? "The log shows a passing run." : "No failure was recognised in this log.");
        return out.join("\n") + "\n";
    }
    out.push("| # | category | severity | tool | where | strategy |");
    out.push("|---|---|---|---|---|---|");
    result.failures.forEach((f, i) => {
        out.push(`| ${i + 1} | ${f.category} | ${f.severity} | ${md(f.tool ?? "-")} | ${md(where(f) || "-")} | ${f.strategy} |`);
    });
    out.push("");
    result.failures.slice(0, detailed).forEach((f, i) => {
        out.push(`#### ${i + 1}. ${md(f.message)}`);
        out.push("");
        if (f.step)
            out.push(`Step: ${md(f.step)}  `);
        out.push(`Fingerprint: \`${f.fingerprint}\`  `);
        out.push(`Suggestion: ${md(f.suggestion)}`);
        out.push("");
        out.push(fence(shown(f.excerpt)));
        out.push("");
    });
    out.push(`<sub>${result.stats.lines} lines, ${result.stats.bytes} bytes analyzed in ${result.stats.durationMs} ms</sub>`);
    return out.join("\n") + "\n";
}
function toText(result) {
    const out = [`status: ${result.status}, ${result.failures.length} failure(s)`];
    result.failures.forEach((f, i) => {
        out.push("");
        out.push(`${i + 1}. [${f.category}/${f.severity}] ${f.tool ?? "-"}  ${where(f)}`);
        out.push(`   ${f.message}`);
        if (f.step)
            out.push(`   step: ${f.step}`);
        out.push(`   fix (${f.strategy}${f.autoFixable ? ", auto-fixable" : ""}): ${f.suggestion}`);
        for (const e of f.excerpt.slice(0, 12))
            out.push(`   | ${e}`);
    });
    return out.join("\n") + "\n";
}
/**
 * The analysis as compact JSON of at most `maxChars` characters (the runner keeps 1 MB of outputs
 * per job, counted in UTF-16 units, and drops an output over it). Cuts the least useful parts
 * first: contexts, then excerpt tails, then the failures at the end, and says so with
 * `truncated: true`. Failure order, messages, locations and fingerprints are kept whole.
 */
function fitJson(result, maxChars) {
    let json = JSON.stringify(result);
    if (json.length <= maxChars)
        return json;
    const cut = (failures, lines) => failures.map((f) => ({
        ...f,
        context: [],
        excerpt: f.excerpt.slice(0, lines).map((l) => (l.length > 2000 ? `${l.slice(0, 2000)}…` : l)),
        lines: f.lines.slice(0, lines),
    }));
    for (const lines of [200, 50, 10, 3, 1]) {
        json = JSON.stringify({ ...result, failures: cut(result.failures, lines), truncated: true });
        if (json.length <= maxChars)
            return json;
    }
    let failures = cut(result.failures, 1);
    while (failures.length > 1) {
        failures = failures.slice(0, Math.ceil(failures.length / 2));
        json = JSON.stringify({ ...result, failures, truncated: true });
        if (json.length <= maxChars)
            return json;
    }
    // One failure whose message or locations alone are too big: keep what says what failed.
    const f = failures[0];
    const one = f && { ...f, message: f.message.slice(0, 1000), locations: f.locations.slice(0, 10) };
    return JSON.stringify({ ...result, failures: one ? [one] : [], truncated: true });
}
function formatResult(result, format) {
    if (format === "json") {
        // `rule` and `lines` are internal provenance; the documented schema is what the JSON carries.
        const clean = { ...result, failures: result.failures.map(({ rule: _r, lines: _l, ...f }) => f) };
        return JSON.stringify(clean, null, 2) + "\n";
    }
    if (format === "markdown")
        return toMarkdown(result);
    return toText(result);
}
function renderSummary(result) {
    return toMarkdown(result);
}
//# sourceMappingURL=format.js.map

/***/ }),

/***/ 2453:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ parseArgs),
/* harmony export */   y: () => (/* binding */ oneOf)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9661);

/**
 * Parses `--name value`, `--name=value` and boolean `--flag`. `booleans` lists flags that take
 * no value; anything not in `known` is rejected so typos fail loudly instead of being ignored.
 */
function parseArgs(argv, known) {
    const flags = new Map();
    const positionals = [];
    const booleans = new Set(["help", ...(known.booleans ?? [])]);
    const values = new Set(known.values);
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === "--") {
            positionals.push(...argv.slice(i + 1));
            break;
        }
        if (arg === "-h") {
            flags.set("help", true);
            continue;
        }
        if (!arg.startsWith("--") || arg === "-") {
            positionals.push(arg);
            continue;
        }
        const eq = arg.indexOf("=");
        const name = arg.slice(2, eq === -1 ? undefined : eq);
        if (booleans.has(name)) {
            if (eq !== -1)
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`--${name} takes no value; drop "=${arg.slice(eq + 1)}".`);
            flags.set(name, true);
        }
        else if (values.has(name)) {
            const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
            if (value === undefined)
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`--${name} needs a value, e.g. --${name} <value>.`);
            flags.set(name, value);
        }
        else {
            const all = [...values, ...booleans].map((n) => `--${n}`).join(", ");
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Unknown option --${name}. Expected one of: ${all}.`);
        }
    }
    return { flags, positionals };
}
function oneOf(name, value, allowed) {
    if (allowed.includes(value))
        return value;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`--${name} must be one of ${allowed.join(", ")}; got "${value}".`);
}
//# sourceMappingURL=args.js.map

/***/ }),

/***/ 9177:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   analyzeCommand: () => (/* binding */ analyzeCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _analysis_analyze_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4700);
/* harmony import */ var _analysis_format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2743);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9661);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2453);






const FORMATS = ["json", "markdown", "text"];
const analyzeCommand = {
    name: "analyze",
    summary: "Turn a failed CI log into typed findings (no LLM)",
    usage: `Usage: autodev analyze --log <file|-> [--format json|markdown|text]

  --log <file|->   A CI log: a GitHub Actions job log, a run-logs .zip, Travis, Jenkins,
                   GitLab or raw tool output. '-' reads standard input.
  --format <fmt>   json (default), markdown or text.

Exit codes: 0 analyzed (whatever the log's status), 2 bad usage or unreadable log.`,
    async run(io) {
        const { flags } = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseArgs */ .Z)(io.argv, { values: ["log", "format"] });
        const log = flags.get("log");
        if (typeof log !== "string")
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j("--log is required: a log file path, or - for stdin.");
        const format = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .oneOf */ .y)("format", String(flags.get("format") ?? "json"), FORMATS);
        let result;
        if (log === "-") {
            result = await (0,_analysis_analyze_js__WEBPACK_IMPORTED_MODULE_2__/* .analyzeStream */ .Rz)(io.stdin);
        }
        else {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, log);
            let isFile;
            try {
                isFile = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isFile();
            }
            catch {
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j(`--log ${log}: no such file. Pass the path of a saved CI log, or - for stdin.`);
            }
            if (!isFile)
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j(`--log ${log} is not a regular file.`);
            result = await (0,_analysis_analyze_js__WEBPACK_IMPORTED_MODULE_2__/* .analyzeFile */ .xy)(path);
        }
        io.stdout.write((0,_analysis_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatResult */ .J9)(result, format));
        return 0;
    },
};
//# sourceMappingURL=analyze.js.map

/***/ })

};
