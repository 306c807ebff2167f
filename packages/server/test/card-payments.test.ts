import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct, pay, stateOf } from "./loans-helpers.js";
import { createParty, individual } from "./parties-helpers.js";

// POST /v1/loans/{loanId}/card-payments on PGlite and (with DATABASE_URL) PostgreSQL: a card charged through
// the sandbox processor by its token and posted like any payment (the same loan state as POST …/payments),
// the processor's charge id kept; declined and insufficient-funds cards answer 402, post nothing and are kept as `declined` card payments; retries
// with the same Idempotency-Key; the instrument's checks; refunds; events and tenant isolation.

let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2025-01-20T12:00:00.000Z" });
});
afterAll(() => testDatabase.dispose());

let serial = 5000;
/** A tenant's borrower with a card (by `token`) and a loan of theirs, boarded 2025-01-01. */
async function setUp(tenant: string, processorToken = "tok_sandbox_visa") {
  const token = await api.token(tenant);
  serial += 1;
  const party = await createParty(api, token, individual({ taxId: `123-45-${serial}` }));
  const partyId = String(party.id);
  const card = await json(
    await api.call("POST", `/v1/parties/${partyId}/payment-instruments`, {
      token,
      body: { type: "card", processorToken },
    }),
  );
  const productId = await createProduct(api, token);
  const loan = await board(api, token, productId, { borrowerReference: partyId });
  return { token, partyId, productId, cardId: String(card.id), loanId: String(loan.id) };
}

const payByCard = (token: string, loanId: string, body: Record<string, unknown>, key?: string) =>
  api.call("POST", `/v1/loans/${loanId}/card-payments`, {
    token,
    body: { amount: 25_000, currency: "USD", ...body },
    ...(key === undefined ? {} : { headers: { "idempotency-key": key } }),
  });

/** The loan's figures, without what differs between two loans (ids, references, times). */
function figures(state: Record<string, unknown>) {
  const { id, borrowerReference, externalReference, createdAt, updatedAt, ...rest } = state;
  return rest;
}

