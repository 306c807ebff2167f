import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct, pay, standardTerms, stateOf, usd } from "./loans-helpers.js";

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
});
afterAll(() => testDatabase.dispose());

// Hand-checked figures for the standard loan ($10,000.00 at 12 %, 12 monthly payments from 2025-02-01,
// Actual/365 Fixed daily accrual on the principal actually outstanding, half-up to the cent):
// - level installment = PMT(12 %/12, 12, 10000) = 10000 × 0.01 / (1 − 1.01^−12) = 888.4879 → $888.49;
// - interest of installment 1 = 1,000,000 × 0.12 × 31/365 = 10,191.78 → 10,192 cents;
//   its principal = 88,849 − 10,192 = 78,657, leaving 921,343;
// - interest of installment 2 = 921,343 × 0.12 × 28/365 = 8,481.37 → 8,481; principal 80,368.
describe("loans API: boarding and state", () => {
  it("boards a loan and replays it to a date with the hand-checked numbers", async () => {
    const token = await api.token("board");
    const productId = await createProduct(api, token);
    const loan = await board(api, token, productId, { externalReference: "LN-1", borrowerReference: "B-7" });
    expect(loan.id).toMatch(/^loan_[0-9A-Z]{26}$/);
    expect(loan).toMatchObject({
      productId,
      productVersion: 1,
      version: 1,
      currency: "USD",
      principal: 1_000_000,
      ratePercent: "12",
      externalReference: "LN-1",
      borrowerReference: "B-7",
      // Today (test clock 2025-03-01) is after both due dates and nothing was paid.
      asOf: "2025-03-01",
      status: "active",
    });

    const onFirstDue = await stateOf(api, token, String(loan.id), "2025-02-01");
    expect(onFirstDue).toMatchObject({
      asOf: "2025-02-01",
      outstanding: { principal: 1_000_000, interest: 10_192 },
      // Core's next due: the next due date still ahead and all that is owed by it (installments 1 and 2).
      nextDue: { date: "2025-03-01", amount: 2 * 88_849 },
      daysPastDue: 0,
    });

    const paid = await pay(api, token, String(loan.id), 88_849, "2025-02-01");
    expect(paid.status).toBe(201);
    const change = await json(paid);
    expect(change.event).toMatchObject({ type: "payment", effectiveDate: "2025-02-01", sequence: 2 });
    expect(String((change.event as { id: string }).id)).toMatch(/^pmt_/);

    const schedule = await json(await api.call("GET", `/v1/loans/${loan.id}/schedule?asOf=2025-03-01`, { token }));
    const [first, second] = schedule.installments as Array<Record<string, unknown>>;
    expect(first).toMatchObject({ status: "paid", principalPaid: 78_657, interestPaid: 10_192 });
    expect(second).toMatchObject({ status: "due", principalDue: 80_368, interestDue: 8_481 });
  });
});

describe("loans API: boarding is checked against the product and stores nothing when rejected", () => {
  const cases = [
    // The product allows 7.99 %..35.99 %, USD only, $1,000..$50,000, 12..60 monthly payments (core's demo personal loan).
    {
      why: "rate above the product's maximum",
      body: { ratePercent: "36" },
      code: "rate_out_of_range",
      pointer: "/ratePercent",
    },
    {
      why: "a currency the product does not offer",
      body: { amount: 1_000_000, currency: "EUR" },
      code: "currency_not_allowed",
      pointer: "/currency",
    },
    {
      why: "an amount under the product's minimum",
      body: { amount: 99_999, currency: "USD" },
      code: "amount_out_of_range",
      pointer: "/amount",
    },
    {
      why: "a term over the product's maximum",
      body: { numberOfPayments: 61 },
      code: "term_out_of_range",
      pointer: "/numberOfPayments",
    },
    {
      why: "a frequency the product does not allow",
      body: { frequency: "weekly" },
      code: "frequency_not_allowed",
      pointer: "/frequency",
    },
    {
      why: "a date that does not exist",
      body: { disbursementDate: "2025-02-30" },
      code: "invalid_date",
      pointer: "/disbursementDate",
    },
    {
      why: "a first payment before disbursement",
      body: { firstPaymentDate: "2024-12-01" },
      code: "first_payment_before_disbursement",
      pointer: "/firstPaymentDate",
    },
  ];
  it.each(cases)("422 $code for $why", async ({ body, code, pointer }) => {
    const token = await api.token(`reject-${code}`);
    const productId = await createProduct(api, token);
    const response = await api.call("POST", "/v1/loans", { token, body: { productId, ...standardTerms, ...body } });
    expect(response.status).toBe(422);
    const problem = await json(response);
    expect(problem.code).toBe(code);
    expect(problem.errors).toContainEqual(expect.objectContaining({ location: "body", pointer, code }));
    const list = await json(await api.call("GET", "/v1/loans", { token }));
    expect(list.data).toEqual([]);
  });

  it("404 for a product of another tenant, 409 for an archived product", async () => {
    const owner = await api.token("product-owner");
    const productId = await createProduct(api, owner);
    const stranger = await api.token("stranger");
    const response = await api.call("POST", "/v1/loans", { token: stranger, body: { productId, ...standardTerms } });
    expect(response.status).toBe(404);
    expect((await json(response)).code).toBe("product_not_found");

    const archived = await api.call("POST", `/v1/products/${productId}/archive`, { token: owner });
    expect(archived.status).toBe(200);
    const closed = await api.call("POST", "/v1/loans", { token: owner, body: { productId, ...standardTerms } });
    expect(closed.status).toBe(409);
    expect((await json(closed)).code).toBe("product_archived");
  });

  it("lists loans oldest first with a cursor, per tenant", async () => {
    const token = await api.token("list");
    const productId = await createProduct(api, token);
    const ids = [];
    for (let k = 0; k < 3; k += 1) ids.push((await board(api, token, productId)).id);
    const first = await json(await api.call("GET", "/v1/loans?limit=2", { token }));
    expect((first.data as Array<{ id: string }>).map((loan) => loan.id)).toEqual(ids.slice(0, 2));
    const second = await json(await api.call("GET", `/v1/loans?limit=2&cursor=${first.nextCursor}`, { token }));
    expect((second.data as Array<{ id: string }>).map((loan) => loan.id)).toEqual(ids.slice(2));
    expect(second.nextCursor).toBeNull();
    const other = await json(await api.call("GET", "/v1/loans", { token: await api.token("list-other") }));
    expect(other.data).toEqual([]);
  });

  it("rejects a bad asOf with a pointer into the query", async () => {
    const token = await api.token("bad-as-of");
    const loan = await board(api, token, await createProduct(api, token));
    const response = await api.call("GET", `/v1/loans/${loan.id}?asOf=2025-13-01`, { token });
    expect(response.status).toBe(422);
    expect((await json(response)).errors).toContainEqual(
      expect.objectContaining({ location: "query", pointer: "/asOf", code: "invalid_date" }),
    );
  });
});

