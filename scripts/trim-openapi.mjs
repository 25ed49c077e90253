#!/usr/bin/env node
/**
 * Regenerates test/fixtures/openapi/github-trimmed.json: the few GitHub REST operations autodev
 * calls, cut from @octokit/openapi's dereferenced description. The full package is ~385 MB, far
 * too big to be a dependency, so it is installed outside the repo and only this slice is committed.
 *
 *   mkdir -p /tmp/oa && cd /tmp/oa && npm install @octokit/openapi
 *   node scripts/trim-openapi.mjs /tmp/oa/node_modules/@octokit/openapi/generated/api.github.com.deref.json
 *
 * The output keeps only what the test double validates with ajv: parameters, the JSON request
 * body schema and the JSON response schema per status. OpenAPI 3.0 `nullable` is rewritten to
 * JSON Schema (ajv rejects `nullable` without `type`), and prose (description, example) is dropped.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Every operation autodev's GitHubClient adapter calls. Add one here when the adapter grows. */
export const OPERATIONS = [
  "repos/get",
  "repos/get-content",
  "repos/get-collaborator-permission-level",
  "actions/get-repo-variable",
  "actions/get-workflow-run",
  "actions/list-jobs-for-workflow-run",
  "actions/download-job-logs-for-workflow-run",
  "issues/list-for-repo",
  "issues/get",
  "issues/create",
  "issues/update",
  "issues/list-comments",
  "issues/create-comment",
  "reactions/create-for-issue-comment",
  "pulls/list",
  "pulls/create",
  "pulls/update",
  "git/create-ref",
];

const DROP = new Set(["description", "example", "examples", "externalDocs", "summary", "title", "x-github"]);

function clean(schema) {
  if (Array.isArray(schema)) return schema.map(clean);
  if (schema === null || typeof schema !== "object") return schema;
  const out = {};
  for (const [k, v] of Object.entries(schema)) {
    if (DROP.has(k)) continue;
    // `properties` maps names to schemas: a property may itself be called "title" or "description".
    if (k === "properties") {
      out.properties = Object.fromEntries(Object.entries(v).map(([name, s]) => [name, clean(s)]));
      continue;
    }
    if (k === "nullable") continue;
    out[k] = clean(v);
  }
  if (schema.nullable === true) {
    if (typeof out.type === "string") out.type = [out.type, "null"];
    else return { anyOf: [out, { type: "null" }] };
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  }
  return out;
}

/**
 * The dereferenced description repeats big objects (simple-user, repository) hundreds of times;
 * ajv would compile each copy. Repeated subtrees become `$ref`s into one shared definitions
 * document, which shrinks the file and makes the double's first validation fast.
 */
function share(operations) {
  // Walks schema positions only (never a `properties` map itself), so only real schemas are hoisted.
  const children = (schema, fn) => {
    const out = { ...schema };
    if (schema.properties)
      out.properties = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, fn(v)]));
    if (schema.items && typeof schema.items === "object") out.items = fn(schema.items);
    if (schema.additionalProperties && typeof schema.additionalProperties === "object") {
      out.additionalProperties = fn(schema.additionalProperties);
    }
    if (schema.not) out.not = fn(schema.not);
    for (const k of ["anyOf", "oneOf", "allOf"]) if (Array.isArray(schema[k])) out[k] = schema[k].map(fn);
    return out;
  };
  const counts = new Map();
  const count = (schema) => {
    if (schema === null || typeof schema !== "object") return schema;
    const key = JSON.stringify(schema);
    if (key.length > 400) counts.set(key, (counts.get(key) ?? 0) + 1);
    children(schema, count);
    return schema;
  };
  const roots = [];
  for (const op of operations) {
    for (const p of op.parameters) roots.push(p.schema);
    if (op.requestBody?.schema) roots.push(op.requestBody.schema);
    for (const r of Object.values(op.responses)) if (r) roots.push(r);
  }
  roots.forEach(count);
  const ids = new Map();
  const definitions = {};
  const replace = (schema, isRoot = false) => {
    if (schema === null || typeof schema !== "object") return schema;
    const key = JSON.stringify(schema);
    if (!isRoot && (counts.get(key) ?? 0) > 1) {
      let id = ids.get(key);
      if (!id) {
        id = `s${ids.size}`;
        ids.set(key, id);
        definitions[id] = children(schema, (c) => replace(c));
      }
      return { $ref: `defs#/definitions/${id}` };
    }
    return children(schema, (c) => replace(c));
  };
  for (const op of operations) {
    op.parameters = op.parameters.map((p) => ({ ...p, schema: replace(p.schema, true) }));
    if (op.requestBody?.schema) op.requestBody.schema = replace(op.requestBody.schema, true);
    for (const [k, r] of Object.entries(op.responses)) if (r) op.responses[k] = replace(r, true);
  }
  return { $id: "defs", definitions };
}

function jsonSchemaOf(content) {
  if (!content) return null;
  const media = content["application/json"] ?? content["application/scim+json"];
  return media?.schema ? clean(media.schema) : null;
}

function main() {
  const src = process.argv[2];
  if (!src) {
    console.error("usage: node scripts/trim-openapi.mjs <path to api.github.com.deref.json>");
    process.exit(2);
  }
  const spec = JSON.parse(readFileSync(src, "utf8"));
  const operations = [];
  const wanted = new Set(OPERATIONS);
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of ["get", "post", "patch", "put", "delete"]) {
      const op = item[method];
      if (!op || !wanted.has(op.operationId)) continue;
      wanted.delete(op.operationId);
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => ({
        name: p.name,
        in: p.in,
        required: p.required === true,
        schema: clean(p.schema ?? {}),
      }));
      const responses = {};
      for (const [status, r] of Object.entries(op.responses ?? {}))
        responses[status] = jsonSchemaOf(r.content);
      operations.push({
        operationId: op.operationId,
        method: method.toUpperCase(),
        path,
        parameters: params,
        requestBody: op.requestBody
          ? { required: op.requestBody.required === true, schema: jsonSchemaOf(op.requestBody.content) }
          : null,
        responses,
      });
    }
  }
  if (wanted.size) {
    console.error(`operations not found in ${src}: ${[...wanted].join(", ")}`);
    process.exit(1);
  }
  const here = dirname(fileURLToPath(import.meta.url));
  const out = resolve(here, "../test/fixtures/openapi/github-trimmed.json");
  const defs = share(operations);
  const doc = {
    defs,
    source: `@octokit/openapi ${spec.info?.version ?? ""}`.trim(),
    generatedFrom: "api.github.com.deref.json",
    operations,
  };
  writeFileSync(out, JSON.stringify(doc) + "\n");
  console.log(`wrote ${operations.length} operations to ${out}`);
}

main();
