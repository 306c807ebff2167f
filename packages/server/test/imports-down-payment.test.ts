import { unwrap } from "@lendstack/core/errors";
import { exportLoan, sampleBook } from "@lendstack/core/migration";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, personalLoan } from "./helpers/products.js";
import { createProduct } from "./helpers/quotes.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { importResults, postImport } from "./imports-helpers.js";

// Issue 13: boarding loans with a down payment through an import. The worked example of
// packages/core/src/schedule/down-payment.test.ts: $1,000 at 10 % (30/360, 10/12 % a month), 4 monthly installments,
// $200 down on 2026-01-01, then 3 × $271.12 (principal 264.45, 266.66, …; interest 6.67, 4.46, 2.24).
// After the February and March installments the principal is 800 − 264.45 − 266.66 = $268.89; on 2026-03-16 it has
// earned 268.89 × 10 % × 15/360 = 1.1204 → $1.12 (30/360, 1–16 March), so the payoff is $270.01; the next
// installment is the last, on 2026-04-01.

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2026-03-17T12:00:00.000Z" });
});
afterAll(() => testDatabase.dispose());

const terms = (isCollectedAtDisbursement: boolean) => ({
  currency: "USD",
  principalMinor: "100000",
  annualRatePercent: "10",
  disbursementDate: "2026-01-01",
  firstPaymentDate: "2026-02-01",
  numberOfPayments: 4,
  frequency: "monthly",
  interestMethod: "declining-balance",
  amortization: "equal-installments",
  interestCalculation: "periodic",
  dayCount: "30/360-us",
  rounding: { installmentMultipleMinor: "1", mode: "half-up", interestMode: "half-up" },
  downPayment: { amountMinor: "20000", isCollectedAtDisbursement },
});
const event = (id: string, type: string, effectiveDate: string, amountMinor: string) => ({
  id,
  type,
  effectiveDate,
  amountMinor,
});
const installments = [event("p1", "payment", "2026-02-01", "27112"), event("p2", "payment", "2026-03-01", "27112")];
const sourceFigures = {
  asOf: "2026-03-16",
  principalMinor: "26889",
  interestMinor: "112",
  feesMinor: "0",
  payoffMinor: "27001",
  daysPastDue: 0,
  nextInstallmentDate: "2026-04-01",
};

/** A row of the sample book's shape (its policy) carrying the down payment loan. */
function row(sourceId: string, isCollectedAtDisbursement: boolean, history: ReadonlyArray<object>) {
  const template = unwrap(exportLoan(sampleBook(1, 13)[0]!));
  return JSON.stringify({ ...template, sourceId, terms: terms(isCollectedAtDisbursement), history, sourceFigures });
}

const rows = [
  // Collected at once: the source's history has only the disbursement; Lendstack posts the $200 itself.
  row("DP-ONCE", true, [event("dsb", "disbursement", "2026-01-01", "100000"), ...installments]),
  // Owed on the disbursement date, and paid that day.
  row("DP-OWED", false, [
    event("dsb", "disbursement", "2026-01-01", "100000"),
    { ...event("down", "payment", "2026-01-01", "20000"), postedAt: 1 },
    ...installments,
  ]),
  // Disbursed a day late: the down payment would fall due before the money went out.
  row("DP-LATE", true, [event("dsb", "disbursement", "2026-01-02", "100000")]),
].join("\n");

async function downPaymentProduct(token: string) {
  const product = personalLoan({
    businessDayAdjustment: "none",
    rateLimits: { minPercent: "0", maxPercent: "36", defaultPercent: "10" },
    termLimits: { minPayments: 2, maxPayments: 12, defaultPayments: 4 },
    amountLimits: { min: 1_000, max: 1_000_000 },
  });
  product.fees = {};
  return createProduct(api, token, product);
}

describe("importing loans with a down payment", () => {
  it("dry run: both ways of taking the down payment reconcile to the cent; a late disbursement fails", async () => {
    const token = await api.token("import-down-dry");
    const created = await postImport(api, token, { format: "jsonl", data: rows, mode: "dry_run" });
    expect(created.totals).toMatchObject({ rows: 3, matched: 2, mismatched: 0, failed: 1, boarded: 0 });
    const results = await importResults(api, token, created.id);
    expect(results.map((r) => [r.sourceId, (r as { status?: string }).status])).toEqual([
      ["DP-ONCE", "match"],
      ["DP-OWED", "match"],
      ["DP-LATE", "failed"],
    ]);
    expect(results[2]).toMatchObject({ errors: [{ code: "invalid_disbursement_date" }] });
  });

  it("commit: boards them; the loan collected at once shows the $200 payment and $268.89 left", async () => {
    const token = await api.token("import-down-commit");
    const productId = await downPaymentProduct(token);
    const created = await postImport(api, token, { format: "jsonl", data: rows, mode: "commit", productId });
    expect(created.totals).toMatchObject({ matched: 2, boarded: 2 });
    const [once] = await importResults(api, token, created.id);
    const response = await api.call("GET", `/v1/loans/${once?.loanId}`, { token });
    const loan = await json(response);
    expect(response.status, JSON.stringify(loan)).toBe(200);
    expect(loan).toMatchObject({ outstanding: { principal: 26_889 } });
    const transactions = await api.call("GET", `/v1/loans/${once?.loanId}/transactions`, { token });
    const body = (await json(transactions)).data as Array<Record<string, unknown>>;
    expect(body.map((t) => [t.id, t.type, t.amount]).slice(0, 2)).toEqual([
      ["dsb", "disbursement", 100_000],
      ["dsb:down-payment", "payment", 20_000],
    ]);
  });
});
