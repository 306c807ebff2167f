import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allScopes } from "../src/resources.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { createParty, individual } from "./parties-helpers.js";

// /v1/parties/{partyId}/payment-instruments on PGlite and (with DATABASE_URL) PostgreSQL: bank accounts
// (ABA check digit, sealed and masked account numbers), card tokens (card numbers refused), sandbox
// verification, disabling, events, audited reveals and tenant isolation.

let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2026-12-03T12:00:00.000Z" });
});
afterAll(() => testDatabase.dispose());

const withoutPii = (tenant: string) =>
  api.token(
    tenant,
    allScopes().filter((scope) => scope !== "pii:read"),
  );
const bank = (overrides: Record<string, unknown> = {}) => ({
  type: "bank_account",
  routingNumber: "021000021",
  accountNumber: "000123456789",
  accountType: "checking",
  holderName: "Ada Lovelace",
  ...overrides,
});

let taxIdSerial = 1000;
async function partyOf(token: string): Promise<string> {
  taxIdSerial += 1;
  return String((await createParty(api, token, individual({ taxId: `123-45-${taxIdSerial}` }))).id);
}

const add = (token: string, partyId: string, body: unknown) =>
  api.call("POST", `/v1/parties/${partyId}/payment-instruments`, { token, body });

describe("bank accounts", () => {
  it("adds a checking account: verified by the sandbox, masked, with an event and audit", async () => {
    const token = await withoutPii("bank-a");
    const partyId = await partyOf(token);
    const response = await add(token, partyId, bank());
    const created = await json(response);
    expect(response.status, JSON.stringify(created)).toBe(201);
    expect(created).toMatchObject({
      object: "payment_instrument",
      partyId,
      type: "bank_account",
      status: "active",
      verificationStatus: "verified",
      routingNumber: "021000021",
      accountNumber: "****6789",
      accountType: "checking",
      holderName: "Ada Lovelace",
      piiRevealed: false,
    });
    expect(String(created.id)).toMatch(/^pmi_[0-9A-Z]{26}$/);
    const events = await json(await api.call("GET", "/v1/events?type=payment_instrument.created", { token }));
    expect(JSON.stringify(events)).not.toContain("000123456789");
    expect((events.data as Array<{ resourceId: string }>)[0]?.resourceId).toBe(created.id);
    const got = await json(
      await api.call("GET", `/v1/parties/${partyId}/payment-instruments/${created.id}`, { token }),
    );
    expect(got.accountNumber).toBe("****6789");
  });

  it("stores the account number only encrypted", async () => {
    const token = await api.token("bank-sealed");
    const partyId = await partyOf(token);
    await add(token, partyId, bank({ accountNumber: "000987654321" }));
    const rows = await testDatabase.database.db.execute(
      "select account_number_ciphertext from payment_instruments where tenant_id = 'bank-sealed'" as never,
    );
    const text = JSON.stringify(rows);
    expect(text).toContain("v1:");
    expect(text).not.toContain("000987654321");
  });

  it("shows the account number to pii:read tokens, with an audit record per reveal", async () => {
    const token = await api.token("bank-reveal");
    const partyId = await partyOf(token);
    const created = await json(await add(token, partyId, bank({ accountNumber: "000444444444" })));
    expect(created.verificationStatus).toBe("micro_deposits_pending");
    expect(created.accountNumber).toBe("****4444");
    const list = await json(await api.call("GET", `/v1/parties/${partyId}/payment-instruments`, { token }));
    expect(list.data).toMatchObject([{ accountNumber: "000444444444", piiRevealed: true }]);
    const audit = await json(await api.call("GET", `/v1/audit-records?resourceId=${created.id}`, { token }));
    expect((audit.data as Array<{ action: string }>).map((record) => record.action)).toEqual([
      "payment_instrument.created",
      "payment_instrument.pii_revealed",
    ]);
  });

  it.each([
    ["021000022", "routing_number_checksum"],
    ["991000021", "invalid_routing_number"],
    ["02100002", "invalid_routing_number"],
  ])("refuses routing number %s with 422 %s on /routingNumber", async (routingNumber, code) => {
    const token = await api.token("bank-bad");
    const partyId = await partyOf(token);
    const response = await add(token, partyId, bank({ routingNumber }));
    expect(response.status).toBe(422);
    const problem = await json(response);
    expect(problem.code).toBe(code);
    expect(problem.errors).toMatchObject([{ pointer: "/routingNumber", code }]);
    const list = await json(await api.call("GET", `/v1/parties/${partyId}/payment-instruments`, { token }));
    expect(list.data).toEqual([]);
  });

  it("refuses an account number that is not 4 to 17 digits", async () => {
    const token = await api.token("bank-bad");
    const partyId = await partyOf(token);
    const response = await add(token, partyId, bank({ accountNumber: "12-34" }));
    expect(response.status).toBe(422);
    expect((await json(response)).errors).toMatchObject([{ pointer: "/accountNumber" }]);
  });
});

