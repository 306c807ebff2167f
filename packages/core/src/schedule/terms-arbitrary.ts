/**
 * Test support: random valid schedule terms (every frequency, amortization, interest method, day count, rounding
 * mode, grace, balloon and odd first period), shared by the schedule property tests.
 */
import fc from "fast-check";
import { addDays, date } from "../calendar/index.js";
import type { Amortization, Frequency, ScheduleTermsInput } from "./terms.js";

const frequencies: Frequency[] = [
  "weekly",
  "biweekly",
  "semi-monthly",
  "monthly",
  "quarterly",
  "yearly",
  "every-14-days",
  "every-15-days",
  "every-28-days",
  "every-3-weeks",
];
const amortizations: Amortization[] = ["equal-installments", "equal-principal", "interest-only"];

/** Raw terms that pass `validateScheduleTerms`. */
export const termsArbitrary = fc
  .record({
    principalMinor: fc.bigInt({ min: 1n, max: 10_000_000_000n }),
    rateHundredths: fc.integer({ min: 0, max: 5_000 }),
    numberOfPayments: fc.integer({ min: 1, max: 400 }),
    frequency: fc.constantFrom(...frequencies),
    amortization: fc.constantFrom(...amortizations),
    flat: fc.boolean(),
    daily: fc.boolean(),
    disbursementOffset: fc.integer({ min: 0, max: 3_000 }),
    firstGapDays: fc.integer({ min: 1, max: 120 }),
    multiple: fc.constantFrom(1n, 100n),
    mode: fc.constantFrom("half-even", "half-up", "down", "up") as fc.Arbitrary<
      "half-even" | "half-up" | "down" | "up"
    >,
    grace: fc.integer({ min: 0, max: 3 }),
    interestGrace: fc.integer({ min: 0, max: 3 }),
    balloonPercent: fc.integer({ min: 0, max: 60 }),
    dayCount: fc.constantFrom(
      "actual/actual-isda",
      "actual/365-fixed",
      "actual/360",
      "30/360-us",
      "30e/360",
      "actual/364",
    ) as fc.Arbitrary<ScheduleTermsInput["dayCount"]>,
  })
  .map((r): ScheduleTermsInput => {
    const disbursement = addDays(date("2020-01-01"), r.disbursementOffset);
    const grace = Math.min(r.grace, r.numberOfPayments - 1);
    const amortization = r.flat ? "equal-installments" : r.amortization;
    const balloon =
      amortization === "equal-installments" && !r.flat ? (r.principalMinor * BigInt(r.balloonPercent)) / 100n : 0n;
    return {
      currency: "USD",
      principalMinor: r.principalMinor,
      annualRatePercent: (r.rateHundredths / 100).toFixed(2),
      disbursementDate: disbursement,
      firstPaymentDate: addDays(disbursement, r.firstGapDays),
      numberOfPayments: r.numberOfPayments,
      frequency: r.frequency,
      interestMethod: r.flat ? "flat" : "declining-balance",
      amortization,
      interestCalculation: r.daily ? "daily" : "periodic",
      dayCount: r.dayCount,
      principalGracePeriods: grace,
      interestGracePeriods: Math.min(r.interestGrace, grace),
      ...(balloon > 0n ? { balloonMinor: balloon } : {}),
      rounding: { installmentMultipleMinor: r.multiple, mode: r.mode, interestMode: r.mode },
    };
  });
