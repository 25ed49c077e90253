export const id = 751;
export const ids = [751];
export const modules = {

/***/ 7751:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   scanParallel: () => (/* binding */ scanParallel)
/* harmony export */ });
/* unused harmony export WindowTooSmall */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5919);
/* harmony import */ var _prescan_arg_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9159);



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
                workerData: { [_prescan_arg_js__WEBPACK_IMPORTED_MODULE_2__/* .PRESCAN_WORKER */ .O]: true },
                argv: [_prescan_arg_js__WEBPACK_IMPORTED_MODULE_2__/* .PRESCAN_ARG */ .u],
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

/***/ })

};
