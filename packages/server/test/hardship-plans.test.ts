import { date } from "@lendstack/core/calendar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDays, moveClockTo } from "./helpers/close-days.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct, stateOf } from "./loans-helpers.js";

// /v1/loans/{loanId}/hardship-plans on PGlite and (with DATABASE_URL) PostgreSQL, on the loans tests' standard
// loan ($10,000.00 at 12 %, 12 monthly payments from 2025-02-01, installment 88,849), left unpaid so the close of
// 2025-02-02 puts it in early_stage with a collector's task. Plans are granted on 2025-02-05.

let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2025-01-02T12:00:00.000Z" });
});
afterAll(() => testDatabase.dispose());

const approval = { reason: "Reduced hours for three months", approvedBy: "supervisor.kim" };
const deferral = { type: "deferral", ...approval, effectiveDate: "2025-02-05", installments: 2, interest: "defer" };
const plan = (loanId: string) => `/v1/loans/${loanId}/hardship-plans`;

/** A tenant with one unpaid loan in early_stage as of 2025-02-02, the clock on 2025-02-05. */
async function delinquentLoan(tenant: string): Promise<{ token: string; loanId: string }> {
  moveClockTo(api, "2025-01-02T12:00:00.000Z");
  const token = await api.token(tenant);
  const loanId = String((await board(api, token, await createProduct(api, token))).id);
  await closeDays(api, testDatabase.db, tenant, date("2025-01-02"), date("2025-02-02"));
  moveClockTo(api, "2025-02-05T12:00:00.000Z");
  return { token: await api.token(tenant), loanId };
}

async function earlyStage(token: string): Promise<Record<string, unknown>[]> {
  return (await json(await api.call("GET", "/v1/collections/queues/early_stage/accounts", { token }))).data as Record<
    string,
    unknown
  >[];
}

describe("hardship plans", () => {
  it("previews a deferral, then grants it: the holiday event, the account on hold, the task completed", async () => {
    const { token, loanId } = await delinquentLoan("hardship-deferral");
    const [account] = await earlyStage(token);
    expect(account).toMatchObject({ loanId, hold: null, hardshipPlanId: null });
    const taskId = String(account?.taskId);
    const version = Number((await stateOf(api, token, loanId)).version);

    const preview = await api.call("POST", `${plan(loanId)}/preview`, { token, body: deferral });
    const previewed = await json(preview);
    expect(preview.status, JSON.stringify(previewed)).toBe(200);
    // Installments 2 and 3 (due 03-01, 04-01) are skipped and two are added at the end: 14 rows, principal unchanged.
    const statuses = (previewed.schedule as { status: string }[]).map((row) => row.status);
    expect([statuses.length, statuses[1], statuses[2]]).toEqual([14, "skipped", "skipped"]);
    expect(Number((await stateOf(api, token, loanId)).version)).toBe(version);

    const response = await api.call("POST", plan(loanId), { token, body: deferral });
    const created = await json(response);
    expect(response.status, JSON.stringify(created)).toBe(201);
    expect(created).toMatchObject({
      object: "hardship_plan",
      loanId,
      type: "deferral",
      ...approval,
      terms: { effectiveDate: "2025-02-05", installments: 2, interest: "defer" },
      taskId,
    });
    expect(created.schedule).toEqual(previewed.schedule);
    const loan = await stateOf(api, token, loanId);
    expect(Number(loan.version)).toBe(version + 1);
    expect(loan.principalBalance).toBe(1_000_000);
    const events = await json(await api.call("GET", `/v1/loans/${loanId}/events`, { token }));
    expect((events.data as { id: string; type: string }[]).at(-1)).toMatchObject({
      id: created.eventId,
      type: "payment-holiday",
    });
    const task = await json(await api.call("GET", `/v1/tasks/${taskId}`, { token }));
    expect(task).toMatchObject({ status: "completed", outcome: "hardship_plan" });
    expect(await earlyStage(token)).toMatchObject([
      { loanId, hold: "hardship", hardshipPlanId: created.id, taskId: null },
    ]);

    const types = (await json(await api.call("GET", `/v1/events?resourceId=${loanId}&limit=100`, { token }))).data as {
      type: string;
    }[];
    expect(types.map((event) => event.type).filter((type) => /hardship|holiday/.test(type))).toEqual([
      "loan.payment_holiday_granted",
      "loan.hardship_plan_created",
    ]);
    const listed = await json(await api.call("GET", plan(loanId), { token }));
    expect((listed.data as { id: string }[]).map((row) => row.id)).toEqual([created.id]);
    const filtered = await json(await api.call("GET", `${plan(loanId)}?type=payment_plan`, { token }));
    expect(filtered.data).toEqual([]);
  });

  it("grants a payment plan that capitalizes the arrears: the loan is current and leaves its queue", async () => {
    const tenant = "hardship-plan";
    const { token, loanId } = await delinquentLoan(tenant);
    const body = {
      type: "payment_plan",
      ...approval,
      effectiveDate: "2025-02-05",
      firstPaymentDate: "2025-03-05",
      numberOfPayments: 24,
      capitalizeArrears: true,
    };
    const response = await api.call("POST", plan(loanId), { token, body });
    const created = await json(response);
    expect(response.status, JSON.stringify(created)).toBe(201);
    expect(created).toMatchObject({ type: "payment_plan", terms: { numberOfPayments: 24, capitalizeArrears: true } });
    const loan = await stateOf(api, token, loanId);
    expect([loan.daysPastDue, loan.overdue]).toEqual([0, expect.objectContaining({ total: 0 })]);
    // Out of its queue at the grant, not only at the next close.
    expect(await earlyStage(token)).toEqual([]);
    const page = await json(
      await api.call("GET", `/v1/events?type=collections.queue_exited&resourceId=${loanId}`, { token }),
    );
    expect(page.data).toMatchObject([{ data: { loanId, queue: "early_stage", reason: "cured" } }]);
    await closeDays(api, testDatabase.db, tenant, date("2025-02-03"), date("2025-02-05"));
    expect(await earlyStage(token)).toEqual([]);
  });

  it("refuses a plan on a charged-off loan (409) and invalid terms (422, each field)", async () => {
    const { token, loanId } = await delinquentLoan("hardship-refused");
    const invalid = await api.call("POST", plan(loanId), {
      token,
      body: {
        type: "payment_plan",
        ...approval,
        reason: " ",
        effectiveDate: "2025-02-05",
        firstPaymentDate: "2025-02-01",
        numberOfPayments: 12,
        installment: 50_000,
      },
    });
    const problem = await json(invalid);
    expect([invalid.status, problem.code]).toEqual([422, "validation_failed"]);
    const pointers = (problem.errors as { pointer: string }[]).map((error) => error.pointer).sort();
    expect(pointers).toEqual(["/currency", "/firstPaymentDate", "/reason"]);
    const chargedOff = await api.call("POST", `/v1/loans/${loanId}/charge-offs`, {
      token,
      body: { effectiveDate: "2025-02-05" },
      headers: { "idempotency-key": "co-1" },
    });
    expect(chargedOff.status).toBe(201);
    const refused = await api.call("POST", plan(loanId), { token, body: deferral });
    expect([refused.status, (await json(refused)).code]).toEqual([409, "loan_closed"]);
    const preview = await api.call("POST", `${plan(loanId)}/preview`, { token, body: deferral });
    expect(preview.status).toBe(409);
    expect((await api.call("GET", plan("loan_01JGFJJZ0000000000000000AB"), { token })).status).toBe(404);
  });
});
