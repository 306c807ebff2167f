/**
 * Scenario tests, one block per event type, on the base loan of replay.test.ts ($10,000.00 at
 * 3.65 % Actual/365F: $1.00 of interest a day per $10,000 outstanding; level payment $849.90).
 * Level payments after a re-amortisation are spreadsheet PMT(rate/12, n, -balance), rounded half-up.
 */
import { describe, expect, it } from "vitest";
import { unwrap } from "../errors/index.js";
import { accountBalance, trialBalance } from "../ledger/index.js";
import { dec } from "../money/index.js";
import type { LoanEvent } from "./events.js";
import { disburse, makeLoan, on, pay } from "./fixtures.js";
import { quotePayoff } from "./payoff.js";
import { replay } from "./replay.js";

const loan = makeLoan();
const funded = [disburse("2026-01-01", 1_000_000n, "dsb")];
const balance = (journal: Parameters<typeof accountBalance>[0], account: Parameters<typeof accountBalance>[1]) =>
  accountBalance(journal, account, "USD", on("2100-01-01"));

describe("overpayment and prepayment", () => {
  // Installment 1 on 1 Feb: interest 3,100, principal 81,890. Paying 100,000 leaves 15,010 over.
  const events = [...funded, pay("2026-02-01", 100_000n, "p1")];
  it("hold-as-credit keeps the excess and applies it when installment 2 falls due", () => {
    const policyLoan = makeLoan({}, { overpayment: "hold-as-credit" });
    expect(unwrap(replay(policyLoan, events, on("2026-02-01"))).creditBalanceMinor).toBe(15_010n);
    const march = unwrap(replay(policyLoan, events, on("2026-03-01")));
    // Feb: 28 × 91.811 = 2,570.708 → 2,571 interest; the 15,010 credit pays it and 12,439 of principal.
    expect(march.creditBalanceMinor).toBe(0n);
    expect(march.installments[1]?.interestPaidMinor).toBe(2_571n);
    expect(march.installments[1]?.principalPaidMinor).toBe(12_439n);
    expect(march.installments[1]?.status).toBe("partly-paid");
    expect(march.outstanding.principalMinor).toBe(918_110n - 12_439n);
  });
  it("refund keeps the excess until a refund event pays it back", () => {
    const policyLoan = makeLoan({}, { overpayment: "refund" });
    const march = unwrap(replay(policyLoan, events, on("2026-03-01")));
    expect(march.creditBalanceMinor).toBe(15_010n);
    expect(march.installments[1]?.status).toBe("due");
    const refund: LoanEvent = { id: "r1", type: "refund", effectiveDate: on("2026-03-02"), amountMinor: 15_010n };
    const after = unwrap(replay(policyLoan, [...events, refund], on("2026-03-02")));
    expect(after.creditBalanceMinor).toBe(0n);
    expect(balance(after.journal, "suspense_liability")).toBe(0n);
    const tooMuch = { ...refund, amountMinor: 15_011n };
    expect(replay(policyLoan, [...events, tooMuch], on("2026-03-02"))).toMatchObject({
      ok: false,
      error: { code: "refund_exceeds_credit" },
    });
  });
  it("apply-to-principal with reduce-term keeps the installment and lowers the balance", () => {
    const march = unwrap(replay(loan, events, on("2026-03-01")));
    // Balance 1,000,000 − 81,890 − 15,010 = 903,100; Feb interest 28 × 90.31 = 2,528.68 → 2,529
    expect(march.installments[1]?.interestDueMinor).toBe(2_529n);
    expect(march.installments[1]?.principalDueMinor).toBe(84_990n - 2_529n);
    expect(march.levelInstallmentMinor).toBe(84_990n);
  });
  it("apply-to-principal with reduce-installment re-amortises over the 11 installments left", () => {
    const march = unwrap(replay(makeLoan({}, { prepayment: "reduce-installment" }), events, on("2026-03-01")));
    // PMT(3.65%/12, 11, -9031.00) = 836.0591 → 83,606
    expect(march.levelInstallmentMinor).toBe(83_606n);
    expect(march.installments[1]?.principalDueMinor).toBe(83_606n - 2_529n);
  });
});

describe("disbursement tranches", () => {
  it("accrues on each tranche from its date and re-amortises over the full amount", () => {
    const events = [disburse("2026-01-01", 600_000n), disburse("2026-01-16", 400_000n)];
    const state = unwrap(replay(loan, events, on("2026-02-01")));
    // 15 days × 60 + 16 days × 100 = 2,500; PMT(3.65%/12, 12, -10000) = 849.90 again after the 2nd tranche
    expect(state.installments[0]?.interestDueMinor).toBe(2_500n);
    expect(state.levelInstallmentMinor).toBe(84_990n);
    expect(state.disbursedMinor).toBe(1_000_000n);
    const first = unwrap(replay(loan, events.slice(0, 1), on("2026-01-10")));
    expect(first.levelInstallmentMinor).toBe(50_994n); // PMT(3.65%/12, 12, -6000) = 509.9405
    const over = [...events, disburse("2026-01-20", 1n)];
    expect(replay(loan, over, on("2026-02-01"))).toMatchObject({
      ok: false,
      error: { code: "disbursement_exceeds_principal" },
    });
  });
});

