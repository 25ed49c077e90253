import type { Rule, RuleSet } from "./rule-types.js";
import type { Category, Failure, Location, Status } from "./types.js";
import { cleanLine, type CleanLine } from "./clean.js";
import { classifyGeneric, exitMarker, GENERIC_STRATEGY, isErrorish, isNoise } from "./generic.js";
import { fingerprint } from "./fingerprint.js";
import { plausibleFile, relativizePath } from "./paths.js";

/**
 * The streaming recognizer. It sees each line once, keeps only bounded state (a short ring of
 * recent lines, the current step, at most MAX_GROUPS failures with capped excerpts), so memory
 * stays flat whatever the log size. Ranking and fingerprints are computed at the end.
 */

const MAX_GROUPS = 200;
const MAX_EXCERPT = 30;
const MAX_LOCATIONS = 50;
const MAX_SIGNATURES = 50;
const MAX_CONTEXT = 8;
const RING = 12;
const OUT_LINE = 500;

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
  /** Recent error-ish lines in this step, for the generic fallback. */
  errorish: Array<{ n: number; text: string; marker: string | null }>;
  hasPrimary: boolean;
  lastOutput: { n: number; text: string } | null;
  /** The composite action this step runs inside, as GitHub's UI names the failed step. */
  parent?: string;
  /** The step's last output line was a `##[error]` (how a failing JavaScript action ends). */
  endsWithError: { n: number; text: string } | null;
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
  locations: Location[];
  locSeen: Set<string>;
  signatures: string[];
  context: string[];
  contextAfter: number;
  primary: boolean;
  hits: number;
  generic: boolean;
  /** Generic failures get their category from their words and the step name. */
  category?: Category;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
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

