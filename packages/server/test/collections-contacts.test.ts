import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct } from "./loans-helpers.js";
import { createParty, individual } from "./parties-helpers.js";

// /v1/loans/{loanId}/contacts and /contact-preferences on PGlite and (with DATABASE_URL) PostgreSQL: the log,
// Regulation F's call limits (12 CFR 1006.14(b), 1006.6(b)(1)(i)) on outbound calls, and the borrower's flags.

let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2025-03-04T12:00:00.000Z" });
});
afterAll(() => testDatabase.dispose());

async function setUp(tenant: string, timeZone: string | null = "America/New_York") {
  const token = await api.token(tenant);
  const loanId = String((await board(api, token, await createProduct(api, token))).id);
  if (timeZone !== null) {
    const set = await api.call("PUT", `/v1/loans/${loanId}/contact-preferences`, { token, body: { timeZone } });
    expect(set.status, JSON.stringify(await json(set.clone()))).toBe(200);
  }
  return { token, loanId };
}

const call = (occurredAt: string, overrides: Record<string, unknown> = {}) => ({
  channel: "phone",
  direction: "outbound",
  outcome: "no_answer",
  rightPartyContact: false,
  occurredAt,
  ...overrides,
});

const log = (token: string, loanId: string, body: Record<string, unknown>) =>
  api.call("POST", `/v1/loans/${loanId}/contacts`, { token, body });

async function logged(token: string, loanId: string): Promise<Record<string, unknown>[]> {
  const page = await json(await api.call("GET", `/v1/loans/${loanId}/contacts?limit=100`, { token }));
  return page.data as Record<string, unknown>[];
}

async function expectProblem(response: Response, status: number, code: string): Promise<void> {
  const body = await json(response);
  expect(response.status, JSON.stringify(body)).toBe(status);
  expect(body.code).toBe(code);
}

describe("the contact log", () => {
  it("logs a contact with its event, lists it, and filters by channel", async () => {
    const { token, loanId } = await setUp("contacts-log");
    const party = await createParty(api, token, individual({ taxId: "123-45-7001" }));
    const response = await log(token, loanId, {
      ...call("2025-03-03T15:00:00Z", { outcome: "conversation", rightPartyContact: true }),
      notes: "Borrower will pay Friday",
      partyId: party.id,
    });
    const body = await json(response);
    expect(response.status, JSON.stringify(body)).toBe(201);
    expect(body).toMatchObject({
      object: "contact",
      loanId,
      partyId: party.id,
      channel: "phone",
      direction: "outbound",
      outcome: "conversation",
      rightPartyContact: true,
      occurredAt: "2025-03-03T15:00:00.000Z",
      notes: "Borrower will pay Friday",
    });
    expect(String(body.id)).toMatch(/^cnt_/);
    await log(token, loanId, { ...call("2025-03-03T16:00:00Z"), channel: "email", outcome: "sent" });
    expect((await logged(token, loanId)).map((row) => row.channel)).toEqual(["phone", "email"]);
    const emails = await json(await api.call("GET", `/v1/loans/${loanId}/contacts?channel=email`, { token }));
    expect((emails.data as unknown[]).length).toBe(1);
    const events = await json(await api.call("GET", `/v1/events?resourceId=${body.id}`, { token }));
    expect((events.data as { type: string }[]).map((event) => event.type)).toEqual(["contact.logged"]);
  });

  it("refuses bad input with its status and code, and hides other tenants' loans", async () => {
    const { token, loanId } = await setUp("contacts-bad");
    await expectProblem(
      await log(token, loanId, call("2025-03-03T15:00:00Z", { channel: "fax" })),
      422,
      "validation_failed",
    );
    await expectProblem(await log(token, loanId, call("2025-03-03 15:00")), 422, "validation_failed");
    const missingParty = call("2025-03-03T15:00:00Z", { partyId: "pty_01JGFJJZ0000000000000000AB" });
    await expectProblem(await log(token, loanId, missingParty), 404, "party_not_found");
    await expectProblem(
      await log(token, "loan_01JGFJJZ0000000000000000AB", call("2025-03-03T15:00:00Z")),
      404,
      "loan_not_found",
    );
    const stranger = await api.token("contacts-bad-other");
    await expectProblem(await log(stranger, loanId, call("2025-03-03T15:00:00Z")), 404, "loan_not_found");
    const zone = { timeZone: "Mars/Olympus" };
    await expectProblem(
      await api.call("PUT", `/v1/loans/${loanId}/contact-preferences`, { token, body: zone }),
      422,
      "invalid_time_zone",
    );
    await expectProblem(
      await api.call("GET", `/v1/loans/${loanId}/contacts?outcome=busy`, { token }),
      400,
      "unknown_query_parameter",
    );
  });
});

