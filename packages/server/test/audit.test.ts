import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditRecords, idempotencyKeys, products, productVersions } from "../src/db/schema/index.js";
import { createIdGenerator, type IdGenerator } from "../src/ids.js";
import { json, personalLoan } from "./helpers/products.js";
import { createTestApp, createTestClock } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

let testDatabase: TestDatabase;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
});
afterAll(() => testDatabase.dispose());

const db = () => testDatabase.db;

describe("audit records", () => {
  it("every change writes one audit row naming actor, tenant, action, resource and request id", async () => {
    const api = createTestApp(testDatabase.database);
    const token = await api.token("audited");
    const created = await json(
      await api.call("POST", "/v1/products", {
        token,
        body: personalLoan(),
        headers: { "x-request-id": "req-create" },
      }),
    );
    const id = String(created.id);
    await api.call("PUT", `/v1/products/${id}`, {
      token,
      body: personalLoan({ name: "v2" }),
      headers: { "x-request-id": "req-update" },
    });
    await api.call("POST", `/v1/products/${id}/archive`, { token, headers: { "x-request-id": "req-archive" } });
    await api.call("GET", `/v1/products/${id}`, { token });

    const rows = await db()
      .select()
      .from(auditRecords)
      .where(eq(auditRecords.tenantId, "audited"))
      .orderBy(auditRecords.id);
    expect(rows.map((row) => [row.action, row.requestId, row.actor, row.resourceType, row.resourceId])).toEqual([
      ["product.created", "req-create", "user-of-audited", "product", id],
      ["product.updated", "req-update", "user-of-audited", "product", id],
      ["product.archived", "req-archive", "user-of-audited", "product", id],
    ]);
    expect(rows[1]?.details).toEqual({ version: 2 });
  });

  it("a change that fails part-way leaves no data and no audit row, answers a generic 500, and frees its idempotency key", async () => {
    // Every audit id is the same, so the second change fails on its audit insert, after the product rows.
    const clock = createTestClock();
    const real = createIdGenerator({ clock });
    const ids: IdGenerator = {
      next: (prefix) => (prefix === "aud" ? "aud_00000000000000000000000000" : real.next(prefix)),
    };
    const api = createTestApp(testDatabase.database, { ids });
    const token = await api.token("atomic");
    expect((await api.call("POST", "/v1/products", { token, body: personalLoan() })).status).toBe(201);

    const failed = await api.call("POST", "/v1/products", {
      token,
      body: personalLoan({ name: "Doomed" }),
      headers: { "x-request-id": "req-doomed", "idempotency-key": "doomed" },
    });
    expect(failed.status).toBe(500);
    const problem = await json(failed);
    expect(problem).toEqual({
      type: "urn:lendstack:problem:internal_error",
      title: "Internal Server Error",
      status: 500,
      detail: "An unexpected error occurred. Quote the request id when reporting it.",
      instance: "/v1/products",
      code: "internal_error",
      requestId: "req-doomed",
    });

    const tenantProducts = await db().select().from(products).where(eq(products.tenantId, "atomic"));
    expect(tenantProducts.map((row) => row.name)).toEqual(["Personal installment loan"]);
    const versions = await db().select().from(productVersions).where(eq(productVersions.tenantId, "atomic"));
    expect(versions).toHaveLength(1);
    const audits = await db().select().from(auditRecords).where(eq(auditRecords.tenantId, "atomic"));
    expect(audits.map((row) => row.action)).toEqual(["product.created"]);
    const keys = await db()
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.tenantId, "atomic"), eq(idempotencyKeys.key, "doomed")));
    expect(keys).toEqual([]);
  });
});
