import { fail, InvariantError, ok, type Result } from "../errors/index.js";
import { civilOf, epochDayOf, monthLength, shiftMonth } from "./civil.js";

declare const localDateBrand: unique symbol;

/**
 * A calendar date with no time and no zone, as `YYYY-MM-DD`. Strings of this shape sort in date
 * order, so `<`, `>` and `===` compare dates correctly. Arithmetic goes through epoch days.
 *
 * @example
 * const due = date("2026-01-31");
 */
export type LocalDate = string & { readonly [localDateBrand]: true };

/** Day 0 is 1970-01-01. */
export type EpochDay = number;

export interface DateParts {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number; // 1-31
}

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in a month; throws for a month outside 1-12. @example daysInMonth(2024, 2) === 29 */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new InvariantError(`bad month ${month}`);
  return monthLength(year, month);
}

/**
 * Parses `YYYY-MM-DD`, refusing dates that do not exist (`2025-02-30`) with `invalid_date`.
 * Years 1000-9999 only.
 *
 * @example parseLocalDate("2024-02-29") // ok
 */
export function parseLocalDate(text: string, path?: ReadonlyArray<string | number>): Result<LocalDate> {
  const match = typeof text === "string" ? datePattern.exec(text) : null;
  if (!match) return fail("invalid_date", `"${String(text).slice(0, 40)}" is not a date in YYYY-MM-DD form`, path);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return fail("invalid_date", `${text} is not a real calendar date`, path);
  }
  return ok(text as LocalDate);
}

/** For constants and tests: a date known to be valid. @example date("2026-01-15") */
export function date(text: string): LocalDate {
  const parsed = parseLocalDate(text);
  if (!parsed.ok) throw new InvariantError(parsed.error.message);
  return parsed.value;
}

/** @example fromParts({ year: 2026, month: 1, day: 5 }) === "2026-01-05" */
export function fromParts(parts: DateParts): LocalDate {
  const { year, month, day } = parts;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new InvariantError(`no such date ${year}-${month}-${day}`);
  }
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` as LocalDate;
}

/**
 * The number written by the digits of `text` from `start` to `end`, or NaN where one is not a digit. Read
 * from the character codes: schedules and replays convert dates to days thousands of times a loan, and
 * slicing each part out as a string to parse it was a measurable share of the daily close's CPU and garbage.
 */
function digitsAt(text: string, start: number, end: number): number {
  let value = 0;
  for (let at = start; at < end; at++) {
    const digit = text.charCodeAt(at) - 48;
    if (!(digit >= 0 && digit <= 9)) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

/** @example toParts(date("2026-03-04")).month === 3 */
export function toParts(value: LocalDate): DateParts {
  return { year: digitsAt(value, 0, 4), month: digitsAt(value, 5, 7), day: digitsAt(value, 8, 10) };
}

/**
 * Days since 1970-01-01 (proleptic Gregorian), by Howard Hinnant's `days_from_civil`.
 * @see https://howardhinnant.github.io/date_algorithms.html#days_from_civil
 * @example toEpochDay(date("1970-01-02")) === 1
 */
export function toEpochDay(value: LocalDate): EpochDay {
  return epochDayOf(digitsAt(value, 0, 4), digitsAt(value, 5, 7), digitsAt(value, 8, 10));
}

/**
 * Inverse of `toEpochDay` (Hinnant's `civil_from_days`).
 * @example fromEpochDay(0) === "1970-01-01"
 */
export function fromEpochDay(epochDay: EpochDay): LocalDate {
  const [year, month, day] = civilOf(epochDay);
  return fromParts({ year, month, day });
}

/** @example addDays(date("2024-02-28"), 1) === "2024-02-29" */
export function addDays(value: LocalDate, days: number): LocalDate {
  return fromEpochDay(toEpochDay(value) + days);
}

/** Actual days from `start` to `end` (negative when end is earlier). @example daysBetween(date("2024-01-01"), date("2025-01-01")) === 366 */
export function daysBetween(start: LocalDate, end: LocalDate): number {
  return toEpochDay(end) - toEpochDay(start);
}

/**
 * Adds calendar months. A day that does not exist in the target month is clamped to its last day
 * (Jan 31 + 1 month = Feb 28/29). With `preferredDay`, the schedule's anchor day is restored
 * where the month has it (Feb 28 + 1 month = Mar 31 for an anchor of 31).
 *
 * @example addMonths(date("2024-01-31"), 1) === "2024-02-29"
 */
export function addMonths(value: LocalDate, months: number, preferredDay?: number): LocalDate {
  const { year, month, day } = toParts(value);
  const [targetYear, targetMonth] = shiftMonth(year, month, months);
  const wanted = preferredDay ?? day;
  return fromParts({
    year: targetYear,
    month: targetMonth,
    day: Math.min(wanted, daysInMonth(targetYear, targetMonth)),
  });
}

/** @example isEndOfMonth(date("2023-02-28")) */
export function isEndOfMonth(value: LocalDate): boolean {
  const { year, month, day } = toParts(value);
  return day === daysInMonth(year, month);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. @example isoWeekday(date("2026-11-26")) === 4 */
export function isoWeekday(value: LocalDate): number {
  // 1970-01-01 was a Thursday (4).
  return ((((toEpochDay(value) + 3) % 7) + 7) % 7) + 1;
}

/**
 * Whole months from `start` to `end`, counted back from `end` (the Appendix J (b)(5) way): the
 * largest n such that `end` minus n months is not before `start`. An end-of-month `end` counts back
 * to month ends.
 *
 * @example wholeMonthsBetween(date("2024-01-31"), date("2024-02-29")) === 1
 */
export function wholeMonthsBetween(start: LocalDate, end: LocalDate): number {
  if (end < start) return -wholeMonthsBetween(end, start);
  const s = toParts(start);
  const e = toParts(end);
  const anchorDay = isEndOfMonth(end) ? 31 : e.day;
  let months = (e.year - s.year) * 12 + (e.month - s.month);
  while (months > 0 && addMonths(end, -months, anchorDay) < start) months -= 1;
  return months;
}

/** @example minDate(date("2024-01-01"), date("2023-01-01")) === "2023-01-01" */
export function minDate(a: LocalDate, b: LocalDate): LocalDate {
  return a <= b ? a : b;
}

/** @example maxDate(date("2024-01-01"), date("2023-01-01")) === "2024-01-01" */
export function maxDate(a: LocalDate, b: LocalDate): LocalDate {
  return a >= b ? a : b;
}
