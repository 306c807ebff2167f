import { type OpenAPIHono, type RouteConfig, z } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { etag, RETAINED_304_HEADERS } from "hono/etag";
import { eventEmitterFor } from "../events/emits.js";
import { guardNumbers } from "./number-guard.js";
import { problemResponse, toJsonPointer } from "./problem.js";
import { validationProblem } from "./validation.js";

/**
 * 400 `unknown_query_parameter` for every query parameter the operation does not declare, one field
 * error per name, before any validation runs (a misspelt filter must not silently return everything).
 *
 * @example
 * middleware: [requireScope("loans:read"), rejectUnknownQuery(["limit", "cursor", "status"])]
 */
export function rejectUnknownQuery(declared: ReadonlyArray<string>): MiddlewareHandler {
  const allowed = new Set(declared);
  const accepted = declared.length === 0 ? "none" : declared.join(", ");
  return async (c, next) => {
    const names = [...new Set(new URL(c.req.url).searchParams.keys())].filter((name) => !allowed.has(name));
    if (names.length === 0) return next();
    const quoted = names.map((name) => `\`${name}\``).join(", ");
    return problemResponse(c, {
      code: "unknown_query_parameter",
      detail: `Unknown query parameter${names.length === 1 ? "" : "s"} ${quoted}; this operation accepts: ${accepted}.`,
      extensions: {
        errors: names.map((name) => ({
          location: "query" as const,
          pointer: toJsonPointer([name]),
          code: "unknown_query_parameter",
          detail: `\`${name}\` is not a query parameter of this operation (accepted: ${accepted}).`,
        })),
      },
    });
  };
}

const etagHeader = {
  ETag: {
    description: "Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged",
    schema: { type: "string" as const, example: '"3f2a…"' },
  },
};

const headerOf = (description: string, example: string) => ({
  description,
  schema: { type: "string" as const, example },
});

/** The headers the API sends, declared once under `components/headers`. */
const HEADER_COMPONENTS = {
  "X-Request-Id": headerOf(
    "This request's id (yours, if you sent a sane `X-Request-Id`); also in problem documents as `requestId`",
    "req_01JGFJJZ0000000000000000AB",
  ),
  "RateLimit-Policy": headerOf(
    "The rate limit that applies to this token (IETF draft-ietf-httpapi-ratelimit-headers): `q` requests per `w` seconds, per tenant and token subject",
    '"per-minute";q=6000;w=60',
  ),
  RateLimit: headerOf(
    "What is left of the limit (IETF draft-ietf-httpapi-ratelimit-headers): `r` requests remaining, `t` seconds until the window resets",
    '"per-minute";r=5999;t=42',
  ),
  "Retry-After": headerOf("Seconds to wait before retrying", "2"),
  "Idempotent-Replayed": headerOf(
    "`true` when this response is the stored response of an earlier request with the same `Idempotency-Key`",
    "true",
  ),
};

const PROBLEM_CONTENT = { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } };

/** The 429 and 503 any operation can answer, declared once under `components/responses`. */
const RESPONSE_COMPONENTS = {
  TooManyRequests: {
    description: "Too many requests for this token in this window (`rate_limited`); retry after `Retry-After` seconds",
    headers: refsTo(["Retry-After", "X-Request-Id", "RateLimit-Policy", "RateLimit"]),
    content: PROBLEM_CONTENT,
  },
  ServiceUnavailable: {
    description:
      "The database cannot be reached right now (`database_unavailable`); retry after `Retry-After` seconds (a POST with the same `Idempotency-Key`)",
    headers: refsTo(["Retry-After", "X-Request-Id", "RateLimit-Policy", "RateLimit"]),
    content: PROBLEM_CONTENT,
  },
};

function refsTo(names: ReadonlyArray<keyof typeof HEADER_COMPONENTS>) {
  return Object.fromEntries(names.map((name) => [name, { $ref: `#/components/headers/${name}` }]));
}

/**
 * Registers the shared header and response components that {@link withHttpConventions} refers to.
 *
 * @example
 * registerConventionComponents(app);
 */
export function registerConventionComponents(app: Pick<OpenAPIHono, "openAPIRegistry">): void {
  for (const [name, header] of Object.entries(HEADER_COMPONENTS)) {
    app.openAPIRegistry.registerComponent("headers", name, header);
  }
  for (const [name, response] of Object.entries(RESPONSE_COMPONENTS)) {
    app.openAPIRegistry.registerComponent("responses", name, response);
  }
}

