export const id = 751;
export const ids = [751,27];
export const modules = {

/***/ 7751:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   scanParallel: () => (/* binding */ scanParallel)
/* harmony export */ });
/* unused harmony export WindowTooSmall */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5919);
/* harmony import */ var _prescan_arg_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9159);
/* harmony import */ var _prescan_worker_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2027);




/**
 * Windows in flight per worker: with one more for this thread to fill or replay, each side has
 * work while memory stays bounded (measured: two per worker added 20 MB of RSS and no speed).
 */
const AHEAD = 1;
/** Most bytes a window may grow to, to hold one long line. */
const MAX_WINDOW = 64 << 20;
/** A line longer than MAX_WINDOW: the parallel path gives up (the caller runs the serial one). */
class WindowTooSmall extends Error {
}
/**
 * The module a worker loads to serve prescans: prescan-worker.js next to this one, or the bundle's
 * entry, which registers itself (see src/index.ts): a bundle has no prescan-worker.js.
 * (The name is not a literal: a bundler would copy a literal one as a raw asset.)
 */
function workerEntry() {
    const registered = globalThis[Symbol.for("autodev.prescanEntry")];
    if (typeof registered === "string")
        return new URL(registered);
    const name = ["prescan-worker", "js"].join(".");
    return new URL(name, import.meta.url);
}
class Pool {
    workers = [];
    waiting = new Map();
    failed = null;
    constructor(count) {
        for (let i = 0; i < count; i++) {
            const w = new node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.Worker(workerEntry(), {
                workerData: { [_prescan_worker_js__WEBPACK_IMPORTED_MODULE_2__.PRESCAN_WORKER]: true },
                argv: [_prescan_arg_js__WEBPACK_IMPORTED_MODULE_3__/* .PRESCAN_ARG */ .u],
                // A worker takes the process's flags, but --input-type (node -e) stops it from loading a file.
                execArgv: process.execArgv.filter((a) => !a.startsWith("--input-type")),
                // A small young generation: each isolate's own heap counts against the memory bar.
                resourceLimits: { maxYoungGenerationSizeMb: 4 },
            });
            w.on("message", (m) => {
                const p = this.waiting.get(m.id);
                this.waiting.delete(m.id);
                p?.resolve(m);
            });
            w.on("error", (e) => this.fail(e));
            w.on("exit", (code) => {
                if (this.waiting.size)
                    this.fail(new Error(`prescan worker exited with ${code}`));
            });
            this.workers.push(w);
        }
    }
    fail(e) {
        this.failed ??= e;
        for (const p of this.waiting.values())
            p.reject(e);
        this.waiting.clear();
    }
    run(req) {
        if (this.failed)
            return Promise.reject(this.failed);
        return new Promise((resolve, reject) => {
            this.waiting.set(req.id, { resolve, reject });
            this.workers[req.id % this.workers.length].postMessage(req);
        });
    }
    async close() {
        await Promise.all(this.workers.map((w) => w.terminate()));
    }
}
/** Reads `file` from its start through the pool into `scanner` (which must be fresh). */
async function scanParallel(file, scanner, options) {
    const pool = new Pool(options.workers);
    const size = options.window;
    // A tape record takes 12 to 20 bytes, and only flagged lines have one: room for a record every
    // 32 bytes (a window of shorter flagged lines gets a tape of its own, see prescan-worker.ts).
    const slot = (bytes) => ({
        data: new SharedArrayBuffer(bytes),
        tape: new SharedArrayBuffer((bytes >> 1) & ~3),
    });
    const free = [];
    for (let i = 0; i < options.workers * AHEAD + 1; i++)
        free.push(slot(size));
    const queue = [];
    // The bytes after the last line break of the previous window: the start of the next one.
    let carry = node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.alloc(0);
    let eof = false;
    let id = 0;
    try {
        for (;;) {
            while (!eof && free.length) {
                let s = free.pop();
                // (After a long line the bytes carried over may fill a window: one twice their size.)
                if (carry.length * 2 > s.data.byteLength)
                    s = slot(carry.length * 2);
                let buf = node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.from(s.data);
                carry.copy(buf, 0);
                let filled = carry.length;
                let len = 0;
                for (;;) {
                    while (filled < buf.length) {
                        const { bytesRead } = await file.read(buf, filled, buf.length - filled, null);
                        if (!bytesRead) {
                            eof = true;
                            break;
                        }
                        filled += bytesRead;
                    }
                    if (eof) {
                        len = filled;
                        break;
                    }
                    len = buf.subarray(0, filled).lastIndexOf(10) + 1;
                    if (len)
                        break;
                    // A line longer than the window: a bigger one, up to a bound (the serial path keeps
                    // only the head of such a line; a window must hold it whole).
                    if (buf.length * 2 > MAX_WINDOW)
                        throw new WindowTooSmall();
                    const bigger = slot(buf.length * 2);
                    const b = node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.from(bigger.data);
                    buf.copy(b, 0, 0, filled);
                    s = bigger;
                    buf = b;
                }
                carry = node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.from(buf.subarray(len, filled));
                if (!len) {
                    free.push(s);
                    break;
                }
                const req = { id, data: s.data, len, first: id === 0, tape: s.tape };
                id++;
                const reply = pool.run(req);
                // (Awaited in turn below; a worker's failure must not count as unhandled meanwhile.)
                reply.catch(() => { });
                queue.push({ slot: s, len, reply });
            }
            const next = queue.shift();
            if (!next)
                break;
            const { tape } = await next.reply;
            const records = typeof tape === "number" ? new Int32Array(next.slot.tape, 0, tape) : tape;
            scanner.replay(node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.from(next.slot.data, 0, next.len), next.len, records);
            // (A window grown for a long line is let go.)
            free.push(next.slot.data.byteLength === size ? next.slot : slot(size));
        }
    }
    finally {
        // (Replies still on their way are dropped with the workers.)
        await pool.close();
    }
}
//# sourceMappingURL=parallel.js.map

