/**
 * Penalty interest and interest after maturity, on the base loan of replay.test.ts: $10,000.00 at
 * 3.65 % Actual/365F ($1.00 of interest a day per $10,000 outstanding), level payment $849.90.
 * Installment 1 (due 2026-02-01) is 31 days of interest = $31.00 plus $818.90 of principal.
 * Penalty rate 36.5 % Actual/365F: 0.1 % of the overdue principal a day, so one day on $818.90 is
 * 81,890 × 36.5 / 100 / 365 = 81.89 cents. Amounts in cents; rounding half-up, remainders carried.
 */
import { describe, expect, it } from "vitest";
import { unwrap } from "../errors/index.js";
import { accountBalance } from "../ledger/index.js";
import { dec } from "../money/index.js";
import { toRateUnits } from "./accrual.js";
import type { LoanEvent } from "./events.js";
import { disburse, makeLoan, on, pay } from "./fixtures.js";
import { quotePayoff } from "./payoff.js";
import { replay } from "./replay.js";

const penalty = (graceDays: number) => ({ penaltyInterest: { rateUnits: toRateUnits(dec("36.5")), graceDays } });
const funded: LoanEvent[] = [disburse("2026-01-01", 1_000_000n, "dsb")];
const income = (state: { journal: Parameters<typeof accountBalance>[0] }) =>
  -accountBalance(state.journal, "penalty_income", "USD", on("2100-01-01"));

describe("penalty interest on overdue principal", () => {
  it.each([
    // 10 days past due, no grace: 10 × 81.89 = 818.90 -> 819.
    { graceDays: 0, paid: "2026-02-11", want: 819n },
    // 5 grace days: only days 6-10 past due count: 5 × 81.89 = 409.45 -> 409.
    { graceDays: 5, paid: "2026-02-11", want: 409n },
    // Paid within the grace days, or on the due date: none.
    { graceDays: 15, paid: "2026-02-11", want: 0n },
    { graceDays: 0, paid: "2026-02-01", want: 0n },
  ])("grace $graceDays, paid $paid: $want cents, settled first by the waterfall", ({ graceDays, paid, want }) => {
    const loan = makeLoan({}, penalty(graceDays));
    const events = [...funded, pay(paid, 84_990n + want, "p1")];
    const state = unwrap(replay(loan, events, on(paid)));
    const payment = state.transactions.find((t) => t.id === "p1");
    expect(payment?.allocation).toMatchObject({ penaltiesMinor: want, interestMinor: 3_100n, principalMinor: 81_890n });
    expect(state.overdue.totalMinor).toBe(0n);
    expect(state.outstanding.penaltiesMinor).toBe(0n);
    expect(income(state)).toBe(want);
  });

  it("is charged before each allocation on the principal still unpaid, carrying the rounding remainder", () => {
    const loan = makeLoan({}, penalty(0));
    // 6 Feb: 5 days on 818.90 = 409.45 -> 409 (0.45 carried); 43,100 pays 409 penalty, 3,100 interest, 39,591 principal.
    // 11 Feb: 5 days on the 42,299 left = 211.495, + 0.45 carried = 211.945 -> 212.
    const events = [...funded, pay("2026-02-06", 43_100n, "p1"), pay("2026-02-11", 42_511n, "p2")];
    const state = unwrap(replay(loan, events, on("2026-02-11")));
    const charges = state.charges.filter((c) => c.kind === "penalty").map((c) => [c.id, c.amountMinor]);
    expect(charges).toEqual([
      ["penalty-interest:2026-02-06", 409n],
      ["penalty-interest:2026-02-11", 212n],
    ]);
    expect(state.transactions.find((t) => t.id === "p1")?.allocation?.principalMinor).toBe(39_591n);
    expect(state.overdue.totalMinor).toBe(0n);
    expect(income(state)).toBe(621n);
  });

  it("shows as accrued, charges at the next due date, and is in the payoff quote", () => {
    const loan = makeLoan({}, penalty(0));
    const mid = unwrap(replay(loan, funded, on("2026-02-11")));
    expect(mid.accruedPenaltyMinor).toBe(819n); // 10 days, not yet charged
    // 1 Mar: 28 days × 81.89 = 2,292.92 -> 2,293 charged when installment 2 falls due.
    const march = unwrap(replay(loan, funded, on("2026-03-01")));
    expect(march.charges.find((c) => c.id === "penalty-interest:2026-03-01")?.amountMinor).toBe(2_293n);
    // Payoff on 11 Feb: principal 1,000,000 + interest 41 days × 100 + late fee 0 (grace 15) + penalty 819.
    const quote = unwrap(quotePayoff(loan, funded, on("2026-02-11")));
    expect(quote.breakdown.penaltiesMinor).toBe(819n);
    expect(quote.amountMinor).toBe(1_004_919n);
    const paid = unwrap(replay(loan, [...funded, pay("2026-02-11", quote.amountMinor, "po")], on("2026-02-11")));
    expect(paid.status).toBe("paid-off");
  });

  it("stops at a charge-off, where the charged penalty is charged off with the rest", () => {
    const loan = makeLoan({}, penalty(0));
    const chargeOff: LoanEvent = { id: "co", type: "charge-off", effectiveDate: on("2026-02-11") };
    const state = unwrap(replay(loan, [...funded, chargeOff], on("2026-04-01")));
    // Penalty 819 (10 days) + the 2,500 late fee is assessed on 17 Feb, after the charge-off: none.
    expect(state.chargedOff?.penaltiesMinor).toBe(819n);
    expect(state.accruedPenaltyMinor).toBe(0n);
  });
});

