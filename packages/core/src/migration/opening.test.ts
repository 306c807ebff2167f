import { describe, expect, it } from "vitest";
import { date } from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import { type LoanEvent, replay } from "../servicing/index.js";
import { exportLoan, toJsonLines } from "./export.js";
import { loanFigures } from "./figures.js";
import { parseImport } from "./parse.js";
import { dryRunImport } from "./reconcile.js";
import { eventsOf, type ImportRow } from "./row.js";

// The loan of reconcile.test.ts: $10,000.00 at 3.65 % a year, interest daily on actual/365 (exactly
// 0.01 % of the principal a day), 12 monthly installments of $849.95 from 2026-02-01, late fee $25.00
// after 15 grace days. By hand (see there): after the February payment the principal is $9,181.05,
// on 2026-02-15 $12.85 is accrued; on 2026-03-20, with March unpaid, $25.71 + $17.44 interest, the
// $25.00 late fee, 19 days past due.
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
const remaining = (numberOfPayments: number) => ({ numberOfPayments, installmentMinor: "84995" });
const february = {
  asOf: "2026-02-15",
  principalMinor: "918105",
  interestMinor: "1285",
  feesMinor: "0",
  daysPastDue: 0,
  nextDueDate: "2026-03-01",
  remaining: remaining(11),
};
const march = {
  ...february,
  asOf: "2026-03-20",
  interestMinor: "4315",
  feesMinor: "2500",
  daysPastDue: 19,
  nextDueDate: "2026-04-01",
  remaining: remaining(10),
};
const row = (sourceId: string, opening: object, later: object[] = [], sourceFigures?: object) =>
  JSON.stringify({ sourceId, borrowerReference: "B", terms, policy, opening, history: later, sourceFigures });
const parsedRow = (line: string): ImportRow => {
  const parsed = parseImport(line, "jsonl");
  expect(parsed.errors).toEqual([]);
  return parsed.rows[0] as ImportRow;
};
const full = (extra: LoanEvent[]) => {
  const base = parsedRow(JSON.stringify({ sourceId: "H", borrowerReference: "B", terms, policy, history }));
  return { loan: base.loan, events: [...base.history, ...extra] };
};

