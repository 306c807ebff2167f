import { fromEpochDay, type LocalDate, parseLocalDate, toEpochDay } from "../calendar/index.js";
import { fail, ok, type Result } from "../errors/index.js";

/**
 * A UTC instant as an ISO 8601 string ending in `Z` (`2026-03-02T14:05:00Z`, milliseconds
 * optional). Core never reads a clock: instants come in as data and are compared as
 * milliseconds since 1970-01-01T00:00:00Z.
 *
 * @example const at: Instant = "2026-03-02T14:05:00.000Z";
 */
export type Instant = string;

const instantPattern = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?Z$/;

/** Milliseconds in a day, an hour and a minute. @example msPerDay === 86_400_000 */
export const msPerDay = 86_400_000;
const msPerHour = 3_600_000;
const msPerMinute = 60_000;

/**
 * Parses a UTC instant to epoch milliseconds; anything else (an offset other than `Z`, hour 24, a
 * leap second, a bad date) is `invalid_instant` at `path`.
 *
 * @example parseInstant("1970-01-02T00:00:00Z") // ok(86_400_000)
 */
export function parseInstant(text: unknown, path: ReadonlyArray<string | number> = []): Result<number> {
  const match = typeof text === "string" ? instantPattern.exec(text) : null;
  const bad = () => fail("invalid_instant", "must be a UTC instant like 2026-03-02T14:05:00Z", path);
  if (!match) return bad();
  const day = parseLocalDate(match[1]!);
  const [hours, minutes, seconds] = [Number(match[2]), Number(match[3]), Number(match[4])];
  if (!day.ok || hours > 23 || minutes > 59 || seconds > 59) return bad();
  const millis = Number((match[5] ?? "0").padEnd(3, "0"));
  return ok(toEpochDay(day.value) * msPerDay + hours * msPerHour + minutes * msPerMinute + seconds * 1000 + millis);
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
