import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, standardTerms, testProduct } from "./loans-helpers.js";

// Issue 13: a product's payoffInterest reaches the payoff quote. $10,000 at 12 % (Actual/365 accrual) from
// 2025-01-01, first due 2025-02-01: on 2025-01-11, 10 days: 1,000,000 × 12 % × 10/365 = 3,287.67 → 3,288; to the
// period end, 31 days: × 31/365 = 10,191.78 → 10,192.

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
});
afterAll(() => testDatabase.dispose());

async function payoffQuote(payoffInterest?: "to-payoff-date" | "to-period-end") {
  const token = await api.token("loans-payoff-interest");
  const product = { ...testProduct(), ...(payoffInterest === undefined ? {} : { payoffInterest }) };
  const created = await api.call("POST", "/v1/products", { token, body: product });
  expect(created.status).toBe(201);
  const loan = await board(api, token, String((await json(created)).id), standardTerms);
  const response = await api.call("GET", `/v1/loans/${loan.id}/payoff-quote?date=2025-01-11`, { token });
  expect(response.status).toBe(200);
  return json(response);
}

describe("GET /v1/loans/{loanId}/payoff-quote with a product's payoffInterest", () => {
  it("default and to-payoff-date: 10 days of interest", async () => {
    expect((await payoffQuote()).amount).toBe(1_003_288);
    expect((await payoffQuote("to-payoff-date")).amount).toBe(1_003_288);
  });
  it("to-period-end: the whole 31-day period", async () => {
    expect((await payoffQuote("to-period-end")).amount).toBe(1_010_192);
  });
});
