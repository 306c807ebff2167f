import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, date, type LocalDate, toEpochDay } from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import { buildSchedule } from "./build-schedule.js";
import { type ScheduleTermsInput, validateScheduleTerms } from "./terms.js";

// Issue 13: an odd (broken) first period under 30/360, its leftover days counted over 360 (`day-count`, default) or
// as actual days over the actual days of the month they fall in (`actual-days-of-period`).
//
// $10,000 at 12 % periodic (1 % a month), 30/360 US, disbursed 2026-01-15, first payment 2026-03-01, 12 monthly.
// The whole period is 2026-02-01..03-01; the stub is 2026-01-15..02-01: 16 days under 30/360, 17 actual days of
// January's 31.
// - day-count: first period rate 1 % + 12 % × 16/360 → interest $153.33
// - actual-days-of-period: 1 % × (1 + 17/31) → interest $154.84
// Independently computed (Python fractions.Fraction, exact): PMT = L(1 + c)(1 + i)^11 / Σ_{j<12} (1 + i)^j, rows
// walked with each interest half-up: day-count 893.1796 → $893.18, last $893.16; actual-days-of-period 893.3120 →
// $893.31, last $893.33.
const base: ScheduleTermsInput = {
  currency: "USD",
  principalMinor: 1_000_000n,
  annualRatePercent: "12",
  disbursementDate: "2026-01-15",
  firstPaymentDate: "2026-03-01",
  numberOfPayments: 12,
  frequency: "monthly",
  interestMethod: "declining-balance",
  amortization: "equal-installments",
  interestCalculation: "periodic",
  dayCount: "30/360-us",
  rounding: { installmentMultipleMinor: 1n, mode: "half-up", interestMode: "half-up" },
};
const rowsOf = (overrides: Partial<ScheduleTermsInput>) =>
  unwrap(buildSchedule(unwrap(validateScheduleTerms({ ...base, ...overrides })))).rows;

/** Days from `from` to `to`, counted one calendar day at a time (not by the calendar module's epoch-day maths). */
function countDays(from: LocalDate, to: LocalDate): number {
  let days = 0;
  for (let day = from; day < to; day = addDays(day, 1)) days += 1;
  return days;
}

/** round-half-up(numerator / denominator) for positive values. */
const halfUp = (numerator: bigint, denominator: bigint) => (2n * numerator + denominator) / (2n * denominator);

describe("brokenPeriodInterest", () => {
  it("default `day-count`: 16/360 of 12 % on the stub → first interest $153.33, $893.18 × 11, last $893.16", () => {
    const rows = rowsOf({});
    expect(rows[0]!.interestMinor).toBe(15_333n);
    expect(rows.slice(0, 11).every((row) => row.totalMinor === 89_318n)).toBe(true);
    expect(rows[11]!.totalMinor).toBe(89_316n);
    expect(rowsOf({ brokenPeriodInterest: "day-count" })).toEqual(rows);
  });

  it("`actual-days-of-period`: 17 of January's 31 days of 1 % → $154.84, $893.31 × 11, last $893.33", () => {
    const rows = rowsOf({ brokenPeriodInterest: "actual-days-of-period" });
    const stubDays = BigInt(countDays(date("2026-01-15"), date("2026-02-01")));
    const januaryDays = BigInt(countDays(date("2026-01-01"), date("2026-02-01")));
    expect([stubDays, januaryDays]).toEqual([17n, 31n]);
    // 1,000,000 × 1 % × (1 + 17/31)
    expect(rows[0]!.interestMinor).toBe(halfUp(1_000_000n * (januaryDays + stubDays), 100n * januaryDays));
    expect(rows[0]!.interestMinor).toBe(15_484n);
    expect(rows.slice(0, 11).every((row) => row.totalMinor === 89_331n)).toBe(true);
    expect(rows[11]!.totalMinor).toBe(89_333n);
    // Regular periods still earn exactly 1 % of the balance before them.
    for (let k = 1; k < rows.length; k++) {
      expect(rows[k]!.interestMinor).toBe(halfUp(rows[k - 1]!.balanceMinor, 100n));
    }
  });

  it("a first period of whole months only is unchanged by the option", () => {
    const whole = { disbursementDate: "2026-01-01", firstPaymentDate: "2026-02-01" } as const;
    expect(rowsOf({ ...whole, brokenPeriodInterest: "actual-days-of-period" })).toEqual(rowsOf(whole));
  });

  it("property: the first interest is P × r/12 × (w + s/D), s and D counted day by day", () => {
    const input = fc.record({
      stubDays: fc.integer({ min: 0, max: 27 }),
      wholeMonths: fc.integer({ min: 0, max: 2 }),
      rateTenths: fc.integer({ min: 1, max: 360 }),
      principalMinor: fc.bigInt({ min: 10_000n, max: 100_000_000n }),
    });
    fc.assert(
      fc.property(input, ({ stubDays, wholeMonths, rateTenths, principalMinor }) => {
        const firstPaymentDate = date(["2026-03-01", "2026-04-01", "2026-05-01"][wholeMonths]!);
        const disbursementDate = addDays(date("2026-02-01"), -stubDays);
        const rows = rowsOf({
          principalMinor,
          annualRatePercent: `${Math.trunc(rateTenths / 10)}.${rateTenths % 10}`,
          disbursementDate,
          firstPaymentDate,
          brokenPeriodInterest: "actual-days-of-period",
        });
        const monthDays = BigInt(countDays(date("2026-01-01"), date("2026-02-01")));
        const whole = BigInt(wholeMonths + 1);
        const s = BigInt(countDays(disbursementDate, date("2026-02-01")));
        // Whole months: from the first due date back to 2026-02-01; the stub is the rest, inside January.
        const expected = halfUp(principalMinor * BigInt(rateTenths) * (whole * monthDays + s), 12n * 1000n * monthDays);
        expect(rows[0]!.interestMinor).toBe(expected);
        expect(toEpochDay(rows[0]!.startDate)).toBe(toEpochDay(disbursementDate));
      }),
      { numRuns: 200 },
    );
  });

  it("refuses the option with daily interest", () => {
    const result = validateScheduleTerms({
      ...base,
      interestCalculation: "daily",
      brokenPeriodInterest: "actual-days-of-period",
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: "unsupported_combination", path: ["brokenPeriodInterest"] },
    });
  });
});