describe("interest after maturity", () => {
  const oneShot = makeLoan({ numberOfPayments: 1 });
  it("falls due at each regular period after the final due date, as an interest-only installment", () => {
    const state = unwrap(replay(oneShot, funded, on("2026-03-15")));
    // Installment 1 (1 Feb): 1,000,000 principal + 31 days × 100 interest, unpaid.
    // Installment 2 (1 Mar, one month later): the 28 days of February = 2,800 of interest.
    // Accrued, not yet due: 1 Mar to 15 Mar = 14 days = 1,400; the next period ends 1 Apr.
    expect(state.installments.map((i) => [i.dueDate, i.principalDueMinor, i.interestDueMinor, i.status])).toEqual([
      ["2026-02-01", 1_000_000n, 3_100n, "overdue"],
      ["2026-03-01", 0n, 2_800n, "overdue"],
    ]);
    // Next due 1 Apr: everything due (1,000,000 + 5,900 + 2,500 late fee) + the 1,400 accrued so far.
    expect(state.nextDue).toEqual({ date: "2026-04-01", amountMinor: 1_009_800n });
    expect(state.overdue.interestMinor).toBe(5_900n);
    expect(state.accruedInterestMinor).toBe(1_400n);
    expect(state.daysPastDue).toBe(42); // from 1 Feb
    // Late fee 2,500 on installment 1 (17 Feb); installment 2's comes on 17 Mar.
    const quote = unwrap(quotePayoff(oneShot, funded, on("2026-03-15")));
    expect(quote.amountMinor).toBe(1_009_800n); // 1,000,000 + 5,900 + 1,400 + 2,500
    const paid = unwrap(replay(oneShot, [...funded, pay("2026-03-15", 1_009_800n, "po")], on("2026-05-01")));
    expect(paid.status).toBe("paid-off");
    expect(paid.installments.length).toBe(2); // no further interest period
    expect(paid.nextDue).toBeNull();
  });

  it("a late final payment of exactly what was due leaves its days of interest due at the next period", () => {
    // Paid 11 Feb: 1,003,100 settles installment 1; 10 days × 100 = 1,000 accrued since 1 Feb falls due 1 Mar.
    const state = unwrap(replay(oneShot, [...funded, pay("2026-02-11", 1_003_100n, "p")], on("2026-03-02")));
    expect(state.installments[1]).toMatchObject({
      dueDate: "2026-03-01",
      interestDueMinor: 1_000n,
      principalDueMinor: 0n,
    });
    expect(state.installments.length).toBe(2); // nothing more accrues, so no further period
    expect(state.outstanding.totalMinor).toBe(1_000n);
  });

  it("with interestAfterMaturity at-payoff, interest only accrues until the payoff", () => {
    const loan = makeLoan({ numberOfPayments: 1 }, { interestAfterMaturity: "at-payoff" });
    const state = unwrap(replay(loan, funded, on("2026-03-15")));
    expect(state.installments.length).toBe(1);
    expect(state.accruedInterestMinor).toBe(4_200n); // 1 Feb to 15 Mar = 42 days
  });
});
