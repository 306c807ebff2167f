import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { loadConfig } from "../src/config.js";
import { DOCS_ASSET_NAMES } from "../src/docs/assets.js";
import { createIdGenerator } from "../src/ids.js";
import { createLogger } from "../src/logger.js";
import { type RunningServer, startServer } from "../src/server.js";
import { TEST_AUTH } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

// The reference page over HTTP from a started server: nothing it references may live on another host.
let server: RunningServer;
let testDatabase: TestDatabase;

beforeAll(async () => {
  const config = loadConfig({ HOST: "127.0.0.1", LENDSTACK_DATA_DIR: "memory", LOG_LEVEL: "silent" });
  server = await startServer({ ...config, port: 0 });
  testDatabase = await createTestDatabase();
});
afterAll(async () => {
  await server?.close();
  await testDatabase?.dispose();
});

/** Every URL in src/href attributes and every absolute http(s) URL anywhere in the text. */
function referencedUrls(html: string): string[] {
  const attributes = [...html.matchAll(/\b(?:src|href)\s*=\s*["']([^"']+)["']/gi)].map((match) => match[1]!);
  const absolute = [...html.matchAll(/(?:https?:)?\/\/[a-z0-9.-]+(?::\d+)?/gi)].map((match) => match[0]);
  return [...attributes, ...absolute];
}

describe("/docs over HTTP", () => {
  it("serves a page whose every reference is a path on this server", async () => {
    const response = await fetch(`${server.url}/docs`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await response.text();
    const urls = referencedUrls(html);
    expect(urls).toEqual(
      expect.arrayContaining(["/docs/assets/swagger-ui-bundle.js", "/docs/assets/swagger-ui.css", "/openapi.json"]),
    );
    expect(urls.filter((url) => !url.startsWith("/") || url.startsWith("//"))).toEqual([]);
  });

  it("serves each asset from node_modules with its content type, and nothing else", async () => {
    for (const name of DOCS_ASSET_NAMES) {
      const response = await fetch(`${server.url}/docs/assets/${name}`);
      expect(response.status, name).toBe(200);
      expect(response.headers.get("content-type"), name).toMatch(/^(text\/javascript|text\/css|image\/png)/);
      expect((await response.arrayBuffer()).byteLength, name).toBeGreaterThan(100);
    }
    const bundle = await (await fetch(`${server.url}/docs/assets/swagger-ui-bundle.js`)).text();
    expect(bundle).toContain("SwaggerUIBundle");
    for (const name of ["package.json", "index.html", "..%2Fpackage.json", "%2E%2E%2F%2E%2E%2Fpackage.json"]) {
      expect((await fetch(`${server.url}/docs/assets/${name}`)).status, name).toBe(404);
    }
  });

  it("the start-up script points at this server's document and turns the external validator off", async () => {
    const script = await (await fetch(`${server.url}/docs/assets/initializer.js`)).text();
    expect(script).toContain('url: "/openapi.json"');
    expect(script).toContain("validatorUrl: null");
  });
});

describe("/openapi.json servers", () => {
  it("is the address the request came to", async () => {
    const document = (await (await fetch(`${server.url}/openapi.json`)).json()) as { servers: Array<{ url: string }> };
    expect(document.servers).toEqual([{ url: server.url, description: "This server" }]);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url).not.toMatch(/:0$/);
  });

  it("follows the Host of each request, or the configured public URL when one is set", async () => {
    const clock = () => new Date();
    const deps = {
      database: testDatabase.database,
      clock,
      ids: createIdGenerator({ clock }),
      auth: TEST_AUTH,
      logger: createLogger("silent"),
    };
    const direct = createApp(deps);
    const served = async (app: typeof direct, url: string) =>
      ((await (await app.request(url)).json()) as { servers: Array<{ url: string }> }).servers;
    expect(await served(direct, "http://api.example.test:8443/openapi.json")).toEqual([
      { url: "http://api.example.test:8443", description: "This server" },
    ]);
    expect(await served(direct, "http://10.0.0.5:3001/openapi.json")).toEqual([
      { url: "http://10.0.0.5:3001", description: "This server" },
    ]);
    const proxied = createApp({ ...deps, publicUrl: "https://lending.example.com" });
    expect(await served(proxied, "http://10.0.0.5:3001/openapi.json")).toEqual([
      { url: "https://lending.example.com", description: "This server" },
    ]);
  });
});
