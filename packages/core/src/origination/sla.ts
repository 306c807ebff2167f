import { addBusinessDays, type BusinessCalendar, type LocalDate, toEpochDay } from "../calendar/index.js";
import { InvariantError, type Result } from "../errors/index.js";
import { formatInstant, type Instant, msPerDay, parseInstant, utcDateOf } from "./instant.js";
import type { Sla } from "./workflow-definition.js";

/**
 * When people work: business days from a calendar, each open from `openMinute` to `closeMinute`
 * of local time, local time being UTC + `utcOffsetMinutes` (a fixed offset: give the offset in
 * force, daylight saving is not modelled).
 *
 * @example const hours: WorkingHours = { calendar: usFederalCalendar, openMinute: 9 * 60, closeMinute: 17 * 60, utcOffsetMinutes: -300 };
 */
export interface WorkingHours {
  readonly calendar: BusinessCalendar;
  readonly openMinute: number;
  readonly closeMinute: number;
  readonly utcOffsetMinutes?: number;
}

const msPerMinute = 60_000;
/** A business-hours search gives up after this many days (a calendar with no business days). */
const maxSearchDays = 3_660;

function windowOf(day: LocalDate, hours: WorkingHours): { start: number; end: number } {
  const midnight = toEpochDay(day) * msPerDay;
  return { start: midnight + hours.openMinute * msPerMinute, end: midnight + hours.closeMinute * msPerMinute };
}

function addBusinessHours(localMs: number, amountHours: number, hours: WorkingHours): number {
  let remaining = amountHours * 60 * msPerMinute;
  let day = utcDateOf(localMs);
  let cursor = localMs;
  for (let i = 0; i < maxSearchDays; i++, day = utcDateOf(toEpochDay(day) * msPerDay + msPerDay)) {
    if (!hours.calendar.isBusinessDay(day)) continue;
    const window = windowOf(day, hours);
    const from = Math.max(cursor, window.start);
    if (from >= window.end) continue;
    if (window.end - from >= remaining) return from + remaining;
    remaining -= window.end - from;
    cursor = window.end;
  }
  throw new InvariantError(`the calendar has no business hours within ${maxSearchDays} days`);
}

/**
 * When an SLA started at `startMs` (epoch milliseconds) falls due, in epoch milliseconds:
 * - `calendar_days`: `amount` × 24 hours later;
 * - `business_days`: at close of business on the `amount`-th business day after the start day;
 * - `business_hours`: after `amount` hours counted only inside working hours (work started out of
 *   hours begins at the next opening).
 *
 * @example
 * // Friday 16:00 + 4 business hours, 09:00-17:00, weekends off → Monday 12:00
 * slaDueAt(parse("2026-03-06T16:00:00Z"), { unit: "business_hours", amount: 4 }, hours) === parse("2026-03-09T12:00:00Z")
 */
export function slaDueAt(startMs: number, sla: Sla, hours: WorkingHours): number {
  const offset = (hours.utcOffsetMinutes ?? 0) * msPerMinute;
  const local = startMs + offset;
  switch (sla.unit) {
    case "calendar_days":
      return startMs + sla.amount * msPerDay;
    case "business_days": {
      const due = addBusinessDays(utcDateOf(local), sla.amount, hours.calendar);
      return windowOf(due, hours).end - offset;
    }
    case "business_hours":
      return addBusinessHours(local, sla.amount, hours) - offset;
  }
}

/**
 * `slaDueAt` over instant strings: `invalid_instant` for a bad start.
 *
 * @example slaDueInstant("2026-03-06T16:00:00Z", { unit: "calendar_days", amount: 1 }, hours) // ok("2026-03-07T16:00:00.000Z")
 */
export function slaDueInstant(start: Instant, sla: Sla, hours: WorkingHours): Result<Instant> {
  const parsed = parseInstant(start, ["at"]);
  return parsed.ok ? { ok: true, value: formatInstant(slaDueAt(parsed.value, sla, hours)) } : parsed;
}
