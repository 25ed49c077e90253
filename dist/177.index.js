export const id = 177;
export const ids = [177];
export const modules = {

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
 * Escapes log text for a markdown table cell or inline position. A log is untrusted and this
 * markdown may be posted as a comment: `@name` and `@org/team` go into code spans, where GitHub
 * sends no notification (a failing test named after a person would ping them otherwise).
 */
function md(s) {
    return s
        .replace(/[\\`*_{}[\]<>|#]/g, (c) => `\\${c}`)
        .replace(/\r?\n/g, " ")
        .replace(/(^|[^\w`])@([A-Za-z0-9](?:[\w-]|\\_)*(?:\/(?:[\w-]|\\_)+)?)/g, (_m, pre, who) => `${pre}\`@${who.replace(/\\_/g, "_")}\``);
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
/* harmony import */ var _analysis_analyze_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9964);
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