describe("opening balances (hand-worked)", () => {
  it("derives the past-due installment from days past due and the installment amount", () => {
    // March: 19 days past due → the 2026-03-01 installment ($849.95) is unpaid. Accrued since then:
    // 19 days × $0.918105 = $17.443995 → $17.44, so of the $43.15 interest $25.71 is past due and the
    // installment's principal is $849.95 − $25.71 = $824.24. Its late-fee check (Mar 17) has run.
    const opened = parsedRow(row("M", march)).opening;
    expect(opened?.due).toEqual([
      { dueDate: "2026-03-01", principalMinor: 82_424n, interestMinor: 2_571n, isLateFeeAssessed: true },
    ]);
    expect(opened).toMatchObject({ accrualStartDate: "2026-03-01", accruedInterestMinor: 1_744n });
    expect(opened?.schedule.map((r) => r.dueDate).slice(0, 2)).toEqual(["2026-04-01", "2026-05-01"]);
    expect(opened?.schedule).toHaveLength(10);
  });

  it("reconciles against its own figures, and against the source's later figures after later payments", () => {
    // With no source figures the opening's own are checked (next: $874.95 due now + $849.95 = $1,724.90).
    const own = dryRunImport(row("M", march), "jsonl").results[0];
    expect(own).toMatchObject({ status: "match", figures: { nextInstallmentMinor: 172_490n, payoffMinor: 924_920n } });
    // A payment of $874.95 on 2026-03-25 pays the fee, the $25.71 and $824.24 due: principal $8,356.81.
    // April 1: interest = $17.44 opened + 5 days × $0.918105 + 7 days × $0.835681 = $17.44 + $4.590525 +
    // $5.849767 = $27.880292 → $27.88, as a full replay gives (round($27.884287) = $27.88).
    const pay = { id: "pmt_2", type: "payment", effectiveDate: "2026-03-25", amountMinor: "87495" };
    const april = { asOf: "2026-04-01", principalMinor: "835681", interestMinor: "2788" };
    const [result] = dryRunImport(row("M", march, [pay], april), "jsonl").results;
    expect(result?.status).toBe("match");
    const { loan, events } = full([{ ...pay, effectiveDate: date("2026-03-25"), amountMinor: 87_495n } as LoanEvent]);
    expect(unwrap(replay(loan, events, date("2026-04-01"))).outstanding.interestMinor).toBe(2_788n);
  });

  it("continues from the rounded accrual unless the exact one is given: one cent can differ", () => {
    // Opened on Feb 15 with $12.85 accrued (exactly $12.85347). March 1: $12.85 + 14 days × $0.918105
    // ($12.85347) = $25.70347 → $25.70; the full history has 28 × $0.918105 = $25.70694 → $25.71.
    const opened = parsedRow(row("F", february));
    const march1 = unwrap(replay(opened.loan, eventsOf(opened), date("2026-03-02")));
    expect(march1.outstanding.interestMinor).toBe(2_570n);
    const { loan, events } = full([]);
    expect(unwrap(replay(loan, events, date("2026-03-02"))).outstanding.interestMinor).toBe(2_571n);
    // The exact accrual (Lendstack's unrounded cursor: 1,285.347 cents × the actual/365 denominator) keeps the cent.
    const denominator = 365n * 100n * 10n ** 10n;
    const exact = {
      denominatorUnits: String(denominator),
      interestScaledUnits: String((1_285_347n * denominator) / 1000n),
      penaltyScaledUnits: "0",
      penaltyThrough: "2026-02-15",
    };
    const precise = parsedRow(row("F", { ...february, exact }));
    expect(unwrap(loanFigures(precise.loan, eventsOf(precise), date("2026-03-02"))).interestMinor).toBe(
      unwrap(loanFigures(loan, events, date("2026-03-02"))).interestMinor,
    );
  });

  it("refuses an opening whose figures do not agree, at the field", () => {
    const text = [
      row("A", { ...march, daysPastDue: 18 }),
      row("B", { ...february, feesMinor: "100", charges: [] }),
      row("C", { ...february, remaining: undefined, installments: [{ dueDate: "2026-03-02", amountMinor: "84995" }] }),
      row("D", { ...march, interestMinor: "1" }),
      row("E", february, [{ id: "pmt_0", type: "payment", effectiveDate: "2026-02-15", amountMinor: "100" }]),
    ].join("\n");
    const report = dryRunImport(text, "jsonl");
    expect(report.errors.map((e) => [e.sourceId, e.path, e.code])).toEqual([
      ["A", "opening.daysPastDue", "days_past_due_off_schedule"],
      ["B", "opening.feesMinor", "opening_inconsistent"],
      ["C", "opening.nextDueDate", "opening_inconsistent"],
      ["D", "opening.interestMinor", "opening_inconsistent"],
    ]);
    expect(report.results).toMatchObject([
      { sourceId: "E", status: "failed", error: { path: "history[0].effectiveDate", code: "event_before_opening" } },
    ]);
  });
});

