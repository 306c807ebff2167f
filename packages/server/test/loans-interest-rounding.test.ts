import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, pay, testProduct } from "./loans-helpers.js";

// Issue 13: a product's rounding.interestRounding reaches servicing. $10,000 at 12 % (Actual/365 accrual) from
// 2025-01-01, first due 2025-02-01, an extra $5,000 on 2025-01-15: 14 days on $10,000 and 17 on $5,000.
//   1,000,000 × 12 % × 14/365 = 4,602.74   500,000 × 12 % × 17/365 = 2,794.52
//   per-period: round(7,397.26) = 7,397;  per-sub-period: 4,603 + 2,795 = 7,398.

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
});
afterAll(() => testDatabase.dispose());

async function firstInterest(interestRounding?: "per-period" | "per-sub-period") {
  const token = await api.token("loans-interest-rounding");
  const base = testProduct();
  const rounding = { ...base.rounding, ...(interestRounding === undefined ? {} : { interestRounding }) };
  const created = await api.call("POST", "/v1/products", { token, body: { ...base, rounding } });
  expect(created.status).toBe(201);
  const loan = await board(api, token, String((await json(created)).id));
  expect((await pay(api, token, String(loan.id), 500_000, "2025-01-15")).status).toBe(201);
  const schedule = await json(await api.call("GET", `/v1/loans/${loan.id}/schedule?asOf=2025-02-02`, { token }));
  return (schedule.installments as Array<{ interestDue: number }>)[0]?.interestDue;
}

describe("a product's rounding.interestRounding in servicing", () => {
  it("default and per-period: the period's interest rounded once, 7,397", async () => {
    expect(await firstInterest()).toBe(7_397);
    expect(await firstInterest("per-period")).toBe(7_397);
  });
  it("per-sub-period: each span between balance changes rounded, 7,398", async () => {
    expect(await firstInterest("per-sub-period")).toBe(7_398);
  });
});
