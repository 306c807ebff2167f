import { date } from "@lendstack/core/calendar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDays, moveClockTo } from "./helpers/close-days.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct, pay, testProduct } from "./loans-helpers.js";

// /v1/loans/{loanId}/servicemember (SCRA, 50 U.S.C. § 3937) on PGlite and (with DATABASE_URL) PostgreSQL, on the
// loans tests' standard loan: $10,000.00 at 12 %, Actual/365F, 12 monthly payments from 2025-02-01. Installment 1
// (31 days) is 1,000,000 × 0.12 × 31 / 365 = 10,192; the 88,849 payment leaves 921,343. Installment 2 (28 days):
// at 12 % 921,343 × 0.12 × 28 / 365 = 8,481.40 → 8,481; capped at 6 % 921,343 × 0.06 × 28 / 365 = 4,240.70 → 4,241.

let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2025-03-05T12:00:00.000Z" });
});
afterAll(() => testDatabase.dispose());

const evidence = { type: "dmdc_certificate", reference: "DMDC-2025-0001" };
const path = (loanId: string) => `/v1/loans/${loanId}/servicemember`;

async function put(token: string, loanId: string, body: Record<string, unknown>) {
  const response = await api.call("PUT", path(loanId), { token, body: { evidence, ...body } });
  return { status: response.status, body: await json(response) };
}

async function installmentInterest(token: string, loanId: string, asOf: string): Promise<number[]> {
  const response = await api.call("GET", `/v1/loans/${loanId}/schedule?asOf=${asOf}`, { token });
  const body = await json(response);
  expect(response.status, JSON.stringify(body)).toBe(200);
  const installments = (body.installments ?? body.data) as { interestDue: number }[];
  return installments.slice(0, 2).map((installment) => installment.interestDue);
}

async function eventTypes(token: string, loanId: string, prefix: string): Promise<string[]> {
  const page = await json(await api.call("GET", `/v1/events?resourceId=${loanId}&limit=100`, { token }));
  return (page.data as { type: string }[]).map((event) => event.type).filter((type) => type.startsWith(prefix));
}

