import { InvariantError } from "../errors/index.js";
import { epochDayOf, monthLength } from "./civil.js";
import { addDays, type EpochDay, fromEpochDay, isoWeekday, type LocalDate, toEpochDay, toParts } from "./local-date.js";

/**
 * Says which days are business days. Implementations are pure and deterministic.
 *
 * @example
 * const calendar: BusinessCalendar = businessCalendar({ name: "weekends-only", holidays: [] });
 * calendar.isBusinessDay(date("2026-01-03")) === false; // a Saturday
 */
export interface BusinessCalendar {
  readonly name: string;
  isBusinessDay(d: LocalDate): boolean;
  /**
   * `isBusinessDay` of the date `epochDay` is, without building its string: the schedule asks this of every due
   * date. Optional; calendars of `businessCalendar` have it, and `adjustBusinessEpochDay` works without it.
   */
  isBusinessEpochDay?(epochDay: EpochDay): boolean;
}

/**
 * How a date that is not a business day is moved.
 * - `following`: the next business day
 * - `modified-following`: the next business day, unless that is in the next month; then the previous one
 * - `preceding`: the previous business day
 * - `none`: unchanged
 *
 * @see ISDA 2006 Definitions, Section 4.12
 * @example const convention: BusinessDayConvention = "modified-following";
 */
export type BusinessDayConvention = "following" | "modified-following" | "preceding" | "none";

/** @example businessDayConventions.length === 4 */
export const businessDayConventions: ReadonlyArray<BusinessDayConvention> = [
  "following",
  "modified-following",
  "preceding",
  "none",
];

/** Options of `businessCalendar`. @example const options: BusinessCalendarOptions = { name: "x", holidays: [] }; */
export interface BusinessCalendarOptions {
  readonly name: string;
  /** ISO weekdays that are never business days (1 = Monday … 7 = Sunday). Default `[6, 7]`. */
  readonly weekendDays?: ReadonlyArray<number>;
  readonly holidays: Iterable<LocalDate>;
  /**
   * The years whose holidays are known. Asking about a date outside them throws an InvariantError
   * instead of silently treating an unknown holiday as a business day. Default: no limit.
   */
  readonly years?: { readonly from: number; readonly to: number };
}

const defaultWeekendDays: ReadonlyArray<number> = [6, 7];

/** A search for a business day gives up after this many days: no real calendar has such a gap. */
const maxSearchDays = 366;

/**
 * Is `d` a weekend day (Saturday or Sunday unless `weekendDays` says otherwise)?
 *
 * @example isWeekend(date("2026-01-03")) === true
 */
export function isWeekend(d: LocalDate, weekendDays: ReadonlyArray<number> = defaultWeekendDays): boolean {
  return weekendDays.includes(isoWeekday(d));
}

/**
 * A calendar from weekend days and a list of holiday dates.
 *
 * @example
 * const calendar = businessCalendar({ name: "acme", holidays: [date("2026-12-25")] });
 * calendar.isBusinessDay(date("2026-12-25")) === false;
 */
export function businessCalendar(options: BusinessCalendarOptions): BusinessCalendar {
  const weekendDays = [...(options.weekendDays ?? defaultWeekendDays)];
  for (const day of weekendDays) {
    if (!Number.isInteger(day) || day < 1 || day > 7) throw new InvariantError(`bad ISO weekday ${day}`);
  }
  if (new Set(weekendDays).size >= 7) throw new InvariantError("a calendar needs at least one working weekday");
  const holidays = new Set<string>(options.holidays);
  const years = options.years;
  if (years && (!Number.isInteger(years.from) || !Number.isInteger(years.to) || years.from > years.to)) {
    throw new InvariantError(`bad calendar years ${years.from}-${years.to}`);
  }
  const outOfYears = (d: LocalDate) =>
    new InvariantError(`calendar ${options.name} covers ${years?.from}-${years?.to}, not ${d}`);
  // The epoch-day answer: weekend days as bits of a mask, holidays as epoch days (only the strings that are dates).
  const weekendMask = weekendDays.reduce((mask, day) => mask | (1 << day), 0);
  const holidayDays = new Set<number>();
  for (const holiday of holidays) {
    const day = toEpochDay(holiday as LocalDate);
    if (Number.isFinite(day) && fromEpochDay(day) === holiday) holidayDays.add(day);
  }
  const firstDay = years ? epochDayOf(years.from, 1, 1) : Number.NEGATIVE_INFINITY;
  const lastDay = years ? epochDayOf(years.to, 12, 31) : Number.POSITIVE_INFINITY;
  return Object.freeze({
    name: options.name,
    isBusinessDay(d: LocalDate): boolean {
      if (years) {
        const { year } = toParts(d);
        if (year < years.from || year > years.to) throw outOfYears(d);
      }
      return !weekendDays.includes(isoWeekday(d)) && !holidays.has(d);
    },
    isBusinessEpochDay(epochDay: EpochDay): boolean {
      if (epochDay < firstDay || epochDay > lastDay) throw outOfYears(fromEpochDay(epochDay));
      const weekday = ((((epochDay + 3) % 7) + 7) % 7) + 1; // 1970-01-01 was a Thursday (4)
      return ((weekendMask >> weekday) & 1) === 0 && !holidayDays.has(epochDay);
    },
  });
}

