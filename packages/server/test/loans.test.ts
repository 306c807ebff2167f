import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct, pay, stateOf } from "./loans-helpers.js";

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
});
afterAll(() => testDatabase.dispose());

// Hand-checked figures for the standard loan ($10,000.00 at 12 %, 12 monthly payments from 2025-02-01,
// Actual/365 Fixed daily accrual on the principal actually outstanding, half-up to the cent):
// - level installment = PMT(12 %/12, 12, 10000) = 10000 × 0.01 / (1 − 1.01^−12) = 888.4879 → $888.49;
// - interest of installment 1 = 1,000,000 × 0.12 × 31/365 = 10,191.78 → 10,192 cents;
//   its principal = 88,849 − 10,192 = 78,657, leaving 921,343;
// - interest of installment 2 = 921,343 × 0.12 × 28/365 = 8,481.37 → 8,481; principal 80,368.
describe("loans API: boarding and state", () => {
  it("boards a loan and replays it to a date with the hand-checked numbers", async () => {
    const token = await api.token("board");
    const productId = await createProduct(api, token);
    const loan = await board(api, token, productId, { externalReference: "LN-1", borrowerReference: "B-7" });
    expect(loan.id).toMatch(/^loan_[0-9A-Z]{26}$/);
    expect(loan).toMatchObject({
      productId,
      productVersion: 1,
      version: 1,
      currency: "USD",
      principal: { amount: 1_000_000, currency: "USD" },
      ratePercent: "12",
      externalReference: "LN-1",
      borrowerReference: "B-7",
      // Today (test clock 2025-03-01) is after both due dates and nothing was paid.
      asOf: "2025-03-01",
      lifecycleStatus: "active",
    });

    const onFirstDue = await stateOf(api, token, String(loan.id), "2025-02-01");
    expect(onFirstDue).toMatchObject({
      asOf: "2025-02-01",
      outstanding: { principalMinor: 1_000_000, interestMinor: 10_192 },
      // Core's next due: the next due date still ahead and all that is owed by it (installments 1 and 2).
      nextDue: { date: "2025-03-01", amountMinor: 2 * 88_849 },
      daysPastDue: 0,
    });

    const paid = await pay(api, token, String(loan.id), 88_849, "2025-02-01");
    expect(paid.status).toBe(201);
    const change = await json(paid);
    expect(change.event).toMatchObject({ type: "payment", effectiveDate: "2025-02-01", sequence: 2 });
    expect(String((change.event as { id: string }).id)).toMatch(/^pmt_/);

    const schedule = await json(await api.call("GET", `/v1/loans/${loan.id}/schedule?asOf=2025-03-01`, { token }));
    const [first, second] = schedule.installments as Array<Record<string, unknown>>;
    expect(first).toMatchObject({ status: "paid", principalPaidMinor: 78_657, interestPaidMinor: 10_192 });
    expect(second).toMatchObject({ status: "due", principalDueMinor: 80_368, interestDueMinor: 8_481 });
  });
});
