export const id = 50;
export const ids = [50];
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

/***/ 7050:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   demoCommand: () => (/* binding */ demoCommand)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3136);
/* harmony import */ var _analysis_analyze_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4700);
/* harmony import */ var _healing_exec_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3449);
/* harmony import */ var _healing_heal_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6200);
/* harmony import */ var _healing_proposal_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9070);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9661);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2453);











/** What the demo shop's CI runs: every step, so one log shows every reason it is red. */
const CI_COMMAND = "sh ci.sh";
const TOOLS = ["prettier", "tsc", "vitest"];
/**
 * The bundled project sits at <autodev>/test/fixtures/demo-project. From the bundle
 * (dist/index.js) and from the sources (src/cli/commands/demo.ts) it is a different number of
 * levels up, so walk up until it is found.
 */
function findProject() {
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_4__.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 6; i++) {
        const project = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, "test", "fixtures", "demo-project");
        // Resolved, so a symlinked checkout is copied as files rather than as a link.
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(project, "package.json")))
            return { project: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(project), bin: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, "node_modules", ".bin") };
        dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(dir);
    }
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ConfigurationError */ .j("autodev demo: the bundled example (test/fixtures/demo-project) is missing. Run the demo from a clone of the autodev repository.");
}
const since = (t) => `${((performance.now() - t) / 1000).toFixed(1)} s`;
/**
 * Heal's own log lines, turned into numbered steps. Heal announces each fixer with a group and
 * reports its result in one info line; everything else is shown indented.
 */
