import { addDays, type LocalDate } from "@lendstack/core/calendar";

/** What decides a tenant's business date. @example const settings: BusinessDaySettings = DEFAULT_BUSINESS_DAY; */
export interface BusinessDaySettings {
  readonly timeZone: string;
  /** Local `HH:MM` at which the business day ends; `00:00` ends it at midnight. */
  readonly cutoffTime: string;
  readonly holidays: ReadonlyArray<string>;
  /** Whether Saturdays and Sundays are not business days. */
  readonly closedOnWeekends: boolean;
  /** A sandbox's frozen business date, when its test clock is set. */
  readonly testClockDate?: string | null | undefined;
}

/** UTC, midnight, every day a business day: what a tenant without settings gets. */
export const DEFAULT_BUSINESS_DAY: BusinessDaySettings = {
  timeZone: "UTC",
  cutoffTime: "00:00",
  holidays: [],
  closedOnWeekends: false,
};

// Building an `Intl.DateTimeFormat` costs far more than formatting with one, and every change and event asks for
// the business date: one formatter per time zone, kept (the zones a deployment uses are few; an unknown zone
// throws in the constructor and is never kept).
const formatters = new Map<string, Intl.DateTimeFormat>();
const MAX_FORMATTERS = 1_000;

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

type LocalParts = { readonly date: LocalDate; readonly time: string };

/** Each zone's parts of the last UTC minute asked for: every request asks, and formatting is most of the cost. */
const lastMinute = new Map<string, { readonly minute: number; readonly parts: LocalParts }>();
const MINUTE_MS = 60_000;

/**
 * The local date and `HH:MM` of an instant in a time zone. They hold for the whole UTC minute: every zone's
 * offset from UTC is a whole number of minutes.
 */
function localParts(now: Date, timeZone: string): LocalParts {
  const minute = Math.floor(now.getTime() / MINUTE_MS);
  const last = lastMinute.get(timeZone);
  if (last?.minute === minute) return last.parts;
  const fields = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(now)
      .map((part) => [part.type, part.value]),
  );
  const parts = {
    date: `${fields.year}-${fields.month}-${fields.day}` as LocalDate,
    time: `${fields.hour}:${fields.minute}`,
  };
  if (lastMinute.size >= MAX_FORMATTERS) lastMinute.clear();
  lastMinute.set(timeZone, { minute, parts });
  return parts;
}

/**
 * Whether `day` is a business day: not a holiday, and not a weekend day when the tenant closes on weekends.
 *
 * @example
 * isBusinessDay("2026-12-25", { holidays: ["2026-12-25"], closedOnWeekends: false }); // false
 */
export function isBusinessDay(
  day: LocalDate,
  settings: Pick<BusinessDaySettings, "holidays" | "closedOnWeekends">,
): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  if (settings.closedOnWeekends && (weekday === 0 || weekday === 6)) return false;
  return !settings.holidays.includes(day);
}

/**
 * The business date an instant belongs to: the local date in the tenant's time zone, the next day once
 * the cutoff has passed, then rolled forward past holidays (and weekends, for a tenant closed on them:
 * work done on a Saturday then belongs to Monday's books). A sandbox whose test clock is set is at the clock's date.
 *
 * @example
 * businessDateOf(new Date("2026-03-06T22:30:00Z"), { timeZone: "America/New_York", cutoffTime: "17:00", holidays: [], closedOnWeekends: true }); // "2026-03-09"
 */
export function businessDateOf(now: Date, settings: BusinessDaySettings = DEFAULT_BUSINESS_DAY): LocalDate {
  if (settings.testClockDate) return settings.testClockDate as LocalDate;
  const local = localParts(now, settings.timeZone);
  let day = settings.cutoffTime !== "00:00" && local.time >= settings.cutoffTime ? addDays(local.date, 1) : local.date;
  for (let guard = 0; guard < 31 && !isBusinessDay(day, settings); guard += 1) day = addDays(day, 1);
  return day;
}
