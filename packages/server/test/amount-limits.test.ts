import { maxAmount } from "@lendstack/core/money";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct, eventCount } from "./loans-helpers.js";

// The API's ceiling on an amount is maxAmount = 10^13 minor units (packages/core/src/money/limits.ts): every figure
// derived from amounts below it stays below 2^53, so it travels as an exact JSON integer. Above it, and any number a
// JSON body cannot carry exactly (2^53 arrives rounded; 1e400 arrives as Infinity), is 422 naming the field.

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
});
afterAll(() => testDatabase.dispose());

/** JSON texts: 1e400 cannot be written with JSON.stringify, so amounts are spliced in as written. */
const tooLarge = [
  { why: "10^13 + 1", text: "10000000000001" },
  { why: "2^53", text: "9007199254740992" },
  { why: "1e400 (Infinity once parsed)", text: "1e400" },
  { why: "-1e400", text: "-1e400" },
];

describe("an amount above the ceiling is 422 amount_out_of_range naming the field", () => {
  it.each(tooLarge)("POST /v1/loans/{loanId}/payments with $why", async ({ text }) => {
    const token = await api.token(`limits-payment-${text}`);
    const loanId = String((await board(api, token, await createProduct(api, token))).id);
    const response = await api.call("POST", `/v1/loans/${loanId}/payments`, {
      token,
      body: `{"amount": ${text}, "currency": "USD", "effectiveDate": "2025-02-01"}`,
    });
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await json(response)).toMatchObject({
      code: "amount_out_of_range",
      errors: [{ location: "body", pointer: "/amount", code: "amount_out_of_range" }],
    });
    expect(await eventCount(api, token, loanId)).toBe(1);
  });

  it.each(tooLarge)("POST /v1/quotes with $why", async ({ text }) => {
    const token = await api.token("limits-quote");
    const response = await api.call("POST", "/v1/quotes", {
      token,
      body: `{"terms": {}, "amount": ${text}, "currency": "USD", "numberOfPayments": 12, "ratePercent": "7",
        "disbursementDate": "2025-01-15"}`,
    });
    expect(response.status).toBe(422);
    const problem = await json(response);
    expect(problem).toMatchObject({ code: "amount_out_of_range", errors: [{ pointer: "/amount" }] });
    expect(problem.detail).toContain("`amount`");
  });

  it("names a nested amount: terms.balloon", async () => {
    const token = await api.token("limits-nested");
    const response = await api.call("POST", "/v1/quotes", {
      token,
      body: `{"terms": {"balloon": 1e400}, "amount": 100000, "currency": "USD", "numberOfPayments": 12,
        "ratePercent": "7", "disbursementDate": "2025-01-15"}`,
    });
    expect(response.status).toBe(422);
    expect(await json(response)).toMatchObject({
      code: "amount_out_of_range",
      errors: [{ pointer: "/terms/balloon", code: "amount_out_of_range" }],
    });
  });

  it("takes the ceiling itself as an amount (the quote's figures stay exact)", async () => {
    const token = await api.token("limits-ceiling");
    const response = await api.call("POST", "/v1/quotes", {
      token,
      body: {
        terms: {},
        amount: maxAmount,
        currency: "USD",
        numberOfPayments: 360,
        ratePercent: "36",
        disbursementDate: "2025-01-15",
      },
    });
    expect(response.status).toBe(200);
    const quote = await json(response);
    expect(quote.principal).toBe(maxAmount);
    expect(Number.isSafeInteger((quote.disclosure as Record<string, unknown>).totalOfPayments)).toBe(true);
  });
});

describe("a number no JSON body may carry is 422 wherever it is, never a 500", () => {
  it("a count: validation_failed with number_out_of_range at the field", async () => {
    const token = await api.token("limits-count");
    const response = await api.call("POST", "/v1/quotes", {
      token,
      body: `{"terms": {}, "amount": 100000, "currency": "USD", "numberOfPayments": 1e400, "ratePercent": "7",
        "disbursementDate": "2025-01-15"}`,
    });
    expect(response.status).toBe(422);
    expect(await json(response)).toMatchObject({
      code: "validation_failed",
      errors: [{ pointer: "/numberOfPayments", code: "number_out_of_range" }],
    });
  });

  it("a free-form value: a decision's facts", async () => {
    const token = await api.token("limits-facts");
    const response = await api.call("POST", "/v1/decisions", {
      token,
      body: `{"ruleSetId": "rls_00000000000000000000000000", "facts": {"monthlyIncome": [1, 9007199254740993]}}`,
    });
    expect(response.status).toBe(422);
    expect(await json(response)).toMatchObject({
      code: "validation_failed",
      errors: [{ pointer: "/facts/monthlyIncome/1", code: "number_out_of_range" }],
    });
  });
});
