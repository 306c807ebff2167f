import { date } from "@lendstack/core/calendar";
import { unwrap } from "@lendstack/core/errors";
import { type ExportInput, exportLoan, sampleBook, sampleBookAsOf, toJsonLines } from "@lendstack/core/migration";
import { type LoanEvent, openingBalanceOf, replay } from "@lendstack/core/servicing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { exportBookText, importResults, postImport } from "./imports-helpers.js";
import { createProduct } from "./loans-helpers.js";

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2026-07-01T12:00:00.000Z", bodyLimitBytes: 4 << 20 });
});
afterAll(() => testDatabase.dispose());

// Sample-book loans still active on 2026-06-30, charged off that day: natively (their history and a
// charge-off event) in one tenant, and as an old core hands them over (the balances charged off, no
// history) in another. Both must show the same loan.
const chargeOffDate = sampleBookAsOf;
const active = sampleBook(30, 21)
  .filter((input) => unwrap(replay(input.loan, input.events, chargeOffDate)).status === "active")
  .slice(0, 6);

function nativeRow(input: ExportInput) {
  const chargeOff: LoanEvent = { id: "chg_1", type: "charge-off", effectiveDate: chargeOffDate };
  return unwrap(exportLoan({ ...input, events: [...input.events, chargeOff] }));
}

function chargedOffRow(input: ExportInput) {
  const balances = unwrap(openingBalanceOf(unwrap(replay(input.loan, input.events, chargeOffDate)), "opening"));
  const opening = { ...balances, schedule: [], chargedOff: { date: chargeOffDate, recoveredMinor: 0n } };
  return unwrap(exportLoan({ ...input, events: [opening] }));
}

async function loanOf(token: string, importId: unknown, sourceId: string) {
  const row = (await importResults(api, token, importId)).find((r) => r.sourceId === sourceId);
  const response = await api.call("GET", `/v1/loans/${row?.loanId}?asOf=2026-07-20`, { token });
  expect(response.status).toBe(200);
  return json(response);
}

/** What a loan shows of its charge-off: status, buckets, recoveries, days past due, balances. */
function chargeOffView(loan: Record<string, unknown>) {
  const { status, chargedOff, recovered, daysPastDue, outstanding, delinquencyBucket } = loan;
  return { status, chargedOff, recovered, daysPastDue, outstanding, delinquencyBucket };
}