const commonHeaders = refsTo(["X-Request-Id", "RateLimit-Policy", "RateLimit"]);
const idempotentReplayedHeader = refsTo(["Idempotent-Replayed"]);
const throttlingResponses = {
  429: { $ref: "#/components/responses/TooManyRequests" },
  503: { $ref: "#/components/responses/ServiceUnavailable" },
};

/**
 * Declares the headers the API sends on each response (`X-Request-Id` and the rate-limit headers on all,
 * `Idempotent-Replayed` on a POST's success) and the 429 and 503 every operation can answer.
 */
function withDeclaredHeaders(route: RouteConfig): RouteConfig {
  const responses: RouteConfig["responses"] = { ...throttlingResponses };
  for (const [status, response] of Object.entries(route.responses)) {
    if ("$ref" in response) {
      responses[status] = response;
      continue;
    }
    const replayed = route.method === "post" && status.startsWith("2") ? idempotentReplayedHeader : {};
    responses[status] = { ...response, headers: { ...commonHeaders, ...replayed, ...response.headers } };
  }
  return { ...route, responses };
}

/** `ETag` on reads and 304 on a matching `If-None-Match`, keeping `X-Request-Id` on the 304. */
const conditionalGet = etag({ retainedHeaders: [...RETAINED_304_HEADERS, "x-request-id"] });

function queryKeys(route: RouteConfig): string[] {
  const query = route.request?.query;
  return query instanceof z.ZodObject ? Object.keys(query.shape) : [];
}

/** The zod schema of the route's JSON body, if it has one. */
function jsonBodySchema(route: RouteConfig): z.ZodType | undefined {
  const body = route.request?.body;
  const media = body?.content?.["application/json"];
  const schema = media !== undefined && "schema" in media ? media.schema : undefined;
  return schema instanceof z.ZodType ? schema : undefined;
}

function withConditionalGet(route: RouteConfig): RouteConfig {
  const success = route.responses[200];
  if (route.method !== "get" || success === undefined || "$ref" in success) return route;
  const ifNoneMatch = z.object({
    "if-none-match": z.string().max(1024).optional().openapi({
      description: "An `ETag` from an earlier read: 304 with no body when the representation is unchanged",
    }),
  });
  const headers = route.request?.headers;
  return {
    ...route,
    request: {
      ...route.request,
      headers: headers instanceof z.ZodObject ? headers.extend(ifNoneMatch.shape) : ifNoneMatch,
    },
    responses: {
      ...route.responses,
      200: { ...success, headers: { ...success.headers, ...etagHeader } },
      304: { description: "Not modified: the `ETag` matches `If-None-Match`; no body", headers: etagHeader },
    },
  };
}

/**
 * The HTTP conventions every operation follows, applied where routes are registered so behavior and
 * spec come from one place: undeclared query parameters are refused, a GET's 200 carries an `ETag`
 * (declared in the spec with the 304 and `If-None-Match`), every response declares the headers the
 * app sends (`X-Request-Id`, `RateLimit`, `RateLimit-Policy`, `Idempotent-Replayed`, `Retry-After`) with
 * the 429 and 503 any operation can answer, and a JSON body with a number beyond ±(2^53 − 1) or not finite
 * is 422 naming the field (`amount_out_of_range` on an amount), and a state-changing operation records
 * its event (`events/emits.ts`).
 *
 * @example
 * router.openapi(withHttpConventions(getLoanRoute), handler);
 */
export function withHttpConventions(route: RouteConfig): RouteConfig {
  const declared = route.middleware === undefined ? [] : [route.middleware].flat();
  const conditional = route.method === "get" ? [conditionalGet] : [];
  const body = jsonBodySchema(route);
  const numbers = body === undefined ? [] : [guardNumbers(body, validationProblem)];
  const emitter = eventEmitterFor(route.operationId);
  return withDeclaredHeaders(
    withConditionalGet({
      ...route,
      middleware: [
        ...declared,
        ...conditional,
        rejectUnknownQuery(queryKeys(route)),
        ...numbers,
        ...(emitter === undefined ? [] : [emitter]),
      ] as NonNullable<RouteConfig["middleware"]>,
    }),
  );
}
