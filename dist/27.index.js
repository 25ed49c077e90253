export const id = 27;
export const ids = [27];
export const modules = {

/***/ 2027:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  servePrescans: () => (/* binding */ servePrescans)
});

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./lib/analysis/engine.js + 2 modules
var analysis_engine = __webpack_require__(7098);
// EXTERNAL MODULE: ./lib/analysis/prescan-arg.js
var prescan_arg = __webpack_require__(9159);
// EXTERNAL MODULE: ./lib/analysis/clean.js
var clean = __webpack_require__(6459);
// EXTERNAL MODULE: ./lib/analysis/generic.js
var generic = __webpack_require__(7479);
// EXTERNAL MODULE: ./lib/analysis/scan.js + 1 modules
var scan = __webpack_require__(6359);
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
    keywordHeads(id) {
        return this.engine.keywordHeads(id);
    }
}
/** AUTODEV_LANES=0 keeps the automaton in JS (for comparing the two; the results are the same). */
const USE_LANES = process.env.AUTODEV_LANES !== "0";
/**
 * Writes on `tape` (see Tape) what the scan finds on each line of buf[0, len), whole lines of a
 * log (`first` when they start it), and which lines the engine may have to read when not busy.
 */
function prescan(engine, buf, len, first, tape) {
    tape.reset();
    const scanner = new scan/* LineScanner */.V5(new Recorder(engine, tape), !first, tape);
    if (!USE_LANES || !scanner.scanWindowLanes(buf, len))
        scanner.scanWindow(buf, len);
}
//# sourceMappingURL=prescan.js.map
// EXTERNAL MODULE: ./lib/analysis/rules/index.js + 23 modules
var rules = __webpack_require__(9571);
;// CONCATENATED MODULE: ./lib/analysis/prescan-worker.js







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
if (external_node_worker_threads_.workerData?.[prescan_arg/* PRESCAN_WORKER */.O])
    servePrescans();
//# sourceMappingURL=prescan-worker.js.map

/***/ })

};
