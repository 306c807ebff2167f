import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isInAmbientTransaction, runInAmbientTransaction } from "../src/db/ambient.js";
import { idempotencyKeys } from "../src/db/schema/index.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

// Database.db inside a request-wide transaction: every query joins it, nested transactions are savepoints,
// and nothing waits on the base connection (on PGlite's single connection that would never return).

let testDatabase: TestDatabase;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
});
afterAll(() => testDatabase.dispose());

const row = (key: string) => ({
  tenantId: "ambient",
  key,
  operation: "POST /v1/test",
  requestHash: "h",
  state: "completed",
  createdAt: new Date("2025-03-01T00:00:00Z"),
});
const where = (key: string) => and(eq(idempotencyKeys.tenantId, "ambient"), eq(idempotencyKeys.key, key));

describe("the ambient transaction", () => {
  it("routes Database.db into it: a throw rolls back both the direct write and the nested one", async () => {
    const { db } = testDatabase.database;
    const attempt = runInAmbientTransaction(db, async () => {
      expect(isInAmbientTransaction()).toBe(true);
      await db.insert(idempotencyKeys).values(row("direct"));
      await db.transaction(async (tx) => {
        await tx.insert(idempotencyKeys).values(row("nested"));
      });
      expect(await db.select().from(idempotencyKeys).where(where("nested"))).toHaveLength(1);
      throw new Error("roll back");
    });
    await expect(attempt).rejects.toThrow("roll back");
    expect(isInAmbientTransaction()).toBe(false);
    expect(await db.select().from(idempotencyKeys).where(where("direct"))).toHaveLength(0);
    expect(await db.select().from(idempotencyKeys).where(where("nested"))).toHaveLength(0);
  });

  it("a failed savepoint rolls back only itself; the outer work commits", async () => {
    const { db } = testDatabase.database;
    await runInAmbientTransaction(db, async () => {
      await db.insert(idempotencyKeys).values(row("kept"));
      await expect(
        db.transaction(async (tx) => {
          await tx.insert(idempotencyKeys).values(row("dropped"));
          throw new Error("inner");
        }),
      ).rejects.toThrow("inner");
    });
    expect(await db.select().from(idempotencyKeys).where(where("kept"))).toHaveLength(1);
    expect(await db.select().from(idempotencyKeys).where(where("dropped"))).toHaveLength(0);
  });
});

describe("a transaction", () => {
  it("builds none of drizzle's relational query builders (nothing uses them; one a table per transaction cost CPU)", async () => {
    await testDatabase.database.db.transaction(async (tx) => {
      expect(Object.keys(tx.query)).toEqual([]);
    });
  });
});