// The same loan charged off at the source on 2026-08-20, unpaid since April 1: boarded on 2026-10-31 from
// what was charged off (its history below gives the figures: principal $8,356.81 after March, the interest
// due April to August and accrued to the charge-off, five $25.00 late fees), with $200.00 recovered.
describe("opening balances of a loan charged off at the source", () => {
  const native = full([
    { id: "pmt_2", type: "payment", effectiveDate: date("2026-03-01"), amountMinor: 84_995n },
    { id: "chg_1", type: "charge-off", effectiveDate: date("2026-08-20") },
    { id: "rcv_1", type: "recovery", effectiveDate: date("2026-09-15"), amountMinor: 20_000n },
  ]);
  const chargedOff = unwrap(replay(native.loan, native.events, date("2026-10-31"))).chargedOff;
  const opening = {
    asOf: "2026-10-31",
    principalMinor: String(chargedOff?.principalMinor),
    interestMinor: String(chargedOff?.interestMinor),
    feesMinor: String((chargedOff?.feesMinor ?? 0n) + (chargedOff?.penaltiesMinor ?? 0n)),
    daysPastDue: 213, // April 1 → October 31
    chargedOff: { date: "2026-08-20", recoveredMinor: "20000" },
  };
  const later = [{ id: "pmt_9", type: "payment", effectiveDate: "2026-11-10", amountMinor: "5000" }];

  it("opens charged off with the source's balances; a later payment is a recovery; figures as the native loan's", () => {
    expect(chargedOff).toMatchObject({ principalMinor: 835_681n, feesMinor: 0n, penaltiesMinor: 12_500n });
    const figures = { asOf: "2026-11-30", principalMinor: "0", interestMinor: "0", payoffMinor: "0", daysPastDue: 243 };
    const [result] = dryRunImport(row("CO", opening, later, figures), "jsonl").results;
    expect(result).toMatchObject({ status: "match" });
    const boarded = parsedRow(row("CO", opening, later));
    expect(boarded.history).toMatchObject([{ id: "pmt_9", type: "recovery", amountMinor: 5_000n }]);
    const state = unwrap(replay(boarded.loan, eventsOf(boarded), date("2026-11-30")));
    const want = unwrap(
      replay(native.loan, [...native.events, { ...boarded.history[0], id: "rcv_2" } as LoanEvent], date("2026-11-30")),
    );
    expect(state).toMatchObject({ status: "charged-off", recoveredMinor: 25_000n, daysPastDue: 243 });
    expect(state.recoveredMinor).toBe(want.recoveredMinor);
    expect(state.chargedOff?.totalMinor).toBe(want.chargedOff?.totalMinor);
    expect(state.transactions.find((t) => t.type === "charge-off")?.date).toBe("2026-08-20");
  });

  it("exports as its opening and the recoveries after it, and reads back to the same state", () => {
    const boarded = parsedRow(row("CO", opening, later));
    const input = {
      sourceId: "CO",
      borrowerReference: "B",
      loan: boarded.loan,
      events: eventsOf(boarded),
      asOf: date("2026-12-31"),
    };
    for (const form of ["history", "opening"] as const) {
      const record = unwrap(exportLoan(input, form));
      expect(record).toMatchObject({ opening: { chargedOff: { date: "2026-08-20", recoveredMinor: "20000" } } });
      const again = parsedRow(toJsonLines([record]));
      const [result] = dryRunImport(toJsonLines([record]), "jsonl").results;
      expect(result?.status).toBe("match");
      const at = date("2026-12-31");
      expect(unwrap(replay(again.loan, eventsOf(again), at))).toEqual(
        unwrap(replay(boarded.loan, eventsOf(boarded), at)),
      );
    }
  });

  it("refuses a charge-off after asOf, before disbursement, with installments to come, or over-recovered, at the field", () => {
    const text = [
      row("A", { ...opening, chargedOff: { date: "2026-11-01" } }),
      row("B", { ...opening, chargedOff: { date: "2025-12-01" } }),
      row("C", { ...opening, remaining: remaining(3), nextDueDate: "2026-11-01" }),
      row("D", { ...opening, chargedOff: { date: "2026-08-20", recoveredMinor: "999999999" } }),
      row("E", { ...opening, daysPastDue: 30 }),
    ].join("\n");
    expect(dryRunImport(text, "jsonl").errors.map((e) => [e.sourceId, e.path, e.code])).toEqual([
      ["A", "opening.chargedOff.date", "charge_off_after_opening"],
      ["B", "opening.chargedOff.date", "invalid_opening"],
      ["C", "opening.remaining", "charged_off_schedule"],
      ["D", "opening.chargedOff.recoveredMinor", "recoveries_exceed_charge_off"],
      ["E", "opening.daysPastDue", "opening_inconsistent"],
    ]);
  });
});
