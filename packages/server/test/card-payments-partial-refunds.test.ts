import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct, pay, stateOf } from "./loans-helpers.js";
import { createParty, individual } from "./parties-helpers.js";

// Partial refunds of card payments (POST …/card-payments/{id}/refunds with `amount`) on PGlite and (with
// DATABASE_URL) PostgreSQL: a $250.00 charge refunded $100.00 then $150.00; the loan after each equals a twin
// paid the smaller amount the same day; more than is left is 422 `refund_exceeds_refundable`; then 409.

let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2025-01-20T12:00:00.000Z" });
});
afterAll(() => testDatabase.dispose());

const tenant = "card-partial-refunds";

async function setUp() {
  const token = await api.token(tenant);
  const party = await createParty(api, token, individual({ taxId: "123-45-7001" }));
  const partyId = String(party.id);
  const card = await json(
    await api.call("POST", `/v1/parties/${partyId}/payment-instruments`, {
      token,
      body: { type: "card", processorToken: "tok_sandbox_visa" },
    }),
  );
  const productId = await createProduct(api, token);
  const loan = await board(api, token, productId, { borrowerReference: partyId });
  return { token, partyId, productId, cardId: String(card.id), loanId: String(loan.id) };
}

/** The loan's balances: what a smaller payment would have left. */
async function balances(token: string, loanId: string) {
  const state = await stateOf(api, token, loanId);
  return { outstanding: state.outstanding, overdue: state.overdue, nextDue: state.nextDue, payoff: state.payoff };
}

describe("partial refunds of a card payment", () => {
  it("add up to the charge, each replaying the loan as if the payment were smaller", async () => {
    const { token, cardId, loanId, productId, partyId } = await setUp();
    const charged = await api.call("POST", `/v1/loans/${loanId}/card-payments`, {
      token,
      body: { instrumentId: cardId, amount: 25_000, currency: "USD" },
    });
    const paid = await json(charged);
    expect(charged.status, JSON.stringify(paid)).toBe(201);
    const path = `/v1/loans/${loanId}/card-payments/${paid.id}/refunds`;
    const refund = (body?: unknown) => api.call("POST", path, { token, ...(body === undefined ? {} : { body }) });

    const first = await refund({ amount: 10_000 });
    const once = await json(first);
    expect(first.status, JSON.stringify(once)).toBe(200);
    expect(once).toMatchObject({ status: "partially_refunded", amount: 25_000, refunded: 10_000 });
    expect(once.reversalId).toMatch(/^rev_/);
    const twin = await board(api, token, productId, { borrowerReference: partyId });
    expect((await pay(api, token, String(twin.id), 15_000, "2025-01-20")).status).toBe(201);
    expect(await balances(token, loanId)).toEqual(await balances(token, String(twin.id)));

    const over = await refund({ amount: 15_001 });
    expect(over.status).toBe(422);
    expect(await json(over)).toMatchObject({
      code: "refund_exceeds_refundable",
      errors: [{ pointer: "/amount" }],
    });
    // The amount is in the card payment's currency: the body names no other.
    const euros = await refund({ amount: 100, currency: "EUR" });
    expect(euros.status).toBe(422);
    expect(JSON.stringify(await json(euros))).toContain("currency");
    expect((await refund({ amount: 0 })).status).toBe(422);

    // No amount: all that is left.
    const rest = await json(await refund());
    expect(rest).toMatchObject({ status: "refunded", refunded: 25_000 });
    expect(rest.reversalId).not.toBe(once.reversalId);
    const untouched = await board(api, token, productId, { borrowerReference: partyId });
    expect(await balances(token, loanId)).toEqual(await balances(token, String(untouched.id)));
    const again = await refund({ amount: 1 });
    expect(again.status).toBe(409);
    expect(await json(again)).toMatchObject({ code: "card_payment_refunded" });

    const transactions = await json(await api.call("GET", `/v1/loans/${loanId}/transactions`, { token }));
    const reversals = (transactions.data as Array<{ type: string; amount: number }>).filter(
      (t) => t.type === "payment-reversal",
    );
    expect(reversals.map((t) => t.amount)).toEqual([10_000, 15_000]);
  });
});