describe("cards", () => {
  it("adds a card by processor token", async () => {
    const token = await api.token("card-a");
    const partyId = await partyOf(token);
    const response = await add(token, partyId, { type: "card", processorToken: "tok_sandbox_visa" });
    expect(response.status).toBe(201);
    expect(await json(response)).toMatchObject({
      type: "card",
      verificationStatus: "verified",
      cardBrand: "visa",
      cardLastFour: "4242",
      accountNumber: null,
      routingNumber: null,
    });
  });

  it.each(["4242424242424242", "4242 4242 4242 4242", "tok_5555-5555-5555-4444"])(
    "refuses %s as a card number (422 card_number_refused)",
    async (processorToken) => {
      const token = await api.token("card-pan");
      const partyId = await partyOf(token);
      const response = await add(token, partyId, { type: "card", processorToken });
      expect(response.status).toBe(422);
      const problem = await json(response);
      expect(problem.code).toBe("card_number_refused");
      expect(problem.errors).toMatchObject([{ pointer: "/processorToken" }]);
      expect(JSON.stringify(problem)).not.toContain("4242424242424242");
    },
  );

  it("refuses a card number field outright", async () => {
    const token = await api.token("card-pan");
    const partyId = await partyOf(token);
    const response = await add(token, partyId, { type: "card", processorToken: "tok_x12345", number: "4242" });
    expect(response.status).toBe(422);
  });
});

describe("disabling, unknown ids and tenants", () => {
  it("disables an instrument with an event; the list filters by status", async () => {
    const token = await api.token("disable-a");
    const partyId = await partyOf(token);
    const created = await json(await add(token, partyId, bank()));
    const path = `/v1/parties/${partyId}/payment-instruments/${created.id}`;
    const response = await api.call("DELETE", path, { token });
    expect(response.status).toBe(200);
    expect(await json(response)).toMatchObject({ status: "disabled", disabledReason: "requested" });
    const active = await json(
      await api.call("GET", `/v1/parties/${partyId}/payment-instruments?status=active`, { token }),
    );
    expect(active.data).toEqual([]);
    const events = await json(await api.call("GET", "/v1/events?type=payment_instrument.disabled", { token }));
    expect((events.data as Array<{ resourceId: string }>).map((event) => event.resourceId)).toEqual([created.id]);
  });

  it("answers 404 for an unknown party or instrument", async () => {
    const token = await api.token("unknown-a");
    const partyId = await partyOf(token);
    const missing = "pmi_01JGFJJZ0000000000000000AB";
    expect((await add(token, "pty_01JGFJJZ0000000000000000AB", bank())).status).toBe(404);
    expect((await api.call("GET", `/v1/parties/${partyId}/payment-instruments/${missing}`, { token })).status).toBe(
      404,
    );
    expect((await api.call("DELETE", `/v1/parties/${partyId}/payment-instruments/${missing}`, { token })).status).toBe(
      404,
    );
  });

  it("hides a tenant's instruments from another tenant (404)", async () => {
    const token = await api.token("tenant-a");
    const other = await api.token("tenant-b");
    const partyId = await partyOf(token);
    const created = await json(await add(token, partyId, bank()));
    const path = `/v1/parties/${partyId}/payment-instruments`;
    expect((await api.call("GET", `${path}/${created.id}`, { token: other })).status).toBe(404);
    expect((await api.call("GET", path, { token: other })).status).toBe(404);
    expect((await api.call("DELETE", `${path}/${created.id}`, { token: other })).status).toBe(404);
    expect((await add(other, partyId, bank())).status).toBe(404);
  });
});
