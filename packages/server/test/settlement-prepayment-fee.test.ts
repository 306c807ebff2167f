import { date } from "@lendstack/core/calendar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDays, moveClockTo } from "./helpers/close-days.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, pay, testProduct } from "./loans-helpers.js";

// A settlement payment above the installment due is not charged the prepayment fee. The loans tests' standard
// loan ($10,000.00 at 12 %, 12 monthly payments from 2025-02-01) under a product with a flat $100 prepayment fee,
// left unpaid and closed daily to 2025-03-09; on 2025-03-10 a $6,000 settlement in two installments is agreed and
// its first $3,000 paid: far above the two installments and late fees due (about $1,850), so without the
// settlement $1,150-odd would prepay principal and owe the $100 fee. A loan without a settlement still owes it.

let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2025-01-02T12:00:00.000Z" });
});
afterAll(() => testDatabase.dispose());

const tenant = "settlement-prepayment";
const plan = {
  type: "installments",
  installments: [
    { dueDate: "2025-03-10", amount: 300_000 },
    { dueDate: "2025-04-10", amount: 300_000 },
  ],
};
const approval = { reason: "Hardship: job loss", approvedBy: "supervisor.kim" };

async function prepaymentFees(token: string, loanId: string) {
  const body = await json(await api.call("GET", `/v1/loans/${loanId}/transactions`, { token }));
  return (body.data as { type: string; amount: number }[]).filter((t) => t.type === "prepayment-fee");
}

describe("prepayment fee during a settlement", () => {
  it("charges none on a settlement payment above the installment due; a loan without one is charged", async () => {
    let token = await api.token(tenant);
    const product = { ...testProduct(), fees: { ...testProduct().fees, prepayment: { type: "flat", amount: 10_000 } } };
    const created = await api.call("POST", "/v1/products", { token, body: product });
    expect(created.status).toBe(201);
    const productId = String((await json(created)).id);
    const settled = String((await board(api, token, productId)).id);
    const plain = String((await board(api, token, productId)).id);
    await closeDays(api, testDatabase.db, tenant, date("2025-01-02"), date("2025-03-09"));
    moveClockTo(api, "2025-03-10T12:00:00.000Z");
    token = await api.token(tenant);

    const agreed = await api.call("POST", `/v1/loans/${settled}/settlements`, {
      token,
      body: { amount: 600_000, plan, ...approval },
      idempotencyKey: "settle-1",
    });
    expect(agreed.status, JSON.stringify(await json(agreed.clone()))).toBe(201);
    // Both loans owe the same; the payoff quote of the one under settlement leaves out the $100 fee.
    const feesQuoted = async (loanId: string) => {
      const quote = await json(await api.call("GET", `/v1/loans/${loanId}/payoff-quote?date=2025-03-10`, { token }));
      return (quote.breakdown as { fees: number }).fees;
    };
    expect((await feesQuoted(plain)) - (await feesQuoted(settled))).toBe(10_000);

    for (const loanId of [settled, plain]) {
      const paid = await pay(api, token, loanId, 300_000, "2025-03-10");
      expect(paid.status, JSON.stringify(await json(paid))).toBe(201);
    }
    expect(await prepaymentFees(token, settled)).toEqual([]);
    expect(await prepaymentFees(token, plain)).toMatchObject([{ type: "prepayment-fee", amount: 10_000 }]);
    const state = await json(await api.call("GET", `/v1/loans/${settled}`, { token }));
    expect((state.charges as { label: string }[]).map((charge) => charge.label)).not.toContain("prepayment fee");

    // The second $3,000 is never paid: the close breaks the settlement after its 10 grace days (2025-04-20) and
    // records the loan's settlement end; a payment beyond what is due owes the fee again.
    const settlementId = String((await json(agreed)).id);
    await closeDays(api, testDatabase.db, tenant, date("2025-03-10"), date("2025-04-21"));
    moveClockTo(api, "2025-04-22T12:00:00.000Z");
    token = await api.token(tenant);
    const broken = await json(await api.call("GET", `/v1/loans/${settled}/settlements/${settlementId}`, { token }));
    expect(broken).toMatchObject({ status: "broken", brokenOn: "2025-04-21" });
    const events = await json(await api.call("GET", `/v1/loans/${settled}/events`, { token }));
    const terms = (events.data as { type: string; effectiveDate: string }[]).filter((e) => e.type === "settlement");
    expect(terms.map((e) => e.effectiveDate)).toEqual(["2025-03-10", "2025-04-21"]);
    const after = await pay(api, token, settled, 300_000, "2025-04-22");
    expect(after.status).toBe(201);
    expect(await prepaymentFees(token, settled)).toMatchObject([{ type: "prepayment-fee", amount: 10_000 }]);
  });
});
