/**
 * Scenario tests for rate changes, payment holidays, reschedules, charge-off/recovery/write-off and payoff quotes, on the base loan of replay.test.ts ($10,000.00 at
 * 3.65 % Actual/365F: $1.00 of interest a day per $10,000 outstanding; level payment $849.90).
 * Level payments after a re-amortization are spreadsheet PMT(rate/12, n, -balance), rounded half-up.
 */
import { describe, expect, it } from "vitest";
import { unwrap } from "../errors/index.js";
import { accountBalance } from "../ledger/index.js";
import { dec } from "../money/index.js";
import type { LoanEvent } from "./events.js";
import { disburse, makeLoan, on, pay } from "./fixtures.js";
import { quotePayoff } from "./payoff.js";
import { replay } from "./replay.js";

const loan = makeLoan();
const funded = [disburse("2026-01-01", 1_000_000n, "dsb")];
const balance = (journal: Parameters<typeof accountBalance>[0], account: Parameters<typeof accountBalance>[1]) =>
  accountBalance(journal, account, "USD", on("2100-01-01"));

describe("rate change", () => {
  it("a fixed new rate from 16 Jan doubles the daily interest and re-amortizes", () => {
    const change: LoanEvent = {
      id: "rc",
      type: "rate-change",
      effectiveDate: on("2026-01-16"),
      rate: { kind: "fixed", annualRatePercent: dec("7.3") },
    };
    const state = unwrap(replay(loan, [...funded, change], on("2026-02-01")));
    expect(state.installments[0]?.interestDueMinor).toBe(4_700n); // 15 × 100 + 16 × 200
    expect(state.levelInstallmentMinor).toBe(86_665n); // PMT(7.3%/12, 12, -10000) = 866.6511
  });
  it.each([
    { index: "5", margin: "2.5", want: "7" }, // 7.5 capped at 7
    { index: "0.1", margin: "2.5", want: "3" }, // 2.6 floored at 3
    { index: "2", margin: "2.5", want: "4.5" },
  ])("index $index + margin $margin within [3, 7] = $want", ({ index, margin, want }) => {
    const change: LoanEvent = {
      id: "rc",
      type: "rate-change",
      effectiveDate: on("2026-01-16"),
      rate: {
        kind: "indexed",
        indexRatePercent: dec(index),
        marginPercent: dec(margin),
        floorPercent: dec("3"),
        capPercent: dec("7"),
      },
    };
    const state = unwrap(replay(loan, [...funded, change], on("2026-01-20")));
    expect(state.annualRatePercent).toEqual(dec(want));
  });
});

describe("payment holiday", () => {
  const holiday = (interest: "capitalize" | "defer"): LoanEvent => ({
    id: "hol",
    type: "payment-holiday",
    effectiveDate: on("2026-01-15"),
    installments: 1,
    interest,
  });
  it("capitalize: January's interest joins the principal and the schedule grows by one", () => {
    const state = unwrap(replay(loan, [...funded, holiday("capitalize")], on("2026-02-01")));
    expect(state.installments.length).toBe(13);
    expect(state.installments[0]?.status).toBe("skipped");
    expect(state.installments[12]?.dueDate).toBe("2027-02-01");
    expect(state.outstanding.principalMinor).toBe(1_003_100n); // + 31 × 100
    expect(state.levelInstallmentMinor).toBe(85_254n); // PMT(3.65%/12, 12, -10031) = 852.5355
    expect(state.daysPastDue).toBe(0);
    expect(balance(state.journal, "principal_receivable")).toBe(1_003_100n);
  });
  it("defer: the interest waits for the last installment and earns none", () => {
    const state = unwrap(replay(loan, [...funded, holiday("defer")], on("2026-02-01")));
    expect(state.deferredInterestMinor).toBe(3_100n);
    expect(state.outstanding.principalMinor).toBe(1_000_000n);
    expect(state.levelInstallmentMinor).toBe(84_990n);
    const quote = unwrap(quotePayoff(loan, [...funded, holiday("defer")], on("2026-02-01")));
    expect(quote.amountMinor).toBe(1_003_100n);
  });
});

describe("reschedule", () => {
  const reschedule: LoanEvent = {
    id: "rs",
    type: "reschedule",
    effectiveDate: on("2026-01-20"),
    firstPaymentDate: on("2026-03-01"),
    numberOfPayments: 24,
  };
  it("replaces the future installments and keeps the old schedule in history", () => {
    const state = unwrap(replay(loan, [...funded, reschedule], on("2026-03-01")));
    expect(state.scheduleHistory.length).toBe(1);
    expect(state.scheduleHistory[0]?.installments.length).toBe(12);
    expect(state.installments.length).toBe(24);
    expect(state.levelInstallmentMinor).toBe(43_269n); // PMT(3.65%/12, 24, -10000) = 432.6931
    expect(state.installments[0]?.interestDueMinor).toBe(5_900n); // 1 Jan - 28 Feb: 59 days × 100
  });
  it("fails on a paid-off loan", () => {
    const payoff = pay("2026-01-10", 1_000_900n); // 9 days × 100 accrued
    const late = { ...reschedule, effectiveDate: on("2026-01-20") };
    expect(unwrap(replay(loan, [...funded, payoff], on("2026-01-10"))).status).toBe("paid-off");
    expect(replay(loan, [...funded, payoff, late], on("2026-01-20"))).toMatchObject({
      ok: false,
      error: { code: "loan_closed" },
    });
  });
});

