import { and, asc, eq, type SQL, sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runInAmbientTransaction } from "../src/db/ambient.js";
import { compiledSql, compiledStatement } from "../src/db/compiled-statement.js";
import { rowsOf } from "../src/db/rows.js";
import { idempotencyKeys } from "../src/db/schema/index.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

// A statement built once with placeholders runs with each call's own values, in the caller's transaction, and
// maps its rows exactly as the same query built by drizzle each time does.

let testDatabase: TestDatabase;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
});
afterAll(() => testDatabase.dispose());

type KeyRow = typeof idempotencyKeys.$inferInsert;

const insertKey = compiledStatement<
  { tenantId: string; key: string; status: number | null; createdAt: Date },
  { key: string; createdAt: Date }
>(
  (db, value) =>
    db
      .insert(idempotencyKeys)
      .values({
        tenantId: value("tenantId"),
        key: value("key"),
        operation: "POST /v1/compiled",
        requestHash: "h",
        state: "completed",
        responseStatus: value("status"),
        createdAt: value("createdAt"),
      } as unknown as KeyRow)
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key, createdAt: idempotencyKeys.createdAt }),
  { key: idempotencyKeys.key, createdAt: idempotencyKeys.createdAt },
);

const keysOf = compiledStatement<{ tenantId: string }, typeof idempotencyKeys.$inferSelect>(
  (db, value) =>
    db
      .select()
      .from(idempotencyKeys)
      .where(eq(idempotencyKeys.tenantId, value("tenantId")))
      .orderBy(asc(idempotencyKeys.key)),
  idempotencyKeys,
);

const statusOf = compiledStatement<{ tenantId: string; key: string; status: number }>((db, value) =>
  db
    .update(idempotencyKeys)
    .set({ responseStatus: value("status") } as unknown as KeyRow)
    .where(and(eq(idempotencyKeys.tenantId, value("tenantId")), eq(idempotencyKeys.key, value("key")))),
);

describe("compiledStatement", () => {
  it("reads back what drizzle's own query reads, for any keys, statuses and instants", async () => {
    const { db } = testDatabase;
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 5 }),
        fc.option(fc.integer({ min: 100, max: 599 })),
        fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true }),
        async (keys, status, createdAt) => {
          const tenantId = `compiled-${++run}`;
          for (const key of keys) {
            const returned = await insertKey.run(db, { tenantId, key, status, createdAt });
            expect(returned).toEqual([{ key, createdAt }]);
          }
          const built = await db
            .select()
            .from(idempotencyKeys)
            .where(eq(idempotencyKeys.tenantId, tenantId))
            .orderBy(asc(idempotencyKeys.key));
          expect(await keysOf.run(db, { tenantId })).toEqual(built);
          expect(built.map((row) => row.responseStatus)).toEqual(keys.map(() => status));
        },
      ),
      { numRuns: 25 },
    );
  });

  it("runs in the caller's transaction: a rollback undoes it", async () => {
    const { db } = testDatabase;
    const tenantId = "compiled-rollback";
    await insertKey.run(db, { tenantId, key: "kept", status: 200, createdAt: new Date("2026-01-01T00:00:00Z") });
    const attempt = runInAmbientTransaction(db, async (tx) => {
      await statusOf.run(tx, { tenantId, key: "kept", status: 500 });
      await insertKey.run(db, { tenantId, key: "dropped", status: null, createdAt: new Date() });
      expect((await keysOf.run(tx, { tenantId })).map((row) => [row.key, row.responseStatus])).toEqual([
        ["dropped", null],
        ["kept", 500],
      ]);
      throw new Error("roll back");
    });
    await expect(attempt).rejects.toThrow("roll back");
    expect((await keysOf.run(db, { tenantId })).map((row) => [row.key, row.responseStatus])).toEqual([["kept", 200]]);
  });

  it("returns no rows from a statement without a selection, and fails on a missing value", async () => {
    const { db } = testDatabase;
    expect(await statusOf.run(db, { tenantId: "nobody", key: "none", status: 201 })).toEqual([]);
    await expect(statusOf.run(db, { tenantId: "nobody", key: "none" } as never)).rejects.toThrow(
      'No value for placeholder "status"',
    );
  });
});

/** The same raw statement, with a value or a placeholder for each value. */
const keysFrom = (tenantId: unknown, status: unknown) =>
  sql`select key, response_status as "status", created_at as "createdAt" from ${idempotencyKeys}
    where tenant_id = ${tenantId} and response_status >= ${status} order by key`;

const compiledKeysFrom = compiledSql<{ tenantId: string; status: number }, { key: string; status: number }>(
  (value) => keysFrom(value("tenantId"), value("status")) as SQL,
);

describe("compiledSql", () => {
  it("gives the rows the same raw statement gives through execute, for any values", async () => {
    const { db } = testDatabase;
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 5 }),
        fc.array(fc.integer({ min: 100, max: 599 }), { minLength: 5, maxLength: 5 }),
        fc.integer({ min: 100, max: 599 }),
        async (keys, statuses, least) => {
          const tenantId = `raw-${++run}`;
          for (const [index, key] of keys.entries()) {
            await insertKey.run(db, { tenantId, key, status: statuses[index]!, createdAt: new Date(index * 1000) });
          }
          const executed = rowsOf(await db.execute(keysFrom(tenantId, least)));
          expect(await compiledKeysFrom.run(db, { tenantId, status: least })).toEqual(executed);
          expect(executed.length).toBe(statuses.slice(0, keys.length).filter((status) => status >= least).length);
        },
      ),
      { numRuns: 25 },
    );
  });

  it("runs in the caller's transaction, and fails on a missing value", async () => {
    const { db } = testDatabase;
    await runInAmbientTransaction(db, async (tx) => {
      await insertKey.run(tx, { tenantId: "raw-tx", key: "seen", status: 200, createdAt: new Date(0) });
      expect(await compiledKeysFrom.run(tx, { tenantId: "raw-tx", status: 200 })).toMatchObject([{ key: "seen" }]);
    });
    await expect(compiledKeysFrom.run(db, { tenantId: "raw-tx" } as never)).rejects.toThrow(
      'No value for placeholder "status"',
    );
  });
});