describe("Regulation F on outbound calls", () => {
  it("refuses an eighth call attempt in seven days with call_limit_reached, and stores nothing", async () => {
    const { token, loanId } = await setUp("regf-frequency");
    // 10:00 in New York on seven consecutive days, 2025-03-03 through 2025-03-09 (EST, then EDT on the 9th).
    for (let day = 3; day <= 9; day += 1) {
      const at = `2025-03-0${day}T${day === 9 ? "14" : "15"}:00:00Z`;
      expect((await log(token, loanId, call(at))).status).toBe(201);
    }
    await expectProblem(await log(token, loanId, call("2025-03-09T18:00:00Z")), 422, "call_limit_reached");
    // A call that does not connect is no attempt (1006.14(b)(3)); an inbound call is the borrower's.
    expect((await log(token, loanId, call("2025-03-09T18:00:00Z", { outcome: "busy" }))).status).toBe(201);
    const inbound = call("2025-03-09T18:05:00Z", { direction: "inbound", outcome: "other" });
    expect((await log(token, loanId, inbound)).status).toBe(201);
    expect(await logged(token, loanId)).toHaveLength(9);
    // 2025-03-10 still has six attempts in its window (03-04..03-10); 03-03 left it.
    expect((await log(token, loanId, call("2025-03-10T14:00:00Z"))).status).toBe(201);
  });

  it("refuses a call within seven days after a telephone conversation with call_after_conversation", async () => {
    const { token, loanId } = await setUp("regf-conversation");
    const talk = call("2025-03-03T15:00:00Z", {
      direction: "inbound",
      outcome: "conversation",
      rightPartyContact: true,
    });
    expect((await log(token, loanId, talk)).status).toBe(201);
    await expectProblem(await log(token, loanId, call("2025-03-05T15:00:00Z")), 422, "call_after_conversation");
    // The conversation's day is the first of the seven: 2025-03-09 is the last refused, 03-10 is allowed.
    await expectProblem(await log(token, loanId, call("2025-03-09T23:00:00Z")), 422, "call_after_conversation");
    expect((await log(token, loanId, call("2025-03-10T14:00:00Z"))).status).toBe(201);
    // Talking to someone else is no conversation with the borrower.
    const other = await setUp("regf-conversation-other");
    const wrong = call("2025-03-03T15:00:00Z", { outcome: "conversation", rightPartyContact: false });
    expect((await log(other.token, other.loanId, wrong)).status).toBe(201);
    expect((await log(other.token, other.loanId, call("2025-03-04T15:00:00Z"))).status).toBe(201);
  });

  it("refuses a call at 22:00 in the borrower's time zone with call_outside_hours", async () => {
    const { token, loanId } = await setUp("regf-hours", "America/Chicago");
    // 2025-03-04T04:00Z is 22:00 on 03-03 in Chicago (CST); 03:00Z is 21:00, the last allowed minute.
    await expectProblem(await log(token, loanId, call("2025-03-04T04:00:00Z")), 422, "call_outside_hours");
    await expectProblem(
      await log(token, loanId, call("2025-03-04T04:00:00Z", { outcome: "busy" })),
      422,
      "call_outside_hours",
    );
    expect((await log(token, loanId, call("2025-03-04T03:00:00Z"))).status).toBe(201);
    await expectProblem(await log(token, loanId, call("2025-03-04T13:59:00Z")), 422, "call_outside_hours");
    // Without a stated zone the tenant's (UTC by default) is the borrower's: 22:00Z is refused.
    const plain = await setUp("regf-hours-tenant", null);
    await expectProblem(await log(plain.token, plain.loanId, call("2025-03-03T22:00:00Z")), 422, "call_outside_hours");
    const preferences = await json(
      await api.call("GET", `/v1/loans/${plain.loanId}/contact-preferences`, { token: plain.token }),
    );
    expect(preferences).toMatchObject({ timeZone: null, effectiveTimeZone: "UTC", ceaseCommunication: false });
  });

  it("never stores an eighth attempt in any seven days, whatever the order calls are logged in", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 13 }), { minLength: 8, maxLength: 14 }), async (days) => {
        run += 1;
        const { token, loanId } = await setUp(`regf-property-${run}`, "UTC");
        for (const day of days) {
          const at = new Date(Date.UTC(2025, 2, 1 + day, 12, day)).toISOString();
          await log(token, loanId, call(at));
        }
        const stored = (await logged(token, loanId)).map((row) => Number(String(row.occurredAt).slice(8, 10)));
        for (let first = 1; first <= 14; first += 1) {
          expect(stored.filter((d) => d >= first && d < first + 7).length).toBeLessThanOrEqual(7);
        }
      }),
      { numRuns: 8 },
    );
  });
});

