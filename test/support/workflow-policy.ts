import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from "yaml";

/**
 * The workflow hygiene autodev holds itself and everything it ships to (security.md WF-01/02, INJ-08).
 * actionlint and GitHub's parser check syntax and types; these rules check the choices they accept:
 * who may write, what is pinned, what reaches a shell. Each rule has a fixture under
 * test/fixtures/workflows/policy that must fail it.
 */
export type PolicyRule =
  | "top-level-permissions"
  | "job-permissions"
  | "permission-reason"
  | "timeout-minutes"
  | "concurrency"
  | "unpinned-uses"
  | "pin-comment"
  | "persist-credentials"
  | "expression-in-run"
  | "dangerous-trigger"
  | "issue-comment-types"
  | "secrets-inherit"
  | "cache-in-write-job"
  | "untrusted-checkout"
  | "upload-workspace"
  | "secret-in-shared-env";

export interface PolicyFinding {
  file: string;
  line: number;
  rule: PolicyRule;
  message: string;
}

export interface PolicyOptions {
  /**
   * `uses:` references allowed without a SHA pin. Only for the template a user copies, whose calls to
   * autodev's own reusable workflows cannot name a release commit that does not exist yet.
   */
  allowUnpinned?: RegExp[];
}

const SHA_PIN = /^[\w.-]+\/[\w.-]+(\/[^@\s]*)?@[0-9a-f]{40}$/;
const DIGEST_PIN = /^docker:\/\/[^@\s]+@sha256:[0-9a-f]{64}$/;
/** A version comment after the pin, so that a reader and Dependabot know what the SHA is. */
const VERSION_COMMENT = /#\s*v?\d+(\.\d+)*\b/;

interface Ctx {
  file: string;
  lines: string[];
  counter: LineCounter;
  findings: PolicyFinding[];
  options: PolicyOptions;
}

function lineOf(ctx: Ctx, node: Node | null | undefined): number {
  const offset = node?.range?.[0];
  return offset === undefined ? 1 : ctx.counter.linePos(offset).line;
}

function report(ctx: Ctx, node: Node | null | undefined, rule: PolicyRule, message: string): void {
  ctx.findings.push({ file: ctx.file, line: lineOf(ctx, node), rule, message });
}

function get(map: unknown, key: string): Node | undefined {
  if (!isMap(map)) return undefined;
  return (map.get(key, true) as Node | undefined) ?? undefined;
}

