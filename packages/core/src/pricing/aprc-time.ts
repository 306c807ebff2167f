import { civilOf, isLeapYear, monthAnchorDay, monthLength, shiftMonth } from "../calendar/civil.js";
import type { Frequency } from "../schedule/index.js";
import type { CashFlow } from "./apr.js";
import { dateNumbers, monthsAndDays } from "./unit-period.js";

/**
 * A time in years as Annex I remark (c) measures it: `months` twelfths plus `days` over `yearDays` (365 or 366), so
 * t = months/12 + days/yearDays exactly.
 */
export interface AprcTime {
  readonly months: number;
  readonly days: number;
  /** 365, or 366 when the year counted back from the end of the odd days holds a 29 February. */
  readonly yearDays: 365 | 366;
}

/** Does the year ending on (year, month, day) contain a 29 February? */
function yearBackHasLeapDay(year: number, month: number, day: number): boolean {
  // The year (y−1, m, d] contains 29 Feb of y if (m, d) is on/after 29 Feb, or of y − 1 if before 1 March.
  const afterFeb = month > 2 || (month === 2 && day === 29);
  return afterFeb ? isLeapYear(year) : isLeapYear(year - 1);
}

/**
 * Time from `start` to `end` per Annex I remark (c): whole months counted back from `end`, as twelfths, plus the
 * leftover days at the start over the length (365 or 366) of the year counted back from the end of those days.
 * `months` is −1 when `end` precedes `start`.
 *
 * @see Directive 2008/48/EC Annex I remark (c); Commission guidelines SWD(2012) 128 § 4.1.1 (2012-01-12 to
 * 2012-02-15 is 1/12 + 3/365 years)
 * @example aprcTime(date("2012-01-12"), date("2012-02-15")) // { months: 1, days: 3, yearDays: 365 }
 */
export function aprcTime(start: CashFlow["date"], end: CashFlow["date"]): AprcTime {
  if (end < start) return { months: -1, days: 0, yearDays: 365 };
  const from = dateNumbers(start);
  const to = dateNumbers(end);
  const { months, days } = monthsAndDays(from, to);
  if (days === 0) return { months, days, yearDays: 365 };
  // the end of the odd days: `months` whole months back from `end`, end-of-month kept at the month's end
  const [year, month] = shiftMonth(to.year, to.month, -months);
  const day = Math.min(monthAnchorDay(to.year, to.month, to.day), monthLength(year, month));
  return { months, days, yearDays: yearBackHasLeapDay(year, month, day) ? 366 : 365 };
}

/**
 * The regular period Annex I remark (c) measures time in: `months` (twelfths), `weeks` (1/52), `years`, or `days`
 * (whole years and days, a year being 365 or 366 days).
 */
export type AprcTimeUnit = "months" | "weeks" | "years" | "days";

/** A time in years as whole `periods` of 1/`periodsPerYear` plus `days` over `yearDays`. */
export interface AprcUnitTime {
  readonly periods: number;
  readonly periodsPerYear: 1 | 12 | 52;
  readonly days: number;
  readonly yearDays: 365 | 366;
}

/**
 * The unit remark (c) measures a schedule's times in, chosen by its shape as the Commission's worked examples do:
 * monthly and quarterly in months, yearly in years, weekly and every-N-weeks in weeks, and schedules whose periods
 * are not whole weeks, months or years (semi-monthly, every N days) in days.
 *
 * @see Commission worked examples Markt/2014/107/H3/TA/LV, example 2 (cases 1 and 3)
 * @example aprcTimeUnitFor("biweekly") === "weeks"
 */
export function aprcTimeUnitFor(frequency: Frequency): AprcTimeUnit {
  if (frequency === "monthly" || frequency === "quarterly") return "months";
  if (frequency === "yearly") return "years";
  if (frequency === "weekly" || frequency === "biweekly" || frequency.endsWith("-weeks")) return "weeks";
  return "days";
}

/**
 * Time from `start` to `end` in `unit` per Annex I remark (c): whole periods counted back from `end`, the leftover
 * days at the start over the length (365 or 366) of the year counted back from the end of those days. `periods` is
 * −1 when `end` precedes `start`.
 *
 * @see Commission worked examples Markt/2014/107/H3/TA/LV, example 2 case 3 (2012-01-12 to 2012-02-15 in years is
 * 34/365)
 * @example aprcTimeIn(date("2012-01-12"), date("2012-02-15"), "years") // { periods: 0, periodsPerYear: 1, days: 34, yearDays: 365 }
 */
export function aprcTimeIn(start: CashFlow["date"], end: CashFlow["date"], unit: AprcTimeUnit): AprcUnitTime {
  if (unit === "months") {
    const time = aprcTime(start, end);
    return { periods: time.months, periodsPerYear: 12, days: time.days, yearDays: time.yearDays };
  }
  if (end < start) return { periods: -1, periodsPerYear: unit === "weeks" ? 52 : 1, days: 0, yearDays: 365 };
  const from = dateNumbers(start);
  const to = dateNumbers(end);
  if (unit === "weeks") {
    const weeks = Math.floor((to.epochDay - from.epochDay) / 7);
    const days = to.epochDay - from.epochDay - 7 * weeks;
    const [year, month, day] = civilOf(to.epochDay - 7 * weeks);
    const yearDays = days > 0 && yearBackHasLeapDay(year, month, day) ? 366 : 365;
    return { periods: weeks, periodsPerYear: 52, days, yearDays };
  }
  const years = Math.floor(monthsAndDays(from, to).months / 12);
  const [year, month] = shiftMonth(to.year, to.month, -12 * years);
  const day = Math.min(monthAnchorDay(to.year, to.month, to.day), monthLength(year, month));
  const days = dateNumbers(isoDate(year, month, day)).epochDay - from.epochDay;
  const yearDays = days > 0 && yearBackHasLeapDay(year, month, day) ? 366 : 365;
  return { periods: years, periodsPerYear: 1, days, yearDays };
}

function isoDate(year: number, month: number, day: number): CashFlow["date"] {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${year}-${pad(month)}-${pad(day)}` as CashFlow["date"];
}
