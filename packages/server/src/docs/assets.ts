import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * The reference page's files, served from the installed, exactly pinned `swagger-ui-dist` package (no
 * dependencies, no telemetry) so `/docs` renders without internet. Only these names are served: a request
 * can never reach another file in node_modules.
 */
const PACKAGE_FILES: Readonly<Record<string, string>> = {
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
  "swagger-ui.css": "text/css; charset=utf-8",
  "favicon-32x32.png": "image/png",
};

/** The page's own start-up script, a file rather than inline so a strict Content-Security-Policy can allow it. */
const INITIALIZER = `window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#reference",
    deepLinking: true,
    displayOperationId: true,
    validatorUrl: null,
    tryItOutEnabled: false,
    persistAuthorization: false,
  });
});
`;

/** A file the docs route answers with. @example const asset = await loadDocsAsset("swagger-ui.css"); */
export interface DocsAsset {
  readonly body: Uint8Array<ArrayBuffer> | string;
  readonly contentType: string;
}

/** The served file names. @example DOCS_ASSET_NAMES.includes("swagger-ui-bundle.js") */
export const DOCS_ASSET_NAMES: ReadonlyArray<string> = [...Object.keys(PACKAGE_FILES), "initializer.js"];

const packageDirectory = (() => {
  let directory: string | undefined;
  return () => {
    directory ??= dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
    return directory;
  };
})();

const cache = new Map<string, Promise<DocsAsset>>();

/**
 * Reads one docs asset (once; later calls share the read), or undefined for a name that is not served.
 *
 * @example
 * const asset = await loadDocsAsset("swagger-ui-bundle.js"); // { body: <bytes>, contentType: "text/javascript; …" }
 * await loadDocsAsset("../../package.json"); // undefined
 */
export function loadDocsAsset(name: string): Promise<DocsAsset> | undefined {
  if (name === "initializer.js")
    return Promise.resolve({ body: INITIALIZER, contentType: PACKAGE_FILES["swagger-ui-bundle.js"]! });
  const contentType = PACKAGE_FILES[name];
  if (contentType === undefined) return undefined;
  let loaded = cache.get(name);
  if (loaded === undefined) {
    loaded = readFile(join(packageDirectory(), name)).then((bytes) => ({ body: new Uint8Array(bytes), contentType }));
    loaded.catch(() => cache.delete(name));
    cache.set(name, loaded);
  }
  return loaded;
}