describe("paying by card", () => {
  it("charges the card and posts the payment exactly as POST …/payments does, with the charge id", async () => {
    const { token, cardId, loanId, productId, partyId } = await setUp("card-pay");
    const before = await stateOf(api, token, loanId);
    const response = await payByCard(token, loanId, { instrumentId: cardId });
    const paid = await json(response);
    expect(response.status, JSON.stringify(paid)).toBe(201);
    expect(paid).toMatchObject({
      object: "card_payment",
      loanId,
      instrumentId: cardId,
      amount: 25_000,
      currency: "USD",
      status: "succeeded",
      businessDate: "2025-01-20",
      reversalId: null,
    });
    expect(paid.processorChargeId).toMatch(/^ch_sandbox_[0-9a-f]{24}$/);
    expect(paid.paymentId).toMatch(/^pmt_/);

    const after = await stateOf(api, token, loanId);
    expect(after.version).toBe(Number(before.version) + 1);
    // A twin loan paid the same amount the same day through POST …/payments ends up in the same state.
    const twin = await board(api, token, productId, { borrowerReference: partyId });
    expect((await pay(api, token, String(twin.id), 25_000, "2025-01-20")).status).toBe(201);
    expect(figures(after)).toEqual(figures(await stateOf(api, token, String(twin.id))));

    const transactions = await json(await api.call("GET", `/v1/loans/${loanId}/transactions`, { token }));
    expect(JSON.stringify(transactions)).toContain(String(paid.paymentId));
    expect(await json(await api.call("GET", `/v1/loans/${loanId}/card-payments/${paid.id}`, { token }))).toEqual(paid);
    const list = await json(await api.call("GET", `/v1/loans/${loanId}/card-payments`, { token }));
    expect(list.data).toEqual([paid]);

    const events = await json(await api.call("GET", "/v1/events?type=card_payment.*", { token }));
    expect(events.data).toMatchObject([{ type: "card_payment.succeeded", resourceId: paid.id, data: paid }]);
  });

  it("a retry with the same Idempotency-Key is the same charge, posted once", async () => {
    const { token, cardId, loanId } = await setUp("card-retry");
    const first = await payByCard(token, loanId, { instrumentId: cardId }, "card-once");
    expect(first.status).toBe(201);
    const version = (await stateOf(api, token, loanId)).version;
    const replay = await payByCard(token, loanId, { instrumentId: cardId }, "card-once");
    expect(replay.status).toBe(201);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(await json(replay)).toEqual(await json(first));
    expect((await stateOf(api, token, loanId)).version).toBe(version);
    const keyless = await api.call("POST", `/v1/loans/${loanId}/card-payments`, {
      token,
      body: { instrumentId: cardId, amount: 100, currency: "USD" },
      idempotencyKey: null,
    });
    expect(keyless.status).toBe(400);
    expect(await json(keyless)).toMatchObject({ code: "idempotency_key_required" });
  });

  it.each([
    ["tok_sandbox_charge_declined", "generic_decline"],
    ["tok_sandbox_insufficient_funds", "insufficient_funds"],
  ])(
    "a card %s is declined: 402 card_declined (%s), nothing posted, kept declined",
    async (processorToken, declineCode) => {
      const { token, cardId, loanId } = await setUp(`card-${declineCode}`, processorToken);
      const before = await stateOf(api, token, loanId);
      const response = await payByCard(token, loanId, { instrumentId: cardId });
      expect(response.status).toBe(402);
      const problem = await json(response);
      expect(problem).toMatchObject({ status: 402, title: "Payment Required", code: "card_declined", declineCode });
      expect(problem.chargeId).toMatch(/^ch_sandbox_/);
      expect(problem.cardPaymentId).toMatch(/^cpy_/);
      expect(await stateOf(api, token, loanId)).toEqual(before);
      // The declined charge is kept as a card payment with its decline code, and cannot be refunded.
      const declined = {
        id: problem.cardPaymentId,
        status: "declined",
        declineCode,
        processorChargeId: problem.chargeId,
        paymentId: null,
        amount: 25_000,
        instrumentId: cardId,
      };
      expect((await json(await api.call("GET", `/v1/loans/${loanId}/card-payments`, { token }))).data).toMatchObject([
        declined,
      ]);
      const path = `/v1/loans/${loanId}/card-payments/${problem.cardPaymentId}`;
      expect(await json(await api.call("GET", path, { token }))).toMatchObject(declined);
      const filtered = await api.call("GET", `/v1/loans/${loanId}/card-payments?status=succeeded`, { token });
      expect((await json(filtered)).data).toEqual([]);
      const refund = await api.call("POST", `${path}/refunds`, { token });
      expect(refund.status).toBe(409);
      expect(await json(refund)).toMatchObject({ code: "card_payment_declined" });
      expect(await stateOf(api, token, loanId)).toEqual(before);
      expect((await json(await api.call("GET", "/v1/events?type=card_payment.*", { token }))).data).toEqual([]);
      // The decline itself is kept: an audit record of the loan, although the answer was a 402.
      const audits = await json(
        await api.call("GET", `/v1/audit-records?action=card_payment.declined&resourceId=${loanId}`, { token }),
      );
      expect(audits.data).toMatchObject([
        {
          action: "card_payment.declined",
          details: { declineCode, processorChargeId: problem.chargeId, amount: 25_000, cardPaymentId: declined.id },
        },
      ]);
    },
  );
});

