import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectQuote } from "./helpers/quotes.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

// Issue 13: the quote's EU APRC measured in the schedule's regular period (Annex I remark (c)). A yearly loan
// disbursed 2012-01-12 and first due 2012-02-15: by-schedule measures in years (34/365 to the first payment, as the
// Commission's worked example 2 case 3 does); the default keeps months (1/12 + 3/365). The published figures are
// checked in core (pricing/aprc-time-units.test.ts); here the option reaches the solver, and only when asked.

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
});
afterAll(() => testDatabase.dispose());

const token = () => api.token("quotes-aprc-time");
const request = (aprcTimeUnit?: string) => ({
  terms: { interestCalculation: "periodic", dayCount: "30/360-us" },
  amount: 200_000,
  currency: "EUR",
  numberOfPayments: 2,
  frequency: "yearly",
  ratePercent: "6",
  disbursementDate: "2012-01-12",
  firstPaymentDate: "2012-02-15",
  include: ["aprc"],
  ...(aprcTimeUnit === undefined ? {} : { aprcTimeUnit }),
});

type AprcBody = { aprc: { aprcPercent: string } };

describe("POST /v1/quotes aprcTimeUnit", () => {
  it("by-schedule on a yearly loan equals years, and differs from the default months", async () => {
    const t = await token();
    const months = await expectQuote<AprcBody>(api, t, request());
    const explicitMonths = await expectQuote<AprcBody>(api, t, request("months"));
    const years = await expectQuote<AprcBody>(api, t, request("years"));
    const bySchedule = await expectQuote<AprcBody>(api, t, request("by-schedule"));
    expect(explicitMonths.aprc.aprcPercent).toBe(months.aprc.aprcPercent);
    expect(bySchedule.aprc.aprcPercent).toBe(years.aprc.aprcPercent);
    expect(years.aprc.aprcPercent).not.toBe(months.aprc.aprcPercent);
  });
  it("refuses an unknown unit with 422 validation_failed", async () => {
    const response = await api.call("POST", "/v1/quotes", { token: await token(), body: request("fortnights") });
    expect(response.status).toBe(422);
  });
});
