import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./app-env.js";
import { validationProblem } from "./app-env.js";
import { hasRequestBody } from "./node-body.js";
import { type FieldError, problemResponse, toJsonPointer } from "./problem.js";
import { isStreamedUpload } from "./streamed-upload.js";

/**
 * Limits every request body and query string meets before any route sees it.
 *
 * @example
 * if (depth > INPUT_LIMITS.depth) refuse();
 */
export const INPUT_LIMITS = {
  /** Arrays and objects nested deeper than this are refused (the body itself is level 1). */
  depth: 32,
  /** At most this many field errors are listed in one problem document. */
  reportedErrors: 20,
} as const;

type Location = FieldError["location"];

/** A UTF-16 surrogate not in a pair (in `u` mode a pair is one code point and does not match). */
const LONE_SURROGATE = /\p{Cs}/u;

const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/i;

/**
 * A character other than printable ASCII. Text with none has no NUL and no surrogate and is already NFC, so
 * only text that matches is checked further (most keys and values are plain ASCII).
 */
const NOT_PRINTABLE_ASCII = /[^ -~]/;

function textProblem(text: string): { code: string; detail: string } | undefined {
  if (text.includes("\u0000")) return { code: "nul_character", detail: "contains a NUL character (U+0000)" };
  if (LONE_SURROGATE.test(text)) {
    return { code: "lone_surrogate", detail: "contains a lone UTF-16 surrogate (not valid Unicode text)" };
  }
  return undefined;
}

interface Inspection {
  readonly errors: FieldError[];
  /** True when some key or string is not in Unicode Normalization Form C. */
  normalizes: boolean;
}

/**
 * Walks a parsed JSON value without recursion (a 100,000-deep array must not overflow the stack) and
 * lists every key and string with a NUL or a lone surrogate, and the first container nested deeper than
 * `INPUT_LIMITS.depth`.
 */
function inspectJson(root: unknown, location: Location): Inspection {
  const inspection: Inspection = { errors: [], normalizes: false };
  const add = (path: ReadonlyArray<string | number>, code: string, detail: string) => {
    if (inspection.errors.length < INPUT_LIMITS.reportedErrors) {
      inspection.errors.push({ location, pointer: toJsonPointer(path), code, detail });
    }
  };
  const checkText = (text: string, path: ReadonlyArray<string | number>, what: string) => {
    if (!NOT_PRINTABLE_ASCII.test(text)) return;
    const problem = textProblem(text);
    if (problem !== undefined) add(path, problem.code, `${what} ${problem.detail}`);
    else if (!inspection.normalizes && text.normalize("NFC") !== text) inspection.normalizes = true;
  };
  const stack: Array<{ value: unknown; path: Array<string | number>; depth: number }> = [
    { value: root, path: [], depth: 0 },
  ];
  let tooDeep = false;
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop() as (typeof stack)[number];
    if (typeof value === "string") {
      checkText(value, path, "The string");
      continue;
    }
    if (value === null || typeof value !== "object") continue;
    if (depth + 1 > INPUT_LIMITS.depth) {
      if (!tooDeep) {
        add(path, "too_deep", `Arrays and objects may nest at most ${INPUT_LIMITS.depth} levels deep.`);
        tooDeep = true;
      }
      continue;
    }
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) {
        stack.push({ value: value[index], path: [...path, index], depth: depth + 1 });
      }
      continue;
    }
    const keys = Object.keys(value);
    for (let index = keys.length - 1; index >= 0; index--) {
      const key = keys[index] as string;
      checkText(key, [...path, key], "The property name");
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key], depth: depth + 1 });
    }
  }
  return inspection;
}

/** The value with every key and string in NFC (called only on bodies already within the depth limit). */
function normalizeJson(value: unknown): unknown {
  if (typeof value === "string") return value.normalize("NFC");
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(normalizeJson);
  // Object.fromEntries defines own properties, so a "__proto__" key stays data.
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key.normalize("NFC"), normalizeJson(item)]));
}

interface QueryPair {
  readonly name: string;
  readonly value: string;
}

/** Decodes `a=1&b=x%20y` strictly: percent-escapes must be valid UTF-8 (a lone surrogate cannot be). */
function decodeQuery(search: string, errors: FieldError[]): QueryPair[] {
  const pairs: QueryPair[] = [];
  if (search.length === 0) return pairs;
  for (const part of search.split("&")) {
    if (part.length === 0) continue;
    const equals = part.indexOf("=");
    const rawName = equals === -1 ? part : part.slice(0, equals);
    const rawValue = equals === -1 ? "" : part.slice(equals + 1);
    try {
      pairs.push({
        name: decodeURIComponent(rawName.replaceAll("+", " ")),
        value: decodeURIComponent(rawValue.replaceAll("+", " ")),
      });
    } catch {
      errors.push({
        location: "query",
        pointer: toJsonPointer([rawName]),
        code: "invalid_encoding",
        detail: "The parameter is not valid percent-encoded UTF-8.",
      });
    }
  }
  return pairs;
}

