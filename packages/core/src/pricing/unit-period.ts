import { daysInMonth, type LocalDate } from "../calendar/index.js";

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

/** Days since 1970-01-01 (Howard Hinnant's `days_from_civil`). */
function epochDayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719468;
}

/** Reads a `YYYY-MM-DD` date into integers without allocating strings. @example dateNumbers(date("1970-01-02")).epochDay === 1 */
export function dateNumbers(value: LocalDate): DateNumbers {
  const year =
    value.charCodeAt(0) * 1000 + value.charCodeAt(1) * 100 + value.charCodeAt(2) * 10 + value.charCodeAt(3) - 53328;
  const month = value.charCodeAt(5) * 10 + value.charCodeAt(6) - 528;
  const day = value.charCodeAt(8) * 10 + value.charCodeAt(9) - 528;
  return { year, month, day, epochDay: epochDayOf(year, month, day) };
}

/**
 * Whole months from `start` to `end` counted back from `end`, and the days left over at the start. A month-end `end`
 * counts back to month ends; a 29th/30th lands on the last day of February (Appendix J (b)(3)(iv)).
 */
export function monthsAndDays(start: DateNumbers, end: DateNumbers): { months: number; days: number } {
  const isEndOfMonth = end.day === daysInMonth(end.year, end.month);
  const anchor = isEndOfMonth ? 31 : end.day;
  let months = (end.year - start.year) * 12 + (end.month - start.month);
  const isSameDay = isEndOfMonth ? start.day === daysInMonth(start.year, start.month) : start.day === end.day;
  if (isSameDay && months >= 0) return { months, days: 0 }; // counting back lands exactly on `start`
  for (; months >= 0; months -= 1) {
    const index = end.year * 12 + (end.month - 1) - months;
    const year = Math.floor(index / 12);
    const month = index - year * 12 + 1;
    const epochDay = epochDayOf(year, month, Math.min(anchor, daysInMonth(year, month)));
    if (epochDay >= start.epochDay) return { months, days: epochDay - start.epochDay };
  }
  return { months: 0, days: end.epochDay - start.epochDay };
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
        Math.min(end.day === daysInMonth(end.year, end.month) ? 31 : end.day, daysInMonth(yearsBackIndex, end.month)),
      );
      return { whole: years, fractionNumerator: back - start.epochDay, fractionDenominator: 365 };
    }
  }
}

const unitCodes: ReadonlyArray<UnitPeriod["unit"]> = ["day", "week", "semimonth", "month", "year"];

/** Classifies one interval between flows as a standard interval (unit code × 1000 + count), or −1. */
function classify(start: DateNumbers, end: DateNumbers): number {
  const { months, days } = monthsAndDays(start, end);
  if (days === 0 && months > 0 && months <= 12) return months === 12 ? 4001 : 3000 + months;
  const total = end.epochDay - start.epochDay;
  if (total > 0 && total % 7 === 0 && total <= 364) return 1000 + total / 7;
  if (months === 0 && total >= 13 && total <= 16) return 2001;
  return total > 0 && total < 1000 ? total : -1;
}

/**
 * The unit period of a transaction (Appendix J (b)(4)): the common period that occurs most often among the intervals
 * from the start of the term to the first payment and between payments. Ties go to the shorter period. A single
 * advance repaid by a single payment within a year uses the whole term (months when whole, else days); over a year,
 * a year.
 *
 * @see 12 CFR 1026 Appendix J (b)(4)
 * @example chooseUnitPeriod(start, paymentDates) // { unit: "month", count: 1 }
 */
export function chooseUnitPeriod(start: DateNumbers, paymentDates: ReadonlyArray<DateNumbers>): UnitPeriod {
  const only = paymentDates.length === 1 ? paymentDates[0] : undefined;
  if (only) {
    const { months, days } = monthsAndDays(start, only);
    if (months >= 12) return { unit: "year", count: 1 };
    if (days === 0) return { unit: "month", count: months };
    return { unit: "day", count: only.epochDay - start.epochDay };
  }
  const counts = new Map<number, number>();
  let previous = start;
  for (const current of paymentDates) {
    const kind = classify(previous, current);
    if (kind >= 0) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    previous = current;
  }
  let best = { kind: 3001, count: 0, length: Number.POSITIVE_INFINITY };
  for (const [kind, count] of counts) {
    const unit = unitCodes[Math.floor(kind / 1000)] ?? "day";
    const length = lengthInDays(unit, kind % 1000);
    if (count > best.count || (count === best.count && length < best.length)) best = { kind, count, length };
  }
  return { unit: unitCodes[Math.floor(best.kind / 1000)] ?? "month", count: best.kind % 1000 };
}

function lengthInDays(unit: string, count: number): number {
  if (unit === "day") return count;
  if (unit === "week") return 7 * count;
  if (unit === "semimonth") return 15;
  if (unit === "month") return 30 * count;
  return 365;
}
