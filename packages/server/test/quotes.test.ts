import { demoProducts } from "@lendstack/core/demo";
import type { ProductDefinition } from "@lendstack/core/products";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personalLoan } from "./helpers/products.js";
import {
  bisectMonthlyApr,
  createProduct as createProductIn,
  expectQuote,
  expectScheduleInvariants,
  postQuote,
} from "./helpers/quotes.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

// Pricing through POST /v1/quotes: product and inline terms, and properties. Rejections and access: quotes-errors.test.ts.

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
});
afterAll(() => testDatabase.dispose());

const createProduct = (token: string, definition: ProductDefinition) => createProductIn(api, token, definition);
const quote = (token: string, body: unknown) => postQuote(api, token, body);
const goodQuote = (token: string, body: unknown) => expectQuote(api, token, body);

describe("POST /v1/quotes with a product", () => {
  // Expected figures: spreadsheet PMT(rate/12, n, -amount), the installment rounded half-up to the cent, interest
  // each month = balance × rate/12 rounded half-up, the last installment settling the rest; APR from the same
  // payments by 200-step Decimal bisection of the Appendix J equation (unit period 1 month), reproduced in the test
  // by `bisectMonthlyApr`.
  const cases = [
    {
      why: "personal loan, $10,000 × 36 at 7.99%, 5% fee ($500) deducted",
      product: personalLoan({ businessDayAdjustment: "none" }),
      request: { amount: 1_000_000, numberOfPayments: 36, ratePercent: "7.99", disbursementDate: "2025-01-15" },
      // PMT(7.99%/12, 36, -10000) = 313.3175… -> $313.32; last row $313.25; total $11,279.45.
      want: { payment: 31_332, last: 31_325, total: 1_127_945, financed: 950_000, fee: 50_000, apr: "11.51" },
    },
    {
      why: "30-year mortgage, $200,000 at 6%, 1 point ($2,000) prepaid",
      product: demoProducts[2] as ProductDefinition,
      request: { amount: 20_000_000, ratePercent: "6", disbursementDate: "2026-01-01" },
      // PMT(6%/12, 360, -200000) = 1199.1010… -> $1,199.10; last row $1,200.14; total $431,677.04.
      want: { payment: 119_910, last: 120_014, total: 43_167_704, financed: 19_800_000, fee: 200_000, apr: "6.094" },
    },
  ];
  it.each(cases)("$why: PMT, schedule, APR and disclosure", async ({ product, request, want }) => {
    const token = await api.token("quotes-a");
    const productId = await createProduct(token, product);
    const body = await goodQuote(token, { productId, ...request, amount: request.amount, currency: "USD" });
    expect(body).toMatchObject({ productId, productVersion: 1, regularPayment: want.payment });
    expect(body.schedule.at(0)?.total).toBe(want.payment);
    expect(body.schedule.at(-1)?.total).toBe(want.last);
    expect(body.disclosure.totalOfPayments).toBe(want.total);
    expect(body.disclosure.amountFinanced).toBe(want.financed);
    expect(body.disclosure.prepaidFinanceCharges).toBe(want.fee);
    expect(body.disclosure.financeCharge).toBe(want.total - want.financed);
    expectScheduleInvariants(body);
    // The fee makes the APR exceed the note rate; it is the rate that discounts the payments to the amount financed.
    expect(Number(body.apr.aprPercent)).toBeGreaterThan(Number(body.ratePercent));
    expect(body.apr.unitPeriod).toEqual({ unit: "month", count: 1 });
    const independent = bisectMonthlyApr(
      want.financed,
      body.schedule.map((row) => row.total),
    );
    expect(Math.abs(Number(body.apr.aprPercent) - independent)).toBeLessThan(1e-5);
    expect(body.apr.disclosedPercent).toBe(want.apr);
  });

  it("defaults rate, term and first payment from the product; the demo product's dates move to business days", async () => {
    const token = await api.token("quotes-defaults");
    const productId = await createProduct(token, personalLoan());
    const body = await goodQuote(token, {
      productId,
      amount: 1_000_000,
      currency: "USD",
      disbursementDate: "2025-01-15",
    });
    // Product defaults: 36 payments at 17.99%. PMT(17.99%/12, 36, -10000) = 361.4738… -> $361.47.
    expect(body.ratePercent).toBe("17.99");
    expect(body.schedule).toHaveLength(36);
    expect(body.regularPayment).toBe(36_147);
    expect(body.firstPaymentDate).toBe("2025-02-15");
    // 2025-02-15 is a Saturday: "following" moves the due date to Monday 2025-02-17.
    expect(body.schedule[0]?.dueDate).toBe("2025-02-17");
    expectScheduleInvariants(body);
  });

  it("quotes an older product version when asked", async () => {
    const token = await api.token("quotes-versions");
    const productId = await createProduct(token, personalLoan());
    const repriced = personalLoan({ rateLimits: { minPercent: "5", maxPercent: "30", defaultPercent: "9" } });
    expect((await api.call("PUT", `/v1/products/${productId}`, { token, body: repriced })).status).toBe(200);
    const request = { productId, amount: 1_000_000, currency: "USD", disbursementDate: "2025-01-15" };
    expect((await goodQuote(token, request)).ratePercent).toBe("9");
    const old = await goodQuote(token, { ...request, productVersion: 1 });
    expect(old).toMatchObject({ productVersion: 1, ratePercent: "17.99" });
    const missing = await quote(token, { ...request, productVersion: 3 });
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: "product_version_not_found" });
  });
});