/** Checks the query string; returns its NFC form when that differs, else undefined. */
function inspectQuery(url: URL, errors: FieldError[]): string | undefined {
  const pairs = decodeQuery(url.search.slice(1), errors);
  let normalizes = false;
  for (const { name, value } of pairs) {
    for (const [text, what] of [
      [name, "The parameter name"],
      [value, "The value"],
    ] as const) {
      const problem = textProblem(text);
      if (problem !== undefined) {
        errors.push({
          location: "query",
          pointer: toJsonPointer([name]),
          code: problem.code,
          detail: `${what} ${problem.detail}`,
        });
      } else if (text.normalize("NFC") !== text) normalizes = true;
    }
  }
  if (!normalizes) return undefined;
  return pairs
    .map(
      ({ name, value }) => `${encodeURIComponent(name.normalize("NFC"))}=${encodeURIComponent(value.normalize("NFC"))}`,
    )
    .join("&");
}

/** Checks each path segment: valid percent-encoded UTF-8 with no NUL (ids and versions never hold one). */
function inspectPath(url: URL, errors: FieldError[]): void {
  for (const segment of url.pathname.split("/")) {
    // The URL parser percent-encodes a NUL and every non-ASCII character, so only an escape can hide one.
    if (!segment.includes("%")) continue;
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      errors.push({
        location: "path",
        pointer: toJsonPointer([segment]),
        code: "invalid_encoding",
        detail: "The path segment is not valid percent-encoded UTF-8.",
      });
      continue;
    }
    const problem = textProblem(decoded);
    if (problem !== undefined) {
      errors.push({
        location: "path",
        pointer: toJsonPointer([segment]),
        code: problem.code,
        detail: `The path segment ${problem.detail}`,
      });
    }
  }
}

const BODY_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * The one check of well-formed input in front of every `/v1` route, so no string reaches a schema, a
 * rule or SQL unless it is Unicode text: a NUL character (U+0000) or a lone UTF-16 surrogate in any key,
 * string, query parameter or path segment, invalid percent-encoding in the query or path (the pointer of
 * a path error is the raw segment, as no route has matched yet), or arrays and objects nested more
 * than 32 levels deep are a 422 `validation_failed` naming each field by its JSON pointer (field codes
 * `nul_character`, `lone_surrogate`, `invalid_encoding`, `too_deep`); a JSON body that does not parse is
 * 400 `malformed_json`. Everything that passes is normalized to Unicode NFC (keys, strings and query
 * values), so the same text is stored, compared and hashed the same however it was composed. Runs after
 * the body limit (the body is already buffered) and before idempotency (a refused request burns no key).
 *
 * @example
 * app.use("/v1/*", wellFormedInput());
 */
export function wellFormedInput(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const errors: FieldError[] = [];
    const url = new URL(c.req.url);
    inspectPath(url, errors);
    const normalizedQuery = inspectQuery(url, errors);

    let normalizedBody: string | undefined;
    const mediaType = (c.req.header("content-type") ?? "").split(";")[0]?.trim() ?? "";
    if (BODY_METHODS.has(c.req.method) && hasRequestBody(c) && JSON_MEDIA_TYPE.test(mediaType)) {
      const text = await c.req.text();
      if (text.length > 0) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          return problemResponse(c, { code: "malformed_json", detail: "The request body is not valid JSON." });
        }
        const inspection = inspectJson(parsed, "body");
        errors.push(...inspection.errors);
        if (inspection.errors.length === 0 && inspection.normalizes) {
          normalizedBody = JSON.stringify(normalizeJson(parsed));
        }
      }
    }
    if (errors.length > 0) return validationProblem(c, errors.slice(0, INPUT_LIMITS.reportedErrors));

    if (normalizedBody !== undefined) {
      // Hono caches the body as promises (its type says the resolved values); `json()` parses this text.
      (c.req.bodyCache as Record<string, unknown>).text = Promise.resolve(normalizedBody);
    }
    // A streamed upload's body is never buffered here; its operation declares no query parameter anyway.
    if (normalizedQuery !== undefined && !isStreamedUpload(c)) {
      url.search = normalizedQuery;
      // Keep the body in the request's cache; the new Request only changes the URL.
      if (hasRequestBody(c) && Object.keys(c.req.bodyCache).length === 0) await c.req.arrayBuffer();
      c.req.raw = new Request(url, { method: c.req.method, headers: c.req.raw.headers });
    }
    return next();
  };
}