describe("charge-off, recovery and write-off", () => {
  // Unpaid: I1 3,100 (Jan), I2 2,800 (Feb), I3 3,100 (Mar), accrued Apr 1-14: 1,400 → 10,400 interest;
  // late fees for installments 1 and 2 (17 Feb, 17 Mar): 5,000; principal 1,000,000.
  const chargeOff: LoanEvent = { id: "co", type: "charge-off", effectiveDate: on("2026-04-15") };
  it("moves every balance off the books and stops accrual", () => {
    const state = unwrap(replay(loan, [...funded, chargeOff], on("2026-06-01")));
    expect(state.status).toBe("charged-off");
    expect(state.chargedOff).toEqual({
      principalMinor: 1_000_000n,
      interestMinor: 10_400n,
      feesMinor: 0n,
      penaltiesMinor: 5_000n,
      totalMinor: 1_015_400n,
    });
    expect(state.outstanding.totalMinor).toBe(0n);
    expect(state.accruedInterestMinor).toBe(0n);
    for (const account of ["principal_receivable", "interest_receivable", "penalty_receivable"] as const) {
      expect(balance(state.journal, account)).toBe(0n);
    }
    expect(balance(state.journal, "charge_off_expense")).toBe(1_015_400n);
  });
  it("collects recoveries, refuses payments, and ends written off", () => {
    const recovery: LoanEvent = { id: "rec", type: "recovery", effectiveDate: on("2026-05-01"), amountMinor: 50_000n };
    const writeOff: LoanEvent = { id: "wo", type: "write-off", effectiveDate: on("2026-06-01") };
    const state = unwrap(replay(loan, [...funded, chargeOff, recovery, writeOff], on("2026-06-01")));
    expect(state.status).toBe("written-off");
    expect(state.recoveredMinor).toBe(50_000n);
    expect(balance(state.journal, "recoveries_income")).toBe(-50_000n);
    expect(replay(loan, [...funded, chargeOff, pay("2026-05-01", 10n)], on("2026-05-01"))).toMatchObject({
      ok: false,
      error: { code: "loan_charged_off" },
    });
    expect(replay(loan, [...funded, recovery], on("2026-05-01"))).toMatchObject({
      ok: false,
      error: { code: "loan_not_charged_off" },
    });
  });
  it("a write-off of an active loan charges it off first", () => {
    const writeOff: LoanEvent = { id: "wo", type: "write-off", effectiveDate: on("2026-04-15") };
    const state = unwrap(replay(loan, [...funded, writeOff], on("2026-04-15")));
    expect(state.status).toBe("written-off");
    expect(state.chargedOff?.totalMinor).toBe(1_015_400n);
  });
});

describe("payoff quote", () => {
  it("is principal + accrued interest, with $1.00 per diem, and paying it closes the loan", () => {
    const quote = unwrap(quotePayoff(loan, funded, on("2026-01-16")));
    expect(quote).toEqual({
      amountMinor: 1_001_500n, // 1,000,000 + 15 days × 100
      perDiemMinor: 100n,
      goodThroughDate: "2026-01-16",
      breakdown: {
        principalMinor: 1_000_000n,
        interestMinor: 1_500n,
        feesMinor: 0n,
        prepaymentFeeMinor: 0n,
        penaltiesMinor: 0n,
        creditBalanceMinor: 0n,
      },
    });
    const state = unwrap(replay(loan, [...funded, pay("2026-01-16", quote.amountMinor)], on("2026-01-16")));
    expect(state.status).toBe("paid-off");
    expect(state.outstanding.totalMinor).toBe(0n);
    expect(state.accruedInterestMinor).toBe(0n);
    const over = unwrap(replay(loan, [...funded, pay("2026-01-16", quote.amountMinor + 700n)], on("2026-01-16")));
    expect(over.status).toBe("overpaid");
    expect(over.creditBalanceMinor).toBe(700n);
  });
  it("includes overdue amounts and late fees", () => {
    const quote = unwrap(quotePayoff(loan, funded, on("2026-02-20")));
    // principal 1,000,000; interest Jan 3,100 + Feb 1-19 1,900; late fee 2,500
    expect(quote.amountMinor).toBe(1_000_000n + 5_000n + 2_500n);
  });
});

describe("payment holiday over the last installments", () => {
  it("skipping the final installment moves the whole balance to the appended one", () => {
    const short = makeLoan({ numberOfPayments: 2 });
    const events: LoanEvent[] = [
      ...funded,
      { id: "hol", type: "payment-holiday", effectiveDate: on("2026-01-15"), installments: 2, interest: "capitalize" },
    ];
    const state = unwrap(replay(short, events, on("2026-05-01")));
    expect(state.installments.map((i) => i.status)).toEqual(["skipped", "skipped", "overdue", "due"]);
    // Jan 31 days × 100 = 3,100 capitalized; Feb 28 days on 1,003,100 = 2,808.68 → 2,809 capitalized.
    expect(state.installments.filter((i) => i.isSkipped).length).toBe(2);
    const due = state.installments.slice(2).reduce((sum, i) => sum + i.principalDueMinor, 0n);
    expect(due).toBe(1_000_000n + 3_100n + 2_809n);
  });
});
