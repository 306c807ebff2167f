import { addDays } from "@lendstack/core/calendar";
import { unwrap } from "@lendstack/core/errors";
import { exportLoan, loanFigures, sampleBook, sampleBookAsOf, toJsonLines } from "@lendstack/core/migration";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { importResults, postImport } from "./imports-helpers.js";
import { createProduct } from "./loans-helpers.js";

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2026-07-01T12:00:00.000Z", bodyLimitBytes: 4 << 20 });
});
afterAll(() => testDatabase.dispose());

describe("importing opening balances", () => {
  it("boards active loans from their balances on the migration date; they service like the originals", async () => {
    const token = await api.token("import-opening");
    const productId = await createProduct(api, token);
    const book = sampleBook(24, 9);
    const records = book.map((input) => unwrap(exportLoan(input, "opening")));
    const openings = records.filter((record) => "opening" in record).length;
    expect(openings).toBeGreaterThan(12);
    const data = toJsonLines(records);
    const created = await postImport(api, token, { format: "jsonl", data, mode: "commit", productId });
    expect(created.totals).toMatchObject({ rows: 24, matched: 24, mismatched: 0, refused: 0, boarded: 24 });

    const rows = await importResults(api, token, created.id);
    const index = records.findIndex((record) => "opening" in record);
    const input = book[index];
    const loanId = rows.find((row) => row.sourceId === input?.sourceId)?.loanId;
    if (input === undefined || loanId === undefined) throw new Error("the opening loan was not boarded");

    // A payment after the migration date is allocated as on the original loan (same figures after it).
    const level = 50_000n;
    const paid = await api.call("POST", `/v1/loans/${loanId}/payments`, {
      token,
      body: { amount: Number(level), currency: "USD", effectiveDate: "2026-07-01" },
    });
    expect(paid.status, JSON.stringify(await json(paid.clone()))).toBe(201);
    const payment = {
      id: "pmt_after",
      type: "payment" as const,
      effectiveDate: addDays(sampleBookAsOf, 1),
      amountMinor: level,
    };
    const want = unwrap(loanFigures(input.loan, [...input.events, payment], addDays(sampleBookAsOf, 20)));
    const state = await json(await api.call("GET", `/v1/loans/${loanId}?asOf=2026-07-20`, { token }));
    expect({
      principal: (state.outstanding as { principal: number }).principal,
      daysPastDue: state.daysPastDue,
      next: state.nextDue,
    }).toEqual({
      principal: Number(want.principalMinor),
      daysPastDue: want.daysPastDue,
      next: { date: want.nextInstallmentDate, amount: Number(want.nextInstallmentMinor) },
    });
    const quote = await json(await api.call("GET", `/v1/loans/${loanId}/payoff-quote?date=2026-07-20`, { token }));
    expect(quote.amount).toBe(Number(want.payoffMinor));
  }, 120_000);
});