function progressLogger(write) {
    let step = 0;
    let current = "";
    return {
        debug() { },
        // Heal's one-line result of the fixer just shown is replaced by the richer line below.
        info: (m) => (current && m.startsWith(`${current}: `) ? undefined : write(`     ${m}`)),
        warning: (m) => write(`   ! ${m}`),
        error: (m) => write(`   ✗ ${m}`),
        async group(name, fn) {
            const label = name.replace(/^autodev: /, "");
            const t = performance.now();
            const verifying = /^verify|^reproduce/.test(label);
            if (verifying)
                write(`   ↻ ${label}: re-running \`${CI_COMMAND}\``);
            else
                write(`  ${String(++step).padStart(2)}. ${label}`);
            current = verifying ? "" : label;
            const r = await fn();
            const verify = r;
            if (verify.run)
                write(`     → exit ${verify.run.exitCode} (${since(t)})`);
            const attempt = r;
            if (attempt.fixer && attempt.status)
                write(`     → ${describeAttempt(attempt)}`);
            return r;
        },
    };
}
function describeAttempt(a) {
    const v = a.verification;
    const check = v
        ? `check \`${v.command}\` exit ${v.exitCode} in ${v.durationMs} ms`
        : a.detail.split("\n")[0];
    const kept = a.kept ?? a.status === "fixed";
    const files = a.files.join(", ") || "no files";
    const verdict = kept
        ? "✓ kept"
        : a.status === "skipped" || a.status === "no-change"
            ? `· ${a.status}`
            : `↺ ${a.status}, rolled back`;
    return `${verdict}: ${a.fixer} (${a.strategy}) ${files}; ${check}`;
}
function summarize(failures) {
    return failures.map((f) => `     - ${f.category} [${f.tool ?? "?"} → ${f.strategy}] ${f.message}`);
}
async function runCi(runner, dir) {
    const t = performance.now();
    const r = await runner.run("sh", ["-c", CI_COMMAND], {
        cwd: dir,
        timeoutMs: 300_000,
        extraEnv: { CI: "true", FORCE_COLOR: "0", NO_COLOR: "1" },
    });
    return { ...r, log: `${r.stdout}\n${r.stderr}`, seconds: since(t) };
}
const demoCommand = {
    name: "demo",
    summary: "Heal a bundled example project whose CI is red for four reasons, offline",
    usage: `Usage: autodev demo [--dir <path>]

Copies the bundled example (a small TypeScript shop, test/fixtures/demo-project) into a new
directory, runs its CI (\`${CI_COMMAND}\`: npm lock check, prettier, tsc, vitest), which fails
for four reasons at once: the lock file lacks a dependency package.json declares, a file is not
formatted, a name is used without its import, and a snapshot is outdated. Then heals it step by
step, runs CI again, prints the report (markdown, on stdout) and says where the healed copy is.
Progress goes to stderr. Offline; the tools come from autodev's own node_modules.

  --dir <path>   Where to put the copy (must not exist); default a new temporary directory.`,
    async run(io) {
        const { flags } = (0,_args_js__WEBPACK_IMPORTED_MODULE_10__/* .parseArgs */ .Z)(io.argv, { values: ["dir"], booleans: [] });
        const { project, bin } = findProject();
        const missing = TOOLS.filter((t) => !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(bin, t)));
        if (missing.length)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ConfigurationError */ .j(`autodev demo needs ${missing.join(", ")} in ${bin}. Run \`npm ci\` in the autodev checkout first.`);
        const asked = flags.get("dir");
        let dir;
        if (typeof asked === "string") {
            dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(io.cwd, asked);
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(dir))
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ConfigurationError */ .j(`--dir ${asked}: already exists. Give a new path.`);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(dir, { recursive: true });
        }
        else
            dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), "autodev-demo-"));
        const err = (s) => io.stderr.write(`${s}\n`);
        const started = performance.now();
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.cpSync)(project, dir, { recursive: true, filter: (src) => !src.split(/[\\/]/).includes("node_modules") });
        const git = (...args) => (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)("git", args, { cwd: dir, stdio: "ignore" });
        git("init", "-q");
        git("add", "-A");
        git("-c", "user.name=autodev demo", "-c", "user.email=demo@example.invalid", "commit", "-q", "-m", "demo shop");
        // What `npm ci` would give the project: its tools under node_modules/.bin (autodev's own copies).
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, "node_modules", ".bin"), { recursive: true });
        for (const t of TOOLS)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.symlinkSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(bin, t), (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, "node_modules", ".bin", t));
        // `npm run demo --silent` exports npm_config_loglevel=silent, which would also silence the
        // example's own `npm ci` and hide the lockfile failure the demo is about.
        const { npm_config_loglevel: _quiet, ...env } = io.env;
        const runner = (0,_healing_exec_js__WEBPACK_IMPORTED_MODULE_6__/* .nodeRunner */ .L2)({ ...env, PATH: [bin, io.env.PATH ?? ""].join(node_path__WEBPACK_IMPORTED_MODULE_3__.delimiter) });
        err(`autodev demo: a copy of the example shop is in ${dir}`);
        err(`\n① Run its CI: ${CI_COMMAND}`);
        const before = await runCi(runner, dir);
        const analysis = await (0,_analysis_analyze_js__WEBPACK_IMPORTED_MODULE_5__/* .analyzeText */ .AB)(before.log);
        err(`   exit ${before.exitCode} in ${before.seconds}; the analyzer found ${analysis.failures.length} failure(s):`);
        for (const l of summarize(analysis.failures))
            err(l);
        err(`\n② Heal, one fixer at a time; each change is checked by its own tool and kept only if it holds:`);
        const { report } = await (0,_healing_heal_js__WEBPACK_IMPORTED_MODULE_7__/* .heal */ .R)({
            repoDir: dir,
            failures: analysis.failures,
            verifyCommand: CI_COMMAND,
            runner,
            logger: progressLogger(err),
            maxRounds: 6,
        });
        const kept = report.attempts.filter((a) => a.kept ?? a.status === "fixed").length;
        err(`   ${report.outcome} in ${(report.stats.durationMs / 1000).toFixed(1)} s: ${kept} change(s) kept, ` +
            `${report.attempts.length - kept} not; files: ${report.files.join(", ") || "none"}`);
        err(`\n③ Run CI again: ${CI_COMMAND}`);
        const after = await runCi(runner, dir);
        err(`   exit ${after.exitCode} in ${after.seconds}${after.exitCode === 0 ? ": green" : ""}`);
        if (after.exitCode !== 0)
            err(after.log.trim().split("\n").slice(-20).join("\n"));
        io.stdout.write(`${(0,_healing_proposal_js__WEBPACK_IMPORTED_MODULE_8__/* .renderReport */ .B1)(report)}\n`);
        io.stdout.write(`\nThe healed copy is in ${dir} (see \`git -C ${dir} diff\`). Demo took ${since(started)}.\n`);
        return report.outcome === "healed" && after.exitCode === 0 ? 0 : 1;
    },
};
//# sourceMappingURL=demo.js.map

/***/ })

};
