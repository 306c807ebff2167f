import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../http/app-env.js";
import { problemResponse } from "../http/problem.js";
import type { TokenVerifier } from "./jwt.js";

/**
 * Requires a valid `Authorization: Bearer <jwt>` and stores the principal (tenant, scopes, subject).
 * Failures are 401 problems with a `WWW-Authenticate: Bearer` challenge.
 *
 * @example
 * app.use("/v1/*", authenticate(createTokenVerifier(auth, clock)));
 */
export function authenticate(verify: TokenVerifier): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // A CORS preflight carries no credentials by design: never 401 it. With CORS on, the CORS middleware
    // has answered it already; here (CORS off, or an origin not listed) it gets an empty 204 without any
    // Access-Control-* header, which a browser reads as "not allowed". Nothing behind this runs unauthenticated.
    if (c.req.method === "OPTIONS") return c.body(null, 204);
    const header = c.req.header("authorization");
    const match = header === undefined ? null : /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (match === null) {
      c.header("WWW-Authenticate", 'Bearer realm="lendstack"');
      return problemResponse(c, {
        code: "missing_token",
        detail: "Send a bearer token: Authorization: Bearer <jwt>.",
      });
    }
    const outcome = await verify(match[1]!);
    if (!outcome.ok) {
      c.header("WWW-Authenticate", `Bearer realm="lendstack", error="invalid_token"`);
      return problemResponse(c, { code: outcome.failure, detail: outcome.message });
    }
    c.set("principal", outcome.principal);
    return next();
  };
}

/**
 * Route middleware: 403 `insufficient_scope` unless the token grants `scope`.
 *
 * @example
 * createRoute({ method: "post", path: "/v1/products", middleware: [requireScope("products:write")] as const, … });
 */
export function requireScope(scope: string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!c.get("principal").scopes.has(scope)) {
      c.header("WWW-Authenticate", `Bearer realm="lendstack", error="insufficient_scope", scope="${scope}"`);
      return problemResponse(c, {
        code: "insufficient_scope",
        detail: `This operation needs the "${scope}" scope.`,
      });
    }
    return next();
  };
}
