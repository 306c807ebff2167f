import { addDays, date } from "@lendstack/core/calendar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountOf, furnisher, generate } from "./credit-reporting-helpers.js";
import { closeDays, moveClockTo } from "./helpers/close-days.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct, pay, stateOf } from "./loans-helpers.js";
import { createParty, individual } from "./parties-helpers.js";

// /v1/loans/{loanId}/settlements on PGlite and (with DATABASE_URL) PostgreSQL, on the loans tests' standard loan
// ($10,000.00 at 12 %, 12 monthly payments from 2025-02-01), left unpaid and closed daily to 2025-03-09, so it is
// delinquent when settlements are agreed on 2025-03-10. The balance a settlement is measured against is checked
// against the loan's own payoff quote (the product has no prepayment fee and the loan no credit balance).

let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2025-01-02T12:00:00.000Z" });
});
afterAll(() => testDatabase.dispose());

const approval = { reason: "Borrower can pay 60 % from a family loan", approvedBy: "supervisor.kim" };
const path = (loanId: string) => `/v1/loans/${loanId}/settlements`;
type Json = Record<string, unknown>;

interface Book {
  token: string;
  loanId: string;
  tenant: string;
  closedThrough: string;
}

/** A tenant with one unpaid loan (with a borrower party), closed through 2025-03-09, the clock on 2025-03-10. */
async function delinquentLoan(tenant: string): Promise<Book> {
  moveClockTo(api, "2025-01-02T12:00:00.000Z");
  const token = await api.token(tenant);
  const party = await createParty(api, token, individual({ taxId: "123-45-6789" }));
  const productId = await createProduct(api, token);
  const loanId = String((await board(api, token, productId, { borrowerReference: String(party.id) })).id);
  await closeDays(api, testDatabase.db, tenant, date("2025-01-02"), date("2025-03-09"));
  moveClockTo(api, "2025-03-10T12:00:00.000Z");
  return { token: await api.token(tenant), loanId, tenant, closedThrough: "2025-03-09" };
}

/** Closes every day through `through`, then moves the clock to the day after (noon UTC). */
async function closeThrough(book: Book, through: string): Promise<void> {
  await closeDays(api, testDatabase.db, book.tenant, addDays(date(book.closedThrough), 1), date(through));
  book.closedThrough = through;
  moveClockTo(api, `${addDays(date(through), 1)}T12:00:00.000Z`);
  book.token = await api.token(book.tenant);
}

async function payoffOn(book: Book, day: string): Promise<number> {
  const quote = await json(await api.call("GET", `/v1/loans/${book.loanId}/payoff-quote?date=${day}`, book));
  return Number(quote.amount);
}

async function post(book: Book, body: unknown, suffix = "", idempotencyKey?: string) {
  const response = await api.call("POST", `${path(book.loanId)}${suffix}`, {
    token: book.token,
    body,
    ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
  });
  return { status: response.status, body: await json(response), headers: response.headers };
}

async function settlement(book: Book, id: string): Promise<Json> {
  return json(await api.call("GET", `${path(book.loanId)}/${id}`, book));
}

async function eventsOf(book: Book, type: string): Promise<Json[]> {
  return (await json(await api.call("GET", `/v1/events?type=${type}`, book))).data as Json[];
}

function pointers(body: Json): string[] {
  return ((body.errors as { pointer: string }[] | undefined) ?? []).map((error) => error.pointer);
}

