import { epochDayOf, monthAnchorDay, monthLength } from "../calendar/civil.js";
import type { LocalDate } from "../calendar/index.js";

/**
 * An Appendix J unit period: `count` days, weeks, semimonths, months or years. Monthly = `{ unit: "month", count: 1 }`,
 * quarterly = `{ unit: "month", count: 3 }`, every 4 weeks = `{ unit: "week", count: 4 }`.
 *
 * @see 12 CFR 1026 Appendix J (b)(3)-(b)(5)
 * @example const monthly: UnitPeriod = { unit: "month", count: 1 };
 */
export interface UnitPeriod {
  readonly unit: "day" | "week" | "semimonth" | "month" | "year";
  readonly count: number;
}

/** Unit periods per year as an exact fraction (365/k days, 52/k weeks, 24 semimonths, 12/k months, 1 year). */
export function unitPeriodsPerYear(period: UnitPeriod): { numerator: bigint; denominator: bigint } {
  const count = BigInt(period.count);
  switch (period.unit) {
    case "day":
      return { numerator: 365n, denominator: count };
    case "week":
      return { numerator: 52n, denominator: count };
    case "semimonth":
      return { numerator: 24n, denominator: 1n };
    case "month":
      return { numerator: 12n, denominator: count };
    case "year":
      return { numerator: 1n, denominator: 1n };
  }
}

/** A date reduced to integers once: year, month, day and epoch day. */
export interface DateNumbers {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly epochDay: number;
}

/** The year of a `YYYY-MM-DD` date, read from its digits. @example yearOf(date("2026-03-01")) === 2026 */
export function yearOf(value: LocalDate): number {
  return (
    value.charCodeAt(0) * 1000 + value.charCodeAt(1) * 100 + value.charCodeAt(2) * 10 + value.charCodeAt(3) - 53328
  );
}

/** The month (1-12) of a `YYYY-MM-DD` date. @example monthOf(date("2026-03-01")) === 3 */
export function monthOf(value: LocalDate): number {
  return value.charCodeAt(5) * 10 + value.charCodeAt(6) - 528; // 528 = 11 × "0"
}

/** The day of month of a `YYYY-MM-DD` date. @example dayOf(date("2026-03-01")) === 1 */
export function dayOf(value: LocalDate): number {
  return value.charCodeAt(8) * 10 + value.charCodeAt(9) - 528;
}

/**
 * A date packed into one integer, (year << 9) | (month << 5) | day, for loops that read each flow's date once.
 *
 * @example packDate(date("2026-03-01")) === (2026 << 9) | (3 << 5) | 1
 */
export function packDate(value: LocalDate): number {
  return (yearOf(value) << 9) | (monthOf(value) << 5) | dayOf(value);
}

/** The packed dates (`packDate`) of flows, in their order. @example packDates(payments)[0] === packDate(payments[0].date) */
export function packDates(flows: ReadonlyArray<{ readonly date: LocalDate }>): Int32Array {
  const packed = new Int32Array(flows.length);
  for (let index = 0; index < flows.length; index++) packed[index] = packDate(flows[index]!.date);
  return packed;
}

/** Reads a `YYYY-MM-DD` date into integers without allocating strings. @example dateNumbers(date("1970-01-02")).epochDay === 1 */
export function dateNumbers(value: LocalDate): DateNumbers {
  const year = yearOf(value);
  const month = monthOf(value);
  const day = dayOf(value);
  return { year, month, day, epochDay: epochDayOf(year, month, day) };
}

/**
 * Whole months from `start` to `end` counted back from `end`, and the days left over at the start. A month-end `end`
 * counts back to month ends; a 29th/30th lands on the last day of February (Appendix J (b)(3)(iv)).
 *
 * Computed from date parts in O(1): counting back `m` whole months, where `m` is the month-index difference, lands
 * in `start`'s month on day min(anchor, length of that month); if that is before `start`, one month fewer lands in
 * the following month, which is always after `start`. A property test checks this against stepping back month by
 * month with the calendar's `addMonths`.
 *
 * @example monthsAndDays(dateNumbers(date("2026-01-15")), dateNumbers(date("2026-03-01"))) // { months: 1, days: 17 }
 */
export function monthsAndDays(start: DateNumbers, end: DateNumbers): { months: number; days: number } {
  const packed = packedMonthsAndDays(start.year, start.month, start.day, end.year, end.month, end.day);
  if (packed < 0) return { months: 0, days: end.epochDay - start.epochDay };
  return { months: Math.floor(packed / monthDaysRadix), days: packed % monthDaysRadix };
}

/** Radix that packs (months, days) into one integer: days ≤ 30 < monthDaysRadix. */
export const monthDaysRadix = 64;

