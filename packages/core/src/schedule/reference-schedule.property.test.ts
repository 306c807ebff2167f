import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, type BusinessDayConvention, businessCalendar, date } from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import { buildSchedule, regularPaymentMinor } from "./build-schedule.js";
import { unadjustedDueDate } from "./due-dates.js";
import { referenceDueDate, referenceSchedule } from "./reference-schedule.js";
import { type Frequency, type ScheduleTermsInput, validateScheduleTerms } from "./terms.js";
import { termsArbitrary } from "./terms-arbitrary.js";

const weekends = businessCalendar({ name: "weekends", holidays: [date("2026-12-25"), date("2027-01-01")] });

/** The shared terms, plus rates with up to 6 decimals, long monthly terms, fees and business-day moves. */
const extendedArbitrary = fc
  .tuple(
    termsArbitrary,
    fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: undefined }),
    fc.option(fc.constantFrom<BusinessDayConvention>("following", "modified-following", "preceding"), {
      nil: undefined,
    }),
    fc.option(fc.bigInt({ min: 1n, max: 5_000n }), { nil: undefined }),
    fc.option(fc.integer({ min: 300, max: 480 }), { nil: undefined }),
  )
  .map(([input, rateMillionths, convention, fee, longTerm]): ScheduleTermsInput => {
    const long = longTerm !== undefined ? { numberOfPayments: longTerm, frequency: "monthly" as const } : {};
    return {
      ...input,
      ...long,
      ...(rateMillionths !== undefined ? { annualRatePercent: (rateMillionths / 1e6).toFixed(6) } : {}),
      ...(convention ? { businessDays: { calendar: weekends, convention } } : {}),
      ...(fee !== undefined ? { feesPerInstallmentMinor: fee } : {}),
      principalGracePeriods: Math.min(
        input.principalGracePeriods ?? 0,
        (long.numberOfPayments ?? input.numberOfPayments) - 1,
      ),
    };
  });

describe("buildSchedule equals the straightforward reference computation", () => {
  it("same rows, dates and totals over random terms", () => {
    fc.assert(
      fc.property(extendedArbitrary, (input) => {
        const validated = validateScheduleTerms(input);
        // A "preceding" move can put the first due date on or before the disbursement: refused, not scheduled.
        fc.pre(validated.ok || validated.error.code !== "first_payment_before_disbursement");
        const terms = unwrap(validated);
        const schedule = unwrap(buildSchedule(terms));
        expect(schedule).toEqual(referenceSchedule(terms));
        if (
          terms.amortization === "equal-installments" &&
          terms.interestMethod !== "flat" &&
          terms.numberOfPayments > 1
        ) {
          const grace = terms.principalGracePeriods ?? 0;
          const row = schedule.rows[grace]!;
          // without an interest-grace carry-over, the first amortizing row pays the level amount (or more)
          if (!terms.interestGracePeriods && row.balanceMinor > 0n) {
            expect(row.totalMinor - row.feesMinor >= regularPaymentMinor(terms) || row.principalMinor === 0n).toBe(
              true,
            );
          }
        }
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it("refuses a first due date that a business-day move puts before the disbursement", () => {
    // Found by this property (seed 1921900782): Sunday 2028-03-12 moves back to Friday 2028-03-10, the day
    // before the disbursement, and the first period had -1 days of interest.
    const refused = validateScheduleTerms({
      currency: "USD",
      principalMinor: 100_000n,
      annualRatePercent: "5",
      disbursementDate: "2028-03-11",
      firstPaymentDate: "2028-03-12",
      numberOfPayments: 4,
      frequency: "weekly",
      interestMethod: "declining-balance",
      amortization: "equal-installments",
      interestCalculation: "daily",
      dayCount: "actual/actual-isda",
      rounding: { installmentMultipleMinor: 1n, mode: "half-even", interestMode: "half-even" },
      businessDays: { calendar: weekends, convention: "preceding" },
    });
    expect(refused.ok ? "accepted" : refused.error.code).toBe("first_payment_before_disbursement");
  });

  it("unadjustedDueDate matches calendar month arithmetic for any k, forwards and backwards", () => {
    const frequencies: Frequency[] = ["weekly", "biweekly", "semi-monthly", "monthly", "quarterly", "yearly"];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20_000 }),
        fc.constantFrom(...frequencies),
        fc.integer({ min: -30, max: 500 }),
        (offset, frequency, k) => {
          const terms = unwrap(
            validateScheduleTerms({
              currency: "USD",
              principalMinor: 100_000n,
              annualRatePercent: "5",
              disbursementDate: "1999-12-31",
              firstPaymentDate: addDays(date("2000-01-01"), offset),
              numberOfPayments: 12,
              frequency,
              interestMethod: "declining-balance",
              amortization: "equal-installments",
              interestCalculation: "periodic",
              dayCount: "30/360-us",
              rounding: { installmentMultipleMinor: 1n, mode: "half-even", interestMode: "half-even" },
            }),
          );
          expect(unadjustedDueDate(terms.firstPaymentDate, frequency, k).date).toBe(referenceDueDate(terms, k));
        },
      ),
      { numRuns: 500 },
    );
  });
});
