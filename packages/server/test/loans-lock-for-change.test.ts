import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runInAmbientTransaction } from "../src/db/ambient.js";
import { CHECKPOINT_KEY, CHECKPOINT_MIN_EVENTS } from "../src/loans/append-event.js";
import { lockForChange } from "../src/loans/checkpoint-store.js";
import { loansStore } from "../src/loans/store.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct, pay } from "./loans-helpers.js";

// A change locks its loan and reads, in the same statement, its checkpoint or else its events: the events read
// that way must be the rows the events query reads, field for field, whatever their types.

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
});
afterAll(() => testDatabase.dispose());

async function lockedAndStored(tenantId: string, loanId: string) {
  return runInAmbientTransaction(testDatabase.db, async (tx) => ({
    locked: await lockForChange(tx, tenantId, loanId, CHECKPOINT_KEY),
    stored: await loansStore(tx, tenantId).events(loanId),
  }));
}

describe("lockForChange", () => {
  it("reads a loan's events with its row, as the events query reads them, until it keeps a checkpoint", async () => {
    const tenantId = "lock-for-change";
    const token = await api.token(tenantId);
    const loanId = String((await board(api, token, await createProduct(api, token))).id);
    const payment = await json(await pay(api, token, loanId, 88_849, "2025-02-01"));
    const reversed = await api.call("POST", `/v1/loans/${loanId}/reversals`, {
      token,
      body: { transactionId: (payment.event as { id: string }).id, effectiveDate: "2025-02-05", nsf: true },
    });
    expect(reversed.status).toBe(201);
    const fresh = await lockedAndStored(tenantId, loanId);
    expect(fresh.stored.map((row) => row.type)).toEqual(["disbursement", "payment", "payment-reversal"]);
    expect(fresh.locked?.checkpoint).toBeNull();
    expect(fresh.locked?.events).toEqual(fresh.stored);
    expect(fresh.locked?.row.id).toBe(loanId);

    for (let count = fresh.stored.length; count < CHECKPOINT_MIN_EVENTS; count++) {
      expect((await pay(api, token, loanId, 100, "2025-02-10")).status).toBe(201);
    }
    const checkpointed = await lockedAndStored(tenantId, loanId);
    expect(checkpointed.stored).toHaveLength(CHECKPOINT_MIN_EVENTS);
    expect(checkpointed.locked?.checkpoint).toEqual(expect.any(String));
    expect(checkpointed.locked?.events).toBeUndefined();
  });

  // PGlite has one connection, so nothing there waits for a row lock.
  it.skipIf(!process.env.DATABASE_URL)(
    "after waiting for another change's lock, leaves the events it read before that commit to be read again",
    async () => {
      const tenantId = "lock-for-change-wait";
      const token = await api.token(tenantId);
      const loanId = String((await board(api, token, await createProduct(api, token))).id);
      let releaseOther = () => {};
      const otherMayCommit = new Promise<void>((resolve) => {
        releaseOther = resolve;
      });
      let otherLocked = () => {};
      const lockTaken = new Promise<void>((resolve) => {
        otherLocked = resolve;
      });
      // Another change: locks the loan, appends a second event (a copy of the first) and commits when told.
      const other = testDatabase.db.transaction(async (tx) => {
        await tx.execute(sql`select id from loans where tenant_id = ${tenantId} and id = ${loanId} for update`);
        otherLocked();
        await otherMayCommit;
        await tx.execute(sql`insert into loan_events (tenant_id, loan_id, sequence, event_id, type, effective_date,
            payload, reverses_event_id, recorded_at, recorded_by)
          select tenant_id, loan_id, 2, event_id || '_copy', type, effective_date, payload, reverses_event_id,
            recorded_at, recorded_by from loan_events where tenant_id = ${tenantId} and loan_id = ${loanId}`);
        await tx.execute(sql`update loans set version = 2 where tenant_id = ${tenantId} and id = ${loanId}`);
      });
      await lockTaken;
      const waiting = lockedAndStored(tenantId, loanId); // its statement's snapshot holds one event
      await new Promise((resolve) => setTimeout(resolve, 200));
      releaseOther();
      await other;
      const { locked, stored } = await waiting;
      expect(locked?.row.version).toBe(2); // the row as the other change committed it
      expect(stored).toHaveLength(2);
      expect(locked?.events).toBeUndefined(); // one event of two: the caller reads them again
    },
  );

  it("finds nothing for another tenant's loan or an unknown id", async () => {
    const token = await api.token("lock-owner");
    const loanId = String((await board(api, token, await createProduct(api, token))).id);
    expect((await lockedAndStored("lock-stranger", loanId)).locked).toBeUndefined();
    expect((await lockedAndStored("lock-owner", "loan_unknown")).locked).toBeUndefined();
  });
});