export class Engine {
  private readonly compiled: Compiled[];
  private readonly keywordRe: RegExp;
  private readonly byKeyword = new Map<string, Compiled[]>();
  private lineNo = 0;
  private ring: Array<{ n: number; text: string }> = [];
  private steps: Step[] = [];
  private step: Step;
  private groups = new Map<string, Group>();
  private groupOrder: Group[] = [];
  private follow: { group: Group; compiled: Compiled; left: number } | null = null;
  private pendingContext: Group[] = [];
  private sawFailureMarker = false;
  private sawSuccessMarker = false;
  private gha = false;
  private droppedGroups = 0;
  /** Inside a `##[group]Run ...` header: the step's script, shell, env and inputs, not output. */
  private inHeader = false;
  /** The open composite action, and an action step that printed nothing yet (maybe composite). */
  private composite: string | undefined;
  private compositeCandidate: Step | null = null;

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
    this.keywordRe = keys.length ? new RegExp(keys.map(escapeRe).join("|"), "g") : /(?!)/g;
    this.step = this.newStep(defaultStep);
  }

  private newStep(name: string | undefined): Step {
    const s: Step = {
      name,
      index: this.steps.length,
      failed: false,
      exitCode: null,
      errorish: [],
      hasPrimary: false,
      lastOutput: null,
      endsWithError: null,
    };
    this.steps.push(s);
    return s;
  }

  /** Feeds one raw line (without its line break). */
  push(raw: string): void {
    const n = ++this.lineNo;
    const line = cleanLine(raw);
    if (line.gha) this.gha = true;
    const text = line.text;

    for (const g of this.pendingContext) {
      if (g.contextAfter > 0 && text.trim()) {
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
        const loc = f.compiled.rule.followLocation?.exec(text);
        if (loc?.groups) this.addLocation(f.group, loc.groups);
        this.remember(n, text);
        return;
      }
      this.follow = null;
    }

    if (text.length >= 3) this.match(line, n);
    this.remember(n, text);
  }

  private remember(n: number, text: string): void {
    if (!text.trim()) return;
    this.ring.push({ n, text });
    if (this.ring.length > RING) this.ring.shift();
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
    if (this.inHeader) {
      // A run step with the default shell (or the usual `defaults.run.shell: bash -el {0}`) is
      // not inside a composite action: composite run steps must name their shell, which GitHub
      // prints as `bash --noprofile --norc -e -o pipefail {0}`.
      if (/^shell: \S*bash(?:\.exe)? -el? \{0\}$/.test(text)) {
        this.composite = undefined;
        this.step.parent = undefined;
      }
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
        this.closeFailedStep(exit.code, n, text);
      } else {
        this.sawSuccessMarker = true;
      }
      return true;
    }
    if (text.trim()) {
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
    const step = this.step;
    if (step.failed) return;
    step.failed = true;
    step.exitCode = code;
    if (step.hasPrimary) return;
    // Nothing recognised in this step: take the error lines nearest the failing exit.
    const block = this.errorBlock(step);
    const g = this.group(
      { rule: GENERIC_RULE, order: 1e9, groupKey: "generic", priority: 10 },
      step,
      block.length ? block[0].n : n,
    );
    if (!g) return;
    g.generic = true;
    if (block.length) {
      for (const b of block) this.addLine(g, b.n, b.text);
      g.message = block.find((b) => b.marker === "error")?.text ?? block[block.length - 1].text;
    } else {
      if (step.lastOutput && this.gha) this.addLine(g, step.lastOutput.n, step.lastOutput.text);
      this.addLine(g, n, text);
      g.message = step.lastOutput && this.gha ? step.lastOutput.text : text;
    }
    g.message = clip(g.message.trim());
    g.category = classifyGeneric(g.excerpt, step.name);
    for (const b of g.excerpt) this.scanLocation(g, b);
  }

  /** The last run of error-ish lines in the step (gaps of one line allowed), at most 8 lines. */
  private errorBlock(step: Step): Array<{ n: number; text: string; marker: string | null }> {
    const e = step.errorish;
    if (!e.length) return [];
    const out = [e[e.length - 1]];
    for (let i = e.length - 2; i >= 0 && out.length < 8; i--) {
      if (out[0].n - e[i].n > 2) break;
      out.unshift(e[i]);
    }
    return out;
  }

  private match(line: CleanLine, n: number): void {
    const text = line.text;
    this.keywordRe.lastIndex = 0;
    let candidates: Compiled[] | null = null;
    let m: RegExpExecArray | null;
    while ((m = this.keywordRe.exec(text)) !== null) {
      const list = this.byKeyword.get(m[0]);
      if (list) candidates = candidates ? candidates.concat(list) : list.slice();
      if (m[0].length === 0) this.keywordRe.lastIndex++;
    }
    if (candidates) {
      if (candidates.length > 1) candidates.sort((a, b) => a.order - b.order);
      for (const c of candidates) {
        const r = c.rule;
        const mm = r.match.exec(text);
        if (!mm) continue;
        if (r.unless?.test(text)) continue;
        this.hit(c, mm, line, n);
        return;
      }
    }
    if (line.marker === "error" || isErrorish(text)) {
      const e = this.step.errorish;
      e.push({ n, text, marker: line.marker });
      if (e.length > 16) e.shift();
    }
    if (!isNoise(text)) this.step.lastOutput = { n, text };
  }

  private hit(c: Compiled, m: RegExpExecArray, line: CleanLine, n: number): void {
    const r = c.rule;
    const groups = m.groups ?? {};
    const g = this.group(c, this.step, n);
    if (!g) return;
    const summary = r.role === "summary";
    if (!summary && !g.primary) {
      g.primary = true;
      g.compiled = c;
      g.firstLine = n;
      g.message = clip(this.messageOf(r, groups, line.text));
      g.suggestion = expand(r.suggestion, groups);
      this.step.hasPrimary = true;
    } else if (!g.message) {
      g.message = clip(this.messageOf(r, groups, line.text));
      g.suggestion = expand(r.suggestion, groups);
    }
    g.hits++;
    if (r.precede && r.precedeMatch) {
      const before = this.ring.slice(-r.precede).filter((x) => r.precedeMatch!.test(x.text));
      for (const b of before) this.addLine(g, b.n, b.text);
    }
    this.addLine(g, n, line.text);
    if (!summary) {
      this.addLocation(g, groups);
      if (g.signatures.length < MAX_SIGNATURES) {
        const file = groups.file ? relativizePath(groups.file) : "";
        g.signatures.push(`${file}#${groups.code ?? ""} ${groups.message ?? groups.name ?? line.text}`);
      }
    }
    if (r.follow) this.follow = { group: g, compiled: c, left: r.maxFollow ?? 8 };
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
      locations: [],
      locSeen: new Set(),
      signatures: [],
      context: this.ring.slice(-3).map((x) => clip(x.text)),
      contextAfter: 3,
      primary: false,
      hits: 0,
      generic: false,
    };
    this.groups.set(key, g);
    this.groupOrder.push(g);
    this.pendingContext.push(g);
    return g;
  }

  private addLine(g: Group, n: number, text: string): void {
    const t = clip(text);
    if (g.excerpt.length >= MAX_EXCERPT || g.seen.has(t)) return;
    g.seen.add(t);
    g.excerpt.push(t);
    g.lines.push(n);
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
      /(?:^|[\s("'])((?:\/|[A-Za-z]:[\\/])?(?:[\w.@-]+[\\/])*[\w.@-]+\.[A-Za-z]\w{0,9})(?::(\d+)(?::(\d+))?|\((\d+),(\d+)\)|", line (\d+))/.exec(
        text,
      );
    if (m) this.addLocation(g, { file: m[1], line: m[2] ?? m[4] ?? m[6], column: m[3] ?? m[5] });
  }

  finish(): EngineResult {
    this.endStep();
    // A log that ended without a marker but with errors in its last step: treat like a failed exit.
    const anyFailedStep = this.steps.some((s) => s.failed);
    if (!anyFailedStep && !this.sawSuccessMarker && !this.groups.size) {
      const last = [...this.steps].reverse().find((s) => s.errorish.length);
      if (last) {
        const prev = this.step;
        this.step = last;
        this.closeFailedStep(
          null,
          last.errorish[last.errorish.length - 1].n,
          last.errorish[last.errorish.length - 1].text,
        );
        last.failed = false;
        this.step = prev;
      }
    }
    const groups = this.groupOrder.filter((g) => g.primary || g.generic || !this.hasPrimaryInKey(g));
    const scored = groups.map((g) => {
      let score = g.generic ? 10 : g.compiled.priority;
      if (g.step.failed) score += 1000;
      if (!g.primary && !g.generic) score -= 30;
      return { g, score };
    });
    scored.sort((a, b) => b.score - a.score || a.g.firstLine - b.g.firstLine);
    const failures = scored.map(({ g }) => this.toFailure(g));
    let status: Status = "unknown";
    if (this.sawFailureMarker || failures.length) status = "failed";
    else if (this.sawSuccessMarker) status = "passed";
    return { status, failures, lines: this.lineNo };
  }

  private hasPrimaryInKey(g: Group): boolean {
    return g.primary;
  }

  private toFailure(g: Group): Failure {
    const r = g.compiled.rule;
    const autoFixable = r.autoFixable ?? AUTOFIX_STRATEGIES.has(r.strategy);
    const order = g.lines.map((n, i) => [n, i] as const).sort((a, b) => a[0] - b[0]);
    const category = g.category ?? r.category;
    const f: Failure = {
      category,
      severity: r.severity,
      tool: r.tool,
      message: g.message || g.excerpt[0] || "",
      locations: g.locations,
      excerpt: order.map(([, i]) => g.excerpt[i]),
      context: g.context.filter((c) => !g.seen.has(c)).slice(0, MAX_CONTEXT),
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
