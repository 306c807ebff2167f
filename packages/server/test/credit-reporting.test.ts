import { addDays, date } from "@lendstack/core/calendar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { completeForm, primeBureauFacts, setUpOrigination } from "./applications-helpers.js";
import { accountOf, furnisher, generate } from "./credit-reporting-helpers.js";
import { closeDays, moveClockTo } from "./helpers/close-days.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct, pay, stateOf } from "./loans-helpers.js";
import { createParty, individual } from "./parties-helpers.js";

// Metro 2 files on PGlite and (with DATABASE_URL) PostgreSQL: four loans boarded over the API and closed
// daily through April 2025 — one current, one 35 days past due, one paid off, one charged off — and one
// without a borrower party; the April file read back with core's layouts.

let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2025-01-02T12:00:00.000Z" });
});
afterAll(() => testDatabase.dispose());

const tenant = "metro2-book";
const dollars = (minor: unknown) => String(Math.floor(Number(minor) / 100)).padStart(9, "0");

async function problem(token: string, body: unknown) {
  const response = await api.call("POST", "/v1/credit-reporting/metro2-files", { token, body });
  return { status: response.status, body: await json(response) };
}

async function borrower(token: string, n: number): Promise<string> {
  const party = await createParty(api, token, individual({ taxId: `123-45-67${10 + n}` }));
  return String(party.id);
}

async function bookOfFour(token: string) {
  const productId = await createProduct(api, token);
  const loan = async (n: number, overrides: Record<string, unknown> = {}) =>
    String((await board(api, token, productId, { borrowerReference: await borrower(token, n), ...overrides })).id);
  // B's installments fall due on the 26th: 2025-03-26 unpaid is 35 days past due on 2025-04-30.
  const late = { disbursementDate: "2025-01-26", firstPaymentDate: "2025-02-26" };
  return {
    current: await loan(1),
    late: await loan(2, late),
    paid: await loan(3),
    chargedOff: await loan(4),
    orphan: String((await board(api, token, productId)).id),
  };
}

