import { daysInMonth, fromParts, type LocalDate } from "../../calendar/index.js";

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** 1-12 for a month's name or its three-letter abbreviation (`Sept` too), else 0. */
function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  const index = MONTHS.findIndex((full) => lower === full || lower === full.slice(0, 3));
  return lower === "sept" ? 9 : index + 1;
}

const NUMERIC_US = /^(?<month>\d{1,2})[/.-](?<day>\d{1,2})[/.-](?<year>\d{4})$/;
const ISO = /^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})$/;
const NAMED = /^(?<name>[a-z]{3,9})\.?\s+(?<day>\d{1,2}),?\s+(?<year>\d{4})$/i;

function valid(year: number, month: number, day: number): LocalDate | undefined {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  return fromParts({ year, month, day });
}

/**
 * A calendar date as US documents print it: `03/14/2026` (month first), `3-14-2026`, `2026-03-14`,
 * `March 14, 2026` or `Mar 14 2026`; undefined for anything else or a day the month does not have.
 *
 * @example parseDateText("03/14/2026") // "2026-03-14"
 */
export function parseDateText(text: string): LocalDate | undefined {
  const trimmed = text.trim();
  const numeric = NUMERIC_US.exec(trimmed) ?? ISO.exec(trimmed);
  if (numeric?.groups !== undefined) {
    const { year, month, day } = numeric.groups;
    return valid(Number(year), Number(month), Number(day));
  }
  const named = NAMED.exec(trimmed)?.groups;
  if (named === undefined) return undefined;
  const month = monthNumber(named.name ?? "");
  if (month === 0) return undefined;
  return valid(Number(named.year), month, Number(named.day));
}

/** A period from one date to another. */
export interface DateRange {
  readonly start: LocalDate;
  readonly end: LocalDate;
}

const SEPARATOR = /\s*(?:-|–|—|\bto\b|\bthrough\b|\bthru\b)\s*/i;

/**
 * A period printed as two dates joined by a dash, `to` or `through` (`03/01/2026 - 03/14/2026`), in order;
 * undefined otherwise.
 *
 * @example parseDateRangeText("03/01/2026 to 03/14/2026") // { start: "2026-03-01", end: "2026-03-14" }
 */
export function parseDateRangeText(text: string): DateRange | undefined {
  const trimmed = text.trim();
  for (let at = 0; at < trimmed.length; at += 1) {
    const found = SEPARATOR.exec(trimmed.slice(at));
    if (found === null) return undefined;
    const cut = at + found.index;
    const start = parseDateText(trimmed.slice(0, cut));
    const end = parseDateText(trimmed.slice(cut + found[0].length));
    if (start !== undefined && end !== undefined) return start <= end ? { start, end } : undefined;
    at = cut + Math.max(found[0].length, 1) - 1;
  }
  return undefined;
}