describe("POST /v1/quotes with inline terms", () => {
  it("a financed fee raises the principal; the APR is on the requested amount", async () => {
    const token = await api.token("quotes-inline");
    const body = await goodQuote(token, {
      terms: { originationFee: { amount: 50_000, treatment: "financed" } },
      amount: 1_000_000,
      currency: "USD",
      numberOfPayments: 36,
      ratePercent: "7.99",
      disbursementDate: "2025-01-15",
    });
    // PMT(7.99%/12, 36, -10500) = 328.9834… -> $328.98; last row $329.10; total $11,843.40; APR by Decimal
    // bisection 11.33646%.
    expect(body).toMatchObject({
      productId: null,
      principal: 1_050_000,
      regularPayment: 32_898,
    });
    expect(body.schedule.at(-1)?.total).toBe(32_910);
    expect(body.disclosure).toMatchObject({
      amountFinanced: 1_000_000,
      prepaidFinanceCharges: 50_000,
      totalOfPayments: 1_184_340,
      financeCharge: 184_340,
    });
    expect(body.apr.disclosedPercent).toBe("11.336");
    expectScheduleInvariants(body);
  });

  it("a zero-rate, fee-free plan has an APR of 0", async () => {
    const token = await api.token("quotes-inline");
    const body = await goodQuote(token, {
      terms: { interestMethod: "flat", rounding: { mode: "down" } },
      amount: 10_000,
      currency: "USD",
      numberOfPayments: 4,
      frequency: "biweekly",
      ratePercent: "0",
      disbursementDate: "2025-03-03",
    });
    // $100 in 4: $25.00 each, nothing else owed.
    expect(body.schedule.map((row) => row.total)).toEqual([2_500, 2_500, 2_500, 2_500]);
    expect(body.disclosure.financeCharge).toBe(0);
    expect(body.apr.disclosedPercent).toBe("0");
  });
});

describe("POST /v1/quotes properties (fast-check)", () => {
  const terms = fc.record({
    amount: fc.integer({ min: 1, max: 1_000_000_000 }),
    numberOfPayments: fc.integer({ min: 1, max: 120 }),
    frequency: fc.constantFrom("weekly", "biweekly", "semi-monthly", "monthly", "quarterly"),
    rateBasisPoints: fc.integer({ min: 0, max: 4_000 }),
    feePerMille: fc.integer({ min: 0, max: 100 }),
    treatment: fc.constantFrom("financed", "deducted", "prepaid"),
    amortization: fc.constantFrom("equal-installments", "equal-principal", "interest-only"),
  });
  it("every quote: principal sums to the principal, last balance 0, disclosure identities hold", async () => {
    const token = await api.token("quotes-properties");
    await fc.assert(
      fc.asyncProperty(terms, async (given) => {
        const feeMinor = Math.floor((given.amount * given.feePerMille) / 1000);
        const body = await goodQuote(token, {
          terms: {
            amortization: given.amortization,
            originationFee: { amount: feeMinor, treatment: given.treatment },
          },
          amount: given.amount,
          currency: "USD",
          numberOfPayments: given.numberOfPayments,
          frequency: given.frequency,
          ratePercent: (given.rateBasisPoints / 100).toFixed(2),
          disbursementDate: "2025-01-31",
        });
        expectScheduleInvariants(body);
        const isFinanced = given.treatment === "financed";
        expect(body.principal).toBe(given.amount + (isFinanced ? feeMinor : 0));
        expect(body.disclosure.amountFinanced).toBe(isFinanced ? given.amount : given.amount - feeMinor);
        expect(body.disclosure.prepaidFinanceCharges).toBe(feeMinor);
        expect(body.disclosure.financeCharge).toBeGreaterThanOrEqual(feeMinor);
        expect(Number(body.apr.aprPercent)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 40, seed: 20250115 },
    );
  });
});