describe("fees and waivers", () => {
  const fee: LoanEvent = {
    id: "fee1",
    type: "fee-charge",
    effectiveDate: on("2026-01-10"),
    amountMinor: 5_000n,
    feeType: "document",
  };
  const waiver: LoanEvent = {
    id: "w1",
    type: "fee-waiver",
    effectiveDate: on("2026-01-12"),
    chargeId: "fee1",
    amountMinor: 2_000n,
  };
  it("charges, partly waives and collects a fee first (it is the oldest item)", () => {
    const state = unwrap(replay(loan, [...funded, fee, waiver], on("2026-01-12")));
    expect(state.outstanding.feesMinor).toBe(3_000n);
    expect(balance(state.journal, "fee_receivable")).toBe(3_000n);
    expect(balance(state.journal, "fee_income")).toBe(-3_000n);
    const paid = unwrap(replay(loan, [...funded, fee, waiver, pay("2026-02-01", 87_990n, "p")], on("2026-02-01")));
    expect(paid.transactions.find((t) => t.id === "p")?.allocation?.feesMinor).toBe(3_000n);
    expect(paid.installments[0]?.status).toBe("paid");
  });
  it.each([
    { amountMinor: 5_001n, code: "waiver_exceeds_fee" },
    { amountMinor: 0n, code: "invalid_amount" },
  ])("a waiver of $amountMinor fails with $code", ({ amountMinor, code }) => {
    const bad = { ...waiver, amountMinor };
    expect(replay(loan, [...funded, fee, bad], on("2026-01-12"))).toMatchObject({ ok: false, error: { code } });
  });
  it("a waiver of an unknown charge fails", () => {
    const bad = { ...waiver, chargeId: "nope" };
    expect(replay(loan, [...funded, bad], on("2026-01-12"))).toMatchObject({
      ok: false,
      error: { code: "unknown_charge" },
    });
  });
  it("the cash basis books the fee only when it is paid", () => {
    const cashLoan = makeLoan({}, { accountingBasis: "cash" });
    const state = unwrap(replay(cashLoan, [...funded, fee, pay("2026-01-11", 5_000n)], on("2026-01-11")));
    expect(balance(state.journal, "fee_receivable")).toBe(0n);
    expect(balance(state.journal, "fee_income")).toBe(-5_000n);
  });
});

describe("payment reversal", () => {
  const payment = pay("2026-02-01", 84_990n, "p1");
  const reversal: LoanEvent = {
    id: "rev1",
    type: "payment-reversal",
    effectiveDate: on("2026-02-10"),
    transactionId: "p1",
    nsf: true,
  };
  it("restores the loan as if the payment never came, charges the NSF fee and reverses the postings", () => {
    const state = unwrap(replay(loan, [...funded, payment, reversal], on("2026-02-10")));
    const never = unwrap(replay(loan, funded, on("2026-02-10")));
    expect(state.installments).toEqual(never.installments);
    expect(state.daysPastDue).toBe(9);
    expect(state.charges.map((c) => [c.id, c.amountMinor])).toEqual([["rev1:nsf", 3_000n]]);
    expect(state.transactions.find((t) => t.id === "p1")?.reversedById).toBe("rev1");
    const reversing = state.journal.filter((e) => e.eventId === "rev1");
    expect(reversing.length).toBe(1);
    expect(reversing[0]?.reversesEntryId).toBe("p1:1");
    expect(balance(state.journal, "cash")).toBe(-1_000_000n);
    expect(trialBalance(state.journal, on("2026-02-10")).totals[0]?.balanceMinor).toBe(0n);
  });
  it("before the reversal date the payment still counts", () => {
    const state = unwrap(replay(loan, [...funded, payment, reversal], on("2026-02-05")));
    expect(state.installments[0]?.status).toBe("paid");
  });
  it.each([
    { events: [...funded, { ...reversal, transactionId: "zzz" }], code: "unknown_transaction" },
    { events: [...funded, payment, reversal, { ...reversal, id: "rev2" }], code: "already_reversed" },
    { events: [...funded, payment, { ...reversal, effectiveDate: on("2026-01-20") }], code: "unknown_transaction" },
  ])("fails with $code", ({ events, code }) => {
    expect(replay(loan, events, on("2026-03-01"))).toMatchObject({ ok: false, error: { code } });
  });
});

describe("rate change", () => {
  it("a fixed new rate from 16 Jan doubles the daily interest and re-amortises", () => {
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
  const holiday = (interest: "capitalise" | "defer"): LoanEvent => ({
    id: "hol",
    type: "payment-holiday",
    effectiveDate: on("2026-01-15"),
    installments: 1,
    interest,
  });
  it("capitalise: January's interest joins the principal and the schedule grows by one", () => {
    const state = unwrap(replay(loan, [...funded, holiday("capitalise")], on("2026-02-01")));
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
