import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personalLoan } from "./helpers/products.js";
import { createProduct, expectQuote } from "./helpers/quotes.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

// Issue 13 level-payment options through quotes (inline terms and a product): the worked example of
// packages/core/src/schedule/level-options.test.ts — $10,000 at 12 % over 12 months, interest daily on Actual/365.

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
});
afterAll(() => testDatabase.dispose());

const token = () => api.token("quotes-level-payment");
const request = (rounding: Record<string, unknown>) => ({
  terms: {
    interestCalculation: "daily",
    dayCount: "actual/365-fixed",
    rounding: { installmentMultiple: 1, mode: "half-up", ...rounding },
  },
  amount: 1_000_000,
  currency: "USD",
  numberOfPayments: 12,
  ratePercent: "12",
  disbursementDate: "2026-01-01",
});

describe("POST /v1/quotes level-payment options", () => {
  it("default: $888.66 and a last installment of $883.53", async () => {
    const body = await expectQuote(api, await token(), request({}));
    expect([body.regularPayment, body.schedule.at(-1)?.total]).toEqual([88_866, 88_353]);
  });
  it("levelPaymentRates actual: $888.26, last $888.23", async () => {
    const body = await expectQuote(api, await token(), request({ levelPaymentRates: "actual" }));
    expect([body.regularPayment, body.schedule.at(-1)?.total]).toEqual([88_826, 88_823]);
  });
  it("isLastInstallmentAdjusted: the schedule's level is $888.26, last $888.23", async () => {
    const body = await expectQuote(api, await token(), request({ isLastInstallmentAdjusted: true }));
    expect([body.schedule[0]?.total, body.schedule.at(-1)?.total]).toEqual([88_826, 88_823]);
  });
  it("a product's rounding.multipleAppliesTo keeps equal principal off the whole-dollar multiple", async () => {
    const t = await token();
    const product = personalLoan({
      amortization: "equal-principal",
      businessDayAdjustment: "none",
      rounding: { installmentMultiple: 100, mode: "half-up", multipleAppliesTo: "level-installments" },
    });
    product.fees = {};
    const productId = await createProduct(api, t, product);
    const body = await expectQuote(api, t, {
      productId,
      amount: 1_000_000,
      currency: "USD",
      numberOfPayments: 12,
      ratePercent: "12",
      disbursementDate: "2026-01-01",
    });
    // 10,000 / 12 = 833.33… a month, not rounded to $833.
    expect(body.schedule[0]?.principal).toBe(83_333);
  });
});
