import { describe, expect, it } from "vitest";
import { unwrap } from "../errors/index.js";
import { disburse, makeLoan, on, pay } from "./fixtures.js";
import { quotePayoff } from "./payoff.js";

// Issue 13: payoff interest to the payoff date (default) or to the end of the current period. The fixture loan is
// $10,000 at 3.65 % on Actual/365 from 2026-01-01, due monthly from 2026-02-01 ($849.90): $1.00 of interest a day.
const events = [disburse("2026-01-01", 1_000_000n, "dsb"), pay("2026-02-01", 84_990n, "p1")];
const toPeriodEnd = makeLoan({}, { payoffInterest: "to-period-end" });
const quote = (loan: typeof toPeriodEnd, day: string) => unwrap(quotePayoff(loan, events, on(day)));

describe("policy.payoffInterest", () => {
  it("default to-payoff-date: 9 days of interest on 2026-01-10 (1,000,000 + 9 × 100)", () => {
    expect(quote(makeLoan(), "2026-01-10").amountMinor).toBe(1_000_900n);
  });
  it("to-period-end on 2026-01-10: the whole 31-day first period, 31 × 100 = 3,100; later events are ignored", () => {
    const result = quote(toPeriodEnd, "2026-01-10");
    expect(result.breakdown.interestMinor).toBe(3_100n);
    expect(result.amountMinor).toBe(1_003_100n);
  });
  // After $849.90 on 2026-02-01 (interest 31.00, principal 818.90) the balance is $9,181.10. On 2026-02-10:
  // 918,110 × 3.65 % × 9/365 = 826.3 → 826 to date; × 28/365 (to 2026-03-01) = 2,570.7 → 2,571 to period end.
  it("to-period-end on 2026-02-10: 28 days (2,571) instead of 9 (826)", () => {
    expect(quote(makeLoan(), "2026-02-10").breakdown.interestMinor).toBe(826n);
    const result = quote(toPeriodEnd, "2026-02-10");
    expect(result.breakdown.interestMinor).toBe(2_571n);
    expect(result.amountMinor).toBe(918_110n + 2_571n);
  });
  it("after the last due date both conventions quote the same", () => {
    expect(quote(toPeriodEnd, "2027-02-15")).toEqual(quote(makeLoan(), "2027-02-15"));
  });
});
