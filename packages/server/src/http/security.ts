import type { MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import { NONCE, secureHeaders } from "hono/secure-headers";
import type { AppEnv } from "./app-env.js";

/**
 * The Content-Security-Policy of every response. The API's JSON needs none, but `/docs` is an HTML page
 * whose scripts, styles, images and the spec all come from this server (`/docs/assets/…`,
 * `/openapi.json`): `'self'` everywhere, no inline script, no plugins, no framing, nothing sent elsewhere.
 * Swagger UI sets inline styles, hence `style-src 'unsafe-inline'`; its SVG icons are `data:` images.
 *
 * @example
 * CONTENT_SECURITY_POLICY.scriptSrc; // ["'self'"]
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", "data:"],
  fontSrc: ["'self'", "data:"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * The signing page's policy (`/sign/…`): nothing but its own inline script and style, each allowed by a
 * per-response nonce, images from itself (and the canvas's `data:`), requests to itself only.
 *
 * @example
 * SIGNING_PAGE_CONTENT_SECURITY_POLICY.defaultSrc; // ["'none'"]
 */
export const SIGNING_PAGE_CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'none'"],
  scriptSrc: [NONCE],
  styleSrc: [NONCE],
  imgSrc: ["'self'", "data:"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
  frameAncestors: ["'none'"],
};

/** What {@link securityHeaders} needs. @example { hsts: config.publicUrl?.startsWith("https://") === true } */
export interface SecurityHeaderOptions {
  /** Send `Strict-Transport-Security` (only when the server is reached over HTTPS, e.g. `PUBLIC_URL=https://…`). */
  readonly hsts: boolean;
}

/**
 * Security headers on every response, problems and 304s included (hono/secure-headers):
 * `X-Content-Type-Options: nosniff`, `X-Frame-Options: DENY`, `Referrer-Policy: no-referrer`, the
 * {@link CONTENT_SECURITY_POLICY}, `Cross-Origin-Opener-Policy`/`-Resource-Policy`, and
 * `Strict-Transport-Security: max-age=31536000; includeSubDomains` when `hsts` is set (sent over plain
 * HTTP it would be ignored, or pin a development host to HTTPS).
 *
 * @example
 * app.use("*", securityHeaders({ hsts: false }));
 */
export function securityHeaders(options: SecurityHeaderOptions): MiddlewareHandler<AppEnv> {
  const everywhere = headersWith(CONTENT_SECURITY_POLICY, options);
  const signing = headersWith(SIGNING_PAGE_CONTENT_SECURITY_POLICY, options);
  return (c, next) => (c.req.path.startsWith("/sign/") ? signing(c, next) : everywhere(c, next));
}

function headersWith(
  contentSecurityPolicy: typeof CONTENT_SECURITY_POLICY | typeof SIGNING_PAGE_CONTENT_SECURITY_POLICY,
  options: SecurityHeaderOptions,
): MiddlewareHandler<AppEnv> {
  return secureHeaders({
    contentSecurityPolicy,
    xFrameOptions: "DENY",
    referrerPolicy: "no-referrer",
    xContentTypeOptions: "nosniff",
    strictTransportSecurity: options.hsts ? "max-age=31536000; includeSubDomains" : false,
    crossOriginResourcePolicy: "same-origin",
    crossOriginOpenerPolicy: "same-origin",
    crossOriginEmbedderPolicy: false,
    xXssProtection: "0",
  });
}

/** Request headers a browser app may send. */
const ALLOWED_REQUEST_HEADERS = ["Authorization", "Content-Type", "Idempotency-Key", "If-None-Match", "X-Request-Id"];

/**
 * Response headers a browser app may read (every header the API declares in its spec).
 *
 * @example
 * EXPOSED_RESPONSE_HEADERS.includes("RateLimit"); // true
 */
export const EXPOSED_RESPONSE_HEADERS = [
  "X-Request-Id",
  "Idempotent-Replayed",
  "ETag",
  "RateLimit",
  "RateLimit-Policy",
  "Retry-After",
  "Allow",
  "WWW-Authenticate",
];

/**
 * CORS for the origins in `CORS_ORIGINS` (exact `scheme://host[:port]`, or `*` for any), off when the list
 * is empty. A preflight (`OPTIONS` with `Access-Control-Request-Method`) from a listed origin is answered
 * 204 here, before authentication, so it is never 401; no cookies are involved (bearer tokens), so
 * `Access-Control-Allow-Credentials` is never sent.
 *
 * @example
 * app.use("*", corsFor(["https://app.example.com"]));
 */
export function corsFor(origins: ReadonlyArray<string>): MiddlewareHandler<AppEnv> {
  if (origins.length === 0) return async (_c, next) => next();
  const anyOrigin = origins.includes("*");
  const allowed = new Set(origins);
  return cors({
    origin: anyOrigin ? "*" : (origin) => (allowed.has(origin) ? origin : null),
    allowMethods: ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
    allowHeaders: ALLOWED_REQUEST_HEADERS,
    exposeHeaders: EXPOSED_RESPONSE_HEADERS,
    maxAge: 600,
  });
}
