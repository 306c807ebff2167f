/**
 * Scenario tests for overpayments, prepayments, tranches, fees, waivers and payment reversals, on the base loan of replay.test.ts ($10,000.00 at
 * 3.65 % Actual/365F: $1.00 of interest a day per $10,000 outstanding; level payment $849.90).
 * Level payments after a re-amortization are spreadsheet PMT(rate/12, n, -balance), rounded half-up.
 */
import { describe, expect, it } from "vitest";
import { unwrap } from "../errors/index.js";
import { accountBalance, trialBalance } from "../ledger/index.js";
import type { LoanEvent } from "./events.js";
import { disburse, makeLoan, on, pay } from "./fixtures.js";
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
  it("apply-to-principal with reduce-installment re-amortizes over the 11 installments left", () => {
    const march = unwrap(replay(makeLoan({}, { prepayment: "reduce-installment" }), events, on("2026-03-01")));
    // PMT(3.65%/12, 11, -9031.00) = 836.0591 → 83,606
    expect(march.levelInstallmentMinor).toBe(83_606n);
    expect(march.installments[1]?.principalDueMinor).toBe(83_606n - 2_529n);
  });
});

describe("disbursement tranches", () => {
  it("accrues on each tranche from its date and re-amortizes over the full amount", () => {
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