describe("importing loans charged off at the source", () => {
  it("boards them charged off, as a native charge-off; recoveries after; the book round-trips", async () => {
    expect(active.length).toBe(6);
    const [native, migrated, fresh] = [await api.token("co-a"), await api.token("co-b"), await api.token("co-c")];
    const intoA = await postImport(api, native, {
      format: "jsonl",
      data: toJsonLines(active.map(nativeRow)),
      mode: "commit",
      productId: await createProduct(api, native),
    });
    const data = toJsonLines(active.map(chargedOffRow));
    const intoB = await postImport(api, migrated, {
      format: "jsonl",
      data,
      mode: "commit",
      productId: await createProduct(api, migrated),
    });
    expect(intoB.totals).toMatchObject({ rows: 6, matched: 6, failed: 0, refused: 0, boarded: 6 });

    const first = active[0] as ExportInput;
    const a = await loanOf(native, intoA.id, first.sourceId);
    const b = await loanOf(migrated, intoB.id, first.sourceId);
    expect(b.status).toBe("charged-off");
    expect(chargeOffView(b)).toEqual(chargeOffView(a));
    // The charge-off's journal lines are the native ones.
    const lines = async (token: string, loanId: unknown, eventId: string) => {
      const response = await api.call("GET", `/v1/loans/${loanId}/journal-entries?asOf=2026-07-20`, { token });
      const entries = (await json(response)).data as Array<{ eventId: string; memo: string; lines: unknown[] }>;
      const entry = entries.find((e) => e.eventId === eventId && e.memo === "charge-off");
      expect(entry).toBeDefined();
      return entry?.lines;
    };
    expect(await lines(migrated, b.id, "opening:charge-off")).toEqual(await lines(native, a.id, "chg_1"));
    // A payment is refused as on any charged-off loan; a recovery is taken.
    const payment = { amount: 5_000, currency: "USD", effectiveDate: "2026-07-01" };
    const paid = await api.call("POST", `/v1/loans/${b.id}/payments`, { token: migrated, body: payment });
    expect((await json(paid)).code).toBe("loan_charged_off");
    for (const [token, id] of [
      [native, a.id],
      [migrated, b.id],
    ] as const) {
      const recovered = await api.call("POST", `/v1/loans/${id}/recoveries`, { token, body: payment });
      expect(recovered.status, JSON.stringify(await json(recovered.clone()))).toBe(201);
    }
    const [a2, b2] = [await loanOf(native, intoA.id, first.sourceId), await loanOf(migrated, intoB.id, first.sourceId)];
    expect(chargeOffView(b2)).toEqual(chargeOffView(a2));
    expect(b2.recovered).toBe(5_000);

    // Exported (either form) it is its charged-off opening and the recovery; the tenant has it already.
    const exported = await exportBookText(api, migrated, "?asOf=2026-07-15&form=opening");
    expect(exported.split("\n").filter((line) => line.includes('"chargedOff":{"date"'))).toHaveLength(6);
    const again = await postImport(api, migrated, { format: "jsonl", data: exported, mode: "dry_run" });
    expect(again.totals).toMatchObject({ rows: 6, matched: 6, alreadyBoarded: 6 });
    const intoC = await postImport(api, fresh, {
      format: "jsonl",
      data: exported,
      mode: "commit",
      productId: await createProduct(api, fresh),
    });
    expect(intoC.totals).toMatchObject({ rows: 6, matched: 6, boarded: 6 });
    for (const input of active) {
      const [fromB, fromC] = [
        await loanOf(migrated, intoB.id, input.sourceId),
        await loanOf(fresh, intoC.id, input.sourceId),
      ];
      expect(chargeOffView(fromC)).toEqual(chargeOffView(fromB));
    }
    const figures = (text: string) =>
      text
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line).sourceFigures);
    expect(figures(await exportBookText(api, fresh, "?asOf=2026-09-30"))).toEqual(
      figures(await exportBookText(api, migrated, "?asOf=2026-09-30")),
    );
  }, 120_000);

  it("gives the recoveries before the migration a transaction: journal, trial balance and figures reconcile", async () => {
    const token = await api.token("co-recovered");
    const record = chargedOffRow(active[2] as ExportInput) as { opening: Record<string, unknown> };
    const chargedOff = { date: chargeOffDate, recoveredMinor: "12345" };
    const row = { ...record, opening: { ...record.opening, chargedOff } };
    const created = await postImport(api, token, {
      format: "jsonl",
      data: JSON.stringify(row),
      mode: "commit",
      productId: await createProduct(api, token),
    });
    expect(created.totals).toMatchObject({ rows: 1, matched: 1, boarded: 1 });
    const loan = await loanOf(token, created.id, (active[2] as ExportInput).sourceId);
    const read = async (path: string) => json(await api.call("GET", `/v1/loans/${loan.id}${path}`, { token }));
    const check = async (recovered: number) => {
      const transactions = (await read("/transactions?asOf=2026-07-20")).data as Array<Record<string, unknown>>;
      const recoveries = transactions.filter((t) => t.type === "recovery");
      expect(recoveries[0]).toMatchObject({ id: "opening:recovery", date: sampleBookAsOf, amount: 12_345 });
      expect(recoveries.reduce((sum, t) => sum + Number(t.amount), 0)).toBe(recovered);
      const state = await read("?asOf=2026-07-20");
      expect(state.recovered).toBe(recovered);
      const trial = await read("/trial-balance?asOf=2026-07-20");
      expect(trial.totals).toEqual([
        { currency: "USD", debit: expect.any(Number), credit: expect.any(Number), balance: 0 },
      ]);
      const balance = (account: string) =>
        (trial.rows as Array<{ account: string; balance: number }>).find((r) => r.account === account)?.balance ?? 0;
      const total = (state.chargedOff as { total: number }).total;
      expect(balance("charge_off_expense")).toBe(total);
      expect(balance("recoveries_income")).toBe(-recovered);
      expect(balance("charge_off_expense") + balance("recoveries_income")).toBe(total - recovered);
    };
    await check(12_345);
    const body = { amount: 5_000, currency: "USD", effectiveDate: "2026-07-01" };
    const taken = await api.call("POST", `/v1/loans/${loan.id}/recoveries`, { token, body });
    expect(taken.status).toBe(201);
    await check(17_345);
  });

  it("refuses a row charged off after its opening date, or with installments to come, at the field", async () => {
    const token = await api.token("co-bad");
    const record = chargedOffRow(active[1] as ExportInput) as { opening: Record<string, unknown> };
    const late = { ...record, opening: { ...record.opening, chargedOff: { date: "2026-07-01" } } };
    const ahead = {
      ...record,
      sourceId: "ahead",
      opening: { ...record.opening, installments: [{ dueDate: "2026-07-15", amountMinor: "1000" }] },
    };
    const created = await postImport(api, token, {
      format: "jsonl",
      data: toJsonLines([late, ahead]),
      mode: "dry_run",
    });
    expect(created.totals).toMatchObject({ rows: 2, refused: 2 });
    const rows = (await importResults(api, token, created.id)) as unknown as Array<{ errors: unknown[] }>;
    expect(rows.map((r) => r.errors)).toEqual([
      [expect.objectContaining({ path: "opening.chargedOff.date", code: "charge_off_after_opening" })],
      [expect.objectContaining({ path: "opening.installments", code: "charged_off_schedule" })],
    ]);
    expect(date("2026-07-01") > chargeOffDate).toBe(true);
  });
});
