import fc from "fast-check";
import { resolveRef, type SpecOperation } from "./spec.js";
import { type IdsByPrefix, mergeAllOf, validValue } from "./spec-values.js";

// biome-ignore lint/suspicious/noExplicitAny: JSON Schema nodes read from the spec
type Schema = any;
type Path = ReadonlyArray<string | number>;

/** One generated request, bad by construction (`kind` says how), ready for `app.request`. */
export interface FuzzRequest {
  readonly operationId: string;
  readonly kind: string;
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
}

/** What every fuzzed request is built from: the spec's operation and real ids of a seeded tenant. */
export interface FuzzContext {
  readonly params: Readonly<Record<string, string>>;
  readonly ids: IdsByPrefix;
  /** Bodies above this many bytes are refused with 413. */
  readonly bodyLimitBytes: number;
}

/** Draws from fast-check inside a property (`fc.gen()`). */
type Gen = fc.GeneratorValue;

const nat = (g: Gen, max: number): number => g(fc.nat, max);
const coin = (g: Gen): boolean => g(fc.boolean);
const pick = <T>(g: Gen, items: ReadonlyArray<T>): T => items[nat(g, items.length - 1)] as T;

/** A JSON number the serializer cannot write (1e400 parses to Infinity); put in the text as is. */
const RAW = (text: string) => `@@raw:${text}@@`;
const writeJson = (value: unknown) => JSON.stringify(value).replace(/"@@raw:([^@]*)@@"/g, "$1");

/** Text a lenient parser might misread: other digits, invisible and direction marks, combining marks, emoji. */
const ODD_TEXT = [
  "\u202eevil\u202c",
  "zero\u200bwidth",
  "e\u0301\u0301\u0301",
  "💸🏦",
  "１２３",
  "١٢٣٫٤",
  "𝟏𝟐𝟑",
  "\ufeffbom",
  "NaN",
  "Infinity",
  "-0",
  "0x10",
  "1e3",
  " 5 ",
  "ǅ\u0345ﬃ",
  "\u{10ffff}",
  "<script>alert(1)</script>",
  "'; drop table loans; --",
  "../../etc/passwd",
  "%00",
];

/** Values of each JSON type, to put where the schema wants another. */
const BY_TYPE: Readonly<Record<string, ReadonlyArray<unknown>>> = {
  string: ["fuzz", "", "١٢٣", "1e400", "9007199254740993"],
  number: [1.5, -0.5, 1e-7],
  integer: [0, 7, -1],
  boolean: [true, false],
  null: [null],
  array: [[], [1, "a"]],
  object: [{}, { a: 1 }],
};

function allowedTypes(node: Schema): Set<string> | undefined {
  if (node.type === undefined) return undefined;
  const types = new Set<string>(Array.isArray(node.type) ? node.type : [node.type]);
  if (types.has("number")) types.add("integer");
  return types;
}

/** The schema of a location, with `$ref` and `allOf` merged; undefined where it is a union (no sure violation). */
function definite(schema: Schema): Schema | undefined {
  const node = resolveRef(schema);
  if (node === undefined || node === null) return undefined;
  if (Array.isArray(node.oneOf) || Array.isArray(node.anyOf)) return undefined;
  if (Array.isArray(node.allOf)) {
    const parts = node.allOf.map(definite);
    if (parts.some((part: Schema) => part === undefined)) return undefined;
    return mergeAllOf(parts, node);
  }
  return node;
}

interface Location {
  readonly path: Path;
  readonly schema: Schema;
}

/** Every location of `value` whose schema is definite, with that schema. */
function schemaLocations(value: unknown, schema: Schema, path: Path, out: Location[]): Location[] {
  const node = definite(schema);
  if (node === undefined) return out;
  out.push({ path, schema: node });
  if (Array.isArray(value) && node.items !== undefined) {
    for (const [index, item] of value.entries()) schemaLocations(item, node.items, [...path, index], out);
  } else if (value !== null && typeof value === "object" && node.properties !== undefined) {
    for (const [key, item] of Object.entries(value)) {
      if (node.properties[key] !== undefined) schemaLocations(item, node.properties[key], [...path, key], out);
    }
  }
  return out;
}

/** Every location in a JSON value (containers and leaves), for changes that do not need the schema. */
function valueLocations(value: unknown, path: Path, out: Array<{ path: Path; value: unknown }>) {
  out.push({ path, value });
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) valueLocations(item, [...path, index], out);
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) valueLocations(item, [...path, key], out);
  }
  return out;
}

