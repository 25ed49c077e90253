/**
 * The deterministic gate every proposed patch passes before autodev pushes it. The patch comes
 * from the heal job, which read attacker-influenced logs and may have asked a model, so it is
 * treated as hostile: git apply itself accepts symlinks to /etc/passwd, renames into
 * `.github/workflows`, gitlinks and mode changes (verified), so each of those is refused here in
 * plain code before git ever sees the patch.
 */
import type { Limits } from "./config.js";
import { checkRepoPath, isProtected } from "./paths.js";

export interface PatchFile {
  path: string;
  /** For renames and copies, the source path. */
  oldPath?: string;
  status: "added" | "modified" | "deleted" | "renamed" | "copied";
  added: number;
  removed: number;
}

export interface PatchViolation {
  code:
    | "not-a-diff"
    | "encoding"
    | "too-large"
    | "too-many-files"
    | "too-many-lines"
    | "unsafe-path"
    | "protected-path"
    | "symlink"
    | "submodule"
    | "mode-change"
    | "binary"
    | "secret"
    | "undeclared-file"
    | "duplicate-file"
    | "empty";
  path?: string;
  message: string;
}

export interface PatchCheckResult {
  ok: boolean;
  files: PatchFile[];
  violations: PatchViolation[];
  stats: { files: number; added: number; removed: number; bytes: number };
}

export interface PatchCheckOptions {
  patch: Uint8Array | string;
  limits: Pick<Limits, "maxFiles" | "maxChangedLines" | "maxPatchBytes">;
  /** Globs from the config, on top of the built-in protected paths. */
  protectedPaths?: readonly string[];
  /** Files the proposal says it changes; any other file in the patch is refused. */
  declaredFiles?: readonly string[];
  /** Returns the kinds of secret found in a text (the redactor's scan). */
  scanSecrets?: (text: string) => string[];
}

