import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
});
afterAll(() => testDatabase.dispose());

describe("system routes", () => {
  it("GET /health answers without a token", async () => {
    const response = await api.call("GET", "/health");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("GET /ready runs select 1 on the configured backend", async () => {
    const response = await api.call("GET", "/ready");
    expect(response.status).toBe(200);
    const expectedKind = process.env.DATABASE_URL ? "postgres" : "pglite";
    expect(await response.json()).toEqual({ status: "ready", database: expectedKind });
  });

  it("GET /ready is 503 service_unavailable when the database is gone", async () => {
    const broken = createTestApp({ ...testDatabase.database, ping: () => Promise.reject(new Error("down")) });
    const response = await broken.call("GET", "/ready");
    expect(response.status).toBe(503);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({ code: "service_unavailable", status: 503 });
  });

  it("echoes a caller's X-Request-Id and makes one when absent", async () => {
    const echoed = await api.call("GET", "/health", { headers: { "x-request-id": "trace-123" } });
    expect(echoed.headers.get("x-request-id")).toBe("trace-123");
    const made = await api.call("GET", "/health");
    expect(made.headers.get("x-request-id")).toMatch(/^req_[0-9A-Z]{26}$/);
  });

  it("unknown routes are 404 not_found problems carrying the request id", async () => {
    const response = await api.call("GET", "/nope", { headers: { "x-request-id": "r-404" } });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toEqual({
      type: "urn:lendstack:problem:not_found",
      title: "Not Found",
      status: 404,
      detail: "No route for GET /nope.",
      instance: "/nope",
      code: "not_found",
      requestId: "r-404",
    });
  });

  it("serves the OpenAPI 3.1 document and the reference page", async () => {
    const spec = await api.call("GET", "/openapi.json");
    expect(spec.status).toBe(200);
    const document = (await spec.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toContain("/v1/products");
    const docs = await api.call("GET", "/docs");
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain("/openapi.json");
  });
});
