import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { auditRecords } from "../src/db/schema/index.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct, pay, stateOf, usd } from "./loans-helpers.js";

// The standard loan of loans-helpers.ts: $10,000.00 at 12 %, 12 monthly payments from 2025-02-01, level
// installment $888.49; installment 1 = 10,192 interest + 78,657 principal (derived in loans.test.ts). Today
// on the test clock is 2025-03-01.

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
});
afterAll(() => testDatabase.dispose());

type Row = Record<string, unknown>;

async function comparable(token: string, loanId: string) {
  const state = await stateOf(api, token, loanId, "2025-03-01");
  const schedule = await json(await api.call("GET", `/v1/loans/${loanId}/schedule?asOf=2025-03-01`, { token }));
  const history = await json(await api.call("GET", `/v1/loans/${loanId}/transactions?asOf=2025-03-01`, { token }));
  const keep = ["outstanding", "overdue", "accruedInterest", "principalBalance", "daysPastDue", "charges"];
  return {
    state: Object.fromEntries(keep.map((key) => [key, state[key]])),
    installments: schedule.installments,
    transactions: (history.data as Row[]).map(({ type, date, amount, allocation }) => ({
      type,
      date,
      amount,
      allocation,
    })),
  };
}

describe("loans API: payments", () => {
  it("a back-dated payment re-flows interest: the state equals posting it on time", async () => {
    const token = await api.token("back-dated");
    const productId = await createProduct(api, token);
    const onTime = String((await board(api, token, productId)).id);
    expect((await pay(api, token, onTime, 88_849, "2025-02-01")).status).toBe(201);
    expect((await pay(api, token, onTime, 100_000, "2025-02-15")).status).toBe(201);

    const late = String((await board(api, token, productId)).id);
    expect((await pay(api, token, late, 100_000, "2025-02-15")).status).toBe(201);
    // Alone, the 02-15 payment settles installment 1 (overdue since 02-01) and prepays 100,000 − 88,849 =
    // 11,151, so installment 2 accrues on 1,000,000 for 14 days and on 910,192 for 14:
    // (1,000,000 × 14 + 910,192 × 14) × 0.12 / 365 = 8,792.12 → 8,792.
    const before = await comparable(token, late);
    expect((before.installments as Row[])[0]).toMatchObject({ paidDate: "2025-02-15" });
    expect((before.installments as Row[])[1]).toMatchObject({ interestDue: 8_792 });
    expect((await pay(api, token, late, 88_849, "2025-02-01")).status).toBe(201);

    const want = await comparable(token, onTime);
    expect(await comparable(token, late)).toEqual(want);
    // Installment 2 interest with the $1,000 prepayment on 02-15 (Actual/365F, accrued daily):
    // (921,343 × 14 + 821,343 × 14) × 0.12 / 365 = 8,021.13 → 8,021 cents (vs 8,481 without it).
    expect((want.installments as Row[])[0]).toMatchObject({ paidDate: "2025-02-01" });
    expect((want.installments as Row[])[1]).toMatchObject({ interestDue: 8_021 });
    expect(want.state.charges).toEqual([]);
  });

  it("payments posted at the same time on one loan all land, in sequence, and the balances add up", async () => {
    const token = await api.token("concurrent");
    const loanId = String((await board(api, token, await createProduct(api, token))).id);
    const amounts = [10_001, 10_002, 10_003, 10_004, 10_005, 10_006];
    const responses = await Promise.all(amounts.map((amount) => pay(api, token, loanId, amount, "2025-02-01")));
    const bodies = await Promise.all(responses.map((response) => json(response)));
    expect(responses.map((response) => response.status)).toEqual(amounts.map(() => 201));
    const sequences = bodies.map((body) => (body.event as { sequence: number }).sequence).sort((a, b) => a - b);
    expect(sequences).toEqual([2, 3, 4, 5, 6, 7]);

    const state = await stateOf(api, token, loanId, "2025-02-01");
    expect(state.version).toBe(7);
    const history = await json(await api.call("GET", `/v1/loans/${loanId}/transactions`, { token }));
    const payments = (history.data as Row[]).filter((t) => t.type === "payment");
    expect(payments.map((t) => t.amount).sort()).toEqual(amounts);
    // 60,021 paid on the due date all goes to installment 1: its 10,192 interest, then 49,829 principal.
    const total = amounts.reduce((sum, amount) => sum + amount, 0);
    const schedule = await json(await api.call("GET", `/v1/loans/${loanId}/schedule?asOf=2025-02-01`, { token }));
    expect((schedule.installments as Row[])[0]).toMatchObject({
      interestPaid: 10_192,
      principalPaid: total - 10_192,
    });
    expect(state.outstanding).toMatchObject({ principal: 1_000_000 - (total - 10_192), interest: 0 });
  });

  it("a payment retried with the same Idempotency-Key is stored once", async () => {
    const token = await api.token("idempotent");
    const loanId = String((await board(api, token, await createProduct(api, token))).id);
    const send = () =>
      api.call("POST", `/v1/loans/${loanId}/payments`, {
        token,
        headers: { "idempotency-key": "payment-0001" },
        body: { ...usd(88_849), effectiveDate: "2025-02-01" },
      });
    const first = await send();
    const again = await send();
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await json(again)).toEqual(await json(first));
    expect((await stateOf(api, token, loanId)).version).toBe(2);
  });

  it("paying the payoff quote closes the loan", async () => {
    const token = await api.token("payoff");
    const loanId = String((await board(api, token, await createProduct(api, token))).id);
    expect((await pay(api, token, loanId, 88_849, "2025-02-01")).status).toBe(201);
    const response = await api.call("GET", `/v1/loans/${loanId}/payoff-quote?date=2025-03-01`, { token });
    expect(response.status).toBe(200);
    const quote = await json(response);
    // Principal 921,343 + installment 2's interest 8,481 (28 days, due 03-01; nothing accrued beyond it).
    expect(quote).toMatchObject({
      amount: 929_824,
      currency: "USD",
      goodThroughDate: "2025-03-01",
      breakdown: { principal: 921_343, interest: 8_481, fees: 0, penalties: 0 },
    });
    // Per diem at 921,343: × 0.12 / 365 = 302.91 → 303 cents.
    expect(quote.perDiem).toBe(303);
    const paid = await pay(api, token, loanId, 929_824, "2025-03-01");
    expect(paid.status).toBe(201);
    const loan = (await json(paid)).loan as Row;
    expect(loan).toMatchObject({ status: "paid-off" });
    expect((loan.outstanding as Row).total).toBe(0);
  });
});