/** The nearest business day in the direction `step` (+1 or -1), `d` itself included. */
function nearestBusinessDay(d: LocalDate, step: 1 | -1, calendar: BusinessCalendar): LocalDate {
  let current = d;
  for (let i = 0; i <= maxSearchDays; i += 1) {
    if (calendar.isBusinessDay(current)) return current;
    current = addDays(current, step);
  }
  throw new InvariantError(`calendar ${calendar.name} has no business day within ${maxSearchDays} days of ${d}`);
}

/**
 * Moves `d` to a business day by `convention`; a business day is returned unchanged.
 *
 * @see ISDA 2006 Definitions, Section 4.12 (Business Day Convention)
 * @example
 * adjustBusinessDay(date("2026-01-31"), "modified-following", calendar) === "2026-01-30" // Sat -> Fri
 */
export function adjustBusinessDay(
  d: LocalDate,
  convention: BusinessDayConvention,
  calendar: BusinessCalendar,
): LocalDate {
  switch (convention) {
    case "none":
      return d;
    case "following":
      return nearestBusinessDay(d, 1, calendar);
    case "preceding":
      return nearestBusinessDay(d, -1, calendar);
    case "modified-following": {
      const following = nearestBusinessDay(d, 1, calendar);
      return following.slice(0, 7) === d.slice(0, 7) ? following : nearestBusinessDay(d, -1, calendar);
    }
    default:
      throw new InvariantError(`unknown business day convention ${String(convention)}`);
  }
}

/** `nearestBusinessDay` on epoch days, for a calendar that answers them. */
function nearestBusinessEpochDay(
  epochDay: EpochDay,
  step: 1 | -1,
  calendar: BusinessCalendar & Required<Pick<BusinessCalendar, "isBusinessEpochDay">>,
): EpochDay {
  let current = epochDay;
  for (let i = 0; i <= maxSearchDays; i += 1) {
    if (calendar.isBusinessEpochDay(current)) return current;
    current += step;
  }
  const d = fromEpochDay(epochDay);
  throw new InvariantError(`calendar ${calendar.name} has no business day within ${maxSearchDays} days of ${d}`);
}

/**
 * `adjustBusinessDay` on an epoch day: the same day moved by `convention`, without building a date string for
 * each day it looks at when the calendar answers epoch days (`isBusinessEpochDay`).
 *
 * @example adjustBusinessEpochDay(toEpochDay(date("2026-01-31")), "modified-following", calendar) // 2026-01-30's
 */
export function adjustBusinessEpochDay(
  epochDay: EpochDay,
  convention: BusinessDayConvention,
  calendar: BusinessCalendar,
): EpochDay {
  if (convention === "none") return epochDay;
  if (calendar.isBusinessEpochDay === undefined) {
    return toEpochDay(adjustBusinessDay(fromEpochDay(epochDay), convention, calendar));
  }
  const answering = calendar as BusinessCalendar & Required<Pick<BusinessCalendar, "isBusinessEpochDay">>;
  switch (convention) {
    case "following":
      return nearestBusinessEpochDay(epochDay, 1, answering);
    case "preceding":
      return nearestBusinessEpochDay(epochDay, -1, answering);
    case "modified-following": {
      const following = nearestBusinessEpochDay(epochDay, 1, answering);
      if (following === epochDay) return following;
      const { year, month, day } = toParts(fromEpochDay(epochDay));
      const isSameMonth = following - epochDay <= monthLength(year, month) - day;
      return isSameMonth ? following : nearestBusinessEpochDay(epochDay, -1, answering);
    }
    default:
      throw new InvariantError(`unknown business day convention ${String(convention)}`);
  }
}

/**
 * Moves `n` business days from `d` (earlier when `n` is negative). `n = 0` returns `d` unchanged,
 * even when `d` is not a business day (the OpenGamma Strata `shift` rule).
 *
 * @example addBusinessDays(date("2026-01-02"), 1, weekendsOnly) === "2026-01-05" // Fri -> Mon
 */
export function addBusinessDays(d: LocalDate, n: number, calendar: BusinessCalendar): LocalDate {
  if (!Number.isSafeInteger(n)) throw new InvariantError(`bad business day count ${n}`);
  const step = n < 0 ? -1 : 1;
  let current = d;
  for (let remaining = Math.abs(n); remaining > 0; remaining -= 1) {
    current = nearestBusinessDay(addDays(current, step), step, calendar);
  }
  return current;
}
