import { Hono } from "hono";
import type { AppEnv } from "../http/app-env.js";
import { loadDocsAsset } from "./assets.js";
import { DOCS_PAGE } from "./page.js";

/** What the docs routes serve. @example docsRoutes({ document: () => openApiDocumentFor(app) }) */
export interface DocsOptions {
  /** The OpenAPI document; called once, on the first request, after every route is registered. */
  readonly document: () => object;
  /** The address clients use (`PUBLIC_URL`), when it is not the one the request came to (a proxy). */
  readonly publicUrl?: string | undefined;
}

/**
 * `GET /openapi.json` (its `servers` is the address the request came to, or the configured public URL),
 * `GET /docs` (the reference page) and `GET /docs/assets/:name` (its script and styles, from node_modules),
 * all without authentication and without any other host.
 *
 * @example
 * app.route("/", docsRoutes({ document: () => openApiDocumentFor(app), publicUrl: config.publicUrl }));
 */
export function docsRoutes(options: DocsOptions): Hono<AppEnv> {
  const router = new Hono<AppEnv>();
  let document: ReturnType<DocsOptions["document"]> | undefined;
  router.get("/openapi.json", (c) => {
    document ??= options.document();
    const url = options.publicUrl ?? new URL(c.req.url).origin;
    return c.json({ ...document, servers: [{ url, description: "This server" }] });
  });
  router.get("/docs", (c) => c.html(DOCS_PAGE));
  router.get("/docs/assets/:name", async (c) => {
    const asset = await loadDocsAsset(c.req.param("name"));
    if (asset === undefined) return c.notFound();
    return c.body(asset.body, 200, { "content-type": asset.contentType, "cache-control": "public, max-age=3600" });
  });
  return router;
}
