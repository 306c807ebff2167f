import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, personalLoan } from "./helpers/products.js";
import { expectQuote } from "./helpers/quotes.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

// Issue 13: a product with `compatibilityProfile: "fineract"` through the API. The worked example of
// packages/core/src/products/compatibility-profiles.test.ts: $1,000 at 9.75 %, 6 monthly, 30/360 per period,
// HALF_EVEN: $171.44 a month, first interest 8.125 → 8.12, last $171.42.

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
});
afterAll(() => testDatabase.dispose());

describe("POST /v1/products with a compatibility profile", () => {
  it("stores the profile's options and quotes by them", async () => {
    const token = await api.token("compatibility-profile");
    const {
      dayCount: _d,
      interestCalculation: _c,
      rounding: _r,
      overpayment: _o,
      latePayment: _l,
      ...base
    } = personalLoan({
      businessDayAdjustment: "none",
      amountLimits: { min: 10_000, max: 5_000_000 },
      termLimits: { minPayments: 2, maxPayments: 60, defaultPayments: 6 },
      rateLimits: { minPercent: "0", maxPercent: "36", defaultPercent: "9.75" },
      fees: {},
    });
    const created = await api.call("POST", "/v1/products", {
      token,
      body: { ...base, compatibilityProfile: "fineract" },
    });
    const product = await json(created);
    expect(created.status, JSON.stringify(product)).toBe(201);
    expect(product.definition).toMatchObject({
      compatibilityProfile: "fineract",
      dayCount: "30/360-us",
      interestCalculation: "periodic",
      rounding: { mode: "half-even" },
      overpayment: "hold-as-credit",
      latePayment: { graceDays: 2, lateFeeBase: "principal" },
    });
    const quote = await expectQuote(api, token, {
      productId: product.id,
      amount: 100_000,
      currency: "USD",
      numberOfPayments: 6,
      ratePercent: "9.75",
      disbursementDate: "2026-01-01",
    });
    expect(quote.schedule.map((row) => row.total)).toEqual([...Array(5).fill(17_144), 17_142]);
    expect(quote.schedule[0]?.interest).toBe(812);
  });

  it("refuses an unknown profile with a 422 that names the field", async () => {
    const token = await api.token("compatibility-profile-bad");
    const response = await api.call("POST", "/v1/products", {
      token,
      body: { ...personalLoan(), compatibilityProfile: "loanpro" },
    });
    expect(response.status).toBe(422);
    expect(JSON.stringify(await json(response))).toContain("compatibilityProfile");
  });
});
