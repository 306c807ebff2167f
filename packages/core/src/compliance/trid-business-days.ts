import {
  type BusinessCalendar,
  businessCalendar,
  daysBetween,
  isoWeekday,
  type LocalDate,
  toParts,
  usFederalHolidays,
} from "../calendar/index.js";
import { InvariantError } from "../errors/index.js";

/**
 * The fixed-date legal public holidays of 5 U.S.C. 6103(a) as month/day, with the first year each
 * applies. For TRID's specific business day these count on their actual date only, even when
 * observed on the Friday before or the Monday after (comment 2(a)(6)-2).
 *
 * @example tridFixedDateHolidays.find((h) => h.name === "Juneteenth")?.fromYear === 2021
 */
export const tridFixedDateHolidays: ReadonlyArray<{
  readonly name: string;
  readonly month: number;
  readonly day: number;
  readonly fromYear: number;
}> = [
  { name: "New Year's Day", month: 1, day: 1, fromYear: 1870 },
  { name: "Juneteenth", month: 6, day: 19, fromYear: 2021 },
  { name: "Independence Day", month: 7, day: 4, fromYear: 1870 },
  { name: "Veterans Day", month: 11, day: 11, fromYear: 1938 },
  { name: "Christmas Day", month: 12, day: 25, fromYear: 1870 },
];

/** Citation for the specific business-day definition. @example tridSpecificBusinessDayCitation.source */
export const tridSpecificBusinessDayCitation = {
  source: "12 CFR 1026.2(a)(6) and comment 2(a)(6)-2; 5 U.S.C. 6103(a)",
  url: "https://www.consumerfinance.gov/rules-policy/regulations/1026/2/#a-6",
} as const;

function fixedDates(year: number): string[] {
  return tridFixedDateHolidays
    .filter((holiday) => year >= holiday.fromYear)
    .map((holiday) => `${year}-${String(holiday.month).padStart(2, "0")}-${String(holiday.day).padStart(2, "0")}`);
}

function actualDateHolidays(year: number): Set<string> {
  const fixed = fixedDates(year);
  // Observances may cross a year end (New Year's Day on a Saturday is observed on December 31).
  const nearby = [...fixedDates(year - 1), ...fixed, ...fixedDates(year + 1)];
  // The calendar gives observed dates; keep the Monday-rule holidays, which are never within a day of
  // a fixed-date one, and drop the Friday/Monday observances of fixed-date holidays.
  const floating = usFederalHolidays(year).filter((observed) =>
    nearby.every((actual) => Math.abs(daysBetween(actual as LocalDate, observed)) > 1),
  );
  return new Set([...fixed, ...floating]);
}

/**
 * TRID's "specific" business-day calendar: every day except Sundays and the legal public holidays
 * of 5 U.S.C. 6103(a) on their actual dates (Saturdays count). Used for the Closing Disclosure
 * three-day rule, the mailbox rules and the seven-day Loan Estimate wait.
 *
 * @see 12 CFR 1026.2(a)(6); comment 2(a)(6)-2
 * @example tridSpecificBusinessDays().isBusinessDay(date("2026-11-28")) === true // a Saturday
 */
export function tridSpecificBusinessDays(): BusinessCalendar {
  const cache = new Map<number, Set<string>>();
  return Object.freeze({
    name: "trid-specific",
    isBusinessDay(d: LocalDate): boolean {
      const { year } = toParts(d);
      let holidays = cache.get(year);
      if (!holidays) {
        holidays = actualDateHolidays(year);
        cache.set(year, holidays);
      }
      return isoWeekday(d) !== sunday && !holidays.has(d);
    },
  });
}

const sunday = 7;

/**
 * The creditor's "general" business days as plain data: the weekdays it is closed (ISO, 1 = Monday
 * … 7 = Sunday) and the dates it is closed. A day the offices are open to the public for carrying
 * on substantially all business functions is a business day.
 *
 * @example const openSaturdays: CreditorBusinessDays = { closedWeekdays: [7], closedDates: [date("2026-11-26")] };
 */
export interface CreditorBusinessDays {
  readonly closedWeekdays: ReadonlyArray<number>;
  readonly closedDates: ReadonlyArray<LocalDate>;
}

/**
 * A creditor open Monday to Friday and closed on the observed U.S. federal holidays of the given
 * years: a common general business-day calendar. Lenders with other hours pass their own data.
 *
 * @see 12 CFR 1026.2(a)(6) (general definition)
 * @example creditorClosedOnFederalHolidays(2026, 2027).closedDates.includes(date("2026-11-26")) === true
 */
export function creditorClosedOnFederalHolidays(fromYear: number, toYear: number): CreditorBusinessDays {
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || fromYear > toYear) {
    throw new InvariantError(`bad year range ${fromYear}-${toYear}`);
  }
  const closedDates: LocalDate[] = [];
  for (let year = fromYear; year <= toYear; year += 1) closedDates.push(...usFederalHolidays(year));
  return { closedWeekdays: [6, 7], closedDates };
}

/**
 * Builds the general business-day calendar from the creditor's plain data.
 *
 * @example generalBusinessDays({ closedWeekdays: [7], closedDates: [] }).isBusinessDay(date("2026-11-28")) === true
 */
export function generalBusinessDays(creditor: CreditorBusinessDays): BusinessCalendar {
  return businessCalendar({
    name: "trid-general",
    weekendDays: creditor.closedWeekdays,
    holidays: creditor.closedDates,
  });
}
