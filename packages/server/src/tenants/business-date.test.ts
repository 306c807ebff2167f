import { addDays, type LocalDate } from "@lendstack/core/calendar";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type BusinessDaySettings, businessDateOf } from "./business-date.js";

// The business date keeps one formatter per time zone, and each zone's local time of the last minute asked (it
// is asked for on every request, change and event): these pin that the kept answers are exactly what a fresh
// formatter gives, zone by zone, in any order, for instants in the same minute and across minute boundaries.

const zones = [
  "UTC",
  "America/New_York",
  "Asia/Tokyo",
  "Pacific/Kiritimati",
  "America/Los_Angeles",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Pacific/Chatham",
];

/** The same answer from a formatter built for the call (what the function did before it kept them). */
function freshLocal(now: Date, timeZone: string): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(now)
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** The business date from a fresh formatter: the local date, or the next one at or after a cutoff. */
function freshBusinessDate(now: Date, timeZone: string, cutoffTime: string): string {
  const local = freshLocal(now, timeZone);
  const pastCutoff = cutoffTime !== "00:00" && local.time >= cutoffTime;
  return pastCutoff ? addDays(local.date as LocalDate, 1) : local.date;
}

const open = (timeZone: string, cutoffTime = "00:00"): BusinessDaySettings => ({
  timeZone,
  cutoffTime,
  holidays: [],
  closedOnWeekends: false,
});

describe("businessDateOf", () => {
  it("answers each zone's own local date, whichever zone was asked before", () => {
    const now = new Date("2026-03-06T22:30:00Z");
    expect(businessDateOf(now, open("America/New_York"))).toBe("2026-03-06");
    expect(businessDateOf(now, open("Asia/Tokyo"))).toBe("2026-03-07");
    expect(businessDateOf(now, open("America/New_York"))).toBe("2026-03-06");
    expect(businessDateOf(now, open("UTC"))).toBe("2026-03-06");
    expect(businessDateOf(now, open("America/New_York", "17:00"))).toBe("2026-03-07");
  });

  it("keeps the worked example: after New York's 17:00 cutoff on a Friday, Monday", () => {
    const settings = { ...open("America/New_York", "17:00"), closedOnWeekends: true };
    expect(businessDateOf(new Date("2026-03-06T22:30:00Z"), settings)).toBe("2026-03-09");
    expect(businessDateOf(new Date("2026-03-06T21:59:00Z"), settings)).toBe("2026-03-06");
  });

  it("refuses an unknown zone every time, and it does not disturb the zones kept", () => {
    const now = new Date("2026-07-01T12:00:00Z");
    expect(() => businessDateOf(now, open("Mars/Olympus_Mons"))).toThrow(RangeError);
    expect(() => businessDateOf(now, open("Mars/Olympus_Mons"))).toThrow(RangeError);
    expect(businessDateOf(now, open("Asia/Kolkata"))).toBe("2026-07-01");
  });

  it("answers instants close together (same minute, either side of a minute or a cutoff) as a fresh formatter", () => {
    const base = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) });
    const offsets = fc.array(fc.integer({ min: -90_000, max: 90_000 }), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(base, offsets, fc.constantFrom(...zones), (start, steps, zone) => {
        // A cutoff at the base's own local minute, so the asks fall either side of it.
        const cutoffTime = freshLocal(new Date(start), zone).time;
        for (const step of steps) {
          const now = new Date(start + step);
          expect(businessDateOf(now, open(zone))).toBe(freshLocal(now, zone).date);
          expect(businessDateOf(now, open(zone, cutoffTime))).toBe(freshBusinessDate(now, zone, cutoffTime));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("equals a fresh formatter's date (and cutoff) for any instant, zone and order of zones", () => {
    const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }).map((ms) => new Date(ms));
    const cutoff = fc.constantFrom("00:00", "17:00", "23:59", "06:30");
    const asks = fc.array(fc.record({ now: instant, zone: fc.constantFrom(...zones), cutoff }), { maxLength: 20 });
    fc.assert(
      fc.property(asks, (list) => {
        for (const { now, zone, cutoff: cutoffTime } of list) {
          expect(businessDateOf(now, open(zone, cutoffTime))).toBe(freshBusinessDate(now, zone, cutoffTime));
        }
      }),
      { numRuns: 300 },
    );
  });
});
