export const id = 178;
export const ids = [178];
export const modules = {

/***/ 4178:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: ./lib/util/errors.js
var errors = __webpack_require__(9661);
// EXTERNAL MODULE: ./lib/util/logger.js
var logger = __webpack_require__(1634);
;// CONCATENATED MODULE: ./lib/cli/commands/index.js
/**
 * Every CLI sub-command; add new ones here. Each module loads when its command runs (ncc gives it
 * a chunk of its own), so `autodev analyze` starts without heal's git, LLM and YAML code.
 */
const cliCommands = [
    { name: "analyze", load: async () => (await Promise.all(/* import() */[__webpack_require__.e(480), __webpack_require__.e(177)]).then(__webpack_require__.bind(__webpack_require__, 9177))).analyzeCommand },
    { name: "heal", load: async () => (await Promise.all(/* import() */[__webpack_require__.e(913), __webpack_require__.e(674), __webpack_require__.e(480), __webpack_require__.e(200), __webpack_require__.e(879), __webpack_require__.e(799)]).then(__webpack_require__.bind(__webpack_require__, 4799))).healCommand },
    { name: "demo", load: async () => (await Promise.all(/* import() */[__webpack_require__.e(913), __webpack_require__.e(480), __webpack_require__.e(200), __webpack_require__.e(50)]).then(__webpack_require__.bind(__webpack_require__, 7050))).demoCommand },
];
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./lib/cli/main.js



async function help() {
    const commands = await Promise.all(cliCommands.map((c) => c.load()));
    const width = Math.max(...commands.map((c) => c.name.length));
    const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
    return `autodev: deterministic CI failure analysis and self-healing\n\nUsage: autodev <command> [options]\n\nCommands:\n${lines.join("\n")}\n\nRun 'autodev <command> --help' for a command's options.\n`;
}
/** Runs the CLI and returns the exit code; never calls process.exit so tests can drive it in-process. */
async function runCli(argv, partial = {}) {
    const stderr = partial.stderr ?? process.stderr;
    const io = {
        argv: argv.slice(1),
        cwd: partial.cwd ?? process.cwd(),
        env: partial.env ?? process.env,
        stdout: partial.stdout ?? process.stdout,
        stderr,
        stdin: partial.stdin ?? process.stdin,
        logger: partial.logger ?? (0,logger/* consoleLogger */.k)(stderr),
    };
    const [name] = argv;
    if (name === undefined || name === "--help" || name === "-h" || name === "help") {
        io.stdout.write(await help());
        return name === undefined ? 2 : 0;
    }
    if (name === "--version") {
        io.stdout.write("autodev 0.1.0\n");
        return 0;
    }
    const command = await cliCommands.find((c) => c.name === name)?.load();
    try {
        if (!command) {
            throw new errors/* ConfigurationError */.j(`Unknown command "${name}". Expected one of: ${cliCommands.map((c) => c.name).join(", ")}.`);
        }
        if (io.argv.includes("--help") || io.argv.includes("-h")) {
            io.stdout.write(command.usage.endsWith("\n") ? command.usage : command.usage + "\n");
            return 0;
        }
        return await command.run(io);
    }
    catch (e) {
        if ((0,errors/* isConfigurationError */.p)(e)) {
            stderr.write(`autodev ${name}: ${e.message}\n`);
            return 2;
        }
        stderr.write(`autodev ${name}: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
        return 70;
    }
}
//# sourceMappingURL=main.js.map

/***/ }),

/***/ 1634:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ consoleLogger),
/* harmony export */   q: () => (/* binding */ silentLogger)
/* harmony export */ });
const silentLogger = {
    debug() { },
    info() { },
    warning() { },
    error() { },
    group: (_name, fn) => fn(),
};
/** Plain stderr logger for the CLI; progress goes to stderr so stdout stays machine-readable. */
function consoleLogger(stream = process.stderr, verbose = false) {
    return {
        debug: (m) => {
            if (verbose)
                stream.write(`debug: ${m}\n`);
        },
        info: (m) => stream.write(`${m}\n`),
        warning: (m) => stream.write(`warning: ${m}\n`),
        error: (m) => stream.write(`error: ${m}\n`),
        group: async (name, fn) => {
            stream.write(`▸ ${name}\n`);
            return fn();
        },
    };
}
//# sourceMappingURL=logger.js.map

/***/ })

};