describe("refusals", () => {
  it("refuses what is not an active, verified card of the borrower, before charging", async () => {
    const { token, loanId, partyId } = await setUp("card-refusals");
    const bank = await json(
      await api.call("POST", `/v1/parties/${partyId}/payment-instruments`, {
        token,
        body: {
          type: "bank_account",
          routingNumber: "021000021",
          accountNumber: "000123456789",
          accountType: "checking",
          holderName: "Ada Lovelace",
        },
      }),
    );
    const failed = await json(
      await api.call("POST", `/v1/parties/${partyId}/payment-instruments`, {
        token,
        body: { type: "card", processorToken: "tok_sandbox_declined" },
      }),
    );
    const stranger = await setUp("card-refusals");
    const cases: Array<[string, number, string]> = [
      [String(bank.id), 422, "payment_instrument_not_card"],
      [String(failed.id), 422, "payment_instrument_unverified"],
      [stranger.cardId, 422, "payment_instrument_not_borrowers"],
      ["pmi_01JGFJJZ0000000000000000AB", 404, "payment_instrument_not_found"],
    ];
    for (const [instrumentId, status, code] of cases) {
      const response = await payByCard(token, loanId, { instrumentId });
      expect(response.status, code).toBe(status);
      expect(await json(response)).toMatchObject({ code });
    }
    const disabled = await setUp("card-refusals");
    await api.call("DELETE", `/v1/parties/${disabled.partyId}/payment-instruments/${disabled.cardId}`, { token });
    expect(await json(await payByCard(token, disabled.loanId, { instrumentId: disabled.cardId }))).toMatchObject({
      code: "payment_instrument_disabled",
    });
    const own = await setUp("card-refusals");
    const euros = await payByCard(token, own.loanId, { instrumentId: own.cardId, currency: "EUR" });
    expect(euros.status).toBe(422);
    expect(await json(euros)).toMatchObject({ code: "currency_mismatch" });
    expect((await stateOf(api, token, loanId)).version).toBe(1);
  });

  it("another tenant sees neither the loan nor its card payments (404)", async () => {
    const { token, cardId, loanId } = await setUp("card-owner");
    const paid = await json(await payByCard(token, loanId, { instrumentId: cardId }));
    const other = await api.token("card-intruder");
    expect((await payByCard(other, loanId, { instrumentId: cardId })).status).toBe(404);
    expect((await api.call("GET", `/v1/loans/${loanId}/card-payments/${paid.id}`, { token: other })).status).toBe(404);
    expect((await api.call("GET", `/v1/loans/${loanId}/card-payments`, { token: other })).status).toBe(404);
    const refund = await api.call("POST", `/v1/loans/${loanId}/card-payments/${paid.id}/refunds`, { token: other });
    expect(refund.status).toBe(404);
  });
});

describe("refunds", () => {
  it("refund the charge and reverse its payment; a second refund is 409", async () => {
    const { token, cardId, loanId } = await setUp("card-refund");
    const before = await stateOf(api, token, loanId);
    const paid = await json(await payByCard(token, loanId, { instrumentId: cardId }));
    const path = `/v1/loans/${loanId}/card-payments/${paid.id}/refunds`;
    const response = await api.call("POST", path, { token });
    const refunded = await json(response);
    expect(response.status, JSON.stringify(refunded)).toBe(200);
    expect(refunded).toMatchObject({ id: paid.id, status: "refunded", processorChargeId: paid.processorChargeId });
    expect(refunded.processorRefundId).toMatch(/^re_sandbox_/);
    expect(refunded.reversalId).toMatch(/^rev_/);
    const after = await stateOf(api, token, loanId);
    expect(after.version).toBe(Number(before.version) + 2);
    expect(figures({ ...after, version: before.version })).toEqual(figures(before));
    const again = await api.call("POST", path, { token });
    expect(again.status).toBe(409);
    expect(await json(again)).toMatchObject({ code: "card_payment_refunded" });
    const events = await json(await api.call("GET", "/v1/events?type=card_payment.*", { token }));
    const types = (events.data as Array<{ type: string }>).map((event) => event.type);
    expect(types).toEqual(["card_payment.succeeded", "card_payment.refunded"]);
  });
});
