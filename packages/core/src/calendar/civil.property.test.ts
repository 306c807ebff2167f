/**
 * The civil-date formulas (Hinnant's closed forms, the bit-trick month length) against plain
 * counting: a table of month lengths and day-by-day sums from 1970-01-01.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { civilOf, epochDayOf, isLeapYear, monthAnchorDay, monthLength, shiftMonth } from "./civil.js";

const plainIsLeap = (year: number) => year % 400 === 0 || (year % 100 !== 0 && year % 4 === 0);
const commonLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const plainMonthLength = (year: number, month: number) =>
  month === 2 && plainIsLeap(year) ? 29 : (commonLengths[month - 1] as number);

/** Days since 1970-01-01 by summing whole years, then whole months, then days. */
function plainEpochDay(year: number, month: number, day: number): number {
  let days = 0;
  for (let y = 1970; y < year; y++) days += plainIsLeap(y) ? 366 : 365;
  for (let y = year; y < 1970; y++) days -= plainIsLeap(y) ? 366 : 365;
  for (let m = 1; m < month; m++) days += plainMonthLength(year, m);
  return days + day - 1;
}

const civilDate = fc
  .record({ year: fc.integer({ min: 1000, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.nat() })
  .map(({ year, month, day }) => ({ year, month, day: 1 + (day % plainMonthLength(year, month)) }));

describe("civil arithmetic equals plain counting", () => {
  it("monthLength and isLeapYear match the month table for every month of 1000-9999", () => {
    const mismatches: string[] = [];
    for (let year = 1000; year <= 9999; year++) {
      if (isLeapYear(year) !== plainIsLeap(year)) mismatches.push(`leap ${year}`);
      for (let month = 1; month <= 12; month++) {
        if (monthLength(year, month) !== plainMonthLength(year, month)) mismatches.push(`${year}-${month}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("epochDayOf equals summing year and month lengths from 1970", () => {
    fc.assert(
      fc.property(civilDate, ({ year, month, day }) => {
        expect(epochDayOf(year, month, day)).toBe(plainEpochDay(year, month, day));
      }),
      { numRuns: 1_000 },
    );
  });

  it("civilOf inverts epochDayOf, and consecutive days are consecutive epoch days", () => {
    fc.assert(
      fc.property(civilDate, ({ year, month, day }) => {
        const epochDay = epochDayOf(year, month, day);
        expect(civilOf(epochDay)).toEqual([year, month, day]);
        const [nextYear, nextMonth, nextDay] = civilOf(epochDay + 1);
        expect(epochDayOf(nextYear, nextMonth, nextDay)).toBe(epochDay + 1);
      }),
      { numRuns: 2_000 },
    );
  });

  it("shiftMonth equals stepping one month at a time, forwards and backwards", () => {
    fc.assert(
      fc.property(civilDate, fc.integer({ min: -400, max: 400 }), ({ year, month }, months) => {
        let [y, m] = [year, month];
        for (let step = 0; step < Math.abs(months); step++) {
          m += Math.sign(months);
          if (m > 12) [y, m] = [y + 1, 1];
          if (m < 1) [y, m] = [y - 1, 12];
        }
        expect(shiftMonth(year, month, months)).toEqual([y, m]);
      }),
    );
  });

  it("monthAnchorDay is 31 exactly on a month's last day", () => {
    fc.assert(
      fc.property(civilDate, ({ year, month, day }) => {
        const isLast = day === plainMonthLength(year, month);
        expect(monthAnchorDay(year, month, day)).toBe(isLast ? 31 : day);
      }),
    );
  });
});
