import { isLeapYear, monthAnchorDay, monthLength, shiftMonth } from "../calendar/civil.js";
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
