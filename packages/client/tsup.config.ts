import { defineConfig } from "tsup";

// ESM (dist/index.js + index.d.ts) and CommonJS (dist/index.cjs + index.d.cts) for Node, browsers and edge
// runtimes: platform "neutral" so nothing Node-specific is assumed; the code uses only fetch, Request,
// Response, Headers, AbortController, setTimeout and crypto.randomUUID.
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
  platform: "neutral",
  // Bundled, not required: openapi-fetch's CommonJS build puts its function on `exports.default`, which a
  // CommonJS build of this package would not find (`default` would be the whole module object).
  noExternal: ["openapi-fetch"],
});
