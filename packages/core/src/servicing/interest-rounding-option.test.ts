import { describe, expect, it } from "vitest";
import { unwrap } from "../errors/index.js";
import { disburse, makeLoan, on, pay } from "./fixtures.js";
import { replay } from "./replay.js";

// Issue 13: accrued interest rounded once per period (default) or per sub-period between balance changes.
// $10,000 at 10 % on Actual/365 from 2026-01-01, due monthly from 2026-02-01; an extra $5,000 on 2026-01-11 (nothing
// due yet, so it all reduces the principal). Installment 1's 31 days split into 10 days on $10,000 and 21 on $5,000:
//   1,000,000 × 10 % × 10/365 = 2,739.726…   500,000 × 10 % × 21/365 = 2,876.712…
//   per-period: round(5,616.438…) = 5,616;  per-sub-period: 2,740 + 2,877 = 5,617 (half-up).
const events = [disburse("2026-01-01", 1_000_000n, "dsb"), pay("2026-01-11", 500_000n, "extra")];
const stateOf = (interestRounding: "per-period" | "per-sub-period" | undefined, day: string) =>
  unwrap(replay(makeLoan({ annualRatePercent: "10" }, interestRounding ? { interestRounding } : {}), events, on(day)));

/** round-half-up(numerator / denominator) for positive values. */
const halfUp = (numerator: bigint, denominator: bigint) => (2n * numerator + denominator) / (2n * denominator);

describe("policy.interestRounding", () => {
  it("the extra payment leaves $5,000 of principal", () => {
    expect(stateOf(undefined, "2026-01-12").principalBalanceMinor).toBe(500_000n);
  });
  it("default per-period: installment 1's interest is the period's exact interest rounded once, 5,616", () => {
    const expected = halfUp(1_000_000n * 10n * 10n + 500_000n * 10n * 21n, 100n * 365n);
    expect(expected).toBe(5_616n);
    expect(stateOf(undefined, "2026-02-02").installments[0]!.interestDueMinor).toBe(expected);
    expect(stateOf("per-period", "2026-02-02").installments[0]!.interestDueMinor).toBe(expected);
  });
  it("per-sub-period: each span between balance changes rounded, 2,740 + 2,877 = 5,617", () => {
    const first = halfUp(1_000_000n * 10n * 10n, 100n * 365n);
    const second = halfUp(500_000n * 10n * 21n, 100n * 365n);
    expect([first, second]).toEqual([2_740n, 2_877n]);
    expect(stateOf("per-sub-period", "2026-02-02").installments[0]!.interestDueMinor).toBe(first + second);
  });
  it("per-sub-period with no balance change inside a period equals per-period", () => {
    const plain = [disburse("2026-01-01", 1_000_000n, "dsb"), pay("2026-02-01", 84_990n, "p1")];
    const loan = (interestRounding?: "per-sub-period") =>
      makeLoan({ annualRatePercent: "10" }, interestRounding ? { interestRounding } : {});
    const a = unwrap(replay(loan(), plain, on("2026-03-02"))).installments.map((i) => i.interestDueMinor);
    const b = unwrap(replay(loan("per-sub-period"), plain, on("2026-03-02"))).installments.map(
      (i) => i.interestDueMinor,
    );
    expect(b).toEqual(a);
  });
});
