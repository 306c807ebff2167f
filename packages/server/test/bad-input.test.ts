import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeCursor } from "../src/http/pagination.js";
import { json, personalLoan } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

let testDatabase: TestDatabase;
let api: TestApp;
let token: string;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { bodyLimitBytes: 16 * 1024 });
  token = await api.token("bad-input");
});
afterAll(() => testDatabase.dispose());

async function productCount(): Promise<number> {
  const page = await json(await api.call("GET", "/v1/products?limit=100", { token }));
  return (page.data as unknown[]).length;
}

describe("bad input gets a 4xx problem document and changes nothing", () => {
  const valid = personalLoan();
  const cases: Array<{
    name: string;
    method: string;
    path: string;
    body?: unknown;
    headers?: Record<string, string>;
    status: number;
    code: string;
    pointers?: string[];
  }> = [
    {
      name: "structural and cross-field problems together, one entry per field",
      method: "POST",
      path: "/v1/products",
      body: {
        ...valid,
        amountLimits: { min: -5, max: 100 },
        rateLimits: { minPercent: "40", maxPercent: "35.99", defaultPercent: "17.99" },
        color: "red",
      },
      status: 422,
      code: "validation_failed",
      pointers: ["/amountLimits/min", "/rateLimits/minPercent", "/color"],
    },
    {
      name: "cross-field only: default currency not allowed",
      method: "POST",
      path: "/v1/products",
      body: { ...valid, currencies: { allowed: ["USD"], default: "EUR" } },
      status: 422,
      code: "validation_failed",
      pointers: ["/currencies/default"],
    },
    {
      name: "a JSON array body",
      method: "POST",
      path: "/v1/products",
      body: [1, 2],
      status: 422,
      code: "validation_failed",
    },
    {
      name: "malformed JSON",
      method: "POST",
      path: "/v1/products",
      body: '{"name": "x",',
      status: 400,
      code: "malformed_json",
    },
    {
      name: "wrong content type",
      method: "POST",
      path: "/v1/products",
      body: "name=x",
      headers: { "content-type": "text/plain" },
      status: 415,
      code: "unsupported_media_type",
    },
    {
      name: "oversize body",
      method: "POST",
      path: "/v1/products",
      body: { ...valid, description: "x".repeat(20 * 1024) },
      status: 413,
      code: "payload_too_large",
    },
    { name: "unknown route", method: "GET", path: "/v1/no-such-resource", status: 404, code: "not_found" },
    {
      name: "bad cursor",
      method: "GET",
      path: "/v1/products?cursor=not-a-cursor",
      status: 400,
      code: "invalid_cursor",
    },
    {
      name: "a cursor for another resource",
      method: "GET",
      path: `/v1/products?cursor=${encodeCursor({ afterId: "loan_01JGFJJZ000000000000000000" })}`,
      status: 400,
      code: "invalid_cursor",
    },
    {
      name: "limit above the maximum",
      method: "GET",
      path: "/v1/products?limit=1000",
      status: 422,
      code: "validation_failed",
      pointers: ["/limit"],
    },
    {
      name: "malformed product id in the path",
      method: "GET",
      path: "/v1/products/12345",
      status: 422,
      code: "validation_failed",
      pointers: ["/productId"],
    },
    {
      name: "bad Idempotency-Key",
      method: "POST",
      path: "/v1/products",
      body: valid,
      headers: { "idempotency-key": "has spaces" },
      status: 400,
      code: "invalid_idempotency_key",
    },
  ];

  it.each(cases)("$name -> $status $code", async ({ method, path, body, headers, status, code, pointers }) => {
    const before = await productCount();
    const response = await api.call(method, path, { token, body, headers: { "x-request-id": "bad-1", ...headers } });
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const problem = await json(response);
    expect(problem).toMatchObject({ status, code, requestId: "bad-1", type: `urn:lendstack:problem:${code}` });
    if (pointers !== undefined) {
      const found = (problem.errors as Array<{ pointer: string }>).map((error) => error.pointer);
      for (const pointer of pointers) expect(found).toContain(pointer);
    }
    expect(await productCount()).toBe(before);
  });

  it("field errors say where, what code, and why", async () => {
    const response = await api.call("POST", "/v1/products", {
      token,
      body: { ...valid, amountLimits: { min: -5, max: 100 } },
    });
    const problem = await json(response);
    const entry = (problem.errors as Array<Record<string, string>>).find(
      (error) => error.pointer === "/amountLimits/min",
    );
    expect(entry).toMatchObject({ location: "body", code: "too_small" });
    expect(entry?.detail).toEqual(expect.any(String));
  });
});