describe("Metro 2 files", () => {
  it("reports current, 35 days past due, paid and charged-off loans from their month-end states", async () => {
    let token = await api.token(tenant);
    const loans = await bookOfFour(token);
    let closedThrough = "2025-01-01";
    /** Closes every day before `day`, then moves the clock to `day` (noon UTC). */
    const advanceTo = async (day: string) => {
      const before = addDays(date(day), -1);
      if (before > closedThrough)
        await closeDays(api, testDatabase.db, tenant, addDays(date(closedThrough), 1), before);
      closedThrough = before;
      moveClockTo(api, `${day}T12:00:00Z`);
      token = await api.token(tenant);
    };
    const paid = async (loanId: string, amount: number, day: string) => {
      await advanceTo(day);
      const response = await pay(api, token, loanId, amount, day);
      expect(response.status, JSON.stringify(await json(response))).toBe(201);
    };
    await paid(loans.current, 90_000, "2025-02-01");
    await paid(loans.paid, 90_000, "2025-02-01");
    await paid(loans.late, 90_000, "2025-02-26");
    await paid(loans.current, 90_000, "2025-03-01");
    await paid(loans.paid, 90_000, "2025-03-01");
    await paid(loans.current, 90_000, "2025-04-01");
    await advanceTo("2025-04-10");
    const quote = await json(await api.call("GET", `/v1/loans/${loans.paid}/payoff-quote?date=2025-04-10`, { token }));
    await paid(loans.paid, Number(quote.amount), "2025-04-10");
    await advanceTo("2025-04-15");
    const chargeOff = { body: { effectiveDate: "2025-04-15" }, token };
    expect((await api.call("POST", `/v1/loans/${loans.chargedOff}/charge-offs`, chargeOff)).status).toBe(201);
    await advanceTo("2025-05-01");

    // Refused: no furnisher yet, then a bad month, then a month not over by the business date (2025-05-01).
    const unset = await problem(token, { month: "2025-04" });
    expect(unset.status).toBe(422);
    expect(unset.body).toMatchObject({ code: "furnisher_not_configured" });
    expect(String(unset.body.detail)).toContain("creditReporting.identificationNumber, creditReporting.reporterName");
    const settings = await api.call("PATCH", "/v1/settings", { token, body: { creditReporting: furnisher } });
    expect(settings.status).toBe(200);
    expect((await json(settings)).creditReporting).toEqual(furnisher);
    for (const [month, code] of [
      ["2026-13", "invalid_month"],
      ["2025-5", "invalid_month"],
      ["2025-05", "month_not_ended"],
      ["2026-11", "month_not_ended"],
    ]) {
      const refused = await problem(token, { month });
      expect(refused.status, month).toBe(422);
      expect(refused.body.code, month).toBe(code);
    }

    const { file, parsed } = await generate(api, token, "2025-04");
    expect(file).toMatchObject({
      object: "metro2_file",
      month: "2025-04",
      activityDate: "2025-04-30",
      businessDate: "2025-05-01",
      accountCount: 4,
      statusCounts: { "11": 1, "71": 1, "13": 1, "97": 1 },
      skippedCount: 1,
      skippedByReason: { no_borrower_party: 1 },
      skipped: [{ loanId: loans.orphan, reason: "no_borrower_party" }],
      recordCount: 6,
    });
    expect(parsed.header).toMatchObject({
      recordIdentifier: "HEADER",
      activityDate: "04302025",
      dateCreated: "05012025",
    });
    expect(parsed.header.reporterName?.trim()).toBe(furnisher.reporterName.toUpperCase());
    expect(parsed.trailer).toMatchObject({
      recordIdentifier: "TRAILER",
      totalBaseRecords: "000000004",
      totalStatusCode11: "000000001",
      totalStatusCode71: "000000001",
      totalStatusCode13: "000000001",
      totalStatusCode97: "000000001",
      totalSocialSecurityNumbersAllSegments: "000000004",
    });
    expect(parsed.accounts.every((a) => a.length === 426 && a.segments.length === 0)).toBe(true);

    const current = accountOf(parsed, loans.current).base;
    const currentState = await stateOf(api, token, loans.current, "2025-04-30");
    expect(current).toMatchObject({
      accountStatus: "11",
      paymentRating: " ",
      paymentHistoryProfile: `000${"B".repeat(21)}`,
      actualPayment: "000000900",
      dateOfLastPayment: "04012025",
      dateOfFirstDelinquency: "00000000",
      dateOpened: "01012025",
      highestCredit: "000010000",
      identificationNumber: "LENDSTACK01         ",
      socialSecurityNumber: "123456711",
      dateOfBirth: "06151985",
      ecoaCode: "1",
      state: "NE",
    });
    expect(current.currentBalance).toBe(dollars((currentState.outstanding as { total: number }).total));

    const late = accountOf(parsed, loans.late).base;
    const lateState = await stateOf(api, token, loans.late, "2025-04-30");
    expect(lateState.daysPastDue).toBe(35);
    expect(late).toMatchObject({
      accountStatus: "71",
      paymentHistoryProfile: `000${"B".repeat(21)}`,
      dateOfFirstDelinquency: "03262025",
      actualPayment: "000000000",
      dateOfLastPayment: "02262025",
    });
    expect(late.amountPastDue).toBe(dollars((lateState.overdue as { total: number }).total));

    expect(accountOf(parsed, loans.paid).base).toMatchObject({
      accountStatus: "13",
      paymentRating: "0",
      currentBalance: "000000000",
      dateClosed: "04102025",
      actualPayment: dollars(quote.amount),
    });
    // Never paid: 27 days past due at February's end (current), 58 at March's (1), charged off 2025-04-15.
    const charged = accountOf(parsed, loans.chargedOff).base;
    expect(charged).toMatchObject({ accountStatus: "97", paymentHistoryProfile: `100${"B".repeat(21)}` });
    expect(charged.dateOfFirstDelinquency).toBe("02012025");
    expect(Number(charged.originalChargeOffAmount)).toBeGreaterThan(10_000);
    expect(charged.currentBalance).toBe(charged.originalChargeOffAmount);
  });

  it("reports a dispute's XB until cleared, then XR in the next month's file only", async () => {
    moveClockTo(api, "2025-05-01T12:00:00Z");
    let token = await api.token(tenant);
    const list = await json(await api.call("GET", "/v1/loans?limit=10", { token }));
    const loanId = String((list.data as { id: string; borrowerReference: string | null }[])[0]?.id);
    const put = (complianceConditionCode: string | null, id = loanId) =>
      api.call("PUT", `/v1/loans/${id}/credit-reporting`, { token, body: { complianceConditionCode } });
    const code = async (month: string) =>
      accountOf((await generate(api, token, month)).parsed, loanId).base.complianceConditionCode;

    expect(await code("2025-04")).toBe("  ");
    const disputed = await put("XB");
    expect(disputed.status).toBe(200);
    expect(await json(disputed)).toEqual({
      object: "loan_credit_reporting",
      loanId,
      complianceConditionCode: "XB",
      removalPending: false,
      removalReportedMonth: null,
      updatedAt: "2025-05-01T12:00:00.000Z",
    });
    expect(await code("2025-04")).toBe("XB");
    expect((await put("XR")).status).toBe(422);
    expect((await put("ZZ")).status).toBe(422);
    expect((await put("XB", "loan_01JGFJJZ0000000000000000AB")).status).toBe(404);

    expect((await json(await put(null))).removalPending).toBe(true);
    moveClockTo(api, "2025-06-01T12:00:00Z");
    token = await api.token(tenant);
    expect(await code("2025-05")).toBe("XR");
    expect(await code("2025-05")).toBe("XR");
    moveClockTo(api, "2025-07-01T12:00:00Z");
    token = await api.token(tenant);
    expect(await code("2025-06")).toBe("  ");
    const after = await json(await api.call("GET", `/v1/loans/${loanId}/credit-reporting`, { token }));
    expect(after).toMatchObject({
      complianceConditionCode: null,
      removalPending: false,
      removalReportedMonth: "2025-05",
    });

    const aprilFiles = await json(await api.call("GET", "/v1/credit-reporting/metro2-files?month=2025-04", { token }));
    expect((aprilFiles.data as unknown[]).length).toBe(3);
    const events = await json(await api.call("GET", `/v1/events?resourceId=${loanId}&limit=100`, { token }));
    const disputeEvents = (events.data as { type: string; data: { complianceConditionCode: string | null } }[]).filter(
      (event) => event.type === "loan.credit_reporting_updated",
    );
    expect(disputeEvents.map((event) => event.data.complianceConditionCode)).toEqual(["XB", null]);
    const created = await json(await api.call("GET", "/v1/events?type=metro2_file.created&limit=100", { token }));
    // One file in the first test, five here.
    expect((created.data as unknown[]).length).toBe(6);
  });

  it("reports the co-borrower of the application a loan was funded from in a J1 segment, both ECOA 2", async () => {
    const joint = "metro2-joint";
    moveClockTo(api, "2026-12-03T12:00:00Z");
    let token = await api.token(joint);
    const post = async (path: string, body?: unknown) => {
      const response = await api.call("POST", path, { token, ...(body === undefined ? {} : { body }) });
      const answer = await json(response);
      expect(response.status, `${path}: ${JSON.stringify(answer)}`).toBeLessThan(300);
      return answer;
    };
    const setup = await setUpOrigination(api, token);
    const application = await post("/v1/applications", completeForm(setup));
    const path = `/v1/applications/${application.id}`;
    await post(`${path}/submit`);
    await post(`${path}/decision`, { ruleSetId: setup.ruleSetId, facts: primeBureauFacts });
    const offers = (await json(await api.call("GET", `${path}/offers`, { token }))).data as Array<{ id: string }>;
    await post(`${path}/offers/${offers[0]?.id}/accept`);
    await post(`${path}/closing`, { fundingDate: "2026-12-03" });
    const funded = await post(`${path}/fund`, { method: "ach", payeeName: "Ada Lovelace" });
    moveClockTo(api, "2027-01-01T12:00:00Z");
    token = await api.token(joint);
    await api.call("PATCH", "/v1/settings", { token, body: { creditReporting: furnisher } });
    const { file, parsed } = await generate(api, token, "2026-12");
    expect(file).toMatchObject({ accountCount: 1, statusCounts: { "11": 1 }, skippedCount: 0 });
    const account = accountOf(parsed, String(funded.loanId));
    expect(account.length).toBe(426 + 100);
    expect(account.base).toMatchObject({ ecoaCode: "2", socialSecurityNumber: "123456789", dateOpened: "12032026" });
    expect(account.segments).toHaveLength(1);
    expect(account.segments[0]).toMatchObject({
      segmentIdentifier: "J1",
      ecoaCode: "2",
      socialSecurityNumber: "123456790",
    });
    expect(account.segments[0]?.surname?.trim()).toBe("BABBAGE");
    expect(parsed.trailer).toMatchObject({
      totalJ1Segments: "000000001",
      totalSocialSecurityNumbersAllSegments: "000000002",
    });
  });
});
