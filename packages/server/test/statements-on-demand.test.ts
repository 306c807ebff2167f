import { date } from "@lendstack/core/calendar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDays, moveClockTo } from "./helpers/close-days.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct } from "./loans-helpers.js";

// POST /v1/loans/{loanId}/statements: a past cycle's statement issued on demand equals the one the daily close
// issues. Two tenants board the loans tests' standard loan ($10,000.00 at 12 %, 12 monthly payments of $888.49
// from 2025-02-01), nothing paid; the first is closed daily through 2025-03-01, the second never.

let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2025-01-02T12:00:00.000Z" });
});
afterAll(() => testDatabase.dispose());

type Row = Record<string, unknown>;
/** A statement without what differs between two loans' records: its id, loan, time, and its lines' event ids. */
const withoutIds = ({ id: _id, loanId: _loanId, createdAt: _createdAt, transactions, ...rest }: Row) => ({
  ...rest,
  transactions: (transactions as Row[]).map(({ id: _lineId, ...line }) => line),
});

async function issue(token: string, loanId: string, statementDate: string) {
  const response = await api.call("POST", `/v1/loans/${loanId}/statements`, { token, body: { statementDate } });
  return { status: response.status, body: await json(response) };
}

describe("on-demand statements for past cycles", () => {
  it("issues the cycles the close never issued, as the close issues them; refuses the rest", async () => {
    let closed = await api.token("on-demand-closed");
    let bare = await api.token("on-demand-bare");
    const closedLoan = String((await board(api, closed, await createProduct(api, closed))).id);
    const bareLoan = String((await board(api, bare, await createProduct(api, bare))).id);
    await closeDays(api, testDatabase.db, "on-demand-closed", date("2025-01-02"), date("2025-03-01"));
    moveClockTo(api, "2025-03-10T12:00:00.000Z");
    closed = await api.token("on-demand-closed");
    bare = await api.token("on-demand-bare");
    const byClose = (await json(await api.call("GET", `/v1/loans/${closedLoan}/statements`, { token: closed })))
      .data as Row[];
    expect(byClose.map((s) => s.statementDate)).toEqual(["2025-03-01", "2025-02-01"]);

    const february = await issue(bare, bareLoan, "2025-02-01");
    expect(february.status, JSON.stringify(february.body)).toBe(201);
    // Nothing paid: installment 1 ($888.49) past due, installment 2 due 03/01.
    expect(february.body).toMatchObject({
      object: "statement",
      loanId: bareLoan,
      periodStart: "2025-01-01",
      periodEnd: "2025-02-01",
      amountDue: { dueDate: "2025-03-01", pastDue: 88_849 },
    });
    expect((february.body.closing as Row).principal).toBe(1_000_000);
    const march = await issue(bare, bareLoan, "2025-03-01");
    expect(march.status).toBe(201);
    expect(march.body.opening).toEqual(february.body.closing);
    expect([march.body, february.body].map(withoutIds)).toEqual(byClose.map(withoutIds));

    for (const [statementDate, status, code] of [
      ["2025-02-01", 409, "statement_exists"],
      ["2025-02-15", 422, "not_a_statement_date"],
      ["2024-12-01", 422, "not_a_statement_date"],
      ["2025-03-10", 422, "statement_date_not_past"],
      ["2025-04-01", 422, "statement_date_not_past"],
      ["2025-02-30", 422, "validation_failed"],
    ] as const) {
      const refused = await issue(bare, bareLoan, statementDate);
      expect(refused.status, statementDate).toBe(status);
      expect(refused.body.code, statementDate).toBe(code);
    }
    expect((await issue(bare, "loan_01JGFJJZ0000000000000000AB", "2025-02-01")).status).toBe(404);
    const events = await json(await api.call("GET", "/v1/events?type=statement.issued", { token: bare }));
    expect((events.data as { data: Row }[]).map((e) => e.data.statementDate).sort()).toEqual([
      "2025-02-01",
      "2025-03-01",
    ]);
  });
});
