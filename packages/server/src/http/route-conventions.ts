import { type RouteConfig, z } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { etag, RETAINED_304_HEADERS } from "hono/etag";
import { problemResponse, toJsonPointer } from "./problem.js";

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
      errors: names.map((name) => ({
        location: "query" as const,
        pointer: toJsonPointer([name]),
        code: "unknown_query_parameter",
        detail: `\`${name}\` is not a query parameter of this operation (accepted: ${accepted}).`,
      })),
    });
  };
}

const etagHeader = {
  ETag: {
    description: "Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged",
    schema: { type: "string" as const, example: '"3f2a…"' },
  },
};

/** `ETag` on reads and 304 on a matching `If-None-Match`, keeping `X-Request-Id` on the 304. */
const conditionalGet = etag({ retainedHeaders: [...RETAINED_304_HEADERS, "x-request-id"] });

function queryKeys(route: RouteConfig): string[] {
  const query = route.request?.query;
  return query instanceof z.ZodObject ? Object.keys(query.shape) : [];
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
 * The HTTP conventions every operation follows, applied where routes are registered so behaviour and
 * spec come from one place: undeclared query parameters are refused, and a GET's 200 carries an `ETag`
 * (declared in the spec with the 304 and `If-None-Match`).
 *
 * @example
 * router.openapi(withHttpConventions(getLoanRoute), handler);
 */
export function withHttpConventions(route: RouteConfig): RouteConfig {
  const declared = route.middleware === undefined ? [] : [route.middleware].flat();
  const conditional = route.method === "get" ? [conditionalGet] : [];
  return withConditionalGet({
    ...route,
    middleware: [...declared, ...conditional, rejectUnknownQuery(queryKeys(route))] as NonNullable<
      RouteConfig["middleware"]
    >,
  });
}
