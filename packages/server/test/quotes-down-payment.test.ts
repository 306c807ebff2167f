import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personalLoan } from "./helpers/products.js";
import { createProduct, expectQuote, postQuote } from "./helpers/quotes.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

// Issue 13 down payment through quotes: the worked example of packages/core/src/schedule/down-payment.test.ts —
// $1,000 at 10 % (30/360, periodic), 4 monthly installments, $200 down on the disbursement date, then 3 × $271.12
// (last $271.13; interest 6.67 + 4.46 + 2.24 = $13.37). Regular monthly periods at 10/12 % give an Appendix J APR
// of exactly 10 % whether the $200 is collected at once (amount financed $800, payments the three installments) or
// owed on the disbursement date (amount financed $1,000, payments all four): the finance charge is $13.37 either way.

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
});
afterAll(() => testDatabase.dispose());

const token = () => api.token("quotes-down-payment");
const loan = {
  amount: 100_000,
  currency: "USD",
  numberOfPayments: 4,
  ratePercent: "10",
  disbursementDate: "2026-01-01",
  firstPaymentDate: "2026-02-01",
};
const inline = (downPayment: Record<string, unknown>) => ({
  terms: { interestCalculation: "periodic", dayCount: "30/360-us", downPayment },
  ...loan,
});

describe("POST /v1/quotes downPayment", () => {
  it("collected at once: amount financed $800, total of payments $813.37, APR 10 %", async () => {
    const body = await expectQuote(api, await token(), inline({ amount: 20_000, isCollectedAtDisbursement: true }));
    expect(body.schedule.map((row) => [row.dueDate, row.total])).toEqual([
      ["2026-01-01", 20_000],
      ["2026-02-01", 27_112],
      ["2026-03-01", 27_112],
      ["2026-04-01", 27_113],
    ]);
    expect(body.regularPayment).toBe(27_112);
    expect(body.disclosure).toMatchObject({ amountFinanced: 80_000, totalOfPayments: 81_337, financeCharge: 1_337 });
    expect(body.apr.disclosedPercent).toBe("10");
  });
  it("owed on the disbursement date: amount financed $1,000, total of payments $1,013.37, APR 10 %", async () => {
    const body = await expectQuote(api, await token(), inline({ percent: "20" }));
    expect(body.schedule[0]?.total).toBe(20_000);
    expect(body.disclosure).toMatchObject({ amountFinanced: 100_000, totalOfPayments: 101_337, financeCharge: 1_337 });
    expect(body.apr.disclosedPercent).toBe("10");
  });
  it("a product's pay-in-4: 25 % of $100.01 down (half-up $25.00), the rest over three fortnights at 0 %", async () => {
    const t = await token();
    const product = personalLoan({
      businessDayAdjustment: "none",
      downPayment: { percent: "25", isCollectedAtDisbursement: true },
      rateLimits: { minPercent: "0", maxPercent: "36", defaultPercent: "0" },
      repayment: { defaultFrequency: "biweekly", allowedFrequencies: ["biweekly"] },
      amountLimits: { min: 1_000, max: 1_000_000 },
      termLimits: { minPayments: 2, maxPayments: 12, defaultPayments: 4 },
    });
    product.fees = {};
    const productId = await createProduct(api, t, product);
    const body = await expectQuote(api, t, {
      productId,
      amount: 10_001,
      currency: "USD",
      numberOfPayments: 4,
      ratePercent: "0",
      disbursementDate: "2026-01-01",
    });
    expect(body.schedule.map((row) => row.total)).toEqual([2_500, 2_500, 2_500, 2_501]);
    expect(body.disclosure).toMatchObject({ amountFinanced: 7_501, financeCharge: 0 });
  });
  it("boarding a loan from a product with a down payment: installment 1 is the $200, due on the disbursement date", async () => {
    const t = await token();
    const product = personalLoan({
      businessDayAdjustment: "none",
      downPayment: { amount: 20_000, isCollectedAtDisbursement: false },
    });
    product.fees = {};
    const productId = await createProduct(api, t, product);
    const response = await api.call("POST", "/v1/loans", {
      token: t,
      body: { productId, ...loan, numberOfPayments: 12 },
    });
    const body = await response.json();
    expect(response.status, JSON.stringify(body)).toBe(201);
    expect(body).toMatchObject({
      status: "pending",
      principal: 100_000,
      nextDue: { date: "2026-01-01", amount: 20_000 },
    });
  });
  it("refuses both amount and percent, and a down payment of the whole amount (422)", async () => {
    const t = await token();
    const both = await postQuote(api, t, inline({ amount: 1_000, percent: "10" }));
    expect(both.status).toBe(422);
    expect(both.body).toMatchObject({
      code: "validation_failed",
      errors: [{ pointer: "/terms/downPayment", detail: "give exactly one of amount and percent" }],
    });
    const whole = await postQuote(api, t, inline({ amount: 100_000 }));
    expect(whole.status).toBe(422);
    expect(whole.body).toMatchObject({ code: "invalid_amount" });
  });
});
