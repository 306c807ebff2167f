import { describe, expect, it } from "vitest";
import { dryRunImport } from "./reconcile.js";

// A $10,000.00 loan at 3.65 % a year, interest daily on actual/365 (exactly 0.01 % of the principal a
// day), 12 monthly installments from 2026-02-01. The schedule's level installment is $849.95. Late fee
// $25.00 after 15 grace days.
const terms = {
  currency: "USD",
  principalMinor: "1000000",
  annualRatePercent: "3.65",
  disbursementDate: "2026-01-01",
  firstPaymentDate: "2026-02-01",
  numberOfPayments: 12,
  frequency: "monthly",
  interestMethod: "declining-balance",
  amortization: "equal-installments",
  interestCalculation: "daily",
  dayCount: "actual/365-fixed",
  rounding: { installmentMultipleMinor: "1", mode: "half-up", interestMode: "half-up" },
};
const policy = {
  waterfall: ["penalties", "fees", "interest", "principal"],
  allocation: "vertical",
  overpayment: "apply-to-principal",
  prepayment: "reduce-term",
  lateFee: { rule: { type: "flat", amountMinor: "2500" }, graceDays: 15 },
  delinquencyBuckets: [
    { name: "current", minDaysPastDue: 0, maxDaysPastDue: 0 },
    { name: "1-30", minDaysPastDue: 1 },
  ],
  nonPerformingAfterDays: 90,
  accountingBasis: "accrual",
};
const history = [
  { id: "dsb_1", type: "disbursement", effectiveDate: "2026-01-01", amountMinor: "1000000" },
  { id: "pmt_1", type: "payment", effectiveDate: "2026-02-01", amountMinor: "84995" },
];
const row = (sourceId: string, sourceFigures: object) =>
  JSON.stringify({ sourceId, borrowerReference: `B-${sourceId}`, terms, policy, history, sourceFigures });

// By hand. Period 1 (Jan 1 → Feb 1, 31 days): 31 × $1.00 = $31.00 interest. The $849.95 payment pays
// $31.00 interest and $818.95 principal: principal $9,181.05.
// As of 2026-02-15: 14 days accrued × $0.918105 = $12.85347 → $12.85; payoff $9,181.05 + $12.85 =
// $9,193.90; current; next: $849.95 on 2026-03-01.
const february = {
  asOf: "2026-02-15",
  principalMinor: "918105",
  interestMinor: "1285",
  feesMinor: "0",
  payoffMinor: "919390",
  daysPastDue: 0,
  nextInstallmentDate: "2026-03-01",
  nextInstallmentMinor: "84995",
};
// As of 2026-03-20, the March installment unpaid. Period 2 (Feb 1 → Mar 1, 28 days): 28 × $0.918105 =
// $25.70694 → $25.71 due on Mar 1 (installment 2 = $25.71 interest + $824.24 principal). Then 19 days
// accrued × $0.918105 = $17.443995 → $17.44; interest $25.71 + $17.44 = $43.15. Late fee $25.00 on
// Mar 17 (due + 15 grace + 1). Payoff $9,181.05 + $43.15 + $25.00 = $9,249.20; 19 days past due;
// next: on 2026-04-01 the $874.95 due now ($849.95 + the $25.00 fee) + $849.95 = $1,724.90.
const march = {
  asOf: "2026-03-20",
  principalMinor: "918105",
  interestMinor: "4315",
  feesMinor: "2500",
  payoffMinor: "924920",
  daysPastDue: 19,
  nextInstallmentDate: "2026-04-01",
  nextInstallmentMinor: "172490",
};

describe("dry run reconciliation (hand-worked)", () => {
  it("matches figures computed by hand, to the cent", () => {
    const report = dryRunImport([row("L1", february), row("L2", march)].join("\n"), "jsonl");
    expect(report.errors).toEqual([]);
    expect(report.results.map((r) => [r.sourceId, r.status])).toEqual([
      ["L1", "match"],
      ["L2", "match"],
    ]);
    expect(report.totals).toMatchObject({ rows: 2, matched: 2, mismatched: 0, principalMinor: 1_836_210n });
    expect(report.totals.payoffMinor).toBe(919_390n + 924_920n);
  });

  it("reports the first differing figure with expected, actual and difference", () => {
    // The source system rounded accrued interest down ($43.13) and so also its payoff: interest is first.
    const source = { ...march, interestMinor: "4313", payoffMinor: "924918" };
    const [result] = dryRunImport(row("L3", source), "jsonl").results;
    expect(result?.status).toBe("mismatch");
    expect(result?.difference).toEqual({ figure: "interestMinor", expected: "4313", actual: "4315", difference: "2" });
  });

  it("reports a next due date that differs by the days between", () => {
    const [result] = dryRunImport(row("L4", { ...february, nextInstallmentDate: "2026-02-28" }), "jsonl").results;
    expect(result?.difference).toEqual({
      figure: "nextInstallmentDate",
      expected: "2026-02-28",
      actual: "2026-03-01",
      difference: "1",
    });
  });

  it("checks only the figures given; a row without figures is unchecked", () => {
    const only = dryRunImport(row("L5", { asOf: "2026-02-15", payoffMinor: "919390" }), "jsonl");
    expect(only.results[0]?.status).toBe("match");
    const bare = JSON.stringify({ sourceId: "L6", borrowerReference: "B", terms, policy, history });
    const [unchecked] = dryRunImport(bare, "jsonl").results;
    expect(unchecked?.status).toBe("unchecked");
    expect(unchecked?.figures?.asOf).toBe("2026-02-01");
  });

  it("fails a loan whose history does not replay, at the history entry", () => {
    const early = [{ id: "pmt_0", type: "payment", effectiveDate: "2025-12-31", amountMinor: "100" }, ...history];
    const line = JSON.stringify({ sourceId: "L7", borrowerReference: "B", terms, policy, history: early });
    const report = dryRunImport(line, "jsonl");
    expect(report.results[0]).toMatchObject({
      status: "failed",
      error: { row: 1, sourceId: "L7", path: "history[0].effectiveDate", code: "payment_before_disbursement" },
    });
    expect(report.totals.failed).toBe(1);
  });
});
