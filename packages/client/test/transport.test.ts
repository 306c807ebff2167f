import { afterEach, describe, expect, it } from "vitest";
import {
  Lendstack,
  LendstackAbortError,
  LendstackAPIError,
  LendstackConflictError,
  LendstackConnectionError,
  LendstackTimeoutError,
} from "../src/index.js";
import { json, problem, type ScriptedServer, startScriptedServer } from "./helpers/scripted-server.js";

const product = { name: "Equipment loan" } as never;
let server: ScriptedServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

function clientFor(baseUrl: string, options: { timeout?: number; maxRetries?: number } = {}) {
  return new Lendstack({ baseUrl, token: "token-1", ...options });
}

describe("retries and idempotency keys", () => {
  it("retries a POST after a 500 with the same generated Idempotency-Key", async () => {
    server = await startScriptedServer((_request, response, attempt) =>
      attempt === 0 ? json(response, 500, problem(500, "internal_error")) : json(response, 201, { id: "prd_1" }),
    );
    const created = await clientFor(server.baseUrl).products.create(product);
    expect(created).toEqual({ id: "prd_1" });
    const keys = server.received.map((request) => request.headers["idempotency-key"]);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(created.lastResponse.idempotencyKey).toBe(keys[0]);
    expect(created.lastResponse.requestId).toMatch(/^req_201_/);
    expect(created.lastResponse.statusCode).toBe(201);
  });

  it("retries a POST after a dropped connection with the same Idempotency-Key and body", async () => {
    server = await startScriptedServer((_request, response, attempt) => {
      if (attempt === 0) response.socket?.destroy();
      else json(response, 201, { id: "prd_2" });
    });
    const created = await clientFor(server.baseUrl).products.create(product, { idempotencyKey: "caller-key-1" });
    expect(created.id).toBe("prd_2");
    expect(server.received.map((request) => request.headers["idempotency-key"])).toEqual([
      "caller-key-1",
      "caller-key-1",
    ]);
    expect(server.received[1]?.body).toBe(server.received[0]?.body);
    expect(JSON.parse(server.received[0]?.body ?? "")).toEqual({ name: "Equipment loan" });
  });

  it("waits the Retry-After of a 429 before retrying", async () => {
    server = await startScriptedServer((_request, response, attempt) =>
      attempt === 0
        ? json(response, 429, problem(429, "rate_limited"), { "retry-after": "1" })
        : json(response, 200, { data: [], nextCursor: null }),
    );
    const page = await clientFor(server.baseUrl).products.list();
    expect(page.data).toEqual([]);
    const [first, second] = server.received;
    expect(second!.receivedAt - first!.receivedAt).toBeGreaterThanOrEqual(1000);
    expect(first!.headers["idempotency-key"]).toBeUndefined();
  });

  it("retries a 409 idempotency_request_in_progress but not another 409", async () => {
    server = await startScriptedServer((request, response, attempt) => {
      if (request.url.startsWith("/v1/products/prd_1/archive") && attempt === 0) {
        return json(response, 409, problem(409, "idempotency_request_in_progress"));
      }
      if (request.url.startsWith("/v1/products/prd_1/archive")) return json(response, 200, { id: "prd_1" });
      return json(response, 409, problem(409, "product_archived"));
    });
    const client = clientFor(server.baseUrl);
    await expect(client.products.archive("prd_1")).resolves.toEqual({ id: "prd_1" });
    expect(server.received).toHaveLength(2);
    const error = await client.products.archive("prd_2").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LendstackConflictError);
    expect(error).toMatchObject({ status: 409, code: "product_archived" });
    expect(server.received).toHaveLength(3);
  });

  it("gives up after maxRetries (default 2) and throws the API error of the last response", async () => {
    server = await startScriptedServer((_request, response) =>
      json(response, 503, problem(503, "service_unavailable")),
    );
    const error = await clientFor(server.baseUrl)
      .products.retrieve("prd_1")
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LendstackAPIError);
    expect(error).toMatchObject({ status: 503, code: "service_unavailable" });
    expect(server.received).toHaveLength(3);
  });

  it("asks a token function before every attempt, so a refreshed token is used on the retry", async () => {
    server = await startScriptedServer((_request, response, attempt) =>
      attempt === 0 ? json(response, 502, {}) : json(response, 200, { id: "prd_1" }),
    );
    let calls = 0;
    const client = new Lendstack({
      baseUrl: server.baseUrl,
      token: async () => {
        calls += 1;
        return `token-${calls}`;
      },
    });
    await client.products.retrieve("prd_1");
    expect(server.received.map((request) => request.headers.authorization)).toEqual([
      "Bearer token-1",
      "Bearer token-2",
    ]);
  });
});

describe("failures without a response", () => {
  it("a server that answers too slowly gives a LendstackTimeoutError after every attempt timed out", async () => {
    server = await startScriptedServer((_request, response) => {
      setTimeout(() => json(response, 200, { id: "late" }), 2_000);
    });
    const started = Date.now();
    const error = await clientFor(server.baseUrl, { timeout: 150, maxRetries: 1 })
      .products.retrieve("prd_1")
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LendstackTimeoutError);
    expect(error).toBeInstanceOf(LendstackConnectionError);
    expect(server.received).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(1_900);
  });

  it("a refused connection is a LendstackConnectionError, not a bare TypeError", async () => {
    server = await startScriptedServer(() => {});
    const { baseUrl } = server;
    await server.close();
    server = undefined;
    const error = await clientFor(baseUrl, { maxRetries: 0 })
      .loans.list()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LendstackConnectionError);
    expect(error).not.toBeInstanceOf(LendstackTimeoutError);
    expect((error as LendstackConnectionError).cause).toBeInstanceOf(TypeError);
  });

  it("an AbortSignal cancels the request and its retries", async () => {
    server = await startScriptedServer((_request, response) => json(response, 500, problem(500, "internal_error")));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const error = await clientFor(server.baseUrl)
      .products.retrieve("prd_1", { signal: controller.signal })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LendstackAbortError);
    expect(server.received).toHaveLength(1);
  });
});

describe("the raw client", () => {
  it("goes through the same transport: bearer token and an Idempotency-Key on POST", async () => {
    server = await startScriptedServer((_request, response) => json(response, 200, { id: "qt_1" }));
    const client = clientFor(server.baseUrl);
    const { data } = await client.raw.POST("/v1/quotes", { body: {} as never });
    expect(data).toEqual({ id: "qt_1" });
    expect(server.received[0]?.headers.authorization).toBe("Bearer token-1");
    expect(server.received[0]?.headers["idempotency-key"]).toMatch(/^[0-9a-f-]{36}$/);
  });
});
