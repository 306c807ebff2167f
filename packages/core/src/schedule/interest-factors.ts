import { type DayCountConvention, type LocalDate, toEpochDay, yearFraction } from "../calendar/index.js";
import { pow10 } from "../money/index.js";
import { type DayPoint, firstPeriodSplit, periodsPerYearRatio, unadjustedDueDate } from "./due-dates.js";
import type { ScheduleTerms } from "./terms.js";

/**
 * Each period's interest rate as an exact fraction over one common denominator: the interest of period k on a
 * balance B is `B × numerators[k] / denominator`, rounded once. With an annual rate of `units × 10^-scale` percent,
 * `P = p/q` periods a year (q = 1 but for `every-N-days` 365/N and `every-N-weeks` 52/N) and a day count whose year
 * fractions have denominator `Y`:
 *
 * - denominator = 100 × 10^scale × p × Y
 * - a regular periodic period: rate / P → numerator = units × q × Y
 * - the odd first period (periodic): w whole periods counted back from the first due date plus the leftover
 *   year fraction n/Y → rate × (w / P + n / Y) → numerator = units × (w × q × Y + p × n)
 * - a daily period: rate × (its year fraction n/Y) → numerator = units × p × n
 * - with `brokenPeriodInterest: "actual-days-of-period"`, the leftover is s actual days over the D actual days of
 *   the regular period it falls in: rate × (w + s/D) / P; every numerator and the denominator are multiplied by D,
 *   so the first numerator is units × q × Y × (w × D + s)
 */
export interface InterestFactors {
  readonly denominator: bigint;
  /** One per installment. */
  readonly numerators: ReadonlyArray<bigint>;
  /** The regular period's numerator (rate / periods per year). */
  readonly regularNumerator: bigint;
}

/** The denominator a day count uses for every year fraction (365, 360 or 365 × 366), per calendar/day-count. */
function dayCountDenominator(terms: ScheduleTerms): bigint {
  return yearFraction(terms.disbursementDate, terms.disbursementDate, terms.dayCount).denominator;
}

/** Exact per-period interest fractions of the terms, for due dates `points`. */
export function interestFactors(terms: ScheduleTerms, points: ReadonlyArray<DayPoint>): InterestFactors {
  const rate = terms.annualRatePercent;
  const { numerator: perYear, denominator: perYearDenominator } = periodsPerYearRatio(terms.frequency);
  const yearDenominator = dayCountDenominator(terms);
  const denominator = 100n * pow10(rate.scale) * perYear * yearDenominator;
  const regularNumerator = rate.units * perYearDenominator * yearDenominator;
  const n = points.length;
  const numerators: bigint[] = new Array(n);
  if (terms.interestCalculation === "daily" && isActualDays(terms.dayCount)) {
    // An actual-days year fraction's numerator is the days between the points: no date strings to read.
    const unitsPerYear = rate.units * perYear;
    let startDay = toEpochDay(terms.disbursementDate);
    for (let k = 0; k < n; k++) {
      const endDay = points[k]!.epochDay;
      numerators[k] = unitsPerYear * BigInt(endDay - startDay);
      startDay = endDay;
    }
  } else if (terms.interestCalculation === "daily") {
    let start = terms.disbursementDate;
    for (let k = 0; k < n; k++) {
      const end = points[k]!.date;
      numerators[k] = rate.units * perYear * yearFraction(start, end, terms.dayCount).numerator;
      start = end;
    }
  } else {
    const { wholePeriods, wholeStart } = firstPeriodSplit(terms);
    if (terms.brokenPeriodInterest === "actual-days-of-period" && n > 0) {
      const brokenStart = unadjustedDueDate(terms.firstPaymentDate, terms.frequency, -(wholePeriods + 1)).date;
      const periodDays = BigInt(daysBetween(brokenStart, wholeStart));
      const stubDays = BigInt(daysBetween(terms.disbursementDate, wholeStart));
      numerators.fill(regularNumerator * periodDays);
      numerators[0] = regularNumerator * (BigInt(wholePeriods) * periodDays + stubDays);
      return { denominator: denominator * periodDays, numerators, regularNumerator: regularNumerator * periodDays };
    }
    const leftover = yearFraction(terms.disbursementDate, wholeStart, terms.dayCount).numerator;
    numerators.fill(regularNumerator);
    const whole = BigInt(wholePeriods) * perYearDenominator * yearDenominator;
    if (n > 0) numerators[0] = rate.units * (whole + perYear * leftover);
  }
  return { denominator, numerators, regularNumerator };
}

/** Day counts whose year fraction is actual days over a fixed year (`calendar/day-count.ts`). */
function isActualDays(dayCount: DayCountConvention): boolean {
  return dayCount === "actual/365-fixed" || dayCount === "actual/360" || dayCount === "actual/364";
}

function daysBetween(from: LocalDate, to: LocalDate): number {
  return toEpochDay(to) - toEpochDay(from);
}
