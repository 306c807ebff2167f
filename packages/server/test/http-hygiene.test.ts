import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { createIdGenerator } from "../src/ids.js";
import { createLogger } from "../src/logger.js";
import { json } from "./helpers/products.js";
import { createTestApp, TEST_AUTH, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

// Security headers on every response and CORS from an allow-list (off by default), in-process.
let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
});
afterAll(() => testDatabase.dispose());

function appWith(http: { corsOrigins?: string[]; hsts?: boolean }) {
  const clock = () => new Date("2025-03-01T12:00:00Z");
  return createApp({
    database: testDatabase.database,
    clock,
    ids: createIdGenerator({ clock }),
    auth: TEST_AUTH,
    logger: createLogger("silent"),
    http,
  });
}

describe("security headers", () => {
  it.each([
    ["a 200", "GET", "/v1/products", true],
    ["a 401 problem", "GET", "/v1/products", false],
    ["a 404 problem", "GET", "/v1/nothing-here", true],
    ["the docs page", "GET", "/docs", false],
    ["the spec", "GET", "/openapi.json", false],
    ["health", "GET", "/health", false],
  ])("are on %s", async (_name, method, path, withToken) => {
    const token = withToken ? await api.token("headers") : undefined;
    const response = await api.call(method, path, token === undefined ? {} : { token });
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-eval|https?:/);
    // Plain HTTP unless configured: no HSTS.
    expect(response.headers.get("strict-transport-security")).toBeNull();
  });

  it("are on a 304", async () => {
    const token = await api.token("headers");
    const first = await api.call("GET", "/v1/products", { token });
    const etag = first.headers.get("etag") ?? "";
    const again = await api.call("GET", "/v1/products", { token, headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("include HSTS when the server is reached over HTTPS", async () => {
    const response = await appWith({ hsts: true }).request("/health");
    expect(response.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
  });
});

const preflight = (origin: string) => ({
  method: "OPTIONS",
  headers: {
    origin,
    "access-control-request-method": "POST",
    "access-control-request-headers": "authorization, content-type, idempotency-key",
  },
});

describe("CORS", () => {
  it("is off by default: no Access-Control headers, and a preflight is still not 401", async () => {
    const app = appWith({});
    const response = await app.request("/v1/products", preflight("https://app.example.com"));
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    const simple = await app.request("/health", { headers: { origin: "https://app.example.com" } });
    expect(simple.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("answers a listed origin's preflight with 204 before authentication", async () => {
    const app = appWith({ corsOrigins: ["https://app.example.com"] });
    const response = await app.request("/v1/loans/loan_x/payments", preflight("https://app.example.com"));
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("https://app.example.com");
    expect(response.headers.get("access-control-allow-methods")).toContain("POST");
    expect(response.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("idempotency-key");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("exposes the API's response headers to a listed origin, even on a 401", async () => {
    const app = appWith({ corsOrigins: ["https://app.example.com"] });
    const response = await app.request("/v1/products", { headers: { origin: "https://app.example.com" } });
    expect(response.status).toBe(401);
    expect(response.headers.get("access-control-allow-origin")).toBe("https://app.example.com");
    const exposed = response.headers.get("access-control-expose-headers") ?? "";
    for (const name of [
      "X-Request-Id",
      "Idempotent-Replayed",
      "ETag",
      "RateLimit",
      "RateLimit-Policy",
      "Retry-After",
    ]) {
      expect(exposed).toContain(name);
    }
    expect(await json(response)).toMatchObject({ code: "missing_token" });
  });

  it("gives an unlisted origin no Access-Control-Allow-Origin", async () => {
    const app = appWith({ corsOrigins: ["https://app.example.com"] });
    const response = await app.request("/v1/products", preflight("https://evil.example"));
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });
});
