import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct } from "./loans-helpers.js";
import { createParty, individual } from "./parties-helpers.js";

// /v1/loans/{loanId}/autopay on PGlite and (with DATABASE_URL) PostgreSQL: enrollment with its recorded
// authorization, replacement, cancellation, events, refusals, and tenant isolation.

let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2025-01-02T12:00:00.000Z" });
});
afterAll(() => testDatabase.dispose());

const authorization = {
  textVersion: "ach-autopay-2025-01",
  authorizedAt: "2025-01-02T11:59:00Z",
  ipAddress: "203.0.113.7",
};

let serial = 2000;
/** A tenant with a loan and a borrower party holding a bank account (and a card). */
async function setUp(tenant: string) {
  const token = await api.token(tenant);
  serial += 1;
  const party = await createParty(api, token, individual({ taxId: `123-45-${serial}` }));
  const path = `/v1/parties/${party.id}/payment-instruments`;
  const bank = await json(
    await api.call("POST", path, {
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
  const card = await json(
    await api.call("POST", path, { token, body: { type: "card", processorToken: "tok_sandbox_visa" } }),
  );
  const productId = await createProduct(api, token);
  const loan = await board(api, token, productId, { borrowerReference: String(party.id) });
  return {
    token,
    partyId: String(party.id),
    bankId: String(bank.id),
    cardId: String(card.id),
    loanId: String(loan.id),
  };
}

const enroll = (token: string, loanId: string, body: Record<string, unknown>) =>
  api.call("PUT", `/v1/loans/${loanId}/autopay`, { token, body });

describe("enrolling", () => {
  it("enrolls with the authorization recorded, an event and an audit record", async () => {
    const { token, bankId, loanId } = await setUp("enroll-a");
    const response = await enroll(token, loanId, {
      instrumentId: bankId,
      amountKind: "installment_due",
      daysBeforeDue: 3,
      authorization,
    });
    const body = await json(response);
    expect(response.status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({
      object: "autopay",
      loanId,
      instrumentId: bankId,
      amountKind: "installment_due",
      amount: null,
      currency: "USD",
      daysBeforeDue: 3,
      status: "active",
      authorization,
    });
    expect(String(body.id)).toMatch(/^apy_/);
    expect(await json(await api.call("GET", `/v1/loans/${loanId}/autopay`, { token }))).toEqual(body);
    const events = await json(await api.call("GET", "/v1/events?type=autopay.enrolled", { token }));
    expect((events.data as Array<{ resourceId: string }>).map((event) => event.resourceId)).toEqual([body.id]);
  });

  it("replaces an open enrollment; a fixed amount is kept in minor units", async () => {
    const { token, bankId, loanId } = await setUp("enroll-b");
    const first = await json(
      await enroll(token, loanId, {
        instrumentId: bankId,
        amountKind: "full_balance",
        daysBeforeDue: 0,
        authorization,
      }),
    );
    const second = await json(
      await enroll(token, loanId, {
        instrumentId: bankId,
        amountKind: "fixed",
        amount: 90_000,
        currency: "USD",
        daysBeforeDue: 5,
        authorization,
      }),
    );
    expect(second).toMatchObject({ amountKind: "fixed", amount: 90_000, status: "active" });
    expect(second.id).not.toBe(first.id);
    expect((await json(await api.call("GET", `/v1/loans/${loanId}/autopay`, { token }))).id).toBe(second.id);
  });

  it.each([
    [{ amountKind: "fixed" }, 422, "amount_required", "/amount"],
    [{ amountKind: "installment_due", amount: 100 }, 422, "amount_not_applicable", "/amount"],
    [{ amountKind: "fixed", amount: 100, currency: "EUR" }, 422, "currency_mismatch", "/currency"],
    [{ instrumentId: "pmi_01JGFJJZ0000000000000000AB" }, 404, "payment_instrument_not_found", undefined],
  ])("refuses %o with %i %s", async (change, status, code, pointer) => {
    const { token, bankId, loanId } = await setUp(`refuse-${code}`);
    const response = await enroll(token, loanId, {
      instrumentId: bankId,
      amountKind: "installment_due",
      daysBeforeDue: 3,
      authorization,
      ...change,
    });
    expect(response.status).toBe(status);
    const problem = await json(response);
    expect(problem.code).toBe(code);
    if (pointer !== undefined) expect(problem.errors).toMatchObject([{ pointer }]);
  });

  it("refuses a card, a disabled account, another party's account and a bad authorization", async () => {
    const { token, bankId, cardId, loanId, partyId } = await setUp("refuse-instrument");
    const base = { amountKind: "installment_due", daysBeforeDue: 3, authorization };
    expect((await json(await enroll(token, loanId, { ...base, instrumentId: cardId }))).code).toBe(
      "payment_instrument_not_bank_account",
    );
    const other = await setUp("refuse-instrument");
    expect((await json(await enroll(token, loanId, { ...base, instrumentId: other.bankId }))).code).toBe(
      "payment_instrument_not_borrowers",
    );
    await api.call("DELETE", `/v1/parties/${partyId}/payment-instruments/${bankId}`, { token });
    expect((await json(await enroll(token, loanId, { ...base, instrumentId: bankId }))).code).toBe(
      "payment_instrument_disabled",
    );
    const bad = await enroll(token, loanId, {
      ...base,
      instrumentId: bankId,
      authorization: { ...authorization, ipAddress: "not-an-ip" },
    });
    expect(bad.status).toBe(422);
    expect((await json(await api.call("GET", `/v1/loans/${loanId}/autopay`, { token }))).code).toBe(
      "autopay_not_found",
    );
  });
});

describe("cancelling and disabling", () => {
  it("cancels with an event; cancelling again is 404", async () => {
    const { token, bankId, loanId } = await setUp("cancel-a");
    await enroll(token, loanId, {
      instrumentId: bankId,
      amountKind: "installment_due",
      daysBeforeDue: 3,
      authorization,
    });
    const response = await api.call("DELETE", `/v1/loans/${loanId}/autopay`, { token });
    expect(response.status).toBe(200);
    expect(await json(response)).toMatchObject({ status: "cancelled", statusReason: "requested" });
    expect((await json(await api.call("GET", `/v1/loans/${loanId}/autopay`, { token }))).status).toBe("cancelled");
    const again = await api.call("DELETE", `/v1/loans/${loanId}/autopay`, { token });
    expect(again.status).toBe(404);
    expect((await json(again)).code).toBe("autopay_not_found");
    const events = await json(await api.call("GET", "/v1/events?type=autopay.cancelled", { token }));
    expect(events.data).toHaveLength(1);
  });

  it("suspends autopay when its instrument is disabled", async () => {
    const { token, bankId, loanId, partyId } = await setUp("disable-a");
    await enroll(token, loanId, {
      instrumentId: bankId,
      amountKind: "installment_due",
      daysBeforeDue: 3,
      authorization,
    });
    await api.call("DELETE", `/v1/parties/${partyId}/payment-instruments/${bankId}`, { token });
    expect(await json(await api.call("GET", `/v1/loans/${loanId}/autopay`, { token }))).toMatchObject({
      status: "suspended",
      statusReason: "instrument_disabled",
    });
  });

  it("hides a loan's autopay from another tenant (404)", async () => {
    const { token, bankId, loanId } = await setUp("tenant-a");
    const other = await api.token("tenant-b");
    await enroll(token, loanId, {
      instrumentId: bankId,
      amountKind: "installment_due",
      daysBeforeDue: 3,
      authorization,
    });
    expect((await api.call("GET", `/v1/loans/${loanId}/autopay`, { token: other })).status).toBe(404);
    expect((await api.call("DELETE", `/v1/loans/${loanId}/autopay`, { token: other })).status).toBe(404);
    const stolen = await enroll(other, loanId, {
      instrumentId: bankId,
      amountKind: "installment_due",
      daysBeforeDue: 3,
      authorization,
    });
    expect(stolen.status).toBe(404);
    expect((await json(await api.call("GET", `/v1/loans/${loanId}/autopay`, { token }))).status).toBe("active");
  });
});
