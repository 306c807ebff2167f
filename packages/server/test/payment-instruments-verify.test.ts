import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sandboxMicroDepositAmounts } from "../src/adapters/payment-processor/index.js";
import { paymentInstruments, paymentInstrumentVerifications } from "../src/db/schema/index.js";
import { enrolAutopay } from "./autopay-helpers.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct } from "./loans-helpers.js";
import { createParty, individual } from "./parties-helpers.js";

// POST /v1/parties/{partyId}/payment-instruments/{instrumentId}/verify on PGlite and (with DATABASE_URL)
// PostgreSQL: the sandbox's micro-deposits for test account 000444444444, confirmed right (verified), wrong
// (422 with the attempts left, kept although the answer is a 4xx), three times wrong (failed, then 409),
// after they expire (409), retried with the same Idempotency-Key; events, attempts stored, autopay refusing
// an unverified account, and tenant isolation.

let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2025-01-02T12:00:00.000Z" });
});
afterAll(() => testDatabase.dispose());

let serial = 3000;
async function pendingAccount(token: string) {
  serial += 1;
  const party = await createParty(api, token, individual({ taxId: `123-45-${serial}` }));
  const partyId = String(party.id);
  const response = await api.call("POST", `/v1/parties/${partyId}/payment-instruments`, {
    token,
    body: {
      type: "bank_account",
      routingNumber: "021000021",
      accountNumber: "000444444444",
      accountType: "checking",
      holderName: "Ada Lovelace",
    },
  });
  const instrument = await json(response);
  expect(response.status, JSON.stringify(instrument)).toBe(201);
  const path = `/v1/parties/${partyId}/payment-instruments/${instrument.id}`;
  return { partyId, instrument, path, id: String(instrument.id) };
}

const verify = (token: string, path: string, amounts: unknown, headers: Record<string, string> = {}) =>
  api.call("POST", `${path}/verify`, { token, body: { amounts }, headers });

/** The two amounts the sandbox sent, as the API shows them. */
function sentAmounts(instrument: Record<string, unknown>): [number, number] {
  const deposits = instrument.microDeposits as { sandboxAmounts: [number, number] };
  return deposits.sandboxAmounts;
}

/** A pair that is not the one sent (each still 1 to 99). */
const wrong = ([a, b]: [number, number]): [number, number] => [(a % 99) + 1, b];

async function eventTypes(token: string): Promise<string[]> {
  const page = await json(await api.call("GET", "/v1/events?type=payment_instrument.*", { token }));
  return (page.data as Array<{ type: string }>).map((event) => event.type);
}

describe("micro-deposits", () => {
  it("are sent for a pending account: dates, three attempts, the sandbox's amounts from its reference", async () => {
    const token = await api.token("verify-sent");
    const { instrument } = await pendingAccount(token);
    expect(instrument).toMatchObject({
      verificationStatus: "micro_deposits_pending",
      microDeposits: { sentOn: "2025-01-02", expiresOn: "2025-01-12", attemptsRemaining: 3 },
    });
    const amounts = sentAmounts(instrument);
    expect(amounts).toHaveLength(2);
    for (const amount of amounts) expect(amount >= 1 && amount <= 99).toBe(true);
    const [row] = await testDatabase.database.db
      .select()
      .from(paymentInstruments)
      .where(eq(paymentInstruments.id, String(instrument.id)));
    expect(amounts).toEqual([...sandboxMicroDepositAmounts({ processorReference: String(row?.processorReference) })]);
  });

  it("a verified or unverified account has none", async () => {
    const token = await api.token("verify-none");
    const party = await createParty(api, token, individual({ taxId: "123-45-3999" }));
    const created = await json(
      await api.call("POST", `/v1/parties/${party.id}/payment-instruments`, {
        token,
        body: {
          type: "bank_account",
          routingNumber: "021000021",
          accountNumber: "000123456789",
          accountType: "savings",
          holderName: "Ada Lovelace",
        },
      }),
    );
    expect(created).toMatchObject({ verificationStatus: "verified", microDeposits: null });
    const path = `/v1/parties/${party.id}/payment-instruments/${created.id}`;
    const again = await verify(token, path, [1, 2]);
    expect(again.status).toBe(409);
    expect(await json(again)).toMatchObject({ code: "payment_instrument_already_verified" });
  });
});

