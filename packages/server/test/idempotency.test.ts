import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { idempotencyKeys } from "../src/db/schema/index.js";
import { json, personalLoan } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
});
afterAll(() => testDatabase.dispose());

async function countProducts(token: string): Promise<number> {
  return ((await json(await api.call("GET", "/v1/products?limit=100", { token }))).data as unknown[]).length;
}

describe("Idempotency-Key on POST", () => {
  it("replays the first response for the same key and body, creating nothing more", async () => {
    const token = await api.token("idem-replay");
    const headers = { "idempotency-key": "create-1" };
    const first = await api.call("POST", "/v1/products", { token, body: personalLoan(), headers });
    expect(first.status).toBe(201);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    const firstBody = await first.text();

    api.clock.advance(5_000);
    const retry = await api.call("POST", "/v1/products", { token, body: personalLoan(), headers });
    expect(retry.status).toBe(201);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(await retry.text()).toBe(firstBody);
    expect(await countProducts(token)).toBe(1);
  });

  it("rejects the same key with a different body (422 idempotency_key_reused)", async () => {
    const token = await api.token("idem-reuse");
    const headers = { "idempotency-key": "create-2" };
    expect((await api.call("POST", "/v1/products", { token, body: personalLoan(), headers })).status).toBe(201);
    const reused = await api.call("POST", "/v1/products", { token, body: personalLoan({ name: "Other" }), headers });
    expect(reused.status).toBe(422);
    expect(await json(reused)).toMatchObject({ code: "idempotency_key_reused" });
    expect(await countProducts(token)).toBe(1);
  });

  it("keys are per tenant: another tenant may use the same key", async () => {
    const headers = { "idempotency-key": "shared-key" };
    for (const tenant of ["idem-t1", "idem-t2"]) {
      const response = await api.call("POST", "/v1/products", {
        token: await api.token(tenant),
        body: personalLoan(),
        headers,
      });
      expect(response.status).toBe(201);
      expect(response.headers.get("idempotent-replayed")).toBeNull();
    }
  });

  it("a 4xx is not stored: the key stays free, so a corrected retry with it succeeds", async () => {
    const token = await api.token("idem-4xx");
    const headers = { "idempotency-key": "fix-and-retry" };
    const bad = await api.call("POST", "/v1/products", { token, body: personalLoan({ name: "" }), headers });
    expect(bad.status).toBe(422);
    const corrected = await api.call("POST", "/v1/products", { token, body: personalLoan(), headers });
    expect(corrected.status).toBe(201);
    expect(corrected.headers.get("idempotent-replayed")).toBeNull();
    const rows = await testDatabase.db
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.tenantId, "idem-4xx"), eq(idempotencyKeys.key, "fix-and-retry")));
    expect(rows.map((row) => [row.state, row.responseStatus])).toEqual([["completed", 201]]);
  });

  it("two truly concurrent requests with one key create one product", async () => {
    const token = await api.token("idem-race");
    const send = () =>
      api.call("POST", "/v1/products", { token, body: personalLoan(), headers: { "idempotency-key": "race" } });
    const responses = await Promise.all([send(), send(), send()]);
    const created = responses.filter(
      (response) => response.status === 201 && !response.headers.has("idempotent-replayed"),
    );
    expect(created).toHaveLength(1);
    // The others waited on the key's unique index for the first to commit, then replayed its answer.
    for (const response of responses) expect(response.status).toBe(201);
    const bodies = await Promise.all(responses.map((response) => response.text()));
    expect(new Set(bodies).size).toBe(1);
    expect(await countProducts(token)).toBe(1);
  });

  it("POST without a key is not deduplicated where the key is optional", async () => {
    const token = await api.token("idem-none");
    await api.call("POST", "/v1/products", { token, body: personalLoan(), idempotencyKey: null });
    await api.call("POST", "/v1/products", { token, body: personalLoan(), idempotencyKey: null });
    expect(await countProducts(token)).toBe(2);
  });
});
