import type { ProductDefinition } from "@lendstack/core/products";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personalLoan } from "./helpers/products.js";
import { createProduct as createProductIn, postQuote } from "./helpers/quotes.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

// POST /v1/quotes refusals: core's codes with a pointer into the request, validation, scopes and tenancy.

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
});
afterAll(() => testDatabase.dispose());

const createProduct = (token: string, definition: ProductDefinition) => createProductIn(api, token, definition);
const quote = (token: string, body: unknown) => postQuote(api, token, body);

describe("POST /v1/quotes rejects bad terms with core's code and a pointer", () => {
  const base = {
    amount: 1_000_000,
    currency: "USD",
    numberOfPayments: 36,
    ratePercent: "7.99",
    disbursementDate: "2025-01-15",
  };
  const cases = [
    {
      why: "zero amount",
      change: { amount: 0, currency: "USD" },
      code: "zero_amount",
      pointer: "/amount",
    },
    { why: "0 payments", change: { numberOfPayments: 0 }, code: "invalid_term", pointer: "/numberOfPayments" },
    {
      why: "a rate with 20 decimals",
      change: { ratePercent: "7.12345678901234567890" },
      code: "invalid_rate",
      pointer: "/ratePercent",
    },
    {
      why: "a first payment before disbursement",
      change: { firstPaymentDate: "2025-01-10" },
      code: "first_payment_before_disbursement",
      pointer: "/firstPaymentDate",
    },
    {
      why: "2025-02-30",
      change: { disbursementDate: "2025-02-30" },
      code: "invalid_date",
      pointer: "/disbursementDate",
    },
    {
      why: "an unknown currency",
      change: { amount: 1_000_000, currency: "XYZ" },
      code: "unknown_currency",
      pointer: "/currency",
    },
    // The demo personal loan: 7.99%..35.99%, $1,000..$50,000, 12..60 payments, USD only, monthly only.
    {
      why: "a rate above the product's maximum",
      change: { ratePercent: "36" },
      code: "rate_out_of_range",
      pointer: "/ratePercent",
    },
    {
      why: "an amount below the product's minimum",
      change: { amount: 99_999, currency: "USD" },
      code: "amount_out_of_range",
      pointer: "/amount",
    },
    {
      why: "a currency the product does not allow",
      change: { amount: 1_000_000, currency: "EUR" },
      code: "currency_not_allowed",
      pointer: "/currency",
    },
    {
      why: "a term beyond the product's",
      change: { numberOfPayments: 61 },
      code: "term_out_of_range",
      pointer: "/numberOfPayments",
    },
    {
      why: "a frequency the product lacks",
      change: { frequency: "weekly" },
      code: "frequency_not_allowed",
      pointer: "/frequency",
    },
  ];
  it.each(cases)("$why -> 422 $code at $pointer", async ({ change, code, pointer }) => {
    const token = await api.token("quotes-bad");
    const productId = await createProduct(token, personalLoan());
    const response = await quote(token, { productId, ...base, ...change });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ status: 422, code, errors: [{ location: "body", pointer, code }] });
  });

  it("reports every product limit a request breaks", async () => {
    const token = await api.token("quotes-bad");
    const productId = await createProduct(token, personalLoan());
    const response = await quote(token, { productId, ...base, numberOfPayments: 61, ratePercent: "50" });
    expect(response.status).toBe(422);
    expect((response.body.errors as Array<{ code: string }>).map((error) => error.code)).toEqual([
      "term_out_of_range",
      "rate_out_of_range",
    ]);
  });

  const inlineCases = [
    { why: "0 payments", change: { numberOfPayments: 0 }, code: "invalid_term", pointer: "/numberOfPayments" },
    { why: "no rate", change: { ratePercent: undefined }, code: "invalid_rate", pointer: "/ratePercent" },
    {
      why: "a rate above 1000%",
      change: { ratePercent: "1000.5" },
      code: "rate_out_of_range",
      pointer: "/ratePercent",
    },
    {
      why: "grace as long as the term",
      change: { terms: { grace: { principalPeriods: 36 } } },
      code: "invalid_term",
      pointer: "/terms/grace/principalPeriods",
    },
    {
      why: "a deducted fee as large as the amount",
      change: { terms: { originationFee: { amount: 1_000_000, treatment: "deducted" } } },
      code: "invalid_amount",
      pointer: "/terms/originationFee/amount",
    },
  ];
  it.each(inlineCases)("inline terms: $why -> 422 $code at $pointer", async ({ change, code, pointer }) => {
    const token = await api.token("quotes-bad");
    const response = await quote(token, { terms: {}, ...base, ...change });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ code, errors: [{ pointer, code }] });
  });

  it("needs exactly one of productId and terms (validation_failed)", async () => {
    const token = await api.token("quotes-bad");
    const neither = await quote(token, base);
    expect(neither.status).toBe(422);
    expect(neither.body).toMatchObject({ code: "validation_failed", errors: [{ pointer: "/productId" }] });
    const negative = await quote(token, { terms: {}, ...base, amount: -100 });
    expect(negative.status).toBe(422);
    expect(negative.body).toMatchObject({
      code: "validation_failed",
      errors: [{ pointer: "/amount", code: "too_small" }],
    });
    const fraction = await quote(token, { terms: {}, ...base, amount: 10.5, currency: "USD" });
    expect(fraction.status).toBe(422);
    expect(fraction.body).toMatchObject({ code: "validation_failed", errors: [{ pointer: "/amount" }] });
  });
});

describe("POST /v1/quotes access", () => {
  const request = { amount: 1_000_000, currency: "USD", disbursementDate: "2025-01-15" };

  it("needs the quotes:read scope", async () => {
    const token = await api.token("quotes-scope", ["products:read"]);
    const response = await quote(token, { terms: {}, ...request, numberOfPayments: 12, ratePercent: "5" });
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ code: "insufficient_scope" });
    const unauthenticated = await api.call("POST", "/v1/quotes", { body: request });
    expect(unauthenticated.status).toBe(401);
  });

  it("tenant B cannot quote with tenant A's product", async () => {
    const productId = await createProduct(await api.token("quotes-tenant-a"), personalLoan());
    const response = await quote(await api.token("quotes-tenant-b"), { productId, ...request });
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ code: "product_not_found" });
    expect((await quote(await api.token("quotes-tenant-a"), { productId, ...request })).status).toBe(200);
  });

  it("an archived product gives no quotes (409)", async () => {
    const token = await api.token("quotes-archived");
    const productId = await createProduct(token, personalLoan());
    expect((await api.call("POST", `/v1/products/${productId}/archive`, { token })).status).toBe(200);
    const response = await quote(token, { productId, ...request });
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ code: "product_archived" });
  });
});
