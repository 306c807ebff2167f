import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, rowsOf, type TestDatabase } from "./helpers/test-database.js";
import { exportBookText, postImport } from "./imports-helpers.js";
import { board, standardTerms, testProduct } from "./loans-helpers.js";

// Issue 13: a flat-interest product's `flatReschedule` reaches the loan's reschedules. $10,000 at 12 % flat, 12
// monthly from 2025-02-01: $1,200 of interest, $100.00 a month; the installment (1,000,000 + 120,000) / 12 =
// 93,333.33 → $933.33, so principal $833.33. After the first, $9,166.67 is rescheduled on 2025-02-10 over 10
// months from 2025-03-10. Kept flat: 916,667 × 12 % × 10/12 = 91,666.7 → 91,667 of new interest, 9,166 a month
// and 9,173 in the last; the installment (916,667 + 91,667) / 10 = 100,833.4 → 100,833, principal 91,667 a month
// and 916,667 − 9 × 91,667 = 91,664 in the last.

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2025-02-10T12:00:00.000Z" });
});
afterAll(() => testDatabase.dispose());

type Row = Record<string, unknown>;

/** A loan of a flat product, its first installment paid; `stored` runs before the reschedule, given the loan id. */
async function rescheduled(flatReschedule?: "flat" | "declining-balance", stored?: (loanId: string) => Promise<void>) {
  const token = await api.token(`flat-reschedule-${flatReschedule ?? "unset"}-${stored ? "stored" : "new"}`);
  const product = {
    ...testProduct(),
    interestMethod: "flat",
    ...(flatReschedule === undefined ? {} : { flatReschedule }),
  };
  const created = await api.call("POST", "/v1/products", { token, body: product });
  const productBody = await json(created);
  expect(created.status, JSON.stringify(productBody)).toBe(201);
  expect((productBody.definition as Row).flatReschedule).toBe(flatReschedule);
  const loanId = String((await board(api, token, String(productBody.id), standardTerms)).id);
  const payment = { amount: 93_333, currency: "USD", effectiveDate: "2025-02-01" };
  const paid = await api.call("POST", `/v1/loans/${loanId}/payments`, { token, body: payment });
  expect(paid.status).toBe(201);
  await stored?.(loanId);
  const body = { effectiveDate: "2025-02-10", firstPaymentDate: "2025-03-10", numberOfPayments: 10 };
  const applied = await api.call("POST", `/v1/loans/${loanId}/reschedules`, { token, body });
  expect(applied.status, JSON.stringify(await json(applied.clone()))).toBe(201);
  const schedule = await json(await api.call("GET", `/v1/loans/${loanId}/schedule?asOf=2026-12-31`, { token }));
  return (schedule.installments as Row[]).slice(1);
}

async function storedFlatReschedule(loanId: string) {
  const rows = rowsOf<{ value: string | null }>(
    await testDatabase.db.execute(sql`select policy->>'flatReschedule' as value from loans where id = ${loanId}`),
  );
  return rows[0]?.value;
}

describe("a flat-interest loan rescheduled, by its product's flatReschedule", () => {
  it("flat: a new flat charge on the new terms, to the cent", async () => {
    const rows = await rescheduled("flat");
    expect(rows).toHaveLength(10);
    expect(rows.map((r) => r.interestDue)).toEqual([...Array(9).fill(9_166), 9_173]);
    expect(rows.map((r) => r.principalDue)).toEqual([...Array(9).fill(91_667), 91_664]);
    expect(rows[0]).toMatchObject({ number: 2, dueDate: "2025-03-10" });
  });

  it("declining-balance: level installments, re-amortized on the balance", async () => {
    const rows = await rescheduled("declining-balance");
    // 916,667 at 12 % a year, 1 % a month over 10: PMT = 916,667 × 0.01 / (1 − 1.01^−10) = 96,783.61 → 96,784.
    expect(rows.slice(0, 9).map((r) => r.planned)).toEqual(Array(9).fill(96_784));
    expect(rows.reduce((sum, r) => sum + Number(r.principalDue), 0)).toBe(916_667);
  });

  it("unset: kept flat, as `flat` (the default), and the loan records it", async () => {
    let pinned: string | null | undefined;
    const rows = await rescheduled(undefined, async (loanId) => {
      pinned = await storedFlatReschedule(loanId);
    });
    expect(pinned).toBe("flat");
    expect(rows.map((r) => r.interestDue)).toEqual([...Array(9).fill(9_166), 9_173]);
    expect(rows.map((r) => r.principalDue)).toEqual([...Array(9).fill(91_667), 91_664]);
  });

  it("a loan stored before the default (no flatReschedule in its policy) replays as it did: no new interest", async () => {
    let legacyLoanId = "";
    const rows = await rescheduled(undefined, async (loanId) => {
      legacyLoanId = loanId;
      await testDatabase.db.execute(sql`update loans set policy = policy - 'flatReschedule' where id = ${loanId}`);
      expect(await storedFlatReschedule(loanId)).toBeNull();
    });
    expect(rows.reduce((sum, r) => sum + Number(r.interestDue), 0)).toBe(0);
    expect(rows.reduce((sum, r) => sum + Number(r.principalDue), 0)).toBe(916_667);
    // Exported, it says `legacy`, so another system (or tenant) replays it the same: the dry run matches.
    const book = await exportBookText(api, await api.token("flat-reschedule-unset-stored"), "?asOf=2025-02-10");
    const line = book.split("\n").find((text) => text.includes(`"sourceId":"${legacyLoanId}"`)) ?? "";
    expect(JSON.parse(line).policy.flatReschedule).toBe("legacy");
    const dry = await postImport(api, await api.token("flat-reschedule-elsewhere"), {
      format: "jsonl",
      data: line,
      mode: "dry_run",
    });
    expect(dry.totals).toMatchObject({ rows: 1, matched: 1 });
  });
});
