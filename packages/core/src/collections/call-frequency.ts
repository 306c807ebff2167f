import { addDays, type LocalDate } from "../calendar/index.js";
import { type DomainError, fail, ok, type Result } from "../errors/index.js";
import { checkTimeZone, epochMillisecondsOf, type LocalReading, localReading } from "./instant.js";

/**
 * One telephone call about a debt, made or received.
 *
 * @example const call: CallRecord = { at: "2026-12-01T15:00:00Z", direction: "outbound", connected: true, isConversation: false };
 */
export interface CallRecord {
  /** ISO 8601 instant with an offset. */
  readonly at: string;
  readonly direction: "outbound" | "inbound";
  /** False when the call did not connect to the dialed number (busy, network failure): not an attempt. */
  readonly connected: boolean;
  /** The collector and the person spoke (either direction). */
  readonly isConversation: boolean;
}

/** Why a call may not be placed. */
export type CallRefusalCode = "reg_f_call_frequency" | "reg_f_after_conversation" | "reg_f_inconvenient_time";

/** The decision for a proposed call. */
export interface CallDecision {
  readonly allowed: boolean;
  /** Every rule the call would break (empty when allowed). */
  readonly refusals: ReadonlyArray<{ readonly code: CallRefusalCode; readonly message: string }>;
  /** The call's local date and time in the borrower's time zone (`timeZone`). */
  readonly local: LocalReading;
  /** Most attempts already placed in any 7-day window that contains the call's day. */
  readonly attemptsInBusiestWindow: number;
}

/** Regulation F's limits: 7 attempts in 7 days, 7 days after a conversation, 8 a.m. to 9 p.m. */
export const regulationFLimits = Object.freeze({
  maxAttemptsInWindow: 7,
  windowDays: 7,
  daysAfterConversation: 7,
  earliestSecondOfDay: 8 * 3600,
  latestSecondOfDay: 21 * 3600,
});

interface ParsedHistory {
  readonly attemptDates: ReadonlyArray<LocalDate>;
  readonly conversations: ReadonlyArray<{ readonly millis: number; readonly date: LocalDate }>;
}

function parseHistory(history: ReadonlyArray<CallRecord>, timeZone: string): Result<ParsedHistory> {
  const attemptDates: LocalDate[] = [];
  const conversations: { millis: number; date: LocalDate }[] = [];
  for (const [i, call] of history.entries()) {
    const millis = epochMillisecondsOf(call.at, ["history", i, "at"]);
    if (!millis.ok) return millis;
    const { date } = localReading(millis.value, timeZone);
    if (call.direction === "outbound" && call.connected) attemptDates.push(date);
    if (call.isConversation) conversations.push({ millis: millis.value, date });
  }
  return ok({ attemptDates, conversations });
}

/** The most attempts in any `windowDays`-day window containing `day`. */
function busiestWindow(attemptDates: ReadonlyArray<LocalDate>, day: LocalDate): number {
  const span = regulationFLimits.windowDays - 1;
  let most = 0;
  for (let shift = -span; shift <= 0; shift += 1) {
    const from = addDays(day, shift);
    const to = addDays(from, span);
    let count = 0;
    for (const d of attemptDates) if (d >= from && d <= to) count += 1;
    most = Math.max(most, count);
  }
  return most;
}

function isConvenient(reading: LocalReading): boolean {
  return (
    reading.secondOfDay >= regulationFLimits.earliestSecondOfDay &&
    reading.secondOfDay <= regulationFLimits.latestSecondOfDay
  );
}

function checkZones(timeZone: string, otherTimeZones: ReadonlyArray<string>): DomainError | null {
  const main = checkTimeZone(timeZone, ["timeZone"]);
  if (!main.ok) return main.error;
  for (const [i, zone] of otherTimeZones.entries()) {
    const other = checkTimeZone(zone, ["otherTimeZones", i]);
    if (!other.ok) return other.error;
  }
  return null;
}

/**
 * Regulation F call limits for one debt. A proposed call is refused when (1) with it, some 7
 * consecutive days (calendar days in the borrower's time zone) would hold more than 7 call
 * attempts — 12 CFR 1006.14(b)(2)(i)(A); calls that did not connect are not attempts,
 * 1006.14(b)(3); (2) it falls within 7 days after a telephone conversation about the debt, the
 * conversation's day being the first of the 7 — 1006.14(b)(2)(i)(B); (3) it is before 8 a.m. or
 * after 9 p.m. local time — 1006.6(b)(1)(i) — in `timeZone` or any of `otherTimeZones` (when the
 * collector knows of several possible locations). History may be in any order. Errors:
 * `invalid_instant`, `invalid_time_zone`.
 *
 * @see 12 CFR 1006.14(b) (call frequency), 1006.6(b)(1)(i) (inconvenient times)
 * @example checkCallAllowed({ proposedAt: "2026-12-03T15:00:00Z", timeZone: "America/New_York", history: [] })
 */
export function checkCallAllowed(input: {
  readonly proposedAt: string;
  readonly timeZone: string;
  readonly otherTimeZones?: ReadonlyArray<string>;
  readonly history: ReadonlyArray<CallRecord>;
}): Result<CallDecision> {
  const zoneError = checkZones(input.timeZone, input.otherTimeZones ?? []);
  if (zoneError) return fail(zoneError.code, zoneError.message, zoneError.path);
  const proposed = epochMillisecondsOf(input.proposedAt, ["proposedAt"]);
  if (!proposed.ok) return proposed;
  const history = parseHistory(input.history, input.timeZone);
  if (!history.ok) return history;
  const local = localReading(proposed.value, input.timeZone);
  const refusals: { code: CallRefusalCode; message: string }[] = [];
  const attempts = busiestWindow(history.value.attemptDates, local.date);
  if (attempts >= regulationFLimits.maxAttemptsInWindow) {
    refusals.push({ code: "reg_f_call_frequency", message: `${attempts} call attempts already in 7 consecutive days` });
  }
  const lastDay = (d: LocalDate) => addDays(d, regulationFLimits.daysAfterConversation - 1);
  const recent = history.value.conversations.find((c) => c.millis <= proposed.value && local.date <= lastDay(c.date));
  if (recent) {
    refusals.push({
      code: "reg_f_after_conversation",
      message: `a telephone conversation on ${recent.date}; no call until ${addDays(lastDay(recent.date), 1)}`,
    });
  }
  const zones = [input.timeZone, ...(input.otherTimeZones ?? [])];
  const inconvenient = zones.find((zone) => !isConvenient(localReading(proposed.value, zone)));
  if (inconvenient)
    refusals.push({ code: "reg_f_inconvenient_time", message: `outside 8 a.m.-9 p.m. in ${inconvenient}` });
  return ok({ allowed: refusals.length === 0, refusals, local, attemptsInBusiestWindow: attempts });
}