describe("settlements", () => {
  it("a lump sum paid on time forgives the rest: the loan is settled, Metro 2 13 with AU", async () => {
    const book = await delinquentLoan("settle-lump");
    const balance = await payoffOn(book, "2025-03-10");
    expect(balance).toBeGreaterThan(1_000_000);
    const body = { amount: 600_000, plan: { type: "lump_sum", dueDate: "2025-03-20" }, ...approval };

    const preview = await post(book, body, "/preview");
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body).toMatchObject({
      object: "settlement_preview",
      asOf: "2025-03-10",
      loanStatus: "active",
      balance,
      amount: 600_000,
      forgiven: balance - 600_000,
      schedule: [{ number: 1, dueDate: "2025-03-20", amount: 600_000 }],
      graceDays: 10,
      expiresOn: "2025-03-30",
    });
    expect(await json(await api.call("GET", path(book.loanId), book))).toMatchObject({ data: [] });

    const created = await post(book, body);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      object: "settlement",
      status: "active",
      balance,
      forgiven: balance - 600_000,
      createdOn: "2025-03-10",
      paid: 0,
      forgivenessEventId: null,
      ...approval,
    });
    const id = String(created.body.id);
    expect(await eventsOf(book, "settlement.created")).toMatchObject([{ data: { id, status: "active" } }]);

    // Paid on 2025-03-15: what the loan owes that day (its payoff) is the payment plus what is forgiven.
    await closeThrough(book, "2025-03-14");
    const owedOnTheDay = await payoffOn(book, "2025-03-15");
    expect((await pay(api, book.token, book.loanId, 600_000, "2025-03-15")).status).toBe(201);
    await closeThrough(book, "2025-03-15");
    const done = await settlement(book, id);
    expect(done).toMatchObject({ status: "completed", paid: 600_000, completedOn: "2025-03-15", brokenOn: null });
    const loan = await stateOf(api, book.token, book.loanId);
    expect(loan).toMatchObject({ status: "settled", daysPastDue: 0 });
    expect((loan.outstanding as { total: number }).total).toBe(0);
    const transactions = await json(await api.call("GET", `/v1/loans/${book.loanId}/transactions`, book));
    const forgiveness = (transactions.data as Json[]).find((t) => t.type === "settlement-forgiveness");
    expect(forgiveness).toMatchObject({ id: done.forgivenessEventId, date: "2025-03-15" });
    expect(600_000 + Number(forgiveness?.amount)).toBe(owedOnTheDay);
    expect(await eventsOf(book, "settlement.completed")).toMatchObject([{ data: { id, status: "completed" } }]);

    // The journal still balances, nothing is left receivable, and the forgiveness went to the credit-loss expense.
    const journal = await json(await api.call("GET", `/v1/loans/${book.loanId}/journal-entries`, book));
    const balances = new Map<string, number>();
    for (const entry of journal.data as { lines: { account: string; debit: number; credit: number }[] }[]) {
      for (const line of entry.lines)
        balances.set(line.account, (balances.get(line.account) ?? 0) + line.debit - line.credit);
    }
    expect([...balances.values()].reduce((sum, value) => sum + value, 0)).toBe(0);
    for (const [account, value] of balances) if (account.endsWith("_receivable")) expect(value, account).toBe(0);
    type Entry = { eventId: string; memo: string; lines: { account: string; debit: number }[] };
    const forgivenEntry = (journal.data as Entry[]).find(
      (entry) => entry.eventId === done.forgivenessEventId && entry.memo === "settlement forgiveness",
    );
    expect(forgivenEntry?.lines.find((line) => line.account === "charge_off_expense")?.debit).toBe(
      Number(forgiveness?.amount),
    );

    // Settled: no new settlement, no payment.
    const again = await post(book, { ...body, plan: { type: "lump_sum", dueDate: "2025-04-20" } });
    expect([again.status, again.body.code]).toEqual([409, "loan_closed"]);
    expect((await pay(api, book.token, book.loanId, 1_000, "2025-03-16")).status).toBe(409);

    // Metro 2 for March: paid for less than the full balance.
    await closeThrough(book, "2025-03-31");
    const settings = await api.call("PATCH", "/v1/settings", {
      token: book.token,
      body: { creditReporting: furnisher },
    });
    expect(settings.status).toBe(200);
    const { parsed } = await generate(api, book.token, "2025-03");
    expect(accountOf(parsed, book.loanId).base).toMatchObject({
      accountStatus: "13",
      specialComment: "AU",
      currentBalance: "000000000",
      amountPastDue: "000000000",
      dateClosed: "03152025",
    });
  });

  it("installments paid on their dates complete the settlement at the last one", async () => {
    const book = await delinquentLoan("settle-installments");
    const plan = {
      type: "installments",
      installments: [
        { dueDate: "2025-03-20", amount: 300_000 },
        { dueDate: "2025-04-20", amount: 300_000 },
      ],
    };
    const created = await post(book, { amount: 600_000, plan, graceDays: 5, ...approval });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ planType: "installments", expiresOn: "2025-04-25", graceDays: 5 });
    const id = String(created.body.id);
    await closeThrough(book, "2025-03-19");
    expect((await pay(api, book.token, book.loanId, 300_000, "2025-03-20")).status).toBe(201);
    await closeThrough(book, "2025-04-19");
    expect(await settlement(book, id)).toMatchObject({ status: "active", paid: 300_000 });
    expect((await stateOf(api, book.token, book.loanId)).status).toBe("active");
    expect((await pay(api, book.token, book.loanId, 300_000, "2025-04-20")).status).toBe(201);
    await closeThrough(book, "2025-04-20");
    expect(await settlement(book, id)).toMatchObject({ status: "completed", paid: 600_000, completedOn: "2025-04-20" });
    expect((await stateOf(api, book.token, book.loanId)).status).toBe("settled");
  });

  it("a plan payment missed past its grace breaks the settlement at the close; the loan goes on", async () => {
    const book = await delinquentLoan("settle-broken");
    const plan = {
      type: "installments",
      installments: [
        { dueDate: "2025-03-15", amount: 200_000 },
        { dueDate: "2025-04-15", amount: 400_000 },
      ],
    };
    const created = await post(book, { amount: 600_000, plan, ...approval });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = String(created.body.id);
    const duplicate = await post(book, {
      amount: 500_000,
      plan: { type: "lump_sum", dueDate: "2025-03-31" },
      ...approval,
    });
    expect([duplicate.status, duplicate.body.code]).toEqual([409, "settlement_active"]);
    // 199,999.99 short by a cent, paid on time: still short on the last day of grace (03-25), broken on 03-26.
    await closeThrough(book, "2025-03-14");
    expect((await pay(api, book.token, book.loanId, 199_999, "2025-03-15")).status).toBe(201);
    await closeThrough(book, "2025-03-25");
    expect(await settlement(book, id)).toMatchObject({ status: "active", paid: 199_999 });
    await closeThrough(book, "2025-03-26");
    expect(await settlement(book, id)).toMatchObject({
      status: "broken",
      brokenOn: "2025-03-26",
      missedInstallment: 1,
      paid: 199_999,
      forgivenessEventId: null,
    });
    expect(await eventsOf(book, "settlement.broken")).toMatchObject([{ data: { id, status: "broken" } }]);
    const loan = await stateOf(api, book.token, book.loanId);
    // The payment brought the installments due up to date; the loan goes on under its own schedule.
    expect(loan.status).toBe("active");
    expect((loan.outstanding as { principal: number }).principal).toBeGreaterThan(800_000);
    const list = await json(await api.call("GET", `${path(book.loanId)}?status=broken`, book));
    expect((list.data as Json[]).map((row) => row.id)).toEqual([id]);
    // Broken, so a new one may be agreed.
    const next = await post(book, { amount: 500_000, plan: { type: "lump_sum", dueDate: "2025-04-10" }, ...approval });
    expect(next.status, JSON.stringify(next.body)).toBe(201);
  });

  it("holds the collections account while it runs; a broken one is followed up first", async () => {
    const book = await delinquentLoan("settle-hold");
    const lateStage = async () =>
      (await json(await api.call("GET", "/v1/collections/queues/late_stage/accounts", book))).data as Json[];
    const [before] = await lateStage();
    expect(before).toMatchObject({ loanId: book.loanId, hold: null, settlementId: null, priority: "normal" });
    const taskId = String(before?.taskId);
    const body = { amount: 500_000, plan: { type: "lump_sum", dueDate: "2025-03-12" }, graceDays: 0, ...approval };
    const created = await post(book, body);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = String(created.body.id);
    expect(await lateStage()).toMatchObject([
      { loanId: book.loanId, hold: "settlement", settlementId: id, taskId: null },
    ]);
    expect(await json(await api.call("GET", `/v1/tasks/${taskId}`, book))).toMatchObject({
      status: "completed",
      outcome: "settlement",
    });
    // Nothing paid by 2025-03-12 (no grace): broken at the close of 03-13, and worked first again.
    await closeThrough(book, "2025-03-12");
    expect(await settlement(book, id)).toMatchObject({ status: "active" });
    await closeThrough(book, "2025-03-13");
    expect(await settlement(book, id)).toMatchObject({
      status: "broken",
      brokenOn: "2025-03-13",
      missedInstallment: 1,
    });
    const [after] = await lateStage();
    expect(after).toMatchObject({ hold: null, settlementId: null, priority: "follow_up", followUpSince: "2025-03-13" });
    expect(after?.taskId).not.toBeNull();
    const prioritized = await eventsOf(book, "collections.account_prioritized");
    expect(prioritized).toMatchObject([{ data: { reason: "settlement_broken", settlementId: id } }]);
  });

  it("a charged-off loan settles with its recoveries", async () => {
    const book = await delinquentLoan("settle-charged-off");
    const chargeOff = await api.call("POST", `/v1/loans/${book.loanId}/charge-offs`, {
      token: book.token,
      body: { effectiveDate: "2025-03-10" },
    });
    expect(chargeOff.status).toBe(201);
    const charged = await stateOf(api, book.token, book.loanId);
    const chargedOffTotal = Number((charged.chargedOff as { total: number }).total);
    const recovery = (amount: number, effectiveDate: string) =>
      api.call("POST", `/v1/loans/${book.loanId}/recoveries`, {
        token: book.token,
        body: { amount, currency: "USD", effectiveDate },
      });
    expect((await recovery(100_000, "2025-03-10")).status).toBe(201);
    const body = { amount: 400_000, plan: { type: "lump_sum", dueDate: "2025-03-31" }, ...approval };
    const created = await post(book, body);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ loanStatus: "charged-off", balance: chargedOffTotal - 100_000 });
    // The recovery before the agreement does not count; two after it do.
    await closeThrough(book, "2025-03-11");
    expect((await recovery(150_000, "2025-03-12")).status).toBe(201);
    await closeThrough(book, "2025-03-13");
    expect(await settlement(book, String(created.body.id))).toMatchObject({ status: "active", paid: 150_000 });
    expect((await recovery(250_000, "2025-03-14")).status).toBe(201);
    await closeThrough(book, "2025-03-14");
    expect(await settlement(book, String(created.body.id))).toMatchObject({ status: "completed", paid: 400_000 });
    const loan = await stateOf(api, book.token, book.loanId);
    expect(loan.status).toBe("settled");
    const transactions = await json(await api.call("GET", `/v1/loans/${book.loanId}/transactions`, book));
    const forgiveness = (transactions.data as Json[]).find((t) => t.type === "settlement-forgiveness");
    expect(Number(forgiveness?.amount)).toBe(chargedOffTotal - 100_000 - 400_000);
  });

  it("refuses bad amounts and plans with 422 and the field's pointer", async () => {
    const book = await delinquentLoan("settle-bad");
    const balance = await payoffOn(book, "2025-03-10");
    const lump = { type: "lump_sum", dueDate: "2025-03-20" };
    const cases: [string, Json, string, string][] = [
      ["the whole balance", { amount: balance, plan: lump }, "settlement_not_below_balance", "/amount"],
      ["more than the balance", { amount: balance + 1, plan: lump }, "settlement_not_below_balance", "/amount"],
      ["zero", { amount: 0, plan: lump }, "invalid_amount", "/amount"],
      [
        "a lump sum due yesterday",
        { amount: 1_000, plan: { type: "lump_sum", dueDate: "2025-03-09" } },
        "settlement_date_in_past",
        "/plan/dueDate",
      ],
      [
        "installments a cent short",
        {
          amount: 600_000,
          plan: {
            type: "installments",
            installments: [
              { dueDate: "2025-03-20", amount: 300_000 },
              { dueDate: "2025-04-20", amount: 299_999 },
            ],
          },
        },
        "settlement_plan_mismatch",
        "/plan/installments",
      ],
      [
        "a zero installment",
        {
          amount: 600_000,
          plan: {
            type: "installments",
            installments: [
              { dueDate: "2025-03-20", amount: 600_000 },
              { dueDate: "2025-04-20", amount: 0 },
            ],
          },
        },
        "invalid_amount",
        "/plan/installments/1/amount",
      ],
      [
        "dates out of order",
        {
          amount: 600_000,
          plan: {
            type: "installments",
            installments: [
              { dueDate: "2025-04-20", amount: 300_000 },
              { dueDate: "2025-03-20", amount: 300_000 },
            ],
          },
        },
        "invalid_settlement_plan",
        "/plan/installments/1/dueDate",
      ],
      [
        "an expiry before the payment",
        { amount: 1_000, plan: lump, expiresOn: "2025-03-19" },
        "invalid_settlement_plan",
        "/expiresOn",
      ],
      ["another currency", { amount: 1_000, currency: "EUR", plan: lump }, "currency_mismatch", "/currency"],
    ];
    for (const [name, fields, code, pointer] of cases) {
      for (const suffix of ["", "/preview"]) {
        const refused = await post(book, { ...fields, ...approval }, suffix);
        expect([refused.status, refused.body.code, pointers(refused.body)], `${name} ${suffix}`).toEqual([
          422,
          code,
          [pointer],
        ]);
      }
    }
    const shape = await post(book, { amount: 1_000, plan: { type: "weekly" }, ...approval });
    expect([shape.status, shape.body.code]).toEqual([422, "validation_failed"]);
    expect(await json(await api.call("GET", path(book.loanId), book))).toMatchObject({ data: [] });
  });

  it("is idempotent on a retried key, requires one, and refuses a paid-off loan with 409", async () => {
    const book = await delinquentLoan("settle-idempotent");
    const body = { amount: 500_000, plan: { type: "lump_sum", dueDate: "2025-03-25" }, ...approval };
    const first = await post(book, body, "", "settle-1");
    const retry = await post(book, body, "", "settle-1");
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(retry.body).toEqual(first.body);
    const list = await json(await api.call("GET", path(book.loanId), book));
    expect((list.data as Json[]).length).toBe(1);
    expect(await eventsOf(book, "settlement.created")).toHaveLength(1);
    const missing = await api.call("POST", path(book.loanId), { token: book.token, body, idempotencyKey: null });
    expect([missing.status, (await json(missing)).code]).toEqual([400, "idempotency_key_required"]);
    const notFound = await api.call("GET", `${path(book.loanId)}/stl_01JGFJJZ0000000000000000AB`, book);
    expect([notFound.status, (await json(notFound)).code]).toEqual([404, "settlement_not_found"]);

    // Paid off in full instead: the settlement completes with nothing to forgive; a paid-off loan takes none.
    const payoff = await payoffOn(book, "2025-03-10");
    expect((await pay(api, book.token, book.loanId, payoff, "2025-03-10")).status).toBe(201);
    await closeThrough(book, "2025-03-10");
    expect(await settlement(book, String(first.body.id))).toMatchObject({
      status: "completed",
      forgivenessEventId: null,
    });
    expect((await stateOf(api, book.token, book.loanId)).status).toBe("paid-off");
    const closed = await post(book, { ...body, plan: { type: "lump_sum", dueDate: "2025-03-30" } });
    expect([closed.status, closed.body.code]).toEqual([409, "loan_closed"]);
  });
});
