import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personalLoan } from "./helpers/products.js";
import { createProduct, expectQuote, postQuote, type QuoteBody } from "./helpers/quotes.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

// Issue 13: every-N-days / every-N-weeks frequencies and the Actual/364 day count through products and quotes.

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
});
afterAll(() => testDatabase.dispose());

const token = () => api.token("quotes-frequencies");
const inline = {
  terms: { dayCount: "actual/365-fixed" },
  amount: 100_000,
  currency: "USD",
  numberOfPayments: 4,
  ratePercent: "36.5",
  frequency: "every-14-days",
  disbursementDate: "2026-01-01",
};

describe("POST /v1/quotes with interval frequencies", () => {
  // Hand-computed in packages/core/src/schedule/frequency-intervals.test.ts: 36.5 % × 14/365 = 1.4 % a period,
  // PMT(1.4 %, 4, −1000) → 4 × $258.81; due dates every 14 days from one period after disbursement.
  it("every-14-days: 4 × $258.81 on 2026-01-15, -29, 02-12, 02-26", async () => {
    const body = await expectQuote(api, await token(), inline);
    expect(body.schedule.map((row) => [row.dueDate, row.total])).toEqual([
      ["2026-01-15", 25_881],
      ["2026-01-29", 25_881],
      ["2026-02-12", 25_881],
      ["2026-02-26", 25_881],
    ]);
    expect(body.regularPayment).toBe(25_881);
  });
  it("a product on every-2-weeks with daily Actual/364 interest prices as the periodic rate / 26", async () => {
    const t = await token();
    const product = personalLoan({
      repayment: { defaultFrequency: "every-2-weeks", allowedFrequencies: ["every-2-weeks", "weekly"] },
      termLimits: { minPayments: 4, maxPayments: 52, defaultPayments: 26 },
      interestCalculation: "daily",
      dayCount: "actual/364",
      businessDayAdjustment: "none",
    });
    const productId = await createProduct(api, t, product);
    const fromProduct = await expectQuote(api, t, {
      productId,
      amount: 1_000_000,
      currency: "USD",
      ratePercent: "26",
      disbursementDate: "2026-01-01",
    });
    const periodic = await expectQuote<QuoteBody>(api, t, {
      ...inline,
      terms: { dayCount: "actual/364" },
      amount: 1_000_000,
      numberOfPayments: 26,
      ratePercent: "26",
      frequency: "every-2-weeks",
    });
    expect(fromProduct.schedule).toEqual(periodic.schedule);
    // 26 % / 26 = 1 % a period: the first period's interest on $10,000 is $100.00.
    expect(fromProduct.schedule[0]?.interest).toBe(10_000);
  });
  it.each(["every-0-days", "every-367-days", "every-53-weeks", "fortnightly"])(
    "%s is a 422 at /frequency",
    async (frequency) => {
      const response = await postQuote(api, await token(), { ...inline, frequency });
      expect(response.body).toMatchObject({ status: 422, errors: [{ location: "body", pointer: "/frequency" }] });
    },
  );
});
