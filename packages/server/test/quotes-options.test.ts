import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bisectMonthlyApr, expectQuote, postQuote } from "./helpers/quotes.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
});
afterAll(() => testDatabase.dispose());

interface OptionsBody {
  schedule: Array<{ dueDate: string; total: number }>;
  disclosure: { amountFinanced: number };
  apr: { aprPercent: string; disclosedPercent: string; oddFirstPeriodDays: number | null };
  militaryApr: { maprPercent: string; limitPercent: string; isWithinLimit: boolean };
  aprc: { aprcPercent: string; disclosedPercent: string } | null;
}

async function quote(body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  return postQuote(api, await api.token("quotes-options"), body);
}

async function goodQuote(body: unknown): Promise<OptionsBody> {
  return expectQuote<OptionsBody>(api, await api.token("quotes-options"), body);
}

// $10,000 requested, $500 financed fee, 36 monthly at 7.99 % from 2025-01-15: 35 × $328.98 + $329.10 (PMT(7.99%/12,
// 36, −10500) = 328.9834…). Reference figures by 250-step Python Decimal bisection on those payments: the monthly
// root i on $10,000 gives APR 1200 i = 11.336458 % and APRC (1 + i)^12 − 1 = 11.944436 % (the payments fall on whole
// months, so Annex I's t = k/12); on $9,900 (MAPR with $100 of charges) 12.034069 %; on $7,000 38.082268 %.
const feeLoan = {
  terms: { originationFee: { amount: 50_000, treatment: "financed" } },
  amount: 1_000_000,
  currency: "USD",
  numberOfPayments: 36,
  ratePercent: "7.99",
  disbursementDate: "2025-01-15",
};

describe("POST /v1/quotes: MLA MAPR (32 CFR 232.4)", () => {
  it("without additional charges the MAPR is the APR, within the 36 % cap", async () => {
    const body = await goodQuote(feeLoan);
    expect(body.apr.aprPercent).toBe("11.336458");
    expect(body.militaryApr).toEqual({ maprPercent: "11.336458", limitPercent: "36", isWithinLimit: true });
    expect(body.aprc).toBeNull();
  });
  const cases = [
    { charges: 10_000, want: { maprPercent: "12.034069", limitPercent: "36", isWithinLimit: true } },
    { charges: 300_000, want: { maprPercent: "38.082268", limitPercent: "36", isWithinLimit: false } },
  ];
  for (const { charges, want } of cases) {
    it(`$${charges / 100} of MLA charges: MAPR ${want.maprPercent} %`, async () => {
      const body = await goodQuote({ ...feeLoan, militaryAdditionalCharges: charges });
      expect(body.militaryApr).toEqual(want);
      expect(body.apr.aprPercent).toBe("11.336458");
    });
  }
  it("charges that leave nothing financed are a 422 pointing at the field", async () => {
    const response = await quote({ ...feeLoan, militaryAdditionalCharges: 1_000_000 });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({
      code: "invalid_amount",
      errors: [{ pointer: "/militaryAdditionalCharges" }],
    });
  });
});

describe("POST /v1/quotes: EU APRC on request", () => {
  it('include ["aprc"] adds the APRC: (1 + i)^12 − 1 = 11.944436 %, published 11.9', async () => {
    const body = await goodQuote({ ...feeLoan, include: ["aprc"] });
    expect(body.aprc).toEqual({ aprcPercent: "11.944436", disclosedPercent: "11.9" });
  });
  it("an unknown include is a validation failure", async () => {
    const response = await quote({ ...feeLoan, include: ["apy"] });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ code: "validation_failed" });
  });
});

describe("POST /v1/quotes: oddFirstPeriod (12 CFR 1026.17(c)(4))", () => {
  // 36 monthly payments from 2025-02-25 after a 2025-01-10 disbursement: the regular period would start 2025-01-25,
  // so the first period is 15 days long, inside the 21 days a 1-to-10-year term may disregard.
  const oddLoan = {
    terms: {},
    amount: 1_000_000,
    currency: "USD",
    numberOfPayments: 36,
    ratePercent: "7.99",
    disbursementDate: "2025-01-10",
    firstPaymentDate: "2025-02-25",
  };
  it("disregard: the APR is that of the same payments on whole months (float bisection)", async () => {
    const body = await goodQuote({ ...oddLoan, oddFirstPeriod: "disregard" });
    expect(body.apr.oddFirstPeriodDays).toBe(15);
    const payments = body.schedule.map((row) => row.total / 100);
    const want = bisectMonthlyApr(body.disclosure.amountFinanced / 100, payments);
    expect(Number(body.apr.aprPercent)).toBeCloseTo(want, 5);
    expect(body.militaryApr.maprPercent).toBe(body.apr.aprPercent);
  });
  it("exact (the default) counts the 15 odd days: a lower APR, no oddFirstPeriodDays", async () => {
    const exact = await goodQuote(oddLoan);
    const disregarded = await goodQuote({ ...oddLoan, oddFirstPeriod: "disregard" });
    expect(exact.apr.oddFirstPeriodDays).toBeNull();
    expect(Number(exact.apr.aprPercent)).toBeLessThan(Number(disregarded.apr.aprPercent));
  });
  it("a first period 22 days long is out of tolerance: 422 odd_first_period_out_of_tolerance", async () => {
    // regular period 2025-02-01 → 03-01; 2025-01-10 → 02-01 is 22 days
    const response = await quote({ ...oddLoan, firstPaymentDate: "2025-03-01", oddFirstPeriod: "disregard" });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({
      code: "odd_first_period_out_of_tolerance",
      errors: [{ pointer: "/oddFirstPeriod", code: "odd_first_period_out_of_tolerance" }],
    });
  });
  it("a first period 21 days long is inside it", async () => {
    const later = { ...oddLoan, disbursementDate: "2025-01-11", firstPaymentDate: "2025-03-01" };
    const body = await goodQuote({ ...later, oddFirstPeriod: "disregard" });
    expect(body.apr.oddFirstPeriodDays).toBe(21);
  });
});
