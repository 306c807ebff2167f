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
});
