import { date } from "@lendstack/core/calendar";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditRecords, paymentInstrumentVerifications } from "../src/db/schema/index.js";
import { closeDay } from "../src/jobs/close-day/close-day.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { createParty, individual } from "./parties-helpers.js";

// The daily close fails bank accounts whose micro-deposits passed their `expiresOn` unconfirmed (sent
// 2025-01-02, confirmable through 2025-01-12): a verification row, an audit record and the
// `payment_instrument.verification_failed` event; unexpired and confirmed accounts stay; a second close
// fails nothing twice. PGlite and (with DATABASE_URL) PostgreSQL.

let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2025-01-02T12:00:00.000Z" });
});
afterAll(() => testDatabase.dispose());

const tenant = "micro-deposit-expiry";
const day = 86_400_000;
type Body = Record<string, unknown>;

let serial = 5000;
async function pendingAccount(): Promise<{ path: string; instrument: Body }> {
  const token = await api.token(tenant);
  serial += 1;
  const party = await createParty(api, token, individual({ taxId: `123-45-${serial}` }));
  const response = await api.call("POST", `/v1/parties/${party.id}/payment-instruments`, {
    token,
    body: {
      type: "bank_account",
      routingNumber: "021000021",
      accountNumber: "000444444444",
      accountType: "checking",
      holderName: "Ada Lovelace",
    },
  });
  const instrument = await json(response);
  expect(response.status, JSON.stringify(instrument)).toBe(201);
  return { path: `/v1/parties/${party.id}/payment-instruments/${instrument.id}`, instrument };
}

async function read(path: string): Promise<Body> {
  return json(await api.call("GET", path, { token: await api.token(tenant) }));
}

const close = (businessDate: string) =>
  closeDay(testDatabase.db, { businessDate: date(businessDate), batchSize: 50 }, { clock: api.clock, ids: api.ids });

async function verifications(instrumentId: unknown) {
  const rows = await testDatabase.db
    .select()
    .from(paymentInstrumentVerifications)
    .where(eq(paymentInstrumentVerifications.instrumentId, String(instrumentId)));
  return rows.map((row) => ({ outcome: row.outcome, amounts: row.amounts, businessDate: row.businessDate }));
}

async function failedEvents(): Promise<Body[]> {
  const token = await api.token(tenant);
  const page = await json(await api.call("GET", "/v1/events?type=payment_instrument.verification_failed", { token }));
  return page.data as Body[];
}

describe("micro-deposit expiry in the daily close", () => {
  it("fails the expired account only, once, with its verification row, audit record and event", async () => {
    const expiring = await pendingAccount();
    const confirmed = await pendingAccount();
    const deposits = confirmed.instrument.microDeposits as { sandboxAmounts: [number, number] };
    const verified = await api.call("POST", `${confirmed.path}/verify`, {
      token: await api.token(tenant),
      body: { amounts: deposits.sandboxAmounts },
    });
    expect(verified.status).toBe(200);
    api.clock.advance(5 * day);
    const fresh = await pendingAccount();
    expect(fresh.instrument.microDeposits).toMatchObject({ sentOn: "2025-01-07", expiresOn: "2025-01-17" });

    // Its last confirmable day: nothing fails yet.
    await close("2025-01-12");
    expect(await read(expiring.path)).toMatchObject({ verificationStatus: "micro_deposits_pending" });
    expect(await failedEvents()).toEqual([]);

    await close("2025-01-13");
    expect(await read(expiring.path)).toMatchObject({ verificationStatus: "failed", status: "active" });
    expect(await read(confirmed.path)).toMatchObject({ verificationStatus: "verified" });
    expect(await read(fresh.path)).toMatchObject({ verificationStatus: "micro_deposits_pending" });
    expect(await verifications(expiring.instrument.id)).toEqual([
      { outcome: "expired", amounts: [], businessDate: "2025-01-13" },
    ]);
    const events = await failedEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      data: { id: expiring.instrument.id, verificationStatus: "failed", reason: "expired" },
    });
    const audits = await testDatabase.db
      .select()
      .from(auditRecords)
      .where(and(eq(auditRecords.tenantId, tenant), eq(auditRecords.resourceId, String(expiring.instrument.id))));
    expect(audits.filter((row) => row.action === "payment_instrument.verification_expired")).toHaveLength(1);

    // Closing again (the same day, then the next) fails nothing twice.
    await close("2025-01-13");
    await close("2025-01-14");
    expect(await verifications(expiring.instrument.id)).toHaveLength(1);
    expect(await failedEvents()).toHaveLength(1);
    expect(await verifications(fresh.instrument.id)).toEqual([]);

    // A confirmation after the close is refused as locked.
    const late = await api.call("POST", `${expiring.path}/verify`, {
      token: await api.token(tenant),
      body: { amounts: (expiring.instrument.microDeposits as { sandboxAmounts: number[] }).sandboxAmounts },
    });
    expect(late.status).toBe(409);
    expect(await json(late)).toMatchObject({ code: "verification_locked" });
  });
});
