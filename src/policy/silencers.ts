/**
 * What a "fix" must not sneak in without a human looking (security.md PI-07): added lines that
 * switch a check off instead of satisfying it, and paths that hold tests. One list for heal's
 * patch guard and for the risk classifier of `auto` mode, so a patch heal flags for review can
 * never be rated low risk by the other (they drifted apart once: `t.Skip(` and `@Disabled` were
 * flagged by one and not the other).
 */

/** [what the added line does, how to spot it]; the label reads after "an added line ...". */
const SILENCERS: readonly (readonly [string, RegExp])[] = [
  [
    "skips a test",
    /\b(?:it|test|describe)\.(?:skip|todo)\s*\(|\bx(?:it|describe|test)\s*\(|@pytest\.mark\.(?:skip|xfail)|\bunittest\.skip|\bt\.Skip\(|@Disabled\b|@Ignore\b/,
  ],
  ["suppresses a type check", /@ts-(?:ignore|nocheck|expect-error)|#\s*type:\s*ignore/],
  ["disables a lint rule", /eslint-disable|#\s*noqa|#\s*pylint:\s*disable|\/\/\s*nolint/],
  ["ignores a command's failure", /\|\|\s*true\b|\bset \+e\b/],
  ["ignores a step's failure", /continue-on-error\s*:\s*true/],
  ["touches a coverage threshold", /coverage.*(?:threshold|fail_under|minimum)/i],
];

/** Labels of the silencers `line` (an added line, without its "+") matches. */
export function silencersIn(line: string): string[] {
  const found: string[] = [];
  for (const [label, re] of SILENCERS) if (re.test(line)) found.push(label);
  return found;
}

/** Test sources in the usual layouts of JS/TS, Python, Go, Java and Ruby projects. */
export const TEST_FILE =
  /(^|\/)(tests?|__tests__|__mocks__|spec|e2e)\/|[._-](test|spec)\.[a-z]+$|(^|\/)test_[^/]+\.py$|_test\.go$/i;
