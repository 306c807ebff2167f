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
