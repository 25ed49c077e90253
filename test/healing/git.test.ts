import { chmodSync, lstatSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { nodeRunner, type CommandRunner } from "../../src/healing/exec.js";
import { Git } from "../../src/healing/git.js";
import { cleanupRepos, git, makeRepo } from "./helpers.js";

afterEach(cleanupRepos);

/** The real runner, recording each git subcommand it runs. */
function recording(): { runner: CommandRunner; ran: string[] } {
  const inner = nodeRunner();
  const ran: string[] = [];
  return {
    runner: {
      run(file, args, o) {
        ran.push(args.find((a, i) => i > 1 && !a.startsWith("-")) ?? "");
        return inner.run(file, args, o);
      },
    },
    ran,
  };
}

describe("Git (the healer's few git operations)", () => {
  it("gets HEAD and the changed files from one status, and knows which paths HEAD has", async () => {
    const dir = makeRepo({ "a.txt": "a\n", "b c.txt": "b\n" });
    writeFileSync(join(dir, "a.txt"), "changed\n");
    writeFileSync(join(dir, "new.txt"), "new\n");
    const { runner, ran } = recording();
    const g = new Git(runner, dir);
    const st = await g.status();
    expect(st.head).toBe(git(dir, "rev-parse", "HEAD").trim());
    expect(st.dirty).toEqual(["a.txt"]);
    expect(st.untracked).toEqual(["new.txt"]);
    expect(await g.isTracked("a.txt")).toBe(true);
    expect(await g.isTracked("new.txt")).toBe(false);
    expect(ran).toEqual(["status"]); // no rev-parse, no ls-tree
  });

  it("diffs tracked files straight against HEAD, new ones through a throwaway index, like git itself", async () => {
    const dir = makeRepo({ "a.txt": "a\n" });
    writeFileSync(join(dir, "a.txt"), "changed\n");
    writeFileSync(join(dir, "new.txt"), "new\n");
    const g = new Git(nodeRunner(), dir);
    await g.status();
    const tracked = await g.diffFiles(["a.txt"]);
    expect(tracked).toBe(git(dir, "diff", "--binary", "HEAD", "--", "a.txt"));
    const both = await g.diffFiles(["a.txt", "new.txt"]);
    expect(both).toContain("+++ b/a.txt");
    expect(both).toContain("new file mode 100644");
    expect(git(dir, "status", "--porcelain")).toBe(" M a.txt\n?? new.txt\n"); // index untouched
  });

  it("reuses a diff run ahead only for the same files in the same state", async () => {
    const dir = makeRepo({ "a.txt": "a\n" });
    writeFileSync(join(dir, "a.txt"), "changed\n");
    const { runner, ran } = recording();
    const g = new Git(runner, dir);
    await Promise.all([g.prefetchDiff(["a.txt"]), g.status()]);
    const first = await g.diffFiles(["a.txt"]);
    expect(first).toContain("+changed");
    expect(ran.filter((c) => c === "diff")).toHaveLength(1);
    // Changed after the diff ran ahead: the stale result must not be used.
    await g.prefetchDiff(["a.txt"]);
    writeFileSync(join(dir, "a.txt"), "changed again\n");
    const second = await g.diffFiles(["a.txt"]);
    expect(second).toContain("+changed again");
    expect(second).toBe(git(dir, "diff", "--binary", "HEAD", "--", "a.txt"));
  });

  it("restores files to HEAD in one checkout, removing new ones and keeping untracked mode bits", async () => {
    const dir = makeRepo({ "a.txt": "a\n", "b.txt": "b\n" });
    chmodSync(join(dir, "a.txt"), 0o664);
    writeFileSync(join(dir, "a.txt"), "changed\n");
    writeFileSync(join(dir, "b.txt"), "changed\n");
    writeFileSync(join(dir, "new.txt"), "new\n");
    const { runner, ran } = recording();
    const g = new Git(runner, dir);
    await g.status();
    await g.restore(["a.txt", "b.txt", "new.txt"]);
    expect(git(dir, "status", "--porcelain")).toBe("");
    expect(lstatSync(join(dir, "a.txt")).mode & 0o777).toBe(0o664);
    expect(ran).toEqual(["status", "checkout"]);
  });
});