describe("confirming", () => {
  it("the right amounts, in either order, verify the account: event, attempt stored, autopay accepts it", async () => {
    const token = await api.token("verify-right");
    const { instrument, path, partyId, id } = await pendingAccount(token);
    const [a, b] = sentAmounts(instrument);
    const response = await verify(token, path, [b, a]);
    const body = await json(response);
    expect(response.status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({
      id,
      verificationStatus: "verified",
      microDeposits: { attemptsRemaining: 3, sandboxAmounts: null },
    });
    expect(await eventTypes(token)).toEqual(["payment_instrument.created", "payment_instrument.verified"]);
    const attempts = await testDatabase.database.db
      .select()
      .from(paymentInstrumentVerifications)
      .where(eq(paymentInstrumentVerifications.instrumentId, id));
    expect(attempts.map((row) => row.outcome)).toEqual(["verified"]);
    expect((await verify(token, path, [a, b])).status).toBe(409);

    const loan = await board(api, token, await createProduct(api, token), { borrowerReference: partyId });
    const enrolled = await enrolAutopay(api, token, String(loan.id), id);
    expect(enrolled.status).toBe(200);
  });

  it("autopay refuses an account whose micro-deposits are pending (422 payment_instrument_unverified)", async () => {
    const token = await api.token("verify-autopay");
    const { partyId, id } = await pendingAccount(token);
    const loan = await board(api, token, await createProduct(api, token), { borrowerReference: partyId });
    const refused = await enrolAutopay(api, token, String(loan.id), id);
    expect(refused.status).toBe(422);
    expect(await json(refused)).toMatchObject({
      code: "payment_instrument_unverified",
      errors: [{ pointer: "/instrumentId" }],
    });
  });

  it("wrong amounts: 422 with the attempts left, kept; the third locks the account; then 409", async () => {
    const token = await api.token("verify-wrong");
    const { instrument, path, id } = await pendingAccount(token);
    const bad = wrong(sentAmounts(instrument));
    const first = await verify(token, path, bad, { "idempotency-key": "verify-wrong-1" });
    expect(first.status).toBe(422);
    expect(await json(first)).toMatchObject({
      code: "micro_deposit_amounts_mismatch",
      attemptsRemaining: 2,
      verificationStatus: "micro_deposits_pending",
    });
    // The attempt counted although the answer was a 422 (and with its key released, a retry runs again).
    expect(await json(await api.call("GET", path, { token }))).toMatchObject({
      microDeposits: { attemptsRemaining: 2 },
    });
    const second = await verify(token, path, bad, { "idempotency-key": "verify-wrong-1" });
    expect(await json(second)).toMatchObject({ code: "micro_deposit_amounts_mismatch", attemptsRemaining: 1 });
    const third = await verify(token, path, bad);
    expect(third.status).toBe(422);
    expect(await json(third)).toMatchObject({ attemptsRemaining: 0, verificationStatus: "failed" });
    // Locked: even the right amounts are refused now.
    const locked = await verify(token, path, sentAmounts(instrument));
    expect(locked.status).toBe(409);
    expect(await json(locked)).toMatchObject({ code: "verification_locked", attemptsRemaining: 0 });
    expect(await json(await api.call("GET", path, { token }))).toMatchObject({
      verificationStatus: "failed",
      microDeposits: { attemptsRemaining: 0, sandboxAmounts: null },
    });
    expect(await eventTypes(token)).toEqual(["payment_instrument.created", "payment_instrument.verification_failed"]);
    const attempts = await testDatabase.database.db
      .select()
      .from(paymentInstrumentVerifications)
      .where(eq(paymentInstrumentVerifications.instrumentId, id));
    expect(attempts.map((row) => [row.outcome, row.attemptsRemaining])).toEqual([
      ["mismatched", 2],
      ["mismatched", 1],
      ["locked", 0],
    ]);
  });

  it("a wrong guess without an Idempotency-Key is kept too", async () => {
    const token = await api.token("verify-keyless");
    const { instrument, path } = await pendingAccount(token);
    const response = await api.call("POST", `${path}/verify`, {
      token,
      body: { amounts: wrong(sentAmounts(instrument)) },
      idempotencyKey: null,
    });
    expect(response.status).toBe(422);
    expect(await json(response)).toMatchObject({ attemptsRemaining: 2 });
    expect(await json(await api.call("GET", path, { token }))).toMatchObject({
      microDeposits: { attemptsRemaining: 2 },
    });
  });

  it("five wrong guesses at once use exactly the three attempts (the row is locked)", async () => {
    const token = await api.token("verify-race");
    const { instrument, path, id } = await pendingAccount(token);
    const bad = wrong(sentAmounts(instrument));
    const answers = await Promise.all(Array.from({ length: 5 }, () => verify(token, path, bad)));
    expect(answers.map((response) => response.status).sort()).toEqual([409, 409, 422, 422, 422]);
    const attempts = await testDatabase.database.db
      .select()
      .from(paymentInstrumentVerifications)
      .where(eq(paymentInstrumentVerifications.instrumentId, id));
    expect(attempts.map((row) => row.attemptsRemaining).sort()).toEqual([0, 1, 2]);
    expect(await eventTypes(token)).toEqual(["payment_instrument.created", "payment_instrument.verification_failed"]);
  });

  it("a bad body is a 422 that uses no attempt", async () => {
    const token = await api.token("verify-body");
    const { path } = await pendingAccount(token);
    for (const amounts of [[1], [1, 2, 3], [0, 5], [100, 5], [1.5, 2], ["1", "2"]]) {
      const response = await verify(token, path, amounts);
      expect(response.status, JSON.stringify(amounts)).toBe(422);
      expect(await json(response)).toMatchObject({ code: "validation_failed" });
    }
    expect(await json(await api.call("GET", path, { token }))).toMatchObject({
      microDeposits: { attemptsRemaining: 3 },
    });
  });

  it("a retry with the same Idempotency-Key replays the verification", async () => {
    const token = await api.token("verify-idempotent");
    const { instrument, path } = await pendingAccount(token);
    const headers = { "idempotency-key": "verify-once" };
    const first = await verify(token, path, sentAmounts(instrument), headers);
    expect(first.status).toBe(200);
    const replay = await verify(token, path, sentAmounts(instrument), headers);
    expect(replay.status).toBe(200);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(await json(replay)).toEqual(await json(first));
    expect(await eventTypes(token)).toEqual(["payment_instrument.created", "payment_instrument.verified"]);
  });

  it("another tenant, another party, a card: 404, 404, 409", async () => {
    const token = await api.token("verify-owner");
    const other = await api.token("verify-intruder");
    const { instrument, path, id } = await pendingAccount(token);
    expect((await verify(other, path, sentAmounts(instrument))).status).toBe(404);
    const stranger = await createParty(api, token, individual({ taxId: "123-45-3998" }));
    const elsewhere = `/v1/parties/${stranger.id}/payment-instruments/${id}`;
    expect((await verify(token, elsewhere, sentAmounts(instrument))).status).toBe(404);
    expect(await json(await api.call("GET", path, { token }))).toMatchObject({
      verificationStatus: "micro_deposits_pending",
      microDeposits: { attemptsRemaining: 3 },
    });
    const card = await json(
      await api.call("POST", `/v1/parties/${stranger.id}/payment-instruments`, {
        token,
        body: { type: "card", processorToken: "tok_sandbox_visa" },
      }),
    );
    const refused = await verify(token, `/v1/parties/${stranger.id}/payment-instruments/${card.id}`, [1, 2]);
    expect(refused.status).toBe(409);
    expect(await json(refused)).toMatchObject({ code: "payment_instrument_already_verified" });
  });

  it("a disabled account cannot be confirmed (422)", async () => {
    const token = await api.token("verify-disabled");
    const { instrument, path } = await pendingAccount(token);
    expect((await api.call("DELETE", path, { token })).status).toBe(200);
    const refused = await verify(token, path, sentAmounts(instrument));
    expect(refused.status).toBe(422);
    expect(await json(refused)).toMatchObject({ code: "payment_instrument_disabled" });
  });

  // Last: it moves the shared clock.
  it("deposits expire 10 days after they were sent (by the business date): 409 and failed", async () => {
    let token = await api.token("verify-expired");
    const { instrument, path } = await pendingAccount(token);
    const onLastDay = await pendingAccount(token);
    api.clock.advance(10 * 86_400_000);
    token = await api.token("verify-expired"); // the first one has expired with the clock
    // 2025-01-12, the tenth day: still good.
    const good = await verify(token, onLastDay.path, sentAmounts(onLastDay.instrument));
    expect(good.status).toBe(200);
    api.clock.advance(86_400_000);
    token = await api.token("verify-expired");
    const expired = await verify(token, path, sentAmounts(instrument));
    expect(expired.status).toBe(409);
    expect(await json(expired)).toMatchObject({ code: "micro_deposits_expired", verificationStatus: "failed" });
    expect(await json(await api.call("GET", path, { token }))).toMatchObject({ verificationStatus: "failed" });
    expect(await json(await verify(token, path, sentAmounts(instrument)))).toMatchObject({
      status: 409,
      code: "verification_locked",
    });
    expect(await eventTypes(token)).toEqual([
      "payment_instrument.created",
      "payment_instrument.created",
      "payment_instrument.verified",
      "payment_instrument.verification_failed",
    ]);
  });
});