describe("loans API: idempotent boarding", () => {
  it("a boarding retried with the same Idempotency-Key boards one loan", async () => {
    const token = await api.token("board-once");
    const productId = await createProduct(api, token);
    const send = () =>
      api.call("POST", "/v1/loans", {
        token,
        headers: { "idempotency-key": "board-LN-42" },
        body: { productId, ...standardTerms, externalReference: "LN-42" },
      });
    const first = await json(await send());
    const again = await send();
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect((await json(again)).id).toBe(first.id);
    const list = await json(await api.call("GET", "/v1/loans", { token }));
    expect((list.data as Array<{ id: string }>).map((loan) => loan.id)).toEqual([first.id]);
  });
});

describe("loans API: tenants and scopes", () => {
  it("another tenant sees no loan and cannot post to it", async () => {
    const token = await api.token("isolated");
    const loan = await board(api, token, await createProduct(api, token));
    const intruder = await api.token("intruder");
    for (const path of ["", "/schedule", "/transactions", "/journal-entries", "/trial-balance", "/payoff-quote"]) {
      const response = await api.call("GET", `/v1/loans/${loan.id}${path}`, { token: intruder });
      expect(response.status, path).toBe(404);
      expect((await json(response)).code).toBe("loan_not_found");
    }
    const payment = await pay(api, intruder, String(loan.id), 10_000, "2025-02-01");
    expect(payment.status).toBe(404);
    expect((await stateOf(api, token, String(loan.id))).version).toBe(1);
  });

  it("each operation needs its scope", async () => {
    const admin = await api.token("scoped");
    const loan = await board(api, admin, await createProduct(api, admin));
    const reader = await api.token("scoped", ["loans:read"]);
    const cashier = await api.token("scoped", ["payments:write"]);
    const cases = [
      { token: reader, method: "GET", path: `/v1/loans/${loan.id}`, body: undefined, want: 200 },
      { token: cashier, method: "GET", path: `/v1/loans/${loan.id}`, body: undefined, want: 403 },
      {
        token: reader,
        method: "POST",
        path: `/v1/loans/${loan.id}/payments`,
        body: { ...usd(100), effectiveDate: "2025-02-01" },
        want: 403,
      },
      {
        token: cashier,
        method: "POST",
        path: `/v1/loans/${loan.id}/payments`,
        body: { ...usd(100), effectiveDate: "2025-02-01" },
        want: 201,
      },
      {
        token: cashier,
        method: "POST",
        path: `/v1/loans/${loan.id}/fees`,
        body: { ...usd(100), effectiveDate: "2025-02-01" },
        want: 403,
      },
      {
        token: cashier,
        method: "POST",
        path: "/v1/loans",
        body: { productId: loan.productId, ...standardTerms },
        want: 403,
      },
    ];
    for (const { token, method, path, body, want } of cases) {
      const response = await api.call(method, path, { token, ...(body === undefined ? {} : { body }) });
      expect(response.status, `${method} ${path}`).toBe(want);
    }
  });
});
