import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysBetween, yearFraction } from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import { buildSchedule } from "./build-schedule.js";
import { dueDates, periodsPerYearRatio } from "./due-dates.js";
import { type Frequency, frequencyIntervalDays, type ScheduleTermsInput, validateScheduleTerms } from "./terms.js";

// Issue 13: every-N-days and every-N-weeks frequencies, and the Actual/364 day count for weekly products.
const base: ScheduleTermsInput = {
  currency: "USD",
  principalMinor: 100_000n,
  annualRatePercent: "36.5",
  disbursementDate: "2026-01-01",
  firstPaymentDate: "2026-01-15",
  numberOfPayments: 4,
  frequency: "every-14-days",
  interestMethod: "declining-balance",
  amortization: "equal-installments",
  interestCalculation: "periodic",
  dayCount: "actual/365-fixed",
  rounding: { installmentMultipleMinor: 1n, mode: "half-up", interestMode: "half-up" },
};
const build = (overrides: Partial<ScheduleTermsInput>) =>
  unwrap(buildSchedule(unwrap(validateScheduleTerms({ ...base, ...overrides }))));
const totals = (overrides: Partial<ScheduleTermsInput>) => build(overrides).rows.map((row) => row.totalMinor);
const interest = (overrides: Partial<ScheduleTermsInput>) => build(overrides).rows.map((row) => row.interestMinor);

describe("every-N-days and every-N-weeks frequencies", () => {
  it("parses the interval and refuses N out of range", () => {
    expect(frequencyIntervalDays("every-28-days")).toBe(28);
    expect(frequencyIntervalDays("every-3-weeks")).toBe(21);
    expect(frequencyIntervalDays("monthly")).toBeUndefined();
    for (const frequency of ["every-0-days", "every-367-days", "every-53-weeks", "every-1.5-days", "every-14-day"]) {
      const result = validateScheduleTerms({ ...base, frequency: frequency as Frequency });
      expect(!result.ok && result.error.code).toBe("invalid_term");
    }
  });
  it("counts 365/N or 52/N periods a year (Appendix J (b)(4): 365 days, 52 weeks)", () => {
    expect(periodsPerYearRatio("every-15-days")).toEqual({ numerator: 365n, denominator: 15n });
    expect(periodsPerYearRatio("every-4-weeks")).toEqual({ numerator: 52n, denominator: 4n });
  });
  it("due dates step N days from the first payment", () => {
    const terms = unwrap(validateScheduleTerms({ ...base, frequency: "every-15-days" }));
    expect(dueDates(terms)).toEqual(["2026-01-15", "2026-01-30", "2026-02-14", "2026-03-01"]);
  });
  // Hand-computed (Python Decimal, 50 digits): 36.5 % × 14/365 = 1.4 % a period; PMT(1.4 %, 4, −1000) = 258.8121…
  // → $258.81; interest 14.00, 10.57, 7.10, 3.57 (half-up on each balance); the last row settles to $258.81.
  it("$1,000 at 36.5 % every 14 days × 4: 1.4 % a period, 4 × $258.81", () => {
    expect(totals({})).toEqual([25_881n, 25_881n, 25_881n, 25_881n]);
    expect(interest({})).toEqual([1_400n, 1_057n, 710n, 357n]);
  });
  // 36.5 % × 28/365 = 2.8 %; PMT(2.8 %, 4, −1000) = 267.7358… → $267.74, last $267.75; interest 28.00, 21.29, 14.39, 7.29.
  it("$1,000 at 36.5 % every 28 days × 4: 2.8 % a period", () => {
    const overrides = { frequency: "every-28-days", firstPaymentDate: "2026-01-29" } as const;
    expect(totals(overrides)).toEqual([26_774n, 26_774n, 26_774n, 26_775n]);
    expect(interest(overrides)).toEqual([2_800n, 2_129n, 1_439n, 729n]);
  });
});

describe("Actual/364: a 364-day year for weekly products", () => {
  // 52 % a year every 2 weeks: periodic 52 %/26 = 2 % a period; PMT(2 %, 4, −1000) = 262.6238 → $262.62, last $262.64.
  const periodic = { annualRatePercent: "52", frequency: "every-2-weeks" } as const;
  it("daily interest on Actual/364 equals the periodic rate: 14 days × 52 %/364 = 2 %", () => {
    const daily = { ...periodic, interestCalculation: "daily", dayCount: "actual/364" } as const;
    expect(totals(periodic)).toEqual([26_262n, 26_262n, 26_262n, 26_264n]);
    expect(build(daily).rows).toEqual(build(periodic).rows);
  });
  it("on Actual/365 a 14-day period earns 14/365 × 52 % = 1.9945 %: interest 19.95 on $1,000, not 20.00", () => {
    const daily = { ...periodic, interestCalculation: "daily", dayCount: "actual/365-fixed" } as const;
    expect(interest(daily)[0]).toBe(1_995n);
  });
  it("yearFraction: 7 days is exactly 1/52", () => {
    expect(yearFraction("2026-01-01" as never, "2026-01-08" as never, "actual/364")).toEqual({
      numerator: 7n,
      denominator: 364n,
    });
  });
  it("property: with whole-week periods, daily Actual/364 and periodic schedules agree", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 60 }),
        fc.bigInt({ min: 1_000n, max: 100_000_000n }),
        fc.integer({ min: 0, max: 5_000 }),
        (weeks, n, principalMinor, rateHundredths) => {
          const frequency = `every-${weeks}-weeks` as Frequency;
          const first = new Date(Date.UTC(2026, 0, 1 + 7 * weeks)).toISOString().slice(0, 10);
          expect(daysBetween("2026-01-01" as never, first as never)).toBe(7 * weeks);
          const given = {
            frequency,
            numberOfPayments: n,
            principalMinor,
            firstPaymentDate: first,
            annualRatePercent: (rateHundredths / 100).toFixed(2),
          };
          const daily = build({ ...given, interestCalculation: "daily", dayCount: "actual/364" });
          expect(daily.rows).toEqual(build(given).rows);
        },
      ),
      { numRuns: 200 },
    );
  });
});
