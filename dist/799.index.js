export const id = 799;
export const ids = [799];
export const modules = {

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

/***/ 4799:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   healCommand: () => (/* binding */ healCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _analysis_analyze_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4700);
/* harmony import */ var _analysis_types_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(267);
/* harmony import */ var _healing_git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9146);
/* harmony import */ var _healing_findings_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(1130);
/* harmony import */ var _healing_exec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3449);
/* harmony import */ var _healing_flow_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7310);
/* harmony import */ var _healing_llm_openai_proposer_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3869);
/* harmony import */ var _healing_proposal_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9070);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9661);
/* harmony import */ var _util_redact_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5171);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2453);













/** The flag's file, resolved; a usage error when it is not a regular file. */
function existingFile(cwd, path, flag) {
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path);
    let isFile = false;
    try {
        isFile = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(full).isFile();
    }
    catch {
        // isFile stays false: missing, or a path that cannot be looked at.
    }
    if (!isFile)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ConfigurationError */ .j(`${flag} ${path}: no such file.`);
    return full;
}
/** Exit code per outcome; 2 (bad usage) comes from a ConfigurationError in the CLI's main. */
const EXIT = {
    healed: 0,
    "already-passing": 0,
    improved: 1,
    unfixable: 1,
    error: 3,
};
const healCommand = {
    name: "heal",
    summary: "Run the failing CI command, fix what code can fix, verify by re-running, report",
    usage: `Usage: autodev heal --dir <repo> --command "<the failing CI command>" [options]

  --dir <dir>           The checkout to heal (default: current directory). Must be clean
                        (tracked files unmodified). Alias: --repo.
  --command <command>   The command that failed in CI, e.g. "npm run lint". Without --log or
                        --findings, heal runs it first and analyzes its output; after each fix it
                        runs it again and keeps a change only if the failure it targeted is gone
                        and nothing new fails. Run with sh -c as your CI would: pass only commands
                        you would put in CI. Nothing from a log is ever put on a command line.
                        Alias: --verify.
  --log <file>          A CI log to analyze instead of running --command first.
  --findings <file>     Output of 'autodev analyze --format json' (instead of --log).
  --strategies <list>   Comma list of: ${_analysis_types_js__WEBPACK_IMPORTED_MODULE_10__/* .STRATEGIES */ .YL.filter((s) => s !== "none").join(", ")}
                        (default: format,imports,dependencies,tests, plus llm with --llm-model).
  --dry-run             Report what would change, then leave the working tree exactly as it was
                        (a --proposal-dir still gets the patch).
  --format <fmt>        markdown (default; the PR-body report), json (the report), or text
                        (a short terminal summary).
  --proposal-dir <dir>  Also write changes.patch, report.json, report.md, proposal.json there.
  --timeout <seconds>   Time limit per command (default 300); a command that hangs is killed,
                        reported, and the tree restored.
  --llm-model <name>    Let a model patch what deterministic fixers cannot (needs --command).
                        The key is read from AUTODEV_LLM_API_KEY or OPENAI_API_KEY.
  --llm-base-url <url>  OpenAI-compatible endpoint (default: the OpenAI API).
  --allow-paths <globs> Comma list of extra globs a model patch may touch.
  --no-reproduce        Heal even if --command already passes.
  --no-warm             Do not start the fixer tools --command runs (prettier, eslint, black,
                        isort, vitest, npm) while it first runs; AUTODEV_WARM=0 does the same.

Outcomes: healed, improved (some failures fixed, some left), unfixable (the tree is left exactly
as it was), already-passing, error.
Exit codes: 0 healed or already passing, 1 improved or unfixable, 2 bad usage, 3 error.`,
    async run(io) {
        const { flags } = (0,_args_js__WEBPACK_IMPORTED_MODULE_11__/* .parseArgs */ .Z)(io.argv, {
            values: [
                "findings",
                "log",
                "repo",
                "dir",
                "verify",
                "command",
                "proposal-dir",
                "strategies",
                "llm-model",
                "llm-base-url",
                "allow-paths",
                "format",
                "timeout",
            ],
            booleans: ["dry-run", "no-reproduce", "no-warm"],
        });
        const get = (name) => {
            const v = flags.get(name);
            return typeof v === "string" ? v : undefined;
        };
        const alias = (a, b) => {
            if (get(a) !== undefined && get(b) !== undefined && get(a) !== get(b))
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ConfigurationError */ .j(`--${a} and --${b} are the same option; pass one of them.`);
            return get(a) ?? get(b);
        };
        const format = (0,_args_js__WEBPACK_IMPORTED_MODULE_11__/* .oneOf */ .y)("format", get("format") ?? "markdown", ["markdown", "text", "json"]);
        const command = alias("command", "verify");
        const repoDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, alias("dir", "repo") ?? ".");
        const timeoutSec = get("timeout") === undefined ? 300 : Number(get("timeout"));
        if (!Number.isFinite(timeoutSec) || timeoutSec <= 0)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ConfigurationError */ .j(`--timeout must be a positive number of seconds; got "${get("timeout")}".`);
        const timeoutMs = Math.round(timeoutSec * 1000);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(repoDir, { throwIfNoEntry: false })?.isDirectory())
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ConfigurationError */ .j(`--dir ${repoDir}: no such directory.`);
        const apiKey = io.env.AUTODEV_LLM_API_KEY || io.env.OPENAI_API_KEY || "";
        const model = get("llm-model");
        if (model && !apiKey)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ConfigurationError */ .j("--llm-model needs an API key in AUTODEV_LLM_API_KEY (or OPENAI_API_KEY).");
        const strategies = (0,_healing_findings_js__WEBPACK_IMPORTED_MODULE_12__/* .parseStrategies */ .t)(get("strategies"), "--strategies");
        const runner = (0,_healing_exec_js__WEBPACK_IMPORTED_MODULE_4__/* .nodeRunner */ .L2)(io.env);
        // One list for redacting the output and for heal's patch gate (a patch must not carry any of them).
        const secrets = [apiKey, ...(0,_util_redact_js__WEBPACK_IMPORTED_MODULE_8__/* .secretsFromEnv */ .zr)(io.env)].filter(Boolean);
        const redactor = (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_8__/* .createRedactor */ .lY)({ secrets });
        const print = (report) => io.stdout.write(redactor.redact(format === "json"
            ? JSON.stringify(report, null, 2) + "\n"
            : format === "markdown"
                ? (0,_healing_proposal_js__WEBPACK_IMPORTED_MODULE_7__/* .renderReport */ .B1)(report)
                : renderText(report)));
        let failures;
        let baseline;
        if (get("findings"))
            failures = (0,_healing_findings_js__WEBPACK_IMPORTED_MODULE_12__/* .parseFindings */ .S)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(existingFile(io.cwd, get("findings"), "--findings"), "utf8"), "--findings");
        else if (get("log")) {
            // Checked here for a usage error; the analyzer reads the log itself (once).
            failures = (await (0,_analysis_analyze_js__WEBPACK_IMPORTED_MODULE_2__/* .analyzeFile */ .xy)(existingFile(io.cwd, get("log"), "--log"))).failures;
        }
        else if (!command)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ConfigurationError */ .j("Pass --command <the failing CI command>, or --findings <analyze json> or --log <ci log>.");
        let result;
        try {
            // Without a log, heal runs the command first (the user's own CI command; its output is only
            // ever read, never executed) while the fixer tools it will likely need start up.
            result = await (0,_healing_flow_js__WEBPACK_IMPORTED_MODULE_5__/* .healFromCi */ .H)({
                env: io.env,
                onBaseline: (b) => (baseline = b),
                repoDir,
                failures,
                verifyCommand: command,
                requireReproduction: !flags.has("no-reproduce"),
                warm: flags.has("no-warm") ? false : undefined,
                strategies,
                llm: model
                    ? (0,_healing_llm_openai_proposer_js__WEBPACK_IMPORTED_MODULE_6__/* .openAIProposer */ .l)({
                        apiKey,
                        model,
                        baseUrl: get("llm-base-url"),
                        logger: io.logger,
                        redact: (t) => redactor.redact(t),
                    })
                    : undefined,
                allowedPaths: get("allow-paths")
                    ?.split(",")
                    .map((s) => s.trim())
                    .filter(Boolean),
                secrets,
                logger: io.logger,
                timeoutMs,
            });
        }
        catch (e) {
            if ((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .isConfigurationError */ .p)(e))
                throw e;
            const message = e instanceof Error ? e.message : String(e);
            io.stderr.write(redactor.redact(`autodev heal: error: ${message}\n`));
            print(errorReport(message, baseline));
            return EXIT.error;
        }
        const { report, patch } = result;
        if (get("proposal-dir"))
            (0,_healing_proposal_js__WEBPACK_IMPORTED_MODULE_7__/* .writeProposal */ .Gf)({
                dir: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, get("proposal-dir")),
                report,
                patch,
                redact: (t) => redactor.redact(t),
            });
        if (flags.has("dry-run") && report.files.length)
            await new _healing_git_js__WEBPACK_IMPORTED_MODULE_3__/* .Git */ .T(runner, repoDir).restore(report.files);
        print(report);
        return EXIT[report.outcome];
    },
};
function errorReport(message, baseline) {
    return {
        schemaVersion: 1,
        outcome: "error",
        reason: "error",
        fingerprint: "",
        baseSha: "",
        files: [],
        attempts: [
            {
                fixer: "heal",
                strategy: "none",
                fingerprints: [],
                status: "error",
                files: [],
                commands: [],
                detail: message,
                kept: false,
            },
        ],
        fixed: [],
        remaining: [],
        verification: baseline ? { baseline: baseline.run } : {},
        risk: "review",
        riskReasons: [],
        stats: { added: 0, removed: 0, durationMs: 0, llmCalls: 0 },
    };
}
/** A terminal summary: one line per attempt, then the outcome. */
function renderText(report) {
    const out = [];
    for (const a of report.attempts) {
        const v = a.verification ? `, check exit ${a.verification.exitCode}` : "";
        out.push(`${a.kept ? "kept   " : "dropped"} ${a.fixer} (${a.strategy}): ${a.status}${v}, ${a.durationMs ?? 0} ms` +
            (a.files.length ? ` [${a.files.join(", ")}]` : ""));
        for (const c of a.commands)
            out.push(`          $ ${c}`);
    }
    const { baseline, final } = report.verification;
    if (baseline)
        out.push(`before: '${baseline.command}' exited ${baseline.exitCode}`);
    if (final)
        out.push(`after:  '${final.command}' exited ${final.exitCode}`);
    if (report.files.length)
        out.push(`changed ${report.files.length} file(s), +${report.stats.added} -${report.stats.removed}`);
    const reason = report.reason === report.outcome ? "" : ` (${report.reason})`;
    out.push(`outcome: ${report.outcome}${reason} in ${report.stats.durationMs} ms`);
    return out.join("\n") + "\n";
}
//# sourceMappingURL=heal.js.map

/***/ })

};
