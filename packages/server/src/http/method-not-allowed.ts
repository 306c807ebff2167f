import type { NotFoundHandler } from "hono";
import type { AppEnv } from "./app-env.js";
import { problemResponse } from "./problem.js";

/** A registered route as Hono lists it (`app.routes`). */
interface RegisteredRoute {
  readonly method: string;
  readonly path: string;
}

const METHOD_ORDER = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"];

function matcherOf(path: string): RegExp {
  const pattern = path
    .split("/")
    .map((segment) => (segment.startsWith(":") ? "[^/]+" : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("/");
  return new RegExp(`^${pattern}/?$`);
}

/**
 * The methods some route answers on `path` (GET implies HEAD), in a stable order; empty when no route
 * has that path. Middleware registered for every method (`ALL`) does not count.
 *
 * @example
 * allowedMethods(app.routes, "/v1/loans"); // ["GET", "HEAD", "POST"]
 */
export function allowedMethods(routes: ReadonlyArray<RegisteredRoute>, path: string): string[] {
  const methods = new Set<string>();
  for (const route of routes) {
    if (route.method === "ALL" || route.path.includes("*") || !matcherOf(route.path).test(path)) continue;
    methods.add(route.method.toUpperCase());
    if (route.method.toUpperCase() === "GET") methods.add("HEAD");
  }
  return METHOD_ORDER.filter((method) => methods.has(method));
}

/**
 * Unknown routes: 405 `method_not_allowed` with `Allow` when the path exists under other methods only,
 * else 404 `not_found` (also when a route of this method calls `c.notFound()`); both as problem documents. `routes` is read at request time, so routes added
 * after this handler is installed count.
 *
 * @example
 * app.notFound(notFoundOrMethodNotAllowed(() => app.routes));
 */
export function notFoundOrMethodNotAllowed(routes: () => ReadonlyArray<RegisteredRoute>): NotFoundHandler<AppEnv> {
  return (c) => {
    const allowed = allowedMethods(routes(), c.req.path);
    // A route of this method that answered "not found" itself (an unknown asset name) stays a 404.
    if (allowed.length === 0 || allowed.includes(c.req.method)) {
      return problemResponse(c, { code: "not_found", detail: `No route for ${c.req.method} ${c.req.path}.` });
    }
    c.header("Allow", allowed.join(", "));
    return problemResponse(c, {
      code: "method_not_allowed",
      detail: `${c.req.method} is not allowed on ${c.req.path}; allowed: ${allowed.join(", ")}.`,
    });
  };
}