function setAt(root: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const part of path.slice(0, -1)) node = node[part] as Record<string | number, unknown>;
  node[path.at(-1) as string | number] = replacement;
  return copy;
}

function deleteAt(root: unknown, path: Path, key: string): unknown {
  const copy = structuredClone(root) as Record<string, unknown>;
  let node = copy;
  for (const part of path) node = node[part] as Record<string, unknown>;
  delete node[key];
  return copy;
}

/** `depth` nested arrays or objects around 1, as raw JSON text (a serializer would overflow its stack). */
function nest(depth: number, asArray: boolean): unknown {
  return RAW(asArray ? `${"[".repeat(depth)}1${"]".repeat(depth)}` : `${'{"n":'.repeat(depth)}1${"}".repeat(depth)}`);
}

/** Values the schema at this location refuses for sure, or an empty list when there is none. */
function violations(
  node: Schema,
  value: unknown,
  bodyLimitBytes: number,
): Array<{ how: string; value?: unknown; deleteKey?: string }> {
  const out: Array<{ how: string; value?: unknown; deleteKey?: string }> = [];
  const types = allowedTypes(node);
  if (types !== undefined) {
    for (const [type, samples] of Object.entries(BY_TYPE)) {
      if (types.has(type) || (type === "integer" && types.has("number"))) continue;
      for (const sample of samples) out.push({ how: `type:${type}`, value: sample });
    }
    if (types.has("integer") && !types.has("number")) {
      out.push({ how: "integer:2^53", value: 2 ** 53 }, { how: "integer:-2^53", value: -(2 ** 53) });
      out.push(
        { how: "integer:1e400", value: RAW("1e400") },
        { how: "integer:2^53+1", value: RAW("9007199254740993") },
      );
      out.push({ how: "integer:fraction", value: 1.5 });
    }
    if (types.has("number") || types.has("integer")) out.push({ how: "number:-1e400", value: RAW("-1e400") });
  }
  if (typeof node.minimum === "number") out.push({ how: "below-minimum", value: node.minimum - 1 });
  if (typeof node.maximum === "number") out.push({ how: "above-maximum", value: node.maximum + 1 });
  if (typeof node.maxLength === "number" && node.maxLength + 64 < bodyLimitBytes / 2) {
    out.push({ how: "too-long", value: "x".repeat(node.maxLength + 1) });
  }
  if (typeof node.minLength === "number" && node.minLength > 0) out.push({ how: "too-short", value: "" });
  if (typeof node.pattern === "string") {
    const pattern = new RegExp(node.pattern, "u");
    for (const candidate of ["", "!", "0x1", "1e3", "١٢٣", "１２", "2025-02-30T", "prd_lower"]) {
      if (!pattern.test(candidate)) out.push({ how: "pattern", value: candidate });
    }
  }
  if (Array.isArray(node.enum)) out.push({ how: "enum", value: "not_a_listed_value" });
  if (Array.isArray(node.required) && value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const key of node.required)
      if (Object.hasOwn(value, key)) out.push({ how: "missing-required", deleteKey: key });
  }
  if (node.additionalProperties === false && value !== null && typeof value === "object" && !Array.isArray(value)) {
    out.push({ how: "unknown-field", value: { ...(value as object), unexpectedField: "x" } });
  }
  if (typeof node.maxItems === "number" && node.maxItems < 2_000 && Array.isArray(value) && value.length > 0) {
    out.push({ how: "too-many-items", value: Array.from({ length: node.maxItems + 1 }, () => value[0]) });
  }
  return out;
}

/** A bad value for a path parameter: malformed, out of range, oddly encoded, or well formed and absent. */
function badPathValue(g: Gen, name: string, context: FuzzContext): string {
  const real = context.params[name] ?? "x";
  const otherIds = Object.values(context.ids).filter((id) => id !== real);
  const prefix = /^[a-z]+_/.exec(real)?.[0] ?? "";
  const candidates = [
    "0",
    "-1",
    "0x1",
    "1e3",
    "01",
    "2147483648",
    "9007199254740993",
    "9".repeat(400),
    "%00",
    `${real}%00`,
    "%ED%A0%80",
    "%F0%9F%92%B8",
    "a".repeat(5_000),
    encodeURIComponent(pick(g, ODD_TEXT)),
    `${prefix}${"0".repeat(26)}`,
    `${prefix}${"Z".repeat(26)}`,
    real.toLowerCase(),
    `${real}%20`,
    `${real}X`,
    real.slice(0, -1),
    pick(g, otherIds.length > 0 ? otherIds : ["x"]),
    "%2F",
    "null",
    "undefined",
    "__proto__",
  ].filter((candidate) => candidate !== real && candidate !== encodeURIComponent(real));
  return pick(g, candidates);
}

