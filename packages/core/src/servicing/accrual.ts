import { type DayCountConvention, type LocalDate, yearFraction } from "../calendar/index.js";
import { InvariantError } from "../errors/index.js";
import { type Decimal, divideRounded, pow10, type RoundingMode } from "../money/index.js";

/**
 * Exact interest accrual. Rates are held as integer units of 10^-10 percent a year (`rateUnits`),
 * the most precision ScheduleTerms accepts. Interest on `principalMinor` over a span is
 *
 *   principalMinor × rateUnits × Δdays / (100 × 10^10 × D)
 *
 * where Δdays / D is the day-count year fraction. The numerator is summed exactly as a bigint
 * (`scaled`), so nothing is lost between days; it is rounded to the minor unit only when interest
 * falls due (or a payoff crystallizes it), once per period. The rounding rest (under one minor
 * unit) is dropped, not carried into the next period, so each installment's interest is its own
 * period's interest rounded, as the schedule module computes each row.
 *
 * Day counts are measured from the start of the accrual period (the last due date): the span
 * [a, b) earns N(b) − N(a) with N(x) = yearFraction(periodStart, x).numerator. That telescopes,
 * so accruing day by day, in spans, or in one step gives the same numerator, including for the
 * 30/360 conventions whose day counts are not additive day by day.
 *
 * @see ISDA 2006 Definitions, Section 4.16 (day count fractions)
 */

/**
 * Decimals of percent held in `rateUnits`.
 *
 * @example
 * toRateUnits(dec("1")) === 10n ** BigInt(rateScale)
 */
export const rateScale = 10;
const rateFactor = pow10(rateScale);

/**
 * Percent a year as integer units of 10^-10 percent; throws for more decimals (terms validation
 * refuses them first).
 *
 * @example toRateUnits(dec("6.5")) === 65_000_000_000n
 */
export function toRateUnits(ratePercent: Decimal): bigint {
  if (ratePercent.scale > rateScale) {
    const factor = pow10(ratePercent.scale - rateScale);
    if (ratePercent.units % factor !== 0n) throw new InvariantError("rate has more than 10 decimals");
    return ratePercent.units / factor;
  }
  return ratePercent.units * pow10(rateScale - ratePercent.scale);
}

/**
 * The denominator that turns `scaled` into minor units: 100 × 10^10 × the convention's year
 * denominator (365, 360 or 365 × 366).
 *
 * @example accrualDenominator("actual/365-fixed") === 365n * 100n * 10n ** 10n
 */
export function accrualDenominator(convention: DayCountConvention): bigint {
  return 100n * rateFactor * yearFraction("2001-01-01" as LocalDate, "2001-01-01" as LocalDate, convention).denominator;
}

/**
 * The period day-count numerator N(x) from the period start.
 *
 * @example periodDays(date("2026-01-01"), date("2026-02-01"), "30/360-us") === 30n
 */
export function periodDays(periodStart: LocalDate, to: LocalDate, convention: DayCountConvention): bigint {
  return yearFraction(periodStart, to, convention).numerator;
}

/**
 * Scaled interest for a constant principal and rate over a span of `deltaDays` numerator days.
 *
 * @example scaledInterest(100_000n, toRateUnits(dec("3.65")), 1n) // one day's interest × denominator
 */
export function scaledInterest(principalMinor: bigint, rateUnits: bigint, deltaDays: bigint): bigint {
  return principalMinor * rateUnits * deltaDays;
}

/**
 * Rounds scaled interest to minor units and returns the carried remainder.
 *
 * @example roundAccrued(1_500n, 1_000n, "half-even") // { minor: 2n, remainder: -500n }
 */
export function roundAccrued(
  scaled: bigint,
  denominator: bigint,
  mode: RoundingMode,
): { minor: bigint; remainder: bigint } {
  const minor = divideRounded(scaled, denominator, mode);
  return { minor, remainder: scaled - minor * denominator };
}

/**
 * The interest `principalMinor` accrues from `from` to (not including) `to` at a constant annual rate,
 * as servicing accrues it (the day-count numerator over the convention's year), rounded once by `mode`.
 *
 * @example periodInterestMinor(1_000_000n, dec("12"), date("2025-02-01"), date("2025-03-01"), "30/360-us", "half-up") === 10_000n
 */
export function periodInterestMinor(
  principalMinor: bigint,
  annualRatePercent: Decimal,
  from: LocalDate,
  to: LocalDate,
  convention: DayCountConvention,
  mode: RoundingMode,
): bigint {
  const scaled = scaledInterest(principalMinor, toRateUnits(annualRatePercent), periodDays(from, to, convention));
  return roundAccrued(scaled, accrualDenominator(convention), mode).minor;
}
