import { type LocalDate, parseLocalDate } from "../calendar/index.js";
import { fail, InvariantError, ok, type Result } from "../errors/index.js";

/** An ISO 8601 instant with a zone designator: `2026-12-03T15:04:05Z`, `…+01:00`. */
const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Milliseconds since the epoch of an ISO 8601 instant that names its offset (a bare local
 * date-time is refused: it would be read in the machine's zone). Error: `invalid_instant`.
 *
 * @example epochMillisecondsOf("1970-01-01T00:00:01Z") // ok(1000)
 */
export function epochMillisecondsOf(text: string, path?: ReadonlyArray<string | number>): Result<number> {
  const millis = typeof text === "string" && instantPattern.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(millis))
    return fail("invalid_instant", `"${String(text).slice(0, 40)}" is not an ISO 8601 instant with an offset`, path);
  return ok(millis);
}

/** Local wall-clock reading of an instant in a time zone. */
export interface LocalReading {
  readonly date: LocalDate;
  /** Seconds since local midnight. */
  readonly secondOfDay: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * Checks an IANA time zone name against the runtime's Intl data. Error: `invalid_time_zone`.
 *
 * @example checkTimeZone("America/Chicago").ok === true
 */
export function checkTimeZone(timeZone: string, path?: ReadonlyArray<string | number>): Result<string> {
  try {
    formatterFor(timeZone);
    return ok(timeZone);
  } catch {
    return fail("invalid_time_zone", `"${String(timeZone).slice(0, 60)}" is not an IANA time zone`, path);
  }
}

/**
 * The local date and time of day of `epochMilliseconds` in `timeZone` (checked first with
 * `checkTimeZone`), by the runtime's Intl time zone data.
 *
 * @example localReading(Date.UTC(2026, 11, 3, 14), "America/New_York") // { date: "2026-12-03", secondOfDay: 32400 }
 */
export function localReading(epochMilliseconds: number, timeZone: string): LocalReading {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(epochMilliseconds)) parts[part.type] = part.value;
  const parsed = parseLocalDate(`${parts.year}-${parts.month}-${parts.day}`);
  if (!parsed.ok) throw new InvariantError(`Intl gave no date for ${epochMilliseconds} in ${timeZone}`);
  return {
    date: parsed.value,
    secondOfDay: Number(parts.hour) * 3600 + Number(parts.minute) * 60 + Number(parts.second),
  };
}
