/**
 * Civil-date arithmetic on plain integers (year, month 1-12, day), the one home of the Gregorian
 * formulas. `local-date.ts` builds the `LocalDate` API on it; the schedule's due-date walk and
 * pricing's unit-period counter import this file directly, because they call it once per flow and a
 * call through the calendar index's re-export is measurably slower under tsx and vitest.
 * `civil.property.test.ts` proves these equal plain day-by-day counting.
 */

/** @example isLeapYear(2024) === true */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Days in a month, months 1-12 only (no range check: the callers have already validated).
 *
 * @example monthLength(2024, 2) === 29
 */
export function monthLength(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return 30 + ((month + (month >> 3)) & 1); // 31 for Jan, Mar, May, Jul, Aug, Oct, Dec
}

/**
 * Days since 1970-01-01 (proleptic Gregorian), by Howard Hinnant's `days_from_civil`.
 *
 * @see https://howardhinnant.github.io/date_algorithms.html#days_from_civil
 * @example epochDayOf(1970, 1, 2) === 1
 */
export function epochDayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719468;
}

/**
 * Inverse of `epochDayOf` (Hinnant's `civil_from_days`): `[year, month, day]`.
 *
 * @see https://howardhinnant.github.io/date_algorithms.html#civil_from_days
 * @example civilOf(0) // [1970, 1, 1]
 */
export function civilOf(epochDay: number): [year: number, month: number, day: number] {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfYear - Math.floor((153 * mp + 2) / 5) + 1];
}

/**
 * The month `months` calendar months from (year, month), as `[year, month]`; `months` may be negative.
 *
 * @example shiftMonth(2026, 11, 3) // [2027, 2]
 */
export function shiftMonth(year: number, month: number, months: number): [year: number, month: number] {
  const index = year * 12 + (month - 1) + months;
  const shiftedYear = Math.floor(index / 12);
  return [shiftedYear, index - shiftedYear * 12 + 1];
}

/**
 * The day a schedule keeps to from a start day: 31 (month end) when `day` is its month's last day,
 * else `day` itself. Clamping the anchor to a month's length gives the due day in that month.
 *
 * @example monthAnchorDay(2026, 2, 28) === 31
 */
export function monthAnchorDay(year: number, month: number, day: number): number {
  return day === monthLength(year, month) ? 31 : day;
}
