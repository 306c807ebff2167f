import { InvariantError } from "../errors/index.js";
import { type BusinessCalendar, businessCalendar } from "./business-days.js";
import { addDays, daysInMonth, fromParts, isoWeekday, type LocalDate } from "./local-date.js";

/**
 * First year the current list applies to: Birthday of Martin Luther King, Jr. was first observed in 1986.
 *
 * @example usFederalHolidays(firstUsFederalHolidayYear).length === 10
 */
export const firstUsFederalHolidayYear = 1986;

/** The `n`-th ISO `weekday` (1 = Monday) of a month; `n = -1` for the last one. */
function nthWeekday(year: number, month: number, weekday: number, n: number): LocalDate {
  if (n === -1) {
    const last = fromParts({ year, month, day: daysInMonth(year, month) });
    return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
  }
  const first = fromParts({ year, month, day: 1 });
  return addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + 7 * (n - 1));
}

/** Saturday holidays are observed on the Friday before, Sunday ones on the Monday after. */
function observed(d: LocalDate): LocalDate {
  const weekday = isoWeekday(d);
  if (weekday === 6) return addDays(d, -1);
  if (weekday === 7) return addDays(d, 1);
  return d;
}

/** The observed dates of one year's holidays (the New Year's Day observance may fall in `year - 1`). */
function holidaysOfYear(year: number): LocalDate[] {
  const fixed = (month: number, day: number) => observed(fromParts({ year, month, day }));
  const monday = 1;
  const thursday = 4;
  const holidays = [
    fixed(1, 1), // New Year's Day
    nthWeekday(year, 1, monday, 3), // Birthday of Martin Luther King, Jr.
    nthWeekday(year, 2, monday, 3), // Washington's Birthday
    nthWeekday(year, 5, monday, -1), // Memorial Day
    fixed(7, 4), // Independence Day
    nthWeekday(year, 9, monday, 1), // Labor Day
    nthWeekday(year, 10, monday, 2), // Columbus Day
    fixed(11, 11), // Veterans Day
    nthWeekday(year, 11, thursday, 4), // Thanksgiving Day
    fixed(12, 25), // Christmas Day
  ];
  if (year >= 2021) holidays.push(fixed(6, 19)); // Juneteenth National Independence Day (Pub. L. 117-17)
  return holidays;
}

/**
 * The U.S. federal holidays of 5 U.S.C. 6103(a) as observed (a Saturday holiday on the Friday
 * before, a Sunday one on the Monday after: 5 U.S.C. 6103(b) and Executive Order 11582), listing
 * the days off that fall IN `year`, sorted. So when January 1 is a Saturday, its observance on
 * December 31 belongs to the previous year's list: `usFederalHolidays(2021)` contains 2021-12-31
 * (for New Year's Day 2022) and `usFederalHolidays(2022)` has no New Year's date. This is what a
 * business calendar needs, and matches OPM's tables. Inauguration Day (Washington, D.C. area only)
 * and one-off closures by executive order (e.g. a Christmas Eve) are not included.
 *
 * @see https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/
 * @example usFederalHolidays(2026).includes(date("2026-07-03")) === true // July 4 is a Saturday
 */
export function usFederalHolidays(year: number): LocalDate[] {
  if (!Number.isInteger(year) || year < firstUsFederalHolidayYear || year > 9998) {
    throw new InvariantError(`U.S. federal holidays are computed for ${firstUsFederalHolidayYear}-9998, not ${year}`);
  }
  const prefix = `${year}-`;
  const dates = [...holidaysOfYear(year), ...holidaysOfYear(year + 1)].filter((d) => d.startsWith(prefix));
  return [...new Set(dates)].sort();
}

/**
 * A Saturday/Sunday-weekend calendar with the U.S. federal holidays of `fromYear`-`toYear`.
 * Asking about a date outside those years throws an InvariantError rather than guessing.
 *
 * @example usFederalCalendar(2024, 2027).isBusinessDay(date("2026-11-26")) === false // Thanksgiving
 */
export function usFederalCalendar(fromYear: number, toYear: number): BusinessCalendar {
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || fromYear > toYear) {
    throw new InvariantError(`bad year range ${fromYear}-${toYear}`);
  }
  const holidays: LocalDate[] = [];
  for (let year = fromYear; year <= toYear; year += 1) holidays.push(...usFederalHolidays(year));
  return businessCalendar({
    name: `us-federal-${fromYear}-${toYear}`,
    weekendDays: [6, 7],
    holidays,
    years: { from: fromYear, to: toYear },
  });
}