function str(node: unknown): string | undefined {
  return isScalar(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
}

/** The text after the value on the node's own line: where `# reason` and `# v1.2.3` comments live. */
function trailingComment(ctx: Ctx, node: Node): string {
  const line = ctx.lines[lineOf(ctx, node) - 1] ?? "";
  const hash = line.indexOf(" #");
  return hash === -1 ? "" : line.slice(hash + 1);
}

function checkUses(ctx: Ctx, usesNode: Node): void {
  const uses = str(usesNode);
  if (!uses || uses.startsWith("./") || uses.startsWith("$/")) return;
  if ((ctx.options.allowUnpinned ?? []).some((re) => re.test(uses))) return;
  const pinned = uses.startsWith("docker://") ? DIGEST_PIN.test(uses) : SHA_PIN.test(uses);
  if (!pinned) {
    report(ctx, usesNode, "unpinned-uses", `${uses} is not pinned to a full commit SHA (or image digest).`);
  } else if (!VERSION_COMMENT.test(trailingComment(ctx, usesNode))) {
    report(ctx, usesNode, "pin-comment", `${uses} needs a "# vX.Y.Z" comment naming the pinned version.`);
  }
}

function isCheckout(uses: string | undefined): boolean {
  return !!uses && /^actions\/checkout@/.test(uses);
}

/**
 * Step-level checks shared by workflow jobs and composite actions. `writes` is true for a job granted
 * any write scope, and for a composite action, whose caller's token is unknown.
 */
function checkSteps(ctx: Ctx, steps: unknown, job: { writes: boolean; label: string }): void {
  if (!isSeq(steps)) return;
  let nonDefaultCheckout: Node | undefined;
  for (const step of steps.items) {
    if (!isMap(step)) continue;
    const usesNode = get(step, "uses");
    const uses = str(usesNode);
    const withNode = get(step, "with");
    if (usesNode) checkUses(ctx, usesNode);

    if (isCheckout(uses)) {
      const persist = str(get(withNode, "persist-credentials"));
      if (persist !== "false") {
        report(
          ctx,
          usesNode,
          "persist-credentials",
          `${job.label}: actions/checkout must set persist-credentials: false so the token is not left in .git/config.`,
        );
      }
      if (get(withNode, "ref") && job.writes) nonDefaultCheckout = usesNode;
    }

    if (job.writes) {
      const cacheInput = str(get(withNode, "cache"));
      const setupNodeCaches =
        !!uses &&
        /^actions\/setup-node@/.test(uses) &&
        str(get(withNode, "package-manager-cache")) !== "false";
      if (
        (uses && /^actions\/cache(\/\w+)?@/.test(uses)) ||
        (cacheInput && cacheInput !== "false") ||
        setupNodeCaches
      ) {
        report(
          ctx,
          usesNode,
          "cache-in-write-job",
          `${job.label}: no cache may be restored where a write token can be present (cache poisoning).`,
        );
      }
    }

    if (uses && /^actions\/upload-artifact@/.test(uses)) {
      const paths = (str(get(withNode, "path")) ?? "").split("\n").map((p) => p.trim());
      const broad = paths.find(
        (p) => /^(\.\/?|\*|\$\{\{\s*github\.workspace\s*\}\}\/?)$/.test(p) || /(^|\/)\.git(\/|$)/.test(p),
      );
      if (broad !== undefined) {
        report(
          ctx,
          usesNode,
          "upload-workspace",
          `${job.label}: uploading "${broad}" can publish .git/config credentials and local secrets (ArtiPACKED); list the files.`,
        );
      }
    }

    const run = get(step, "run");
    const script = uses && /^actions\/github-script@/.test(uses) ? get(withNode, "script") : undefined;
    for (const code of [run, script]) {
      const text = str(code);
      if (text?.includes("${{")) {
        report(
          ctx,
          code,
          "expression-in-run",
          `${job.label}: \${{ }} inside a script is expanded before the shell parses it; pass the value through env: and quote "$VAR".`,
        );
      }
    }
    if (run && nonDefaultCheckout) {
      report(
        ctx,
        run,
        "untrusted-checkout",
        `${job.label}: runs a script after checking out a non-default ref in a job that can write; code from that ref could take the token.`,
      );
    }
  }
}

const WRITE = /^write$/;

function jobWrites(perms: unknown): boolean {
  if (isScalar(perms)) return str(perms) === "write-all";
  if (!isMap(perms)) return false;
  return perms.items.some((pair) => WRITE.test(str(pair.value) ?? ""));
}

function checkTriggers(ctx: Ctx, on: unknown): void {
  const names: Array<[string, Node | undefined, unknown]> = [];
  if (isScalar(on)) names.push([str(on) ?? "", on, undefined]);
  else if (isSeq(on)) for (const item of on.items) names.push([str(item) ?? "", item as Node, undefined]);
  else if (isMap(on))
    for (const pair of on.items) names.push([str(pair.key) ?? "", pair.key as Node, pair.value]);
  for (const [name, node, config] of names) {
    if (name === "pull_request_target") {
      report(
        ctx,
        node,
        "dangerous-trigger",
        "pull_request_target runs with secrets and a write token on fork input.",
      );
    }
    if (name === "issue_comment") {
      const types = get(config, "types");
      const list = isSeq(types) ? types.items.map(str) : isScalar(types) ? [str(types)] : [];
      if (list.length !== 1 || list[0] !== "created") {
        report(
          ctx,
          node,
          "issue-comment-types",
          "issue_comment must be limited to types: [created]; an edited comment must not become a command.",
        );
      }
    }
  }
}

/** Secrets in workflow- or job-level env reach every step, including ones that run repository code. */
function checkSharedEnv(ctx: Ctx, env: unknown, where: string): void {
  if (!isMap(env)) return;
  for (const pair of env.items) {
    const value = str(pair.value) ?? "";
    if (/\$\{\{[^}]*\bsecrets\./.test(value) && !/\bsecrets\.GITHUB_TOKEN\b/.test(value)) {
      report(
        ctx,
        pair.key as Node,
        "secret-in-shared-env",
        `${where}: ${str(pair.key)} puts a secret in env for every step; give it to the one step that needs it.`,
      );
    }
  }
}

function checkJob(ctx: Ctx, id: string, job: YAMLMap, idNode: Node): void {
  const label = `job ${id}`;
  const perms = get(job, "permissions");
  if (!job.has("permissions")) {
    report(ctx, idNode, "job-permissions", `${label} must declare its own least-privilege permissions.`);
  } else if (isScalar(perms)) {
    report(
      ctx,
      perms,
      "job-permissions",
      `${label}: permissions must be a map of scopes, not "${str(perms)}".`,
    );
  } else if (isMap(perms)) {
    for (const pair of perms.items) {
      if (str(pair.value) === "none") continue;
      if (!trailingComment(ctx, pair.key as Node).trim()) {
        report(
          ctx,
          pair.key as Node,
          "permission-reason",
          `${label}: permission ${str(pair.key)}: ${str(pair.value)} needs a "# reason" comment on its line.`,
        );
      }
    }
  }

  checkSharedEnv(ctx, get(job, "env"), label);

  const calls = job.has("uses");
  if (calls) {
    checkUses(ctx, get(job, "uses") as Node);
    if (str(get(job, "secrets")) === "inherit") {
      report(
        ctx,
        get(job, "secrets"),
        "secrets-inherit",
        `${label}: pass the secrets the callee needs by name.`,
      );
    }
  } else if (!job.has("timeout-minutes")) {
    // A calling job cannot take timeout-minutes; the callee's jobs carry it.
    report(ctx, idNode, "timeout-minutes", `${label} needs timeout-minutes (the default is 6 hours).`);
  }
  if (!job.has("concurrency")) {
    report(ctx, idNode, "concurrency", `${label} needs a concurrency group.`);
  }
  checkSteps(ctx, get(job, "steps"), { writes: jobWrites(perms), label });
}

function context(file: string, content: string, options: PolicyOptions) {
  const counter = new LineCounter();
  const doc = parseDocument(content, { lineCounter: counter, uniqueKeys: true });
  const ctx: Ctx = { file, lines: content.split(/\r?\n/), counter, findings: [], options };
  if (doc.errors.length) throw new Error(`${file}: ${doc.errors[0]?.message}`);
  return { doc, ctx };
}

export function lintWorkflowPolicy(
  file: string,
  content: string,
  options: PolicyOptions = {},
): PolicyFinding[] {
  const { doc, ctx } = context(file, content, options);
  const root = doc.contents;
  checkTriggers(ctx, get(root, "on"));

  checkSharedEnv(ctx, get(root, "env"), "workflow");

  const top = get(root, "permissions");
  if (!isMap(top) || top.items.length > 0) {
    report(
      ctx,
      top ?? (root as Node),
      "top-level-permissions",
      "The workflow must start from permissions: {} and grant scopes per job.",
    );
  }
  const jobs = get(root, "jobs");
  if (isMap(jobs)) {
    for (const pair of jobs.items) {
      if (isMap(pair.value)) checkJob(ctx, str(pair.key) ?? "?", pair.value, pair.key as Node);
    }
  }
  return ctx.findings;
}

/** Composite actions: no permissions or jobs of their own, but their steps run in the caller's job. */
export function lintActionPolicy(
  file: string,
  content: string,
  options: PolicyOptions = {},
): PolicyFinding[] {
  const { doc, ctx } = context(file, content, options);
  const runs = get(doc.contents, "runs");
  if (str(get(runs, "using")) === "composite") {
    checkSteps(ctx, get(runs, "steps"), { writes: true, label: "composite step" });
  }
  return ctx.findings;
}