describe("loans API: audit", () => {
  it("boarding and every posted event write an audit record in the same transaction; a rejected one writes none", async () => {
    const token = await api.token("audited");
    const loanId = String((await board(api, token, await createProduct(api, token))).id);
    expect((await pay(api, token, loanId, 10_000, "2025-02-01")).status).toBe(201);
    expect((await pay(api, token, loanId, -1, "2025-02-01")).status).toBe(422);
    const rows = await testDatabase.db
      .select()
      .from(auditRecords)
      .where(and(eq(auditRecords.tenantId, "audited"), eq(auditRecords.resourceId, loanId)))
      .orderBy(asc(auditRecords.id));
    expect(rows.map((row) => row.action)).toEqual(["loan.boarded", "loan.payment_posted"]);
    expect(rows[1]?.details).toMatchObject({ type: "payment", sequence: 2, version: 2 });
    expect(rows[1]?.actor).toBe("user-of-audited");
  });
});

describe("loans API: the stored event log", () => {
  it("lists every appended event in arrival order with who posted it; back-dating changes no sequence", async () => {
    const token = await api.token("event-log");
    const loanId = String((await board(api, token, await createProduct(api, token))).id);
    const later = await json(await pay(api, token, loanId, 20_000, "2025-02-20"));
    const earlier = await json(await pay(api, token, loanId, 10_000, "2025-02-01"));
    const reversal = await api.call("POST", `/v1/loans/${loanId}/reversals`, {
      token,
      body: { transactionId: (later.event as Row).id, effectiveDate: "2025-02-25" },
    });
    expect(reversal.status).toBe(201);
    const log = await json(await api.call("GET", `/v1/loans/${loanId}/events`, { token }));
    const events = log.data as Row[];
    expect(events.map(({ type, effectiveDate, sequence }) => ({ type, effectiveDate, sequence }))).toEqual([
      { type: "disbursement", effectiveDate: "2025-01-01", sequence: 1 },
      { type: "payment", effectiveDate: "2025-02-20", sequence: 2 },
      { type: "payment", effectiveDate: "2025-02-01", sequence: 3 },
      { type: "payment-reversal", effectiveDate: "2025-02-25", sequence: 4 },
    ]);
    expect(events[0]?.details).toEqual({ amount: 1_000_000 });
    expect(events[2]).toMatchObject({ id: (earlier.event as Row).id, recordedBy: "user-of-event-log" });
    expect(events[3]).toMatchObject({ reversesEventId: (later.event as Row).id });
  });

  it("answers the loan with its fields in one fixed order (the response's bytes, not just its values)", async () => {
    const token = await api.token("field-order");
    const loanId = String((await board(api, token, await createProduct(api, token))).id);
    const response = await pay(api, token, loanId, 88_849, "2025-02-01");
    const loan = (JSON.parse(await response.text()) as { loan: Row }).loan;
    expect(Object.keys(loan)).toEqual(
      "id productId productVersion status version currency principal requestedAmount originationFee ratePercent numberOfPayments frequency disbursementDate firstPaymentDate externalReference borrowerReference decisionId applicationId offerId createdAt updatedAt asOf annualRatePercent disbursed outstanding overdue principalBalance accruedInterest deferredInterest creditBalance daysPastDue delinquencyBucket isNonPerforming nextDue chargedOff recovered charges".split(
        " ",
      ),
    );
    expect(loan.status).toBe("active");
  });

  it("never reads its response's body: the event and the idempotency record take the text c.json rendered", async () => {
    const token = await api.token("one-clone");
    const loanId = String((await board(api, token, await createProduct(api, token))).id);
    const clone = vi.spyOn(Response.prototype, "clone");
    try {
      expect((await pay(api, token, loanId, 88_849, "2025-02-01")).status).toBe(201);
      expect(clone).not.toHaveBeenCalled();
    } finally {
      clone.mockRestore();
    }
  });
});
