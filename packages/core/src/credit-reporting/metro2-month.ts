import { addMonths, daysInMonth, fromParts, type LocalDate, toParts } from "../calendar/index.js";
import { fail, ok, type Result } from "../errors/index.js";

/** A reporting month: `YYYY-MM`, its first and its last day. */
export interface Metro2Month {
  readonly month: string;
  readonly firstDay: LocalDate;
  readonly lastDay: LocalDate;
}

/**
 * Parses a reporting month `YYYY-MM` (months 01-12, years 1900-9999). Error `invalid_month`.
 *
 * @example parseMetro2Month("2026-11").value.lastDay === "2026-11-30"
 */
export function parseMetro2Month(text: string, path: ReadonlyArray<string | number> = ["month"]): Result<Metro2Month> {
  const match = /^(\d{4})-(\d{2})$/.exec(text);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  if (match === null || year < 1900 || month < 1 || month > 12) {
    return fail("invalid_month", `${JSON.stringify(text)} is not a month YYYY-MM (01 to 12)`, path);
  }
  return ok({
    month: text,
    firstDay: fromParts({ year, month, day: 1 }),
    lastDay: fromParts({ year, month, day: daysInMonth(year, month) }),
  });
}

/** The last day of the month `date` is in. @example lastDayOfMonth(date("2026-02-10")) === "2026-02-28" */
export function lastDayOfMonth(date: LocalDate): LocalDate {
  const { year, month } = toParts(date);
  return fromParts({ year, month, day: daysInMonth(year, month) });
}

/**
 * The last days of the `count` months before the month of `monthEnd`, most recent first: the months
 * a payment history profile covers.
 *
 * @example previousMonthEnds(date("2026-11-30"), 2) // ["2026-10-31", "2026-09-30"]
 */
export function previousMonthEnds(monthEnd: LocalDate, count: number): LocalDate[] {
  const { year, month } = toParts(monthEnd);
  const first = fromParts({ year, month, day: 1 });
  const ends: LocalDate[] = [];
  for (let back = 1; back <= count; back++) ends.push(lastDayOfMonth(addMonths(first, -back)));
  return ends;
}
