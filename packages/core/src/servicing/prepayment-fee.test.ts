/**
 * Prepayment fee, on the base loan of replay.test.ts: $10,000.00 at 3.65 % Actual/365F ($1.00 of
 * interest a day per $10,000), level payment $849.90; installment 1 (1 Feb) = $31.00 interest +
 * $818.90 principal. A payoff on 10 Jan is 1,000,000 principal + 9 days × 100 = 1,000,900 before
 * any fee. Fee percents are of the principal prepaid (`prepaid-amount`) or of the principal not
 * yet due before the prepayment (`outstanding-principal`), rounded half-up, then capped.
 */
import { describe, expect, it } from "vitest";
import { unwrap } from "../errors/index.js";
import { accountBalance } from "../ledger/index.js";
import { dec } from "../money/index.js";
import type { LoanEvent } from "./events.js";
import { disburse, makeLoan, on, pay } from "./fixtures.js";
import { quotePayoff } from "./payoff.js";
import type { ServicingPolicy } from "./policy.js";
import { replay } from "./replay.js";

const funded: LoanEvent[] = [disburse("2026-01-01", 1_000_000n, "dsb")];
type Fee = NonNullable<ServicingPolicy["prepaymentFee"]>;
const flat: Fee = { rule: { type: "flat", amountMinor: 10_000n }, base: "prepaid-amount" };
const twoPercent = (base: Fee["base"], maxMinor?: bigint): Fee => ({
  rule: { type: "percent", percent: dec("2"), rounding: "half-up", ...(maxMinor ? { maxMinor } : {}) },
  base,
});
const feeIncome = (journal: Parameters<typeof accountBalance>[0]) =>
  -accountBalance(journal, "fee_income", "USD", on("2100-01-01"));

describe("prepayment fee on a payoff before maturity", () => {
  it.each([
    { name: "flat $100", fee: flat, want: 10_000n },
    { name: "2 % of 1,000,000", fee: twoPercent("prepaid-amount"), want: 20_000n },
    { name: "2 % capped at $150", fee: twoPercent("prepaid-amount", 15_000n), want: 15_000n },
  ])("$name: the quote includes it and paying the quote pays it off", ({ fee, want }) => {
    const loan = makeLoan({}, { prepaymentFee: fee });
    const quote = unwrap(quotePayoff(loan, funded, on("2026-01-10")));
    expect(quote.breakdown.prepaymentFeeMinor).toBe(want);
    expect(quote.breakdown.feesMinor).toBe(want);
    expect(quote.amountMinor).toBe(1_000_900n + want);
    const state = unwrap(replay(loan, [...funded, pay("2026-01-10", quote.amountMinor, "po")], on("2026-01-10")));
    expect(state.status).toBe("paid-off");
    expect(state.transactions.find((t) => t.id === "po")?.allocation?.feesMinor).toBe(want);
    expect(feeIncome(state.journal)).toBe(want);
  });

  it("the old quote (without the fee) no longer pays off: it prepays principal and owes the fee", () => {
    const loan = makeLoan({}, { prepaymentFee: flat });
    const state = unwrap(replay(loan, [...funded, pay("2026-01-10", 1_000_900n, "po")], on("2026-01-10")));
    // 1,000,000 prepays all principal; the 900 left settles 900 of the $100 fee (interest is not due yet).
    expect(state.status).toBe("active");
    expect(state.outstanding.feesMinor).toBe(9_100n);
    expect(state.accruedInterestMinor).toBe(900n);
  });

  it("no fee after maturity: nothing is repaid ahead of schedule", () => {
    const loan = makeLoan({ numberOfPayments: 1 }, { prepaymentFee: flat });
    const quote = unwrap(quotePayoff(loan, funded, on("2026-02-10")));
    expect(quote.breakdown.prepaymentFeeMinor).toBe(0n);
    expect(quote.amountMinor).toBe(1_004_000n); // 1,000,000 + 40 days × 100
  });
});

describe("prepayment fee on a partial prepayment", () => {
  it.each([
    // 1 Feb: 84,990 pays installment 1; 100,000 more prepays principal.
    { name: "2 % of the 100,000 prepaid", fee: twoPercent("prepaid-amount"), want: 2_000n },
    // Principal not yet due before the prepayment: 1,000,000 − 81,890 = 918,110; 2 % = 18,362.2.
    { name: "2 % of the 918,110 outstanding", fee: twoPercent("outstanding-principal"), want: 18_362n },
    { name: "flat $100", fee: flat, want: 10_000n },
  ])("$name: a fee due on the payment date, settled by the next money received", ({ fee, want }) => {
    const loan = makeLoan({}, { prepaymentFee: fee });
    const events = [...funded, pay("2026-02-01", 184_990n, "p1")];
    const state = unwrap(replay(loan, events, on("2026-02-01")));
    expect(state.charges.find((c) => c.id === "prepayment-fee:p1")?.amountMinor).toBe(want);
    expect(state.outstanding).toMatchObject({ principalMinor: 818_110n, feesMinor: want });
    // The next payment settles the fee first (its date is older than installment 2's).
    const next = unwrap(replay(loan, [...events, pay("2026-02-05", want, "p2")], on("2026-02-05")));
    expect(next.transactions.find((t) => t.id === "p2")?.allocation?.feesMinor).toBe(want);
    expect(next.outstanding.feesMinor).toBe(0n);
  });

  it("paying installments on time, or late, never charges it", () => {
    const loan = makeLoan({}, { prepaymentFee: flat });
    const events = [...funded, pay("2026-02-01", 84_990n, "p1"), pay("2026-03-20", 84_990n + 2_500n, "p2")];
    const state = unwrap(replay(loan, events, on("2026-03-20")));
    expect(state.transactions.some((t) => t.type === "prepayment-fee")).toBe(false);
  });
});