describe("SCRA protection", () => {
  it("caps the rate at 6 % from a back-dated start, re-flowing installment 2's interest", async () => {
    const token = await api.token("scra-cap");
    const loanId = String((await board(api, token, await createProduct(api, token))).id);
    expect((await pay(api, token, loanId, 88_849, "2025-02-01")).status).toBe(201);
    expect(await installmentInterest(token, loanId, "2025-03-01")).toEqual([10_192, 8_481]);

    const saved = await put(token, loanId, { activeDutyStartDate: "2025-02-01" });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({
      object: "loan_servicemember",
      status: "protected",
      activeDutyStartDate: "2025-02-01",
      activeDutyEndDate: null,
      protectedThrough: null,
      isMortgage: false,
      evidence,
      originalRatePercent: "12",
      cappedRatePercent: "6",
      endEventIds: [],
    });
    expect(saved.body.startEventIds).toHaveLength(2);
    expect(await installmentInterest(token, loanId, "2025-03-01")).toEqual([10_192, 4_241]);
    const loan = await json(await api.call("GET", `/v1/loans/${loanId}?asOf=2025-03-01`, { token }));
    expect(loan.annualRatePercent).toBe("6");
    expect(await eventTypes(token, loanId, "loan.scra")).toEqual(["loan.scra_protection_started"]);
    expect((await json(await api.call("GET", path(loanId), { token }))).startEventIds).toEqual(
      saved.body.startEventIds,
    );

    // The end on 2025-02-14: 14 days at 6 %, 14 at 12 %: 921,343 × (0.84 + 1.68) / 365 = 6,361.05 → 6,361.
    const ended = await put(token, loanId, { activeDutyStartDate: "2025-02-01", activeDutyEndDate: "2025-02-14" });
    expect(ended.body).toMatchObject({ status: "ended", protectedThrough: "2025-02-14", endedBy: expect.any(String) });
    expect(ended.body.endEventIds).toHaveLength(2);
    expect(await installmentInterest(token, loanId, "2025-03-01")).toEqual([10_192, 6_361]);
    expect(await eventTypes(token, loanId, "loan.scra")).toEqual([
      "loan.scra_protection_started",
      "loan.scra_protection_ended",
    ]);
  });

  it("refuses charge-off, write-off and a rate above 6 % while protected (409 scra_protected)", async () => {
    const token = await api.token("scra-refusals");
    const loanId = String((await board(api, token, await createProduct(api, token))).id);
    expect((await put(token, loanId, { activeDutyStartDate: "2025-02-10" })).status).toBe(200);
    const attempts = [
      ["charge-offs", { effectiveDate: "2025-03-01" }],
      ["write-offs", { effectiveDate: "2025-03-05" }],
      ["rate-changes", { effectiveDate: "2025-03-05", rate: { kind: "fixed", ratePercent: "9" } }],
      [
        "reschedules",
        { effectiveDate: "2025-03-05", firstPaymentDate: "2025-04-01", numberOfPayments: 12, ratePercent: "9" },
      ],
    ] as const;
    for (const [change, body] of attempts) {
      const headers = { "idempotency-key": `${change}-1` };
      const response = await api.call("POST", `/v1/loans/${loanId}/${change}`, { token, body, headers });
      expect([change, response.status, (await json(response)).code]).toEqual([change, 409, "scra_protected"]);
    }
    // A charge-off back-dated before the start would leave the recorded protection nothing to protect: refused too.
    const before = await api.call("POST", `/v1/loans/${loanId}/charge-offs`, {
      token,
      body: { effectiveDate: "2025-02-05" },
      headers: { "idempotency-key": "before-start" },
    });
    const problem = await json(before);
    expect([before.status, problem.code, problem.detail]).toEqual([
      409,
      "loan_closed",
      "a charged-off or written-off loan cannot start SCRA protection",
    ]);
  });

  it("assesses no late fee in the daily close while protected, and holds the collections account", async () => {
    const tenant = "scra-close";
    moveClockTo(api, "2025-01-02T12:00:00.000Z");
    const token = await api.token(tenant);
    const loanId = String((await board(api, token, await createProduct(api, token))).id);
    const saved = await put(token, loanId, { activeDutyStartDate: "2025-01-20", activeDutyEndDate: "2025-02-20" });
    expect(saved.body).toMatchObject({ status: "scheduled", protectedThrough: "2025-02-20" });
    // Unpaid: installment 1's late fee would fall on 02-17 (15 grace days), inside protection; installment 2's
    // on 03-17, after it ($40: 5 % of 88,849 capped at $40).
    await closeDays(api, testDatabase.db, tenant, date("2025-01-02"), date("2025-02-02"));
    const held = await json(await api.call("GET", "/v1/collections/queues/early_stage/accounts", { token }));
    expect(held.data).toMatchObject([{ loanId, hold: "scra", hardshipPlanId: null, taskId: null }]);
    await closeDays(api, testDatabase.db, tenant, date("2025-02-03"), date("2025-03-18"));
    expect(await eventTypes(token, loanId, "loan.late_fee")).toEqual(["loan.late_fee_assessed"]);
    const state = await json(await api.call("GET", `/v1/loans/${loanId}?asOf=2025-03-18`, { token }));
    const charges = state.charges as { id: string; amount: number }[];
    expect(charges.map((charge) => [charge.id, charge.amount])).toEqual([["late-fee:2", 4_000]]);
    const late = await json(await api.call("GET", "/v1/collections/queues/late_stage/accounts", { token }));
    expect(late.data).toMatchObject([{ loanId, hold: null, taskId: expect.stringMatching(/^tsk_/) }]);
    moveClockTo(api, "2025-03-05T12:00:00.000Z");
  });

  it("keeps a mortgage capped one year after service, by its product's type", async () => {
    const token = await api.token("scra-mortgage");
    const created = await api.call("POST", "/v1/products", {
      token,
      body: { ...testProduct(), name: "Mortgage-like", productType: "mortgage" },
    });
    const productId = String((await json(created)).id);
    const loanId = String((await board(api, token, productId)).id);
    const saved = await put(token, loanId, { activeDutyStartDate: "2025-02-01", activeDutyEndDate: "2025-02-14" });
    expect(saved.body).toMatchObject({ isMortgage: true, protectedThrough: "2026-02-14", status: "protected" });
  });

  it("refuses what the Act does not cover and dates already recorded; DELETE ends service today", async () => {
    const token = await api.token("scra-refused");
    const loanId = String((await board(api, token, await createProduct(api, token))).id);
    const early = await put(token, loanId, { activeDutyStartDate: "2025-01-01" });
    expect([early.status, early.body.code, early.body.errors]).toEqual([
      422,
      "scra_obligation_after_service",
      [expect.objectContaining({ pointer: "/activeDutyStartDate" })],
    ]);
    const reversed = await put(token, loanId, { activeDutyStartDate: "2025-02-01", activeDutyEndDate: "2025-01-31" });
    expect([reversed.status, reversed.body.code]).toEqual([422, "invalid_date_range"]);
    expect((await api.call("GET", path(loanId), { token })).status).toBe(404);
    expect((await api.call("DELETE", path(loanId), { token })).status).toBe(404);
    expect((await put(token, loanId, { activeDutyStartDate: "2025-02-01" })).status).toBe(200);
    const moved = await put(token, loanId, { activeDutyStartDate: "2025-02-02" });
    expect([moved.status, moved.body.code]).toEqual([409, "scra_dates_recorded"]);
    const newEvidence = await put(token, loanId, {
      activeDutyStartDate: "2025-02-01",
      evidence: { type: "orders", reference: "ORD-7" },
    });
    expect(newEvidence.body).toMatchObject({ evidence: { type: "orders", reference: "ORD-7" }, endEventIds: [] });
    const ended = await json(await api.call("DELETE", path(loanId), { token }));
    expect(ended).toMatchObject({ activeDutyEndDate: "2025-03-05", protectedThrough: "2025-03-05" });
    expect(await eventTypes(token, loanId, "loan.s")).toEqual([
      "loan.scra_protection_started",
      "loan.servicemember_updated",
      "loan.scra_protection_ended",
    ]);
  });
});