/**
 * `months × 64 + days` from the start date (startYear, startMonth, startDay) to (year, month, day), counted as in
 * `monthsAndDays`, or −1 when the date is before the start. One integer so hot loops allocate nothing.
 *
 * @example packedMonthsAndDays(2026, 1, 15, 2026, 3, 1) === 1 * 64 + 17
 */
export function packedMonthsAndDays(
  startYear: number,
  startMonth: number,
  startDay: number,
  year: number,
  month: number,
  day: number,
): number {
  const months = (year - startYear) * 12 + (month - startMonth);
  if (months < 0) return -1;
  if (day <= 27) {
    // not a month end, and every month has the day: it lands on itself in the start's month or the next one
    if (day >= startDay) return months * monthDaysRadix + (day - startDay);
    if (months === 0) return -1;
    return (months - 1) * monthDaysRadix + (monthLength(startYear, startMonth) - startDay) + day;
  }
  const anchor = monthAnchorDay(year, month, day);
  const startLength = monthLength(startYear, startMonth);
  const landing = Math.min(anchor, startLength); // counted back `months`: in the start's month
  if (landing >= startDay) return months * monthDaysRadix + (landing - startDay);
  if (months === 0) return -1; // same month, earlier day: before the start
  const nextLength = startMonth === 12 ? 31 : monthLength(startYear, startMonth + 1);
  const nextLanding = Math.min(anchor, nextLength); // one month fewer: in the following month
  return (months - 1) * monthDaysRadix + (startLength - startDay) + nextLanding;
}

/**
 * The flow's position in (b)(5) "days": 30 × whole months + odd days for semimonths and k-month periods (divide by
 * 15 or 30k), actual days for days and k-weeks (divide by k or 7k). Not for yearly periods. Takes a packed date
 * (`packDate`) and allocates nothing.
 *
 * @example countedDays(start, packDate(date("2026-03-01")), "month") // 47 = 30 × 1 + 17 after 2026-01-15
 */
export function countedDays(start: DateNumbers, packed: number, unit: UnitPeriod["unit"]): number {
  const year = packed >> 9;
  const month = (packed >> 5) & 15;
  const day = packed & 31;
  if (unit === "day" || unit === "week") return epochDayOf(year, month, day) - start.epochDay;
  const counted = packedMonthsAndDays(start.year, start.month, start.day, year, month, day);
  if (counted < 0) return epochDayOf(year, month, day) - start.epochDay;
  const months = Math.floor(counted / monthDaysRadix);
  return 30 * months + (counted - months * monthDaysRadix);
}

/** The length in (b)(5) days of one unit period, the divisor of `countedDays`. @example unitLength({ unit: "semimonth", count: 1 }) === 15 */
export function unitLength(period: UnitPeriod): number {
  if (period.unit === "day") return period.count;
  if (period.unit === "week") return 7 * period.count;
  if (period.unit === "semimonth") return 15;
  return 30 * period.count;
}

/** Whole unit periods `t` and the fraction `numerator / denominator` of one more, before a flow. */
export interface PeriodCount {
  readonly whole: number;
  readonly fractionNumerator: number;
  readonly fractionDenominator: number;
}

/**
 * Counts unit periods from the start of the term to `end` by Appendix J (b)(5): months counted back with the odd days
 * over 30; semimonths and k-month periods as 30 × months + days over 15 or 30k; days and k-weeks as actual days over
 * 1 or 7k; years as whole years back, then months / 12 when whole, else days / 365.
 *
 * @see 12 CFR 1026 Appendix J (b)(5)(i)-(iv)
 * @example countUnitPeriods(start, end, { unit: "month", count: 1 }) // 45 days after 2026-01-15 → 1 + 16/30
 */
export function countUnitPeriods(start: DateNumbers, end: DateNumbers, period: UnitPeriod): PeriodCount {
  const days = end.epochDay - start.epochDay;
  switch (period.unit) {
    case "day":
    case "week": {
      const length = period.unit === "day" ? period.count : 7 * period.count;
      return { whole: Math.floor(days / length), fractionNumerator: days % length, fractionDenominator: length };
    }
    case "semimonth":
    case "month": {
      const counted = monthsAndDays(start, end);
      const total = 30 * counted.months + counted.days;
      const length = period.unit === "semimonth" ? 15 : 30 * period.count;
      return { whole: Math.floor(total / length), fractionNumerator: total % length, fractionDenominator: length };
    }
    case "year": {
      const counted = monthsAndDays(start, end);
      const years = Math.floor(counted.months / 12);
      const months = counted.months - years * 12;
      if (counted.days === 0) return { whole: years, fractionNumerator: months, fractionDenominator: 12 };
      const yearsBackIndex = end.year - years;
      const back = epochDayOf(
        yearsBackIndex,
        end.month,
        Math.min(monthAnchorDay(end.year, end.month, end.day), monthLength(yearsBackIndex, end.month)),
      );
      return { whole: years, fractionNumerator: back - start.epochDay, fractionDenominator: 365 };
    }
  }
}
