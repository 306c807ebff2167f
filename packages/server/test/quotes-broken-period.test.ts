import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personalLoan } from "./helpers/products.js";
import { createProduct, expectQuote, postQuote } from "./helpers/quotes.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

// Issue 13 broken-period option through quotes (inline terms and a product): the worked example of
// packages/core/src/schedule/broken-period.test.ts — $10,000 at 12 % periodic on 30/360, disbursed 2026-01-15,
// first payment 2026-03-01: the stub's 16/360 of 12 % ($153.33) or 17 of January's 31 days of 1 % ($154.84).

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
});
afterAll(() => testDatabase.dispose());

const token = () => api.token("quotes-broken-period");
const loan = {
  amount: 1_000_000,
  currency: "USD",
  numberOfPayments: 12,
  ratePercent: "12",
  disbursementDate: "2026-01-15",
  firstPaymentDate: "2026-03-01",
};
const inline = (options: Record<string, unknown>) => ({
  terms: { interestCalculation: "periodic", dayCount: "30/360-us", ...options },
  ...loan,
});

describe("POST /v1/quotes brokenPeriodInterest", () => {
  it("default day-count: first interest $153.33, $893.18 a month", async () => {
    const body = await expectQuote(api, await token(), inline({}));
    expect([body.schedule[0]?.interest, body.regularPayment]).toEqual([15_333, 89_318]);
  });
  it("actual-days-of-period: first interest $154.84, $893.31 a month, last $893.33", async () => {
    const body = await expectQuote(api, await token(), inline({ brokenPeriodInterest: "actual-days-of-period" }));
    expect([body.schedule[0]?.interest, body.regularPayment, body.schedule.at(-1)?.total]).toEqual([
      15_484, 89_331, 89_333,
    ]);
  });
  it("a product's brokenPeriodInterest applies to its quotes", async () => {
    const t = await token();
    const product = personalLoan({
      interestCalculation: "periodic",
      dayCount: "30/360-us",
      businessDayAdjustment: "none",
      brokenPeriodInterest: "actual-days-of-period",
    });
    product.fees = {};
    const productId = await createProduct(api, t, product);
    const body = await expectQuote(api, t, { productId, ...loan });
    expect(body.schedule[0]?.interest).toBe(15_484);
  });
  it("refuses the option with daily interest: 422 unsupported_combination", async () => {
    const body = inline({ interestCalculation: "daily", brokenPeriodInterest: "actual-days-of-period" });
    const response = await postQuote(api, await token(), body);
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ code: "unsupported_combination" });
  });
});