function badQueryValue(g: Gen, schema: Schema): string {
  const node = definite(schema) ?? {};
  // Only values the parameter must refuse: free text is a legitimate filter value, odd or not.
  const generic = ["%00", "a%00b", "%ED%A0%80", "%FF", "%C0%AF", "%E2%82"];
  const numeric = [
    "-1",
    "1e2",
    "0x10",
    "1.5",
    "9007199254740993",
    "1e400",
    "abc",
    "%201",
    "+5",
    "01",
    encodeURIComponent("１２"),
  ];
  const types = allowedTypes(node);
  const candidates = types?.has("integer") || types?.has("number") ? [...generic, ...numeric] : [...generic];
  if (typeof node.minimum === "number") candidates.push(String(node.minimum - 1));
  if (typeof node.maximum === "number") candidates.push(String(node.maximum + 1));
  if (typeof node.maxLength === "number") candidates.push("y".repeat(node.maxLength + 1));
  if (Array.isArray(node.enum)) candidates.push("NOT_LISTED", String(node.enum[0]).toUpperCase());
  if (typeof node.pattern === "string") {
    const pattern = new RegExp(node.pattern, "u");
    for (const candidate of ["2025-02-30", "2025-1-1", "99999-01-01", "2025-13-01", "yesterday"]) {
      if (!pattern.test(decodeURIComponent(candidate))) candidates.push(candidate);
    }
  }
  return pick(g, candidates);
}

function jsonBodySchema(operation: Schema): Schema | undefined {
  return operation.requestBody?.content?.["application/json"]?.schema;
}

/**
 * One bad request for an operation: a bad path parameter, a bad or unknown query parameter, a bad
 * `Idempotency-Key`, or a body that breaks its schema (wrong type, out-of-bound number including 2^53 and
 * 1e400, string past `maxLength`, pattern, enum, missing or unknown field, too many items), its encoding
 * (NUL, lone surrogate), its depth, its syntax, its media type or its size — on top of which odd but valid
 * Unicode may be sprinkled. Every one must be refused with a 4xx problem.
 *
 * @example
 * fc.asyncProperty(fc.gen(), async (g) => send(buildBadRequest(g, operation, context)));
 */
