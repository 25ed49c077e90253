import type { Rule, RuleSet } from "./rule-types.js";
import type { Category, Failure, Location, Status } from "./types.js";
import { cleanLine, type CleanLine } from "./clean.js";
import {
  classifyGeneric,
  continuesBlock,
  errorStrength,
  exitMarker,
  GENERIC_STRATEGY,
  hasText,
  indentOf,
  isHeading,
  isLibraryFrame,
  isNoise,
  isPassing,
  isShapeTrailer,
  isTrailer,
  isWrapper,
  sameReport,
  verdictCategory,
} from "./generic.js";
import { fingerprint } from "./fingerprint.js";
import { KeywordIndex, keywordWindow } from "./keywords.js";
import { plausibleFile, relativizePath } from "./paths.js";
import { regexHead, type Head } from "./rule-head.js";

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
const CATEGORY_PRIORITY: Record<Category, number> = {
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
const COMPILE_KINDS = new Set<Category>(["syntax_error", "type_error", "import_error"]);

const AUTOFIX_STRATEGIES = new Set(["format", "imports", "dependencies", "tests"]);

interface Compiled {
  rule: Rule;
  order: number;
  groupKey: string;
  priority: number;
}

interface Step {
  name: string | undefined;
  index: number;
  failed: boolean;
  exitCode: number | null;
  /** Error blocks seen in this step (the first few and the latest), for the generic fallback. */
  blocks: Block[];
  /** The block still taking continuation lines. */
  open: Block | null;
  /** What the build tool's last verdict line says failed (Maven plugin, Gradle task). */
  verdict: Category | null;
  /** The rule's failure whose own line is that verdict: it says why the phase failed. */
  verdictBy?: Group;
  /** An exit marker said this step succeeded. */
  succeeded: boolean;
  /** Line number of the step's header (0 for the implicit first step). */
  start: number;
  hasPrimary: boolean;
  lastOutput: { n: number; text: string } | null;
  /** The composite action this step runs inside, as GitHub's UI names the failed step. */
  parent?: string;
  /** The step's last output line was a `##[error]` (how a failing JavaScript action ends). */
  endsWithError: { n: number; text: string } | null;
}

/** An error-ish line and the lines that carry its details (stack, pointers, expected/actual). */
interface Block {
  lines: Array<{ n: number; text: string }>;
  indent: number;
  /** Strongest statement of failure in the block (see errorStrength). */
  strength: number;
  /** Every line only repeats that something failed (make's "*** Error 1", npm's ELIFECYCLE). */
  wrapper: boolean;
  last: number;
  /** The block opened with a heading ("Failure:"): its paragraph is its details. */
  heading: boolean;
  /** For a wrapper block: the step's output line right above it (what the tool said last). */
  before?: { n: number; text: string };
}

interface Group {
  key: string;
  compiled: Compiled;
  step: Step;
  firstLine: number;
  message: string;
  suggestion: string;
  excerpt: string[];
  lines: number[];
  seen: Set<string>;
  /** How often each diagnostic (file, line, column and text) was printed. */
  diagnostics: Map<string, number>;
  locations: Location[];
  locSeen: Set<string>;
  signatures: string[];
  context: string[];
  contextAfter: number;
  primary: boolean;
  hits: number;
  /** Characters in the excerpt so far (see MAX_EXCERPT_CHARS). */
  chars: number;
  generic: boolean;
  /** A generic failure with no error line: the failed step's last output stands in for one. */
  guess?: boolean;
  /** A generic failure whose lines only mention a failure ("No such file or directory"). */
  weak?: boolean;
  /** At least one primary hit on a line that is not a wrapper. */
  substantive: boolean;
  /** Generic failures get their category from their words and the step name. */
  category?: Category;
}

function expand(template: string, groups: Record<string, string | undefined>): string {
  return template.replace(/\$<(\w+)>/g, (_, k: string) => groups[k] ?? "");
}

function clip(s: string): string {
  return s.length > OUT_LINE ? s.slice(0, OUT_LINE) + "…" : s;
}

export interface EngineResult {
  status: Status;
  failures: Failure[];
  lines: number;
}

/** Resolves, on demand, the step output among quiet lines handed to Engine.quiet (see scan.ts). */
export interface OutputSource {
  /** Forget quiet lines seen so far: the engine starts a new deferral. */
  restartOutput(): void;
  /** The newest quiet line the engine would have taken as the step's last output, if any. */
  resolveOutput(): { n: number; text: string } | null;
}

const keywordIndexes = new Map<string, KeywordIndex>();

/** Building the automaton costs a few ms; a run-logs zip makes one engine per file. */
function keywordIndexFor(keys: string[]): KeywordIndex {
  const id = keys.join("\0");
  let k = keywordIndexes.get(id);
  if (!k) {
    if (keywordIndexes.size > 16) keywordIndexes.clear();
    k = new KeywordIndex(keys);
    keywordIndexes.set(id, k);
  }
  return k;
}

export class Engine {
  private readonly compiled: Compiled[];
  /** Every distinct rule keyword; the line scanner (scan.ts) looks for the same ones in raw bytes. */
  readonly keywords: string[];
  private readonly keywordIndex: KeywordIndex;
  private readonly keywordRules: Compiled[][];
  private readonly byKeyword = new Map<string, Compiled[]>();
  private lineNo = 0;
  private ring: Array<{ n: number; text: string }> = [];
  private steps: Step[] = [];
  private step: Step;
  private groups = new Map<string, Group>();
  private groupOrder: Group[] = [];
  private follow: { group: Group; compiled: Compiled; left: number } | null = null;
  /** The rule hit whose details (stack, pointers, expected/actual) the next lines may carry. */
  private ruleBlock: {
    group: Group;
    step: Step;
    indent: number;
    heading: boolean;
    last: number;
    anchor: number;
  } | null = null;
  /** Where the latest rule block ended, kept after it closes (a wrapper right under it joins it). */
  private blockEnd: { group: Group; step: Step; last: number } | null = null;
  private pendingContext: Group[] = [];
  private sawFailureMarker = false;
  private sawSuccessMarker = false;
  private gha = false;
  /** False while the current line holds no error word (scan.ts checked): errorStrength is 0. */
  private errorWords = true;
  /** The current line's errorStrength when the scanner already computed it (else -1). */
  private strength = -1;
  /** Quiet lines (see quiet()) whose step output is decoded only when read. */
  private deferred: { step: Step; source: OutputSource } | null = null;
  private droppedGroups = 0;
  /** Inside a `##[group]Run ...` header: the step's script, shell, env and inputs, not output. */
  private inHeader = false;
  /** The open composite action, and an action step that printed nothing yet (maybe composite). */
  private composite: string | undefined;
  private compositeCandidate: Step | null = null;
  /** The current step started right after a composite's header: it is that composite's own. */
  private firstInComposite = false;

  constructor(
    ruleSets: RuleSet[],
    private readonly defaultStep?: string,
  ) {
    this.compiled = [];
    let order = 0;
    for (const set of ruleSets) {
      for (const rule of set.rules) {
        const c: Compiled = {
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
    this.keywordRules = keys.map((k) => this.byKeyword.get(k)!);
    this.step = this.newStep(defaultStep);
  }

  private newStep(name: string | undefined): Step {
    const s: Step = {
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
  push(raw: string): void {
    this.pushClean(cleanLine(raw));
  }

  /**
   * Feeds one line already passed through cleanLine (the scanner cleans some lines to triage
   * them), with the ids of the keywords it holds when the scanner already looked them up, and
   * errorWords false when the scanner saw none of the words errorStrength looks for, and the
   * line's errorStrength when the scanner already computed it (an unmarked line; -1 if not).
   */
  pushClean(line: CleanLine, found?: number[] | null, errorWords = true, strength = -1): void {
    const n = ++this.lineNo;
    this.errorWords = errorWords;
    this.strength = strength;
    if (line.gha) this.gha = true;
    const text = line.text;

    for (const g of this.pendingContext) {
      if (g.contextAfter > 0 && hasText(text)) {
        if (g.context.length < MAX_CONTEXT) g.context.push(clip(text));
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
      if (f.left > 0 && f.compiled.rule.follow!.test(text)) {
        f.left--;
        this.addLine(f.group, n, text);
        // A count line ("  2 failing") is a wrapper, but the failure it goes on to state under
        // it ("  1) suite test:", "Error: ...") explains the step.
        if (!f.group.substantive && f.group.primary && !isWrapper(text) && errorStrength(text, null) >= 3) {
          f.group.substantive = true;
          f.group.step.hasPrimary = true;
        }
        const loc = f.compiled.rule.followLocation?.exec(text);
        if (loc?.groups) this.addLocation(f.group, loc.groups);
        this.remember(n, text);
        return;
      }
      this.follow = null;
    }

    if (text.length >= 3) this.match(line, n, found);
    this.remember(n, text);
  }

  /**
   * Whether any rule of the keywords `found` (ids, as KeywordIndex reports them) matches `text`
   * (and its `unless` does not: library stack frames are a good part of some logs).
   * A line without that, anchors or markers, read while not busy, changes nothing push() would
   * not also do for a quiet line: the scanner (scan.ts) hands it over as one.
   */
  mayHit(found: number[], text: string): boolean {
    for (const id of found)
      for (const c of this.keywordRules[id])
        if (c.rule.match.test(text) && !c.rule.unless?.test(text)) return true;
    return false;
  }

  /** Per keyword id, its heads once asked for (undefined: not yet), see keywordHeads. */
  private readonly heads: Array<Head[] | null | undefined> = [];

  /**
   * The heads (rule-head.ts) of the regexes of keyword `id`'s rules, null when one of them has
   * none: a line whose start fits none of them cannot make mayHit true for that keyword. Worked
   * out on first use: a log meets few of the keywords, and parsing every rule's source would
   * cost each short analysis its start-up time.
   */
  keywordHeads(id: number): Head[] | null {
    let heads = this.heads[id];
    if (heads !== undefined) return heads;
    // (A keyword the scanner finds as all blanks would not prove the line has text, see scan.ts.)
    let known = /\S/.test(keywordWindow(this.keywords[id]));
    const found: Head[] = [];
    for (const c of this.keywordRules[id]) {
      const h = known ? regexHead(c.rule.match) : null;
      if (h) found.push(h);
      else known = false;
    }
    heads = known ? found : null;
    this.heads[id] = heads;
    return heads;
  }

  /** How many recent non-blank lines the engine keeps (the scanner hands quiet runs over in kind). */
  get ringSize(): number {
    return RING;
  }

  /** Lines read so far. */
  get lineCount(): number {
    return this.lineNo;
  }

  /** True once a line carried a GitHub Actions timestamp. */
  get isGha(): boolean {
    return this.gha;
  }

  /**
   * True while the next line must go through push() whatever it says: a rule takes follow lines,
   * a new failure wants context lines, a step header or an error block is open. Keep this in
   * step with every state push() carries from one line to the next (scan.ts relies on it).
   */
  get busy(): boolean {
    return (
      this.follow !== null ||
      this.pendingContext.length > 0 ||
      this.inHeader ||
      this.step.open !== null ||
      this.ruleBlock !== null
    );
  }

  /**
   * Takes `count` lines the scanner (scan.ts) proved quiet: no rule keyword, marker, exit line or
   * error word, and not busy. For them push() would only count, remember the non-blank ones
   * (`recent`, the newest up to RING, decoded when read) and update the step's last output,
   * which `source` resolves only if it is read (settleOutput).
   */
  quiet(count: number, recent: Array<{ n: number; text: string }>, source: OutputSource): void {
    this.lineNo += count;
    if (recent.length) {
      this.compositeCandidate = null;
      this.step.endsWithError = null;
      for (const r of recent) this.ring.push(r);
      if (this.ring.length > 2 * RING) this.ring.splice(0, this.ring.length - RING);
    }
    if (this.deferred && this.deferred.step !== this.step) this.settleOutput();
    if (!this.deferred) {
      source.restartOutput();
      this.deferred = { step: this.step, source };
    }
  }

  /** Resolves a deferred step output; the scanner calls it before the bytes behind it go. */
  settleOutput(): void {
    const d = this.deferred;
    if (!d) return;
    this.deferred = null;
    const last = d.source.resolveOutput();
    if (last) d.step.lastOutput = last;
  }

  private remember(n: number, text: string): void {
    if (!hasText(text)) return;
    this.ring.push({ n, text });
    // Trimmed in batches (a shift per line moved the whole ring each time); read through recent().
    if (this.ring.length > 2 * RING) this.ring.splice(0, this.ring.length - RING);
  }

  /** Remembered line `n`, when it had text and is still in the ring. */
  private remembered(n: number): { n: number; text: string } | undefined {
    for (let i = this.ring.length - 1; i >= 0 && this.ring[i].n >= n; i--)
      if (this.ring[i].n === n) return this.ring[i];
    return undefined;
  }

  /** The newest `count` remembered lines, at most RING of them (all RING when count is 0). */
  private recent(count: number): Array<{ n: number; text: string }> {
    return this.ring.slice(-(count > 0 && count < RING ? count : RING));
  }

  /** Step boundaries and exit markers. Returns true when the line is pure CI bookkeeping. */
  private structure(line: CleanLine, n: number): boolean {
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
    if (line.marker === "debug" || line.marker === "command") return true;
    if (this.inHeader && (line.marker === "error" || line.marker === "warning" || exitMarker(text))) {
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
    const exit = exitMarker(text);
    if (exit) {
      if (exit.failed) {
        this.sawFailureMarker = true;
        // GitHub states the step's failure as an error annotation ("##[error]Process completed
        // with exit code 2."); right under a rule's report it is that report's last line.
        const end = this.ruleBlock ?? this.blockEnd;
        if (
          line.marker === "error" &&
          end &&
          end.step === this.step &&
          n - Math.max(end.last, end.group.lines[end.group.lines.length - 1]) <= 3
        )
          this.addLine(end.group, n, text);
        // The job's own verdict ("Done. Your build exited with 1.") after a step that failed
        // repeats that failure: the step it lands in (an artifact upload) failed only if a rule
        // says so (Travis prints no exit line for after_success and deploy commands).
        if (!JOB_VERDICT.test(text) || this.step.hasPrimary || !this.steps.some((s) => s.failed))
          this.closeFailedStep(exit.code, n, text);
      } else {
        this.sawSuccessMarker = true;
        this.step.succeeded = true;
      }
      return true;
    }
    if (hasText(text)) {
      this.compositeCandidate = null;
      this.step.endsWithError = line.marker === "error" ? { n, text } : null;
    }
    return false;
  }

  private startStep(name: string): void {
    this.endStep();
    // An action step that printed nothing before the next step started was a composite action:
    // the steps that follow are its own, and GitHub reports a failure in them under its name.
    // Composites usually run one after another (setup, then lint), so the latest one wins; a
    // composite nested in another is reported under the inner one.
    this.firstInComposite = this.compositeCandidate !== null;
    if (this.compositeCandidate) this.composite = this.compositeCandidate.name;
    this.step = this.newStep(name);
    this.step.parent = this.composite;
    this.compositeCandidate = ACTION_STEP.test(name) ? this.step : null;
  }

  /** A JavaScript action that fails prints `##[error]<why>` and stops, with no exit-code line. */
  private endStep(): void {
    const s = this.step;
    if (this.gha && !s.failed && s.endsWithError) {
      this.sawFailureMarker = true;
      this.closeFailedStep(null, s.endsWithError.n, s.endsWithError.text);
    }
  }

  private closeFailedStep(code: number | null, n: number, text: string): void {
    this.settleOutput();
    const step = this.step;
    if (step.failed) return;
    step.failed = true;
    step.exitCode = code;
    step.open = null;
    if (step.hasPrimary && !this.verdictUnexplained(step)) return;
    // Nothing recognised in this step: take the error block that explains the failing exit.
    // `timeout` exits 124 when it stops a command: what the command printed last was cut off
    // mid-way, and the exit line is what says it failed.
    const block = code === 124 ? [{ n, text }] : this.pickBlock(step);
    const g = this.group(
      { rule: GENERIC_RULE, order: 1e9, groupKey: "generic", priority: 10 },
      step,
      block.length ? block[0].n : n,
    );
    if (!g) return;
    g.generic = true;
    if (block.length) {
      for (const b of block) this.addLine(g, b.n, b.text);
      // (A block whose lines only mention a failure is weak: see finish().)
      const stated = block.find((b) => errorStrength(b.text, null) >= 2);
      g.message = stated?.text ?? block[0].text;
      g.weak = !stated;
    } else {
      // No error-ish line: the step's last words are the best account of why it failed.
      g.guess = true;
      const last = step.lastOutput;
      // A step that printed nothing at all (a test of a value, `[ -n "$VERSION" ]`) failed on
      // what an earlier step left it: that step's error, which the step let pass, says why.
      const earlier = last ? [] : this.earlierError(step);
      for (const b of earlier) this.addLine(g, b.n, b.text);
      if (last) this.addLine(g, last.n, last.text);
      else this.addLine(g, n, text);
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
          : classifyGeneric(g.excerpt, step.name));
    for (const b of g.excerpt) this.scanLocation(g, b);
  }

  /** The error block of the nearest earlier step of a GitHub job that printed one (see closeFailedStep). */
  private earlierError(step: Step): Array<{ n: number; text: string }> {
    if (!this.gha) return [];
    for (let i = step.index - 1; i >= Math.max(0, step.index - EARLIER_STEPS); i--) {
      const s = this.steps[i];
      if (s.failed || s.succeeded) return [];
      if (!s.blocks.length) continue;
      const block = this.pickBlock(s);
      return block.some((b) => errorStrength(b.text, null) >= 3) ? block : [];
    }
    return [];
  }

  /**
   * The build tool named the failed phase (step.verdict) but no rule hit in the step is of that
   * kind: the rule hits are incidental (a stack trace a passing test logged), so the generic
   * fallback runs as well and carries the verdict.
   */
  private verdictUnexplained(step: Step): boolean {
    const v = step.verdict;
    // (A rule that matched the verdict line itself, "Failed to execute goal ...: No space left on
    // device", explains it whatever its kind.)
    if (!v || step.verdictBy) return false;
    for (const g of this.groupOrder) {
      if (g.step !== step || !g.primary) continue;
      const c = g.compiled.rule.category;
      if (c === v || (v === "build_failure" && COMPILE_KINDS.has(c))) return false;
    }
    return true;
  }

  /** Builds error blocks: an error-ish line opens one, its detail lines extend it. */
  private collect(line: CleanLine, n: number): void {
    const text = line.text;
    const s = this.step;
    const strength =
      this.errorWords || line.marker === "error"
        ? this.strength >= 0 && line.marker === null
          ? this.strength
          : errorStrength(text, line.marker)
        : 0;
    if (strength) {
      const v = verdictCategory(text);
      if (v) {
        s.verdict = v;
        s.verdictBy = undefined;
      }
    }
    const wrapper = strength > 0 && isWrapper(text);
    const rb = this.ruleBlock;
    if (rb) {
      // A rule states the failure; the block under its line gives the details, as for generic blocks.
      const g = rb.group;
      // (A hit whose text repeats an earlier line adds no excerpt line but still anchors the block.)
      // (Blank lines a rule's follow took do not bring the next paragraph closer.)
      let end = g.lines.length - 1;
      while (end > 0 && !hasText(g.excerpt[end]) && g.lines[end] > rb.anchor) end--;
      const gap = n - Math.max(rb.last, g.lines[end]);
      if (
        rb.step === s &&
        !full(g) &&
        ((strength > 0 &&
          gap <= 3 &&
          (!wrapper || (gap === 1 && sameReport(text, g.excerpt[g.lines.indexOf(rb.anchor)] ?? "")))) ||
          (gap === 1 && continuesBlock(text, rb.indent, rb.heading)) ||
          (gap === 2 && continuesBlock(text, rb.indent)))
      ) {
        this.addLine(g, n, text);
        rb.last = n;
      } else {
        this.blockEnd = { group: g, step: rb.step, last: Math.max(rb.last, g.lines[g.lines.length - 1]) };
        this.ruleBlock = null;
      }
    }
    const b = s.open;
    if (b) {
      const gap = n - b.last;
      // A wrapper's "*** Error 1" set apart from the real error starts its own (wrapper) block;
      // right under it (Maven's [ERROR] summary), it is part of the same report.
      if (wrapper && !b.wrapper && (n - b.last > 1 || !sameReport(text, b.lines[0].text))) s.open = null;
      else if (
        b.lines.length < MAX_BLOCK &&
        ((strength > 0 && gap <= 3) ||
          (gap === 1 && continuesBlock(text, b.indent, b.heading)) ||
          (gap === 2 && continuesBlock(text, b.indent)))
      ) {
        b.lines.push({ n, text });
        b.last = n;
        if (strength > b.strength) b.strength = strength;
        // A hint under a wrapper ("info Visit https://yarnpkg.com/... for documentation") does
        // not make it say what failed.
        if (b.wrapper && !wrapper && !isTrailer(text)) b.wrapper = false;
        return;
      } else s.open = null;
    }
    if (!strength) return;
    const nb: Block = {
      lines: [{ n, text }],
      indent: indentOf(text),
      strength,
      wrapper,
      last: n,
      // A line that opens with the failure ("error: ...", "FAILED ...") is followed by its details
      // until the paragraph ends, whatever their shape.
      heading: strength >= 3 || isHeading(text),
    };
    const prev = this.ring[this.ring.length - 1];
    if (wrapper && prev && prev.n > s.start && prev.n < n && !isNoise(prev.text)) nb.before = prev;
    s.open = nb;
    s.blocks.push(nb);
    // Keep the first blocks (where a failure is first stated) and the latest (nearest the exit).
    if (s.blocks.length > KEEP_FIRST_BLOCKS + KEEP_LAST_BLOCKS) s.blocks.splice(KEEP_FIRST_BLOCKS, 1);
  }

  /**
   * The block that explains the failure: the first of the strongest blocks, leaving out blocks
   * that only repeat that something failed. The first statement is the cause; what follows is
   * mostly its consequences (measured on LogChunks: first beats last by 0.01-0.07 F1). When no
   * line more than mentions a failure, those mentions are noise more often than not, and the one
   * nearest the failing exit is the best bet.
   */
  private pickBlock(step: Step): Array<{ n: number; text: string }> {
    const blocks = step.blocks;
    if (!blocks.length) return [];
    // A block of tallies only ("FAILED: 1 Tests", "2 failing") counts failures another block states.
    const real = blocks.filter((b) => !b.wrapper && !b.lines.every((l) => isTrailer(l.text)));
    const pool = real.length ? real : blocks;
    let chosen = pool[0];
    for (const b of pool) if (b.strength > chosen.strength) chosen = b;
    if (chosen.strength <= 1) {
      chosen = pool[pool.length - 1];
      // A mere mention far above the exit ("Latex failed to resolve 3 reference(s)" from a run
      // that went on for pages) explains it less than what the step printed last.
      const last = step.lastOutput;
      // (Unless that is only a wrapper's "see above": then the mention is what it points at.)
      if (last && last.n - chosen.last > FAR_MENTION && !isTrailer(last.text) && !isWrapper(last.text))
        return [last];
    }
    // Only wrappers ("npm ERR! Test failed. See above"): the line above is what "above" means.
    if (chosen.wrapper && chosen.before) return [chosen.before];
    // The build tool's closing report after the errors ("[ERROR] Failed to execute goal ...:
    // Signature errors" with Maven's hints under it) names the phase that failed: it is the
    // second half of the same account.
    const at = blocks.indexOf(chosen);
    const verdict = blocks.find((b, i) => i > at && verdictCategory(b.lines[0].text) !== null);
    if (verdict) return [...chosen.lines, ...verdict.lines];
    return chosen.lines;
  }

  private match(line: CleanLine, n: number, known?: number[] | null): void {
    const text = line.text;
    let candidates: Compiled[] | null = null;
    const found = known === undefined ? this.keywordIndex.find(text) : known;
    if (found) {
      // One keyword (the usual case): its rules, already in rule order, without a copy.
      if (found.length === 1) candidates = this.keywordRules[found[0]];
      else {
        candidates = [];
        for (const id of found) candidates = candidates.concat(this.keywordRules[id]);
        candidates.sort((a, b) => a.order - b.order);
      }
    }
    if (candidates) {
      for (const c of candidates) {
        const r = c.rule;
        const mm = r.match.exec(text);
        if (!mm) continue;
        if (r.unless?.test(text)) continue;
        if (r.requirePrecede && !this.recent(r.precede ?? 0).some((x) => r.precedeMatch?.test(x.text)))
          continue;
        this.hit(c, mm, line, n);
        return;
      }
    }
    this.collect(line, n);
    if (!isNoise(text)) {
      this.step.lastOutput = { n, text };
      if (this.deferred?.step === this.step) this.deferred = null;
    }
  }

  private hit(c: Compiled, m: RegExpExecArray, line: CleanLine, n: number): void {
    const r = c.rule;
    let groups: Record<string, string | undefined> = m.groups ?? {};
    const before =
      r.precede && r.precedeMatch ? this.recent(r.precede).filter((x) => r.precedeMatch!.test(x.text)) : [];
    if (!groups.file) {
      // Some tools name the file once on a line above (eslint's stylish header, node's crash header).
      for (let i = before.length - 1; i >= 0; i--) {
        const pg = r.precedeMatch!.exec(before[i].text)?.groups;
        if (pg?.file) {
          const own = Object.entries(groups).filter(([, v]) => v !== undefined);
          groups = { ...pg, ...Object.fromEntries(own) };
          break;
        }
      }
    }
    const g = this.group(c, this.step, n);
    if (!g) return;
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
      for (const b of before) if (b.n > end.last) this.addLine(end.group, b.n, b.text);
      this.addLine(end.group, n, line.text);
      this.blockEnd = { group: end.group, step: end.step, last: n };
    }
    // A hit on a wrapper line ("make: *** [all] Error 2") only says something failed: the
    // step still needs the line that says what, so the fallback keeps looking.
    if (!summary && !isWrapper(line.text)) {
      g.substantive = true;
      this.step.hasPrimary = true;
    }
    if (!summary && !g.primary) {
      g.primary = true;
      g.compiled = c;
      g.firstLine = n;
      g.message = clip(this.messageOf(r, groups, line.text));
      g.suggestion = expand(r.suggestion, groups);
    } else if (!g.message) {
      g.message = clip(this.messageOf(r, groups, line.text));
      g.suggestion = expand(r.suggestion, groups);
    }
    g.hits++;
    const verdict = verdictCategory(line.text);
    if (verdict) {
      this.step.verdict = verdict;
      this.step.verdictBy = summary ? undefined : g;
    }
    // An error line no rule claimed, right above the hit, that opens the report the hit belongs
    // to (Maven's "[ERROR] Failed to execute goal ...: Compilation failure" above the errors it
    // repeats) is that report's first line.
    const head = this.step.open;
    if (
      !summary &&
      head &&
      head.lines.length === 1 &&
      head.last === n - 1 &&
      head.strength >= 3 &&
      !head.wrapper &&
      !isTrailer(head.lines[0].text) &&
      !g.lines.includes(n - 1)
    )
      this.addLine(g, head.lines[0].n, head.lines[0].text);
    for (const b of before) this.addLine(g, b.n, b.text);
    this.addLine(g, n, line.text);
    if (!summary) {
      this.addLocation(g, groups);
      if (g.signatures.length < MAX_SIGNATURES) {
        const file = groups.file ? relativizePath(groups.file) : "";
        g.signatures.push(`${file}#${groups.code ?? ""} ${groups.message ?? groups.name ?? line.text}`);
      }
    }
    if (r.follow) this.follow = { group: g, compiled: c, left: r.maxFollow ?? 8 };
    // A summary that is the build tool's verdict (Maven's "[ERROR] Failed to execute goal ...:
    // There are test failures.") opens its closing report: the lines under it are read with it.
    this.ruleBlock =
      summary && !(verdict && MAVEN_VERDICT.test(line.text))
        ? null
        : {
            group: g,
            step: this.step,
            indent: indentOf(line.text),
            heading: isHeading(line.text),
            last: n,
            anchor: n,
          };
  }

  private messageOf(r: Rule, groups: Record<string, string | undefined>, text: string): string {
    if (typeof r.message === "function") return r.message(groups, text);
    if (typeof r.message === "string") return expand(r.message, groups).trim();
    if (groups.message) {
      const where = groups.file
        ? `${relativizePath(groups.file)}${groups.line ? `:${groups.line}` : ""}: `
        : "";
      return `${where}${groups.code ? `${groups.code}: ` : ""}${groups.message.trim()}`;
    }
    return text.trim();
  }

  private group(c: Compiled, step: Step, n: number): Group | null {
    const key = `${c.groupKey}@${step.index}`;
    let g = this.groups.get(key);
    if (g) return g;
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

  private addLine(g: Group, n: number, text: string): void {
    const t = clip(text);
    // The same text on another line is another occurrence (ten subtests failing the same way);
    // only the same line twice (a precede line that is also a hit) is a duplicate.
    if (full(g) || (g.lines.length && g.lines[g.lines.length - 1] >= n && g.lines.includes(n))) return;
    // One line the report skipped between two of its lines ("exit status 1" between a linter's
    // findings and make's "*** [lint] Error 1", a BuildKit frame's "------") is part of it.
    // (Not below a blank line, which ended the paragraph, or a wrapper: make's "Leaving directory"
    // between its "*** Error" lines; and not a hint right above one. The generic fallback's
    // blocks already chose their lines.)
    const last = g.lines.length - 1;
    if (
      !g.generic &&
      g.lines[last] === n - 2 &&
      g.excerpt.length < MAX_EXCERPT - 1 &&
      hasText(g.excerpt[last]) &&
      !isWrapper(g.excerpt[last]) &&
      !g.lines.includes(n - 1)
    ) {
      const hole = this.remembered(n - 1);
      if (
        hole &&
        hole.n > g.step.start &&
        !isNoise(hole.text) &&
        !isPassing(hole.text) &&
        !(isWrapper(text) && isTrailer(hole.text))
      ) {
        pushLine(g, hole.n, clip(hole.text));
      }
    }
    pushLine(g, n, t);
  }

  private addLocation(g: Group, groups: Record<string, string | undefined>): void {
    if (!groups.file || g.locations.length >= MAX_LOCATIONS) return;
    const file = relativizePath(groups.file);
    if (!plausibleFile(file)) return;
    const line = groups.line ? Number.parseInt(groups.line, 10) : undefined;
    const column = groups.column ? Number.parseInt(groups.column, 10) : undefined;
    const key = `${file}:${line ?? ""}:${column ?? ""}`;
    if (g.locSeen.has(key)) return;
    g.locSeen.add(key);
    const loc: Location = { file };
    if (line !== undefined && Number.isFinite(line)) loc.line = line;
    if (column !== undefined && Number.isFinite(column)) loc.column = column;
    g.locations.push(loc);
  }

  /** Generic failures have no location groups; pick up `path/file.ext:12` shapes from their lines. */
  private scanLocation(g: Group, text: string): void {
    const m =
      /(?:^|[\s("'[])((?:\/|[A-Za-z]:[\\/])?(?:[\w.@-]+[\\/])*[\w.@-]+\.[A-Za-z]\w{0,9})(?::(\d+)(?::(\d+))?|\((\d+),(\d+)\)|", line (\d+))/.exec(
        text,
      );
    if (m) this.addLocation(g, { file: m[1], line: m[2] ?? m[4] ?? m[6], column: m[3] ?? m[5] });
  }

  finish(): EngineResult {
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
    const groups = this.groupOrder.filter(
      (g) =>
        g.primary ||
        g.generic ||
        g.step.failed ||
        !(anyFailedStep || g.step.succeeded || (this.gha && g.step !== this.step)),
    );
    // A step that failed without a single error line (Travis runs a multi-line script as one
    // command and prints one exit line for it) is explained by a rule's finding in an earlier
    // step that never reported success, when there is one, rather than by its last output line.
    // So is a step whose lines only mention a failure (`test/run: No such file or directory`
    // after an install step that could not clone what test/run needs).
    const unsure = (g: Group) => g.guess || g.weak;
    const guessed = this.gha ? [] : groups.filter((g) => unsure(g) && g.step.failed).map((g) => g.step.index);
    const explains = (g: Group) =>
      !g.generic &&
      g.primary &&
      g.substantive &&
      !g.step.failed &&
      !g.step.succeeded &&
      guessed.some((i) => i > g.step.index);
    const reports = (o: Group, step: Step) =>
      !o.generic && o.step === step && o.excerpt.some((t) => !isWrapper(t) && !isTrailer(t));
    const scored = groups.map((g) => {
      // A generic failure that carries the build tool's verdict outranks rule hits that do not
      // explain it (a logged stack trace in a build that failed its license check).
      let score = g.generic ? (g.category && g.category === g.step.verdict ? 150 : 10) : g.compiled.priority;
      if (g.step.failed) score += 1000;
      // A group of summary lines only ("make: *** [all] Error 2", "3 failing") repeats that
      // something failed; the error block the fallback found in the same step says what.
      if (!g.generic && (!g.primary || !g.substantive)) score = g.step.failed ? 1005 : 5;
      else if (explains(g)) score += 1000;
      if (unsure(g) && g.step.failed && groups.some(explains)) score = 5;
      // A step's last output, taken for want of an error line, says less than a tool's own
      // report in that step, even one that only fails the step under a flag (SwiftLint's
      // warnings under --strict).
      else if (g.guess && g.step.failed && groups.some((o) => reports(o, g.step))) score = 1004;
      return { g, score };
    });
    scored.sort((a, b) => b.score - a.score || a.g.firstLine - b.g.firstLine);
    const failures = absorbNested(scored.map(({ g }) => g)).map((g) => this.toFailure(g));
    let status: Status = "unknown";
    if (this.sawFailureMarker || failures.length) status = "failed";
    else if (this.sawSuccessMarker) status = "passed";
    return { status, failures, lines: this.lineNo };
  }

  private toFailure(g: Group): Failure {
    const r = g.compiled.rule;
    const autoFixable = r.autoFixable ?? AUTOFIX_STRATEGIES.has(r.strategy);
    const all = g.lines.map((n, i) => [n, i] as const).sort((a, b) => a[0] - b[0]);
    const { kept: order, dropped } = trimExcerpt(all, g.excerpt);
    const category = g.category ?? r.category;
    const f: Failure = {
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
      strategy: g.category ? GENERIC_STRATEGY[category] : r.strategy,
      autoFixable: g.category ? false : autoFixable,
      suggestion: g.suggestion || r.suggestion,
      rule: r.id,
      lines: order.map(([n]) => n),
    };
    const step = g.step.parent ?? g.step.name;
    if (step) f.step = step;
    return f;
  }
}

function full(g: Group): boolean {
  return g.excerpt.length >= MAX_EXCERPT || g.chars >= MAX_EXCERPT_CHARS;
}

function pushLine(g: Group, n: number, text: string): void {
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

function absorbNested(groups: Group[]): Group[] {
  const out: Group[] = [];
  const tool = (x: Group) => x.compiled.rule.tool?.split(" ")[0];
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
      if (o.step !== g.step || !o.lines.length) return false;
      // The outer report runs on right above and right below: not a summary 200 lines later.
      let above = -Infinity;
      let below = Infinity;
      for (let i = 0; i < o.lines.length; i++) {
        const n = o.lines[i];
        // (Tallies the excerpt drops do not hold the report open, and a line both reports took,
        // the summary that closes one and opens the other, does not set them apart.)
        if (isTrailer(o.excerpt[i]) || shared.has(n)) continue;
        if (n < first && n > above) above = n;
        if (n > last && n < below) below = n;
        if (n >= first && n <= last) return false;
      }
      if (first - above <= NESTED_GAP && below - last <= NESTED_GAP) return true;
      // Or it goes on right where the outer report stops (or stops right where it starts), as
      // one unbroken run of lines: Jenkins' "Could not checkout" and git's own error under it.
      // (Another tool's report right under it is that tool's own failure: pip's error, then
      // BuildKit's account of the RUN that ran pip.)
      const oTool = tool(o);
      const sameTool = !oTool || !gTool || oTool === gTool;
      return sameTool && unbroken && (first - above === 1 || below - last === 1);
    });
    // A nested group of wrappers and tallies only (Gradle's ":test FAILED") says nothing new.
    if (!outer || g.excerpt.every((t) => isTrailer(t) || isWrapper(t))) {
      out.push(g);
      continue;
    }
    const taken = new Set(outer.lines);
    for (let i = 0; i < g.lines.length; i++) {
      const n = g.lines[i];
      if (full(outer)) break;
      if (!taken.has(n)) pushLine(outer, n, g.excerpt[i]);
    }
    for (const loc of g.locations) {
      const key = `${loc.file}:${loc.line ?? ""}:${loc.column ?? ""}`;
      if (outer.locations.length >= MAX_LOCATIONS || outer.locSeen.has(key)) continue;
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
function trimExcerpt(
  order: ReadonlyArray<readonly [number, number]>,
  excerpt: string[],
): { kept: Array<readonly [number, number]>; dropped: string[] } {
  const trailer = order.map(([, i]) => !excerpt[i].trim() || isTrailer(excerpt[i]));
  // The frames of installed code (gems, node_modules, node's core) say where the failure passed
  // through, not what it is: the reader finds them in the context.
  order.forEach(([, i], k) => {
    if (!trailer[k] && isLibraryFrame(excerpt[i])) trailer[k] = true;
  });
  if (trailer.every(Boolean)) return { kept: [...order], dropped: [] };
  const kept: Array<readonly [number, number]> = [];
  const dropped: string[] = [];
  const first = trailer.indexOf(false);
  const last = trailer.lastIndexOf(false);
  // Trailers in an unbroken run of lines between two that state the failure are part of one
  // report's shape (BuildKit's "------" frame, go test's "FAIL" under a test's output): kept.
  const inside = (k: number): boolean => {
    let a = k;
    while (a > first && trailer[a]) a--;
    let b = k;
    while (b < last && trailer[b]) b++;
    const wraps = (i: number) =>
      trailer[i] || isWrapper(excerpt[order[i][1]]) || exitMarker(excerpt[order[i][1]]) !== null;
    if (wraps(a) || wraps(b)) return false;
    for (let i = a; i < b; i++) if (order[i + 1][0] !== order[i][0] + 1) return false;
    return true;
  };
  order.forEach((o, k) => {
    const text = excerpt[o[1]];
    // A blank line inside the block keeps its shape; a trailer goes wherever it is.
    if (k < first || k > last || (trailer[k] && text.trim() && !(isShapeTrailer(text) && inside(k)))) {
      if (text.trim()) dropped.push(text);
    } else kept.push(o);
  });
  return { kept, dropped };
}

/** How many steps back a step that printed nothing looks for the error it failed on. */
const EARLIER_STEPS = 3;

/** Maven's verdict, the first line of its closing report. */
const MAVEN_VERDICT = /^\[ERROR\] Failed to execute goal /;

/** Markers that end the whole job rather than one step. */
const JOB_VERDICT =
  /^(?:Done\. Your build exited with|Finished: (?:FAILURE|UNSTABLE|ABORTED)|ERROR: Job failed)/;

/** The `shell:` line of a run step whose shell may be the job's default (see structure()). */
const DEFAULT_SHELL =
  /^shell: (?:.*[\\/])?(?:bash(?:\.exe)? (-el?) \{0\}|pwsh(?:\.exe)? -command "\. '\{0\}'")$/i;
/** `Run owner/repo@ref`, `Run owner/repo/path@ref`, `Run ./local/action`: a step that uses an action. */
const ACTION_STEP = /^Run (?:[\w.-]+\/[\w./-]+@[\w./-]+|\.{0,2}\/[\w./-]+)$/;

/** The fallback when no ecosystem rule explains a failed step. */
const GENERIC_RULE: Rule = {
  id: "generic.error",
  tool: null,
  category: "build_failure",
  severity: "high",
  strategy: "llm",
  keywords: [],
  match: /(?!)/,
  suggestion:
    "Read the excerpt: these are the error lines nearest the failing exit. Reproduce the step locally.",
  autoFixable: false,
};
