import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChains } from "../src/cli/audit-verify.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { testProduct } from "./loans-helpers.js";

// A tenant's first audit records: before its chain has an anchor, writers wait on an advisory lock; once the first
// commits, later writers lock the anchor instead. A writer that waited on the advisory lock while the anchor was
// created must then lock the anchor too (it took the same position as one that did: a 500, found on PostgreSQL).
let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
});
afterAll(() => testDatabase.dispose());

describe("a new tenant's first audit records", () => {
  it("are chained in sequence when its first requests arrive together", async () => {
    for (const round of [1, 2, 3, 4]) {
      const tenant = `first-audit-${round}`;
      const token = await api.token(tenant);
      const created = await Promise.all(
        [1, 2, 3, 4].map(() => api.call("POST", "/v1/products", { token, body: testProduct() })),
      );
      expect(created.map((response) => response.status)).toEqual([201, 201, 201, 201]);
      const verified = await verifyAuditChains(testDatabase.db, tenant);
      expect(verified.broken).toBeUndefined();
      expect(verified.recordsVerified).toBe(4);
    }
  });
});
