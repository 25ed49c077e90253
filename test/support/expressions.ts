import { data, Evaluator, Lexer, Parser } from "@actions/expressions";
import type { FunctionDefinition } from "@actions/expressions/funcs/info";
import { truthy } from "@actions/expressions/result";

export type JobStatus = "success" | "failure" | "cancelled";

/** JSON into the evaluator's data model (the package's own reviver does exactly this). */
function toData(value: unknown): data.Dictionary {
  return JSON.parse(JSON.stringify(value), data.reviver) as data.Dictionary;
}

function statusFunctions(status: JobStatus): Map<string, FunctionDefinition> {
  const fn = (name: string, result: boolean): [string, FunctionDefinition] => [
    name,
    { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(result) },
  ];
  return new Map([
    fn("success", status === "success"),
    fn("failure", status === "failure"),
    fn("cancelled", status === "cancelled"),
    fn("always", true),
  ]);
}

/**
 * Evaluates a job's `if:` the way the runner does: `${{ }}` is optional, and a condition without a
 * status function is `success() && (condition)`. Contexts are plain JSON (github, vars, needs, inputs).
 */
export function jobCondition(
  condition: string,
  contexts: Record<string, unknown>,
  status: JobStatus = "success",
) {
  let source = condition.trim();
  const wrapped = /^\$\{\{([\s\S]*)\}\}$/.exec(source);
  if (wrapped) source = wrapped[1]!.trim();
  if (!/\b(success|failure|cancelled|always)\s*\(/.test(source)) source = `success() && (${source})`;
  const tokens = new Lexer(source).lex().tokens;
  const names = Object.keys(contexts);
  const functions = statusFunctions(status);
  const expr = new Parser(tokens, names, [...functions.values()]).parse();
  return truthy(new Evaluator(expr, toData(contexts), functions).evaluate());
}

/** Evaluates one expression (without `${{ }}`) to the string the runner would substitute. */
export function evaluateString(source: string, contexts: Record<string, unknown>): string {
  const tokens = new Lexer(source.trim()).lex().tokens;
  const expr = new Parser(tokens, Object.keys(contexts), []).parse();
  return new Evaluator(expr, toData(contexts)).evaluate().coerceString();
}

/** Replaces every `${{ }}` in a value the way the runner does before a step starts. */
export function interpolate(text: string, contexts: Record<string, unknown>): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, source: string) => evaluateString(source, contexts));
}
