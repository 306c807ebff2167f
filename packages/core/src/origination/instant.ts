// Hot path: the civil-date helpers directly, as calendar's own hot paths do (see calendar/civil.ts).
import { epochDayOf, monthLength } from "../calendar/civil.js";
import { fromEpochDay, type LocalDate } from "../calendar/index.js";
import { fail, ok, type Result } from "../errors/index.js";

/**
 * A UTC instant as an ISO 8601 string ending in `Z` (`2026-03-02T14:05:00Z`, milliseconds
 * optional). Core never reads a clock: instants come in as data and are compared as
 * milliseconds since 1970-01-01T00:00:00Z.
 *
 * @example const at: Instant = "2026-03-02T14:05:00.000Z";
 */
export type Instant = string;

/** Milliseconds in a day, an hour and a minute. @example msPerDay === 86_400_000 */
export const msPerDay = 86_400_000;
const msPerHour = 3_600_000;
const msPerMinute = 60_000;

/**
 * Parses a UTC instant to epoch milliseconds; anything else (an offset other than `Z`, hour 24, a
 * leap second, a bad date, a year before 1970) is `invalid_instant` at `path`.
 *
 * @example parseInstant("1970-01-02T00:00:00Z") // ok(86_400_000)
 */
export function parseInstant(text: unknown, path: ReadonlyArray<string | number> = []): Result<number> {
  const ms = typeof text === "string" ? instantMs(text) : -1;
  return ms >= 0 ? ok(ms) : fail("invalid_instant", "must be a UTC instant like 2026-03-02T14:05:00Z", path);
}

/** The digits `text[from..from+count)` as a number, or -1 when any is not a digit. */
function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

const separators: ReadonlyArray<[number, string]> = [
  [4, "-"],
  [7, "-"],
  [10, "T"],
  [13, ":"],
  [16, ":"],
];

/** Epoch ms of `YYYY-MM-DDTHH:MM:SS[.s{1,3}]Z` (years 1970-9999), or -1: a hand-rolled parser, hot in pipelines. */
function instantMs(text: string): number {
  const length = text.length;
  if (length < 20 || length > 24 || text[length - 1] !== "Z") return -1;
  for (const [at, char] of separators) if (text[at] !== char) return -1;
  const [year, month, day] = [digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2)];
  const [hours, minutes, seconds] = [digitsAt(text, 11, 2), digitsAt(text, 14, 2), digitsAt(text, 17, 2)];
  let millis = 0;
  if (length > 20) {
    const places = length - 21;
    if (text[19] !== "." || places < 1) return -1;
    millis = digitsAt(text, 20, places) * 10 ** (3 - places);
  } else if (text[19] !== "Z") return -1;
  if (year < 1970 || month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) return -1;
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59 || millis < 0) return -1;
  return epochDayOf(year, month, day) * msPerDay + hours * msPerHour + minutes * msPerMinute + seconds * 1000 + millis;
}

/**
 * The UTC calendar date of an instant given in epoch milliseconds.
 *
 * @example utcDateOf(86_400_000 + 5) === "1970-01-02"
 */
export function utcDateOf(epochMs: number): LocalDate {
  return fromEpochDay(Math.floor(epochMs / msPerDay));
}

/**
 * Formats epoch milliseconds as a UTC instant with milliseconds.
 *
 * @example formatInstant(86_400_000) === "1970-01-02T00:00:00.000Z"
 */
export function formatInstant(epochMs: number): Instant {
  const dayPart = utcDateOf(epochMs);
  const rest = epochMs - Math.floor(epochMs / msPerDay) * msPerDay;
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  const hours = Math.floor(rest / msPerHour);
  const minutes = Math.floor((rest % msPerHour) / msPerMinute);
  const seconds = Math.floor((rest % msPerMinute) / 1000);
  return `${dayPart}T${pad(hours)}:${pad(minutes)}:${pad(seconds)}.${pad(rest % 1000, 3)}Z`;
}
