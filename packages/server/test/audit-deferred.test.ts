import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runInAmbientTransaction } from "../src/db/ambient.js";
import { type ChangeContext, writeAudit } from "../src/db/audit.js";
import { verifyChain } from "../src/db/audit-chain.js";
import { auditHeads, auditRecords } from "../src/db/schema/index.js";
import { createIdGenerator } from "../src/ids.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

// In a request's transaction the audit records are appended when its work is done, just before the commit (the
// tenant's chain anchor is then locked for the shortest time): they commit or roll back with the work, in the
// order they were written, and a savepoint that rolls back takes its own records with it.

let testDatabase: TestDatabase;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
});
afterAll(() => testDatabase.dispose());

const clock = () => new Date("2026-03-01T12:00:00Z");
const contextFor = (tenantId: string): ChangeContext => ({
  tenantId,
  actor: "tester",
  requestId: "req-1",
  now: clock(),
  ids: createIdGenerator({ clock }),
});
const entry = (resourceId: string, details: Record<string, unknown> = {}) => ({
  action: "thing.changed",
  resourceType: "thing",
  resourceId,
  details,
});

async function chainOf(tenantId: string) {
  return testDatabase.db
    .select()
    .from(auditRecords)
    .where(eq(auditRecords.tenantId, tenantId))
    .orderBy(asc(auditRecords.sequence));
}

describe("audit records in a request's transaction", () => {
  it("are appended at its end, in the order written, as one valid chain with the details as they were", async () => {
    const { db } = testDatabase;
    const context = contextFor("deferred-order");
    await writeAudit(db, context, entry("before"));
    await runInAmbientTransaction(db, async (tx) => {
      const details = { step: 1 };
      await writeAudit(tx, context, entry("first", details));
      details.step = 2;
      await writeAudit(tx, contextFor("deferred-order"), entry("second"));
      expect((await chainOf("deferred-order")).map((row) => row.resourceId)).toEqual(["before"]);
    });
    const chain = await chainOf("deferred-order");
    expect(chain.map((row) => [row.sequence, row.resourceId])).toEqual([
      [1, "before"],
      [2, "first"],
      [3, "second"],
    ]);
    expect(chain[1]?.details).toEqual({ step: 1 });
    const [head] = await db.select().from(auditHeads).where(eq(auditHeads.tenantId, "deferred-order"));
    const records = chain.map((row) => ({
      ...row,
      sequence: row.sequence!,
      previousHash: row.previousHash!,
      hash: row.hash!,
    }));
    expect(verifyChain(records, head)).toBeUndefined();
  });

  it("roll back with the work, and with a savepoint that rolls back; the rest commit", async () => {
    const { db } = testDatabase;
    const context = contextFor("deferred-rollback");
    await expect(
      runInAmbientTransaction(db, async (tx) => {
        await writeAudit(tx, context, entry("lost"));
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await chainOf("deferred-rollback")).toEqual([]);
    await runInAmbientTransaction(db, async (tx) => {
      await writeAudit(tx, context, entry("outer-1"));
      await expect(
        runInAmbientTransaction(db, async (savepoint) => {
          await writeAudit(savepoint, context, entry("inner"));
          throw new Error("savepoint");
        }),
      ).rejects.toThrow("savepoint");
      await runInAmbientTransaction(db, (savepoint) => writeAudit(savepoint, context, entry("inner-kept")));
      await writeAudit(tx, context, entry("outer-2"));
    });
    expect((await chainOf("deferred-rollback")).map((row) => [row.sequence, row.resourceId])).toEqual([
      [1, "inner-kept"],
      [2, "outer-1"],
      [3, "outer-2"],
    ]);
  });
});