/** Undoes git's C-style quoting of unusual path names ("a/t\303\251st"). */
function unquote(p: string): string {
  if (!p.startsWith('"')) return p;
  const body = p.slice(1, -1);
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== "\\") {
      bytes.push(...Buffer.from(c, "utf8"));
      continue;
    }
    const n = body[++i];
    if (/[0-7]/.test(n)) {
      bytes.push(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else {
      const map: Record<string, string> = {
        n: "\n",
        t: "\t",
        '"': '"',
        "\\": "\\",
        a: "\x07",
        b: "\b",
        f: "\f",
        r: "\r",
        v: "\v",
      };
      bytes.push(...Buffer.from(map[n] ?? n, "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

/** `a/x b/y` or quoted forms, from a `diff --git` line; null when ambiguous. */
function splitGitHeader(rest: string): [string, string] | null {
  const quoted = rest.match(/^("(?:[^"\\]|\\.)*"|\S+) ("(?:[^"\\]|\\.)*"|\S+)$/);
  if (quoted) return [unquote(quoted[1]), unquote(quoted[2])];
  // Unquoted names with spaces: "a/x y b/x y" splits where both halves are equal after the prefix.
  const mid = rest.indexOf(" b/");
  if (rest.startsWith("a/") && mid > 0) return [rest.slice(0, mid), rest.slice(mid + 1)];
  return null;
}

function stripPrefix(p: string, prefix: "a/" | "b/"): string {
  return p.startsWith(prefix) ? p.slice(2) : p;
}

export function checkPatch(options: PatchCheckOptions): PatchCheckResult {
  const { limits } = options;
  const violations: PatchViolation[] = [];
  const files: PatchFile[] = [];
  const raw =
    typeof options.patch === "string" ? Buffer.from(options.patch, "utf8") : Buffer.from(options.patch);
  const stats = { files: 0, added: 0, removed: 0, bytes: raw.length };
  const result = () => ({ ok: violations.length === 0, files, violations, stats });

  if (raw.length > limits.maxPatchBytes) {
    violations.push({
      code: "too-large",
      message: `patch is ${raw.length} bytes; the limit is ${limits.maxPatchBytes}`,
    });
    return result();
  }
  if (raw.includes(0)) {
    violations.push({ code: "encoding", message: "patch contains NUL bytes" });
    return result();
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(raw);
  } catch {
    violations.push({ code: "encoding", message: "patch is not valid UTF-8" });
    return result();
  }
  if (!text.trim()) {
    violations.push({ code: "empty", message: "patch is empty" });
    return result();
  }

  const lines = text.split("\n");
  let current: PatchFile | null = null;
  let inHunk = false;
  const addedText: string[] = [];
  const seen = new Set<string>();
  const checkPath = (p: string) => {
    const v = checkRepoPath(p);
    if (!v.ok)
      violations.push({ code: "unsafe-path", path: p, message: `${JSON.stringify(p)}: ${v.reason}` });
    const glob = isProtected(p, options.protectedPaths);
    if (glob) violations.push({ code: "protected-path", path: p, message: `${p} is protected (${glob})` });
  };
  const modeCheck = (mode: string, path: string, what: string) => {
    if (mode === "120000")
      violations.push({ code: "symlink", path, message: `${path}: ${what} a symbolic link` });
    else if (mode === "160000")
      violations.push({ code: "submodule", path, message: `${path}: ${what} a submodule (gitlink)` });
    else if (mode !== "100644" && !(what === "deletes" && mode === "100755")) {
      violations.push({ code: "mode-change", path, message: `${path}: ${what} a file with mode ${mode}` });
    }
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith("diff --git ")) {
      inHunk = false;
      const names = splitGitHeader(line.slice("diff --git ".length));
      if (!names) {
        violations.push({ code: "not-a-diff", message: `cannot read file names in: ${line.slice(0, 200)}` });
        continue;
      }
      const [a, b] = [stripPrefix(names[0], "a/"), stripPrefix(names[1], "b/")];
      current = { path: b, status: "modified", added: 0, removed: 0 };
      if (a !== b) current.oldPath = a;
      files.push(current);
      for (const p of new Set([a, b])) checkPath(p);
      if (seen.has(b))
        violations.push({ code: "duplicate-file", path: b, message: `${b} appears twice in the patch` });
      seen.add(b);
      continue;
    }
    if (!current) {
      // Anything before the first file header means this is not the clean `git diff` output we expect.
      if (line.trim()) {
        violations.push({ code: "not-a-diff", message: "text before the first `diff --git` header" });
        return result();
      }
      continue;
    }
    if (inHunk && /^[ +\-\\]/.test(line) && !line.startsWith("--- ") && !line.startsWith("+++ ")) {
      if (line.startsWith("+")) {
        current.added++;
        addedText.push(line.slice(1));
      } else if (line.startsWith("-")) current.removed++;
      continue;
    }
    if (line.startsWith("@@ ")) {
      inHunk = true;
      continue;
    }
    inHunk = false;
    let m: RegExpMatchArray | null;
    if ((m = line.match(/^new file mode (\d+)$/))) {
      current.status = "added";
      modeCheck(m[1], current.path, "creates");
    } else if ((m = line.match(/^deleted file mode (\d+)$/))) {
      current.status = "deleted";
      modeCheck(m[1], current.path, "deletes");
    } else if ((m = line.match(/^(old|new) mode (\d+)$/))) {
      violations.push({
        code: "mode-change",
        path: current.path,
        message: `${current.path}: changes the file mode (${m[2]})`,
      });
      if (m[2] === "120000" || m[2] === "160000") modeCheck(m[2], current.path, "turns into");
    } else if ((m = line.match(/^index [0-9a-f]+\.\.[0-9a-f]+(?: (\d+))?$/))) {
      if (m[1] && m[1] !== "100644" && m[1] !== "100755") modeCheck(m[1], current.path, "changes");
    } else if ((m = line.match(/^(rename|copy) (from|to) (.+)$/))) {
      current.status = m[1] === "rename" ? "renamed" : "copied";
      checkPath(unquote(m[3]));
    } else if ((m = line.match(/^(---|\+\+\+) (.+)$/))) {
      const p = unquote(m[2]);
      if (p !== "/dev/null") {
        const bare = stripPrefix(p, m[1] === "---" ? "a/" : "b/");
        const expected = m[1] === "---" ? (current.oldPath ?? current.path) : current.path;
        if (bare !== expected) {
          violations.push({
            code: "unsafe-path",
            path: bare,
            message: `header names ${bare} but the file is ${expected}`,
          });
          checkPath(bare);
        }
      }
    } else if (line === "GIT binary patch" || /^Binary files .* differ$/.test(line)) {
      violations.push({
        code: "binary",
        path: current.path,
        message: `${current.path}: binary changes are not accepted`,
      });
    } else if (/^(similarity|dissimilarity) index \d+%$/.test(line) || line === "") {
      // Metadata git emits for renames; nothing to check.
    } else if (/^[+-]?Subproject commit [0-9a-f]+/.test(line)) {
      violations.push({
        code: "submodule",
        path: current.path,
        message: `${current.path}: submodule change`,
      });
    } else {
      violations.push({
        code: "not-a-diff",
        path: current.path,
        message: `unexpected line: ${line.slice(0, 120)}`,
      });
    }
  }

  stats.files = files.length;
  stats.added = files.reduce((n, f) => n + f.added, 0);
  stats.removed = files.reduce((n, f) => n + f.removed, 0);
  if (!files.length) violations.push({ code: "empty", message: "patch changes no files" });
  if (files.length > limits.maxFiles) {
    violations.push({
      code: "too-many-files",
      message: `patch changes ${files.length} files; the limit is ${limits.maxFiles}`,
    });
  }
  if (stats.added + stats.removed > limits.maxChangedLines) {
    violations.push({
      code: "too-many-lines",
      message: `patch changes ${stats.added + stats.removed} lines; the limit is ${limits.maxChangedLines}`,
    });
  }
  if (options.declaredFiles) {
    const declared = new Set(options.declaredFiles);
    for (const f of files) {
      if (!declared.has(f.path))
        violations.push({
          code: "undeclared-file",
          path: f.path,
          message: `${f.path} is not listed in proposal.json`,
        });
    }
  }
  if (options.scanSecrets) {
    const kinds = options.scanSecrets(addedText.join("\n"));
    if (kinds.length)
      violations.push({
        code: "secret",
        message: `added lines contain what looks like a secret (${kinds.join(", ")})`,
      });
  }
  return result();
}
