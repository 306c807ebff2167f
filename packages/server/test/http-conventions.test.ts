import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApiDocumentFor } from "../src/http/openapi.js";
import { json, personalLoan } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

let testDatabase: TestDatabase;
let api: TestApp;
let token: string;
let productId: string;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
  token = await api.token("conventions");
  const created = await api.call("POST", "/v1/products", { token, body: personalLoan() });
  productId = String((await json(created)).id);
});
afterAll(() => testDatabase.dispose());

describe("unknown query parameters", () => {
  it("are 400 unknown_query_parameter naming each one, on lists and single reads alike", async () => {
    const list = await api.call("GET", "/v1/products?limit=5&stauts=active&color=red", { token });
    expect(list.status).toBe(400);
    const problem = await json(list);
    expect(problem.code).toBe("unknown_query_parameter");
    expect(problem.detail).toContain("`stauts`");
    expect(problem.errors).toEqual([
      expect.objectContaining({ location: "query", pointer: "/stauts", code: "unknown_query_parameter" }),
      expect.objectContaining({ location: "query", pointer: "/color", code: "unknown_query_parameter" }),
    ]);
    const single = await api.call("GET", `/v1/products/${productId}?expand=versions`, { token });
    expect(single.status).toBe(400);
    expect((await json(single)).errors).toEqual([expect.objectContaining({ pointer: "/expand" })]);
  });

  it("come after authentication and scope checks, and declared parameters still pass", async () => {
    expect((await api.call("GET", "/v1/products?nope=1")).status).toBe(401);
    const readOnlyLoans = await api.token("conventions", ["loans:read"]);
    expect((await api.call("GET", "/v1/products?nope=1", { token: readOnlyLoans })).status).toBe(403);
    expect((await api.call("GET", "/v1/products?limit=1&status=active", { token })).status).toBe(200);
  });
});

describe("wrong methods", () => {
  it("are 405 with Allow and a problem body on an existing path; an unknown path stays 404", async () => {
    const wrong = await api.call("DELETE", `/v1/products/${productId}`, { token });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("GET, HEAD, PUT");
    expect(wrong.headers.get("content-type")).toContain("application/problem+json");
    expect(await json(wrong)).toMatchObject({ status: 405, code: "method_not_allowed" });

    const onCollection = await api.call("PATCH", "/v1/products", { token });
    expect(onCollection.status).toBe(405);
    expect(onCollection.headers.get("allow")).toBe("GET, HEAD, POST");

    const missing = await api.call("GET", "/v1/nothing-here", { token });
    expect(missing.status).toBe(404);
    expect((await json(missing)).code).toBe("not_found");
  });
});

describe("ETag and If-None-Match", () => {
  it("a read carries a strong ETag; the same ETag back is 304 with no body; a change gives a new one", async () => {
    const first = await api.call("GET", `/v1/products/${productId}`, { token });
    const tag = first.headers.get("etag");
    expect(tag).toMatch(/^"[0-9a-f]{40}"$/);

    const again = await api.call("GET", `/v1/products/${productId}`, {
      token,
      headers: { "if-none-match": tag ?? "" },
    });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(tag);
    expect(again.headers.get("x-request-id")).toBeTruthy();
    expect(await again.text()).toBe("");

    const other = await api.call("GET", `/v1/products/${productId}`, { token, headers: { "if-none-match": '"0"' } });
    expect(other.status).toBe(200);

    await api.call("PUT", `/v1/products/${productId}`, { token, body: personalLoan({ name: "Renamed" }) });
    const changed = await api.call("GET", `/v1/products/${productId}`, {
      token,
      headers: { "if-none-match": tag ?? "" },
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(tag);
  });

  it("is not sent on problems or writes", async () => {
    const missing = await api.call("GET", "/v1/products/prd_01JGFJJZ0000000000000000AB", { token });
    expect(missing.status).toBe(404);
    expect(missing.headers.get("etag")).toBeNull();
    const created = await api.call("POST", "/v1/products", { token, body: personalLoan() });
    expect(created.headers.get("etag")).toBeNull();
  });

  it("is declared in the spec on every GET: ETag on the 200, a 304, and the If-None-Match parameter", () => {
    const document = openApiDocumentFor(api.app) as unknown as {
      paths: Record<
        string,
        Record<string, { responses: Record<string, { headers?: object }>; parameters?: { name: string; in: string }[] }>
      >;
    };
    const gets = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([method]) => method === "get")
        .map(([, operation]) => ({ path, operation })),
    );
    expect(gets.length).toBeGreaterThan(10);
    for (const { path, operation } of gets.filter(({ path }) => path.startsWith("/v1/"))) {
      expect(operation.responses["200"]?.headers, path).toHaveProperty("ETag");
      expect(operation.responses["304"]?.headers, path).toHaveProperty("ETag");
      expect(operation.parameters, path).toContainEqual(
        expect.objectContaining({ name: "if-none-match", in: "header" }),
      );
    }
  });
});