describe("contact preferences", () => {
  const put = (token: string, loanId: string, body: Record<string, unknown>) =>
    api.call("PUT", `/v1/loans/${loanId}/contact-preferences`, { token, body });

  it("refuses outbound contact the borrower has forbidden, and still logs what they send", async () => {
    const { token, loanId } = await setUp("preferences-flags");
    const response = await put(token, loanId, {
      timeZone: "America/New_York",
      channels: {
        phone: { preferredTimes: [{ from: "09:00", to: "12:00" }] },
        sms: { consent: false },
        email: { doNotContact: true },
      },
    });
    const body = await json(response);
    expect(response.status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({
      object: "contact_preferences",
      timeZone: "America/New_York",
      effectiveTimeZone: "America/New_York",
      ceaseCommunication: false,
      channels: {
        phone: { consent: true, doNotContact: false, preferredTimes: [{ from: "09:00", to: "12:00" }] },
        sms: { consent: false, doNotContact: false, preferredTimes: [] },
      },
    });
    const email = { ...call("2025-03-03T15:00:00Z"), channel: "email", outcome: "sent" };
    await expectProblem(await log(token, loanId, email), 409, "do_not_contact");
    const sms = { ...call("2025-03-03T15:00:00Z"), channel: "sms", outcome: "sent" };
    await expectProblem(await log(token, loanId, sms), 409, "contact_consent_withdrawn");
    // 14:00 in New York is lawful but outside the borrower's 09:00-12:00.
    await expectProblem(await log(token, loanId, call("2025-03-03T19:00:00Z")), 422, "contact_outside_preferred_times");
    expect((await log(token, loanId, call("2025-03-03T15:00:00Z"))).status).toBe(201);
    expect((await log(token, loanId, { ...email, direction: "inbound" })).status).toBe(201);

    await put(token, loanId, { timeZone: "America/New_York", ceaseCommunication: true });
    const letter = { ...call("2025-03-04T15:00:00Z"), channel: "letter", outcome: "sent" };
    await expectProblem(await log(token, loanId, letter), 409, "cease_communication");
    const events = await json(await api.call("GET", `/v1/events?resourceId=${loanId}&limit=100`, { token }));
    const types = (events.data as { type: string }[]).map((event) => event.type);
    expect(types.filter((type) => type === "contact_preferences.updated")).toHaveLength(3);
  });
});
