export const id = 480;
export const ids = [480];
export const modules = {

/***/ 6459:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ MAX_LINE),
/* harmony export */   O: () => (/* binding */ cleanLine)
/* harmony export */ });
/**
 * Turns one raw log line into the text rules see. Logs arrive with GitHub timestamps, ANSI
 * colour and cursor codes, Travis fold markers and `gh run view --log` job/step columns; none
 * of that is part of what a tool said, and all of it would defeat anchored regexes.
 */
/** Longest line the engine looks at; the rest of a multi-megabyte line is dropped, not buffered. */
const MAX_LINE = 4096;
// CSI sequences (colours, cursor moves, erase), OSC sequences (hyperlinks, titles) and lone ESC
// pairs, the keypad modes (ESC = and ESC >, which curses programs print around every screen) included.
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()*+][0-9A-Za-z]|\x1b[=>@-Z\\-_]|\x9b[0-?]*[ -/]*[@-~]/g;
// Remains of escape codes whose ESC byte was lost (seen in scraped logs): "[31m", "[0K".
const BARE_SGR = /\[(?:\d{1,3}(?:;\d{1,3})*)?[mK]/g;
const GHA_TS = /^\uFEFF?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
// `gh run view --log`: "<job>\t<step>\t<timestamp> text"
const FULL_GITHUB = /^[^\t]{1,200}\t[^\t]{0,200}\t\uFEFF?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
// The marker id never holds "$": Travis writes "travis_time:start:ab12\e[0K$ cmd", and the "$ "
// that follows is the command boundary.
const TRAVIS_MARK = /travis_(?:fold|time):[a-z]+:[\w.:=,-]*/g;
// GitLab section markers: "section_start:1600000000:name[collapsed=true]\r\e[0K"
const GITLAB_SECTION = /section_(?:start|end):\d+:[A-Za-z0-9_.-]+(?:\[[^\]]*\])?/g;
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;
const MARKER = /^##\[(error|warning|notice|debug|group|endgroup|command)\]/;
function cleanLine(raw) {
    let s = raw.length > MAX_LINE ? raw.slice(0, MAX_LINE) : raw;
    let gha = false;
    const ts = GHA_TS.exec(s) ?? (s.includes("\t") ? FULL_GITHUB.exec(s) : null);
    if (ts) {
        s = s.slice(ts[0].length);
        gha = true;
    }
    else if (s.charCodeAt(0) === 0xfeff) {
        s = s.slice(1);
    }
    // This runs on every line the scanner flags: skip the replacements that cannot apply (the
    // usual case), in the same order as always.
    if (ANY_CONTROL.test(s)) {
        if (s.includes("\x1b") || s.includes("\x9b"))
            s = s.replace(ANSI, "");
        if (s.includes("[") && (s.includes("m") || s.includes("K")))
            s = s.replace(BARE_SGR, "");
        if (s.includes("travis_"))
            s = s.replace(TRAVIS_MARK, "");
        if (s.includes("section_"))
            s = s.replace(GITLAB_SECTION, "");
        s = s.replace(CONTROL, "");
    }
    else {
        if (s.includes("[") && BARE_SGR_TEST.test(s))
            s = s.replace(BARE_SGR, "");
        if (s.includes("travis_"))
            s = s.replace(TRAVIS_MARK, "");
        if (s.includes("section_"))
            s = s.replace(GITLAB_SECTION, "");
    }
    let marker = null;
    if (s.startsWith("##[")) {
        const m = MARKER.exec(s);
        if (m) {
            marker = m[1];
            s = s.slice(m[0].length);
        }
    }
    else if (s.startsWith("[command]")) {
        marker = "command";
        s = s.slice(9);
    }
    return { text: s.trimEnd(), marker, gha };
}
const BARE_SGR_TEST = /\[(?:\d{1,3}(?:;\d{1,3})*)?[mK]/;
// CONTROL plus the 8-bit CSI: without any of these, ANSI and CONTROL have nothing to remove.
const ANY_CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x9b]/;
//# sourceMappingURL=clean.js.map

/***/ }),

/***/ 7098:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ Engine)
});

// EXTERNAL MODULE: ./lib/analysis/clean.js
var clean = __webpack_require__(6459);
// EXTERNAL MODULE: ./lib/analysis/generic.js
var generic = __webpack_require__(7479);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./lib/analysis/fingerprint.js

/**
 * The fingerprint rule (documented in the README):
 *   sha256( category | tool | rule group | sorted, de-duplicated signatures )[:16]
 * where a signature is `<repo-relative file>#<normalised message>` for each hit. Normalising
 * removes what changes between two runs of the same failure: timestamps, durations, hex ids
 * (run ids, SHAs, addresses), temp paths, line/column numbers and other standalone numbers.
 * Identifiers that merely contain digits (TS2322, E0308, F401) survive, so different errors
 * still differ. Line numbers are not part of it, so unrelated edits that shift a line keep it.
 */
function normaliseForFingerprint(s) {
    return s
        .replace(/\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?Z?/g, "<ts>")
        .replace(/\b\d+(?:\.\d+)?\s?(?:ms|s|sec|seconds|m|min|minutes)\b/g, "<dur>")
        .replace(/\/(?:tmp|var\/folders)\/[^\s:'"]+/g, "<tmp>")
        .replace(/\b0x[0-9a-f]+\b/gi, "<hex>")
        .replace(/\b[0-9a-f]{7,64}\b/gi, (m) => (/\d/.test(m) && /[a-f]/i.test(m) ? "<hex>" : m))
        .replace(/(?<![A-Za-z_])\d+(?![A-Za-z_])/g, "#")
        .replace(/\s+/g, " ")
        .trim()
        .toLowerCase();
}
function fingerprint(parts) {
    const sigs = [...new Set(parts.signatures.map(normaliseForFingerprint))].sort().slice(0, 50);
    const h = (0,external_node_crypto_.createHash)("sha256");
    h.update(`${parts.category}|${parts.tool ?? ""}|${parts.group}|`);
    h.update(sigs.join("\n"));
    return h.digest("hex").slice(0, 16);
}
//# sourceMappingURL=fingerprint.js.map
// EXTERNAL MODULE: ./lib/analysis/keywords.js
var keywords = __webpack_require__(8424);
;// CONCATENATED MODULE: ./lib/analysis/paths.js
/**
 * CI logs name files by absolute paths inside the runner's workspace; findings name them
 * relative to the repository so that links, annotations and fingerprints work across runs.
 */
const PREFIXES = [
    /^(?:file:\/\/)?\/home\/runner\/work\/[^/]+\/[^/]+\//, // GitHub-hosted
    /^(?:file:\/\/)?\/__w\/[^/]+\/[^/]+\//, // GitHub container jobs
    /^(?:file:\/\/)?\/github\/workspace\//, // docker actions
    /^[A-Za-z]:[\\/]a[\\/][^\\/]+[\\/][^\\/]+[\\/]/, // Windows runners
    /^\/Users\/runner\/work\/[^/]+\/[^/]+\//, // macOS runners
    /^\/(?:home|Users)\/travis\/build\/[^/]+\/[^/]+\//, // Travis (Linux, macOS)
    /^\/builds\/[^/]+\/[^/]+\//, // GitLab
    /^\/(?:var\/lib\/jenkins|var\/jenkins_home|home\/jenkins(?:\/agent)?)\/workspace\/[^/]+\//, // Jenkins
    /^\/(?:tmp|var\/folders\/[^/]+\/[^/]+\/T)\/[^/]+\//, // temp dirs (mkdtemp)
    /^\/private\/var\/folders\/[^/]+\/[^/]+\/T\/[^/]+\//,
];
function relativizePath(file) {
    let f = file.trim().replace(/^["'`(]+|["'`),:]+$/g, "");
    for (const p of PREFIXES) {
        if (p.test(f)) {
            f = f.replace(p, "");
            break;
        }
    }
    if (f.startsWith("./"))
        f = f.slice(2);
    return f.replace(/\\/g, "/");
}
/** True for things that look like a source path rather than a URL, a module name or prose. */
function plausibleFile(file) {
    if (!file || file.length > 300)
        return false;
    if (/^[a-z]+:\/\//i.test(file) && !file.startsWith("file://"))
        return false;
    if (/\s{2,}|^\s|[<>|*?"]/.test(file))
        return false;
    return /[A-Za-z0-9_]/.test(file);
}
//# sourceMappingURL=paths.js.map
// EXTERNAL MODULE: ./lib/analysis/rule-head.js
var rule_head = __webpack_require__(4553);
;// CONCATENATED MODULE: ./lib/analysis/engine.js






/**
 * The streaming recognizer. It sees each line once, keeps only bounded state (a short ring of
 * recent lines, the current step, at most MAX_GROUPS failures with capped excerpts), so memory
 * stays flat whatever the log size. Ranking and fingerprints are computed at the end.
 */
const MAX_GROUPS = 200;
/**
 * How much one failure's excerpt holds. The excerpt holds only lines that state the failure, but
 * one report can be long: a compiler's list of errors, Maven's closing report that repeats them, a
 * stack trace printed for every file a full disk refused. The bound is on characters: what 500
 * lines of the longest kept line (OUT_LINE) weighed, so memory stays bounded as before (MAX_GROUPS
 * such excerpts), while a report of short lines (stack frames, javac's symbol/location lines) is
 * not cut at a third of its length (CiDiff marks up to 2,400 contiguous lines). Readers downstream
 * cut further (the issue body and the healer's prompt show the first lines).
 */
const MAX_EXCERPT_CHARS = 500 * 500;
/** Most excerpt lines, so an excerpt of very short lines stays bounded too. */
const MAX_EXCERPT = 5000;
const MAX_LOCATIONS = 50;
const MAX_SIGNATURES = 50;
const MAX_CONTEXT = 8;
const RING = 64;
/** Lines kept per candidate block of the generic fallback (up to 32 blocks a step are kept). */
const MAX_BLOCK = 120;
const KEEP_FIRST_BLOCKS = 8;
const KEEP_LAST_BLOCKS = 24;
const OUT_LINE = 500;
/** Lines between a block that only mentions a failure and the step's last output, beyond which
 * the last output stands in for it. */
const FAR_MENTION = 20;
/** Default ranking weight per category: what usually explains a red job first. */
const CATEGORY_PRIORITY = {
    infrastructure_error: 95,
    timeout: 92,
    syntax_error: 90,
    import_error: 86,
    dependency_error: 84,
    type_error: 80,
    build_failure: 76,
    test_failure: 72,
    runtime_error: 68,
    lint_error: 62,
    format_error: 58,
    security_vulnerability: 55,
};
/** Kinds of compile failure a "compilation failed" verdict covers. */
const COMPILE_KINDS = new Set(["syntax_error", "type_error", "import_error"]);
const AUTOFIX_STRATEGIES = new Set(["format", "imports", "dependencies", "tests"]);
function expand(template, groups) {
    return template.replace(/\$<(\w+)>/g, (_, k) => groups[k] ?? "");
}
function clip(s) {
    return s.length > OUT_LINE ? s.slice(0, OUT_LINE) + "…" : s;
}
const keywordIndexes = new Map();
/** Building the automaton costs a few ms; a run-logs zip makes one engine per file. */
function keywordIndexFor(keys) {
    const id = keys.join("\0");
    let k = keywordIndexes.get(id);
    if (!k) {
        if (keywordIndexes.size > 16)
            keywordIndexes.clear();
        k = new keywords/* KeywordIndex */.eY(keys);
        keywordIndexes.set(id, k);
    }
    return k;
}
class Engine {
    defaultStep;
    compiled;
    /** Every distinct rule keyword; the line scanner (scan.ts) looks for the same ones in raw bytes. */
    keywords;
    keywordIndex;
    keywordRules;
    byKeyword = new Map();
    lineNo = 0;
    ring = [];
    steps = [];
    step;
    groups = new Map();
    groupOrder = [];
    follow = null;
    /** The rule hit whose details (stack, pointers, expected/actual) the next lines may carry. */
    ruleBlock = null;
    /** Where the latest rule block ended, kept after it closes (a wrapper right under it joins it). */
    blockEnd = null;
    pendingContext = [];
    sawFailureMarker = false;
    sawSuccessMarker = false;
    gha = false;
    /** False while the current line holds no error word (scan.ts checked): errorStrength is 0. */
    errorWords = true;
    /** The current line's errorStrength when the scanner already computed it (else -1). */
    strength = -1;
    /** Quiet lines (see quiet()) whose step output is decoded only when read. */
    deferred = null;
    droppedGroups = 0;
    /** Inside a `##[group]Run ...` header: the step's script, shell, env and inputs, not output. */
    inHeader = false;
    /** The open composite action, and an action step that printed nothing yet (maybe composite). */
    composite;
    compositeCandidate = null;
    /** The current step started right after a composite's header: it is that composite's own. */
    firstInComposite = false;
    constructor(ruleSets, defaultStep) {
        this.defaultStep = defaultStep;
        this.compiled = [];
        let order = 0;
        for (const set of ruleSets) {
            for (const rule of set.rules) {
                const c = {
                    rule,
                    order: order++,
                    groupKey: rule.group ?? `${rule.tool ?? set.ecosystem}:${rule.category}`,
                    priority: rule.priority ?? CATEGORY_PRIORITY[rule.category],
                };
                this.compiled.push(c);
                for (const k of rule.keywords) {
                    const list = this.byKeyword.get(k) ?? [];
                    list.push(c);
                    this.byKeyword.set(k, list);
                }
            }
        }
        const keys = [...this.byKeyword.keys()].sort((a, b) => b.length - a.length);
        // KeywordIndex reports every keyword a line contains, overlapping or nested ones included.
        this.keywords = keys;
        this.keywordIndex = keywordIndexFor(keys);
        this.keywordRules = keys.map((k) => this.byKeyword.get(k));
        this.step = this.newStep(defaultStep);
    }
    newStep(name) {
        const s = {
            name,
            index: this.steps.length,
            failed: false,
            exitCode: null,
            blocks: [],
            open: null,
            verdict: null,
            succeeded: false,
            start: this.lineNo,
            hasPrimary: false,
            lastOutput: null,
            endsWithError: null,
        };
        this.steps.push(s);
        return s;
    }
    /** Feeds one raw line (without its line break). */
    push(raw) {
        this.pushClean((0,clean/* cleanLine */.O)(raw));
    }
    /**
     * Feeds one line already passed through cleanLine (the scanner cleans some lines to triage
     * them), with the ids of the keywords it holds when the scanner already looked them up, and
     * errorWords false when the scanner saw none of the words errorStrength looks for, and the
     * line's errorStrength when the scanner already computed it (an unmarked line; -1 if not).
     */
    pushClean(line, found, errorWords = true, strength = -1) {
        const n = ++this.lineNo;
        this.errorWords = errorWords;
        this.strength = strength;
        if (line.gha)
            this.gha = true;
        const text = line.text;
        for (const g of this.pendingContext) {
            if (g.contextAfter > 0 && (0,generic/* hasText */.I3)(text)) {
                if (g.context.length < MAX_CONTEXT)
                    g.context.push(clip(text));
                g.contextAfter--;
            }
        }
        if (this.pendingContext.length && this.pendingContext.every((g) => g.contextAfter <= 0))
            this.pendingContext = [];
        if (this.structure(line, n)) {
            this.remember(n, text);
            return;
        }
        if (this.follow) {
            const f = this.follow;
            if (f.left > 0 && f.compiled.rule.follow.test(text)) {
                f.left--;
                this.addLine(f.group, n, text);
                // A count line ("  2 failing") is a wrapper, but the failure it goes on to state under
                // it ("  1) suite test:", "Error: ...") explains the step.
                if (!f.group.substantive && f.group.primary && !(0,generic/* isWrapper */.Yx)(text) && (0,generic/* errorStrength */.E1)(text, null) >= 3) {
                    f.group.substantive = true;
                    f.group.step.hasPrimary = true;
                }
                const loc = f.compiled.rule.followLocation?.exec(text);
                if (loc?.groups)
                    this.addLocation(f.group, loc.groups);
                this.remember(n, text);
                return;
            }
            this.follow = null;
        }
        if (text.length >= 3)
            this.match(line, n, found);
        this.remember(n, text);
    }
    /**
     * Whether any rule of the keywords `found` (ids, as KeywordIndex reports them) matches `text`
     * (and its `unless` does not: library stack frames are a good part of some logs).
     * A line without that, anchors or markers, read while not busy, changes nothing push() would
     * not also do for a quiet line: the scanner (scan.ts) hands it over as one.
     */
    mayHit(found, text) {
        for (const id of found)
            for (const c of this.keywordRules[id])
                if (c.rule.match.test(text) && !c.rule.unless?.test(text))
                    return true;
        return false;
    }
    /** Per keyword id, its heads once asked for (undefined: not yet), see keywordHeads. */
    heads = [];
    /**
     * The heads (rule-head.ts) of the regexes of keyword `id`'s rules, null when one of them has
     * none: a line whose start fits none of them cannot make mayHit true for that keyword. Worked
     * out on first use: a log meets few of the keywords, and parsing every rule's source would
     * cost each short analysis its start-up time.
     */
    keywordHeads(id) {
        let heads = this.heads[id];
        if (heads !== undefined)
            return heads;
        // (A keyword the scanner finds as all blanks would not prove the line has text, see scan.ts.)
        let known = /\S/.test((0,keywords/* keywordWindow */.QL)(this.keywords[id]));
        const found = [];
        for (const c of this.keywordRules[id]) {
            const h = known ? (0,rule_head/* regexHead */.Ey)(c.rule.match) : null;
            if (h)
                found.push(h);
            else
                known = false;
        }
        heads = known ? found : null;
        this.heads[id] = heads;
        return heads;
    }
    /** How many recent non-blank lines the engine keeps (the scanner hands quiet runs over in kind). */
    get ringSize() {
        return RING;
    }
    /** Lines read so far. */
    get lineCount() {
        return this.lineNo;
    }
    /** True once a line carried a GitHub Actions timestamp. */
    get isGha() {
        return this.gha;
    }
    /**
     * True while the next line must go through push() whatever it says: a rule takes follow lines,
     * a new failure wants context lines, a step header or an error block is open. Keep this in
     * step with every state push() carries from one line to the next (scan.ts relies on it).
     */
    get busy() {
        return (this.follow !== null ||
            this.pendingContext.length > 0 ||
            this.inHeader ||
            this.step.open !== null ||
            this.ruleBlock !== null);
    }
    /**
     * Takes `count` lines the scanner (scan.ts) proved quiet: no rule keyword, marker, exit line or
     * error word, and not busy. For them push() would only count, remember the non-blank ones
     * (`recent`, the newest up to RING, decoded when read) and update the step's last output,
     * which `source` resolves only if it is read (settleOutput).
     */
    quiet(count, recent, source) {
        this.lineNo += count;
        if (recent.length) {
            this.compositeCandidate = null;
            this.step.endsWithError = null;
            for (const r of recent)
                this.ring.push(r);
            if (this.ring.length > 2 * RING)
                this.ring.splice(0, this.ring.length - RING);
        }
        if (this.deferred && this.deferred.step !== this.step)
            this.settleOutput();
        if (!this.deferred) {
            source.restartOutput();
            this.deferred = { step: this.step, source };
        }
    }
    /** Resolves a deferred step output; the scanner calls it before the bytes behind it go. */
    settleOutput() {
        const d = this.deferred;
        if (!d)
            return;
        this.deferred = null;
        const last = d.source.resolveOutput();
        if (last)
            d.step.lastOutput = last;
    }
    remember(n, text) {
        if (!(0,generic/* hasText */.I3)(text))
            return;
        this.ring.push({ n, text });
        // Trimmed in batches (a shift per line moved the whole ring each time); read through recent().
        if (this.ring.length > 2 * RING)
            this.ring.splice(0, this.ring.length - RING);
    }
    /** Remembered line `n`, when it had text and is still in the ring. */
    remembered(n) {
        for (let i = this.ring.length - 1; i >= 0 && this.ring[i].n >= n; i--)
            if (this.ring[i].n === n)
                return this.ring[i];
        return undefined;
    }
    /** The newest `count` remembered lines, at most RING of them (all RING when count is 0). */
    recent(count) {
        return this.ring.slice(-(count > 0 && count < RING ? count : RING));
    }
    /** Step boundaries and exit markers. Returns true when the line is pure CI bookkeeping. */
    structure(line, n) {
        const text = line.text;
        if (line.marker === "group") {
            if (text.startsWith("Run ")) {
                this.startStep(text.trim());
                this.inHeader = true;
            }
            return true;
        }
        if (line.marker === "endgroup") {
            this.inHeader = false;
            return true;
        }
        if (line.marker === "debug" || line.marker === "command")
            return true;
        if (this.inHeader && (line.marker === "error" || line.marker === "warning" || (0,generic/* exitMarker */.Bp)(text))) {
            // A header never carries the runner's verdict: the group was left open, so the step's
            // output (and its exit line) must not be swallowed as script text.
            this.inHeader = false;
        }
        if (this.inHeader) {
            // A run step with the default shell is not inside a composite action: composite run
            // steps must name their shell, and `shell: bash` prints `bash --noprofile --norc -e -o
            // pipefail {0}`. Linux's default `bash -e {0}` settles it. Windows' default (pwsh) and
            // the usual `defaults.run.shell: bash -el {0}` can also be named in a composite, so they
            // end it unless the step is the composite's first (its header printed nothing before it,
            // so the step is certainly its own): left open, a composite would claim every later step.
            const shell = DEFAULT_SHELL.exec(text);
            if (shell && (shell[1] === "-e" || !this.firstInComposite)) {
                this.composite = undefined;
                this.step.parent = undefined;
            }
            return true;
        }
        if (this.gha && text === "Cleaning up orphan processes") {
            // The runner's last words after every step: not part of the last step's output.
            this.startStep("Complete job");
            return true;
        }
        if (this.gha && text === "Post job cleanup.") {
            this.startStep("Post job cleanup");
            this.composite = undefined;
            this.step.parent = undefined;
            return true;
        }
        if (!this.gha && text.startsWith("$ ") && text.length > 2) {
            // Travis and GitLab echo each script command as "$ cmd": that is the step boundary.
            this.startStep(text.slice(2).trim().slice(0, 200));
            return true;
        }
        if (!this.gha && text.startsWith("[Pipeline] { (")) {
            this.startStep(text.slice(14).replace(/\)\s*$/, ""));
            return true;
        }
        const exit = (0,generic/* exitMarker */.Bp)(text);
        if (exit) {
            if (exit.failed) {
                this.sawFailureMarker = true;
                // GitHub states the step's failure as an error annotation ("##[error]Process completed
                // with exit code 2."); right under a rule's report it is that report's last line.
                const end = this.ruleBlock ?? this.blockEnd;
                if (line.marker === "error" &&
                    end &&
                    end.step === this.step &&
                    n - Math.max(end.last, end.group.lines[end.group.lines.length - 1]) <= 3)
                    this.addLine(end.group, n, text);
                // The job's own verdict ("Done. Your build exited with 1.") after a step that failed
                // repeats that failure: the step it lands in (an artifact upload) failed only if a rule
                // says so (Travis prints no exit line for after_success and deploy commands).
                if (!JOB_VERDICT.test(text) || this.step.hasPrimary || !this.steps.some((s) => s.failed))
                    this.closeFailedStep(exit.code, n, text);
            }
            else {
                this.sawSuccessMarker = true;
                this.step.succeeded = true;
            }
            return true;
        }
        if ((0,generic/* hasText */.I3)(text)) {
            this.compositeCandidate = null;
            this.step.endsWithError = line.marker === "error" ? { n, text } : null;
        }
        return false;
    }
    startStep(name) {
        this.endStep();
        // An action step that printed nothing before the next step started was a composite action:
        // the steps that follow are its own, and GitHub reports a failure in them under its name.
        // Composites usually run one after another (setup, then lint), so the latest one wins; a
        // composite nested in another is reported under the inner one.
        this.firstInComposite = this.compositeCandidate !== null;
        if (this.compositeCandidate)
            this.composite = this.compositeCandidate.name;
        this.step = this.newStep(name);
        this.step.parent = this.composite;
        this.compositeCandidate = ACTION_STEP.test(name) ? this.step : null;
    }
    /** A JavaScript action that fails prints `##[error]<why>` and stops, with no exit-code line. */
    endStep() {
        const s = this.step;
        if (this.gha && !s.failed && s.endsWithError) {
            this.sawFailureMarker = true;
            this.closeFailedStep(null, s.endsWithError.n, s.endsWithError.text);
        }
    }
    closeFailedStep(code, n, text) {
        this.settleOutput();
        const step = this.step;
        if (step.failed)
            return;
        step.failed = true;
        step.exitCode = code;
        step.open = null;
        if (step.hasPrimary && !this.verdictUnexplained(step))
            return;
        // Nothing recognised in this step: take the error block that explains the failing exit.
        // `timeout` exits 124 when it stops a command: what the command printed last was cut off
        // mid-way, and the exit line is what says it failed.
        const block = code === 124 ? [{ n, text }] : this.pickBlock(step);
        const g = this.group({ rule: GENERIC_RULE, order: 1e9, groupKey: "generic", priority: 10 }, step, block.length ? block[0].n : n);
        if (!g)
            return;
        g.generic = true;
        if (block.length) {
            for (const b of block)
                this.addLine(g, b.n, b.text);
            // (A block whose lines only mention a failure is weak: see finish().)
            const stated = block.find((b) => (0,generic/* errorStrength */.E1)(b.text, null) >= 2);
            g.message = stated?.text ?? block[0].text;
            g.weak = !stated;
        }
        else {
            // No error-ish line: the step's last words are the best account of why it failed.
            g.guess = true;
            const last = step.lastOutput;
            // A step that printed nothing at all (a test of a value, `[ -n "$VERSION" ]`) failed on
            // what an earlier step left it: that step's error, which the step let pass, says why.
            const earlier = last ? [] : this.earlierError(step);
            for (const b of earlier)
                this.addLine(g, b.n, b.text);
            if (last)
                this.addLine(g, last.n, last.text);
            else
                this.addLine(g, n, text);
            g.message = earlier.length ? earlier[0].text : last ? last.text : text;
        }
        g.message = clip(g.message.trim());
        // `timeout` exits 124 when it stops a command; 137 is SIGKILL (the OOM killer, a cancelled
        // runner). Without a rule hit to say otherwise, the exit code is the best account.
        g.category =
            step.verdict ??
                (code === 124
                    ? "timeout"
                    : code === 137
                        ? "infrastructure_error"
                        : (0,generic/* classifyGeneric */.yS)(g.excerpt, step.name));
        for (const b of g.excerpt)
            this.scanLocation(g, b);
    }
    /** The error block of the nearest earlier step of a GitHub job that printed one (see closeFailedStep). */
    earlierError(step) {
        if (!this.gha)
            return [];
        for (let i = step.index - 1; i >= Math.max(0, step.index - EARLIER_STEPS); i--) {
            const s = this.steps[i];
            if (s.failed || s.succeeded)
                return [];
            if (!s.blocks.length)
                continue;
            const block = this.pickBlock(s);
            return block.some((b) => (0,generic/* errorStrength */.E1)(b.text, null) >= 3) ? block : [];
        }
        return [];
    }
    /**
     * The build tool named the failed phase (step.verdict) but no rule hit in the step is of that
     * kind: the rule hits are incidental (a stack trace a passing test logged), so the generic
     * fallback runs as well and carries the verdict.
     */
    verdictUnexplained(step) {
        const v = step.verdict;
        // (A rule that matched the verdict line itself, "Failed to execute goal ...: No space left on
        // device", explains it whatever its kind.)
        if (!v || step.verdictBy)
            return false;
        for (const g of this.groupOrder) {
            if (g.step !== step || !g.primary)
                continue;
            const c = g.compiled.rule.category;
            if (c === v || (v === "build_failure" && COMPILE_KINDS.has(c)))
                return false;
        }
        return true;
    }
    /** Builds error blocks: an error-ish line opens one, its detail lines extend it. */
    collect(line, n) {
        const text = line.text;
        const s = this.step;
        const strength = this.errorWords || line.marker === "error"
            ? this.strength >= 0 && line.marker === null
                ? this.strength
                : (0,generic/* errorStrength */.E1)(text, line.marker)
            : 0;
        if (strength) {
            const v = (0,generic/* verdictCategory */.os)(text);
            if (v) {
                s.verdict = v;
                s.verdictBy = undefined;
            }
        }
        const wrapper = strength > 0 && (0,generic/* isWrapper */.Yx)(text);
        const rb = this.ruleBlock;
        if (rb) {
            // A rule states the failure; the block under its line gives the details, as for generic blocks.
            const g = rb.group;
            // (A hit whose text repeats an earlier line adds no excerpt line but still anchors the block.)
            // (Blank lines a rule's follow took do not bring the next paragraph closer.)
            let end = g.lines.length - 1;
            while (end > 0 && !(0,generic/* hasText */.I3)(g.excerpt[end]) && g.lines[end] > rb.anchor)
                end--;
            const gap = n - Math.max(rb.last, g.lines[end]);
            if (rb.step === s &&
                !full(g) &&
                ((strength > 0 &&
                    gap <= 3 &&
                    (!wrapper || (gap === 1 && (0,generic/* sameReport */.XT)(text, g.excerpt[g.lines.indexOf(rb.anchor)] ?? "")))) ||
                    (gap === 1 && (0,generic/* continuesBlock */.ed)(text, rb.indent, rb.heading)) ||
                    (gap === 2 && (0,generic/* continuesBlock */.ed)(text, rb.indent)))) {
                this.addLine(g, n, text);
                rb.last = n;
            }
            else {
                this.blockEnd = { group: g, step: rb.step, last: Math.max(rb.last, g.lines[g.lines.length - 1]) };
                this.ruleBlock = null;
            }
        }
        const b = s.open;
        if (b) {
            const gap = n - b.last;
            // A wrapper's "*** Error 1" set apart from the real error starts its own (wrapper) block;
            // right under it (Maven's [ERROR] summary), it is part of the same report.
            if (wrapper && !b.wrapper && (n - b.last > 1 || !(0,generic/* sameReport */.XT)(text, b.lines[0].text)))
                s.open = null;
            else if (b.lines.length < MAX_BLOCK &&
                ((strength > 0 && gap <= 3) ||
                    (gap === 1 && (0,generic/* continuesBlock */.ed)(text, b.indent, b.heading)) ||
                    (gap === 2 && (0,generic/* continuesBlock */.ed)(text, b.indent)))) {
                b.lines.push({ n, text });
                b.last = n;
                if (strength > b.strength)
                    b.strength = strength;
                // A hint under a wrapper ("info Visit https://yarnpkg.com/... for documentation") does
                // not make it say what failed.
                if (b.wrapper && !wrapper && !(0,generic/* isTrailer */.QH)(text))
                    b.wrapper = false;
                return;
            }
            else
                s.open = null;
        }
        if (!strength)
            return;
        const nb = {
            lines: [{ n, text }],
            indent: (0,generic/* indentOf */._j)(text),
            strength,
            wrapper,
            last: n,
            // A line that opens with the failure ("error: ...", "FAILED ...") is followed by its details
            // until the paragraph ends, whatever their shape.
            heading: strength >= 3 || (0,generic/* isHeading */.Vq)(text),
        };
        const prev = this.ring[this.ring.length - 1];
        if (wrapper && prev && prev.n > s.start && prev.n < n && !(0,generic/* isNoise */.ty)(prev.text))
            nb.before = prev;
        s.open = nb;
        s.blocks.push(nb);
        // Keep the first blocks (where a failure is first stated) and the latest (nearest the exit).
        if (s.blocks.length > KEEP_FIRST_BLOCKS + KEEP_LAST_BLOCKS)
            s.blocks.splice(KEEP_FIRST_BLOCKS, 1);
    }
    /**
     * The block that explains the failure: the first of the strongest blocks, leaving out blocks
     * that only repeat that something failed. The first statement is the cause; what follows is
     * mostly its consequences (measured on LogChunks: first beats last by 0.01-0.07 F1). When no
     * line more than mentions a failure, those mentions are noise more often than not, and the one
     * nearest the failing exit is the best bet.
     */
    pickBlock(step) {
        const blocks = step.blocks;
        if (!blocks.length)
            return [];
        // A block of tallies only ("FAILED: 1 Tests", "2 failing") counts failures another block states.
        const real = blocks.filter((b) => !b.wrapper && !b.lines.every((l) => (0,generic/* isTrailer */.QH)(l.text)));
        const pool = real.length ? real : blocks;
        let chosen = pool[0];
        for (const b of pool)
            if (b.strength > chosen.strength)
                chosen = b;
        if (chosen.strength <= 1) {
            chosen = pool[pool.length - 1];
            // A mere mention far above the exit ("Latex failed to resolve 3 reference(s)" from a run
            // that went on for pages) explains it less than what the step printed last.
            const last = step.lastOutput;
            // (Unless that is only a wrapper's "see above": then the mention is what it points at.)
            if (last && last.n - chosen.last > FAR_MENTION && !(0,generic/* isTrailer */.QH)(last.text) && !(0,generic/* isWrapper */.Yx)(last.text))
                return [last];
        }
        // Only wrappers ("npm ERR! Test failed. See above"): the line above is what "above" means.
        if (chosen.wrapper && chosen.before)
            return [chosen.before];
        // The build tool's closing report after the errors ("[ERROR] Failed to execute goal ...:
        // Signature errors" with Maven's hints under it) names the phase that failed: it is the
        // second half of the same account.
        const at = blocks.indexOf(chosen);
        const verdict = blocks.find((b, i) => i > at && (0,generic/* verdictCategory */.os)(b.lines[0].text) !== null);
        if (verdict)
            return [...chosen.lines, ...verdict.lines];
        return chosen.lines;
    }
    match(line, n, known) {
        const text = line.text;
        let candidates = null;
        const found = known === undefined ? this.keywordIndex.find(text) : known;
        if (found) {
            // One keyword (the usual case): its rules, already in rule order, without a copy.
            if (found.length === 1)
                candidates = this.keywordRules[found[0]];
            else {
                candidates = [];
                for (const id of found)
                    candidates = candidates.concat(this.keywordRules[id]);
                candidates.sort((a, b) => a.order - b.order);
            }
        }
        if (candidates) {
            for (const c of candidates) {
                const r = c.rule;
                const mm = r.match.exec(text);
                if (!mm)
                    continue;
                if (r.unless?.test(text))
                    continue;
                if (r.requirePrecede && !this.recent(r.precede ?? 0).some((x) => r.precedeMatch?.test(x.text)))
                    continue;
                this.hit(c, mm, line, n);
                return;
            }
        }
        this.collect(line, n);
        if (!(0,generic/* isNoise */.ty)(text)) {
            this.step.lastOutput = { n, text };
            if (this.deferred?.step === this.step)
                this.deferred = null;
        }
    }
    hit(c, m, line, n) {
        const r = c.rule;
        let groups = m.groups ?? {};
        const before = r.precede && r.precedeMatch ? this.recent(r.precede).filter((x) => r.precedeMatch.test(x.text)) : [];
        if (!groups.file) {
            // Some tools name the file once on a line above (eslint's stylish header, node's crash header).
            for (let i = before.length - 1; i >= 0; i--) {
                const pg = r.precedeMatch.exec(before[i].text)?.groups;
                if (pg?.file) {
                    const own = Object.entries(groups).filter(([, v]) => v !== undefined);
                    groups = { ...pg, ...Object.fromEntries(own) };
                    break;
                }
            }
        }
        const g = this.group(c, this.step, n);
        if (!g)
            return;
        if (groups.file && groups.line) {
            // The same diagnostic at the same position printed a third time (xcodebuild builds each
            // architecture, a retried command reruns the compiler) adds nothing. The second time is
            // kept: Maven and Gradle repeat every error in their closing report, which is read whole.
            const key = `${groups.file}:${groups.line}:${groups.column ?? ""}:${line.text.trim()}`;
            const seen = g.diagnostics.get(key) ?? 0;
            g.diagnostics.set(key, seen + 1);
            if (seen >= 2) {
                this.follow = null;
                this.ruleBlock = null;
                return;
            }
        }
        const summary = r.role === "summary";
        // A summary right under an error block ("exit status 1", then "make: *** [lint] Error 1")
        // closes that report: it names the target or command the error stopped.
        const end = summary ? (this.ruleBlock ?? this.blockEnd) : null;
        if (end && end.group !== g && end.step === this.step && n - end.last <= 3) {
            for (const b of before)
                if (b.n > end.last)
                    this.addLine(end.group, b.n, b.text);
            this.addLine(end.group, n, line.text);
            this.blockEnd = { group: end.group, step: end.step, last: n };
        }
        // A hit on a wrapper line ("make: *** [all] Error 2") only says something failed: the
        // step still needs the line that says what, so the fallback keeps looking.
        if (!summary && !(0,generic/* isWrapper */.Yx)(line.text)) {
            g.substantive = true;
            this.step.hasPrimary = true;
        }
        if (!summary && !g.primary) {
            g.primary = true;
            g.compiled = c;
            g.firstLine = n;
            g.message = clip(this.messageOf(r, groups, line.text));
            g.suggestion = expand(r.suggestion, groups);
        }
        else if (!g.message) {
            g.message = clip(this.messageOf(r, groups, line.text));
            g.suggestion = expand(r.suggestion, groups);
        }
        g.hits++;
        const verdict = (0,generic/* verdictCategory */.os)(line.text);
        if (verdict) {
            this.step.verdict = verdict;
            this.step.verdictBy = summary ? undefined : g;
        }
        // An error line no rule claimed, right above the hit, that opens the report the hit belongs
        // to (Maven's "[ERROR] Failed to execute goal ...: Compilation failure" above the errors it
        // repeats) is that report's first line.
        const head = this.step.open;
        if (!summary &&
            head &&
            head.lines.length === 1 &&
            head.last === n - 1 &&
            head.strength >= 3 &&
            !head.wrapper &&
            !(0,generic/* isTrailer */.QH)(head.lines[0].text) &&
            !g.lines.includes(n - 1))
            this.addLine(g, head.lines[0].n, head.lines[0].text);
        for (const b of before)
            this.addLine(g, b.n, b.text);
        this.addLine(g, n, line.text);
        if (!summary) {
            this.addLocation(g, groups);
            if (g.signatures.length < MAX_SIGNATURES) {
                const file = groups.file ? relativizePath(groups.file) : "";
                g.signatures.push(`${file}#${groups.code ?? ""} ${groups.message ?? groups.name ?? line.text}`);
            }
        }
        if (r.follow)
            this.follow = { group: g, compiled: c, left: r.maxFollow ?? 8 };
        // A summary that is the build tool's verdict (Maven's "[ERROR] Failed to execute goal ...:
        // There are test failures.") opens its closing report: the lines under it are read with it.
        this.ruleBlock =
            summary && !(verdict && MAVEN_VERDICT.test(line.text))
                ? null
                : {
                    group: g,
                    step: this.step,
                    indent: (0,generic/* indentOf */._j)(line.text),
                    heading: (0,generic/* isHeading */.Vq)(line.text),
                    last: n,
                    anchor: n,
                };
    }
    messageOf(r, groups, text) {
        if (typeof r.message === "function")
            return r.message(groups, text);
        if (typeof r.message === "string")
            return expand(r.message, groups).trim();
        if (groups.message) {
            const where = groups.file
                ? `${relativizePath(groups.file)}${groups.line ? `:${groups.line}` : ""}: `
                : "";
            return `${where}${groups.code ? `${groups.code}: ` : ""}${groups.message.trim()}`;
        }
        return text.trim();
    }
    group(c, step, n) {
        const key = `${c.groupKey}@${step.index}`;
        let g = this.groups.get(key);
        if (g)
            return g;
        if (this.groups.size >= MAX_GROUPS) {
            this.droppedGroups++;
            return null;
        }
        g = {
            key,
            compiled: c,
            step,
            firstLine: n,
            message: "",
            suggestion: "",
            excerpt: [],
            lines: [],
            seen: new Set(),
            diagnostics: new Map(),
            locations: [],
            locSeen: new Set(),
            signatures: [],
            context: this.ring.slice(-3).map((x) => clip(x.text)),
            contextAfter: 3,
            primary: false,
            hits: 0,
            chars: 0,
            generic: false,
            substantive: false,
        };
        this.groups.set(key, g);
        this.groupOrder.push(g);
        this.pendingContext.push(g);
        return g;
    }
    addLine(g, n, text) {
        const t = clip(text);
        // The same text on another line is another occurrence (ten subtests failing the same way);
        // only the same line twice (a precede line that is also a hit) is a duplicate.
        if (full(g) || (g.lines.length && g.lines[g.lines.length - 1] >= n && g.lines.includes(n)))
            return;
        // One line the report skipped between two of its lines ("exit status 1" between a linter's
        // findings and make's "*** [lint] Error 1", a BuildKit frame's "------") is part of it.
        // (Not below a blank line, which ended the paragraph, or a wrapper: make's "Leaving directory"
        // between its "*** Error" lines; and not a hint right above one. The generic fallback's
        // blocks already chose their lines.)
        const last = g.lines.length - 1;
        if (!g.generic &&
            g.lines[last] === n - 2 &&
            g.excerpt.length < MAX_EXCERPT - 1 &&
            (0,generic/* hasText */.I3)(g.excerpt[last]) &&
            !(0,generic/* isWrapper */.Yx)(g.excerpt[last]) &&
            !g.lines.includes(n - 1)) {
            const hole = this.remembered(n - 1);
            if (hole &&
                hole.n > g.step.start &&
                !(0,generic/* isNoise */.ty)(hole.text) &&
                !(0,generic/* isPassing */.WG)(hole.text) &&
                !((0,generic/* isWrapper */.Yx)(text) && (0,generic/* isTrailer */.QH)(hole.text))) {
                pushLine(g, hole.n, clip(hole.text));
            }
        }
        pushLine(g, n, t);
    }
    addLocation(g, groups) {
        if (!groups.file || g.locations.length >= MAX_LOCATIONS)
            return;
        const file = relativizePath(groups.file);
        if (!plausibleFile(file))
            return;
        const line = groups.line ? Number.parseInt(groups.line, 10) : undefined;
        const column = groups.column ? Number.parseInt(groups.column, 10) : undefined;
        const key = `${file}:${line ?? ""}:${column ?? ""}`;
        if (g.locSeen.has(key))
            return;
        g.locSeen.add(key);
        const loc = { file };
        if (line !== undefined && Number.isFinite(line))
            loc.line = line;
        if (column !== undefined && Number.isFinite(column))
            loc.column = column;
        g.locations.push(loc);
    }
    /** Generic failures have no location groups; pick up `path/file.ext:12` shapes from their lines. */
    scanLocation(g, text) {
        const m = /(?:^|[\s("'[])((?:\/|[A-Za-z]:[\\/])?(?:[\w.@-]+[\\/])*[\w.@-]+\.[A-Za-z]\w{0,9})(?::(\d+)(?::(\d+))?|\((\d+),(\d+)\)|", line (\d+))/.exec(text);
        if (m)
            this.addLocation(g, { file: m[1], line: m[2] ?? m[4] ?? m[6], column: m[3] ?? m[5] });
    }
    finish() {
        this.endStep();
        // A log that ended without a marker but with errors in its last step: treat like a failed exit.
        const anyFailedStep = this.steps.some((s) => s.failed);
        // (A log cut off inside a step whose earlier steps passed counts too: its last step never
        // reported success.)
        const explained = this.groupOrder.some((g) => g.substantive);
        if (!anyFailedStep && !explained && !this.step.succeeded) {
            const last = this.sawSuccessMarker
                ? this.step.blocks.length
                    ? this.step
                    : undefined
                : [...this.steps].reverse().find((s) => s.blocks.length);
            if (last) {
                const prev = this.step;
                this.step = last;
                const tail = last.blocks[last.blocks.length - 1].lines;
                this.closeFailedStep(null, tail[tail.length - 1].n, tail[tail.length - 1].text);
                last.failed = false;
                this.step = prev;
            }
        }
        // Summary lines alone ("Tests: 1 failed" from a continue-on-error step, a retried run) in a
        // step that went on to pass, or next to a step that failed, are not this job's failure.
        const groups = this.groupOrder.filter((g) => g.primary ||
            g.generic ||
            g.step.failed ||
            !(anyFailedStep || g.step.succeeded || (this.gha && g.step !== this.step)));
        // A step that failed without a single error line (Travis runs a multi-line script as one
        // command and prints one exit line for it) is explained by a rule's finding in an earlier
        // step that never reported success, when there is one, rather than by its last output line.
        // So is a step whose lines only mention a failure (`test/run: No such file or directory`
        // after an install step that could not clone what test/run needs).
        const unsure = (g) => g.guess || g.weak;
        const guessed = this.gha ? [] : groups.filter((g) => unsure(g) && g.step.failed).map((g) => g.step.index);
        const explains = (g) => !g.generic &&
            g.primary &&
            g.substantive &&
            !g.step.failed &&
            !g.step.succeeded &&
            guessed.some((i) => i > g.step.index);
        const reports = (o, step) => !o.generic && o.step === step && o.excerpt.some((t) => !(0,generic/* isWrapper */.Yx)(t) && !(0,generic/* isTrailer */.QH)(t));
        const scored = groups.map((g) => {
            // A generic failure that carries the build tool's verdict outranks rule hits that do not
            // explain it (a logged stack trace in a build that failed its license check).
            let score = g.generic ? (g.category && g.category === g.step.verdict ? 150 : 10) : g.compiled.priority;
            if (g.step.failed)
                score += 1000;
            // A group of summary lines only ("make: *** [all] Error 2", "3 failing") repeats that
            // something failed; the error block the fallback found in the same step says what.
            if (!g.generic && (!g.primary || !g.substantive))
                score = g.step.failed ? 1005 : 5;
            else if (explains(g))
                score += 1000;
            if (unsure(g) && g.step.failed && groups.some(explains))
                score = 5;
            // A step's last output, taken for want of an error line, says less than a tool's own
            // report in that step, even one that only fails the step under a flag (SwiftLint's
            // warnings under --strict).
            else if (g.guess && g.step.failed && groups.some((o) => reports(o, g.step)))
                score = 1004;
            return { g, score };
        });
        scored.sort((a, b) => b.score - a.score || a.g.firstLine - b.g.firstLine);
        const failures = absorbNested(scored.map(({ g }) => g)).map((g) => this.toFailure(g));
        let status = "unknown";
        if (this.sawFailureMarker || failures.length)
            status = "failed";
        else if (this.sawSuccessMarker)
            status = "passed";
        return { status, failures, lines: this.lineNo };
    }
    toFailure(g) {
        const r = g.compiled.rule;
        const autoFixable = r.autoFixable ?? AUTOFIX_STRATEGIES.has(r.strategy);
        const all = g.lines.map((n, i) => [n, i]).sort((a, b) => a[0] - b[0]);
        const { kept: order, dropped } = trimExcerpt(all, g.excerpt);
        const category = g.category ?? r.category;
        const f = {
            category,
            severity: r.severity,
            tool: r.tool,
            message: g.message || g.excerpt[0] || "",
            locations: g.locations,
            excerpt: order.map(([, i]) => g.excerpt[i]),
            context: [...g.context.filter((c) => !g.seen.has(c)), ...dropped].slice(0, MAX_CONTEXT),
            fingerprint: fingerprint({
                category,
                tool: r.tool,
                group: g.compiled.groupKey,
                signatures: g.signatures.length ? g.signatures : g.excerpt.slice(0, 5).map((e) => `#${e}`),
            }),
            strategy: g.category ? generic/* GENERIC_STRATEGY */.O1[category] : r.strategy,
            autoFixable: g.category ? false : autoFixable,
            suggestion: g.suggestion || r.suggestion,
            rule: r.id,
            lines: order.map(([n]) => n),
        };
        const step = g.step.parent ?? g.step.name;
        if (step)
            f.step = step;
        return f;
    }
}
function full(g) {
    return g.excerpt.length >= MAX_EXCERPT || g.chars >= MAX_EXCERPT_CHARS;
}
function pushLine(g, n, text) {
    g.seen.add(text);
    g.excerpt.push(text);
    g.lines.push(n);
    g.chars += text.length;
}
/**
 * A report printed inside another's lines in the same step (BuildKit's Dockerfile code frame
 * between its step error and its "failed to solve" line) is part of that report: its lines and
 * locations join the higher-ranked failure, and it is not reported on its own. The fingerprint
 * is unchanged (it hashes the signatures, which stay the outer report's).
 */
const NESTED_GAP = 3;
function absorbNested(groups) {
    const out = [];
    const tool = (x) => x.compiled.rule.tool?.split(" ")[0];
    for (const g of groups) {
        if (!g.lines.length) {
            out.push(g);
            continue;
        }
        // g's own span, its lines in order and its tool: the same whichever report may hold it.
        const sorted = [...g.lines].sort((a, b) => a - b);
        const first = sorted[0];
        const last = sorted[sorted.length - 1];
        const shared = new Set(g.lines);
        // (One unbroken run of lines: see below.)
        const unbroken = sorted.every((n, i) => i === 0 || n - sorted[i - 1] <= NESTED_GAP);
        const gTool = tool(g);
        const outer = out.find((o) => {
            if (o.step !== g.step || !o.lines.length)
                return false;
            // The outer report runs on right above and right below: not a summary 200 lines later.
            let above = -Infinity;
            let below = Infinity;
            for (let i = 0; i < o.lines.length; i++) {
                const n = o.lines[i];
                // (Tallies the excerpt drops do not hold the report open, and a line both reports took,
                // the summary that closes one and opens the other, does not set them apart.)
                if ((0,generic/* isTrailer */.QH)(o.excerpt[i]) || shared.has(n))
                    continue;
                if (n < first && n > above)
                    above = n;
                if (n > last && n < below)
                    below = n;
                if (n >= first && n <= last)
                    return false;
            }
            if (first - above <= NESTED_GAP && below - last <= NESTED_GAP)
                return true;
            // Or it goes on right where the outer report stops (or stops right where it starts), as
            // one unbroken run of lines: Jenkins' "Could not checkout" and git's own error under it.
            // (Another tool's report right under it is that tool's own failure: pip's error, then
            // BuildKit's account of the RUN that ran pip.)
            const oTool = tool(o);
            const sameTool = !oTool || !gTool || oTool === gTool;
            return sameTool && unbroken && (first - above === 1 || below - last === 1);
        });
        // A nested group of wrappers and tallies only (Gradle's ":test FAILED") says nothing new.
        if (!outer || g.excerpt.every((t) => (0,generic/* isTrailer */.QH)(t) || (0,generic/* isWrapper */.Yx)(t))) {
            out.push(g);
            continue;
        }
        const taken = new Set(outer.lines);
        for (let i = 0; i < g.lines.length; i++) {
            const n = g.lines[i];
            if (full(outer))
                break;
            if (!taken.has(n))
                pushLine(outer, n, g.excerpt[i]);
        }
        for (const loc of g.locations) {
            const key = `${loc.file}:${loc.line ?? ""}:${loc.column ?? ""}`;
            if (outer.locations.length >= MAX_LOCATIONS || outer.locSeen.has(key))
                continue;
            outer.locSeen.add(key);
            outer.locations.push(loc);
        }
    }
    return out;
}
/**
 * The excerpt is the lines that state the failure: tallies, hints, wrapper lines that only
 * repeat it ("2 failing", "make: *** [all] Error 2", "Use --trace for backtrace.") and the stack
 * frames of installed code go when another line says what failed, and blank lines at either end
 * go. What is left out goes to `context`.
 * (The fingerprint keeps hashing the untrimmed lines, so it does not change with this choice.)
 */
function trimExcerpt(order, excerpt) {
    const trailer = order.map(([, i]) => !excerpt[i].trim() || (0,generic/* isTrailer */.QH)(excerpt[i]));
    // The frames of installed code (gems, node_modules, node's core) say where the failure passed
    // through, not what it is: the reader finds them in the context.
    order.forEach(([, i], k) => {
        if (!trailer[k] && (0,generic/* isLibraryFrame */.VK)(excerpt[i]))
            trailer[k] = true;
    });
    if (trailer.every(Boolean))
        return { kept: [...order], dropped: [] };
    const kept = [];
    const dropped = [];
    const first = trailer.indexOf(false);
    const last = trailer.lastIndexOf(false);
    // Trailers in an unbroken run of lines between two that state the failure are part of one
    // report's shape (BuildKit's "------" frame, go test's "FAIL" under a test's output): kept.
    const inside = (k) => {
        let a = k;
        while (a > first && trailer[a])
            a--;
        let b = k;
        while (b < last && trailer[b])
            b++;
        const wraps = (i) => trailer[i] || (0,generic/* isWrapper */.Yx)(excerpt[order[i][1]]) || (0,generic/* exitMarker */.Bp)(excerpt[order[i][1]]) !== null;
        if (wraps(a) || wraps(b))
            return false;
        for (let i = a; i < b; i++)
            if (order[i + 1][0] !== order[i][0] + 1)
                return false;
        return true;
    };
    order.forEach((o, k) => {
        const text = excerpt[o[1]];
        // A blank line inside the block keeps its shape; a trailer goes wherever it is.
        if (k < first || k > last || (trailer[k] && text.trim() && !((0,generic/* isShapeTrailer */.pq)(text) && inside(k)))) {
            if (text.trim())
                dropped.push(text);
        }
        else
            kept.push(o);
    });
    return { kept, dropped };
}
/** How many steps back a step that printed nothing looks for the error it failed on. */
const EARLIER_STEPS = 3;
/** Maven's verdict, the first line of its closing report. */
const MAVEN_VERDICT = /^\[ERROR\] Failed to execute goal /;
/** Markers that end the whole job rather than one step. */
const JOB_VERDICT = /^(?:Done\. Your build exited with|Finished: (?:FAILURE|UNSTABLE|ABORTED)|ERROR: Job failed)/;
/** The `shell:` line of a run step whose shell may be the job's default (see structure()). */
const DEFAULT_SHELL = /^shell: (?:.*[\\/])?(?:bash(?:\.exe)? (-el?) \{0\}|pwsh(?:\.exe)? -command "\. '\{0\}'")$/i;
/** `Run owner/repo@ref`, `Run owner/repo/path@ref`, `Run ./local/action`: a step that uses an action. */
const ACTION_STEP = /^Run (?:[\w.-]+\/[\w./-]+@[\w./-]+|\.{0,2}\/[\w./-]+)$/;
/** The fallback when no ecosystem rule explains a failed step. */
const GENERIC_RULE = {
    id: "generic.error",
    tool: null,
    category: "build_failure",
    severity: "high",
    strategy: "llm",
    keywords: [],
    match: /(?!)/,
    suggestion: "Read the excerpt: these are the error lines nearest the failing exit. Reproduce the step locally.",
    autoFixable: false,
};
//# sourceMappingURL=engine.js.map

/***/ }),

/***/ 7479:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bp: () => (/* binding */ exitMarker),
/* harmony export */   E1: () => (/* binding */ errorStrength),
/* harmony export */   I3: () => (/* binding */ hasText),
/* harmony export */   O1: () => (/* binding */ GENERIC_STRATEGY),
/* harmony export */   QH: () => (/* binding */ isTrailer),
/* harmony export */   VK: () => (/* binding */ isLibraryFrame),
/* harmony export */   Vq: () => (/* binding */ isHeading),
/* harmony export */   WG: () => (/* binding */ isPassing),
/* harmony export */   XT: () => (/* binding */ sameReport),
/* harmony export */   Yx: () => (/* binding */ isWrapper),
/* harmony export */   _j: () => (/* binding */ indentOf),
/* harmony export */   ed: () => (/* binding */ continuesBlock),
/* harmony export */   os: () => (/* binding */ verdictCategory),
/* harmony export */   pq: () => (/* binding */ isShapeTrailer),
/* harmony export */   ty: () => (/* binding */ isNoise),
/* harmony export */   yS: () => (/* binding */ classifyGeneric)
/* harmony export */ });
/* unused harmony export isErrorish */
// Each pattern with the fixed text every line it matches starts with.
const EXIT_PATTERNS = [
    [
        "Process completed with exit code ",
        /^Process completed with exit code (\d+)/,
        (m) => ({ code: +m[1], failed: +m[1] !== 0 }),
    ],
    [
        'The command "',
        /^The command "[\s\S]*" (?:failed and )?exited with (\d+)\.?$/,
        (m) => ({ code: +m[1], failed: +m[1] !== 0 }),
    ],
    [
        'The command "',
        /^The command "[\s\S]*" failed and exited with (\d+) during/,
        (m) => ({ code: +m[1], failed: true }),
    ],
    // A script that ends in a newline splits Travis's line: `The command "a && b` / `" exited with 1.`
    ['" ', /^" (?:failed and )?exited with (\d+)\.?$/, (m) => ({ code: +m[1], failed: +m[1] !== 0 })],
    [
        "ERROR: Job failed",
        /^ERROR: Job failed(?:: exit code (\d+))?/,
        (m) => ({ code: m[1] ? +m[1] : null, failed: true }),
    ],
    [
        "ERROR: script returned exit code ",
        /^ERROR: script returned exit code (\d+)/,
        (m) => ({ code: +m[1], failed: true }),
    ],
    ["Finished: ", /^Finished: (FAILURE|UNSTABLE|ABORTED)/, () => ({ code: null, failed: true })],
    [
        "Done. Your build exited with ",
        /^Done\. Your build exited with (\d+)\./,
        (m) => ({ code: +m[1], failed: +m[1] !== 0 }),
    ],
    ["Finished: SUCCESS", /^Finished: SUCCESS/, () => ({ code: 0, failed: false })],
    ["Job succeeded", /^Job succeeded/, () => ({ code: 0, failed: false })],
];
// The patterns by their prefix's first character, in the order above: most lines that get here
// ("Found 0 errors.", "Downloading ...") cost a lookup and a startsWith instead of ten regexes.
const EXIT_BY_FIRST = new Map();
for (const p of EXIT_PATTERNS) {
    const c = p[0].charCodeAt(0);
    EXIT_BY_FIRST.set(c, [...(EXIT_BY_FIRST.get(c) ?? []), p]);
}
function exitMarker(text) {
    const list = EXIT_BY_FIRST.get(text.charCodeAt(0));
    if (!list)
        return null;
    for (const [prefix, re, f] of list) {
        if (!text.startsWith(prefix))
            continue;
        const m = re.exec(text);
        if (m)
            return f(m);
    }
    return null;
}
const ERRORISH = /(?:\b(?:error|errors|ERROR|ERRORS|Error|FAIL|FAILED|FAILURE|Failed|failed|failure|Failure|FATAL|Fatal|fatal|panic|panicked|Exception|Traceback|Segmentation fault|Killed|Aborted|abort(?:ed|ing))\b|\w(?:Error|Exception)\b|^\s*\*\* \(\w+|^\s*\d+\) [\w"'<([]|\bis not installed\b|\bcommand not found\b|\bnot (?:be )?(?:found|defined|declared)\b|\bundefined\b|\bunresolved\b|\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to) [a-z]|\bnot found\b|\bNo such file\b|\bPermission denied\b|\bundefined reference\b|\bis not defined\b|[✖✗✘×❌]|\bdid not find expected\b|\bmapping values are not allowed\b|\bwhile (?:scanning|parsing) (?:a|an|the|for)\b)/;
const NOT_ERRORISH = /\b(?:0|no|zero) (?:errors?|failures?|failed|problems?)\b|\b(?:errors?|failures?|failed)[:=] ?0\b|\bwithout errors?\b|^(?!\s*[✖✗✘❌])(?!.*\berror).*\bwarn(?:ing)?s?\b|-W(?:no-)?error|error_reporting|\bonerror\b|\bignore[_-]?errors?\b|continue-on-error|\bif: failure\(\)|\bErrorProne\b|\[DEBUG\]|^\s*DEBUG\b|^\s*at [\w$.<>]+ ?\(|^\s*\d+ (?:passing|passed|pending)|^\s*(?:\[\s*\d+ of \d+\]\s+)?Compiling [\w.:@/-]+(?: v?\d[\w.+-]*)?(?: \(.*\))?\s*$/i;
/** An error-ish line: mentions failure in a way people grep for, minus the usual red herrings. */
function isErrorish(text) {
    if (text.length < 4)
        return false;
    if (!ERRORISH.test(text) || NOT_ERRORISH.test(text))
        return false;
    // "Compiling Error.swift", "handled-error.js": a file named after errors is not one.
    return !FILE_NAMED_ERROR.test(text) || ERRORISH.test(text.replace(FILE_NAMED_ERROR_G, ""));
}
const FILE_NAMED_ERROR = /(?:[Ee]rror|ERROR|[Ff]ail|[Ee]xception)[\w-]*\.[a-z]{1,5}\b/;
const FILE_NAMED_ERROR_G = /[\w-]*(?:[Ee]rror|ERROR|[Ff]ail|[Ee]xception)[\w-]*\.[a-z]{1,5}\b/g;
/**
 * Whether text.trim() is not empty, without building the trimmed string when either end is a
 * printable ASCII character (no whitespace is): the engine asks it of every line it reads.
 */
function hasText(text) {
    const n = text.length;
    if (!n)
        return false;
    const a = text.charCodeAt(0);
    if (a > 32 && a < 127)
        return true;
    const z = text.charCodeAt(n - 1);
    if (z > 32 && z < 127)
        return true;
    return text.trim() !== "";
}
/** Leading whitespace width (a tab counts 4): details of an error are indented under it. */
function indentOf(text) {
    let w = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 32)
            w++;
        else if (c === 9)
            w += 4;
        else
            break;
    }
    return w;
}
// How strongly a line states a failure. 3: it opens with the failure ("error: ...", "FAILED",
// "SomethingError: ...", "** (RuntimeError)", "1) test ...", "--- FAIL") or is a compiler
// diagnostic ("file:1:2: error ..."); 2: it says so mid-line ("... <<< FAILURE!", "... FAILED");
// 1: it only mentions a failure.
const HEAD = /^[\s❌✖✗✘×•*>!|-]*(?:\[(?:ERROR|FATAL|FAIL(?:ED|URE)?|E)\]|E: (?=\S)|(?:error|ERROR|Error|fatal|FATAL|Fatal|FAIL|FAILED|FAILURE|Failure|failed|Failed|panic|Traceback|Exception)\b|\*\* \(|\d+\)(?: [\w"'<([]|$)|--- FAIL|E {2,}|[\w.$]+(?:Error|Exception|Failure)\b(?!\.java)|thread '[^']*' panicked|(?:Failures?|Errors?|Failed tests|Tests in error):\s*$)/;
const DIAGNOSTIC = /:\d+(?::\d+)?:? (?:fatal )?error\b|\berror(?:\[\w+\])?: |\((?:\d+),(?:\d+)\): error /;
const MIDLINE = /<<< (?:FAILURE|ERROR)!|\bFAILED\b|\b[A-Z]\w*(?:Error|Exception): |\b(?:Assertion|assertion) failed|\bpanicked at\b/;
// Passing tests and progress lines mention errors in their names; they are not errors.
const PASSING = /(?:\s(?:ok|OK|PASS(?:ED)?|passed|✓|✔)\s*(?:\(\d[^)]*\))?$|\.{3,} ok\s+\d+ ms\b|^\s*Starting (?:test )?discovery in \d+ files?\.$|^\s+Finished:\s+[\w.-]+$|^\s+(?:Compiling|Checking|Downloaded|Fresh) [\w-]+ v\d[\w.+-]*(?: \(.*\))?$|^\s+[\w.-]+ -> (?:\/|[A-Za-z]:\\)\S+$|^\s*(?:✓|✔|√|PASS\b|ok\s+\d|--- (?:PASS|SKIP): )|^ok\s+\S+\s+(?:[\d.]+m?s|\(cached\))|^\?\s+\S+\s+\[no test files\])/;
/** A line that reports a passing test or check ("test x ... ok", "--- PASS: T"). */
function isPassing(text) {
    return PASSING.test(text);
}
// Application log lines at a quiet level ("INFO: ... 404 Client Error") report, not fail.
const QUIET_LEVEL = /^.{0,60}?\b(?:INFO|DEBUG|TRACE)\b/;
/** 0 when the line is not error-ish, else how strongly it states a failure (1 to 3). */
function errorStrength(text, marker) {
    if (marker === "error")
        return 3;
    // (Every DIAGNOSTIC alternative holds "error": the substring test rules most lines out cheaply.)
    const diagnostic = text.includes("error") && DIAGNOSTIC.test(text);
    // A compiler diagnostic ("x.hs:40:1: error: [-Werror=unused-imports]") is an error even when
    // it names the flag that made it one.
    if (diagnostic && !QUIET_LEVEL.test(text))
        return 3;
    // A diff in a failed step is what a format or generated-files check found; it ranks below
    // any line that says why, and is taken only when nothing else does.
    if (text.startsWith("diff --git a/"))
        return 1;
    if (!isErrorish(text) || PASSING.test(text) || QUIET_LEVEL.test(text))
        return 0;
    if (diagnostic || HEAD.test(text))
        return 3;
    return MIDLINE.test(text) ? 2 : 1;
}
// The lines that carry an error's details: stack frames, source pointers, expected/actual
// values, diffs, code frames, "Caused by", wrapped continuation of the message.
const CONTINUATION = /^\s+at\s|^\s*at [\w$.<]|^\s*(?:Caused by|Suppressed|Error|Exception)\b|^\s*File ".*", line \d+|^\s*\.\.\. \d+ (?:more|common frames)|^\s+(?:from|in|on line|by|during|while)\s|^\s*[~^]+\s*$|^\s*~*\^~*|^\s*#\d+\s|^\s*\d+:\s+0x[0-9a-f]+|^\s*(?:\(\S+\)\s+)?[\w./\\@-]+\.\w+:\d+|^goroutine \d+ \[|^\s*(?:[Ee]xpected|[Aa]ctual|[Bb]ut was|[Gg]ot|[Ww]ant|[Rr]eceived)\b|^\s*[-+]|^@@ |^\s*\|\s|^\s*>?\s*\d+\s*\||^\s*[A-Z][\w -]{0,24}:\s+\S/;
const WARNING = /\bwarn(?:ing)?s?\b/i;
/**
 * True when the line continues the error block above it (anchored at `indent`). After a heading
 * ("Failure:", "Error:") every line continues the block until a blank line.
 */
function continuesBlock(text, indent, heading = false) {
    if (PASSING.test(text))
        return false;
    // A paragraph runs on until a blank line, but another tool's warning or log line is not in it.
    if (heading && !QUIET_LEVEL.test(text) && !WARNING.test(text))
        return true;
    return indentOf(text) > indent || CONTINUATION.test(text);
}
// The log-level prefix a tool puts on every line of one report ("[ERROR] ", "npm ERR! ").
const REPORT_PREFIX = /^\s*(\[[A-Za-z]+\]|npm (?:ERR!|error)|\w+:)/;
/**
 * True when a wrapper line right under a block belongs to that block's report: Maven's
 * "[ERROR] -> [Help 1]" under its "[ERROR]" compile errors does; npm's "npm ERR! Test failed"
 * under a linter's message does not.
 */
function sameReport(wrapperLine, blockFirstLine) {
    const a = REPORT_PREFIX.exec(wrapperLine);
    return !!a && a[1] === REPORT_PREFIX.exec(blockFirstLine)?.[1];
}
const HEADING_END = /(?::|!|\.\.\. (?:ERROR|FAILED|FAIL))\s*$/;
/** A line that announces the details below it: "Failure:", "Errors:", "Caused by:". */
function isHeading(text) {
    if (text.startsWith("diff --git a/"))
        return true;
    return HEADING_END.test(text) && text.trim().length <= 120;
}
// Lines that only repeat that something already reported failed: the wrapper's summary, not
// the reason. Kept out of the excerpt when the reason is also in the step.
const WRAPPER = /^\s*(?:Process exited with code: ExitFailure|Command failed with status|(?:\[[\d:]+\] )?(?:'[\w:-]+' errored after|Error: Process exited with code)|\d+ (?:failing|failed|failures?|errors?)\b(?![:=])|.*make(?:\[\d+\])?: \*\*\* .*Error \d+|npm (?:ERR!|error)\s*$|npm (?:ERR!|error) (?:code|errno|syscall|Exit status|Failed at|This is probably|A complete log|\s*$|Test failed|[\w@./-]+ [\w:.-]+: `)|(?:error )?Command failed with exit code|ERROR: "[\w:.-]+" exited with \d+\.$|ERROR: Job failed|BUILD FAILED|FAILURE: Build failed with an exception|\[ERROR\] (?:-> \[Help|To see the full|Re-run Maven|For more information|\s*$|\[Help \d)|Error: Process completed with exit code|\*{2,3} ?(?:[A-Z]+ )*(?:FAILED|Failed|FAILURE)(?: [A-Z]+)* ?\*{2,3}\s*$|error: Recipe `|ELIFECYCLE|Tests? failed\. See above|(?:ERROR|Error):? (?:Command|Script) .*(?:failed|returned non-zero|exited with)|.*returned (?:a )?non-zero exit status)/;
function isWrapper(text) {
    return WRAPPER.test(text);
}
// Lines that repeat a failure another line states, count it or tell how to learn more: a test
// runner's tally ("2 failing", "Tests run: 5, Failures: 1"), a hint ("Use --trace for backtrace."),
// a build tool's give-up line ("recipe for target 'x' failed", "Execution halted") and separator
// rules ("- - - - -", "!!!!!!!!"), and the frames of an installed test framework's own code
// (Pester's `at Invoke-Assertion, .../Modules/Pester/4.2.0/...`). They say
// nothing the excerpt's other lines do not, so the excerpt leaves them to `context` (see
// trimExcerpt).
const TALLY = /^\s*(?:\d+ (?:failing|passing|pending)\s*$|\d+ tests? completed, \d+ failed|\d+ (?:tests|runs), \d+ assertions, \d+ failures, \d+ errors|Tests run: \d+, Failures: \d+, Errors: \d+(?!.*<<< (?:FAILURE|ERROR)!)|Tests:\s+\d+ failed\b|Tests Passed: \d+, Failed: \d+|FAILED:\s+\d+ Tests?\s*$|(?:\d+> )?Testing [\w.-]+: (?:TEST COMPLETE, \d+ ok, \d+ failed|\*\*\* FAILED test case \d+ of \d+ \*\*\*)|Test Suites:\s+\d+ failed\b|\s*Executed \d+ tests?, with \d+ failures?|\d+ files? inspected, \d+ offenses? detected|✖ \d+ problems? \(\d+ errors?|failed \d+ and passed \d+ tests?|(?:\[error\] )?Failed: Total \d+, Failed \d+|=+ (?:\d+ (?:failed|passed|errors?|skipped|warnings?|xfailed|xpassed|deselected)(?:, )?)+ in [\d.]+ ?s(?:econds)? =+|There (?:was|were) \d+ (?:failures?|errors?):?\s*$|FAIL\s*$|Found \d+ errors?(?: in \d+ files?)?\.?\s*$|Done linting! Found \d+ violations?\b|Tests? (?:ok|passed|failed):? \d+\/\d+\s*$|\d+ (?:Warning|Error)\(s\)\s*$|Build FAILED\.\s*$|\d+ FAILED:?\s*$|\[ERROR\] Found \d+ errors?\s*$|Status: \d+ ERRORs?(?:, \d+ (?:WARNING|NOTE)s?)*\s*$|(?:FAILURE!*\s+)?\d+ (?:files?|tests?|documents?) (?:were|was) unable to be \w+!?$|Failed \d+ tests?!*$|error: aborting due to (?:\d+ )?previous errors?)/;
const HINT = /^\s*(?:(?:---|\.\.\.)\s*$|\(See full trace by running task with --trace\)|Use --trace for backtrace\.|info Visit https:\/\/yarnpkg\.com\/|For more information about this error, try `rustc --explain|note: [Rr]un with `RUST_BACKTRACE=(?:1|full)` |Run with --(?:stacktrace|info|debug|scan)\b|(?:> )?There were failing tests\. See the report at:|rake aborted!$|Failing due to -Werror\.|(?:[\w.-]+: )?(?:all )?warnings being treated as errors|-- Configuring incomplete, errors occurred!|error: Could not compile `[\w.-]+`\.$|To learn more, run the command again with --verbose\.|See '[\w. -]+ --help'\.$|(?:bin\/)?rails test \S+:\d+\s*$|Please (?:check|see|refer to|read|report|include|consider|contact)\b|Execution halted\s*$|(?:\[\w+\] )?Total time: \d+ s, completed |(?:\[error\] )?(?:\(.*\) )?sbt\.TestsFailedException: Tests unsuccessful|.*\bfinished with a non-zero exit code\b|(?:[\w./-]*Makefile|[\w.-]+\.mk):\d+: recipe for target '[^']*' failed|at [^,]+, \S*[\\/]Modules[\\/]Pester[\\/]\d[^\\/]*[\\/])/;
// A separator rule ("- - - - -", "!!!!!!!!", BuildKit's "------").
const SEPARATOR = /^\s*(?:[-=*#!_+|.]\s*){5,}$/;
/** A wrapper that only repeats the failure (not a KEEP_WRAPPER) or a tally. */
function repeatsFailure(text) {
    return (WRAPPER.test(text) && !KEEP_WRAPPER.test(text)) || TALLY.test(text);
}
/**
 * A trailer that, between two lines of one report, is part of its shape: a separator rule
 * (BuildKit's "------" frame), a wrapper or a tally ("FAILURE: Build failed with an exception."
 * under a Gradle test's name, go test's "FAIL"). Hints and framework frames are not.
 */
function isShapeTrailer(text) {
    return SEPARATOR.test(text) || repeatsFailure(text);
}
/** True for a line the excerpt can do without when other lines state the failure (see TALLY). */
function isTrailer(text) {
    return repeatsFailure(text) || SEPARATOR.test(text) || HINT.test(text);
}
// A stack frame in installed code: a Ruby frame in a gem (`.../gems/rake-12.0.0/exe/rake:27:in
// `<top (required)>'`, rubygems' executable hooks), a JavaScript frame in node_modules or in
// node's own modules (`at Module._compile (module.js:409:26)`, `(node:internal/...)`).
const LIBRARY_FRAME = /^\s*(?:from\s+)?\S*[\\/]gems[\\/]\S+:\d+:in [`']|^\s*at .*(?:[\\/]node_modules[\\/]|\((?:node:)?(?:internal[\\/][\w/]*|(?:events|module|domain|timers|net|fs|util|vm|assert|child_process|_stream_\w+|bootstrap_node|next_tick|stream|tty|readline|zlib|dns|cluster|loader|run_main|task_queues|async_hooks|_tls_wrap|http|https)\.js:\d+:\d+\)$))/;
/** True for a stack frame of installed code (a gem, node_modules, node's core modules). */
function isLibraryFrame(text) {
    return LIBRARY_FRAME.test(text);
}
// Wrapper lines that still tell something: Maven's `[ERROR]` report keeps its closing lines
// ("-> [Help 1]", "Re-run Maven using the -X switch"), as people who mark a Maven failure mark the
// report whole (CiDiff's labels do); make's names the target that failed; npm's `code E404` names
// the error.
const KEEP_WRAPPER = /^\s*\[ERROR\]|make(?:\[\d+\])?: \*\*\*|npm (?:ERR!|error) code (?!ELIFECYCLE)/;
// A step header's key line ("shell:", "env:", "with:") and npm's pointer to its own log file.
const STEP_KEY = /^(?:shell|env|with):\s*$/;
// make's account of where it runs each sub-make.
const MAKE_DIRECTORY = /^g?make(?:\[\d+\])?: (?:Entering|Leaving) directory /;
const NPM_LOG_NOTE = /^npm (?:ERR!|error) (?:A complete log of this run|\s*$|Log files were not written)|^npm (?:ERR!|error) +\/\S+\/_logs\//;
/** Lines that are the CI's own bookkeeping; never worth an excerpt line on their own. */
function isNoise(text) {
    // (/^\s*$/ is !hasText: \s and trim() know the same blanks. The other patterns open with s, e,
    // w, m, g or n: a line starting otherwise skips their regexes; most lines the engine reads do.)
    if (!hasText(text))
        return true;
    const c = text.charCodeAt(0);
    if (c === 115 || c === 101 || c === 119)
        return STEP_KEY.test(text);
    if (c === 109 || c === 103)
        return MAKE_DIRECTORY.test(text);
    return c === 110 && NPM_LOG_NOTE.test(text);
}
const GENERIC_CLASSES = [
    [
        /No space left on device|ENOSPC|out of memory|OOM|Killed\b|exit code 137|lost communication|runner has received a shutdown|Could not resolve host|Temporary failure in name resolution|ETIMEDOUT|ECONNRESET|ECONNREFUSED|503 Service|502 Bad Gateway|rate limit|Unable to access|unable to access|Could not read from remote repository|Connection (?:reset|refused|timed out)|Network is unreachable/i,
        "infrastructure_error",
    ],
    [/timed? ?out|timeout|exceeded the maximum execution time|deadline exceeded/i, "timeout"],
    [/\bvulnerabilit|CVE-\d{4}-\d+|GHSA-/i, "security_vulnerability"],
    [/SyntaxError|syntax error|Unexpected token|parse error/i, "syntax_error"],
    [
        /ModuleNotFoundError|ImportError|Cannot find module|cannot find package|No module named|unresolved import/i,
        "import_error",
    ],
    [
        /Could not resolve dependenc|could not find artifact|ERESOLVE|E404|No matching distribution|PackagesNotFoundError|Failed to install|npm ERR! code|dependency|lockfile|lock file/i,
        "dependency_error",
    ],
    [
        /\b(?:tests?|specs?|examples?)\b.*\b(?:fail|failed|failing|failures?)\b|\b(?:fail|failed|failing|failures?)\b.*\btests?\b|AssertionError|assert/i,
        "test_failure",
    ],
    [/\blint|checkstyle|rubocop|flake8|pylint|eslint|style/i, "lint_error"],
    [/\bformat|prettier|gofmt|rustfmt|black\b/i, "format_error"],
    [
        /TypeError|ReferenceError|NullPointerException|Traceback|panic:|Segmentation fault|Uncaught|unhandled/i,
        "runtime_error",
    ],
];
// What a build tool says when it gives up names the phase that failed; that phase is the
// failure's kind whatever the error lines above it look like. Maven names the plugin, Gradle
// the task.
const GRADLE_TASK = /(?:Execution failed for task '|> Task )[\w:-]*:(\w+)'?(?: FAILED)?/;
const VERDICTS = [
    [/Failed to execute goal [\w.:-]*(?:spotless|fmt-maven|formatter|prettier)[\w.:-]*/i, "format_error"],
    [
        /Failed to execute goal [\w.:-]*(?:checkstyle|pmd|spotbugs|findbugs|license|apache-rat|forbiddenapis|modernizer|dependency-check|sortpom|scalastyle)[\w.:-]*|You have \d+ Checkstyle violations?|There (?:is|are) \d+ errors? reported by Checkstyle/i,
        "lint_error",
    ],
    [
        /Failed to execute goal [\w.:-]*(?:surefire|failsafe|scalatest|karma|jest|frontend-maven-plugin:[\d.]+:(?:npm|yarn) \(test)[\w.:-]*|There (?:are|were) test failures/i,
        "test_failure",
    ],
    [
        /Failed to execute goal on project [\w.-]+: Could not resolve dependencies|Could not resolve dependencies for project|Failed to collect dependencies|Non-resolvable (?:parent POM|import POM)|Plugin [\w.:-]+ or one of its dependencies could not be resolved|Could not find artifact [\w.:-]+ in |Could not resolve all (?:dependencies|files|artifacts) for configuration/i,
        "dependency_error",
    ],
    [
        /Failed to execute goal [\w.:-]*(?:compiler|javadoc|japicmp|revapi|clirr|animal-sniffer|scala-maven|kotlin-maven|gmavenplus|maven-plugin-plugin|bundle|assembly|shade|enforcer)[\w.:-]*|COMPILATION ERROR|Compilation failure/i,
        "build_failure",
    ],
];
function gradleTaskCategory(task) {
    if (/^(?:checkstyle|pmd|spotbugs|findbugs|lint|ktlint|detekt|errorprone|license)/i.test(task))
        return "lint_error";
    if (/^spotless|format/i.test(task))
        return "format_error";
    if (/test$|^test/i.test(task))
        return "test_failure";
    if (/^(?:compile|javadoc|kapt|assemble|jar|japicmp|revapi)/i.test(task))
        return "build_failure";
    return null;
}
/** The failure's kind when the line is a build tool's final verdict naming the failed phase. */
function verdictCategory(text) {
    if (text.includes("Failed to execute goal") ||
        text.includes("COMPILATION ERROR") ||
        text.includes("Could not")) {
        for (const [re, c] of VERDICTS)
            if (re.test(text))
                return c;
    }
    else if (text.includes("Execution failed for task") || text.includes("> Task ")) {
        const m = GRADLE_TASK.exec(text);
        if (m)
            return gradleTaskCategory(m[1]);
    }
    else if (/Checkstyle|test failures|Compilation failure|Non-resolvable/.test(text)) {
        for (const [re, c] of VERDICTS)
            if (re.test(text))
                return c;
    }
    return null;
}
/** Category for a generic failure: its own words first, then the step's name. */
function classifyGeneric(lines, step) {
    const text = lines.join("\n");
    for (const [re, c] of GENERIC_CLASSES)
        if (re.test(text))
            return c;
    if (step) {
        // Travis and GitLab run the clone as a command of its own.
        if (/^git (?:clone|fetch|submodule|checkout)\b/.test(step))
            return "infrastructure_error";
        if (/\btest|spec|pytest|jest|vitest|mocha|rspec|junit|ctest/i.test(step))
            return "test_failure";
        if (/lint|eslint|flake8|ruff|clippy|rubocop|checkstyle|vet\b/i.test(step))
            return "lint_error";
        if (/format|prettier|fmt|black/i.test(step))
            return "format_error";
        if (/install|deps|dependenc|npm ci|pip|bundle|restore/i.test(step))
            return "dependency_error";
        if (/audit|scan|trivy|codeql|gitleaks|security/i.test(step))
            return "security_vulnerability";
    }
    return "build_failure";
}
const GENERIC_STRATEGY = {
    syntax_error: "llm",
    import_error: "llm",
    type_error: "llm",
    lint_error: "llm",
    format_error: "format",
    test_failure: "llm",
    build_failure: "llm",
    dependency_error: "dependencies",
    security_vulnerability: "dependencies",
    runtime_error: "llm",
    timeout: "none",
    infrastructure_error: "none",
};
//# sourceMappingURL=generic.js.map

/***/ }),

/***/ 8424:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CR: () => (/* binding */ CR),
/* harmony export */   FA: () => (/* binding */ ACCEPT),
/* harmony export */   H9: () => (/* binding */ shareDfa),
/* harmony export */   KH: () => (/* binding */ keywordsIn),
/* harmony export */   LF: () => (/* binding */ LF),
/* harmony export */   QL: () => (/* binding */ keywordWindow),
/* harmony export */   _f: () => (/* binding */ ESCAPE),
/* harmony export */   at: () => (/* binding */ withFlagBytes),
/* harmony export */   eY: () => (/* binding */ KeywordIndex),
/* harmony export */   gL: () => (/* binding */ lastMark),
/* harmony export */   jf: () => (/* binding */ WINDOW),
/* harmony export */   k9: () => (/* binding */ buildDfa),
/* harmony export */   lx: () => (/* binding */ FLAG)
/* harmony export */ });
/* unused harmony export VERIFY */
/**
 * Multi-keyword search for the analyzer's hot path: an Aho-Corasick automaton compiled to a dense
 * DFA over byte classes. A regex alternation of literals costs time per keyword at every position
 * (V8 tries each alternative), so it slows to a crawl at hundreds of rules; this costs one table
 * lookup per byte whatever the number of keywords. Keywords are matched on their UTF-8 bytes, so
 * the same automaton runs over raw log bytes (the line scanner) and over cleaned strings (rule
 * candidates), the latter encoded on the fly. Bytes that occur in no keyword share one class, so
 * rows are short (128 entries for the usual rule sets); entries are 16-bit state numbers and the
 * states are numbered breadth-first, so the rows of the shallow states, where the automaton
 * spends most of its time, sit together in a few kilobytes (half the time per byte of 32-bit
 * entries in trie order, measured on a big log).
 */
/** Kinds of flagged states, as bits. */
const ACCEPT = 1;
const VERIFY = 2;
const LF = 4;
const CR = 8;
const FLAG = 16;
const ESCAPE = 32;
const utf8 = new TextEncoder();
/**
 * Builds the DFA. Keywords whose id is in `verify` report VERIFY instead of ACCEPT (the caller
 * checks them further); `special` adds line-break and flag bytes. The analyzer builds it on
 * every run, so this is linear in the trie: rows are filled by copying the failure state's row
 * (memcpy) and writing the few trie edges over it, in final state numbering.
 */
function buildDfa(keywords, verify = new Set(), special) {
    const encoded = keywords.map((k) => utf8.encode(k));
    // Classes: one per byte used by a keyword or special, one shared by all flag bytes not in a
    // keyword, class 0 for every other byte.
    const classes = new Uint8Array(256);
    let width = 1;
    for (const k of encoded)
        for (const b of k)
            if (!classes[b])
                classes[b] = width++;
    if (special) {
        for (const b of [special.lineFeed, special.carriageReturn, special.escape, ...(special.reserve ?? [])])
            if (!classes[b])
                classes[b] = width++;
        const shared = width++;
        for (const b of special.flag)
            if (!classes[b])
                classes[b] = shared;
    }
    let shift = 0;
    while (1 << shift < width)
        shift++;
    const W = 1 << shift;
    // The trie: a dense child table plus each state's children as a linked list, so nothing
    // allocates per state (this runs cold, on every analysis). 0 stands for none everywhere (the
    // root is nobody's child): fresh typed arrays are zeroed already, filling them costs at start.
    const maxStates = encoded.reduce((m, k) => m + k.length, 1);
    const child = new Int32Array(maxStates * W);
    const firstKid = new Int32Array(maxStates);
    const nextKid = new Int32Array(maxStates);
    const kidClass = new Int32Array(maxStates);
    const out = [null];
    let trie = 1;
    encoded.forEach((bytes, id) => {
        if (!bytes.length)
            return;
        let s = 0;
        for (const b of bytes) {
            const c = classes[b];
            let next = child[s * W + c];
            if (next === 0) {
                next = trie++;
                out.push(null);
                child[s * W + c] = next;
                kidClass[next] = c;
                nextKid[next] = firstKid[s];
                firstKid[s] = next;
            }
            s = next;
        }
        (out[s] ??= []).push(id);
    });
    // Failure links, breadth-first (the classic Aho-Corasick construction).
    const fail = new Int32Array(trie);
    const bfs = new Int32Array(trie);
    let qEnd = 1;
    for (let q = 0; q < qEnd; q++) {
        const s = bfs[q];
        for (let t = firstKid[s]; t !== 0; t = nextKid[t]) {
            if (s !== 0) {
                const c = kidClass[t];
                let f = fail[s];
                while (f !== 0 && child[f * W + c] === 0)
                    f = fail[f];
                fail[t] = child[f * W + c];
                const inherited = out[fail[t]];
                const own = out[t];
                if (inherited)
                    out[t] = own ? own.concat(inherited) : inherited;
            }
            bfs[qEnd++] = t;
        }
    }
    const extra = special ? 4 : 0; // LF, CR, FLAG and ESCAPE states: copies of the root
    const n = trie + extra;
    const kinds = new Uint8Array(n);
    for (let s = 0; s < trie; s++)
        for (const id of out[s] ?? [])
            kinds[s] |= verify.has(id) ? VERIFY : ACCEPT;
    const [lf, cr, fl, esc] = [trie, trie + 1, trie + 2, trie + 3];
    if (special) {
        kinds[esc] = ESCAPE;
        kinds[lf] = LF;
        kinds[cr] = CR;
        kinds[fl] = FLAG;
    }
    // Number the quiet states first so the hot loop needs one compare, each part breadth-first
    // (bfs is the trie in that order); the root stays 0.
    const order = special ? [...bfs, lf, cr, fl, esc] : bfs;
    const num = new Int32Array(n); // state → its final number
    let next = 0;
    for (const s of order)
        if (!kinds[s])
            num[s] = next++;
    const flagged = next;
    const kind = new Uint8Array(n - flagged);
    const outputs = [];
    for (const s of order) {
        if (!kinds[s])
            continue;
        kind[next - flagged] = kinds[s];
        outputs.push((s < trie ? out[s] : null) ?? []);
        num[s] = next++;
    }
    const table = n <= 0x10000 ? new Uint16Array(n * W) : new Uint32Array(n * W);
    for (const s of bfs) {
        const row = num[s] << shift;
        if (s !== 0)
            table.copyWithin(row, num[fail[s]] << shift, (num[fail[s]] << shift) + W);
        for (let t = firstKid[s]; t !== 0; t = nextKid[t])
            table[row + kidClass[t]] = num[t];
    }
    if (special) {
        for (const st of [lf, cr, fl, esc])
            table.copyWithin(num[st] << shift, 0, W);
        const flagClasses = [...new Set(special.flag.map((b) => classes[b]))];
        const [lfClass, crClass] = [classes[special.lineFeed], classes[special.carriageReturn]];
        const escClass = classes[special.escape];
        for (let r = 0; r < table.length; r += W) {
            table[r + lfClass] = num[lf];
            table[r + crClass] = num[cr];
            table[r + escClass] = num[esc];
            for (const c of flagClasses)
                table[r + c] = num[fl];
        }
    }
    return { classes, shift, table, flagged, kind, outputs };
}
/** The same automaton where more (reserved) bytes flag wherever they appear; state numbers unchanged. */
function withFlagBytes(dfa, bytes) {
    const table = dfa.table.slice();
    let fl = -1;
    for (let i = 0; i < dfa.kind.length; i++)
        if (dfa.kind[i] === FLAG)
            fl = dfa.flagged + i;
    if (fl < 0)
        throw new Error("withFlagBytes needs an automaton built with special bytes");
    const W = 1 << dfa.shift;
    for (const b of bytes) {
        const c = dfa.classes[b];
        if (!c)
            throw new Error(`withFlagBytes: byte ${b} has no class of its own (reserve it)`);
        for (let row = 0; row < table.length; row += W)
            table[row + c] = fl;
    }
    return { ...dfa, table };
}
/**
 * Automata hold a window of at most WINDOW characters of each keyword: the trie (built on every
 * run) is a few times smaller, and a line containing a keyword contains any of its substrings,
 * so a window hit is a sound first filter; KeywordIndex confirms longer keywords with includes().
 * The window is the keyword's least common-looking stretch: "isories/GHSA" of
 * "https://github.com/advisories/GHSA-", not "https://", which every URL has.
 */
const WINDOW = 12;
function keywordWindow(k) {
    // (Most keywords are short: no code point split for them, this runs cold on every analysis.)
    if (k.length <= WINDOW)
        return k;
    const cps = Array.from(k);
    if (cps.length <= WINDOW)
        return k;
    // Score = characters other than lowercase letters and spaces; windows touching "://" lose.
    // (Plain loops: this runs cold, for a few hundred keywords, at the start of every analysis.)
    const sum = new Int32Array(cps.length + 1);
    for (let i = 0; i < cps.length; i++) {
        const c = cps[i].length === 1 ? cps[i].charCodeAt(0) : 0;
        sum[i + 1] = sum[i] + ((c >= 97 && c <= 122) || c === 32 ? 0 : 1);
    }
    const urls = [];
    for (let i = k.indexOf("://"); i !== -1; i = k.indexOf("://", i + 1))
        urls.push(Array.from(k.slice(0, i)).length);
    let best = 0;
    let bestScore = -Infinity;
    for (let i = 0; i + WINDOW <= cps.length; i++) {
        let score = sum[i + WINDOW] - sum[i];
        for (const u of urls) {
            if (u + 3 > i - 4 && u < i + WINDOW) {
                score -= 10;
                break;
            }
        }
        if (score > bestScore) {
            best = i;
            bestScore = score;
        }
    }
    return cps.slice(best, best + WINDOW).join("");
}
const shared = new Map();
/**
 * Lets KeywordIndex use an automaton built for more keywords (the line scanner's, with its
 * anchors) instead of building its own: `dfa` must number the windows of `keywords` first, in
 * this order.
 */
function shareDfa(keywords, dfa) {
    if (shared.size > 16)
        shared.clear();
    shared.set(keywords.join("\0"), dfa);
}
/** Finds which of a fixed set of keywords occur in strings. */
class KeywordIndex {
    keywords;
    dfa = null;
    constructor(keywords) {
        this.keywords = keywords;
    }
    /** Ids (indexes into `keywords`) of every keyword occurring in `text`; null if none. */
    find(text) {
        // Built on first use, so an automaton the scanner shared in the meantime is reused.
        const dfa = (this.dfa ??=
            shared.get(this.keywords.join("\0")) ?? buildDfa(this.keywords.map(keywordWindow)));
        return keywordsIn(dfa, this.keywords, text);
    }
}
let scratch = new Uint8Array(1 << 14);
/** What the last keywordsIn call saw besides keywords: the largest `marks` value of a state it passed. */
let lastMark = 0;
/**
 * Ids of the `keywords` (numbered first in `dfa`, as windows) that occur in `text`, or null.
 * `marks` (per flagged state) lets the caller learn about its other entries: their largest
 * value on the way ends up in lastMark. No closures: this runs for every flagged line.
 */
function keywordsIn(dfa, keywords, text, marks) {
    if (scratch.length < text.length * 3)
        scratch = new Uint8Array(text.length * 3);
    const n = utf8.encodeInto(text, scratch).written;
    const { table, classes, shift, kind, outputs } = dfa;
    const base = dfa.flagged;
    const limit = keywords.length;
    const bytes = scratch;
    let found = null;
    let mark = 0;
    let s = 0;
    for (let i = 0; i < n; i++) {
        s = table[(s << shift) | classes[bytes[i]]];
        if (s < base)
            continue;
        const f = s - base;
        if (marks && marks[f] > mark)
            mark = marks[f];
        if (!(kind[f] & (ACCEPT | VERIFY)))
            continue;
        for (const id of outputs[f]) {
            if (id >= limit || found?.includes(id))
                continue;
            if (keywords[id].length > WINDOW && !text.includes(keywords[id]))
                continue;
            if (found)
                found.push(id);
            else
                found = [id];
        }
    }
    lastMark = mark;
    return found;
}
//# sourceMappingURL=keywords.js.map

/***/ }),

/***/ 4553:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ds: () => (/* binding */ headFits),
/* harmony export */   Ey: () => (/* binding */ regexHead),
/* harmony export */   pB: () => (/* binding */ skipCsi)
/* harmony export */ });
/* unused harmony export blankAt */
/** The head of a regex, or null when it tells nothing about a line's start. */
function regexHead(re) {
    // Case folding, multi-line anchors and stateful test() (g, y) are left to the regex.
    if (/[imgy]/.test(re.flags))
        return null;
    const src = re.source;
    if (src[0] !== "^" || hasTopLevelBar(src))
        return null;
    let i = 1;
    let blank = 0;
    let min = 0;
    let max = 0;
    const atom = src.startsWith("\\s", i) ? 1 : src[i] === " " ? 2 : 0;
    if (atom) {
        const q = quantifier(src, i + (atom === 1 ? 2 : 1));
        if (q) {
            blank = atom;
            min = q.min;
            max = q.max;
            i = q.end;
        }
    }
    let literal = "";
    // Literal characters, entering groups that are plain sequences (not quantified, no `|`).
    const ends = [];
    for (;;) {
        if (src[i] === ")" && ends.length && ends[ends.length - 1] === i) {
            ends.pop();
            i++;
            continue;
        }
        if (src[i] === "(") {
            const close = groupEnd(src, i);
            if (close < 0 || isQuantifier(src[close + 1]))
                break;
            let body = i + 1;
            if (src.startsWith("?:", body))
                body += 2;
            else if (src.startsWith("?<", body) && src[body + 2] !== "=" && src[body + 2] !== "!") {
                const gt = src.indexOf(">", body);
                if (gt < 0)
                    break;
                body = gt + 1;
            }
            else if (src[body] === "?")
                break; // lookarounds
            if (hasTopLevelBar(src.slice(body, close)))
                break;
            ends.push(close);
            i = body;
            continue;
        }
        const c = literalAt(src, i);
        if (!c)
            break;
        // A quantified character is not in every match.
        if (isQuantifier(src[i + c.length]))
            break;
        if (!literal && blank && (c.char === " " || (blank === 1 && /\s/.test(c.char))))
            break;
        literal += c.char;
        i += c.length;
    }
    if (!literal && !min)
        return null;
    // (What follows an empty literal may be more blanks: only the least run is known.)
    return { blank, min, max: literal ? max : Infinity, literal };
}
function isQuantifier(c) {
    return c === "?" || c === "*" || c === "+" || c === "{";
}
function quantifier(src, i) {
    let q;
    if (src[i] === "*")
        q = { min: 0, max: Infinity, end: i + 1 };
    else if (src[i] === "+")
        q = { min: 1, max: Infinity, end: i + 1 };
    else if (src[i] === "?")
        q = { min: 0, max: 1, end: i + 1 };
    else if (src[i] === "{") {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
        if (!m)
            return null;
        const lo = Number(m[1]);
        q = { min: lo, max: m[2] ? (m[3] ? Number(m[3]) : Infinity) : lo, end: i + m[0].length };
    }
    else
        q = { min: 1, max: 1, end: i };
    // Lazy or greedy, the run before a literal that is no blank is the whole run.
    if (q.end > i && src[q.end] === "?")
        q.end++;
    return q;
}
const PLAIN = /[A-Za-z0-9 !"#%&',\-/:;<=>@_`~]/;
const ESCAPED = /[/.()[\]{}*+?|^$\\\-:#!"'<>=,@%&~`]/;
/** The literal character at src[i] (plain or an escaped punctuation mark), or null. */
function literalAt(src, i) {
    const c = src[i];
    if (c === undefined)
        return null;
    if (c === "\\") {
        const d = src[i + 1];
        return d !== undefined && ESCAPED.test(d) ? { char: d, length: 2 } : null;
    }
    return PLAIN.test(c) ? { char: c, length: 1 } : null;
}
/**
 * Walks regex source from src[from], stepping over escapes and character classes, with the group
 * depth after each other character; the index where `stop` first says so, or -1.
 */
function walk(src, from, stop) {
    let depth = 0;
    let inClass = false;
    for (let i = from; i < src.length; i++) {
        const c = src[i];
        if (c === "\\")
            i++;
        else if (inClass) {
            if (c === "]")
                inClass = false;
        }
        else if (c === "[")
            inClass = true;
        else {
            if (c === "(")
                depth++;
            else if (c === ")")
                depth--;
            if (stop(c, depth))
                return i;
        }
    }
    return -1;
}
/** Index of the `)` closing the group opened at src[open], -1 if not found. */
function groupEnd(src, open) {
    return walk(src, open, (c, depth) => c === ")" && depth === 0);
}
/** Whether `src` has an alternation outside every group and class. */
function hasTopLevelBar(src) {
    return walk(src, 0, (c, depth) => c === "|" && depth === 0) >= 0;
}
/**
 * Whether a line's text may start as `head` requires. The text is buf[start, end) decoded as
 * UTF-8, without the colour codes (CSI) that `esc` says are on it; trailing blanks do not
 * matter (a head that fits the trimmed text fits the untrimmed one).
 */
function headFits(head, buf, start, end, esc) {
    let p = esc ? skipCsi(buf, start, end) : start;
    let run = 0;
    if (head.blank) {
        for (;;) {
            const w = head.blank === 2 ? (p < end && buf[p] === 32 ? 1 : 0) : blankAt(buf, p, end);
            if (!w)
                break;
            run++;
            p += w;
            if (esc)
                p = skipCsi(buf, p, end);
        }
        if (run < head.min || run > head.max)
            return false;
    }
    const lit = head.literal;
    for (let k = 0; k < lit.length; k++) {
        if (p >= end || buf[p] !== lit.charCodeAt(k))
            return false;
        p++;
        if (esc)
            p = skipCsi(buf, p, end);
    }
    return true;
}
/** Past the colour codes at buf[p] (what scan.ts's fastLine removes with its CSI regex). */
function skipCsi(buf, p, end) {
    while (p < end && buf[p] === 0x1b) {
        let j = p + 1;
        if (j >= end || buf[j] !== 0x5b)
            return p;
        j++;
        while (j < end && buf[j] >= 0x30 && buf[j] <= 0x3f)
            j++;
        while (j < end && buf[j] >= 0x20 && buf[j] <= 0x2f)
            j++;
        if (j >= end || buf[j] < 0x40 || buf[j] > 0x7e)
            return p;
        p = j + 1;
    }
    return p;
}
/**
 * The length of the UTF-8 encoded JS whitespace (what `\s` matches) at buf[p], 0 if none:
 * ASCII blanks and line breaks, NBSP, U+1680, U+2000-200A, U+2028/2029, U+202F, U+205F, U+3000
 * and U+FEFF.
 */
function blankAt(buf, p, end) {
    if (p >= end)
        return 0;
    const b = buf[p];
    if (b < 0x80)
        return b === 32 || (b >= 9 && b <= 13) ? 1 : 0;
    const b1 = p + 1 < end ? buf[p + 1] : -1;
    const b2 = p + 2 < end ? buf[p + 2] : -1;
    if (b === 0xc2)
        return b1 === 0xa0 ? 2 : 0;
    if (b === 0xe1)
        return b1 === 0x9a && b2 === 0x80 ? 3 : 0;
    if (b === 0xe2) {
        if (b1 === 0x80)
            return (b2 >= 0x80 && b2 <= 0x8a) || b2 === 0xa8 || b2 === 0xa9 || b2 === 0xaf ? 3 : 0;
        return b1 === 0x81 && b2 === 0x9f ? 3 : 0;
    }
    if (b === 0xe3)
        return b1 === 0x80 && b2 === 0x80 ? 3 : 0;
    if (b === 0xef)
        return b1 === 0xbb && b2 === 0xbf ? 3 : 0;
    return 0;
}
//# sourceMappingURL=rule-head.js.map

/***/ }),

/***/ 9571:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ ruleSets)
});

;// CONCATENATED MODULE: ./lib/analysis/rules/typescript.js
/**
 * tsc (and tsc -b, vue-tsc, tsc run by npm/turbo/nx scripts). tsc prints one line per diagnostic:
 * `src/a.ts(3,7): error TS2322: ...` by default, `src/a.ts:3:7 - error TS2322: ...` with --pretty
 * (the default on a TTY and when FORCE_COLOR is set), and `error TS5083: ...` for config errors
 * that have no position. The TS code decides the category, so every rule shares one shape and
 * differs by the codes it claims; the last rule takes every code the others did not.
 */
// Indentation (ts-jest prints diagnostics inside "● Test suite failed to run") and the optional
// task prefix of monorepo runners ("web:build: ", "@acme/api:typecheck: ").
const PREFIX = String.raw `^\s*(?:[@\w./-]+:\S*:? +)?`;
const POSITIONED = String.raw `(?<file>[^\s():][^():]*?)[(:](?<line>\d+)[,:](?<column>\d+)\)?(?::| -) error `;
// Config and emit errors name their file in quotes inside the message (absolute path).
const UNPOSITIONED = String.raw `error `;
const MESSAGE = String.raw `: (?<message>.*)$`;
const QUOTED_FILE = String.raw `: (?<message>(?:[^']*'(?<file>[^']+\.(?:json|[cm]?[jt]sx?|d\.ts))')?.*)$`;
function codeRule(id, category, strategy, codes, suggestion) {
    return [
        {
            id,
            tool: "tsc",
            category,
            severity: "high",
            strategy,
            keywords: [" error TS"],
            match: new RegExp(PREFIX + POSITIONED + `(?<code>TS(?:${codes}))` + MESSAGE),
            // Extra lines of a multi-line diagnostic ("  Type 'undefined' is not assignable ...").
            follow: /^ {2,}\S/,
            maxFollow: 4,
            suggestion,
        },
        {
            id: `${id}-config`,
            tool: "tsc",
            category,
            severity: "high",
            strategy,
            keywords: ["error TS"],
            match: new RegExp(PREFIX + UNPOSITIONED + `(?<code>TS(?:${codes}))` + QUOTED_FILE),
            follow: /^ {2,}\S/,
            maxFollow: 4,
            suggestion,
        },
    ];
}
// Parser errors. TS1xxx is mostly the parser, but a few 1xxx codes are semantic (module/async rules).
const SYNTAX = "1002|1003|1005|1009|1010|1011|1012|1013|1014|1016|1068|1109|1110|1117|1121|1124|1125|1126|1127|1128|1131|1134|1135|1136|1137|1138|1141|1144|1155|1160|1161|1180|1357|1382|1389|1434|1435|1438|1443|17002|17008";
// A missing package's types: the fix is to install something, not to edit code.
const MISSING_TYPES = "2580|2582|2591|2593|2688|7016";
// A bare module specifier that does not resolve is a missing dependency; a relative one is a wrong path.
const IMPORTS = "2304|2305|2306|2307|2614|2724|2792|2834|2835|1192|1259|1479|1484|2613";
// Options, project references and emit: the build setup is wrong, not the code.
const BUILD = "5\\d{3}|6\\d{3}|18003|18002";
const typescriptRules = {
    ecosystem: "typescript",
    rules: [
        ...codeRule("tsc.syntax", "syntax_error", "llm", SYNTAX, "Fix the syntax at $<file>:$<line> (a missing bracket, comma or semicolon is usually just before it)."),
        {
            id: "tsc.missing-package",
            tool: "tsc",
            category: "import_error",
            severity: "high",
            strategy: "dependencies",
            keywords: [" error TS2307"],
            match: new RegExp(PREFIX +
                POSITIONED +
                String.raw `(?<code>TS2307): (?<message>Cannot find module '(?<name>(?![./])[^']+)'.*)$`),
            suggestion: "Install the package '$<name>' (and its @types package if it ships no types), or fix the import in $<file>.",
        },
        ...codeRule("tsc.missing-types", "dependency_error", "dependencies", MISSING_TYPES, "Install the missing type definitions (the message names the @types package) and list them in tsconfig `types` if it restricts them."),
        ...codeRule("tsc.import", "import_error", "imports", IMPORTS, "Fix the import in $<file>:$<line>: add the missing import, or correct the path or exported name."),
        ...codeRule("tsc.config", "build_failure", "llm", BUILD, "Fix the TypeScript configuration (tsconfig.json options, include/rootDir or project references)."),
        {
            id: "tsc.next-build",
            tool: "tsc",
            category: "type_error",
            severity: "high",
            strategy: "llm",
            keywords: ["Type error: "],
            // `next build` type-checks and prints the location on the line above: "./src/app/page.tsx:12:5".
            match: /^Type error: (?<message>.+)$/,
            precede: 3,
            precedeMatch: /^(?<file>\.?\/?[\w./@[\]()-]+\.[cm]?[jt]sx?):(?<line>\d+):(?<column>\d+)$/,
            suggestion: "Fix the type error at $<file>:$<line>.",
        },
        {
            id: "tsc.ts-loader",
            tool: "tsc",
            category: "type_error",
            severity: "high",
            strategy: "llm",
            keywords: ["[tsl] ERROR in "],
            // ts-loader (webpack) puts the position and the code on separate lines.
            match: /^\[tsl\] ERROR in (?<file>.+?)\((?<line>\d+),(?<column>\d+)\)$/,
            follow: /^\s+TS\d+: .+$/,
            maxFollow: 1,
            suggestion: "Fix the type error at $<file>:$<line>.",
        },
        ...codeRule("tsc.type", "type_error", "llm", "\\d+", "Fix the type error at $<file>:$<line>."),
    ],
};
//# sourceMappingURL=typescript.js.map
;// CONCATENATED MODULE: ./lib/analysis/rules/eslint.js
/**
 * ESLint (stylish, the default formatter), Stylelint, markdownlint and Biome's lint and parse
 * diagnostics.
 *
 * Stylish names the file once, on a line of its own, above that file's problems
 * (`  2:9  error  'tax' is assigned a value but never used  no-unused-vars`), so problem rules
 * take their file from that header through `precede`. Warnings alone do not fail a job: they are
 * only reported when ESLint says `--max-warnings` was exceeded.
 */
// The stylish file header: an absolute path (POSIX or Windows) alone on its line.
const STYLISH_HEADER = /^(?<file>(?:\/|[A-Za-z]:\\)\S+\.[\w]+)$/;
const PROBLEM = String.raw `^\s+(?<line>\d+):(?<column>\d+)\s+`;
const eslintRules = {
    ecosystem: "eslint",
    rules: [
        {
            id: "eslint.project-service",
            tool: "eslint",
            category: "lint_error",
            severity: "medium",
            strategy: "llm",
            keywords: ["Parsing error"],
            // typescript-eslint's typed linting cannot find the file in any tsconfig: a setup problem,
            // not a syntax error in the file.
            match: new RegExp(PROBLEM +
                String.raw `error\s+(?<message>Parsing error: .*(?:was not found by the project service|TSConfig does not include this file|must be included in at least one of the projects|parserOptions\.project|allowDefaultProject).*?)(?:\s{2,}(?<name>[@\w/-]+))?$`),
            precede: 12,
            precedeMatch: STYLISH_HEADER,
            suggestion: "Include the file in the tsconfig typed linting uses (or in allowDefaultProject), or ignore it in the ESLint config.",
        },
        {
            id: "eslint.parsing-error",
            tool: "eslint",
            category: "syntax_error",
            severity: "high",
            strategy: "llm",
            keywords: ["Parsing error"],
            match: new RegExp(PROBLEM + String.raw `error\s+(?<message>Parsing error: .+?)(?:\s{2,}(?<name>[@\w/-]+))?$`),
            precede: 12,
            precedeMatch: STYLISH_HEADER,
            suggestion: "Fix the syntax error on line $<line>; ESLint could not parse the file.",
        },
        {
            id: "eslint.problem",
            tool: "eslint",
            category: "lint_error",
            severity: "medium",
            strategy: "llm",
            keywords: ["  error  "],
            match: new RegExp(PROBLEM + String.raw `error\s+(?<message>.+?)(?:\s{2,}(?<name>[@\w/-]+))?$`),
            precede: 12,
            precedeMatch: STYLISH_HEADER,
            // The default message names the file repo-relative; the stylish header is absolute.
            suggestion: "Fix the $<name> problem on line $<line> (`npx eslint --fix` fixes some rules).",
        },
        {
            id: "eslint.no-config",
            tool: "eslint",
            category: "build_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["ESLint couldn't find"],
            match: /^(?<message>ESLint couldn't find (?:an eslint\.config\.\S+ file|a configuration file|the config ".+").*)$/,
            suggestion: "Add the ESLint configuration the lint step expects (eslint.config.js since ESLint 9), or run the ESLint version the config was written for.",
        },
        {
            id: "eslint.max-warnings",
            tool: "eslint",
            category: "lint_error",
            severity: "medium",
            strategy: "llm",
            keywords: ["too many warnings"],
            match: /^ESLint found too many warnings \(maximum: (?<count>\d+)\)\.?$/,
            // The warnings that tipped it over are just above.
            precede: 12,
            precedeMatch: new RegExp(`${STYLISH_HEADER.source}|${PROBLEM}warning\\s`),
            suggestion: "Fix the warnings listed above, or raise --max-warnings ($<count>) if they are accepted.",
        },
        {
            // standard (and its variants) opens its report with "standard: Use JavaScript Standard
            // Style (…)" and maybe "standard: Run `standard --fix` …", then lists "  /abs/a.js:3:10:
            // message" lines, parse errors with their code frame.
            id: "standard.report",
            tool: "standard",
            category: "lint_error",
            severity: "medium",
            strategy: "llm",
            keywords: ["Standard Style", " --fix` to automatically fix"],
            match: /^(?<name>standard|semistandard|standardx|ts-standard|snazzy): (?:Use (?:JavaScript|TypeScript) (?:Semi-)?Standard Style\b.*|Run `[\w-]+ --fix` to automatically fix some problems\.)\s*$/,
            follow: /^(?:[\w-]+: Run `[\w-]+ --fix` .*|\s+\S.*|(?:Parsing error|Unexpected|SyntaxError)\b.*)$/,
            followLocation: /^\s+(?<file>[\w./@-]+\.(?:[cm]?[jt]sx?|vue)):(?<line>\d+):(?<column>\d+): /,
            maxFollow: 60,
            suggestion: "Fix the style problems listed (`npx $<name> --fix` fixes many of them).",
        },
        {
            id: "eslint.compact",
            tool: "eslint",
            category: "lint_error",
            severity: "medium",
            strategy: "llm",
            keywords: [".js:", ".ts:", ".jsx:", ".tsx:", ".vue:", ".coffee:"],
            // standard, eslint's compact/unix formats and linters built on them: "src/a.js:12:5: message (rule)".
            match: /^\s*(?<file>[\w./@-]+\.(?:[cm]?[jt]sx?|vue|svelte|coffee)):(?<line>\d+)(?::(?<column>\d+))?:? (?<message>(?!error TS|- error TS).+?) \((?<name>[@\w/-]+)\)$/,
            suggestion: "Fix the $<name> problem at $<file>:$<line>.",
        },
        {
            id: "stylelint.problem",
            tool: "stylelint",
            category: "lint_error",
            severity: "medium",
            strategy: "llm",
            keywords: ["✖  "],
            // Stylelint's string formatter: a relative file header, then "  3:3  ✖  message  rule".
            match: /^\s+(?<line>\d+):(?<column>\d+)\s+✖\s+(?<message>.+?)\s{2,}(?<name>[@\w/-]+)$/,
            precede: 12,
            precedeMatch: /^(?<file>[\w./@-]+\.(?:css|scss|sass|less|styl|pcss|vue|svelte|astro|html|[jt]sx?))$/,
            suggestion: "Fix the $<name> problem on line $<line> (`npx stylelint --fix` fixes some rules).",
        },
        {
            id: "markdownlint.problem",
            tool: "markdownlint",
            category: "lint_error",
            severity: "low",
            strategy: "llm",
            keywords: [" MD0", " MD"],
            // markdownlint-cli2 "README.md:3:5 error MD034/no-bare-urls ..."; markdownlint-cli "README.md: 3: MD034/...".
            match: /^(?<file>[^\s:]+\.(?:md|markdown|mdx)):? ?(?<line>\d+)(?::(?<column>\d+))?:? (?:error |warning )?(?<name>MD\d{3}(?:\/[\w-]+)*) (?<message>.+)$/,
            suggestion: "Fix the Markdown $<name> problem at $<file>:$<line> (`markdownlint-cli2 --fix` fixes many).",
        },
        {
            id: "biome.parse",
            tool: "biome",
            category: "syntax_error",
            severity: "high",
            strategy: "llm",
            keywords: [" parse "],
            match: /^(?<file>[^\s:]+\.\w+):(?<line>\d+):(?<column>\d+) (?<name>parse)(?:\/\S+)? .*━{3,}$/,
            follow: /^\s*(?:[×✖!ℹi] .+)?$/,
            maxFollow: 2,
            message: "$<file>:$<line>: Biome could not parse the file",
            suggestion: "Fix the syntax error at $<file>:$<line>.",
        },
        {
            id: "biome.lint",
            tool: "biome",
            category: "lint_error",
            severity: "medium",
            strategy: "llm",
            keywords: [" lint/"],
            match: /^(?<file>[^\s:]+\.\w+):(?<line>\d+):(?<column>\d+) (?<name>lint\/\S+)/,
            // The diagnostic's sentence is two lines down ("  × This is an unexpected use of debugger").
            follow: /^\s*(?:[×✖!ℹi] .+)?$/,
            maxFollow: 2,
            message: "$<file>:$<line>: $<name>",
            suggestion: "Fix the $<name> diagnostic at $<file>:$<line> (`npx biome lint --write` applies safe fixes).",
        },
    ],
};
//# sourceMappingURL=eslint.js.map
;// CONCATENATED MODULE: ./lib/analysis/rules/prettier.js
/**
 * Prettier `--check` and Biome's formatter. Prettier lists each unformatted file as `[warn] path`
 * and closes with `[warn] Code style issues found ...`; a file it cannot parse is an `[error]`
 * with the parser's message and `(line:column)`. Biome prints `path format ━━━` per file.
 */
const prettierRules = {
    ecosystem: "prettier",
    rules: [
        {
            id: "prettier.syntax",
            tool: "prettier",
            category: "syntax_error",
            severity: "high",
            strategy: "llm",
            keywords: ["[error] "],
            match: /^\[error\] (?<file>[^\s:]+): (?<name>SyntaxError): (?<message>.+?) \((?<line>\d+):(?<column>\d+)\)$/,
            suggestion: "Fix the syntax error at $<file>:$<line>; Prettier could not parse the file.",
        },
        {
            id: "prettier.check",
            tool: "prettier",
            category: "format_error",
            severity: "low",
            strategy: "format",
            keywords: ["[warn] "],
            match: /^\[warn\] (?<file>[^\s]+\.[\w]+)$/,
            message: "$<file> is not formatted with Prettier",
            suggestion: "Run `npx prettier --write .` and commit the result.",
        },
        {
            id: "prettier.summary",
            tool: "prettier",
            category: "format_error",
            severity: "low",
            strategy: "format",
            role: "summary",
            keywords: ["Code style issues"],
            match: /^\[warn\] Code style issues (?:found|were found) in/,
            suggestion: "Run `npx prettier --write .` and commit the result.",
        },
        {
            id: "prettier.check-legacy",
            tool: "prettier",
            category: "format_error",
            severity: "low",
            strategy: "format",
            keywords: ["Forgot to run Prettier?"],
            // Prettier 1.x lists the files bare, then this line.
            match: /^(?:\[warn\] )?Code style issues (?:found|were found) in (?:the above file|\d+ files)\(?s?\)?\. Forgot to run Prettier\?$/,
            precede: 12,
            precedeMatch: /^(?<file>[\w./@-]+\.[A-Za-z]\w*)$/,
            message: "Files are not formatted with Prettier",
            suggestion: "Run `npx prettier --write .` and commit the result.",
        },
        {
            id: "biome.format",
            tool: "biome",
            category: "format_error",
            severity: "low",
            strategy: "format",
            keywords: [" format "],
            match: /^(?<file>[^\s:]+\.\w+) format .*━{3,}$/,
            follow: /^\s*(?:[×✖!ℹi] .+)?$/,
            maxFollow: 2,
            message: "$<file> is not formatted with Biome",
            suggestion: "Run `npx biome format --write` (or `biome check --write`) and commit the result.",
        },
    ],
};
//# sourceMappingURL=prettier.js.map
;// CONCATENATED MODULE: ./lib/analysis/rules/js-test.js
/**
 * JavaScript test runners: Vitest, Jest, Mocha, Playwright Test, Karma and node:test (and TAP).
 *
 * Each failure block is long (diff, code frame, stack), and a group's excerpt is capped, so rules
 * take only the lines that state the failure (the test's name, the assertion message, the line the
 * runner points at) and leave the rest to the reader.
 *
 * Timeouts: a single test exceeding its timeout ("Test timed out in 5000ms", "Exceeded timeout of
 * 5000 ms for a test", Mocha's "Timeout of 2000ms exceeded") is a failing test: the runner reported
 * it and the job ended normally, so it is `test_failure`. Only a job the runner had to kill is a
 * `timeout`; of the runners' own lines only Jest's "did not exit" says the process will hang.
 *
 * A snapshot mismatch gets its own group with the `tests` strategy: updating the snapshot is a
 * mechanical fix once a person agrees the new output is right.
 */
// The line a code frame points at ("    >  9 |   expect(x).toBe(1);"): runners print it only for failures.
const CODE_FRAME_POINTER = /^\s*>\s*\d+ \|/;
// A source frame the runner points at, relative to the repo: `test/a.test.ts:9:31`.
const SRC = String.raw `(?<file>(?![./]|node:|file:)[^\s():]*\.[cm]?[jt]sx?):(?<line>\d+):(?<column>\d+)`;
const jsTestRules = {
    ecosystem: "js-test",
    rules: [
        // ---- Vitest
        {
            id: "vitest.snapshot",
            tool: "vitest",
            category: "test_failure",
            severity: "medium",
            strategy: "tests",
            keywords: ["Snapshot `"],
            match: /^Error: Snapshot `(?<name>.+)` mismatched$/,
            group: "vitest:snapshot",
            priority: 73,
            message: "Snapshot `$<name>` does not match",
            suggestion: "If the new output is intended, update the snapshot (`npx vitest run -u`) and commit it; otherwise fix the code.",
        },
        {
            id: "vitest.fail",
            tool: "vitest",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["FAIL "],
            match: /^\s*FAIL\s+(?<file>\S+\.\w+) > (?<name>.+)$/,
            // The assertion or error right under the test name (not a snapshot line: that has its own rule).
            follow: /^(?!Error: Snapshot )\w*(?:Error|Exception)\b.*$/,
            maxFollow: 1,
            message: "$<file> > $<name>",
            suggestion: "Fix the failing test $<name> in $<file> (or the code it tests).",
        },
        {
            id: "vitest.fail-suite",
            tool: "vitest",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["FAIL "],
            match: /^\s*FAIL\s+(?<file>\S+\.\w+) \[ \S+ \]$/,
            message: "$<file>: the test file failed to load",
            suggestion: "The test file $<file> failed before any test ran; see the error under it.",
        },
        {
            id: "vitest.location",
            tool: "vitest",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["❯ "],
            match: new RegExp(String.raw `^\s*❯ (?:\S+ )?${SRC}$`),
            unless: /node_modules\//,
            group: "vitest:test_failure",
            suggestion: "Fix the failing test at $<file>:$<line>.",
        },
        {
            id: "vitest.unhandled",
            tool: "vitest",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["unhandled error"],
            match: /^(?<message>Vitest caught \d+ unhandled errors? during the test run\..*)$/,
            // The error itself follows the explanation lines.
            suggestion: "An error escaped a test (a rejected promise or a throw in a timer); the error under this line names it. Await or catch it in the test.",
        },
        {
            id: "js-test.no-tests",
            tool: null,
            category: "test_failure",
            severity: "medium",
            strategy: "llm",
            keywords: ["No test", "must contain at least one test"],
            match: /^\s*(?<message>No tests found, exiting with code 1|No test files found, exiting with code 1|Your test suite must contain at least one test\.)/,
            suggestion: "The test runner found no tests: check the test file pattern (testMatch / include) and the paths the workflow passes.",
        },
        {
            id: "vitest.summary",
            tool: "vitest",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            role: "summary",
            keywords: ["Tests  "],
            match: /^\s*Tests\s+\d+ failed\b/,
            suggestion: "Fix the failing tests.",
        },
        // ---- Jest
        {
            id: "jest.snapshot",
            tool: "jest",
            category: "test_failure",
            severity: "medium",
            strategy: "tests",
            keywords: ["Snapshot name: "],
            match: /^\s+Snapshot name: `(?<name>.+)`$/,
            group: "jest:snapshot",
            priority: 73,
            message: "Snapshot `$<name>` does not match",
            suggestion: "If the new output is intended, update the snapshot (`npx jest --ci=false -u`) and commit it; otherwise fix the code.",
        },
        {
            id: "jest.did-not-exit",
            tool: "jest",
            category: "timeout",
            severity: "high",
            strategy: "none",
            keywords: ["Jest did not exit"],
            match: /^Jest did not exit one second after the test run has completed\.?$/,
            suggestion: "A test leaves a handle open (server, timer, DB connection), so Jest never exits and the job times out. Close it in afterAll, or find it with `--detectOpenHandles`.",
        },
        {
            id: "jest.cannot-find-package",
            tool: "jest",
            category: "import_error",
            severity: "high",
            strategy: "dependencies",
            keywords: ["Cannot find module '"],
            match: /^\s+Cannot find module '(?<name>(?![./])[^']+)' from '(?<file>[^']+)'$/,
            message: "$<file>: cannot find package '$<name>'",
            suggestion: "Install '$<name>' (add it to package.json) or fix the require/import in $<file>.",
        },
        {
            id: "jest.cannot-find-module",
            tool: "jest",
            category: "import_error",
            severity: "high",
            strategy: "imports",
            keywords: ["Cannot find module '"],
            match: /^\s+Cannot find module '(?<name>[^']+)' from '(?<file>[^']+)'$/,
            message: "$<file>: cannot find module '$<name>'",
            suggestion: "Fix the path '$<name>' required from $<file> (a moved or renamed file?).",
        },
        {
            id: "jest.syntax",
            tool: "jest",
            category: "syntax_error",
            severity: "high",
            strategy: "llm",
            keywords: ["SyntaxError: "],
            match: /^\s+SyntaxError: (?<file>[^\s:]+): (?<message>.+?) \((?<line>\d+):(?<column>\d+)\)$/,
            suggestion: "Fix the syntax error at $<file>:$<line>; Jest (Babel) could not parse it.",
        },
        {
            id: "jest.test",
            tool: "jest",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["● "],
            match: /^\s+● (?<name>.+)$/,
            unless: /● Test suite failed to run$/,
            // The assertion under the name: "", "    expect(received).toBe(expected)", "".
            follow: /^(?:\s*| {4}\S.*)$/,
            maxFollow: 3,
            message: "$<name>",
            suggestion: "Fix the failing test '$<name>' (or the code it tests).",
        },
        {
            id: "jest.fail-file",
            tool: "jest",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["FAIL "],
            match: /^\s*FAIL\s+(?<file>[^\s>]+\.\w+)$/,
            group: "jest:test_failure",
            // The test names under it make the better message; the frames give the locations.
            role: "summary",
            suggestion: "Fix the failing tests in $<file>.",
        },
        {
            id: "jest.frame",
            tool: "jest",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            keywords: [".js:", ".ts:", ".jsx:", ".tsx:"],
            // Jest prints frames relative to rootDir; node and Mocha print absolute ones.
            match: new RegExp(String.raw `^\s+at (?:\S+ \()?${SRC}\)?$`),
            unless: /node_modules\/|\(<anonymous>\)/,
            // Jest also prints a frame (and a code frame) under every console.log/warn/error; a
            // failure's frame comes a few lines under its "●" title or expected/received lines.
            precede: 12,
            precedeMatch: /^\s+● |^\s+(?:Expected|Received)(?: [\w ]+)?: |^\s+[-+] (?:Expected|Received|Snapshot)\b|^\s+[-+] {2,}\S|^\s+thrown: /,
            requirePrecede: true,
            group: "jest:test_failure",
            suggestion: "Fix the failing test at $<file>:$<line>.",
        },
        {
            id: "jest.summary",
            tool: "jest",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            role: "summary",
            keywords: ["Tests:"],
            match: /^Tests:\s+\d+ failed\b/,
            suggestion: "Fix the failing tests.",
        },
        // ---- coverage thresholds: the tests pass but cover too little; still a test-suite failure.
        {
            id: "jest.coverage",
            tool: "jest",
            category: "test_failure",
            severity: "medium",
            strategy: "llm",
            keywords: ["coverage threshold for", "Coverage for "],
            // Jest 30: 'Coverage for lines (60%) does not meet "global" threshold (90%)'; before:
            // '"global" coverage threshold for lines (90%) not met: 60%'.
            match: /^Jest: (?<message>Coverage for \w+ \([\d.]+%\) does not meet .*threshold.*|"[^"]+" coverage threshold for \w+ \([\d.]+%\) not met: [\d.]+%)$/,
            suggestion: "Add tests for the uncovered code (the coverage table above shows which files), or lower the threshold deliberately.",
        },
        {
            id: "vitest.coverage",
            tool: "vitest",
            category: "test_failure",
            severity: "medium",
            strategy: "llm",
            keywords: ["does not meet"],
            match: /^ERROR: (?<message>Coverage for \w+ \([\d.]+%\) does not meet (?:global |"[^"]+" )?threshold \([\d.]+%\).*)$/,
            suggestion: "Add tests for the uncovered code (the coverage table above shows which files), or lower the threshold deliberately.",
        },
        // ---- Mocha
        {
            id: "mocha.timeout",
            tool: "mocha",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["Error: Timeout of "],
            match: /^\s*Error: (?<message>Timeout of \d+ms exceeded\..*?)(?: \((?<file>[^()]+)\))?$/,
            group: "mocha:test_failure",
            suggestion: "The test in $<file> never finished: call done() / resolve its promise, or raise its timeout with this.timeout().",
        },
        {
            id: "mocha.failing",
            tool: "mocha",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            keywords: [" failing"],
            match: /^\s+(?<count>\d+) failing$/,
            // The first failure's title and error follow: "", "  1) suite", "       test:", "", "      AssertionError ...".
            follow: /^(?:\s*|\s+\d+\) .+|\s+\S.*:|\s+(?!Error: Timeout of )\w*Error\b.*)$/,
            maxFollow: 5,
            message: "$<count> failing Mocha tests",
            suggestion: "Fix the failing tests listed under it.",
        },
        {
            id: "mocha.frame",
            tool: "mocha",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            keywords: [".js:", ".ts:", ".jsx:", ".tsx:"],
            // Any user frame of the failure ("at Context.<anonymous> (…)", or source-mapped
            // "at Object.<anonymous> (src/a.test.ts:137:10)").
            match: /^\s+at (?:async )?(?:\S+(?: \[as \w+\])? )?\((?<file>(?:file:\/\/)?[^()\s]+\.[cm]?[jt]sx?):(?<line>\d+):(?<column>\d+)\)$/,
            unless: /node_modules\/|\(node:|\(internal\/|\/_actions\//,
            // Tests that log errors on purpose print the same frames while passing; a failure's
            // frames come under its "1) title:" block or Mocha's "+ expected - actual" diff.
            precede: 12,
            precedeMatch: /^\s+\d+\) \S|^ {5,}\S.*:$|^\s+\+ expected - actual$|^\s+AssertionError\b/,
            requirePrecede: true,
            group: "mocha:test_failure",
            suggestion: "Fix the failing test at $<file>:$<line>.",
        },
        // ---- Playwright Test
        {
            id: "playwright.test",
            tool: "playwright",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            keywords: [" › "],
            // "  1) [chromium] › tests/a.spec.ts:8:1 › suite › name ──────"
            match: /^\s+\d+\) (?:\[[\w .-]+\] › )?(?<file>[^\s:]+):(?<line>\d+):(?<column>\d+) › (?<name>.+?)\s*─*$/,
            // The error under it: "", "    Error: expect(received).toBe(expected)" or "    Test timeout of 30000ms exceeded."
            follow: /^(?:\s*| {4}(?!Error: expect\(.*\)\.to(?:HaveScreenshot|MatchSnapshot|MatchAriaSnapshot)\b)\S.*)$/,
            maxFollow: 2,
            group: "playwright:test_failure",
            message: "$<file> › $<name>",
            suggestion: "Fix the failing test $<name> in $<file> (or the code it tests).",
        },
        {
            id: "playwright.snapshot",
            tool: "playwright",
            category: "test_failure",
            severity: "medium",
            strategy: "tests",
            keywords: ["toHaveScreenshot", "toMatchSnapshot", "toMatchAriaSnapshot"],
            match: /^\s+Error: expect\(.*\)\.(?<name>toHaveScreenshot|toMatchSnapshot|toMatchAriaSnapshot)\b/,
            group: "playwright:snapshot",
            priority: 73,
            message: "Playwright $<name> does not match the stored snapshot",
            suggestion: "If the new rendering is intended, update the snapshots (`npx playwright test --update-snapshots`) and commit them; otherwise fix the change.",
        },
        {
            id: "playwright.frame",
            tool: "playwright",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            keywords: [".spec.", ".test."],
            // Playwright prints the failing line as a frame with an absolute path ("at /…/tests/a.spec.ts:9:24").
            match: /^\s+at (?:.+ \()?(?<file>\/[^():]+\.(?:spec|test)\.[cm]?[jt]sx?):(?<line>\d+):(?<column>\d+)\)?$/,
            unless: /node_modules\/|Context\./,
            precede: 12,
            precedeMatch: new RegExp(`${CODE_FRAME_POINTER.source}|^\\s+\\d+\\) .* › `),
            requirePrecede: true,
            group: "playwright:test_failure",
            suggestion: "Fix the failing test at $<file>:$<line>.",
        },
        // ---- Karma (Jasmine/Mocha in browsers): "Chrome Headless 120.0 (Linux x86_64) suite spec FAILED"
        {
            id: "karma.failed",
            tool: "karma",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            keywords: [" FAILED"],
            match: /^(?:Headless)?(?:Chrome|Chromium|Firefox|Safari|Edge|PhantomJS|Electron)[\w .]*\([^)]*\) (?<name>.+) FAILED$/,
            follow: /^\s+\S.*$/,
            maxFollow: 2,
            suggestion: "Fix the failing browser test $<name>.",
        },
        // ---- node:test and plain assert
        {
            id: "node-test.fail",
            tool: "node",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["✖ ", "not ok "],
            // node --test's spec reporter ("✖ name (1.2ms)") and TAP from node --test, tape, node-tap.
            match: /^\s*(?:✖ (?<name>.+?) \([\d.]+m?s\)|not ok \d+ (?:- )?(?<name2>.+))$/,
            unless: /✖ failing tests:|# Subtest|# (?:TODO|SKIP)\b/i,
            group: "node:test_failure",
            message: (g, line) => (g.name ?? g.name2 ?? line).trim(),
            suggestion: "Fix the failing node:test test (or the code it tests).",
        },
        {
            id: "node-test.location",
            tool: "node",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["test at "],
            match: /^\s*test at (?<file>\S+?):(?<line>\d+):(?<column>\d+)$/,
            group: "node:test_failure",
            suggestion: "Fix the failing test at $<file>:$<line>.",
        },
        {
            id: "tap.location",
            tool: "node",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["at: "],
            // TAP's YAML block under "not ok": "    at: Test.<anonymous> (/…/test/a.js:57:7)".
            match: /^\s+at: (?:.+? \()?(?<file>[^()\s]+):(?<line>\d+):(?<column>\d+)\)?$/,
            unless: /node_modules\//,
            group: "node:test_failure",
            suggestion: "Fix the failing test at $<file>:$<line>.",
        },
        {
            id: "node-test.frame",
            tool: "node",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["at TestContext."],
            match: /^\s+at TestContext\.\S+ \((?<file>[^()]+):(?<line>\d+):(?<column>\d+)\)$/,
            group: "node:test_failure",
            suggestion: "Fix the failing test at $<file>:$<line>.",
        },
        {
            id: "assert.error",
            tool: null,
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["AssertionError"],
            // Indented: Mocha and node:test print the error inside the failure's block.
            match: /^ {2,}(?<name>AssertionError)(?: \[ERR_ASSERTION\])?: (?<message>.+)$/,
            group: "assert:test_failure",
            suggestion: "An assertion failed: compare expected and actual above and fix the test or the code.",
        },
    ],
};
//# sourceMappingURL=js-test.js.map
;// CONCATENATED MODULE: ./lib/analysis/rules/node.js
/**
 * Node.js processes dying (scripts, servers, CLIs built on node) and the bundlers that run in
 * `npm run build` (Vite with Rollup or Rolldown, webpack, esbuild).
 *
 * Node prints a crash as a `file:line` header, the source line, a caret, then `Name: message` and
 * the stack. The header gives the location (taken through `precede`); the stack's first frames
 * go into the excerpt. Python also prints `TypeError:`/`SyntaxError:` at column 0, so those two
 * names are only claimed with messages V8 writes (Python's never start with a capital
 * "Unexpected", "Cannot read properties", ...).
 *
 * Module resolution failures are `import_error`; a bare package name that does not resolve is
 * fixed by installing it (strategy `dependencies`), a relative path by fixing the import.
 */
// node's crash header: the script and line, alone on a line (`file:///…/src/a.js:4`, `/…/a.js:4`).
// Node's own modules head the crash when they threw (`node:fs:440`); they name no user file.
const CRASH_HEADER = /^(?:node:[\w/]+:\d+|(?:file:\/\/)?\/\S*node_modules\/\S+:\d+|(?:file:\/\/)?(?<file>\/\S+?\.[cm]?[jt]sx?):(?<line>\d+))$/;
// First stack frames in user code (absolute, not node internals, not node_modules).
const USER_FRAME = /^\s+at (?:.+? \()?(?:file:\/\/)?(?<file>\/(?![^():]*node_modules\/)[^():]+):(?<line>\d+):(?<column>\d+)\)?$/;
const STACK = /^\s+at \S/;
// webpack names the failing module above its error: "ERROR in ./src/index.js 1:0-41".
// Next.js prints the importing file alone instead: "./src/app/page.tsx:3:1".
const WEBPACK_HEADER = /^(?=ERROR in |\.\/\S+:\d+:\d+$)(?:ERROR in )?(?<file>\S+?)(?:[ :](?<line>\d+):(?<column>\d+)(?:-\d+(?::\d+)?)?)?$/;
const V8_TYPE_ERROR = String.raw `(?:Cannot (?:read|set) propert|Cannot destructure|Cannot convert|Cannot access|\S+ is not (?:a function|iterable|a constructor|defined)|Assignment to constant|Converting circular|Class constructor|Reduce of empty|Cannot mix BigInt|Do not know how to serialize)`;
const V8_SYNTAX = String.raw `(?:Unexpected (?:token|identifier|end of input|string|number|strict mode reserved word|reserved word|template string)|Invalid or unexpected token|missing \) after argument list|Identifier '[^']+' has already been declared|await is only valid|Cannot use import statement outside a module|Invalid regular expression|Unterminated |Illegal (?:return|break|continue)|Invalid destructuring|Invalid left-hand side|Unexpected eval or arguments|Octal literals are not allowed|Duplicate export)`;
const nodeRules = {
    ecosystem: "node",
    rules: [
        // ---- module resolution
        {
            id: "node.missing-export",
            tool: "node",
            category: "import_error",
            severity: "high",
            strategy: "imports",
            keywords: ["does not provide an export named"],
            match: /^SyntaxError: (?<message>The requested module '(?<name>[^']+)' does not provide an export named '[^']+')$/,
            precede: 4,
            precedeMatch: CRASH_HEADER,
            suggestion: "Fix the import in $<file>: '$<name>' has no such export (renamed, or a default export?).",
        },
        {
            id: "node.missing-package",
            tool: "node",
            category: "import_error",
            severity: "high",
            strategy: "dependencies",
            keywords: ["Cannot find package '", "Cannot find module '"],
            match: /^(?:Error(?: \[ERR_MODULE_NOT_FOUND\])?: )?(?<message>Cannot find (?:package|module) '(?<name>(?![./]|[A-Za-z]:\\)[^']+)'(?: imported from (?<file>\S+))?)$/,
            // CommonJS names the requiring file under "Require stack:".
            follow: /^(?:Require stack:|- \S+)$/,
            maxFollow: 2,
            followLocation: /^- (?<file>\S+)$/,
            suggestion: "Install the package '$<name>' (add it to package.json) or fix the import in $<file>.",
        },
        {
            id: "node.module-not-found",
            tool: "node",
            category: "import_error",
            severity: "high",
            strategy: "imports",
            keywords: ["Cannot find module '"],
            match: /^(?:Error(?: \[ERR_MODULE_NOT_FOUND\])?: )?(?<message>Cannot find module '(?<name>[^']+)'(?: imported from (?<file>\S+))?)$/,
            follow: /^(?:Require stack:|- \S+)$/,
            maxFollow: 2,
            followLocation: /^- (?<file>\S+)$/,
            suggestion: "Fix the import of '$<name>' in $<file> (a moved or renamed file, or a missing extension?).",
        },
        {
            id: "node.module-system",
            tool: "node",
            category: "import_error",
            severity: "high",
            strategy: "llm",
            keywords: ["Error [ERR_"],
            match: /^(?:\w*Error) \[(?<code>ERR_REQUIRE_ESM|ERR_REQUIRE_ASYNC_MODULE|ERR_UNKNOWN_FILE_EXTENSION|ERR_PACKAGE_PATH_NOT_EXPORTED|ERR_UNSUPPORTED_DIR_IMPORT|ERR_IMPORT_ATTRIBUTE_MISSING|ERR_UNSUPPORTED_ESM_URL_SCHEME)\]: (?<message>.+)$/,
            precede: 4,
            precedeMatch: CRASH_HEADER,
            suggestion: "ESM/CommonJS mismatch: check package.json `type`, file extensions and the package's `exports`.",
        },
        {
            id: "vite.unresolved-import",
            tool: "vite",
            category: "import_error",
            severity: "high",
            strategy: "imports",
            keywords: ["failed to resolve import", "Failed to resolve import"],
            match: /(?:^|\s)(?<message>(?:Rollup )?[Ff]ailed to resolve import "(?<name>[^"]+)" from "(?<file>[^"]+)".*)$/,
            suggestion: "Fix the import of '$<name>' in $<file> (wrong path, or a package that is not installed).",
        },
        {
            id: "rolldown.unresolved-import",
            tool: "vite",
            category: "import_error",
            severity: "high",
            strategy: "imports",
            keywords: ["[UNRESOLVED_IMPORT]"],
            match: /^\[UNRESOLVED_IMPORT\] (?<message>Could not resolve '(?<name>[^']+)' in (?<file>\S+?)\.?)$/,
            // Rolldown's code frame opens with "╭─[ src/main.js:1:23 ]".
            follow: /^\s*╭─\[/,
            maxFollow: 1,
            followLocation: /╭─\[ (?<file>[^\s:]+):(?<line>\d+):(?<column>\d+) \]/,
            suggestion: "Fix the import of '$<name>' in $<file> (wrong path or case, or a package that is not installed).",
        },
        {
            id: "esbuild.unresolved",
            tool: "esbuild",
            category: "import_error",
            severity: "high",
            strategy: "imports",
            keywords: ["[ERROR] Could not resolve"],
            match: /^\s*[✘×X] \[ERROR\] (?<message>Could not resolve "(?<name>[^"]+)")/,
            follow: /^\s*$|^\s+\S+:\d+:\d+:$/,
            maxFollow: 2,
            followLocation: /^\s+(?<file>[^\s:]+):(?<line>\d+):(?<column>\d+):$/,
            suggestion: "Fix the import of '$<name>' (wrong path, or a package that is not installed).",
        },
        {
            id: "webpack.package-not-found",
            tool: "webpack",
            category: "import_error",
            severity: "high",
            strategy: "dependencies",
            keywords: ["Module not found: "],
            // Next.js drops webpack's "Error: " and the "in '<dir>'" part; "@/x" and "~/x" are path aliases.
            match: /^Module not found: (?:Error: )?(?<message>Can't resolve '(?<name>(?![./]|@\/|~\/)[^']+)'(?: in '[^']+')?)$/,
            // The module that imports it is in the "ERROR in ./src/a.js 1:0-41" header just above.
            precede: 2,
            precedeMatch: WEBPACK_HEADER,
            suggestion: "Install the package '$<name>' (add it to package.json) or fix the import.",
        },
        {
            id: "webpack.module-not-found",
            tool: "webpack",
            category: "import_error",
            severity: "high",
            strategy: "imports",
            keywords: ["Module not found: "],
            match: /^Module not found: (?:Error: )?(?<message>Can't resolve '(?<name>[^']+)'(?: in '[^']+')?)$/,
            precede: 2,
            precedeMatch: WEBPACK_HEADER,
            // "Did you mean './components/App.js'?" when only the case differs.
            follow: /^Did you mean .+\?$/,
            maxFollow: 1,
            suggestion: "Fix the import of '$<name>' (a wrong path, or a case that only matches on macOS/Windows).",
        },
        // ---- syntax
        {
            id: "webpack.parse",
            tool: "webpack",
            category: "syntax_error",
            severity: "high",
            strategy: "llm",
            keywords: ["Module parse failed: "],
            match: /^Module parse failed: (?<message>.+?)(?: \((?<line>\d+):(?<column>\d+)\))?$/,
            precede: 2,
            precedeMatch: WEBPACK_HEADER,
            suggestion: "Fix the syntax error at $<file>:$<line>, or configure a loader if the file is not plain JavaScript.",
        },
        {
            id: "rolldown.parse",
            tool: "vite",
            category: "syntax_error",
            severity: "high",
            strategy: "llm",
            keywords: ["[PARSE_ERROR]"],
            match: /^\[PARSE_ERROR\] (?<message>.+)$/,
            follow: /^\s*╭─\[/,
            maxFollow: 1,
            followLocation: /╭─\[ (?<file>[^\s:]+):(?<line>\d+):(?<column>\d+) \]/,
            suggestion: "Fix the syntax error at $<file>:$<line>.",
        },
        {
            id: "esbuild.syntax",
            tool: "esbuild",
            category: "syntax_error",
            severity: "high",
            strategy: "llm",
            keywords: ["[ERROR] Expected", "[ERROR] Unexpected", "ERROR: Expected", "ERROR: Unexpected"],
            match: /^\s*(?:[✘×X] \[ERROR\] |(?<file>[^\s:]+):(?<line>\d+):(?<column>\d+): ERROR: )(?<message>(?:Expected|Unexpected) .+)$/,
            follow: /^\s*$|^\s+\S+:\d+:\d+:$/,
            maxFollow: 2,
            followLocation: /^\s+(?<file>[^\s:]+):(?<line>\d+):(?<column>\d+):$/,
            suggestion: "Fix the syntax error at $<file>:$<line>.",
        },
        {
            id: "node.syntax",
            tool: "node",
            category: "syntax_error",
            severity: "high",
            strategy: "llm",
            keywords: ["SyntaxError: "],
            match: new RegExp(String.raw `^(?:Uncaught )?SyntaxError: (?<message>${V8_SYNTAX}.*)$`),
            precede: 4,
            precedeMatch: CRASH_HEADER,
            suggestion: "Fix the syntax error at $<file>:$<line>.",
        },
        {
            id: "esbuild.error",
            tool: "esbuild",
            category: "build_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["[ERROR] "],
            match: /^\s*[✘×X] \[ERROR\] (?<message>.+)$/,
            follow: /^\s*$|^\s+\S+:\d+:\d+:$/,
            maxFollow: 2,
            followLocation: /^\s+(?<file>[^\s:]+):(?<line>\d+):(?<column>\d+):$/,
            suggestion: "Fix the esbuild error at $<file>:$<line>.",
        },
        {
            id: "size-limit.exceeded",
            tool: "size-limit",
            category: "build_failure",
            severity: "medium",
            strategy: "llm",
            keywords: ["size limit has exceeded", "Size limit has exceeded"],
            match: /^\s*(?<message>(?:Package|Total|\S+)? ?[Ss]ize limit has exceeded by .+)$/,
            follow: /^\s+(?:Size limit|Package size|Size|Loading time|Running time|With all dependencies).*/,
            maxFollow: 4,
            suggestion: "The bundle grew past its size budget: find what added weight, or raise the limit in the size-limit config deliberately.",
        },
        {
            id: "gulp.task",
            tool: "gulp",
            category: "build_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["Task never defined", "errored after", "Error in plugin"],
            match: /^(?:\[\d\d:\d\d:\d\d\] )?(?<message>Task never defined: .+|'[^']+' errored after .+|Error in plugin ["']?[\w@/.-]+["']?.*)$/,
            suggestion: "A gulp task failed; the lines around it name the task and the plugin's error.",
        },
        // ---- build setup
        {
            id: "vite.config",
            tool: "vite",
            category: "build_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["failed to load config from"],
            match: /^(?<message>failed to load config from (?<file>\S+))$/,
            suggestion: "Fix the Vite config: it throws while loading (the error is printed under this line).",
        },
        {
            id: "rolldown.error",
            tool: "vite",
            category: "build_failure",
            severity: "high",
            strategy: "llm",
            keywords: [
                "[UNRESOLVED_ENTRY]",
                "[MISSING_EXPORT]",
                "[PLUGIN_ERROR]",
                "[CIRCULAR_DEPENDENCY]",
                "_ERROR] ",
            ],
            match: /^\[(?<code>[A-Z][A-Z_]+)\] (?<message>.+)$/,
            unless: /^\[(?:UNRESOLVED_IMPORT|PARSE_ERROR)\]/,
            follow: /^\s*╭─\[/,
            maxFollow: 1,
            followLocation: /╭─\[ (?<file>[^\s:]+):(?<line>\d+):(?<column>\d+) \]/,
            suggestion: "Fix the build error above ($<code>): check the bundler configuration and entry points.",
        },
        // ---- runtime
        {
            id: "node.heap-oom",
            tool: "node",
            category: "runtime_error",
            severity: "high",
            strategy: "llm",
            keywords: ["JavaScript heap out of memory"],
            match: /^FATAL ERROR: (?<message>.*JavaScript heap out of memory)$/,
            suggestion: "The process ran out of heap: look for unbounded growth, or raise the limit with NODE_OPTIONS=--max-old-space-size=4096.",
        },
        {
            id: "node.crash",
            tool: "node",
            category: "runtime_error",
            severity: "high",
            strategy: "llm",
            keywords: ["Error: ", "Error [", "UnhandledPromiseRejection"],
            match: new RegExp(String.raw `^(?:Uncaught )?(?:(?<name>ReferenceError|RangeError|URIError|EvalError|AggregateError|UnhandledPromiseRejection)(?: \[(?<code>[A-Z0-9_]+)\])?: (?<message>.+)|(?<name2>TypeError)(?: \[(?<code2>[A-Z0-9_]+)\])?: (?<message2>${V8_TYPE_ERROR}.*)|(?<name3>\w*Error) \[(?<code3>ERR_[A-Z0-9_]+)\]: (?<message3>.+)|Error: (?<message4>E[A-Z]{2,}: .+))$`),
            precede: 4,
            precedeMatch: CRASH_HEADER,
            follow: STACK,
            maxFollow: 3,
            followLocation: USER_FRAME,
            message: (g, line) => line.trim().replace(/^Uncaught /, "") || (g.message ?? ""),
            suggestion: "The process crashed; the stack points at the code that threw.",
        },
        {
            id: "node.crash-error",
            tool: "node",
            category: "runtime_error",
            severity: "high",
            strategy: "llm",
            keywords: ["Error: "],
            // A plain `Error: ...` is every CLI's wording; it is node's crash only under node's header.
            match: /^(?:Uncaught )?(?:\w*Error): (?<message>.+)$/,
            // execa/child_process wrappers: the child's own output above is the failure.
            unless: /\b(?:Command failed|failed) with exit code \d+/,
            precede: 4,
            precedeMatch: CRASH_HEADER,
            requirePrecede: true,
            follow: STACK,
            maxFollow: 3,
            followLocation: USER_FRAME,
            message: (g, line) => line.trim().replace(/^Uncaught /, "") || (g.message ?? ""),
            suggestion: "The process crashed; the stack points at the code that threw.",
        },
    ],
};
//# sourceMappingURL=node.js.map
;// CONCATENATED MODULE: ./lib/analysis/rules/npm.js
/**
 * npm (v7+: `npm error`, older: `npm ERR!`) install/ci failures and `npm audit` reports.
 *
 * npm states a failure as `npm error code E...` followed by detail lines; the code picks the
 * category: resolution and registry answers are `dependency_error`, an unreachable registry is
 * `infrastructure_error` (nothing in the repository to fix), a broken package.json is a
 * `syntax_error`. ELIFECYCLE and friends only repeat that a script failed and are left alone, so
 * the script's own output (tsc, jest, ...) explains the failure.
 */
const NPM = String.raw `^npm (?:error|ERR!) `;
const npmRules = {
    ecosystem: "npm",
    rules: [
        {
            id: "npm.lockfile-out-of-sync",
            tool: "npm",
            category: "dependency_error",
            severity: "high",
            strategy: "dependencies",
            keywords: ["can only install packages when your package.json and"],
            match: new RegExp(NPM +
                String.raw `(?<message>\`npm ci\` can only install packages when your package\.json and (?<file>package-lock\.json|npm-shrinkwrap\.json).*)$`),
            // "npm error", "npm error Missing: is-number@7.0.0 from lock file", "Invalid: lock file's ..."
            follow: /^npm (?:error|ERR!)(?: (?:Missing|Invalid): .+)?$/,
            maxFollow: 6,
            message: "package-lock.json is out of sync with package.json",
            suggestion: "Run `npm install` locally and commit the updated package-lock.json.",
        },
        {
            id: "npm.no-lockfile",
            tool: "npm",
            category: "dependency_error",
            severity: "high",
            strategy: "dependencies",
            keywords: ["can only install with an existing package-lock.json"],
            match: /^npm (?:error|ERR!) (?<message>The `npm ci` command can only install with an existing package-lock\.json.*)$/,
            message: "`npm ci` needs a package-lock.json and the repository has none",
            suggestion: "Run `npm install` and commit package-lock.json (or use `npm install` in the workflow).",
        },
        // The `npm error code E...` line names the failure but is also how npm reports a failed
        // script, so the engine treats it as a wrapper; the detail lines under it carry the cause.
        {
            id: "npm.ejsonparse",
            tool: "npm",
            category: "syntax_error",
            severity: "high",
            strategy: "llm",
            keywords: ["JSON.parse Invalid", "code EJSONPARSE"],
            match: new RegExp(NPM +
                String.raw `(?:code (?<code>EJSONPARSE)|JSON\.parse (?<message>Invalid (?<file>\S*package\.json): .+))$`),
            group: "npm:syntax_error",
            message: "package.json is not valid JSON",
            suggestion: "Fix the JSON syntax in package.json (a trailing comma or a missing quote).",
        },
        {
            id: "npm.network",
            tool: "npm",
            category: "infrastructure_error",
            severity: "high",
            strategy: "none",
            keywords: [
                "code E",
                "code UNABLE_TO",
                "code SELF_SIGNED",
                "code CERT_",
                "code ERR_SOCKET",
                "request to ",
                " Service Unavailable",
                " Bad Gateway",
                " Gateway Timeout",
                " Internal Server Error",
            ],
            match: new RegExp(NPM +
                String.raw `(?:code (?<code>ECONNREFUSED|ENOTFOUND|ETIMEDOUT|ECONNRESET|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|EPROTO|ERR_SOCKET_TIMEOUT|UNABLE_TO_GET_ISSUER_CERT_LOCALLY|SELF_SIGNED_CERT_IN_CHAIN|CERT_HAS_EXPIRED|E500|E502|E503|E504)|(?:network )?(?:FetchError: )?(?<message>request to \S+ failed, reason: .+|5\d\d [\w ]+ - (?:GET|PUT|POST) .+))$`),
            group: "npm:infrastructure_error",
            message: (g, line) => (g.message ? `npm could not reach the registry: ${g.message}` : line.trim()),
            suggestion: "The package registry was unreachable: re-run the job, and check the registry URL and proxy settings.",
        },
        {
            id: "npm.resolve",
            tool: "npm",
            category: "dependency_error",
            severity: "high",
            strategy: "dependencies",
            keywords: [
                "ERESOLVE ",
                "404 Not Found",
                "notarget ",
                "Unsupported engine",
                "integrity checksum failed",
                "is not in this registry",
                "No matching version",
            ],
            match: new RegExp(NPM +
                String.raw `(?<message>ERESOLVE (?:unable to resolve dependency tree|could not resolve).*|404 Not Found - (?:GET|PUT) .+|404 +'[^']+' is not in this registry.*|notarget No matching version found for .+|(?:engine|notsup) Unsupported engine.*|notsup Unsupported platform.*|.*integrity checksum failed.*|No matching version found for .+)$`),
            group: "npm:dependency_error",
            // What could not be resolved: "Could not resolve dependency:", "peer react@^17 from x@2.4.0".
            follow: /^npm (?:error|ERR!)(?: (?:While resolving|Found|Could not resolve|Conflicting|peer|node_modules| {2}).*)?$/,
            maxFollow: 12,
            suggestion: "Fix the dependency declaration in package.json (a version or peer range that cannot be satisfied, or a package name that does not exist), then update the lockfile.",
        },
        {
            id: "npm.code",
            tool: "npm",
            category: "dependency_error",
            severity: "high",
            strategy: "dependencies",
            keywords: ["code E"],
            match: new RegExp(NPM + "code (?<code>E[A-Z0-9]+)$"),
            // Usage and script-exit codes are not dependency problems; their own lines say more.
            unless: /code (?:EUSAGE|ELIFECYCLE|EJSONPARSE|ENOENT|ENOSPC|EACCES|EPERM)$/,
            group: "npm:dependency_error",
            message: "npm install failed ($<code>)",
            suggestion: "Fix the dependency declaration in package.json (a version or peer range that cannot be satisfied, or a package name that does not exist), then update the lockfile. E401/E403: check the registry token and scope settings.",
        },
        {
            id: "npm.missing-script",
            tool: "npm",
            category: "build_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["Missing script: "],
            match: /^npm (?:error|ERR!) (?<message>Missing script: "(?<name>[^"]+)")$/,
            suggestion: 'package.json has no "$<name>" script: add it, or call the script the workflow meant.',
        },
        // ---- pnpm: "Error: ERR_PNPM_X" then miette's "× ..." lines (pnpm 11+), or one line
        // " ERR_PNPM_X  message" (pnpm 7-10).
        {
            id: "pnpm.network",
            tool: "pnpm",
            category: "infrastructure_error",
            severity: "high",
            strategy: "none",
            keywords: ["ERR_PNPM_"],
            match: /^\s*(?:Error: )?(?<code>ERR_PNPM_(?:META_FETCH_FAIL|AUDIT_BAD_RESPONSE|FETCH_5\d\d|TARBALL_FETCH|\w*NETWORK\w*|\w*ECONN\w*|\w*ETIMEDOUT\w*))\b\s*(?<message>.*)$/,
            follow: /^\s*(?:[×│├╰].*)?$/,
            maxFollow: 6,
            suggestion: "The package registry was unreachable or failed: re-run the job, and check the registry settings.",
        },
        {
            id: "pnpm.no-script",
            tool: "pnpm",
            category: "build_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["ERR_PNPM_NO_SCRIPT", "ERR_PNPM_RECURSIVE_RUN_NO_SCRIPT"],
            match: /^\s*(?:Error: )?(?<code>ERR_PNPM_(?:RECURSIVE_RUN_)?NO_SCRIPT)\b\s*(?<message>.*)$/,
            follow: /^\s*(?:[×│├╰].*|help: .*)?$/,
            maxFollow: 3,
            suggestion: "package.json has no such script: add it, or call the script the workflow meant.",
        },
        {
            id: "pnpm.install",
            tool: "pnpm",
            category: "dependency_error",
            severity: "high",
            strategy: "dependencies",
            keywords: ["ERR_PNPM_"],
            match: /^\s*(?:Error: )?(?<code>ERR_PNPM_[A-Z0-9_]+)\b\s*(?<message>(?:.*?(?<file>pnpm-lock\.yaml))?.*)$/,
            // miette's box-drawn cause chain ("× installing dependencies", "╰─▶ Cannot install ...").
            follow: /^(?:\s*|\s+\S.*)$/,
            maxFollow: 6,
            followLocation: /(?<file>pnpm-lock\.yaml)/,
            suggestion: "Fix the dependency declaration in package.json (a version that does not exist, a missing package or conflicting peers), then run `pnpm install` and commit pnpm-lock.yaml.",
        },
        {
            id: "pnpm.audit",
            tool: "pnpm",
            category: "security_vulnerability",
            severity: "high",
            strategy: "dependencies",
            keywords: ["│ critical", "│ high", "│ moderate"],
            match: /^│ (?<name>critical|high|moderate) +│ (?<message>.+?) +│$/,
            message: "pnpm audit: $<message> ($<name>)",
            suggestion: "Run `pnpm audit --fix` (or upgrade the package) and commit pnpm-lock.yaml.",
        },
        // ---- yarn classic: "error <message>"
        {
            id: "yarn.lockfile",
            tool: "yarn",
            category: "dependency_error",
            severity: "high",
            strategy: "dependencies",
            keywords: ["lockfile needs to be updated"],
            match: /^error (?<message>Your lockfile needs to be updated, but yarn was run with `--frozen-lockfile`\.?)$/,
            suggestion: "Run `yarn install` locally and commit the updated yarn.lock.",
        },
        {
            id: "yarn.network",
            tool: "yarn",
            category: "infrastructure_error",
            severity: "high",
            strategy: "none",
            keywords: ["error "],
            match: /^error (?<message>.*\b(?:ENOTFOUND|ETIMEDOUT|ESOCKETTIMEDOUT|ECONNRESET|ECONNREFUSED|EAI_AGAIN|socket hang up|502 Bad Gateway|503 Service Unavailable)\b.*)$/,
            suggestion: "The package registry was unreachable: re-run the job, and check the registry settings.",
        },
        {
            id: "yarn.resolve",
            tool: "yarn",
            category: "dependency_error",
            severity: "high",
            strategy: "dependencies",
            keywords: ["error "],
            match: /^error (?<message>(?:Error: |An unexpected error occurred: ")?\S+: Not found.*|Couldn't find any versions for .+|Couldn't find package .+|\S+: The engine "\w+" is incompatible with this module\..*|Received malformed response from registry.*|Incorrect integrity when fetching.*)$/,
            suggestion: "Fix the dependency declaration in package.json (a package or version that does not exist, or an engine mismatch), then update yarn.lock.",
        },
        {
            id: "yarn.missing-script",
            tool: "yarn",
            category: "build_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["not found."],
            match: /^error (?<message>Command "(?<name>[^"]+)" not found\.?)$/,
            suggestion: 'package.json has no "$<name>" script: add it, or call the script the workflow meant.',
        },
        // ---- Yarn 2+ (berry): "➤ YN0082: │ lodash@npm:^5.0.0: No candidates found". YN0000 is
        // progress, and the peer-dependency codes (YN0002, YN0060, YN0086) are warnings.
        {
            id: "yarn-berry.network",
            tool: "yarn",
            category: "infrastructure_error",
            severity: "high",
            strategy: "none",
            keywords: ["YN0"],
            match: /^(?:➤ )?YN(?<code>\d{4}): (?:[│┌└·] ?)?(?<message>.*\b(?:ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|socket hang up|Service Unavailable|Bad Gateway|Gateway Timeout)\b.*)$/,
            suggestion: "The package registry was unreachable: re-run the job, and check the registry settings.",
        },
        {
            id: "yarn-berry.lockfile",
            tool: "yarn",
            category: "dependency_error",
            severity: "high",
            strategy: "dependencies",
            keywords: ["YN0028"],
            match: /^(?:➤ )?YN0028: (?:[│┌└·] ?)?(?<message>The lockfile would have been modified.*)$/,
            message: "yarn.lock is out of date with package.json (install is immutable on CI)",
            suggestion: "Run `yarn install` locally and commit the updated yarn.lock.",
        },
        {
            id: "yarn-berry.build",
            tool: "yarn",
            category: "build_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["YN0009"],
            match: /^(?:➤ )?YN0009: (?:[│┌└·] ?)?(?<message>.+ couldn't be built successfully.*)$/,
            suggestion: "A dependency's install script failed; the log file it names has the build output.",
        },
        {
            id: "yarn-berry.resolve",
            tool: "yarn",
            category: "dependency_error",
            severity: "high",
            strategy: "dependencies",
            keywords: ["YN0082", "YN0035", "YN0018", "YN0001", "YN0016", "YN0078"],
            match: /^(?:➤ )?YN(?<code>0082|0035|0018|0001|0016|0078): (?:[│┌└·] ?)?(?<message>.+)$/,
            suggestion: "Fix the dependency declaration in package.json (a version that does not exist, a missing package or a checksum mismatch), then run `yarn install` and commit yarn.lock.",
        },
        // ---- npm audit. Its closing "N vulnerabilities (...)" line is not matched: `npm install`
        // prints the same line on every install, failing or not.
        {
            id: "npm.audit",
            tool: "npm",
            category: "security_vulnerability",
            severity: "high",
            strategy: "dependencies",
            keywords: ["Severity: "],
            match: /^Severity: (?<name>critical|high|moderate|low)$/,
            // The package and version are on the line above ("lodash  4.17.20").
            precede: 1,
            precedeMatch: /^(?:@[\w.-]+\/)?[\w.-]+ {2}\S.*$/,
            // The advisories: "Command Injection in lodash - https://github.com/advisories/GHSA-...".
            follow: /^.+ - https:\/\/github\.com\/advisories\/GHSA-/,
            maxFollow: 6,
            message: "npm audit: $<name> severity vulnerability",
            suggestion: "Run `npm audit fix` (or upgrade the package named above) and commit the updated lockfile.",
        },
        {
            id: "npm.audit-json",
            tool: "npm",
            category: "security_vulnerability",
            severity: "high",
            strategy: "dependencies",
            keywords: ["https://github.com/advisories/GHSA-"],
            match: /^\s*"url": "https:\/\/github\.com\/advisories\/(?<code>GHSA-[\w-]+)",?$/,
            group: "npm:security_vulnerability",
            // The advisory's title is the line above its URL in `npm audit --json`.
            precede: 1,
            precedeMatch: /^\s*"title": /,
            message: "npm audit: advisory $<code>",
            suggestion: "Run `npm audit fix` (or upgrade the affected package) and commit the updated lockfile.",
        },
        {
            id: "npm.audit-json-severity",
            tool: "npm",
            category: "security_vulnerability",
            severity: "high",
            strategy: "dependencies",
            role: "summary",
            keywords: ['"severity": '],
            match: /^\s*"severity": "(?:critical|high|moderate)",?$/,
            group: "npm:security_vulnerability",
            suggestion: "Run `npm audit fix` and commit the updated lockfile.",
        },
    ],
};
//# sourceMappingURL=npm.js.map
;// CONCATENATED MODULE: ./lib/analysis/rules/python-tools.js
/**
 * Python tooling around the code: linters (flake8, ruff, pylint), formatters (black, isort,
 * ruff format), pre-commit, coverage gates, docs builds, type checkers (mypy, pyright) and
 * installers (pip, conda, poetry, uv). The interpreter and test runners live in python.ts.
 */
// A CI workspace root in front of a path: left out of the `file` group so that messages and
// suggestions name the file as the repository does (locations are relativised by the engine anyway).
const WS = String.raw `(?:(?:\/home\/runner\/work|\/Users\/runner\/work|\/__w|\/home\/travis\/build|\/builds)\/[^/\s"']+\/[^/\s"']+\/|\/github\/workspace\/|\.\/)?`;
// Linters: `file.py:line:col: CODE message` (flake8, pycodestyle, pyflakes, ruff concise, pylint).
const LINT_LOC = String.raw `^${WS}(?<file>[^\s:]+\.(?:py|pyi|ipynb)):(?<line>\d+):(?<column>\d+): `;
// Whitespace, blank-line, indentation and line-length codes a formatter fixes by itself.
const STYLE_CODES = String.raw `E1\d\d|E2\d\d|E3\d\d|E501|W[1-6]\d\d|I001|I002|F401|C0301|C0303|C0304|C0305`;
const lintRules = [
    // ruff ≥ 0.5 names its own diagnostics: `invalid-syntax: ...` and `unformatted: ...`, either
    // after `file:line:col: ` (concise) or followed by ` --> file:line:col` (full).
    {
        id: "ruff.syntax",
        tool: "ruff",
        category: "syntax_error",
        severity: "high",
        strategy: "llm",
        keywords: ["invalid-syntax: "],
        match: /^(?:(?<file>[^\s:]+\.(?:py|pyi|ipynb)):(?<line>\d+):(?<column>\d+): )?invalid-syntax: (?<message>.+)$/,
        follow: /^\s*--> /,
        maxFollow: 1,
        followLocation: /^\s*--> (?<file>[^\s:]+):(?<line>\d+):(?<column>\d+)/,
        suggestion: "Fix the syntax error ruff reports: $<message>",
    },
    {
        id: "ruff.unformatted",
        tool: "ruff",
        category: "format_error",
        severity: "low",
        strategy: "format",
        group: "python:format",
        keywords: ["unformatted: File would be reformatted"],
        match: /^(?:(?<file>[^\s:]+\.(?:py|pyi|ipynb)):(?<line>\d+):(?<column>\d+): )?unformatted: File would be reformatted$/,
        follow: /^\s*--> /,
        maxFollow: 1,
        followLocation: /^\s*--> (?<file>[^\s:]+):(?<line>\d+):(?<column>\d+)/,
        message: "File is not formatted (ruff format)",
        suggestion: "Run `ruff format` and commit the result.",
    },
    {
        id: "flake8.syntax",
        tool: "flake8",
        category: "syntax_error",
        severity: "high",
        strategy: "llm",
        keywords: [" E999 ", "E902"],
        match: new RegExp(LINT_LOC + String.raw `(?<code>E999|E902) (?<message>.+)$`),
        suggestion: "Fix the syntax error at $<file>:$<line>; nothing else can be checked until it parses.",
    },
    {
        id: "flake8.style",
        tool: "flake8",
        category: "lint_error",
        severity: "medium",
        strategy: "format",
        group: "python:lint",
        keywords: [".py:", ".pyi:", ".ipynb:"],
        match: new RegExp(LINT_LOC + String.raw `(?<code>${STYLE_CODES})(?: \[\*\])? (?<message>.+)$`),
        suggestion: "Run the formatter/fixer (`ruff check --fix` or `black` + `autoflake`) on $<file>, or fix $<code> at line $<line>.",
    },
    {
        id: "flake8.error",
        tool: "flake8",
        category: "lint_error",
        severity: "medium",
        strategy: "llm",
        group: "python:lint",
        keywords: [".py:", ".pyi:", ".ipynb:"],
        match: new RegExp(LINT_LOC + String.raw `(?<code>[A-Z]{1,4}\d{2,4})(?: \[\*\])?:? (?<message>.+)$`),
        suggestion: "Fix $<code> at $<file>:$<line>: $<message>",
    },
    // ruff's default ("full") output: `F401 [*] \`os\` imported but unused` then ` --> file.py:1:8`.
    // Most of its messages quote a name in backticks; those lines carry the rule and the message.
    {
        id: "ruff.full-code",
        tool: "ruff",
        category: "lint_error",
        severity: "medium",
        strategy: "llm",
        group: "python:lint",
        keywords: ["`"],
        match: /^(?<code>[A-Z]{1,4}\d{2,4}) (?:\[\*\] )?(?<message>.*`.*)$/,
        follow: /^\s*--> /,
        maxFollow: 1,
        followLocation: /^\s*--> (?<file>[^\s:]+):(?<line>\d+):(?<column>\d+)/,
        message: "$<code>: $<message>",
        suggestion: "Run `ruff check --fix` (or fix $<code> by hand): $<message>",
    },
    {
        id: "ruff.full",
        tool: "ruff",
        category: "lint_error",
        severity: "medium",
        strategy: "llm",
        group: "python:lint",
        keywords: ["--> "],
        match: /^\s*--> (?<file>[^\s:]+\.(?:py|pyi|ipynb)):(?<line>\d+):(?<column>\d+)$/,
        precede: 1,
        precedeMatch: /^[A-Z]{1,4}\d{2,4} /,
        suggestion: "Run `ruff check --fix` or fix the rule reported at $<file>:$<line>.",
    },
    // black / isort / ruff format
    {
        id: "black.cannot-parse",
        tool: "black",
        category: "syntax_error",
        severity: "high",
        strategy: "llm",
        keywords: ["error: cannot format"],
        match: /^error: cannot format (?<file>[^:]+): Cannot parse(?: for target version [\w. ]+)?: (?<line>\d+):(?<column>\d+): (?<message>.*)$/,
        suggestion: "black cannot parse $<file>: fix the syntax at line $<line>.",
    },
    {
        id: "black.would-reformat",
        tool: "black",
        category: "format_error",
        severity: "low",
        strategy: "format",
        group: "python:format",
        keywords: ["would reformat ", "Would reformat: ", "reformatted "],
        // `reformatted x.py` is black fixing files in CI (pre-commit): the commit was not formatted.
        match: new RegExp(String.raw `^(?:would reformat|Would reformat:|reformatted) ${WS}(?<file>\S+\.pyi?|\S+\.ipynb)$`),
        message: "$<file> is not formatted",
        suggestion: "Run `black $<file>` (or `ruff format`) and commit the result.",
    },
    {
        id: "black.summary",
        tool: "black",
        category: "format_error",
        severity: "low",
        strategy: "format",
        group: "python:format",
        role: "summary",
        keywords: ["would be reformatted", "Oh no!"],
        match: /^(?:Oh no! .*|\d+ files? would be reformatted.*)$/,
        suggestion: "Run `black .` and commit the result.",
    },
    {
        id: "isort.unsorted",
        tool: "isort",
        category: "format_error",
        severity: "low",
        strategy: "format",
        group: "python:format",
        keywords: ["Imports are incorrectly sorted"],
        match: new RegExp(String.raw `^ERROR: ${WS}(?<file>\S.*?) Imports are incorrectly sorted(?: and\/or formatted)?\.?$`),
        message: "$<file>: imports are not sorted",
        suggestion: "Run `isort $<file>` and commit the result.",
    },
    // pre-commit: `hook name.....Failed`, `- hook id: x`, `- files were modified by this hook`.
    // A hook that only rewrote files is a formatting failure; otherwise its own output says more,
    // so the pre-commit lines rank below the tool's (or stand alone when the tool said nothing known).
    {
        id: "pre-commit.modified",
        tool: "pre-commit",
        category: "format_error",
        severity: "low",
        strategy: "format",
        group: "pre-commit",
        keywords: ["files were modified by this hook", "hook(s) made changes"],
        match: /^(?:- files were modified by this hook|pre-commit hook\(s\) made changes\.)$/,
        precede: 2,
        precedeMatch: /\.{4,}Failed$|^- hook id: /,
        message: "pre-commit hooks changed files",
        suggestion: "Run `pre-commit run --all-files` locally and commit the changes it makes.",
    },
    {
        id: "pre-commit.failed",
        tool: "pre-commit",
        category: "lint_error",
        severity: "medium",
        strategy: "llm",
        group: "pre-commit",
        role: "summary",
        priority: 70,
        keywords: ["Failed"],
        match: /^(?<name>\S.*?)\.{4,}(?:\(no files to check\))?Failed$/,
        follow: /^- (?:hook id|exit code|duration): /,
        maxFollow: 3,
        message: "pre-commit hook '$<name>' failed",
        suggestion: "Run `pre-commit run --all-files` locally and fix what the hook reports.",
    },
    // Coverage gates (pytest-cov --cov-fail-under, coverage report --fail-under).
    {
        id: "coverage.fail-under",
        tool: "coverage",
        category: "test_failure",
        severity: "medium",
        strategy: "llm",
        group: "coverage",
        keywords: ["Required test coverage of", "Coverage failure: total of"],
        match: /^(?:FAIL )?(?<message>Required test coverage of [\d.]+% not reached\. Total coverage: [\d.]+%|Coverage failure: total of [\d.]+ is less than fail-under=[\d.]+)$/,
        suggestion: "Coverage fell below the required minimum: add tests for the new code (or lower the threshold deliberately).",
    },
    // Docs builds (Sphinx, MkDocs) fail only when warnings are made errors: those signals, not
    // every docutils WARNING/ERROR line (passing builds print plenty of them).
    {
        id: "sphinx.warning-as-error",
        tool: "sphinx",
        category: "build_failure",
        severity: "medium",
        strategy: "llm",
        group: "docs",
        keywords: ["Warning, treated as error:"],
        match: /^Warning, treated as error:$/,
        follow: /^\S+:(?:\d+)?:? ?(?:WARNING|ERROR): /,
        maxFollow: 1,
        followLocation: /^(?<file>[^\s:]+\.\w+):(?<line>\d+): /,
        message: "Sphinx: a warning was treated as an error",
        suggestion: "Fix the documentation warning shown (or the reference it names); the build runs with -W.",
    },
    {
        id: "docs.strict-failed",
        tool: "sphinx",
        category: "build_failure",
        severity: "medium",
        strategy: "llm",
        group: "docs",
        keywords: ["with warnings treated as errors", "in strict mode"],
        match: /^(?:build finished with problems, (?<message>\d+ warnings?) \(with warnings treated as errors\)\.|Aborted with (?<message2>\d+ warnings?) in strict mode!)$/,
        suggestion: "Fix the documentation warnings listed above; the docs build treats warnings as errors.",
    },
    // mypy / pyright
    {
        id: "mypy.import",
        tool: "mypy",
        category: "import_error",
        severity: "medium",
        strategy: "dependencies",
        keywords: [
            "Cannot find implementation or library stub",
            "Library stubs not installed",
            "import-not-found",
        ],
        match: /^(?<file>[^\s:]+\.pyi?):(?<line>\d+)(?::(?<column>\d+))?: error: (?<message>(?:Cannot find implementation or library stub|Library stubs not installed) for (?:module named )?"(?<module>[^"]+)".*?)(?:\s+\[(?<code>[\w-]+)\])?$/,
        suggestion: "Install `$<module>` (or its `types-` stub package) where mypy runs, or set `ignore_missing_imports` for it.",
    },
    {
        id: "mypy.error",
        tool: "mypy",
        category: "type_error",
        severity: "medium",
        strategy: "llm",
        keywords: [": error: "],
        match: /^(?<file>[^\s:]+\.pyi?):(?<line>\d+)(?::(?<column>\d+))?: error: (?<message>.+?)(?:\s+\[(?<code>[\w-]+)\])?$/,
        // --pretty wraps the message onto unindented lines, then shows the code and a caret line.
        follow: /^(?![^\s:]+\.pyi?:\d+(?::\d+)?: (?:error|note|warning):)(?!Found \d+ errors?\b)(?!Success:)(?=.*\S)/,
        maxFollow: 4,
        suggestion: "Fix the type error at $<file>:$<line>: $<message>",
    },
    {
        id: "mypy.summary",
        tool: "mypy",
        category: "type_error",
        severity: "medium",
        strategy: "llm",
        role: "summary",
        keywords: ["Found "],
        match: /^Found [1-9]\d* errors? in \d+ files? \(checked \d+ source files?\)$/,
        suggestion: "Fix the type errors listed above.",
    },
    {
        id: "pyright.import",
        tool: "pyright",
        category: "import_error",
        severity: "medium",
        strategy: "dependencies",
        keywords: ["could not be resolved"],
        match: /^\s*(?<file>\S+\.pyi?):(?<line>\d+):(?<column>\d+) - error: (?<message>Import "(?<module>[^"]+)" could not be resolved.*?)(?: \((?<code>report\w+)\))?$/,
        suggestion: "Install `$<module>` where pyright runs, or fix the import path.",
    },
    {
        id: "pyright.error",
        tool: "pyright",
        category: "type_error",
        severity: "medium",
        strategy: "llm",
        keywords: [" - error: "],
        match: /^\s*(?<file>\S+\.pyi?):(?<line>\d+):(?<column>\d+) - error: (?<message>.+?)(?: \((?<code>report\w+)\))?$/,
        suggestion: "Fix the type error at $<file>:$<line>: $<message>",
    },
];
// pip, conda, poetry, uv: the project's dependencies cannot be installed as declared.
const dep = (r) => ({
    category: "dependency_error",
    severity: "high",
    strategy: "dependencies",
    group: "python:dependencies",
    ...r,
});
const dependencyRules = [
    dep({
        id: "pip.no-version",
        tool: "pip",
        keywords: ["Could not find a version that satisfies", "No matching distribution found"],
        match: /^(?:#\d+ )?(?:\d+\.\d+ )?\s*(?:ERROR: )?(?:Could not find a version that satisfies the requirement|No matching distribution found for) (?<name>\S+)(?<message>.*)$/,
        message: (g, line) => line.replace(/^(?:#\d+ )?(?:\d+\.\d+ )?\s*(?:ERROR: )?/, "").trim(),
        suggestion: "`$<name>` is not available as pinned: check the name and version on the index (and its Python-version support), then fix the requirement.",
    }),
    dep({
        id: "pip.conflict",
        tool: "pip",
        keywords: ["Cannot install", "ResolutionImpossible", "conflicting dependencies"],
        match: /^(?:#\d+ )?(?:\d+\.\d+ )?(?:ERROR: )?(?:Cannot install (?<message>(?:-r (?<file>\S+) \(line (?<line>\d+)\))?.+?) because these package versions have conflicting dependencies\.|ResolutionImpossible.*)$/,
        message: (g, line) => line.replace(/^(?:#\d+ )?(?:\d+\.\d+ )?(?:ERROR: )?/, "").trim(),
        suggestion: "Relax or align the conflicting pins so one version satisfies every requirement.",
    }),
    dep({
        id: "pip.error",
        tool: "pip",
        keywords: ["ERROR: ", "error: "],
        match: /^(?:#\d+ )?(?:\d+\.\d+ )?(?:ERROR|error): (?<message>(?:Could not open requirements file|Invalid requirement|THESE PACKAGES DO NOT MATCH THE HASHES|Package '[^']+' requires a different Python|Failed building wheel for|Could not build wheels for|Could not install packages due to|Hashes are required in --require-hashes mode|In --require-hashes mode|Double requirement given|Cannot unpack file|Directory '[^']+' is not installable|File "setup\.py" (?:or "setup\.cfg" )?not found|subprocess-exited-with-error|metadata-generation-failed|externally-managed-environment|Requirement already satisfied: .* but).*)$/,
        unless: /No space left on device|Errno 28/,
        suggestion: "Fix the install step: the requirement file, pin, hash or Python version does not match what the index offers.",
    }),
    // A build subprocess (build dependencies, metadata, the wheel) failed: pip frames its output.
    dep({
        id: "pip.subprocess",
        tool: "pip",
        keywords: ["did not run successfully"],
        match: /^\s*× (?<message>.+ did not run successfully\.)$/,
        suggestion: "Building a package failed: read the subprocess output pip shows (a missing build dependency, compiler or header); pin a version that ships wheels or add what it needs.",
    }),
    dep({
        id: "pip.check",
        tool: "pip",
        keywords: [" has requirement ", "which is not installed", "which is incompatible"],
        match: /^(?<name>[\w.-]+) [\w.+!-]+ (?:has requirement (?<message>.+), but you have .+|requires (?<missing>\S+), which is not installed|has requirement .+ which is incompatible)\.?$/,
        suggestion: "Installed packages conflict (`pip check`): align the pins so $<name>'s requirements are met.",
    }),
    dep({
        id: "pip.legacy-egg-info",
        tool: "pip",
        keywords: ["failed with error code"],
        match: /^Command "(?<message>python setup\.py egg_info|[^"]+)" failed with error code \d+/,
        suggestion: "A dependency failed to build: check its build requirements or pin a version with wheels.",
    }),
    dep({
        id: "conda.unavailable",
        tool: "conda",
        keywords: ["PackagesNotFoundError", "ResolvePackageNotFound", "UnsatisfiableError"],
        match: /^(?<name>PackagesNotFoundError|ResolvePackageNotFound|UnsatisfiableError):?(?<message>.*)$/,
        follow: /^(?:\s*|\s+- \S.*)$/,
        maxFollow: 16,
        suggestion: "The pinned conda packages are not available from the configured channels: update the pins or channels.",
    }),
    dep({
        id: "poetry.solver",
        tool: "poetry",
        keywords: ["version solving failed", "SolverProblemError", "poetry.lock", "pyproject.toml changed"],
        match: /^(?:\s*)(?<message>.*version solving failed\.?|SolverProblemError.*|.*pyproject\.toml changed significantly since poetry\.lock was last generated.*|poetry\.lock is not consistent with pyproject\.toml.*)$/,
        suggestion: "Fix the dependency constraints, then regenerate the lock file with `poetry lock`.",
    }),
    dep({
        id: "uv.resolution",
        tool: "uv",
        keywords: [
            "No solution found when resolving",
            "needs to be updated, but `--locked`",
            "was not found in the package registry",
        ],
        match: /^(?:\s*[×╰─▶]+\s*)?(?<message>No solution found when resolving.*|The lockfile at `[^`]+` needs to be updated, but `--locked` was provided.*|Because .* was not found in the package registry.*)$/,
        suggestion: "Fix the constraints in pyproject.toml, then run `uv lock` and commit uv.lock.",
    }),
];
//# sourceMappingURL=python-tools.js.map
;// CONCATENATED MODULE: ./lib/analysis/rules/python.js

/**
 * Python: interpreter tracebacks (syntax, import, runtime), pytest, unittest/nose/Django runners;
 * the tools around the code (linters, formatters, type checkers, installers) are in python-tools.ts.
 *
 * Tracebacks are one group per step ("python:traceback"): the `Traceback` header is a summary
 * that follows the frames (locations come from project frames), and the exception line that
 * ends it is the primary hit, so the exception's type decides the category. pytest's failure
 * sections and its collection errors are separate groups for the same reason: a collection error
 * is an import or syntax problem, not a failing assertion.
 */
// A frame in the project, not in the interpreter, site-packages or a tool's install.
const PROJECT_FILE = String.raw `(?!<)(?![^"]*(?:site-packages|dist-packages|[\\/]lib[\\/]python\d|[\\/]Lib[\\/]|\.pyenv|hostedtoolcache|[\\/]importlib[\\/]))`;
const FRAME_LOCATION = new RegExp(String.raw `^\s*File "${PROJECT_FILE}(?<file>[^"]+)", line (?<line>\d+)`);
// A traceback's body: frames, their code and caret lines. People label the whole traceback as
// the failure, so all of it is followed; only the project's frames become locations.
const TRACE_FOLLOW = /^\s+\S|^\s*[\^~]+\s*$/;
// Exception class names as Python prints them: `KeyError`, `shop.errors.ConfigError`, `requests.exceptions.HTTPError`.
const EXC = String.raw `(?:[A-Za-z_]\w*\.)*[A-Z]\w*(?:Error|Exception|Exit|Interrupt|Expired|Failure|Fault|Timeout|Denied|Invalid|NotFound|Exists|Conflict|Refused)`;
// Python prints a class without its module only for builtins (and __main__): an undotted
// `RuntimeException:` is PHP, `ParameterBindingException:` PowerShell, so undotted means builtin.
const BUILTIN = String.raw `(?:Arithmetic|Assertion|Attribute|BlockingIO|BrokenPipe|Buffer|ChildProcess|ConnectionAborted|ConnectionRefused|ConnectionReset|Connection|EOF|Environment|FileExists|FileNotFound|FloatingPoint|IO|Import|Indentation|Index|Interrupted|IsADirectory|Key|Lookup|Memory|ModuleNotFound|Name|NotADirectory|NotImplemented|OS|Overflow|Permission|ProcessLookup|Recursion|Reference|Runtime|Syntax|System|Tab|Timeout|Type|UnboundLocal|UnicodeDecode|UnicodeEncode|UnicodeTranslate|Unicode|Value|ZeroDivision|Standard)Error|(?:Base)?Exception(?:Group)?|KeyboardInterrupt|StopIteration|StopAsyncIteration|SystemExit|GeneratorExit`;
const DOTTED_EXC = String.raw `(?:[A-Za-z_]\w*\.)+[A-Z]\w*(?:Error|Exception|Exit|Interrupt|Expired|Failure|Fault|Timeout|Denied|Invalid|NotFound|Exists|Conflict|Refused)`;
const BARE_EXC = String.raw `AssertionError|KeyboardInterrupt|StopIteration|StopAsyncIteration|MemoryError|SystemExit|NotImplementedError|RecursionError|GeneratorExit`;
// What infrastructure looks like when Python is the one that hits it.
const INFRA_TEXT = String.raw `No space left on device|\[Errno 28\]|Name or service not known|Temporary failure in name resolution|nodename nor servname|getaddrinfo failed|\[Errno -[23]\]|Network is unreachable|Connection reset by peer|Max retries exceeded with url|RemoteDisconnected|Cannot allocate memory|could not connect to server|Can't connect to MySQL server|Connection refused`;
const TIMEOUT_EXC = String.raw `subprocess\.TimeoutExpired|(?:socket\.|asyncio\.(?:exceptions\.)?|concurrent\.futures\.(?:_base\.)?)?TimeoutError|socket\.timeout|(?:requests\.exceptions\.|httpx\.)(?:Read|Connect|Pool)?Timeout|urllib3\.exceptions\.(?:ReadTimeout|ConnectTimeout)Error|(?:pytest_timeout\.)?Failed: Timeout`;
// Lines shaped like Python exceptions that other languages print (their rule sets may run later):
// JavaScript, Java/Kotlin/Scala, .NET and Ruby.
const JS_ISM = /^ReferenceError|^(?:TypeError|SyntaxError|RangeError): .*(?:is not a function|Cannot (?:read|set) propert|Unexpected (?:token|identifier|end of input)|is not a constructor|undefined)/;
// A two-letter first segment is a reversed domain (eu.stamp_project..., fr.inria...): Java.
const FOREIGN = /^(?!py\.|gi\.)[a-z]{2}\.|^(?:java|javax|jdk|sun|com|org|net|edu|gov|kotlin|kotlinx|scala|sbt|akka|play|android|androidx|groovy|junit|hudson|jenkins|okhttp3|retrofit2?|reactor|lombok|clojure|System|Microsoft|NUnit|Xunit)\.|undefined method|uninitialized constant|for nil:NilClass|^ReferenceError|^(?:TypeError|SyntaxError|RangeError): .*(?:is not a function|Cannot (?:read|set) propert|Unexpected (?:token|identifier|end of input)|is not a constructor|undefined)/;
// Import names whose distribution on PyPI is named differently: installing the import name
// would fail or, worse, fetch an unrelated package. The message names the right one.
const DISTRIBUTION = {
    yaml: "PyYAML",
    PIL: "Pillow",
    cv2: "opencv-python",
    sklearn: "scikit-learn",
    skimage: "scikit-image",
    bs4: "beautifulsoup4",
    dateutil: "python-dateutil",
    dotenv: "python-dotenv",
    jwt: "PyJWT",
    attr: "attrs",
    Crypto: "pycryptodome",
    OpenSSL: "pyOpenSSL",
    serial: "pyserial",
    git: "GitPython",
    docx: "python-docx",
    fitz: "PyMuPDF",
    zmq: "pyzmq",
    MySQLdb: "mysqlclient",
    magic: "python-magic",
};
function missingModule(module) {
    const dist = Object.hasOwn(DISTRIBUTION, module) ? DISTRIBUTION[module] : undefined;
    return `No module named '${module}'${dist ? ` (provided by ${dist})` : ""}`;
}
const tb = (r) => ({
    tool: "python",
    group: "python:traceback",
    ...r,
});
const tracebackRules = [
    tb({
        id: "python.traceback",
        category: "runtime_error",
        severity: "high",
        strategy: "llm",
        role: "summary",
        keywords: ["Traceback (most recent call last)"],
        match: /^\s*Traceback \(most recent call last\):\s*$/,
        follow: TRACE_FOLLOW,
        maxFollow: 60,
        followLocation: FRAME_LOCATION,
        suggestion: "Read the traceback: the last project frame is where it failed.",
    }),
    // The line between two tracebacks of one chain: the chain is one report.
    tb({
        id: "python.traceback-chain",
        category: "runtime_error",
        severity: "high",
        strategy: "llm",
        role: "summary",
        keywords: ["another exception occurred", "direct cause of the following exception"],
        match: /^\s*(?:During handling of the above exception, another exception occurred|The above exception was the direct cause of the following exception):\s*$/,
        suggestion: "Read the traceback: the last project frame is where it failed.",
    }),
    // Python 3.11 exception groups (asyncio.TaskGroup, trio, anyio): the whole report is drawn
    // with `|` and `+` borders, sub-tracebacks inside.
    tb({
        id: "python.exception-group",
        category: "runtime_error",
        severity: "high",
        strategy: "llm",
        keywords: ["Exception Group Traceback"],
        match: /^\s*\+ Exception Group Traceback \(most recent call last\):$/,
        follow: /^\s*[|+]/,
        maxFollow: 80,
        followLocation: new RegExp(String.raw `^[\s|]*File "${PROJECT_FILE}(?<file>[^"]+)", line (?<line>\d+)`),
        message: "An exception group was raised (see the sub-exceptions)",
        suggestion: "Fix the sub-exceptions the group lists; each has its own traceback inside the group.",
    }),
    tb({
        id: "python.frame",
        category: "runtime_error",
        severity: "high",
        strategy: "llm",
        role: "summary",
        keywords: ['File "'],
        match: new RegExp(String.raw `^\s*File "${PROJECT_FILE}(?<file>[^"]+)", line (?<line>\d+), in `),
        follow: TRACE_FOLLOW,
        maxFollow: 60,
        followLocation: FRAME_LOCATION,
        suggestion: "Read the traceback: the last project frame is where it failed.",
    }),
    tb({
        id: "python.compileall",
        category: "syntax_error",
        severity: "high",
        strategy: "llm",
        keywords: ["*** Error compiling"],
        match: new RegExp(String.raw `^\*\*\* Error compiling '${WS}(?<file>[^']+)'`),
        follow: TRACE_FOLLOW,
        maxFollow: 4,
        followLocation: FRAME_LOCATION,
        message: "$<file> does not compile",
        suggestion: "Fix the syntax error in $<file>.",
    }),
    // A SyntaxError's own frame has no ", in <func>": it points at the bad line, then code and caret.
    tb({
        id: "python.syntax-location",
        category: "syntax_error",
        severity: "high",
        strategy: "llm",
        keywords: ['File "'],
        match: new RegExp(String.raw `^\s*File "${PROJECT_FILE}${WS}(?<file>[^"]+\.py)", line (?<line>\d+)$`),
        follow: /^(?:\s+\S|\s*\^+\s*$)/,
        maxFollow: 3,
        followLocation: FRAME_LOCATION,
        message: "$<file>:$<line>: invalid syntax",
        suggestion: "Fix the syntax at $<file>:$<line>.",
    }),
    tb({
        id: "python.syntax-error",
        category: "syntax_error",
        severity: "high",
        strategy: "llm",
        keywords: ["SyntaxError", "IndentationError", "TabError"],
        match: /^(?<name>SyntaxError|IndentationError|TabError)(?:: (?<message>.+))?$/,
        unless: JS_ISM,
        message: "$<name>: $<message>",
        suggestion: "Fix the $<name> at the location the traceback points to (the line above the caret).",
    }),
    tb({
        id: "python.infrastructure",
        category: "infrastructure_error",
        severity: "high",
        strategy: "none",
        keywords: ["Error", "Exception"],
        match: new RegExp(String.raw `^(?<name>${BUILTIN}|${DOTTED_EXC}): (?<message>.*(?:${INFRA_TEXT}).*)$`),
        unless: FOREIGN,
        suggestion: "The runner's disk, memory or network failed, not the code: free space or memory, check the host is reachable, then re-run.",
    }),
    tb({
        id: "python.memory",
        category: "infrastructure_error",
        severity: "high",
        strategy: "none",
        keywords: ["MemoryError"],
        match: /^(?<name>MemoryError)(?:: (?<message>.*))?$/,
        suggestion: "The process ran out of memory: reduce what it loads at once or use a larger runner.",
    }),
    tb({
        id: "python.timeout",
        category: "timeout",
        severity: "high",
        strategy: "none",
        keywords: ["Timeout", "timeout", "KeyboardInterrupt"],
        match: new RegExp(String.raw `^(?<name>${TIMEOUT_EXC}|KeyboardInterrupt)(?:: (?<message>.*))?$`),
        suggestion: "Something did not finish in time (or the job was interrupted): find what it waited on, or raise the timeout.",
    }),
    // `No module named 'yaml'`: a package that is not installed; `'shop.basket'`: a wrong module path.
    tb({
        id: "python.missing-package",
        category: "import_error",
        severity: "high",
        strategy: "dependencies",
        keywords: ["No module named"],
        match: /^(?<name>ModuleNotFoundError|ImportError): No module named '?(?<module>[\w-]+)'?$/,
        message: (g) => missingModule(g.module ?? ""),
        suggestion: "Install `$<module>`: add its distribution to requirements.txt / pyproject.toml (or fix the import if '$<module>' is meant to be a local module).",
    }),
    tb({
        id: "python.import",
        category: "import_error",
        severity: "high",
        strategy: "imports",
        keywords: ["ModuleNotFoundError", "ImportError"],
        match: /^(?<name>ModuleNotFoundError|ImportError): (?<message>.+)$/,
        message: "$<name>: $<message>",
        suggestion: "Fix the import: check the module path and that the imported name exists (a circular import shows as 'partially initialized module').",
    }),
    // unittest / nose / Django runners: `FAIL: test_x (pkg.tests.Case.test_x)`.
    tb({
        id: "python.unittest-import",
        category: "import_error",
        severity: "high",
        strategy: "imports",
        tool: "unittest",
        keywords: ["ERROR: Failure: "],
        match: /^ERROR: Failure: (?<name>ImportError|ModuleNotFoundError) \((?<message>.+)\)$/,
        suggestion: "Fix the import the test module needs.",
    }),
    tb({
        id: "python.unittest-failure",
        category: "test_failure",
        severity: "high",
        strategy: "llm",
        tool: "unittest",
        keywords: ["FAIL: ", "ERROR: "],
        // `FAIL: test_x (pkg.Case)`, nose's `FAIL: pkg.tests.Case.test_x`, a docstring, a parametrized call.
        match: /^(?<kind>FAIL): (?<name>\S.*)$|^(?<kind2>ERROR): (?<name2>[\w.]*[Tt]est\w*\b.*|.+ \([\w.]+\)(?: \(.*\))?)$/,
        // `FAIL: //pkg:target` is Bazel's.
        unless: /unittest\.loader\._?Failed|\(unittest\.loader|^FAIL: \/\//,
        message: (g, line) => line.trim(),
        suggestion: "Fix the code under test or the failing test; the traceback below the header shows where it failed.",
    }),
    tb({
        id: "python.unittest-summary",
        category: "test_failure",
        severity: "high",
        strategy: "llm",
        tool: "unittest",
        role: "summary",
        keywords: ["FAILED ("],
        match: /^FAILED \((?:failures|errors)=\d+/,
        suggestion: "Fix the failing tests listed above.",
    }),
    // A wrapper around a failed command: the command's own error above it says more.
    tb({
        id: "python.called-process",
        category: "runtime_error",
        severity: "high",
        strategy: "llm",
        priority: 40,
        keywords: ["CalledProcessError"],
        match: /^subprocess\.CalledProcessError: (?<message>.+)$/,
        suggestion: "A command run from Python failed: read that command's own output above the traceback.",
    }),
    tb({
        id: "python.exception",
        category: "runtime_error",
        severity: "high",
        strategy: "llm",
        keywords: ["Error", "Exception", "Exit", "Interrupt", "Expired", "Failure", "Fault", "StopIteration"],
        // A dotted name needs a message: a bare `retrofit.RetrofitError` is Java's way, not Python's.
        match: new RegExp(String.raw `^(?<name>${BUILTIN}|${DOTTED_EXC}): (?<message>.*)$|^(?<bare>${BUILTIN})$`),
        unless: FOREIGN,
        message: (g, line) => line.trim(),
        suggestion: "Fix the code at the last project frame of the traceback.",
    }),
];
// pytest. `E   ` lines carry the failure; only the first-level ones (at most 7 spaces) are taken,
// not the long diffs below them.
const PYTEST_FRAME = String.raw `(?!<)(?![^:]*(?:site-packages|dist-packages|\/lib\/python\d))${WS}(?<file>[^\s:]+\.py):(?<line>\d+)`;
const pytestRules = [
    {
        id: "pytest.collect-header",
        tool: "pytest",
        category: "test_failure",
        severity: "high",
        strategy: "llm",
        group: "pytest:collect",
        role: "summary",
        // A summary group ranks 30 below its rule's priority; when no import/syntax line joins
        // (a NameError at import time), the collection error must still rank as a test failure (72).
        priority: 102,
        keywords: ["ERROR collecting"],
        match: /^_+ ERROR collecting (?<file>\S+) _+$/,
        // The section's traceback. An import or syntax error line ends it: that line decides the
        // category; any other error (a NameError at import time) stays a test failure.
        follow: new RegExp(String.raw `^(?!E {1,7}(?:ModuleNotFoundError|ImportError|SyntaxError|IndentationError|TabError)\b)(?!_{3,} |={3,}|!{3,})(?=.*\S)`),
        maxFollow: 40,
        followLocation: new RegExp(String.raw `^(?:E\s+File "${PROJECT_FILE}(?<file>[^"]+)", line (?<line>\d+)$|${PYTEST_FRAME}: in )`),
        message: "pytest could not collect $<file>",
        suggestion: "Fix what stops $<file> from importing (see the error below the header).",
    },
    {
        id: "pytest.collect-syntax",
        tool: "pytest",
        category: "syntax_error",
        severity: "high",
        strategy: "llm",
        group: "pytest:collect",
        keywords: ["SyntaxError", "IndentationError", "TabError"],
        match: /^E {1,7}(?<name>SyntaxError|IndentationError|TabError): (?<message>.+)$/,
        message: "$<name>: $<message>",
        suggestion: "Fix the syntax error at the file and line shown above it; pytest cannot import the module.",
    },
    {
        id: "pytest.collect-missing-package",
        tool: "pytest",
        category: "import_error",
        severity: "high",
        strategy: "dependencies",
        group: "pytest:collect",
        keywords: ["No module named"],
        match: /^E {1,7}(?<name>ModuleNotFoundError|ImportError): No module named '?(?<module>[\w-]+)'?$/,
        message: (g) => missingModule(g.module ?? ""),
        suggestion: "Install `$<module>` in the test environment (requirements/pyproject), or fix the import if it is a local module.",
    },
    {
        id: "pytest.collect-import",
        tool: "pytest",
        category: "import_error",
        severity: "high",
        strategy: "imports",
        group: "pytest:collect",
        keywords: ["ModuleNotFoundError", "ImportError"],
        match: /^E {1,7}(?<name>ModuleNotFoundError|ImportError): (?<message>.+)$/,
        message: "$<name>: $<message>",
        suggestion: "Fix the import: the module path or the imported name does not exist.",
    },
    {
        id: "pytest.collect-summary",
        tool: "pytest",
        category: "test_failure",
        severity: "high",
        strategy: "llm",
        group: "pytest:collect",
        role: "summary",
        keywords: ["ERROR ", "Interrupted: "],
        match: /^(?:ERROR (?<file>[^\s:]+\.py)(?: - (?<message>.+))?|!+ Interrupted: \d+ errors? during collection !+)$/,
        suggestion: "Fix the collection errors listed above.",
    },
    // pytest refusing to start: an option from a plugin that is not installed (--cov, -n), a test
    // path that does not exist, or pytest itself crashing (INTERNALERROR).
    {
        id: "pytest.unrecognized-option",
        tool: "pytest",
        category: "dependency_error",
        severity: "high",
        strategy: "dependencies",
        group: "pytest:usage",
        keywords: ["error: unrecognized arguments"],
        match: /^(?:pytest|py\.test|__main__\.py): error: unrecognized arguments: (?<message>.+)$/,
        message: "pytest does not know $<message> (a plugin is missing?)",
        suggestion: "Install the pytest plugin that provides $<message> (pytest-cov for --cov, pytest-xdist for -n, ...) in the test environment, or drop the option.",
    },
    {
        id: "pytest.path-not-found",
        tool: "pytest",
        category: "build_failure",
        severity: "high",
        strategy: "llm",
        group: "pytest:usage",
        keywords: ["ERROR: file or directory not found: ", "ERROR: not found: "],
        match: /^ERROR: (?:file or directory not found|not found): (?<file>\S+?)(?:::\S+)?$/,
        message: "pytest was given a test path that does not exist: $<file>",
        suggestion: "Fix the test path in the workflow or pytest configuration ($<file> does not exist).",
    },
    {
        id: "pytest.internal-error",
        tool: "pytest",
        category: "runtime_error",
        severity: "high",
        strategy: "llm",
        group: "pytest:internal",
        keywords: ["INTERNALERROR> "],
        match: new RegExp(String.raw `^INTERNALERROR> (?<name>${BUILTIN}|${DOTTED_EXC}): (?<message>.*)$`),
        precede: 3,
        precedeMatch: /^INTERNALERROR> /,
        suggestion: "pytest itself crashed (a plugin or conftest.py): read the INTERNALERROR traceback.",
    },
    {
        id: "pytest.interrupted",
        tool: "pytest",
        category: "timeout",
        severity: "high",
        strategy: "none",
        group: "pytest:interrupt",
        keywords: ["KeyboardInterrupt", "Timeout"],
        match: /^(?:!+ KeyboardInterrupt !+|\++ Timeout \++|E\s+Failed: Timeout >[\d.]+s|(?<file>[^\s:]+\.py):(?<line>\d+): KeyboardInterrupt)$/,
        message: "pytest was interrupted (killed by a time limit or cancelled)",
        suggestion: "A test hung until the run was stopped: find the test that waits forever (the location above), or raise the time limit.",
    },
    {
        id: "pytest.failed",
        tool: "pytest",
        category: "test_failure",
        severity: "high",
        strategy: "llm",
        group: "pytest",
        // `FAIL tests/x.py::t` is what old pytest's -rf printed.
        keywords: ["FAILED ", "ERROR ", "FAIL "],
        // Parametrized ids may hold spaces: `test_x[a b-1]`.
        match: /^(?:FAILED|FAIL|ERROR) (?<file>[^\s:]+\.py)::(?<name>[^\s[]+(?:\[[^\]]*\])?)(?: - (?<message>.*))?$/,
        message: (g) => `${g.file}::${g.name}${g.message ? ` - ${g.message}` : ""}`,
        suggestion: "Fix the code under test or the test $<name> in $<file>.",
    },
    {
        id: "pytest.location",
        tool: "pytest",
        category: "test_failure",
        severity: "high",
        strategy: "llm",
        group: "pytest",
        keywords: [".py:"],
        // `file:line: AssertionError` (long), `file:line: AssertionError: assert 1 == 2` (--tb=line)
        match: new RegExp(String.raw `^${PYTEST_FRAME}: (?<name>${EXC}|${BARE_EXC}|Failed|assert)(?<rest>[: ].*)?$`),
        message: (g) => `${g.name}${g.rest ?? ""}`,
        suggestion: "Fix the failing test at $<file>:$<line>.",
    },
    {
        id: "pytest.frame",
        tool: "pytest",
        category: "test_failure",
        severity: "high",
        strategy: "llm",
        group: "pytest",
        keywords: [".py:"],
        match: new RegExp(String.raw `^${PYTEST_FRAME}: in (?<name>\S+)$`),
        message: "$<file>:$<line>: failure in $<name>",
        suggestion: "Fix the failing test (the E lines below this frame say what failed).",
    },
    // A missing fixture: pytest names the test's definition as `file /abs/tests/x.py, line 8`.
    {
        id: "pytest.fixture-location",
        tool: "pytest",
        category: "test_failure",
        severity: "high",
        strategy: "llm",
        group: "pytest",
        keywords: ["file "],
        match: new RegExp(String.raw `^file ${WS}(?<file>\S+\.py), line (?<line>\d+)$`),
        message: "$<file>:$<line>: the test could not be set up (missing fixture?)",
        suggestion: "Define the missing fixture (conftest.py) or fix its name in the test at $<file>:$<line>.",
    },
    {
        id: "pytest.e-line",
        tool: "pytest",
        category: "test_failure",
        severity: "high",
        strategy: "llm",
        group: "pytest",
        keywords: ["E "],
        match: /^E {1,7}(?<message>\S.*)$/,
        suggestion: "Fix what the E lines show failing (an assertion or an exception) in the test or the code under test.",
    },
    {
        id: "pytest.test-header",
        tool: "pytest",
        category: "test_failure",
        severity: "high",
        strategy: "llm",
        group: "pytest",
        role: "summary",
        keywords: ["___ "],
        match: /^_{3,} (?<name>(?:ERROR at (?:setup|teardown) of )?[\w.]+(?:\[.*\])?) _{3,}$/,
        unless: /_ summary _/,
        suggestion: "Fix the failing test $<name>.",
    },
    {
        id: "pytest.summary",
        tool: "pytest",
        category: "test_failure",
        severity: "high",
        strategy: "llm",
        group: "pytest",
        role: "summary",
        keywords: [" failed"],
        // pytest < 6 said "in 0.12 seconds".
        match: /^(?:=+ )?(?<message>(?:\d+ \w+, )*\d+ failed(?:, \d+ \w+)* in [\d.]+ ?s(?:econds)?(?: \([\d:]+\))?)(?: =+)?$/,
        suggestion: "Fix the failing tests listed above.",
    },
];
const pythonRules = {
    ecosystem: "python",
    rules: [...pytestRules, ...dependencyRules, ...tracebackRules, ...lintRules],
};
//# sourceMappingURL=python.js.map
;// CONCATENATED MODULE: ./lib/analysis/rules/go.js
/**
 * Go: the compiler (`go build`, `go test` builds), `go vet`, gofmt, golangci-lint/staticcheck,
 * `go test` results, runtime panics and the module system. Compiler, vet and golangci-lint all
 * print `file.go:line:col: message`, so vet is told apart by its analyzers' message shapes and
 * golangci-lint by the `(linter)` suffix; everything else in that shape is a compile error.
 */
// `path/file.go:12:5: ` as go build, go vet and gopls print it (vet sometimes prefixes "vet: ").
const LOC = String.raw `^(?:vet: )?(?<file>[^\s:]+\.go):(?<line>\d+)(?::(?<column>\d+))?: `;
// Messages of the analyzers `go vet` runs by default (printf, copylocks, assign, unreachable, ...).
const VET = String.raw `(?:\S+ format %\S* (?:has arg|reads arg|has unknown verb|is missing|has \w+ arg|has .* of wrong type)|` +
    String.raw `call has possible (?:Printf )?formatting directive|call has arguments but no formatting directives|` +
    String.raw `\w+ call needs \d+ args? but has \d+ args?|passes lock by value|copies lock value|range var \S+ copies lock|` +
    String.raw `self-assignment of |unreachable code$|composite literal uses unkeyed fields|possible misuse of |` +
    String.raw `result of \S+ call not used|loop variable \w+ captured by func literal|the cancel function |` +
    String.raw `not compatible with reflect\.StructTag\.Get|struct field \w+ repeats|` +
    String.raw `comparison of function \w+ [=!]= nil is always|(?:suspect|redundant) (?:or|and): |` +
    String.raw `too small for shift of|direct assignment to atomic value|using \w+ before checking for errors|` +
    String.raw `impossible (?:interface|type) assertion|yields a string of one rune|should have signature |` +
    String.raw `second argument to errors\.As|passes non-pointer|has malformed (?:name|example suffix)|` +
    String.raw `misuse of unbuffered os\.Signal channel|from a non-test goroutine|arg list ends with redundant newline|` +
    String.raw `non-constant format string in call to|is a func value, not called|` +
    String.raw `fmt\.\w+ call has|\w+ arg \S+ (?:is a func value|causes recursive))`;
// gofmt, goimports and friends list unformatted files one per line; nothing else prints a bare .go path.
const BARE_GO_FILE = /^(?<file>(?:\.\/)?[\w.-]+(?:\/[\w.@-]+)*\.go)$/;
// Paths of the Go toolchain itself (GOROOT under any install) and module cache: not where the bug is.
const go_USER_FRAME = String.raw `^\t(?<file>(?:[A-Za-z]:)?\/(?!\S*?\/(?:go[\w.-]*|x64|arm64|amd64)\/src\/)(?!\S*\/pkg\/mod\/)\S+\.go):(?<line>\d+)(?: \+0x[0-9a-f]+)?$`;
// Lines of a goroutine dump: headers, `pkg.Func(args)` lines, tab-indented frames, blank separators.
const GOROUTINE_STACK = /^(?:\[signal .*|\tpanic: .*|goroutine \d+ \[.*\]:|\t.*|created by .*|[^\s(][^(]*\(.*\)(?: \+0x[0-9a-f]+)?|)$/;
// Compiler wording, for compile errors of Go < 1.10 that carry no column.
const OLD_COMPILE = String.raw `(?:undefined: |.* redeclared|cannot use |.* (?:declared|imported) (?:and|but) not used|imported and not used|missing return|too (?:many|few) |not enough arguments|.* has no field or method |invalid operation: |cannot convert |assignment mismatch|undeclared name|syntax error|non-name |.* is not a type|multiple-value |cannot assign |cannot range |invalid (?:argument|receiver|recursive type)|.* \(type .*\) )`;
// `go build` and `go vet` name the package above its errors: `# example.com/pkg [example.com/pkg.test]`.
const PACKAGE_HEADER = /^# (?<pkg>[\w./@-]+)(?: \[[\w./@-]+\])?$/;
const STD_PACKAGES = "bufio|bytes|context|errors|flag|fmt|io|log|math|net|os|path|filepath|reflect|regexp|runtime|sort|strconv|strings|sync|atomic|syscall|testing|time|unicode|utf8|json|xml|base64|hex|http|url|exec|ioutil|rand|sha256|md5|hash|slices|maps|cmp|slog|signal|tls|template|zip|gzip|csv|binary|embed|fs|heap|list|big|bits|debug|user|httptest";
const goRules = {
    ecosystem: "go",
    rules: [
        {
            id: "go.proxy-network",
            tool: "go",
            category: "infrastructure_error",
            severity: "high",
            strategy: "none",
            keywords: ["proxy.golang.org", "sum.golang.org", "goproxy"],
            match: /^(?:go: )?(?<message>.*(?:proxy\.golang\.org|sum\.golang\.org|goproxy).*(?:dial tcp|i\/o timeout|connection (?:refused|reset)|TLS handshake timeout|no such host|502 Bad Gateway|503 Service Unavailable|504 Gateway).*)$/i,
            suggestion: "The Go module proxy could not be reached; re-run the job, or set GOPROXY to a reachable mirror.",
        },
        {
            id: "go.syntax",
            tool: "go",
            category: "syntax_error",
            severity: "high",
            strategy: "llm",
            keywords: [".go:"],
            match: new RegExp(LOC +
                String.raw `(?<message>syntax error: .+|expected (?:'[^']+'|declaration|operand|statement|expression|type|[\w ]+), found .+|illegal character .+|string literal not terminated|rune literal not terminated|newline in string|invalid character .+ in .+)$`),
            precede: 1,
            precedeMatch: PACKAGE_HEADER,
            suggestion: "Fix the Go syntax at $<file>:$<line> (`gofmt -l` reports the same error locally).",
        },
        {
            id: "go.missing-std-import",
            tool: "go",
            category: "import_error",
            severity: "high",
            strategy: "imports",
            keywords: ["undefined: ", "undeclared name: "],
            match: new RegExp(LOC +
                String.raw `(?<message>(?:undefined|undeclared name): (?<name>${STD_PACKAGES}))(?: \((?:typecheck|compile)\))?$`),
            message: "$<file>:$<line>: package $<name> is used but not imported",
            precede: 1,
            precedeMatch: PACKAGE_HEADER,
            suggestion: 'Add the missing import of the "$<name>" package to $<file> (or run `goimports -w $<file>`).',
        },
        {
            id: "go.unused-import",
            tool: "go",
            category: "import_error",
            severity: "medium",
            strategy: "imports",
            keywords: ["imported and not used", "and not used"],
            match: new RegExp(LOC +
                String.raw `(?<message>imported and not used: .+|".+" imported (?:as \w+ )?and not used|imported as \w+ and not used.*)$`),
            unless: /\(\w+\)$/,
            precede: 1,
            precedeMatch: PACKAGE_HEADER,
            suggestion: "Remove the unused import in $<file>:$<line> (or run `goimports -w $<file>`).",
        },
        {
            id: "go.package-not-found",
            tool: "go",
            category: "import_error",
            severity: "high",
            strategy: "imports",
            keywords: [
                "is not in GOROOT",
                "is not in std",
                "cannot find package",
                "could not import",
                "use of internal package",
                "import cycle not allowed",
                "no Go files in",
                "found packages",
                "is not a package path",
                "malformed import path",
                "build constraints exclude all Go files",
            ],
            match: /^(?:(?:vet: )?(?<file>[^\s:]+\.go):(?<line>\d+)(?::(?<column>\d+))?: |go: |\S+: )?(?<message>(?:package \S+ is not in (?:GOROOT|std)|cannot find package|could not import|use of internal package .* not allowed|import cycle not allowed|(?:no|no non-test) Go files in|found packages \w+ \(\S+\) and \w+ \(\S+\) in|\S+ is not a package path|malformed import path|(?:package \S+: )?build constraints exclude all Go files in).*)$/,
            suggestion: "Fix the import path in $<file> (a typo, a package that moved, or a module that is not required in go.mod).",
        },
        {
            id: "go.module",
            tool: "go",
            category: "dependency_error",
            severity: "high",
            strategy: "dependencies",
            keywords: [
                "no required module provides package",
                "cannot find module providing package",
                "missing go.sum entry",
                "updates to go.mod needed",
                "go.mod file not found",
                "module lookup disabled",
                "unknown revision",
                "invalid version",
                "checksum mismatch",
                "inconsistent vendoring",
                "but does not contain package",
                "requires go >=",
                "go.mod requires go",
                "is replaced but not required",
                "reading https://",
                "reading http://",
                "reading file://",
                "no matching versions for query",
                "missing go.sum",
            ],
            match: /^(?:(?<file>[^\s:]+\.go):(?<line>\d+)(?::(?<column>\d+))?: |go: |\S*go\.mod:\d+: |verifying \S+: |[\w.-]+\.[a-z]{2,}\/\S+@v\S+: )(?<message>.*(?:no required module provides package|cannot find module providing package|missing go\.sum entry|updates to go\.mod needed|go\.mod file not found|module lookup disabled|unknown revision|invalid version|checksum mismatch|inconsistent vendoring|but does not contain package|requires go >=|go\.mod requires go|is replaced but not required|reading https?:\/\/\S+: 4\d\d|reading file:\/\/\S+: no such file or directory|no matching versions for query).*)$/,
            follow: /^\t(?:go (?:get|mod) .*)$/,
            maxFollow: 2,
            suggestion: "Fix the module requirements: run `go mod tidy` (or `go get <module>`) and commit go.mod and go.sum.",
        },
        {
            id: "go.cgo-header",
            tool: "go",
            category: "import_error",
            severity: "high",
            strategy: "dependencies",
            keywords: ["fatal error: "],
            // cgo compiles C: a missing header is a missing system library (or include path).
            match: new RegExp(LOC + String.raw `(?<message>fatal error: .+(?:file not found|No such file or directory))$`),
            suggestion: "A cgo #include is missing: install the C library's development package or fix CGO_CFLAGS.",
        },
        {
            id: "go.metalinter-format",
            tool: "gometalinter",
            category: "format_error",
            severity: "low",
            strategy: "format",
            keywords: [":warning: ", ":error: "],
            // gometalinter: `eth/config.go:1::warning: file is not goimported (goimports)`.
            match: /^(?<file>[^\s:]+\.go):(?<line>\d+):(?<column>\d*):(?:warning|error): (?<message>.+) \((?<code>gofmt|goimports|gofumpt|gci)\)$/,
            suggestion: "Run `gofmt -s -w` / `goimports -w` on $<file> and commit the result.",
        },
        {
            id: "go.metalinter",
            tool: "gometalinter",
            category: "lint_error",
            severity: "medium",
            strategy: "llm",
            keywords: [":warning: ", ":error: "],
            match: /^(?<file>[^\s:]+\.go):(?<line>\d+):(?<column>\d*):(?:warning|error): (?<message>.+) \((?<code>[\w-]+)\)$/,
            suggestion: "Fix the $<code> finding at $<file>:$<line>.",
        },
        {
            id: "go.golangci-format",
            tool: "golangci-lint",
            category: "format_error",
            severity: "low",
            strategy: "format",
            keywords: ["File is not"],
            match: new RegExp(LOC +
                String.raw `(?<message>File is not (?:properly formatted|\x60?[\w-]+\x60?-ed).*?)(?: \((?<code>[\w-]+)\))?$`),
            // One linter run: its compile and lint findings read together (the first one decides the kind).
            group: "golangci",
            suggestion: "Run `gofmt -s -w $<file>` (or `golangci-lint run --fix`) and commit the result.",
        },
        {
            id: "go.golangci-typecheck",
            tool: "golangci-lint",
            category: "type_error",
            severity: "high",
            strategy: "llm",
            keywords: ["(typecheck)", "(compile)"],
            // `(compile)` is what newer golangci-lint calls it.
            match: new RegExp(LOC + String.raw `(?<message>.+) \((?<code>typecheck|compile)\)$`),
            // One linter run: its compile and lint findings read together (the first one decides the kind).
            group: "golangci",
            suggestion: "The code does not compile: fix the error at $<file>:$<line>.",
        },
        {
            id: "go.golangci-lint",
            tool: "golangci-lint",
            category: "lint_error",
            severity: "medium",
            strategy: "llm",
            keywords: [".go:"],
            match: new RegExp(LOC + String.raw `(?<message>.+) \((?<code>[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*|[A-Z]{1,3}\d{3,4})\)$`),
            unless: new RegExp(LOC + ".*?" + VET),
            // One linter run: its compile and lint findings read together (the first one decides the kind).
            group: "golangci",
            suggestion: "Fix the $<code> finding at $<file>:$<line> (or `golangci-lint run --fix` where it can).",
        },
        {
            id: "go.vet",
            tool: "go vet",
            category: "lint_error",
            severity: "medium",
            strategy: "llm",
            keywords: [".go:"],
            match: new RegExp(LOC + String.raw `(?<message>.*?${VET}.*)$`),
            suggestion: "Fix the `go vet` finding at $<file>:$<line>.",
        },
        {
            id: "go.compile",
            tool: "go",
            category: "type_error",
            severity: "high",
            strategy: "llm",
            keywords: [".go:"],
            // Go >= 1.10 always prints a column; without one (older Go) only compiler wording counts,
            // since programs logging with log.Lshortfile print `server.go:45: listening` too.
            match: new RegExp(String.raw `^(?:vet: )?(?<file>[^\s:]+\.go):(?<line>\d+)(?::(?<column>\d+): (?<message>.+)|: (?<message2>${OLD_COMPILE}.*))$`),
            unless: /: (?:warning|note|info): /,
            follow: /^\t(?:have|want) \(/,
            maxFollow: 2,
            precede: 1,
            precedeMatch: PACKAGE_HEADER,
            suggestion: "Fix the compile error at $<file>:$<line>.",
        },
        {
            id: "go.gofmt-diff",
            tool: "gofmt",
            category: "format_error",
            severity: "low",
            strategy: "format",
            keywords: [".go.orig"],
            match: /^diff (?:-u )?(?<file>\S+\.go)\.orig \S+\.go$/,
            message: "$<file> is not gofmt-formatted",
            suggestion: "Run `gofmt -w $<file>` and commit the result.",
        },
        {
            id: "go.gofmt-list",
            tool: "gofmt",
            category: "format_error",
            severity: "low",
            strategy: "format",
            keywords: [".go"],
            match: BARE_GO_FILE,
            message: "$<file> is not gofmt-formatted",
            suggestion: "Run `gofmt -w $<file>` (or `goimports -w`) and commit the result.",
        },
        {
            id: "go.test-timeout",
            tool: "go test",
            category: "timeout",
            severity: "high",
            strategy: "llm",
            keywords: ["test timed out after"],
            match: /^panic: (?<message>test timed out after \S+)/,
            group: "go-panic",
            follow: /^(?:running tests:|\t\w\S* \([\d.]+m?s\))$/,
            maxFollow: 4,
            suggestion: "A test hung past the `-timeout`: the goroutine dump below shows where it was blocked; fix the wait or raise -timeout.",
        },
        {
            id: "go.panic",
            tool: "go",
            category: "runtime_error",
            severity: "high",
            strategy: "llm",
            keywords: ["panic: "],
            match: /^panic: (?<message>.+?)(?: \[recovered\])?$/,
            unless: /^panic: test timed out/,
            group: "go-panic",
            // Above the `--- FAIL` it causes: the panic is the reason, the test failure is its effect.
            priority: 75,
            // The goroutine stack is part of what a panic says; frames in the user's code give locations.
            follow: GOROUTINE_STACK,
            maxFollow: 40,
            followLocation: new RegExp(go_USER_FRAME),
            suggestion: "The program panicked: read the first frame in your code in the stack trace and fix it there.",
        },
        {
            id: "go.fatal",
            tool: "go",
            category: "runtime_error",
            severity: "high",
            strategy: "llm",
            keywords: ["fatal error: "],
            match: /^fatal error: (?<message>all goroutines are asleep.*|concurrent map .*|out of memory|runtime: .*|stack overflow|unexpected signal.*|sync: .*|.*deadlock.*)$/,
            group: "go-panic",
            priority: 75,
            suggestion: "The Go runtime stopped the program: see the goroutine stack below for the frame in your code.",
        },
        {
            id: "go.data-race",
            tool: "go test",
            category: "runtime_error",
            severity: "high",
            strategy: "llm",
            keywords: ["WARNING: DATA RACE"],
            match: /^WARNING: DATA RACE$/,
            group: "go-race",
            // Above the `--- FAIL ... race detected` it causes.
            priority: 75,
            // The race report: accesses, their goroutines' stacks (frames indented by spaces), blank separators.
            follow: /^(?:(?:Read|Write|Previous (?:read|write)) at 0x[0-9a-f]+ by (?:goroutine \d+|main goroutine):|Goroutine \d+ \(\w+\) created at:|\s+\S.*|)$/,
            maxFollow: 40,
            followLocation: new RegExp(go_USER_FRAME.replace("^\\t", "^\\s+")),
            message: "data race detected",
            suggestion: "Two goroutines touch the same memory without synchronisation: guard it with a mutex/atomic or a channel at the frames shown.",
        },
        {
            id: "go.stack-frame",
            tool: "go",
            category: "runtime_error",
            severity: "high",
            strategy: "llm",
            keywords: [".go:"],
            match: new RegExp(go_USER_FRAME),
            group: "go-panic",
            priority: 75,
            suggestion: "The program panicked: read the first frame in your code in the stack trace and fix it there.",
        },
        {
            id: "go.test-fail",
            tool: "go test",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["--- FAIL: "],
            match: /^\s*--- FAIL: (?<name>\S+)(?: \([\d.]+m?s\))?/,
            group: "go-test",
            // Non-verbose `go test` prints the failure messages indented under the `--- FAIL` line.
            follow: /^\s{4,}(?!--- (?:FAIL|PASS|SKIP): )\S/,
            maxFollow: 12,
            followLocation: /^\s+(?:Error Trace:\s+)?(?<file>[\w./@-]+\.go):(?<line>\d+)/,
            message: "$<name> failed",
            suggestion: "Run `go test -run '^$<name>$' ./...` locally and fix the code or the expectation.",
        },
        {
            // `go test`'s line for a package that did not compile: it closes the compile errors above.
            id: "go.build-failed",
            tool: "go test",
            category: "type_error",
            severity: "high",
            strategy: "llm",
            keywords: ["[build failed]", "[setup failed]"],
            match: /^FAIL\s+(?<name>\S+) \[(?:build|setup) failed\]$/,
            group: "go-build-failed",
            role: "summary",
            message: "$<name> did not build",
            suggestion: "Fix the compile errors printed above for $<name>.",
        },
        {
            id: "go.test-log",
            tool: "go test",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            keywords: [".go:"],
            // `go test -v` streams t.Error output before the `--- FAIL` line; t.Log lines look the
            // same, so only lines that read like an assertion count.
            match: /^\s+(?<file>[\w.-]+_test\.go):(?<line>\d+): (?<message>.*(?:\bwant(?:ed)?\b|\bexpected\b|\bgot\b|\bactual\b|\bfail|\berror|\bunexpected\b|mismatch|\bshould\b|!=|\bnot equal\b|\bdiffer|\bdiff\b).*)$/i,
            group: "go-test",
            suggestion: "Run the failing test locally (`go test -run <name> ./...`) and fix the code or the expectation.",
        },
        {
            id: "go.testify-trace",
            tool: "go test",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["Error Trace:"],
            match: /^\s+Error Trace:\s+(?<file>\S+\.go):(?<line>\d+)$/,
            group: "go-test",
            suggestion: "Run the failing test locally (`go test -run <name> ./...`) and fix the code or the expectation.",
        },
    ],
};
//# sourceMappingURL=go.js.map
;// CONCATENATED MODULE: ./lib/analysis/rules/rust.js
/**
 * Rust: rustc diagnostics (through cargo build/check/test/clippy), cargo's own resolution and
 * network errors, `cargo test` results, panics and `cargo fmt --check`. rustc puts the location
 * on the line after the message (` --> src/lib.rs:3:5`), so every diagnostic rule follows one
 * such line and takes the location from it.
 */
const ARROW = /^\s*--> (?<file>[^\s:]+):(?<line>\d+):(?<column>\d+)$/;
function diagnostic(rule) {
    return { ...rule, follow: /^\s*--> \S/, maxFollow: 1, followLocation: ARROW };
}
// Resolution errors: a missing `use`, a misspelt path or a module file that is not there.
const IMPORT_CODES = "E0405|E0412|E0422|E0425|E0431|E0432|E0433|E0583";
// The crate itself is missing or built by another compiler: a Cargo.toml/lockfile matter.
const CRATE_CODES = "E0460|E0461|E0462|E0463|E0464|E0514|E0519";
// Codeless `error: ...` lines that are cargo's own or summaries, never a diagnostic at a location.
const NOT_A_LINT = /^error: (?:[Cc]ould not compile|aborting due to|test failed|\d+ targets? failed|failed to |linking with|process didn't exit|could not find|no matching|the lock file|package `|Recipe|no such|unexpected argument|unrecognized|invalid value|a value is required|the argument|found argument|manifest path|current package|none of the selected packages|doctest failed|there is nothing to|cannot specify|toolchain|rustup|component)/;
// Thread names of a `cargo test` run are test paths; `main` and unnamed threads are the program.
const PROGRAM_THREAD = "main|<unnamed>";
const rustRules = {
    ecosystem: "rust",
    rules: [
        {
            id: "rust.network",
            tool: "cargo",
            category: "infrastructure_error",
            severity: "high",
            strategy: "none",
            keywords: [
                "spurious network error",
                "failed to download from",
                "failed to fetch",
                "] Couldn't resolve host",
                "] SSL connect error",
                "] Timeout was reached",
                "] Couldn't connect to server",
            ],
            // Cargo's own wording, or curl's `[6] Couldn't resolve host ...` under its "Caused by:".
            match: /^(?:warning: spurious network error.*|error: failed to (?:download from|fetch) .*|\s*\[\d+\] (?<message>(?:Couldn't resolve host|SSL connect error|Timeout was reached|Couldn't connect to server|Failure when receiving data).*))$/,
            suggestion: "The crates registry could not be reached; re-run the job (cargo retries are configurable with CARGO_NET_RETRY).",
        },
        {
            id: "rust.cargo-dependency",
            tool: "cargo",
            category: "dependency_error",
            severity: "high",
            strategy: "dependencies",
            keywords: ["error: "],
            match: /^error: (?<message>(?:no matching package named|failed to select a version for|failed to get `\S+` as a dependency|failed to load source for dependency|the lock file .* needs to be updated|cannot create the lock file .* because --locked|package `\S+` cannot be found|checksum for `.*` changed|failed to parse lock file|cyclic package dependency|failed to resolve patches|package `\S+ \S+` cannot be built because it requires rustc|rustc \S+ is not supported by the following packages?|failed to verify the checksum of|failed to update (?:registry|replaced source)|no matching versions? for|cannot find crate).*)$/,
            follow: /^(?:location searched: |required by package |\s+(?:candidate versions found|versions that meet the requirements|perhaps you meant)).*$/,
            maxFollow: 3,
            suggestion: "Fix the dependency in Cargo.toml (name, version, features) and refresh Cargo.lock with `cargo update -p <crate>`.",
        },
        diagnostic({
            id: "rust.crate-missing",
            tool: "rustc",
            category: "dependency_error",
            severity: "high",
            strategy: "dependencies",
            keywords: ["error[E"],
            match: new RegExp(String.raw `^error\[(?<code>${CRATE_CODES})\]: (?<message>.+)$`),
            suggestion: "Add the crate to [dependencies] in Cargo.toml (or rebuild it with the same toolchain).",
        }),
        diagnostic({
            id: "rust.unresolved",
            tool: "rustc",
            category: "import_error",
            severity: "high",
            strategy: "imports",
            keywords: ["error[E"],
            match: new RegExp(String.raw `^error\[(?<code>${IMPORT_CODES})\]: (?<message>.+)$`),
            suggestion: "Fix the path or add the missing `use` at $<file>:$<line> (rustc's `help: consider importing` names it).",
        }),
        diagnostic({
            id: "rust.error-code",
            tool: "rustc",
            category: "type_error",
            severity: "high",
            strategy: "llm",
            keywords: ["error[E"],
            match: /^error\[(?<code>E\d{4})\]: (?<message>.+)$/,
            suggestion: "Fix the compile error $<code> at $<file>:$<line> (`rustc --explain $<code>` describes it).",
        }),
        diagnostic({
            id: "rust.syntax",
            tool: "rustc",
            category: "syntax_error",
            severity: "high",
            strategy: "llm",
            keywords: ["error: "],
            match: /^error: (?<message>expected .+|unexpected (?:token|closing delimiter|end of (?:file|macro invocation)).*|this file contains an unclosed delimiter|mismatched closing delimiter.*|unclosed delimiter|unterminated (?:double quote string|block comment|character literal|raw string|single quote string).*|unknown start of token.*|missing (?:`(?:fn|struct|enum|trait)`|type for .*|condition for .*).*|found invalid character.*|invalid suffix .*|prefix `\w+` is unknown|incorrect (?:close|unclosed) delimiter.*|non-item in item list|macro expansion ignores .*|missing `in` in `for` loop|expected one of .*)$/,
            suggestion: "Fix the Rust syntax at $<file>:$<line>.",
        }),
        diagnostic({
            id: "rust.unresolved-macro",
            tool: "rustc",
            category: "import_error",
            severity: "high",
            strategy: "imports",
            keywords: ["error: cannot find"],
            match: /^error: (?<message>cannot find (?:macro|attribute|derive macro) `[^`]+` in this scope)$/,
            suggestion: "Import the macro (`use` it or enable the crate feature that provides it) at $<file>:$<line>.",
        }),
        {
            id: "rust.link",
            tool: "rustc",
            category: "build_failure",
            severity: "high",
            strategy: "llm",
            keywords: [
                "error: linking with",
                "error: failed to parse manifest",
                "error: could not find `Cargo.toml`",
            ],
            match: /^error: (?<message>linking with `\S+` failed.*|failed to parse manifest at .*|could not find `Cargo\.toml` in .*)$/,
            suggestion: "The build itself failed (linker, build script or manifest): read the note lines below it; a missing system library needs its -dev package installed.",
        },
        {
            id: "rust.system-library",
            tool: "cargo",
            category: "dependency_error",
            severity: "high",
            strategy: "dependencies",
            keywords: [
                "Could not find directory of OpenSSL",
                "could not find system library",
                "The system library",
                "failed to find tool",
                "is `cmake` not installed",
                "pkg-config search path",
                "Unable to find libclang",
            ],
            // What -sys crates' build scripts print when the system library or tool is missing.
            match: /^\s*(?:\S+: )?(?<message>.*(?:Could not find directory of OpenSSL installation|could not find system library '[^']+'|The system library `[^`]+` required by crate `[^`]+` was not found|failed to find tool "[^"]+"|is `cmake` not installed\?|was not found in the pkg-config search path|Unable to find libclang).*)$/,
            priority: 85,
            suggestion: "A -sys crate's build script cannot find a system library or tool: install its -dev package (e.g. libssl-dev, pkg-config) in the job.",
        },
        {
            id: "rust.build-script",
            tool: "cargo",
            category: "build_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["error: failed to run custom build command"],
            match: /^error: (?<message>failed to run custom build command for `[^`]+`)$/,
            // Below the build script's own panic or configure error printed under it: that is the cause.
            priority: 60,
            suggestion: "A build script (build.rs) failed: its stderr below says why; a missing system library needs its -dev package or a pkg-config path.",
        },
        diagnostic({
            id: "rust.unstable",
            tool: "rustc",
            category: "build_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["error: "],
            match: /^error: (?<message>.*\b(?:is|are) (?:unstable|experimental)\b.*|use of unstable library feature .*)$/,
            suggestion: "The code needs a newer (or nightly) Rust toolchain than the one CI used: pin rust-toolchain or avoid the feature.",
        }),
        {
            id: "rust.test-failed-line",
            tool: "cargo test",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["... FAILED"],
            match: /^test (?<name>\S.*?)(?: - should panic)? \.\.\. FAILED$/,
            group: "rust-test",
            message: "test $<name> failed",
            suggestion: "Run `cargo test $<name>` locally and fix the code or the assertion.",
        },
        {
            id: "rust.program-panic",
            tool: "rustc",
            category: "runtime_error",
            severity: "high",
            strategy: "llm",
            keywords: ["panicked at"],
            match: new RegExp(String.raw `^thread '(?<name>${PROGRAM_THREAD})'(?: \(\d+\))? panicked at (?<file>[^\s:']+\.rs):(?<line>\d+):(?<column>\d+):?$`),
            group: "rust-panic",
            follow: /^(?!note: |stack backtrace:|thread '|\s*\d+: |\s+at )\S.*$/,
            maxFollow: 3,
            suggestion: "The program panicked at $<file>:$<line>: fix the unwrap/index/assumption there.",
        },
        {
            id: "rust.program-panic-legacy",
            tool: "rustc",
            category: "runtime_error",
            severity: "high",
            strategy: "llm",
            keywords: ["panicked at"],
            match: new RegExp(String.raw `^thread '(?<name>${PROGRAM_THREAD})' panicked at '(?<message>.*)', (?<file>[^\s:']+\.rs):(?<line>\d+):(?<column>\d+)$`),
            group: "rust-panic",
            message: "panic: $<message>",
            suggestion: "The program panicked at $<file>:$<line>: fix the unwrap/index/assumption there.",
        },
        {
            id: "rust.test-panic",
            tool: "cargo test",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["panicked at"],
            match: /^thread '(?<name>[^']+)'(?: \(\d+\))? panicked at (?<file>[^\s:']+\.rs):(?<line>\d+):(?<column>\d+):?$/,
            group: "rust-test",
            // The assertion text follows on its own lines (`assertion `left == right` failed`, left/right).
            follow: /^(?:(?!note: |stack backtrace:|thread '|failures:$|test |---- |error: |\s*\d+: |\s+at )\S.*|\s+(?:left|right)\s*:.*)$/,
            maxFollow: 6,
            message: "test $<name> panicked at $<file>:$<line>",
            suggestion: "Run `cargo test $<name>` locally and fix the code or the assertion.",
        },
        {
            id: "rust.test-panic-legacy",
            tool: "cargo test",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["panicked at"],
            // Rust < 1.73: `thread 't' panicked at 'message', src/lib.rs:10:9` (the message may span lines).
            match: /^thread '(?<name>[^']+)' panicked at '(?<message>.*?)(?:', (?<file>[^\s:']+\.rs):(?<line>\d+):(?<column>\d+))?$/,
            group: "rust-test",
            follow: /^(?!note: |stack backtrace:|thread '|failures:$|test |---- ).+$/,
            maxFollow: 6,
            followLocation: /', (?<file>[^\s:']+\.rs):(?<line>\d+):(?<column>\d+)$/,
            message: "test $<name> panicked: $<message>",
            suggestion: "Run `cargo test $<name>` locally and fix the code or the assertion.",
        },
        {
            id: "rust.test-no-panic",
            tool: "cargo test",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["test did not panic as expected"],
            match: /^note: (?<message>test did not panic as expected)(?: at (?<file>[^\s:]+\.rs):(?<line>\d+):(?<column>\d+))?/,
            group: "rust-test",
            suggestion: "The #[should_panic] test returned normally: check the code path it expects to panic.",
        },
        {
            id: "rust.test-result",
            tool: "cargo test",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["test result: FAILED", "error: test failed, to rerun pass", "error: doctest failed"],
            match: /^(?:test result: FAILED\. .*|error: (?:test|doctest) failed, to rerun pass .*)$/,
            group: "rust-test",
            role: "summary",
            suggestion: "Run `cargo test` locally; the failures list above names the failing tests.",
        },
        {
            id: "rust.rustfmt",
            tool: "rustfmt",
            category: "format_error",
            severity: "low",
            strategy: "format",
            keywords: ["Diff in "],
            match: /^Diff in (?<file>\S+?\.rs)(?: at line |:)(?<line>\d+):?$/,
            message: "$<file> is not rustfmt-formatted",
            suggestion: "Run `cargo fmt --all` and commit the result.",
        },
        diagnostic({
            id: "rust.lint",
            tool: "clippy",
            category: "lint_error",
            severity: "medium",
            strategy: "llm",
            keywords: ["error: "],
            // Denied lints (clippy, `-D warnings`) print a codeless `error:` whose message quotes code
            // in backticks; requiring one keeps other tools' `error: ...` lines out.
            match: /^error: (?<message>[^`]*`[^`]+`.*|length comparison to zero|this function has too many arguments.*|very complex type used.*|redundant clone|manual implementation of .*|this could be a `const fn`|item in documentation is missing backticks|unneeded unit expression|empty line after .*)$/,
            unless: NOT_A_LINT,
            suggestion: "Fix the lint at $<file>:$<line> (`cargo clippy --fix` applies the machine-applicable ones), or allow it explicitly.",
        }),
    ],
};
//# sourceMappingURL=rust.js.map
;// CONCATENATED MODULE: ./lib/analysis/rules/java.js
/**
 * JVM builds: javac (plain, through Maven's `[ERROR] File.java:[l,c]` and Gradle), kotlinc,
 * Maven goal failures (dependency resolution, POM errors, Surefire), Gradle's "What went wrong",
 * JUnit through Surefire and Gradle, Checkstyle/PMD/SpotBugs/Spotless, and uncaught exceptions.
 * javac's message decides the category: the same `file:line: error:` shape carries syntax,
 * import and type errors.
 */
// javac messages that mean the parser gave up: the code is not well-formed.
const JAVAC_SYNTAX = String.raw `(?:'[^']{1,12}' expected|<identifier> expected|class, interface, enum, or record expected|class, interface, or enum expected|illegal start of (?:expression|type|statement)|reached end of file while parsing|unclosed (?:string|character|text block) literal|unclosed comment|not a statement|'(?:else|catch|finally|try)' without '(?:if|try)'|'(?:catch|finally)' or '\w+' expected|orphaned \w+|illegal character: .*|malformed floating-point literal|invalid method declaration; return type required|empty character literal|illegal (?:line end in character literal|escape character)|'(?:\(|\[)' or '(?:\[|\()' expected|= expected|repeated modifier|modifier \w+ not allowed here|variable declaration not allowed here|unexpected type|: expected)`;
// javac messages that mean an import or package cannot be found.
const JAVAC_IMPORT = String.raw `(?:package [\w.]+ does not exist|package [\w.]+ is not visible|cannot access [\w.$]+|static import only from classes and interfaces|module not found: .*|bad class file: .*|class file for [\w.$]+ not found|import requires canonical name for .*)`;
// javac and Gradle print `path/File.java:12: error: msg`; Maven prints `[ERROR] /path/File.java:[12,5] msg`.
const SHAPES = [
    {
        id: "javac",
        tool: "javac",
        keywords: [".java:"],
        prefix: String.raw `^(?:\[ant:javac\] |\s*\[javac\] |:[\w:-]+(?=\/))?(?<file>[^\s:]+\.java):(?<line>\d+): error: `,
    },
    {
        id: "maven-javac",
        tool: "maven",
        keywords: [".java:["],
        prefix: String.raw `^\[ERROR\] (?<file>(?:[A-Za-z]:)?[^\s:\[]+\.java):\[(?<line>\d+),(?<column>\d+)\] (?:error: )?`,
        // Maven repeats javac's symbol/location lines as `[ERROR]   symbol: ...`.
        follow: /^\[ERROR\]\s+(?:symbol|location|required|found|reason):/,
    },
];
function compileRules() {
    const out = [];
    const kinds = [
        {
            kind: "syntax",
            category: "syntax_error",
            body: JAVAC_SYNTAX,
            strategy: "llm",
            suggestion: "Fix the Java syntax at $<file>:$<line>.",
        },
        {
            kind: "import",
            category: "import_error",
            body: JAVAC_IMPORT,
            strategy: "imports",
            suggestion: "Fix the import at $<file>:$<line>: correct the package name or add the library that provides it to the build file.",
        },
        {
            kind: "compile",
            category: "type_error",
            // javac's messages never end with a period; Checkstyle's plain output in the same shape does.
            body: ".*[^.]",
            strategy: "llm",
            suggestion: "Fix the compile error at $<file>:$<line>.",
        },
    ];
    for (const shape of SHAPES) {
        for (const k of kinds) {
            out.push({
                id: `java.${shape.id}-${k.kind}`,
                tool: shape.tool,
                category: k.category,
                severity: "high",
                strategy: k.strategy,
                keywords: shape.keywords,
                match: new RegExp(shape.prefix + `(?<message>${k.body})$`),
                // Maven's Checkstyle/PMD lines share the `[ERROR] File.java:[l,c]` shape.
                // Old maven-compiler prints javac's encoding warnings at [ERROR] level.
                unless: /\] \(\w+\) \w+: |\[ERROR\] .*\.java:\[\d+(?:,\d+)?\] \[|unmappable character (?:\(0x[0-9A-F]+\) )?for encoding/,
                follow: shape.follow,
                maxFollow: 3,
                suggestion: k.suggestion,
            });
        }
    }
    return out;
}
const KOTLIN_NEW = String.raw `^e: (?:file:\/\/)?(?<file>[^\s:]+\.kts?):(?<line>\d+):(?<column>\d+):? `;
const KOTLIN_CLI = String.raw `^(?<file>(?:[A-Za-z]:)?[^\s:]+\.kts?):(?<line>\d+):(?<column>\d+): error: `;
// kotlinc's own output starts its messages in lower case (`expecting an element`).
const KOTLIN_CLI_SYNTAX = String.raw `(?:[Ee]xpecting |[Uu]nexpected tokens|[Uu]nclosed comment|[Mm]issing '|[Ee]xpected an? |[Ss]yntax error)`;
const KOTLIN_OLD = String.raw `^e: (?<file>[^\s:]+\.kts?): \((?<line>\d+), (?<column>\d+)\): `;
const KOTLIN_SYNTAX = String.raw `(?:Expecting |Unexpected tokens|Unclosed comment|Missing '|Expected an? |Syntax error)`;
// sbt/scalac: `[error] /w/src/main/scala/A.scala:12:5: type mismatch;` (column since sbt 1.x).
const SBT = String.raw `^\[error\] (?<file>(?:[A-Za-z]:)?[^\s:]+\.(?:scala|sbt|java)):(?<line>\d+)(?::(?<column>\d+))?: `;
// scalac's code and caret lines under a diagnostic.
const SBT_FRAME = /^\[error\] (?!\S+\.(?:scala|sbt|java):\d+)(?![a-z]+ errors? found)\s.*$/;
// The frame in a test class: where a failing assertion sits.
const TEST_FRAME = /^\s+at [\w$.<>/]+\((?<file>\w*(?:Test|Tests|IT|TestCase|Spec)\.(?:java|kt|groovy|scala)):(?<line>\d+)\)$/;
// A stack frame that is not the JDK's, a test framework's or a build tool's own.
const java_USER_FRAME = /^\s+at (?!(?:java|javax|jdk|sun|kotlin|kotlinx|org\.junit|junit|org\.apache\.maven|org\.gradle|worker\.org\.gradle|org\.opentest4j|org\.assertj|org\.hamcrest|org\.mockito|com\.sun)[./])(?:[\w.$-]+\/)?[\w$.<>]+\((?<file>[\w$]+\.(?:java|kt|scala|groovy)):(?<line>\d+)\)$/;
const javaRules = {
    ecosystem: "java",
    rules: [
        {
            id: "java.maven-network",
            tool: "maven",
            category: "infrastructure_error",
            severity: "high",
            strategy: "none",
            keywords: [
                "Could not transfer",
                "Connect timed out",
                "Connection timed out",
                "Read timed out",
                "Connection reset",
                "Could not GET",
                "Could not HEAD",
                "Received status code 5",
            ],
            match: /^(?:\[ERROR\] |\s*> )(?<message>.*(?:Could not transfer (?:artifact|metadata)|Could not (?:GET|HEAD) '|Failed to transfer file).*(?:timed out|Connection reset|Connection refused|status code 5\d\d|Status code: 5\d\d|Network is unreachable|Remote host terminated|handshake|No route to host|Unknown host).*)$/,
            // Resolution failures name the artifact: that is what to fix even when a transfer failed.
            unless: /could not be resolved|Could not resolve dependencies|Non-resolvable|Failed to collect dependencies/,
            suggestion: "The artifact repository could not be reached: re-run the job; if it persists, check the repository URL and mirror settings.",
        },
        {
            id: "java.maven-dependency",
            tool: "maven",
            category: "dependency_error",
            severity: "high",
            strategy: "dependencies",
            keywords: [
                "Could not resolve dependencies",
                "Failed to collect dependencies",
                "Could not find artifact",
                "could not be resolved",
                "Non-resolvable",
                "in offline mode",
                "resolution will not be reattempted",
                "Could not transfer artifact",
            ],
            match: /^\[ERROR\] (?<message>.*(?:Could not resolve dependencies|Failed to collect dependencies|Could not find artifact|could not be resolved|Non-resolvable (?:parent|import) POM|in offline mode|resolution will not be reattempted|Could not transfer artifact).*)$/,
            message: (g) => (g.message ?? "").replace(/^Failed to execute goal /, "").slice(0, 300),
            // Maven stops here: compile errors about missing packages in the same run are its effect.
            priority: 87,
            suggestion: "Fix the dependency coordinates/version in pom.xml (or the repository that hosts them) so Maven can resolve it; `mvn dependency:tree` shows what is asked for.",
        },
        {
            id: "java.maven-pom",
            tool: "maven",
            category: "build_failure",
            severity: "high",
            strategy: "llm",
            keywords: [
                "Non-parseable POM",
                "Some problems were encountered while processing the POMs",
                "is missing. @",
                "Unknown lifecycle phase",
                "No goals have been specified",
                "The build could not read",
            ],
            match: /^\[(?:ERROR|FATAL)\]\s+(?:\[ERROR\] )?(?<message>(?:Non-parseable POM (?<file>[^\s:]+):.*?(?:@ line (?<line>\d+), column (?<column>\d+).*|$)|'[\w.]+' for \S+ is missing\. @.*|Unknown lifecycle phase ".*|No goals have been specified for this build.*))$/,
            suggestion: "Fix pom.xml: it is not a valid Maven project file at the position shown.",
        },
        {
            id: "java.surefire-timeout",
            tool: "surefire",
            category: "timeout",
            severity: "high",
            strategy: "llm",
            keywords: ["timeout in the fork", "timed out after", "TimeoutException"],
            match: /^(?:\[ERROR\] (?<message>.*There was a timeout (?:or other error )?in the fork.*)|\[ERROR\]\s+(?:Run \d+: )?(?<name>[A-Z][\w$]*\.\S+?)(?::\d+)? » (?:Timeout|TestTimedOut|ConditionTimeout)\b.*|.*java\.util\.concurrent\.TimeoutException: .* timed out after .*|.*org\.junit\.runners\.model\.TestTimedOutException: .*)$/,
            group: "surefire-timeout",
            suggestion: "A test ran past its timeout: find what it waits on (I/O, a lock, a sleep) or raise the limit.",
        },
        {
            id: "java.surefire-crash",
            tool: "surefire",
            category: "runtime_error",
            severity: "high",
            strategy: "llm",
            keywords: ["The forked VM terminated", "ExecutionException The forked VM", "Crashed tests"],
            match: /^\[ERROR\] (?<message>.*(?:The forked VM terminated without (?:properly )?saying goodbye|Crashed tests:).*)$/,
            suggestion: "The test JVM died (System.exit, OOM or a native crash): check the dump files Surefire names and raise its memory if needed.",
        },
        {
            id: "java.surefire-result",
            tool: "surefire",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["[ERROR]  ", "Failed tests:", "Tests in error:"],
            // The "Results:" list: `[ERROR]   CalcTest.adds:11 expected: <3> but was: <4>` (Surefire 2.19+),
            // or `Failed tests:   adds(com.acme.CalcTest): expected:<3> but was:<4>` (older).
            match: /^(?:\[ERROR\]\s{2,}(?:Run \d+: )?[A-Z][\w$]*\.[\w$]+\S*?(?::\d+)?(?: » | )(?<message>.*)|(?:Failed tests|Tests in error):\s+\S+\(\S+\): ?.*)$/,
            group: "surefire",
            message: (g, line) => line.replace(/^\[ERROR\]\s+/, "").trim(),
            suggestion: "Run the failing test locally (`mvn test -Dtest=<Class>#<method>`) and fix the code or the assertion.",
        },
        {
            id: "java.surefire-case",
            tool: "surefire",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["<<< FAILURE!", "<<< ERROR!"],
            // Per test: `[ERROR] com.acme.CalcTest.adds -- Time elapsed: 0.01 s <<< FAILURE!` then the exception line.
            match: /^(?:\[ERROR\] )?(?<name>[\w$.]+(?:\(.*?\))?)\s+(?:--\s+)?Time elapsed: [\d.,]+ s(?:ec)?\s+<<< (?:FAILURE|ERROR)!$/,
            group: "surefire",
            // The exception and its stack; the frame in the test class is where the assertion failed.
            // (A frame alone is no failure: passing tests log stack traces too.)
            follow: /^(?:(?!\s|\[)[\w$.]+(?:Error|Exception|Failure|Failed)\b.*|\s+at .*|\s+\.\.\. \d+ more|\s*Caused by: .*|\s+Suppressed: .*)$/,
            maxFollow: 40,
            followLocation: TEST_FRAME,
            message: "$<name> failed",
            suggestion: "Run `mvn test -Dtest=<Class>#<method>` locally and fix the code or the assertion.",
        },
        {
            id: "java.surefire-summary",
            tool: "surefire",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["There are test failures", "<<< FAILURE! -- in", "<<< FAILURE! - in", "Tests run:"],
            match: /^(?:\[ERROR\] Failed to execute goal .*There are test failures.*|(?:\[ERROR\] )?Tests run: \d+, Failures: \d+, Errors: \d+, Skipped: \d+(?:, Flakes: \d+)?(?:, Time elapsed: .* <<< FAILURE!(?: -+ in \S+)?)?)$/,
            unless: /Failures: 0, Errors: 0/,
            group: "surefire",
            role: "summary",
            suggestion: "Run `mvn test` locally; the Results list names the failing tests.",
        },
        {
            id: "java.gradle-test",
            tool: "gradle",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            keywords: [" FAILED"],
            // `CalcTest > adds() FAILED` then `    org.opentest4j.AssertionFailedError at CalcTest.java:11`.
            match: /^(?<name>[\w$.]+(?: > .+?)+) FAILED$/,
            group: "gradle-test",
            follow: /^\s{4,}\S.*$/,
            maxFollow: 3,
            followLocation: /\bat (?<file>[\w$]+\.(?:java|kt|groovy|scala)):(?<line>\d+)\)?$/,
            message: "$<name> failed",
            suggestion: "Run `./gradlew test --tests '<Class>'` locally and fix the code or the assertion.",
        },
        {
            id: "java.gradle-test-summary",
            tool: "gradle",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["There were failing tests", "tests completed,"],
            match: /^(?:> There were failing tests\. See the report at: .*|\d+ tests completed, \d+ failed.*)$/,
            group: "gradle-test",
            role: "summary",
            suggestion: "Open the Gradle test report it names, or run `./gradlew test` locally.",
        },
        {
            id: "java.gradle-dependency",
            tool: "gradle",
            category: "dependency_error",
            severity: "high",
            strategy: "dependencies",
            keywords: [
                "Could not resolve",
                "Could not find ",
                "was not found in any of the following sources",
                "Dependency verification failed",
            ],
            match: /^(?:> |\s+> )?(?<message>(?:Could not resolve all (?:files|dependencies|artifacts|task dependencies) for configuration .*|Could not resolve [\w.-]+:[\w.-]+(?::[\w.-]+)?\.?|Could not find [\w.-]+:[\w.-]+:[\w.+-]+\.?|Plugin \[id: .*\] was not found in any of the following sources:|Dependency verification failed.*))$/,
            suggestion: "Fix the dependency (coordinates, version, repository) in the Gradle build file; `./gradlew dependencies` shows the graph.",
        },
        {
            id: "java.gradle-build-script",
            tool: "gradle",
            category: "build_failure",
            severity: "high",
            strategy: "llm",
            keywords: [
                "Build file '",
                "Could not compile build file",
                "Could not compile settings file",
                "Settings file '",
            ],
            match: /^(?:(?<message>(?:Build|Settings) file '(?<file>[^']+)' line: (?<line>\d+))|Could not compile (?:build|settings) file '.*'\.?)$/,
            suggestion: "Fix the Gradle build script at the line shown.",
        },
        {
            id: "java.gradle-task-failed",
            tool: "gradle",
            category: "build_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["Execution failed for task", "FAILED"],
            match: /^(?:Execution failed for task '(?<name>[^']+)'\.|> Task (?<task>\S+) FAILED|(?<task2>:[\w:-]+) FAILED)$/,
            group: "gradle-task",
            role: "summary",
            message: (g) => `Gradle task ${g.name ?? g.task ?? g.task2 ?? ""} failed`,
            suggestion: "Read the task's output above (`./gradlew <task> --stacktrace` locally for details).",
        },
        {
            id: "java.kotlin-syntax",
            tool: "kotlinc",
            category: "syntax_error",
            severity: "high",
            strategy: "llm",
            keywords: [".kt:", ".kts:"],
            match: new RegExp(KOTLIN_NEW + `(?<message>${KOTLIN_SYNTAX}.*)$`),
            suggestion: "Fix the Kotlin syntax at $<file>:$<line>.",
        },
        {
            id: "java.kotlin-syntax-legacy",
            tool: "kotlinc",
            category: "syntax_error",
            severity: "high",
            strategy: "llm",
            keywords: [".kt:", ".kts:"],
            match: new RegExp(KOTLIN_OLD + `(?<message>${KOTLIN_SYNTAX}.*)$`),
            suggestion: "Fix the Kotlin syntax at $<file>:$<line>.",
        },
        {
            id: "java.kotlinc-cli-syntax",
            tool: "kotlinc",
            category: "syntax_error",
            severity: "high",
            strategy: "llm",
            keywords: [".kt:", ".kts:"],
            // The kotlinc command line: `Calc.kt:4:18: error: expecting an element`.
            match: new RegExp(KOTLIN_CLI + `(?<message>${KOTLIN_CLI_SYNTAX}.*)$`),
            suggestion: "Fix the Kotlin syntax at $<file>:$<line>.",
        },
        {
            id: "java.kotlinc-cli",
            tool: "kotlinc",
            category: "type_error",
            severity: "high",
            strategy: "llm",
            keywords: [".kt:", ".kts:"],
            match: new RegExp(KOTLIN_CLI + "(?<message>.+)$"),
            suggestion: "Fix the Kotlin compile error at $<file>:$<line>.",
        },
        {
            id: "java.kotlin",
            tool: "kotlinc",
            category: "type_error",
            severity: "high",
            strategy: "llm",
            keywords: [".kt:", ".kts:"],
            match: new RegExp(KOTLIN_NEW + "(?<message>.+)$"),
            suggestion: "Fix the Kotlin compile error at $<file>:$<line>.",
        },
        {
            id: "java.kotlin-legacy",
            tool: "kotlinc",
            category: "type_error",
            severity: "high",
            strategy: "llm",
            keywords: [".kt:", ".kts:"],
            match: new RegExp(KOTLIN_OLD + "(?<message>.+)$"),
            suggestion: "Fix the Kotlin compile error at $<file>:$<line>.",
        },
        {
            id: "java.checkstyle",
            tool: "checkstyle",
            category: "lint_error",
            severity: "medium",
            strategy: "llm",
            keywords: [".java:"],
            // CLI/Gradle: `[ERROR] /w/src/A.java:12:5: Missing a Javadoc comment. [MissingJavadocMethod]`.
            match: /^(?:\[ant:checkstyle\] )?\[(?:ERROR|WARN|WARNING)\] (?<file>[^\s:[]+\.java):(?<line>\d+)(?::(?<column>\d+))?: (?<message>.+) \[(?<code>\w+)\]$/,
            group: "checkstyle",
            message: (g, line) => line.replace(/^(?:\[ant:checkstyle\] )?\[\w+\] /, ""),
            suggestion: "Fix the Checkstyle violation at $<file>:$<line> (rule $<code>).",
        },
        {
            id: "java.checkstyle-plain",
            tool: "checkstyle",
            category: "lint_error",
            severity: "medium",
            strategy: "llm",
            keywords: [".java:"],
            // Checkstyle's plain formatter: `/w/src/A.java:27: 'if' construct must use '{}'s.` or with a
            // severity (`A.java:10:8: error: Unused import - x.Y.`); javac never prints a column and never
            // ends a message with a period.
            match: /^(?<file>(?:[A-Za-z]:)?[^\s:[]+\.java):(?<line>\d+)(?::(?<column>\d+): error: (?<message>.+)|: error: (?<message3>.+\.)|: (?!(?:error|warning|note): |warning - )(?<message2>.+))$/,
            group: "checkstyle",
            suggestion: "Fix the Checkstyle violation at $<file>:$<line>.",
        },
        {
            id: "java.checkstyle-maven",
            tool: "checkstyle",
            category: "lint_error",
            severity: "medium",
            strategy: "llm",
            keywords: [".java:["],
            // maven-checkstyle-plugin: `[ERROR] src/A.java:[12,5] (javadoc) MissingJavadocMethod: Missing ...`.
            match: /^\[(?:ERROR|WARN|WARNING)\] (?<file>[^\s:[]+\.java):\[(?<line>\d+)(?:,(?<column>\d+))?\] \((?<group>\w+)\) (?<code>\w+): (?<message>.+)$/,
            group: "checkstyle",
            message: (g, line) => line.replace(/^\[\w+\] /, ""),
            suggestion: "Fix the Checkstyle violation at $<file>:$<line> (rule $<code>).",
        },
        {
            id: "java.checkstyle-summary",
            tool: "checkstyle",
            category: "lint_error",
            severity: "medium",
            strategy: "llm",
            keywords: [
                "Checkstyle violation",
                "Checkstyle rule violations",
                "Checkstyle ends with",
                "PMD Failure",
                "BugInstance",
                "SpotBugs",
                "PMD violation",
                "reported by Checkstyle",
            ],
            match: /^(?:\[ERROR\] |> )?(?<message>.*(?:You have \d+ Checkstyle violations?|Checkstyle rule violations were found|Checkstyle ends with \d+ errors?|There (?:is|are) \d+ errors? reported by Checkstyle|PMD Failure: .*|You have \d+ PMD violations?|Total bugs: [1-9]\d*|BugInstance size is [1-9]\d*|failed with [1-9]\d* bugs?).*)$/,
            group: "checkstyle",
            suggestion: "Fix the static-analysis violations listed above (Checkstyle/PMD/SpotBugs report names the rule).",
        },
        {
            id: "java.spotless",
            tool: "spotless",
            category: "format_error",
            severity: "low",
            strategy: "format",
            keywords: ["format violations", "spotless:apply", "spotlessApply"],
            match: /^(?:\[ERROR\] |> )?(?<message>.*(?:The following files had format violations|Run '(?:mvn spotless:apply|gradlew spotlessApply|\.\/gradlew spotlessApply|gradle spotlessApply)' to fix these violations).*)$/,
            follow: /^(?:\[ERROR\])?\s{4,}\S+\.\w+$/,
            maxFollow: 10,
            followLocation: /^(?:\[ERROR\])?\s+(?<file>\S+\.\w+)$/,
            suggestion: "Run `mvn spotless:apply` (or `./gradlew spotlessApply`) and commit the result.",
        },
        {
            id: "java.launcher",
            tool: "java",
            category: "runtime_error",
            severity: "high",
            strategy: "llm",
            keywords: [
                "Could not find or load main class",
                "A JNI error has occurred",
                "UnsupportedClassVersionError",
            ],
            match: /^(?:Error: )?(?<message>Could not find or load main class \S+|A JNI error has occurred.*|.*UnsupportedClassVersionError: .*)$/,
            suggestion: "The JVM could not start the program: check the classpath/main class (or the wrapper jar) and the Java version.",
        },
        {
            id: "java.sbt-lint",
            tool: "scalac",
            category: "lint_error",
            severity: "medium",
            strategy: "llm",
            keywords: ["[error] "],
            // -Xfatal-warnings turns deprecations and unused warnings into errors.
            match: new RegExp(SBT +
                String.raw `(?<message>.*(?:is deprecated|[Uu]nused import|is never used|never used|Unused parameter|adapted the argument list|dead code following|match may not be exhaustive|a pure expression does nothing).*)$`),
            follow: SBT_FRAME,
            maxFollow: 2,
            suggestion: "A warning made fatal (-Xfatal-warnings) at $<file>:$<line>: fix it or suppress it explicitly.",
        },
        {
            id: "java.sbt-syntax",
            tool: "scalac",
            category: "syntax_error",
            severity: "high",
            strategy: "llm",
            keywords: ["[error] "],
            match: new RegExp(SBT +
                String.raw `(?<message>(?:.* expected but .* found\.?|illegal start of .*|unclosed .*|Missing closing brace.*|';' expected.*))$`),
            follow: SBT_FRAME,
            maxFollow: 2,
            suggestion: "Fix the Scala syntax at $<file>:$<line>.",
        },
        {
            id: "java.sbt-import",
            tool: "scalac",
            category: "import_error",
            severity: "high",
            strategy: "imports",
            keywords: ["[error] "],
            match: new RegExp(SBT +
                String.raw `(?<message>(?:object \S+ is not a member of package .*|not found: object .*|\S+ is not a member of package .*))$`),
            follow: SBT_FRAME,
            maxFollow: 2,
            suggestion: "Fix the import at $<file>:$<line> (package path, or the library dependency in build.sbt).",
        },
        {
            id: "java.sbt-compile",
            tool: "scalac",
            category: "type_error",
            severity: "high",
            strategy: "llm",
            keywords: ["[error] "],
            match: new RegExp(SBT + "(?<message>.+)$"),
            follow: SBT_FRAME,
            maxFollow: 2,
            suggestion: "Fix the compile error at $<file>:$<line>.",
        },
        {
            id: "java.sbt-test",
            tool: "sbt",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["*** FAILED ***", "Failed tests:", "TestsFailedException", "Failed: Total"],
            // ScalaTest `- should parse *** FAILED ***`; sbt's `[error] Failed tests:` and TestsFailedException.
            match: /^(?:\[info\] )?(?:\s*- (?<name>.+) \*\*\* FAILED \*\*\*.*|\[error\] (?:Failed tests:|\(.*\) sbt\.TestsFailedException: .*|Failed: Total \d+, Failed [1-9].*))$/,
            group: "sbt-test",
            // ScalaTest prints the assertion under the test, indented: `[info]   9.0 was not ... (ATest.scala:87)`.
            follow: /^\[info\]\s{3,}\S.*$/,
            maxFollow: 4,
            followLocation: /\((?<file>[\w$]+\.scala):(?<line>\d+)\)$/,
            suggestion: "Run `sbt testOnly <Spec>` locally and fix the code or the expectation.",
        },
        {
            id: "java.mima",
            tool: "mima",
            category: "build_failure",
            severity: "high",
            strategy: "llm",
            keywords: [
                "Binary compatibility check failed",
                "does not have a correspondent in current version",
                "is different in current version",
                "in current version does not have a correspondent",
            ],
            match: /^(?:\[error\] )?\s*(?<message>.*(?:Binary compatibility check failed!|does not have a correspondent in current version|is different in current version|in current version does not have a correspondent).*)$/,
            group: "mima",
            suggestion: "The change breaks binary compatibility (MiMa): restore the API or add a ProblemFilters exclusion with a reason.",
        },
        {
            id: "java.ant-junit",
            tool: "ant",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["[junit] Test ", "[junitlauncher] Test "],
            // Ant: `    [junit] Test com.acme.CalcTest FAILED`.
            match: /^\s*\[junit(?:launcher)?\] Test (?<name>\S+) FAILED\b.*$/,
            group: "ant-junit",
            suggestion: "Run the failing JUnit class locally (ant test -Dtestcase=...) and fix the code or the assertion.",
        },
        {
            id: "java.android-lint",
            tool: "android-lint",
            category: "lint_error",
            severity: "medium",
            strategy: "llm",
            keywords: ["Lint found errors in the project", "Lint found fatal errors"],
            match: /^(?:> )?(?<message>Lint found (?:fatal )?errors in the project; aborting build\.?.*)$/,
            suggestion: "Fix the Android lint errors in the lint report (or baseline them with lint.xml).",
        },
        {
            id: "java.aapt",
            tool: "aapt",
            category: "build_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["AAPT: error: "],
            match: /^(?:ERROR: ?)?(?:(?<file>\S+?\.xml):(?<line>\d+)(?::\d+)?: )?AAPT: error: (?<message>.+)$/,
            suggestion: "Fix the Android resource the AAPT error names (a missing resource, attribute or malformed XML).",
        },
        {
            id: "java.uncaught",
            tool: "java",
            category: "runtime_error",
            severity: "high",
            strategy: "llm",
            keywords: ["Exception in thread"],
            match: /^Exception in thread "(?<name>[^"]+)" (?<message>[\w$.]+(?:Exception|Error)\b.*)$/,
            group: "java-uncaught",
            follow: /^\s+(?:at |\.\.\. \d+ more|Caused by: )|^Caused by: /,
            maxFollow: 3,
            followLocation: java_USER_FRAME,
            suggestion: "The program died of an uncaught exception: fix the first frame in your code shown below it.",
        },
        {
            id: "java.werror",
            tool: "javac",
            category: "lint_error",
            severity: "medium",
            strategy: "llm",
            keywords: ["-Werror specified"],
            // javac names no line here; the warnings it promoted are printed just before.
            match: /^(?:\[ERROR\] (?:(?<file>\S+\.java): )?)?(?:error: )?(?<message>warnings found and -Werror specified)$/,
            precede: 12,
            precedeMatch: /\.java:\d+: warning: \[|^\[WARNING\] \S+\.java:\[\d+,\d+\] /,
            suggestion: "javac -Werror turned the warnings above into errors: fix them or relax -Xlint.",
        },
        ...compileRules(),
    ],
};
//# sourceMappingURL=java.js.map
;// CONCATENATED MODULE: ./lib/analysis/rules/cpp.js
/**
 * C and C++: gcc/clang/MSVC diagnostics, the linker (GNU ld, lld, Apple ld, MSVC link), make,
 * ninja, CMake configure errors, ctest, and the ways a native program dies (signals, assert,
 * sanitizers). Compiler diagnostics share one shape; the message decides the category.
 */
const SRC_EXT = String.raw `(?:c|cc|cpp|cxx|c\+\+|h|hh|hpp|hxx|h\+\+|m|mm|cu|cuh|ino|inl|ipp|tcc|tpp|s|S)`;
// `src/a.c:12:5: error: ...` (column optional for old gcc and some front ends).
const GCC = String.raw `^(?:In file included from .*?, )?(?<file>(?:[A-Za-z]:)?[^\s:]+\.${SRC_EXT}):(?<line>\d+)(?::(?<column>\d+))?: `;
const HEADER_MISSING = String.raw `(?:(?<name>[^\s:]+): No such file or directory|'(?<name2>[^']+)' file not found)`;
const cpp_SYNTAX = String.raw `(?:expected .+|stray '.*' in program|missing terminating .* character|unterminated .*|extraneous closing brace.*|extra tokens? .*|#endif without #if|unterminated conditional directive|#else without #if|invalid preprocessing directive .*|(?:macro names must be identifiers|no macro name given).*|redefinition of '.*' as different kind of symbol)`;
const KINDS = [
    {
        kind: "missing-header",
        category: "import_error",
        strategy: "imports",
        body: String.raw `fatal error: ${HEADER_MISSING}`,
        suggestion: "The header is not on the include path: fix the #include, add the directory with -I/target_include_directories, or install the library's -dev package.",
    },
    {
        kind: "werror",
        category: "lint_error",
        strategy: "llm",
        body: String.raw `(?:fatal )?error: .+ \[-Werror(?:=[\w+=-]+|,-W[\w+=-]+)\]`,
        suggestion: "A warning promoted by -Werror: fix it at $<file>:$<line> (the flag in brackets names the warning).",
    },
    {
        kind: "syntax",
        category: "syntax_error",
        strategy: "llm",
        body: String.raw `(?:fatal )?error: ${cpp_SYNTAX}`,
        suggestion: "Fix the C/C++ syntax at $<file>:$<line>.",
    },
    {
        kind: "compile",
        category: "type_error",
        strategy: "llm",
        body: String.raw `(?:fatal )?error: .+`,
        suggestion: "Fix the compile error at $<file>:$<line>.",
    },
];
function compilerRules() {
    return KINDS.map((k) => ({
        id: `cpp.${k.kind}`,
        tool: "gcc",
        category: k.category,
        severity: "high",
        strategy: k.strategy,
        keywords: ["error: ", "fatal error: "],
        match: new RegExp(GCC + `(?<message>${k.body})$`),
        suggestion: k.suggestion,
    }));
}
// MSVC: `C:\a\w\w\src\a.cpp(12,5): error C2065: 'x': undeclared identifier [C:\...\a.vcxproj]`.
const MSVC = String.raw `^(?:\s*\d+>)?(?<file>(?:[A-Za-z]:)?[^:(]+\.${SRC_EXT})\((?<line>\d+)(?:,(?<column>\d+))?\): (?:fatal )?error (?<code>C\d{4}): `;
const cppRules = {
    ecosystem: "cpp",
    rules: [
        {
            id: "cpp.sanitizer",
            tool: null,
            category: "runtime_error",
            severity: "high",
            strategy: "llm",
            keywords: ["Sanitizer", "runtime error: "],
            match: /^(?:==\d+==ERROR: (?<message>\w+Sanitizer: .+)|(?<file>[^\s:]+\.(?:c|cc|cpp|cxx|h|hpp)):(?<line>\d+):(?<column>\d+): runtime error: (?<message2>.+)|SUMMARY: \w+Sanitizer: .+)$/,
            group: "native-crash",
            suggestion: "A sanitizer caught memory or undefined behaviour: the report's first frame in your code is where to look.",
        },
        {
            id: "cpp.assert",
            tool: "libc",
            category: "runtime_error",
            severity: "high",
            strategy: "llm",
            keywords: ["Assertion `"],
            // glibc: `app: src/main.c:7: main: Assertion `v == 3' failed.`
            match: /^(?:\S+: )?(?<file>[^\s:]+):(?<line>\d+): (?<name>[^:]+): Assertion `(?<message>.+)' failed\.$/,
            group: "native-crash",
            message: "assertion failed in $<name>: $<message>",
            suggestion: "An assert() failed at $<file>:$<line>: the condition does not hold for this input.",
        },
        {
            id: "cpp.signal",
            tool: null,
            category: "runtime_error",
            severity: "high",
            strategy: "llm",
            keywords: [
                "Segmentation fault",
                "Aborted",
                "Bus error",
                "Illegal instruction",
                "Floating point exception",
                "stack smashing detected",
                "double free",
                "free(): invalid",
            ],
            match: /^(?:.*: line \d+: +\d+ |g?make(?:\[\d+\])?: \*\*\* \[[^\]]+\] |\/bin\/sh: .*|)(?<message>Segmentation fault|Aborted|Bus error|Illegal instruction|Floating point exception|\*\*\* stack smashing detected \*\*\*|free\(\): (?:double free detected.*|invalid .*)|double free or corruption.*)(?: +\(core dumped\))?(?:\s.*|: terminated)?$/,
            group: "native-crash",
            suggestion: "The program crashed with a signal: reproduce it under gdb or with -fsanitize=address to find the faulting line.",
        },
        {
            id: "cpp.ld-missing-lib",
            tool: "ld",
            category: "dependency_error",
            severity: "high",
            strategy: "dependencies",
            keywords: ["cannot find -l", "library not found for -l", "unable to find library -l"],
            match: /^(?:\S*ld(?:\.\w+)?: )?(?:error: )?(?<message>(?:cannot find|library not found for|unable to find library) -l(?<name>\S+?))(?:: No such file or directory)?$/,
            suggestion: "The linker cannot find lib$<name>: install its development package or add its directory with -L.",
        },
        {
            id: "cpp.ld-undefined",
            tool: "ld",
            category: "build_failure",
            severity: "high",
            strategy: "llm",
            keywords: [
                "undefined reference to",
                "Undefined symbols for architecture",
                "undefined symbol: ",
                "unresolved external symbol",
                "multiple definition of",
                "duplicate symbol",
                "can not be used when making a",
            ],
            // GNU ld: `main.c:(.text+0x1d): undefined reference to `clamp'` (with -g: `/w/src/main.c:5: undefined ...`).
            match: /^(?:\S*ld(?:\.\w+)?: )?(?:(?<file>[^\s:()]+?\.(?:c|cc|cpp|cxx|o|a|obj|so|rs|go))(?::(?<line>\d+)|:\([^)]*\))?: )?(?<message>(?:undefined reference to [`'].+'|multiple definition of [`'].+|relocation .* can not be used when making a .*)|(?:error: )?(?:undefined symbol: .+|duplicate symbol: .+)|Undefined symbols for architecture \S+:|.*error LNK\d+: unresolved external symbol .+|duplicate symbol '.+' in:)$/,
            group: "ld",
            precede: 1,
            precedeMatch: /: in function [`'].+':$/,
            suggestion: "The linker could not resolve a symbol: define it, link the object/library that provides it (order matters with static libs), or fix its declaration.",
        },
        {
            id: "cpp.ld-summary",
            tool: "ld",
            category: "build_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["ld returned", "linker command failed", "symbol(s) not found"],
            match: /^(?:collect2: error: ld returned \d+ exit status|(?:clang|gcc|g\+\+|c\+\+|cc)(?:-\d+)?: error: linker command failed with exit code \d+.*|ld: symbol\(s\) not found for architecture \S+)$/,
            group: "ld",
            role: "summary",
            suggestion: "The link step failed: see the undefined or duplicate symbols reported just above.",
        },
        {
            id: "cpp.msvc-header",
            tool: "msvc",
            category: "import_error",
            severity: "high",
            strategy: "imports",
            keywords: ["error C1083"],
            match: new RegExp(MSVC.replace("C\\d{4}", "C1083") + "(?<message>.+)$"),
            suggestion: "The include file is missing: fix the #include or the include directories.",
        },
        {
            id: "cpp.msvc",
            tool: "msvc",
            category: "type_error",
            severity: "high",
            strategy: "llm",
            keywords: [": error C", ": fatal error C"],
            match: new RegExp(MSVC + "(?<message>.+)$"),
            suggestion: "Fix the compile error $<code> at $<file>:$<line>.",
        },
        ...compilerRules(),
        {
            id: "cpp.cc-fatal",
            tool: "gcc",
            category: "build_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["fatal error: ", "error: unrecognized command-line option", "error: unknown argument"],
            // The driver itself: `cc1plus: fatal error: x.cpp: No such file or directory`, bad flags.
            match: /^(?:cc1\w*|gcc|g\+\+|cc|c\+\+|clang(?:\+\+)?)(?:-\d+)?: (?:fatal )?error: (?<message>.+)$/,
            // "Killed signal terminated program cc1plus": the kernel killed the compiler (out of
            // memory), which runner.killed reports; the code compiles fine on a bigger runner.
            unless: /linker command failed|Killed signal terminated program/,
            suggestion: "The compiler driver failed before compiling: check the file list and flags it was given.",
        },
        {
            id: "cpp.autoconf",
            tool: "configure",
            category: "build_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["configure: error: "],
            match: /^configure: error: (?<message>.+)$/,
            priority: 77,
            suggestion: "./configure failed: the message names the missing compiler, header or library (see config.log).",
        },
        {
            id: "cpp.cmake-find-module",
            tool: "cmake",
            category: "dependency_error",
            severity: "high",
            strategy: "dependencies",
            keywords: ["CMake Error at "],
            // Errors raised inside CMake's Find modules (FindBoost, FindPackageHandleStandardArgs, ...).
            match: /^CMake Error at (?<file>\S*\/(?:Find\w+|FindPackageHandleStandardArgs|FindPkgConfig)\.cmake):(?<line>\d+) \((?<name>[^)]+)\):$/,
            group: "cmake-config",
            follow: /^ {2}\S.*$/,
            maxFollow: 3,
            message: (g, line) => line,
            suggestion: "CMake could not find a required package: install it (its -dev package) or point CMAKE_PREFIX_PATH/<Pkg>_DIR at it.",
        },
        {
            id: "cpp.cmake-find",
            tool: "cmake",
            category: "dependency_error",
            severity: "high",
            strategy: "dependencies",
            keywords: ["CMake Error at "],
            match: /^CMake Error at (?<file>[^\s:]+):(?<line>\d+) \((?<name>find_package|pkg_check_modules|pkg_search_module|find_library|find_path|find_program|FetchContent_MakeAvailable|FetchContent_Populate|CPMAddPackage|ExternalProject_Add)\):$/,
            group: "cmake-config",
            follow: /^ {2}\S.*$/,
            maxFollow: 3,
            message: "$<name> failed at $<file>:$<line>",
            suggestion: "CMake could not find a required package: install it (its -dev package) or point CMAKE_PREFIX_PATH/<Pkg>_DIR at it.",
        },
        {
            id: "cpp.cmake-missing-package",
            tool: "cmake",
            category: "dependency_error",
            severity: "high",
            strategy: "dependencies",
            keywords: ["Could NOT find"],
            // Indented inside a CMake Error block; `-- Could NOT find X` alone is an optional package's status.
            match: /^\s+(?<message>Could NOT find (?<name>\S+).*)$/,
            group: "cmake-config",
            suggestion: "CMake could not find a required package: install it (its -dev package) or point CMAKE_PREFIX_PATH/<Pkg>_DIR at it.",
        },
        {
            id: "cpp.pkg-config",
            tool: "pkg-config",
            category: "dependency_error",
            severity: "high",
            strategy: "dependencies",
            keywords: ["No package '", "required by '", "was not found in the pkg-config search path"],
            match: /^\s*(?<message>No package '(?<name>[^']+)' found|Package '?[^' ,]+'?,? required by '[^']+', not found|Package \S+ was not found in the pkg-config search path\.?)$/,
            suggestion: "pkg-config cannot find a required library: install its -dev package (or set PKG_CONFIG_PATH).",
        },
        {
            id: "cpp.cmake-error",
            tool: "cmake",
            category: "build_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["CMake Error"],
            match: /^CMake Error(?: (?:at|in) (?<file>[^\s:]+)(?::(?<line>\d+))?(?: \((?<name>[^)]+)\))?)?: ?(?<message>.*)$/,
            group: "cmake",
            follow: /^ {2}\S.*$/,
            maxFollow: 3,
            message: (g, line) => line,
            suggestion: "Fix the CMake project at the place shown (command spelling, arguments, paths).",
        },
        {
            id: "cpp.cmake-incomplete",
            tool: "cmake",
            category: "build_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["Configuring incomplete, errors occurred!"],
            match: /^-- Configuring incomplete, errors occurred!$/,
            group: "cmake",
            role: "summary",
            suggestion: "CMake configuration failed: see the CMake Error above.",
        },
        {
            id: "cpp.ctest-timeout",
            tool: "ctest",
            category: "timeout",
            severity: "high",
            strategy: "llm",
            keywords: ["***Timeout", "(Timeout)"],
            match: /^(?:\s*\d+\/\d+ Test +#\d+: (?<name>\S+) \.*\s*\*\*\*Timeout\b.*|\s+\d+ - (?<name2>\S+) \(Timeout\))$/,
            group: "ctest",
            suggestion: "The test ran past its ctest TIMEOUT: find what it waits on, or raise the TIMEOUT property.",
        },
        {
            id: "cpp.ctest-failed",
            tool: "ctest",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            keywords: [
                "***Failed",
                "***Exception",
                "***Not Run",
                "(Failed)",
                "(SEGFAULT)",
                "(Subprocess aborted)",
                "(Child aborted)",
            ],
            match: /^(?:\s*\d+\/\d+ Test +#\d+: (?<name>\S+) \.*\s*\*\*\*(?:Failed|Exception|Not Run)\b.*|\s+\d+ - (?<name2>\S+) \((?:Failed|SEGFAULT|Subprocess aborted|Child aborted|Not Run|Exception)\))$/,
            group: "ctest",
            // With --output-on-failure the test's own output follows the status line.
            follow: /^(?!\s*Start \d+: |\s*\d+\/\d+ Test |\d+% tests passed)\S.*$/,
            maxFollow: 6,
            followLocation: /^(?<file>[^\s:]+\.(?:c|cc|cpp|cxx|h|hpp)):(?<line>\d+)/,
            message: (g, line) => line.trim(),
            suggestion: "Run `ctest --output-on-failure -R <name>` locally and fix the failing check.",
        },
        {
            id: "cpp.ctest-summary",
            tool: "ctest",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["tests failed out of", "Errors while running CTest"],
            match: /^(?:\d+% tests passed, [1-9]\d* tests? failed out of \d+|Errors while running CTest)$/,
            group: "ctest",
            role: "summary",
            suggestion: "Run `ctest --output-on-failure` locally.",
        },
        {
            id: "cpp.make-stop",
            tool: "make",
            category: "build_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["***"],
            // `make: *** No rule to make target 'x', needed by 'y'.  Stop.` / `Makefile:6: *** missing separator.  Stop.`
            match: /^(?:g?make(?:\[\d+\])?: \*\*\* |(?<file>[^\s:]+):(?<line>\d+): \*\*\* )(?<message>(?!\[).+?)\.?\s+Stop\.$/,
            group: "make",
            suggestion: "Fix the Makefile (the rule, target name or tab-indented recipe make points at).",
        },
        {
            id: "cpp.make-command",
            tool: "make",
            category: "build_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["***"],
            // `make: *** [Makefile:18: check] Error 127`: make could not run the recipe's command.
            match: /^g?make(?:\[\d+\])?: \*\*\* \[(?:(?<file>[^\s:\]]+):(?<line>\d+): )?(?<name>[^\]]+)\] (?<message>Error 12[67])$/,
            group: "make",
            // 126/127: make could not run the recipe's command at all, so the recipe line is the culprit.
            precede: 2,
            precedeMatch: /^(?:g?make(?:\[\d+\])?: (?!\*\*\*|(?:Entering|Leaving) directory)|\/bin\/sh: |.*: (?:command not found|No such file or directory|Permission denied)$)/,
            message: "make target $<name> failed ($<message>)",
            suggestion: "The recipe for $<name> failed: read the command output just above this line.",
        },
        {
            id: "cpp.make-error",
            tool: "make",
            category: "build_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["***"],
            // `make: *** [Makefile:9: src/math.o] Error 1`: the recipe's command failed and said why above.
            match: /^g?make(?:\[\d+\])?: \*\*\* \[(?:(?<file>[^\s:\]]+):(?<line>\d+): )?(?<name>[^\]]+)\] (?<message>Error (?!12[67]$)\d+)$/,
            group: "make",
            // A wrapper: the recipe's own output above says what failed, so this only joins a make
            // failure and otherwise leaves the step to the generic error-block fallback.
            role: "summary",
            priority: 40,
            precede: 2,
            precedeMatch: /^(?:g?make(?:\[\d+\])?: (?!\*\*\*|(?:Entering|Leaving) directory)|\/bin\/sh: |.*: (?:command not found|No such file or directory|Permission denied)$)/,
            message: "make target $<name> failed ($<message>)",
            suggestion: "The recipe for $<name> failed: read the command output just above this line.",
        },
        {
            id: "cpp.ninja",
            tool: "ninja",
            category: "build_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["FAILED: ", "ninja: build stopped"],
            match: /^(?:FAILED: (?<name>.+)|ninja: build stopped: .*)$/,
            group: "make",
            role: "summary",
            suggestion: "A build edge failed: read the command output right after the FAILED line.",
        },
    ],
};
//# sourceMappingURL=cpp.js.map
;// CONCATENATED MODULE: ./lib/analysis/rules/dotnet.js
/**
 * .NET: MSBuild/`dotnet build` diagnostics (C#, F#, VB compilers, analyzers, NuGet, the SDK),
 * `dotnet test` (VSTest console and its xUnit/NUnit/MSTest adapters), `dotnet format` and
 * unhandled exceptions. MSBuild prints each error twice (inline and in the closing summary);
 * identical lines are merged by the engine, so both land in one excerpt line.
 */
// `/w/src/App/Program.cs(12,5): error CS0103: The name 'x' does not exist ... [/w/src/App/App.csproj]`
const MSBUILD = String.raw `^(?:\s*\d+>)?\s*(?<file>(?:[A-Za-z]:)?[^():]+?\.(?:cs|fs|fsi|fsx|vb|razor|cshtml|xaml|csproj|fsproj|vbproj|props|targets|sln))\((?<line>\d+)(?:,(?<column>\d+))?(?:,\d+,\d+)?\): (?:fatal )?error `;
// Errors MSBuild attributes to a project or tool rather than a source line.
const PROJECT = String.raw `^(?:\s*\d+>)?\s*(?:(?<file>\S[^:]*?)\s?: )?(?:fatal )?error `;
const SYNTAX_CODES = "CS1002|CS1003|CS1001|CS1513|CS1514|CS1026|CS1525|CS1519|CS1022|CS1031|CS1520|CS1529|CS1010|CS1012|CS1039|CS1040|CS1056|CS1733|CS8124|CS1009|CS1024|CS1027|CS1028|CS1032|CS1035|CS1037|CS1041|CS1043|CS1055|CS1597|FS0010|FS0588|BC30035|BC30205|BC30198";
const dotnet_IMPORT_CODES = "CS0246|CS0234|CS0400|CS0138|CS0012|CS0006|CS0009|FS0039|BC30002|BC40056|BC30466";
const dotnet_KINDS = [
    {
        kind: "syntax",
        category: "syntax_error",
        strategy: "llm",
        code: SYNTAX_CODES,
        suggestion: "Fix the syntax error $<code> at $<file>:$<line>.",
    },
    {
        kind: "import",
        category: "import_error",
        strategy: "imports",
        code: dotnet_IMPORT_CODES,
        suggestion: "Add the missing `using` directive or the PackageReference/ProjectReference that provides the type at $<file>:$<line>.",
    },
    {
        kind: "format",
        category: "format_error",
        strategy: "format",
        code: "IDE0055|WHITESPACE|FINALNEWLINE|CHARSET|IMPORTS",
        suggestion: "Run `dotnet format` and commit the result.",
    },
    {
        kind: "analyzer",
        category: "lint_error",
        strategy: "llm",
        code: String.raw `(?:CA|IDE|SA|RCS|S|VSTHRD|xUnit|NUnit|MSTEST|ASP|BL|SYSLIB|RS|AD)\d{4,5}`,
        suggestion: "Fix the analyzer finding $<code> at $<file>:$<line> (or adjust its severity in .editorconfig).",
    },
    {
        kind: "compile",
        category: "type_error",
        strategy: "llm",
        code: String.raw `(?:CS|FS|BC)\d{4}`,
        suggestion: "Fix the compile error $<code> at $<file>:$<line>.",
    },
];
function dotnet_compileRules() {
    return dotnet_KINDS.map((k) => ({
        id: `dotnet.${k.kind}`,
        tool: "msbuild",
        category: k.category,
        severity: "high",
        strategy: k.strategy,
        keywords: [": error ", ": fatal error "],
        match: new RegExp(MSBUILD + String.raw `(?<code>${k.code}): (?<message>.+?)(?: \[[^\]]+\])?$`),
        suggestion: k.suggestion,
    }));
}
const dotnetRules = {
    ecosystem: "dotnet",
    rules: [
        {
            id: "dotnet.nuget-network",
            tool: "nuget",
            category: "infrastructure_error",
            severity: "high",
            strategy: "none",
            keywords: ["error NU1301", "error NU1801"],
            match: /(?:^|\s|: )(?:error|warning) (?<code>NU1301|NU1801): (?<message>.+?)(?: \[[^\]]+\])?$/,
            unless: /^\s*(?:\S.*: )?warning /,
            suggestion: "The NuGet feed could not be reached: re-run the job, or check the feed URL and credentials in nuget.config.",
        },
        {
            id: "dotnet.nuget",
            tool: "nuget",
            category: "dependency_error",
            severity: "high",
            strategy: "dependencies",
            keywords: ["error NU1", "error NETSDK1004", "error NETSDK1045", "error NETSDK1005", "error NETSDK1064"],
            match: new RegExp(PROJECT +
                String.raw `(?<code>NU1\d{3}|NETSDK1004|NETSDK1045|NETSDK1005|NETSDK1064): (?<message>.+?)(?: \[[^\]]+\])?$`),
            suggestion: "Fix the package reference (id, version, target framework) and run `dotnet restore`; install the SDK the project targets if NETSDK says so.",
        },
        ...dotnet_compileRules(),
        {
            id: "dotnet.msbuild",
            tool: "msbuild",
            category: "build_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["error MSB", "error NETSDK"],
            match: new RegExp(PROJECT + String.raw `(?<code>MSB\d{4}|NETSDK\d{4}): (?<message>.+?)(?: \[[^\]]+\])?$`),
            suggestion: "MSBuild itself failed ($<code>): read the message; a failed Exec task shows its command output above.",
        },
        {
            id: "dotnet.build-summary",
            tool: "msbuild",
            category: "build_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["Build FAILED.", "Error(s)", "Build failed with"],
            match: /^(?:Build FAILED\.|\s+[1-9]\d* Error\(s\)|Build failed with [1-9]\d* error\(s\).*)$/,
            group: "msbuild-summary",
            role: "summary",
            suggestion: "The build failed: the errors are listed above the summary.",
        },
        {
            id: "dotnet.test-failed",
            tool: "dotnet test",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["Failed ", "[FAIL]", "failed "],
            // VSTest: `  Failed CalcTests.Adds [12 ms]` (old: `Failed   CalcTests.Adds`); xUnit console:
            // `[xUnit.net 00:00:00.52]     CalcTests.Adds [FAIL]`; Microsoft.Testing.Platform: `failed Adds (6s 220ms)`.
            match: /^(?:\s*Failed\s+(?:(?<name>[\w.+`<>,()[\] "'-]+?) \[(?:< ?)?\d+(?:\.\d+)? ?(?:ms|s|m)\]|[A-Za-z_][\w+`<>,()'"-]*(?:\.[\w+`<>,()'"-]+)+)|(?:\[xUnit\.net [\d:.]+\])?\s*(?<name2>[\w.+`<>,()'" -]*[\w)]) \[FAIL\]|\s*failed (?<name3>\S.*?) \((?:\d+m )?(?:\d+s )?\d+ms\))$/,
            group: "dotnet-test",
            follow: /^\s+(?:Error Message:|Assert\.|Expected|Actual|But was|Stack Trace:|at |\S.*(?:Exception|Failure|failed)\b)/,
            maxFollow: 6,
            followLocation: / in (?<file>\S+\.(?:cs|fs|vb))(?::line |:)(?<line>\d+)$/,
            message: (g, line) => line.trim(),
            suggestion: "Run `dotnet test --filter <name>` locally and fix the code or the assertion.",
        },
        {
            id: "dotnet.test-summary",
            tool: "dotnet test",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["Failed!", "Total tests:", "Test Run Failed."],
            match: /^(?:Failed!\s+- Failed:\s+\d+, Passed:.*|Test Run Failed\.|\s*Failed:\s+[1-9]\d*)$/,
            group: "dotnet-test",
            role: "summary",
            suggestion: "Run `dotnet test` locally; the failing tests are listed above.",
        },
        {
            id: "dotnet.test-timeout",
            tool: "dotnet test",
            category: "timeout",
            severity: "high",
            strategy: "llm",
            keywords: [
                "hang timeout",
                "Test host process exited",
                "test run timed out",
                "Aborting test run: test run timeout",
            ],
            match: /^(?<message>.*(?:hang timeout|Aborting test run: test run timeout|test run timed out).*)$/i,
            suggestion: "A test hung past the blame-hang/run timeout: the hang dump names the blocked test.",
        },
        {
            id: "dotnet.test-crash",
            tool: "dotnet test",
            category: "runtime_error",
            severity: "high",
            strategy: "llm",
            keywords: ["Test host process crashed", "The active test run was aborted"],
            match: /^(?<message>.*(?:Test host process crashed|The active test run was aborted\. Reason: .*).*)$/,
            suggestion: "The test host crashed (stack overflow, Environment.Exit or a native fault): run with --blame to get a dump.",
        },
        {
            id: "dotnet.unhandled",
            tool: "dotnet",
            category: "runtime_error",
            severity: "high",
            strategy: "llm",
            keywords: ["Unhandled exception.", "Unhandled Exception:"],
            match: /^Unhandled [Ee]xception[.:] (?<message>[\w.]+(?:Exception|Error)\b.*)$/,
            follow: /^\s+(?:at |---> |--- End of)/,
            maxFollow: 3,
            followLocation: / in (?<file>\S+\.(?:cs|fs|vb)):line (?<line>\d+)$/,
            suggestion: "The program died of an unhandled exception: fix the first frame in your code below it.",
        },
        {
            id: "dotnet.format",
            tool: "dotnet format",
            category: "format_error",
            severity: "low",
            strategy: "format",
            keywords: ["Formatted code file", "Fix whitespace formatting", "Fix imports ordering"],
            match: /^\s*(?<file>\S+\.(?:cs|vb)): (?<message>Formatted code file|.*Fix (?:whitespace formatting|imports ordering|final newline).*)$/,
            suggestion: "Run `dotnet format` and commit the result.",
        },
    ],
};
//# sourceMappingURL=dotnet.js.map
;// CONCATENATED MODULE: ./lib/analysis/rules/ruby.js
/**
 * Ruby: RSpec, Minitest (and Rails' runner), RuboCop, Bundler, and interpreter errors
 * (`file.rb:12:in 'method': message (NoMethodError)`, `ruby -c` syntax errors).
 */
const RB_FILE = String.raw `(?<file>[^\s:'"\[\]]+\.(?:rb|rake|gemspec|ru|erb|builder|jbuilder)|Gemfile|Rakefile|Guardfile)`;
const rubyRules = {
    ecosystem: "ruby",
    rules: [
        // ---- RSpec
        {
            id: "rspec.failed-example",
            tool: "rspec",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            group: "rspec",
            keywords: ["rspec "],
            match: /^rspec (?<file>\.?\/?[^\s:]+\.rb):(?<line>\d+)(?:\[[\d:]+\])? # (?<message>.+)$/,
            suggestion: "Fix the failing example at $<file>:$<line>.",
        },
        {
            id: "rspec.failure-error",
            tool: "rspec",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            group: "rspec",
            keywords: ["Failure/Error:"],
            match: /^\s*Failure\/Error: (?<message>.+)$/,
            // The expectation's own words: expected/got, diffs' first lines, the error class line.
            follow: /^\s+(?:expected|got|Expected|Got|\(compared using|Diff:|[A-Z]\w*(?:::\w+)*(?:Error|Exception)?:)/,
            maxFollow: 4,
            suggestion: "Fix the code under test or the expectation: $<message>",
        },
        {
            id: "rspec.backtrace",
            tool: "rspec",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            group: "rspec",
            keywords: ["# ./", "# /"],
            match: new RegExp(String.raw `^\s+# ${RB_FILE}:(?<line>\d+):in `),
            unless: /\/gems\/|\/ruby\/\d|\/rubygems\//,
            suggestion: "Fix the failing example at $<file>:$<line>.",
        },
        {
            id: "rspec.summary",
            tool: "rspec",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            group: "rspec",
            role: "summary",
            keywords: [" examples, ", " example, "],
            match: /^\d+ examples?, (?<message>[1-9]\d* failures?|\d+ failures?, [1-9]\d* errors? occurred outside of examples).*$/,
            suggestion: "Fix the failing examples listed above.",
        },
        {
            id: "ruby.load-error",
            tool: "ruby",
            category: "import_error",
            severity: "high",
            strategy: "dependencies",
            group: "ruby:load",
            keywords: ["cannot load such file", "LoadError"],
            match: /cannot load such file -- (?<module>[^\s)]+)/,
            message: "cannot load such file -- $<module>",
            suggestion: "Add the gem that provides it to the Gemfile (and `bundle install`), or fix the `require` path.",
        },
        {
            id: "rspec.load-header",
            tool: "rspec",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            group: "ruby:load",
            role: "summary",
            keywords: ["An error occurred while loading"],
            match: /^An error occurred while loading (?<file>\S+?)\.?$/,
            suggestion: "Fix the error that stops $<file> from loading.",
        },
        // ---- Minitest / Rails
        // `Failure:` / `Error:` blocks: the test and its location, then the assertion or exception
        // (a `Skipped:` block has the same shape and is not a failure).
        {
            id: "minitest.block",
            tool: "minitest",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            group: "minitest",
            keywords: ["Failure:", "Error:"],
            match: /^(?<kind>Failure|Error):$/,
            follow: /^(?!(?:Failure|Error|Skipped):$)(?=.*\S)/,
            maxFollow: 8,
            followLocation: /(?:\[|^\s+)(?![^\s\]]*\/gems\/)(?<file>[^\]\s:[]+\.rb):(?<line>\d+)(?:\]|:in )/,
            message: "Minitest $<kind>",
            suggestion: "Fix the failing test named under the `$<kind>:` header.",
        },
        {
            id: "minitest.assertion",
            tool: "minitest",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            group: "minitest",
            keywords: ["Minitest::", "Test::Unit::"],
            match: /^(?<name>Minitest::(?:Assertion|UnexpectedError)|Test::Unit::AssertionFailedError):?\s*(?<message>.*)$/,
            suggestion: "Fix the failing assertion: $<message>",
        },
        {
            id: "minitest.rerun",
            tool: "minitest",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            group: "minitest",
            keywords: ["rails test ", "ruby -Itest "],
            match: /^(?:bin\/rails test|rails test|ruby -Itest) (?<file>\S+_test\.rb):(?<line>\d+)$/,
            suggestion: "Fix the failing test at $<file>:$<line>.",
        },
        {
            id: "minitest.summary",
            tool: "minitest",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            group: "minitest",
            role: "summary",
            keywords: [" runs, ", " tests, "],
            match: /^\d+ (?:runs|tests), \d+ assertions, (?<message>\d+ failures, \d+ errors)/,
            unless: / 0 failures, 0 errors/,
            suggestion: "Fix the failing tests listed above.",
        },
        // ---- RuboCop
        {
            id: "rubocop.offense",
            tool: "rubocop",
            category: "lint_error",
            severity: "medium",
            strategy: "llm",
            group: "rubocop",
            keywords: [": C: ", ": W: ", ": E: ", ": F: ", ": R: "],
            match: new RegExp(String.raw `^${RB_FILE}:(?<line>\d+):(?<column>\d+): (?<sev>[CWEFR]): (?<fix>\[Correct(?:able|ed)\] )?(?<code>[A-Z]\w*\/\w+): (?<message>.+)$`),
            follow: /^(?!\S+:\d+:\d+: [CWEFR]: )(?=.*\S)/,
            maxFollow: 2,
            suggestion: "Run `bundle exec rubocop -a $<file>` for correctable offenses, or fix $<code> at line $<line>.",
        },
        {
            id: "rubocop.offenses-header",
            tool: "rubocop",
            category: "lint_error",
            severity: "medium",
            strategy: "llm",
            group: "rubocop",
            role: "summary",
            keywords: ["Offenses:"],
            match: /^Offenses:$/,
            suggestion: "Fix the offenses listed below (`rubocop -a` corrects many).",
        },
        {
            id: "rubocop.summary",
            tool: "rubocop",
            category: "lint_error",
            severity: "medium",
            strategy: "llm",
            group: "rubocop",
            role: "summary",
            keywords: [" inspected, "],
            match: /^\d+ files? inspected, (?<message>[1-9]\d* offenses? detected.*)$/,
            suggestion: "Fix the offenses listed above (`rubocop -a` corrects many).",
        },
        // ---- Bundler
        {
            id: "bundler.resolve",
            tool: "bundler",
            category: "dependency_error",
            severity: "high",
            strategy: "dependencies",
            keywords: [
                "Could not find gem",
                "could not find compatible versions",
                "Your bundle is locked to",
                "and Bundler cannot continue",
                "Failed to build gem native extension",
                "deployment mode",
                "Could not find compatible versions",
                "The gemspecs for path gems changed",
                "Run `bundle install`",
            ],
            match: /(?<message>Could not find gem '(?<name>[^']+)'.*|Bundler could not find compatible versions for gem.*|Could not find compatible versions for .*|Your bundle is locked to .*|An error occurred while installing (?<gem>\S+) \([^)]*\), and Bundler cannot continue\.?|ERROR: Failed to build gem native extension\.?|You are trying to install in deployment mode after changing.*|The gemspecs for path gems changed.*|Could not find [\w.-]+-\d[\w.]* in any of the sources.*|Run `bundle install` to install missing gems\.)/,
            suggestion: "Fix the Gemfile constraint or run `bundle install`/`bundle lock` and commit Gemfile.lock.",
        },
        // ---- the interpreter
        {
            id: "ruby.syntax",
            tool: "ruby",
            category: "syntax_error",
            severity: "high",
            strategy: "llm",
            keywords: ["syntax error"],
            match: new RegExp(String.raw `^(?:.*?: )?${RB_FILE}:(?<line>\d+): (?<message>(?:syntax errors? found|syntax error,? ?).*)$`),
            suggestion: "Fix the Ruby syntax at $<file>:$<line> (`ruby -c $<file>`).",
        },
        {
            id: "ruby.exception",
            tool: "ruby",
            category: "runtime_error",
            severity: "high",
            strategy: "llm",
            keywords: [":in "],
            match: new RegExp(String.raw `^${RB_FILE}:(?<line>\d+):in [\x60'](?<name>[^']+)': (?<message>.+) \((?<code>[A-Z]\w*(?:::[A-Z]\w*)*)\)$`),
            suggestion: "Fix the $<code> raised at $<file>:$<line>: $<message>",
        },
    ],
};
//# sourceMappingURL=ruby.js.map
;// CONCATENATED MODULE: ./lib/analysis/rules/shell.js
/**
 * Shell scripts: shellcheck (tty and gcc formats) and what bash/dash print when a script breaks
 * (syntax errors, unbound variables under `set -u`, missing commands).
 */
const shellRules = {
    ecosystem: "shell",
    rules: [
        {
            id: "shellcheck.tty",
            tool: "shellcheck",
            category: "lint_error",
            severity: "medium",
            strategy: "llm",
            keywords: ["In ", " line "],
            match: /^In (?<file>\S+) line (?<line>\d+):$/,
            // The offending code and the `^-- SC2086 (info): ...` pointer lines under it.
            follow: /^(?!In \S+ line \d+:$)(?!For more information:)(?!Did you mean)(?=.*\S)/,
            maxFollow: 8,
            message: "$<file>:$<line>: shellcheck findings (see the SC codes below)",
            suggestion: "Fix the shellcheck findings at $<file>:$<line> (quote expansions, check `cd`, ...).",
        },
        {
            id: "shellcheck.pointer",
            tool: "shellcheck",
            category: "lint_error",
            severity: "medium",
            strategy: "llm",
            keywords: [" SC"],
            match: /^\s*\^[-~^]*\s*(?<code>SC\d{4}) \((?<sev>error|warning|info|style)\): (?<message>.+)$/,
            suggestion: "Fix $<code>: $<message>",
        },
        {
            id: "shellcheck.gcc",
            tool: "shellcheck",
            category: "lint_error",
            severity: "medium",
            strategy: "llm",
            keywords: ["[SC"],
            match: /^(?<file>[^\s:]+):(?<line>\d+):(?<column>\d+): (?<sev>error|warning|note|info|style): (?<message>.+) \[(?<code>SC\d{4})\]$/,
            suggestion: "Fix $<code> at $<file>:$<line>: $<message>",
        },
        {
            id: "shell.syntax",
            tool: "bash",
            category: "syntax_error",
            severity: "high",
            strategy: "llm",
            keywords: ["syntax error", "Syntax error"],
            match: /^(?:(?:\/\S*\/)?(?:ba|da|z|k)?sh: )?(?<file>[^\s:]+): (?:line )?(?<line>\d+): (?:[Ss]yntax error(?:: | near )(?<message>.+)|(?<what>.+): syntax error.*)$/,
            suggestion: "Fix the shell syntax at $<file>:$<line> (`bash -n $<file>` checks it locally).",
        },
        {
            id: "shell.unbound-variable",
            tool: "bash",
            category: "runtime_error",
            severity: "high",
            strategy: "llm",
            keywords: ["unbound variable", "parameter not set"],
            match: /^(?<file>[^\s:]+): (?:line )?(?<line>\d+): (?<name>[\w@*#?$!-]+): (?:unbound variable|parameter not set)$/,
            message: "$<file>:$<line>: $<name> is not set",
            suggestion: "Set `$<name>` (workflow `env:`, a secret or an input) or give it a default: `${$<name>:-}`.",
        },
        // A script committed without its executable bit (exit 126).
        {
            id: "shell.permission-denied",
            tool: "bash",
            category: "build_failure",
            severity: "high",
            strategy: "llm",
            keywords: [": Permission denied"],
            match: /^(?:(?:\/\S*\/)?(?:ba|da|z|k)?sh: )?(?:line \d+: )?(?<file>\.{0,2}\/?[\w./-]+\.(?:sh|bash|py|pl|rb)|\.\/[\w./-]+): Permission denied$/,
            message: "$<file> is not executable",
            suggestion: "Make it executable in git: `git update-index --chmod=+x $<file>` (or call it as `bash $<file>`).",
        },
        {
            id: "shell.command-not-found",
            tool: "bash",
            // Build scripts often call a missing helper (`bc`, `shell_session_update`) without failing:
            // rank it below any other failure in the step, first only when nothing else explains it.
            priority: 50,
            category: "dependency_error",
            severity: "high",
            strategy: "dependencies",
            autoFixable: false,
            keywords: ["command not found", ": not found"],
            match: /^(?:(?:\/\S*\/)?(?:ba|da|z|k)?sh: )?(?:(?<file>[^\s:]+\.\w+|[^\s:]*\/[^\s:]+): )?(?:line (?<line>\d+): |\d+: )?(?<name>[\w.+-]+): (?:command not found|not found)$/,
            // Travis' macOS images print this harmless one in every job.
            unless: /^(?:npm|yarn|pnpm) (?:ERR!|error)|shell_session_update|\.travis\/job_stages/,
            message: "$<name>: command not found",
            suggestion: "Install `$<name>` in an earlier step (or fix the command's name or PATH).",
        },
    ],
};
//# sourceMappingURL=shell.js.map
;// CONCATENATED MODULE: ./lib/analysis/rules/docker.js
/**
 * Docker builds (BuildKit/buildx and the legacy builder), pushes and pulls, compose services and
 * hadolint. A failing `RUN` usually has the real cause printed above it by the tool it ran (and
 * recognised by that tool's rules); these rules name the build step and the Dockerfile line.
 */
const dockerRules = {
    ecosystem: "docker",
    rules: [
        {
            id: "docker.registry-limit",
            tool: "docker",
            category: "infrastructure_error",
            severity: "high",
            strategy: "none",
            group: "docker:infra",
            keywords: [
                "toomanyrequests",
                "pull rate limit",
                "Cannot connect to the Docker daemon",
                "unauthorized",
                "denied: ",
            ],
            match: /^(?<message>.*(?:toomanyrequests|You have reached your pull rate limit|Cannot connect to the Docker daemon|unauthorized: (?:authentication required|incorrect username or password)|denied: requested access to the resource is denied).*)$/,
            message: (g, line) => line.replace(/^(?:#\d+ )?(?:ERROR: |Error response from daemon: |error: )/, "").trim(),
            suggestion: "The registry or Docker daemon refused or failed: log in (docker/login-action with a token), wait out rate limits, or re-run.",
        },
        // The build failed on the way to a registry or the cache, not in the Dockerfile.
        {
            id: "docker.network",
            tool: "docker",
            category: "infrastructure_error",
            severity: "high",
            strategy: "none",
            group: "docker:infra",
            keywords: ["failed to solve", "failed to build"],
            match: /^(?:#\d+ )?(?:ERROR|error): (?:failed to build: )?failed to solve(?: with frontend dockerfile\.v0)?: (?<message>.*(?:error writing layer blob|failed to do request|i\/o timeout|connection reset by peer|TLS handshake timeout|unexpected status(?: code)?:? 5\d\d|\b50[234] |no such host|unexpected EOF|failed to copy: httpReadSeeker).*)$/,
            suggestion: "The registry or build cache failed mid-build: re-run the job; if it repeats, check the registry's status.",
        },
        {
            id: "docker.failed-to-solve",
            tool: "docker",
            category: "build_failure",
            severity: "high",
            strategy: "llm",
            group: "docker:build",
            keywords: ["failed to solve", "failed to build"],
            match: /^(?:#\d+ )?(?:ERROR|error): (?:failed to build: )?failed to solve(?: with frontend dockerfile\.v0)?: (?<message>.+)$/,
            suggestion: "The image build failed: the Dockerfile line is shown above; for a failing RUN, the command's own error is printed just before it.",
        },
        {
            id: "docker.dockerfile-line",
            tool: "docker",
            category: "build_failure",
            severity: "high",
            strategy: "llm",
            group: "docker:build",
            keywords: ["Dockerfile", "Containerfile"],
            match: /^(?<file>(?:\S*\/)?[\w.-]*(?:Dockerfile|Containerfile)[\w.-]*):(?<line>\d+)$/,
            // BuildKit's code frame: the lines around the failing instruction, `>>>` marking it.
            follow: /^-{10,}$|^\s*(?:>>>)?\s*\d+ \|/,
            maxFollow: 12,
            suggestion: "Fix the instruction at $<file>:$<line>.",
        },
        {
            id: "docker.legacy",
            tool: "docker",
            category: "build_failure",
            severity: "high",
            strategy: "llm",
            group: "docker:build",
            keywords: ["returned a non-zero code", "COPY failed", "ADD failed", "did not complete successfully"],
            match: /^(?:#\d+ )?(?<message>The command '.+' returned a non-zero code: \d+|(?:COPY|ADD) failed: .+|(?:ERROR: )?process ".+" did not complete successfully: exit code: \d+)$/,
            suggestion: "The image build failed at this instruction: read the command's own error above it.",
        },
        // BuildKit's own line for a failed step (`#6 ERROR: ...`) when it is not a RUN's exit code.
        {
            id: "docker.step-error-network",
            tool: "docker",
            category: "infrastructure_error",
            severity: "high",
            strategy: "none",
            group: "docker:infra",
            keywords: [" ERROR: "],
            match: /^#\d+ ERROR: (?<message>.*(?:httpReadSeeker|failed to do request|i\/o timeout|connection reset by peer|TLS handshake timeout|unexpected status(?: code)?:? 5\d\d|\b50[234] |no such host|unexpected EOF|toomanyrequests).*)$/,
            suggestion: "The registry or build cache failed mid-build: re-run the job; if it repeats, check the registry's status.",
        },
        {
            id: "docker.step-error",
            tool: "docker",
            category: "build_failure",
            severity: "high",
            strategy: "llm",
            group: "docker:build",
            keywords: [" ERROR: "],
            match: /^#\d+ ERROR: (?<message>.+)$/,
            suggestion: "The image build failed at this step: read the step's output above it.",
        },
        {
            id: "docker.compose-service",
            tool: "docker",
            category: "infrastructure_error",
            severity: "high",
            strategy: "none",
            group: "docker:infra",
            keywords: ["is unhealthy", "didn't complete successfully", "dependency failed to start"],
            match: /(?<message>(?:dependency failed to start: )?container [\w.-]+ is unhealthy|service "?[\w.-]+"? didn't complete successfully: exit \d+)/,
            suggestion: "A compose service did not become healthy: read its logs (`docker compose logs <service>`) and check its healthcheck.",
        },
        {
            id: "hadolint",
            tool: "hadolint",
            category: "lint_error",
            severity: "medium",
            strategy: "llm",
            keywords: [" DL", " SC"],
            match: /^(?<file>(?:\S*\/)?[\w.-]*(?:Dockerfile|Containerfile)[\w.-]*):(?<line>\d+) (?<code>DL\d{4}|SC\d{4}) (?<sev>error|warning|info|style): (?<message>.+)$/,
            suggestion: "Fix $<code> at $<file>:$<line>: $<message>",
        },
    ],
};
//# sourceMappingURL=docker.js.map
;// CONCATENATED MODULE: ./lib/analysis/rules/security.js
/**
 * Security scanners: Trivy, Grype, OSV-Scanner, Snyk, pip-audit, safety, bandit, semgrep,
 * gitleaks, trufflehog, govulncheck, CodeQL. (npm audit lives with the npm rules.) Vulnerable
 * dependencies get strategy `dependencies` (upgrade to the fixed version); leaked secrets and
 * code findings need a person (`none` / `llm`). Secret scanners' lines carrying the secret itself
 * are never taken into the excerpt.
 */
const vuln = (r) => ({
    category: "security_vulnerability",
    severity: "high",
    strategy: "dependencies",
    ...r,
});
const SEV = "CRITICAL|HIGH|MEDIUM|LOW|UNKNOWN|Critical|High|Medium|Low|Negligible|Unknown";
const VULN_ID = String.raw `CVE-\d{4}-\d{4,}|GHSA(?:-[23456789cfghjmpqrvwx]{4}){3}|PYSEC-\d{4}-\d+|GO-\d{4}-\d+|RUSTSEC-\d{4}-\d{4}|SNYK-[\w-]+|OSV-\d{4}-\d+|ALAS2?-\d{4}-\d+|DSA-\d+-\d+|USN-\d+-\d+`;
const securityRules = {
    ecosystem: "security",
    rules: [
        // ---- Trivy
        vuln({
            id: "trivy.row",
            tool: "trivy",
            group: "trivy",
            keywords: ["│", "|"],
            match: new RegExp(String.raw `^[│|]\s*(?<name>[^│|]*?)\s*[│|]\s*(?<code>${VULN_ID})\s*[│|]\s*(?<sev>${SEV})\s*[│|]`),
            message: "$<code> ($<sev>) in $<name>",
            suggestion: "Upgrade $<name> to the fixed version Trivy lists for $<code> (or rebuild on a patched base image).",
        }),
        vuln({
            id: "trivy.misconfig",
            tool: "trivy",
            group: "trivy",
            strategy: "llm",
            keywords: ["AVD-"],
            match: /^(?<code>AVD-[A-Z]+-\d{4}) \((?<sev>CRITICAL|HIGH|MEDIUM|LOW|UNKNOWN)\): (?<message>.+)$/,
            suggestion: "Fix the misconfiguration $<code>: $<message>",
        }),
        vuln({
            id: "trivy.total",
            tool: "trivy",
            group: "trivy",
            role: "summary",
            keywords: ["Total: ", "Failures: "],
            match: /^(?:Total|Failures): (?<message>[1-9]\d* \(.*(?:CRITICAL|HIGH).*\))$/,
            suggestion: "Upgrade the packages listed in the Trivy report.",
        }),
        // ---- Grype / OSV-Scanner
        vuln({
            id: "grype.row",
            tool: "grype",
            group: "grype",
            keywords: ["CVE-", "GHSA-"],
            match: new RegExp(String.raw `^(?<name>[\w.@/+:-]+)\s+(?<version>\S+)\s+(?:(?<fix>(?:\(won't fix\)|\S+))\s+)?(?:deb|apk|rpm|python|npm|go-module|java-archive|gem|rust-crate|binary|dotnet|php-composer|conan|hex|pub)\s+(?<code>${VULN_ID})\s+(?<sev>${SEV})\b`),
            message: "$<code> ($<sev>) in $<name> $<version>",
            suggestion: "Upgrade $<name> past $<version> (fixed in: $<fix>).",
        }),
        vuln({
            id: "grype.threshold",
            tool: "grype",
            group: "grype",
            keywords: ["discovered vulnerabilities at or above the severity threshold"],
            match: /(?<message>discovered vulnerabilities at or above the severity threshold)/,
            suggestion: "Upgrade the packages Grype lists above the threshold.",
        }),
        vuln({
            id: "osv-scanner.row",
            tool: "osv-scanner",
            group: "osv-scanner",
            keywords: ["osv.dev/"],
            match: /^[│|]\s*https:\/\/osv\.dev\/(?<code>[\w.-]+)\s*[│|](?:[^│|]*[│|]){2}\s*(?<name>[^│|]+?)\s*[│|]\s*(?<version>[^│|]+?)\s*[│|]\s*(?<file>[^│|]+?)\s*[│|]/,
            message: "$<code> in $<name> $<version>",
            suggestion: "Upgrade $<name> past $<version> ($<file>).",
        }),
        // ---- Snyk
        vuln({
            id: "snyk.issue",
            tool: "snyk",
            group: "snyk",
            keywords: ["✗ "],
            // `✗ Prototype Pollution [High Severity][https://security.snyk.io/vuln/...] in lodash@4.17.15`
            // and the older `✗ High severity vulnerability found in lodash`.
            match: /^\s*✗ (?:(?<message>.+?) \[(?<sev>Low|Medium|High|Critical) Severity\]\[https?:\/\/[^\]]+\] in (?<name>\S+)|(?<sev2>Low|Medium|High|Critical) severity vulnerability found (?:in|on) (?<name2>\S+))/,
            message: (g, line) => line.replace(/^\s*✗\s*/, "").trim(),
            suggestion: "Upgrade the vulnerable package to the version Snyk suggests (`snyk wizard` / its fix PR).",
        }),
        // ---- Python: pip-audit, safety, bandit
        vuln({
            id: "pip-audit.found",
            tool: "pip-audit",
            group: "pip-audit",
            keywords: ["known vulnerabilit"],
            match: /^Found (?<message>[1-9]\d* known vulnerabilit(?:y|ies) in \d+ packages?)$/,
            suggestion: "Upgrade the listed packages to their fix versions in requirements / pyproject.",
        }),
        vuln({
            id: "pip-audit.row",
            tool: "pip-audit",
            group: "pip-audit",
            keywords: ["PYSEC-", "GHSA-", "CVE-"],
            match: /^(?<name>[A-Za-z0-9][\w.-]*)\s+(?<version>\d[\w.+!-]*)\s+(?<code>PYSEC-\d{4}-\d+|GHSA-[\w-]+|CVE-\d{4}-\d+)(?:\s+(?<fix>[\d.,\s]+))?$/,
            message: "$<code> in $<name> $<version>",
            suggestion: "Upgrade $<name> to $<fix>.",
        }),
        vuln({
            id: "safety.found",
            tool: "safety",
            group: "safety",
            // "N vulnerabilities found" is also npm's and pnpm's wording: only safety's own shapes here.
            keywords: [
                "Vulnerability found in",
                "vulnerabilities reported",
                "vulnerability reported",
                "were reported",
            ],
            match: /(?:^-> Vulnerability found in (?<name>\S+) version (?<version>\S+)|\b(?<message>[1-9]\d* vulnerabilit(?:y|ies) (?:were )?reported))/,
            unless: /\b0 vulnerabilit/,
            suggestion: "Upgrade the packages safety lists to a fixed version.",
        }),
        vuln({
            id: "bandit.issue",
            tool: "bandit",
            group: "bandit",
            strategy: "llm",
            severity: "medium",
            keywords: [">> Issue: "],
            match: /^>> Issue: \[(?<code>B\d{3})(?::\w+)?\] (?<message>.+)$/,
            follow: /^\s+(?:Severity|CWE|More Info|Location):/,
            maxFollow: 4,
            followLocation: /^\s+Location:\s+(?<file>[^\s:]+):(?<line>\d+)(?::(?<column>\d+))?/,
            suggestion: "Fix the insecure pattern $<code>: $<message> (or mark a reviewed false positive with `# nosec $<code>`).",
        }),
        // ---- code scanners
        vuln({
            id: "semgrep.findings",
            tool: "semgrep",
            group: "semgrep",
            strategy: "llm",
            severity: "medium",
            keywords: ["Findings", "findings"],
            match: /^\s*[│|]?\s*(?<message>[1-9]\d* (?:Code|Blocking|Supply Chain|Secrets)? ?Findings?)\s*[│|]?\s*$/,
            suggestion: "Fix the findings semgrep lists (each names its rule and file).",
        }),
        vuln({
            id: "codeql.alerts",
            tool: "codeql",
            group: "codeql",
            strategy: "llm",
            keywords: ["CodeQL", "code scanning alert"],
            match: /(?<message>[1-9]\d* (?:CodeQL|code scanning) alerts?\b.*)/i,
            suggestion: "Fix the CodeQL alerts (Security tab → Code scanning) or dismiss reviewed false positives.",
        }),
        // CodeQL that could not analyse: autobuild failed, or the language's code was never built.
        {
            id: "codeql.build",
            tool: "codeql",
            category: "build_failure",
            severity: "high",
            strategy: "llm",
            group: "codeql",
            keywords: [
                "unable to automatically build your code",
                "could not process any of it",
                "Encountered a fatal error while running",
            ],
            match: /(?<message>We were unable to automatically build your code.*|CodeQL detected code written in .+ but could not process any of it.*|Encountered a fatal error while running ".*codeql.*)$/,
            suggestion: "CodeQL could not build or extract the code: replace autobuild with the project's own build steps (or set build-mode: none for interpreted languages).",
        },
        vuln({
            id: "govulncheck.finding",
            tool: "govulncheck",
            group: "govulncheck",
            keywords: ["Vulnerability #"],
            match: /^Vulnerability #\d+: (?<code>GO-\d{4}-\d+)/,
            suggestion: "Upgrade the module govulncheck names to its fixed version (`go get module@version`).",
        }),
        vuln({
            id: "cargo-audit.finding",
            tool: "cargo-audit",
            group: "cargo-audit",
            keywords: ["RUSTSEC-", "vulnerabilities found!", "vulnerability found!"],
            match: /^(?:ID:\s+(?<code>RUSTSEC-\d{4}-\d{4})|error: (?<message>[1-9]\d* vulnerabilit(?:y|ies) found!))$/,
            suggestion: "Upgrade the crate cargo-audit names (`cargo update -p <crate>`).",
        }),
        // ---- secrets: a person must rotate them; never copy the secret into findings
        vuln({
            id: "gitleaks.finding",
            tool: "gitleaks",
            group: "gitleaks",
            strategy: "none",
            severity: "critical",
            keywords: ["RuleID:"],
            match: /^RuleID:\s+(?<code>[\w.-]+)$/,
            follow: /^(?:Entropy|File|Line|Commit|Author|Email|Date|Fingerprint|Tags|Link|Symlink):/,
            maxFollow: 10,
            followLocation: /^File:\s+(?<file>\S+)$/,
            message: "gitleaks found a secret ($<code>)",
            suggestion: "Rotate the leaked credential now, then remove it from the code (and history); allowlist only reviewed false positives.",
        }),
        vuln({
            id: "gitleaks.summary",
            tool: "gitleaks",
            group: "gitleaks",
            strategy: "none",
            severity: "critical",
            keywords: ["leaks found"],
            match: /(?:^|\s)(?:WRN|ERR|WARN|ERROR)?\s*leaks found: (?<message>[1-9]\d*)/,
            message: "gitleaks found $<message> leaked secret(s)",
            suggestion: "Rotate the leaked credentials, then remove them from the code and history.",
        }),
        vuln({
            id: "trufflehog.finding",
            tool: "trufflehog",
            group: "trufflehog",
            strategy: "none",
            severity: "critical",
            keywords: ["Found verified result", "Found unverified result"],
            match: /Found (?<message>verified|unverified) result/,
            follow: /^(?:Detector Type|Decoder Type):/,
            maxFollow: 2,
            message: "trufflehog found a $<message> secret",
            suggestion: "Rotate the leaked credential now, then remove it from the code and history.",
        }),
    ],
};
//# sourceMappingURL=security.js.map
;// CONCATENATED MODULE: ./lib/analysis/rules/runner.js
/**
 * The CI system's own failures: time limits, cancellation, lost or shut-down runners, full disks,
 * killed processes and network outages. None of these is fixed by changing code, so every rule
 * here has strategy `none`. Runner messages share one group per step ("runner"), so the
 * "operation was canceled" line that follows a time limit joins the timeout rather than
 * standing alone. This set runs after the ecosystem sets: a tool's own rule claims its lines first.
 */
const infra = (r) => ({
    category: "infrastructure_error",
    severity: "high",
    strategy: "none",
    ...r,
});
const limit = (r) => ({
    category: "timeout",
    severity: "high",
    strategy: "none",
    ...r,
});
const RERUN = "Re-run the job; if it keeps happening, check the runner's capacity and the service's status.";
const runnerRules = {
    ecosystem: "runner",
    rules: [
        // ---- time limits
        limit({
            id: "runner.job-timeout",
            tool: null,
            group: "runner",
            keywords: ["has exceeded the maximum execution time"],
            match: /The job (?:running on runner (?<name>.+?) )?has exceeded the maximum execution time of (?<message>[\w ]+?)\.?$/,
            message: "The job exceeded its time limit ($<message>)",
            suggestion: "The job hit `timeout-minutes`: find the step that hangs or slowed down (the last one in the log), or split the job / raise the limit.",
        }),
        limit({
            id: "runner.step-timeout",
            tool: null,
            group: "runner",
            keywords: ["has timed out after"],
            match: /^The (?:action|background step) '(?<name>.+)' has timed out after (?<message>\d+ minutes?)\.?$/,
            message: "Step '$<name>' timed out after $<message>",
            suggestion: "The step hit its `timeout-minutes`: find what it waits on, or raise the limit.",
        }),
        limit({
            id: "runner.gnu-timeout",
            tool: "timeout",
            keywords: ["timeout: sending signal"],
            match: /(?:^|\s)timeout: sending signal (?<name>\w+) to command ['‘`](?<message>[^'’]*)['’]/,
            message: "`timeout` killed '$<message>' ($<name>): it ran past its time limit",
            suggestion: "'$<message>' did not finish within the `timeout` limit: find what it waits on, or raise the limit.",
        }),
        limit({
            id: "runner.ci-timeout",
            tool: null,
            group: "runner",
            keywords: [
                "No output has been received",
                "maximum time limit",
                "Build timed out",
                "execution took longer than",
                "Too long with no output",
                "Timeout has been exceeded",
                "due to timeout",
            ],
            match: /(?<message>No output has been received in the last [\w.]+|The job exceeded the maximum time limit for jobs|Build timed out \(after \d+ \w+\)|execution took longer than [\w.]+|Too long with no output \(exceeded [\w.]+\)|Timeout has been exceeded|Cancelling nested steps due to timeout)/,
            suggestion: "The CI system stopped a build that ran too long or printed nothing: find the hanging command, or raise the limit.",
        }),
        // ---- lost, cancelled or shut-down runners
        infra({
            id: "runner.shutdown",
            tool: null,
            group: "runner",
            keywords: [
                "received a shutdown signal",
                "lost communication with the server",
                "encountered an error while running your job",
                "Runner is offline",
                "went offline during the build",
                "The job exceeded the maximum log length",
            ],
            match: /(?<message>The runner has received a shutdown signal|The (?:self-hosted|hosted) runner: .+? lost communication with the server|lost communication with the server|The hosted runner encountered an error while running your job|Agent went offline during the build|Runner is offline|The job exceeded the maximum log length)/,
            suggestion: "The runner went away (stopped, preempted, out of memory or lost its network): re-run the job; if it repeats, give the job more memory/disk or check the runner host.",
        }),
        // Jenkins could not get the sources: the exception and its stack are the failure's text.
        infra({
            id: "runner.jenkins-scm",
            tool: null,
            group: "runner",
            keywords: [
                "ERROR: Error cloning remote repo",
                "ERROR: Error fetching remote repo",
                "FATAL: Could not checkout",
                "Couldn't find any revision to build",
            ],
            match: /^(?<message>ERROR: Error (?:cloning|fetching) remote repo '[^']+'|FATAL: Could not checkout \w+|ERROR: Couldn't find any revision to build.*)$/,
            follow: /^(?:hudson\.\S+|stdout:|stderr:|\s+at |\s+\.\.\. \d+ more|\s*Suppressed: |Caused by: |[\w.$]+(?:Exception|Error)\b|\s*$)/,
            maxFollow: 40,
            suggestion: "Jenkins could not fetch or check out the sources (network, credentials or a missing revision): re-run, then check the SCM settings.",
        }),
        // A Jenkins post-build step (archive, test report, publisher) that failed after the build
        // did: "ERROR: Step ‘Publish JUnit test result report’ failed: No test report files were
        // found.", the line above it often saying what is missing. It closes the build's report.
        {
            id: "runner.jenkins-post-build",
            tool: null,
            category: "build_failure",
            severity: "medium",
            strategy: "none",
            group: "jenkins-post-build",
            role: "summary",
            keywords: ["ERROR: Step "],
            match: /^ERROR: Step .(?<name>[^\s].{0,100}?). failed: (?<message>.+)$/,
            precede: 1,
            precedeMatch: /\b(?:does not exist|not found|No such file|Permission denied)\b/,
            message: "Jenkins step $<name> failed: $<message>",
            suggestion: "Fix the build first; then check the post-build step's settings (paths of archives and reports).",
        },
        infra({
            id: "runner.canceled",
            tool: null,
            group: "runner",
            role: "summary",
            keywords: ["The operation was canceled", "The operation was cancelled"],
            match: /^(?:Error: )?The operation was cancell?ed\.?$/,
            message: "The run was cancelled",
            suggestion: "The run was cancelled (by a person, a newer run or a time limit): re-run it if the cancel was not intended.",
        }),
        // ---- the workflow's own setup: actions, tool versions, tokens and permissions
        {
            id: "runner.action-not-found",
            tool: null,
            category: "dependency_error",
            severity: "high",
            strategy: "none",
            keywords: [
                "Unable to resolve action",
                "was not found for",
                "Can't find 'action.yml'",
                "Unable to locate executable file",
                " with arch ",
                "make sure you have checked out the target repository",
            ],
            match: /(?<message>Unable to resolve action [`'"]?(?<name>[^`'"\s,]+).*|The version '(?<version>[^']+)' with architecture '\w+' was not found for .*|Version \S+ with arch \w+ not found.*|Can't find 'action\.yml', 'action\.yaml' or 'Dockerfile'.*|Unable to locate executable file: \S+.*|No file in \S+ matched to \[.*\], make sure you have checked out the target repository.*)$/,
            message: (g, line) => line.replace(/^(?:Error: )/, "").trim(),
            suggestion: "The workflow names an action version or tool version that does not exist: pin an existing tag/SHA or a version the runner image offers.",
        },
        infra({
            id: "runner.credentials",
            tool: null,
            keywords: [
                "Resource not accessible by integration",
                "Bad credentials",
                "could not read Username",
                "denied to",
                "was not acquired by Runner",
                "SAML enforcement",
            ],
            match: /(?<message>Resource not accessible by integration|Bad credentials|fatal: could not read Username for '[^']+'|remote: Permission to \S+ denied to \S+|The job was not acquired by Runner.*|Resource protected by organization SAML enforcement.*)/,
            suggestion: "The token or runner lacks access: grant the workflow the `permissions:` it needs (or use a token with access), then re-run.",
        }),
        // ---- disk and memory
        infra({
            id: "runner.disk-full",
            tool: null,
            keywords: ["No space left on device", "ENOSPC", "not enough space on the disk", "disk quota exceeded"],
            match: /^(?<message>.*(?:No space left on device|ENOSPC|There is not enough space on the disk|[Dd]isk quota exceeded).*)$/,
            unless: /^\s*at |\bwarning\b/i,
            message: (g, line) => line.trim(),
            suggestion: "The runner's disk is full: remove unused toolchains/images before the build (or prune caches), or use a larger runner.",
        }),
        infra({
            id: "runner.killed",
            tool: null,
            keywords: ["Killed", "exit code 137", "Out of memory", "out of memory", "oom-kill", "OOMKilled"],
            match: /^(?:.*?: line \d+: +)?(?:\d+ )?(?:Killed)(?:\s+(?<message>.+))?$|(?<oom>Killed signal terminated program \w+|JavaScript heap out of memory|Out of memory: Killed process|oom-kill|OOMKilled|fatal error: runtime: out of memory|Cannot allocate memory)/,
            message: (g, line) => g.oom ? line.trim() : `Process killed (out of memory?)${g.message ? `: ${g.message.trim()}` : ""}`,
            suggestion: "A process was killed, usually by the out-of-memory killer: lower the build's parallelism or memory use, or use a runner with more memory.",
        }),
        // ---- network
        infra({
            id: "runner.dns",
            tool: null,
            // Network errors often show up as noise around the real failure (a test, a build): rank
            // them below those, above crashes they may have caused.
            priority: 70,
            keywords: [
                "Could not resolve",
                "resolve host",
                "name resolution",
                "Name or service not known",
                "ENOTFOUND",
                "EAI_AGAIN",
                "no such host",
                "nodename nor servname",
                "getaddrinfo",
            ],
            match: /^(?<message>.*(?:Could not resolve (?:host|hostname|proxy)(?:: (?<name>[\w.-]+))?|Temporary failure in name resolution|Name or service not known|getaddrinfo (?:ENOTFOUND|EAI_AGAIN)(?: (?<host>[\w.-]+))?|lookup (?<lookup>[\w.-]+)(?: on [\d.:]+)?: no such host|nodename nor servname provided).*)$/,
            unless: /Failed to (?:restore|save)|Cache service|^\s*at |\bWARNING\b|Retrying|\b(?:DEBUG|TRACE|INFO)\b/,
            message: (g, line) => line.trim(),
            suggestion: "A host name did not resolve: check the URL/host for typos; if it is right, the runner's DNS or network failed: re-run.",
        }),
        infra({
            id: "runner.network",
            tool: null,
            priority: 70,
            keywords: [
                "curl: (",
                "unable to access",
                "Connection refused",
                "Connection timed out",
                "Connection reset by peer",
                "Network is unreachable",
                "ECONNREFUSED",
                "ECONNRESET",
                "ETIMEDOUT",
                "the remote end hung up",
                "RPC failed",
                "TLS handshake timeout",
                "i/o timeout",
                "Service Unavailable",
                "Bad Gateway",
                "Gateway Time",
                "returned error: 5",
                "rate limit",
                "Too Many Requests",
                "toomanyrequests",
            ],
            match: /^(?<message>.*(?:curl: \((?:6|7|28|35|52|56)\)|curl: \(22\) The requested URL returned error: (?:5\d\d|429)|fatal: unable to access '[^']+': .+|Failed to connect to \S+ port \d+.*|Connection (?:refused|timed out|reset by peer)|Network is unreachable|\b(?:ECONNREFUSED|ECONNRESET|ETIMEDOUT)\b|the remote end hung up unexpectedly|error: RPC failed|TLS handshake timeout|i\/o timeout|\b50[234] (?:Service Unavailable|Bad Gateway|Gateway Time-?out)\b|returned error: 5\d\d|API rate limit exceeded|rate limit exceeded|429 Too Many Requests|toomanyrequests).*)$/,
            unless: /Failed to (?:restore|save)|Cache service|Retrying|^\s*at |\bwarning\b|^WARN|^npm (?:ERR!|error)|\b(?:DEBUG|TRACE|INFO)\b|level=(?:debug|info|warn)/i,
            message: (g, line) => line.trim(),
            suggestion: RERUN,
        }),
    ],
};
//# sourceMappingURL=runner.js.map
;// CONCATENATED MODULE: ./lib/analysis/rules/ci.js
/** CI-system shapes that are not one tool's: Travis, Jenkins, GitLab, build-tool wrappers. */
const ciRules = {
    ecosystem: "ci",
    rules: [
        {
            // awesome_bot (the link checker of the awesome-* lists) ends a failed run with
            // "Issues :-(", then "> Links" listing each bad link ("  01. [L0410] 404 https://…") and
            // "> Dupes": that list is the failure; the network errors met while checking are not.
            id: "ci.awesome-bot",
            tool: "awesome_bot",
            category: "lint_error",
            severity: "medium",
            strategy: "llm",
            keywords: ["> Links"],
            match: /^> Links\s*$/,
            follow: /^\s+(?:\d+\. \S.*|None ✓)\s*$|^> (?:Links|Dupes|Redirects)\s*$/,
            maxFollow: 100,
            priority: 80,
            message: "awesome_bot found broken, redirected or duplicate links",
            suggestion: "Fix the links listed (point redirects at their target, drop dead links) or white-list them in the awesome_bot call.",
        },
    ],
};
//# sourceMappingURL=ci.js.map
;// CONCATENATED MODULE: ./lib/analysis/rules/apple.js
/** xcodebuild as xcpretty formats it (the usual way Swift and Objective-C projects run in CI). */
const appleRules = {
    ecosystem: "apple",
    rules: [
        {
            // xcpretty prints each compiler error as `❌  /path/File.swift:12:5: message`, then the
            // source line and a caret under the spot (it drops clang's and swiftc's "error:" word).
            id: "xcpretty.compile",
            tool: "xcodebuild",
            category: "build_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["❌"],
            match: /❌\s+(?<file>(?:[A-Za-z]:)?[^\s:]+\.(?:swift|mm?|h|hpp|c|cc|cpp|metal)):(?<line>\d+):(?<column>\d+): (?:error: )?(?<message>.+)$/,
            follow: /^(?!.*(?:❌|▸|✓|⚠️|Testing failed|\*\* [A-Z ]+ FAILED))/,
            maxFollow: 6,
            suggestion: "Fix the compile error at $<file>:$<line>.",
        },
        {
            // xcpretty's closing summary: the suite, then per failure "  testName, <reason>", the
            // source position and the failing code between ``` fences. The ✗ lines printed while the
            // tests ran repeat the reason without the position.
            id: "xcpretty.test-summary",
            tool: "xcodebuild",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            keywords: [", "],
            match: /^ {2}(?<name>test\w*), (?<message>.*(?:failed|error|Error|threw|exception|crashed).*)$/,
            precede: 1,
            precedeMatch: /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+$/,
            follow: /^(?! {2}test\w*, |\s*(?:Executed \d+ tests|\*\* ))/,
            followLocation: /^\s+(?<file>\S+\.(?:swift|mm?|h)):(?<line>\d+)\s*$/,
            maxFollow: 24,
            group: "xcpretty-tests",
            message: "$<name>: $<message>",
            suggestion: "Fix the failing XCTest assertion at the position shown (or the code it tests).",
        },
        {
            // SwiftLint's violations: `File.swift:12:5: warning: Colon Violation: ... (colon)`. A warning
            // fails the step only under --strict, so the lines only explain a step that failed.
            id: "swiftlint.violation",
            tool: "swiftlint",
            category: "lint_error",
            severity: "medium",
            strategy: "llm",
            keywords: [" Violation: "],
            match: /^(?<file>(?:[A-Za-z]:)?[^\s:]+\.swift):(?<line>\d+):(?<column>\d+): (?:warning|error): (?<message>.+ Violation: .+?)(?: \((?<code>\w+)\))?$/,
            role: "summary",
            suggestion: "Fix the SwiftLint violation at $<file>:$<line> (rule $<code>).",
        },
    ],
};
//# sourceMappingURL=apple.js.map
;// CONCATENATED MODULE: ./lib/analysis/rules/powershell.js
/**
 * PowerShell: Pester, its test framework. A failing test is `[-] <name> <time>` (Pester 4, the
 * reason indented below) or `[-] <name> -> <reason>` (Pester 5); the expected/actual values and
 * the `at <ScriptBlock>, file.ps1:12` frames follow.
 */
const powershellRules = {
    ecosystem: "powershell",
    rules: [
        {
            id: "pester.failed",
            tool: "pester",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["[-] "],
            // The time or the arrow tells Pester's line from a script's own "[-] removing x" status.
            match: /^\s*\[-\] (?<name>.+?)(?: -> (?<message>.+)| \d+(?:\.\d+)?m?s(?: \([\d.]+m?s\|[\d.]+m?s\))?)\s*$/,
            follow: /^(?!\s*\[[-+!?]\] )(?!\s*(?:Describing|Context|Tests (?:Passed|completed)|Running tests|Executing|Starting (?:test )?discovery)\b)(?:\s*$|\s+\S|at\s|(?:Expected|Actual|But was|Message|Error)\b|[\w.]+(?:Exception|Error)\b)/,
            maxFollow: 30,
            followLocation: /^\s*at .*, (?<file>(?:[A-Za-z]:)?[^\s,:]+\.ps[md]?1):(?:\s*line )?(?<line>\d+)\s*$/,
            message: (g) => g.message ? `${(g.name ?? "").trim()}: ${g.message.trim()}` : `${(g.name ?? "").trim()} failed`,
            suggestion: "Fix the failing Pester test (or the code it tests): see the expected and actual values.",
        },
    ],
};
//# sourceMappingURL=powershell.js.map
;// CONCATENATED MODULE: ./lib/analysis/rules/erlang.js
/**
 * Erlang/OTP: Common Test. A failed case is stated between dashed separator lines as
 * `<module>:<function> failed on line <n>` and `Reason: <term>`; the progress line
 * `Testing <suite>: *** FAILED test case 3 of 6 ***` only counts it.
 */
const erlangRules = {
    ecosystem: "erlang",
    rules: [
        {
            id: "erlang.ct-failed",
            tool: "common_test",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            keywords: [" failed on line "],
            match: /^(?<suite>\w+):(?<name>\w+) failed on line (?<line>\d+)$/,
            // Common Test sets the report off with a dashed separator line.
            precede: 1,
            precedeMatch: /^(?:- ){8,}-?\s*$/,
            requirePrecede: true,
            follow: /^(?:Reason: |\s+\S)/,
            maxFollow: 20,
            group: "common_test",
            message: "$<suite>:$<name> failed on line $<line>",
            suggestion: "Fix the failing Common Test case $<suite>:$<name> (or the code it tests): see its Reason.",
        },
        {
            id: "erlang.ct-progress",
            tool: "common_test",
            category: "test_failure",
            severity: "high",
            strategy: "llm",
            keywords: ["*** FAILED test case"],
            match: /^(?:\d+> )?Testing [\w.-]+: \*\*\* FAILED test case \d+ of \d+ \*\*\*$/,
            role: "summary",
            group: "common_test",
            suggestion: "Fix the failing Common Test case (see the Reason printed above it).",
        },
    ],
};
//# sourceMappingURL=erlang.js.map
;// CONCATENATED MODULE: ./lib/analysis/rules/haskell.js
/**
 * Haskell (GHC): GHC 7 fails a module built with -Werror by printing its warnings as warnings
 * and then `Failing due to -Werror.` (GHC 8 and later print them as errors, which the generic
 * compiler-diagnostic shape already takes).
 */
const haskellRules = {
    ecosystem: "haskell",
    rules: [
        {
            id: "ghc.werror",
            tool: "ghc",
            category: "lint_error",
            severity: "medium",
            strategy: "llm",
            keywords: ["Failing due to -Werror"],
            match: /^(?<message>Failing due to -Werror)\.?$/,
            // The verdict names no file: the warnings it promoted, with their indented details, are
            // the lines above it.
            precede: 16,
            precedeMatch: /^(?<file>[^\s:]+\.l?hs):(?<line>\d+):(?<column>\d+)(?:-\d+)?: [Ww]arning\b|^\s+\S/,
            message: "GHC failed the build on its warnings (-Werror)",
            suggestion: "-Werror turned the GHC warnings above into errors: fix them or relax -Werror.",
        },
    ],
};
//# sourceMappingURL=haskell.js.map
;// CONCATENATED MODULE: ./lib/analysis/rules/index.js






















/** Every rule set, most specific ecosystems first; the generic fallback lives in the engine. */
const ruleSets = [
    typescriptRules,
    eslintRules,
    prettierRules,
    jsTestRules,
    nodeRules,
    npmRules,
    pythonRules,
    goRules,
    rustRules,
    javaRules,
    cppRules,
    dotnetRules,
    rubyRules,
    shellRules,
    dockerRules,
    securityRules,
    appleRules,
    powershellRules,
    erlangRules,
    haskellRules,
    runnerRules,
    ciRules,
];
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6359:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V5: () => (/* binding */ LineScanner),
  nZ: () => (/* binding */ Tape)
});

// UNUSED EXPORTS: anchorMatters, hasAnchor, scanPatterns

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./lib/analysis/keywords.js
var analysis_keywords = __webpack_require__(8424);
// EXTERNAL MODULE: ./lib/analysis/clean.js
var clean = __webpack_require__(6459);
// EXTERNAL MODULE: ./lib/analysis/generic.js
var generic = __webpack_require__(7479);
;// CONCATENATED MODULE: ./lib/analysis/lanes.js
/**
 * The scan automaton run over a whole window in WebAssembly, four lanes at once, for the
 * parallel prescan (scan.ts, LineScanner.scanWindowLanes). One lane is a chain of dependent
 * table loads, one per byte, so a single loop waits on memory; four independent chains keep the
 * core busy (measured alone on a 200 MB log: JS one lane 4.0–4.8 ns a byte, wasm one lane
 * 2.6–2.9, wasm four lanes 1.3–2.0). A lane records each byte that leads to a flagged state as an event (its
 * position and the state) and reads on from that state; the scanner then works line by line from
 * the events instead of from the bytes. The lanes run from the window's line starts through
 * everything, timestamps and colour codes included, so they report a superset of what the scan
 * proper sees; the scanner checks which events it can take as they are (see scanWindowLanes).
 *
 * The module is a few hundred bytes assembled here (nothing to bundle or load), with the table's
 * and buffers' places baked in as constant offsets.
 */
const LANES = 4;
/** Per lane: p, end, ev, evEnd, s (i32 each), at `params` in memory. */
const PARAM_WORDS = 5;
/** Room for events per byte of a lane: one every 16 bytes (8 bytes each); a typical log has one every 40. */
const EVENTS_PER_BYTE = 1 / 16;
const MIN_EVENTS = 1 << 12;
const uleb = (n) => {
    const out = [];
    do {
        let b = n & 0x7f;
        n >>>= 7;
        if (n)
            b |= 0x80;
        out.push(b);
    } while (n);
    return out;
};
const sleb = (n) => {
    const out = [];
    for (;;) {
        const b = n & 0x7f;
        n >>= 7;
        if ((n === 0 && !(b & 0x40)) || (n === -1 && b & 0x40)) {
            out.push(b);
            return out;
        }
        out.push(b | 0x80);
    }
};
const vec = (items) => [...uleb(items.length), ...items.flat()];
const lanes_name = (s) => [...uleb(s.length), ...Array.from(s, (c) => c.charCodeAt(0))];
const section = (id, bytes) => [id, ...uleb(bytes.length), ...bytes];
// The few instructions used (https://webassembly.github.io/spec/core/binary/instructions.html).
const get = (i) => [0x20, ...uleb(i)];
const set = (i) => [0x21, ...uleb(i)];
const tee = (i) => [0x22, ...uleb(i)];
const i32 = (n) => [0x41, ...sleb(n)];
const ADD = 0x6a;
const SHL = 0x74;
const OR = 0x72;
const AND = 0x71;
const LT_U = 0x49;
const GE_U = 0x4f;
const load8 = (offset) => [0x2d, 0, ...uleb(offset)];
const load16 = (offset) => [0x2f, 1, ...uleb(offset)];
const load32 = (offset) => [0x28, 2, ...uleb(offset)];
const store32 = (offset) => [0x36, 2, ...uleb(offset)];
const LOOP = [0x03, 0x40];
const BLOCK = [0x02, 0x40];
const EQZ = 0x45;
const IF = [0x04, 0x40];
const END = 0x0b;
const brIf = (depth) => [0x0d, ...uleb(depth)];
const [P, END_, EV, EV_END, S, T] = [0, 1, 2, 3, 4, 5];
/** One byte of lane k, whose locals (p, end, ev, evEnd, s, t) start at local `base + 6k`. */
function step(base, k, shift, flagged, at) {
    const l = (f) => base + 6 * k + f;
    return [
        // t = table[s << shift | classes[buf[p]]] (u16 entries)
        ...get(l(S)),
        ...i32(shift + 1),
        SHL,
        ...get(l(P)),
        ...load8(at.buf),
        ...load8(at.classes),
        ...i32(1),
        SHL,
        OR,
        ...load16(at.table),
        ...tee(l(T)),
        ...i32(flagged),
        GE_U,
        ...IF,
        // An event, when there is room: (p, t).
        ...get(l(EV)),
        ...get(l(EV_END)),
        LT_U,
        ...IF,
        ...get(l(EV)),
        ...get(l(P)),
        ...store32(0),
        ...get(l(EV)),
        ...get(l(T)),
        ...store32(4),
        ...get(l(EV)),
        ...i32(8),
        ADD,
        ...set(l(EV)),
        END,
        END,
        ...get(l(T)),
        ...set(l(S)),
        ...get(l(P)),
        ...i32(1),
        ADD,
        ...set(l(P)),
    ];
}
/**
 * A function body running `count` lanes in step while each has bytes left. Its parameters are
 * the lanes' param addresses (relative to the params block); their locals follow.
 */
function lanesBody(count, shift, flagged, at) {
    const base = count;
    const lanes = [...Array(count).keys()];
    const l = (k, f) => base + 6 * k + f;
    const left = lanes.flatMap((k, n) => [...get(l(k, P)), ...get(l(k, END_)), LT_U, ...(n ? [AND] : [])]);
    return [
        ...vec([[6 * count, 0x7f]]),
        ...lanes.flatMap((k) => [P, END_, EV, EV_END, S].flatMap((f) => [...get(k), ...load32(at.params + 4 * f), ...set(l(k, f))])),
        ...BLOCK,
        ...left,
        EQZ,
        ...brIf(0),
        ...LOOP,
        ...lanes.flatMap((k) => step(base, k, shift, flagged, at)),
        ...left,
        ...brIf(0),
        END,
        END,
        ...lanes.flatMap((k) => [P, EV, S].flatMap((f) => [...get(k), ...get(l(k, f)), ...store32(at.params + 4 * f)])),
        END,
    ];
}
/** The module: run4, run2 and run1, each taking that many lanes' param addresses. */
function assemble(shift, flagged, at) {
    const body = (code) => [...uleb(code.length), ...code];
    const type = (n) => [0x60, n, ...Array(n).fill(0x7f), 0];
    return new Uint8Array([
        0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
        ...section(1, vec([type(4), type(2), type(1)])),
        ...section(2, vec([[...lanes_name("m"), ...lanes_name("mem"), 0x02, 0x00, ...uleb(1)]])),
        ...section(3, vec([[0], [1], [2]])),
        ...section(7, vec([[...lanes_name("run4"), 0, 0], [...lanes_name("run2"), 0, 1], [...lanes_name("run1"), 0, 2]])),
        ...section(10, vec([4, 2, 1].map((n) => body(lanesBody(n, shift, flagged, at))))),
    ]); // prettier-ignore
}
const PAGE = 1 << 16;
const wasm = globalThis.WebAssembly;
const align = (n, to) => Math.ceil(n / to) * to;
class Lanes {
    at;
    run4;
    run2;
    run1;
    mem;
    u8;
    i32;
    result = {
        count: 0,
        from: new Int32Array(LANES),
        to: new Int32Array(LANES),
        events: new Int32Array(0),
        first: new Int32Array(LANES),
        last: new Int32Array(LANES),
        full: new Uint8Array(LANES),
    };
    constructor(at, run4, run2, run1, mem) {
        this.at = at;
        this.run4 = run4;
        this.run2 = run2;
        this.run1 = run1;
        this.mem = mem;
        this.u8 = new Uint8Array(mem.buffer);
        this.i32 = new Int32Array(mem.buffer);
    }
    /** The lanes for `dfa`, or null where they cannot run (no WebAssembly, a 32-bit table). */
    static create(dfa) {
        if (!wasm || !(dfa.table instanceof Uint16Array) || dfa.shift > 7)
            return null;
        const table = 0;
        const classes = align(dfa.table.byteLength, 64);
        const params = classes + 256;
        const buf = align(params + 4 * PARAM_WORDS * LANES, 64);
        const at = { table, classes, params, buf };
        const mem = new wasm.Memory({ initial: Math.ceil(buf / PAGE) + 1 });
        const module = new wasm.Module(assemble(dfa.shift, dfa.flagged, at));
        const { exports } = new wasm.Instance(module, { m: { mem } });
        const lanes = new Lanes(at, exports.run4, exports.run2, exports.run1, mem);
        new Uint16Array(mem.buffer, table, dfa.table.length).set(dfa.table);
        lanes.u8.set(dfa.classes, classes);
        return lanes;
    }
    /** Makes room for `bytes` bytes from the buffer's start. */
    room(bytes) {
        const need = this.at.buf + bytes;
        if (need <= this.mem.buffer.byteLength)
            return;
        this.mem.grow(Math.ceil((need - this.mem.buffer.byteLength) / PAGE));
        this.u8 = new Uint8Array(this.mem.buffer);
        this.i32 = new Int32Array(this.mem.buffer);
    }
    /**
     * Runs the automaton over buf[start, len) from state 0, in up to four lanes that start at line
     * starts (after a \n). The result is reused by the next run.
     */
    run(buf, start, len) {
        const r = this.result;
        // Lane bounds: after the first \n at or past each quarter.
        let count = 0;
        let from = start;
        for (let k = 1; k <= LANES; k++) {
            let to = len;
            if (k < LANES) {
                const q = start + Math.floor(((len - start) * k) / LANES);
                const nl = q < len ? buf.indexOf(10, q) : -1;
                if (nl === -1 || nl + 1 >= len)
                    to = len;
                else
                    to = nl + 1;
            }
            if (to <= from && k < LANES)
                continue;
            r.from[count] = from;
            r.to[count] = to;
            count++;
            from = to;
            if (to === len)
                break;
        }
        r.count = count;
        // Event room per lane, in bytes (8 an event).
        const room = (k) => 8 * Math.max(MIN_EVENTS, Math.ceil((r.to[k] - r.from[k]) * EVENTS_PER_BYTE));
        const bufBytes = align(len + 1, 8);
        let events = 0;
        for (let k = 0; k < count; k++)
            events += room(k);
        this.room(bufBytes + events);
        const i32 = this.i32;
        this.u8.set(buf.subarray(0, len), this.at.buf);
        // Each lane's params (its i32 index in memory); event room is absolute byte addresses.
        const p = this.at.params >> 2;
        const param = (k) => p + PARAM_WORDS * k;
        let ev = this.at.buf + bufBytes;
        for (let k = 0; k < count; k++) {
            const o = param(k);
            i32[o] = r.from[k];
            i32[o + 1] = r.to[k];
            i32[o + 2] = ev;
            i32[o + 3] = ev + room(k);
            i32[o + 4] = 0;
            r.first[k] = ev >> 2;
            ev += room(k);
        }
        // Four lanes in step while four have bytes left, then two, then one (a long line makes lanes
        // of unequal length), longest first.
        const remaining = (k) => i32[param(k) + 1] - i32[param(k)];
        const at = (k) => 4 * PARAM_WORDS * k;
        const left = [];
        for (;;) {
            left.length = 0;
            for (let k = 0; k < count; k++)
                if (remaining(k) > 0)
                    left.push(k);
            if (!left.length)
                break;
            left.sort((a, b) => remaining(b) - remaining(a));
            if (left.length >= 4)
                this.run4(at(left[0]), at(left[1]), at(left[2]), at(left[3]));
            else if (left.length >= 2)
                this.run2(at(left[0]), at(left[1]));
            else
                this.run1(at(left[0]));
        }
        for (let k = 0; k < count; k++) {
            r.last[k] = i32[param(k) + 2] >> 2;
            r.full[k] = i32[param(k) + 2] >= i32[param(k) + 3] ? 1 : 0;
        }
        r.events = i32;
        return r;
    }
}
//# sourceMappingURL=lanes.js.map
// EXTERNAL MODULE: ./lib/analysis/rule-head.js
var rule_head = __webpack_require__(4553);
;// CONCATENATED MODULE: ./lib/analysis/scan.js






/**
 * The byte-level front of the analyzer. Most lines of a big log are noise that no rule, marker or
 * error test can fire on; decoding, cleaning and matching each of them is what made a 1 GiB log
 * slow. This scanner runs one DFA over the raw bytes (rule keywords plus every anchor the
 * engine's per-line tests need, see ANCHORS) and hands only the lines it flags to Engine.push;
 * the others are counted and kept as byte ranges, decoded only if the engine asks for them
 * (context lines, a failing step's last output). Results are the same as pushing every line:
 * a flagged line set is a superset of the lines where anything can happen.
 *
 * Lines split at \r\n, \n and lone \r; the first MAX_LINE UTF-16 units of a line are kept (CAP
 * bytes are enough for that), the rest of a longer line is dropped without buffering. Invalid
 * UTF-8 becomes U+FFFD, a BOM is dropped at the start of the stream, as TextDecoder does.
 */
/** Bytes kept of a line: enough for MAX_LINE UTF-16 units whatever the encoding (3 bytes a unit at most). */
const CAP = clean/* MAX_LINE */.M * 3 + 4;
/**
 * Substrings that make a line worth the engine's full attention. Keep these a superset of what
 * generic.ts's errorStrength (ERRORISH) and exitMarker, the engine's structure() and cleanLine
 * react to; test/analysis/stream.test.ts checks every corpus line against them.
 */
const ERROR_ANCHORS = [
    "error", "ERROR", "Error", "FAIL", "Failed", "failed", "failure", "Failure", "FATAL", "Fatal", "fatal",
    "panic", "Exception", "Traceback", "Segmentation fault", "Killed", "Aborted", "abort", "** (",
    "is not installed", "command not found", "not found", "not be found", "not defined", "not be defined",
    "not declared", "not be declared", "undefined", "unresolved", "annot ", "ould not ", "nable to ",
    "No such file", "Permission denied", "✖", "✗", "✘", "×", "❌", "did not find expected",
    "mapping values are not allowed", "while scanning", "while parsing",
]; // prettier-ignore
const STRUCTURE_ANCHORS = [
    "##[", "[command]", "Post job cleanup.", "Cleaning up orphan processes", "$ ", "[Pipeline]",
    "Process completed", 'The command "', '" exited with', '" failed and exited',
    "Finished: ", "Done. Your build exited", "Job succeeded", "diff --git a/",
]; // prettier-ignore
// What cleanLine removes from the middle of a line (so a keyword could hide across it).
const CLEAN_ANCHORS = ["travis_", "section_", "\u009b"];
// Verified after the hit: "[31m"-style escape remains, and "  1) test name" numbered failures.
const SGR_ANCHORS = ["[m", "[K", "[;", "[0", "[1", "[2", "[3", "[4", "[5", "[6", "[7", "[8", "[9"];
const NUMBERED_ANCHORS = [") "];
const ESC = 0x1b;
const CONTROL_BYTES = [...Array(32).keys()]
    .filter((b) => b !== 9 && b !== 10 && b !== 13 && b !== ESC)
    .concat(0x7f);
// What cleanLine's ANSI removes of a colour or cursor code (its first alternative, the usual one).
const CSI = /\x1b\[[0-?]*[ -/]*[@-~]/g;
const TAB = 9;
// ERRORISH's numbered failure ("  1) test name"), loosened.
const NUMBERED = /^\s*\d+\) /;
// Ordered: keywordsIn reports the largest seen. An error word matters to the engine only through
// errorStrength (or as an exit line); structure anchors (markers, step boundaries) always matter.
const ANCHOR_NUMBERED = 1;
const ANCHOR_ERROR = 2;
const ANCHOR_STRUCTURE = 3;
const HIT_NONE = 0;
const HIT_KEYS = 1;
const HIT_ENGINE = 2;
const VERIFY_SGR = 1;
const VERIFY_NUMBERED = 2;
const cache = new Map();
/**
 * The strings the scanner's automaton looks for, in its numbering: the rule keywords (their
 * windows, see keywordWindow), then the anchors. (Besides these it flags control bytes.) For
 * bench/speed.mjs, which times grep with the same alternation.
 */
function scanPatterns(keywords) {
    return [
        ...keywords.map(analysis_keywords/* keywordWindow */.QL),
        ...ERROR_ANCHORS,
        ...STRUCTURE_ANCHORS,
        ...CLEAN_ANCHORS,
        ...SGR_ANCHORS,
        ...NUMBERED_ANCHORS,
    ];
}
function scanDfa(keywords) {
    const key = keywords.join("\0");
    let d = cache.get(key);
    if (d)
        return d;
    const fixed = [...ERROR_ANCHORS, ...STRUCTURE_ANCHORS, ...CLEAN_ANCHORS];
    const all = scanPatterns(keywords);
    const sgrFrom = keywords.length + fixed.length;
    const numFrom = sgrFrom + SGR_ANCHORS.length;
    const verify = new Set();
    for (let i = sgrFrom; i < all.length; i++)
        verify.add(i);
    const special = { lineFeed: 10, carriageReturn: 13, flag: CONTROL_BYTES, escape: ESC, reserve: [TAB] };
    const gha = (0,analysis_keywords/* buildDfa */.k9)(all, verify, special);
    const other = (0,analysis_keywords/* withFlagBytes */.at)(gha, [TAB]);
    const verifyType = new Uint8Array(gha.kind.length);
    gha.outputs.forEach((ids, i) => {
        for (const id of ids)
            if (id >= sgrFrom)
                verifyType[i] |= id >= numFrom ? VERIFY_NUMBERED : VERIFY_SGR;
    });
    const anchorAt = new Uint8Array(gha.kind.length);
    const structureFrom = keywords.length + ERROR_ANCHORS.length;
    gha.outputs.forEach((ids, i) => {
        for (const id of ids) {
            const a = id < keywords.length
                ? 0
                : id < structureFrom
                    ? ANCHOR_ERROR
                    : id < sgrFrom
                        ? ANCHOR_STRUCTURE
                        : id >= numFrom
                            ? ANCHOR_NUMBERED
                            : 0;
            if (a > anchorAt[i])
                anchorAt[i] = a;
        }
    });
    const confirm = Uint8Array.from(keywords, (k) => (k.length > analysis_keywords/* WINDOW */.jf || /\s$/.test(k) ? 1 : 0));
    const cleanFrom = keywords.length + ERROR_ANCHORS.length + STRUCTURE_ANCHORS.length;
    const cleanAt = Uint8Array.from(gha.outputs, (ids) => ids.some((id) => id >= cleanFrom && id < sgrFrom) ? 1 : 0);
    const bytes = all.map((k) => external_node_buffer_.Buffer.byteLength(k));
    const spanAt = Int32Array.from(gha.outputs, (ids) => ids.reduce((m, id) => Math.max(m, bytes[id]), 0));
    d = { gha, other, verifyType, anchorAt, confirm, cleanAt, spanAt };
    (0,analysis_keywords/* shareDfa */.H9)(keywords, gha);
    if (cache.size > 16)
        cache.clear();
    cache.set(key, d);
    return d;
}
/** A quiet line that went to the engine's ring: decoded the first time its text is read. */
class QuietLine {
    n;
    scanner;
    start;
    end;
    value;
    constructor(n, scanner, start, end, value) {
        this.n = n;
        this.scanner = scanner;
        this.start = start;
        this.end = end;
        this.value = value;
    }
    get text() {
        if (this.value === null) {
            this.value = this.scanner.cleanText(this.start, this.end);
            this.scanner = null;
        }
        return this.value;
    }
}
/** Whether a cleaned line holds one of the anchors (error words, markers, exit lines): for tests. */
function hasAnchor(keywords, text) {
    return triage(scanDfa(keywords), keywords, text).anchor > 0;
}
/**
 * Whether a cleaned line holds an anchor the engine must read it for when not busy: a structure
 * anchor, or error words that make it error-ish or an exit line (see line()): for tests.
 */
function anchorMatters(keywords, text) {
    const { anchor } = triage(scanDfa(keywords), keywords, text);
    return anchor === ANCHOR_STRUCTURE || (anchor > 0 && errorsIn(text, -1) >= 0);
}
/**
 * The rule keywords a cleaned line holds (null if none) and the largest anchor it holds (0 for
 * none; escape-code anchors no longer matter); the engine gets the keywords along with the line.
 */
function triage(d, keywords, text) {
    const found = (0,analysis_keywords/* keywordsIn */.KH)(d.gha, keywords, text, d.anchorAt);
    const anchor = analysis_keywords/* lastMark */.gL >= ANCHOR_ERROR
        ? analysis_keywords/* lastMark */.gL
        : analysis_keywords/* lastMark */.gL === ANCHOR_NUMBERED && NUMBERED.test(text)
            ? ANCHOR_ERROR
            : 0;
    return { found, anchor };
}
/**
 * Whether an error word on a line the engine is not busy with matters: the line is an exit line,
 * or errorStrength finds it error-ish (-1: no; else that strength, which the engine is handed).
 * Otherwise the engine would only count and remember the line, as a quiet one ("Found 0 errors.").
 */
function errorsIn(text, known) {
    if ((0,generic/* exitMarker */.Bp)(text))
        return 0;
    const strength = known >= 0 ? known : (0,generic/* errorStrength */.E1)(text, null);
    return strength > 0 ? strength : -1;
}
const TAPE_HOT = 1;
const TAPE_PUSHED = 2;
const TAPE_ESC = 4;
/** The line's anchor (ANCHOR_*) is stored from this bit on (two bits). */
const TAPE_ANCHOR_SHIFT = 6;
/** A handed-over unmarked line's errorStrength + 1 (0: not known) is stored from this bit on. */
const TAPE_STRENGTH_SHIFT = 24;
const TAPE_BLANK = 16;
const TAPE_TEXT = 32;
/**
 * What a prescan found, line by line, for LineScanner.replay: for each line the scan flagged
 * (hot) or handed over, its number, flags (TAPE_*, and the timestamp's length from bit 8 on), and
 * the rule keyword ids the scan collected on it (a count, -1 when the line needs cleanLine).
 */
class Tape {
    data = new Int32Array(1 << 12);
    size = 0;
    lineNo = 0;
    /** Per line, where it ends (its break), negative (the top bit set) when the scan stepped over colour codes on it. */
    ends = new Int32Array(1 << 12);
    /** Where the current line's record starts, -1 when it has none. */
    current = -1;
    /** The scan is at its next line (the arguments of LineScanner.line). */
    line(end, hot, textOffset, ids, count, esc, anchored) {
        if (this.lineNo === this.ends.length) {
            const bigger = new Int32Array(2 * this.ends.length);
            bigger.set(this.ends);
            this.ends = bigger;
        }
        this.ends[this.lineNo++] = esc ? end | 0x80000000 : end;
        this.current = -1;
        if (!hot)
            return;
        // (A timestamp too long for its 16 bits: the line goes through cleanLine, as it may.)
        if (textOffset > 0xffff) {
            textOffset = 0;
            count = -1;
        }
        const flags = TAPE_HOT | (esc ? TAPE_ESC : 0) | (anchored << TAPE_ANCHOR_SHIFT) | (textOffset << 8);
        this.append(flags, count, ids);
    }
    /** The current line is quiet, and blank or not. */
    blank(blank) {
        if (this.current >= 0)
            this.data[this.current + 1] |= blank ? TAPE_BLANK : TAPE_TEXT;
    }
    /** The current line went to the engine, with its errorStrength when known (else -1). */
    pushed(strength) {
        const flags = TAPE_PUSHED | ((strength + 1) << TAPE_STRENGTH_SHIFT);
        if (this.current < 0)
            this.append(flags, 0, null);
        else
            this.data[this.current + 1] |= flags;
    }
    append(flags, count, ids) {
        const need = this.size + 3 + Math.max(0, count);
        if (need > this.data.length) {
            const bigger = new Int32Array(Math.max(need, 2 * this.data.length));
            bigger.set(this.data);
            this.data = bigger;
        }
        this.current = this.size;
        this.data[this.size++] = this.lineNo;
        this.data[this.size++] = flags;
        this.data[this.size++] = count;
        for (let k = 0; k < count; k++)
            this.data[this.size++] = ids[k];
    }
    /** Starts over for another window (keeping the memory: a worker prescans many). */
    reset() {
        this.size = 0;
        this.lineNo = 0;
        this.current = -1;
    }
    /** Entries copy() writes. */
    get length() {
        return 1 + this.lineNo + this.size;
    }
    /**
     * The number of lines, their ends, then the records, copied into `into` when they fit, else
     * into a new array (what LineScanner.replay reads).
     */
    copy(into) {
        const out = this.length <= into.length ? into : new Int32Array(this.length);
        out[0] = this.lineNo;
        out.set(this.ends.subarray(0, this.lineNo), 1);
        out.set(this.data.subarray(0, this.size), 1 + this.lineNo);
        return out;
    }
}
class LineScanner {
    engine;
    tape;
    buf = external_node_buffer_.Buffer.allocUnsafe(0);
    /** Bytes held: the unfinished last line of the previous chunk, then new bytes. */
    len = 0;
    /** Bytes seen, for the stats. */
    bytes = 0;
    started = false;
    /** The previous chunk ended with \r: a \n starting this one belongs to it. */
    pendingCR = false;
    /** buf holds the first CAP bytes of a line whose rest is being dropped. */
    longLine = false;
    dfa;
    // The current run of quiet lines, not yet handed to the engine.
    qCount = 0;
    qStart = -1;
    qEnd = 0;
    /** The engine's ring size: a run of quiet lines hands over at most that many. */
    ringSize;
    ringN;
    ringS;
    ringE;
    ringT;
    ringLen = 0;
    ringHead = 0;
    /** Lazy lines handed out in this chunk (the newest ringSize are all the engine can still hold). */
    lazies = [];
    /** (start, end, last line number) of quiet runs whose last output the engine has deferred. */
    runs = [];
    busy = false;
    /** Rule keyword ids the scan collects on a line (see line()). */
    ids = new Int32Array(64);
    gha = false;
    /** The engine's keywordHeads, per keyword id once asked for (see cannotHit). */
    heads = [];
    /**
     * midStream: the bytes start at a line of a stream already begun (no BOM to drop); tape: what
     * the scan finds on each line is written there (a prescan, see replay()).
     */
    constructor(engine, midStream = false, tape = null) {
        this.engine = engine;
        this.tape = tape;
        this.started = midStream;
        this.dfa = scanDfa(engine.keywords);
        this.ringSize = engine.ringSize;
        this.ringN = new Int32Array(this.ringSize);
        this.ringS = new Int32Array(this.ringSize);
        this.ringE = new Int32Array(this.ringSize);
        this.ringT = new Array(this.ringSize).fill(null);
        this.sync();
    }
    sync() {
        this.busy = this.engine.busy;
        this.gha = this.engine.isGha;
    }
    /** Room to read into directly: fill buf[offset, offset + length), then call commit(). */
    space(want) {
        if (this.buf.length - this.len < want) {
            const bigger = external_node_buffer_.Buffer.allocUnsafe(Math.max(this.len + want, 2 * this.buf.length));
            this.buf.copy(bigger, 0, 0, this.len);
            this.buf = bigger;
        }
        return { buf: this.buf, offset: this.len, length: this.buf.length - this.len };
    }
    commit(n) {
        this.len += n;
        this.bytes += n;
        this.scan(false);
    }
    write(chunk) {
        const { buf, offset } = this.space(chunk.byteLength);
        buf.set(chunk, offset);
        this.commit(chunk.byteLength);
    }
    end() {
        this.scan(true);
    }
    /** Scans buf[0, len) in place as the whole (rest of the) stream: a prescan's window. */
    scanWindow(buf, len) {
        this.buf = buf;
        this.len = len;
        this.bytes += len;
        this.scan(true);
    }
    /**
     * scanWindow() with the automaton run in wasm lanes (lanes.ts) over the whole window first;
     * false (nothing done) where lanes cannot run. The lanes run through everything from each line
     * start, so their events are a superset of what exactLine() meets from after the timestamp:
     * an event is taken as it is only when nothing it reports can have begun before the text
     * (spanAt); a line with colour codes (which exactLine steps over), a tab in a GitHub log (which
     * its automaton does not flag) or such a doubtful event is scanned again by exactLine(). Lines
     * with no event but their break, most of a log, cost no per-byte work here at all.
     */
    scanWindowLanes(buf, len) {
        const d = this.dfa;
        if (d.lanes === undefined)
            d.lanes = Lanes.create(d.other);
        if (!d.lanes)
            return false;
        this.buf = buf;
        this.len = len;
        this.bytes += len;
        const start = this.streamStart(buf, len);
        const view = buf.subarray(0, len);
        nextCR = view.indexOf(13, start);
        const r = d.lanes.run(buf, start, len);
        const { anchorAt, spanAt } = d;
        const { kind, flagged } = d.other;
        const ev = r.events;
        for (let lane = 0; lane < r.count; lane++) {
            const laneEnd = r.to[lane];
            let ls = r.from[lane];
            let textStart = timestampEnd(buf, ls, len);
            let hot = false;
            let ids = 0;
            let anchored = 0;
            let redo = false;
            // The \n of a \r\n: the line ended at the \r.
            let skip = -1;
            for (let e = r.first[lane]; e < r.last[lane]; e += 2) {
                const i = ev[e];
                const f = ev[e + 1] - flagged;
                const k = kind[f];
                if (k & (analysis_keywords.LF | analysis_keywords.CR)) {
                    if (i === skip)
                        continue;
                    if (redo)
                        this.exactLine(ls, view, len, true);
                    else
                        this.line(ls, i, hot, textStart, ids, false, anchored);
                    ls = i + 1;
                    if (k & analysis_keywords.CR && ls < len && buf[ls] === 10)
                        skip = ls++;
                    textStart = timestampEnd(buf, ls, len);
                    hot = false;
                    ids = 0;
                    anchored = 0;
                    redo = false;
                    continue;
                }
                // (In the timestamp: exactLine starts after it.)
                if (redo || ids < 0 || i < textStart)
                    continue;
                if (i - spanAt[f] + 1 < textStart || k & analysis_keywords/* ESCAPE */._f || (this.gha && buf[i] === TAB)) {
                    redo = true;
                    continue;
                }
                const hit = this.hit(f, k, i, len, ls, false);
                if (hit === HIT_KEYS) {
                    hot = true;
                    if (anchorAt[f] > anchored && anchorAt[f] >= ANCHOR_ERROR)
                        anchored = anchorAt[f];
                    ids = this.collect(f, ids);
                }
                else if (hit === HIT_ENGINE) {
                    hot = true;
                    ids = -1;
                }
            }
            if (r.full[lane] || redo) {
                // Events ran out (or the last line needs it): the exact scan from the current line on.
                while (ls < laneEnd)
                    ls = this.exactLine(ls, view, len, true);
            }
            else if (ls < laneEnd) {
                // The window's last line, without a break.
                this.line(ls, len, hot || len - ls > CAP, textStart, ids, false, anchored);
            }
        }
        this.finishChunk(len, len);
        return true;
    }
    /**
     * Feeds buf[0, len), whole lines only (it ends at a line break, or at the end of the stream),
     * with the lines and findings a prescan of the same bytes wrote on `tape` (prescan.ts) instead
     * of running the automaton. The prescan assumed an engine that is never busy: a line
     * it did not hand over is quiet unless the engine is busy now; every other line gets the very
     * call scan() makes.
     */
    replay(buf, len, tape) {
        this.buf = buf;
        this.len = len;
        this.bytes += len;
        let start = this.streamStart(buf, len);
        // The prescan found the lines (their ends, from tape[1] on) and wrote its records after them.
        const lines = tape[0];
        let p = 1 + lines;
        for (let n = 1; n <= lines; n++) {
            const e = tape[n];
            const end = e & 0x7fffffff;
            const hasEsc = e < 0;
            let flags = 0;
            let count = 0;
            if (p < tape.length && tape[p] === n) {
                flags = tape[p + 1];
                count = tape[p + 2];
                for (let k = 0; k < count; k++) {
                    if (k === this.ids.length)
                        this.ids = growInt32(this.ids);
                    this.ids[k] = tape[p + 3 + k];
                }
                p += 3 + Math.max(0, count);
            }
            const known = ((flags >>> TAPE_STRENGTH_SHIFT) & 7) - 1;
            if (!(flags & TAPE_PUSHED) && !this.busy && (this.gha || !startsLikeTimestamp(buf, start, end))) {
                // Quiet (whatever the prescan found on it): only counted and remembered.
                if (flags & (TAPE_BLANK | TAPE_TEXT))
                    this.quietLine(start, end, null, (flags & TAPE_BLANK) !== 0);
                else
                    this.line(start, end, false, start, -1, hasEsc, 0);
            }
            else if (flags & TAPE_HOT) {
                this.line(start, end, true, start + ((flags >>> 8) & 0xffff), count, (flags & TAPE_ESC) !== 0, (flags >>> TAPE_ANCHOR_SHIFT) & 3, known);
            }
            else {
                // A line the scan found nothing on: the call scan() makes for it.
                this.line(start, end, false, timestampEnd(buf, start, len), 0, hasEsc, 0, known);
            }
            start = end + 1;
            if (end < len && buf[end] === 13 && start < len && buf[start] === 10)
                start++;
        }
        this.finishChunk(len, len);
    }
    /** Where the bytes start: after the BOM, if the stream starts here with one. */
    streamStart(buf, len) {
        if (this.started)
            return 0;
        this.started = true;
        return len >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
    }
    scan(final) {
        const buf = this.buf;
        const len = this.len;
        // (Three bytes are needed to tell a BOM.)
        if (!this.started && len < 3 && !final)
            return;
        let start = this.streamStart(buf, len);
        const view = buf.subarray(0, len);
        if (this.pendingCR && start < len) {
            this.pendingCR = false;
            if (buf[start] === 10)
                start++;
        }
        nextCR = view.indexOf(13, start);
        if (this.longLine) {
            // Drop the rest of an over-long line up to its break; its kept bytes are buf[0, CAP).
            const j = nextBreak(view, CAP);
            if (j === -1 && !final) {
                this.len = CAP;
                return;
            }
            this.longLine = false;
            this.line(0, CAP, true, 0, -1, false, 0);
            if (j === -1) {
                this.finishChunk(len, len);
                return;
            }
            start = j + 1;
            if (buf[j] === 13) {
                if (j + 1 < len) {
                    if (buf[j + 1] === 10)
                        start++;
                }
                else if (!final)
                    this.pendingCR = true;
            }
        }
        while (start < len) {
            const next = this.exactLine(start, view, len, final);
            if (next < 0)
                break;
            start = next;
        }
        this.finishChunk(final ? len : start, len);
    }
    /**
     * What the flagged state f (kind k), reached at buf[i] on the line starting at lineStart, means
     * for the line: HIT_KEYS (rule keywords or anchors to collect), HIT_ENGINE (the line needs the
     * engine whatever else it holds) or HIT_NONE (an escape remains or "N) " test that failed).
     */
    hit(f, k, i, len, lineStart, esc) {
        const { verifyType, cleanAt } = this.dfa;
        const sgr = verifyType[f] === VERIFY_SGR && this.sgrAt(i, len);
        // (Codes stepped over may stand between the line start and "1) ": then cleanLine decides.)
        const numbered = verifyType[f] === VERIFY_NUMBERED && (esc || this.numberedAt(lineStart, i));
        if (k & analysis_keywords/* ACCEPT */.FA && !(k & analysis_keywords/* FLAG */.lx) && !cleanAt[f] && !sgr && !numbered)
            return HIT_KEYS;
        return k & (analysis_keywords/* ACCEPT */.FA | analysis_keywords/* FLAG */.lx | analysis_keywords/* ESCAPE */._f) || sgr || numbered ? HIT_ENGINE : HIT_NONE;
    }
    /** Adds the rule keywords ending at flagged state f to this.ids[ids...]: the new count. */
    collect(f, ids) {
        const out = this.dfa.gha.outputs[f];
        const nKeywords = this.engine.keywords.length;
        for (let o = 0; o < out.length; o++) {
            if (out[o] >= nKeywords)
                continue;
            if (ids === this.ids.length)
                this.ids = growInt32(this.ids);
            this.ids[ids++] = out[o];
        }
        return ids;
    }
    /**
     * Scans the line at buf[start] (after its timestamp, which cleanLine strips, so no keyword the
     * engine sees is in it) and hands it to line(). Returns where the next line starts, or -1 when
     * the line is cut by the end of a chunk that is not the last (it is scanned again from its
     * start with the next chunk).
     */
    exactLine(start, view, len, final) {
        const buf = this.buf;
        const { anchorAt } = this.dfa;
        // Engine.isGha changes only when the engine reads a line: the automaton is chosen per line.
        const dfa = this.gha ? this.dfa.gha : this.dfa.other;
        const { table, kind, classes, shift } = dfa;
        const flaggedState = dfa.flagged;
        let s = 0;
        let hot = false;
        // Rule keyword ids seen on the line so far; -1 once the line needs cleanLine (see line()).
        let ids = 0;
        // The scan stepped over colour codes on the line (cleanLine removes them).
        let esc = false;
        // The largest anchor (error word, marker, exit line) on the line (ANCHOR_*), 0 if none.
        let anchored = 0;
        const textStart = timestampEnd(buf, start, len);
        let i = textStart;
        for (;;) {
            // The per-byte loop lives in its own small function, which the JIT compiles tightly.
            i = run(buf, i, len, s, table, classes, shift, flaggedState);
            if (i === len) {
                if (!final)
                    return -1;
                this.line(start, len, hot || len - start > CAP, textStart, ids, esc, anchored);
                return len;
            }
            const before = runBefore;
            s = runState;
            const f = s - flaggedState;
            const k = kind[f];
            if (k & (analysis_keywords.LF | analysis_keywords.CR)) {
                this.line(start, i, hot, textStart, ids, esc, anchored);
                if (k & analysis_keywords.CR) {
                    if (i + 1 < len) {
                        if (buf[i + 1] === 10)
                            i++;
                    }
                    else if (!final)
                        this.pendingCR = true;
                }
                return i + 1;
            }
            if (k & analysis_keywords/* ESCAPE */._f) {
                // A colour or cursor code: the automaton reads on as if it were gone, as from the text.
                const j = csiEnd(buf, i, len, textStart);
                if (j !== -1) {
                    esc = true;
                    s = before;
                    i = j;
                    continue;
                }
            }
            const hit = this.hit(f, k, i, len, start, esc);
            if (hit === HIT_KEYS) {
                // Rule keywords and anchors: read on to collect them all and to learn whether the line
                // needs cleaning (line() can then skip cleanLine and the keyword search on its text).
                hot = true;
                if (anchorAt[f] > anchored && anchorAt[f] >= ANCHOR_ERROR)
                    anchored = anchorAt[f];
                ids = this.collect(f, ids);
                i++;
                continue;
            }
            if (hit === HIT_ENGINE) {
                // The line needs the engine: no need to look at the rest of it.
                hot = true;
                ids = -1;
                const j = nextBreak(view, i + 1);
                if (j === -1) {
                    if (!final)
                        return -1;
                    this.line(start, len, true, textStart, ids, esc, anchored);
                    return len;
                }
                i = j;
                s = 0;
                continue;
            }
            i++;
        }
    }
    /**
     * The keywords of this.ids[0, n) the cleaned text holds (null if none), without repeats, in
     * order of first occurrence: a window of a long keyword, or a keyword ending in a blank that
     * trimEnd took, is confirmed on the text.
     */
    hitsIn(n, text) {
        let found = null;
        for (let k = 0; k < n; k++) {
            const id = this.ids[k];
            if (found?.includes(id) || (this.dfa.confirm[id] && !text.includes(this.engine.keywords[id])))
                continue;
            (found ??= []).push(id);
        }
        return found;
    }
    /**
     * Whether no rule of the keywords this.ids[0, n) can match the fastLine() text of
     * buf[textStart, end) (so Engine.mayHit would say no), judged by the heads of their regexes on
     * the bytes. No when the text starts like a marker (fastLine leaves those to cleanLine).
     */
    cannotHit(n, textStart, end, esc) {
        const buf = this.buf;
        const first = buf[esc ? (0,rule_head/* skipCsi */.pB)(buf, textStart, end) : textStart];
        if (first === 0x23 || first === 0x5b)
            return false;
        for (let k = 0; k < n; k++) {
            const id = this.ids[k];
            let heads = this.heads[id];
            if (heads === undefined)
                heads = this.heads[id] = this.engine.keywordHeads(id);
            if (heads === null)
                return false;
            for (let h = 0; h < heads.length; h++)
                if ((0,rule_head/* headFits */.Ds)(heads[h], buf, textStart, end, esc))
                    return false;
        }
        return true;
    }
    /** Whether the last fastLine() text had trailing blanks. */
    trimmed = false;
    /**
     * The CleanLine of a line the scan found plain (see plain()): its text after the timestamp,
     * without the colour codes the scan stepped over and trailing blanks; null when it starts
     * with a marker (cleanLine parses those).
     */
    fastLine(start, end, textStart, esc) {
        let t = this.decode(textStart, end);
        if (esc)
            t = t.replace(CSI, "");
        if (t.startsWith("##[") || t.startsWith("[command]"))
            return null;
        const text = t.trimEnd();
        this.trimmed = text.length !== t.length;
        return { text, marker: null, gha: textStart > start };
    }
    /**
     * Whether cleanLine would only strip the timestamp before textStart and trailing blanks: the
     * scan saw no control byte, escape remains, marker or anchor; what is left to rule out is a
     * BOM at the start and a tab that may start a `gh run view --log` prefix (without timestamp).
     */
    plain(start, end, textStart) {
        const buf = this.buf;
        if (textStart > start)
            return true;
        if (end - start >= 3 && buf[start] === 0xef && buf[start + 1] === 0xbb && buf[start + 2] === 0xbf)
            return false;
        for (let j = start; j < end; j++)
            if (buf[j] === TAB)
                return false;
        return true;
    }
    /** `[` then digits or `;` then m or K: what cleanLine's BARE_SGR may remove (over-approximated). */
    sgrAt(i, len) {
        const buf = this.buf;
        let j = i;
        while (j < len && ((buf[j] >= 48 && buf[j] <= 57) || buf[j] === 59))
            j++;
        return j < len && (buf[j] === 109 || buf[j] === 75);
    }
    /** `) ` at i-1 preceded by digits, then only blanks back to the line start or a timestamp prefix. */
    numberedAt(lineStart, i) {
        const buf = this.buf;
        let j = i - 2;
        if (j < lineStart || buf[j] < 48 || buf[j] > 57)
            return false;
        while (j >= lineStart && buf[j] >= 48 && buf[j] <= 57)
            j--;
        while (j >= lineStart && (buf[j] === 32 || buf[j] === 9))
            j--;
        return j < lineStart || buf[j] === 90 /* Z */ || buf[j] === 0xbf; /* BOM */
    }
    /**
     * One line: [start, end) of buf, text from textStart on (after a GitHub timestamp). When the
     * scan saw only rule keywords on it (`ids` of them in this.ids, not -1) and nothing cleanLine
     * would change but the timestamp and trailing blanks, its CleanLine is built without cleanLine.
     */
    line(start, end, hot, textStart, ids, esc, anchored, known = -1) {
        this.tape?.line(end, hot, textStart - start, this.ids, ids, esc, anchored);
        const e = this.engine;
        const fast = ids >= 0 && end - start <= clean/* MAX_LINE */.M && this.plain(start, end, textStart);
        // Engine.busy and isGha change only when the engine reads a line: cached after each push.
        if (this.busy || (!this.gha && startsLikeTimestamp(this.buf, start, end))) {
            this.flushQuiet();
            const line = fast ? this.fastLine(start, end, textStart, esc) : null;
            // A line read while the engine is busy (most lines of an error block) holds error words
            // only if the scan met an anchor: without one the engine skips errorStrength, as for the
            // lines handed over below. (Trimming cannot add an anchor; an anchor it may cut is kept.)
            if (line)
                e.pushClean(line, this.hitsIn(ids, line.text), anchored > 0, known);
            else
                e.push(this.decode(start, end));
            this.sync();
            return;
        }
        // A line with rule keywords only, none of whose rules can match its start: quiet, and not
        // blank (a keyword is text), without decoding it (most flagged lines of a big log).
        if (hot &&
            fast &&
            anchored === 0 &&
            ids > 0 &&
            (this.gha || textStart === start) &&
            this.cannotHit(ids, textStart, end, esc)) {
            this.quietLine(start, end, null, false);
            return;
        }
        let text = null;
        // The scan's own CleanLine when it can stand for cleanLine's (an anchor ending in a blank may
        // be in what trimEnd took: then cleanLine and triage decide).
        const quick = hot && fast ? this.fastLine(start, end, textStart, esc) : null;
        const fastOk = quick !== null && !(anchored > 0 && this.trimmed);
        // Flagged on the raw bytes; the cleaned text tells for sure.
        const line = fastOk ? quick : hot || end - start > CAP ? (0,clean/* cleanLine */.O)(this.decode(start, end)) : null;
        if (line) {
            if (line.marker !== null || (line.gha && !this.gha)) {
                this.flushQuiet();
                e.pushClean(line);
                this.sync();
                return;
            }
            let found;
            let anchor;
            if (fastOk) {
                found = this.hitsIn(ids, line.text);
                anchor = anchored;
            }
            else
                ({ found, anchor } = triage(this.dfa, e.keywords, line.text));
            // A rule keyword alone (", ", ".js:", "`" are common) matters only if one of its rules
            // matches; an error word alone only if it makes the line error-ish.
            const strength = anchor === ANCHOR_ERROR ? errorsIn(line.text, known) : 0;
            if (anchor === ANCHOR_STRUCTURE || (anchor && strength >= 0) || (found && e.mayHit(found, line.text))) {
                this.flushQuiet();
                e.pushClean(line, found, anchor > 0, known >= 0 ? known : strength > 0 ? strength : -1);
                this.sync();
                return;
            }
            text = line.text;
        }
        this.quietLine(start, end, text, text !== null ? !(0,generic/* hasText */.I3)(text) : esc ? null : quickBlank(this.buf, start, end));
    }
    /** A line the engine need not read: counted, and remembered unless blank (null: decode to know). */
    quietLine(start, end, text, blank) {
        const n = this.engine.lineCount + ++this.qCount;
        if (this.qStart < 0)
            this.qStart = start;
        this.qEnd = end;
        if (blank === null) {
            text = this.cleanText(start, end);
            blank = !(0,generic/* hasText */.I3)(text);
        }
        this.tape?.blank(blank);
        // (A prescan keeps no ring: ringSize 0.)
        if (blank || !this.ringSize)
            return;
        let h = this.ringHead + this.ringLen;
        if (h >= this.ringSize)
            h -= this.ringSize;
        this.ringN[h] = n;
        this.ringS[h] = start;
        this.ringE[h] = end;
        this.ringT[h] = text;
        if (this.ringLen < this.ringSize)
            this.ringLen++;
        else if (++this.ringHead === this.ringSize)
            this.ringHead = 0;
    }
    /** Hands the current run of quiet lines to the engine. */
    flushQuiet() {
        if (!this.qCount)
            return;
        const recent = [];
        for (let k = 0; k < this.ringLen; k++) {
            const h = (this.ringHead + k) % this.ringSize;
            const t = this.ringT[h];
            const q = new QuietLine(this.ringN[h], t === null ? this : null, this.ringS[h], this.ringE[h], t);
            if (t === null)
                this.lazies.push(q);
            recent.push(q);
            this.ringT[h] = null;
        }
        if (this.lazies.length > 4 * this.ringSize)
            this.lazies.splice(0, this.lazies.length - this.ringSize);
        const lastN = this.engine.lineCount + this.qCount;
        this.engine.quiet(this.qCount, recent, this);
        this.runs.push(this.qStart, this.qEnd, lastN);
        this.qCount = 0;
        this.qStart = -1;
        this.ringLen = 0;
        this.ringHead = 0;
    }
    /** The bytes of this chunk are about to move: settle everything that points at them. */
    finishChunk(start, len) {
        this.flushQuiet();
        for (let k = Math.max(0, this.lazies.length - this.ringSize); k < this.lazies.length; k++)
            void this.lazies[k].text;
        this.lazies = [];
        this.engine.settleOutput();
        this.runs.length = 0;
        if (len - start > CAP) {
            this.buf.copy(this.buf, 0, start, start + CAP);
            this.len = CAP;
            this.longLine = true;
        }
        else {
            this.buf.copy(this.buf, 0, start, len);
            this.len = len - start;
        }
    }
    decode(start, end) {
        // utf8Slice is what toString("utf8", ...) ends in, minus the encoding lookup (3% of a run).
        const buf = this.buf;
        const e = Math.min(end, start + CAP);
        const s = buf.utf8Slice ? buf.utf8Slice(start, e) : buf.toString("utf8", start, e);
        return s.length > clean/* MAX_LINE */.M ? s.slice(0, clean/* MAX_LINE */.M) : s;
    }
    cleanText(start, end) {
        return (0,clean/* cleanLine */.O)(this.decode(start, end)).text;
    }
    restartOutput() {
        this.runs.length = 0;
    }
    /** The last quiet line, newest first, that the engine would have taken as the step's output. */
    resolveOutput() {
        const buf = this.buf;
        const runs = this.runs;
        for (let r = runs.length - 3; r >= 0; r -= 3) {
            const first = runs[r];
            let end = runs[r + 1];
            let n = runs[r + 2];
            for (;;) {
                let ls = end;
                while (ls > first && buf[ls - 1] !== 10 && buf[ls - 1] !== 13)
                    ls--;
                const text = this.cleanText(ls, end);
                if (text.length >= 3 && !(0,generic/* isNoise */.ty)(text)) {
                    runs.length = 0;
                    return { n, text };
                }
                if (ls <= first)
                    break;
                end = ls - 1;
                if (buf[end] === 10 && end > first && buf[end - 1] === 13)
                    end--;
                n--;
            }
        }
        runs.length = 0;
        return null;
    }
}
let runState = 0;
let runBefore = 0;
/** The next \r from where scan() last looked (-1: none left in its buffer), for nextBreak. */
let nextCR = -1;
/**
 * The first line break (\n or \r) at or after i in the buffer scan() is on, -1 if none. Not a
 * closure over scan()'s locals: a new closure per chunk made the optimised scan() deoptimise
 * ("wrong call target") at the start of every chunk.
 */
function nextBreak(view, i) {
    if (nextCR !== -1 && nextCR < i)
        nextCR = view.indexOf(13, i);
    const lf = view.indexOf(10, i);
    if (lf === -1)
        return nextCR;
    return nextCR !== -1 && nextCR < lf ? nextCR : lf;
}
/**
 * Runs the automaton over buf[i, len) from state s up to the first byte that leads to a flagged
 * state: returns its index (len if none) and leaves that state in runState, the one before it in
 * runBefore (the state at the end when there is none).
 */
function run(buf, i, len, s, table, classes, shift, flagged) {
    for (; i < len; i++) {
        const t = table[(s << shift) | classes[buf[i]]];
        if (t >= flagged) {
            runBefore = s;
            runState = t;
            return i;
        }
        s = t;
    }
    runState = s;
    return len;
}
/**
 * The end of the colour or cursor code (CSI) at buf[i] = ESC, as cleanLine's ANSI would remove
 * it, or -1 if it does not remove one there (or the line must go through cleanLine anyway: a
 * code right after "[", a digit or ";" may leave a bare "[1m" that cleanLine removes too).
 */
function csiEnd(buf, i, len, textStart) {
    if (i > textStart) {
        const b = buf[i - 1];
        if (b === 91 || b === 59 || (b >= 48 && b <= 57))
            return -1;
    }
    let j = i + 1;
    if (j >= len || buf[j] !== 91)
        return -1;
    j++;
    while (j < len && buf[j] >= 0x30 && buf[j] <= 0x3f)
        j++;
    while (j < len && buf[j] >= 0x20 && buf[j] <= 0x2f)
        j++;
    if (j >= len || buf[j] < 0x40 || buf[j] > 0x7e)
        return -1;
    return j + 1;
}
function growInt32(a) {
    const b = new Int32Array(a.length * 2);
    b.set(a);
    return b;
}
/** Without a timestamp seen yet, a line that may start with one goes to the engine (it sets the log's kind). */
function startsLikeTimestamp(buf, start, end) {
    if (start >= end)
        return false;
    const c = buf[start];
    return (c >= 48 && c <= 57) || c === 0xef;
}
/**
 * Whether a quiet line cleans to blank, from its bytes alone when that is certain: it ends in a
 * printable ASCII character no prefix ends with, or it is a bare timestamp. Null: decode to know.
 */
function quickBlank(buf, start, end) {
    if (end - start > clean/* MAX_LINE */.M)
        return null;
    if (end === start)
        return true;
    const last = buf[end - 1];
    if (last > 32 && last < 127 && last !== 90)
        return false;
    // GitHub's empty line: "2026-01-01T00:00:00.1234567Z", maybe blanks after it.
    let i = timestampEnd(buf, start, end);
    if (i === start)
        return null;
    while (i < end && (buf[i] === 32 || buf[i] === 9))
        i++;
    return i === end ? true : null;
}
/**
 * Where a line's text starts after a GitHub timestamp prefix exactly as cleanLine's GHA_TS
 * removes it (`2026-01-01T00:00:00.1234567Z` and one optional space); `i` when there is none
 * (or the line is cut by the end of the buffer).
 */
function timestampEnd(buf, i, len) {
    if (len - i < 20)
        return i;
    // "0000-00-00T00:00:00" (0 for a digit), unrolled: this runs on every line of a big log.
    if (buf[i + 4] !== 45 ||
        buf[i + 7] !== 45 ||
        buf[i + 10] !== 84 ||
        buf[i + 13] !== 58 ||
        buf[i + 16] !== 58)
        return i;
    if (notDigit(buf[i]) ||
        notDigit(buf[i + 1]) ||
        notDigit(buf[i + 2]) ||
        notDigit(buf[i + 3]) ||
        notDigit(buf[i + 5]) ||
        notDigit(buf[i + 6]) ||
        notDigit(buf[i + 8]) ||
        notDigit(buf[i + 9]) ||
        notDigit(buf[i + 11]) ||
        notDigit(buf[i + 12]) ||
        notDigit(buf[i + 14]) ||
        notDigit(buf[i + 15]) ||
        notDigit(buf[i + 17]) ||
        notDigit(buf[i + 18]))
        return i;
    let j = i + 19;
    if (buf[j] === 46) {
        if (!(buf[j + 1] >= 48 && buf[j + 1] <= 57))
            return i;
        j++;
        while (j < len && buf[j] >= 48 && buf[j] <= 57)
            j++;
    }
    if (j >= len || buf[j] !== 90)
        return i;
    j++;
    return j < len && buf[j] === 32 ? j + 1 : j;
}
function notDigit(b) {
    return b < 48 || b > 57;
}
//# sourceMappingURL=scan.js.map

/***/ })

};