/***/ }),

/***/ 2027:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PRESCAN_WORKER: () => (/* binding */ PRESCAN_WORKER),
  servePrescans: () => (/* binding */ servePrescans)
});

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./lib/analysis/engine.js + 2 modules
var analysis_engine = __webpack_require__(7098);
// EXTERNAL MODULE: ./lib/analysis/clean.js
var clean = __webpack_require__(6459);
// EXTERNAL MODULE: ./lib/analysis/generic.js
var generic = __webpack_require__(7479);
// EXTERNAL MODULE: ./lib/analysis/scan.js
var scan = __webpack_require__(5769);
;// CONCATENATED MODULE: ./lib/analysis/prescan.js



/**
 * The parallel half of the scan (see parallel.ts): runs the line scanner over one window of a
 * log as if the engine were never busy, and records which lines it would then hand to the engine.
 * Everything it decides is a function of the line's bytes, except whether the log is a GitHub
 * one (known here only from the window's own lines): a window that has not seen a timestamp yet
 * hands over more lines than the real run would, never fewer, and the replay (LineScanner.replay)
 * decides those again with the real engine's state.
 */
class Recorder {
    engine;
    tape;
    keywords;
    ringSize;
    busy = false;
    gha = false;
    lineNo = 0;
    constructor(engine, tape) {
        this.engine = engine;
        this.tape = tape;
        this.keywords = engine.keywords;
        // No ring: nothing reads the quiet lines here.
        this.ringSize = 0;
    }
    get isGha() {
        return this.gha;
    }
    get lineCount() {
        return this.lineNo;
    }
    push(raw) {
        this.note((0,clean/* cleanLine */.O)(raw), true, -1);
    }
    pushClean(line, _found, errorWords = true, strength = -1) {
        this.note(line, errorWords, strength);
    }
    /**
     * The line goes on the tape as one the engine reads, with its errorStrength (the engine's most
     * costly test, worked out here rather than on the replaying thread).
     */
    note(line, errorWords, strength) {
        this.lineNo++;
        const gha = line.gha;
        if (strength < 0 && errorWords && line.marker === null)
            strength = (0,generic/* errorStrength */.E1)(line.text, null);
        this.tape.pushed(strength);
        // As the engine does: a line with a GitHub timestamp makes it read the log as a GitHub one.
        if (gha)
            this.gha = true;
    }
    quiet(count, _recent, _source) {
        this.lineNo += count;
    }
    settleOutput() { }
    mayHit(found, text) {
        return this.engine.mayHit(found, text);
    }
}
/**
 * Writes on `tape` (see Tape) what the scan finds on each line of buf[0, len), whole lines of a
 * log (`first` when they start it), and which lines the engine may have to read when not busy.
 */
function prescan(engine, buf, len, first, tape) {
    tape.reset();
    new scan/* LineScanner */.V5(new Recorder(engine, tape), !first, tape).scanWindow(buf, len);
}
//# sourceMappingURL=prescan.js.map
// EXTERNAL MODULE: ./lib/analysis/rules/index.js + 23 modules
var rules = __webpack_require__(9571);
;// CONCATENATED MODULE: ./lib/analysis/prescan-worker.js






/** Set in a worker's data: the entry module serves prescans (see parallel.ts). */
const PRESCAN_WORKER = "autodevPrescan";
/** Answers the parallel path's requests on this worker thread. */
function servePrescans() {
    const engine = new analysis_engine/* Engine */.N(rules/* ruleSets */.c);
    const tape = new scan/* Tape */.nZ();
    external_node_worker_threads_.parentPort.on("message", (m) => {
        prescan(engine, external_node_buffer_.Buffer.from(m.data, 0, m.len), m.len, m.first, tape);
        const shared = new Int32Array(m.tape);
        const out = tape.copy(shared);
        const reply = { id: m.id, tape: out === shared ? tape.length : out };
        external_node_worker_threads_.parentPort.postMessage(reply);
    });
}
if (external_node_worker_threads_.workerData?.[PRESCAN_WORKER])
    servePrescans();
//# sourceMappingURL=prescan-worker.js.map

/***/ })

};
