/**
 * The fix commit, built so that a re-run produces the very same commit id: it is made in a
 * throwaway worktree at the proposal's base (the job's checkout is never touched), with a fixed
 * identity and the base commit's own date, and the patch is checked with `git apply --check`
 * first so a patch that does not apply leaves nothing behind. Hooks are off (see git.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { GitRunner } from "./git.js";
import type { Proposal } from "./proposal.js";

const AUTODEV_NAME = "autodev[bot]";
const AUTODEV_EMAIL = "autodev@users.noreply.github.com";

/** True when every commit on the remote branch that is not in the base was made by autodev. */
export async function onlyAutodevCommits(
  git: GitRunner,
  remote: string,
  branch: string,
  tip: string,
  baseSha: string,
): Promise<boolean> {
  await git.run([
    "fetch",
    "--no-tags",
    "--quiet",
    "--",
    remote,
    `+refs/heads/${branch}:refs/autodev/remote-tip`,
  ]);
  const list = await git.run(["rev-list", "--format=%ae%x00%B%x01", tip, "--not", baseSha, "--"], {
    allowFail: true,
  });
  if (list.code !== 0) return false;
  const commits = list.stdout
    .split("\x01")
    .map((s) => s.replace(/^\s*commit [0-9a-f]+\n/, ""))
    .filter((s) => s.trim());
  return (
    commits.length > 0 &&
    commits.every(
      (c) => c.startsWith(`${AUTODEV_EMAIL}\x00`) && /\nAutodev-Fingerprint: [a-f0-9]+/.test(`\n${c}`),
    )
  );
}

export async function buildCommit(o: {
  git: GitRunner;
  remote: string;
  proposal: Proposal;
  fingerprint: string;
}): Promise<{ sha: string } | { error: string }> {
  const { git, proposal, fingerprint } = o;
  const has = await git.run(["cat-file", "-e", `${proposal.baseSha}^{commit}`], { allowFail: true });
  if (has.code !== 0) await git.run(["fetch", "--no-tags", "--quiet", "--", o.remote, proposal.baseSha]);
  const tmp = mkdtempSync(join(tmpdir(), "autodev-pr-"));
  const tree = join(tmp, "tree");
  const patchFile = join(tmp, "changes.patch");
  writeFileSync(patchFile, proposal.patch);
  try {
    await git.run(["worktree", "add", "--detach", "--quiet", "--", tree, proposal.baseSha]);
    const checkApply = await git.run(
      ["apply", "--check", "--index", "--whitespace=nowarn", "--", patchFile],
      {
        cwd: tree,
        allowFail: true,
      },
    );
    if (checkApply.code !== 0)
      return { error: `the patch does not apply to ${proposal.baseSha.slice(0, 12)}` };
    await git.run(["apply", "--index", "--whitespace=nowarn", "--", patchFile], { cwd: tree });
    // The base commit's own date makes the commit id a pure function of (base, patch).
    const date = (
      await git.run(["show", "-s", "--format=%ct", proposal.baseSha, "--"], { cwd: tree })
    ).stdout.trim();
    const env = {
      GIT_AUTHOR_NAME: AUTODEV_NAME,
      GIT_AUTHOR_EMAIL: AUTODEV_EMAIL,
      GIT_COMMITTER_NAME: AUTODEV_NAME,
      GIT_COMMITTER_EMAIL: AUTODEV_EMAIL,
      GIT_AUTHOR_DATE: `@${date} +0000`,
      GIT_COMMITTER_DATE: `@${date} +0000`,
    };
    const message = `fix: autodev fix for failure ${fingerprint.slice(0, 12)}\n\nAutodev-Fingerprint: ${fingerprint}\nAutodev-Base: ${proposal.baseSha}\n`;
    await git.run(["-c", "user.useConfigOnly=false", "commit", "--no-verify", "--quiet", "-F", "-"], {
      cwd: tree,
      input: message,
      env,
    });
    const sha = (await git.run(["rev-parse", "HEAD"], { cwd: tree })).stdout.trim();
    return { sha };
  } finally {
    await git.run(["worktree", "remove", "--force", "--", tree], { allowFail: true });
    rmSync(tmp, { recursive: true, force: true });
  }
}
