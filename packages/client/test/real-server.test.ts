// The client against the real Lendstack server over HTTP (one PGlite for the file): each error class
// from a real response, idempotent replays, and auto-pagination over the server's own cursors.
import type { AddressInfo } from "node:net";
import { type ServerType, serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personalLoan } from "../../server/test/helpers/products.js";
import { createTestApp, type TestApp } from "../../server/test/helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "../../server/test/helpers/test-database.js";
import {
  Lendstack,
  LendstackAuthenticationError,
  LendstackConflictError,
  LendstackError,
  LendstackIdempotencyError,
  LendstackInvalidRequestError,
  LendstackNotFoundError,
  LendstackNotModifiedError,
  LendstackPermissionError,
  type Schema,
} from "../src/index.js";

let testDatabase: TestDatabase;
let api: TestApp;
let server: ServerType;
let baseUrl: string;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
  await new Promise<void>((resolve) => {
    server = serve({ fetch: api.app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve());
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await testDatabase.dispose();
});

async function clientFor(tenant: string, scopes?: ReadonlyArray<string>): Promise<Lendstack> {
  const token = await api.token(tenant, scopes);
  return new Lendstack({ baseUrl, token, maxRetries: 0 });
}

const product = (name = "Personal loan") => personalLoan({ name }) as unknown as Schema<"ProductDefinition">;

/** The error a call rejects with, checked to be a LendstackError carrying the response's request id. */
async function failure(call: Promise<unknown>): Promise<LendstackError> {
  const error = await call.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(LendstackError);
  const lendstackError = error as LendstackError;
  expect(lendstackError.requestId).toBeTruthy();
  expect(lendstackError.requestId).toBe(lendstackError.headers?.get("x-request-id"));
  expect(lendstackError.requestId).toBe(lendstackError.problem?.requestId);
  return lendstackError;
}

describe("resource methods against the real server", () => {
  it("creates, retrieves and lists with lastResponse.requestId on every result", async () => {
    const client = await clientFor("sdk-happy");
    const created = await client.products.create(product());
    expect(created.lastResponse.statusCode).toBe(201);
    expect(created.lastResponse.requestId).toBeTruthy();
    const fetched = await client.products.retrieve(created.id);
    expect(fetched).toEqual(created);
    expect(fetched.lastResponse.requestId).not.toBe(created.lastResponse.requestId);
  });

  it("auto-paginates over the server's cursors: 7 products in pages of 3, each once", async () => {
    const client = await clientFor("sdk-pages");
    const ids: string[] = [];
    for (let index = 0; index < 7; index += 1) {
      api.clock.advance(1);
      ids.push((await client.products.create(product(`Loan ${index}`))).id);
    }
    const seen: string[] = [];
    for await (const item of client.products.list({ limit: 3 })) seen.push(item.id);
    expect(seen).toEqual(ids);
  });

  it("a repeated Idempotency-Key replays the first response instead of creating twice", async () => {
    const client = await clientFor("sdk-replay");
    const first = await client.products.create(product(), { idempotencyKey: "sdk-key-1" });
    const second = await client.products.create(product(), { idempotencyKey: "sdk-key-1" });
    expect(second.id).toBe(first.id);
    expect(second.lastResponse.headers.get("idempotent-replayed")).toBe("true");
    expect((await client.products.list()).data).toHaveLength(1);
  });
});

describe("error classes from real responses", () => {
  it("401 with a bad token -> LendstackAuthenticationError", async () => {
    const client = new Lendstack({ baseUrl, token: "not-a-jwt", maxRetries: 0 });
    const error = await failure(client.products.list());
    expect(error).toBeInstanceOf(LendstackAuthenticationError);
    expect(error).toMatchObject({ status: 401, code: "invalid_token" });
  });

  it("403 without the scope -> LendstackPermissionError", async () => {
    const client = await clientFor("sdk-scope", ["products:read"]);
    const error = await failure(client.products.create(product()));
    expect(error).toBeInstanceOf(LendstackPermissionError);
    expect(error).toMatchObject({ status: 403, code: "insufficient_scope" });
  });

  it("404 for an id the tenant does not have -> LendstackNotFoundError", async () => {
    const client = await clientFor("sdk-missing");
    const error = await failure(client.products.retrieve("prd_01JGFJJZ000000000000000000"));
    expect(error).toBeInstanceOf(LendstackNotFoundError);
    expect(error.status).toBe(404);
    expect(error.code).toMatch(/not_found$/);
  });

  it("409 archiving an archived product -> LendstackConflictError", async () => {
    const client = await clientFor("sdk-conflict");
    const created = await client.products.create(product());
    await client.products.archive(created.id);
    const error = await failure(client.products.archive(created.id));
    expect(error).toBeInstanceOf(LendstackConflictError);
    expect(error).toMatchObject({ status: 409, code: "product_archived" });
  });

  it("422 validation -> LendstackInvalidRequestError with one field error per bad field", async () => {
    const client = await clientFor("sdk-invalid");
    const error = await failure(client.products.create({ ...product(), name: "" }));
    expect(error).toBeInstanceOf(LendstackInvalidRequestError);
    expect(error).toMatchObject({ status: 422, code: "validation_failed" });
    expect(error.errors).toContainEqual(expect.objectContaining({ location: "body", pointer: "/name" }));
  });

  it("400 for a cursor the API never issued -> LendstackInvalidRequestError", async () => {
    const client = await clientFor("sdk-cursor");
    const error = await failure(client.products.list({ cursor: "bm9wZQ" }));
    expect(error).toBeInstanceOf(LendstackInvalidRequestError);
    expect(error).toMatchObject({ status: 400, code: "invalid_cursor" });
  });

  it("a key reused with another body -> LendstackIdempotencyError (422 idempotency_key_reused)", async () => {
    const client = await clientFor("sdk-reuse");
    await client.products.create(product("First"), { idempotencyKey: "sdk-key-2" });
    const error = await failure(client.products.create(product("Second"), { idempotencyKey: "sdk-key-2" }));
    expect(error).toBeInstanceOf(LendstackIdempotencyError);
    expect(error).toMatchObject({ status: 422, code: "idempotency_key_reused" });
  });
});

describe("Idempotency-Key and conditional reads against the real server", () => {
  it("a money-moving POST whose key a proxy stripped -> LendstackIdempotencyError (400 idempotency_key_required)", async () => {
    const token = await api.token("sdk-key-required");
    const productId = (await new Lendstack({ baseUrl, token, maxRetries: 0 }).products.create(product())).id;
    const stripKey = async (request: Request) => {
      const headers = new Headers(request.headers);
      headers.delete("idempotency-key");
      const body = await request.arrayBuffer();
      return fetch(new Request(request.url, { method: request.method, headers, body, signal: request.signal }));
    };
    const client = new Lendstack({ baseUrl, token, maxRetries: 0, fetch: stripKey });
    const terms = { productId, amount: 1_000_000, currency: "USD", disbursementDate: "2025-01-01" };
    const error = await failure(client.loans.create(terms as Parameters<typeof client.loans.create>[0]));
    expect(error).toBeInstanceOf(LendstackIdempotencyError);
    expect(error).toMatchObject({ status: 400, code: "idempotency_key_required" });
  });

  it("etagCache: a second read sends If-None-Match and resolves the 304 to the kept body", async () => {
    const token = await api.token("sdk-etag");
    const exchanges: Array<{ ifNoneMatch: string | null; status: number }> = [];
    const spy = async (request: Request) => {
      const response = await fetch(request);
      if (request.method === "GET") {
        exchanges.push({ ifNoneMatch: request.headers.get("if-none-match"), status: response.status });
      }
      return response;
    };
    const client = new Lendstack({ baseUrl, token, maxRetries: 0, etagCache: true, fetch: spy });
    const created = await client.products.create(product());
    const first = await client.products.retrieve(created.id);
    const second = await client.products.retrieve(created.id);
    const etag = first.lastResponse.headers.get("etag");
    expect(etag).toMatch(/^"/);
    expect(first.lastResponse.statusCode).toBe(200);
    expect(second.lastResponse.statusCode).toBe(304);
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    // A change makes the kept body stale: the server answers 200 with the new one, which is kept in turn.
    await client.products.update(created.id, product("Renamed"));
    const third = await client.products.retrieve(created.id);
    const fourth = await client.products.retrieve(created.id);
    expect([third.lastResponse.statusCode, third.name]).toEqual([200, "Renamed"]);
    expect([fourth.lastResponse.statusCode, fourth.name]).toEqual([304, "Renamed"]);
    expect(exchanges).toEqual([
      { ifNoneMatch: null, status: 200 },
      { ifNoneMatch: etag, status: 304 },
      { ifNoneMatch: etag, status: 200 },
      { ifNoneMatch: third.lastResponse.headers.get("etag"), status: 304 },
    ]);
  });

  it("your own If-None-Match: a 304 rejects with LendstackNotModifiedError carrying the ETag", async () => {
    const client = await clientFor("sdk-not-modified");
    const created = await client.products.create(product());
    const { lastResponse } = await client.products.retrieve(created.id);
    const etag = lastResponse.headers.get("etag") ?? "";
    const error = await client.products.retrieve(created.id, { headers: { "If-None-Match": etag } }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(LendstackNotModifiedError);
    expect(error).toMatchObject({ status: 304, etag, problem: undefined, code: undefined });
    expect((error as LendstackNotModifiedError).requestId).toMatch(/^req_/);
    const changed = await client.products.retrieve(created.id, { headers: { "If-None-Match": '"other"' } });
    expect(changed.lastResponse.statusCode).toBe(200);
  });
});
