import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const entry = fileURLToPath(new URL("../src/index.ts", import.meta.url));

/** The client bundled for a browser, minified; openapi-fetch included unless `external`. */
async function browserBundle(external: string[] = []): Promise<string> {
  const result = await build({
    external,
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

describe("the client bundle", () => {
  it("bundles for the browser with no Node built-ins or globals (so it runs in browsers and edge runtimes)", async () => {
    expect(await browserBundle()).not.toMatch(/\bnode:|require\(/);
    // openapi-fetch feature-detects Node behind `typeof process`; the client's own code never looks.
    const ownCode = await browserBundle(["openapi-fetch"]);
    expect(ownCode).not.toMatch(/\bnode:|\bBuffer\b|\bprocess\b|require\(/);
    expect(ownCode).toContain("crypto.randomUUID()");
  });

  // The resources map grows with every operation (8.0 KB at 180-odd operations, 2026-12-06); the budget
  // leaves room for the issues still open, and a jump past it means something heavy was bundled.
  it("stays under 12 KB minified and gzipped (measured 8.0 KB)", async () => {
    const gzipped = gzipSync(await browserBundle(), { level: 9 }).length;
    expect(gzipped).toBeGreaterThan(2_000);
    expect(gzipped).toBeLessThan(12 * 1024);
  });
});