export function buildBadRequest(g: Gen, spec: SpecOperation, context: FuzzContext): FuzzRequest {
  const { operation } = spec;
  const parameters: Schema[] = (operation.parameters ?? []).map(resolveRef);
  const pathParams = parameters.filter((parameter) => parameter.in === "path");
  const queryParams = parameters.filter((parameter) => parameter.in === "query");
  const bodySchema = jsonBodySchema(operation);
  const hasBody = spec.method === "POST" || spec.method === "PUT" || spec.method === "PATCH";

  // Weighted: the kinds that reach deepest (schema-breaking bodies, bad path and query values) most often.
  const weights: Array<[string, number]> = [["query-unknown", 1]];
  if (queryParams.length > 0) weights.push(["query-bad", 3]);
  if (pathParams.length > 0) weights.push(["path", 3]);
  if (hasBody) weights.push(["body-encoding", 2], ["body-depth", 1], ["body-oversize", 1]);
  // Only POST reads Idempotency-Key: a bad key on a PUT is ignored, not refused.
  if (spec.method === "POST") weights.push(["header-idempotency", 1]);
  if (bodySchema !== undefined) {
    weights.push(["body-schema", 8], ["body-syntax", 1], ["body-media-type", 1], ["body-top-level", 1]);
  }
  const kinds = weights.flatMap(([name, weight]) => Array.from({ length: weight }, () => name));
  let kind = pick(g, kinds);

  const params: Record<string, string> = {};
  for (const parameter of pathParams)
    params[parameter.name] = encodeURIComponent(context.params[parameter.name] ?? "x");
  if (kind === "path") {
    const target = pick(g, pathParams);
    params[target.name] = badPathValue(g, target.name, context);
  }
  const path = spec.path.replace(/\{([^}]+)\}/g, (_, name: string) => params[name] ?? "x");

  const query: string[] = [];
  if (kind === "query-unknown") query.push(`${pick(g, ["color", "limit_", "LIMIT", "%00", "__proto__", "a[b]"])}=1`);
  if (kind === "query-bad") {
    const target = pick(g, queryParams);
    query.push(`${encodeURIComponent(target.name)}=${badQueryValue(g, target.schema)}`);
    if (coin(g)) query.push(`${encodeURIComponent(target.name)}=1`);
  }

  const headers: Record<string, string> = {};
  if (hasBody) {
    headers["idempotency-key"] =
      kind === "header-idempotency"
        ? pick(g, ["", " ", "k".repeat(256), "has space", "tab\there", "caf\u00e9"])
        : `fuzz-${g(fc.uuid)}`;
  }

  let body: string | undefined;
  if (hasBody) {
    let value: unknown = bodySchema === undefined ? {} : validValue(bodySchema, "", context.ids);
    if (value !== null && typeof value === "object" && coin(g)) {
      const strings = valueLocations(value, [], []).filter((location) => typeof location.value === "string");
      if (strings.length > 0) value = setAt(value, pick(g, strings).path, pick(g, ODD_TEXT));
    }
    headers["content-type"] = "application/json";
    body = writeJson(value);
    const choices =
      kind === "body-schema"
        ? schemaLocations(value, bodySchema, [], []).flatMap((location) =>
            violations(location.schema, locationValue(value, location.path), context.bodyLimitBytes).map(
              (violation) => ({ location, violation }),
            ),
          )
        : [];
    if (kind === "body-schema" && choices.length === 0) kind = "body-encoding";
    switch (kind) {
      case "body-schema": {
        const { location, violation } = pick(g, choices);
        const changed =
          violation.deleteKey === undefined
            ? setAt(value, location.path, violation.value)
            : deleteAt(value, location.path, violation.deleteKey);
        body = writeJson(changed);
        return finish(spec, `body-schema:${violation.how}`, path, query, headers, body);
      }
      case "body-encoding": {
        const bad = pick(g, ["\u0000", "\ud800", "\udfff", "a\u0000", "\udbff\u0041"]);
        const locations = valueLocations(value, [], []);
        const target = pick(g, locations);
        if (typeof target.value === "string") body = writeJson(setAt(value, target.path, `${target.value}${bad}`));
        else if (target.value !== null && typeof target.value === "object" && !Array.isArray(target.value)) {
          body = writeJson(setAt(value, target.path, { ...(target.value as object), [`key${bad}`]: 1 }));
        } else body = writeJson(setAt(value, target.path, bad));
        break;
      }
      case "body-depth": {
        const depth = pick(g, [33, 40, 64, 1_000, 5_000]);
        const target = pick(g, valueLocations(value, [], []));
        body = writeJson(setAt(value, target.path, nest(depth, coin(g))));
        if (nat(g, 9) === 0) body = `${"[".repeat(30_000)}${"]".repeat(30_000)}`;
        break;
      }
      case "body-oversize":
        body = JSON.stringify({ ...(value as object), padding: "p".repeat(context.bodyLimitBytes + 1) });
        break;
      case "body-syntax": {
        const valid = body;
        body = pick(g, [
          body.slice(0, nat(g, Math.max(0, (body as string).length - 1))),
          `${body}x`,
          `${body}}`,
          body.replace(/"/g, "'"),
          "{",
          "",
          "nul",
          '{"a":01}',
          '{"a":NaN}',
          '{"a":1,}',
        ]);
        // A mutation can leave a body that needs no quotes (`{}`) unchanged, and so still valid.
        if (body === valid) body = "{";
        break;
      }
      case "body-media-type":
        headers["content-type"] = pick(g, [
          "text/plain",
          "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=x",
          "application/xml",
          "application/jsonx",
        ]);
        break;
      case "body-top-level":
        body = pick(g, ["[]", "[{}]", "1", '"text"', "null", "true", "9007199254740993", "1e400"]);
        break;
      default:
        break;
    }
  }
  return finish(spec, kind, path, query, headers, body);
}

function locationValue(root: unknown, path: Path): unknown {
  let node = root as Record<string | number, unknown> | undefined;
  for (const part of path) node = node?.[part] as Record<string | number, unknown> | undefined;
  return node;
}

function finish(
  spec: SpecOperation,
  kind: string,
  path: string,
  query: string[],
  headers: Record<string, string>,
  body: string | undefined,
): FuzzRequest {
  const url = `http://localhost${path}${query.length === 0 ? "" : `?${query.join("&")}`}`;
  return {
    operationId: spec.operationId,
    kind,
    method: spec.method,
    url,
    headers,
    ...(body === undefined ? {} : { body }),
  };
}
