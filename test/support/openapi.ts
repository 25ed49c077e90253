/**
 * GitHub's published OpenAPI description (the trimmed slice in test/fixtures/openapi) as a
 * contract checker for the REST double: match a request to its operation, validate parameters and
 * body, validate the double's own responses, and synthesise schema-valid response objects that the
 * double then fills with its state. If the double drifts from GitHub, tests fail here.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv, type ValidateFunction } from "ajv";

export interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  format?: string;
  default?: unknown;
  [k: string]: unknown;
}

export interface Operation {
  operationId: string;
  method: string;
  path: string;
  parameters: { name: string; in: string; required: boolean; schema: Schema }[];
  requestBody: { required: boolean; schema: Schema | null } | null;
  responses: Record<string, Schema | null>;
}

const specPath = fileURLToPath(new URL("../fixtures/openapi/github-trimmed.json", import.meta.url));
export const spec = JSON.parse(readFileSync(specPath, "utf8")) as { operations: Operation[]; defs: Schema };

// Unoptimised code generation compiles these large schemas about twice as fast; tests do not need the speed-up at run time.
const ajv = new Ajv({
  strict: false,
  allErrors: true,
  validateFormats: false,
  logger: false,
  code: { optimize: false },
});
// Shared subschemas (users, repositories) the trim script hoisted out; operation schemas $ref them.
ajv.addSchema(spec.defs);
const compiled = new WeakMap<object, ValidateFunction>();
function validatorFor(schema: Schema): ValidateFunction {
  let v = compiled.get(schema);
  if (!v) {
    v = ajv.compile(schema);
    compiled.set(schema, v);
  }
  return v;
}

export function validate(schema: Schema, value: unknown): string[] {
  const v = validatorFor(schema);
  if (v(value)) return [];
  return (v.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || "(root)"} ${e.message}`);
}

const routes = spec.operations.map((op) => {
  const names: string[] = [];
  const source = op.path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
    names.push(name);
    // Only the contents path may span slashes.
    return name === "path" ? "(.+)" : "([^/]+)";
  });
  return { op, names, regex: new RegExp(`^${source}$`) };
});

export function matchOperation(
  method: string,
  pathname: string,
): { op: Operation; params: Record<string, string> } | null {
  for (const r of routes) {
    if (r.op.method !== method) continue;
    const m = pathname.match(r.regex);
    if (m) {
      const params: Record<string, string> = {};
      r.names.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1])));
      return { op: r.op, params };
    }
  }
  return null;
}

function coerce(schema: Schema, raw: string): unknown {
  const t = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (t === "integer" || t === "number") return raw.trim() === "" ? raw : Number(raw);
  if (t === "boolean") return raw === "true" ? true : raw === "false" ? false : raw;
  return raw;
}

/** Parameter and body problems in a request, as messages; empty when it matches the description. */
export function checkRequest(
  op: Operation,
  pathParams: Record<string, string>,
  query: URLSearchParams,
  body: unknown,
): string[] {
  const problems: string[] = [];
  for (const p of op.parameters) {
    const raw = p.in === "path" ? pathParams[p.name] : p.in === "query" ? query.get(p.name) : undefined;
    if (p.in === "header") continue;
    if (raw == null) {
      if (p.required) problems.push(`missing ${p.in} parameter ${p.name}`);
      continue;
    }
    for (const m of validate(p.schema, coerce(p.schema, raw)))
      problems.push(`${p.in} parameter ${p.name}: ${m}`);
  }
  const known = new Set(op.parameters.filter((p) => p.in === "query").map((p) => p.name));
  for (const k of query.keys()) if (!known.has(k)) problems.push(`unknown query parameter ${k}`);
  if (op.requestBody?.schema) {
    if (body === undefined) {
      if (op.requestBody.required) problems.push("missing request body");
    } else for (const m of validate(op.requestBody.schema, body)) problems.push(`body ${m}`);
  } else if (body !== undefined && op.method !== "GET") {
    problems.push("unexpected request body");
  }
  return problems;
}

export function checkResponse(op: Operation, status: number, body: unknown): string[] {
  if (!(String(status) in op.responses)) {
    // GitHub answers any endpoint with rate limits, 404s and 5xx even where the description omits
    // them; those must still look like GitHub's basic error. Undocumented successes are a bug.
    if (status >= 400) {
      const ok =
        typeof body === "object" &&
        body !== null &&
        typeof (body as { message?: unknown }).message === "string";
      return ok ? [] : [`error ${status} without a GitHub error body`];
    }
    return [`status ${status} is not documented for ${op.operationId}`];
  }
  const schema = op.responses[String(status)];
  if (!schema || body === undefined) return [];
  return validate(schema, body).map((m) => `response ${status} ${m}`);
}

/** A minimal value that satisfies `schema`: required fields only, first branch of unions. */
export function synthesize(schema: Schema | undefined, depth = 0): unknown {
  if (!schema || depth > 12) return null;
  if (typeof schema.$ref === "string") return synthesize(deref(schema), depth);
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((s) => synthesize(s, depth + 1) as object));
  if (schema.oneOf) return synthesize(schema.oneOf[0], depth + 1);
  if (schema.anyOf) return synthesize(schema.anyOf[0], depth > 4 ? depth + 1 : depth);
  if (schema.enum) return schema.enum[0];
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const t = types.find((x) => x !== "null") ?? types[0];
  if (types.includes("null") && depth > 0 && t !== "object" && t !== "array") return null;
  switch (t) {
    case "object": {
      // Nullable objects are filled in near the top (a PR's head repo) and left null deeper down.
      if (types.includes("null") && depth > 4) return null;
      const out: Record<string, unknown> = {};
      for (const k of schema.required ?? []) out[k] = synthesize(schema.properties?.[k], depth + 1);
      return out;
    }
    case "array":
      return [];
    case "integer":
    case "number":
      return 1;
    case "boolean":
      return false;
    case "string":
      if (schema.format === "date-time") return "2026-11-23T00:00:00Z";
      if (schema.format === "uri") return "https://github.example/x";
      return "x";
    default:
      return null;
  }
}

/** Resolves a `defs#/definitions/x` reference from the trimmed description. */
export function deref(schema: Schema): Schema {
  if (typeof schema.$ref !== "string") return schema;
  const id = schema.$ref.replace("defs#/definitions/", "");
  return deref((spec.defs.definitions as Record<string, Schema>)[id]);
}

export function responseSchema(operationId: string, status: number): Schema {
  const op = spec.operations.find((o) => o.operationId === operationId);
  const s = op?.responses[String(status)];
  if (!s) throw new Error(`no ${status} schema for ${operationId}`);
  return deref(s);
}
