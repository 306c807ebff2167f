import { describe, expect, it } from "vitest";
import { resolveRef, specOperations } from "./spec.js";

/**
 * Every request field the spec declares is bounded (issue 15, "bounds everywhere"): strings have a
 * `maxLength` (or an enum/const), arrays a `maxItems`, maps a `maxProperties`, numbers a `minimum` and a
 * `maximum` (or an enum/const), objects a fixed set of properties (`additionalProperties: false`). Walks every operation's parameters and JSON body, following `$ref`s.
 */

// biome-ignore lint/suspicious/noExplicitAny: JSON Schema nodes read from the spec
type Schema = any;

function unboundedIn(schema: Schema, where: string, component: string, seen: ReadonlySet<string>, out: string[]) {
  const ref: string | undefined = schema?.$ref;
  const node = resolveRef(schema);
  if (node === null || typeof node !== "object") return;
  let inside = component;
  let visited = seen;
  if (ref !== undefined) {
    if (seen.has(ref)) return;
    visited = new Set([...seen, ref]);
    inside = ref.split("/").pop() as string;
  }
  const label = `${inside} ${where}`;
  for (const key of ["allOf", "oneOf", "anyOf"]) {
    for (const part of node[key] ?? []) unboundedIn(part, where, inside, visited, out);
  }
  const types = new Set([node.type].flat().filter(Boolean));
  if (types.has("string") && node.maxLength === undefined && node.enum === undefined && node.const === undefined) {
    out.push(`${label}: string without maxLength`);
  }
  if (types.has("array") && node.maxItems === undefined) out.push(`${label}: array without maxItems`);
  if ((types.has("integer") || types.has("number")) && node.const === undefined && node.enum === undefined) {
    if (node.maximum === undefined || node.minimum === undefined)
      out.push(`${label}: number without minimum and maximum`);
  }
  const map = node.additionalProperties;
  if (map !== undefined && map !== false && node.maxProperties === undefined)
    out.push(`${label}: map without maxProperties`);
  if (node.properties !== undefined && map === undefined) out.push(`${label}: object open to any other property`);
  for (const [name, property] of Object.entries((node.properties ?? {}) as Record<string, Schema>)) {
    unboundedIn(property, `${where}/${name}`, inside, visited, out);
  }
  if (node.items !== undefined) unboundedIn(node.items, `${where}/*`, inside, visited, out);
  if (map !== undefined && typeof map === "object") unboundedIn(map, `${where}/*`, inside, visited, out);
}

function unboundedRequestFields(): string[] {
  const out: string[] = [];
  for (const operation of specOperations()) {
    for (const parameter of (operation.operation.parameters ?? []).map(resolveRef)) {
      unboundedIn(parameter.schema, `${parameter.in} ${parameter.name}`, operation.operationId, new Set(), out);
    }
    const body = operation.operation.requestBody?.content?.["application/json"]?.schema;
    if (body !== undefined) unboundedIn(body, "body", operation.operationId, new Set(), out);
  }
  return [...new Set(out)].sort();
}

describe("request bounds", () => {
  it("every request field is bounded", () => {
    const found = unboundedRequestFields();
    expect(found, "bound these (maxLength, maxItems, maxProperties, minimum and maximum)").toEqual([]);
    console.log(`request bounds: ${specOperations().length} operations walked, 0 unbounded fields`);
  });

  it("the walk finds an unbounded field of each kind, through a $ref", () => {
    const out: string[] = [];
    const schema = {
      type: "object",
      properties: {
        name: { type: "string" },
        tags: { type: "array", items: { type: "string", maxLength: 5 } },
        count: { type: "integer", minimum: 0 },
        version: { type: "number", enum: [1] },
        set: { type: "object", additionalProperties: { type: "number", minimum: 0, maximum: 1 } },
      },
    };
    unboundedIn(schema, "body", "op", new Set(), out);
    expect(out).toEqual([
      "op body: object open to any other property",
      "op body/name: string without maxLength",
      "op body/tags: array without maxItems",
      "op body/count: number without minimum and maximum",
      "op body/set: map without maxProperties",
    ]);
  });
});
