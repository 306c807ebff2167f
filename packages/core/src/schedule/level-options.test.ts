import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { unwrap } from "../errors/index.js";
import { buildSchedule, regularPaymentMinor } from "./build-schedule.js";
import { type ScheduleTermsInput, validateScheduleTerms } from "./terms.js";
import { termsArbitrary } from "./terms-arbitrary.js";

// Issue 13: the level payment solved from each period's actual rate, the last-installment adjustment, and the
// installment multiple not applied to equal-principal.
const base: ScheduleTermsInput = {
  currency: "USD",
  principalMinor: 1_000_000n,
  annualRatePercent: "12",
  disbursementDate: "2026-01-01",
  firstPaymentDate: "2026-02-01",
  numberOfPayments: 12,
  frequency: "monthly",
  interestMethod: "declining-balance",
  amortization: "equal-installments",
  interestCalculation: "daily",
  dayCount: "actual/365-fixed",
  rounding: { installmentMultipleMinor: 1n, mode: "half-up", interestMode: "half-up" },
};
const terms = (overrides: Partial<ScheduleTermsInput>) => unwrap(validateScheduleTerms({ ...base, ...overrides }));
const totals = (overrides: Partial<ScheduleTermsInput>) =>
  unwrap(buildSchedule(terms(overrides))).rows.map((row) => row.totalMinor);

// $10,000 at 12 % over 12 months from 2026-01-01, interest daily on Actual/365 (periods of 31, 28, 31, 30, … days).
// Independently computed (Python Decimal, 80 digits; /tmp reference simulation, each period's interest half-up):
// regular solve: 1 % a period with the 31-day first period's own rate → $888.66 (888.6566 exact), last $883.53;
// actual-rate solve: L = P·Π(1 + r_k) / Σ_j Π_(k>j)(1 + r_k), r_k = 12 % × days_k / 365 → 888.2563 → $888.26, last
// $888.23; brute force over ±$0.50 around $888.66 also finds $888.26 the closest-last payment.
describe("levelPaymentRates", () => {
  it("default `regular`: $888.66 with a last installment of $883.53", () => {
    const rows = totals({});
    expect(rows.slice(0, 11).every((total) => total === 88_866n)).toBe(true);
    expect(rows[11]).toBe(88_353n);
  });
  it("`actual`: each period's actual days → $888.26, last $888.23", () => {
    const rows = totals({ levelPaymentRates: "actual" });
    expect(regularPaymentMinor(terms({ levelPaymentRates: "actual" }))).toBe(88_826n);
    expect(rows.slice(0, 11).every((total) => total === 88_826n)).toBe(true);
    expect(rows[11]).toBe(88_823n);
  });
  it("`actual` with periodic interest equals the regular solve (the periods' rates are the regular one)", () => {
    const periodic = { interestCalculation: "periodic", dayCount: "30/360-us" } as const;
    expect(totals({ ...periodic, levelPaymentRates: "actual" })).toEqual(totals(periodic));
  });
});

describe("isLastInstallmentAdjusted", () => {
  it("re-picks $888.26 from $888.66 so the last installment is $888.23 (brute force agrees)", () => {
    const rows = totals({ isLastInstallmentAdjusted: true });
    expect(rows[0]).toBe(88_826n);
    expect(rows[11]).toBe(88_823n);
  });
  it("property: the adjusted last installment is never further from the level payment than the unadjusted", () => {
    fc.assert(
      fc.property(termsArbitrary, (input) => {
        const gap = (adjusted: boolean) => {
          const given = unwrap(validateScheduleTerms({ ...input, isLastInstallmentAdjusted: adjusted }));
          const rows = unwrap(buildSchedule(given)).rows;
          const level = regularPaymentMinor(given);
          const last = rows.at(-1)!;
          const difference = last.principalMinor + last.interestMinor - (given.balloonMinor ?? 0n) - level;
          return difference < 0n ? -difference : difference;
        };
        expect(gap(true)).toBeLessThanOrEqual(gap(false));
      }),
      { numRuns: 300 },
    );
  });
});

// $1,000 at 0 % in 3 equal-principal installments, rounded to whole dollars: 1000/3 = 333.33….
describe("rounding.multipleAppliesTo", () => {
  const equalPrincipal = {
    principalMinor: 100_000n,
    annualRatePercent: "0",
    numberOfPayments: 3,
    amortization: "equal-principal",
  } as const;
  it("default `all`: $333, $333, $334", () => {
    const rounding = { installmentMultipleMinor: 100n, mode: "half-up", interestMode: "half-up" } as const;
    expect(totals({ ...equalPrincipal, rounding })).toEqual([33_300n, 33_300n, 33_400n]);
  });
  it("`level-installments`: equal principal is not rounded to the multiple: $333.33, $333.33, $333.34", () => {
    const rounding = {
      installmentMultipleMinor: 100n,
      mode: "half-up",
      interestMode: "half-up",
      multipleAppliesTo: "level-installments",
    } as const;
    expect(totals({ ...equalPrincipal, rounding })).toEqual([33_333n, 33_333n, 33_334n]);
    expect(totals({ rounding })[0]! % 100n).toBe(0n);
  });
});
