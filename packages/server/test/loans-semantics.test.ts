import type { LocalDate } from "@lendstack/core/calendar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDay } from "../src/jobs/close-day/close-day.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct, standardTerms, testProduct, usd } from "./loans-helpers.js";
import { countEvents, paymentBody } from "./reliability/books.js";

// Loan semantics: pending until the disbursement date; the product's ceiling on a credit balance.
// Today on the test clock is 2025-03-01; the standard loan is $10,000.00 disbursed 2025-01-01.

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
});
afterAll(() => testDatabase.dispose());

async function payoffOn(token: string, loanId: string, date: string): Promise<number> {
  const quote = await json(await api.call("GET", `/v1/loans/${loanId}/payoff-quote?date=${date}`, { token }));
  return quote.amount as number;
}

describe("a loan disbursed after the day it is boarded", () => {
  const future = { disbursementDate: "2025-03-10", firstPaymentDate: "2025-04-10" };

  it("is pending until that date, then active, and takes no payment before it", async () => {
    const token = await api.token("pending");
    const productId = await createProduct(api, token);
    const boarded = await board(api, token, productId, future);
    expect(boarded).toMatchObject({ status: "pending" });
    const loanId = String(boarded.id);
    expect(await json(await api.call("GET", `/v1/loans/${loanId}`, { token }))).toMatchObject({ status: "pending" });
    const listed = await json(await api.call("GET", "/v1/loans?status=pending", { token }));
    expect((listed.data as { id: string }[]).map((loan) => loan.id)).toEqual([loanId]);

    const early = await api.call("POST", `/v1/loans/${loanId}/payments`, {
      token,
      body: paymentBody(10_000, "2025-03-01"),
    });
    expect(early.status).toBe(422);
    expect(await json(early)).toMatchObject({ code: "payment_before_disbursement" });

    // On the disbursement date: the read says active at once; the daily close updates the row (lists).
    expect(await json(await api.call("GET", `/v1/loans/${loanId}?asOf=2025-03-10`, { token }))).toMatchObject({
      status: "active",
    });
    api.clock.advance(9 * 24 * 3_600_000);
    await closeDay(
      testDatabase.db,
      { businessDate: "2025-03-10" as LocalDate, batchSize: 100, tenantId: "pending" },
      { clock: api.clock, ids: api.ids },
    );
    const later = await api.token("pending");
    const active = await json(await api.call("GET", "/v1/loans?status=active", { token: later }));
    expect((active.data as { id: string }[]).map((loan) => loan.id)).toEqual([loanId]);
    api.clock.advance(-9 * 24 * 3_600_000);
  });

  it("a loan disbursed today or earlier is active at once", async () => {
    const token = await api.token("not-pending");
    const boarded = await board(api, token, await createProduct(api, token), {
      disbursementDate: "2025-03-01",
      firstPaymentDate: "2025-04-01",
    });
    expect(boarded).toMatchObject({ status: "active" });
  });
});

describe("the product's maximum credit balance", () => {
  it("refuses by default (0) a payment beyond the payoff: 422 credit_balance_exceeds_limit, nothing stored", async () => {
    const token = await api.token("credit-default");
    const loanId = String((await board(api, token, await createProduct(api, token))).id);
    const payoff = await payoffOn(token, loanId, "2025-02-10");
    const over = await api.call("POST", `/v1/loans/${loanId}/payments`, {
      token,
      body: paymentBody(payoff + 1, "2025-02-10"),
    });
    expect(over.status).toBe(422);
    expect(await json(over)).toMatchObject({
      code: "credit_balance_exceeds_limit",
      errors: [{ location: "body", pointer: "/amount" }],
    });
    expect(await countEvents(api, token, loanId, "payment")).toBe(0);
    const exact = await api.call("POST", `/v1/loans/${loanId}/payments`, {
      token,
      body: paymentBody(payoff, "2025-02-10"),
    });
    expect(exact.status).toBe(201);
  });

  it("refuses 9,000.00 on a loan with 3,000.00 disbursed", async () => {
    const token = await api.token("credit-issue");
    const productId = await createProduct(api, token);
    const loanId = String((await board(api, token, productId, { ...usd(300_000) })).id);
    const response = await api.call("POST", `/v1/loans/${loanId}/payments`, {
      token,
      body: paymentBody(900_000, "2025-02-01"),
    });
    expect(response.status).toBe(422);
    expect(await json(response)).toMatchObject({ code: "credit_balance_exceeds_limit" });
  });

  it("accepts up to the product's limit and refuses one minor unit more", async () => {
    const token = await api.token("credit-limit");
    const product = await api.call("POST", "/v1/products", {
      token,
      body: { ...testProduct(), maxCreditBalance: 5_000 },
    });
    expect(product.status).toBe(201);
    const productId = String((await json(product)).id);
    const first = String((await board(api, token, productId)).id);
    const second = String((await board(api, token, productId, { ...standardTerms })).id);
    const payoff = await payoffOn(token, first, "2025-02-10");
    const post = (loanId: string, amount: number) =>
      api.call("POST", `/v1/loans/${loanId}/payments`, { token, body: paymentBody(amount, "2025-02-10") });
    expect((await post(first, payoff + 5_000)).status).toBe(201);
    const beyond = await post(second, payoff + 5_001);
    expect(beyond.status).toBe(422);
    expect(await json(beyond)).toMatchObject({ code: "credit_balance_exceeds_limit" });
  });
});
