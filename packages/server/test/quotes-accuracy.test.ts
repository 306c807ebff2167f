import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectQuote, postQuote } from "./helpers/quotes.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

// POST /v1/quotes `disclosed`: is a disclosed APR (12 CFR 1026.22(a)) or finance charge (1026.18(d)) accurate?

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
});
afterAll(() => testDatabase.dispose());

interface AccuracyBody {
  apr: { aprPercent: string };
  disclosure: { financeCharge: number; amountFinanced: number };
  accuracy: {
    transaction: string;
    aprTolerancePercent: string;
    isAprAccurate: boolean | null;
    isFinanceChargeAccurate: boolean | null;
  } | null;
}

const token = () => api.token("quotes-accuracy");
const goodQuote = async (body: unknown) => expectQuote<AccuracyBody>(api, await token(), body);

// The loan of quotes-options.test.ts: $10,000 + $500 financed fee, 36 monthly at 7.99 %: 35 × $328.98 + $329.10,
// APR 11.336458 % (Python Decimal bisection), amount financed $10,000, finance charge 11,843.40 − 10,000 = $1,843.40.
const feeLoan = {
  terms: { originationFee: { amount: 50_000, treatment: "financed" } },
  amount: 1_000_000,
  currency: "USD",
  numberOfPayments: 36,
  ratePercent: "7.99",
  disbursementDate: "2025-01-15",
};

describe("POST /v1/quotes: disclosed figures against the terms", () => {
  it("no `disclosed`: accuracy is null", async () => {
    const body = await goodQuote(feeLoan);
    expect(body.accuracy).toBeNull();
    expect(body.disclosure).toMatchObject({ amountFinanced: 1_000_000, financeCharge: 184_340 });
  });
  const cases = [
    { disclosed: { aprPercent: "11.461" }, want: { isAprAccurate: true, isFinanceChargeAccurate: null } },
    { disclosed: { aprPercent: "11.462" }, want: { isAprAccurate: false, isFinanceChargeAccurate: null } },
    { disclosed: { aprPercent: "11.212" }, want: { isAprAccurate: true, isFinanceChargeAccurate: null } },
    { disclosed: { financeCharge: 185_340 }, want: { isAprAccurate: null, isFinanceChargeAccurate: true } },
    { disclosed: { financeCharge: 185_341 }, want: { isAprAccurate: null, isFinanceChargeAccurate: false } },
    {
      disclosed: { financeCharge: 174_340, isSecuredByDwelling: true },
      want: { isAprAccurate: null, isFinanceChargeAccurate: true },
    },
    {
      disclosed: { aprPercent: "11.336", financeCharge: 174_339, isSecuredByDwelling: true },
      want: { isAprAccurate: true, isFinanceChargeAccurate: false },
    },
  ];
  it.each(cases)("disclosed $disclosed → $want", async ({ disclosed, want }) => {
    const body = await goodQuote({ ...feeLoan, disclosed });
    expect(body.accuracy).toEqual({ transaction: "regular", aprTolerancePercent: "0.125", ...want });
  });
  it("equal-principal payments are an irregular transaction: a 1/4-point tolerance", async () => {
    const terms = { amortization: "equal-principal" };
    const exact = (await goodQuote({ ...feeLoan, terms })).apr.aprPercent;
    const off = (Number(exact) + 0.2).toFixed(6);
    const body = await goodQuote({ ...feeLoan, terms, disclosed: { aprPercent: off } });
    expect(body.accuracy).toMatchObject({ transaction: "irregular", aprTolerancePercent: "0.25", isAprAccurate: true });
  });
  it("a finance charge in EUR is 422 currency_not_allowed at /disclosed/financeCharge", async () => {
    const response = await postQuote(api, await token(), {
      ...feeLoan,
      currency: "EUR",
      disclosed: { financeCharge: 100 },
    });
    expect(response.status).toBe(422);
    const error = { location: "body", pointer: "/disclosed/financeCharge", code: "currency_not_allowed" };
    expect(response.body).toMatchObject({ code: "currency_not_allowed", errors: [error] });
  });
  it("a malformed disclosed APR is 422 invalid_rate; an unknown field is refused", async () => {
    const bad = await postQuote(api, await token(), { ...feeLoan, disclosed: { aprPercent: "7,85" } });
    expect(bad.body).toMatchObject({
      status: 422,
      code: "invalid_rate",
      errors: [{ pointer: "/disclosed/aprPercent" }],
    });
    const unknown = await postQuote(api, await token(), { ...feeLoan, disclosed: { apr: "7.85" } });
    expect(unknown.body).toMatchObject({ status: 422, errors: [{ pointer: "/disclosed" }] });
  });
});
