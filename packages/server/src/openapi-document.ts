import { createApp } from "./app.js";
import { DEVELOPMENT_JWT_SECRET } from "./config.js";
import type { Database, Db } from "./db/database.js";
import { openApiDocumentFor } from "./http/openapi.js";
import { createIdGenerator } from "./ids.js";
import { createLogger } from "./logger.js";

/** A database that is never reached: building the document touches no storage. */
const unreachableDatabase: Database = {
  kind: "pglite",
  db: new Proxy({} as Db, {
    get() {
      throw new Error("the OpenAPI document builder has no database");
    },
  }),
  migrate: () => Promise.reject(new Error("no database")),
  ping: () => Promise.reject(new Error("no database")),
  close: () => Promise.resolve(),
};

/**
 * The server's OpenAPI 3.1 document, built from the route schemas without a database or network.
 * `npm run openapi` writes it to `openapi/openapi.json`.
 *
 * @example
 * const document = buildOpenApiDocument();
 * Object.keys(document.paths); // ["/health", "/ready", "/v1/products", …]
 */
export function buildOpenApiDocument() {
  const clock = () => new Date(0);
  const app = createApp({
    db: unreachableDatabase,
    clock,
    ids: createIdGenerator({ clock }),
    auth: { issuer: "lendstack", audience: "lendstack-api", keys: { kind: "secret", secret: DEVELOPMENT_JWT_SECRET } },
    logger: createLogger("silent"),
  });
  return openApiDocumentFor(app);
}

/**
 * The document as committed: two-space JSON with a trailing newline.
 *
 * @example
 * writeFileSync("openapi/openapi.json", renderOpenApiDocument());
 */
export function renderOpenApiDocument(): string {
  return `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;
}
