import type { OpenAPIHono } from "@hono/zod-openapi";
import { resources } from "../resources.js";
import { API_VERSION } from "./api-version.js";
import type { AppEnv } from "./app-env.js";

/**
 * Declares the `bearerAuth` security scheme (JWT) that every `/v1` operation lists.
 *
 * @example
 * registerSecurityScheme(app);
 */
export function registerSecurityScheme(app: OpenAPIHono<AppEnv>): void {
  app.openAPIRegistry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
    bearerFormat: "JWT",
    description:
      "A JWT whose `tenant_id` (or `tid`) claim names the tenant and whose space-separated `scope` claim lists the granted scopes. Verified as RFC8725 (JWT best current practices) asks: one allowed algorithm per key type (HS256 with a shared secret, RS256/ES256 from a JWKS), never `none`; `iss`, `aud`, `exp` and `sub` required; an `iat` in the future refused.",
  });
}

/**
 * The OpenAPI 3.1 document of an app built by `createApp`, from its zod route schemas.
 *
 * @example
 * const document = openApiDocumentFor(app);
 * document.paths["/v1/products"].post.operationId; // "createProduct"
 */
export function openApiDocumentFor(app: OpenAPIHono<AppEnv>) {
  return app.getOpenAPI31Document({
    openapi: "3.1.0",
    info: {
      title: "Lendstack API",
      version: API_VERSION,
      description:
        "Headless lending platform: loan products, origination and servicing. Every amount is an integer in the minor unit (cents for USD) of the one ISO 4217 `currency` its resource or request carries, named for what it is with no unit suffix, at most 10^13; rates are decimal strings; errors are RFC 9457 problem documents. Every string in a body or query must be Unicode text (no NUL, no lone UTF-16 surrogate) and is normalized to NFC; JSON bodies nest at most 32 levels; anything else is 422 `validation_failed` naming the field.",
    },
    servers: [{ url: "http://localhost:3000", description: "Local development server", "x-internal": false }],
    tags: resources.map((resource) => ({ name: resource.tag.name, description: resource.tag.description })),
  });
}
